"""The repository stands alone: a copy of its tracked files, with a decoy folder beside it (as CI
lays `shared/` beside a clone), validates its records with the quote checks and collects its
tests, and neither the program nor the tests open anything outside the copy: an audit hook in
the child processes refuses every file or folder outside it but the interpreter's own."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.repo import ROOT, copy_of_the_repository

# Loaded first in every child (sitecustomize): any open or listing of a path inside FENCE but
# outside the allowed folders is refused and noted in the log.
HOOK = '''
import os, sys
FENCE = [{fences}]
ALLOWED = [{allowed}]
LOG = {log!r}

def _inside(path, folder):
    return path == folder or path.startswith(folder + os.sep)

def _hook(event, args):
    if event not in ("open", "os.listdir", "os.scandir") or not args:
        return
    path = args[0]
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, str):
        return
    path = os.path.abspath(path)
    if any(_inside(path, f) for f in FENCE) and not any(_inside(path, a) for a in ALLOWED):
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(path + "\\n")
        raise PermissionError(f"read outside the repository: {{path}}")

sys.addaudithook(_hook)
'''


def test_a_lone_copy_validates_its_quotes_and_collects_its_tests_reading_nothing_beside_it(tmp_path):
    lone = tmp_path / "lone"
    copy = lone / "repo"
    copy_of_the_repository(copy)
    (lone / "shared" / "policies").mkdir(parents=True)  # what must never be read
    (lone / "shared" / "appi-notes.md").write_text("decoy\n", encoding="utf-8")
    hook, home, log = lone / "hook", lone / "home", lone / "outside.log"
    hook.mkdir()
    home.mkdir()
    venv = os.path.realpath(sys.prefix)
    fences = [os.path.realpath(lone), os.path.realpath(ROOT)]
    allowed = [os.path.realpath(p) for p in (copy, hook, home, log)] + [venv]
    (hook / "sitecustomize.py").write_text(HOOK.format(
        fences=", ".join(map(repr, fences)), allowed=", ".join(map(repr, allowed)),
        log=str(log)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{copy}{os.pathsep}{hook}", "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_CONFIG_HOME": str(home / "config")}

    where = subprocess.run([sys.executable, "-c", "import assistant; print(assistant.__file__)"],
                           cwd=copy, env=env, capture_output=True, text=True, timeout=60)
    assert Path(where.stdout.strip()).is_relative_to(copy), where  # the copy's code, not ours
    checked = subprocess.run([sys.executable, "main.py", "validate"], cwd=copy, env=env,
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "5 record(s) valid" in checked.stdout and "not checked" not in checked.stdout
    collected = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q",
                                "-p", "no:cacheprovider"], cwd=copy, env=env,
                               capture_output=True, text=True, timeout=300)
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-3000:]
    assert re.search(r"^\d+ tests collected in", collected.stdout, re.M), collected.stdout[-500:]
    assert not log.exists(), log.read_text(encoding="utf-8")


def test_every_policy_text_names_its_source():
    from assistant.io.paths import POLICIES_DIR

    readme = (POLICIES_DIR / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines()
            if line.startswith("| 0")}
    texts = sorted(p.name for p in POLICIES_DIR.glob("*.txt"))
    assert sorted(rows) == texts
    assert all(re.search(r"<https://[^>\s]+>", row) for row in rows.values()), rows
    assert "Date taken" in readme
