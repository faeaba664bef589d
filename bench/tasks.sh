#!/usr/bin/env bash
# Benchmark of the task lists and counts (issue #3), search and the dashboard (issue #7); figures in
# docs/benchmarks.md.
#
#   bench/tasks.sh                 build if needed, start the jar with -Xmx512m on target/bench-data, generate
#                                  the data the first time (1,000,000 tasks), then measure
#   bench/tasks.sh --regenerate    wipe the benchmark data directory first
#
# Settings (environment): BENCH_DATA_DIR (target/bench-data), BENCH_PORT (18080), BENCH_TASKS (1000000),
# BENCH_AGENCIES (34), BENCH_BIG_TASKS (100000: the tasks of agency b01, the one wrk reads), BENCH_REQUESTS
# (200 measured requests per case), BENCH_SEARCH_REQUESTS (20 per search), BENCH_WARMUP (50),
# BENCH_WRK_DURATION (20s), BENCH_DURABLE (true: fsync and synchronous commit on, as in production), BENCH_OUT
# (target/bench-results/<time>), BENCH_APP_ARGS (extra arguments for the application).
#
# Needs: a JDK 17+, curl, psql (Debian's postgresql-client; 15 works with the embedded 16), wrk (installed
# with apt-get when missing and run as root). Everything it starts is stopped when it ends.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA_DIR=${BENCH_DATA_DIR:-$ROOT/target/bench-data}
PORT=${BENCH_PORT:-18080}
TASKS=${BENCH_TASKS:-1000000}
AGENCIES=${BENCH_AGENCIES:-34}
BIG_TASKS=${BENCH_BIG_TASKS:-100000}
REQUESTS=${BENCH_REQUESTS:-200}
SEARCH_REQUESTS=${BENCH_SEARCH_REQUESTS:-20}
WARMUP=${BENCH_WARMUP:-50}
WRK_DURATION=${BENCH_WRK_DURATION:-20s}
DURABLE=${BENCH_DURABLE:-true}
OUT=${BENCH_OUT:-$ROOT/target/bench-results/$(date +%Y%m%d-%H%M%S)}
# Extra arguments for the application, e.g. BENCH_APP_ARGS=--logging.level.root=warn
APP_ARGS=${BENCH_APP_ARGS:-}
# Every generated account has this password (bench/generate.sql stores its bcrypt hash).
PASSWORD=bench12345
PASSWORD_HASH='{bcrypt}$2a$10$NPHj0eDbFxQIorgMfUAI3.B5jZIc7E17KBtvxAKNLumqDvrI9ZFM.'
BASE=http://127.0.0.1:$PORT

mkdir -p "$OUT"
REPORT=$OUT/report.md
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
say() { echo "$*" >>"$REPORT"; }
tool() { java "$ROOT/bench/BenchTool.java" "$@"; }

for command in java curl psql; do
    command -v "$command" >/dev/null || { echo "bench: $command is missing" >&2; exit 1; }
done
if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        log "installing wrk"
        apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else
        echo "bench: wrk is missing (apt-get install wrk)" >&2
        exit 1
    fi
fi

# ----- build when the jar is missing or older than the sources

JAR=$ROOT/target/nhiemvu.jar
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
    log "building $JAR"
    ./mvnw -q -B package -DskipTests
fi

# ----- start the application on its own data directory

if [ "${1:-}" = "--regenerate" ]; then
    log "wiping $DATA_DIR"
    rm -rf "$DATA_DIR"
fi
mkdir -p "$DATA_DIR"
APP_LOG=$OUT/app.log
APP_PID=
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the application (pid $APP_PID) and its PostgreSQL"
        kill "$APP_PID"
        for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
    fi
    APP_PID=
}
trap stop_app EXIT
trap 'exit 130' INT TERM

