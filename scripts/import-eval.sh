#!/usr/bin/env bash
# Runs the document importer over every document of ../shared/corpus (no Spring context), writes one
# proposal per document to target/import-eval/<name>.json and scores them with the reference scorer.
#   scripts/import-eval.sh [corpus dir] [output dir] [--verbose]
# See docs/import.md.
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
flags=()
for a in "$@"; do
  case $a in --*) flags+=("$a") ;; *) args+=("$a") ;; esac
done
corpus=${args[0]:-../shared/corpus}
out=${args[1]:-target/import-eval}

stamp=target/classes/vn/nhiemvu/importer/ImportEvaluation.class
if [ ! -f "$stamp" ] || [ -n "$(find src/main/java src/main/resources -newer "$stamp" -print -quit)" ]; then
  ./mvnw -q -B compile
fi
if [ ! -f target/import-classpath.txt ] || [ pom.xml -nt target/import-classpath.txt ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/import-classpath.txt -Dmdep.includeScope=runtime
fi

rm -rf "$out"
java -cp "target/classes:$(cat target/import-classpath.txt)" vn.nhiemvu.importer.ImportEvaluation "$corpus" "$out"
python3 "$corpus/../tools/score_import.py" "$corpus/gold" "$out" "${flags[@]}"
