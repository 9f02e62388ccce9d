package org.jiedao.eldercare.internal;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.security.Role;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.EldercareSettings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link EldercareSettings} in ELDERCARE_SETTINGS. */
@Component(service = EldercareSettings.class)
public final class EldercareSettingsImpl implements EldercareSettings {

    @Reference
    EldercareSupport support;

    @Override
    public Rules rules() {
        return support.persistence().read(SettingsRow::rules);
    }

    @Override
    public void setRules(Rules rules) {
        if (!support.security().currentUserHas(Role.STREET_OFFICER, Role.DISTRICT_ADMIN)) {
            throw new EldercareException(Messages.Refused_settings);
        }
        check(rules);
        support.persistence().transaction(em -> {
            SettingsRow row = SettingsRow.row(em);
            if (row == null) {
                row = new SettingsRow();
                row.set(rules);
                em.persist(row);
            } else {
                row.set(rules);
            }
            return null;
        });
    }

    static void check(Rules r) {
        days(Messages.Field_assessmentDays, r.assessmentDays());
        days(Messages.Field_installationDays, r.installationDays());
        days(Messages.Field_unvisitedDays, r.unvisitedDays());
        if (r.youngerFrom() < 50 || r.youngerFrom() > r.youngerTo() || r.youngerTo() >= r.olderFrom() || r.olderFrom() > 120) {
            throw new EldercareException(NLS.bind(Messages.Refused_ruleAges, new Object[] { r.youngerFrom(), r.youngerTo(), r.olderFrom() }));
        }
        if (r.maxPerYounger() < 1 || r.maxPerYounger() > 10) {
            throw new EldercareException(NLS.bind(Messages.Refused_ruleMax, r.maxPerYounger()));
        }
    }

    private static void days(String field, int days) {
        if (days < 1 || days > 365) {
            throw new EldercareException(NLS.bind(Messages.Refused_ruleDays, field, days));
        }
    }
}
