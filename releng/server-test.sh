#!/usr/bin/env bash
# The shared server enforces who sees what, proven with the built product and psql on a real PostgreSQL server:
#   1. 'jiedao-cli server init --demo' prepares a fresh schema as its owner; jiedao.properties holds the URL alone;
#   2. the demo officers work through jiedao-cli, each connected as their own login role;
#   3. each demo officer signs in to psql with their own password and tries what Jiedao forbids: another unit's rows
#      (read, update, delete, insert), users and units, the audit trail (update, delete, insert, truncate, the head) —
#      every attempt refused by the server; the audit function records the session user whatever the client says;
#   4. 'audit verify' is intact afterwards.
# Needs the server that './dev test' starts: JIEDAO_TEST_POSTGRES_URL, _USER, _PASSWORD (a role that may create roles).
#   releng/server-test.sh [PRODUCT_DIR]   (default: the built jiedao-all)
set -uo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROOT=$PWD
PRODUCT=${1:-$ROOT/releng/org.jiedao.product/target/products/jiedao-all/linux/gtk/x86_64}
: "${JIEDAO_TEST_POSTGRES_URL:?set JIEDAO_TEST_POSTGRES_URL, _USER and _PASSWORD (./dev test does)}"
OWNER=$JIEDAO_TEST_POSTGRES_USER
OWNER_PASSWORD=$JIEDAO_TEST_POSTGRES_PASSWORD
PASSWORD=jiedao-demo-2021
stamp=$(date +%s)$$
schema="jd_server_${stamp}"
prefix="s${stamp: -8}_"
tmp=$(mktemp -d)
cp -a "$PRODUCT" "$tmp/product"
CLI=$tmp/product/jiedao-cli
data=$tmp/data
pgurl=$(sed 's#^jdbc:##' <<<"$JIEDAO_TEST_POSTGRES_URL")
failures=0

owner_sql() { PGOPTIONS=--client-min-messages=warning PGPASSWORD=$OWNER_PASSWORD psql "$pgurl" -U "$OWNER" -qAtX -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
  owner_sql -c "drop schema if exists $schema cascade" >/dev/null 2>&1
  for role in $(owner_sql -c "select rolname from pg_roles where rolname like '${prefix}%'" 2>/dev/null); do
    owner_sql -c "drop role if exists \"$role\"" >/dev/null 2>&1 || echo "  (could not drop role $role)"
  done
  rm -rf "$tmp"
}
[ "${KEEP:-}" = 1 ] || trap cleanup EXIT
check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then echo "  ok    $what"; else echo "  FAIL  $what"; failures=$((failures + 1)); fi
}
# psql as a demo officer, in the installation's schema; prints "ERROR: ..." or the result
as() { local user=$1; shift
  PGOPTIONS="--client-min-messages=warning -c search_path=$schema" PGPASSWORD=$PASSWORD \
    psql "$pgurl" -U "${prefix}${user}" -qAtX -v ON_ERROR_STOP=1 -c "$1" 2>&1; }
refused() { grep -qE 'ERROR: +(permission denied|new row violates row-level security|only a district administrator)' <<<"$1"; }
cli() { local user=$1; shift; JIEDAO_USER=$user JIEDAO_PASSWORD=$PASSWORD "$CLI" --data "$data" --lang en "$@"; }

echo "shared server: schema $schema, role prefix $prefix"
owner_sql -c "create schema $schema" >/dev/null
url="${JIEDAO_TEST_POSTGRES_URL}?currentSchema=${schema}"
out=$(JIEDAO_DB_OWNER_USER=$OWNER JIEDAO_DB_OWNER_PASSWORD=$OWNER_PASSWORD "$CLI" --data "$data" --lang en \
  server init --url "$url" --role-prefix "$prefix" --demo 2>&1); rc=$?
