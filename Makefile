# Cortège — two commands for a newcomer: `make demo` and `make test`.
SWIFT ?= swift
PYTHON ?= python3
BIN := .build/debug/cortege
DEMO_OUT ?= demo-output
SAMPLES := $(sort $(wildcard samples/*.yaml))
PY_PACKAGES := icalendar==7.3.0 recurring-ical-events==3.8.2 radicale==3.9.0 vobject==0.9.9 pytest

.PHONY: all build demo test deps deps-system deps-python bench clean

all: build

# System packages: libical (through pkg-config) for every byte of iCalendar.
deps-system:
	@if ! pkg-config --exists libical 2>/dev/null; then \
		echo "Installing libical-dev and pkg-config…"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libical-dev pkg-config; \
	fi

# Python packages used by the tests as independent readers and a real calendar server.
deps-python:
	@if ! $(PYTHON) -c "import icalendar, recurring_ical_events, radicale, vobject, pytest" 2>/dev/null; then \
		echo "Installing Python test packages…"; \
		$(PYTHON) -m pip install -q $(PY_PACKAGES); \
	fi

deps: deps-system deps-python

build: deps-system
	$(SWIFT) build --product cortege

demo: build
	@for plan in $(SAMPLES); do \
		echo "════ cortege plan $$plan"; \
		$(BIN) plan $$plan || true; \
		echo; \
	done
	@echo "════ cortege protocol samples/971-visite-ministre.yaml"
	@$(BIN) protocol samples/971-visite-ministre.yaml || true
	@echo
	@echo "════ cortege check samples/*.yaml --agendas calendars"
	@$(BIN) check $(SAMPLES) --agendas calendars || true

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@if ls tests/*.py >/dev/null 2>&1; then $(PYTHON) -m pytest -q tests; fi

# The benchmarks (not part of `make test`): see Benchmarks/README.md.
# BENCH_SIZES="10000 100000" for a shorter run.
BENCH_SIZES ?= 10000 100000 1000000
bench: deps
	Benchmarks/run.sh $(BENCH_SIZES)

clean:
	rm -rf .build $(DEMO_OUT)
