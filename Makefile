# One command to set up and run the main job, one to set up and test. See README.md.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: setup run test ui eval bench bench-quick clean dagster-home

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

setup: $(STAMP) dagster-home

# The Dagster instance used by `make run` and `make ui` (same runs visible in both), configured by ./dagster.yaml.
dagster-home:
	mkdir -p $(DAGSTER_HOME)
	cp dagster.yaml $(DAGSTER_HOME)/dagster.yaml

run: setup
	$(BIN)/python -m pipelines.run

# Two pytest workers (pytest-xdist), each test module whole in one worker (tests/conftest.py): 158.5 s of pytest on
# the last quiet fresh clone (a fast machine day; 370-499 s on slower ones, 549 s serially; README, top).
test: setup
	$(BIN)/python -m pytest -q -n 2 --dist loadscope --no-loadscope-reorder

ui: setup
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p $${GEOEVENTS_UI_PORT:-3000}

eval: setup
	$(BIN)/python -m geoevents eval

bench: setup
	$(BIN)/python -m benchmarks

clean:
	rm -rf data .dagster_home test-output bench-output
