"""`python main.py`: the CLI when given a command; a clear word when no display can show the wizard."""
from __future__ import annotations

import subprocess
import sys

from tests.repo import ROOT


def _run(args, **env):
    base = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT)}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, env={**base, **env}, timeout=60)


def test_without_a_display_it_says_to_use_the_command_line():
    result = _run([])
    assert result.returncode == 2 and "command line" in result.stderr


def test_help_lists_the_commands():
    result = _run(["--help"])
    assert result.returncode == 0
    for command in ("companies", "show", "checklist", "letter", "message", "validate"):
        assert command in result.stdout
