# geolib: two commands do everything on a fresh clone with Python 3.11+:
#   make figures   set up .venv, execute every notebook, write figures/ and reports/
#   make test      set up .venv with the test extras, run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# make student writes here
STUDENT ?= student
# make test runs the test files on this many processes (pytest-xdist; 0 = one process, as plain
# pytest). A test file stays on one process, so its session fixtures are made once.
TEST_WORKERS ?= 2
# A stamp per install kind, remade when pyproject.toml changes.
BASE_STAMP := $(VENV)/.stamp-base
TEST_STAMP := $(VENV)/.stamp-test

.PHONY: help install figures test lab bench evaluate fit student phoenix clean

help:
	@echo "make figures   execute the notebooks, write figures/ and reports/"
	@echo "make test      run every test (browser test when chromium is installed; TEST_WORKERS=2 processes)"
	@echo "make lab       open JupyterLab on the notebooks"
	@echo "make student   copies of the notebooks without the answers, in student/"
	@echo "make bench     run the benchmarks in benchmarks/"
	@echo "make evaluate  score quote attribution on PolNeAR train and dev, the Wikinews hand set and the Wikinews development set"
	@echo "make fit       count the confidence of quote speakers on PolNeAR train (geolib/data/quote_confidence.csv)"
	@echo "make phoenix   rebuild geolib/data/phoenix_*.csv from ../shared/dictionaries/phoenix"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "geolib needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(BASE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(BASE_STAMP)

install: $(BASE_STAMP)

figures: $(BASE_STAMP)
	$(BIN)/python -m geolib.notebooks notebooks --figures figures --reports reports

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

# As root (containers, CI machines) JupyterLab refuses to start without --allow-root.
lab: $(BASE_STAMP)
	$(BIN)/jupyter lab notebooks/ --no-browser $$([ "$$(id -u)" = 0 ] && echo --allow-root)

# Copies of the notebooks with the answer cells (tagged `solution`) removed, for a class.
student: $(BASE_STAMP)
	$(BIN)/python -m geolib.student notebooks $(STUDENT)

bench: $(TEST_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/scaling.py

# train (fit on), dev (checked on), data/validation/wikinews_quotes (never tuned on) and
# data/validation/wikinews_dev (its development set), one table
evaluate: $(BASE_STAMP)
	$(BIN)/python -m geolib.evaluation

# the confidence column of quotes(): counts on ../shared/corpora/polnear-train only
fit: $(BASE_STAMP)
	$(BIN)/python -m geolib.quote_fit

# The people, agencies and role nouns converted from the Phoenix/CAMEO dictionaries (MIT).
phoenix: $(BASE_STAMP)
	$(BIN)/python -m geolib.build_actors ../shared/dictionaries/phoenix --out geolib/data

clean:
	rm -rf figures reports student .pytest_cache
