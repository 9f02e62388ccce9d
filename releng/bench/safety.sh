#!/usr/bin/env bash
# Fire-safety benchmark at district scale (issue 17): 200,000 premises, 200,000 inspections, 2,000,000
# findings and their rectification orders on embedded Derby (a fixture written by plain JDBC); the hazard
# register and premises of a community, the overdue and open orders of the district, the dashboard's
# fire-safety cards, through the services as the users see them; medians of 5 runs (also in
# target/bench/safety.txt). Re-scoring a contest and the live scoreboard: releng/bench/safety-scoring.sh.
#   releng/bench/safety.sh [MAVEN_ARGS...]     e.g. -Djiedao.bench.premises=20000 for a quick run
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
./mvnw -q -Pbench verify -DskipTests=false \
  -pl targetplatform,bundles,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.logging.slf4j,bundles/org.jiedao.core,bundles/org.jiedao.persistence,bundles/org.jiedao.security,bundles/org.jiedao.cli,bundles/org.jiedao.exchange,bundles/org.jiedao.reports,bundles/org.jiedao.safety,tests,tests/org.jiedao.testing,tests/org.jiedao.safety.bench \
  -Dtest=DistrictBenchmark -DfailIfNoTests=false "$@"
cat target/bench/safety.txt