start_app() {
    touch "$APP_LOG"
    local from
    from=$(grep -c "Started NhiemVuApplication" "$APP_LOG" || true)
    REMINDER_RUNS=$(grep -c "Reminders for" "$APP_LOG" || true)
    log "starting the application (-Xmx512m, data in $DATA_DIR, port $PORT, durable=$DURABLE)"
    # Plain-text logs; the access log gives the server time of each request: %D is in microseconds from the
    # first byte read to the last byte written.
    NHIEMVU_LOG_FORMAT= NHIEMVU_ADMIN_PASSWORD=$PASSWORD \
        java -Xmx512m -jar "$JAR" \
        --nhiemvu.database.data-dir="$DATA_DIR" \
        --nhiemvu.database.durable="$DURABLE" \
        --server.port="$PORT" \
        --server.tomcat.accesslog.enabled=true \
        --server.tomcat.accesslog.directory="$OUT" \
        --server.tomcat.accesslog.prefix=access \
        --server.tomcat.accesslog.suffix=.log \
        --server.tomcat.accesslog.rotate=false \
        --server.tomcat.accesslog.buffered=false \
        '--server.tomcat.accesslog.pattern=%r %s %b %D' \
        $APP_ARGS >>"$APP_LOG" 2>&1 &
    APP_PID=$!
    # (a new migration over a million rows can take minutes before the application starts)
    for _ in $(seq 1200); do
        [ "$(grep -c "Started NhiemVuApplication" "$APP_LOG" || true)" -gt "$from" ] && break
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$APP_LOG" >&2; echo "bench: the application stopped" >&2; exit 1; }
        sleep 1
    done
    [ "$(grep -c "Started NhiemVuApplication" "$APP_LOG" || true)" -gt "$from" ] \
        || { echo "bench: the application did not start" >&2; exit 1; }
    PG_PORT=$(grep -o "Embedded PostgreSQL started on 127.0.0.1:[0-9]*" "$APP_LOG" | tail -1 | sed 's/.*://')
    log "application up (pid $APP_PID); PostgreSQL on 127.0.0.1:$PG_PORT"
}
ACCESS_LOG=$OUT/access.log
start_app
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"; }
sql_table() { psql -X -q -P pager=off -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"; }

# ----- the benchmark cluster's own settings: PostgreSQL writes its log to a file (postgres/log/bench.log),
# where the statement durations of the SQL capture below are read. Needs one restart, the first time.

RESTART=
if [ "$(sql -c "show logging_collector")" != on ]; then
    sql -c "alter system set logging_collector = on" -c "alter system set log_filename = 'bench.log'" \
        -c "alter system set log_rotation_age = 0" -c "alter system set log_rotation_size = 0" >/dev/null
    RESTART=yes
fi
PG_LOG=$DATA_DIR/postgres/log/bench.log

# ----- data

if [ "$(sql -c "select exists (select 1 from account where username = 'b01-giamdoc')")" != t ]; then
    log "generating $TASKS tasks over $AGENCIES agencies (b01: $BIG_TASKS)"
    started=$(date +%s)
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
        -v agencies="$AGENCIES" -v tasks="$TASKS" -v big_tasks="$BIG_TASKS" -v password="$PASSWORD_HASH" \
        -f "$ROOT/bench/generate.sql" >"$OUT/generate.log"
    echo "$(( $(date +%s) - started ))" >"$DATA_DIR/generation-seconds"
    log "generated in $(cat "$DATA_DIR/generation-seconds") s"
fi

if [ -n "$RESTART" ]; then
    stop_app
    start_app
fi

# The generator's VACUUM may run while the application holds a snapshot, leaving pages not all-visible (then
# index-only scans read the heap); vacuum again, as autovacuum would in time.
log "vacuum"
sql -c "vacuum (analyze) task, directive, task_support_unit, task_assignee, task_extension" >/dev/null

TODAY=$(sql -c "select (now() at time zone 'Asia/Ho_Chi_Minh')::date")
# the last complete quarter, judged on its last day (the quarterly report)
read -r Q_FROM Q_TO < <(sql -F ' ' -c "select (date_trunc('quarter', d) - interval '3 months')::date,
    (date_trunc('quarter', d) - interval '1 day')::date from (select '$TODAY'::date d) x")

{
    echo "# Task benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "## Machine"
    echo
    echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores"
    echo "- memory: $(free -m | awk '/^Mem:/ {print $2}') MB"
    echo "- JDK: $(java -version 2>&1 | head -1)"
    echo "- PostgreSQL: $(sql -c 'select version()' | cut -d, -f1) (embedded, durable=$DURABLE, default settings)"
    echo "- application: java -Xmx512m -jar target/nhiemvu.jar $APP_ARGS; git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "- data generated in $(cat "$DATA_DIR/generation-seconds" 2>/dev/null || echo '?') s; today is $TODAY"
    echo
    echo "## Data"
    echo
    echo '```'
} >"$REPORT"
sql_table -c "
select 'agency' as table_name, count(*) as rows, pg_size_pretty(pg_total_relation_size('agency')) as size from agency
union all select 'unit', count(*), pg_size_pretty(pg_total_relation_size('unit')) from unit
union all select 'person', count(*), pg_size_pretty(pg_total_relation_size('person')) from person
union all select 'account', count(*), pg_size_pretty(pg_total_relation_size('account')) from account
union all select 'issuer', count(*), pg_size_pretty(pg_total_relation_size('issuer')) from issuer
union all select 'directive', count(*), pg_size_pretty(pg_total_relation_size('directive')) from directive
union all select 'task', count(*), pg_size_pretty(pg_total_relation_size('task')) from task
union all select 'task_support_unit', count(*), pg_size_pretty(pg_total_relation_size('task_support_unit')) from task_support_unit
union all select 'task_assignee', count(*), pg_size_pretty(pg_total_relation_size('task_assignee')) from task_assignee
union all select 'task_extension', count(*), pg_size_pretty(pg_total_relation_size('task_extension')) from task_extension;" >>"$REPORT"
sql_table -c "
with per_agency as (select agency_id, count(*) n from task group by 1),
     per_unit as (select lead_unit_id, count(*) n from task group by 1)
select 'tasks per agency' as what, min(n), round(avg(n)) as avg, max(n) from per_agency
union all select 'tasks per lead unit', min(n), round(avg(n)), max(n) from per_unit;" >>"$REPORT"
sql_table -c "
select task_status(t.completed_on, task_due_as_of(t.id, t.due_date, t.extended_on, t.original_due, '$TODAY'),
                   t.started_on, t.halted_on, t.work_state, '$TODAY') as status_today,
       count(*), round(100.0 * count(*) / sum(count(*)) over (), 1) as pct
from task t group by 1 order by 2 desc;" >>"$REPORT"
sql_table -c "select deadline_kind, count(*) from task group by 1 order by 2 desc;" >>"$REPORT"
sql_table -c "
select u.code as b01_unit, count(*) filter (where t.lead_unit_id = u.id) as leads,
       (select count(*) from task_support_unit s where s.unit_id = u.id) as supports
from unit u join agency a on a.id = u.agency_id and a.id = (select agency_id from account where username = 'b01-giamdoc')
left join task t on t.lead_unit_id = u.id
group by u.id, u.code order by u.id;" >>"$REPORT"
say '```'

# ----- sessions: log in through the form like a browser (CSRF token from GET /login, then the SESSION cookie)

login() {
    local user=$1 jar=$OUT/cookies-$1.txt token
    rm -f "$jar"
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "$BASE/login"
    local session
    session=$(awk '$6 == "SESSION" {print $7}' "$jar")
    [ -n "$session" ] || { echo "bench: login of $user failed" >&2; exit 1; }
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE/tasks?bench=login")
    [ "$status" = 200 ] || { echo "bench: $user is not logged in (GET /tasks: $status)" >&2; exit 1; }
    echo "$jar"
}

# run COUNT sequential requests of URL over one keep-alive connection (one curl process)
requests() {
    local count=$1 url=$2 auth=("${@:3}") config=$OUT/curl.cfg
    : >"$config"
    for _ in $(seq "$count"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url" >>"$config"; done
    curl -s "${auth[@]}" -K "$config" -w '%{http_code}\n' | sort | uniq -c | awk '{print $2 " x" $1}' | tr '\n' ' '
}

# CPU time (ms) used so far by the application's JVM and by its PostgreSQL (postmaster and backends), from
# /proc: unlike latencies, it does not grow when other processes compete for the two cores.
TICK_MS=$((1000 / $(getconf CLK_TCK)))
cpu_ms() {
    local postmaster pids java pg
    postmaster=$(head -1 "$DATA_DIR/postgres/postmaster.pid")
    java=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    pids="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ' || true)"
    # (a backend or an autovacuum worker may end meanwhile)
    pg=$(for pid in $pids; do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true; done | awk '{s += $1} END {print s + 0}')
    echo "$((java * TICK_MS)) $((pg * TICK_MS))"
}

# measure LABEL URL AUTH...: 10 more warm-up requests, then REQUESTS requests; the server time comes from the access log
# (requests marked with bench=LABEL), the CPU time per request from /proc
measure() {
    local label=$1 url=$2
    shift 2
    local sep='?'
    case "$url" in *\?*) sep='&' ;; esac
    requests 10 "$BASE$url${sep}bench=warm-$label" "$@" >/dev/null
    local codes java0 pg0 java1 pg1
    read -r java0 pg0 < <(cpu_ms)
    codes=$(requests "$REQUESTS" "$BASE$url${sep}bench=$label" "$@")
    read -r java1 pg1 < <(cpu_ms)
    tool access "$ACCESS_LOG" "bench=$label " >"$OUT/server-$label.txt"
    echo "$(tool stats "$label ($codes)" "$OUT/server-$label.txt") $(awk -v j=$((java1 - java0)) -v p=$((pg1 - pg0)) \
        -v n="$REQUESTS" 'BEGIN {printf "%.1f | %.1f |", j / n, p / n}')"
}

# capture LABEL URL AUTH...: PostgreSQL logs every statement while 50 requests run; their SQL time, by
# statement, and replay files for psql
CAPTURE_REQUESTS=50
capture() {
    local label=$1 url=$2
    shift 2
    local sep='?'
    case "$url" in *\?*) sep='&' ;; esac
    sql -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
    sleep 1
    local from
    from=$(stat -c %s "$PG_LOG")
    requests "$CAPTURE_REQUESTS" "$BASE$url${sep}bench=sql-$label" "$@" >/dev/null
    sleep 1
    sql -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
    tail -c +"$((from + 1))" "$PG_LOG" >"$OUT/sqllog-$label.txt"
    mkdir -p "$OUT/sql"
    tool sqllog "$OUT/sqllog-$label.txt" "$CAPTURE_REQUESTS" "$OUT/sql/$label"
}

# replay FILE-PREFIX COUNT: PREPARE the statement and EXECUTE it COUNT times in one psql session (custom
# plans first, then PostgreSQL's own choice, as for the application's prepared statements), timed by psql;
# then EXPLAIN (ANALYZE, BUFFERS) of one more execution
replay() {
    local prefix=$1 count=$2 label=$3 script=$OUT/replay.sql
    { cat "$prefix.prepare.sql"; echo '\o /dev/null'; echo '\timing on'
      for _ in $(seq "$count"); do cat "$prefix.execute.sql"; done
      echo '\timing off'; echo '\o'; } >"$script"
    sql -f "$script" 2>&1 | grep '^Time:' | awk '{print $2}' | tail -n "$REQUESTS" >"$OUT/sqlreplay-$label.txt"
    tool stats "$label: SQL alone (psql)" "$OUT/sqlreplay-$label.txt"
    { cat "$prefix.prepare.sql"; echo '\o /dev/null'; for _ in $(seq 6); do cat "$prefix.execute.sql"; done
      echo '\o'; sed 's/^execute/explain (analyze, buffers) execute/' "$prefix.execute.sql"; } >"$script"
    sql_table -f "$script" >"$OUT/plan-$label.txt" 2>&1
}

# find the replay files of the statement whose text contains PATTERN (the most expensive first)
statement() {
    local label=$1 pattern=$2 f
    for f in $(ls "$OUT/sql/$label".*.prepare.sql 2>/dev/null | sort -t. -k2 -n); do
        if grep -q -- "$pattern" "$f"; then echo "${f%.prepare.sql}"; return; fi
    done
}

HEAD=b01-qlkh       # head of the biggest unit of the big agency (100,000 tasks)
HEAD2=b02-qlkh      # the same unit of an ordinary agency (~27,000 tasks)
LEADER=b01-giamdoc
LEADER2=b02-giamdoc
log "logging in"
JAR_HEAD=$(login $HEAD)
JAR_HEAD2=$(login $HEAD2)
JAR_LEADER=$(login $LEADER)
JAR_LEADER2=$(login $LEADER2)
SUMMARY="from=$Q_FROM&to=$Q_TO&asOf=$Q_TO"

{
    echo
    echo "## Server time per request"
    echo
    echo "Sequential requests over one keep-alive connection: $WARMUP warm-up requests of every case first, then"
    echo "per case 10 more and $REQUESTS measured; server"
    echo "time from Tomcat's access log (%D: first byte read to last byte written). HTML pages with a session"
    echo "cookie; the JSON API with HTTP Basic, which runs bcrypt on every request (see /api/v1/units)."
    echo "Overdue = status DANG_QUA_HAN as of today ($TODAY); quarter = tasks assigned $Q_FROM..$Q_TO, as of $Q_TO."
    echo
    echo "CPU columns: CPU time of the JVM and of PostgreSQL per request, from /proc (independent of other load)."
    echo
    echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine disturb the figures)."
    echo
    echo "| case (HTTP statuses) | n | mean ms | p50 ms | p95 ms | p99 ms | max ms | JVM CPU ms | PostgreSQL CPU ms |"
    echo "|---|---|---|---|---|---|---|---|---|"
} >>"$REPORT"
# The reminder job catches up once, a minute after each start, over every open task due within a week: on the
# generated data (a fifth of a million tasks) minutes of CPU that would otherwise fall into the measures.
log "waiting for the reminders' catch-up after the start"
for _ in $(seq 1200); do
    [ "$(grep -c "Reminders for" "$APP_LOG" || true)" -gt "$REMINDER_RUNS" ] && break
    sleep 1
