#!/usr/bin/env bash
# Fire-safety contest scoring benchmark (issue 17): re-scoring a contest of 50 teams × 200 questions
# (10,000 answers) with ContestScoring, and one live entry reaching the ranking with ContestTally.
# The classes are pure Java: compiled here with javac against org.jiedao.core's classes (build the
# module first: ./mvnw -q -o verify -DskipTests -pl ...,bundles/org.jiedao.core,bundles/org.jiedao.safety).
#   releng/bench/safety-scoring.sh
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
out=target/bench/safety-scoring
rm -rf "$out" && mkdir -p "$out"
s=bundles/org.jiedao.safety/src/org/jiedao/safety
javac -encoding UTF-8 -d "$out" -cp bundles/org.jiedao.core/target/classes \
  $s/AnswerKind.java $s/ContestAnswer.java $s/ContestRules.java $s/ContestScoring.java $s/ContestTally.java $s/TeamStanding.java \
  releng/bench/safety/ScoringBenchmark.java
java -cp "$out:bundles/org.jiedao.core/target/classes" ScoringBenchmark | tee target/bench/safety-scoring.txt
