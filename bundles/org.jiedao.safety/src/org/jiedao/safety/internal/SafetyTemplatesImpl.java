package org.jiedao.safety.internal;

import java.util.List;
import java.util.Optional;

import org.jiedao.safety.ChecklistTemplate;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.SafetyTemplates;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SafetyTemplates}: versions are written, never changed. */
@Component(service = SafetyTemplates.class)
public final class SafetyTemplatesImpl implements SafetyTemplates {

    @Reference
    SafetySupport support;

    @Override
    public ChecklistTemplate current(PremisesCategory category) {
        return support.persistence.read(em -> TemplateWrites.view(em, TemplateWrites.current(em, category)));
    }

    @Override
    public Optional<ChecklistTemplate> version(PremisesCategory category, int version) {
        return support.persistence.read(em -> Optional.ofNullable(TemplateWrites.version(em, category, version)).map(t -> TemplateWrites.view(em, t)));
    }

    @Override
    public List<ChecklistTemplate> versions(PremisesCategory category) {
        return support.persistence.read(em -> TemplateWrites.versions(em, category).stream().map(t -> TemplateWrites.view(em, t)).toList());
    }

    @Override
    public ChecklistTemplate publish(PremisesCategory category, String title, List<String> items) {
        support.requireStreetOfficer();
        String user = support.userName();
        return support.persistence.transaction(em -> TemplateWrites.view(em, TemplateWrites.publish(em, category, title, items, user)));
    }
}
