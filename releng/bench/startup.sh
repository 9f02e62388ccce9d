#!/usr/bin/env bash
# Start-up benchmark: starts a built product under Xvfb N times and reports the median time from
# process start (just before the JVM is exec'd) to the workbench window being shown (the
# workbench writes the time of its APP_STARTUP_COMPLETE event, which follows the first rendering
# of the window, to the file named by -Djiedao.startup.marker).
#
#   releng/bench/startup.sh [N] [PRODUCT]     N runs (default 10), PRODUCT jiedao-all (default) or jiedao
#
# The first run after a build is "cold" (OSGi resolves and caches the bundles in the product's
# configuration area) and is reported apart; the median is over the warm runs.
# Environment: JIEDAO_BENCH_VMARGS adds JVM options (e.g. to try a flag), JIEDAO_BENCH_JFR=1 records
# a Java Flight Recorder file of the last run (target/bench/startup.jfr).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
runs=${1:-10}
product=${2:-jiedao-all}
home=$PWD/releng/org.jiedao.product/target/products/$product/linux/gtk/x86_64
[ -x "$home/jiedao" ] || { echo "No product at $home: build first (./dev build)" >&2; exit 1; }
out=$PWD/target/bench
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
export DISPLAY=$display

times=()
for i in $(seq 0 "$runs"); do
  marker=$work/marker-$i
  extra=${JIEDAO_BENCH_VMARGS:-}
  if [ "${JIEDAO_BENCH_JFR:-0}" = 1 ] && [ "$i" = "$runs" ]; then
    extra="$extra -XX:StartFlightRecording=filename=$out/startup.jfr,settings=profile"
  fi
  start=$(date +%s%3N)
  JIEDAO_VMARGS="-Xmx1g -XX:+UseSerialGC -Djiedao.startup.marker=$marker $extra" \
    "$home/jiedao" --data "$work/data" --lang zh >"$work/log-$i" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    [ -s "$marker" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  if [ ! -s "$marker" ]; then
    echo "run $i: the window did not appear; log:" >&2; tail -20 "$work/log-$i" >&2; kill "$pid" 2>/dev/null; exit 1
  fi
  shown=$(cut -d' ' -f1 "$marker")
  ms=$(( shown - start ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [ "$i" = 0 ]; then
    cold=$ms
    echo "run 0 (cold): ${ms} ms"
  else
    times+=("$ms")
    echo "run $i: ${ms} ms"
  fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')
min=$(printf '%s\n' "${times[@]}" | sort -n | head -n 1)
max=$(printf '%s\n' "${times[@]}" | sort -n | tail -n 1)
echo "product $product: window shown after a median of ${median} ms over $runs warm runs (min ${min}, max ${max}; cold ${cold} ms)" | tee "$out/startup-$product.txt"
