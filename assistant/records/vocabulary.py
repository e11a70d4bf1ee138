"""The request and requester kinds: plain words, without the record model.

Kept apart from model.py so the command line can offer them as choices, and the wizard can list
them, without importing pydantic; model.py re-exports them for everything else.
"""
from __future__ import annotations

from typing import Literal

RequestKind = Literal["purpose", "disclosure", "third-party-records", "correction", "suspension",
                      "third-party-stop"]  # in the Act's order; what each requires: law.yaml
REQUEST_KINDS: tuple[RequestKind, ...] = RequestKind.__args__  # type: ignore[attr-defined]

RequesterKind = Literal["self", "legal-representative", "agent", "lawyer"]
REQUESTER_KINDS: tuple[RequesterKind, ...] = ("self", "legal-representative", "agent", "lawyer")

# Who acts for the person, as a details file says it, and the requester kind each makes.
Capacity = Literal["legal-representative-minor", "legal-representative-ward", "agent", "lawyer"]
CAPACITY_TO_REQUESTER: dict[str, RequesterKind] = {
    "legal-representative-minor": "legal-representative",
    "legal-representative-ward": "legal-representative",
    "agent": "agent",
    "lawyer": "lawyer",
}
