#!/usr/bin/env bash
# Import benchmark: the corpus's 100,000-row .xlsx and .csv files through the exchange service
# (validation pass, one transaction, audit trail on) as a signed-in administrator, next to a plain
# JDBC batch of the same rows into the same embedded Derby; rows/s and peak heap
# (also in target/bench/import.txt).
#   releng/bench/import.sh
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
./mvnw -q -Pbench verify -DskipTests=false \
  -pl targetplatform,bundles,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.core,bundles/org.jiedao.persistence,bundles/org.jiedao.security,bundles/org.jiedao.cli,bundles/org.jiedao.exchange,tests,tests/org.jiedao.testing,tests/org.jiedao.exchange.tests,tests/org.jiedao.exchange.bench \
  -Dtest=ImportBenchmark -DfailIfNoTests=false
cat target/bench/import.txt
