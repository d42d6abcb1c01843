#!/usr/bin/env bash
# Writes what every command prints and writes, for every plan of samples/ and samples/broken/, into DIR:
# one file per run with its standard output, its standard error and its exit status, and the exported
# calendars and programmes themselves. Two runs (before and after a change) compare with `diff -r`.
#
#   tests/golden.sh DIR [CORTEGE]      (CORTEGE defaults to .build/debug/cortege)
#
# Every time is fixed (--now, --dtstamp), so the same code gives the same bytes.
set -uo pipefail
cd "$(dirname "$0")/.."

out=${1:?usage: tests/golden.sh DIR [CORTEGE]}
bin=${2:-.build/debug/cortege}
now=2026-12-20T12:00
early=2026-01-01T08:00
stamp=2026-11-01T09:00

rm -rf "$out"
mkdir -p "$out"

# run NAME ARGS...: runs cortege and records stdout, stderr and the exit status under DIR/NAME.
run() {
    local name=$1
    shift
    mkdir -p "$(dirname "$out/$name")"
    "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"
    echo "$?" >"$out/$name.status"
}

for plan in samples/*.yaml samples/broken/*.yaml; do
    base=$(basename "$plan" .yaml)
    case $plan in samples/broken/*) dir=broken/$base ;; *) dir=$base ;; esac

    run "$dir/plan" plan "$plan"
    run "$dir/plan-json" plan "$plan" --format json
    run "$dir/check" check "$plan"
    run "$dir/check-json" check "$plan" --format json
    run "$dir/check-agendas" check "$plan" --agendas calendars
    run "$dir/check-agendas-json" check "$plan" --agendas calendars --format json
    run "$dir/protocol" protocol "$plan"
    run "$dir/protocol-json" protocol "$plan" --format json
    # The same reports in English (French is the default).
    run "$dir/plan-en" plan "$plan" --lang en
    run "$dir/check-en" check "$plan" --lang en
    run "$dir/check-json-en" check "$plan" --format json --lang en
    run "$dir/check-agendas-en" check "$plan" --agendas calendars --lang en
    run "$dir/protocol-en" protocol "$plan" --lang en

    # The export journal goes into DIR, not beside the plan (binaries without --journal keep none).
    journal=()
    "$bin" export --help 2>/dev/null | grep -q -- --journal && journal=(--journal "$out/$dir/export.cortege-journal")
    run "$dir/export-all" export "$plan" --all -o "$out/$dir/ics" --now "$now" --dtstamp "$stamp" "${journal[@]}"
    run "$dir/export-all-again" export "$plan" --all -o "$out/$dir/ics" --now "$now" --dtstamp "$stamp" \
        "${journal[@]}"
    run "$dir/export-all-en" export "$plan" --all -o "$out/$dir/ics-en" --now "$now" --dtstamp "$stamp" --lang en \
        "${journal[@]}"
    run "$dir/export-caldav" export "$plan" --all --caldav -o "$out/$dir/caldav" --now "$now" --dtstamp "$stamp" \
        "${journal[@]}"
    run "$dir/export-press-early" export "$plan" --audience press -o "$out/$dir/ics-early" --now "$early" \
        --dtstamp "$stamp" "${journal[@]}"

    audiences="principal staff security press public"
    for file in "$out/$dir"/ics/person-*.ics; do
        [ -e "$file" ] || continue
        person=$(basename "$file" .ics)
        audiences="$audiences person:${person#person-}"
    done
    for audience in $audiences; do
        run "$dir/plan-$audience" plan "$plan" --audience "$audience" --now "$now"
        run "$dir/plan-$audience-json" plan "$plan" --audience "$audience" --now "$now" --format json
        run "$dir/plan-$audience-en" plan "$plan" --audience "$audience" --now "$now" --lang en
        run "$dir/programme-$audience" programme "$plan" --audience "$audience" --now "$now"
    done
    run "$dir/programme-press-early" programme "$plan" --audience press --now "$early"
    run "$dir/programme-staff-en" programme "$plan" --audience staff --now "$now" --lang en
    run "$dir/programme-staff-agendas" programme "$plan" --audience staff --now "$now" --agendas calendars
done

run "all/check" check samples/*.yaml
run "all/check-agendas" check samples/*.yaml --agendas calendars
run "all/check-agendas-json" check samples/*.yaml --agendas calendars --format json
run "all/check-agendas-en" check samples/*.yaml --agendas calendars --lang en
echo "golden outputs written to $out"
