#!/usr/bin/env bash
# Load test (issue 8, item 6): three scenarios with wrk against a running instance, then a check that no
# acknowledged write was lost.
#   1. neighbourhood  GET  /neighbourhoods/{id}                 (public page, anonymous)
#   2. signup         POST /api/v1/actions/{id}/signups         (unique Idempotency-Key and household per request)
#   3. contribute     POST /api/v1/ateliers/{id}/contributions  (participant tokens of an open atelier, from a file)
#
# Usage: benchmarks/load.sh                      starts target/wijkatelier.jar on PostgreSQL (LOAD_DB) and stops it after
#        BASE_URL=http://host:port benchmarks/load.sh   uses an instance that is already running (start it with
#          WIJKATELIER_LIMITS_SIGNUPS_PER_MINUTE raised above the scenario's rate, or its sign-ups answer 429)
# Tunables (environment): DURATION (wrk syntax, default 3m per scenario), CONNECTIONS (200), THREADS (2),
#   PARTICIPANTS (400 participant tokens), SCENARIOS ("neighbourhood signup contribute"),
#   ADMIN_EMAIL/ADMIN_PASSWORD (a programme admin of that instance; when the script starts the jar these become
#   the first admin of an empty database), PORT (8098), LOAD_DB (wk_load), LOAD_RESET_DB=1 (drop and recreate
#   LOAD_DB first, as the postgres OS user), JAVA_OPTS.
# Needs wrk (apt-get install -y wrk), curl, python3; for a self-started instance a local PostgreSQL 15 and the jar
# (./mvnw -q -B package -DskipTests).
# Writes benchmarks/results/load-<scenario>.txt (wrk's figures, the load average, the write check) and appends a
# line per scenario to benchmarks/results/load-summary.csv.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-3m}
CONNECTIONS=${CONNECTIONS:-200}
THREADS=${THREADS:-2}
PARTICIPANTS=${PARTICIPANTS:-400}
SCENARIOS=${SCENARIOS:-neighbourhood signup contribute}
PORT=${PORT:-8098}
LOAD_DB=${LOAD_DB:-wk_load}
ADMIN_EMAIL=${ADMIN_EMAIL:-load-admin@wijkatelier.local}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-load-admin-password-1}
RESULTS=benchmarks/results
WORK=$(mktemp -d /tmp/wijkatelier-load.XXXXXX)
RUN=$(date -u +%Y%m%dT%H%M%S)-$$
mkdir -p "$RESULTS"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

if [ -z "${BASE_URL:-}" ]; then
  [ -s target/wijkatelier.jar ] || { echo "target/wijkatelier.jar missing: ./mvnw -q -B package -DskipTests" >&2; exit 2; }
  if [ "${LOAD_RESET_DB:-0}" = 1 ]; then
    su postgres -c "dropdb --if-exists $LOAD_DB && createdb -O wijkatelier $LOAD_DB"
  fi
  BASE_URL=http://localhost:$PORT
  # The settings under test are the application's own defaults (application.yml); only where it runs changes,
  # and the sign-ups per address and action: wrk sends all of them from this one address, far above a venue's 60.
  SERVER_PORT=$PORT WIJKATELIER_DATA_DIR=$WORK/data \
    WIJKATELIER_LIMITS_SIGNUPS_PER_MINUTE=${WIJKATELIER_LIMITS_SIGNUPS_PER_MINUTE:-10000000} \
    SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$LOAD_DB \
    SPRING_DATASOURCE_USERNAME=${SPRING_DATASOURCE_USERNAME:-wijkatelier} \
    SPRING_DATASOURCE_PASSWORD=${SPRING_DATASOURCE_PASSWORD:-wijkatelier} \
    WIJKATELIER_ADMIN_EMAIL=$ADMIN_EMAIL WIJKATELIER_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java ${JAVA_OPTS:--Xmx1g} -jar target/wijkatelier.jar > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  echo "started the application (pid $APP_PID, log $WORK/app.log)"
  for _ in $(seq 1 180); do
    curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log" >&2; exit 1; }
    sleep 1
  done
