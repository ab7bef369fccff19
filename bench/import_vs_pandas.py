#!/usr/bin/python3
"""Import benchmark, side by side in one run: `x1apply-cli import` of N hand-filled forms into one
new workbook vs the pandas peer (/work/shared/bench/peer_merge_pandas.py) reading the same folder.

    /usr/bin/python3 bench/import_vs_pandas.py --cli build/app/x1apply-cli [--forms /tmp/forms1000]
        [--runs 5] [--peer-runs 3]

Both are timed as whole processes (start-up included), one warm-up each, runs interleaved so that
machine noise hits both alike; prints min/median/max wall seconds and the ratio of the medians.
The forms are made with /work/shared/bench/gen_forms.py --n 1000 --seed 1 when the folder is missing.
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import tempfile
import time

SHARED = os.environ.get("X1_SHARED_BENCH", "/work/shared/bench")


def timed(argv, env=None):
    start = time.perf_counter()
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{argv[0]} exited {result.returncode}: {result.stderr.decode()[-2000:]}")
    return elapsed, result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--forms", default="/tmp/forms1000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peer-runs", type=int, default=3)
    a = ap.parse_args()
    if not os.path.isdir(a.forms):
        subprocess.run(["/usr/bin/python3", f"{SHARED}/gen_forms.py", "--n", "1000", "--out", a.forms, "--seed", "1"],
                       check=True)
    forms = sorted(glob.glob(os.path.join(a.forms, "*.xlsx")))
    work = tempfile.mkdtemp(prefix="x1bench-")
    env = dict(os.environ, X1APPLY_LANG="zh")

    def ours():
        workbook = os.path.join(work, "import.x1db")
        if os.path.exists(workbook):
            os.remove(workbook)
        subprocess.run([a.cli, "new", workbook, "--profile", "sc-2019"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        elapsed, result = timed([a.cli, "import", workbook, *forms], env)
        return elapsed, result.stderr.decode().strip().splitlines()[-1]

    def peer():
        elapsed, result = timed(["/usr/bin/python3", f"{SHARED}/peer_merge_pandas.py", a.forms,
                                 os.path.join(work, "peer.xlsx")])
        return elapsed, result.stdout.decode().strip()[:120]

    ours()
    peer()
    our_times, peer_times = [], []
    for i in range(max(a.runs, a.peer_runs)):
        if i < a.runs:
            t, our_line = ours()
            our_times.append(t)
        if i < a.peer_runs:
            t, peer_line = peer()
            peer_times.append(t)
    shutil.rmtree(work)

    def line(label, times):
        return f"{label:<34} runs {len(times)}  min {min(times):7.3f} s  median {statistics.median(times):7.3f} s  max {max(times):7.3f} s"
    print(f"{len(forms)} forms in {a.forms}; nproc {os.cpu_count()}; load {os.getloadavg()[0]:.1f}")
    print(line("x1apply-cli import", our_times))
    print(f"  {our_line}")
    print(line("peer_merge_pandas.py", peer_times))
    print(f"  {peer_line}")
    print(f"ratio of medians: {statistics.median(peer_times) / statistics.median(our_times):.1f}x faster")


if __name__ == "__main__":
    main()
