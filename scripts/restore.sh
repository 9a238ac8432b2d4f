#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a PostgreSQL database, in one transaction: it is either wholly
# restored or left as it was. Stop the application on that database first; start it afterwards (Flyway then
# applies any newer migrations of the jar).
#
#   scripts/restore.sh [--force] FILE
#
# The database comes from SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD or PGHOST, PGPORT, PGDATABASE, PGUSER,
# PGPASSWORD, as for backup.sh; create it first (createdb -O <role> <name>). A database that already holds tables
# is refused (exit 3) unless --force is given, which drops the backed-up objects before restoring them.
set -euo pipefail
force=false
file=""
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    -*) echo "restore.sh: unknown option $arg" >&2; exit 2 ;;
    *) [ -z "$file" ] || { echo "restore.sh: one backup file only" >&2; exit 2; }; file=$arg ;;
  esac
done
source "$(dirname "$0")/pg-env.sh"
[ -n "$file" ] || die "usage: scripts/restore.sh [--force] FILE"
[ -r "$file" ] || die "cannot read $file"
command -v pg_restore >/dev/null || die "pg_restore not found: install the PostgreSQL client (apt-get install postgresql-client)"
pg_restore --list "$file" >/dev/null || die "$file is not a pg_dump custom-format backup"

relations=$(psql -X -qAt -v ON_ERROR_STOP=1 -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'")
options=(--single-transaction --exit-on-error --no-owner --no-privileges --dbname="$PGDATABASE")
if [ "$relations" != "0" ]; then
  if [ "$force" != true ]; then
    echo "restore.sh: database $PGDATABASE is not empty ($relations tables, views or sequences); refusing to restore over it." >&2
    echo "restore.sh: restore into a new empty database, or pass --force to replace what the backup contains." >&2
    exit 3
  fi
  options+=(--clean --if-exists)
fi
pg_restore "${options[@]}" "$file"
echo "restored $file into $PGDATABASE"
