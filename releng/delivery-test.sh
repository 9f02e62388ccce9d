#!/usr/bin/env bash
# Delivery test: module management on a copy of the materialized product 'jiedao' (platform only),
# the way an administrator meets it. Small modules (releng/delivery-fixtures) are built with a Tycho
# build of their own against the freshly built Jiedao repository (file:), at 1.0.0 and 1.0.1, signed
# like Jiedao's own; a third one is signed with a freshly generated key nobody trusts. Then:
# install over file:, run its command, update to 1.0.1 over http from a loopback server, revert,
# uninstall and reinstall (its data is still there), a module needing a missing bundle is refused
# with a plain message (the product still starts), the stranger's module is refused headless until
# an administrator trusts its key. Module ids: the fixtures' features are called ….feature; commands take
# and print the module id (org.jiedao.fixture.hello, as its plugin.xml declares it), and the feature and
# IU ids still work as aliases (as older scripts use them); an id that is not there gets a suggestion.
# Prints the install times. Run by './dev test' after the smoke test.
set -uo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROOT=$PWD
REPO=$ROOT/releng/org.jiedao.product/target/repository
PRODUCT=$ROOT/releng/org.jiedao.product/target/products/jiedao/linux/gtk/x86_64
M2=$(releng/scripts/m2-repository.sh)
failures=0
tmp=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
start=$(date +%s)

