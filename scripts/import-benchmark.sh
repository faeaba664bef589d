#!/usr/bin/env bash
# Times the document importer: a 50 KB document from bytes to proposal (median, p95) as TXT and DOCX,
# and a batch of 1,000 documents. Not a test; the figures go to docs/import.md.
#   scripts/import-benchmark.sh [corpus dir]
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=target/classes/vn/nhiemvu/importer/ImportBenchmark.class
if [ ! -f "$stamp" ] || [ -n "$(find src/main/java src/main/resources -newer "$stamp" -print -quit)" ]; then
  ./mvnw -q -B compile
fi
if [ ! -f target/import-classpath.txt ] || [ pom.xml -nt target/import-classpath.txt ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/import-classpath.txt -Dmdep.includeScope=runtime
fi
java -Xmx512m -cp "target/classes:$(cat target/import-classpath.txt)" vn.nhiemvu.importer.ImportBenchmark "${1:-../shared/corpus}"
