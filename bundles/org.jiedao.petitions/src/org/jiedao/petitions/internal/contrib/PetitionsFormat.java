package org.jiedao.petitions.internal.contrib;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;
import org.jiedao.petitions.Channel;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionPrivacy;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.Privacy;
import org.jiedao.petitions.Urgency;
import org.jiedao.petitions.internal.Messages;
import org.jiedao.petitions.internal.Petition;

/**
 * The {@code petitions} format: petitions as officers keep them in sheets (a mailbox opening's
 * letters, a phone log). Imported rows are registered like petitions entered by hand; exports mask
 * the petitioner's name and phone for users who are not handlers of the petition's unit, and an
 * export with unmasked personal data is recorded as a view of it.
 */
public final class PetitionsFormat implements ImportableFormat, ExportableFormat {

    static final Column<LocalDate> RECEIVED_ON = Column.date("received_on", "收到日期").required();
    static final Column<Channel> CHANNEL = Column.choice("channel", "渠道", Channel.class).required();
    static final Column<PetitionKind> KIND = Column.choice("kind", "类型", PetitionKind.class).required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
    static final Column<String> CATEGORY = Column.text("category", "类别", 50);
    static final Column<Urgency> URGENCY = Column.of("urgency", "紧急程度", new UrgencyType());
    static final Column<String> PETITIONER = Column.text("petitioner", "反映人", 50);
    static final Column<String> PHONE = Column.text("phone", "联系电话", 30);
    static final Column<String> CONTENT = Column.text("content", "内容", 4000).required();

    @Inject
    private PetitionService petitions;
    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(RECEIVED_ON, CHANNEL, KIND, COMMUNITY, CATEGORY, URGENCY, PETITIONER, PHONE, CONTENT);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        Set<String> categories = Set.copyOf(petitions.categories());
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                String category = record.get(CATEGORY);
                if (category != null && !categories.contains(category)) {
                    problems.reject(CATEGORY, NLS.bind(Messages.Refused_category, category, String.join("、", petitions.categories())));
                }
                String phone = record.get(PHONE);
                if (phone != null && !phone.matches("[0-9+\\- ()]+")) {
                    problems.reject(PHONE, NLS.bind(Messages.Refused_phone, phone));
                }
                LocalDate received = record.get(RECEIVED_ON);
                if (received != null && received.isAfter(LocalDate.now())) {
                    problems.reject(RECEIVED_ON, NLS.bind(Messages.Refused_future, received));
                }
            }

            @Override
            public void write(Record record, EntityManager em) {
                petitions.register(new NewPetition(record.get(RECEIVED_ON), record.get(CHANNEL), record.get(KIND), record.get(COMMUNITY).code(),
                        record.get(CATEGORY), record.find(URGENCY).orElse(Urgency.NORMAL), record.get(PETITIONER), record.get(PHONE),
                        record.get(CONTENT), null));
            }
        };
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("community", Messages.Export_filterCommunity), new ExportFilter("status", Messages.Export_filterStatus));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        PetitionService service = petitions;
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        String path;
        PetitionStatus status;
        try {
            path = context.filter("community").isPresent() ? context.orgUnit(context.filter("community").get()).path() : null;
            status = context.filter("status").isPresent() ? PetitionStatus.parse(context.filter("status").get())
                    .orElseThrow(() -> new InvalidValueException(NLS.bind(Messages.Export_badStatus, context.filter("status").get()))) : null;
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Map<String, Boolean> handler = new HashMap<>();
        AtomicLong unmasked = new AtomicLong();
        persistence.read(em -> {
            var query = em.createQuery("select p from Petition p where 1 = 1" + (path == null ? "" : " and p.unitPath like :path")
                    + (status == null ? "" : " and p.status = :status") + " order by p.id", Petition.class);
            if (path != null) {
                query.setParameter("path", path + "%");
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            query.getResultStream().forEach(p -> {
                boolean visible = handler.computeIfAbsent(p.getUnitCode(), service::isHandler);
                boolean personal = p.getPetitioner() != null || p.getPhone() != null;
                if (visible && personal) {
                    unmasked.incrementAndGet();
                }
                sink.write(p.getReceivedOn(), p.getChannel(), p.getKind(), names.getOrDefault(p.getUnitCode(), p.getUnitCode()),
                        p.getCategory(), Urgency.parse(p.getUrgency()).orElse(Urgency.NORMAL),
                        visible ? p.getPetitioner() : blankToNull(Privacy.maskName(p.getPetitioner())),
                        visible ? p.getPhone() : blankToNull(Privacy.maskPhone(p.getPhone())), p.getContent());
            });
            return null;
        });
        if (unmasked.get() > 0) {
            service.recordDisclosure(PetitionPrivacy.Disclosure.EXPORT, null, null, unmasked.get());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