done
log "measuring server time"
CASES=(
    "page-overdue-head-100k|/tasks?status=DANG_QUA_HAN|-b|$JAR_HEAD"
    "page-overdue-head-27k|/tasks?status=DANG_QUA_HAN|-b|$JAR_HEAD2"
    "figures-quarter-100k|/figures?$SUMMARY|-b|$JAR_LEADER"
    "figures-quarter-27k|/figures?$SUMMARY|-b|$JAR_LEADER2"
    "page-all-leader-100k|/tasks|-b|$JAR_LEADER"
    "page-all-head-100k|/tasks|-b|$JAR_HEAD"
    "dashboard-leader-100k|/|-b|$JAR_LEADER"
    "dashboard-head-100k|/|-b|$JAR_HEAD"
    "api-overdue-head-100k|/api/v1/tasks?status=DANG_QUA_HAN&size=100|-u|$HEAD:$PASSWORD"
    "api-summary-quarter-100k|/api/v1/tasks/summary?$SUMMARY|-u|$LEADER:$PASSWORD"
    "api-units-bcrypt-only|/api/v1/units|-u|$LEADER:$PASSWORD"
)
# warm-up of everything first (the JIT compiles what all the cases use), then the measures
log "warming up"
for case in "${CASES[@]}"; do
    IFS='|' read -r label url option value <<<"$case"
    requests "$WARMUP" "$BASE$url$(case "$url" in *\?*) echo '&' ;; *) echo '?' ;; esac)bench=warm-$label" \
        "$option" "$value" >/dev/null
