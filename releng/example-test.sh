#!/usr/bin/env bash
# The third-party example as its users meet it: build examples/org.example.volunteers against the
# freshly built Jiedao p2 repository (its own Maven build, SDK only), signed with a vendor key made
# for the test; in a COPY of the materialized product 'jiedao' (platform only): the install is
# refused until the administrator trusts the vendor's key ('jiedao-cli modules trust'), then
# 'jiedao-cli modules install'; its demo data, its CLI command, an import of the sample sign-in sheet
# (a second import of the same sheet is refused, nothing written), an export; 'modules uninstall'
# removes its command, a reinstall finds the imported hours again. Non-interactive; exits non-zero
# on the first failure.
#
#   releng/example-test.sh            after './mvnw verify' (or './dev build') built the repository and products
#   MVN_ARGS=-o releng/example-test.sh   offline Maven for the example build
#   EXAMPLE_TEST_KEEP=1 ...           keep the work folder (product copy, data folder) for a look
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROOT=$PWD
JIEDAO_REPOSITORY=${JIEDAO_REPOSITORY:-$ROOT/releng/org.jiedao.product/target/repository}
PRODUCT=$ROOT/releng/org.jiedao.product/target/products/jiedao/linux/gtk/x86_64
EXAMPLE=$ROOT/examples/org.example.volunteers
EXAMPLE_REPOSITORY=$EXAMPLE/org.example.volunteers.repository/target/repository
FEATURE=org.example.volunteers.feature   # the p2 feature in the plugin's repository
MODULE=org.example.volunteers            # its module id: what the modules commands take and print

