"""The command-line front end: a thin layer that turns arguments into a RequestCase and asks the
facade (facade.py) for checklists, letters and messages."""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Callable, Sequence

from assistant.cli.common import (
    _assistant, _case, _company_options, _date, _details, _directory, _languages, _output_options,
    _save,
)
from assistant.records.vocabulary import REQUEST_KINDS, REQUESTER_KINDS


def cmd_companies(args: argparse.Namespace) -> int:
    from assistant.cli.register import cmd_companies as over_both  # records, then the register

    return over_both(args, _directory(args))


def _checklist_requester(args: argparse.Namespace, assistant) -> str | None:
    """--requester, or what the details file says (else self); None after saying what to fix."""
    if not args.details:
        return args.requester or "self"
    said = _details(args, assistant).requester_kind
    if args.requester and args.requester != said:
        print(f"error: --requester {args.requester} does not match the details file, which "
              f"describes a request by '{said}' (representative.capacity); change one of them",
              file=sys.stderr)
        return None
    return said


def cmd_checklist(args: argparse.Namespace) -> int:
    import json

    assistant = _assistant(args)
    if args.blank and (args.sent_on or args.arrived_on):
        print("error: --blank leaves out every date (lines to write them on instead); drop "
              "--sent-on/--arrived-on or --blank", file=sys.stderr)
        return 2
    kinds = tuple(dict.fromkeys(args.request))  # --request may be given once per kind
    case = _case(args, kinds=kinds)
    assistant.company(case)  # an unknown company is the first thing to say
    requester = _checklist_requester(args, assistant)
    if requester is None:
        return 2
    case = case.model_copy(update={"requester": requester})
    if args.details:  # the representative's capacity chooses their proof; the name goes on the PDF
        case = case.model_copy(update={"details": _details(args, assistant)})
    if args.format == "pdf":
        if not args.output:
            print("error: --format pdf needs -o FILE.pdf", file=sys.stderr)
            return 2
        data = assistant.checklist_pdf(case, blank=args.blank, deterministic=args.deterministic,
                                       languages=args.language)
        return _save(args.output, data, args.overwrite)
    # Text and JSON hold no personal data but the dates; --blank has none (refused above).
    if args.format == "json":
        lists = assistant.checklist_json(case, args.language)
        print(json.dumps(lists[0] if len(lists) == 1 else lists, ensure_ascii=False, indent=2))
    else:
        print(assistant.checklist_text(case, quotes=not args.no_quotes, languages=args.language),
              end="")
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    from assistant.case.request import RequestCase

    assistant = _assistant(args)
    details = _details(args, assistant)
    if args.requester is not None and details.requester_kind != args.requester:
        print(f"error: --requester {args.requester} does not match the details file, which "
              f"describes a request by '{details.requester_kind}' (representative.capacity); "
              "change one of them", file=sys.stderr)
        return 2
    if args.request and args.request not in details.request.kinds:
        print(f"error: --request {args.request} is not among the kinds in the details file "
              f"({', '.join(details.request.kinds)}); add it to request.kinds or drop --request",
              file=sys.stderr)
        return 2
    if (args.fee_paid_on is None) != (not (args.fee_paid_how or "").strip()):
        print("error: to say the fee was paid, give both --fee-paid-on YYYY-MM-DD and "
              "--fee-paid-how TEXT (e.g. 'bank transfer')", file=sys.stderr)
        return 2
    case = RequestCase.from_details(args.company, details, options=_case(args).options,
                                    languages=args.language)
    assistant.company(case)  # an unknown company is the first thing to say
    if not args.output:
        print("error: letter needs -o FILE.pdf", file=sys.stderr)
        return 2
    status = _save(args.output, assistant.letter_pdf(case, args.deterministic), args.overwrite)
    for warning in assistant.fee_warnings(case) if status == 0 else ():
        print(warning, file=sys.stderr)  # the fee's blanks: pay first, then fill them in
    return status


def cmd_message(args: argparse.Namespace) -> int:
    assistant = _assistant(args)
    case = _case(args, kinds=(args.request,))
    if args.details:  # the message is signed with the sender's name, address and numbers
        case = case.model_copy(update={"details": _details(args, assistant)})
    print(assistant.message(case, args.language), end="")
    return 0


def cmd_calibration(args: argparse.Namespace) -> int:
    from assistant.render.window import calibration_pdf

    return _save(args.output, calibration_pdf(args.deterministic), args.overwrite)


def _add_companies(sub) -> None:
    p = sub.add_parser("companies", help="list company ids and names, then the national "
                                         "register's companies that match")
    p.add_argument("query", nargs="?", help="only companies whose names contain these words, or "
                                            "a 13-digit corporate number")
    p.set_defaults(func=cmd_companies)