done
log "measuring"
for case in "${CASES[@]}"; do
    IFS='|' read -r label url option value <<<"$case"
    say "$(measure "$label" "$url" "$option" "$value")"
done


# Search (issue #7): the page and the API, accented, unaccented and mistyped queries over the big agency's
# 100,000 tasks and its directives; BENCH_SEARCH_REQUESTS requests each.
urlencode() {
    local LC_ALL=C text=$1 i c encoded=
    for ((i = 0; i < ${#text}; i++)); do
        c=${text:i:1}
        case $c in [a-zA-Z0-9.~_-]) encoded+=$c ;; *) encoded+=$(printf '%%%02X' "'$c") ;; esac
    done
    echo "$encoded"
}
SEARCHES=(
    "search-accented|chuyển đổi số"
    "search-unaccented|cai cach hanh chinh"
    "search-typo|khoi nghep"
    "search-rare|ma so ma vach"
    "search-reference|526/KHCN"
)
log "measuring search"
for search in "${SEARCHES[@]}"; do
    IFS='|' read -r label text <<<"$search"
    q=$(urlencode "$text")
    say "$(REQUESTS=$SEARCH_REQUESTS measure "$label-page" "/search?q=$q" -b "$JAR_LEADER")"
done
q=$(urlencode "cai cach hanh chinh")
say "$(REQUESTS=$SEARCH_REQUESTS measure "search-unaccented-api" "/api/v1/search?q=$q" -u "$LEADER:$PASSWORD")"
# The task list's text filter: words found in a quarter of the agency's tasks or their directives, a
# reference, and a rare phrase.
for filter in "list-text-common|chuyen doi so" "list-text-reference|526/KHCN" "list-text-rare|dong ho nuoc"; do
    IFS='|' read -r label text <<<"$filter"
    say "$(REQUESTS=$SEARCH_REQUESTS measure "$label-leader" "/tasks?q=$(urlencode "$text")" -b "$JAR_LEADER")"
done

say ""
say "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
log "capturing the SQL of each case"
say ""
say "## SQL time per request (PostgreSQL's statement log, $CAPTURE_REQUESTS requests each)"
for case in "page-overdue-head-100k|/tasks?status=DANG_QUA_HAN|$JAR_HEAD" \
            "figures-quarter-100k|/figures?$SUMMARY|$JAR_LEADER" \
            "page-all-leader-100k|/tasks|$JAR_LEADER" \
            "page-all-head-100k|/tasks|$JAR_HEAD" \
            "dashboard-leader-100k|/|$JAR_LEADER" \
            "dashboard-head-100k|/|$JAR_HEAD"; do
    IFS='|' read -r label url jar <<<"$case"
    say ""
    say "### $label"
    say ""
    say "$(capture "$label" "$url" -b "$jar")"
done

log "replaying the task queries in psql"
{
    echo
    echo "## The task queries alone (psql, PREPARE + EXECUTE, $REQUESTS measured after warm-up)"
    echo
    echo "| query | n | mean ms | p50 ms | p95 ms | p99 ms | max ms |"
    echo "|---|---|---|---|---|---|---|"
} >>"$REPORT"
declare -A QUERIES=(
    [list-overdue-head-100k]="page-overdue-head-100k|limit"
    [count-overdue-head-100k]="page-overdue-head-100k|select count(\*)"
    [summary-by-unit-quarter-100k]="figures-quarter-100k|lead_unit_id, u.name"
    [summary-quarter-100k]="figures-quarter-100k|^-- select task_status("
    [list-all-leader-100k]="page-all-leader-100k|limit"
    [count-all-leader-100k]="page-all-leader-100k|select count(\*)"
    [list-all-head-100k]="page-all-head-100k|limit"
    [count-all-head-100k]="page-all-head-100k|select count(\*)"
)
for label in list-overdue-head-100k count-overdue-head-100k summary-by-unit-quarter-100k summary-quarter-100k \
             list-all-leader-100k count-all-leader-100k list-all-head-100k count-all-head-100k; do
    IFS='|' read -r capture_label pattern <<<"${QUERIES[$label]}"
    prefix=$(statement "$capture_label" "$pattern")
    # (a count that comes with the page in the same query has no statement of its own)
    [ -n "$prefix" ] || continue
    say "$(replay "$prefix" $((WARMUP + REQUESTS)) "$label")"
done
say ""
say "## Plans (EXPLAIN (ANALYZE, BUFFERS) of one execution after the others)"
for label in list-overdue-head-100k count-overdue-head-100k summary-by-unit-quarter-100k summary-quarter-100k \
             list-all-leader-100k count-all-leader-100k list-all-head-100k count-all-head-100k; do
    [ -f "$OUT/plan-$label.txt" ] || continue
    say ""
    say "### $label"
    say ""
    say '```'
    grep -v '^PREPARE$' "$OUT/plan-$label.txt" >>"$REPORT"
    say '```'
done

# ----- throughput: wrk, 8 connections, 2 threads, bounded, on the leader's 100-row list of 100,000 tasks

# wrk counts a redirect to the login page as a success; this script counts the responses by status, so that a
# run whose session was not accepted reports no figure.
WRK_SCRIPT=$OUT/statuses.lua
cat >"$WRK_SCRIPT" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) ok = 0; other = 0 end
function response(status, headers, body)
    if status == 200 then ok = ok + 1 else other = other + 1 end
