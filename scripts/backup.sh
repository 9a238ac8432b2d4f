#!/usr/bin/env bash
# Backs up the PostgreSQL database of a running Wijkatelier in pg_dump's custom format (compressed, restorable
# with scripts/restore.sh or pg_restore). The application may keep running: pg_dump reads one consistent snapshot.
#
#   scripts/backup.sh [FILE]
#
# FILE defaults to backups/wijkatelier-<database>-<UTC time>.dump. The database comes from SPRING_DATASOURCE_URL,
# SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (the jar's settings) or else PGHOST, PGPORT,
# PGDATABASE, PGUSER, PGPASSWORD. Everything the application keeps is in the database (the search index is
# rebuilt from it on start), so this one file is the whole backup. Exit code 0 only when the file is complete.
set -euo pipefail
source "$(dirname "$0")/pg-env.sh"
command -v pg_dump >/dev/null || die "pg_dump not found: install the PostgreSQL client (apt-get install postgresql-client)"

file=${1:-backups/wijkatelier-$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
# --no-owner/--no-privileges: the dump restores under whichever role runs the application there.
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$partial"
# A dump pg_restore cannot list is not a backup.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$file"
trap - EXIT
echo "backup of $PGDATABASE written to $file ($(du -h "$file" | cut -f1))"
