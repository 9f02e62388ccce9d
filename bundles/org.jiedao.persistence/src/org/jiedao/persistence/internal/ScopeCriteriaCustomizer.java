package org.jiedao.persistence.internal;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.jiedao.core.persistence.ScopedEntity;

/**
 * Gives every {@link ScopedEntity} descriptor the additional criteria of org-unit scoping before
 * the session logs in (EclipseLink compiles additional criteria when descriptors initialise).
 * Named in the property {@code eclipselink.session.customizer}.
 */
public final class ScopeCriteriaCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (ScopedEntity.class.isAssignableFrom(descriptor.getJavaClass()) && !descriptor.isAggregateDescriptor()) {
                descriptor.getQueryManager().setAdditionalCriteria("this.unitPath LIKE :" + OrgScoping.PARAMETER);
            }
        }
    }
}