end
function done(summary, latency, requests)
    local ok_total, other_total = 0, 0
    for _, thread in ipairs(threads) do
        ok_total = ok_total + thread:get("ok")
        other_total = other_total + thread:get("other")
    end
    local errors = summary.errors
    io.write(string.format("statuses: %d x 200, %d other; socket errors: %d connect, %d read, %d write, %d timeout\n",
        ok_total, other_total, errors.connect, errors.read, errors.write, errors.timeout))
end
LUA
WRK_FAILED=

wrk_run() {
    local label=$1 url=$2 jar=$3 session
    session=$(awk '$6 == "SESSION" {print $7}' "$jar")
    log "wrk $label: $url for $WRK_DURATION"
    local load_before java0 pg0 java1 pg1
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    read -r java0 pg0 < <(cpu_ms)
    wrk -t2 -c8 -d"$WRK_DURATION" --timeout 30s --latency -s "$WRK_SCRIPT" -H "Cookie: SESSION=$session" "$BASE$url" \
        >"$OUT/wrk-$label.txt" 2>&1 || true
    read -r java1 pg1 < <(cpu_ms)
    echo "(load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg))" >>"$OUT/wrk-$label.txt"
    local done_requests verdict
    done_requests=$(awk '/requests in/ {print $1}' "$OUT/wrk-$label.txt")
    if grep -q "^statuses: [1-9][0-9]* x 200, 0 other; socket errors: 0 connect, 0 read, 0 write, 0 timeout$" \
        "$OUT/wrk-$label.txt"; then
        verdict="valid: every response 200, no socket error"
    else
        verdict="INVALID: a response other than 200, a socket error or no request (no figure from this run)"
        WRK_FAILED=yes
    fi
    awk -v j=$((java1 - java0)) -v p=$((pg1 - pg0)) -v n="$done_requests" 'BEGIN {
        if (n > 0) printf "CPU per request during wrk: JVM %.1f ms, PostgreSQL %.1f ms; two idle cores would serve at most about %.0f requests/s\n", j / n, p / n, 2000 / ((j + p) / n) }' \
        >>"$OUT/wrk-$label.txt"
    {
        echo
        echo "### wrk $label: GET $url"
        echo
        echo "Run $verdict."
        echo
        echo '```'
        cat "$OUT/wrk-$label.txt"
        echo '```'
    } >>"$REPORT"
    tool access "$ACCESS_LOG" "GET $url HTTP" >"$OUT/server-wrk-$label.txt"
    {
        echo
        echo "| server time during wrk | n | mean ms | p50 ms | p95 ms | p99 ms | max ms |"
        echo "|---|---|---|---|---|---|---|"
        tool stats "$label" "$OUT/server-wrk-$label.txt"
    } >>"$REPORT"
}
say ""
say "## Throughput (wrk -t2 -c8 -d$WRK_DURATION, session cookie)"
# unmarked URLs: the access log lines of wrk are the only ones with exactly this request line
wrk_run page-all-leader-100k "/tasks" "$JAR_LEADER"
wrk_run page-overdue-head-100k "/tasks?status=DANG_QUA_HAN" "$JAR_HEAD"

{
    echo
    echo "## Memory (-Xmx512m): heap after the runs (jcmd GC.heap_info)"
    echo
    echo '```'
    jcmd "$APP_PID" GC.heap_info 2>&1 | grep -v '^[0-9]*:$' | head -12
    echo '```'
} >>"$REPORT"

stop_app
trap - EXIT
log "report: $REPORT"
cat "$REPORT"
if [ -n "$WRK_FAILED" ]; then
    echo "bench: a wrk run was invalid (see its statuses above)" >&2
    exit 1
fi
