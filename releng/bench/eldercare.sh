#!/usr/bin/env bash
# Eldercare benchmark (issue 16): a city of 300,000 elders in 2,000 communities in embedded Derby, under Xvfb — the
# registry part's first screen and filters, the ageing statistics of every community, pair suggestions for a
# community of 2,000 elders, and an import of 100,000 elders next to a plain JDBC batch of the same rows, with the
# heap used during the import; medians of five runs (also in target/bench/eldercare.txt). The 300,000 elders are a
# fixture written by plain JDBC.
#   releng/bench/eldercare.sh [ELDERS [IMPORT_ROWS [MAVEN_ARGS...]]]     (IMPORT_ROWS 0: no import)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
elders=${1:-300000}
import=${2:-100000}
shift 2 || shift $# || true
B=$(ls -d bundles/org.* | tr '\n' ',')
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -q -Pbench verify -DskipTests=false -Djiedao.bench.elders="$elders" -Djiedao.bench.import="$import" \
  -pl "targetplatform,${B}features/org.jiedao.runtime,features/org.jiedao.platform,features/org.jiedao.eldercare,tests,tests/org.jiedao.testing,tests/org.jiedao.ui.testing,tests/org.jiedao.eldercare.bench" \
  -Dtest=EldercareBenchmark -DfailIfNoTests=false "$@"
cat target/bench/eldercare.txt
