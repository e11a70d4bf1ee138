"""What a command does not load at start-up (benchmarks/ measures the time; this says why it is
short): `cases list` neither the company directory, pydantic nor YAML; no command the metadata of
every installed package for pydantic's plugins, which are off."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.repo import ROOT

PROBE = """import runpy, sys, io, contextlib
sys.argv = ['main.py', *sys.argv[1:]]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        runpy.run_path('main.py', run_name='__main__')
    except SystemExit as exc:
        assert not exc.code, exc.code
print(' '.join(sorted(sys.modules)))
"""


def _loaded(tmp_path: Path, *args: str, **env: str) -> set[str]:
    environment = {key: value for key, value in os.environ.items()
                   if key != "PYDANTIC_DISABLE_PLUGINS"}  # the program's own default
    environment.update(XDG_DATA_HOME=str(tmp_path / "data"), DRA_CACHE_DIR=str(tmp_path / "cache"),
                       **env)
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return set(done.stdout.split())


def test_cases_list_loads_neither_the_directory_nor_pydantic_nor_yaml(tmp_path: Path):
    loaded = _loaded(tmp_path, "cases", "--store", str(tmp_path / "cases.sqlite3"), "list")
    assert "assistant.cli.cases" in loaded
    assert not {"pydantic", "yaml", "assistant.records.directory", "assistant.cli.imports",
                "assistant.cli.register", "importlib.resources"} & loaded


def test_a_checklist_reads_no_package_metadata_for_pydantic_plugins(tmp_path: Path):
    loaded = _loaded(tmp_path, "checklist", "--company", "porters", "--request", "disclosure")
    assert "pydantic" in loaded and "importlib.metadata" not in loaded


def test_with_a_plugin_allowed_pydantic_looks_for_it_as_usual(tmp_path: Path):
    loaded = _loaded(tmp_path, "checklist", "--company", "porters", "--request", "disclosure",
                     PYDANTIC_DISABLE_PLUGINS="some-plugin")
    assert "importlib.metadata" in loaded
