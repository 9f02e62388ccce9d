package org.jiedao.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.jiedao.core.persistence.ScopedEntity;

/**
 * What a shared PostgreSQL server enforces by itself, whatever client connects: set up by the
 * schema's owner after the migrations ({@link #install}), again after every migration (new tables).
 * <ul>
 * <li>Group roles {@code PREFIX}jiedao_readers (every officer), _writers (every officer but auditors),
 * _admins (district administrators) and _auditors; each officer's login role is a member of the
 * groups of their Jiedao role, kept in step by {@value #ACCOUNT}.</li>
 * <li>Row-level security, enabled and forced, on the table of every {@link ScopedEntity}: rows
 * under the officer's unit path only; an auditor reads everything and writes nothing; a district
 * administrator everything. The officer is the <em>session</em> user, looked up in JD_USER by the
 * security-definer function {@code jd_me()}, so no client setting can widen it.</li>
 * <li>Grants by table: officers read every table; write module tables (auditors none); only
 * district administrators write users and units; the audit trail is appended only through
 * {@value #AUDIT_APPEND}, which takes the next number, the server's time and the session user
 * itself; nobody but the owner may update, delete or truncate it.</li>
 * </ul>
 */
final class ServerSecurity {

    /** The function that appends an audit record: (entity, id, action, changes) → sequence number. */
    static final String AUDIT_APPEND = "jd_audit_append";

    /** The function that keeps an officer's login role in step: (user, SCRAM verifier, Jiedao role, may log in). */
    static final String ACCOUNT = "jd_account";

    /** The function with which an officer changes their own password: (SCRAM verifier). */
    static final String OWN_PASSWORD = "jd_own_password";

    /** Tables only the server's functions write. */
    private static final Set<String> AUDIT_TABLES = Set.of("jd_audit", "jd_audit_head");

    /** Tables of users and units: written by district administrators only (a change there widens someone's scope). */
    private static final Set<String> ADMIN_TABLES = Set.of("jd_user", "jd_org_unit", "jd_org_unit_change");

    private ServerSecurity() {
    }

    /** The name of an installation's group role. */
    static String group(String prefix, String name) {
        return prefix + "jiedao_" + name;
    }

