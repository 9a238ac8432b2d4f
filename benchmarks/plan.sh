#!/usr/bin/env bash
# Benchmark of `plan` on synthetic municipal portfolios (issue 5, item 5): not a timed test.
# Usage: benchmarks/plan.sh [SIZE:SECONDS ...]   (default: 200:60 2000:60 2000:600 20000:60)
# Needs target/wijkatelier.jar (./mvnw -q -B package -DskipTests) and python3.
# The tasks come from `generate` (the coupling issue's generator, ten-year windows 2026-2035). Its 14 pots are
# split into 3 districts each (42 pots): every funded task draws from its type's pot in its district, and each
# pot gets per year twice its tasks' yearly average (at least twice its largest share, so every task fits
# in a year on its own, and at least 1.3 times what its tasks must spend in that year whatever their Monday start,
# plus its largest share), so the budgets bind in busy years but a schedule exists.
# Writes the best objective over time of each run to benchmarks/results/plan-SIZE-SECONDSs.csv and one line per
# run (baseline beside the optimiser) to benchmarks/results/plan-summary.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/wijkatelier.jar
DATA=${BENCHMARK_DATA:-/tmp/wijkatelier-plan-benchmark}
SEED=${SEED:-42}
RUNS=("$@")
[ ${#RUNS[@]} -eq 0 ] && RUNS=(200:60 2000:60 2000:600 20000:60)
mkdir -p "$DATA" benchmarks/results
SUMMARY=benchmarks/results/plan-summary.csv
[ -s "$SUMMARY" ] || echo "tasks,pots,seconds,baselineObjective,baselineFeasible,objective,totalSaving,shiftPenalty,hardViolations,packages,firstFeasibleMs,cpus" > "$SUMMARY"
for run in "${RUNS[@]}"; do
  n=${run%%:*}; seconds=${run##*:}
  raw="$DATA/raw-$n.geojson"; tasks="$DATA/tasks-$n.geojson"; pots="$DATA/pots-$n.csv"
  [ -s "$raw" ] || java -jar "$JAR" generate --tasks "$n" --seed "$SEED" --out "$raw"
  python3 benchmarks/plan-portfolio.py "$raw" "$tasks" "$pots"
  curve="benchmarks/results/plan-$n-${seconds}s.csv"
  result="$DATA/plan-$n-$seconds.json"
  rc=0
  java -Xmx2g -jar "$JAR" plan --tasks "$tasks" --pots "$pots" --seconds "$seconds" --curve "$curve" --out "$result" 2> "$DATA/plan-$n-$seconds.err" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "$n,,$seconds,,,no schedule (exit $rc),,,,,,$(nproc)" | tee -a "$SUMMARY"; head -3 "$DATA/plan-$n-$seconds.err"; continue
  fi
  python3 - "$result" "$curve" "$n" "$(cut -d, -f1 "$pots" | tail -n +2 | sort -u | wc -l)" "$seconds" "$(nproc)" >> "$SUMMARY" <<'PY'
import json, sys, csv
result, curve, n, pots, seconds, cpus = sys.argv[1:7]
d = json.load(open(result)); b = d["baseline"]
rows = list(csv.DictReader(open(curve)))
first = next((r["elapsedMillis"] for r in rows if r["hardPenalty"] == "0"), "")
print(f"{n},{pots},{seconds},{b['objective']},{str(b['feasible']).lower()},{d['objective']},{d['totalSaving']},{d['shiftPenalty']},{d['hardViolations']},{len(d['packages'])},{first},{cpus}")
PY
  tail -1 "$SUMMARY"
done
