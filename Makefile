# make demo   create .venv, install, run the main job on the seed examples (writes out/)
# make test   the whole test suite
# make bench  speed figures with their baselines measured in the same run
# make catalog  extract the messages, update the Dutch .po (fill in its empty msgstr), compile the .mo
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Pyodide under Node, for the xlwings Lite tests and benchmark (tests/pyodide/).
PYODIDE := tests/pyodide/node_modules/.package-lock.json

.PHONY: venv demo test bench corpora catalog clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

$(PYODIDE): tests/pyodide/package-lock.json
	@if command -v npm >/dev/null 2>&1; then cd tests/pyodide && npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the xlwings Lite (Pyodide) tests and benchmark are skipped"; fi

demo: $(STAMP)
	$(VENV)/bin/pyengine demo --out out

test: $(STAMP) $(PYODIDE)
	$(PY) -m pytest -n auto --dist loadfile

bench: $(STAMP) $(PYODIDE)
	$(PY) benchmarks/run.py

corpora: $(STAMP)
	@# (a folder without measure.py is no corpus: a renamed corpus leaves its ignored out/ behind)
	@for c in tests/corpora/*/; do [ -f $$c/measure.py ] || continue; echo "$$c"; (cd $$c && ../../../$(PY) measure.py --pyengine ../../../.venv/bin/pyengine --rerun $$(cat measure.args 2>/dev/null) | grep -E "^(xlsx|pdf):") || exit 1; done

catalog: $(STAMP)
	$(PY) tools/catalog.py

# the functions demo and the ready-made xlwings Lite files (examples/excel/): run after changing
# udfs/, the pure core or the Dutch catalog (tests/test_lite.py says when they are out of date)
lite-files: $(STAMP)
	$(PY) xlsx_models/examples/build_functions_demo.py

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis tests/pyodide/node_modules
