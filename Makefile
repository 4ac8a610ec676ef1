# Samvirke: `make run` serves the demo, `make test` runs the whole suite.
# Everything the project needs is installed from here; nothing by hand.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.8
PORT ?= 8000
SCALE_SIZES ?= 1000 10000 100000
STAMP := $(VENV)/.synced

.PHONY: run test setup install demo lint format messages browser clean serve bench loadtest audit search-eval search-scale fonts offline-bench

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Re-sync only when the lock file changes.
$(STAMP): uv.lock pyproject.toml | $(PY)
	UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --frozen --inexact --python $(PY) --quiet
	@touch $(STAMP)

install: $(STAMP)

messages: install
	$(PY) manage.py compilemessages --ignore=.venv --verbosity 0

setup: install messages
	@mkdir -p var/static var/media
	$(PY) manage.py migrate --noinput --verbosity 0
	$(PY) manage.py collectstatic --noinput --verbosity 0

demo: setup
	$(PY) manage.py load_demo

# The background worker (edition PDFs, e-mail, embeddings) runs beside the web server and stops with it.
run: demo
	@echo "Samvirke is served on http://127.0.0.1:$(PORT)/  (stop with Ctrl-C)"
	@$(PY) manage.py db_worker --reload --interval 1 & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(PY) manage.py runserver 127.0.0.1:$(PORT)

# The browser tests drive Debian's chromium; install it when missing (we run as root on CI).
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Two workers (one a core); each builds the demo once and shares it with its tests (docs/testing.md).
# The run ends with its 20 slowest tests, so the next slowdown is seen where it starts.
test: install messages browser
	@mkdir -p var/static var/media
	$(PY) -m pytest -n 2 -p no:cacheprovider --durations=20 $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

# Known vulnerabilities in the locked dependencies (pip-audit). AUDIT_FLAGS=--allow-offline tolerates a
# machine that cannot reach the vulnerability service (it says so; CI passes it).
audit: install
	$(PY) scripts/audit.py $(AUDIT_FLAGS)

# The guide's web fonts are committed OFL subsets (decision 0071); this regenerates them from Debian's Noto.
fonts: install
	@test -f /usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core >/dev/null; }
	$(PY) scripts/subset_guide_fonts.py

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The production profile on 127.0.0.1:$(PORT): granian with one worker per core, hashed and
# compressed static files, the page cache; plain HTTP behind a TLS proxy (X-Forwarded-Proto).
serve: install messages
	@test -n "$$SECRET_KEY" || { echo "make serve runs the production profile: set SECRET_KEY (and ALLOWED_HOSTS)"; exit 1; }
	@mkdir -p var/static var/media
	DJANGO_ENV=production $(PY) manage.py migrate --noinput --verbosity 0
	DJANGO_ENV=production $(PY) manage.py collectstatic --noinput --verbosity 0
	DJANGO_ENV=production $(PY) manage.py load_demo --if-empty --verbosity 0
	@DJANGO_ENV=production $(PY) manage.py db_worker --interval 1 & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DJANGO_ENV=production PORT=$(PORT) scripts/granian

# Benchmarks at 1k and 10k initiatives on both databases (BENCH_SIZES="1000 10000 100000" for more);
# sizes above BENCH_EMBED_UP_TO borrow demo vectors instead of computing them (hours at 100k).
# Results in bench/results/, summary in bench/README.md.
BENCH_SIZES ?= 1000 10000
BENCH_EMBED_UP_TO ?= 10000
bench: install messages
	@command -v wrk >/dev/null && command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null; }
	$(PY) bench/run.py --db sqlite --sizes $(BENCH_SIZES) --embed-up-to $(BENCH_EMBED_UP_TO)
	$(PY) bench/run.py --db postgres --sizes $(BENCH_SIZES) --embed-up-to $(BENCH_EMBED_UP_TO)
	$(PY) bench/insights_overhead.py --db sqlite

# Cross-lingual search: recall@5 and MRR per guide language for each step, latencies, model RSS
# (bench/results/search-eval-<date>-<db>.json; table in docs/decisions/0038).
search-eval: install messages
	$(PY) bench/search_eval.py --db sqlite

# The lexical search in process at 1k, 10k and 100k entries on both databases (bench/results/search-scale-*).
search-scale: install messages
	$(PY) bench/search_scale.py --db sqlite --sizes $(SCALE_SIZES)
	$(PY) bench/search_scale.py --db postgres --sizes $(SCALE_SIZES)

# What "save my guide" stores per guide language, for the demo and a municipality of 100 activities
# (bench/results/offline-bundle-<date>.json; decision 0070).
offline-bench: install messages
	$(PY) bench/offline_bundle.py --sizes 100

# 60 s of mixed traffic at 50 connections against the production server on PostgreSQL (LOADTEST_SECONDS=10 in CI),
# then faults: PostgreSQL restarted under traffic (clean 503s, recovery) and a killed worker replaced.
loadtest: install messages
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(PY) bench/loadtest.py
	$(PY) bench/faults.py

clean:
	rm -rf $(VENV) var/*.sqlite3* staticfiles