check "server init --demo as the owner exits 0 ($(tail -n 1 <<<"$out" | cut -c1-100))" test "$rc" = 0
[ "$rc" = 0 ] || { echo "$out" | sed 's/^/      /'; exit 1; }
check "jiedao.properties holds the URL and the role prefix, no user and no password" \
  test -n "$(grep -F "database.url = $url" "$data/jiedao.properties")" -a -z "$(grep -E '^database\.(user|password)' "$data/jiedao.properties")"
check "every demo user is a login role of the server" \
  test "$(owner_sql -c "select count(*) from pg_roles where rolcanlogin and rolname in ('${prefix}admin','${prefix}canglang','${prefix}huachen','${prefix}auditor')")" = 4

# the same figures through Jiedao and through psql, per officer
total=$(owner_sql -c "select count(*) from $schema.pet_petition")
huachen_path=$(owner_sql -c "select path from $schema.jd_org_unit where code = '320507001005'")
canglang_path=$(owner_sql -c "select path from $schema.jd_org_unit where code = '320508001'")
in_huachen=$(owner_sql -c "select count(*) from $schema.pet_petition where unit_path like '${huachen_path}%'")
in_canglang=$(owner_sql -c "select count(*) from $schema.pet_petition where unit_path like '${canglang_path}%'")
check "the demo has petitions inside and outside each officer's unit ($total in all, huachen $in_huachen, canglang $in_canglang)" \
  test "$total" -gt "$in_huachen" -a "$in_huachen" -gt 0 -a "$total" -gt "$in_canglang"
out=$(cli huachen petitions list --format tsv 2>&1); rc=$?
check "huachen lists petitions through jiedao-cli, connected as ${prefix}huachen (exit $rc)" test "$rc" = 0
out=$(as huachen "select count(*) from pet_petition")
check "psql as huachen: reads only the $in_huachen petitions of the community ($out)" test "$out" = "$in_huachen"
out=$(as canglang "select count(*) from pet_petition")
check "psql as canglang: reads only the $in_canglang petitions of the street ($out)" test "$out" = "$in_canglang"
out=$(as auditor "select count(*) from pet_petition")
check "psql as auditor: reads all $total petitions ($out)" test "$out" = "$total"
out=$(as admin "select count(*) from pet_petition")
check "psql as admin: reads all $total petitions ($out)" test "$out" = "$total"

events_huachen=$(owner_sql -c "select count(*) from $schema.pet_event e join $schema.pet_petition p on p.id = e.petition_id where p.unit_path like '${huachen_path}%'")
out=$(as huachen "select count(*) from pet_event")
check "psql as huachen: reads only the $events_huachen events of the community's petitions (a table without a unit, secured through its petition) ($out)" \
  test "$out" = "$events_huachen" -a "$(owner_sql -c "select count(*) from $schema.pet_event")" -gt "$events_huachen"
