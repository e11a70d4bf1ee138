"""The command line builds only the parser of the command it runs: the same arguments parse to
the same values as with every command's parser, and help or a mistyped command still sees all."""
from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.cli.commands import COMMANDS, build_parser, command_named
from tests.repo import ROOT

SAMPLES = [
    ["companies", "doda"],
    ["show", "porters"],
    ["checklist", "--company", "porters", "--request", "disclosure", "--language", "both"],
    ["--data-dir", "/tmp/x", "letter", "--company", "porters", "--details", "d.yaml", "-o", "x.pdf"],
    ["--data-dir=/tmp/x", "message", "--company", "porters", "--request", "purpose"],
    ["--data", "/tmp/x", "calibration", "-o", "c.pdf"],
    ["--language", "ja", "--data-dir", "/tmp/x", "show", "porters"],
    ["--language=en", "companies"],
    ["cases", "--today", "2026-06-01", "list", "--all"],
    ["cases", "posted", "3", "--on", "2026-05-01", "--tracking", "1234"],
    ["followup", "--case", "2", "--kind", "demand", "-o", "d.pdf"],
    ["import", "policy.txt", "--dry-run"],
    ["register", "status"],
    ["profiles", "list", "caller"],
    ["validate", "a.yaml"],
    ["authority", "--company", "porters", "--details", "d.yaml", "-o", "a.pdf"],
]


@pytest.mark.parametrize("argv", SAMPLES, ids=lambda argv: next(w for w in argv if w in COMMANDS))
def test_one_commands_parser_parses_as_all_of_them_do(argv):
    command = command_named(argv)
    assert command is not None and command in argv
    assert vars(build_parser(command).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_every_command_is_sampled():
    assert {command_named(argv) for argv in SAMPLES} == set(COMMANDS)


@pytest.mark.parametrize("argv", [[], ["-h"], ["--help", "cases"], ["bogus"], ["--", "cases"],
                                  ["--data-dir"], ["--verbose", "cases"]])
def test_help_a_mistyped_command_and_the_unusual_build_every_parser(argv):
    assert command_named(argv) is None


def test_a_mistyped_command_is_told_every_command():
    result = subprocess.run([sys.executable, "main.py", "chekclist"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert all(f"'{name}'" in result.stderr for name in COMMANDS)
