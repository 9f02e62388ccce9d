package org.jiedao.eldercare.internal.contrib;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.Renovation;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.EldercareSupport;
import org.jiedao.eldercare.internal.RenovationRow;
import org.jiedao.eldercare.internal.RenovationSteps;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;

/**
 * {@code eldercare-renovations}: applications with their items ("GRAB-BAR*1; FLOOR*20", codes or names of
 * the catalogue) in a status; an approved (installed, accepted) one gets the subsidy of the year's policy,
 * or the optional {@code subsidy} column's, never above it. Every step is dated {@code applied_on}.
 */
public final class RenovationsFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> ELDER = Column.text("elder_id_number", "身份证号码", 18).required();
    static final Column<LocalDate> APPLIED_ON = Column.date("applied_on", "申请日期").required();
    static final Column<String> ITEMS = Column.text("items", "改造项目", 1000);
    static final Column<RenovationStatus> STATUS = Column.choice("status", "状态", RenovationStatus.class).required();
    static final Column<BigDecimal> SUBSIDY = Column.decimal("subsidy", "补贴", 2, BigDecimal.ZERO, new BigDecimal("1000000"));

    @Inject
    private PersistenceService persistence;
    @Inject
    private Renovations renovations;
    @Inject
    private SecurityService security;
    @Inject
    private PersonalDataLog log;

    @Override
    public List<Column<?>> columns() {
        return List.of(ELDER, APPLIED_ON, ITEMS, STATUS, SUBSIDY);
    }

    /** Parses "GRAB-BAR*1; 防滑地面*20" against the catalogue: code (or name) → quantity. */
    public static Map<String, Integer> items(String text, List<Renovations.CatalogueItem> catalogue) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[;；,，、]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] p = part.strip().split("\\s*[*×xX]\\s*(?=\\d+$)");
            String key = p[0].strip();
            int quantity;
            try {
                quantity = p.length > 1 ? Integer.parseInt(p[1].strip()) : 1;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(part);
            }
            Optional<Renovations.CatalogueItem> item = catalogue.stream().filter(c -> c.code().equalsIgnoreCase(key) || c.name().equals(key))
                    .findFirst();
            if (item.isEmpty() || quantity < 1) {
                throw new IllegalArgumentException(part.strip());
            }
            out.merge(item.get().code(), quantity, Integer::sum);
        }
        return out;
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        List<Renovations.CatalogueItem> catalogue = renovations.catalogue();
        Lookups lookups = new Lookups(persistence);
        String codes = catalogue.stream().map(Renovations.CatalogueItem::code).collect(Collectors.joining(", "));
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                ElderRow elder = lookups.elder(record, ELDER, problems);
                RenovationStatus status = record.get(STATUS);
                Map<String, Integer> items = Map.of();
                try {
                    items = items(record.get(ITEMS), catalogue);
                } catch (IllegalArgumentException e) {
                    problems.reject(ITEMS, NLS.bind(Messages.Import_items, e.getMessage(), codes));
                    return;
                }
                if (status == null) {
                    return;
                }
                if (status == RenovationStatus.REJECTED) {
                    problems.reject(STATUS, Messages.Import_rejectedStatus);
                    return;
                }
                if (status != RenovationStatus.APPLIED && items.isEmpty()) {
                    problems.reject(ITEMS, org.jiedao.eldercare.internal.Messages.Refused_noItems);
                    return;
                }
                boolean approved = status.ordinal() >= RenovationStatus.APPROVED.ordinal();
                if (approved && !security.currentUserHas(Role.STREET_OFFICER, Role.DISTRICT_ADMIN)) {
                    problems.reject(STATUS, Messages.Import_approver);
                    return;
                }
                if (record.get(APPLIED_ON) != null && record.get(APPLIED_ON).isAfter(LocalDate.now())) {
                    problems.reject(APPLIED_ON, NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_future, record.get(APPLIED_ON)));
                    return;
                }
                if (approved && elder != null && record.get(APPLIED_ON) != null) {
                    Map<String, Integer> chosen = items;
                    String refusal = persistence.read(em -> {
                        try {
                            BigDecimal total = BigDecimal.ZERO;
                            for (Map.Entry<String, Integer> i : chosen.entrySet()) {
                                BigDecimal price = catalogue.stream().filter(c -> c.code().equals(i.getKey())).findFirst().orElseThrow().unitPrice();
                                total = total.add(price.multiply(BigDecimal.valueOf(i.getValue())));
                            }
                            BigDecimal most = RenovationSteps.subsidyFor(em, elder, record.get(APPLIED_ON).getYear(), total);
                            BigDecimal given = record.get(SUBSIDY);
                            if (given != null && given.compareTo(most) > 0) {
                                return NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_aboveCap, given.setScale(2).toPlainString(),
                                        most.toPlainString());
                            }
                            return null;
                        } catch (RuntimeException e) {
                            return e.getMessage();
                        }
                    });
                    if (refusal != null) {
                        problems.reject(SUBSIDY, refusal);
                    }
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.ofNullable(persistence.read(em -> Lookups.elder(em, record, ELDER))).map(EldercareSupport::sameUnit);
            }

            @Override
            public void write(Record record, EntityManager em) {
                ElderRow elder = Lookups.elder(em, record, ELDER);
                LocalDate on = record.get(APPLIED_ON);
                RenovationStatus status = record.get(STATUS);
                String by = security.currentUser().map(u -> u.username()).orElse("system");
                RenovationRow r = RenovationSteps.apply(em, elder, on, null, by);
                if (status.ordinal() >= RenovationStatus.ASSESSED.ordinal()) {
                    RenovationSteps.assess(em, r, on, items(record.get(ITEMS), catalogue), by);
                }
                if (status.ordinal() >= RenovationStatus.APPROVED.ordinal()) {
                    em.flush();
                    RenovationSteps.approve(em, r, on, null, record.get(SUBSIDY), by);
                }
                if (status.ordinal() >= RenovationStatus.INSTALLED.ordinal()) {
                    RenovationSteps.move(em, r, on, RenovationStatus.APPROVED, RenovationStatus.INSTALLED, null, null, by);
                }
                if (status == RenovationStatus.ACCEPTED) {
                    RenovationSteps.move(em, r, on, RenovationStatus.INSTALLED, RenovationStatus.ACCEPTED, null, null, by);
                }
            }
        };
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("status", "applied|assessed|approved|installed|accepted|rejected"));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        RenovationStatus status = context.filter("status").map(s -> RenovationStatus.parse(s)
                .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Export_bad, s, "status")))).orElse(null);
        List<Renovation> list = renovations.list(status, false, LocalDate.now());
        Map<Long, String> idNumbers = ElderNumbers.shown(persistence, security, log, "renovation", list.stream().map(Renovation::elderId).distinct().toList());
        for (Renovation r : list) {
            String items = r.items().stream().map(i -> i.code() + "*" + i.quantity()).collect(Collectors.joining("; "));
            sink.write(idNumbers.get(r.elderId()), r.appliedOn(), items.isEmpty() ? null : items, r.status(), r.subsidy());
        }
    }
}