def _add_checklist(sub) -> None:
    p = sub.add_parser("checklist", help="what to send, where, how, and by when")
    _company_options(p)
    p.add_argument("--request", required=True, action="append", choices=REQUEST_KINDS,
                   metavar="KIND", help="one of: " + ", ".join(REQUEST_KINDS)
                   + "; give it again for several kinds (one checklist each)")
    p.add_argument("--requester", choices=REQUESTER_KINDS, metavar="KIND",
                   help="who is asking, one of: " + ", ".join(REQUESTER_KINDS)
                   + " (default: what --details says, else self)")
    p.add_argument("--sent-on", type=_date, metavar="YYYY-MM-DD", help="the day you post it")
    p.add_argument("--arrived-on", type=_date, metavar="YYYY-MM-DD",
                   help="the day it reached the company (from the delivery record)")
    p.add_argument("--format", choices=["text", "json", "pdf"], default="text")
    p.add_argument("--language", type=_languages, default=("ja",), metavar="ja|en|both",
                   help="ja (default), en, or both (the Japanese list, then the English one); "
                        "the policy's words stay as the policy wrote them")
    p.add_argument("--no-quotes", action="store_true", help="leave out the policy's words")
    p.add_argument("--blank", action="store_true",
                   help="without any personal data: no name, no dates (the PDF has lines to "
                        "write them on)")
    p.add_argument("--details", metavar="FILE.yaml",
                   help="who is asking, and the person's name on the PDF")
    _output_options(p)
    p.set_defaults(func=cmd_checklist)


def _add_letter(sub) -> None:
    p = sub.add_parser("letter", help="the filled-in request letter as PDF")
    _company_options(p)
    p.add_argument("--request", choices=REQUEST_KINDS, metavar="KIND",
                   help="optional check: must be one of the kinds in the details file")
    p.add_argument("--requester", choices=REQUESTER_KINDS, metavar="KIND",
                   help="who is asking: " + ", ".join(REQUESTER_KINDS)
                   + " (default: what the details file says)")
    p.add_argument("--details", required=True, metavar="FILE.yaml",
                   help="the person's details (see examples/details.yaml)")
    p.add_argument("--language", type=_languages, default=("ja",), metavar="ja|en|both",
                   help="ja (default), en, both (Japanese, then English), or a list like ja,en "
                        "of the languages in forms/letter")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date on the letter (default today)")
    p.add_argument("--fee-paid-on", type=_date, metavar="YYYY-MM-DD",
                   help="the day you paid the fee; with --fee-paid-how the letter says so "
                        "(otherwise it never says the fee was paid)")
    p.add_argument("--fee-paid-how", metavar="TEXT", help="how you paid the fee, e.g. 銀行振込")
    _output_options(p)
    p.set_defaults(func=cmd_letter)


def _add_calibration(sub) -> None:
    p = sub.add_parser("calibration", help="a page to check that the addressee shows through a "
                                           "window envelope (長形3号, 90 × 45 mm window)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--overwrite", action="store_true")
    p.add_argument("--deterministic", action="store_true")
    p.set_defaults(func=cmd_calibration)


def _add_message(sub) -> None:
    p = sub.add_parser("message", help="a first message asking the company for its form and procedure")
    _company_options(p)
    p.add_argument("--request", required=True, choices=REQUEST_KINDS, metavar="KIND",
                   help="one of: " + ", ".join(REQUEST_KINDS))
    p.add_argument("--language", type=_languages, default=("ja", "en"), metavar="ja|en|both",
                   help="both (default: Japanese, then English), ja, en, or a list like ja,en")
    p.add_argument("--details", metavar="FILE.yaml",
                   help="sign with the name, address, phone, e-mail and membership number in it")
    p.set_defaults(func=cmd_message)


# Every command, in the order --help lists them, and what adds its parser: a function here, or
# the add_parser(sub) of the module named. A run builds (and imports) only its own command's.
COMMANDS: dict[str, Callable | str] = {
    "companies": _add_companies, "show": "assistant.cli.show", "checklist": _add_checklist,
    "letter": _add_letter, "calibration": _add_calibration, "message": _add_message,
    "cases": "assistant.cli.cases", "followup": "assistant.cli.followups",
    "import": "assistant.cli.imports", "register": "assistant.cli.register",
    "profiles": "assistant.cli.profiles", "validate": "assistant.cli.validate",
    "authority": "assistant.cli.authority",
}


MAIN_OPTIONS = ("--data-dir", "--language")  # before the command, each with a value


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser, with every command's parser; with `command`, with that one's only (the same
    arguments parse the same way, and the others cost nothing)."""
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Disclosure Request Assistant: what a Japanese company needs for an APPI "
                    "request, as a checklist and a letter. With no command, opens the wizard.")
    parser.add_argument("--data-dir", action="append", default=[], metavar="DIR",
                        help="extra folder of company records; adds to or overrides the installed "
                             "ones (may be given more than once)")
    parser.add_argument("--language", dest="ui_language", choices=("ja", "en"),
                        help="the language of what the commands say (default: DRA_LANGUAGE, else "
                             "the locale: Japanese on a Japanese system)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, add in COMMANDS.items():
        if command is None or name == command:
            if isinstance(add, str):
                add = importlib.import_module(add).add_parser
            add(sub)
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The command the arguments run, if that is sure without parsing them (the first word after
    the main options); None for help, a mistyped command or anything unusual."""
    words = iter(argv)
    for word in words:
        option = word.split("=", 1)[0]
        if len(option) > 2 and any(name.startswith(option) for name in MAIN_OPTIONS):
            if "=" not in word:  # (argparse takes abbreviations, and --language=ja)
                next(words, None)
            continue
        return word if word in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    from assistant.cli import language

    argv = sys.argv[1:] if argv is None else list(argv)
    language.use(language.chosen_language(argv))
    command = command_named(argv)
    parser = build_parser(command)
    if command is None or any(arg == "-h" or (len(arg) > 2 and "--help".startswith(arg))
                              for arg in argv):  # help will be shown: in this run's language
        language.help_in_language(parser)
    with language.speaking():  # argparse's words too
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return 0
        from assistant.cli.guard import run_guarded

        return run_guarded(args.func, args)
