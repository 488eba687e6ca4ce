#!/usr/bin/env bash
# Serve the app for local use: a Celery worker (and beat) when Redis answers, then the web server.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
HOST="${HOST:-127.0.0.1}"; PORT="${PORT:-8000}"

worker_pid=""
if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || $PY -c "
import sys; from config.settings import redis_reachable, REDIS_URL; sys.exit(0 if redis_reachable(REDIS_URL) else 1)" 2>/dev/null; then
  mkdir -p var
  if [ "$(redis-cli -h 127.0.0.1 -p 6379 config get appendonly 2>/dev/null | tail -n 1)" = "no" ]; then
    echo "Note: this Redis runs without 'appendonly yes': a restart loses queued tasks until the reconciler"
    echo "sends them again (within a minute). See README, 'Running in production'."
  fi
  .venv/bin/celery -A config worker -B -Q default,scoring --concurrency 2 --loglevel INFO \
    --schedule var/celerybeat-schedule >var/celery.log 2>&1 &
  worker_pid=$!
  echo "Celery worker started (log: var/celery.log)."
else
  echo "Redis is not reachable: background tasks run in-process (see README, 'Without Redis')."
fi
trap '[ -n "$worker_pid" ] && kill "$worker_pid" 2>/dev/null || true' EXIT

cat <<TXT

  Vacancy Matcher is running: open http://$HOST:$PORT/
  Log in with any demo account, password: ${DEMO_PASSWORD:-the one load_demo printed}
    alice@example.org  applicant with a complete profile
    bob@example.org    another applicant
    rita@example.org   recruiter assigned to the seed vacancies
    sam@example.org    recruiter assigned to none of them
    ada@example.org    admin (also /admin/)

TXT
exec $PY manage.py runserver "$HOST:$PORT"
