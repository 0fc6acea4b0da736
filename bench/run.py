#!/usr/bin/env python3
"""The capacity benchmark of SPEC §10, from one command:

    python3 bench/run.py                      # 1,000 / 10,000 / 100,000 customers
    python3 bench/run.py --sizes 1000,10000 --runs 5
    python3 bench/run.py --growth 1000        # also: .git size over 1,000 `crm log`

Besides the read and write commands at each size it times `crm log` with a
customer's name (the name lookup), `crm import csv --dry-run` of 50 rows
matched against the store, and `crm import csv` of 5,000 new customers
into an empty store.

It builds the release binary (and examples/load_all), generates the stores
with bench/gen.py once (kept in --dir, default /tmp/crm-bench, and reused
while gen.py is unchanged), then measures each operation as the median
wall time of --runs runs after one warm-up run, with the peak memory
(maximum resident set, from /usr/bin/time) of the slowest-memory run. In
the same run and on the same files, `rg` over customers/ is the floor of a
full text scan; the table shows each figure's ratio to it. Commands the
binary does not have yet print n/a.

Everything runs with CRM_NOW pinned (2026-11-24T10:00:00+02:00) so the
periods and the agenda have the same data every time.
"""

import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
NOW = "2026-11-24T10:00:00+02:00"


def env_for(extra=None):
    e = dict(os.environ)
    e.update(CRM_NOW=NOW, CRM_USER="mari", TZ="Europe/Tallinn", NO_COLOR="1",
             GIT_AUTHOR_NAME="Mari Tamm", GIT_AUTHOR_EMAIL="mari@firm.example",
             GIT_COMMITTER_NAME="Mari Tamm", GIT_COMMITTER_EMAIL="mari@firm.example")
    e.pop("CRM_DIR", None)
    e.pop("CRM_NO_CACHE", None)
    if extra:
        e.update(extra)
    return e


