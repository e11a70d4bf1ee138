"""Search over both: the curated records first (index.py), then the national register's companies
(register.py). The one place where the two lists are merged, for the wizard and the command line.

The register is opened on the first search that needs it, never before: the wizard's first page
paints without it, and a person who never imported it pays nothing.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from assistant.records.register import Register, RegisterCompany, RegisterUnusable

if TYPE_CHECKING:
    from assistant.records.directory import Directory, Entry

REGISTER_SHOWN = 50  # register companies per search: typing more narrows them


class Results(NamedTuple):
    entries: list["Entry"]  # curated records, in the list's order
    companies: list[RegisterCompany]  # then register companies
    problem: str | None = None  # "check-digit", "no-register" or "register-unusable"


class LazyRegister:
    """The register file, opened when first asked for (None while there is none)."""

    def __init__(self, path: Path | None = None):
        self._path = path
        self._register: Register | None = None
        self._opened = False
        self.problem: str | None = None

    def get(self) -> Register | None:
        if not self._opened:
            self._opened = True
            try:
                self._register = Register.open(self._path)
            except RegisterUnusable as exc:
                self.problem = str(exc)
        return self._register

    def reopen(self) -> None:
        """Forget the open file (a new one was imported): the next search opens it again."""
        if self._register is not None:
            self._register.close()
        self._register, self._opened, self.problem = None, False, None


def search_companies(directory: "Directory", register: LazyRegister | None, text: str,
                     limit: int | None = None, register_limit: int = REGISTER_SHOWN) -> Results:
    """Curated records matching the text (at most `limit`), then register companies (at most
    `register_limit`); an empty text lists the records only."""
    entries = directory.search(text, limit=limit)
    if register is None or not text.strip() or register_limit <= 0:
        return Results(entries, [])
    opened = register.get()
    if opened is None:
        return Results(entries, [], "register-unusable" if register.problem else "no-register")
    found = opened.search(text, register_limit)
    return Results(entries, found.companies, found.problem)
