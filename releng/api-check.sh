#!/usr/bin/env bash
# API discipline, checked cheaply (no full build):
#  1. every package a bundle exports either carries a version (public API) or is marked
#     x-internal / x-friends (implementation) -- read from every bundles/*/META-INF/MANIFEST.MF;
#  2. the baseline check works: with the freshly built p2 repository as the "released" baseline,
#     org.jiedao.core builds with -Pbaseline unchanged, and a scratch copy whose public interface
#     OrgUnitService lost a method (an incompatible change, no major version bump) FAILS with
#     tycho-baseline-plugin's report;
#  3. a third-party plugin cannot use internals: the example plugin with one class using
#     org.jiedao.core.internal fails its build, and builds without it.
# Maven resolves online (MVN_ARGS adds options, e.g. MVN_ARGS=-o to force offline): the baseline
# check needs tycho-baseline-plugin, which the main build never downloads.
#
#   releng/api-check.sh [BASELINE_REPOSITORY_DIR]   (default: releng/org.jiedao.product/target/repository)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROOT=$PWD
BASELINE=$(readlink -f "${1:-releng/org.jiedao.product/target/repository}")
MVN_ARGS=${MVN_ARGS:-}
fail() { echo "  FAIL  $*" >&2; exit 1; }
ok() { echo "  ok    $*"; }

echo "exported packages"
python3 - "$ROOT" <<'PY' || fail "exported packages without a version and without x-internal/x-friends (above)"
import glob, re, sys
bad = 0
for mf in sorted(glob.glob(sys.argv[1] + "/bundles/*/META-INF/MANIFEST.MF")):
    text = open(mf, encoding="utf-8").read().replace("\n ", "")
    m = re.search(r"^Export-Package:\s*(.*)$", text, re.M)
    if not m:
        continue
    # split on commas outside quotes
    parts, cur, q = [], "", False
    for ch in m.group(1):
        if ch == '"': q = not q
        if ch == "," and not q: parts.append(cur); cur = ""
        else: cur += ch
    parts.append(cur)
    for p in parts:
        name = p.split(";")[0].strip()
        internal = "x-internal:=true" in p or "x-friends:=" in p
        versioned = re.search(r";\s*version=", p) is not None
        if ".internal" in name and not internal:
            print(f"{mf}: {name} is internal but exported without x-internal/x-friends"); bad += 1
        elif not internal and not versioned:
            print(f"{mf}: {name} is exported without a version"); bad += 1
sys.exit(1 if bad else 0)
PY
ok "every exported package of bundles/* is versioned or x-internal/x-friends"

[ -f "$BASELINE/content.jar" ] || [ -f "$BASELINE/content.xml.xz" ] || fail "no p2 repository at $BASELINE (build it first: ./mvnw verify)"
echo "baseline check against $BASELINE"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git archive HEAD | tar -x -C "$scratch"
build_core() {
  "$ROOT/mvnw" $MVN_ARGS -f "$scratch/pom.xml" verify -Pbaseline -Dbaseline.repository="file:$BASELINE" \
      -pl targetplatform,bundles/org.jiedao.core > "$scratch/build.log" 2>&1
}
build_core || { tail -n 30 "$scratch/build.log" >&2; fail "org.jiedao.core unchanged does not pass the baseline check"; }
grep -q "No baseline problems found" "$scratch/build.log" || fail "the baseline check did not run"
ok "org.jiedao.core unchanged: no baseline problems"

api=$scratch/bundles/org.jiedao.core/src/org/jiedao/core/org/OrgUnitService.java
grep -q 'List<OrgUnitChange> history(String code);' "$api" || fail "OrgUnitService.history is not where this check expects it"
sed -i '/List<OrgUnitChange> history(String code);/d' "$api"
if build_core; then fail "removing OrgUnitService.history without a major version bump passed the baseline check"; fi
grep -q "Baseline problems found" "$scratch/build.log" || { tail -n 30 "$scratch/build.log" >&2; fail "the build failed, but not with the baseline report"; }
# whatever 1.x the package is at now, removing a method asks for 2.0.0
grep -qE "MAJOR +│PACKAGE +│org\.jiedao\.core\.org +│1\.[0-9]+\.[0-9]+ +│1\.[0-9]+\.[0-9]+ +│2\.0\.0" "$scratch/build.log" \
  || { tail -n 40 "$scratch/build.log" >&2; fail "the report does not ask for package org.jiedao.core.org 2.0.0 (a major bump)"; }
grep -E "PACKAGE|INTERFACE|METHOD|Baseline problems found" "$scratch/build.log" | grep -v "Failed to execute" | sed 's/^\[ERROR\] /        /' | head -n 6
ok "OrgUnitService.history removed, versions unchanged: the build fails, package org.jiedao.core.org must become 2.0.0"
echo "a plugin cannot use internals (examples/org.example.volunteers, built against $BASELINE)"
ex=$scratch/examples/org.example.volunteers
probe=$ex/org.example.volunteers/src/org/example/volunteers/internal/Probe.java
printf 'package org.example.volunteers.internal;\nclass Probe { Object o = org.jiedao.core.internal.Messages.class; }\n' > "$probe"
if "$ROOT/mvnw" $MVN_ARGS -f "$ex/pom.xml" verify -Djiedao.repository="file:$BASELINE" -pl org.example.volunteers > "$scratch/example.log" 2>&1; then
  fail "the example compiled with a use of org.jiedao.core.internal"
fi
grep -q "Discouraged access: The type 'Messages' is not API" "$scratch/example.log" \
  || { tail -n 30 "$scratch/example.log" >&2; fail "the example's build failed, but not for the internal access"; }
rm "$probe"
"$ROOT/mvnw" $MVN_ARGS -f "$ex/pom.xml" verify -Djiedao.repository="file:$BASELINE" -pl org.example.volunteers > "$scratch/example.log" 2>&1 \
  || { tail -n 30 "$scratch/example.log" >&2; fail "the example does not build without the probe"; }
ok "a class of the example using org.jiedao.core.internal fails its build (Discouraged access ... is not API); without it the build passes"

echo "api check passed"
