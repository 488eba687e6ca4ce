#!/usr/bin/env bash
# The French catalogues of the Python code, one per app (issue 19, point 3): <app>/locale/fr/LC_MESSAGES/django.po,
# made by makemessages run inside each app's folder, so that they never take in the templates' strings (the
# root catalogue, locale/). Then compiles them (.mo, committed).
#
#   scripts/messages.sh            # update every app's .po from its code, then compile
#   scripts/messages.sh --compile  # compile only
#
# After an update, translate the new or changed entries (msgstr "" or "#, fuzzy") before committing:
# tests/test_translations_apps.py fails while one is left.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PY:-$ROOT/.venv/bin/python}  # PY=/path/to/python for another virtualenv
[ -x "$PY" ] || PY=python3
APPS="accounts access applicants applications audit board candidates config documents matching recruiting reference vacancies"
export DJANGO_SETTINGS_MODULE=config.settings PYTHONPATH="$ROOT"
for app in $APPS; do
  mkdir -p "$app/locale"
  if [ "${1:-}" != "--compile" ]; then
    (cd "$app" && "$PY" -P -m django makemessages -l fr --no-location --no-obsolete -e py -i "migrations/*" >/dev/null)
  fi
  (cd "$app" && "$PY" -P -m django compilemessages -l fr >/dev/null)
done
echo "Catalogues: $(for app in $APPS; do printf '%s ' "$app/locale/fr/LC_MESSAGES/django.po"; done)"
