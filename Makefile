# Labinovasi: `make run` starts the app on the sample workshop, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint screenshots translations benchmark system-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

system-deps:
	sh scripts/system-deps.sh

translations: $(STAMP)
	$(BIN)/python -m labinovasi.i18n_build

run: system-deps $(STAMP) translations
	$(BIN)/labinovasi gui --sample

test: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/labinovasi screenshots --out docs/screenshots

benchmark: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
