#!/usr/bin/env bash
# Benchmark of `plan` on dense portfolios (`generate --density`), beside OR-Tools CP-SAT on the same instance with the
# same time limit and 2 workers: not a timed test. The planner runs PLAN_SEARCHES local searches side by side (default
# 1; `plan --searches`).
# Usage: benchmarks/plan-dense.sh [SIZE ...]   (default: 200 2000; PLAN_SECONDS=60, PLAN_SEARCHES=1, DENSITY=30, SEED=42)
# Needs target/wijkatelier.jar and target/test-classes (./mvnw -q -B package -DskipTests compiles both), python3, and
# the test classpath (written once by `./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test`; CP-SAT
# stays a test dependency). Pots as in plan.sh (benchmarks/plan-portfolio.py).
# Writes the planner's anytime curve (time from the start of the optimiser -> best objective, hard penalty) to
# benchmarks/results/plan-dense-SIZE.csv and one line per size to benchmarks/results/plan-vs-cpsat.csv: the candidate
# pairs, the planner's best objective at 2, 10 and 60 s (from the curve), the first schedule keeping every hard rule,
# CP-SAT's objective (as the evaluator judges its schedule), status and bound after the same time, and the load
# average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/wijkatelier.jar
DATA=${BENCHMARK_DATA:-/tmp/wijkatelier-plan-dense}
SEED=${SEED:-42}
DENSITY=${DENSITY:-30}
SECONDS_LIMIT=${PLAN_SECONDS:-60}
SEARCHES=${PLAN_SEARCHES:-1}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(200 2000)
mkdir -p "$DATA" benchmarks/results
[ -s "$DATA/test-classpath.txt" ] || ./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$DATA/test-classpath.txt"
CP="target/test-classes:target/classes:$(cat "$DATA/test-classpath.txt")"
OUT=benchmarks/results/plan-vs-cpsat.csv
[ -s "$OUT" ] || echo "instance,tasks,density,candidatePairs,seconds,plannerFirstFeasibleMs,plannerAt2s,plannerAt10s,plannerAt60s,plannerFinal,plannerHardViolations,cpsatStatus,cpsatObjective,cpsatBound,cpsatFeasible,cpsatBuildMs,loadBefore,loadAfter,cpus,plannerSearches" > "$OUT"
load() { cut -d' ' -f1 /proc/loadavg; }
for n in "${SIZES[@]}"; do
  raw="$DATA/raw-$n-d$DENSITY.geojson"; tasks="$DATA/tasks-$n-d$DENSITY.geojson"; pots="$DATA/pots-$n-d$DENSITY.csv"
  [ -s "$raw" ] || java -jar "$JAR" generate --tasks "$n" --seed "$SEED" --density "$DENSITY" --out "$raw"
  python3 benchmarks/plan-portfolio.py "$raw" "$tasks" "$pots"
  pairs=$(java -jar "$JAR" couple --tasks "$tasks" --format csv | awk -F, '$1=="pair" && $6>0' | wc -l)
  curve="benchmarks/results/plan-dense-$n.csv"
  result="$DATA/plan-$n.json"
  before=$(load)
  java -Xmx2g -jar "$JAR" plan --tasks "$tasks" --pots "$pots" --seconds "$SECONDS_LIMIT" --searches "$SEARCHES" --curve "$curve" \
    --out "$result" 2> "$DATA/plan-$n.err" || { echo "plan failed at $n"; head -3 "$DATA/plan-$n.err"; }
  cpsat=$(java -Xmx4g -cp "$CP" nl.wijkatelier.planning.CpSatPlanBenchmark "$tasks" "$pots" "$SECONDS_LIMIT" 2)
  after=$(load)
  python3 - "$result" "$curve" "$n" "$DENSITY" "$pairs" "$SECONDS_LIMIT" "$cpsat" "$before" "$after" "$(nproc)" "$SEARCHES" >> "$OUT" <<'PY'
import json, sys, csv
result, curve, n, density, pairs, seconds, cpsat, before, after, cpus, searches = sys.argv[1:12]
d = json.load(open(result))
rows = [r for r in csv.DictReader(open(curve)) if r["hardPenalty"] == "0"]
def at(ms):
    best = [float(r["objectiveEuros"]) for r in rows if int(r["elapsedMillis"]) <= ms]
    return f"{max(best):.0f}" if best else ""
first = rows[0]["elapsedMillis"] if rows else ""
status, objective, bound, feasible, violations, build, solve = cpsat.split(",")
print(f"dense-{n},{n},{density},{pairs},{seconds},{first},{at(2000)},{at(10000)},{at(int(seconds) * 1000)},{d['objective']},{d['hardViolations']},{status},{objective},{bound},{feasible},{build},{before},{after},{cpus},{searches}")
PY
  tail -1 "$OUT"
done
