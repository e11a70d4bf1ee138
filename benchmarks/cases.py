"""Benchmark: a support desk's cases (issue 25) — My requests' first paint, `cases list`, and the
calendar export — each against a bare baseline measured in the same run, alternated.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/cases.py [--cases 10000 100000] [--rounds 5]

- My requests: from building the window to the table's first paint (CasesView over the tracker),
  against a bare QTableView over a minimal model of the same rows read by one SELECT. Targets:
  ≤ 300 ms at 10,000 cases, ≤ 1 s at 100,000.
- `python main.py cases list --all` as a whole process, against a process that runs one bare
  SELECT of the same rows and prints them. Target: ≤ 2×.
- `cases export-ics` at the largest size: peak memory of the process (target ≤ 100 MiB; it streams)
  against a process that only opens the store.
Prints one JSON object; milliseconds are medians.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.case.rows import Due, _pack_dues  # noqa: E402
from assistant.case.store import CaseStore  # noqa: E402

BARE_SELECT = """
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT c.id, c.reference, c.company_name, c.person, c.kinds, s.status, s.dues "
    "FROM cases c JOIN case_state s ON s.case_id = c.id ORDER BY c.id DESC").fetchall()
sys.stdout.write("".join("\\t".join(map(str, r)) + "\\n" for r in rows))
"""


def fill(path: Path, count: int) -> None:
    """`count` cases in the store's own schema, written in one transaction (the store's own
    add_case would fsync each one: hours at 100,000)."""
    CaseStore(path).close()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    start, now = date(2026, 1, 5), datetime(2026, 6, 1, tzinfo=timezone.utc).isoformat()
    statuses = ("posted", "delivered", "answered", "refused", "closed")
    for n in range(1, count + 1):
        posted = start + timedelta(days=n % 300)
        court = Due("court-possible", "Court possible from", posted + timedelta(days=17))
        limit = Due("company-limit", "Answer due", posted + timedelta(days=20))
        dues = _pack_dues((court, limit))
        first, last = dues.split("\x1e")  # type: ignore[union-attr]
        db.execute("INSERT INTO cases VALUES (?, ?, ?, ?, 'disclosure', 'self', ?, '{}', ?)",
                   (n, f"20260105-company-{n:08x}", f"company-{n % 500}", f"株式会社{n % 500}", now,
                    f"山田 太郎{n}"))
        db.execute("INSERT INTO events (case_id, at, kind) VALUES (?, ?, 'created')", (n, now))
        db.execute("INSERT INTO events (case_id, at, kind, day) VALUES (?, ?, 'posted', ?)",
                   (n, now, posted.isoformat()))
        db.execute("INSERT INTO case_state VALUES (?, ?, ?, ?, ?, ?)",
                   (n, statuses[n % 5], now, dues, first, last))
    db.execute("COMMIT")
    db.close()


def first_paints(path: Path, rounds: int) -> dict:
    """My requests and the bare table, built and painted alternately in this process."""
    from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from assistant.case.store import CaseStore
    from assistant.facade import Assistant
    from assistant.io.paths import COMPANIES_DIR
    from assistant.records.directory import load_directory
    from assistant.tracker import Tracker
    from assistant.ui.cases_view import CasesView

    app = QApplication.instance() or QApplication([])
    tracker = Tracker(Assistant(load_directory([COMPANIES_DIR])), CaseStore(path))

    class Painted(QObject):
        at = 0.0

        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not self.at:
                self.at = time.perf_counter()
            return False

    class Bare(QAbstractTableModel):
        def __init__(self, rows):
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()):  # noqa: N802
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802
            return 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return str(self.rows[index.row()][index.column()]) if role == Qt.ItemDataRole.DisplayRole else None

    def paint(build) -> float:
        started = time.perf_counter()
        widget, table = build()
        watcher = Painted()
        table.viewport().installEventFilter(watcher)
        widget.show()
        while not watcher.at:
            app.processEvents()
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return (watcher.at - started) * 1000

    def ours():
        view = CasesView(tracker, today=date(2026, 6, 1))
        return view, view.table

    def bare():
        rows = sqlite3.connect(path).execute(
            "SELECT c.reference, c.person, c.company_name, c.kinds, s.status, s.dues FROM cases c "
            "JOIN case_state s ON s.case_id = c.id ORDER BY c.id DESC").fetchall()
        table = QTableView()
        table.setModel(Bare(rows))
        return table, table

    times: dict[str, list[float]] = {"ours": [], "bare": []}
    for _round in range(rounds):
        times["ours"].append(paint(ours))
        times["bare"].append(paint(bare))
    ours_ms, bare_ms = statistics.median(times["ours"]), statistics.median(times["bare"])
    return {"my_requests_first_paint_ms": round(ours_ms, 1), "bare_table_first_paint_ms": round(bare_ms, 1),
            "ratio": round(ours_ms / bare_ms, 2)}


def processes(path: Path, rounds: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    ours = [sys.executable, str(ROOT / "main.py"), "cases", "--store", str(path), "--today",
            "2026-06-01", "list", "--all"]
    bare = [sys.executable, "-c", BARE_SELECT, str(path)]
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    for _round in range(rounds):
        for name, command in (("ours", ours), ("bare", bare)):
            started = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
            times[name].append((time.perf_counter() - started) * 1000)
    ours_ms, bare_ms = statistics.median(times["ours"]), statistics.median(times["bare"])
    return {"cases_list_ms": round(ours_ms, 1), "bare_select_ms": round(bare_ms, 1),
            "ratio": round(ours_ms / bare_ms, 2)}


def calendar_memory(path: Path) -> dict:
    """Peak memory (MiB) of the export, and of a process that only opens the store."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = path.parent / "dues.ics"

    def peak(command: list[str]) -> float:
        timed = subprocess.run(["/usr/bin/time", "-f", "%M", *command], env=env, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        return int(timed.stderr.strip().splitlines()[-1]) / 1024

    started = time.perf_counter()
    ours = peak([sys.executable, str(ROOT / "main.py"), "cases", "--store", str(path), "export-ics",
                 "-o", str(out), "--overwrite"])
    seconds = time.perf_counter() - started
    bare = peak([sys.executable, "-c", "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("
                 "'SELECT count(*) FROM cases').fetchone()", str(path)])
    return {"export_ics_peak_mib": round(ours, 1), "bare_open_peak_mib": round(bare, 1),
            "export_ics_seconds": round(seconds, 1), "ics_bytes": out.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        for count in args.cases:
            path = Path(folder) / str(count) / "cases.sqlite3"
            path.parent.mkdir()
            fill(path, count)
            results[str(count)] = {"my_requests": first_paints(path, args.rounds),
                                   "cases_list": processes(path, args.rounds)}
        results[str(args.cases[-1])]["calendar"] = calendar_memory(path)
    results["targets"] = {"my_requests_first_paint_ms": {"10000": 300, "100000": 1000},
                          "cases_list_ratio": 2.0, "export_ics_peak_mib": 100}
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
