"""Benchmark: "My requests" (list + due dates, sorted by urgency) over 10,000 cases.

    .venv/bin/python benchmarks/cases.py [--cases N]

Against a bare baseline measured in the same run: one plain SELECT of every case row from the same
SQLite file. Prints one JSON object; milliseconds, median of several runs.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.case.store import CaseStore, Due  # noqa: E402


def _fill(store: CaseStore, count: int) -> None:
    start = date(2026, 1, 5)
    for n in range(count):
        case = store.add_case(reference=f"2026-{n:05d}", company_id=f"company-{n % 500}",
                              company_name=f"Company {n % 500}", kinds=("disclosure",),
                              requester="self", request={"n": n})
        posted = start + timedelta(days=n % 300)
        store.add_event(case, "posted", day=posted, dues=[
            Due("company-limit", "Answer due", posted + timedelta(days=20)),
            Due("court-possible", "Court possible from", posted + timedelta(days=17))])
        if n % 3 == 0:
            store.add_event(case, "delivered", day=posted + timedelta(days=1), dues=[
                Due("company-limit", "Answer due", posted + timedelta(days=19)),
                Due("court-possible", "Court possible from", posted + timedelta(days=16))])
        if n % 5 == 0:
            store.add_event(case, "answered")


def _median_ms(action, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.sqlite3"
        store = CaseStore(path)
        _fill(store, args.cases)
        bare = sqlite3.connect(path)
        today = date(2026, 6, 1)
        ours = _median_ms(lambda: store.by_urgency(today))
        baseline = _median_ms(lambda: bare.execute("SELECT * FROM cases").fetchall())
        print(json.dumps({"cases": args.cases, "my_requests_ms": ours,
                          "baseline_select_all_ms": baseline,
                          "ratio": round(ours / baseline, 2), "target_ms": 100}))


if __name__ == "__main__":
    main()
