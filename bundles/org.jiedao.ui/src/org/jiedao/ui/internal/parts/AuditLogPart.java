package org.jiedao.ui.internal.parts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.persistence.AuditCheckpoint;
import org.jiedao.core.persistence.AuditRecord;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.ui.internal.Messages;
import org.jiedao.ui.widgets.FilterBar;

/** The audit trail for auditors and district administrators: newest first, filtered by user, entity and dates. */
public final class AuditLogPart {

    /** Widget data keys for tests and tools. */
    public static final String TABLE_ID = "org.jiedao.ui.audit.table";
    public static final String USER_ID = "org.jiedao.ui.audit.user";
    public static final String STATUS_ID = "org.jiedao.ui.audit.status";
    /** The line saying when the last audit checkpoint was taken ({@code jiedao-cli audit checkpoint}). */
    public static final String CHECKPOINT_ID = "org.jiedao.ui.audit.checkpoint";
    static final String ENTITY = "org.jiedao.ui.audit.entity", FROM = "org.jiedao.ui.audit.from", TO = "org.jiedao.ui.audit.to",
            APPLY = "org.jiedao.ui.audit.apply";
    static final int MAX = 500;

    private final PersistenceService persistence;
    private FilterBar filters;
    private Table table;
    private Label status;
    private Label checkpoint;

    @Inject
    public AuditLogPart(PersistenceService persistence) {
        this.persistence = persistence;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        filters = new FilterBar(parent).text(USER_ID, Messages.Audit_user).text(ENTITY, Messages.Audit_entity)
                .date(FROM, Messages.Audit_from).date(TO, Messages.Audit_to);
        filters.addChangeListener(this::refresh);
        filters.button(APPLY, Messages.Audit_apply, this::refresh);

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(TABLE_ID, Boolean.TRUE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (String header : new String[] { Messages.Audit_seq, Messages.Audit_at, Messages.Audit_user, Messages.Audit_action,
                Messages.Audit_entity, Messages.Audit_id, Messages.Audit_changes }) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        status = new Label(parent, SWT.NONE);
        status.setData(STATUS_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        checkpoint = new Label(parent, SWT.WRAP);
        checkpoint.setData(CHECKPOINT_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(checkpoint);
        refresh();
    }

    void refresh() {
        LocalDate fromDate;
        LocalDate toDate;
        try {
            fromDate = date(((Text) filters.control(FROM)).getText());
            toDate = date(((Text) filters.control(TO)).getText());
        } catch (DateTimeParseException e) {
            status.setText(NLS.bind(Messages.Audit_badDate, e.getParsedString()));
            return;
        }
        List<AuditRecord> records;
        try {
            records = persistence.auditRecords(blank(filters.text(USER_ID)), blank(filters.text(ENTITY)), fromDate, toDate, MAX);
        } catch (RuntimeException e) {
            status.setText(e.getMessage() == null ? e.toString() : e.getMessage());
            return;
        }
        table.removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (AuditRecord record : records) {
            new TableItem(table, SWT.NONE).setText(new String[] { Long.toString(record.seq()), record.atUtc().format(time),
                    record.user(), record.action(), record.entity(), record.entityId(), record.changes() });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        status.setText(NLS.bind(Messages.Audit_count, records.size()));
        try {
            checkpoint.setText(checkpointText(persistence.lastAuditCheckpoint(), LocalDateTime.now(ZoneOffset.UTC)));
        } catch (RuntimeException e) {
            checkpoint.setText(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        status.getParent().layout(true, true);
    }

    /** "Last audit checkpoint: record N, taken … UTC, 3 days ago" or that none was taken, with how to take one. */
    static String checkpointText(java.util.Optional<AuditCheckpoint> last, LocalDateTime nowUtc) {
        if (last.isEmpty()) {
            return Messages.Audit_noCheckpoint;
        }
        AuditCheckpoint c = last.get();
        Duration age = Duration.between(c.takenAtUtc(), nowUtc);
        String ago = age.toDays() >= 1 ? NLS.bind(Messages.Audit_ageDays, age.toDays())
                : age.toHours() >= 1 ? NLS.bind(Messages.Audit_ageHours, age.toHours())
                        : NLS.bind(Messages.Audit_ageMinutes, Math.max(0, age.toMinutes()));
        return NLS.bind(Messages.Audit_lastCheckpoint, new Object[] { c.seq(),
                c.takenAtUtc().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), ago });
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    @Focus
    public void setFocus() {
        filters.control(USER_ID).setFocus();
    }
}
