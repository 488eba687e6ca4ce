#!/usr/bin/env bash
# Make sure PostgreSQL and Redis answer on 127.0.0.1, starting (or installing) them if they do not.
# Used by `make test` and CI; `make run` only asks for Redis and falls back to in-process tasks.
set -euo pipefail
want="${1:-all}"   # all | redis

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_redis() {
  if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then return 0; fi
  command -v redis-server >/dev/null || apt_install redis-server redis-tools
  echo "Starting Redis on 127.0.0.1:6379 (append-only file: a restart keeps the queued tasks)" >&2
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
    --appendonly yes --appendfsync everysec --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "Redis did not start" >&2; return 1
}

ensure_postgres() {
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then return 0; fi
  if ! command -v pg_ctlcluster >/dev/null; then apt_install postgresql; fi
  echo "Starting PostgreSQL on 127.0.0.1:5432" >&2
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 50); do pg_isready -h 127.0.0.1 -p 5432 -q && return 0; sleep 0.2; done
  echo "PostgreSQL did not start" >&2; return 1
}

ensure_database() {
  # The database named in DATABASE_URL (pytest-django creates its test_ twin next to it).
  local url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/vacancy_matcher}"
  case "$url" in postgres*://*) ;; *) return 0 ;; esac
  local name="${url##*/}"; name="${name%%\?*}"
  if ! psql "${url%/*}/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    psql "${url%/*}/postgres" -qc "CREATE DATABASE \"$name\"" >/dev/null
  fi
}

ensure_redis
if [ "$want" = all ]; then ensure_postgres; ensure_database; fi
