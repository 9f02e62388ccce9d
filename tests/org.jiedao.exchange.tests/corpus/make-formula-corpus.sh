#!/usr/bin/env bash
# Remakes the formula corpus of the exchange tests (the committed files are what the tests read; CI has
# no LibreOffice):
#   formulas-lo.xlsx, formulas-lo.xls   LibreOffice (soffice --headless --convert-to) from formulas.fods:
#                                        formulas with the results LibreOffice calculated, as Excel and WPS keep them
#   formulas-poi.xlsx, formulas-poi.xls  the same sheets made by Apache POI, formulas evaluated (FormulaCorpusWriter)
#   formulas-uncalculated.xls            the same by POI, never evaluated
# (formula.xlsx, a POI formula without a result, is made by CorpusWriter with the rest of the corpus.)
#   tests/org.jiedao.exchange.tests/corpus/make-formula-corpus.sh
# Needs soffice (Debian: libreoffice-calc) and Java 17; POI and its dependencies are taken from the local Maven
# repository (a build has put them there), or from POI_CLASSPATH.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
repo=${M2_REPO:-$HOME/.m2/repository}
newest() { find "$repo/$1" -maxdepth 2 -name "$2-[0-9]*.jar" ! -name '*-sources.jar' 2>/dev/null | sort -V | tail -n 1; }
if [ -z "${POI_CLASSPATH:-}" ]; then
  parts=()
  for a in "org/apache/poi/poi poi" "org/apache/poi/poi-ooxml poi-ooxml" "org/apache/poi/poi-ooxml-lite poi-ooxml-lite" \
           "org/apache/xmlbeans/xmlbeans xmlbeans" "commons-io/commons-io commons-io" "commons-codec/commons-codec commons-codec" \
           "org/apache/commons/commons-collections4 commons-collections4" "org/apache/commons/commons-compress commons-compress" \
           "org/apache/commons/commons-math3 commons-math3" "org/apache/logging/log4j/log4j-api log4j-api" \
           "com/zaxxer/SparseBitSet SparseBitSet"; do
    set -- $a
    jar=$(newest "$1" "$2")
    [ -n "$jar" ] || { echo "no $2 jar under $repo/$1 (build once, or set POI_CLASSPATH)" >&2; exit 1; }
    parts+=("$jar")
  done
  POI_CLASSPATH=$(IFS=:; echo "${parts[*]}")
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
soffice --headless -env:UserInstallation=file://$out/profile --convert-to xlsx --outdir "$out" formulas.fods >/dev/null
soffice --headless -env:UserInstallation=file://$out/profile --convert-to xls --outdir "$out" formulas.fods >/dev/null
cp "$out/formulas.xlsx" formulas-lo.xlsx
cp "$out/formulas.xls" formulas-lo.xls
java -cp "$POI_CLASSPATH" ../src/org/jiedao/exchange/tests/FormulaCorpusWriter.java .
ls -l formulas-lo.xlsx formulas-lo.xls formulas-poi.xlsx formulas-poi.xls formulas-uncalculated.xls
