#!/bin/sh
# PDF of the printed form, side by side with what a clerk does today: LibreOffice converting our
# own XLSX of the same rows (peer_pdf_libreoffice.sh). Whole processes, start-up included.
#
#   sh bench/bench_pdf.sh [BUILD_DIR] [RUNS]        (defaults: build, 5)
#
# Environment: PEER=path/to/peer_pdf_libreoffice.sh, MEASURE=path/to/measure.py (both default to
# the shared bench folder beside the checkout), ROWS="1000 10000", PEER_RUNS (default 3),
# PEER_WARMUP (default 1); GEN_FORMS=1 also times LibreOffice on gen_forms.py's big form of the
# same size (an Excel-style file as a clerk would have it: BASELINES.md's ~2.3 s / ~6.6 s).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runs=${2:-5}
peer_runs=${PEER_RUNS:-3}
peer_warmup=${PEER_WARMUP:-1}
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

# "wall / cpu" medians from measure.py's table (cpu = user + sys).
medians() { awk '$1 == "wall" { w = $4 } $1 == "user" { u = $4 } $1 == "sys" { s = $4 } END { printf "%.3f %.3f", w, u + s }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages/ { print $2 }'; }
row() { # label, our "wall cpu", their "wall cpu", our pages, their pages
    set -- "$1" $2 $3 "$4" "$5"
    printf '%-34s %6.3f / %6.3f s  %8.3f / %7.3f s  %6.1fx  (pages %s / %s)\n' "$1" "$2" "$3" "$4" "$5" \
        "$(echo "$4 $2" | awk '{ print $1 / $2 }')" "$6" "$7"
}
echo "                                   x1apply wall / cpu   LibreOffice wall / cpu  ratio (wall)"
for n in $rows; do
    "$build/bench/bench_pdf" make "$work/form_$n.x1db" "$n" 2>/dev/null
    "$cli" export "$work/form_$n.x1db" --xlsx "$work/form_$n.xlsx" >/dev/null 2>&1
    ours=$(/usr/bin/python3 "$measure" -n "$runs" -- "$cli" export "$work/form_$n.x1db" --pdf "$work/ours_$n.pdf" | medians)
    theirs=$(/usr/bin/python3 "$measure" -n "$peer_runs" --warmup "$peer_warmup" -- sh "$peer" "$work/form_$n.xlsx" "$work/lo" | medians)
    row "$n rows, LibreOffice on our XLSX" "$ours" "$theirs" "$(pages "$work/ours_$n.pdf")" "$(pages "$work/lo/form_$n.pdf")"
    if [ "${GEN_FORMS:-0}" = 1 ]; then
        /usr/bin/python3 "$shared/gen_forms.py" --rows-per-file "$n" --out "$work/big" --seed 1 >/dev/null
        theirs=$(/usr/bin/python3 "$measure" -n "$peer_runs" --warmup "$peer_warmup" -- sh "$peer" "$work/big/big_${n}rows_1.xlsx" "$work/lo" | medians)
        row "$n rows, LibreOffice on gen_forms" "$ours" "$theirs" "$(pages "$work/ours_$n.pdf")" "$(pages "$work/lo/big_${n}rows_1.pdf")"
    fi
done
echo "medians; x1apply: $runs runs after 1 warm-up; LibreOffice: $peer_runs runs after $peer_warmup warm-up; cpu = user + sys"
