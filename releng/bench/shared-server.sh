#!/usr/bin/env bash
# Officers at once on a shared PostgreSQL server (issue 19 §5): prepares a fresh schema with 'server init --demo',
# adds OFFICERS community workers (each a login role of its own, spread over the demo's communities), runs them at
# once for MINUTES — each a 'jiedao-cli shell' signed in as itself, working without pause through register a
# petition 40 %, list or filter 30 %, a workflow step 20 %, import 100 rows 5 %, the dashboard 5 % — and reports
# throughput and p50/p95/p99 per action, workflow conflicts, the server connections in use, and at the end whether
# every registered petition is there exactly once, every petition's status matches the last step of its history,
# and 'audit verify' is intact.
#
#   releng/bench/shared-server.sh [OFFICERS] [MINUTES]      (default 50 and 5)
#
# The server: JIEDAO_TEST_POSTGRES_URL, _USER, _PASSWORD (what './dev test' sets; the role must own the database
# and may create roles). The product: the built jiedao-all (JIEDAO_BENCH_PRODUCT to use another). Results also in
# target/bench/shared-server.txt. Each officer is one JVM (about 200 MiB): 50 officers need about 10 GiB of memory.
set -uo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
ROOT=$PWD
OFFICERS=${1:-50}
MINUTES=${2:-5}
PRODUCT=${JIEDAO_BENCH_PRODUCT:-$ROOT/releng/org.jiedao.product/target/products/jiedao-all/linux/gtk/x86_64}
: "${JIEDAO_TEST_POSTGRES_URL:?set JIEDAO_TEST_POSTGRES_URL, _USER and _PASSWORD (see ./dev start_postgres)}"
[ -x "$PRODUCT/jiedao-cli" ] || { echo "No product at $PRODUCT: build first (./mvnw verify -DskipTests)" >&2; exit 1; }
OWNER=$JIEDAO_TEST_POSTGRES_USER
OWNER_PASSWORD=$JIEDAO_TEST_POSTGRES_PASSWORD
PASSWORD=jiedao-demo-2021
stamp=$(date +%s)
schema="jd_bench_${stamp}"
prefix="b${stamp: -7}_"
out=$ROOT/target/bench
mkdir -p "$out"
work=$(mktemp -d)
cp -a "$PRODUCT" "$work/product"
CLI=$work/product/jiedao-cli
data=$work/data
pgurl=$(sed 's#^jdbc:##' <<<"$JIEDAO_TEST_POSTGRES_URL")
owner_sql() { PGOPTIONS=--client-min-messages=warning PGPASSWORD=$OWNER_PASSWORD psql "$pgurl" -U "$OWNER" -qAtX -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null
  if [ "${KEEP:-}" != 1 ]; then
    owner_sql -c "drop schema if exists $schema cascade" >/dev/null 2>&1
    for role in $(owner_sql -c "select rolname from pg_roles where rolname like '${prefix}%'" 2>/dev/null); do
      owner_sql -c "drop role if exists \"$role\"" >/dev/null 2>&1
    done
    rm -rf "$work"
  fi
}
trap cleanup EXIT

echo "Preparing schema $schema (role prefix $prefix) with the demo ..."
owner_sql -c "create schema $schema" >/dev/null
JIEDAO_DB_OWNER_USER=$OWNER JIEDAO_DB_OWNER_PASSWORD=$OWNER_PASSWORD "$CLI" --data "$data" --lang en \
  server init --url "${JIEDAO_TEST_POSTGRES_URL}?currentSchema=${schema}" --role-prefix "$prefix" --demo >/dev/null \
  || { echo "server init failed" >&2; exit 1; }
mapfile -t communities < <(owner_sql -c "select code || E'\t' || name from $schema.jd_org_unit where unit_level = 'COMMUNITY' order by code")
[ "${#communities[@]}" -gt 0 ] || { echo "the demo has no communities" >&2; exit 1; }
: > "$work/officers.tsv"
: > "$work/add.jdsh"
for i in $(seq 1 "$OFFICERS"); do
  c=${communities[$(( (i - 1) % ${#communities[@]} ))]}
  printf 'bench%d\t%s\n' "$i" "$c" >> "$work/officers.tsv"
  printf 'users add bench%d --role community-worker --unit %s --name 模拟社工%d\n' "$i" "${c%%$'\t'*}" "$i" >> "$work/add.jdsh"
done
JIEDAO_USER=admin JIEDAO_PASSWORD=$PASSWORD JIEDAO_NEW_PASSWORD=$PASSWORD "$CLI" --data "$data" --lang en \
  shell --file "$work/add.jdsh" >/dev/null || { echo "adding the officers failed" >&2; exit 1; }
echo "$OFFICERS officers (login roles ${prefix}bench1 …) over ${#communities[@]} communities"

# the server connections of this installation, sampled every 2 s
(peak=0; while sleep 2; do n=$(owner_sql -c "select count(*) from pg_stat_activity where usename like '${prefix}%'" 2>/dev/null || echo 0)
   [ "$n" -gt "$peak" ] && peak=$n && echo "$peak" > "$work/peak-connections"; done) &
sampler=$!

JIEDAO_BENCH_PASSWORD=$PASSWORD python3 releng/bench/shared_server.py "$CLI" "$data" "$work/officers.tsv" "$MINUTES" "$work"
rc=$?
kill "$sampler" 2>/dev/null; sampler=
peak=$(cat "$work/peak-connections" 2>/dev/null || echo 0)

registered=$(wc -l < "$work/registered.tsv")
present=$(owner_sql -c "select count(*) from $schema.pet_petition where content like 'bench-%'")
doubles=$(owner_sql -c "select count(*) from (select split_part(content, ' ', 1) from $schema.pet_petition where content like 'bench-%' group by 1 having count(*) > 1) d")
mismatched=$(owner_sql -c "select count(*) from $schema.pet_petition p where p.status <> (select e.to_status from $schema.pet_event e where e.petition_id = p.id order by e.at_utc desc, e.id desc limit 1)")
verify=$(JIEDAO_USER=admin JIEDAO_PASSWORD=$PASSWORD "$CLI" --data "$data" --lang en audit verify 2>&1 | head -n 1)
{
  echo "server connections of the officers, peak: $peak (one per officer's process; EclipseLink's own pool of each)"
  echo "registered petitions: $registered reported, $present present, $doubles twice or more"
  echo "petitions whose status differs from the last step of their history: $mismatched"
  echo "audit verify: $verify"
} | tee -a "$work/shared-server.txt"
{ date -u +"%Y-%m-%d %H:%M UTC, $(nproc) cores"; cat "$work/shared-server.txt"; } > "$out/shared-server.txt"
[ "$rc" = 0 ] && [ "$registered" = "$present" ] && [ "$doubles" = 0 ] && [ "$mismatched" = 0 ] \
  && grep -q "intact" <<<"$verify"
