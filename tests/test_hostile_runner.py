"""The hostile runner (benchmarks/hostile.py) still runs, and its quick subset, this program's
own cases, finds nothing: no traceback, hang, crash, left file, echoed secret or changed target."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import posix_only
from tests.repo import ROOT


@posix_only
def test_the_quick_hostile_subset_runs_and_finds_nothing():
    listed = subprocess.run([sys.executable, "benchmarks/hostile.py", "--quick", "--list"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0, listed.stderr
    quick = listed.stdout.strip().splitlines()
    assert len(quick) >= 15 and all(line.startswith("harden\t") for line in quick)
    done = subprocess.run([sys.executable, "benchmarks/hostile.py", "--quick", "--kills", "1"],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout)
    assert figures["runs"] + len(figures["skipped"]) == len(quick)
    mine = figures["by_owner"]["harden"]
    assert {name: count for name, count in mine.items() if name != "runs" and count} == {}, \
        figures["failures"]
    assert figures["kill_letter"]["temporaries_after_the_next_run"] == 0
    assert figures["kill_cases_add"]["integrity_check"] == "ok"
