# Sourced by backup.sh and restore.sh: turns the application's database settings into libpq's PG* variables.
# SPRING_DATASOURCE_URL (jdbc:postgresql://host[:port]/database[?sslmode=...]) with SPRING_DATASOURCE_USERNAME and
# SPRING_DATASOURCE_PASSWORD win, as the jar reads them; without them the usual PGHOST, PGPORT, PGDATABASE,
# PGUSER, PGPASSWORD (or ~/.pgpass) apply unchanged.

die() {
  echo "$(basename "$0"): $*" >&2
  exit 2
}

if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  case "$SPRING_DATASOURCE_URL" in
    jdbc:postgresql://*) ;;
    jdbc:h2:*) die "SPRING_DATASOURCE_URL is the embedded H2 database; stop the application and copy its data directory (WIJKATELIER_DATA_DIR) instead" ;;
    *) die "SPRING_DATASOURCE_URL is not a PostgreSQL URL (jdbc:postgresql://host:port/database): $SPRING_DATASOURCE_URL" ;;
  esac
  rest=${SPRING_DATASOURCE_URL#jdbc:postgresql://}
  hostport=${rest%%/*}
  [ "$hostport" != "$rest" ] || die "no database name in SPRING_DATASOURCE_URL: $SPRING_DATASOURCE_URL"
  path=${rest#*/}
  database=${path%%\?*}
  params=""
  [ "$database" = "$path" ] || params=${path#*\?}
  case "$hostport" in
    *,*) die "several hosts in SPRING_DATASOURCE_URL are not supported; set PGHOST and friends instead" ;;
    *:*) export PGHOST=${hostport%%:*} PGPORT=${hostport##*:} ;;
    "") export PGHOST=localhost ;;
    *) export PGHOST=$hostport ;;
  esac
  [ -n "$database" ] || die "no database name in SPRING_DATASOURCE_URL: $SPRING_DATASOURCE_URL"
  export PGDATABASE=$database
  IFS='&' read -r -a pairs <<< "$params"
  for pair in "${pairs[@]}"; do
    case "$pair" in
      sslmode=*) export PGSSLMODE=${pair#sslmode=} ;;
      user=*) export PGUSER=${pair#user=} ;;
      password=*) export PGPASSWORD=${pair#password=} ;;
    esac
  done
  [ -z "${SPRING_DATASOURCE_USERNAME:-}" ] || export PGUSER=$SPRING_DATASOURCE_USERNAME
  [ -z "${SPRING_DATASOURCE_PASSWORD:-}" ] || export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
fi
[ -n "${PGDATABASE:-}" ] || die "say which database: set SPRING_DATASOURCE_URL (as for the jar) or PGDATABASE"
