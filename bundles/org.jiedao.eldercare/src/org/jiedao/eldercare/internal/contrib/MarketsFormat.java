package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.Markets;
import org.jiedao.eldercare.Markets.Stall;
import org.jiedao.eldercare.internal.MarketsImpl;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;

/**
 * {@code eldercare-markets}: the monthly 幸福里便民集市, one market a row; the stalls in one cell as
 * {@code 修伞:12; 磨刀(王师傅):20} (stall, its keeper in brackets, residents served).
 */
public final class MarketsFormat implements ImportableFormat, ExportableFormat {

    static final Column<LocalDate> HELD_ON = Column.date("held_on", "日期").required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
    static final Column<String> PLACE = Column.text("place", "地点", 100);
    static final Column<Long> VISITORS = Column.integer("visitors", "到场人数", 0, 1_000_000).required();
    static final Column<String> STALLS = Column.text("stalls", "摊位", 2000).required();

    private static final Pattern STALL = Pattern.compile("\\s*([^:：()（）]+?)\\s*(?:[(（]\\s*([^)）]*?)\\s*[)）])?\\s*[:：]\\s*(\\d{1,9})\\s*");

    @Inject
    private Markets markets;

    @Override
    public List<Column<?>> columns() {
        return List.of(HELD_ON, COMMUNITY, PLACE, VISITORS, STALLS);
    }

    /** @return the stalls of a cell: 修伞:12; 磨刀(王师傅):20 */
    public static List<Stall> stalls(String text) {
        List<Stall> out = new ArrayList<>();
        for (String part : text.split("[;；,，、\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = STALL.matcher(part);
            if (!m.matches()) {
                throw new EldercareException(NLS.bind(Messages.Import_stall, part.strip()));
            }
            out.add(new Stall(m.group(1), m.group(2) == null || m.group(2).isBlank() ? null : m.group(2), Integer.parseInt(m.group(3))));
        }
        return out;
    }

    /** @return the cell of stalls, as {@link #stalls} reads it */
    public static String text(List<Stall> stalls) {
        StringBuilder b = new StringBuilder();
        for (Stall s : stalls) {
            b.append(b.length() == 0 ? "" : "; ").append(s.name()).append(s.provider() == null ? "" : "(" + s.provider() + ")").append(':')
                    .append(s.served());
        }
        return b.toString();
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        Map<String, Integer> months = new HashMap<>();
        LocalDate today = LocalDate.now();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                List<Stall> stalls;
                try {
                    stalls = stalls(record.get(STALLS));
                } catch (EldercareException e) {
                    problems.reject(STALLS, e.getMessage());
                    return;
                }
                // the checks of the writing, on a rolled-back copy: the rules and a market of the month already recorded
                String refusal = check(record, stalls, today);
                if (refusal != null) {
                    problems.reject(refusal.startsWith("\u0000") ? HELD_ON : STALLS, refusal.replace("\u0000", ""));
                    return;
                }
                String key = record.get(COMMUNITY).code() + "/" + record.get(HELD_ON).getYear() + "-" + record.get(HELD_ON).getMonthValue();
                Integer before = months.putIfAbsent(key, record.row());
                if (before != null) {
                    problems.reject(HELD_ON, NLS.bind(Messages.Import_marketTwice, new Object[] { record.get(COMMUNITY).name(), before, record.row() }));
                }
            }

            @Override
            public void write(Record record, EntityManager em) {
                MarketsImpl.hold(em, record.get(COMMUNITY), record.get(HELD_ON), record.get(PLACE), record.get(VISITORS).intValue(),
                        stalls(record.get(STALLS)), today);
            }
        };
    }

    /** @return the refusal of the service for the row (a day or month problem marked with a leading NUL), or null */
    private String check(Record record, List<Stall> stalls, LocalDate today) {
        LocalDate on = record.get(HELD_ON);
        if (on.isAfter(today)) {
            return "\u0000" + NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_marketFuture, on);
        }
        OrgUnit unit = record.get(COMMUNITY);
        for (Markets.Market m : markets.list(unit.code(), on.getYear())) {
            if (m.heldOn().getMonthValue() == on.getMonthValue()) {
                return "\u0000" + NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_marketTwice,
                        new Object[] { unit.name(), java.time.YearMonth.from(on), m.heldOn() });
            }
        }
        int visitors = record.get(VISITORS).intValue();
        java.util.Set<String> names = new java.util.HashSet<>();
        if (stalls.isEmpty()) {
            return org.jiedao.eldercare.internal.Messages.Refused_marketNoStall;
        }
        for (Stall s : stalls) {
            if (!names.add(s.name())) {
                return NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_stallTwice, s.name());
            }
            if (s.name().length() > 50 || (s.provider() != null && s.provider().length() > 100)) {
                return NLS.bind(Messages.Import_stall, s.name());
            }
            if (s.served() > visitors) {
                return NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_stallServed, new Object[] { s.name(), s.served(), visitors });
            }
        }
        return null;
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        for (Markets.Market m : markets.list(null, 0)) {
            sink.write(m.heldOn(), m.communityName(), m.place(), (long) m.visitors(), text(m.stalls()));
        }
    }
}
