"""What `cases` and `followup` share on the command line: the store and tracker they open, and
their inputs bounded where they enter (numbers, dates, texts, attached files)."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

MAX_ID = 2**63 - 1  # SQLite's largest integer
MAX_RECEIPT = 20 * 1024 * 1024  # a scan or photo of a receipt
RECEIPT_TYPES = {b"%PDF-": ".pdf", b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}


def whole_number(low: int, high: int, problem: str):
    """An argparse type: a whole number from low to high, else `problem` ({text}: as typed)."""
    def check(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(problem.format(text=text[:30]))
        return value
    return check


# A case, event or profile number as typed.
number = whole_number(1, MAX_ID, "'{text}' is not a number from the list ('cases list' or "
                                 "'cases show' shows them)")


def bounded_text(limit: int):
    def check(text: str) -> str:
        if len(text) > limit or "\x00" in text:
            raise argparse.ArgumentTypeError(f"at most {limit} characters, please")
        return text
    return check


def case_date(text: str) -> date:
    """A date a case can hold and count from: the program's one rule for dates (io/bounds.py,
    through _date); the timeline then checks it against today."""
    from assistant.cli.common import _date

    return _date(text)


def _store(args: argparse.Namespace):
    from assistant.case.store import CaseStore

    return CaseStore(Path(args.store) if args.store else None)


def _tracker(args: argparse.Namespace):
    from assistant.cli.common import _assistant
    from assistant.tracker import Tracker

    return Tracker(_assistant(args), _store(args))


def _today(args: argparse.Namespace) -> date:
    return getattr(args, "today", None) or date.today()


def _receipt(path: str | None) -> tuple[str, bytes] | None:
    """A scan or photo of a posting receipt or delivery record: PDF, PNG or JPEG, as a file."""
    if path is None:
        return None
    from assistant.case.rows import StoreError
    from assistant.io.safe_read import ReadError, read_regular_file

    try:
        data = read_regular_file(Path(path), MAX_RECEIPT)
    except ReadError as exc:
        raise StoreError(f"{path}: {exc}") from None
    kind = next((ext for magic, ext in RECEIPT_TYPES.items() if data.startswith(magic)), None)
    if kind is None:
        raise StoreError(f"{path} is not a PDF, PNG or JPEG file; scan or photograph the receipt "
                         "as one of those")
    return kind, data
