#!/usr/bin/env bash
# Benchmark of `couple` on synthetic municipal portfolios (issue 4, item 7).
# Usage: benchmarks/couple.sh [sizes...]   (default: 1000 10000 100000 1000000)
# Needs target/wijkatelier.jar (./mvnw -q -B package -DskipTests) and GNU time (/usr/bin/time).
# Writes benchmarks/results/couple.csv: wall time, CPU time (user + system), peak resident memory of the whole JVM
# (max RSS, KB -> MB), the 1-minute load average when the run started (the machine is shared),
# the four phases as the command reports them, and the result's size. Each run has a 2 GB heap (-Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/wijkatelier.jar
DATA=${BENCHMARK_DATA:-/tmp/wijkatelier-benchmark}
SEED=${SEED:-42}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000 100000 1000000)
mkdir -p "$DATA" benchmarks/results
OUT=benchmarks/results/couple.csv
echo "tasks,wallSeconds,cpuSeconds,maxRssMB,readMs,indexMs,joinMs,writeMs,pairs,clusters,nearMisses,inputMB,cpus,load1,heap" > "$OUT"
for n in "${SIZES[@]}"; do
  tasks="$DATA/tasks-$n.geojson"
  [ -s "$tasks" ] || java -jar "$JAR" generate --tasks "$n" --seed "$SEED" --out "$tasks"
  result="$DATA/result-$n.json"
  load=$(cut -d' ' -f1 /proc/loadavg)
  log="$DATA/couple-$n.log"
  /usr/bin/time -v java -Xmx2g -jar "$JAR" couple --tasks "$tasks" --timings --out "$result" 2> "$log"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  phase() { sed -n "s/^phase=$1 ms=\([0-9]*\)$/\1/p" "$log"; }
  counts=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(f\"{len(d['pairs'])},{len(d['clusters'])},{len(d['nearMisses'])}\")" "$result")
  input=$(du -m "$tasks" | cut -f1)
  echo "$n,$wall,$cpu,$rss,$(phase read),$(phase index),$(phase join),$(phase write),$counts,$input,$(nproc),$load,2g" | tee -a "$OUT"
done
