package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportProvider;
import org.jiedao.core.report.ReportRequest;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.Renovation;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.EldercareSupport;

/**
 * The printed forms of an elder-friendly renovation (parameter {@code renovation}, the application's number):
 * 适老化改造申请表 (report {@value #APPLICATION}: the elder, the assessed items and the subsidy asked, for the
 * elder's and the community's signatures) and 适老化改造验收单 (report {@value #ACCEPTANCE}: the approved items as
 * installed, the subsidy, for the signatures at acceptance). The elder's personal data is printed unmasked only
 * for users with the personal-data permission of the community, and then kept in the personal-data log.
 */
public final class RenovationForms implements ReportProvider {

    public static final String APPLICATION = "org.jiedao.eldercare.renovation-application";
    public static final String ACCEPTANCE = "org.jiedao.eldercare.renovation-acceptance";

    @Inject
    private Renovations renovations;
    @Inject
    private EldercareSupport support;

    @Override
    public ReportDocument build(ReportRequest request) {
        // the document in the request's language (not the JVM's): the module's messages read for that locale
        ResourceBundle t = ResourceBundle.getBundle("org.jiedao.eldercare.internal.contrib.messages", request.chinese() ? Locale.CHINESE : Locale.ROOT,
                RenovationForms.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        boolean acceptance = request.reportId().equals(ACCEPTANCE);
        String parameter = request.parameter("renovation").orElse("").strip();
        long id;
        try {
            id = Long.parseLong(parameter);
        } catch (NumberFormatException e) {
            throw new EldercareException(NLS.bind(Messages.Report_badNumber, parameter));
        }
        LocalDate today = LocalDate.now();
        Renovation r = renovations.find(id, today).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Report_noRenovation, id)));
        if (acceptance && r.status() != RenovationStatus.INSTALLED && r.status() != RenovationStatus.ACCEPTED) {
            throw new EldercareException(NLS.bind(Messages.Report_notInstalled, id, r.status().displayName(request.locale())));
        }
        Map<String, String> names = support.unitNames();
        Elder elder = support.persistence().read(em -> {
            ElderRow row = EldercareSupport.elder(em, r.elderId());
            return support.show(row, today, names);
        });
        if (elder.personalVisible()) {
            support.logReads("elder", String.valueOf(elder.id()), Map.of(elder.communityCode(), 1L), PersonalDataLog.Purpose.REPORT);
        }
        List<ReportDocument.KeyValue> who = List.of(new ReportDocument.KeyValue(t.getString("Report_elder"), elder.name()),
                new ReportDocument.KeyValue(t.getString("Report_idNumber"), elder.idNumber()),
                new ReportDocument.KeyValue(t.getString("Report_age"), String.valueOf(elder.age())),
                new ReportDocument.KeyValue(t.getString("Report_community"), elder.communityName()),
                new ReportDocument.KeyValue(t.getString("Report_address"), elder.address()),
                new ReportDocument.KeyValue(t.getString("Report_phone"), elder.phone()),
                new ReportDocument.KeyValue(t.getString("Report_category"), elder.category().isEmpty() ? t.getString("Report_none") : elder.category()),
                new ReportDocument.KeyValue(t.getString("Report_livingAlone"), elder.livingAlone() ? t.getString("Report_yes") : t.getString("Report_no")));
        List<List<String>> rows = new ArrayList<>();
        for (Renovation.Item i : r.items()) {
            if (acceptance && !i.approved()) {
                continue;
            }
            rows.add(List.of(i.code(), i.name(), i.unitPrice().toPlainString(), String.valueOf(i.quantity()), i.amount().setScale(2).toPlainString(),
                    acceptance ? "" : i.approved() ? t.getString("Report_yes") : ""));
        }
        List<ReportDocument.KeyValue> sums = new ArrayList<>();
        sums.add(new ReportDocument.KeyValue(t.getString("Report_total"), r.total().toPlainString()));
        sums.add(new ReportDocument.KeyValue(t.getString("Report_subsidy"), r.subsidy() == null ? t.getString("Report_notYet") : r.subsidy().toPlainString()));
        if (r.subsidy() != null) {
            sums.add(new ReportDocument.KeyValue(t.getString("Report_ownShare"), r.total().subtract(r.subsidy()).max(java.math.BigDecimal.ZERO)
                    .setScale(2).toPlainString()));
        }
        List<ReportDocument.KeyValue> steps = new ArrayList<>();
        for (Renovation.Step s : r.history()) {
            steps.add(new ReportDocument.KeyValue(s.to().displayName(request.locale()), s.on() + (s.by() == null ? "" : " " + s.by())));
        }
        ReportDocument.Builder b = ReportDocument.builder(acceptance ? t.getString("Report_acceptanceTitle") : t.getString("Report_applicationTitle"))
                .meta(NLS.bind(t.getString("Report_number"), r.id()), NLS.bind(t.getString("Report_appliedOn"), r.appliedOn()),
                        NLS.bind(t.getString("Report_status"), r.status().displayName(request.locale())))
                .heading(t.getString("Report_elderHeading")).keyValues(2, who)
                .heading(acceptance ? t.getString("Report_installedHeading") : t.getString("Report_itemsHeading"));
        if (rows.isEmpty()) {
            b.paragraph(t.getString("Report_noItems"));
        } else {
            b.table(List.of(t.getString("Report_code"), t.getString("Report_item"), t.getString("Report_unitPrice"), t.getString("Report_quantity"), t.getString("Report_amount"),
                    acceptance ? t.getString("Report_checked") : t.getString("Report_approved")), new float[] { 2, 4, 1.6f, 1, 1.8f, 1.4f }, rows);
        }
        b.keyValues(3, sums).heading(t.getString("Report_historyHeading")).keyValues(2, steps);
        if (acceptance) {
            b.paragraph(t.getString("Report_acceptanceText")).signatures(t.getString("Report_signElder"), t.getString("Report_signInstaller"),
                    t.getString("Report_signCommunity"), t.getString("Report_signStreet"));
        } else {
            b.paragraph(t.getString("Report_applicationText")).signatures(t.getString("Report_signApplicant"), t.getString("Report_signCommunity"));
        }
        return b.build();
    }
}
