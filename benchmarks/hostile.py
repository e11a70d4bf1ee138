"""The hostile test set: every run on inputs a hostile or unlucky user gives, made on the fly, each
command in a child process with a time limit and a memory cap; prints the figures as JSON.

    .venv/bin/python benchmarks/hostile.py [--quick] [--only WORDS] [--kills N] [--list]

Figures: runs; tracebacks; caught by the net (one line from the CLI's last-resort handler: no
traceback, but the cause is not fixed); hangs (past the time limit); crashes (killed by a signal); temporary
files left (`.tmp-*`); partial outputs (a file left by a run that failed); echoed secrets (a
canary file's content in any output); chmodded targets (a symlink's target, or the canary,
changed); loose folders (a folder of ours readable by others); ghost cases (stored by a failed
`cases add`); wrong results (an exit status or a file that says the opposite of what happened).
Then two SIGKILL loops: `letter` killed at random moments (each followed by a normal run, after
which no `.tmp-*` may be left) and `cases add` (the store checked with PRAGMA integrity_check).
It is a report, not a gate; each case names the part that owns it (`owner`).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hostile_cache import cache_cases  # type: ignore[import-not-found]  # noqa: E402
from hostile_cases import Case, own_cases  # type: ignore[import-not-found]  # noqa: E402
from hostile_fixtures import details  # type: ignore[import-not-found]  # noqa: E402
from hostile_others import import_cases, store_cases  # type: ignore[import-not-found]  # noqa: E402
from hostile_sandbox import MEMORY_CAP, ROOT, Sandbox, limits  # type: ignore[import-not-found]  # noqa: E402

FIGURES = ("tracebacks", "caught_by_the_net", "hangs", "crashes", "temporaries_left",
           "partial_outputs", "echoed_secrets", "chmodded_targets", "loose_folders", "ghost_cases",
           "wrong_results")


def all_cases() -> list[Case]:
    return own_cases() + cache_cases() + store_cases() + import_cases()


def _command(case: Case, args: list[str]) -> list[str]:
    script = HERE / "hostile_wizard.py" if case.program == "wizard" else ROOT / "main.py"
    return [sys.executable, str(script), *args]


def run_case(case: Case) -> dict:
    """Run one case in a fresh sandbox; what went wrong, by figure."""
    sb = Sandbox()
    found: list[tuple[str, str]] = []
    try:
        args = case.args(sb)
        if sb.skipped:
            return {"case": case.name, "owner": case.owner, "status": None, "found": [],
                    "skipped": sb.skipped}
        before, watched = sb.files(), sb.watched()
        memory = MEMORY_CAP * (2 if case.program == "wizard" else 1)
        read_end, write_end = os.pipe() if case.closed_stdout else (None, None)
        if read_end is not None:
            os.close(read_end)
        try:
            done = subprocess.run(
                _command(case, args), env=sb.env, cwd=sb.work, timeout=case.timeout,
                stdout=write_end if write_end is not None else subprocess.PIPE,
                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                preexec_fn=limits(memory, sb.file_size, qt=case.program == "wizard"))
            status, text = done.returncode, (done.stdout or b"") + done.stderr
        except subprocess.TimeoutExpired as exc:
            status, text = None, (exc.stdout or b"") + (exc.stderr or b"")
            found.append(("hangs", f"still running after {case.timeout:.0f} s"))
        finally:
            if write_end is not None:
                os.close(write_end)
        found += _judge(case, sb, status, text.decode("utf-8", "replace"), before, watched)
    except Exception as exc:  # noqa: BLE001 - a case that cannot be set up is reported, not fatal
        found.append(("wrong_results", f"the case could not be run: {type(exc).__name__}: {exc}"))
        status = None
    finally:
        sb.close()
    return {"case": case.name, "owner": case.owner, "status": status, "found": found}


def _judge(case: Case, sb: Sandbox, status: int | None, text: str, before: dict,
           watched: dict) -> list[tuple[str, str]]:
    found = []
    if "Traceback (most recent call last)" in text or "Fatal Python error" in text:
        line = next((l for l in reversed(text.splitlines()) if l.strip()), "")
        found.append(("tracebacks", line[:160]))
    if "error: an unexpected problem (" in text:  # the last-resort line: its cause not fixed
        found.append(("caught_by_the_net", text.split("unexpected problem (")[1].split(")")[0]))
    if status is not None and status < 0:
        found.append(("crashes", f"killed by signal {-status}"))
    changed = {path for path, stamp in sb.files().items() if before.get(path) != stamp} - set(watched)
    if sb.canary in text or any(_holds(Path(p), sb.canary) for p in changed):
        found.append(("echoed_secrets", "the canary's content was shown or written"))
    now = sb.watched()
    for path, state in watched.items():
        if os.path.exists(path) and now.get(path, state) != state:
            found.append(("chmodded_targets", f"{Path(path).name} changed (mode or content)"))
    for path in sb.root.rglob(".tmp-*"):
        found.append(("temporaries_left", path.name))
    if case.output and status != 0 and (sb.work / case.output).exists() and \
            str(sb.work / case.output) not in before:
        found.append(("partial_outputs", f"{case.output} exists after exit {status}"))
    if status is not None and status >= 0:
        if case.expect == "refuse" and status == 0:
            found.append(("wrong_results", "exit 0 where the input must be refused"))
        elif case.expect == "ok" and status != 0:
            found.append(("wrong_results", f"exit {status} where the run should succeed"))
    if case.check is not None:
        found += case.check(sb)
    return found


def _holds(path: Path, canary: str) -> bool:
    if path.suffix == ".pdf" or not path.is_file() or path.stat().st_size > 20_000_000:
        return False
    return canary.encode() in path.read_bytes()


def _temporary_in(folders) -> bool:
    for folder in folders():
        try:
            with os.scandir(folder) as listing:
                if any(entry.name.startswith(".tmp-") for entry in listing):
                    return True
        except OSError:
            pass
    return False


def _kill_at_some_moment(command: list[str], sb: Sandbox, took: float, watch, rng: random.Random,
                         when_writing: bool) -> bytes:
    """Start main.py COMMAND and SIGKILL it: at a random moment, or (when_writing) the moment a
    temporary file appears in the watched folders (the instant a kill costs most). Its stdout."""
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *command], env=sb.env,
                             cwd=sb.work, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    kill_at_some_moment(child, took, watch, rng.uniform(0.3, 1.1), when_writing)
    out, _ = child.communicate()
    return out


def kill_at_some_moment(child: subprocess.Popen, took: float, watch, share: float,
                        when_writing: bool) -> None:
    """SIGKILL the child after `share` of a normal run's time, or (when_writing) the moment a
    temporary file appears in the watched folders."""
    if when_writing:
        give_up = time.monotonic() + 3 * took
        while time.monotonic() < give_up and child.poll() is None and not _temporary_in(watch):
            time.sleep(0.0005)
    else:
        time.sleep(share * took)
    child.kill()


def _timed(sb: Sandbox, command: list[str]) -> tuple[float, bytes]:
    started = time.monotonic()
    out = sb.main(*command).stdout
    return time.monotonic() - started, out


def kill_loop_letter(kills: int, rng: random.Random) -> dict:
    """`letter` killed (half at random moments, half while it writes); after each kill, a normal
    run must leave no `.tmp-*` anywhere."""
    sb = Sandbox()
    try:
        command = ["letter", "--company", "porters", "--details", str(sb.details), "-o",
                   str(sb.work / "letter.pdf"), "--overwrite"]
        took, _ = _timed(sb, command)
        left_by_kill = left_after_next = 0
        for n in range(kills):
            _kill_at_some_moment(command, sb, took, lambda: [sb.work], rng, when_writing=n % 2 == 0)
            left_by_kill += _temporary_in(lambda: [sb.work])
            sb.main(*command)
            left_after_next += any(sb.root.rglob(".tmp-*"))
        return {"kills": kills, "kills_that_left_a_temporary": left_by_kill,
                "temporaries_after_the_next_run": left_after_next}
    finally:
        sb.close()


def kill_loop_cases(kills: int, rng: random.Random) -> dict:
    """`cases add` killed (half at random, half while it writes a case's PDFs): the store
    intact, every printed id present, no case without its letter, no temporary left."""
    sb = Sandbox()
    store = sb.data / "cases.sqlite3"  # the usual place: in the user data folder

    def command(n: int) -> list[str]:  # a new person each time: the same request is refused
        person = sb.write(f"person{n}.yaml", details(full_name=f"山田 太郎{n}"))
        return ["cases", "add", "--company", "leverages", "--details", str(person)]

    def case_folders() -> list[Path]:
        return [p for p in (sb.data / "cases").glob("*")] if (sb.data / "cases").is_dir() else []
    try:
        took, out = _timed(sb, command(0))
        printed = {out.decode().strip()}
        for n in range(1, kills + 1):
            out = _kill_at_some_moment(command(n), sb, took, case_folders, rng,
                                       when_writing=n % 2 == 0)
            printed.add(out.decode().strip())
        sb.main("cases", "list")  # the next run
        with sqlite3.connect(store) as db:
            check = db.execute("PRAGMA integrity_check").fetchone()[0]
            ids = {str(row[0]) for row in db.execute("SELECT id FROM cases")}
        without = [i for i in ids if not (sb.data / "cases" / i / "letter.pdf").exists()]
        return {"kills": kills, "integrity_check": check,
                "printed_ids_missing": len({p for p in printed if p.isdigit()} - ids),
                "cases_without_files": len(without),
                "temporaries_after_the_next_run": sum(1 for _ in sb.root.rglob(".tmp-*"))}
    finally:
        sb.close()


def summary(results: list[dict]) -> dict:
    def count(rows: list[dict]) -> dict:
        totals = {"runs": sum(1 for r in rows if not r.get("skipped")),
                  **{f: 0 for f in FIGURES}}
        for row in rows:
            for figure in {figure for figure, _ in row["found"]}:
                totals[figure] += 1
        return totals
    owners = sorted({r["owner"] for r in results})
    return {**count(results),
            "by_owner": {o: count([r for r in results if r["owner"] == o]) for o in owners},
            "failures": [{"case": r["case"], "owner": r["owner"],
                          "found": [f"{k}: {v}" for k, v in r["found"]]}
                         for r in results if r["found"]],
            "skipped": [{"case": r["case"], "why": r["skipped"]} for r in results
                        if r.get("skipped")]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the quick subset (the test suite's)")
    parser.add_argument("--only", help="only cases whose name contains these words")
    parser.add_argument("--kills", type=int, default=None, help="SIGKILLs per loop (default 20; "
                                                                 "--quick 2)")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args(argv)
    cases = [c for c in all_cases() if (c.quick or not args.quick)
             and (not args.only or args.only in c.name)]
    if args.list:
        print("\n".join(f"{c.owner}\t{c.name}" for c in cases))
        return 0
    results = []
    for case in cases:
        results.append(run_case(case))
        found = "; ".join(k for k, _ in results[-1]["found"])
        print(f"{len(results)}/{len(cases)} {case.name}: "
              f"{'skipped' if results[-1].get('skipped') else found or 'ok'}",
              file=sys.stderr, flush=True)
    figures = summary(results)
    kills = args.kills if args.kills is not None else (2 if args.quick else 20)
    if kills and not args.only:
        rng = random.Random(20)
        figures["kill_letter"] = kill_loop_letter(kills, rng)
        figures["kill_cases_add"] = kill_loop_cases(kills, rng)
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
