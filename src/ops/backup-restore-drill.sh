#!/usr/bin/env bash
# Backup and restore drill: runs the production procedure of the README (pg_dump, pg_restore into a
# new database) on a throw-away PostgreSQL, then proves the restore: every table has the same rows
# (count and checksum), every sequence continues where it was, and the application starts on the
# restored database and signs the administrator in.
#
# Usage: src/ops/backup-restore-drill.sh [path/to/hocluat.jar]
#   PG_BIN    PostgreSQL client and server binaries (default /usr/lib/postgresql/15/bin)
# Needs: a built jar (./mvnw package), curl; run as root (the server then runs as user postgres) or
# as a user who may run initdb.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
jar=${1:-$(ls target/hocluat-*.jar 2>/dev/null | grep -v '/original-' | head -1)}
[ -f "$jar" ] || { echo "no jar: run ./mvnw package first" >&2; exit 1; }
work=$(mktemp -d)
chmod 755 "$work"
app_pid=
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  as_pg "$PG_BIN/pg_ctl" -D "$work/pgdata" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

db_port=$(free_port 55432)
app_port=$(free_port 18480)
[ "$(id -u)" = 0 ] && chown postgres "$work"
step "throw-away PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $db_port"
as_pg "$PG_BIN/initdb" -D "$work/pgdata" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$work/pgdata" -l "$work/pgdata/server.log" -w \
  -o "-p $db_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
export PGHOST=127.0.0.1 PGPORT=$db_port
psql_q() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_q -U postgres -c "create role hocluat login password 'drill-password'"
psql_q -U postgres -c "create database hocluat owner hocluat encoding 'UTF8' template template0"

start_app() { # database name
  HOCLUAT_DB_URL="jdbc:postgresql://127.0.0.1:$db_port/$1" HOCLUAT_DB_USER=hocluat HOCLUAT_DB_PASSWORD=drill-password \
  HOCLUAT_JWT_SECRET=drill-secret-0123456789-0123456789-0123456789 HOCLUAT_ADMIN_PASSWORD=Drill-admin-2025 \
  HOCLUAT_PORT=$app_port java -jar "$jar" >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$app_port/health/readiness" | grep -q '"status":"UP"'; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
  done
  cat "$work/app-$1.log" >&2
  echo "the application did not become ready on database $1" >&2
  exit 1
}
stop_app() { kill -TERM "$app_pid"; wait "$app_pid" || true; app_pid=; }

step "the application creates its schema (Flyway) and the administrator"
start_app hocluat
stop_app

step "sample data: 300 communes, 6000 people with Vietnamese names, groups"
psql_q -U hocluat -d hocluat <<'SQL'
insert into unit (code, name, search_name, kind, parent_id, path, depth)
select 'DRILL-' || g, 'Xã Đồng Tâm ' || g, 'xa dong tam ' || g, 'COMMUNE', r.id, r.path, 1
from generate_series(1, 300) g, (select id, path from unit where depth = 0) r;
update unit set path = path || id || '/' where code like 'DRILL-%';
insert into person (code, full_name, search_name, birth_date, gender, unit_id, active_from)
select 'P-DRILL-' || g, 'Nguyễn Văn Đạt ' || g, 'nguyen van dat ' || g, date '1980-01-01' + g,
       case when g % 2 = 0 then 'MALE' else 'FEMALE' end,
       (select id from unit where code = 'DRILL-' || (1 + g % 300)), date '2025-01-01'
from generate_series(1, 6000) g;
insert into person_group (person_id, group_code)
select id, case when id % 3 = 0 then 'MEDIATOR' else 'CITIZEN' end from person where code like 'P-DRILL-%';
SQL

step "BACKUP: pg_dump --format=custom"
PGPASSWORD=drill-password "$PG_BIN/pg_dump" -U hocluat -d hocluat --format=custom --file="$work/hocluat.dump"
ls -l "$work/hocluat.dump" | awk '{print $5 " bytes"}'

step "RESTORE: into a new database hocluat_restored"
psql_q -U postgres -c "create database hocluat_restored owner hocluat encoding 'UTF8' template template0"
PGPASSWORD=drill-password "$PG_BIN/pg_restore" -U hocluat -d hocluat_restored --no-owner --exit-on-error "$work/hocluat.dump"

step "VERIFY: rows and sequences"
fingerprint() { # database → one line per table (rows, md5 of the sorted rows) and per sequence
  psql_q -U postgres -d "$1" -At <<'SQL'
select format('select %L || '' '' || count(*) || '' '' || coalesce(md5(string_agg(t::text, '','' order by t::text)), ''-'') from %I.%I t',
              schemaname || '.' || tablename, schemaname, tablename)
from pg_tables where schemaname = 'public' order by tablename
\gexec
select 'sequence ' || sequencename || ' ' || coalesce(last_value, 0) from pg_sequences where schemaname = 'public' order by sequencename;
SQL
}
fingerprint hocluat >"$work/source.txt"
fingerprint hocluat_restored >"$work/restored.txt"
cat "$work/source.txt"
if ! diff "$work/source.txt" "$work/restored.txt"; then
  echo "RESTORE DIFFERS from the source" >&2
  exit 1
fi

step "VERIFY: the application runs on the restored database"
start_app hocluat_restored
code=$(curl -s -o "$work/token.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Drill-admin-2025"}' "http://127.0.0.1:$app_port/api/v1/auth/token")
[ "$code" = 200 ] && grep -q access_token "$work/token.json" || { echo "admin sign-in on the restored database: HTTP $code" >&2; exit 1; }
stop_app
echo "admin signs in on the restored database"

step "DRILL PASSED: $(wc -l <"$work/source.txt") tables and sequences identical after pg_dump / pg_restore"
