"""Whole processes against bare baselines, started alternately (benchmarks/run.py runs these).

- start-up: a fresh `python main.py` until the first wizard page has been painted, against a
  bare process painting an empty one-page QWizard (the same first-paint hook in both): in
  Japanese, in English, with 100,000 records of the user's own, and with a corporate register
  of millions in the data folder; peak memory.
- commands: `checklist` as text and as PDF and `letter`, each a whole process, against
  `python -c "import reportlab.pdfgen.canvas"`; and a process that only imports pydantic and
  builds the models the commands check their inputs with (models_only: a floor under them).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Peak memory as assistant/ui/first_paint.py measures it (ru_maxrss counts the parent's memory).
PEAK = r'''
def peak():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
'''
# The same first-paint hook as assistant/ui/app.py (DRA_EXIT_AFTER_FIRST_PAINT), on a bare wizard.
BARE_WIZARD = PEAK + r"""
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, ready)
        return False
def ready():
    print("READY", peak(), flush=True)
    app.quit()
wizard = QWizard()
page = QWizardPage()
page.setTitle("Which company?")
wizard.addPage(page)
wizard.installEventFilter(FirstPaint(wizard))
wizard.show()
app.exec()
"""
BARE_CLI = "import reportlab.pdfgen.canvas\n"
# What the commands cannot do without: pydantic and the models that check their inputs (the
# company record, the law data, the request), built under main.py's settings.
MODELS_ONLY = """import assistant.launch
assistant.launch.tune()  # the program's settings only: no plugins, the GC threshold
from assistant.records.model import Company
from assistant.law.model import Law
from assistant.case.request import RequestCase
for model in (Company, Law, RequestCase):
    model.model_rebuild()  # their validators, as the first validation builds them
"""
# Lower still: pydantic itself with one small model, under the same settings (what any command
# that checks its input with pydantic pays before a model of ours is made).
PYDANTIC_ONLY = """import assistant.launch
assistant.launch.tune()
from pydantic import BaseModel
class One(BaseModel):
    x: int
One(x=1)
"""
# Runs a script as `python SCRIPT ARGS...` would, then reports its peak memory on stderr.
SCRIPT = PEAK + r"""
import runpy, sys
sys.argv = sys.argv[1:]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
    status = 0
except SystemExit as exc:
    status = exc.code
print("PEAK", peak(), file=sys.stderr)
sys.exit(status)
"""
COMMANDS = {
    "checklist_text": ["main.py", "checklist", "--company", "leverages", "--request", "disclosure"],
    "checklist_pdf": ["main.py", "checklist", "--company", "leverages", "--request", "disclosure",
                      "--format", "pdf", "-o", "{out}/checklist.pdf", "--overwrite"],
    "letter": ["main.py", "letter", "--company", "leverages", "--details", "examples/details.yaml",
               "-o", "{out}/letter.pdf", "--overwrite"],
}


def env(**extra: str) -> dict[str, str]:
    found = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed
    found.setdefault("QT_QPA_PLATFORM", "offscreen")
    found.update(extra)
    return found


def until_ready(command: list[str], environment: dict[str, str]) -> tuple[float, int]:
    """Seconds from launch to the READY line, and the child's peak memory in KiB."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=environment, cwd=ROOT)
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            proc.wait(timeout=60)
            return elapsed, int(line.split()[1])
    proc.wait(timeout=60)
    raise RuntimeError(f"{command} never reported READY (exit {proc.returncode})")


