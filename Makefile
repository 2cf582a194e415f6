# Budapest Post: `make run` for a local portal, `make test` for the whole suite. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Absolute URLs (canonical, hreflang, feeds, sitemaps, mails) use the demo Site, set from SITE_URL on every
# load: under `make run PORT=8791` they point at the port actually served.
SITE_URL ?= http://$(HOST):$(PORT)

# Python 3.12+: pyenv's answer for .python-version first, then python3.13, python3.12, python3.
define find_python
for c in "$$(command -v pyenv >/dev/null 2>&1 && pyenv which python 2>/dev/null)" python3.13 python3.12 python3; do \
  [ -n "$$c" ] || continue; \
  if "$$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then echo "$$c"; exit 0; fi; \
done; exit 1
endef

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "} {printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock
	@py=$$($(find_python)) || { echo "Budapest Post needs Python 3.12 or newer (tried pyenv, python3.13, python3.12, python3). Install one and run make again." >&2; exit 1; }; \
	  [ -x $(PY) ] && $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' || { rm -rf $(VENV); echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	@touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the locked dependencies

.PHONY: compilemessages
compilemessages: install ## Compile locale/*.po (fails on untranslated or fuzzy strings)
	@command -v msgfmt >/dev/null || { echo "msgfmt is missing: apt-get install gettext" >&2; exit 1; }
	@stats=$$(msgfmt --check --statistics -o /dev/null locale/hu/LC_MESSAGES/django.po 2>&1) || { echo "$$stats" >&2; exit 1; }; \
	  case "$$stats" in *untranslated*|*fuzzy*) echo "Hungarian UI strings incomplete: $$stats" >&2; exit 1;; esac
	$(MANAGE) compilemessages --ignore=.venv -v 0

.PHONY: messages
messages: install ## Extract UI strings into locale/hu/LC_MESSAGES/django.po
	$(MANAGE) makemessages -l hu --no-obsolete --ignore=.venv --ignore=tests --ignore=bench --add-location=file

.PHONY: run
run: compilemessages ## Build .venv, migrate SQLite, load the demo content, serve http://127.0.0.1:8000 (scheduled publishing runs in-process)
	$(MANAGE) migrate --no-input -v 0
	SITE_URL=$(SITE_URL) $(MANAGE) load_demo_content
	@echo ""
	@echo "  Budapest Post:  http://$(HOST):$(PORT)/   (English /en/, Hungarian /hu/)"
	@echo "  Admin:          http://$(HOST):$(PORT)/admin/   login: admin / budapest  (development only)"
	@echo ""
	SITE_URL=$(SITE_URL) $(MANAGE) runserver $(HOST):$(PORT)

.PHONY: test
test: compilemessages ## Run the suite but the soak (PostgreSQL/Redis when DATABASE_URL/CELERY_BROKER_URL are set)
	@[ -x /usr/bin/chromium ] || $(MAKE) --no-print-directory chromium
	$(VENV)/bin/pytest $(PYTEST_ARGS)

.PHONY: soak
soak: compilemessages ## Five minutes of reader pages at 64 connections (tests/ops/test_soak.py; PostgreSQL, Redis, wrk; SOAK_SECONDS=)
	REQUIRE_SERVICES=1 $(VENV)/bin/pytest -m soak tests/ops/test_soak.py $(PYTEST_ARGS)
	@cat test-artifacts/soak.txt

.PHONY: chromium
chromium: ## Install Debian's Chromium for the browser tests (never a browser download)
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null

.PHONY: bench
bench: install ## Reader pages under load: gunicorn + Varnish + nginx + wrk on loopback, 100k articles (bench/serving.py)
	@missing=""; for pair in varnishd:varnish nginx:nginx wrk:wrk redis-cli:redis-tools; do \
	  command -v $${pair%%:*} >/dev/null || missing="$$missing $${pair##*:}"; done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    echo "Installing$$missing"; $$SUDO apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; fi
	DATABASE_URL=$${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres} $(PY) bench/serving.py $(BENCH_ARGS)

.PHONY: drill
drill: compilemessages ## Fault drill: Redis stalled and stopped under the production processes, Varnish in front; prints what held (bench/fault_drill.py)
	DATABASE_URL=$${DRILL_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/bp_drill} $(PY) bench/fault_drill.py

.PHONY: bench-admin
bench-admin: install ## Editors' admin (explorer, page search, chooser) at 100k articles, next to readers' pages (bench/admin.py)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/budapest_post_bench} $(PY) bench/admin.py $(BENCH_ARGS)

.PHONY: bench-coverage
bench-coverage: install ## Translation coverage report at 100k articles (bench/coverage.py; DATABASE_URL=the bench database)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/budapest_post_bench} $(PY) bench/coverage.py $(BENCH_ARGS)

BACKUP_DIR ?= backups

.PHONY: backup
backup: install ## pg_dump DATABASE_URL (and media/) into $(BACKUP_DIR)/; prints the dump's path
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "backup needs DATABASE_URL=postgres://..." >&2; exit 1;; esac
	@mkdir -p $(BACKUP_DIR); stamp=$$(date -u +%Y%m%dT%H%M%SZ); \
	  pg_dump --format=custom --no-owner --no-privileges --file "$(BACKUP_DIR)/db-$$stamp.dump" "$$DATABASE_URL" || exit 1; \
	  media=$$($(PY) -c 'from portal import env; print(env.MEDIA_ROOT)'); \
	  if [ -d "$$media" ]; then tar -czf "$(BACKUP_DIR)/media-$$stamp.tar.gz" -C "$$media" .; fi; \
	  echo "$(BACKUP_DIR)/db-$$stamp.dump"

.PHONY: restore
restore: install ## Restore BACKUP=<dump> into DATABASE_URL (replacing what is there), then check the page tree
	@[ -f "$(BACKUP)" ] || { echo "restore needs BACKUP=backups/db-<stamp>.dump" >&2; exit 1; }
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "restore needs DATABASE_URL=postgres://..." >&2; exit 1;; esac
	pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --dbname "$$DATABASE_URL" "$(BACKUP)"
	@media="$$(dirname $(BACKUP))/$$(basename $(BACKUP) .dump | sed 's/^db-/media-/').tar.gz"; \
	  if [ -f "$$media" ]; then dest=$$($(PY) -c 'from portal import env; print(env.MEDIA_ROOT)'); \
	  mkdir -p "$$dest" && tar -xzf "$$media" -C "$$dest"; fi
	$(MANAGE) migrate --check
	$(MANAGE) fixtree --noinput

.PHONY: lint
lint: install ## ruff lint + format check, djhtml check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files '*.html')

.PHONY: format
format: install ## Format Python (ruff) and templates (djhtml)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(git ls-files '*.html')

.PHONY: migrations-check
migrations-check: install ## Fail when a model change has no migration
	$(MANAGE) makemigrations --check --dry-run

.PHONY: lock
lock: ## Re-resolve requirements.lock from pyproject.toml (needs network to PyPI)
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.12 --no-header --annotation-style line -o requirements.lock
	@sed -i '1i # Pinned installs for `make run` / `make test`. Regenerate with `make lock` after editing pyproject.toml.' requirements.lock
	$(VENV)/bin/uv pip compile pyproject.toml -c requirements.lock --python-version 3.12 --no-header --annotation-style line -o docker/requirements.lock
	@sed -i '1i # The image'"'"'s pins (no dev tools): the same versions as requirements.lock. Regenerated by `make lock`.' docker/requirements.lock

.PHONY: clean
clean: ## Remove the SQLite database and media (keeps .venv)
	rm -rf db.sqlite3 media
