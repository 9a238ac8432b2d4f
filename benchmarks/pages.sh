#!/usr/bin/env bash
# Public pages under load: requests a second of the four public pages a neighbourhood campaign sends residents to,
# against a static file of the same server, in one run with wrk (2 threads, 50 connections, 15 s each).
#   static         GET /css/wijkatelier.css
#   neighbourhood  GET /neighbourhoods/{id}                   (the demo's Spijkerkwartier)
#   dashboard      GET /programmes/{slug}/dashboard           (the demo programme)
#   action         GET /actions/{id}                          (an action of that neighbourhood, with its sign-up form)
#   knowledge      GET /knowledge?q=groen                     (a knowledge search)
# The static file is measured before and after every page, and each page's ratio is to the mean of the two around
# it, so a change in the machine's load during the run weighs on both sides alike.
#
# Usage: benchmarks/pages.sh                          builds the jar when missing, starts it on the demo (H2 in a
#                                                      temporary directory) and stops it after
#        BASE_URL=http://host:port benchmarks/pages.sh   measures an instance that is already running the demo
# Tunables (environment): DURATION (wrk syntax, default 15s), CONNECTIONS (50), THREADS (2), WARMUP (5s per URL),
#   PORT (8099), QUERY (groen), JAVA_OPTS (-Xmx1g).
# Needs wrk (apt-get install -y wrk), curl and python3.
# Writes benchmarks/results/pages.csv (one line per page of this run) and prints the Markdown table of the README.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
PORT=${PORT:-8099}
QUERY=${QUERY:-groen}
RESULTS=benchmarks/results
WORK=$(mktemp -d /tmp/wijkatelier-pages.XXXXXX)
mkdir -p "$RESULTS"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

if [ -z "${BASE_URL:-}" ]; then
  [ -s target/wijkatelier.jar ] || ./mvnw -q -B package -DskipTests
  BASE_URL=http://localhost:$PORT
  # The application's own defaults (application.yml), on the demo; only where it runs and keeps its data change.
  SERVER_PORT=$PORT WIJKATELIER_DATA_DIR=$WORK/data \
    java ${JAVA_OPTS:--Xmx1g} -jar target/wijkatelier.jar > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  echo "started the application (pid $APP_PID, log $WORK/app.log)"
  # Ready once the demo is in: its actions are the last of its seeds.
  for _ in $(seq 1 300); do
    [ "$(curl -fsS "$BASE_URL/api/v1/actions" 2>/dev/null | head -c 2)" = '[{' ] && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log" >&2; exit 1; }
    sleep 1
  done
fi

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
NEIGHBOURHOOD=$(curl -fsS "$BASE_URL/api/v1/neighbourhoods" \
  | json "next((n['id'] for n in d if 'Spijkerkwartier' in n['name']), d[0]['id'])")
SLUG=$(curl -fsS "$BASE_URL/api/v1/programmes" | json "d[0]['slug']")
ACTION=$(curl -fsS "$BASE_URL/api/v1/actions" \
  | json "next((a['id'] for a in d if a.get('neighbourhoodId') == '$NEIGHBOURHOOD'), d[0]['id'])")

PAGES="neighbourhood dashboard action knowledge"
path() {
  case $1 in
    static) echo /css/wijkatelier.css ;;
    neighbourhood) echo "/neighbourhoods/$NEIGHBOURHOOD" ;;
    dashboard) echo "/programmes/$SLUG/dashboard" ;;
    action) echo "/actions/$ACTION" ;;
    knowledge) echo "/knowledge?q=$QUERY" ;;
  esac
}

for page in static $PAGES; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL$(path "$page")")
  [ "$status" = 200 ] || { echo "$page answers $status" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE_URL$(path "$page")" > /dev/null
done

# requests a second of one wrk run; non-2xx answers count as failures of the run
measure() {
  local out=$WORK/wrk-$1-$2.txt
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE_URL$(path "$1")" > "$out"
  if grep -q "Non-2xx" "$out"; then echo "$1: $(grep Non-2xx "$out")" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' "$out"
}

UPTIME_BEFORE=$(uptime)
echo "$UPTIME_BEFORE"
declare -A RATE LOAD
STATIC=("$(measure static 0)")
i=0
for page in $PAGES; do
  i=$((i + 1))
  RATE[$page]=$(measure "$page" "$i")
  LOAD[$page]=$(cut -d' ' -f1 /proc/loadavg)
  STATIC+=("$(measure static "$i")")
done
UPTIME_AFTER=$(uptime)
echo "$UPTIME_AFTER"

CSV=$RESULTS/pages.csv
NOW=$(date -u +%FT%TZ)
echo "date,page,path,requestsPerSecond,staticBefore,staticAfter,ratioToStatic,load1,cpus,duration,connections,threads" > "$CSV"
TABLE="| page | path | req/s | static req/s (before / after) | ratio to static | load (1 min) |
|---|---|---:|---:|---:|---:|"
i=0
for page in $PAGES; do
  before=${STATIC[$i]}
  after=${STATIC[$((i + 1))]}
  i=$((i + 1))
  ratio=$(python3 -c "print(f'{${RATE[$page]} / ((${before} + ${after}) / 2):.2f}')")
  p=$(path "$page")
  echo "$NOW,$page,$p,${RATE[$page]},$before,$after,$ratio,${LOAD[$page]},$(nproc),$DURATION,$CONNECTIONS,$THREADS" >> "$CSV"
  TABLE="$TABLE
| $page | \`${p//$NEIGHBOURHOOD/{id\}}\` | ${RATE[$page]} | $before / $after | $ratio | ${LOAD[$page]} |"
done
TABLE=${TABLE//$ACTION/{id\}}
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores; before: ${UPTIME_BEFORE#*load average: }; after: ${UPTIME_AFTER#*load average: }"
echo
echo "$TABLE"
echo
echo "figures in $CSV; wrk's output in $WORK"