fi
curl -fsS "$BASE_URL/actuator/health" >/dev/null

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# --- preparation through the API ---------------------------------------------------------------------------
TOKEN=$(curl -fsS -u "$ADMIN_EMAIL:$ADMIN_PASSWORD" -X POST "$BASE_URL/api/v1/tokens" | json "d['token']") \
  || { echo "could not get an API token for $ADMIN_EMAIL (set ADMIN_EMAIL/ADMIN_PASSWORD)" >&2; exit 1; }
AUTH="Authorization: Bearer $TOKEN"
NEIGHBOURHOOD=$(curl -fsS "$BASE_URL/api/v1/neighbourhoods" | json "d[0]['id']")
TODAY=$(date -u +%F)
NEXT_YEAR=$(date -u -d '+1 year' +%F)
ACTION=$(curl -fsS -H "$AUTH" -H 'Content-Type: application/json' -X POST "$BASE_URL/api/v1/actions" -d "{
  \"neighbourhoodId\":\"$NEIGHBOURHOOD\",\"template\":\"TILE_REMOVAL\",\"title\":\"Tegelwippen (load test $RUN)\",
  \"startDate\":\"$TODAY\",\"endDate\":\"$NEXT_YEAR\",\"thresholds\":[{\"households\":1000,\"label\":\"Gratis plantjes\"}]}" \
  | json "d['id']")
ATELIER_CREATED=$(curl -fsS -H "$AUTH" -H 'Content-Type: application/json' -X POST "$BASE_URL/api/v1/ateliers" -d "{
  \"neighbourhoodId\":\"$NEIGHBOURHOOD\",\"title\":\"Wijkatelier (load test $RUN)\",\"date\":\"$TODAY\",
  \"themes\":[\"GREENERY\",\"ENERGY\"]}")
ATELIER=$(echo "$ATELIER_CREATED" | json "d['id']")
JOIN_CODE=$(echo "$ATELIER_CREATED" | json "d['joinCode']")
curl -fsS -H "$AUTH" -X POST "$BASE_URL/api/v1/ateliers/$ATELIER/open" >/dev/null
TOKENS=$WORK/participant-tokens.txt
seq 1 "$PARTICIPANTS" | xargs -P 8 -I{} curl -fsS -H 'Content-Type: application/json' -X POST \
  "$BASE_URL/api/v1/ateliers/join/$JOIN_CODE" -d '{"displayName":"Deelnemer {}","partyType":"RESIDENT"}' \
  -o "$WORK/join-{}.json"
cat "$WORK"/join-*.json | python3 -c "
import json,sys,re
for m in re.finditer(r'\{[^{}]*\}', sys.stdin.read()):
    print(json.loads(m.group(0))['participantToken'])" > "$TOKENS"
echo "neighbourhood $NEIGHBOURHOOD, action $ACTION, atelier $ATELIER with $(wc -l < "$TOKENS") participants"

SUMMARY=$RESULTS/load-summary.csv
[ -s "$SUMMARY" ] || echo "date,scenario,duration,connections,threads,requests,requestsPerSecond,p50ms,p90ms,p99ms,maxMs,non2xx,socketErrors,acknowledged,stored,lostWrites,load1Before,load1After,cpus" > "$SUMMARY"

# Requests in flight when wrk stopped are still being answered: wait until the count stops changing.
settle() {
  local before= now
  for _ in $(seq 1 60); do
    now=$("$@" | md5sum)
    [ "$now" = "$before" ] && return 0
    before=$now
    sleep 3
  done
}

acks() { cat "$WORK/acks-$1".*.txt 2>/dev/null | grep -v '^?$' | sort -u; }

