"""`main.py authority`: the 委任状 an appointed agent or a lawyer sends with the letter."""
from __future__ import annotations

import argparse
import sys

from assistant.cli.common import (
    _assistant, _case, _company_options, _date, _details, _languages, _output_options, _save,
)


def cmd_authority(args: argparse.Namespace) -> int:
    from assistant.case.request import RequestCase
    from assistant.render.authority import NotForThisRequester, check_requester

    assistant = _assistant(args)
    details = _details(args, assistant)
    try:
        check_requester(details)
    except NotForThisRequester as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    case = RequestCase.from_details(args.company, details, options=_case(args).options,
                                    languages=args.language)
    assistant.company(case)  # an unknown company is the first thing to say
    if not args.output:
        print("error: authority needs -o FILE.pdf", file=sys.stderr)
        return 2
    return _save(args.output, assistant.authority_pdf(case, args.deterministic), args.overwrite)


def add_parser(sub) -> None:
    p = sub.add_parser("authority", help="the letter of authority (委任状) for an agent or lawyer, as PDF")
    _company_options(p)
    p.add_argument("--details", required=True, metavar="FILE.yaml",
                   help="the person's details, with representative.capacity agent or lawyer")
    p.add_argument("--language", type=_languages, default=("ja",), metavar="ja|en|both",
                   help="ja (default), en, or both (Japanese, then English)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date on it (default today)")
    _output_options(p)
    p.set_defaults(func=cmd_authority)
