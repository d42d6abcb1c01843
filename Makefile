# Cortège — two commands for a newcomer: `make demo` and `make test`.
SWIFT ?= swift
PYTHON ?= python3
BIN := .build/debug/cortege
DEMO_OUT ?= demo-output
PROGRAMMES_OUT := $(DEMO_OUT)/programmes
SAMPLES := $(sort $(wildcard samples/*.yaml))
PY_PACKAGES := icalendar==7.3.0 recurring-ical-events==3.8.2 radicale==3.9.0 vobject==0.9.9 pytest \
	ics==0.7.3 ical==14.3.1 xandikos==0.4.10 khal==0.14.1

.PHONY: all build demo test deps deps-system deps-python deps-browser bench bench-freeorder clean

all: build

# System packages: libical (through pkg-config) for every byte of iCalendar.
deps-system:
	@if ! pkg-config --exists libical 2>/dev/null; then \
		echo "Installing libical-dev and pkg-config…"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libical-dev pkg-config; \
	fi

# Python packages used by the tests as independent readers and a real calendar server.
deps-python:
	@if ! $(PYTHON) -c "import icalendar, recurring_ical_events, radicale, vobject, pytest, ics, ical, xandikos" \
		2>/dev/null || ! command -v khal >/dev/null 2>&1; then \
		echo "Installing Python test packages…"; \
		$(PYTHON) -m pip install -q $(PY_PACKAGES); \
	fi

# Headless Chromium and pdfinfo for the programme tests and the demo screenshots.
deps-browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then \
		echo "Installing chromium and poppler-utils…"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils; \
	fi

deps: deps-system deps-python deps-browser

build: deps-system
	$(SWIFT) build --product cortege

demo: build deps-browser
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
	@mkdir -p $(PROGRAMMES_OUT)
	@for plan in $(SAMPLES); do for audience in staff security press; do \
		$(BIN) programme $$plan --audience $$audience --now 2026-12-20T12:00 \
			-o $(PROGRAMMES_OUT)/$$(basename $$plan .yaml)-$$audience.html || true; \
	done; done
	@for a in staff security; do \
		$(PYTHON) tests/chromium_page.py $(PROGRAMMES_OUT)/971-visite-ministre-$$a.html \
			$(PROGRAMMES_OUT)/971-visite-ministre-$$a.png $(PROGRAMMES_OUT)/971-visite-ministre-$$a.pdf; \
	done
	@echo
	@echo "Programmes written to $(PROGRAMMES_OUT)/ (HTML for every sample; PNG and PDF of the Guadeloupe staff and security versions)"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	CORTEGE_PROGRAMMES_DIR=$(PROGRAMMES_OUT) $(PYTHON) -m pytest -q tests

# The benchmarks (not part of `make test`): see Benchmarks/README.md.
# BENCH_SIZES="10000 100000" for a shorter run.
BENCH_SIZES ?= 10000 100000 1000000
bench: deps bench-freeorder
	Benchmarks/run.sh $(BENCH_SIZES)

# Free order against OR-Tools' routing solver (installs ortools with pip when missing).
bench-freeorder: build
	Benchmarks/freeorder/run.sh

clean:
	rm -rf .build $(DEMO_OUT)
