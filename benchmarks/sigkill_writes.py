"""SIGKILL loops over every write the program makes (issue 20): a letter's and a checklist's PDF,
`cases add`, the crash-recovery draft, the fonts and parsed YAML kept in the cache folder, and
the records index with its saved view.

    .venv/bin/python benchmarks/sigkill_writes.py [--kills 50] [--only NAME] [--seed 20]

Each loop runs in a sandbox of its own (benchmarks/hostile_sandbox.py: its own user folders).
Each round starts the command and SIGKILLs it, half the rounds at a random moment of a normal
run and half the instant a temporary file appears where it writes; every other round starts
with an empty cache folder, so the kill can fall while the fonts, the YAML and the index are
being written. After each kill: every cache entry is whole (its digest matches) or absent; then
the next command runs normally and must succeed, leave no `.tmp-*` anywhere, and give a whole
PDF, an intact index, a store without a case lacking its files. Prints the figures as JSON.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from hostile import kill_at_some_moment  # type: ignore[import-not-found]  # noqa: E402
from hostile_fixtures import RECORD, details  # type: ignore[import-not-found]  # noqa: E402
from hostile_sandbox import Sandbox  # type: ignore[import-not-found]  # noqa: E402

from assistant.io import parsed_cache  # noqa: E402

# A child that saves the crash-recovery draft over and over, as the wizard's autosave does.
DRAFTS = """
import sys
from assistant.case.drafts import load_draft, save_recovery
case = load_draft(sys.argv[1])
for _ in range(200):
    save_recovery(case)
print("saved")
"""
# What the next start finds: the tidy every start does, then the draft read back.
DRAFT_READ = """
from assistant.case.drafts import pending_recovery
from assistant.io.startup import tidy_user_folders
tidy_user_folders()
found = pending_recovery()
print("ok" if found is not None and found.company_id == "leverages" else "missing")
"""
# The saved view the next wizard opens with must equal what a full load finds.
VIEW_CHECK = """
from assistant.records.directory import default_folders, load_directory
from assistant.records.directory_view import open_last, view_of
folders = default_folders()
last = open_last(folders)
shown = None if last is None else sorted(e.id for e in last.search("", None))
full = sorted(e.id for e in load_directory(folders).search("", None))
print("none" if shown is None else "same" if shown == full else "differs")
"""


def _python(code: str, *args: str) -> list[str]:
    return ["-c", code, *args]


def _argv(args: list[str]) -> list[str]:
    """Python on the snippet, or on main.py with the command's arguments."""
    return [sys.executable, *args] if args[0] == "-c" else [sys.executable, "main.py", *args]


