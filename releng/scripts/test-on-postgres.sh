#!/usr/bin/env bash
# Runs test bundles on PostgreSQL instead of embedded Derby (profile 'postgres' of tests/pom.xml), in ONE Maven
# run: each bundle gets a fresh schema in the server named by JIEDAO_TEST_POSTGRES_URL/_USER/_PASSWORD (what
# './dev test' sets after starting the local server), named in its target/work/pgdata/jiedao.properties.
#   releng/scripts/test-on-postgres.sh TEST_BUNDLE[,TEST_BUNDLE...] MODULES_THEY_NEED [maven options...]
# Example:
#   JIEDAO_TEST_POSTGRES_URL=jdbc:postgresql://localhost:5432/jiedao_test JIEDAO_TEST_POSTGRES_USER=jiedao_test \
#   JIEDAO_TEST_POSTGRES_PASSWORD=jiedao_test releng/scripts/test-on-postgres.sh \
#     tests/org.jiedao.appraisal.tests,tests/org.jiedao.petitions.tests \
#     targetplatform,bundles,tests,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.core,...
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
bundles=$1; modules=$2; shift 2
: "${JIEDAO_TEST_POSTGRES_URL:?set JIEDAO_TEST_POSTGRES_URL (and _USER, _PASSWORD)}"
sql() { PGOPTIONS=--client-min-messages=warning PGPASSWORD=$JIEDAO_TEST_POSTGRES_PASSWORD psql "$(echo "$JIEDAO_TEST_POSTGRES_URL" | sed 's#^jdbc:##')" \
  -U "$JIEDAO_TEST_POSTGRES_USER" -qc "$1"; }
schemas=()
drop_schemas() { for s in "${schemas[@]}"; do sql "drop schema $s cascade" || true; done; }
# the schemas go afterwards (JIEDAO_KEEP_SCHEMA=1 keeps them to look at)
[ "${JIEDAO_KEEP_SCHEMA:-}" = 1 ] || trap drop_schemas EXIT
sep='?'; case "$JIEDAO_TEST_POSTGRES_URL" in *\?*) sep='&';; esac
IFS=, read -r -a list <<< "$bundles"
for bundle in "${list[@]}"; do
  [ -d "$bundle" ] || { echo "No test bundle $bundle" >&2; exit 2; }
  schema="jd_$(basename "$bundle" | tr -c 'a-z0-9\n' '_' | cut -c1-30)_$(date +%s)"
  sql "create schema $schema"
  schemas+=("$schema")
  rm -rf "$bundle/target/work/pgdata"
  mkdir -p "$bundle/target/work/pgdata"
  cat > "$bundle/target/work/pgdata/jiedao.properties" <<PROPS
database.url = ${JIEDAO_TEST_POSTGRES_URL}${sep}currentSchema=${schema}
database.user = ${JIEDAO_TEST_POSTGRES_USER}
database.password = ${JIEDAO_TEST_POSTGRES_PASSWORD}
PROPS
  echo "PostgreSQL schema $schema for $bundle" >&2
done
./mvnw -q -Ppostgres verify -pl "$modules,$bundles" "$@"
