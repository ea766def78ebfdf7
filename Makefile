# 惠企政策离线查询 — two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
XPACKAGES := xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test data package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@# Xvfb and Qt's xcb libraries for the tests that run the window on a real X server (they skip without)
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! dpkg -s $(XPACKAGES) >/dev/null 2>&1; then \
		(apt-get update -qq && apt-get install -y -qq --no-install-recommends $(XPACKAGES) >/dev/null) \
		|| echo "未能安装 Xvfb：真实X服务器上的窗口测试将跳过"; fi
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

clean:
	rm -rf $(VENV) dist build/work
