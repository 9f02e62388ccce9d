#!/usr/bin/env bash
# Smoke test of the materialized products as a user meets them: the launcher scripts, the CLI,
# exit codes, --data before or after the command, another current directory, a missing Java, and
# the workbench window under Xvfb (screenshot in releng/org.jiedao.product/target/smoke-*.png).
# Everything runs on 'jiedao-all'; on 'jiedao' (the platform only, the same launcher and platform code) the
# launcher's own answers, modules list, init and the workbench window, to keep ./dev test short.
set -uo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROOT=$PWD
PRODUCTS=releng/org.jiedao.product/target/products
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a PATH with the tools the launcher uses but without java
mkdir -p "$tmp/nojava-bin"
for tool in sh dirname readlink sed awk head ls sort tail mkdir; do ln -s "$(command -v "$tool")" "$tmp/nojava-bin/$tool"; done

check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then echo "  ok    $what"; else echo "  FAIL  $what"; failures=$((failures + 1)); fi
}

for product in jiedao jiedao-all; do
  # a copy of the materialized product, so that the caches its runs write (OSGi state, class-data archive) never
  # meet the other tests of ./dev test that copy the same product at the same time
  cp -a "$ROOT/$PRODUCTS/$product/linux/gtk/x86_64" "$tmp/product-$product"
  home=$tmp/product-$product
  echo "product $product ($ROOT/$PRODUCTS/$product/linux/gtk/x86_64, run from a copy)"
  data="$tmp/data $product"   # a space in the path on purpose
  cd "$tmp"                   # not the product folder
  ln -sf "$home/jiedao-cli" "$tmp/jiedao-cli-link"

  out=$("$home/jiedao-cli" --help 2>&1); rc=$?
  check "jiedao-cli --help exits 0 and lists 'modules'" test "$rc" = 0 -a -n "$(grep -F 'modules' <<<"$out")"

  # --version and help are answered by the launcher script (help from the data folder's cache after the first
  # time); JIEDAO_CLI_SHORTCUTS=off makes the JVM answer: both must say the same
  languages="en zh"; [ "$product" = jiedao-all ] || languages=en
  for lang in $languages; do
    jvm_version=$(JIEDAO_CLI_SHORTCUTS=off "$home/jiedao-cli" --data "$data" --lang "$lang" --version 2>&1)
    out=$("$home/jiedao-cli" --data "$data" --lang "$lang" --version 2>&1); rc=$?
    check "--version ($lang) from the launcher equals the JVM's answer ($out)" test "$rc" = 0 -a "$out" = "$jvm_version"
    jvm_help=$(JIEDAO_CLI_SHORTCUTS=off "$home/jiedao-cli" --data "$data" --lang "$lang" help 2>&1)
    first=$("$home/jiedao-cli" --data "$data" --lang "$lang" help 2>&1)
    out=$("$home/jiedao-cli" --data "$data" --lang "$lang" --help 2>&1); rc=$?
    check "help ($lang) the first time and from the cache equals the JVM's answer" \
      test "$rc" = 0 -a "$first" = "$jvm_help" -a "$out" = "$jvm_help" -a -n "$(ls "$data"/.metadata/.jiedao-cli-help-"$lang"* 2>/dev/null)"
  done

  out=$("$home/jiedao-cli" --data "$data" modules list --format tsv 2>&1); rc=$?
  check "modules list (--data before the command) lists org.jiedao.platform" \
    test "$rc" = 0 -a -n "$(grep -P '^org\.jiedao\.platform\t' <<<"$out")"
  check "the data folder was created" test -d "$data"
  if [ "$product" = jiedao-all ]; then
    # one id per module: the p2 features org.jiedao.petitions.feature and org.jiedao.appraisal.feature are
    # listed by module id, the id their bundles declare in org.jiedao.core.modules
    ids=$(cut -f1 <<<"$out")
    check "modules list shows the modules by module id (org.jiedao.petitions, org.jiedao.appraisal), no ….feature" \
      test -n "$(grep -x 'org.jiedao.petitions' <<<"$ids")" -a -n "$(grep -x 'org.jiedao.appraisal' <<<"$ids")" \
      -a -z "$(grep -F '.feature' <<<"$ids")"
  fi

  if [ "$product" = jiedao-all ]; then  # the platform behaves alike in both products: these checks once
    out=$("$tmp/jiedao-cli-link" modules list --data "$data" 2>&1); rc=$?
    check "modules list (--data after the command, through a symlink)" test "$rc" = 0 -a -n "$(grep -F 'org.jiedao.platform' <<<"$out")"

    out=$("$home/jiedao-cli" --lang zh modules list 2>&1 --data "$data"); rc=$?
    check "--lang zh prints Chinese headers" test "$rc" = 0 -a -n "$(grep -F '标识' <<<"$out")"

    "$home/jiedao-cli" --data "$data" frobnicate >/dev/null 2>&1; rc=$?
    check "unknown command exits 2 (exit code passed through)" test "$rc" = 2

    out=$(JIEDAO_JAVA=/nonexistent JAVA_HOME=/nonexistent JIEDAO_JVM_ROOT=$tmp/nojvm PATH=$tmp/nojava-bin \
          /bin/sh "$home/jiedao-cli" --help 2>&1); rc=$?
    check "no Java 17+: exit 127 with a clear message" test "$rc" = 127 -a -n "$(grep -F 'No Java 17 or newer' <<<"$out")"

    "$home/jiedao-cli" --data "$data" org-units list >/dev/null 2>&1; rc=$?
    check "a data command on a data folder without users exits 4 (run init first)" test "$rc" = 4
  fi

  out=$(JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass' "$home/jiedao-cli" --data "$data" init 2>&1); rc=$?
  check "init creates the administrator from JIEDAO_USER/JIEDAO_PASSWORD" test "$rc" = 0 -a -n "$(grep -F 'chief' <<<"$out")"
  if [ "$product" = jiedao-all ]; then  # the platform behaves alike in both products: these checks once
    "$home/jiedao-cli" --data "$data" init </dev/null >/dev/null 2>&1; rc=$?
    check "init on an initialised folder exits 1 and changes nothing" test "$rc" = 1

    export JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass'
    out=$(printf '%s\n' 'org-units create 320508 姑苏区 --level 区' \
          'org-units create 320508001 沧浪街道 --level street --parent 320508' 'org-units list --format tsv' \
          | "$home/jiedao-cli" --data "$data" shell 2>&1); rc=$?
    check "org-units create and list on the embedded database (three lines of one 'shell')" \
      test "$rc" = 0 -a -n "$(grep -P '^320508001\t沧浪街道\tstreet\t320508\t/320508/320508001/$' <<<"$out")" \
      -a "$(grep -c '^# exit 0$' <<<"$out")" = 3
    check "no database noise on the console" test -z "$(grep -iE 'exception|warning|liquibase|summary' <<<"$out")"

    out=$("$home/jiedao-cli" --data "$data" --lang zh org-units create 320508001001 桂花社区 --level 网格 --parent 320508001 2>&1); rc=$?
    check "a grid under a street is refused with exit 3 and a Chinese reason" test "$rc" = 3 -a -n "$(grep -F '网格必须直属于社区' <<<"$out")"

    printf '# a comment\n\norg-units list --format tsv\norg-units frobnicate\norg-units list\n' >"$tmp/lines.txt"
    out=$("$home/jiedao-cli" --data "$data" --lang en shell --file "$tmp/lines.txt" 2>&1); rc=$?
    check "shell --file stops at the failing line with its exit code (2) and says which line it was" \
      test "$rc" = 2 -a "$(grep -c '^# exit ' <<<"$out")" = 2 -a -n "$(grep -F 'Stopped at line 4' <<<"$out")"
    out=$("$home/jiedao-cli" --data "$data" --lang en shell --file "$tmp/lines.txt" --keep-going 2>&1); rc=$?
    check "shell --keep-going runs every line and still exits 2" \
      test "$rc" = 2 -a "$(grep -c '^# exit ' <<<"$out")" = 3 -a "$(grep -c '沧浪街道' <<<"$out")" = 2

    out=$(JIEDAO_PASSWORD=wrong "$home/jiedao-cli" --data "$data" org-units list 2>&1); rc=$?
    check "a wrong password exits 4 without saying which part was wrong" test "$rc" = 4 -a -n "$(grep -F 'Wrong user name or password' <<<"$out")"
    out=$(printf 'chief\nStr0ng-pass\n' | env -u JIEDAO_USER -u JIEDAO_PASSWORD "$home/jiedao-cli" --data "$data" users list 2>&1); rc=$?
    check "without the variables the CLI asks for user and password" test "$rc" = 0 -a -n "$(grep -E 'district.admin' <<<"$out")"
    unset JIEDAO_USER JIEDAO_PASSWORD

    out=$(JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass' "$home/jiedao-cli" --data "$data" audit verify 2>&1); rc=$?
    check "audit verify: the org-unit changes are in an intact chain" test "$rc" = 0 -a -n "$(grep -E 'intact: [1-9]' <<<"$out")"

    backups="$tmp/backups $product"
    out=$(JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass' "$home/jiedao-cli" --data "$data" backup "$backups" 2>&1); rc=$?
    backup=$(ls -d "$backups"/jiedao-backup-* 2>/dev/null | head -n 1)
    check "backup writes a backup folder" test "$rc" = 0 -a -n "$backup" -a -f "$backup/jiedao-backup.properties"
    JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass' "$home/jiedao-cli" --data "$data" org-units create 320507 相城区 --level district >/dev/null 2>&1
    out=$(JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass' "$home/jiedao-cli" --data "$data" restore "$backup" 2>&1 \
          && JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass' "$home/jiedao-cli" --data "$data" org-units list --format tsv 2>&1); rc=$?
    check "restore brings back the state of the backup (the unit created after it is gone)" \
      test "$rc" = 0 -a -n "$(grep -F '沧浪街道' <<<"$out")" -a -z "$(grep -F '相城区' <<<"$out")"
    check "restore keeps the previous database beside the restored one" test -n "$(ls -d "$data"/database-before-restore-* 2>/dev/null)"
    "$home/jiedao-cli" --data "$data" restore "$backup" >/dev/null 2>&1 </dev/null; rc=$?
    check "restore without signing in exits 4" test "$rc" = 4
    # a new machine after a disk failure: restore into a missing data folder needs no sign-in, the backup's users sign in
    fresh="$tmp/new machine $product"
    out=$("$home/jiedao-cli" --data "$fresh" restore "$backup" 2>&1 </dev/null \
          && JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass' "$home/jiedao-cli" --data "$fresh" org-units list --format tsv 2>&1); rc=$?
    check "restore into a new data folder needs no sign-in; the backup's administrator then reads its units there" \
      test "$rc" = 0 -a -n "$(grep -F '沧浪街道' <<<"$out")"
    damaged="$tmp/damaged $product"
    cp -a "$backup" "$damaged"
    truncate -s 4096 "$(ls -S "$damaged"/database/seg0/* | head -n 1)"
    out=$(JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass' "$home/jiedao-cli" --data "$data" --lang en restore "$damaged" 2>&1); rc=$?
    after=$(JIEDAO_USER=chief JIEDAO_PASSWORD='Str0ng-pass' "$home/jiedao-cli" --data "$data" org-units list --format tsv 2>&1)
    check "a truncated backup is refused (exit 1, 'incomplete or damaged') and the data folder is left as it was" \
      test "$rc" = 1 -a -n "$(grep -F 'incomplete or damaged' <<<"$out")" -a -n "$(grep -F '沧浪街道' <<<"$after")" \
      -a "$(ls -d "$data"/database-before-restore-* | wc -l)" = 1
    out=$("$home/jiedao-cli" --data "$tmp/other $product" --lang en restore "$tmp/nojava-bin" 2>&1 </dev/null); rc=$?
    check "a folder that is not a backup is refused with exit 1" test "$rc" = 1 -a -n "$(grep -F 'is not a Jiedao backup' <<<"$out")"

    demo="$tmp/demo $product"
    out=$("$home/jiedao-cli" --data "$demo" init --demo 2>&1 && JIEDAO_USER=huachen JIEDAO_PASSWORD=jiedao-demo-2021 \
          "$home/jiedao-cli" --data "$demo" org-units list --format tsv 2>&1); rc=$?
    check "init --demo loads the seed's units and demo accounts" test "$rc" = 0 -a -n "$(grep -F '华辰嘉园社区' <<<"$out")"
    out=$(JIEDAO_USER=huachen JIEDAO_PASSWORD=jiedao-demo-2021 "$home/jiedao-cli" --data "$demo" restore "$backup" 2>&1); rc=$?
    check "restore over a folder with users by a community worker exits 4" test "$rc" = 4
    out=$(JIEDAO_USER=huachen JIEDAO_PASSWORD=jiedao-demo-2021 "$home/jiedao-cli" --data "$demo" users list --format tsv 2>&1); rc=$?
    check "users list for a community worker: the users of her community only, no district administrator" \
      test "$rc" = 0 -a -n "$(grep -P '^huachen\t' <<<"$out")" -a -z "$(grep -P '\tdistrict-admin\t' <<<"$out")"

    "$home/jiedao-cli" --data >/dev/null 2>&1; rc=$?
    check "--data without a directory exits 2" test "$rc" = 2

    # import and export through the product's scripts (format org-units)
    export JIEDAO_USER=admin JIEDAO_PASSWORD=jiedao-demo-2021
    out=$("$home/jiedao-cli" --data "$demo" export org-units "$tmp/units $product.xlsx" --under 沧浪街道 2>&1); rc=$?
    check "export org-units to .xlsx (--under a street by name)" test "$rc" = 0 -a -n "$(grep -F 'Exported 5 rows' <<<"$out")"
    out=$("$home/jiedao-cli" --data "$demo" import org-units "$tmp/units $product.xlsx" --dry-run 2>&1); rc=$?
    check "the export imports again (dry run: valid, nothing written)" test "$rc" = 0 -a -n "$(grep -F 'All 5 rows are valid' <<<"$out")"
    printf 'code,name,parent,level\nT-1,新网格,320508001001,网格\nT-2,错网格,320508001,网格\n' >"$tmp/units-bad.csv"
    out=$("$home/jiedao-cli" --data "$demo" --lang zh import org-units "$tmp/units-bad.csv" 2>&1); rc=$?
    check "an import with a bad row exits 3, names row and column in Chinese, writes nothing" \
      test "$rc" = 3 -a -n "$(grep -F '第 3 行〔parent〕' <<<"$out")"
    out=$("$home/jiedao-cli" --data "$demo" import org-units "$tmp/units-bad.csv" --skip-invalid "$tmp/rejects.csv" 2>&1); rc=$?
    check "--skip-invalid imports the good row, writes the bad one to the rejects file, exits 5" \
      test "$rc" = 5 -a -n "$(grep -F 'T-2,错网格' "$tmp/rejects.csv" 2>/dev/null)"
    out=$("$home/jiedao-cli" --data "$demo" import org-units "$ROOT/README.md" 2>&1); rc=$?
    check "a file that is not a table is refused with exit 3 and no stack trace" test "$rc" = 3 -a -z "$(grep -F 'Exception' <<<"$out")"

    if [ "$product" = jiedao-all ] && command -v script >/dev/null; then
      # SIGKILL in the middle of large imports (3,000 grids in one transaction, killed 0.5, 2 and 5 s
      # into the write step, then one to its end): all or nothing of each, and the audit chain verifies
      out=$("$ROOT/releng/kill-import-test.sh" "$home" "$demo" 2>&1); rc=$?
      sed 's/^/        /' <<<"$out"
      check "killed (SIGKILL) in the middle of imports: each import all or nothing, the audit chain intact after each" test "$rc" = 0
    fi
    unset JIEDAO_USER JIEDAO_PASSWORD
  fi

  if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
    shot=$ROOT/releng/org.jiedao.product/target/smoke-$product.png
    xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
      "$1" --data "$2" --lang zh >"$3/gui.log" 2>&1 &
      pid=$!
      for _ in $(seq 1 120); do
        # the launcher script stays (it restarts the workbench on request); the window belongs to its JVM child
        jvm=$(pgrep -P "$pid" java | head -n 1)
        if [ -n "$jvm" ] && xdotool search --onlyvisible --pid "$jvm" >/dev/null 2>&1; then
          sleep 3; import -window root "$4"
          # the workbench holds the embedded database: a second program is told so plainly
          JIEDAO_USER=chief JIEDAO_PASSWORD=Str0ng-pass "$5" --data "$2" org-units list >"$3/locked.out" 2>&1
          echo "$?" >"$3/locked.rc"
          # stopping the launcher script stops the workbench with it
          kill "$pid"; wait "$pid" 2>/dev/null
          for _ in $(seq 1 40); do kill -0 "$jvm" 2>/dev/null || break; sleep 0.25; done
          kill -0 "$jvm" 2>/dev/null && { echo "the workbench JVM outlived its launcher script" >>"$3/gui.log"; kill -9 "$jvm"; exit 1; }
          exit 0
        fi
        kill -0 "$pid" 2>/dev/null || exit 1
        sleep 0.25
      done
      kill "$pid"; exit 1' _ "$home/jiedao" "$data" "$tmp" "$shot" "$home/jiedao-cli"
    rc=$?
    check "the first window (sign-in) appears under Xvfb (screenshot $(basename "$shot"))" test "$rc" = 0
    check "while the workbench holds the database, jiedao-cli says so and exits 1" \
      test "$(cat "$tmp/locked.rc" 2>/dev/null)" = 1 -a -n "$(grep -F 'in use by another Jiedao program' "$tmp/locked.out" 2>/dev/null)"
    [ "$rc" = 0 ] || sed 's/^/        /' "$tmp/gui.log" | tail -20
  fi
  cd "$ROOT"
done

if [ "$failures" -gt 0 ]; then
  echo "smoke test: $failures failure(s)"; exit 1
fi
echo "smoke test: all checks passed"
