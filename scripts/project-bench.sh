#!/usr/bin/env bash
# The S&T portfolio benchmark (issue #4, item 7): 50,000 projects with 20 events each in one agency, generated in
# the embedded PostgreSQL of the test profile; then the register's first page with filters, the year's figures, the
# board and a project's page, each 200 times after a warm-up. Not part of the normal test run.
#
#   scripts/project-bench.sh
#   scripts/project-bench.sh -Dbench.projects=100000 -Dbench.runs=500
#
# The figures are printed and written to target/project-bench.txt (copied into docs/projects.md by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=ProjectBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true "$@" \
    >target/project-bench.log 2>&1 || { tail -50 target/project-bench.log; exit 1; }
cat target/project-bench.txt
