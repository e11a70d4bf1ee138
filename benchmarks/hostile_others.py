"""Hostile runs for the parts hardened on their own branches (issue 20): the case store and
follow-ups (items 2, 4, 5, 11 and the case store's parts of 10, 12-14) and the importer (items 9
and the importer's parts of 12-14). The runner reports them like the rest, by owner."""
from __future__ import annotations

import sqlite3
from typing import Callable

from hostile_cases import Case, _full, _read_only  # type: ignore[import-not-found]
from hostile_fixtures import (  # type: ignore[import-not-found]
    POLICY, pdf_aes256, pdf_deep_nesting, pdf_flate_bomb, pdf_huge_array, pdf_huge_length,
    pdf_shared_stream)
from hostile_sandbox import Sandbox  # type: ignore[import-not-found]

BIG = "99999999999999999999"


def _store(sb: Sandbox, *more: str) -> list[str]:
    return ["cases", "--store", str(sb.work / "cases.sqlite3"), *more]


def _with_case(*command: str) -> Callable[[Sandbox], list[str]]:
    """A tracked case (id 1, posted and delivered) in the sandbox's store, then the command."""
    def args(sb: Sandbox) -> list[str]:
        sb.main(*_store(sb, "add", "--company", "leverages", "--details", str(sb.details)))
        sb.main(*_store(sb, "posted", "1", "--on", "2026-11-02"))
        sb.main(*_store(sb, "delivered", "1", "--on", "2026-11-04"))
        return [part.replace("STORE", str(sb.work / "cases.sqlite3")) for part in command]
    return args


def _ghosts(store: str) -> Callable[[Sandbox], list[tuple[str, str]]]:
    """A case stored although `cases add` failed: a ghost (with its personal data)."""
    def check(sb: Sandbox) -> list[tuple[str, str]]:
        path = sb.work / store
        if not path.exists():
            return []
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                count = db.execute("SELECT count(*) FROM cases").fetchone()[0]
        except sqlite3.Error:
            return []
        return [("ghost_cases", f"{count} case(s) stored by a failed add")] if count else []
    return check


def _not_made(name: str) -> Callable[[Sandbox], list[tuple[str, str]]]:
    def check(sb: Sandbox) -> list[tuple[str, str]]:
        return [("wrong_results", f"{name} was made")] if (sb.work / name).exists() else []
    return check


def _import(make: Callable[[Sandbox], object], *more: str) -> Callable[[Sandbox], list[str]]:
    return lambda sb: ["import", str(make(sb)), "-o", str(sb.work / "imported"), *more]


def store_cases() -> list[Case]:
    add = ("add", "--company", "leverages", "--details")
    return [
        Case("cases: add on a full disk", "timeline", lambda sb: [
            "cases", "--store", _full(sb) + "/cases.sqlite3", *add, str(sb.details)],
             check=_ghosts("full/cases.sqlite3")),
        Case("cases: --store a link to a file", "timeline", lambda sb: [
            "cases", "--store", _link_to(sb), "list"], expect="any"),
        Case("cases: --store in a missing folder", "timeline", lambda sb: [
            "cases", "--store", str(sb.work / "none" / "deeper" / "x.db"), "list"],
             expect="any", check=_not_made("none")),
        Case("cases: --store the secret file", "timeline",
             lambda sb: ["cases", "--store", str(sb.secret), "list"]),
        Case("cases: a damaged store", "timeline", _damaged_store),
        Case("cases: show 10^20", "timeline", lambda sb: _store(sb, "show", BIG)),
        Case("cases: delete 10^20", "timeline", lambda sb: _store(sb, "delete", BIG, "--yes")),
        Case("profiles: delete 10^20", "timeline", lambda sb: [
            "profiles", "--store", str(sb.work / "cases.sqlite3"), "delete", BIG, "--yes"]),
        Case("cases: posted --on 9999-12-31", "timeline",
             _with_case("cases", "--store", "STORE", "posted", "1", "--on", "9999-12-31")),
        Case("cases: add --language xx", "timeline", lambda sb: _store(
            sb, *add, str(sb.details), "--language", "xx"), check=_ghosts("cases.sqlite3")),
        Case("followup: --copies 0", "timeline", _with_case(
            "followup", "--store", "STORE", "--case", "1", "--kind", "demand", "--copies", "0",
            "-o", "demand.pdf"), output="demand.pdf"),
        Case("followup: --copies -3", "timeline", _with_case(
            "followup", "--store", "STORE", "--case", "1", "--kind", "demand", "--copies", "-3",
            "-o", "demand.pdf"), output="demand.pdf"),
        Case("followup: --copies 100000", "timeline", _with_case(
            "followup", "--store", "STORE", "--case", "1", "--kind", "demand", "--copies",
            "100000", "-o", "demand.pdf"), expect="any", timeout=60),
    ]


