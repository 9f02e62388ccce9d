#!/usr/bin/env bash
# SIGKILL in the middle of imports (issue 14): a demo data folder gets imports of 3,000 grid units each,
# one transaction each with the audit trail on (its changes in records of several hundred); the
# jiedao-cli JVM is killed with SIGKILL 0.5, 2 and 5 s into the write step, then one import runs to its
# end. After each: the folder holds all 3,000 units of that import or none of them, and
# `audit verify` finds the chain intact. Called by releng/smoke-test.sh; on its own:
#   releng/kill-import-test.sh PRODUCT_HOME DEMO_DATA_FOLDER     (a folder made by `init --demo`)
set -uo pipefail
home=$1; demo=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export JIEDAO_USER=admin JIEDAO_PASSWORD=jiedao-demo-2021
failures=0
count() { "$home/jiedao-cli" --data "$demo" org-units list --format tsv 2>/dev/null | grep -c "^K$1-" ; }
for round in 1 2 3 4; do
  delay=$(echo "0.5 2 5 -" | cut -d' ' -f"$round")
  { echo "code,name,parent,level"; for i in $(seq 1 3000); do echo "K$round-$i,第${round}批第${i}网格,320508001001,grid"; done; } >"$tmp/grids-$round.csv"
  script -qfec "'$home/jiedao-cli' --data '$demo' import org-units '$tmp/grids-$round.csv'" "$tmp/kill-$round.out" >/dev/null 2>&1 &
  spid=$!
  killed=
  if [ "$delay" != - ]; then
    for _ in $(seq 1 1200); do
      grep -qF 'Writing 3000 rows' "$tmp/kill-$round.out" 2>/dev/null && break
      sleep 0.1
    done
    sleep "$delay"
    for p in $(pgrep -f org.jiedao.cli.app); do
      tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -qF "grids-$round.csv" && killed=$p
    done
    [ -n "$killed" ] && kill -9 "$killed"
  fi
  wait "$spid" 2>/dev/null
  n=$(count "$round")
  verify=$("$home/jiedao-cli" --data "$demo" audit verify 2>&1); rc=$?
  if [ "$delay" = - ]; then what="import to its end"; else what="SIGKILL ${delay} s into the write step${killed:+ (pid $killed)}"; fi
  if [ "$n" != 0 ] && [ "$n" != 3000 ]; then
    echo "FAIL  $what: $n of 3000 units there (neither none nor all)"; failures=$((failures + 1))
  elif [ "$delay" != - ] && [ -z "$killed" ]; then
    echo "FAIL  $what: the import's JVM was not found to kill"; failures=$((failures + 1))
  elif [ "$delay" = - ] && [ "$n" != 3000 ]; then
    echo "FAIL  $what: $n of 3000 units there"; sed 's/^/        /' "$tmp/kill-$round.out" | tail -5; failures=$((failures + 1))
  else
    echo "ok    $what: $n of 3000 units there"
  fi
  if [ "$rc" != 0 ]; then
    echo "FAIL  after it, audit verify exits $rc: $verify"; failures=$((failures + 1))
  else
    echo "ok    after it, the audit chain verifies: $verify"
  fi
done
exit $((failures > 0))
