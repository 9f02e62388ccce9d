package org.jiedao.eldercare.internal;

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

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Keeps ELDERCARE_ELDER_COUNT ({@link ElderCountRow}) equal to a GROUP BY of the elders: every path that writes elders
 * (the registry service, the import, the demo data) tells it what it adds and removes — a changed elder is removed with
 * its values before the change and added with the new ones — and {@link #apply} writes the net change of each kept row
 * once, in the transaction of the elders, so that a rollback takes both back.
 * <p>
 * Written with plain SQL through the transaction's connection (updates of the differences, inserts of new rows, deletes
 * of rows left at zero; for a large import the recorded keys are read first, so that new rows are only inserted), as
 * appraisal's level sums: an audit record per count would only double the audit trail of an import.
 */
public final class ElderCounts {

    /** CATEGORY of the year rows: every category. */
    public static final String ANY = "*";

    private static final int BATCH = 1000;

    private record Key(String unitCode, int birthYear, String category) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::unitCode).thenComparingInt(Key::birthYear).thenComparing(Key::category);

    private static final class Delta {
        String unitPath;
        int elders;
        int alone;
    }

    private final Map<Key, Delta> deltas = new HashMap<>();

    /** An elder written (new, or with the values after a change). */
    public void add(ElderRow e) {
        change(e, 1);
    }

    /** An elder removed, or about to change (with the values before the change). */
    public void remove(ElderRow e) {
        change(e, -1);
    }

    private void change(ElderRow e, int sign) {
        delta(new Key(e.getUnitCode(), e.birthDate.getYear(), ANY), e, sign);
        delta(new Key(e.getUnitCode(), 0, e.category == null ? "" : e.category), e, sign);
    }

    private void delta(Key key, ElderRow e, int sign) {
        Delta d = deltas.computeIfAbsent(key, k -> new Delta());
        d.unitPath = e.getUnitPath();
        d.elders += sign;
        d.alone += e.livingAlone ? sign : 0;
    }

    /** Writes the net changes through the transaction of {@code em} (keys in one order, so concurrent writers lock rows alike), then forgets them. */
    public void apply(EntityManager em) {
        List<Map.Entry<Key, Delta>> changes = new ArrayList<>();
        for (Map.Entry<Key, Delta> e : deltas.entrySet()) {
            if (e.getValue().elders != 0 || e.getValue().alone != 0) {
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
            List<Map.Entry<Key, Delta>> lowered = new ArrayList<>();
            if (changes.size() > BATCH) {
                // a large import: the rows there are, read once, spare an update of each row not there yet
                Set<Key> existing = existingKeys(connection);
                List<Map.Entry<Key, Delta>> recorded = new ArrayList<>();
                for (Map.Entry<Key, Delta> e : changes) {
                    (existing.contains(e.getKey()) ? recorded : missing).add(e);
                }
                changes = recorded;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE ELDERCARE_ELDER_COUNT SET ELDERS = ELDERS + ?, ALONE = ALONE + ? "
                    + "WHERE UNIT_CODE = ? AND BIRTH_YEAR = ? AND CATEGORY = ?")) {
                for (int start = 0; start < changes.size(); start += BATCH) {
                    List<Map.Entry<Key, Delta>> batch = changes.subList(start, Math.min(changes.size(), start + BATCH));
                    for (Map.Entry<Key, Delta> e : batch) {
                        update.setInt(1, e.getValue().elders);
                        update.setInt(2, e.getValue().alone);
                        key(update, 3, e.getKey());
                        update.addBatch();
                    }
                    int[] counts = update.executeBatch();
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] == Statement.SUCCESS_NO_INFO) {
                            throw new PersistenceException("the database did not say which elder counts it updated");
                        }
                        (counts[i] == 0 ? missing : lowered).add(batch.get(i));
                    }
                }
            }
            lowered.removeIf(e -> e.getValue().elders >= 0);
            if (!missing.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ELDERCARE_ELDER_COUNT (UNIT_CODE, BIRTH_YEAR, CATEGORY, "
                        + "ELDERS, ALONE, UNIT_PATH) VALUES (?, ?, ?, ?, ?, ?)")) {
                    int n = 0;
                    for (Map.Entry<Key, Delta> e : missing) {
                        Delta d = e.getValue();
                        if (d.elders <= 0) {
                            // elders removed that were never counted: ELDERCARE_ELDER_COUNT no longer mirrors ELDERCARE_ELDER
                            throw new PersistenceException("no elder count for removed elders of " + e.getKey());
                        }
                        key(insert, 1, e.getKey());
                        insert.setInt(4, d.elders);
                        insert.setInt(5, d.alone);
                        insert.setString(6, d.unitPath);
                        insert.addBatch();
                        if (++n % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
            if (!lowered.isEmpty()) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ELDERCARE_ELDER_COUNT WHERE UNIT_CODE = ? AND BIRTH_YEAR = ? "
                        + "AND CATEGORY = ? AND ELDERS = 0")) {
                    for (Map.Entry<Key, Delta> e : lowered) {
                        key(delete, 1, e.getKey());
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not keep the elder counts (ELDERCARE_ELDER_COUNT): " + e.getMessage(), e);
        }
    }

    private static Set<Key> existingKeys(Connection connection) throws SQLException {
        Set<Key> keys = new HashSet<>();
        try (Statement select = connection.createStatement();
                ResultSet rs = select.executeQuery("SELECT UNIT_CODE, BIRTH_YEAR, CATEGORY FROM ELDERCARE_ELDER_COUNT")) {
            while (rs.next()) {
                keys.add(new Key(rs.getString(1), rs.getInt(2), rs.getString(3)));
            }
        }
        return keys;
    }

    private static void key(PreparedStatement statement, int first, Key key) throws SQLException {
        statement.setString(first, key.unitCode());
        statement.setInt(first + 1, key.birthYear());
        statement.setString(first + 2, key.category());
    }
}
