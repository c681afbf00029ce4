# Two entry points for people and CI alike: `make check` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: check report test lint typecheck pytest schema bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml constraints-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]' -c constraints-dev.txt
	touch $@ $(VENV)/.installed

# The bundled reports do contain discrepancies (that is what the table is for), so the
# main job prints them without failing; CI users pick their own --fail-on.
check: $(VENV)/.installed
	$(BIN)/xinhong-metrics check --fail-on never --summary
	@echo "The same reports as a page to read: make report (writes report.html)"

# One HTML page of the bundled reports: each text with its checked figures marked.
report: $(VENV)/.installed
	$(BIN)/xinhong-metrics report -o report.html

test: $(VENV)/.installed-dev lint typecheck pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

# Line coverage of the package, with the floor set in pyproject.toml ([tool.coverage]).
pytest: $(VENV)/.installed-dev
	$(BIN)/pytest -q --cov --cov-report=term-missing:skip-covered

schema: $(VENV)/.installed
	$(BIN)/xinhong-metrics schema --write schemas/report.schema.json
	$(BIN)/xinhong-metrics schema --catalog --write schemas/concepts.schema.json

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_checks.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_hostile.py
	$(BIN)/python benchmarks/bench_page.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
