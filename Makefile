# Labinovasi: `make run` starts the app on the sample workshop, `make test` runs every test,
# `make wheel-test` builds and tests the wheel, `make bundle` builds and tests the one-folder app.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
BUNDLE_STAMP := $(VENV)/.bundle-stamp
BUNDLE := dist/Labinovasi

.PHONY: run test lint typecheck screenshots translations benchmark system-deps clean wheel \
	wheel-test bundle bundle-build bundle-test icons

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

# The suite on TEST_WORKERS processes (pytest-xdist), each test file on one of them (its module
# fixtures built once); TEST_WORKERS=0 runs it in this process, auto on one per core.
TEST_WORKERS ?= 2
test: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest \
		-n $(TEST_WORKERS) --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks packaging scripts
	$(BIN)/mypy

# mypy on domain/, storage/, services/, reports/ and cli/ (the folders and settings: pyproject.toml)
typecheck: $(STAMP)
	$(BIN)/mypy

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/labinovasi screenshots --out docs/screenshots

benchmark: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python benchmarks/run.py

# The wheel's build hook compiles the translations with the pyside6-lrelease found on PATH.
wheel: $(STAMP) translations
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python -m pip wheel --no-deps -q -w dist .
	@ls -l dist/labinovasi-*.whl

# Builds the wheel, installs it into a fresh venv in a temporary folder and smoke-tests it.
wheel-test: system-deps $(STAMP)
	$(BIN)/python tests/packaging/wheel_test.py

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

# The one-folder app (PyInstaller), then the smoke test against the built program.
bundle: bundle-build bundle-test

bundle-build: system-deps $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/labinovasi.spec
	@du -sh $(BUNDLE)

bundle-test: system-deps $(STAMP)
	$(BIN)/python tests/packaging/smoke.py --cli $(BUNDLE)/Labinovasi --x11

# Icons for Linux (packaging/linux/icons) and Windows (resources/icons/labinovasi.ico), committed.
icons: $(STAMP)
	$(BIN)/python packaging/render_icons.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
