package org.jiedao.safety.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportException;
import org.jiedao.core.report.ReportProvider;
import org.jiedao.core.report.ReportRequest;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.Finding;
import org.jiedao.safety.Inspection;
import org.jiedao.safety.Premises;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.RegisterLine;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.internal.Texts;

/** The module's printable reports (PDF, print, preview through the platform): the hazard register and the rectification notice. */
public final class SafetyReports {

    private SafetyReports() {
    }

    /** The hazard register 隐患台账 of a community for a period: the counts per community and grid, then the orders. */
    public static ReportDocument register(SafetyInspections inspections, String community, LocalDate from, LocalDate to, Locale locale) {
        Texts t = Texts.get(locale);
        List<RegisterLine> lines = inspections.register(community, from, to);
        LocalDate end = to == null ? LocalDate.now() : to;
        List<RectificationOrder> orders = inspections.orders(false, community);
        List<List<String>> rows = lines.stream()
                .map(l -> List.of(l.unitName(), Long.toString(l.open()), Long.toString(l.overdue()), Long.toString(l.closed()))).toList();
        List<List<String>> orderRows = new ArrayList<>();
        for (RectificationOrder o : orders) {
            boolean inPeriod = !o.issuedOn().isAfter(end) && (o.status().isOpen() || o.closedOn() != null && (from == null || !o.closedOn().isBefore(from)));
            if (inPeriod) {
                orderRows.add(List.of(o.code(), o.premisesName(), o.unitName(), o.severity().displayName(locale), o.issuedOn().toString(),
                        o.deadline().toString(), o.status().displayName(locale) + (o.overdueOn(end) ? " · " + t.Cli_overdue : "")));
            }
        }
        String period = (from == null ? "" : from.toString()) + " — " + end;
        return ReportDocument.builder(t.Report_registerTitle).subtitle(lines.get(0).unitName() + "  " + period)
                .pageSize(ReportDocument.PageSize.A4_LANDSCAPE)
                .table(List.of(t.Col_unit, t.Col_open, t.Col_overdue, t.Col_closed), new float[] { 3, 1, 1, 1 }, rows)
                .heading(t.Report_registerOrders)
                .table(List.of(t.Col_code, t.Col_premises, t.Col_unit, t.Col_severity, t.Col_issuedOn,
                        t.Col_deadline, t.Col_status), new float[] { 2, 3, 2, 1.3f, 1.5f, 1.5f, 1.6f }, orderRows)
                .signatures(t.Report_signMaker, t.Report_signChecker).build();
    }

    /** Report {@code org.jiedao.safety.hazard-register}: parameters community, from, to. */
    public static final class Register implements ReportProvider {
        @Inject
        private SafetyInspections inspections;

        @Override
        public ReportDocument build(ReportRequest request) {
            try {
                return register(inspections, request.parameter("community").orElse(""), request.date("from").orElse(null),
                        request.date("to").orElse(null), request.locale());
            } catch (SafetyException e) {
                throw new ReportException(ReportException.Reason.BAD_PARAMETER, e.getMessage(), e);
            }
        }
    }

    /**
     * Report {@code org.jiedao.safety.rectification-notice} (整改通知单): parameter order (its code). It is handed to the
     * premises, so it names the owner and address as the premises registry gives them to the user: in clear with the permission (the read logged as the premises shown), else masked.
     */
    public static final class Notice implements ReportProvider {
        @Inject
        private SafetyInspections inspections;
        @Inject
        private SafetyPremisesRegistry premises;

        @Override
        public ReportDocument build(ReportRequest request) {
            String code = request.parameter("order").orElse("");
            Texts t = Texts.get(request.locale());
            RectificationOrder o = inspections.order(code)
                    .orElseThrow(() -> new ReportException(ReportException.Reason.BAD_PARAMETER, NLS.bind(t.Refused_noOrder, code)));
            Premises p = premises.find(o.premisesCode()).orElseThrow();
            Locale locale = request.locale();
            List<ReportDocument.KeyValue> head = List.of(new ReportDocument.KeyValue(t.Col_code, o.code()),
                    new ReportDocument.KeyValue(t.Col_premises, p.name() + " (" + p.code() + ")"),
                    new ReportDocument.KeyValue(t.Col_category, p.category().displayName(locale)),
                    new ReportDocument.KeyValue(t.Col_unit, o.unitName()), new ReportDocument.KeyValue(t.Col_address, p.address()),
                    new ReportDocument.KeyValue(t.Col_owner, p.owner()), new ReportDocument.KeyValue(t.Col_manager, p.manager()),
                    new ReportDocument.KeyValue(t.Col_phone, p.phone()),
                    new ReportDocument.KeyValue(t.Col_severity, o.severity().displayName(locale)),
                    new ReportDocument.KeyValue(t.Col_issuedOn, o.issuedOn().toString()),
                    new ReportDocument.KeyValue(t.Col_deadline, o.deadline().toString()),
                    new ReportDocument.KeyValue(t.Col_previous, o.previousCode() == null ? "" : o.previousCode()));
            List<List<String>> hazards = new ArrayList<>();
            Inspection issuing = inspections.inspections(o.premisesCode()).stream().filter(i -> o.code().equals(i.issuedOrder())).findFirst()
                    .orElse(null);
            if (issuing != null) {
                for (Finding f : issuing.findings()) {
                    if (f.result() == CheckResult.HAZARD) {
                        hazards.add(List.of(Integer.toString(f.item()), f.itemText(), f.severity().displayName(locale), f.note() == null ? "" : f.note()));
                    }
                }
            }
            ReportDocument.Builder doc = ReportDocument.builder(t.Report_noticeTitle).subtitle(o.unitName()).keyValues(2, head)
                    .heading(t.Report_noticeHazards)
                    .table(List.of(t.Report_item, t.Field_item, t.Col_severity, t.Field_note), new float[] { 0.6f, 5, 1.4f, 3 },
                            hazards)
                    .paragraph(NLS.bind(t.Report_noticeText, o.deadline()));
            return doc.signatures(t.Report_signInspector, t.Report_signPremises).build();
        }
    }
}
