#!/usr/bin/env bash
# Startup incubation imports (issue 15): a selection round of 5,000 projects in 500 communities (50,000
# applications, about 40,000 rankings) and 50,000 yearly figures, each imported through the exchange service
# (validation pass, one transaction, audit trail on) next to a plain JDBC batch of as many rows into the same
# table of the same embedded Derby, in the same run (also in target/bench/incubation.txt).
#   releng/bench/incubation-import.sh [MAVEN_ARGS…]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
./mvnw -q -Pbench verify -DskipTests=false \
  -pl targetplatform,bundles,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.logging.slf4j,bundles/org.jiedao.core,bundles/org.jiedao.persistence,bundles/org.jiedao.security,bundles/org.jiedao.cli,bundles/org.jiedao.exchange,bundles/org.jiedao.reports,bundles/org.jiedao.incubation,tests,tests/org.jiedao.testing,tests/org.jiedao.incubation.bench \
  -Dtest=ImportBenchmark -DfailIfNoTests=false "$@"
cat target/bench/incubation.txt
