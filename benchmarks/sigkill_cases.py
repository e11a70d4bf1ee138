"""SIGKILL loop over `cases add` (issue 20): kill the command at random moments, then check the
store as the next run finds it.

    .venv/bin/python benchmarks/sigkill_cases.py [--kills 100] [--seed 26]

Each round starts `main.py cases add` (a real letter and checklist rendered and stored) and kills
it after a random 0.1–3 s; a last run is left to finish. Prints one JSON object: the kills, the
ids the killed and finished runs printed, the cases found, `PRAGMA integrity_check`, cases
without their files, folders or files without their case, and `.tmp-*` files left after the next
run. All of the last four must be 0 / "ok".
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.case.store import CaseStore  # noqa: E402

DETAILS = ROOT / "examples" / "details.yaml"


def add(store: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "cases", "--store", str(store),
                             "add", "--company", "porters", "--details", str(DETAILS), "--new"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)


def inspect(store: Path, printed: set[int]) -> dict:
    """The store as the next run finds it (opening it tidies what a killed run left)."""
    with CaseStore(store) as opened:
        integrity = opened._db.execute("PRAGMA integrity_check").fetchone()[0]
        ids = {c.id for c in opened.cases()}
        without_files = 0
        for case_id in ids:
            names = {n for e in opened.events(case_id) for n in e.data.get("files", ())}
            folder = opened.files.folder(case_id)
            if names != {"letter.pdf", "checklist.pdf"} or not all((folder / n).is_file() for n in names):
                without_files += 1
        folders = {int(p.name) for p in opened.files_root.iterdir() if p.name.isdigit()} \
            if opened.files_root.exists() else set()
    return {"printed_ids": len(printed), "cases": len(ids), "integrity_check": integrity,
            "printed_ids_missing": len(printed - ids), "cases_without_files": without_files,
            "folders_without_case": len(folders - ids),
            "tmp_files_left": len(list(store.parent.rglob(".tmp-*")))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args()
    chance = random.Random(args.seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    printed: set[int] = set()
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "cases.sqlite3"
        started = time.monotonic()
        for _round in range(args.kills):
            proc = add(store, env)
            time.sleep(chance.uniform(0.1, 3.0))
            proc.kill()
            out, _err = proc.communicate(timeout=60)
            printed |= {int(x) for x in out.split()}
        last = add(store, env)  # the next run tidies up and works
        out, _err = last.communicate(timeout=120)
        printed |= {int(x) for x in out.split()}
        result = {"kills": args.kills, "last_run_exit": last.returncode,
                  "seconds": round(time.monotonic() - started), **inspect(store, printed)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
