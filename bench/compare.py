#!/usr/bin/env python3
"""Compare two crm binaries on the same stores, side by side in one run:

    python3 bench/compare.py OLD_BINARY [NEW_BINARY] [--sizes 10000,100000] [--runs 7]

For a change that must not slow reads down (a refactor, a new cache
codec): each binary gets its own copy of the benchmark store (their caches
may differ in format), is warmed up once, and then the two are run in
turns, OLD then NEW, so whatever else the machine does falls on both
alike. Prints the median wall time and peak memory of each read command
and the ratio NEW/OLD. NEW defaults to target/release/crm (built here).
The stores come from bench/gen.py, as bench/run.py makes them.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run as bench  # noqa: E402  (bench/run.py: env, timing, stores)

READS = [
    ("ls tag:vip stage:customer", ["ls", "tag:vip", "stage:customer"]),
    ("activities -p 2026-10", ["activities", "-p", "2026-10"]),
    ("report activity --by user --period monthly",
     ["report", "activity", "--by", "user", "--period", "monthly"]),
    ("report pipeline", ["report", "pipeline"]),
    ("report value", ["report", "value"]),
    ("agenda --all", ["agenda", "--all"]),
    ("search pärnu", ["search", "pärnu"]),
]


def copy_store(src, dst):
    if not os.path.isdir(dst):
        subprocess.run(["cp", "-a", src, dst], check=True)
    return dst


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old")
    ap.add_argument("new", nargs="?")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--dir", default="/tmp/crm-bench")
    a = ap.parse_args()
    new = os.path.abspath(a.new) if a.new else bench.build()[0]
    old = os.path.abspath(a.old)
    env = bench.env_for()
    print(f"old: {old}\nnew: {new}\nload average at start {os.getloadavg()[0]:.1f}")
    for n in [int(s) for s in a.sizes.split(",")]:
        store = bench.ensure_store(a.dir, n, new)
        stores = {}
        for tag, binary in (("old", old), ("new", new)):
            stores[tag] = copy_store(store, os.path.join(a.dir, f"cmp-{tag}-{n}"))
            # Build each binary's cache in its own copy.
            bench.run_once([binary, "ls", "-f", "ids"], stores[tag], env)
        print(f"\n{n:,} customers: median of {a.runs} runs, taken in turns\n")
        print("| command | old | new | new/old |")
        print("|---|---|---|---|")
        for label, argv in READS:
            times = {"old": [], "new": []}
            peak = {"old": 0.0, "new": 0.0}
            for tag, binary in (("old", old), ("new", new)):
                bench.run_once([binary] + argv, stores[tag], env)  # warm-up
            for _ in range(a.runs):
                for tag, binary in (("old", old), ("new", new)):
                    w, m = bench.run_once([binary] + argv, stores[tag], env)
                    times[tag].append(w)
                    peak[tag] = max(peak[tag], m)
            o, w = statistics.median(times["old"]), statistics.median(times["new"])
            print(f"| crm {label} | {o * 1000:.0f} ms, {peak['old']:.0f} MiB "
                  f"| {w * 1000:.0f} ms, {peak['new']:.0f} MiB | {w / o:.2f} |")
    print(f"\nload average at end {os.getloadavg()[0]:.1f}")
    for n in [int(s) for s in a.sizes.split(",")]:
        for tag in ("old", "new"):
            shutil.rmtree(os.path.join(a.dir, f"cmp-{tag}-{n}"), ignore_errors=True)


if __name__ == "__main__":
    main()
