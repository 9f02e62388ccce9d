package org.jiedao.petitions.internal.contrib;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportDocument.KeyValue;
import org.jiedao.core.report.ReportException;
import org.jiedao.core.report.ReportProvider;
import org.jiedao.core.report.ReportRequest;
import org.jiedao.core.security.UserAccount;
import org.jiedao.petitions.PetitionDetails;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.internal.Messages;

/**
 * 民意邮局办理单: the printable handling form of one petition (parameter {@code petition}: its number).
 * The petitioner's name and phone are in full only for a handler of its unit (and that view is recorded).
 */
public final class HandlingForm implements ReportProvider {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PetitionService petitions;

    @Inject
    public HandlingForm(PetitionService petitions) {
        this.petitions = petitions;
    }

    @Override
    public ReportDocument build(ReportRequest request) {
        String text = request.parameter("petition").orElse("").strip().replaceFirst("^#", "");
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ReportException(ReportException.Reason.BAD_PARAMETER, NLS.bind(Messages.Cli_notANumber, "petition", text));
        }
        PetitionDetails d = petitions.find(id).orElseThrow(() -> new ReportException(ReportException.Reason.BAD_PARAMETER, NLS.bind(Messages.Refused_notFound, id)));
        PetitionSummary s = d.summary();
        var locale = request.locale();
        var doc = ReportDocument.builder(Messages.Report_title)
                .meta(NLS.bind(Messages.Report_number, s.id()) + "    " + s.communityName(),
                        NLS.bind(Messages.Report_printedBy, request.user().map(UserAccount::displayName).orElse("")))
                .keyValues(2, List.of(
                        new KeyValue(Messages.Col_receivedOn, s.receivedOn().toString()),
                        new KeyValue(Messages.Col_channel, s.channel().displayName(locale)),
                        new KeyValue(Messages.Col_kind, s.kind().displayName(locale)),
                        new KeyValue(Messages.Col_category, s.category()),
                        new KeyValue(Messages.Col_urgency, s.urgency().flags().isEmpty() ? Messages.Report_normal : s.urgency().text()),
                        new KeyValue(Messages.Col_status, s.status().displayName(locale)),
                        new KeyValue(Messages.Col_petitioner, d.petitioner().isEmpty() ? Messages.Cli_anonymous : d.petitioner()),
                        new KeyValue(Messages.Col_phone, d.phone()),
                        new KeyValue(Messages.Col_assignee, s.assignee()),
                        new KeyValue(Messages.Col_dueOn, s.dueOn() + (s.overdue() ? " (" + Messages.Cli_overdue + ")" : ""))))
                .heading(Messages.Col_content)
                .paragraph(s.content());
        if (!d.reply().isEmpty()) {
            doc.heading(Messages.Col_reply).paragraph(d.reply());
        }
        if (d.satisfaction() != null) {
            doc.keyValues(2, List.of(new KeyValue(Messages.Col_satisfaction, d.satisfaction() + " / 5"),
                    new KeyValue(Messages.Report_followUp, d.followUp())));
        }
        doc.heading(Messages.Cli_history).table(List.of(Messages.Col_at, Messages.Col_step, Messages.Col_by, Messages.Col_detail),
                new float[] { 2, 1.2f, 2, 4 },
                d.history().stream().map(h -> List.of(TIME.format(h.atUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault())),
                        h.action().displayName(locale), h.byName(), h.detail())).toList());
        return doc.signatures(Messages.Report_handler, Messages.Report_reviewer, Messages.Report_petitionerSign).build();
    }
}
