"""Shared fixtures: the installed directory, the policy texts, and a scratch folder of records."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.records.directory import Directory, load_directory
from assistant.io.paths import COMPANIES_DIR, POLICIES_DIR

COMPANY_IDS = ["infomart", "leverages", "nttcom-online", "persol-career", "porters"]


@pytest.fixture(scope="session")
def directory() -> Directory:
    """Only the installed records (the user's own folder must not change test results)."""
    loaded = load_directory([COMPANIES_DIR], use_cache=False)
    assert not loaded.problems, loaded.problems
    return loaded


@pytest.fixture(scope="session")
def policies_dir() -> Path:
    assert POLICIES_DIR.is_dir(), f"policy texts expected at {POLICIES_DIR} (inside the package)"
    return POLICIES_DIR


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """A scratch folder holding copies of the five installed records."""
    folder = tmp_path / "companies"
    shutil.copytree(COMPANIES_DIR, folder)
    return folder


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the user data folder at an empty temporary folder for every test."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("usercache")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("userconfig")))
    monkeypatch.delenv("DRA_CACHE_DIR", raising=False)
    monkeypatch.delenv("DRA_DATA_DIR", raising=False)
    monkeypatch.delenv("DRA_FORMS_DIR", raising=False)
    monkeypatch.setenv("DRA_LANGUAGE", "en")  # the command line's words, whatever the machine's locale


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to reach the network."""


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch):
    """Every test runs offline: any attempt to open a connection or resolve a name fails it."""
    import socket

    def refuse(*_args, **_kwargs):
        raise NetworkAttempt("network access attempted: the program must work offline")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# Named pipes, /dev/zero and symlinks to devices exist only there.
posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX pipes and devices")


def run_main(*args: str, timeout: float = 20) -> "subprocess.CompletedProcess[str]":
    """`python main.py ARGS` in a child process with this test's environment, stopped after
    `timeout` seconds and refused memory beyond 1.5 GiB: input that would make the program hang
    or read without end then fails the test instead of hanging or exhausting the machine."""
    import subprocess
    import sys

    from tests.repo import ROOT

    def limit_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (3 * 2**29, 3 * 2**29))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout,
                          preexec_fn=limit_memory if os.name == "posix" else None)
