# Cortège — two commands for a newcomer: `make demo` and `make test`.
SWIFT ?= swift
PYTHON ?= python3
BIN := .build/debug/cortege
DEMO_OUT ?= demo-output
PROGRAMMES_OUT := $(DEMO_OUT)/programmes
# Beside the programmes, the cabinet's documents of the Guadeloupe sample (docs/documents.md).
DOCUMENTS_OUT := $(DEMO_OUT)/documents
SAMPLES := $(sort $(wildcard samples/*.yaml))
PY_PACKAGES := icalendar==7.3.0 recurring-ical-events==3.8.2 radicale==3.9.0 vobject==0.9.9 pytest \
    jsonschema==4.26.0 pyyaml==6.0.3 aiosmtpd ics==0.7.3 ical==14.3.1 xandikos==0.4.10 khal==0.14.1 \
    caldav==3.6.0 cryptography
# Subscription clients of the `cortege serve` tests.
SYNC_PACKAGES := vdirsyncer==0.21.0 khal==0.14.1
SERVE_SECRET ?= cortege.secret
SERVE_PORT ?= 8080

.PHONY: all build demo test deps deps-system deps-python deps-sync deps-browser deps-mail deps-bench bench \
	bench-freeorder bench-serve bench-publish serve clean

all: build

# System packages: libical (through pkg-config) for every byte of iCalendar; SQLite for GRDB (the agenda cache);
# mimalloc, the allocator `cortege` is linked with (Benchmarks/README.md, "A faster allocator").
deps-system:
	@if ! pkg-config --exists libical 2>/dev/null; then \
		echo "Installing libical-dev and pkg-config…"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libical-dev pkg-config; \
	fi
	@if ! pkg-config --exists sqlite3 2>/dev/null; then \
		echo "Installing libsqlite3-dev…"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsqlite3-dev; \
	fi
	@if ! dpkg -s libmimalloc-dev >/dev/null 2>&1; then \
		echo "Installing libmimalloc-dev…"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libmimalloc-dev; \
	fi

# Python packages used by the tests as independent readers and a real calendar server.
deps-python:
	@if ! $(PYTHON) -c "import icalendar, recurring_ical_events, radicale, vobject, pytest, jsonschema, yaml, aiosmtpd, \
		ics, ical, xandikos, caldav, cryptography" 2>/dev/null || ! command -v khal >/dev/null 2>&1; then \
		echo "Installing Python test packages…"; \
		$(PYTHON) -m pip install -q $(PY_PACKAGES); \
	fi

# vdirsyncer and khal, the subscription clients of tests/test_serve_clients.py.
deps-sync:
	@if ! command -v vdirsyncer >/dev/null 2>&1 || ! command -v khal >/dev/null 2>&1; then \
		echo "Installing vdirsyncer and khal…"; \
		$(PYTHON) -m pip install -q $(SYNC_PACKAGES); \
	fi

# wrk, for Benchmarks/serve only.
deps-bench:
	@if ! command -v wrk >/dev/null 2>&1; then \
		echo "Installing wrk…"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
	fi

# Headless Chromium and pdfinfo for the programme tests and the demo screenshots.
deps-browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then \
		echo "Installing chromium and poppler-utils…"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils; \
	fi

# msmtp: the mail path of the `cortege notify --sendmail` tests (to a local aiosmtpd server).
deps-mail:
	@if ! command -v msmtp >/dev/null 2>&1; then \
		echo "Installing msmtp…"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq msmtp; \
	fi

deps: deps-system deps-python deps-sync deps-browser deps-mail

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
	@mkdir -p $(DOCUMENTS_OUT)
	@$(BIN) document convocation samples/971-visite-ministre.yaml --all --now 2026-12-20T12:00 \
		-o $(DOCUMENTS_OUT)/convocations
	@$(BIN) document convocation samples/971-visite-ministre.yaml --person maire-pap --now 2026-12-20T12:00 \
		-o $(DOCUMENTS_OUT)/convocation-maire-pap.pdf
	@$(BIN) document contacts samples/971-visite-ministre.yaml --now 2026-12-20T12:00 \
		-o $(DOCUMENTS_OUT)/contacts-security.html
	@$(BIN) document contacts samples/971-visite-ministre.yaml --now 2026-12-20T12:00 \
		-o $(DOCUMENTS_OUT)/contacts-security.pdf
	@for ext in html pdf; do \
		$(BIN) document press-advisory samples/971-visite-ministre.yaml --now 2026-12-20T12:00 \
			-o $(DOCUMENTS_OUT)/avis-aux-medias.$$ext; \
		$(BIN) document run-sheet samples/971-visite-ministre.yaml --now 2026-12-20T12:00 \
			-o $(DOCUMENTS_OUT)/deroule-ceremonie.$$ext; \
	done
	@echo
	@echo "Programmes written to $(PROGRAMMES_OUT)/ (HTML for every sample; PNG and PDF of the Guadeloupe staff and security versions)"
	@echo "Documents of the Guadeloupe sample written to $(DOCUMENTS_OUT)/ (convocations, contact sheet, press advisory, run-sheet; HTML and PDF)"

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

# Serves the samples (docs/serve.md): prints every link to hand out, then serves until Ctrl-C.
serve: build
	$(BIN) feeds samples --secret-file $(SERVE_SECRET) --base-url http://127.0.0.1:$(SERVE_PORT)
	$(BIN) serve samples --secret-file $(SERVE_SECRET) --port $(SERVE_PORT) --agendas calendars

# wrk against one feed of `cortege serve`, with Radicale on the same calendar (Benchmarks/serve/README.md).
bench-serve: deps-python deps-bench
	Benchmarks/serve/run.sh

# cortege publish into Radicale and Xandikos, beside the python caldav client (Benchmarks/README.md).
bench-publish: deps-python build
	Benchmarks/publish/run.sh

clean:
	rm -rf .build $(DEMO_OUT)
