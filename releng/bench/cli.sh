#!/usr/bin/env bash
# Command-line benchmark: runs jiedao-cli commands of a built product N times each and reports the
# median wall time, CPU time (user + system) and peak memory (resident set), each also as a ratio to
# `java -version` measured in the same run (the JVM's own start on this machine, this load).
#
#   releng/bench/cli.sh [N] [PRODUCT]     N runs per command (default 5), PRODUCT jiedao-all (default), jiedao,
#                                         or the folder of a materialized product (to compare two builds)
#
# The data commands run on a demo folder made once by `jiedao-cli init --demo` (not timed), signed in as the
# demo administrator ('petitions list' lists the demo's 143 petitions). A first untimed run of each command fills the caches a fresh product builds on
# its first start (OSGi's resolved state, the extension registry, the class-data archive); the cold
# first start is reported apart. Goals (issue 14): --version and help <= 0.7 s, a data command
# <= 1.5 s, peak memory <= 200 MiB. Results also in target/bench/cli.txt.
# Environment: JIEDAO_BENCH_VMARGS replaces the launcher's JVM options (e.g. to try a flag),
# JIEDAO_BENCH_DATA a data folder to use instead of a fresh demo folder.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
runs=${1:-5}
product=${2:-jiedao-all}
home=$PWD/releng/org.jiedao.product/target/products/$product/linux/gtk/x86_64
[ -x "$product/jiedao-cli" ] && home=$(cd "$product" && pwd)
[ -x "$home/jiedao-cli" ] || { echo "No product at $home: build first (./mvnw verify -DskipTests)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time, Debian package 'time') is needed" >&2; exit 1; }
out=$PWD/target/bench
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JIEDAO_USER=admin JIEDAO_PASSWORD=jiedao-demo-2021
unset JIEDAO_DATA
[ -n "${JIEDAO_BENCH_VMARGS:-}" ] && export JIEDAO_VMARGS=$JIEDAO_BENCH_VMARGS

# the java the launcher picks (the same search order)
. "$home/lib/launch.sh"
jiedao_find_java
java=$JIEDAO_JAVA_EXE

data=${JIEDAO_BENCH_DATA:-$work/demo}
if [ -z "${JIEDAO_BENCH_DATA:-}" ]; then
  /usr/bin/time -f '%e %U %S %M' -o "$work/cold" "$home/jiedao-cli" --data "$data" --lang en --version >/dev/null
  read -r cold_wall _ _ _ <"$work/cold"
  "$home/jiedao-cli" --data "$data" --lang en init --demo >"$work/init.log" 2>&1 \
    || { echo "init --demo failed:" >&2; cat "$work/init.log" >&2; exit 1; }
fi

# measure NAME COMMAND... : $runs timed runs after one untimed one; sets the medians in m_wall m_cpu m_rss
measure() {
  local name=$1
  shift
  local runs=${runs_override:-$runs}
  if [ -z "${runs_override:-}" ]; then   # the untimed run (the caches are warm by the batch rows)
    "$@" >"$work/last.out" 2>"$work/last.err" || { echo "$name failed:" >&2; cat "$work/last.err" >&2; exit 1; }
  fi
  : >"$work/samples"
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/one" "$@" >/dev/null 2>"$work/last.err" \
      || { echo "$name failed:" >&2; cat "$work/last.err" >&2; exit 1; }
    awk '{ printf "%.3f %.3f %d\n", $1, $2 + $3, $4 }' "$work/one" >>"$work/samples"
  done
  m_wall=$(cut -d' ' -f1 "$work/samples" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  m_cpu=$(cut -d' ' -f2 "$work/samples" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  m_rss=$(cut -d' ' -f3 "$work/samples" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
}

cli=("$home/jiedao-cli" --data "$data" --lang en)

measure "java -version" "$java" -version
j_wall=$m_wall j_cpu=$m_cpu j_rss=$m_rss

report=$work/report
{
  echo "jiedao-cli benchmark, $home, median of $runs runs ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $("$java" -version 2>&1 | head -n 1))"
  printf '%-34s %8s %8s %9s %8s %8s %8s %6s\n' command wall_s cpu_s rss_MiB "wall/j" "cpu/j" "rss/j" goal
  printf '%-34s %8.2f %8.2f %9.0f %8s %8s %8s %6s\n' "java -version" "$j_wall" "$j_cpu" "$((j_rss / 1024))" 1 1 1 ""
} >"$report"

row() {
  local name=$1 goal=$2
  shift 2
  measure "$name" "$@"
  local verdict=
  [ -n "$goal" ] && verdict=$(awk -v w="$m_wall" -v g="$goal" -v r="$m_rss" 'BEGIN { print (w <= g && r <= 200 * 1024) ? "met" : "MISSED" }')
  awk -v n="$name" -v w="$m_wall" -v c="$m_cpu" -v r="$m_rss" -v jw="$j_wall" -v jc="$j_cpu" -v jr="$j_rss" -v g="$goal" -v v="$verdict" \
    'BEGIN { printf "%-34s %8.2f %8.2f %9.0f %8.1f %8.1f %8.1f %6s %s\n", n, w, c, r / 1024, w / jw, (jc > 0 ? c / jc : 0), r / jr, (g == "" ? "" : g "s"), v }' >>"$report"
}

row "jiedao-cli --version" 0.7 "${cli[@]}" --version
row "jiedao-cli help" 0.7 "${cli[@]}" help
row "jiedao-cli users list" 1.5 "${cli[@]}" users list
row "jiedao-cli petitions list" 1.5 "${cli[@]}" petitions list
# twenty data commands: separately, and in one 'shell'
printf 'users list\npetitions list\n%.0s' $(seq 1 10) >"$work/twenty"
{
  echo 'set -e'
  while read -r line; do printf '"$1" --data "$2" --lang en %s >/dev/null\n' "$line"; done <"$work/twenty"
} >"$work/twenty.sh"
# (JIEDAO_BENCH_BATCH_RUNS runs each, default 1: twenty separate commands take a while)
runs_override=${JIEDAO_BENCH_BATCH_RUNS:-1}
row "20 data commands, separately" "" bash "$work/twenty.sh" "$home/jiedao-cli" "$data"
if "${cli[@]}" help shell >/dev/null 2>&1; then
  row "the same 20 in one 'shell'" "" "${cli[@]}" shell --file "$work/twenty"
fi
unset runs_override
[ -n "${cold_wall:-}" ] && echo "first start of a fresh product (caches built): ${cold_wall} s" >>"$report"
cat "$report" | tee "$out/cli.txt"