    /** The tables of the scoped entities of the session (their primary and secondary tables), lower case. */
    static Set<String> scopedTables(Session session) {
        Set<String> tables = new TreeSet<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (ScopedEntity.class.isAssignableFrom(descriptor.getJavaClass()) && !descriptor.isAggregateDescriptor()) {
                for (Object table : descriptor.getTableNames()) {
                    String name = table.toString();
                    int dot = name.lastIndexOf('.');
                    tables.add((dot < 0 ? name : name.substring(dot + 1)).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    /**
     * Sets up (again) the groups, functions, grants and policies of the schema, in one transaction,
     * connected as the schema's owner.
     *
     * @param scopedTables tables of scoped entities (those of them with a UNIT_PATH column get policies)
     * @return the tables that got row-level security
     */
    static List<String> install(DataSource owner, String prefix, Set<String> scopedTables) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                String schema = connection.getSchema();
                String ownerRole = one(sql, "SELECT current_user");
                boolean mayCreateRoles = "t".equals(one(sql, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"));
                if (!mayCreateRoles) {
                    throw new SQLException(org.eclipse.osgi.util.NLS.bind(Messages.Server_ownerMayNotCreateRoles, ownerRole,
                            "ALTER ROLE " + ident(ownerRole) + " CREATEROLE"), "42501");
                }
                String readers = group(prefix, "readers");
                String writers = group(prefix, "writers");
                String admins = group(prefix, "admins");
                String auditors = group(prefix, "auditors");
                for (String role : List.of(readers, writers, admins, auditors)) {
                    if (one(sql, "SELECT 1 FROM pg_roles WHERE rolname = " + literal(role)) == null) {
                        sql.execute("CREATE ROLE " + ident(role) + " NOLOGIN");
                    }
                }
                sql.execute("GRANT USAGE ON SCHEMA " + ident(schema) + " TO " + ident(readers));
                functions(sql, schema, prefix, ownerRole, readers, writers, admins, auditors);

                List<String> tables = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                        + literal(schema) + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                String groups = String.join(", ", ident(readers), ident(writers), ident(admins), ident(auditors));
                for (String table : tables) {
                    String t = ident(table);
                    sql.execute("REVOKE ALL ON TABLE " + t + " FROM PUBLIC, " + groups);
                    if (AUDIT_TABLES.contains(table)) {
                        sql.execute("GRANT SELECT ON TABLE " + t + " TO " + ident(admins) + ", " + ident(auditors));
                    } else if (ADMIN_TABLES.contains(table)) {
                        sql.execute("GRANT SELECT ON TABLE " + t + " TO " + ident(readers));
                        sql.execute("GRANT INSERT, UPDATE, DELETE ON TABLE " + t + " TO " + ident(admins));
                    } else if (table.equals("jd_installation")) {
                        // the installation's id (made on first use) and the last audit checkpoint: taken by auditors and
                        // district administrators
                        sql.execute("GRANT SELECT ON TABLE " + t + " TO " + ident(readers));
                        sql.execute("GRANT INSERT, UPDATE ON TABLE " + t + " TO " + ident(admins) + ", " + ident(auditors));
                    } else if (table.equals("jd_personal_data_read")) {
                        // everyone's reads are logged; the log is read by administrators and auditors, changed by nobody
                        sql.execute("GRANT INSERT ON TABLE " + t + " TO " + ident(readers));
                        sql.execute("GRANT SELECT ON TABLE " + t + " TO " + ident(admins) + ", " + ident(auditors));
                    } else if (table.equals("sequence")) {
                        // EclipseLink's id ranges: anyone who writes a logged read takes ids
                        sql.execute("GRANT SELECT, INSERT, UPDATE ON TABLE " + t + " TO " + ident(readers));
                    } else if (table.startsWith("dbcl") || table.equals("jd_schema_fingerprint")
                            || table.startsWith("databasechangelog")) {
                        // migration history: read to tell an officer which migration is missing, written by the owner only
                        sql.execute("GRANT SELECT ON TABLE " + t + " TO " + ident(readers));
                    } else {
                        sql.execute("GRANT SELECT ON TABLE " + t + " TO " + ident(readers));
                        sql.execute("GRANT INSERT, UPDATE, DELETE ON TABLE " + t + " TO " + ident(writers));
                    }
                    if (scopedTables.contains(table) && hasColumn(connection, schema, table, "unit_path")) {
                        policies(sql, t);
                    }
                }
                sql.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + ident(schema) + " TO " + ident(writers));
                children(connection, sql, schema);
                if (tables.contains("jd_personal_data_read")) {
                    // who read personal data and when: the server's session user and clock, whatever the client writes
                    sql.execute("CREATE OR REPLACE FUNCTION jd_personal_read_stamp() RETURNS trigger LANGUAGE plpgsql "
                            + "SECURITY DEFINER SET search_path = " + ident(schema) + ", pg_temp AS $f$ BEGIN "
                            + "NEW.read_by := COALESCE((SELECT m.username FROM jd_me() m), session_user); "
                            + "NEW.read_at_utc := date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC'); "
                            + "RETURN NEW; END $f$");
                    sql.execute("DROP TRIGGER IF EXISTS jd_personal_read_stamp ON jd_personal_data_read");
                    sql.execute("CREATE TRIGGER jd_personal_read_stamp BEFORE INSERT ON jd_personal_data_read "
                            + "FOR EACH ROW EXECUTE FUNCTION jd_personal_read_stamp()");
                }
            }
            connection.commit();
            List<String> secured = new ArrayList<>();
            try (Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity"
                            + " AND relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) ORDER BY relname")) {
                while (rows.next()) {
                    secured.add(rows.getString(1));
                }
            }
            connection.commit();
            return secured;
        }
    }

    /**
     * Tables without a unit of their own that belong to a row of a secured table (a petition's events, an inspection's
     * findings): secured through that row, found by their foreign keys — a row is visible and writable exactly when the
     * row it belongs to is. Repeated until no table is added (grandchildren).
     */
    private static void children(Connection connection, Statement sql, String schema) throws SQLException {
        boolean added = true;
        while (added) {
            added = false;
            List<String[]> keys = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT c.conrelid::regclass::text, child.relname, a.attname, parent.relname, pa.attname "
                            + "FROM pg_constraint c JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid "
                            + "JOIN pg_namespace n ON n.oid = child.relnamespace "
                            + "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                            + "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1] "
                            + "WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1 AND n.nspname = ? "
                            + "AND parent.relrowsecurity AND NOT child.relrowsecurity AND child.oid <> parent.oid "
                            + "ORDER BY child.relname, c.conname")) {
                query.setString(1, schema);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        keys.add(new String[] { rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5) });
                    }
                }
            }
            java.util.Map<String, String[]> first = new java.util.LinkedHashMap<>();
            for (String[] key : keys) {
                if (!AUDIT_TABLES.contains(key[0]) && !ADMIN_TABLES.contains(key[0])) {
                    first.putIfAbsent(key[0], key);
                }
            }
            for (String[] key : first.values()) {
                String t = ident(key[0]);
                // the parent's own policies apply inside the sub-query: visible and writable as the parent row is
                String parentVisible = "EXISTS (SELECT 1 FROM " + ident(key[2]) + " p WHERE p." + ident(key[3]) + " = " + t + "."
                        + ident(key[1]) + ")";
                String orphan = t + "." + ident(key[1]) + " IS NULL";
                policies(sql, t, "(" + orphan + " OR " + parentVisible + ")");
                added = true;
            }
        }
    }

    /** A scoped table's policies: rows under the session user's unit path. */
    private static void policies(Statement sql, String t) throws SQLException {
        // the function in a scalar sub-query: evaluated once per statement, not once per row
        policies(sql, t, "unit_path LIKE (SELECT jd_scope_pattern())");
    }

    /**
     * Forced row-level security on a table: rows are read where {@code readable} holds and written where it holds
     * and the session user may write (not an auditor).
     */
    private static void policies(Statement sql, String t, String readable) throws SQLException {
        String writable = "(SELECT jd_may_write()) AND " + readable;
        sql.execute("ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY");
        sql.execute("ALTER TABLE " + t + " FORCE ROW LEVEL SECURITY");
        for (String policy : List.of("jd_read", "jd_insert", "jd_update", "jd_delete")) {
            sql.execute("DROP POLICY IF EXISTS " + policy + " ON " + t);
        }
        sql.execute("CREATE POLICY jd_read ON " + t + " FOR SELECT USING (" + readable + ")");
        sql.execute("CREATE POLICY jd_insert ON " + t + " FOR INSERT WITH CHECK (" + writable + ")");
        sql.execute("CREATE POLICY jd_update ON " + t + " FOR UPDATE USING (" + writable + ") WITH CHECK (" + writable + ")");
        sql.execute("CREATE POLICY jd_delete ON " + t + " FOR DELETE USING (" + writable + ")");
    }

    private static void functions(Statement sql, String schema, String prefix, String ownerRole, String readers, String writers,
            String admins, String auditors) throws SQLException {
        String definer = "SECURITY DEFINER SET search_path = " + ident(schema) + ", pg_temp";
        String p = literal(prefix);
        String owner = literal(ownerRole);
        // who the session user is in Jiedao: user name, role, unit path ("/" without a unit; a unit that is gone covers nothing)
        sql.execute("CREATE OR REPLACE FUNCTION jd_me(OUT username text, OUT role text, OUT path text) RETURNS SETOF record "
                + "LANGUAGE sql STABLE " + definer + " AS $f$ "
                + "SELECT u.username::text, u.role::text, CASE WHEN u.unit_code IS NULL THEN '/' "
                + "ELSE COALESCE(o.path, '/' || chr(1) || 'none/') END FROM jd_user u LEFT JOIN jd_org_unit o ON o.code = u.unit_code "
                + "WHERE left(session_user, length(" + p + ")) = " + p + " AND u.username = substr(session_user, length(" + p + ") + 1) $f$");
        sql.execute("CREATE OR REPLACE FUNCTION jd_scope_pattern() RETURNS text LANGUAGE sql STABLE " + definer + " AS $f$ "
                + "SELECT CASE WHEN session_user = " + owner + " THEN '%' ELSE (SELECT CASE WHEN m.role IN ('DISTRICT_ADMIN', 'AUDITOR') "
                + "THEN '%' ELSE replace(replace(replace(m.path, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' END FROM jd_me() m) END $f$");
        sql.execute("CREATE OR REPLACE FUNCTION jd_may_write() RETURNS boolean LANGUAGE sql STABLE " + definer + " AS $f$ "
                + "SELECT session_user = " + owner + " OR EXISTS (SELECT 1 FROM jd_me() m WHERE m.role <> 'AUDITOR') $f$");
        // the audit trail, appended by the server: the number, the time and the user are the server's; the hash as AuditTrail.hash
        sql.execute("CREATE OR REPLACE FUNCTION " + AUDIT_APPEND + "(p_entity text, p_id text, p_action text, p_changes text) "
                + "RETURNS bigint LANGUAGE plpgsql VOLATILE " + definer + " AS $f$ "
                + "DECLARE v_seq bigint; v_prev text; v_at timestamp; v_user text; v_time text; v_hash text; "
                + "BEGIN "
                + "IF p_entity IS NULL OR p_id IS NULL OR p_action IS NULL OR length(p_action) > 8 THEN "
                + "  RAISE EXCEPTION 'jd_audit_append: entity, id and an action of at most 8 characters are required' USING ERRCODE = '22023'; "
                + "END IF; "
                + "SELECT last_seq, last_hash INTO v_seq, v_prev FROM jd_audit_head WHERE id = 1 FOR UPDATE; "
                + "v_seq := v_seq + 1; "
                + "v_at := date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC'); "
                + "SELECT m.username INTO v_user FROM jd_me() m; "
                + "IF v_user IS NULL THEN v_user := session_user; END IF; "
                // java.time.LocalDateTime.toString(): seconds only when not zero, milliseconds only when not zero
                + "v_time := to_char(v_at, 'YYYY-MM-DD\"T\"HH24:MI') || CASE WHEN v_at = date_trunc('minute', v_at) THEN '' "
                + "  ELSE ':' || to_char(v_at, 'SS') || CASE WHEN v_at = date_trunc('second', v_at) THEN '' ELSE '.' || to_char(v_at, 'MS') END END; "
                + "v_hash := encode(sha256(convert_to(v_seq::text || E'\\n' || v_time || E'\\n' || v_user || E'\\n' || p_entity || E'\\n' "
                + "  || p_id || E'\\n' || p_action || E'\\n' || coalesce(p_changes, '') || E'\\n' || v_prev, 'UTF8')), 'hex'); "
                + "IF length(coalesce(p_changes, '')) <= 4000 THEN "
                + "  INSERT INTO jd_audit (seq, at_utc, username, entity, entity_id, action, changes_text, prev_hash, hash) "
                + "  VALUES (v_seq, v_at, v_user, p_entity, p_id, p_action, p_changes, v_prev, v_hash); "
                + "ELSE "
                + "  INSERT INTO jd_audit (seq, at_utc, username, entity, entity_id, action, changes, prev_hash, hash) "
                + "  VALUES (v_seq, v_at, v_user, p_entity, p_id, p_action, p_changes, v_prev, v_hash); "
                + "END IF; "
                + "UPDATE jd_audit_head SET last_seq = v_seq, last_hash = v_hash WHERE id = 1; "
                + "RETURN v_seq; "
                + "END $f$");
        // an officer's login role, kept in step with their Jiedao account by a district administrator (or the owner)
        String officer = "EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles r ON r.oid = a.member "
                + "WHERE g.rolname = " + literal(readers) + " AND r.rolname = v_role AND NOT r.rolsuper)";
        sql.execute("CREATE OR REPLACE FUNCTION " + ACCOUNT + "(p_user text, p_verifier text, p_role text, p_login boolean) "
                + "RETURNS void LANGUAGE plpgsql VOLATILE " + definer + " AS $f$ "
                + "DECLARE v_role text := " + p + " || p_user; v_caller text; v_exists boolean; "
                + "BEGIN "
                + "SELECT m.role INTO v_caller FROM jd_me() m; "
                + "IF session_user <> " + owner + " AND coalesce(v_caller, '') <> 'DISTRICT_ADMIN' THEN "
                + "  RAISE EXCEPTION 'only a district administrator manages officers'' accounts' USING ERRCODE = '42501'; END IF; "
                + "IF p_user IS NULL OR p_user !~ '^[a-z0-9][a-z0-9._-]{1,31}$' THEN "
                + "  RAISE EXCEPTION 'not a Jiedao user name: %', p_user USING ERRCODE = '22023'; END IF; "
                + "IF p_verifier IS NOT NULL AND p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN "
                + "  RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is expected, never a password' USING ERRCODE = '22023'; END IF; "
                + "v_exists := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role); "
                + "IF v_exists AND NOT " + officer + " THEN "
                + "  RAISE EXCEPTION 'the database role % exists and is not a Jiedao officer', v_role USING ERRCODE = '42501'; END IF; "
                + "IF NOT v_exists THEN "
                + "  IF p_verifier IS NULL THEN RAISE EXCEPTION 'a new officer needs a password' USING ERRCODE = '22023'; END IF; "
                + "  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', v_role, p_verifier); "
                + "  EXECUTE format('GRANT %I TO %I', " + literal(readers) + ", v_role); "
                + "ELSIF p_verifier IS NOT NULL THEN "
                + "  EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, p_verifier); "
                + "END IF; "
                + "IF p_role IS NOT NULL THEN "
                + "  EXECUTE format(CASE WHEN p_role = 'AUDITOR' THEN 'REVOKE %I FROM %I' ELSE 'GRANT %I TO %I' END, " + literal(writers) + ", v_role); "
                + "  EXECUTE format(CASE WHEN p_role = 'AUDITOR' THEN 'GRANT %I TO %I' ELSE 'REVOKE %I FROM %I' END, " + literal(auditors) + ", v_role); "
                + "  EXECUTE format(CASE WHEN p_role = 'DISTRICT_ADMIN' THEN 'GRANT %I TO %I' ELSE 'REVOKE %I FROM %I' END, " + literal(admins) + ", v_role); "
                + "END IF; "
                + "IF p_login IS NOT NULL THEN "
                + "  EXECUTE format('ALTER ROLE %I ' || CASE WHEN p_login THEN 'LOGIN' ELSE 'NOLOGIN' END, v_role); "
                + "END IF; "
                + "END $f$");
        sql.execute("CREATE OR REPLACE FUNCTION " + OWN_PASSWORD + "(p_verifier text) RETURNS void LANGUAGE plpgsql VOLATILE " + definer
                + " AS $f$ DECLARE v_role text := session_user; BEGIN "
                + "IF NOT " + officer + " THEN RAISE EXCEPTION 'not a Jiedao officer: %', v_role USING ERRCODE = '42501'; END IF; "
                + "IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN "
                + "  RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is expected, never a password' USING ERRCODE = '22023'; END IF; "
                + "EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, p_verifier); "
                + "END $f$");
        for (String function : List.of("jd_me()", "jd_scope_pattern()", "jd_may_write()", AUDIT_APPEND + "(text, text, text, text)",
                ACCOUNT + "(text, text, text, boolean)", OWN_PASSWORD + "(text)")) {
            sql.execute("REVOKE ALL ON FUNCTION " + function + " FROM PUBLIC");
        }
        sql.execute("GRANT EXECUTE ON FUNCTION jd_me(), jd_scope_pattern(), jd_may_write(), " + AUDIT_APPEND
                + "(text, text, text, text), " + OWN_PASSWORD + "(text) TO " + ident(readers));
        sql.execute("GRANT EXECUTE ON FUNCTION " + ACCOUNT + "(text, text, text, boolean) TO " + ident(admins));
    }

    private static boolean hasColumn(Connection connection, String schema, String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            query.setString(3, column);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** A quoted SQL identifier. */
    static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A quoted SQL string literal (standard_conforming_strings, the default since PostgreSQL 9.1). */
    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
