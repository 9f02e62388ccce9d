#!/usr/bin/env bash
# Test of the module generator: generates org.jiedao.gentest (生成测试 / Generated test) into a scratch copy
# of this checkout's committed and working files, checks what it registered and refused, and builds
# the new bundle, .ui bundle and test bundle, running its OSGi test (-pl of what they need only; the
# feature, which needs the platform feature's bundles, the p2 repository and the products are not
# built here). Run by ./dev test.
#   releng/new-module-test.sh        (MVN_ARGS, e.g. -o, are passed to Maven)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROOT=$PWD
fail() { echo "  FAIL  $*" >&2; exit 1; }
ok() { echo "  ok    $*"; }
scratch=$(mktemp -d)
if [ -z "${NEW_MODULE_TEST_KEEP:-}" ]; then trap 'rm -rf "$scratch"' EXIT; else echo "scratch copy: $scratch"; fi
# tracked and new (not ignored) files as they are now, without build output
git ls-files -z --cached --others --exclude-standard | grep -zv '/target/' \
  | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf - | tar -x -C "$scratch"
[ -d .mvn/dist ] && cp -r .mvn/dist "$scratch/.mvn/"

id=org.jiedao.gentest
echo "generator (releng/new-module.sh $id 生成测试 \"Generated test\")"
ROOT=$scratch releng/new-module.sh $id 生成测试 "Generated test" > "$scratch/generate.log"
for f in bundles/$id/META-INF/MANIFEST.MF bundles/$id/src/org/jiedao/gentest/GentestService.java \
         bundles/$id/src/org/jiedao/gentest/internal/contrib/GentestFormat.java bundles/$id/db/changelog/gentest.xml \
         bundles/$id.ui/fragment.e4xmi bundles/$id.ui/src/org/jiedao/gentest/ui/internal/EntriesPart.java \
         features/$id/feature.xml tests/$id.tests/src/org/jiedao/gentest/tests/GentestTest.java; do
  [ -f "$scratch/$f" ] || fail "$f was not generated"
done
grep -qI '__' -r "$scratch/bundles/$id" "$scratch/bundles/$id.ui" "$scratch/features/$id" "$scratch/tests/$id.tests" \
  && fail "a template token was left: $(grep -rlI '__' "$scratch/bundles/$id" "$scratch/bundles/$id.ui" "$scratch/tests/$id.tests" | head -n 3)"
grep -q "<module>$id.ui</module>" "$scratch/bundles/pom.xml" || fail "bundles/pom.xml does not list $id.ui"
grep -q "<module>$id</module>" "$scratch/features/pom.xml" || fail "features/pom.xml does not list $id"
grep -q "<module>$id.tests</module>" "$scratch/tests/pom.xml" || fail "tests/pom.xml does not list $id.tests"
grep -q "\"$id.feature\"" "$scratch/releng/org.jiedao.product/category.xml" || fail "the category does not list $id.feature"
grep -q "\"$id.feature\"" "$scratch/releng/org.jiedao.product/jiedao-all.product" || fail "jiedao-all does not include $id.feature"
(cd "$scratch" && releng/scripts/escape-properties.py --check >/dev/null) || fail "generated .properties files are not escaped"
ok "bundle, .ui bundle, feature, test bundle; registered in the three poms, the category and jiedao-all"
if ROOT=$scratch releng/new-module.sh $id 生成测试 "Generated test" 2> "$scratch/again.log"; then fail "generating over an existing module passed"; fi
grep -q "exists already" "$scratch/again.log" || fail "a second generation did not say why it stopped: $(cat "$scratch/again.log")"
if ROOT=$scratch releng/new-module.sh Org.Bad 坏 Bad 2> "$scratch/bad.log"; then fail "a bad module id was accepted"; fi
grep -q "is not a bundle name" "$scratch/bad.log" || fail "a bad id was refused without saying why"
ok "an existing module and a bad id are refused with the reason"

echo "build and test of the generated module"
modules=targetplatform,bundles,features,tests,bundles/org.jiedao.serviceloader.capabilities,bundles/org.jiedao.core,bundles/org.jiedao.persistence
modules+=,bundles/org.jiedao.security,bundles/org.jiedao.exchange,bundles/org.jiedao.ui,bundles/org.jiedao.reports,bundles/org.jiedao.modules,bundles/org.jiedao.logging.slf4j,tests/org.jiedao.testing
modules+=,bundles/$id,bundles/$id.ui,tests/$id.tests
if ! "$ROOT/mvnw" ${MVN_ARGS:-} -f "$scratch/pom.xml" verify -pl "$modules" > "$scratch/build.log" 2>&1; then
  grep -E "ERROR|FAIL|Tests run" "$scratch/build.log" | head -n 40 >&2
  for r in "$scratch"/tests/$id.tests/target/surefire-reports/*.txt; do [ -f "$r" ] && grep -v "^\s*at " "$r" | head -n 30 >&2; done
  fail "the generated module does not build or its test fails"
fi
grep -E "Tests run: [0-9]+, Failures: 0, Errors: 0" "$scratch/build.log" | tail -n 1 | sed 's/^/        /'
grep -q "in org.jiedao.gentest.tests.GentestTest" "$scratch/build.log" || fail "the generated test did not run"
ok "the generated module builds and its test passes"
