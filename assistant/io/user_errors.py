"""The base of errors a person can fix from what they are told (a full disk, a wrong date)."""
from __future__ import annotations


class UserError(Exception):
    """Its message says what went wrong and what to do. The CLI prints it as one line and exits
    with exit_code; the classes live beside the code that raises them, so the CLI catches this
    base without importing them all."""

    exit_code = 1
