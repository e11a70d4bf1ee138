"""What the commands share: loading the directory (with progress), the facade, a case from the
arguments, dates and languages as typed, the details file, saving a PDF whole or not at all."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from assistant.io.user_errors import UserError

if TYPE_CHECKING:  # loaded by the commands that use it: building the parser stays cheap
    from assistant.records.directory import Directory


def progress_on_stderr(after_seconds: float = 1.0) -> Callable[[int, int], None]:
    """A progress callback for indexing records that writes to stderr, once it has taken longer
    than `after_seconds` (a first start with a large folder of records)."""
    import time

    started = time.monotonic()
    shown = False

    def report(done: int, total: int) -> None:
        nonlocal shown
        if not shown and time.monotonic() - started < after_seconds:
            return
        shown = True
        print("\r", end="", file=sys.stderr)  # alone: the terminal guard lets it act (guard.py)
        from assistant.cli.language import said  # a line rewritten in place: said here, whole

        print(said(f"indexing company records: {done:,} of {total:,}"),
              end="\n" if done >= total else "", file=sys.stderr, flush=True)

    return report


def _directory(args: argparse.Namespace) -> "Directory":
    from assistant.records.directory import default_folders, load_directory

    named_folders_exist(args)
    directory = load_directory(default_folders(args.data_dir), progress=progress_on_stderr())
    for problem in directory.problems:
        print(f"warning: skipped {problem}", file=sys.stderr)
    return directory


def named_folders_exist(args: argparse.Namespace) -> None:
    """OptionError for a records folder the person named (--data-dir, DRA_DATA_DIR) that is not
    there: else the records they meant would silently not be used."""
    import os

    named = [("--data-dir", folder) for folder in args.data_dir]
    if os.environ.get("DRA_DATA_DIR"):
        named.append(("DRA_DATA_DIR", os.environ["DRA_DATA_DIR"]))
    for option, folder in named:
        if not Path(folder).is_dir():
            raise OptionError(f"the folder {folder} named by {option} does not exist; name a "
                              "folder that holds company records (.yaml files)")


class OptionError(UserError, argparse.ArgumentTypeError):
    """An option's value that cannot be used. As an argparse type, argparse reports it with the
    option's name; called by a command itself, the CLI prints it as one line (exit 2)."""

    exit_code = 2


def _date(text: str):
    """A date option (--sent-on, --on …): YYYY-MM-DD within the program's bounds (io/bounds.py)."""
    from assistant.io.bounds import parse_event_date

    try:
        return parse_event_date(text)
    except ValueError as exc:
        raise OptionError(str(exc)) from None


def _languages(text: str) -> tuple[str, ...]:
    from assistant.law.wording import available_languages, parse_languages

    languages, known = parse_languages(text), available_languages()
    wrong = [language for language in languages if language not in known]
    if wrong or not languages:
        raise OptionError(
            f"'{text[:20]}' is not a letter language; use one of: {', '.join(known)}, both "
            "(Japanese, then English), or a list like ja,en")
    return languages


def _assistant(args: argparse.Namespace):
    """The facade; with --company-name, holding the law-only record made from what was typed
    (LawOnlyError says what to fix), and args.company naming it."""
    from assistant.facade import Assistant

    assistant = Assistant(_directory(args))
    if getattr(args, "corporate_number", None) is not None:  # a company of the national register
        from assistant.cli.register import register_company

        company = register_company(args.corporate_number)
        assistant.add_unlisted(company)
        args.company = company.id
    elif getattr(args, "company_name", None) is not None:
        from assistant.case.details import MAX_FIELD
        from assistant.records.law_only import law_only_company

        for option in ("company_name", "company_address", "postal_code", "department"):
            if len(getattr(args, option) or "") > MAX_FIELD:  # as the wizard's typed company
                raise OptionError(f"--{option.replace('_', '-')}: at most {MAX_FIELD:,} "
                                  "characters; is this the right text?")

        company = law_only_company(args.company_name, args.company_address or "",
                                   args.postal_code, args.department)
        assistant.add_unlisted(company)
        args.company = company.id
    return assistant


def _company_options(p: argparse.ArgumentParser) -> None:
    """--company ID, or a company without a record: its name and address (the law-only route)."""
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--company", metavar="ID", help="company id (see 'companies')")
    which.add_argument("--company-name", metavar="NAME",
                       help="a company without a record: work from the law alone "
                            "(needs --company-address)")
    which.add_argument("--corporate-number", metavar="N",
                       help="a company of the national corporate register, by its 13-digit "
                            "法人番号: its registered name and head office (see 'register')")
    p.add_argument("--company-address", metavar="ADDRESS",
                   help="with --company-name: where to send (check it on the company's website)")
    p.add_argument("--postal-code", metavar="123-4567", help="with --company-name")
    p.add_argument("--department", metavar="TEXT", help="with --company-name: the department to "
                                                        "write to, if you know it")


def _case(args: argparse.Namespace, **values):
    """The request the arguments describe (company, options); values add kinds and the rest."""
    from assistant.case.request import CaseOptions, RequestCase

    options = CaseOptions(sent_on=getattr(args, "sent_on", None),
                          arrived_on=getattr(args, "arrived_on", None),
                          letter_date=getattr(args, "date", None),
                          fee_paid_on=getattr(args, "fee_paid_on", None),
                          fee_paid_how=getattr(args, "fee_paid_how", None))
    return RequestCase(company_id=args.company, options=options, **values)


def _save(path: str, data: bytes, overwrite: bool) -> int:
    from assistant.io.safe_write import OutputError, write_atomically

    try:
        written = write_atomically(Path(path), data, overwrite=overwrite)
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"saved {written}")
    return 0


def _details(args: argparse.Namespace, assistant):
    from assistant.case.details_file import load_details

    return load_details(Path(args.details), assistant.law)


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="where to save the PDF")
    p.add_argument("--overwrite", action="store_true", help="replace an existing file")
    p.add_argument("--deterministic", action="store_true",
                   help="same input, same bytes (fixed dates and ids inside the PDF)")
