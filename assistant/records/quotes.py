"""Check that every quote in a record stands word for word in the policy it cites."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.records.model import Company, iter_quotes

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold every run of white space to one space, so line breaks in the policy do not matter."""
    return _SPACE.sub(" ", text).strip()


MAX_POLICY_BYTES = 5_000_000  # a privacy policy is tens of kB


class PolicyUnreadable(Exception):
    """The policy file a record names is there but cannot be used; the message says why."""


@lru_cache(maxsize=32)
def _policy_text(path: Path) -> str:
    from assistant.io.safe_read import ReadError, read_regular_file

    if not path.exists() and not path.is_symlink():
        raise FileNotFoundError(path)
    try:
        return fold(read_regular_file(path, MAX_POLICY_BYTES).decode("utf-8"))
    except ReadError as exc:
        raise PolicyUnreadable(str(exc)) from None
    except UnicodeDecodeError:
        raise PolicyUnreadable("it is not UTF-8 text") from None


def _policy_of(company: Company, policies_dir: Path) -> str:
    name = company.policy.file
    if name in ("", ".", "..") or Path(name).name != name:  # a model built unchecked, too
        raise PolicyUnreadable("it is not a bare file name")
    return _policy_text(policies_dir / name)


def in_policy(company: Company, quote: str, policies_dir: Path) -> bool:
    """Whether the quote stands word for word (white space folded) in the company's policy."""
    return fold(quote) in _policy_of(company, policies_dir)


def misquotes(company: Company, policies_dir: Path) -> list[tuple[str, str]]:
    """(field, quote) pairs that are not found verbatim in the company's policy text.

    The record's policy.file is a bare file name (the model refuses paths), read only as a
    regular file of the policies folder. Raises FileNotFoundError when it is not in the folder,
    PolicyUnreadable when it cannot be used (a pipe or device, too large, not UTF-8).
    """
    if company.policy is None:  # a law-only record quotes nothing
        return []
    text = _policy_of(company, policies_dir)
    return [(where, quote) for where, quote in iter_quotes(company) if fold(quote) not in text]


def policies_folder(record_path: Path, default: Path) -> Path:
    """Where a record's policy text is: a `policies/` folder beside the record (records the
    import assistant saved, with their policy), else the installed policies folder."""
    beside = record_path.parent / "policies"
    return beside if beside.is_dir() else default
