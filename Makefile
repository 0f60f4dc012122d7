# Value Journal — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint format bench screenshot clean translations bundle bundle-test install-desktop

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_APP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP_APP)

# Spanish and French: resources/translations/*.ts compiled into the package (Qt's .qm files)
QM := $(patsubst resources/translations/%.ts,src/valuejournal/resources/translations/%.qm,$(wildcard resources/translations/*.ts))

translations: $(QM)

src/valuejournal/resources/translations/%.qm: resources/translations/%.ts | $(STAMP_APP)
	@mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# `make bundle`: a PyInstaller one-folder app in dist/valuejournal (packaging/README.md)
STAMP_BUNDLE := $(VENV)/.installed-bundle
BUNDLE := dist/valuejournal/valuejournal

$(STAMP_BUNDLE): pyproject.toml | $(STAMP_APP)
	$(BIN)/python -m pip install --quiet -e ".[bundle]"
	touch $@

bundle: $(STAMP_BUNDLE) translations
	cd packaging && ../$(BIN)/pyinstaller --noconfirm --log-level WARN \
		--distpath ../dist --workpath ../build/pyinstaller valuejournal.spec

bundle-test: bundle $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/packaging

# The launcher, AppStream metainfo and icon under ~/.local/share; the launcher starts the bundle
# if it is built, else this venv's valuejournal-gui
APP_ID := io.github.valuejournal.ValueJournal
DATA_HOME ?= $(HOME)/.local/share
LAUNCH = $(abspath $(if $(wildcard $(BUNDLE)),$(BUNDLE),$(BIN)/valuejournal-gui))

install-desktop:
	install -D -m 644 resources/linux/$(APP_ID).desktop $(DATA_HOME)/applications/$(APP_ID).desktop
	sed -i 's|^Exec=.*|Exec="$(LAUNCH)"|' $(DATA_HOME)/applications/$(APP_ID).desktop
	install -D -m 644 resources/linux/$(APP_ID).metainfo.xml $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	install -D -m 644 resources/linux/$(APP_ID).svg $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	if command -v desktop-file-validate >/dev/null; then \
		desktop-file-validate $(DATA_HOME)/applications/$(APP_ID).desktop; fi
	if command -v appstreamcli >/dev/null; then \
		appstreamcli validate --no-net $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml; fi
	if command -v update-desktop-database >/dev/null; then \
		update-desktop-database -q $(DATA_HOME)/applications; fi
	@echo "Installed the launcher for $(LAUNCH) under $(DATA_HOME)"

run: $(STAMP_APP) translations
	$(BIN)/valuejournal

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP_TEST)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP_TEST)
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/insights.py

screenshot: $(STAMP_TEST)
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info src/valuejournal/resources/translations
