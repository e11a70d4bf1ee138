"""The corporate register at scale, each figure against a bare baseline in the same run.

1. a synthetic register in the NTA's exact layout (register_data.py; five million rows by default);
2. reading it: csv streaming only (the baseline), then importing it (ours), each in its own
   process, with its time and peak memory; the register file's size;
3. search per keystroke over directory + register (search_companies, as the wizard and
   `companies` call it) for 2-character Japanese, 3-character Latin, kana typed letter by
   letter, and corporate numbers typed digit by digit, against a plain SQLite LIKE scan of the
   same register file (for a subset of the same queries: a scan of millions of rows is slow);
4. the wizard's first paint with the register present against without it, alternately.

    .venv/bin/python benchmarks/register.py > register.json            # the README's figures
    .venv/bin/python benchmarks/register.py --quick                      # a smoke run
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from speed_processes import env as _env, until_ready as _until_ready  # noqa: E402 - the same first-paint hook

TARGETS = {"import_s": 900, "import_peak_mib": 300, "search_p95_ms": 30, "first_paint_ratio": 1.05}

READ = """
import csv, json, resource, sys, time
start = time.perf_counter()
rows = 0
with open(sys.argv[1], encoding="utf-8", newline="") as stream:
    for _row in csv.reader(stream):
        rows += 1
