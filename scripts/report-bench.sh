#!/usr/bin/env bash
# The report benchmark (issue #5 item 8): an annual report whose appendix lists 5,000 tasks, as DOCX and XLSX,
# through the API on the embedded PostgreSQL; the median of a few runs. Not part of the normal test run.
#
#   scripts/report-bench.sh                       5,000 tasks, 5 runs
#   scripts/report-bench.sh -Dbench.tasks=20000 -Dbench.runs=3 -Dbench.pdf=true
#
# The figures are printed and written to target/report-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=TaskReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true "$@" >target/report-bench.log 2>&1 \
  || { tail -50 target/report-bench.log; exit 1; }
cat target/report-bench.txt
