#!/usr/bin/env bash
# The coupling engine against PostgreSQL 15 + PostGIS 3 on the same portfolio, in one run.
#
# For each size (SIZES="10000 200000 1000000" by default) it generates a portfolio in RD New (seed 42), loads it into
# a scratch database (geometry with SRID 28992, the window, the buffer of the task's type, a GiST index), times the
# self-join that gives exactly the engine's pairs, times `couple --timings` (-Xmx2g) on the same file, and checks
# that both give the same pairs (sorted id pairs, byte for byte): it stops with exit code 1 when they differ.
#
# The query is the coupling rule (CouplingRule): two tasks with a geometry are a pair when the distance between their
# geometries is at most the sum of their buffers (10 m for the street-opening types, 5 m for the others) and their
# windows [earliestStart, latestEnd] share at least one day. Owner, cost and funding play no part in a pair.
#
# The command line runs from the jar extracted as Spring Boot lays it out for production (java -Djarmode=tools -jar
# wijkatelier.jar extract): its classes load from plain jars instead of jars nested in one, which saves about a second
# of start-up. Its CPU time (user + system, all threads) is recorded beside the wall times: on the shared machine the
# wall times say as much about the other work running as about the engine. It runs with -Xmx2g and the throughput
# collector (-XX:+UseParallelGC; HEAP and JVM_OPTIONS override them).
#
# Writes benchmarks/results/couple-vs-postgis.csv and benchmarks/results/couple-vs-postgis.md (a Markdown table).
# Needs target/wijkatelier.jar (./mvnw -q -B package -DskipTests; JAR=... for another), GNU time, python3, and a local PostgreSQL 15 that the
# postgres system user can reach (run as root, or as postgres with PSQL='psql'); installs PostGIS with apt when the
# server lacks it.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/wijkatelier.jar}
DATA=${BENCHMARK_DATA:-/tmp/wijkatelier-couple-vs-postgis}
SEED=${SEED:-42}
read -r -a SIZES <<< "${SIZES:-10000 200000 1000000}"
DB=${BENCHMARK_DB:-wijkatelier_couple_vs_postgis}
HEAP=${HEAP:-2g}
# the throughput collector: a batch run has no pauses to keep short, and it costs the fewest CPU cycles
JVM_OPTIONS=${JVM_OPTIONS:--XX:+UseParallelGC}
OUT=benchmarks/results/couple-vs-postgis.csv
TABLE=benchmarks/results/couple-vs-postgis.md

[ -s "$JAR" ] || { echo "build the jar first: ./mvnw -q -B package -DskipTests" >&2; exit 2; }
mkdir -p "$DATA" benchmarks/results
chmod 777 "$DATA"

if [ -n "${PSQL:-}" ]; then
  psql_as_postgres() { $PSQL "$@"; }
elif [ "$(id -u)" = 0 ]; then
  psql_as_postgres() { su postgres -c "$(printf '%q ' psql "$@")"; }
else
  psql_as_postgres() { sudo -u postgres psql "$@"; }
fi
pg() { psql_as_postgres -X -q -v ON_ERROR_STOP=1 "$@"; }

# PostGIS: the server's own major version of Debian's package, when the extension is not available yet
if [ -z "$(pg -d postgres -tAc "select 1 from pg_available_extensions where name = 'postgis'")" ]; then
  major=$(pg -d postgres -tAc "show server_version_num" | cut -c1-2)
  echo "installing postgresql-$major-postgis-3" >&2
  apt-get install -y "postgresql-$major-postgis-3" >&2 || { apt-get update >&2 && apt-get install -y "postgresql-$major-postgis-3" >&2; }
fi
rm -rf "$DATA/app"
java -Djarmode=tools -jar "$JAR" extract --destination "$DATA/app" >&2
APP="$DATA/app/$(basename "$JAR")"

pg -d postgres -c "drop database if exists $DB" -c "create database $DB"
pg -d "$DB" -c "create extension postgis"
postgis=$(pg -d "$DB" -tAc "select postgis_lib_version()")
server=$(pg -d "$DB" -tAc "show server_version" | cut -d' ' -f1)
echo "PostgreSQL $server, PostGIS $postgis" >&2

echo "tasks,postgis_s,cli_total_s,read_s,index_s,join_s,write_s,join_per_postgis,total_per_postgis,cli_wall_s,cli_cpu_s,load1,pairs,same_pairs,postgres,postgis,heap,jvm_options" > "$OUT"
{
  echo "| tasks | PostGIS query | CLI read + index + join + write | read | index | join | write | join ÷ PostGIS | CLI ÷ PostGIS | CLI CPU time | load (1 min) | pairs | same pairs |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|"
} > "$TABLE"

seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