secured=$(owner_sql -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = '$schema' and c.relkind = 'r' and c.relrowsecurity and c.relforcerowsecurity")
open=$(owner_sql -c "select string_agg(c.relname, ' ' order by c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = '$schema' and c.relkind = 'r' and not c.relrowsecurity and c.relname not like 'dbcl%'")
echo "        $secured tables under forced row-level security; by grants only: $open"
outside=$(owner_sql -c "select id from $schema.pet_petition where unit_path not like '${huachen_path}%' limit 1")
out=$(as huachen "update pet_petition set version = version + 1 where id = $outside")
check "psql as huachen: updating another unit's petition changes nothing ($out)" test "$out" = "" -a "$(owner_sql -c "select count(*) from $schema.pet_petition where id = $outside")" = 1
out=$(as huachen "delete from pet_petition where id = $outside")
check "psql as huachen: deleting another unit's petition deletes nothing" test "$(owner_sql -c "select count(*) from $schema.pet_petition where id = $outside")" = 1
# an insert of a copy of one of their rows into another unit (new id, other path)
out=$(as huachen "insert into pet_petition select * from json_populate_record(null::pet_petition, (select to_jsonb(p) || jsonb_build_object('id', 999999999, 'unit_path', '${canglang_path}', 'unit_code', '320508001') from pet_petition p limit 1)::json)")
check "psql as huachen: inserting a petition into another unit is refused ($(cut -c1-80 <<<"$out"))" refused "$out"
out=$(as auditor "update pet_petition set version = version + 1")
check "psql as auditor: writing petitions is refused ($(cut -c1-80 <<<"$out"))" refused "$out"

out=$(as huachen "update jd_user set role = 'DISTRICT_ADMIN' where username = 'huachen'")
check "psql as huachen: making themselves a district administrator is refused ($(cut -c1-60 <<<"$out"))" refused "$out"
out=$(as huachen "update jd_org_unit set path = '/' where code = '320507001005'")
check "psql as huachen: widening their unit is refused" refused "$out"
out=$(as huachen "select jd_account('huachen', null, 'DISTRICT_ADMIN', true)")
check "psql as huachen: changing their role through the account function is refused" refused "$out"

for user in huachen admin; do
  out=$(as $user "update jd_audit set username = 'x' where seq = 1")
  check "psql as $user: updating an audit record is refused" refused "$out"
  out=$(as $user "delete from jd_audit where seq = 1")
  check "psql as $user: deleting an audit record is refused" refused "$out"
  out=$(as $user "insert into jd_audit (seq, at_utc, username, entity, entity_id, action, prev_hash, hash) values (999999, now(), 'x', 'X', '1', 'CREATE', 'a', 'b')")
  check "psql as $user: inserting an audit record is refused" refused "$out"
  out=$(as $user "truncate jd_audit")
  check "psql as $user: truncating the audit trail is refused" refused "$out"
  out=$(as $user "update jd_audit_head set last_hash = 'x'")
  check "psql as $user: rewriting the chain's head is refused" refused "$out"
done
seq=$(as huachen "select jd_audit_append('Forged', '1', 'CREATE', '{\"by\":\"admin\"}')")
who=$(owner_sql -c "select username from $schema.jd_audit where seq = ${seq:-0}")
check "the audit function records the session user (huachen), whatever the client claims ($who)" test "$who" = huachen

as huachen "insert into jd_personal_data_read (id, module, record_kind, record_key, purpose, records, read_by, read_at_utc, version) values (987654321, 'x', 'x', 'x', 'SHOW', 1, 'admin', '2020-01-01', 0)" >/dev/null
who=$(owner_sql -c "select read_by || ' ' || (read_at_utc > now() - interval '1 day') from $schema.jd_personal_data_read where id = 987654321")
check "the personal-data read log keeps the session user and the server's time, whatever the client writes ($who)" test "$who" = "huachen true"
out=$(cli auditor audit checkpoint --out "$tmp/checkpoint" 2>&1); rc=$?
check "audit checkpoint as the auditor on the shared server (exit $rc)" test "$rc" = 0 -a -s "$tmp/checkpoint"
out=$(cli auditor audit verify --checkpoint "$tmp/checkpoint" 2>&1); rc=$?
check "audit verify --checkpoint as the auditor: intact (exit $rc)" test "$rc" = 0
out=$(cli admin audit verify 2>&1); rc=$?
check "audit verify as admin: intact after all this ($(head -n 1 <<<"$out" | cut -c1-80))" test "$rc" = 0
out=$(JIEDAO_USER=admin JIEDAO_PASSWORD=$PASSWORD JIEDAO_NEW_PASSWORD=Qiao-2026-xin "$CLI" --data "$data" --lang en users add newbie \
  --role community-worker --unit 320507001005 --name 新人 2>&1); rc=$?
check "users add newbie as admin (exit $rc)" test "$rc" = 0
out=$(PGPASSWORD=Qiao-2026-xin psql "$pgurl" -U "${prefix}newbie" -qAtX -c "select 1" 2>&1)
check "users add created the login role ${prefix}newbie with its password ($out)" test "$out" = 1
out=$(JIEDAO_USER=newbie JIEDAO_PASSWORD=Qiao-2026-xin JIEDAO_NEW_PASSWORD=Geng-2027-hao "$CLI" --data "$data" --lang en \
  users passwd newbie 2>&1); rc=$?
check "users passwd: newbie changes their own password (exit $rc)" test "$rc" = 0
out=$(PGPASSWORD=Geng-2027-hao psql "$pgurl" -U "${prefix}newbie" -qAtX -c "select 1" 2>&1)
old=$(PGPASSWORD=Qiao-2026-xin psql "$pgurl" -U "${prefix}newbie" -qAtX -c "select 1" 2>&1)
check "the server takes the new password and refuses the old one" test "$out" = 1 -a -n "$(grep -F 'password authentication failed' <<<"$old")"
out=$(JIEDAO_USER=newbie JIEDAO_PASSWORD=Qiao-2026-xin "$CLI" --data "$data" --lang en petitions list 2>&1); rc=$?
check "jiedao-cli with the old password: refused, exit 4 ($(head -n 1 <<<"$out"))" test "$rc" = 4

out=$(cli admin users set newbie --role street-officer --unit 320508001 2>&1); rc=$?
check "users set: newbie becomes a street officer of 沧浪街道 (exit $rc)" test "$rc" = 0
out=$(PGOPTIONS="-c search_path=$schema" PGPASSWORD=Geng-2027-hao psql "$pgurl" -U "${prefix}newbie" -qAtX -c "select count(*) from pet_petition" 2>&1)
check "psql as newbie: the server's scope followed the new unit at once ($out petitions, the street's $in_canglang)" test "$out" = "$in_canglang"
out=$(cli admin users disable newbie 2>&1); rc=$?
old=$(PGPASSWORD=Geng-2027-hao psql "$pgurl" -U "${prefix}newbie" -qAtX -c "select 1" 2>&1)
check "users disable: the login role may no longer log in (exit $rc; $(head -n 1 <<<"$old" | cut -c1-70))" \
  test "$rc" = 0 -a -n "$(grep -F 'not permitted to log in' <<<"$old")"
out=$(cli admin users enable newbie 2>&1); rc=$?
out=$(PGPASSWORD=Geng-2027-hao psql "$pgurl" -U "${prefix}newbie" -qAtX -c "select 1" 2>&1)
check "users enable: it may again ($out)" test "$rc" = 0 -a "$out" = 1

out=$(JIEDAO_USER=admin JIEDAO_PASSWORD=$PASSWORD "$CLI" --data "$data" --lang en init 2>&1); rc=$?
check "init on a shared server's data folder: exit 1, pointing to server init ($(head -n 1 <<<"$out" | cut -c1-70))" \
  test "$rc" = 1 -a -n "$(grep -F 'server init' <<<"$out")"

# a module of another version than the one the server was migrated with: the officer compares the history and goes on
owner_sql -c "update $schema.jd_schema_fingerprint set fingerprint = 'another-version'" >/dev/null
out=$(cli huachen petitions list --format tsv 2>&1); rc=$?
check "an officer whose module versions differ from the owner's, with nothing to migrate, works (exit $rc)" test "$rc" = 0
out=$(JIEDAO_DB_OWNER_USER=$OWNER JIEDAO_DB_OWNER_PASSWORD=$OWNER_PASSWORD "$CLI" --data "$data" --lang en server migrate 2>&1); rc=$?
check "server migrate as the owner (exit $rc: $(head -n 1 <<<"$out" | cut -c1-90))" test "$rc" = 0
out=$(JIEDAO_DB_OWNER_USER=$OWNER JIEDAO_DB_OWNER_PASSWORD=wrong "$CLI" --data "$data" --lang en server migrate 2>&1); rc=$?
check "server migrate with a wrong owner password: exit 1 ($(head -n 1 <<<"$out" | cut -c1-90))" test "$rc" = 1

if [ "$failures" -gt 0 ]; then
  echo "shared server test: $failures FAILED"
  exit 1
fi
echo "shared server test: all checks passed"
