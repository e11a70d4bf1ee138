"""Check that every quote in a record stands word for word in the policy it cites."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .model import Company, iter_quotes

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold every run of white space to one space, so line breaks in the policy do not matter."""
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=32)
def _policy_text(path: Path) -> str:
    return fold(path.read_text(encoding="utf-8"))


def in_policy(company: Company, quote: str, policies_dir: Path) -> bool:
    """Whether the quote stands word for word (white space folded) in the company's policy."""
    return fold(quote) in _policy_text((policies_dir / company.policy.file).resolve())


def misquotes(company: Company, policies_dir: Path) -> list[tuple[str, str]]:
    """(field, quote) pairs that are not found verbatim in the company's policy text.

    Raises FileNotFoundError when the policy file the record names is not in the folder.
    """
    return [(where, quote) for where, quote in iter_quotes(company)
            if not in_policy(company, quote, policies_dir)]
