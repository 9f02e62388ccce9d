# Shared by the 'jiedao' and 'jiedao-cli' launcher scripts (sourced, not run).
# Finds a Java 17+ runtime, takes the launcher's own options from anywhere in the command line
# and starts Equinox from this product folder, whatever the current directory is.
#
#   --data DIR     data folder (default: $JIEDAO_DATA, else ~/.jiedao)
#   --lang zh|en   language of the user interface (default: the system locale)
# Environment: JIEDAO_DATA, JIEDAO_JAVA (a java executable), JAVA_HOME, JIEDAO_JVM_ROOT (where JDKs
# are installed, default /usr/lib/jvm), JIEDAO_VMARGS (JVM options, default -Xmx1g -XX:+UseSerialGC; for
# jiedao-cli see JIEDAO_CLI_VMARGS), JIEDAO_CLI_SHORTCUTS=off (jiedao-cli --version and help always start the JVM),
# JIEDAO_CLI_CDS=off (no class-data sharing archive for jiedao-cli).

# The JVM options of jiedao-cli when JIEDAO_VMARGS does not set them. Most commands run for a second or two:
# a small initial heap (the resident memory follows what is used), and the optimising JIT (C2) only for code that
# runs very often (ten times its default thresholds): C2 would otherwise compile start-up code for longer than
# the command runs, on the second core; hot loops such as the password hash at sign-in still get it.
JIEDAO_CLI_VMARGS="-Xmx1g -Xms32m -XX:+UseSerialGC -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 \
-XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"

jiedao_die() {
  printf '%s\n' "$1" >&2
  [ -n "${2:-}" ] && printf '%s\n' "$2" >&2
  exit "${3:-1}"
}

# prints the version of the java executable $1 (as its java.version property, e.g. 17.0.15), or nothing
jiedao_java_version() {
  "$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1
}

# prints the major version of a Java version string (1.8.0_402 -> 8, 17.0.15 -> 17, 25-ea -> 25), or nothing
jiedao_java_major() {
  printf '%s\n' "$1" | sed -n 's/^\([0-9][0-9.]*\).*/\1/p' | awk -F. '{ if ($1 == 1) print $2; else print $1 }'
}

jiedao_find_java() {
  for candidate in "${JIEDAO_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)" \
      "${JIEDAO_JVM_ROOT:-/usr/lib/jvm}"/java-17-openjdk-*/bin/java "${JIEDAO_JVM_ROOT:-/usr/lib/jvm}"/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    version=$(jiedao_java_version "$candidate")
    major=$(jiedao_java_major "$version")
    if [ -n "$major" ] && [ "$major" -ge 17 ] 2>/dev/null; then
      JIEDAO_JAVA_EXE=$candidate
      JIEDAO_JAVA_MAJOR=$major
      JIEDAO_JAVA_VERSION=$version
      return 0
    fi
  done
  jiedao_die "未找到 Java 17 或更高版本。请安装（Debian：sudo apt-get install openjdk-17-jre），或用 JAVA_HOME / JIEDAO_JAVA 指定。" \
             "No Java 17 or newer runtime was found. Install one (Debian: sudo apt-get install openjdk-17-jre) or point JAVA_HOME or JIEDAO_JAVA at it." 127
}

