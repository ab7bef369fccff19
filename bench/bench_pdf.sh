#!/bin/sh
# PDF of the printed form, side by side with what a clerk does today: LibreOffice converting our
# own XLSX of the same rows (peer_pdf_libreoffice.sh). Whole processes, start-up included.
#
#   sh bench/bench_pdf.sh [BUILD_DIR] [RUNS]        (defaults: build, 5)
#
# Environment: PEER=path/to/peer_pdf_libreoffice.sh, MEASURE=path/to/measure.py (both default to
# the shared bench folder beside the checkout), ROWS="1000 10000", PEER_RUNS (default 3).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runs=${2:-5}
peer_runs=${PEER_RUNS:-3}
rows=${ROWS:-"1000 10000"}
shared=""
for candidate in "$root/../shared/bench" "$root/../../shared/bench"; do
    [ -f "$candidate/peer_pdf_libreoffice.sh" ] && { shared=$(cd "$candidate" && pwd); break; }
done
peer=${PEER:-$shared/peer_pdf_libreoffice.sh}
measure=${MEASURE:-$shared/measure.py}
[ -f "$peer" ] && [ -f "$measure" ] || { echo "peer_pdf_libreoffice.sh / measure.py not found: set PEER and MEASURE" >&2; exit 2; }

cmake --build "$build" --target bench_pdf x1apply-cli >/dev/null
cli=$build/app/x1apply-cli
work=$(mktemp -d /tmp/x1-bench-pdf.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM

median_wall() { awk '$1 == "wall" { print $4 }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-7s %12s %14s %8s\n' rows pages "x1apply s" "LibreOffice s" ratio
for n in $rows; do
    "$build/bench/bench_pdf" make "$work/form_$n.x1db" "$n"
    "$cli" export "$work/form_$n.x1db" --xlsx "$work/form_$n.xlsx" >/dev/null 2>&1
    ours=$(/usr/bin/python3 "$measure" -n "$runs" -- "$cli" export "$work/form_$n.x1db" --pdf "$work/ours_$n.pdf" | median_wall)
    theirs=$(/usr/bin/python3 "$measure" -n "$peer_runs" -- sh "$peer" "$work/form_$n.xlsx" "$work/lo" | median_wall)
    pages=$(pdfinfo "$work/ours_$n.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')
    lopages=$(pdfinfo "$work/lo/form_$n.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')
    printf '%-8s %-7s %12s %14s %7.1fx   (LibreOffice: %s pages)\n' "$n" "$pages" "$ours" "$theirs" \
        "$(echo "$theirs $ours" | awk '{ print $1 / $2 }')" "$lopages"
done
echo "medians of wall time; x1apply: $runs runs, LibreOffice: $peer_runs runs, each after 1 warm-up"
