"""The request and requester kinds: plain words, without the record model.

Kept apart from model.py so the command line can offer them as choices, and the wizard can list
them, without importing pydantic; model.py re-exports them for everything else.
"""
from __future__ import annotations

from typing import Literal

RequestKind = Literal[
    "purpose", "disclosure", "third-party-records", "correction", "suspension", "third-party-stop"
]
REQUEST_KINDS: tuple[RequestKind, ...] = (
    "purpose", "disclosure", "third-party-records", "correction", "suspension", "third-party-stop"
)

RequesterKind = Literal["self", "legal-representative", "agent", "lawyer"]
REQUESTER_KINDS: tuple[RequesterKind, ...] = ("self", "legal-representative", "agent", "lawyer")
