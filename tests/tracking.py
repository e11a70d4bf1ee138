"""Helpers for tests of what comes after sending: a record that knows only a Latin address,
details for every request kind, and a tracker over a scratch case store."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from assistant.case.request import RequestCase
from assistant.case.store import CaseStore
from assistant.facade import Assistant
from assistant.io.paths import COMPANIES_DIR
from assistant.records.directory import load_directory
from assistant.tracker import Tracker
from tests.render.helpers import details

# What each kind needs in the details besides the kinds.
KIND_DETAILS = {
    "purpose": {}, "disclosure": {}, "third-party-records": {},
    "correction": {"correction": {"current": "旧住所のまま", "correct": "東京都渋谷区神宮前1-2-3"}},
    "suspension": {"grounds": ["no-longer-needed"]},
    "third-party-stop": {"grounds": ["rights-harmed"]},
}


def latin_only_record(folder: Path, company: str = "leverages") -> Path:
    """A copy of a shipped record that knows its address in Latin letters only: no lines_ja,
    and no postal code to derive one from Japan Post's data (as an imported record may be)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (COMPANIES_DIR / f"{company}.yaml").read_text(encoding="utf-8")
    head, block = text.split("\nsend_to:\n", 1)
    end = re.search(r"\n(?=\S)", block).start()  # the next key of the record
    lines = [line for line in block[:end].splitlines()
             if not line.startswith(("  lines_ja:", "  source_ja:", "  department_ja:"))]
    lines = ["  postal_code: unknown" if line.startswith("  postal_code:") else line for line in lines]
    (folder / f"{company}.yaml").write_text(head + "\nsend_to:\n" + "\n".join(lines) + block[end:],
                                            encoding="utf-8")
    return folder


def tracker_for(tmp_path: Path, latin_only: bool = False) -> Tracker:
    folders = [COMPANIES_DIR] + ([latin_only_record(tmp_path / "records")] if latin_only else [])
    (tmp_path / "store").mkdir(parents=True, exist_ok=True)
    return Tracker(Assistant(load_directory(folders, use_cache=False)),
                   CaseStore(tmp_path / "store" / "cases.sqlite3"))


def case_for(company: str, *kinds: str, representative: dict | None = None,
             letter_date: date | None = None) -> RequestCase:
    request: dict = {"kinds": list(kinds)}
    for kind in kinds:
        request.update(KIND_DETAILS[kind])
    if not set(kinds) & {"disclosure", "third-party-records"}:
        request["response_method"] = None
    more = {"representative": representative} if representative else {}
    case = RequestCase.from_details(company, details(request=request, **more))
    if letter_date:
        case = case.model_copy(update={"options": case.options.model_copy(
            update={"letter_date": letter_date})})
    return case
