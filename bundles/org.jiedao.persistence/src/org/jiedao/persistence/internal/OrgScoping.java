package org.jiedao.persistence.internal;

import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.sessions.Session;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.persistence.ScopedEntity;

/**
 * Org-unit scoping with EclipseLink's own mechanism: every descriptor of a {@link ScopedEntity}
 * gets the additional criteria {@code this.unitPath LIKE :jiedaoScope} (applied to every read:
 * queries, find, relationships), and an event listener that refuses writes outside the scope or
 * by a read-only role. The scope of the running transaction comes from {@link #current}.
 */
final class OrgScoping extends DescriptorEventAdapter {

    /** Name of the additional-criteria parameter, set on every EntityManager. */
    static final String PARAMETER = "jiedaoScope";

    private final Supplier<DataScope> current;

    OrgScoping(Supplier<DataScope> current) {
        this.current = current;
    }

    void attach(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (ScopedEntity.class.isAssignableFrom(descriptor.getJavaClass()) && !descriptor.isAggregateDescriptor()) {
                // the read side is set before login by ScopeCriteriaCustomizer
                descriptor.getEventManager().addListener(this);
            }
        }
    }

    /** The LIKE pattern for a scope. */
    static String pattern(DataScope scope) {
        return scope.pathPrefix() + "%";
    }

    @Override
    public void aboutToInsert(DescriptorEvent event) {
        check(event);
    }

    @Override
    public void aboutToUpdate(DescriptorEvent event) {
        check(event);
    }

    @Override
    public void aboutToDelete(DescriptorEvent event) {
        check(event);
    }

    private void check(DescriptorEvent event) {
        DataScope scope = current.get();
        ScopedEntity entity = (ScopedEntity) event.getObject();
        if (scope.readOnly()) {
            throw new AccessDeniedException(NLS.bind(Messages.Scope_readOnly, scope.who()));
        }
        if (!scope.covers(entity.getUnitPath())) {
            throw new AccessDeniedException(NLS.bind(Messages.Scope_outside, scope.who(), entity.getUnitCode()));
        }
    }
}
