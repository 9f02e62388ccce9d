#!/usr/bin/env bash
# Startup incubation benchmark (issue 15): a selection round of 5,000 projects x 500 communities with 10
# applications each, matched with every project's explanation in memory, then imported and run through
# the service on embedded Derby (also in target/bench/incubation.txt).
#   releng/bench/incubation.sh
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
./mvnw -q -Pbench verify -DskipTests=false \
  -pl targetplatform,bundles,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.logging.slf4j,bundles/org.jiedao.core,bundles/org.jiedao.persistence,bundles/org.jiedao.security,bundles/org.jiedao.cli,bundles/org.jiedao.exchange,bundles/org.jiedao.reports,bundles/org.jiedao.incubation,tests,tests/org.jiedao.testing,tests/org.jiedao.incubation.bench \
  -Dtest=SelectionBenchmark -DfailIfNoTests=false
cat target/bench/incubation.txt
