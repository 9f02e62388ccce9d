#!/usr/bin/env bash
# Runs test bundles on PostgreSQL instead of embedded Derby (profile 'postgres' of tests/pom.xml):
# each bundle gets a fresh schema in the server named by JIEDAO_TEST_POSTGRES_URL/_USER/_PASSWORD
# (what './dev test' sets after starting the local server), named in target/work/pgdata/jiedao.properties.
#   releng/scripts/test-on-postgres.sh tests/org.jiedao.appraisal.tests [-pl-modules-it-needs...]
# Example:
#   JIEDAO_TEST_POSTGRES_URL=jdbc:postgresql://localhost:5432/jiedao_test JIEDAO_TEST_POSTGRES_USER=jiedao_test \
#   JIEDAO_TEST_POSTGRES_PASSWORD=jiedao_test releng/scripts/test-on-postgres.sh tests/org.jiedao.appraisal.tests \
#     targetplatform,bundles,tests,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.core,...
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
bundle=$1; modules=$2; shift 2
: "${JIEDAO_TEST_POSTGRES_URL:?set JIEDAO_TEST_POSTGRES_URL (and _USER, _PASSWORD)}"
schema="jd_$(basename "$bundle" | tr -c 'a-z0-9\n' '_' | cut -c1-30)_$(date +%s)"
sql() { PGOPTIONS=--client-min-messages=warning PGPASSWORD=$JIEDAO_TEST_POSTGRES_PASSWORD psql "$(echo "$JIEDAO_TEST_POSTGRES_URL" | sed 's#^jdbc:##')" \
  -U "$JIEDAO_TEST_POSTGRES_USER" -qc "$1"; }
sql "create schema $schema"
# the schema goes afterwards (JIEDAO_KEEP_SCHEMA=1 keeps it to look at)
[ "${JIEDAO_KEEP_SCHEMA:-}" = 1 ] || trap 'sql "drop schema $schema cascade"' EXIT
rm -rf "$bundle/target/work/pgdata"
mkdir -p "$bundle/target/work/pgdata"
sep='?'; case "$JIEDAO_TEST_POSTGRES_URL" in *\?*) sep='&';; esac
cat > "$bundle/target/work/pgdata/jiedao.properties" <<PROPS
database.url = ${JIEDAO_TEST_POSTGRES_URL}${sep}currentSchema=${schema}
database.user = ${JIEDAO_TEST_POSTGRES_USER}
database.password = ${JIEDAO_TEST_POSTGRES_PASSWORD}
PROPS
echo "PostgreSQL schema $schema for $bundle" >&2
./mvnw -q -Ppostgres verify -pl "$modules,$bundle" "$@"
