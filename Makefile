# Two entry points: `make build` builds the dataset, `make test` runs the tests.
# Both create .venv and install the project with its pinned dependencies first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test lint install clean check-release

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,dask,bench]'
	touch $(STAMP)

install: $(STAMP)

build: $(STAMP)
	$(BIN)/benchclaims build

test: $(STAMP)
	$(BIN)/pytest -q

# The committed release must be what the code builds now, byte for byte, and valid.
check-release: $(STAMP)
	rm -rf .check-release
	$(BIN)/benchclaims build --out .check-release/release --quiet
	diff -r data/release .check-release/release || \
		(echo "data/release is stale: run 'make build' and commit it" && exit 1)
	$(BIN)/benchclaims validate data/release --no-report
	rm -rf .check-release

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy benchclaims read extract schema validation release report

clean:
	rm -rf $(VENV) build *.egg-info
