#!/usr/bin/env bash
# Petitions benchmark (issue 5): 民意邮局 with 1,000,000 petitions in embedded Derby, under Xvfb — the
# inbox's first screen, filters by status and community, the dashboard's petitions widgets, and an
# import of 100,000 rows next to a plain JDBC batch of the same rows; medians of three runs (also in
# target/bench/petitions.txt). The million petitions are a fixture written by plain JDBC.
#   releng/bench/petitions.sh [ROWS [MAVEN_ARGS...]]
# e.g. -Djiedao.bench.import=false (the inbox and dashboard only) or
# "-Dbench.jvm=-XX:StartFlightRecording=filename=/tmp/petitions.jfr,settings=profile" (a profile of the run).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
rows=${1:-1000000}
shift || true
B=$(ls -d bundles/org.* | tr '\n' ',')
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -q -Pbench verify -DskipTests=false -Djiedao.bench.rows="$rows" \
  -pl "targetplatform,${B}features/org.jiedao.runtime,features/org.jiedao.platform,features/org.jiedao.petitions,tests,tests/org.jiedao.testing,tests/org.jiedao.ui.testing,tests/org.jiedao.petitions.bench" \
  -Dtest=PetitionsBenchmark -DfailIfNoTests=false "$@"
cat target/bench/petitions.txt
