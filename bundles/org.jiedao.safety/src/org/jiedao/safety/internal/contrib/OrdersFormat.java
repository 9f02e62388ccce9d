package org.jiedao.safety.internal.contrib;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;
import org.jiedao.safety.OrderStatus;
import org.jiedao.safety.Severity;
import org.jiedao.safety.internal.Counts;
import org.jiedao.safety.internal.InspectionWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.PremisesWrites;
import org.jiedao.safety.internal.SafetyOrderEntity;
import org.jiedao.safety.internal.SafetyPremisesEntity;

/**
 * {@code safety-orders} (code, premises, issued_on, deadline, status): rectification orders kept in
 * sheets before the module. An imported order is a general hazard's (the sheet names no severity); a
 * closed or failed one counts as closed on its deadline. A deadline before the issue day is refused.
 */
public final class OrdersFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> CODE = Column.text("code", "编号", 40).required();
    static final Column<String> PREMISES = Column.text("premises", "场所", 40).required();
    static final Column<LocalDate> ISSUED_ON = Column.date("issued_on", "下发日期").required();
    static final Column<LocalDate> DEADLINE = Column.date("deadline", "整改期限").required();
    static final Column<OrderStatus> STATUS = Column.choice("status", "状态", OrderStatus.class);

    @Inject
    private PersistenceService persistence;

    @Override
    public List<Column<?>> columns() {
        return List.of(CODE, PREMISES, ISSUED_ON, DEADLINE, STATUS);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        return new ImportSession() {
            final Set<String> codes = new HashSet<>();
            final Map<String, SafetyPremisesEntity> premises = new HashMap<>();

            @Override
            public void validate(Record record, RowProblems problems) {
                String code = record.get(CODE);
                if (!codes.add(code) || persistence.read(em -> InspectionWrites.order(em, code)) != null) {
                    problems.reject(CODE, NLS.bind(Messages.Refused_orderExists, code));
                }
                String p = record.get(PREMISES);
                if (premises.computeIfAbsent(p, c -> persistence.read(em -> PremisesWrites.find(em, c))) == null) {
                    premises.remove(p);
                    problems.reject(PREMISES, NLS.bind(Messages.Refused_noPremises, p));
                }
                if (record.get(DEADLINE).isBefore(record.get(ISSUED_ON))) {
                    problems.reject(DEADLINE, NLS.bind(Messages.Refused_deadlineBeforeIssue, record.get(DEADLINE), record.get(ISSUED_ON)));
                }
                if (record.get(ISSUED_ON).isAfter(LocalDate.now())) {
                    problems.reject(ISSUED_ON, NLS.bind(Messages.Refused_future, record.get(ISSUED_ON)));
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.ofNullable(Lookups.unitOf(persistence, context, premises.get(record.get(PREMISES))));
            }

            @Override
            public void write(Record r, EntityManager em) {
                SafetyOrderEntity o = InspectionWrites.issue(em, PremisesWrites.require(em, r.get(PREMISES)), null, Severity.GENERAL,
                        r.get(ISSUED_ON), r.get(DEADLINE), r.get(CODE), null);
                OrderStatus status = r.find(STATUS).orElse(OrderStatus.OPEN);
                if (!status.isOpen()) {
                    Counts.openOrder(em, o, -1);
                    o.status = status.key();
                    o.closedOn = r.get(DEADLINE);
                }
            }
        };
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        persistence.read(em -> {
            Map<Long, String> premises = new HashMap<>();
            em.createQuery("select o from SafetyOrder o order by o.issuedOn, o.code", SafetyOrderEntity.class).getResultStream()
                    .forEach(o -> sink.write(o.code, premises.computeIfAbsent(o.premisesId, id -> em.find(SafetyPremisesEntity.class, id).code),
                            o.issuedOn, o.deadline, OrderStatus.parse(o.status).get()));
            return null;
        });
    }
}
