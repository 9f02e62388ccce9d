#!/usr/bin/env bash
# Startup incubation at district scale (issue 15): 100 streets of 20 communities, 50,000 projects with 10 years of
# figures (500,000 rows) and the rest, written by plain JDBC batch into embedded Derby; then coverage for every
# street (goal <= 200 ms) and the module's 7 dashboard widgets (goal <= 300 ms) as a district administrator and as a
# street officer (also in target/bench/incubation.txt).
#   releng/bench/incubation-scale.sh [MAVEN_ARGS...]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
./mvnw -q -Pbench verify -DskipTests=false \
  -pl targetplatform,bundles,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.logging.slf4j,bundles/org.jiedao.core,bundles/org.jiedao.persistence,bundles/org.jiedao.security,bundles/org.jiedao.cli,bundles/org.jiedao.exchange,bundles/org.jiedao.reports,bundles/org.jiedao.incubation,tests,tests/org.jiedao.testing,tests/org.jiedao.incubation.bench \
  -Dtest=ScaleBenchmark -DfailIfNoTests=false "$@"
cat target/bench/incubation.txt
