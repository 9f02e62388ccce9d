#!/usr/bin/env bash
# Generates a new domain module from releng/module-template/ and registers it in the build:
#   releng/new-module.sh ID CHINESE_NAME ENGLISH_NAME
#   releng/new-module.sh org.jiedao.demo 演示 Demo
# makes
#   bundles/ID            headless bundle: API (ID), an entity on ScopedVersionedEntity, a DS service, the
#                         Liquibase changelog, an import/export format, a dashboard widget, demo data
#   bundles/ID.ui         a part listing the entries, a menu and a command showing it (fragment.e4xmi)
#   features/ID           the feature ID.feature (both bundles)
#   tests/ID.tests        an OSGi test (fragment of ID) of the service, the format, the widget and the demo data
# and adds them to bundles/pom.xml, features/pom.xml, tests/pom.xml, the p2 category
# (releng/org.jiedao.product/category.xml) and the product jiedao-all. Then build and test the module alone:
#   ./mvnw verify -pl targetplatform,bundles,features,tests,bundles/ID,bundles/ID.ui,tests/ID.tests -am
# docs/new-module.md says what to change first. ROOT (default: this checkout) generates elsewhere.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
root=${ROOT:-$here}
usage() { sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -eq 3 ] || usage
id=$1 zh=$2 en=$3
if ! [[ $id =~ ^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+$ ]]; then
  echo "The module id \"$id\" is not a bundle name of lower-case words joined by dots (e.g. org.jiedao.demo)." >&2; exit 2
fi
short=${id##*.}
if [ ${#short} -gt 12 ]; then
  echo "The last word of \"$id\" (\"$short\") names the tables and the format: at most 12 letters." >&2; exit 2
fi
if [ -z "${zh// /}" ] || [ -z "${en// /}" ]; then echo "Give both names, Chinese and English." >&2; exit 2; fi
for d in "bundles/$id" "bundles/$id.ui" "features/$id" "tests/$id.tests"; do
  [ ! -e "$root/$d" ] || { echo "$d exists already: nothing generated." >&2; exit 1; }
done
python3 - "$here/releng/module-template" "$root" "$id" "$short" "$zh" "$en" <<'PY'
import os, re, shutil, sys
template, root, mid, short, zh, en = sys.argv[1:]
typ = short[0].upper() + short[1:]
tokens = {"__ID__": mid, "__PATH__": mid.replace(".", "/"), "__SHORT__": short, "__Type__": typ,
          "__PREFIX__": short.upper(), "__ZH__": zh, "__EN__": en}
def sub(text):
    for k, v in tokens.items():
        text = text.replace(k, v)
    return text
def escape(text):  # .properties files are read as ISO-8859-1 (releng/scripts/escape-properties.py)
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)
targets = {"__ID__": "bundles/" + mid, "__ID__.ui": "bundles/" + mid + ".ui", "__ID__.feature": "features/" + mid,
           "__ID__.tests": "tests/" + mid + ".tests"}
for part, dest in targets.items():
    for dirpath, _, files in os.walk(os.path.join(template, part)):
        rel = os.path.relpath(dirpath, os.path.join(template, part))
        for f in files:
            src = os.path.join(dirpath, f)
            out = os.path.join(root, dest, sub(rel), sub(f))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            if f.endswith(".png"):
                shutil.copyfile(src, out)
                continue
            text = sub(open(src, encoding="utf-8").read())
            if f.endswith(".properties") and f != "build.properties":
                text = escape(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text))
            open(out, "w", encoding="utf-8").write(text)
def register(path, anchor, line, after=True):
    p = os.path.join(root, path)
    text = open(p, encoding="utf-8").read()
    if line.strip() in text:
        return
    i = text.rindex(anchor) if after else text.index(anchor)
    j = i + len(anchor) if after else i
    text = text[:j] + line + text[j:]
    open(p, "w", encoding="utf-8").write(text)
register("bundles/pom.xml", "</module>\n", "    <module>%s</module>\n    <module>%s.ui</module>\n" % (mid, mid))
register("features/pom.xml", "    <module>org.jiedao.sdk</module>", "    <module>%s</module>\n" % mid, after=False)
register("tests/pom.xml", "  </modules>", "    <module>%s.tests</module>\n" % mid, after=False)
register("releng/org.jiedao.product/category.xml", "   <feature id=\"org.jiedao.sdk\"",
         "   <feature id=\"%s.feature\" version=\"0.0.0\">\n      <category name=\"org.jiedao.category.modules\"/>\n   </feature>\n" % mid, after=False)
register("releng/org.jiedao.product/jiedao-all.product", "   </features>",
         "      <feature id=\"%s.feature\" installMode=\"root\"/>\n" % mid, after=False)
print("Generated %s (%s, %s): bundles/%s, bundles/%s.ui, features/%s, tests/%s.tests" % (mid, zh, en, mid, mid, mid, mid))
PY
echo "Build and test it:  ./mvnw verify -pl targetplatform,bundles,features,tests,bundles/$id,bundles/$id.ui,features/$id,tests/$id.tests -am"
