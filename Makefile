# Two commands work on a fresh clone: `make run` and `make test`. Each makes .venv and
# installs exactly the locked versions first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck check build-db benchmarks screenshots samples clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

build-db: $(STAMP)
	$(BIN)/send-routes build-db

# Names the one `apt-get install` line when Qt's X11 window libraries are missing.
run: build-db
	@$(BIN)/python build/check_qt_libs.py
	$(BIN)/send-routes

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

benchmarks: build-db
	$(BIN)/python benchmarks/run_all.py

# Needs Debian's xvfb, xauth, libxcb-icccm4, libxcb-keysyms1 and libxcb-cursor0.
screenshots: build-db
	xvfb-run -a -s "-screen 0 1280x900x24" $(BIN)/python docs/make_screenshots.py
	cd docs && xvfb-run -a -s "-screen 0 1280x900x24" ../$(BIN)/python make_language_screenshots.py
	cd docs && xvfb-run -a -s "-screen 0 1280x900x24" ../$(BIN)/python make_reading_screenshots.py

samples: build-db
	$(BIN)/python docs/make_samples.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache desktop/send_routes/data

# Packaging (needs the build extra: pip install -c constraints.txt -e ".[dev,build]").
# PyInstaller works in .pyinstaller/ and writes dist/; build/ holds the scripts.
.PHONY: dist deb portable windows windows-check package-check
BUILD_STAMP := $(VENV)/.installed-build

$(BUILD_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,build]"
	touch $(BUILD_STAMP)

dist: $(BUILD_STAMP)
	$(BIN)/python build/freeze.py

deb: dist
	$(BIN)/python build/linux/make_deb.py

portable: dist
	$(BIN)/python build/make_portable.py

# The Windows release, built on Debian under Wine (build/windows/build.sh installs Wine, NSIS,
# mingw-w64 and Xvfb if missing, and caches the Windows Python and wheels outside the
# repository, in ~/.cache/send-routes-windows): dist/windows/send-routes/,
# dist/SEND-Routes-<version>-setup.exe and dist/SEND-Routes-<version>-portable-win64.zip.
windows: $(STAMP)
	bash build/windows/build.sh

# Builds it, then under Wine: self-tests, silent install, privacy run, portable, uninstall.
windows-check: windows
	bash build/windows/check.sh

# What CI runs: freeze, frozen self-test, .deb checks, NSIS compile.
package-check: $(BUILD_STAMP)
	bash build/ci_package.sh
