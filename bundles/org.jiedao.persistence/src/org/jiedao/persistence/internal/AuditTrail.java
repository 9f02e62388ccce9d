package org.jiedao.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.jiedao.core.privacy.PersonalData;
import org.jiedao.core.persistence.AuditVerification;

/**
 * The audit trail, written by EclipseLink descriptor events of every entity: after each insert,
 * update and delete, in the same transaction, the change with who, when, what and the changed
 * fields (before → after); at the end of each flush the changes go to JD_AUDIT, a change alone as
 * a record of its own, several as records of up to {@value #CHANGES_PER_RECORD} changes (one a
 * line), each record chained by SHA-256 to the previous one ({@link #hash}, the one place the chain
 * is computed, for writing and verifying). Modules write nothing for it.
 */
public final class AuditTrail extends DescriptorEventAdapter {

    static final String GENESIS = "0".repeat(64);

    private final Supplier<String> actor;

    /**
     * On a shared server the server appends the records ({@link ServerSecurity#AUDIT_APPEND}); else this process. There
     * the records are appended only just before the commit, so that the head of the chain is the last row a writing
     * transaction locks: appended at each flush, a transaction held the head while it went on to update other rows
     * (a tally, a petition) that another transaction held while waiting for the head — a deadlock, found by
     * releng/bench/shared-server.sh with 50 officers.
     */
    private final boolean appendedByServer;

    AuditTrail(Supplier<String> actor) {
        this(actor, false);
    }

    /**
     * @param appendedByServer whether the server appends the records: the function {@value ServerSecurity#AUDIT_APPEND}
     *                         takes the next number, the time and the user (its session user) itself and chains the record;
     *                         no officer may write the audit tables otherwise
     */
    AuditTrail(Supplier<String> actor, boolean appendedByServer) {
        this.actor = actor;
        this.appendedByServer = appendedByServer;
    }

    /** Listens to every entity of the session, and to the ends of its units of work. */
    void attach(Session session) {
        session.getEventManager().addListener(writer);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.isAggregateDescriptor()) {
                descriptor.getEventManager().addListener(this);
            }
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        record(event, "CREATE", diff(event, null, event.getObject()));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        Object before = event.getQuery() instanceof WriteObjectQuery write ? write.getBackupClone() : null;
        Map<String, String[]> changes = before == null ? fromChangeSet(event) : diff(event, before, event.getObject());
        if (!changes.isEmpty()) {
            record(event, "UPDATE", changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        record(event, "DELETE", diff(event, event.getObject(), null));
    }

    /** The fields (and references, by id) that differ between two states of an object; null for a side that does not exist. */
    private static Map<String, String[]> diff(DescriptorEvent event, Object before, Object after) {
        Map<String, String[]> changes = new TreeMap<>();
        for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
            if (mapping.isPrimaryKeyMapping() || !(mapping.isDirectToFieldMapping() || mapping.isObjectReferenceMapping())) {
                continue;
            }
            String old = before == null ? null : value(event, mapping, before);
            String now = after == null ? null : value(event, mapping, after);
            if (!java.util.Objects.equals(old, now)) {
                changes.put(mapping.getAttributeName(), personal(event, mapping.getAttributeName(), old, now));
            }
        }
        return changes;
    }

    private static String value(DescriptorEvent event, DatabaseMapping mapping, Object object) {
        Object value = mapping.getRealAttributeValueFromObject(object, event.getSession());
        if (value != null && mapping.isObjectReferenceMapping()) {
            return value.getClass().getSimpleName() + "#" + event.getSession().getId(value);
        }
        return show(value);
    }

    private static Map<String, String[]> fromChangeSet(DescriptorEvent event) {
        Map<String, String[]> changes = new TreeMap<>();
        ObjectChangeSet changeSet = event.getChangeSet();
        if (changeSet != null) {
            for (ChangeRecord change : changeSet.getChanges()) {
                DatabaseMapping mapping = event.getDescriptor().getMappingForAttributeName(change.getAttribute());
                Object now = mapping == null ? null : mapping.getAttributeValueFromObject(event.getObject());
                changes.put(change.getAttribute(), personal(event, change.getAttribute(), show(change.getOldValue()), show(now)));
            }
        }
        return changes;
    }

