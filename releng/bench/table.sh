#!/usr/bin/env bash
# Table and dashboard benchmark: a RecordTable (NatTable, paging lazily through the persistence
# service) and a dashboard refresh over 1,000,000 rows in embedded Derby, under Xvfb; medians of
# three runs (also in target/bench/table.txt).
#   releng/bench/table.sh [ROWS]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
rows=${1:-1000000}
B=$(ls -d bundles/org.* | tr '\n' ',')
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -q -Pbench verify -DskipTests=false -Djiedao.bench.rows="$rows" \
  -pl "targetplatform,${B}features/org.jiedao.runtime,features/org.jiedao.platform,tests,tests/org.jiedao.testing,tests/org.jiedao.ui.testing,tests/org.jiedao.ui.widgets.tests,tests/org.jiedao.ui.bench" \
  -Dtest=TableAndDashboardBenchmark -DfailIfNoTests=false
cat target/bench/table.txt
