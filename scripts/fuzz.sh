#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, CMake option X1_FUZZ, clang) in their own build folder and
# runs one of them, or all one after the other, for the given time.
#
#   scripts/fuzz.sh TARGET SECONDS     TARGET: xlsx xlsx_xml xls json normalize workbook, or all
#   scripts/fuzz.sh all 20             the 20-second smoke run of each
#   scripts/fuzz.sh xlsx 0             only replays the seeds and fuzz/corpus/xlsx (regression)
#
# LSAN_OPTIONS and ASAN_OPTIONS get scripts/sanitizers/{lsan,asan}.supp (third-party reports).
# Environment: X1_FUZZ_BUILD (default build-fuzz), X1_FUZZ_JOBS (build parallelism, default 2).
# Seeds: tests/data/forms (.xlsx or .xls), resources/samples/sample.json, .x1db files written from
# the sample by x1fuzz_make_seeds, and fuzz/corpus/TARGET (committed: every input that once
# crashed a target, kept as a regression case). What a run finds goes to BUILD/corpus/TARGET,
# a crash to BUILD/artifacts/TARGET/, the log to BUILD/logs/TARGET.log.
# Exit code: 0 when every target ran its time without a finding, 1 otherwise.
set -euo pipefail

usage() { echo "usage: $0 {xlsx|xlsx_xml|xls|json|normalize|workbook|all} SECONDS" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
target=$1
seconds=$2
[[ $seconds =~ ^[0-9]+$ ]] || usage
all_targets=(xlsx xlsx_xml xls json normalize workbook)
case $target in
    all) targets=("${all_targets[@]}") ;;
    xlsx|xlsx_xml|xls|json|normalize|workbook) targets=("$target") ;;
    *) usage ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build=${X1_FUZZ_BUILD:-$root/build-fuzz}
[[ $build = /* ]] || build=$root/$build
jobs=${X1_FUZZ_JOBS:-2}

# --- build and seeds, one script at a time (two may run side by side, each its own target)
mkdir -p "$build"
exec 9>"$build/.fuzz.lock"
flock 9
if [[ ! -f $build/build.ninja ]]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DX1_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" -j"$jobs" >/dev/null

# --- seeds
seeds=$build/seeds
mkdir -p "$seeds"/{xlsx,xlsx_xml,xls,json,normalize,workbook}
cp "$root"/tests/data/forms/*.xlsx "$seeds/xlsx/"
cp "$root"/tests/data/forms/*.xls "$seeds/xls/"
cp "$root"/resources/samples/sample.json "$seeds/json/"
# The XML parts of the .xlsx forms, each on its own (up to 128 KiB).
python3 - "$seeds/xlsx_xml" "$root"/tests/data/forms/*.xlsx <<'PY'
import os, sys, zipfile
out = sys.argv[1]
for path in sys.argv[2:]:
    try:
        archive = zipfile.ZipFile(path)
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels")) and info.file_size <= 131072:
                name = os.path.basename(path)[:2] + "-" + info.filename.replace("/", "_")
                with open(os.path.join(out, name), "wb") as f:
                    f.write(archive.read(info))
    except Exception:
        pass  # the corpus's broken and hostile files: the other target has them
PY
# The text normaliser: the cell texts of the sample, one a line, and a few written for it.
python3 - "$root/resources/samples/sample.json" "$seeds/normalize" <<'PY'
import json, sys, os
out = sys.argv[2]
texts = set()
def walk(v):
    if isinstance(v, dict):
        for x in v.values(): walk(x)
    elif isinstance(v, list):
        for x in v: walk(x)
    elif isinstance(v, (str, int)) and str(v).strip():
        texts.add(str(v))
walk(json.load(open(sys.argv[1], encoding="utf-8")))
texts.update(["Web前端开发（初级、中级）", "物流管理 / 电子商务；会计", "１２０人", "约100人", "2024.3.5",
              "2024年3月5日", "45356", "—", "无", "是", "√", "3个", "12.0", "初、中、高级", "中级/高级"])
for i, text in enumerate(sorted(texts)):
    with open(os.path.join(out, "sample-%03d" % i), "w", encoding="utf-8") as f:
        f.write(text)
with open(os.path.join(out, "sample-all"), "w", encoding="utf-8") as f:
    f.write("\n".join(sorted(texts)))
PY
"$build/fuzz/x1fuzz_make_seeds" "$root/resources/samples/sample.json" "$seeds/workbook"
flock -u 9

# --- run
# Third-party reports only, each named in its file: FreeXL's leak and its iconv call.
export LSAN_OPTIONS="suppressions=$root/scripts/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="suppressions=$root/scripts/sanitizers/asan.supp${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
declare -A options=(
    # A zip's parts may inflate to 256 MiB in all (ReadLimits): the reader's bound plus ASan's.
    [xlsx]="-max_len=262144 -rss_limit_mb=3072"
    [xlsx_xml]="-max_len=131072 -rss_limit_mb=2048 -dict=$root/fuzz/xlsx_xml.dict"
    [xls]="-max_len=131072 -rss_limit_mb=2048"
    [json]="-max_len=65536 -rss_limit_mb=2048 -dict=$root/fuzz/json.dict"
    [normalize]="-max_len=4096 -rss_limit_mb=1024"
    [workbook]="-max_len=262144 -rss_limit_mb=2048"
)
mkdir -p "$build/logs"
status=0
summary=()
for t in "${targets[@]}"; do
    corpus=$build/corpus/$t
    artifacts=$build/artifacts/$t
    regression=$root/fuzz/corpus/$t
    mkdir -p "$corpus" "$artifacts" "$regression"
    log=$build/logs/$t.log
    if [[ $seconds -eq 0 ]]; then
        run=(-runs=0)
    else
        run=(-max_total_time="$seconds")
    fi
    echo "fuzz_$t: ${seconds}s, log $log"
    start=$(date +%s)
    set +e
    # shellcheck disable=SC2086
    "$build/fuzz/fuzz_$t" ${options[$t]} -timeout=30 -print_final_stats=1 "${run[@]}" \
        -artifact_prefix="$artifacts/" "$corpus" "$regression" "$seeds/$t" >"$log" 2>&1
    code=$?
    set -e
    elapsed=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corpus_size=$(ls "$corpus" | wc -l)
    if [[ $code -ne 0 ]]; then
        status=1
        result="FINDING (exit $code): $(grep -m1 -E 'ERROR: |runtime error|SUMMARY' "$log" || true); see $artifacts"
    else
        result=ok
    fi
    summary+=("fuzz_$t: ${execs:-?} executions in ${elapsed}s, corpus $corpus_size, $result")
done
printf '%s\n' "${summary[@]}"
exit $status
