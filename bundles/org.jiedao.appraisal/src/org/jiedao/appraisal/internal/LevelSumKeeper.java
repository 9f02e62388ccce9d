package org.jiedao.appraisal.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.internal.model.ScoreEntity;

/**
 * Keeps APR_LEVEL_SUM (per year, quarter, cadre, rater level and unit: the raters' count and the sum
 * of each indicator) equal to a GROUP BY of the score rows. Every path that writes score rows tells
 * the keeper what it adds and removes (a changed row: removed with its old values, added with the
 * new); {@link #apply} then writes the net change of each sum once, in the same transaction as the
 * score rows, so a rollback takes both back. Sums are exact: scores have at most 2 decimals, and are
 * added as whole hundredths.
 * <p>
 * Written with plain SQL through the transaction's connection (batched updates of the differences,
 * inserts of new sums, deletes of sums left without raters; for a large import the year's recorded
 * sums are read first, so that new sums are only inserted), not as entities: the sums are derived
 * from the score rows, which are audited themselves, so an audit record per sum would only double
 * the audit trail of an import.
 */
public final class LevelSumKeeper {

    private static final int BATCH = 1000;

    private record Key(int year, int quarter, String cadreId, RaterLevel level, String unitCode) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::year).thenComparingInt(Key::quarter)
            .thenComparing(Key::cadreId).thenComparing(Key::level).thenComparing(Key::unitCode);

    /** The net change of one sum. */
    private static final class Delta {
        String unitPath;
        int raters;
        final long[] hundredths = new long[5];

        boolean isZero() {
            if (raters != 0) {
                return false;
            }
            for (long h : hundredths) {
                if (h != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<Key, Delta> deltas = new HashMap<>();

    /** A score row written (new, or with its new values). */
    public void add(ScoreEntity score) {
        change(score, 1);
    }

    /** A score row removed (or about to be changed: its values before the change). */
    public void remove(ScoreEntity score) {
        change(score, -1);
    }

    private void change(ScoreEntity s, int sign) {
        Delta d = deltas.computeIfAbsent(new Key(s.getYear(), s.getQuarter(), s.getCadreId(), s.getLevel(), s.getUnitCode()),
                k -> new Delta());
        d.unitPath = s.getUnitPath();
        d.raters += sign;
        d.hundredths[0] += sign * hundredths(s.getDe());
        d.hundredths[1] += sign * hundredths(s.getNeng());
        d.hundredths[2] += sign * hundredths(s.getQin());
        d.hundredths[3] += sign * hundredths(s.getJi());
        d.hundredths[4] += sign * hundredths(s.getLian());
    }

    private static long hundredths(BigDecimal score) {
        return score.movePointRight(2).longValueExact();
    }

    /**
     * Writes the net changes into APR_LEVEL_SUM through the transaction of {@code em} (keys in one
     * order, so concurrent writers lock rows alike), then forgets them.
     */
    public void apply(EntityManager em) {
        List<Map.Entry<Key, Delta>> changes = new ArrayList<>();
        for (Map.Entry<Key, Delta> e : deltas.entrySet()) {
            if (!e.getValue().isZero()) {
                changes.add(e);
            }
        }
        deltas.clear();
        if (changes.isEmpty()) {
            return;
        }
        changes.sort(Map.Entry.comparingByKey(ORDER));
        Connection connection = em.unwrap(Connection.class);
        try {
            List<Map.Entry<Key, Delta>> missing = new ArrayList<>();
            List<Map.Entry<Key, Delta>> emptied = new ArrayList<>();
            if (changes.size() > BATCH) {
                // a large import: the sums there are, read once, spare an update of every sum that is not there yet
                Set<Key> existing = existingKeys(connection, changes);
                List<Map.Entry<Key, Delta>> recorded = new ArrayList<>();
                for (Map.Entry<Key, Delta> e : changes) {
                    (existing.contains(e.getKey()) ? recorded : missing).add(e);
                }
                changes = recorded;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE APR_LEVEL_SUM SET RATERS = RATERS + ?, DE = DE + ?, "
                    + "NENG = NENG + ?, QIN = QIN + ?, JI = JI + ?, LIAN = LIAN + ? WHERE YEAR_NO = ? AND QUARTER = ? AND CADRE_ID = ? "
                    + "AND RATER_LEVEL = ? AND UNIT_CODE = ?")) {
                for (int start = 0; start < changes.size(); start += BATCH) {
                    List<Map.Entry<Key, Delta>> batch = changes.subList(start, Math.min(changes.size(), start + BATCH));
                    for (Map.Entry<Key, Delta> e : batch) {
                        Delta d = e.getValue();
                        update.setInt(1, d.raters);
                        for (int i = 0; i < 5; i++) {
                            update.setBigDecimal(2 + i, BigDecimal.valueOf(d.hundredths[i], 2));
                        }
                        key(update, 7, e.getKey());
                        update.addBatch();
                    }
                    int[] counts = update.executeBatch();
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] == Statement.SUCCESS_NO_INFO) {
                            throw new PersistenceException("the database did not say which level sums it updated");
                        }
                        (counts[i] == 0 ? missing : emptied).add(batch.get(i));
                    }
                }
            }
            emptied.removeIf(e -> e.getValue().raters >= 0);
            if (!missing.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO APR_LEVEL_SUM (YEAR_NO, QUARTER, CADRE_ID, "
                        + "RATER_LEVEL, UNIT_CODE, RATERS, DE, NENG, QIN, JI, LIAN, UNIT_PATH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int n = 0;
                    for (Map.Entry<Key, Delta> e : missing) {
                        Delta d = e.getValue();
                        if (d.raters <= 0) {
                            // a removal of rows that were never summed: APR_LEVEL_SUM no longer mirrors APR_SCORE
                            throw new PersistenceException("no level sum for removed scores of " + e.getKey());
                        }
                        key(insert, 1, e.getKey());
                        insert.setInt(6, d.raters);
                        for (int i = 0; i < 5; i++) {
                            insert.setBigDecimal(7 + i, BigDecimal.valueOf(d.hundredths[i], 2));
                        }
                        insert.setString(12, d.unitPath);
                        insert.addBatch();
                        if (++n % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
            if (!emptied.isEmpty()) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM APR_LEVEL_SUM WHERE YEAR_NO = ? AND QUARTER = ? "
                        + "AND CADRE_ID = ? AND RATER_LEVEL = ? AND UNIT_CODE = ? AND RATERS = 0")) {
                    for (Map.Entry<Key, Delta> e : emptied) {
                        key(delete, 1, e.getKey());
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not keep the level sums (APR_LEVEL_SUM): " + e.getMessage(), e);
        }
    }

    /** @return the keys of the sums recorded for the years of {@code changes} */
    private static Set<Key> existingKeys(Connection connection, List<Map.Entry<Key, Delta>> changes) throws SQLException {
        Set<Integer> years = new TreeSet<>();
        changes.forEach(e -> years.add(e.getKey().year()));
        Set<Key> keys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT QUARTER, CADRE_ID, RATER_LEVEL, UNIT_CODE FROM APR_LEVEL_SUM "
                + "WHERE YEAR_NO = ?")) {
            for (int year : years) {
                select.setInt(1, year);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new Key(year, rs.getInt(1), rs.getString(2), RaterLevel.valueOf(rs.getString(3)), rs.getString(4)));
                    }
                }
            }
        }
        return keys;
    }

    private static void key(PreparedStatement statement, int first, Key key) throws SQLException {
        statement.setInt(first, key.year());
        statement.setInt(first + 1, key.quarter());
        statement.setString(first + 2, key.cadreId());
        statement.setString(first + 3, key.level().name());
        statement.setString(first + 4, key.unitCode());
    }
}