def _damaged_store(sb: Sandbox) -> list[str]:
    sb.write("cases.sqlite3", b"SQLite format 3\0" + b"\xff" * 4000)
    return _store(sb, "list")


def _link_to(sb: Sandbox) -> str:
    import os

    target = sb.write("someone-elses.db", b"")
    os.chmod(target, 0o644)
    os.symlink(target, sb.work / "link.db")
    return str(sb.work / "link.db")


def import_cases() -> list[Case]:
    pdf = {"output": "imported", "timeout": 90}
    return [
        Case("import: a flate bomb", "import", _import(
            lambda sb: sb.write("bomb.pdf", pdf_flate_bomb())), **pdf),
        Case("import: 200 pages sharing a 2 MB stream", "import", _import(
            lambda sb: sb.write("shared.pdf", pdf_shared_stream())), expect="any", **pdf),
        Case("import: nesting 100,000 deep", "import", _import(
            lambda sb: sb.write("deep.pdf", pdf_deep_nesting())), **pdf),
        Case("import: an array of 300,000 entries", "import", _import(
            lambda sb: sb.write("array.pdf", pdf_huge_array())), **pdf),
        Case("import: a stream length of 2^62", "import", _import(
            lambda sb: sb.write("length.pdf", pdf_huge_length())), **pdf),
        Case("import: AES-256", "import", _import(lambda sb: sb.write("aes.pdf", pdf_aes256())),
             **pdf),
        Case("import: 50,000 digits", "import", _import(
            lambda sb: sb.write("digits.txt", "手数料" + "1" * 50_000 + "円以内")), expect="any",
             timeout=90),
        Case("import: a named pipe", "import", _import(lambda sb: _fifo_path(sb)), output="imported"),
        Case("import: --name with a newline", "import", _import(
            lambda sb: POLICY, "--name", "株式会社さくら\nquality: reviewed", "--id", "x"),
             expect="any", check=_valid_or_absent("imported/x.yaml")),
        Case("import: -o onto a file", "import", lambda sb: [
            "import", str(POLICY), "-o", str(sb.write("a-file", "x"))]),
        Case("import: -o /proc/self", "import", lambda sb: ["import", str(POLICY), "-o", "/proc/self"]),
        Case("import: -o a full disk", "import", lambda sb: [
            "import", str(POLICY), "--id", "x", "-o", _full(sb)],
             check=_not_made("full/policies/000_a89de472e0e51828.txt")),
        Case("import: -o a read-only folder", "import", lambda sb: [
            "import", str(POLICY), "--id", "x", "-o", _read_only(sb)]),
    ]


def _fifo_path(sb: Sandbox) -> str:
    import os

    os.mkfifo(sb.work / "policy.txt")
    return str(sb.work / "policy.txt")


def _valid_or_absent(name: str) -> Callable[[Sandbox], list[tuple[str, str]]]:
    """A record the import says it saved must pass `validate`."""
    def check(sb: Sandbox) -> list[tuple[str, str]]:
        path = sb.work / name
        if not path.exists():
            return []
        done = sb.main("validate", str(path))
        return [] if done.returncode == 0 else [("wrong_results", f"{name} fails validate")]
    return check
