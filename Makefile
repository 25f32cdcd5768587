# warta — quick start: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRAS ?= dev,api,batch

.PHONY: demo test lint install models schema bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

install: $(STAMP)

## Run the main job on the bundled examples into ./warta.db and print what was found.
demo: $(STAMP)
	$(BIN)/warta ingest examples/ --db warta.db --summary
	$(BIN)/warta stats --db warta.db

## Run the test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check warta tests train bench

## Build the trained language models from ../shared/data (see docs/models.md).
models: $(STAMP)
	$(BIN)/pip install --quiet -e ".[train]"
	$(BIN)/python -m train.build --lang id
	$(BIN)/python -m train.build --lang en

## Regenerate the record's JSON Schema.
schema: $(STAMP)
	$(BIN)/warta schema -o docs/record.schema.json

bench: $(STAMP)
	$(BIN)/python bench/extract_throughput.py

clean:
	rm -rf warta.db warta.db-wal warta.db-shm .pytest_cache
