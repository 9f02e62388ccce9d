# Shared by the 'jiedao' and 'jiedao-cli' launcher scripts (sourced, not run).
# Finds a Java 17+ runtime, takes the launcher's own options from anywhere in the command line
# and starts Equinox from this product folder, whatever the current directory is.
#
#   --data DIR     data folder (default: $JIEDAO_DATA, else ~/.jiedao)
#   --lang zh|en   language of the user interface (default: the system locale)
# Environment: JIEDAO_DATA, JIEDAO_JAVA (a java executable), JAVA_HOME, JIEDAO_JVM_ROOT (where JDKs
# are installed, default /usr/lib/jvm), JIEDAO_VMARGS (JVM options, default -Xmx1g -XX:+UseSerialGC).

jiedao_die() {
  printf '%s\n' "$1" >&2
  [ -n "${2:-}" ] && printf '%s\n' "$2" >&2
  exit "${3:-1}"
}

# prints the major version of the java executable $1, or nothing
jiedao_java_major() {
  "$1" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9.]*\).*/\1/p' | head -n 1 | awk -F. '{ if ($1 == 1) print $2; else print $1 }'
}

jiedao_find_java() {
  for candidate in "${JIEDAO_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)" \
      "${JIEDAO_JVM_ROOT:-/usr/lib/jvm}"/java-17-openjdk-*/bin/java "${JIEDAO_JVM_ROOT:-/usr/lib/jvm}"/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major=$(jiedao_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 17 ] 2>/dev/null; then
      JIEDAO_JAVA_EXE=$candidate
      JIEDAO_JAVA_MAJOR=$major
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

  # p2.httpRule=allow: module repositories may be plain http (an intranet mirror); p2 would rewrite them to
  # https. What is installed must still be signed by a trusted key (README "Modules: install, update, roll back").
  # shellcheck disable=SC2086 # JIEDAO_VMARGS is a list of options
  set -- ${JIEDAO_VMARGS:--Xmx1g -XX:+UseSerialGC} -Dosgi.requiredJavaVersion=17 -Dp2.httpRule=allow \
      "-Dosgi.logfile=$data/.metadata/.log" -jar "$launcher" \
      -data "$data" ${lang:+-nl} ${lang:+"$lang"} "$@"
  if [ "$JIEDAO_JAVA_MAJOR" -ge 22 ]; then
    set -- --enable-native-access=ALL-UNNAMED "$@"
  fi
  if [ "$mode" = cli ]; then
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