WORK=$(mktemp -d)
if [ -z "${EXAMPLE_TEST_KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; else echo "work folder: $WORK"; fi

fail() { echo "  FAIL  $*" >&2; exit 1; }
ok() { echo "  ok    $*"; }

# install module $2 from the p2 repository URL $1 into the product copy, as an administrator would
install_module() {
  cli modules install "$2" --repository "$1"
}

# the vendor's own signing key (Example Co.): a product refuses the plugin until its administrator trusts it
M2=$(releng/scripts/m2-repository.sh)
BC=$M2/org/bouncycastle/bcprov-jdk18on/1.80/bcprov-jdk18on-1.80.jar:$M2/org/bouncycastle/bcutil-jdk18on/1.80/bcutil-jdk18on-1.80.jar:$M2/org/bouncycastle/bcpg-jdk18on/1.80/bcpg-jdk18on-1.80.jar
VENDOR_KEY=$WORK/vendor-key
build_example() {
  "$ROOT/mvnw" -q ${MVN_ARGS:-} -f "$EXAMPLE/pom.xml" clean verify -Djiedao.repository="file:$JIEDAO_REPOSITORY" \
    -Dvendor.signing.key="$VENDOR_KEY/secret.asc"
}

[ -d "$JIEDAO_REPOSITORY" ] || fail "no Jiedao p2 repository at $JIEDAO_REPOSITORY: build it first (./mvnw verify)"
[ -d "$PRODUCT" ] || fail "no materialized product at $PRODUCT: build it first (./mvnw verify)"

echo "the SDK in the Jiedao repository"
python3 - "$JIEDAO_REPOSITORY" <<'PY' || fail "the SDK feature, its category or its source bundles are missing from $JIEDAO_REPOSITORY"
import glob, lzma, os, re, sys, zipfile
repo = sys.argv[1]
if os.path.exists(repo + "/content.xml.xz"):
    content = lzma.open(repo + "/content.xml.xz").read().decode("utf-8")
else:
    content = zipfile.ZipFile(repo + "/content.jar").read("content.xml").decode("utf-8")
units = {}
for m in re.finditer(r"<unit id='([^']*)'.*?</unit>", content, re.S):
    units.setdefault(m.group(1), m.group(0))
sdk = units.get("org.jiedao.sdk.feature.group")
assert sdk, "no org.jiedao.sdk.feature.group"
for b in ["org.jiedao.core", "org.jiedao.exchange", "org.jiedao.reports", "org.jiedao.ui"]:
    assert f"name='{b}'" in sdk and f"name='{b}.source'" in sdk, f"the SDK feature lacks {b} or {b}.source"
    assert glob.glob(f"{repo}/plugins/{b}.source_*.jar"), f"no {b}.source in the repository"
assert "name='org.jiedao.sdk.doc'" in sdk, "the SDK feature lacks the guide"
tools = [u for i, u in units.items() if i.endswith("org.jiedao.category.tools")]
assert tools and "name='org.jiedao.sdk.feature.group'" in tools[0] and "开发工具" in tools[0], "org.jiedao.sdk is not in the category 开发工具"
src = zipfile.ZipFile(glob.glob(f"{repo}/plugins/org.jiedao.core.source_*.jar")[0]).namelist()
assert "schema/modules.exsd" in src and any(n.endswith("ModuleRegistry.java") for n in src), "org.jiedao.core.source lacks schemas or sources"
guide = zipfile.ZipFile(glob.glob(f"{repo}/plugins/org.jiedao.sdk.doc_*.jar")[0]).read("plugin-guide.md").decode("utf-8")
assert "Jiedao plugin developer guide" in guide, "org.jiedao.sdk.doc has no guide"
PY
ok "org.jiedao.sdk in category 开发工具 with the API bundles, their source bundles (sources, schemas) and the guide"

echo "example plugin org.example.volunteers"
java -cp "$BC" "$ROOT/releng/scripts/SigningKey.java" "$VENDOR_KEY" "$VENDOR_KEY/copy.asc" \
  "Example Co. 示例公司 <plugins@example.invalid>" >/dev/null 2>&1 || fail "a vendor signing key for the example"
start=$(date +%s)
build_example > "$WORK/build.log" 2>&1 || { tail -n 40 "$WORK/build.log" >&2; fail "the example's build against $JIEDAO_REPOSITORY"; }
ok "built against the Jiedao repository in $(( $(date +%s) - start )) s (its p2 repository: ${EXAMPLE_REPOSITORY#$ROOT/})"
ls "$EXAMPLE_REPOSITORY"/features/${FEATURE}_*.jar >/dev/null 2>&1 || fail "its p2 repository has no $FEATURE"

cp -r "$PRODUCT" "$WORK/product"
product=$WORK/product
export JIEDAO_USER=admin JIEDAO_PASSWORD=jiedao-demo-2021
data=$WORK/data
cli() { "$product/jiedao-cli" --data "$data" "$@"; }

out=$(cli init --demo 2>&1) || { echo "$out" >&2; fail "jiedao-cli init --demo"; }
ok "init --demo (platform only)"

out=$(install_module "file:$EXAMPLE_REPOSITORY" "$MODULE" 2>&1) && fail "the plugin signed by an untrusted vendor key was installed" || rc=$?
grep -qF 'Example Co.' <<<"$out" || { echo "$out" >&2; fail "the refusal of the untrusted vendor key does not name it"; }
ok "refused while its vendor's key is not trusted (exit $rc)"
out=$(cli modules trust "$VENDOR_KEY/public.asc" 2>&1) || { echo "$out" >&2; fail "modules trust the vendor key"; }
start=$(date +%s%N)
out=$(install_module "file:$EXAMPLE_REPOSITORY" "$MODULE" 2>&1) || { echo "$out" >&2; fail "jiedao-cli modules install $MODULE"; }
ok "jiedao-cli modules install $MODULE (vendor key trusted) in $(( ($(date +%s%N) - start) / 1000000 )) ms"

out=$(cli modules list --format tsv 2>&1) || { echo "$out" >&2; fail "modules list"; }
grep -qP '^org\.example\.volunteers\t' <<<"$out" || { echo "$out" >&2; fail "modules list does not show the module id org.example.volunteers"; }
ok "modules list shows org.example.volunteers (the module id, as its plugin.xml declares it)"

# demo data of the plugin: a data folder initialised now that it is installed
data=$WORK/data-demo
out=$(cli init --demo 2>&1) || { echo "$out" >&2; fail "jiedao-cli init --demo with the plugin"; }
# the demo data's latest event (安全用电知识讲座, five days ago): 周浩然 served 1.5 hours
month=$(date -d '5 days ago' +%Y-%m)
out=$(cli volunteers hours --month "$month" --format tsv 2>&1) || { echo "$out" >&2; fail "volunteers hours --month $month"; }
grep -qP '^周浩然\t社区居民志愿者\t320507001005\t1\t1\.5$' <<<"$out" || { echo "$out" >&2; fail "volunteers hours: no 1.5 hours of 周浩然 in $month"; }
ok "jiedao-cli volunteers hours --month $month (demo data)"
out=$(cli --lang zh volunteers hours --month "$month" 2>&1)
grep -qF '服务时长' <<<"$out" || { echo "$out" >&2; fail "volunteers hours in Chinese"; }
cli volunteers hours --month 2026-13 >/dev/null 2>&1 && fail "a month 2026-13 was accepted" || rc=$?
[ "$rc" = 3 ] || fail "a month 2026-13 exits $rc, not 3"
ok "a wrong month exits 3"

sample=$EXAMPLE/samples/volunteer-hours-2026-10.csv
out=$(cli import volunteer-hours "$sample" 2>&1) || { echo "$out" >&2; fail "import volunteer-hours $sample"; }
out=$(cli volunteers hours --month 2026-10 --format tsv 2>&1) || { echo "$out" >&2; fail "volunteers hours --month 2026-10"; }
grep -qP '^孙晓峰\t苏州大学青年志愿者协会\t320507001005\t2\t4\.5$' <<<"$out" || { echo "$out" >&2; fail "the imported hours of 孙晓峰 (2 events, 4.5 h)"; }
ok "jiedao-cli import volunteer-hours samples/volunteer-hours-2026-10.csv, then the hours show"

out=$(cli export volunteer-hours "$WORK/export.csv" --month 2026-10 --community 华辰嘉园社区 2>&1) || { echo "$out" >&2; fail "export volunteer-hours --month 2026-10"; }
[ "$(grep -c '^2026-10-' "$WORK/export.csv")" -ge 5 ] && grep -qF '孙晓峰' "$WORK/export.csv" || { cat "$WORK/export.csv" >&2; fail "the export of 2026-10 lacks the imported rows"; }
out=$(cli export volunteer-hours "$WORK/bad.csv" --month 2026-13 2>&1) && fail "an export with --month 2026-13 was accepted" || rc=$?
[ "$rc" = 2 ] && grep -qF 'YYYY-MM' <<<"$out" && [ ! -e "$WORK/bad.csv" ] || { echo "$out" >&2; fail "an export with --month 2026-13 exits $rc (not 2 with the expected form), or wrote a file"; }
ok "jiedao-cli export volunteer-hours (filters --month, --community); a wrong month exits 2, no file"

before=$(cli volunteers events --format tsv 2>&1 | wc -l)
out=$(cli --lang zh import volunteer-hours "$sample" 2>&1) && fail "a second import of the same sheet was accepted" || rc=$?
[ "$rc" = 3 ] || { echo "$out" >&2; fail "a second import exits $rc, not 3"; }
grep -qF '已登记' <<<"$out" || { echo "$out" >&2; fail "a second import does not say the hours are already recorded"; }
[ "$(cli volunteers events --format tsv 2>&1 | wc -l)" = "$before" ] || fail "a refused import changed the events"
ok "a second import of the same sheet is refused (exit 3, 已登记), nothing written"

out=$(cli modules uninstall "$MODULE" 2>&1) || { echo "$out" >&2; fail "jiedao-cli modules uninstall $MODULE"; }
cli volunteers hours --month 2026-10 >/dev/null 2>&1 && fail "the volunteers command still runs after the uninstall"
ok "jiedao-cli modules uninstall $MODULE: its command is gone"
# the feature id, as scripts written before module ids use it, still works
out=$(install_module "file:$EXAMPLE_REPOSITORY" "$FEATURE" 2>&1) || { echo "$out" >&2; fail "the reinstall by the feature id $FEATURE"; }
out=$(cli volunteers hours --month 2026-10 --format tsv 2>&1) || { echo "$out" >&2; fail "volunteers hours after the reinstall"; }
grep -qP '^孙晓峰\t苏州大学青年志愿者协会\t320507001005\t2\t4\.5$' <<<"$out" || { echo "$out" >&2; fail "the imported hours are gone after uninstall and reinstall"; }
ok "reinstalled: the hours imported before the uninstall are there again"

echo "example test passed"