check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then echo "  ok    $what"; else echo "  FAIL  $what"; failures=$((failures + 1)); fi
}
has() { grep -qF -- "$2" <<<"$1"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

[ -d "$REPO" ] && [ -x "$PRODUCT/jiedao-cli" ] || { echo "Build first (./mvnw verify): $REPO and $PRODUCT are needed." >&2; exit 1; }

echo "delivery test: fixtures built against $REPO"
BC=$M2/org/bouncycastle/bcprov-jdk18on/1.80/bcprov-jdk18on-1.80.jar:$M2/org/bouncycastle/bcutil-jdk18on/1.80/bcutil-jdk18on-1.80.jar:$M2/org/bouncycastle/bcpg-jdk18on/1.80/bcpg-jdk18on-1.80.jar
java -cp "$BC" releng/scripts/SigningKey.java "$tmp/stranger-key" "$tmp/stranger-key/copy.asc" \
  "Unknown publisher <stranger@example.invalid>" >/dev/null 2>&1
check "a fresh, untrusted signing key" test -f "$tmp/stranger-key/secret.asc"

build_fixtures() { # folder version [maven args]
  local dir=$1 version=$2; shift 2
  cp -r releng/delivery-fixtures "$dir"
  sed -i "s/^Bundle-Version: 1.0.0.qualifier/Bundle-Version: $version.qualifier/" "$dir/org.jiedao.fixture.hello/META-INF/MANIFEST.MF"
  sed -i "s/version=\"1.0.0.qualifier\"/version=\"$version.qualifier\"/" "$dir/org.jiedao.fixture.hello.feature/feature.xml"
  local args=(-q -f "$dir/pom.xml" verify "-Djiedao.repository=file:$REPO" "-Dfixture.stranger.key=$tmp/stranger-key" "$@")
  # offline first (everything is cached after the main build), online if something is missing
  "$ROOT/mvnw" -o "${args[@]}" >"$dir.log" 2>&1 || "$ROOT/mvnw" "${args[@]}" >"$dir.log" 2>&1
}
t0=$(now)
build_fixtures "$tmp/fx100" 1.0.0
check "fixtures 1.0.0 build against the Jiedao repository (own Tycho build)" test -f "$tmp/fx100/repository/target/repository/artifacts.xml.xz" -o -f "$tmp/fx100/repository/target/repository/artifacts.jar"
echo "  (fixture build 1.0.0: $(secs "$t0" "$(now)") s; 1.0.1 builds meanwhile)"
# 1.0.1 builds while 1.0.0 is installed and tried
build_fixtures "$tmp/fx101" 1.0.1 -pl org.jiedao.fixture.hello,org.jiedao.fixture.hello.feature,org.jiedao.fixture.missing,org.jiedao.fixture.broken,org.jiedao.fixture.broken.feature,repository &
build101=$!
FILE_REPO=file:$tmp/fx100/repository/target/repository
STRANGER_REPO=file:$tmp/fx100/repository-stranger/target/repository
check "the fixtures' artifacts carry PGP signatures" \
  sh -c "xz -dc '$tmp/fx100/repository/target/repository/artifacts.xml.xz' 2>/dev/null | grep -q pgp.signatures"

cp -a "$PRODUCT" "$tmp/product"
P=$tmp/product D=$tmp/data
cli() { "$P/jiedao-cli" --data "$D" --lang en "$@"; }
export JIEDAO_USER=admin JIEDAO_PASSWORD='Deliver-2026'
out=$(cli init 2>&1); rc=$?
check "a copy of product 'jiedao' with an initialised data folder" test "$rc" = 0
audited() { cli audit verify 2>&1 | sed -n 's/.*intact: \([0-9]*\).*/\1/p'; }
audit_before=$(audited)

# the refusals run meanwhile on a second copy of the product (its own installation and data folder)
cp -a "$PRODUCT" "$tmp/product2"
(
  P=$tmp/product2 D=$tmp/data2 failures=0
  cli init >/dev/null 2>&1
  echo "failure: a module that needs a missing bundle"
  out=$(cli modules install org.jiedao.fixture.broken --repository "$FILE_REPO" 2>&1); rc=$?
  echo "$out" | sed 's/^/        /'
  check "refused with exit 1" test "$rc" = 1
  check "the message names the module and the missing bundle" test -n "$(grep -F 'org.jiedao.fixture.broken' <<<"$out" | grep -F 'bundle org.jiedao.fixture.missing')"
  check "no raw p2 status or stack trace" test -z "$(grep -E 'Exception|Status|at org\.' <<<"$out")"
  out=$(cli --lang zh modules install org.jiedao.fixture.broken.feature --repository "$FILE_REPO" 2>&1); rc=$?
  check "the same in Chinese, by the old feature id" test "$rc" = 1 -a -n "$(grep -F '无法安装' <<<"$out")"
  out=$(cli modules list 2>&1); rc=$?
  check "the product still starts (modules list)" test "$rc" = 0

  echo "trust: a module signed by an unknown key"
  out=$(cli modules install org.jiedao.fixture.stranger --repository "$STRANGER_REPO" 2>&1); rc=$?
  echo "$out" | sed 's/^/        /'
  check "refused headless with exit 1, naming the key" test "$rc" = 1 -a -n "$(grep -F 'Unknown publisher' <<<"$out")"
  cli fixture-stranger >/dev/null 2>&1; rc=$?
  check "nothing of it was installed" test "$rc" = 2
  out=$(cli modules trust "$tmp/stranger-key/public.asc" 2>&1); rc=$?
  check "modules trust KEYFILE by the administrator" test "$rc" = 0 -a -n "$(grep -F 'Unknown publisher' <<<"$out")"
  out=$(cli modules keys 2>&1)
  check "modules keys lists the build key and the trusted one" test -n "$(grep -F 'build' <<<"$out")" -a -n "$(grep -F 'administrator' <<<"$out")"
  out=$(cli modules install org.jiedao.fixture.stranger --repository "$STRANGER_REPO" 2>&1); rc=$?
  check "accepted once trusted" test "$rc" = 0 -a -n "$(grep -F '+ org.jiedao.fixture.stranger 1.0.0' <<<"$out")"
  check "its command runs" test -n "$(cli fixture-stranger 2>&1 | grep -F 'fixture-stranger runs')"
  exit "$failures"
) >"$tmp/refusals.log" 2>&1 &
refusals=$!
echo "install, update over http, revert"
t0=$(now); out=$(cli modules list 2>&1); rc=$?; t_list=$(secs "$t0" "$(now)")
check "modules list shows the platform only" sh -c "test $rc = 0 && grep -q '^org.jiedao.platform ' <<'X'
$out
X"
out=$(env -u JIEDAO_USER -u JIEDAO_PASSWORD "$tmp/product/jiedao-cli" --data "$tmp/data" modules install org.jiedao.fixture.hello --repository "$FILE_REPO" </dev/null 2>&1); rc=$?
check "install without signing in is denied (exit 4)" test "$rc" = 4
out=$(cli modules available --format tsv --repository "$FILE_REPO" 2>&1); rc=$?
ids=$(cut -f1 <<<"$out")
check "modules available lists the repository's modules by module id" \
  test "$rc" = 0 -a -n "$(grep -x 'org.jiedao.fixture.hello' <<<"$ids")" -a -n "$(grep -x 'org.jiedao.fixture.broken' <<<"$ids")"
check "... and no feature id (….feature)" test -z "$(grep -F '.feature' <<<"$ids")"
out=$(cli modules install org.jiedao.fixture.helo --repository "$FILE_REPO" 2>&1); rc=$?
echo "$out" | sed 's/^/        /'
check "a mistyped id: exit 1, 'Did you mean org.jiedao.fixture.hello?'" \
  test "$rc" = 1 -a -n "$(grep -F 'Did you mean org.jiedao.fixture.hello?' <<<"$out")"
out=$(cli --lang zh modules install fixture.hello --repository "$FILE_REPO" 2>&1); rc=$?
check "the same in Chinese (您是不是要找 org.jiedao.fixture.hello？)" \
  test "$rc" = 1 -a -n "$(grep -F '您是不是要找 org.jiedao.fixture.hello' <<<"$out")"
t0=$(now); out=$(cli modules install org.jiedao.fixture.hello --repository "$FILE_REPO" 2>&1); rc=$?; t_file=$(secs "$t0" "$(now)")
check "install over file: by module id (exit 0, restart notice)" test "$rc" = 0 -a -n "$(grep -F 'Restart Jiedao' <<<"$out")"
check "... reported by module id (+ org.jiedao.fixture.hello 1.0.0)" test -n "$(grep -F '+ org.jiedao.fixture.hello 1.0.0' <<<"$out")"
[ "$rc" = 0 ] || echo "$out" | sed 's/^/        /'
declared=$(sed -n 's/.*<module id="\([^"]*\)".*/\1/p' releng/delivery-fixtures/org.jiedao.fixture.hello/plugin.xml)
out=$(cli modules list --format tsv 2>&1)
check "modules list shows the id the module declares in org.jiedao.core.modules ($declared)" \
  test -n "$declared" -a -n "$(cut -f1 <<<"$out" | grep -x "$declared")"
out=$(cli modules install org.jiedao.fixture.hello.feature --repository "$FILE_REPO" 2>&1); rc=$?
check "install by the old feature id: the same module, nothing to change" test "$rc" = 0 -a -n "$(grep -F 'Nothing to change' <<<"$out")"
[ "$rc" = 0 ] || echo "$out" | sed 's/^/        /'
out=$(cli fixture-hello 2>&1); rc=$?
check "the installed module's command runs: 1.0.0" test "$rc" = 0 -a -n "$(grep -E '^fixture-hello 1\.0\.0' <<<"$out")"
check "a backup of the data folder was taken first" sh -c "ls -d '$tmp/data/backups/before-module-changes'/jiedao-backup-* >/dev/null 2>&1"
cli fixture-hello write "kept across uninstall" >/dev/null 2>&1
check "the module writes a row in its own table" test -n "$(cli fixture-hello read 2>&1 | grep -F 'kept across uninstall')"

wait "$build101"
check "fixtures 1.0.1 build" test -d "$tmp/fx101/repository/target/repository"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$tmp/fx101/repository/target/repository" >"$tmp/http.log" 2>&1 &
server=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break; sleep 0.3; done
HTTP_REPO=http://127.0.0.1:$port/
out=$(cli modules repositories add "$HTTP_REPO" 2>&1); rc=$?
check "modules repositories add http://127.0.0.1:$port/" test "$rc" = 0
t0=$(now); out=$(cli modules update org.jiedao.fixture.hello.feature.feature.group 2>&1); rc=$?; t_http_update=$(secs "$t0" "$(now)")
check "update to 1.0.1 over http (the IU id, with .feature.group)" test "$rc" = 0 -a -n "$(grep -F '1.0.1' <<<"$out")"
[ "$rc" = 0 ] || echo "$out" | sed 's/^/        /'
check "the http server was asked" test -n "$(grep -F 'GET /' "$tmp/http.log")"
check "1.0.1 runs" test -n "$(cli fixture-hello 2>&1 | grep -E '^fixture-hello 1\.0\.1')"
out=$(cli modules history 2>&1); rc=$?
check "modules history lists the states by module id" \
  test "$rc" = 0 -a "$(grep -c 'org.jiedao.fixture.hello 1\.0\.' <<<"$out")" -ge 2 -a -z "$(grep -F 'hello.feature' <<<"$out")"
out=$(cli modules revert 2>&1); rc=$?
check "modules revert (to the state before)" test "$rc" = 0
[ "$rc" = 0 ] || echo "$out" | sed 's/^/        /'
check "1.0.0 runs again" test -n "$(cli fixture-hello 2>&1 | grep -E '^fixture-hello 1\.0\.0')"

echo "uninstall keeps the data"
out=$(cli modules uninstall org.jiedao.fixture.hell 2>&1); rc=$?
check "uninstall of a mistyped id: exit 1, not installed, did you mean org.jiedao.fixture.hello?" \
  test "$rc" = 1 -a -n "$(grep -F 'is not installed' <<<"$out" | grep -F 'Did you mean org.jiedao.fixture.hello?')"
out=$(cli modules uninstall org.jiedao.fixture.hello.feature 2>&1); rc=$?
check "uninstall by the old feature id (exit 0)" test "$rc" = 0 -a -n "$(grep -F -- '- org.jiedao.fixture.hello 1.0.0' <<<"$out")"
cli fixture-hello >/dev/null 2>&1; rc=$?
check "its command is gone (exit 2)" test "$rc" = 2
t0=$(now); out=$(cli modules install org.jiedao.fixture.hello 2>&1); rc=$?; t_http=$(secs "$t0" "$(now)")
check "reinstall from the configured http repository" test "$rc" = 0
check "the row written before uninstalling is there again" test -n "$(cli fixture-hello read 2>&1 | grep -F 'kept across uninstall')"

wait "$refusals"; failures=$((failures + $?))
cat "$tmp/refusals.log"

# the install from file: again, timed now that nothing else of this test runs beside it
cli modules uninstall org.jiedao.fixture.hello >/dev/null 2>&1
cli modules repositories remove "$HTTP_REPO" >/dev/null 2>&1
t0=$(now); out=$(cli modules install org.jiedao.fixture.hello --repository "$FILE_REPO" 2>&1); rc=$?; t_file_quiet=$(secs "$t0" "$(now)")
check "install over file: once more, alone" test "$rc" = 0 -a -n "$(grep -F '+ org.jiedao.fixture.hello 1.0.0' <<<"$out")"

audit_after=$(audited)
check "the module changes are in the audit trail, which is intact ($audit_before -> $audit_after records)" \
  test -n "$audit_after" -a "${audit_after:-0}" -ge $(( ${audit_before:-0} + 9 ))

echo
echo "timings (2 cores; each includes starting jiedao-cli, which alone took $t_list s for 'modules list'):"
echo "  install from file:               $t_file s (while the 1.0.1 build and the refusals ran), $t_file_quiet s (alone)"
echo "  update to 1.0.1 over loopback http $t_http_update s"
echo "  install from loopback http       $t_http s"
echo "delivery test: $(( $(date +%s) - start )) s, $failures failure(s)"
[ "$failures" = 0 ]
