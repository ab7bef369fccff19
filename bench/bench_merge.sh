#!/bin/sh
# Issue 7's merge benchmarks, whole processes (start-up included), medians of RUNS runs:
#  1. merge 1,000 and 10,000 one-school .x1db files (aim: 10,000 under 10 s, peak < 300 MB,
#     cost linear in the number of sources);
#  2. merge the 1,000 .xlsx forms of gen_forms.py --n 1000 --seed 1, beside the peer
#     peer_merge_pandas.py on the same folder (aim: at least 20x faster).
#
#   cmake --build build --target bench_merge x1apply-cli
#   sh bench/bench_merge.sh [BUILD_DIR] [RUNS]          (SHARED=../shared/bench, WORK=/tmp/x1bench-merge)
set -e
BUILD=${1:-build}
RUNS=${2:-5}
SHARED=${SHARED:-$(dirname "$0")/../../shared/bench}
WORK=${WORK:-/tmp/x1bench-merge}
CLI=$BUILD/app/x1apply-cli
PY=/usr/bin/python3
mkdir -p "$WORK"

for n in 1000 10000; do
    [ -d "$WORK/x1db$n" ] || "$BUILD/bench/bench_merge" generate "$WORK/x1db$n" "$n"
    echo "== merge $n one-school workbooks"
    $PY "$SHARED/measure.py" -n "$RUNS" -- "$CLI" merge "$WORK/out$n.x1db" "$WORK/x1db$n" --unit 四川省教育厅 --force
done

[ -d "$WORK/forms1000" ] || $PY "$SHARED/gen_forms.py" --n 1000 --out "$WORK/forms1000" --seed 1
echo "== merge 1000 .xlsx forms: x1apply-cli"
$PY "$SHARED/measure.py" -n "$RUNS" -- "$CLI" merge "$WORK/forms.x1db" "$WORK/forms1000" --unit 四川省教育厅 --force
echo "== merge 1000 .xlsx forms: peer (pandas)"
$PY "$SHARED/measure.py" -n "$RUNS" -- $PY "$SHARED/peer_merge_pandas.py" "$WORK/forms1000" "$WORK/peer.xlsx"