def _run(sb: Sandbox, args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(_argv(args), env=sb.env, cwd=HERE.parent, capture_output=True,
                          timeout=180)


def _kill(sb: Sandbox, args: list[str], took: float, watch, rng: random.Random,
          when_writing: bool) -> None:
    child = subprocess.Popen(_argv(args), env=sb.env, cwd=HERE.parent,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kill_at_some_moment(child, took, watch, rng.uniform(0.05, 1.1), when_writing)
    child.wait()


class Loop:
    def __init__(self, name: str, sb: Sandbox):
        self.name, self.sb = name, sb
        self.figures = {"kills": 0, "damaged_cache_entries_after_a_kill": 0,
                        "next_run_failed": 0, "temporaries_after_the_next_run": 0,
                        "temporaries_with_personal_data_after_the_next_run": 0, "bad_outputs": 0}

    def count(self, figure: str, n: int = 1) -> None:
        self.figures[figure] = self.figures.get(figure, 0) + n

    def command(self, n: int) -> list[str]:
        raise NotImplementedError

    def next_run(self) -> subprocess.CompletedProcess:
        return _run(self.sb, self.command(-1))

    def judge(self, done: subprocess.CompletedProcess) -> None:
        """What the next run must have left, beyond what every loop checks."""

    def watched(self) -> list[Path]:
        return [self.sb.work, self.sb.cache / parsed_cache.FOLDER, self.sb.cache]


def _damaged_entries(sb: Sandbox) -> int:
    folder = sb.cache / parsed_cache.FOLDER
    if not folder.is_dir():
        return 0
    return sum(not parsed_cache._intact(entry.read_bytes()) for entry in folder.glob("*.json"))


def _whole_pdf(path: Path) -> bool:
    if not path.is_file():
        return False
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


class LetterLoop(Loop):
    def command(self, n: int) -> list[str]:
        return ["letter", "--company", "porters", "--details", str(self.sb.details), "-o",
                str(self.sb.work / "letter.pdf"), "--overwrite"]

    def judge(self, done) -> None:
        self.count("bad_outputs", not _whole_pdf(self.sb.work / "letter.pdf"))


class ChecklistLoop(LetterLoop):
    def command(self, n: int) -> list[str]:
        return ["checklist", "--company", "leverages", "--request", "disclosure", "--details",
                str(self.sb.details), "--format", "pdf", "-o", str(self.sb.work / "letter.pdf"),
                "--overwrite"]


class CasesLoop(Loop):
    """A new person each round (the same request twice is refused); the next run lists."""

    def command(self, n: int) -> list[str]:
        if n < 0:
            return ["cases", "list"]
        person = self.sb.write(f"person{n}.yaml", details(full_name=f"山田 太郎{n}"))
        return ["cases", "add", "--company", "leverages", "--details", str(person)]

    def watched(self) -> list[Path]:
        cases = self.sb.data / "cases"
        return [*super().watched(), *(cases.glob("*") if cases.is_dir() else [])]

    def judge(self, done) -> None:
        with sqlite3.connect(self.sb.data / "cases.sqlite3") as db:
            self.count("bad_outputs", db.execute("PRAGMA integrity_check").fetchone()[0] != "ok")
            ids = [str(row[0]) for row in db.execute("SELECT id FROM cases")]
        self.figures["cases"] = len(ids)
        self.figures["ghost_cases"] = sum(not (self.sb.data / "cases" / i / "letter.pdf").is_file()
                                          for i in ids)


class DraftLoop(Loop):
    def command(self, n: int) -> list[str]:
        if n < 0:
            return _python(DRAFT_READ)
        from hostile_fixtures import draft  # type: ignore[import-not-found]
        return _python(DRAFTS, str(self.sb.write("seed.json", draft({}))))

    def watched(self) -> list[Path]:
        return [self.sb.data, self.sb.data / "drafts"]

    def judge(self, done) -> None:
        self.count("bad_outputs", done.stdout.strip() != b"ok")


class IndexLoop(Loop):
    """`companies` over 3,000 records of the person's own, the index made anew each round."""

    def __init__(self, name: str, sb: Sandbox):
        super().__init__(name, sb)
        own = sb.data / "companies"
        own.mkdir(parents=True)
        for n in range(3000):
            (own / f"c{n}.yaml").write_text(RECORD.replace("id: leverages", f"id: c{n}", 1),
                                            encoding="utf-8")

    def command(self, n: int) -> list[str]:
        if n >= 0:  # the index and its view written anew
            for name in ("", "-wal", "-shm"):
                Path(f"{self.sb.cache}/directory-index.sqlite3{name}").unlink(missing_ok=True)
        return ["companies"]

    def judge(self, done) -> None:
        with sqlite3.connect(self.sb.cache / "directory-index.sqlite3") as db:
            self.count("bad_outputs", db.execute("PRAGMA integrity_check").fetchone()[0] != "ok")
        view = _run(self.sb, _python(VIEW_CHECK)).stdout.strip()
        self.count("bad_outputs", view == b"differs")
        self.count("view_" + view.decode())


LOOPS = {"letter": LetterLoop, "checklist": ChecklistLoop, "cases-add": CasesLoop,
         "drafts": DraftLoop, "index": IndexLoop}


def run_loop(name: str, kills: int, rng: random.Random) -> dict:
    sb = Sandbox()
    try:
        loop = LOOPS[name](name, sb)
        started = time.monotonic()
        first = _run(sb, loop.command(0))
        took = time.monotonic() - started
        if first.returncode != 0:
            return {"error": first.stderr.decode()[-300:]}
        for n in range(1, kills + 1):
            if n % 2:  # an empty cache folder: the fonts, YAML and index are written this round
                shutil.rmtree(sb.cache / parsed_cache.FOLDER, ignore_errors=True)
            _kill(sb, loop.command(n), took, loop.watched, rng, when_writing=n % 4 in (1, 2))
            loop.count("kills")
            loop.count("damaged_cache_entries_after_a_kill", _damaged_entries(sb))
            done = loop.next_run()
            loop.count("next_run_failed", done.returncode != 0)
            left = list(sb.root.rglob(".tmp-*"))
            loop.count("temporaries_after_the_next_run", bool(left))
            loop.count("temporaries_with_personal_data_after_the_next_run",
                       any(parsed_cache.FOLDER not in p.parts for p in left))
            loop.judge(done)
        loop.figures["seconds_per_normal_run"] = round(took, 2)
        return loop.figures
    finally:
        sb.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--only", choices=sorted(LOOPS))
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    results = {}
    for name in [args.only] if args.only else LOOPS:
        results[name] = run_loop(name, args.kills, rng)
        print(name, json.dumps(results[name]), file=sys.stderr, flush=True)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
