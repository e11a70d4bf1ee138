"""Offline by construction: no network library in the program, and no connection while it runs."""
from __future__ import annotations

import ast
import socket

import pytest

from assistant.cli.commands import main as cli
from tests.repo import ROOT
from tests.conftest import NetworkAttempt

NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "urllib3", "requests", "httpx", "ftplib",
                   "smtplib", "xmlrpc", "asyncio", "PySide6.QtNetwork", "PySide6.QtWebEngineCore"}


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def test_no_module_of_the_program_imports_a_network_library():
    found = []
    for path in [*sorted((ROOT / "assistant").rglob("*.py")), ROOT / "main.py"]:
        for name in _imports(path):
            if name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES:
                found.append(f"{path.relative_to(ROOT)}: {name}")
    assert found == []


def test_the_guard_refuses_connections():
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("127.0.0.1", 9))


def test_every_command_runs_with_the_network_refused(tmp_path, capsys):
    details = str(ROOT / "examples" / "details.yaml")
    assert cli(["companies"]) == 0
    assert cli(["show", "infomart"]) == 0
    assert cli(["validate"]) == 0
    assert cli(["checklist", "--language", "en", "--company", "leverages", "--request", "disclosure", "--sent-on", "2026-12-24"]) == 0
    assert cli(["checklist", "--language", "en", "--company", "porters", "--request", "disclosure", "--format", "pdf",
                "-o", str(tmp_path / "c.pdf")]) == 0
    assert cli(["letter", "--company", "persol-career", "--details", details, "--language", "both",
                "-o", str(tmp_path / "l.pdf")]) == 0
    assert cli(["message", "--company", "nttcom-online", "--request", "disclosure"]) == 0
