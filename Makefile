# Two commands matter: `make run` and `make test`. `make help` lists everything.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
CELERY := $(VENV)/bin/celery
UV_VERSION := 0.13.9
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_ENV := DJANGO_SETTINGS_MODULE=campaign_site.settings.test
# Two pytest workers (one machine core each); browser tests stay together on one of them.
PYTEST_WORKERS ?= -n 2 --dist loadgroup

.PHONY: help install run serve worker beat migrate demo demo-code messages compile-messages check-messages \
        lint format test test-fast bench clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[1m%-16s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(VENV)/.installed: pyproject.toml uv.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	UV_PROJECT_ENVIRONMENT=$(VENV) $(VENV)/bin/uv sync --frozen --inexact --quiet
	mkdir -p var/mail var/celery/queue var/celery/processed media
	touch $@

install: $(VENV)/.installed ## Create .venv and install the locked dependencies

compile-messages: install ## Compile the interface translations (locale/*.po -> .mo)
	@$(MANAGE) compile_catalogues

messages: install ## Extract new interface strings into locale/*.po (needs gettext)
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=var --ignore=tests \
		--ignore=media --add-location=file
	$(MANAGE) makemessages --all --domain=djangojs --no-obsolete --ignore=.venv --ignore=var \
		--ignore=tests --ignore=media --add-location=file

check-messages: install ## Fail if a catalogue has untranslated, fuzzy or missing strings
	@$(TEST_ENV) $(MANAGE) check_catalogues

migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput

demo: migrate ## Load demo content (idempotent)
	$(MANAGE) load_demo_content

demo-code: install ## Print the current two-factor code of the demo staff and coordinators
	@$(MANAGE) demo_totp_code

run: install compile-messages ## Set up, then serve the site with a Celery worker and beat
	@$(MANAGE) migrate --noinput -v0
	@$(MANAGE) collectstatic --noinput -v0
	@$(MANAGE) load_demo_content --if-empty
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/   (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "  Health: http://$(HOST):$(PORT)/healthz   Mail: var/mail/   Ctrl-C stops all three."
	@echo ""
	@trap 'kill 0' EXIT; \
	$(CELERY) -A campaign_site worker --loglevel=INFO --concurrency=2 --queues=default,reminders,reach & \
	$(CELERY) -A campaign_site beat --loglevel=INFO --pidfile= & \
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: install compile-messages ## Lint, check, then run every test (unit, integration, browser)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(TEST_ENV) $(MANAGE) check
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run
	$(TEST_ENV) $(MANAGE) check_catalogues
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_WORKERS) $(PYTEST_ARGS)

test-fast: install compile-messages ## Run pytest without the browser tests
	$(TEST_ENV) $(PY) -m pytest -m "not e2e" $(PYTEST_WORKERS) $(PYTEST_ARGS)

bench: install compile-messages ## Run the benchmarks, print a table, write var/bench.json
	$(PY) -m tests.benchmarks.run

clean: ## Remove the virtualenv and local data under var/
	rm -rf $(VENV) var
