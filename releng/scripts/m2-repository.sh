#!/usr/bin/env bash
# Prints the local Maven repository the build uses, so scripts that read jars from it agree with Maven:
# $JIEDAO_M2_REPOSITORY, else -Dmaven.repo.local=... from MAVEN_OPTS or .mvn/maven.config, else ~/.m2/repository.
set -euo pipefail
if [ -n "${JIEDAO_M2_REPOSITORY:-}" ]; then echo "$JIEDAO_M2_REPOSITORY"; exit 0; fi
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
for args in "${MAVEN_OPTS:-}" "$(cat "$root/.mvn/maven.config" 2>/dev/null || true)"; do
  for a in $args; do
    case $a in -Dmaven.repo.local=*) echo "${a#-Dmaven.repo.local=}"; exit 0;; esac
  done
done
echo "$HOME/.m2/repository"
