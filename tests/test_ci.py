"""CI runs exactly the test command the README gives."""
from __future__ import annotations

import re

from tests.repo import ROOT


def readme_test_command() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- test-command -->\s*```(?:sh|bash)?\n(.+?)\n```", text, re.S)
    assert match, "README.md marks its test command with <!-- test-command -->"
    return match.group(1).strip()


def test_ci_runs_the_readme_test_command():
    command = readme_test_command()
    assert "pytest" in command
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command in script.splitlines()
