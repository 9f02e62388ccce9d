#!/usr/bin/env bash
# Cadre appraisal benchmark (issue 6): 10,000 cadres x 4 quarters x 10 raters = 400,000 score rows
# imported through the appraisal-scores format into embedded Derby, the year graded through the
# service, the rules engine alone and a plain in-memory computation of the same rules in the same
# run (also in target/bench/appraisal.txt).
#   releng/bench/appraisal.sh
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
./mvnw -q -Pbench verify -DskipTests=false \
  -pl targetplatform,bundles,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.core,bundles/org.jiedao.persistence,bundles/org.jiedao.security,bundles/org.jiedao.cli,bundles/org.jiedao.exchange,bundles/org.jiedao.reports,bundles/org.jiedao.appraisal,tests,tests/org.jiedao.testing,tests/org.jiedao.appraisal.bench \
  -Dtest=AppraisalBenchmark -DfailIfNoTests=false
cat target/bench/appraisal.txt
