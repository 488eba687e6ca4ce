# Two commands matter: `make run` (the app with demo data) and `make test` (the whole suite).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_PASSWORD ?= demo-password-2026
DEMO_CANDIDATES ?= 300
TEST_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/vacancy_matcher)
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15
PYTEST_ARGS ?=
PYTEST_WORKERS ?= 2

.PHONY: run test lint bench clean messages

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	-scripts/ensure_services.sh redis
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --candidates $(DEMO_CANDIDATES) --password $(DEMO_PASSWORD)
	HOST=$(HOST) PORT=$(PORT) DEMO_PASSWORD=$(DEMO_PASSWORD) scripts/run_dev.sh

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

test: $(VENV)/.dev
	DATABASE_URL=$(TEST_DATABASE_URL) scripts/ensure_services.sh
	scripts/ensure_chromium.sh
	$(VENV)/bin/ruff check .
	# The layers between the apps (README.md, "Layout"; contracts in pyproject.toml).
	$(VENV)/bin/lint-imports
	DATABASE_URL=$(TEST_DATABASE_URL) $(PY) manage.py makemigrations --check --dry-run
	# Two cores: everything else in two processes, then the tests that start real Celery workers on
	# their own (they share the test Redis database and must not take each other's tasks).
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) $(VENV)/bin/pytest -n $(PYTEST_WORKERS) -m "not worker" $(PYTEST_ARGS)
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) $(VENV)/bin/pytest -m worker $(PYTEST_ARGS)

bench: $(VENV)/.dev
	for script in bench/*.py; do echo "== $$script"; $(PY) $$script; done

# The French catalogues (README, "English and French"). The page templates and config/ go to locale/ (one run
# at the root that leaves out the apps: "app/?*" skips an app's files but not templates/<app>/); each app's
# Python strings go to its own <app>/locale/, run inside the app. Then the .mo files the app reads; commit both.
I18N_APPS := access accounts applicants applications audit board candidates documents matching recruiting reference vacancies
messages: $(VENV)/.runtime
	$(PY) manage.py makemessages -l fr -e html,txt,py $(foreach dir,$(I18N_APPS) tests bench scripts docs static,--ignore='$(dir)/?*')
	# The apps' Python strings: one catalogue per app (scripts/messages.sh says why).
	PY=$(abspath $(PY)) scripts/messages.sh
	$(PY) manage.py compilemessages -l fr -l en_GB --ignore='.venv'

clean:
	rm -rf var staticfiles .pytest_cache .ruff_cache .import_linter_cache