def run_once(argv, cwd, env, timeout=600):
    """Wall seconds and peak RSS in MiB of one run; raises on failure."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tf.name] + argv, cwd=cwd,
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=timeout)
        wall = time.perf_counter() - t0
        rss_kb = 0
        for line in open(tf.name).read().split("\n"):
            if line.strip().isdigit():
                rss_kb = int(line.strip())
    if p.returncode not in (0, 1) or (p.returncode == 1 and argv[0] != "rg"):
        raise RuntimeError(f"{' '.join(argv)} exited {p.returncode}: {p.stderr.decode()[-400:]}")
    return wall, rss_kb / 1024


def measure(argv, cwd, env, runs, warmup=1, before=None):
    for _ in range(warmup):
        if before:
            before()
        run_once(argv, cwd, env)
    walls, peak = [], 0.0
    for _ in range(runs):
        if before:
            before()
        w, m = run_once(argv, cwd, env)
        walls.append(w)
        peak = max(peak, m)
    return statistics.median(walls), peak


def has_command(crm, name):
    p = subprocess.run([crm] + name.split() + ["--help"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env_for())
    return p.returncode == 0


def build():
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "crm",
                    "--example", "load_all"], cwd=REPO, check=True)
    return (os.path.join(REPO, "target/release/crm"),
            os.path.join(REPO, "target/release/examples/load_all"))


def ensure_store(base, n, crm):
    """Generate the store of n customers unless an up-to-date one exists."""
    gen = os.path.join(HERE, "gen.py")
    stamp = hashlib.sha256(open(gen, "rb").read()).hexdigest()[:16]
    store = os.path.join(base, f"s{n}")
    mark = os.path.join(base, f"s{n}.gen")
    if os.path.isdir(store) and os.path.exists(mark) and open(mark).read() == stamp:
        return store
    shutil.rmtree(store, ignore_errors=True)
    t0 = time.time()
    print(f"generating {n} customers in {store} ...", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, gen, store, str(n), "--crm", crm], check=True,
                   env=env_for())
    # Pack what `git commit` left loose, as any store that lived a while is.
    subprocess.run(["git", "-C", store, "gc", "--quiet"], check=True)
    # Back to git's default, as a user's store has it.
    subprocess.run(["git", "-C", store, "config", "--unset", "gc.auto"], check=False)
    open(mark, "w").write(stamp)
    print(f"  done in {time.time() - t0:.0f} s", file=sys.stderr, flush=True)
    return store


def pick_ids(store, k):
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(store, "customers")) if f.endswith(".toml"))
    step = max(1, len(ids) // k)
    return ids[::step][:k]


def customer_name(store, cid):
    """The name a user would type for customer `cid` (its `name` line)."""
    for line in open(os.path.join(store, "customers", cid + ".toml"), encoding="utf-8"):
        if line.startswith("name = "):
            return line.split("=", 1)[1].strip().strip('"')
    return cid


def import_csv_file(base, rows, store=None):
    """A CSV of `rows` rows as a spreadsheet export writes them (BOM,
    Estonian headers, local phone numbers, a multi-line note); with
    `store`, every fifth row names one of its customers, so rows match."""
    import csv
    import random
    rnd = random.Random(rows)
    existing = []
    if store:
        existing = [customer_name(store, c) for c in pick_ids(store, rows // 5 or 1)]
    path = os.path.join(base, f"import-{rows}{'-m' if store else ''}.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Ettevõte", "E-post", "Telefon", "Kontaktisik", "Märkused", "Sildid"])
        for i in range(rows):
            if existing and i % 5 == 0:
                name = existing[(i // 5) % len(existing)]
            else:
                name = f"{rnd.choice(['Põhja', 'Lõuna', 'Saare', 'Järve'])} Import {i} OÜ"
            w.writerow([name, f"info{i}@import{i}.example", f"5{rnd.randrange(1000000, 9999999)}",
                        f"Kontakt {i}", "Esimene rida\nteine rida" if i % 7 == 0 else "",
                        "import,bench"])
    return path


def import_bench(crm, base, rows, runs):
    """`crm import csv` of `rows` new customers into a fresh store."""
    path = import_csv_file(base, rows)
    work = os.path.join(base, f"import-stores-{rows}")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    target = os.path.join(work, "dry")
    subprocess.run([crm, "init", "-q", target], check=True, env=env_for())
    dry = measure([crm, "-C", target, "import", "csv", path, "--dry-run"], base, env_for(), runs)
    # Every run imports into a new store, and none is deleted until the
    # end: ext4 is slow to hand out inodes freed moments before (its
    # `recently_deleted` check), which no user importing a spreadsheet
    # meets, but a benchmark that deletes 5,000 files per run does.
    stores = iter(os.path.join(work, f"s{k}") for k in range(1000))

    def fresh():
        nonlocal target
        target = next(stores)
        subprocess.run([crm, "init", "-q", target], check=True, env=env_for())
    walls, peak = [], 0.0
    for k in range(runs + 1):
        fresh()
        w, m = run_once([crm, "-C", target, "import", "csv", path], base, env_for())
        if k:
            walls.append(w)
            peak = max(peak, m)
    real = (statistics.median(walls), peak)
    again = measure([crm, "-C", target, "import", "csv", path], base, env_for(), runs)
    shutil.rmtree(work, ignore_errors=True)
    return dry, real, again


def du(path):
    """Bytes under path, not counting the read cache (.git/crm-cache),
    which is derived data of a fixed size, not history."""
    total = 0
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if d != "crm-cache"]
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def sync_bench(crm, store, runs, has_sync):
    """`crm sync` with 100 changed customers on each side: a bare remote,
    a colleague's clone that logs on 100 customers and pushes, and this
    clone with 100 other customers changed. Set up anew for every run. On
    the same state, side by side: `git pull` (with crm's merge driver) and
    `git pull` followed by `git push`, which is what crm sync does.
    Returns {label: (median seconds, peak MiB)}."""
    if not has_sync:
        return None
    times = {"crm sync": [], "git pull": [], "git pull + git push": []}
    peak = 0.0
    ids = pick_ids(store, 200)
    theirs, ours = ids[:100], ids[100:]
    for r in range(runs):
        work = tempfile.mkdtemp(prefix="crm-sync-", dir=os.path.dirname(store))
        try:
            bare = os.path.join(work, "remote.git")
            a = os.path.join(work, "a")
            b = os.path.join(work, "b")
            subprocess.run(["git", "clone", "-q", "--bare", store, bare], check=True)
            for d in (a, b):
                subprocess.run([crm, "clone", bare, d], check=True, env=env_for(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for i in theirs:
                subprocess.run([crm, "-C", b, "--as", "jaan", "log", i, "call", f"theirs {r}"],
                               check=True, env=env_for(), stdout=subprocess.DEVNULL)
            subprocess.run([crm, "-C", b, "sync"], check=True, env=env_for(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for i in ours:
                subprocess.run([crm, "-C", a, "log", i, "call", f"ours {r}"],
                               check=True, env=env_for(), stdout=subprocess.DEVNULL)
            # Warm the read cache and the page cache as a daily user would have.
            subprocess.run([crm, "-C", a, "show", ours[0]], env=env_for(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Let background packing finish, then keep this state for each tool.
            subprocess.run(["git", "-C", a, "status"], env=env_for(), stdout=subprocess.DEVNULL)
            snap = os.path.join(work, "snap")
            os.makedirs(snap)
            for d in (bare, a):
                subprocess.run(["cp", "-a", d, snap], check=True)

            def restore():
                for d in (bare, a):
                    shutil.rmtree(d)
                    subprocess.run(["cp", "-a", os.path.join(snap, os.path.basename(d)), work],
                                   check=True)
                subprocess.run(["git", "-C", a, "status"], env=env_for(),
                               stdout=subprocess.DEVNULL)
            w, m = run_once([crm, "-C", a, "sync"], a, env_for())
            times["crm sync"].append(w)
            peak = max(peak, m)
            restore()
            pull = ["git", "pull", "-q", "--no-rebase", "--no-edit", "origin", "main"]
            times["git pull"].append(run_once(pull, a, env_for())[0])
            restore()
            t0 = time.perf_counter()
            run_once(pull, a, env_for())
            run_once(["git", "push", "-q", "origin", "HEAD:main"], a, env_for())
            times["git pull + git push"].append(time.perf_counter() - t0)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return {k: (statistics.median(v), peak if k == "crm sync" else 0.0) for k, v in times.items()}


def growth_bench(crm, store, count):
    """.git size over `count` crm log commands (background gc included)."""
    ids = pick_ids(store, count)
    start = du(os.path.join(store, ".git"))
    worst = start
    t0 = time.time()
    failed = 0
    for k in range(count):
        p = subprocess.run([crm, "log", ids[k % len(ids)], "note", f"growth {k}"], cwd=store,
                           env=env_for(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if p.returncode != 0:
            failed += 1
            print(f"crm log failed: {p.stderr.decode().strip()}", file=sys.stderr)
        if k % 50 == 49:
            worst = max(worst, du(os.path.join(store, ".git")))
    took = time.time() - t0
    # Let a background repack that is still running finish.
    for _ in range(600):
        if not subprocess.run(["pgrep", "-f", "git repack -d -q"],
                              stdout=subprocess.DEVNULL).returncode == 0:
            break
        time.sleep(1)
    end = du(os.path.join(store, ".git"))
    fsck = subprocess.run(["git", "-C", store, "fsck", "--no-progress", "--connectivity-only"],
                          capture_output=True)
    status = subprocess.run(["git", "-C", store, "status", "--porcelain"],
                            capture_output=True, text=True).stdout
    return dict(count=count, failed=failed, start=start, worst=worst, end=end, secs=took,
                fsck=fsck.returncode == 0, clean=status.strip() == "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sync-runs", type=int, default=1)
    ap.add_argument("--dir", default="/tmp/crm-bench")
    ap.add_argument("--growth", type=int, default=0,
                    help="also run this many `crm log` on the largest store and report .git size")
    ap.add_argument("--growth-only", action="store_true",
                    help="skip the timings, run only the --growth measurement")
    ap.add_argument("--crm", help="binary under test (default: build target/release/crm)")
    a = ap.parse_args()
    crm, load_all = build()
    if a.crm:
        crm = os.path.abspath(a.crm)
    os.makedirs(a.dir, exist_ok=True)
    sizes = [int(s) for s in a.sizes.split(",")]
    cmds = {c: has_command(crm, c) for c in ("ls", "activities", "report", "agenda", "calendar", "search", "sync",
                                             "deals", "report products")}
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor()
    print(f"machine: {os.cpu_count()} cores, {cpu}, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; "
          f"load average at start {os.getloadavg()[0]:.1f}")
    print(f"binary: {crm}; commands present: "
          + ", ".join(f"{c}={'yes' if ok else 'n/a'}" for c, ok in cmds.items()))
    results = {}
    for n in [] if a.growth_only else sizes:
        store = ensure_store(a.dir, n, crm)
        e = env_for()
        mb = du(os.path.join(store, "customers")) / 1e6
        res = {}
        print(f"measuring {n} customers ({mb:.0f} MB of TOML) ...", file=sys.stderr, flush=True)
        rg = measure(["rg", "-c", "-i", "tallinn", "customers/"], store, e, a.runs)
        res["rg -c over customers/ (floor)"] = rg
        res["load_all, uncached (parse every file)"] = measure(
            [load_all, store], store, env_for({"CRM_NO_CACHE": "1"}), max(1, min(a.runs, 3)))
        cache = os.path.join(store, ".git", "crm-cache")

        def drop_cache():
            shutil.rmtree(cache, ignore_errors=True)
        res["load_all, cache missing (parse + write cache)"] = measure(
            [load_all, store], store, e, max(1, min(a.runs, 3)), warmup=0, before=drop_cache)
        res["load_all, warm cache"] = measure([load_all, store], store, e, a.runs)
        q = {
            "ls": ("crm ls tag:vip stage:customer", ["ls", "tag:vip", "stage:customer"]),
            "activities": ("crm activities -p 2026-10", ["activities", "-p", "2026-10"]),
            "report": ("crm report activity --by user --period monthly",
                       ["report", "activity", "--by", "user", "--period", "monthly"]),
            "agenda": ("crm agenda --all", ["agenda", "--all"]),
            "calendar": ("crm calendar --month --all", ["calendar", "--month", "--all"]),
            "search": ("crm search pärnu", ["search", "pärnu"]),
            "deals": ("crm deals stage:offer amount>5000", ["deals", "stage:offer", "amount>5000"]),
            "report products": ("crm report products -p 2026", ["report", "products", "-p", "2026"]),
        }
        for key, (label, argv) in q.items():
            res[label] = measure([crm] + argv, store, e, a.runs) if cmds[key] else None
        one = pick_ids(store, 1)[0]
        res["crm log (write + commit)"] = measure(
            [crm, "log", one, "call", "Benchmark call"], store, e, a.runs)
        name = customer_name(store, one)
        res["crm log NAME (name lookup + write + commit)"] = measure(
            [crm, "log", name, "call", "Benchmark call by name"], store, e, a.runs)
        rows = import_csv_file(a.dir, 50, store)
        res["crm import csv --dry-run, 50 rows matched against the store"] = measure(
            [crm, "import", "csv", rows, "--dry-run"], store, e, max(1, min(a.runs, 3)))
        synced = sync_bench(crm, store, a.sync_runs, cmds["sync"]) or {}
        for k, v in synced.items():
            res[f"{k} (100 changed each side)"] = v
        results[n] = (res, mb)
    if a.growth_only:
        sizes = []
    # The table: one row per operation, per size median ms / peak MiB / x rg.
    labels = list(next(iter(results.values()))[0].keys()) if results else []
    head = "| operation | " + " | ".join(f"{n:,} customers" for n in sizes) + " |"
    print()
    if results:
        print(head)
        print("|---|" + "---|" * len(sizes))
    for label in labels:
        cells = []
        for n in sizes:
            res, _ = results[n]
            v = res.get(label)
            if v is None:
                cells.append("n/a")
                continue
            ms, mem = v[0] * 1000, v[1]
            floor = res["rg -c over customers/ (floor)"][0] * 1000
            ratio = "" if label.startswith("rg ") else f", {ms / floor:.2f}× rg"
            cells.append(f"{ms:.0f} ms, {mem:.0f} MiB{ratio}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    if results:
        print()
        print("median wall time of %d runs after a warm-up; peak resident memory; "
              "× rg = ratio to `rg` over the same files in the same run" % a.runs)
    print(f"load average at end {os.getloadavg()[0]:.1f}")
    if not a.growth_only:
        dry, real, again = import_bench(crm, a.dir, 5000, max(1, min(a.runs, 3)))
        print("\ncrm import csv of 5,000 new customers into an empty store: "
              f"--dry-run {dry[0] * 1000:.0f} ms ({dry[1]:.0f} MiB), "
              f"import {real[0] * 1000:.0f} ms ({real[1]:.0f} MiB), "
              f"the same file again (all unchanged) {again[0] * 1000:.0f} ms ({again[1]:.0f} MiB)")
    if a.growth:
        n = max(int(x) for x in a.sizes.split(","))
        g = growth_bench(crm, ensure_store(a.dir, n, crm), a.growth)
        print(f"\n.git growth at {n:,} customers over {g['count']} `crm log`: "
              f"{g['start'] / 2**20:.0f} MiB before, at most {g['worst'] / 2**20:.0f} MiB during, "
              f"{g['end'] / 2**20:.0f} MiB after; {g['secs'] / g['count'] * 1000:.0f} ms a command "
              f"on average ({g['failed']} failed); fsck {'ok' if g['fsck'] else 'FAILED'}, "
              f"status {'clean' if g['clean'] else 'NOT clean'}")


if __name__ == "__main__":
    main()
