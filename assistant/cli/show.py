"""The command line's `show`: every fact of one company's record, with the policy's words, its
vocabulary named as labels.yaml names it in the run's language."""
from __future__ import annotations

import argparse
from typing import Callable

from assistant.cli.common import _assistant


def cmd_show(args: argparse.Namespace) -> int:
    from assistant.records.record_text import describe

    assistant = _assistant(args)
    company = assistant.directory.get(args.id)
    from assistant.cli.language import current, field, plain_value

    notice = assistant.override(company.id)  # the checklist's words for it, in this run's language
    if notice:
        print(f"(!) {notice.text(current())}\n")
    values = _vocabulary_words(assistant, plain_value)
    print(describe(company, lambda key: field(key) if field(key) != key else values(key), values))
    return 0


def _vocabulary_words(assistant, plain_value: Callable[[str], str]) -> Callable[[str], str]:
    """A record's plain value as `show` prints it: its vocabulary (channels, documents, answer
    methods: "telephone, email") named as labels.yaml names them in this run's language, other
    values by plain_value; the policy's own words stay as they are."""
    from assistant.cli.language import current

    if current() == "en":
        return plain_value
    labels = assistant.labels
    names = {value: label.text(current()) for group in type(labels).model_fields
             for value, label in getattr(labels, group).items()}

    def said(text: str) -> str:
        parts = text.split(", ")
        if all(part in names or plain_value(part) != part for part in parts):
            return "、".join(names.get(part) or plain_value(part) for part in parts)
        return plain_value(text)
    return said


def add_parser(sub) -> None:
    p = sub.add_parser("show", help="every fact of one company, with the policy's words")
    p.add_argument("id", help="company id, e.g. porters")
    p.set_defaults(func=cmd_show)
