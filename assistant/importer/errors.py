"""The importer's errors a person can meet: each message says what is wrong and what to do."""
from __future__ import annotations


class SourceError(ValueError):
    """The file cannot be used as a policy text; the message says why and what to do."""


class ImportError_(ValueError):
    """The text cannot become a record as it is; the message says what is missing."""