# jiedao_launch MODE ARGS... ; MODE is gui or cli
jiedao_launch() {
  mode=$1
  shift
  data=${JIEDAO_DATA:-$HOME/.jiedao}
  lang=
  # take --data/--lang out of the arguments, keep everything else in order
  n=$#
  i=0
  passthrough=0
  while [ "$i" -lt "$n" ]; do
    arg=$1
    shift
    i=$((i + 1))
    if [ "$passthrough" = 1 ]; then
      set -- "$@" "$arg"
      continue
    fi
    case $arg in
      --data)
        [ "$i" -lt "$n" ] || jiedao_die "选项 --data 需要一个目录。" "The option --data needs a directory." 2
        data=$1; shift; i=$((i + 1)) ;;
      --data=*) data=${arg#--data=} ;;
      --lang)
        [ "$i" -lt "$n" ] || jiedao_die "选项 --lang 需要 zh 或 en。" "The option --lang needs zh or en." 2
        lang=$1; shift; i=$((i + 1)) ;;
      --lang=*) lang=${arg#--lang=} ;;
      --) passthrough=1; set -- "$@" "$arg" ;;
      *) set -- "$@" "$arg" ;;
    esac
  done
  if [ -z "$lang" ]; then
    # follow the user's locale even when the C library lacks it (Java would fall back to English)
    case ${LC_ALL:-${LC_MESSAGES:-${LANG:-}}} in
      zh*) lang=zh ;;
    esac
  fi
  case $lang in
    "") ;;
    zh|zh_CN|zh-CN) lang=zh_CN ;;
    en|en_US|en-US) lang=en_US ;;
    *) jiedao_die "不支持的语言“$lang”：请用 zh 或 en。" "Unsupported language '$lang': use zh or en." 2 ;;
  esac
  [ -n "$data" ] || jiedao_die "数据文件夹不能为空。" "The data folder must not be empty." 2
  mkdir -p "$data" 2>/dev/null || jiedao_die "无法创建数据文件夹 $data。" "Cannot create the data folder $data." 1
  data=$(cd "$data" && pwd) || jiedao_die "无法进入数据文件夹。" "Cannot open the data folder." 1
  [ -w "$data" ] || jiedao_die "数据文件夹 $data 不可写。" "The data folder $data is not writable." 1
  mkdir -p "$data/.metadata"   # Equinox writes its log there (and to the console when it cannot)

  launcher=$(ls "$JIEDAO_HOME"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | sort -V | tail -n 1)
  [ -n "$launcher" ] || jiedao_die "安装不完整：$JIEDAO_HOME/plugins 中没有 Equinox 启动器。" \
                              "Broken installation: no Equinox launcher in $JIEDAO_HOME/plugins." 1
  jiedao_find_java

  # jiedao-cli --version and help without starting Equinox (JIEDAO_CLI_SHORTCUTS=off always starts it): answered
  # here when Equinox would use this product's own configuration (a writable product folder), from the same
  # sources it would read them from
  help_cache=
  help_key=
  bundles_info=$JIEDAO_HOME/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
  if [ "$mode" = cli ] && [ $# = 1 ] && [ "${JIEDAO_CLI_SHORTCUTS:-on}" != off ] \
      && [ -w "$JIEDAO_HOME/configuration" ] && [ -r "$bundles_info" ]; then
    case $1 in
      --version)
        # the version of the org.jiedao.cli bundle Equinox would start, and of the Java found above
        cli_version=$(sed -n 's/^org\.jiedao\.cli,\([^,]*\),.*/\1/p' "$bundles_info" | tail -n 1)
        case $lang:${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
          *[Gg][Bb]*) cli_version= ;;   # a GBK/GB18030 terminal: Java writes its encoding
        esac
        if [ -n "$cli_version" ] && [ -n "$JIEDAO_JAVA_VERSION" ]; then
          case $lang in
            zh_CN) printf '街道治理工作台 %s（Java %s）\n' "$cli_version" "$JIEDAO_JAVA_VERSION" ;;
            *) printf 'Jiedao %s (Java %s)\n' "$cli_version" "$JIEDAO_JAVA_VERSION" ;;
          esac
          exit 0
        fi ;;
      help|--help|-h)
        # the list of commands comes from every installed module: the last answer is kept in the data folder,
        # valid while the installed bundles (bundles.info), the language and the JVM options stay the same
        help_cache=$data/.metadata/.jiedao-cli-help-${lang:-default}
        help_key="jiedao-cli-help 1 $(cksum <"$bundles_info") $JIEDAO_HOME lang=$lang env=${LC_ALL:-}|${LC_MESSAGES:-}|${LC_CTYPE:-}|${LANG:-}|${JIEDAO_VMARGS:-}"
        if [ -r "$help_cache" ] && IFS= read -r cached_key <"$help_cache" && [ "$cached_key" = "$help_key" ]; then
          tail -n +2 "$help_cache"
          exit 0
        fi ;;
    esac
  fi

  # p2.httpRule=allow: module repositories may be plain http (an intranet mirror); p2 would rewrite them to
  # https. What is installed must still be signed by a trusted key (README "Modules: install, update, roll back").
  vmargs=${JIEDAO_VMARGS:-}
  if [ -z "$vmargs" ]; then
    if [ "$mode" = cli ]; then vmargs=$JIEDAO_CLI_VMARGS; else vmargs="-Xmx1g -XX:+UseSerialGC"; fi
  fi
  # shellcheck disable=SC2086 # a list of options
  set -- $vmargs -Dosgi.requiredJavaVersion=17 -Dp2.httpRule=allow \
      "-Dosgi.logfile=$data/.metadata/.log" ${help_cache:+"-Djiedao.cli.helpCache=$help_cache"} \
      ${help_key:+"-Djiedao.cli.helpKey=$help_key"} -jar "$launcher" \
      -data "$data" ${lang:+-nl} ${lang:+"$lang"} "$@"
  if [ "$JIEDAO_JAVA_MAJOR" -ge 22 ]; then
    set -- --enable-native-access=ALL-UNNAMED "$@"
  fi
  if [ "$mode" = cli ]; then
    # Class-data sharing: the classes a command loads (the JDK's, Equinox's and the bundles') are kept, parsed and
    # verified, in an archive the first command writes when it exits; later commands map it instead of loading
    # them again. One archive per Java runtime and set of installed bundles, in the product's configuration
    # folder (when writable; JIEDAO_CLI_CDS=off or JIEDAO_VMARGS turn it off). The JVM checks each archived
    # class against the bundle's class file and loads the class file again when it changed.
    if [ -z "${JIEDAO_VMARGS:-}" ] && [ "${JIEDAO_CLI_CDS:-on}" != off ] && [ -w "$JIEDAO_HOME/configuration" ] \
        && [ -r "$bundles_info" ]; then
      cds_dir=$JIEDAO_HOME/configuration/org.jiedao.cli
      cds_key=$( { printf '%s %s ' "$JIEDAO_JAVA_EXE" "$JIEDAO_JAVA_VERSION"; cksum <"$bundles_info"; } | cksum | cut -d' ' -f1)
      cds_file=$cds_dir/classes-$cds_key.jsa
      if [ -s "$cds_file" ]; then
        exec "$JIEDAO_JAVA_EXE" -XX:SharedArchiveFile="$cds_file" -Xlog:cds=off -Xlog:cds+dynamic=off \
          -Djava.awt.headless=true "$@" -nosplash -application org.jiedao.cli.app
      elif mkdir -p "$cds_dir" 2>/dev/null; then
        cds_new=$cds_dir/.classes-$cds_key-$$.jsa
        "$JIEDAO_JAVA_EXE" -XX:ArchiveClassesAtExit="$cds_new" -Xlog:cds=off -Xlog:cds+dynamic=off \
          -Djava.awt.headless=true "$@" -nosplash -application org.jiedao.cli.app
        rc=$?
        if [ -s "$cds_new" ]; then
          for old in "$cds_dir"/classes-*.jsa; do [ -e "$old" ] && rm -f "$old"; done
          mv -f "$cds_new" "$cds_file" 2>/dev/null
        fi
        rm -f "$cds_new"
        exit "$rc"
      fi
    fi
    exec "$JIEDAO_JAVA_EXE" -Djava.awt.headless=true "$@" -nosplash -application org.jiedao.cli.app
  else
    # AWT headless: dashboard charts are drawn by SWT; AWT only measures text (no second X11 toolkit).
    # Exit code 23 is the workbench asking to be restarted (after a module was installed, updated,
    # uninstalled or reverted): the native Eclipse launcher would start it again, so this script does.
    # The JVM runs as a child; a TERM, INT or HUP sent to this script is passed on to it.
    while :; do
      "$JIEDAO_JAVA_EXE" -Djava.awt.headless=true "$@" -consoleLog &
      child=$!
      trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
      wait "$child"
      rc=$?
      while kill -0 "$child" 2>/dev/null; do   # a signal ended the wait, not the JVM
        wait "$child"
        rc=$?
      done
      trap - TERM INT HUP
      [ "$rc" = 23 ] || exit "$rc"
    done
  fi
}
