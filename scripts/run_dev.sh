#!/usr/bin/env bash
# Serve the app for local use: a Celery worker (and beat) when Redis answers, then the web server.
# Stopping the server (Ctrl+C, closing the terminal, or a TERM to this script) stops the worker too.
# Emails print here, the worker's (stage changes) as the web's; the worker's log goes to $RUN_DIR/celery.log.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
HOST="${HOST:-127.0.0.1}"; PORT="${PORT:-8000}"
RUN_DIR="${RUN_DIR:-var}"
# Links in emails follow the port (config/settings.py: SITE_URL, unless it is set), for web and worker alike.
export PORT

worker_pid=""; server_pid=""
stop() {
  trap - INT TERM HUP EXIT
  if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "$worker_pid" ] && kill -0 "$worker_pid" 2>/dev/null; then
    echo "Stopping the Celery worker..."
    # A warm shutdown (the worker stops its pool and beat), or its whole process group killed after 10 s.
    kill -TERM "$worker_pid" 2>/dev/null || true
    (sleep 10; echo "The Celery worker did not stop within 10 s: killed."; kill -KILL -- "-$worker_pid" 2>/dev/null) &
    watchdog=$!
    wait "$worker_pid" 2>/dev/null || true
    kill "$watchdog" 2>/dev/null || true
    kill -KILL -- "-$worker_pid" 2>/dev/null || true  # anything of the group left behind
    echo "Celery worker stopped."
  fi
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap 'stop; exit 129' HUP
trap stop EXIT

if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || $PY -c "
import sys; from config.celery import redis_reachable; from config.settings import REDIS_URL; sys.exit(0 if redis_reachable(REDIS_URL) else 1)" 2>/dev/null; then
  mkdir -p "$RUN_DIR"
  if [ "$(redis-cli -h 127.0.0.1 -p 6379 config get appendonly 2>/dev/null | tail -n 1)" = "no" ]; then
    echo "Note: this Redis runs without 'appendonly yes': a restart loses queued tasks until the reconciler"
    echo "sends them again (within a minute). See README, 'Running in production'."
  fi
  # A session of its own: Ctrl+C reaches the server, not the worker, which stop() then shuts down in order.
  CELERY_WORKER_REDIRECT_STDOUTS=false setsid "$PY" -m celery --quiet -A config worker -B -Q default,scoring \
    --concurrency 2 --loglevel INFO --logfile "$RUN_DIR/celery.log" --schedule "$RUN_DIR/celerybeat-schedule" \
    </dev/null &
  worker_pid=$!
  echo "Celery worker started (pid $worker_pid, log: $RUN_DIR/celery.log)."
else
  echo "Redis is not reachable: background tasks run in-process (see README, 'Without Redis')."
fi

cat <<TXT

  Vacancy Matcher is running: open http://$HOST:$PORT/
  Log in with any demo account, password: ${DEMO_PASSWORD:-the one load_demo printed}
    alice@example.org  applicant with a complete profile
    bob@example.org    another applicant
    rita@example.org   recruiter assigned to the seed vacancies
    sam@example.org    recruiter assigned to none of them
    ada@example.org    admin (also /admin/)

TXT
"$PY" manage.py runserver "$HOST:$PORT" </dev/null &
server_pid=$!
wait "$server_pid"
