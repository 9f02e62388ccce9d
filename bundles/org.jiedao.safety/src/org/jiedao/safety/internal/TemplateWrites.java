package org.jiedao.safety.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.safety.ChecklistItem;
import org.jiedao.safety.ChecklistTemplate;
import org.jiedao.safety.PremisesCategory;

/**
 * Checklist template versions in the caller's transaction. Version 1 of each category is the shipped
 * sample (its items marked as samples: the seed names the rule sets, not their items); every edit
 * writes the next version and never touches an earlier one.
 */
public final class TemplateWrites {

    /** How many sample items each category ships with: the number its rule set names (enterprise: 5). */
    static int sampleCount(PremisesCategory category) {
        return switch (category) {
        case RENTAL -> 7;
        case THREE_IN_ONE -> 8;
        case E_BIKE -> 6;
        case NINE_SMALL -> 9;
        case ENTERPRISE -> 5;
        };
    }

    private TemplateWrites() {
    }

    /** @return the versions of the category, oldest first; writes the sample version 1 when there is none */
    public static List<SafetyTemplateEntity> versions(EntityManager em, PremisesCategory category) {
        List<SafetyTemplateEntity> found = em.createQuery("select t from SafetyTemplate t where t.category = :c order by t.templateVersion",
                SafetyTemplateEntity.class).setParameter("c", category.key()).getResultList();
        if (!found.isEmpty()) {
            return found;
        }
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= sampleCount(category); i++) {
            items.add(NLS.bind(Messages.Template_sampleItem, new Object[] { i, category.ruleSet(), category.chinese() }));
        }
        return List.of(write(em, category, 1, NLS.bind(Messages.Template_sampleTitle, category.chinese(), category.ruleSet()), items, true, null));
    }

    public static SafetyTemplateEntity current(EntityManager em, PremisesCategory category) {
        List<SafetyTemplateEntity> v = versions(em, category);
        return v.get(v.size() - 1);
    }

    /** @return the version, or null; version 0 is the current one */
    public static SafetyTemplateEntity version(EntityManager em, PremisesCategory category, int version) {
        List<SafetyTemplateEntity> v = versions(em, category);
        if (version == 0) {
            return v.get(v.size() - 1);
        }
        return v.stream().filter(t -> t.templateVersion == version).findFirst().orElse(null);
    }

    public static SafetyTemplateEntity publish(EntityManager em, PremisesCategory category, String title, List<String> items, String user) {
        List<String> clean = new ArrayList<>();
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                clean.add(Refuse.length(item.strip(), 500, Messages.Field_item));
            }
        }
        if (clean.isEmpty()) {
            throw Refuse.because(Messages.Refused_noItems);
        }
        String t = Refuse.length(Refuse.required(title, Messages.Field_title), 200, Messages.Field_title);
        return write(em, category, current(em, category).templateVersion + 1, t, clean, false, user);
    }

    private static SafetyTemplateEntity write(EntityManager em, PremisesCategory category, int version, String title, List<String> items,
            boolean sample, String user) {
        SafetyTemplateEntity t = new SafetyTemplateEntity();
        t.category = category.key();
        t.templateVersion = version;
        t.title = title;
        t.createdOn = LocalDate.now();
        t.createdBy = user;
        em.persist(t);
        em.flush();
        for (int i = 0; i < items.size(); i++) {
            SafetyTemplateItemEntity item = new SafetyTemplateItemEntity();
            item.templateId = t.getId();
            item.number = i + 1;
            item.text = items.get(i);
            item.sample = sample;
            em.persist(item);
        }
        em.flush();
        return t;
    }

    public static List<SafetyTemplateItemEntity> items(EntityManager em, long templateId) {
        return em.createQuery("select i from SafetyTemplateItem i where i.templateId = :t order by i.number", SafetyTemplateItemEntity.class)
                .setParameter("t", templateId).getResultList();
    }

    public static ChecklistTemplate view(EntityManager em, SafetyTemplateEntity t) {
        return new ChecklistTemplate(PremisesCategory.parse(t.category).get(), t.templateVersion, t.title, t.createdOn,
                items(em, t.getId()).stream().map(i -> new ChecklistItem(i.number, i.text, i.sample)).toList());
    }
}
