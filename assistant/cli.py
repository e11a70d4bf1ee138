"""The command-line front end: a thin layer over the directory and the requirements engine."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from .directory import Directory, Problem, RecordError, UnknownCompany, load_directory, \
    default_folders, load_folder, parse_record
from .model import REQUEST_KINDS, REQUESTER_KINDS
from .paths import POLICIES_DIR


def _directory(args: argparse.Namespace) -> Directory:
    directory = load_directory(default_folders(args.data_dir))
    for problem in directory.problems:
        print(f"warning: skipped {problem}", file=sys.stderr)
    return directory


def cmd_companies(args: argparse.Namespace) -> int:
    directory = _directory(args)
    for company in directory.search(args.query or ""):
        print(f"{company.id}\t{company.name}" + (f"\t{company.name_ja}" if company.name_ja else ""))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from .record_text import describe

    company = _directory(args).get(args.id)
    print(describe(company))
    return 0


def _quote_problems(directory: Directory, policies: Path) -> list[Problem]:
    from .quotes import misquotes

    problems = []
    for company in directory:
        source = directory.sources[company.id]
        try:
            wrong = misquotes(company, policies)
        except FileNotFoundError:
            problems.append(Problem(source, f"policy file '{company.policy.file}' is not in "
                                            f"{policies}; check policy.file", field="policy.file"))
            continue
        problems.extend(
            Problem(source, f"quote not found word for word in {company.policy.file}: "
                            f"“{quote[:80]}”; copy it exactly from the policy", field=where)
            for where, quote in wrong)
    return problems


def cmd_validate(args: argparse.Namespace) -> int:
    directory = Directory()
    targets = [Path(p) for p in args.paths] or default_folders(args.data_dir)
    for target in targets:
        if target.is_dir():
            load_folder(target, directory)
        elif target.is_file():
            try:
                company = parse_record(target)
                directory.add(company, target)
            except RecordError as exc:
                directory.problems.extend(exc.problems)
        elif args.paths:
            directory.problems.append(Problem(target, "no such file or folder"))
    problems = list(directory.problems)
    policies = Path(args.policies) if args.policies else POLICIES_DIR
    if policies.is_dir():
        problems += _quote_problems(directory, policies)
    elif args.policies:
        problems.append(Problem(policies, "policies folder not found"))
    for problem in problems:
        print(problem, file=sys.stderr)
    checked = "" if policies.is_dir() else " (quotes not checked: no policies folder)"
    print(f"{len(directory)} record(s) valid, {len(problems)} problem(s){checked}")
    return 1 if problems else 0


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-22") from None


def cmd_checklist(args: argparse.Namespace) -> int:
    import json

    from .checklist_text import checklist_text
    from .reference import load_labels, load_law
    from .requirements import Options, build_checklist

    company = _directory(args).get(args.company)
    checklist = build_checklist(company, args.request, args.requester,
                                Options(sent_on=args.sent_on, arrived_on=args.arrived_on),
                                law=load_law(), labels=load_labels())
    if args.format == "json":
        print(json.dumps(checklist.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(checklist_text(checklist, quotes=not args.no_quotes), end="")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Disclosure Request Assistant: what a Japanese company needs for an APPI "
                    "request, as a checklist and a letter. With no command, opens the wizard.")
    parser.add_argument("--data-dir", action="append", default=[], metavar="DIR",
                        help="extra folder of company records; adds to or overrides the installed "
                             "ones (may be given more than once)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("companies", help="list company ids and names")
    p.add_argument("query", nargs="?", help="only companies whose names contain these words")
    p.set_defaults(func=cmd_companies)

    p = sub.add_parser("show", help="every fact of one company, with the policy's words")
    p.add_argument("id", help="company id, e.g. porters")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("checklist", help="what to send, where, how, and by when")
    p.add_argument("--company", required=True, metavar="ID", help="company id (see 'companies')")
    p.add_argument("--request", required=True, choices=REQUEST_KINDS, metavar="KIND",
                   help="one of: " + ", ".join(REQUEST_KINDS))
    p.add_argument("--requester", default="self", choices=REQUESTER_KINDS, metavar="KIND",
                   help="who is asking, one of: " + ", ".join(REQUESTER_KINDS) + " (default self)")
    p.add_argument("--sent-on", type=_date, metavar="YYYY-MM-DD", help="the day you post it")
    p.add_argument("--arrived-on", type=_date, metavar="YYYY-MM-DD",
                   help="the day it reached the company (from the delivery record)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--no-quotes", action="store_true", help="leave out the policy's words")
    p.set_defaults(func=cmd_checklist)

    p = sub.add_parser("validate", help="check company records; exit 1 if anything is wrong")
    p.add_argument("paths", nargs="*", help="record files or folders (default: all in use)")
    p.add_argument("--policies", help="folder of policy texts to check quotes against "
                                      "(default: ../shared/policies when present)")
    p.set_defaults(func=cmd_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except UnknownCompany as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