status=0
for n in "${SIZES[@]}"; do
  tasks="$DATA/tasks-$n-rd.geojson"
  [ -s "$tasks" ] || java -jar "$JAR" generate --tasks "$n" --seed "$SEED" --crs rd --out "$tasks"
  python3 benchmarks/postgis/geojson_to_copy.py "$tasks" > "$DATA/tasks-$n.copy"
  chmod 644 "$DATA/tasks-$n.copy"

  # the table: a geometry per task (or none), the window, the buffer of its type
  pg -d "$DB" <<SQL
drop table if exists task, pair;
create table task (id text primary key, type text not null, earliest date not null, latest date not null,
  geom geometry(Geometry, 28992));
\copy task (id, type, earliest, latest, geom) from '$DATA/tasks-$n.copy'
alter table task add column buffer double precision;
update task set buffer = case when type in ('SEWER_REPLACEMENT', 'WATER_MAIN', 'DISTRICT_HEATING', 'ELECTRICITY_GRID',
  'GAS_GRID', 'FIBRE', 'ROAD_REDESIGN', 'CLIMATE_ADAPTATION') then 10 else 5 end;
create index task_geom on task using gist (geom);
vacuum analyze task;
SQL

  # the self-join: the GiST index finds the candidates within the largest reach (the task's buffer + 10 m), ST_DWithin
  # then keeps those within the pair's own reach; windows share a day when the later start is on or before the
  # earlier end
  load=$(cut -d' ' -f1 /proc/loadavg)
  pg -d "$DB" > "$DATA/postgis-$n.timing" <<SQL
\\timing on
create unlogged table pair as
select a.id as a, b.id as b
  from task a join task b
    on a.id < b.id
   and b.geom && st_expand(a.geom, a.buffer + 10)
   and st_dwithin(a.geom, b.geom, a.buffer + b.buffer)
   and greatest(a.earliest, b.earliest) <= least(a.latest, b.latest);
SQL
  # the server's time for the query as psql reports it (connecting and starting psql left out)
  postgis_ms=$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' "$DATA/postgis-$n.timing" | tail -1)
  pg -d "$DB" -c "\\copy (select a, b from pair) to '$DATA/postgis-pairs-$n.tsv'"

  # the command line on the same file
  log="$DATA/couple-$n.log"
  result="$DATA/result-$n.json"
  started=$(date +%s%N)
  /usr/bin/time -f "cpu=%U %S" -o "$DATA/couple-$n.cpu" java "-Xmx$HEAP" $JVM_OPTIONS -jar "$APP" couple --tasks "$tasks" --timings --out "$result" 2> "$log"
  wall_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  cpu_s=$(awk '/^cpu=/ { sub("cpu=", ""); printf "%.2f", $1 + $2 }' "$DATA/couple-$n.cpu")
  phase() { sed -n "s/^phase=$1 ms=\([0-9]*\)$/\1/p" "$log"; }
  read_ms=$(phase read); index_ms=$(phase index); join_ms=$(phase join); write_ms=$(phase write)
  total_ms=$(( read_ms + index_ms + join_ms + write_ms ))
  python3 -c '
import json, sys
for p in json.load(open(sys.argv[1]))["pairs"]:
    print(p["a"] + "\t" + p["b"])' "$result" | LC_ALL=C sort > "$DATA/engine-pairs-$n.tsv"
  LC_ALL=C sort "$DATA/postgis-pairs-$n.tsv" -o "$DATA/postgis-pairs-$n.tsv"
  pairs=$(wc -l < "$DATA/engine-pairs-$n.tsv")
  if cmp -s "$DATA/engine-pairs-$n.tsv" "$DATA/postgis-pairs-$n.tsv"; then
    same=yes
  else
    same=no
    status=1
    echo "DIFFERENT PAIRS at $n tasks: engine $pairs, PostGIS $(wc -l < "$DATA/postgis-pairs-$n.tsv") (< engine only, > PostGIS only)" >&2
    diff "$DATA/engine-pairs-$n.tsv" "$DATA/postgis-pairs-$n.tsv" | head -20 >&2 || true
  fi

  postgis_s=$(seconds "$postgis_ms")
  echo "$n,$postgis_s,$(seconds "$total_ms"),$(seconds "$read_ms"),$(seconds "$index_ms"),$(seconds "$join_ms"),$(seconds "$write_ms"),$(ratio "$join_ms" "$postgis_ms"),$(ratio "$total_ms" "$postgis_ms"),$(seconds "$wall_ms"),$cpu_s,$load,$pairs,$same,$server,$postgis,$HEAP,$JVM_OPTIONS" | tee -a "$OUT"
  echo "| $(thousands "$n") | $postgis_s s | $(seconds "$total_ms") s | $(seconds "$read_ms") s | $(seconds "$index_ms") s | $(seconds "$join_ms") s | $(seconds "$write_ms") s | $(ratio "$join_ms" "$postgis_ms") | $(ratio "$total_ms" "$postgis_ms") | $cpu_s s | $load | $(thousands "$pairs") | $same |" >> "$TABLE"
done
pg -d postgres -c "drop database if exists $DB"
cat "$TABLE"
exit $status
