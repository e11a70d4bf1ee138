"""Helpers for tests of what comes after sending: records with a Japanese address (as the letters
issue gives every shipped record; here written into a scratch folder), details for every request
kind, and a tracker over a scratch case store."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from assistant.case.details import Details
from assistant.case.request import RequestCase
from assistant.case.store import CaseStore
from assistant.facade import Assistant
from assistant.io.paths import COMPANIES_DIR
from assistant.records.directory import load_directory
from assistant.tracker import Tracker
from tests.render.helpers import details

# The shipped records' own addresses, written in Japanese (Japan Post's data and the policies'
# numbers), for a record fixture that has lines_ja. Departments are left out: none is invented.
JAPANESE_ADDRESSES = {
    "leverages": ["東京都渋谷区渋谷二丁目24番12号", "渋谷スクランブルスクエア24階・25階"],
    "persol-career": ["東京都千代田区丸の内二丁目4番1号", "丸の内ビルディング28階"],
}
# What each kind needs in the details besides the kinds.
KIND_DETAILS = {
    "purpose": {}, "disclosure": {}, "third-party-records": {},
    "correction": {"correction": {"current": "旧住所のまま", "correct": "東京都渋谷区神宮前1-2-3"}},
    "suspension": {"grounds": ["no-longer-needed"]},
    "third-party-stop": {"grounds": ["rights-harmed"]},
}


def japanese_records(folder: Path) -> Path:
    """Copies of the records above with send_to.lines_ja, in `folder` (made here)."""
    folder.mkdir(parents=True, exist_ok=True)
    for company, lines in JAPANESE_ADDRESSES.items():
        text = (COMPANIES_DIR / f"{company}.yaml").read_text(encoding="utf-8")
        added = ("send_to:\n  lines_ja: [" + ", ".join(lines) + "]\n"
                 "  source_ja: test fixture (Japan Post's data with the policy's numbers)\n")
        assert text.count("\nsend_to:\n") == 1
        (folder / f"{company}.yaml").write_text(text.replace("\nsend_to:\n", "\n" + added, 1),
                                                encoding="utf-8")
    return folder


def tracker_for(tmp_path: Path, japanese: bool = True) -> Tracker:
    folders = [COMPANIES_DIR] + ([japanese_records(tmp_path / "records")] if japanese else [])
    (tmp_path / "store").mkdir(exist_ok=True)
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


def copy_records(folder: Path) -> Path:
    shutil.copytree(COMPANIES_DIR, folder)
    return folder
