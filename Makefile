# 惠企政策离线查询 — two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test data package translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $@

# Builds the data into the app's data folder when it is missing, then starts the window.
run: $(STAMP)
	$(BIN)/python -m index info >/dev/null 2>&1 || $(BIN)/python -m index build
	$(BIN)/python -m desktop

data: $(STAMP)
	$(BIN)/python -m index build

test: $(STAMP)
	$(BIN)/python -m index check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,package]"
	$(BIN)/python build/package.py

# Refreshes the translation source from every tr() string (the UI is Chinese; .ts files are for other languages).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate desktop/*.py -ts resources/translations/policy_browser_en.ts

clean:
	rm -rf $(VENV) dist build/work
