"""The user's own records at scale (benchmarks/run.py runs this): 100,000 generated records in a
temporary folder (2,000 with --quick).

- the first (cold) load, which builds the index, and a warm load, each a fresh process, with
  peak memory; against a bare process that reads every file (cold) or lists and stats every
  file (warm);
- search per keystroke through the wizard's own call (Directory.search with the company page's
  result limit), for every shape of query: names typed letter by letter, in full-width form,
  two words, and words of one or two characters chosen by how many records hold them (none,
  a few, tens, hundreds, thousands, most); against a plain scan of every name in memory, which
  must give the same answer.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from speed_processes import PEAK, ROOT, env

LOAD = PEAK + r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
start = time.perf_counter()
from assistant.records.directory import load_directory
directory = load_directory([Path(sys.argv[1])])
assert not directory.problems, directory.problems[:3]
print(json.dumps({"s": time.perf_counter() - start, "records": len(directory),
                  "kib": peak()}))
"""
BARE_LOAD = PEAK + r"""
import json, os, resource, sys, time
start = time.perf_counter()
count = 0
with os.scandir(sys.argv[1]) as listing:
    for item in listing:
        if sys.argv[2] == "read":
            with open(item.path, "rb") as handle:
                handle.read()
        else:
            item.stat()
        count += 1
print(json.dumps({"s": time.perf_counter() - start, "records": count,
                  "kib": peak()}))
"""
# One record in RARE_EVERY has an alias with a character few names have, so that search has
# rare words of one and two characters to find, as a real list of companies has.
RARE = "QZヴゑ々〆ヶ"
RARE_EVERY = 5_000


def write_synthetic_directory(folder: Path, count: int, seed: int = 7) -> list[str]:
    """count records made from the five real ones with new ids and names; returns the names."""
    from assistant.io.paths import COMPANIES_DIR

    rng = random.Random(seed)
    templates = [p.read_text(encoding="utf-8") for p in sorted(COMPANIES_DIR.glob("*.yaml"))]
    syllables = ["ka", "mi", "to", "ra", "no", "su", "ke", "ya", "ho", "ri", "ta", "na"]
    kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
    names = []
    for number in range(count):
        template = templates[number % len(templates)]
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        name = f"{word} {rng.choice(['Holdings', 'Corporation', 'Co., Ltd.', 'Inc.'])} {number}"
        name_ja = "".join(rng.choice(kana) for _ in range(5)) + "株式会社"
        record_id = f"company-{number:05d}"
        rare = f", {rng.choice(RARE)}{rng.choice(kana)}" if number % RARE_EVERY == 0 else ""
        lines = []
        for line in template.splitlines():
            if line.startswith("id: "):
                line = f"id: {record_id}"
            elif line.startswith("name: "):
                line = f"name: {name}"
            elif line.startswith("name_ja: "):
                line = f"name_ja: {name_ja}"
            elif line.startswith("aliases: "):
                line = f"aliases: [{word}, {word} Group, {word.upper()} Online{rare}]"
            lines.append(line)
        (folder / f"{record_id}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        names.append(name)
    return names


def _typed(names: list[str], count: int, rng: random.Random) -> list[str]:
    """What a person types: growing prefixes of real names, and the full-width form."""
    out: list[str] = []
    while len(out) < count:
        word = rng.choice(names).split()[0]
        out += [word[:end] for end in range(1, min(len(word), 6) + 1)]
        out.append(word.upper().translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}))  # ＦＵＬＬ
    return out[:count]


BANDS = (("none", 0, 0), ("1-10", 1, 10), ("11-100", 11, 100), ("101-1000", 101, 1000),
         ("1001-5000", 1001, 5000), ("5001+", 5001, 10**9))


def _short_words(directory, per_band: int, rng: random.Random) -> dict[str, list[str]]:
    """Words of one and two characters, by how many records hold them."""
    from assistant.records.directory import normalise

    held: Counter = Counter()
    for entry in directory.search(""):
        grams = set()
        for word in normalise(" ".join(entry.names())).split():
            grams.update(word)
            grams.update(a + b for a, b in zip(word, word[1:]))
        held.update(grams)
    absent = [g for g in ("x", "q", "jj", "ぬ", "株", "会社", "@", "ヰ", "zq", "ゐゐ") if not held[g]]
    shapes = {}
    for band, low, high in BANDS:
        found = sorted(g for g, n in held.items() if low <= n <= high) if low else absent
        shapes[f"short {band}"] = rng.sample(found, min(per_band, len(found)))
    return shapes


