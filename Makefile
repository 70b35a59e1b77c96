# wirestream: the two set-up commands (make run, make test) and their helpers.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install run test test-unit test-kafka soak eval bench schemas kafka-up kafka-down clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

run: install  ## local Kafka + worker + seeds published + enriched output shown; Ctrl-C stops all
	$(BIN)/wirestream run seeds

test: install  ## unit tests, then integration tests against a real broker started for the run
	$(BIN)/python -m pytest tests -m "not soak"

soak: install  ## opt-in: 3,000 records, two workers, six random kill -9s (several minutes)
	WIRESTREAM_STRESS=1 $(BIN)/python -m pytest tests -m soak

test-unit: install
	$(BIN)/python -m pytest tests -m "not kafka and not soak"

test-kafka: install
	$(BIN)/python -m pytest tests -m kafka

eval: install
	$(BIN)/wirestream eval

bench: install  ## throughput, latency, memory (docs/benchmarks.md); installs the optional C CRC32C for the bench's clients
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/wirestream bench

schemas: install  ## re-export the JSON Schema files after changing a model
	$(BIN)/python -m schemas.export
	$(BIN)/python -m service.contract

kafka-up: install
	$(BIN)/wirestream kafka up

kafka-down: install
	$(BIN)/wirestream kafka down

clean:
	rm -rf .wirestream .pytest_cache build *.egg-info