def whole_run(command: list[str], environment: dict[str, str]) -> tuple[float, int]:
    """Seconds for a whole `python SCRIPT ARGS...` process, and its peak memory in KiB."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", SCRIPT, *command], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, env=environment, cwd=ROOT, timeout=120)
    elapsed = time.perf_counter() - start
    if out.returncode:
        raise RuntimeError(f"{command} failed: {out.stderr[-2000:]}")
    return elapsed, int(out.stderr.rsplit("PEAK", 1)[1].split()[0])


def compare(ours: list[tuple[float, int]], bare: list[tuple[float, int]]) -> dict:
    t_ours, t_bare = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in bare)
    m_ours, m_bare = statistics.median(m for _, m in ours), statistics.median(m for _, m in bare)
    return {"ours_ms": round(t_ours * 1000, 1), "bare_ms": round(t_bare * 1000, 1),
            "ratio": round(t_ours / t_bare, 3),
            "ours_min_ms": round(min(t for t, _ in ours) * 1000, 1),
            "ours_max_ms": round(max(t for t, _ in ours) * 1000, 1),
            "peak_memory_ours_mib": round(m_ours / 1024, 1),
            "peak_memory_bare_mib": round(m_bare / 1024, 1),
            "memory_ratio": round(m_ours / m_bare, 3), "rounds": len(ours)}


def _alternately(runs: dict[str, tuple], rounds: int, measure) -> dict[str, list]:
    """Each run once to warm up, then `rounds` rounds of all, the order turning every round."""
    for command, environment in runs.values():
        measure(command, environment)
    times: dict[str, list] = {name: [] for name in runs}
    names = list(runs)
    for round_ in range(rounds):
        turn = round_ % len(names)
        for name in names[turn:] + names[:turn]:
            times[name].append(measure(*runs[name]))
    return times


def bench_startup(rounds: int, scratch: Path, records: Path | None, register: Path | None) -> dict:
    """The first paint in Japanese and in English with no records of the user's (as after
    installing), with `records` (a folder of the user's own) and with a `register` file."""
    base = dict(XDG_DATA_HOME=str(scratch / "data"), DRA_CACHE_DIR=str(scratch / "startup-cache"),
                DRA_EXIT_AFTER_FIRST_PAINT="1")
    ours = [sys.executable, "main.py"]
    runs = {"bare": ([sys.executable, "-c", BARE_WIZARD], env(**base, LANG="en_US.UTF-8")),
            "ja": (ours, env(**base, LANG="ja_JP.UTF-8")),
            "en": (ours, env(**base, LANG="en_US.UTF-8"))}
    if records is not None:  # the user's 100,000: the index warmed by the warm-up start
        runs["records"] = (ours, env(**{**base, "DRA_CACHE_DIR": str(scratch / "records-cache")},
                                     LANG="ja_JP.UTF-8", DRA_DATA_DIR=str(records)))
    if register is not None:  # the same file in a data folder of its own, not a copy
        home = scratch / "register-home"
        (home / "disclosure-request-assistant").mkdir(parents=True, exist_ok=True)
        link = home / "disclosure-request-assistant" / register.name
        if not link.exists():
            os.link(register, link)
        runs["register"] = (ours, env(**{**base, "XDG_DATA_HOME": str(home)}, LANG="ja_JP.UTF-8"))
    times = _alternately(runs, rounds, until_ready)
    return {name: {"what": what, **compare(times[name], times["bare"])} for name, what in (
        ("ja", "python main.py to the first page painted (Japanese), vs an empty QWizard"),
        ("en", "the same in English"),
        ("records", "Japanese, with 100,000 records of the user's own"),
        ("register", "Japanese, with the national register in the data folder")) if name in times}


def bench_commands(rounds: int, scratch: Path) -> dict:
    """Each command as a whole process against the bare reportlab import, and the floor."""
    out = scratch / "out"
    out.mkdir(exist_ok=True)
    (scratch / "bare_cli.py").write_text(BARE_CLI, encoding="utf-8")
    (scratch / "models_only.py").write_text(MODELS_ONLY, encoding="utf-8")
    (scratch / "pydantic_only.py").write_text(PYDANTIC_ONLY, encoding="utf-8")
    environment = env(XDG_DATA_HOME=str(scratch / "data"), DRA_CACHE_DIR=str(scratch / "cli-cache"),
                      PYTHONPATH=str(ROOT))
    runs = {"bare": ([str(scratch / "bare_cli.py")], environment),
            "models_only": ([str(scratch / "models_only.py")], environment),
            "pydantic_only": ([str(scratch / "pydantic_only.py")], environment)}
    runs.update({name: ([word.format(out=out) for word in command], environment)
                 for name, command in COMMANDS.items()})
    times = _alternately(runs, rounds, whole_run)
    result = {name: {"command": " ".join(COMMANDS[name]).replace("{out}/", ""),
                     **compare(times[name], times["bare"])} for name in COMMANDS}
    floor = compare(times["models_only"], times["bare"])
    result["models_only"] = {"what": "pydantic and the record, law and request models built, "
                                     "nothing else", "ours_ms": floor["ours_ms"], "ratio": floor["ratio"]}
    alone = compare(times["pydantic_only"], times["bare"])
    result["pydantic_only"] = {"what": "pydantic and one small model, nothing else",
                               "ours_ms": alone["ours_ms"], "ratio": alone["ratio"]}
    return result