def _plain_scan(directory):
    """The bare baseline for search: every name of every record in memory, scanned per query."""
    from assistant.records.directory import normalise

    rows = sorted((normalise(e.name), e.id, "".join("\n" + normalise(n) for n in e.names()))
                  for e in directory.search(""))

    def search(query: str, limit: int) -> list[str]:
        words = normalise(query).split()
        found = [(i, n) for _k, i, n in rows if all(w in n for w in words)]
        starts = "\n" + words[0]
        return ([i for i, n in found if starts in n] + [i for i, n in found if starts not in n])[:limit]
    return search


def _percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return round(times[len(times) // 2] * 1000, 3), round(times[int(len(times) * 0.95)] * 1000, 3)


def _run_json(args: list[str], environment: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=environment,
                         cwd=ROOT, timeout=1800)
    if out.returncode:
        raise RuntimeError(f"{args[:3]} failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_directory(folder: Path, cache: Path, count: int, queries: int, rounds: int) -> dict:
    from assistant.records.directory import load_directory
    from assistant.ui.company_page import SHOWN

    folder.mkdir(parents=True, exist_ok=True)
    names = write_synthetic_directory(folder, count)
    environment = env(DRA_CACHE_DIR=str(cache))
    load = ["-c", LOAD, str(folder), str(ROOT)]
    bare_read = _run_json(["-c", BARE_LOAD, str(folder), "read"], environment)
    cold = _run_json(load, environment)  # builds the index: once only, by its nature
    warm, bare_stat = [], []
    for round_ in range(rounds):
        for which in ((bare_stat, warm) if round_ % 2 else (warm, bare_stat)):
            which.append(_run_json(["-c", BARE_LOAD, str(folder), "stat"] if which is bare_stat
                                   else load, environment))
    assert cold["records"] == count and all(w["records"] == count for w in warm)

    os.environ["DRA_CACHE_DIR"] = str(cache)
    try:
        directory = load_directory([folder])
    finally:
        del os.environ["DRA_CACHE_DIR"]
    rng = random.Random(11)
    shapes = {"typed letter by letter": _typed(names, queries, rng),
              "two words": [f"{rng.choice(names).split()[0][:3]} {rng.randint(0, 99)}"
                            for _ in range(queries // 10)],
              **_short_words(directory, queries // 20, rng)}
    plain = _plain_scan(directory)
    times: dict[str, list[float]] = {shape: [] for shape in shapes}
    plain_times, hits = [], 0
    for shape, words in shapes.items():
        for number, query in enumerate(words):
            start = time.perf_counter()
            found = directory.search(query, limit=SHOWN + 1)  # what the company page asks for
            times[shape].append(time.perf_counter() - start)
            hits += len(found)
            if number % 5 == 0:  # the plain scan, between ours, on every fifth query (it is slow)
                start = time.perf_counter()
                expected = plain(query, SHOWN + 1)
                plain_times.append(time.perf_counter() - start)
                assert [e.id for e in found] == expected, query
    every = [t for shape_times in times.values() for t in shape_times]
    p50, p95 = _percentiles(every)
    plain_p50, plain_p95 = _percentiles(plain_times)
    warm_ms = statistics.median(w["s"] for w in warm) * 1000
    stat_ms = statistics.median(b["s"] for b in bare_stat) * 1000
    return {
        "records": count,
        "cold_load_ms": round(cold["s"] * 1000, 1),
        "cold_bare_read_files_ms": round(bare_read["s"] * 1000, 1),
        "cold_ratio": round(cold["s"] / bare_read["s"], 3),
        "cold_peak_mib": round(cold["kib"] / 1024, 1),
        "cold_bare_peak_mib": round(bare_read["kib"] / 1024, 1),
        "warm_load_ms": round(warm_ms, 1),
        "warm_bare_stat_files_ms": round(stat_ms, 1),
        "warm_ratio": round(warm_ms / stat_ms, 3),
        "warm_peak_mib": round(statistics.median(w["kib"] for w in warm) / 1024, 1),
        "warm_bare_peak_mib": round(statistics.median(b["kib"] for b in bare_stat) / 1024, 1),
        "index_mib": round(sum(p.stat().st_size for p in cache.glob("*.sqlite3*")) / 2**20, 1),
        "search_limit": SHOWN + 1,
        "search_p50_ms": p50, "search_p95_ms": p95,
        "search_by_shape": {shape: {"queries": len(t), "p95_ms": _percentiles(t)[1],
                                    "examples": shapes[shape][:4]}
                            for shape, t in times.items() if t},
        "search_plain_scan_p50_ms": plain_p50, "search_plain_scan_p95_ms": plain_p95,
        "search_p95_ratio": round(p95 / plain_p95, 3),
        "queries": len(every), "mean_hits": round(hits / len(every), 1), "rounds": rounds}
