#!/usr/bin/env bash
# Insert benchmark: N rows (default 1,000,000) of a sample entity through the persistence service
# (EclipseLink batch writing, audit trail on) and with a plain JDBC batch into the same embedded
# Derby; prints rows/s for both and their ratio (also in target/bench/insert.txt).
#   releng/bench/insert.sh [N]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
rows=${1:-1000000}
./mvnw -q -Pbench verify -Dbench.rows="$rows" -DskipTests=false \
  -pl targetplatform,bundles,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.core,bundles/org.jiedao.persistence,tests,tests/org.jiedao.testing,tests/org.jiedao.persistence.tests,tests/org.jiedao.persistence.bench \
  -Dtest=InsertBenchmark -DfailIfNoTests=false
cat target/bench/insert.txt
