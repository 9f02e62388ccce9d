#!/usr/bin/env bash
# Each domain module as an administrator installs it: ALONE into a copy of the product 'jiedao' (the
# platform only), from the signed p2 repository the build made. For every MODULE:FORMAT given:
#   jiedao-cli modules install MODULE  -> listed by its module id; a data folder initialised now has its demo
#   data (export FORMAT has rows); modules uninstall MODULE -> not listed, the format is gone, the data stays;
#   install again -> export FORMAT gives the same file as before the uninstall; uninstall (platform only again).
# Non-interactive; exits non-zero on the first failure.
#
#   releng/module-install-test.sh org.jiedao.petitions:petitions [MODULE:FORMAT ...]
#   MODULE_TEST_KEEP=1 ...   keep the work folder (product copy, data folders) for a look
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROOT=$PWD
REPOSITORY=${JIEDAO_REPOSITORY:-$ROOT/releng/org.jiedao.product/target/repository}
PRODUCT=$ROOT/releng/org.jiedao.product/target/products/jiedao/linux/gtk/x86_64
[ $# -gt 0 ] || { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
fail() { echo "  FAIL  $*" >&2; exit 1; }
ok() { echo "  ok    $*"; }
[ -d "$REPOSITORY" ] || fail "no Jiedao p2 repository at $REPOSITORY: build it first (./mvnw verify)"
[ -d "$PRODUCT" ] || fail "no materialized product at $PRODUCT: build it first (./mvnw verify)"

WORK=$(mktemp -d)
if [ -z "${MODULE_TEST_KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; else echo "work folder: $WORK"; fi
cp -r "$PRODUCT" "$WORK/product"
export JIEDAO_USER=admin JIEDAO_PASSWORD=jiedao-demo-2021
data=$WORK/data
cli() { "$WORK/product/jiedao-cli" --data "$data" "$@"; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
out=$(cli init --demo 2>&1) || { echo "$out" >&2; fail "jiedao-cli init --demo (platform only)"; }

for pair in "$@"; do
  module=${pair%%:*}; format=${pair#*:}
  echo "module $module (format $format)"
  start=$(date +%s%N)
  out=$(cli modules install "$module" --repository "file:$REPOSITORY" 2>&1) || { echo "$out" >&2; fail "modules install $module"; }
  ok "modules install $module alone in $(ms "$start") ms"
  cli modules list --format tsv 2>&1 | grep -qP "^\Q$module\E\t" || fail "modules list does not show $module after its install"

  data=$WORK/data-$module
  out=$(cli init --demo 2>&1) || { echo "$out" >&2; fail "init --demo with $module installed"; }
  out=$(cli export "$format" "$WORK/$module-before.csv" 2>&1) || { echo "$out" >&2; fail "export $format"; }
  rows=$(( $(wc -l < "$WORK/$module-before.csv") - 1 ))
  [ "$rows" -gt 0 ] || { cat "$WORK/$module-before.csv" >&2; fail "export $format of the demo data has no rows"; }
  ok "its demo data in a new data folder: export $format has $rows rows"

  out=$(cli modules uninstall "$module" 2>&1) || { echo "$out" >&2; fail "modules uninstall $module"; }
  cli export "$format" "$WORK/$module-gone.csv" >/dev/null 2>&1 && fail "the format $format is still there after the uninstall"
  ok "modules uninstall $module: its format is gone"

  out=$(cli modules install "$module" --repository "file:$REPOSITORY" 2>&1) || { echo "$out" >&2; fail "the reinstall of $module"; }
  out=$(cli export "$format" "$WORK/$module-after.csv" 2>&1) || { echo "$out" >&2; fail "export $format after the reinstall"; }
  cmp -s "$WORK/$module-before.csv" "$WORK/$module-after.csv" \
    || { diff "$WORK/$module-before.csv" "$WORK/$module-after.csv" | head >&2; fail "the data of $module changed across uninstall and reinstall"; }
  ok "reinstalled: the $rows rows kept while it was uninstalled are all there, unchanged"
  out=$(cli modules uninstall "$module" 2>&1) || { echo "$out" >&2; fail "the final uninstall of $module"; }
  data=$WORK/data
done
echo "module install test passed"