print(json.dumps({"s": time.perf_counter() - start, "rows": rows,
                  "kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""
IMPORT = """
import json, resource, sys, time
from pathlib import Path
from assistant.records.register_files import sources
from assistant.records.register_store import import_files
start = time.perf_counter()
result = import_files(sources([Path(sys.argv[1])]), path=Path(sys.argv[2]))
print(json.dumps({"s": time.perf_counter() - start, "rows": result.rows,
                  "kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _child(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                         cwd=ROOT, env=_env(), timeout=3600)
    if out.returncode:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def _percentiles(times: list[float]) -> dict:
    times = sorted(times)
    return {"p50_ms": round(times[len(times) // 2] * 1000, 2),
            "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))] * 1000, 2),
            "max_ms": round(times[-1] * 1000, 2), "n": len(times)}


def queries(db: sqlite3.Connection, per_kind: int, seed: int = 5) -> dict[str, list[str]]:
    """What people type, from the register's own rows: each keystroke of a query is a search."""
    from assistant.records.register_keys import fold

    rng = random.Random(seed)
    (count,) = db.execute("SELECT count(*) FROM companies").fetchone()
    numbers = db.execute("SELECT number FROM companies LIMIT 1 OFFSET ?", (count // 2,)).fetchone()
    sample = db.execute("SELECT number, name, furigana, en_name FROM companies WHERE number >= ? "
                        "ORDER BY number LIMIT 4000", numbers).fetchall()
    rng.shuffle(sample)
    names = [fold(name).replace(" ", "") for _n, name, _f, _e in sample]
    ja2 = [n[:2] for n in names[:per_kind // 2]] + \
        [n[2:4] for n in names[per_kind // 2:per_kind] if len(n) >= 4]
    latin = [fold(e)[:3] for *_x, e in sample if e][:per_kind // 2]
    latin += ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3))
              for _ in range(per_kind - len(latin))]
    kana = [fold(f)[:k] for _n, _a, f, _e in sample[:per_kind // 4] for k in range(1, 5)]
    digits = [f"{n:013d}"[:k] for n, *_x in sample[:per_kind // 4] for k in (4, 8, 12, 13)]
    return {"japanese_2": ja2[:per_kind], "latin_3": latin[:per_kind], "kana": kana[:per_kind],
            "corporate_number": digits[:per_kind]}


def _like_scan(db: sqlite3.Connection, text: str) -> list:
    pattern = f"%{text}%"
    return db.execute("SELECT number, name FROM companies WHERE name LIKE ?1 OR furigana LIKE ?1 "
                      "OR en_name LIKE ?1 OR printf('%013d', number) LIKE ?1 LIMIT 50",
                      (pattern,)).fetchall()


def bench_search(register_file: Path, per_kind: int, baseline_per_kind: int) -> dict:
    from assistant.io.paths import COMPANIES_DIR
    from assistant.records.company_search import LazyRegister, search_companies
    from assistant.records.directory import load_directory

    directory = load_directory([COMPANIES_DIR], use_cache=False)
    lazy = LazyRegister(register_file)
    plain = sqlite3.connect(f"file:{register_file}?mode=ro", uri=True)
    typed = queries(plain, per_kind)
    search_companies(directory, lazy, "あ")  # opened once, as at the first keystroke
    result = {}
    for kind, texts in typed.items():
        ours, found = [], 0
        for text in texts:
            start = time.perf_counter()
            hits = search_companies(directory, lazy, text, limit=201)
            ours.append(time.perf_counter() - start)
            found += bool(hits.entries or hits.companies)
        bare = []
        for text in texts[:baseline_per_kind]:
            start = time.perf_counter()
            _like_scan(plain, text)
            bare.append(time.perf_counter() - start)
        p_ours, p_bare = _percentiles(ours), _percentiles(bare)
        result[kind] = {"ours": p_ours, "like_scan": p_bare, "with_results": found,
                        "examples": texts[:4],
                        "ratio_p95": round(p_ours["p95_ms"] / max(p_bare["p95_ms"], 1e-6), 3)}
    return result


def bench_first_paint(register_file: Path, scratch: Path, rounds: int) -> dict:
    """`python main.py` to the first page painted, with and without a register in the data
    folder (the same records, the same warmed index)."""
    homes = {}
    for which in ("without", "with"):
        home = scratch / f"home-{which}"
        (home / "disclosure-request-assistant").mkdir(parents=True, exist_ok=True)
        homes[which] = home
    target = homes["with"] / "disclosure-request-assistant" / register_file.name
    if not target.exists():
        os.link(register_file, target)  # the same file, not a copy of gigabytes
    command = [sys.executable, "main.py"]
    times: dict[str, list[float]] = {"with": [], "without": []}
    envs = {which: _env(XDG_DATA_HOME=str(home), DRA_CACHE_DIR=str(scratch / "cache"),
                        DRA_EXIT_AFTER_FIRST_PAINT="1") for which, home in homes.items()}
    _until_ready(command, envs["without"]), _until_ready(command, envs["with"])
    for round_ in range(rounds):  # alternately, each going first in turn
        for which in (("with", "without") if round_ % 2 else ("without", "with")):
            times[which].append(_until_ready(command, envs[which])[0])
    with_, without = statistics.median(times["with"]), statistics.median(times["without"])
    return {"with_register_ms": round(with_ * 1000, 1), "without_ms": round(without * 1000, 1),
            "ratio": round(with_ / without, 3), "rounds": rounds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--queries", type=int, default=100, help="per kind of query")
    parser.add_argument("--baseline-queries", type=int, default=20, help="per kind, LIKE scan")
    parser.add_argument("--rounds", type=int, default=11, help="first-paint rounds")
    parser.add_argument("--scratch", type=Path, help="keep the files here (default: a temp dir)")
    parser.add_argument("--quick", action="store_true", help="3,000 rows, few queries")
    args = parser.parse_args()
    if args.quick:
        args.rows, args.queries, args.baseline_queries, args.rounds = 3000, 8, 4, 1
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="register-bench-"))
    scratch.mkdir(parents=True, exist_ok=True)
    data = scratch / "00_zenkoku_all_20261130.csv"
    started = time.perf_counter()
    if not data.exists():
        subprocess.run([sys.executable, str(HERE / "register_data.py"), str(args.rows), "-o",
                        str(data)], check=True, cwd=ROOT, env=_env())
    generated = time.perf_counter() - started
    register_file = scratch / "corporate-register.sqlite3"
    register_file.unlink(missing_ok=True)
    read = _child(READ, str(data))
    imported = _child(IMPORT, str(data), str(register_file))
    figures = {
        "machine": {"cores": os.cpu_count(), "python": sys.version.split()[0],
                    "sqlite": sqlite3.sqlite_version, "load_average": os.getloadavg()},
        "rows": args.rows, "file_bytes": data.stat().st_size, "generate_s": round(generated, 1),
        "read_baseline": {"s": round(read["s"], 1), "peak_mib": round(read["kib"] / 1024, 1)},
        "import": {"s": round(imported["s"], 1), "peak_mib": round(imported["kib"] / 1024, 1),
                   "ratio_to_reading": round(imported["s"] / read["s"], 2)},
        "register_bytes": register_file.stat().st_size,
        "search": bench_search(register_file, args.queries, args.baseline_queries),
        "first_paint": bench_first_paint(register_file, scratch, args.rounds),
    }
    search_p95 = max(k["ours"]["p95_ms"] for k in figures["search"].values())
    figures["targets"] = {
        "import_s": {"target": TARGETS["import_s"], "measured": figures["import"]["s"]},
        "import_peak_mib": {"target": TARGETS["import_peak_mib"],
                            "measured": figures["import"]["peak_mib"]},
        "search_p95_ms": {"target": TARGETS["search_p95_ms"], "measured": search_p95},
        "first_paint_ratio": {"target": TARGETS["first_paint_ratio"],
                              "measured": figures["first_paint"]["ratio"]},
    }
    for target in figures["targets"].values():
        target["met"] = target["measured"] <= target["target"]
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
