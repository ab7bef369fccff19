#!/bin/sh
# Whole-process timing of `x1apply-cli export --xlsx` on a 10,000-row form against the physical
# limit, /work/shared/bench/raw_xlsxwriter.c writing 10,000 rows in normal mode, in one run.
#
#   sh bench/bench_export_xlsx.sh [BUILD_DIR] [ROWS] [RUNS]
#
# Needs: a built x1apply-cli, gcc and pkg-config xlsxwriter, /usr/bin/python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
rows=${2:-10000}
runs=${3:-5}
shared=${X1_SHARED_BENCH:-/work/shared/bench}
cli=$build/app/x1apply-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gcc -O2 "$shared/raw_xlsxwriter.c" -o "$work/raw_xlsxwriter" $(pkg-config --cflags --libs xlsxwriter)
/usr/bin/python3 "$here/bench_export_xlsx_input.py" "$rows" > "$work/input.json"
"$cli" new "$work/w.x1db" --profile sc-2019 --date 2019-04-29 2>/dev/null
"$cli" import "$work/w.x1db" "$work/input.json" 2>/dev/null
"$cli" stats "$work/w.x1db" | head -1

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
# Interleaved so that machine noise falls on both alike.
ROWS=$rows /usr/bin/python3 - "$runs" "$cli" "$work" <<'PY'
import os, statistics, subprocess, sys, time
runs, cli, work = int(sys.argv[1]), sys.argv[2], sys.argv[3]
commands = {
    'x1apply-cli export --xlsx': [cli, 'export', f'{work}/w.x1db', '--xlsx', f'{work}/ours.xlsx'],
    'same, --no-self-check': [cli, 'export', f'{work}/w.x1db', '--xlsx', f'{work}/form.xlsx', '--no-self-check'],
    'raw_xlsxwriter (normal)': [f'{work}/raw_xlsxwriter', f'{work}/raw.xlsx', os.environ['ROWS']],
}
def once(cmd):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f'failed: {cmd}')
    return time.monotonic() - t0, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
times = {name: [] for name in commands}
for cmd in commands.values():
    once(cmd)  # warm-up
for _ in range(runs):
    for name, cmd in commands.items():
        times[name].append(once(cmd))
for name, values in times.items():
    walls = sorted(v[0] for v in values)
    cpu = statistics.median(v[2] for v in values)
    print(f'{name:28} wall min {walls[0]:6.3f} s  median {statistics.median(walls):6.3f} s  max {walls[-1]:6.3f} s'
          f'  cpu median {cpu:6.3f} s  peak {max(v[1] for v in values):6.1f} MiB')
ours = statistics.median(v[0] for v in times['x1apply-cli export --xlsx'])
raw = statistics.median(v[0] for v in times['raw_xlsxwriter (normal)'])
form = statistics.median(v[0] for v in times['same, --no-self-check'])
print(f'ratio (median wall): {ours / raw:.2f}x with the 条件自查 sheet, {form / raw:.2f}x the form alone')
cpu = {name: statistics.median(v[2] for v in values) for name, values in times.items()}
raw_cpu = cpu['raw_xlsxwriter (normal)']
print(f"ratio (median cpu):  {cpu['x1apply-cli export --xlsx'] / raw_cpu:.2f}x with the 条件自查 sheet, "
      f"{cpu['same, --no-self-check'] / raw_cpu:.2f}x the form alone")
PY
ls -l "$work/ours.xlsx" "$work/form.xlsx" "$work/raw.xlsx" | awk '{print $5, $9}'