    /**
     * The two sides of a change as the trail keeps them: a field marked {@link PersonalData} is recorded as changed,
     * each side that has a value as {@link PersonalData#AUDIT_VALUE}, never its clear value.
     */
    private static String[] personal(DescriptorEvent event, String attribute, String old, String now) {
        if (!PERSONAL.get(event.getDescriptor().getJavaClass()).contains(attribute)) {
            return new String[] { old, now };
        }
        return new String[] { old == null ? null : PersonalData.AUDIT_VALUE, now == null ? null : PersonalData.AUDIT_VALUE };
    }

    /** The attributes of an entity class (and its superclasses) marked {@link PersonalData}. */
    private static final ClassValue<java.util.Set<String>> PERSONAL = new ClassValue<>() {
        @Override
        protected java.util.Set<String> computeValue(Class<?> type) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(PersonalData.class)) {
                        names.add(field.getName());
                    }
                }
            }
            return java.util.Set.copyOf(names);
        }
    };

    private static String show(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof ObjectChangeSet set) {
            return set.getClassName().substring(set.getClassName().lastIndexOf('.') + 1) + "#" + set.getId();
        }
        String text = String.valueOf(value);
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    /** One change waiting to be written at the end of the unit of work's writes. */
    private record Pending(LocalDateTime at, String user, String entity, String id, String action, String changes) {
    }

    /** The changes of the transaction running on this thread, written together (see {@link #write}). */
    private final ThreadLocal<java.util.List<Pending>> pending = ThreadLocal.withInitial(java.util.ArrayList::new);

    /** The entity classes the transaction running on this thread changed (for the records-changed event). */
    private final ThreadLocal<java.util.Set<Class<?>>> changed = ThreadLocal.withInitial(java.util.LinkedHashSet::new);

    /** @return the entity classes changed since the last call or {@link #discard()}, forgetting them */
    java.util.Set<Class<?>> takeChanged() {
        java.util.Set<Class<?>> classes = java.util.Set.copyOf(changed.get());
        changed.get().clear();
        return classes;
    }

    private void record(DescriptorEvent event, String action, Map<String, String[]> changes) {
        changed.get().add(event.getDescriptor().getJavaClass());
        Object id = event.getSession().getId(event.getObject());
        pending.get().add(new Pending(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), actor.get(),
                event.getDescriptor().getJavaClass().getSimpleName(), String.valueOf(id), action, json(changes)));
    }

    /** Forgets changes not written (a transaction that ended without reaching the database). */
    void discard() {
        pending.get().clear();
        changed.get().clear();
    }

    /** Session events that end the writes of a flush or a commit (still inside the transaction). */
    final org.eclipse.persistence.sessions.SessionEventAdapter writer = new org.eclipse.persistence.sessions.SessionEventAdapter() {
        @Override
        public void postFlushUnitOfWork(org.eclipse.persistence.sessions.SessionEvent event) {
            if (!appendedByServer) {
                write(event.getSession());
            }
        }

        @Override
        public void prepareUnitOfWork(org.eclipse.persistence.sessions.SessionEvent event) {
            if (!appendedByServer) {
                write(event.getSession());
            }
        }

        @Override
        public void preCommitTransaction(org.eclipse.persistence.sessions.SessionEvent event) {
            write(event.getSession());
        }

        @Override
        public void postRollbackTransaction(org.eclipse.persistence.sessions.SessionEvent event) {
            pending.get().clear();
            changed.get().clear();
        }
    };

    /** At most this many changes go into one record (a record of a flush of an import holds a few hundred KB). */
    static final int CHANGES_PER_RECORD = 500;

    /** Change texts up to this length go into the VARCHAR column CHANGES_TEXT, longer ones into the CLOB CHANGES. */
    static final int SHORT_TEXT = 4000;

    /** The ACTION of a record holding several changes, one a line (see {@link #lines}). */
    static final String BATCH = "BATCH";

    /**
     * Appends the pending changes to the chain: the head row is taken (and locked) once per flush;
     * a change alone becomes a record of its own, several changes of one user become records of
     * up to {@link #CHANGES_PER_RECORD} changes each (action {@code BATCH}, one change a line), so
     * an import writes one audit row per few hundred rows instead of one per row.
     */
    private void write(Session session) {
        java.util.List<Pending> batch = pending.get();
        if (batch.isEmpty()) {
            return;
        }
        if (appendedByServer) {
            appendOnServer(session, batch);
            return;
        }
        session.executeNonSelectingCall(new SQLCall("UPDATE JD_AUDIT_HEAD SET LAST_SEQ = LAST_SEQ WHERE ID = 1"));
        @SuppressWarnings("unchecked")
        List<DatabaseRecord> head = (List<DatabaseRecord>) session.executeQuery(
                new DataReadQuery(new SQLCall("SELECT LAST_SEQ, LAST_HASH FROM JD_AUDIT_HEAD WHERE ID = 1")));
        long seq = ((Number) head.get(0).get("LAST_SEQ")).longValue();
        String previous = (String) head.get(0).get("LAST_HASH");
        DataModifyQuery shortInsert = insert("CHANGES_TEXT");
        DataModifyQuery longInsert = insert("CHANGES_GZ");
        for (Pending record : records(batch)) {
            seq++;
            String hash = hash(seq, record.at(), record.user(), record.entity(), record.id(), record.action(), record.changes(),
                    previous);
            boolean shortText = record.changes().length() <= SHORT_TEXT;
            session.executeQuery(shortText ? shortInsert : longInsert, List.of(seq, Timestamp.valueOf(record.at()), record.user(),
                    record.entity(), record.id(), record.action(), shortText ? record.changes() : gzip(record.changes()), previous,
                    hash));
            previous = hash;
        }
        batch.clear();
        DataModifyQuery move = new DataModifyQuery(new SQLCall("UPDATE JD_AUDIT_HEAD SET LAST_SEQ = #SEQ, LAST_HASH = #HASH WHERE ID = 1"));
        move.addArgument("SEQ");
        move.addArgument("HASH");
        session.executeQuery(move, List.of(seq, previous));
    }

    /** The records as {@link #write} groups them, each appended by the server's function in this transaction. */
    private void appendOnServer(Session session, java.util.List<Pending> batch) {
        DataReadQuery append = new DataReadQuery(new SQLCall("SELECT " + ServerSecurity.AUDIT_APPEND + "(#ENT, #EID, #ACT, #CHG)"));
        for (String argument : new String[] { "ENT", "EID", "ACT", "CHG" }) {
            append.addArgument(argument);
        }
        for (Pending record : records(batch)) {
            session.executeQuery(append, List.of(record.entity(), record.id(), record.action(), record.changes()));
        }
        batch.clear();
    }

    /**
     * The pending changes as the records they become: a change alone stays a record of its own, consecutive changes of
     * one user go together in records of up to {@value #CHANGES_PER_RECORD} ({@link #combine}).
     */
    private static List<Pending> records(List<Pending> batch) {
        List<Pending> records = new java.util.ArrayList<>();
        int from = 0;
        while (from < batch.size()) {
            Pending first = batch.get(from);
            int to = from + 1;
            while (to < batch.size() && to - from < CHANGES_PER_RECORD && batch.get(to).user().equals(first.user())) {
                to++;
            }
            records.add(to - from == 1 ? first : combine(batch.subList(from, to)));
            from = to;
        }
        return records;
    }

    /** The insert of a record with its change text in the given column (the other one stays null). */
    private static DataModifyQuery insert(String textColumn) {
        DataModifyQuery insert = new DataModifyQuery(new SQLCall("INSERT INTO JD_AUDIT (SEQ, AT_UTC, USERNAME, ENTITY, "
                + "ENTITY_ID, ACTION, " + textColumn + ", PREV_HASH, HASH) VALUES (#SEQ, #AT, #USR, #ENT, #EID, #ACT, #CHG, #PREV, #HASH)"));
        for (String argument : new String[] { "SEQ", "AT", "USR", "ENT", "EID", "ACT", "CHG", "PREV", "HASH" }) {
            insert.addArgument(argument);
        }
        return insert;
    }

    /**
     * Several changes as one record: entity {@code *}, id the number of changes, action
     * {@code BATCH}, and as text one line per change, {@code ["Entity","id","ACTION",{changes}]}
     * (JSON; the changes object is the one a record of a single change holds, field by field).
     */
    private static Pending combine(List<Pending> changes) {
        StringBuilder text = new StringBuilder(changes.size() * 256);
        for (Pending change : changes) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append('[').append(quote(change.entity())).append(',').append(quote(change.id())).append(',')
                    .append(quote(change.action())).append(',').append(change.changes()).append(']');
        }
        Pending first = changes.get(0);
        return new Pending(first.at(), first.user(), "*", Integer.toString(changes.size()), BATCH, text.toString());
    }

    /** The changes of a {@code BATCH} record's text, each as {entity, id, action, changes}. */
    static List<String[]> lines(String text) {
        List<String[]> changes = new java.util.ArrayList<>();
        if (text == null || text.isEmpty()) {
            return changes;
        }
        for (String line : text.split("\n")) {
            int[] at = { 1 };
            String entity = unquote(line, at);
            String id = unquote(line, at);
            String action = unquote(line, at);
            if (!line.endsWith("]") || at[0] > line.length() - 1) {
                throw new IllegalArgumentException("not an audit change line: " + line);
            }
            changes.add(new String[] { entity, id, action, line.substring(at[0], line.length() - 1) });
        }
        return changes;
    }

    /** The JSON string starting at at[0] (a quote), unescaped; at[0] moves past it and the comma after it. */
    private static String unquote(String line, int[] at) {
        int i = at[0];
        if (i >= line.length() || line.charAt(i) != '"') {
            throw new IllegalArgumentException("not an audit change line: " + line);
        }
        StringBuilder out = new StringBuilder();
        for (i++; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                at[0] = i + 2; // the closing quote and the comma
                return out.toString();
            }
            if (ch == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
                }
            } else {
                out.append(ch);
            }
        }
        throw new IllegalArgumentException("not an audit change line: " + line);
    }

    /**
     * The change text of a record: short texts are in CHANGES_TEXT, long ones gzipped (UTF-8) in the
     * BLOB CHANGES_GZ (both from platform-003), records written before in the CLOB CHANGES.
     */
    static String text(String shortText, byte[] gzipped, String older) {
        return shortText != null ? shortText : gzipped != null ? gunzip(gzipped) : older;
    }

    /** Whether more than one of the three holds a text (a record has one; a second would be shown by nothing that checks it). */
    static boolean twoTexts(String shortText, byte[] gzipped, String older) {
        return (shortText != null ? 1 : 0) + (gzipped != null ? 1 : 0) + (older != null ? 1 : 0) > 1;
    }

    /**
     * Long texts compressed: Derby writes a CLOB character by character, twice (log and page); the
     * text of a batch of a few hundred changes shrinks about tenfold and is written as bytes.
     */
    static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length() / 4 + 64);
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes, 8192)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String gunzip(byte[] gzipped) {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            // not gzip any more: edited behind Jiedao's back; verify finds the hash not matching
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** {"field":["before","after"],...} with nulls; keys sorted, so the text (and hash) is deterministic. */
    static String json(Map<String, String[]> changes) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, String[]> change : changes.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(change.getKey())).append(":[").append(quote(change.getValue()[0])).append(',')
                    .append(quote(change.getValue()[1])).append(']');
        }
        return json.append('}').toString();
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        return org.jiedao.core.cli.TextTable.quote(text);
    }

    /**
     * The hash of one record: SHA-256 over its fields and the previous record's hash. Public on purpose (the formula
     * is no secret: anyone holding the owner's rights can recompute the chain, which is why checkpoints exist).
     */
    public static String hash(long seq, LocalDateTime at, String user, String entity, String id, String action, String changes,
            String previous) {
        String canonical = String.join("\n", Long.toString(seq), at.toString(), user, entity, id, action,
                changes == null ? "" : changes, previous);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The newest changes matching the filters (null: none), newest first; the changes of a
     * {@code BATCH} record each as a record of its own with the batch's sequence number.
     */
    static java.util.List<org.jiedao.core.persistence.AuditRecord> records(DataSource dataSource, String user, String entity,
            java.time.LocalDate from, java.time.LocalDate to, int max) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT SEQ, AT_UTC, USERNAME, ENTITY, ENTITY_ID, ACTION, CHANGES_TEXT, CHANGES_GZ, "
                + "CHANGES FROM JD_AUDIT WHERE 1 = 1");
        java.util.List<Object> args = new java.util.ArrayList<>();
        String entityPart = entity == null || entity.isBlank() ? null : entity.strip();
        if (user != null && !user.isBlank()) {
            sql.append(" AND USERNAME = ?");
            args.add(user.strip());
        }
        if (entityPart != null) {
            sql.append(" AND (ENTITY LIKE ? OR ACTION = '" + BATCH + "')");
            args.add("%" + entityPart + "%");
        }
        if (from != null) {
            sql.append(" AND AT_UTC >= ?");
            args.add(Timestamp.valueOf(from.atStartOfDay()));
        }
        if (to != null) {
            sql.append(" AND AT_UTC < ?");
            args.add(Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        }
        sql.append(" ORDER BY SEQ DESC");
        java.util.List<org.jiedao.core.persistence.AuditRecord> records = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(sql.toString())) {
            s.setFetchSize(Math.min(max, 100));
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (records.size() < max && rs.next()) {
                    long seq = rs.getLong(1);
                    LocalDateTime at = rs.getTimestamp(2).toLocalDateTime();
                    String who = rs.getString(3);
                    String text = text(rs.getString(7), rs.getBytes(8), rs.getString(9));
                    if (!BATCH.equals(rs.getString(6))) {
                        records.add(new org.jiedao.core.persistence.AuditRecord(seq, at, who, rs.getString(4), rs.getString(5),
                                rs.getString(6), text));
                        continue;
                    }
                    List<String[]> changes;
                    try {
                        changes = lines(text);
                    } catch (IllegalArgumentException e) {
                        // edited behind Jiedao's back (verify names the record): shown as it stands
                        records.add(new org.jiedao.core.persistence.AuditRecord(seq, at, who, rs.getString(4), rs.getString(5),
                                rs.getString(6), text));
                        continue;
                    }
                    for (int i = changes.size() - 1; i >= 0 && records.size() < max; i--) {
                        String[] change = changes.get(i);
                        if (entityPart == null || change[0].contains(entityPart)) {
                            records.add(new org.jiedao.core.persistence.AuditRecord(seq, at, who, change[0], change[1], change[2],
                                    change[3]));
                        }
                    }
                }
            }
        }
        return records;
    }

    /** Recomputes the chain from the first record and names the first one that does not match. */
    static AuditVerification verify(DataSource dataSource) throws SQLException {
        return verify(dataSource, Map.of());
    }

    /**
     * Recomputes the chain from the first record and names the first one that does not match; besides, the
     * recomputed hash of each record named in {@code checkpoints} (sequence number → hash kept away from the
     * database) must be the checkpoint's: a rewrite that recomputed every hash after a changed record passes the
     * chain's own checks but not this one (reason {@code checkpoint}, the record is the checkpoint's; reason
     * {@code checkpoint-missing} when the chain no longer reaches a checkpoint's record).
     */
    static AuditVerification verify(DataSource dataSource, Map<Long, String> checkpoints) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SEQ, AT_UTC, USERNAME, ENTITY, ENTITY_ID, ACTION, CHANGES_TEXT, CHANGES_GZ, "
                        + "CHANGES, PREV_HASH, HASH FROM JD_AUDIT ORDER BY SEQ")) {
            String previous = GENESIS;
            long expected = 1;
            long count = 0;
            while (rs.next()) {
                long seq = rs.getLong(1);
                count++;
                if (seq != expected) {
                    return new AuditVerification(count, OptionalLong.of(expected), "missing");
                }
                if (!previous.equals(rs.getString(10))) {
                    return new AuditVerification(count, OptionalLong.of(seq), "link");
                }
                LocalDateTime at = rs.getTimestamp(2).toLocalDateTime().truncatedTo(ChronoUnit.MILLIS);
                String shortText = rs.getString(7);
                byte[] gzipped = rs.getBytes(8);
                String older = rs.getString(9);
                String hash = hash(seq, at, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        text(shortText, gzipped, older), previous);
                if (!hash.equals(rs.getString(11)) || twoTexts(shortText, gzipped, older)) {
                    return new AuditVerification(count, OptionalLong.of(seq), "content");
                }
                String checkpoint = checkpoints.get(seq);
                if (checkpoint != null && !checkpoint.equals(hash)) {
                    return new AuditVerification(count, OptionalLong.of(seq), "checkpoint");
                }
                previous = hash;
                expected++;
            }
            for (Map.Entry<Long, String> checkpoint : new TreeMap<>(checkpoints).entrySet()) {
                long at = checkpoint.getKey();
                if (at == 0 ? !GENESIS.equals(checkpoint.getValue()) : at > expected - 1) {
                    return new AuditVerification(count, OptionalLong.of(at), at == 0 ? "checkpoint" : "checkpoint-missing");
                }
            }
            try (ResultSet headRs = c.createStatement().executeQuery("SELECT LAST_SEQ, LAST_HASH FROM JD_AUDIT_HEAD WHERE ID = 1")) {
                if (headRs.next() && (headRs.getLong(1) != expected - 1 || !previous.equals(headRs.getString(2)))) {
                    return new AuditVerification(count, OptionalLong.of(headRs.getLong(1)), "end");
                }
            }
            return new AuditVerification(count, OptionalLong.empty(), "");
        }
    }
}
