package org.jiedao.ui.widgets.tests;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jiedao.core.persistence.PersistenceService;

/**
 * Fills TST_CASE with N deterministic rows, fast: a JDBC batch on the connection of a persistence
 * service transaction (test data, so without the audit trail an entity insert would write).
 */
public final class CaseRows {

    /** The status of row {@code id}. */
    public static final List<String> STATUSES = List.of("待办", "办理中", "已办结");
    private static final String[] TOPICS = { "噪音扰民", "垃圾分类", "停车难", "电梯维修", "绿化养护", "路灯不亮", "占道经营" };

    private CaseRows() {
    }

    public static String title(long id) {
        return TOPICS[(int) (id * 7919 % TOPICS.length)] + " " + String.format("%07d", id * 7919 % 1_000_003);
    }

    public static String status(long id) {
        return STATUSES.get((int) (id % 3));
    }

    public static int daysOpen(long id) {
        return (int) (id % 60);
    }

    public static LocalDate receivedOn(long id) {
        return LocalDate.of(2021, 1, 1).plusDays(id % 365);
    }

    /** Makes the table hold rows 1..{@code rows}, inserting only if it holds a different number. */
    public static void ensure(PersistenceService persistence, int rows) {
        long present = persistence.read(em -> em.createQuery("select count(c) from CaseRecord c", Long.class).getSingleResult());
        if (present == rows) {
            return;
        }
        persistence.transaction(em -> {
            em.createQuery("delete from CaseRecord c").executeUpdate();
            return null;
        });
        for (int from = 1; from <= rows; from += 50_000) {
            int first = from;
            persistence.transaction(em -> {
                Connection connection = em.unwrap(Connection.class);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO TST_CASE (ID, TITLE, STATUS, RECEIVED_ON, DAYS_OPEN, VERSION) VALUES (?, ?, ?, ?, ?, 1)")) {
                    for (long id = first; id < Math.min(first + 50_000, rows + 1); id++) {
                        insert.setLong(1, id);
                        insert.setString(2, title(id));
                        insert.setString(3, status(id));
                        insert.setDate(4, Date.valueOf(receivedOn(id)));
                        insert.setInt(5, daysOpen(id));
                        insert.addBatch();
                        if (id % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
    }
}
