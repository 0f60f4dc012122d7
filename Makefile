# Value Journal — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint format bench screenshot clean translations

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