run() {
  local scenario=$1 script=$2
  local out=$RESULTS/load-$scenario.txt
  local load_before
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  {
    echo "# $scenario: wrk -t$THREADS -c$CONNECTIONS -d$DURATION against $BASE_URL, $(date -u +%FT%TZ)"
    echo "uptimeBefore=$(uptime)"
  } > "$out"
  LOAD_SCENARIO=$scenario LOAD_OUT=$out LOAD_ACKS=$WORK/acks-$scenario LOAD_RUN=$RUN LOAD_THREADS=$THREADS \
    LOAD_PATH=/neighbourhoods/$NEIGHBOURHOOD LOAD_ACTION=$ACTION LOAD_ATELIER=$ATELIER LOAD_TOKENS=$TOKENS \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -s "$script" "$BASE_URL" \
    | tee "$WORK/wrk-$scenario.txt"
  echo "uptimeAfter=$(uptime)" >> "$out"
  local load_after acknowledged=- stored=- lost=-
  load_after=$(cut -d' ' -f1 /proc/loadavg)
  case $scenario in
    signup)
      household_count() { curl -fsS "$BASE_URL/api/v1/actions/$ACTION" | json "d['households']"; }
      settle household_count
      # Every sign-up the application acknowledged must be stored and counted: the ids wrk saw in 201 answers
      # against the action's active sign-ups and its household count. Requests still in flight when wrk stopped
      # may be stored without wrk having seen the answer, so stored >= acknowledged; lost = acknowledged, not stored.
      acks signup > "$WORK/acked-signup.txt"
      curl -fsS -H "$AUTH" "$BASE_URL/api/v1/actions/$ACTION/signups" | json "'\n'.join(s['signupId'] for s in d)" \
        | sort -u > "$WORK/stored-signup.txt"
      local households
      households=$(curl -fsS "$BASE_URL/api/v1/actions/$ACTION" | json "d['households']")
      acknowledged=$(wc -l < "$WORK/acked-signup.txt")
      stored=$(wc -l < "$WORK/stored-signup.txt")
      lost=$(comm -23 "$WORK/acked-signup.txt" "$WORK/stored-signup.txt" | wc -l)
      {
        echo "acknowledged=$acknowledged (distinct signupIds in 2xx answers)"
        echo "stored=$stored (active sign-ups listed by GET /api/v1/actions/$ACTION/signups)"
        echo "householdsCounted=$households (the action's count)"
        echo "lostWrites=$lost (acknowledged but not stored)"
        echo "countMatchesStored=$([ "$households" = "$stored" ] && echo yes || echo NO)"
      } | tee -a "$out"
      ;;
    contribute)
      contribution_count() { curl -fsS -H "$AUTH" "$BASE_URL/api/v1/ateliers/$ATELIER/joint-picture" | json "d['contributionCount']"; }
      settle contribution_count
      acks contribute > "$WORK/acked-contribute.txt"
      acknowledged=$(wc -l < "$WORK/acked-contribute.txt")
      stored=$(curl -fsS -H "$AUTH" "$BASE_URL/api/v1/ateliers/$ATELIER/joint-picture" | json "d['contributionCount']")
      # The API gives a count, not the ids: a lost write shows as fewer stored than acknowledged.
      lost=$(( acknowledged > stored ? acknowledged - stored : 0 ))
      {
        echo "acknowledged=$acknowledged (distinct contribution ids in 2xx answers)"
        echo "stored=$stored (contributionCount of GET /api/v1/ateliers/$ATELIER/joint-picture)"
        echo "lostWrites=$lost (acknowledged minus stored when positive)"
        echo "unacknowledgedButStored=$(( stored - acknowledged )) (in flight when wrk stopped; at most $CONNECTIONS)"
      } | tee -a "$out"
      ;;
  esac
  local f
  f() { sed -n "s/^$1=//p" "$out" | head -1; }
  echo "$(date -u +%FT%TZ),$scenario,$DURATION,$CONNECTIONS,$THREADS,$(f requests),$(f requestsPerSecond),$(f p50ms),$(f p90ms),$(f p99ms),$(f maxMs),$(f non2xx),$(f socketErrors),$acknowledged,$stored,$lost,$load_before,$load_after,$(nproc)" >> "$SUMMARY"
}

for scenario in $SCENARIOS; do
  case $scenario in
    neighbourhood) run neighbourhood benchmarks/load/neighbourhood.lua ;;
    signup) run signup benchmarks/load/signup.lua ;;
    contribute) run contribute benchmarks/load/contribute.lua ;;
    *) echo "unknown scenario $scenario" >&2; exit 2 ;;
  esac
done
tail -n "$(echo "$SCENARIOS" | wc -w)" "$SUMMARY"
[ -z "$APP_PID" ] || grep -E "ERROR|Exception" "$WORK/app.log" | head -20 > "$RESULTS/load-app-errors.txt" || true
echo "figures in $RESULTS/load-*.txt and $SUMMARY; work files in $WORK"
