"""The corporate register on the command line: `register import FILE...`, `register status`,
`companies WORDS` over the records and the register, and `--corporate-number N` for checklist,
letter and message."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.io.user_errors import UserError

GET_IT = ("download it from the NTA's 法人番号公表サイト (https://www.houjin-bangou.nta.go.jp/download/"
          ", 全件データ, CSV形式・Unicode or Shift-JIS) and run: main.py register import FILE.zip")


class RegisterMissing(UserError):
    """No register to look in, or no company with that number in it."""

    exit_code = 2


def add_parser(sub) -> None:
    p = sub.add_parser("register", help="the national corporate register (国税庁 法人番号公表サイト), "
                                        "offline: import the NTA's files, see what is imported")
    which = p.add_subparsers(dest="register_command", metavar="import|status", required=True)
    imp = which.add_parser("import", help="import the NTA's full data (…_all_YYYYMMDD.zip) or "
                                          "change files (…diff…): zip or CSV, Unicode or Shift-JIS")
    imp.add_argument("files", nargs="+", metavar="FILE", type=Path)
    kind = imp.add_mutually_exclusive_group()
    kind.add_argument("--full", dest="kind", action="store_const", const="full",
                      help="the files are full data, whatever their names (replaces the register)")
    kind.add_argument("--changes", dest="kind", action="store_const", const="changes",
                      help="the files are daily change files (applied to the register)")
    imp.add_argument("--encoding", choices=["utf-8", "shift_jis"],
                     help="the files' encoding (default: told from the first 64 KiB)")
    imp.set_defaults(func=cmd_import)
    status = which.add_parser("status", help="which data, as of which day, how many companies")
    status.set_defaults(func=cmd_status)


def _progress():
    """A progress line on stderr: rewritten in place on a terminal, else a line every 10 s."""
    import time

    terminal = sys.__stderr__ is not None and sys.__stderr__.isatty()
    started, shown = time.monotonic(), [time.monotonic()]

    def report(done: int, total: int, rows: int) -> None:
        now = time.monotonic()
        if now - shown[0] < (0.5 if terminal else 10) and done < total:
            return
        shown[0] = now
        share = f"{100 * done / total:5.1f} %, " if total else ""
        line = f"importing the corporate register: {share}{rows:,} rows, {now - started:,.0f} s"
        if terminal:  # the raw stream: the carriage return must reach the terminal as one
            from assistant.cli.language import said

            print("\r" + said(line), end="", file=sys.__stderr__, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)

    return report


def cmd_import(args: argparse.Namespace) -> int:
    from assistant.records.register_files import sources
    from assistant.records.register_store import import_files

    encoding = {"shift_jis": "cp932"}.get(args.encoding, args.encoding)
    try:
        result = import_files(sources(args.files, args.kind), encoding, progress=_progress())
    finally:
        if sys.__stderr__ is not None and sys.__stderr__.isatty():
            print(file=sys.__stderr__)
    what = "full data" if result.kind == "full" else "changes"
    print(f"imported {result.rows:,} rows of {what}; the register holds "
          f"{int(result.meta['count']):,} companies as of "
          f"{result.meta.get('changes_through') or result.meta.get('as_of')}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from assistant.records.register import Register, RegisterUnusable

    try:
        register = Register.open()
    except RegisterUnusable as exc:
        print(f"error: the register cannot be read: {exc}", file=sys.stderr)
        return 1
    if register is None:
        print(f"no corporate register imported: {GET_IT}")
        return 1
    s = register.status()
    print(f"data: 国税庁 法人番号公表サイト, {'full data' if s['kind'] == 'full' else s['kind']} "
          f"as of {s['full_as_of']}" + (f", changes applied through {s['changes_through']}"
                                        if s["changes_through"] else ""))
    print(f"as of: {s['as_of']}")
    print(f"companies: {s['count']:,}")
    print(f"files: {', '.join(str(s['files']).splitlines())}")
    print(f"imported: {_local_time(str(s['imported_at']))}; file {register.path} "
          f"({s['bytes'] / 2**20:,.0f} MiB)")
    return 0


def _local_time(stamp: str) -> str:
    """When the register was imported (stored in UTC), on this machine's clock with its zone:
    2026-12-06 19:44 JST, in Japanese 2026年12月6日 19:44 JST."""
    from datetime import datetime

    from assistant.cli.language import day

    try:
        at = datetime.fromisoformat(stamp).astimezone()
    except ValueError:  # written by another version: as it stands
        return stamp
    return f"{day(at.date())} {at:%H:%M} {at.tzname() or at.strftime('%z')}"


def cmd_companies(args: argparse.Namespace, directory) -> int:
    """One line per curated record (id, names), then per register company (法人番号, name,
    registered address, 閉鎖 and the successor for a closed one)."""
    from assistant.records.company_search import LazyRegister, search_companies

    query = args.query or ""
    found = search_companies(directory, LazyRegister(), query)
    for company in found.entries:
        print(f"{company.id}\t{company.name}" + (f"\t{company.name_ja}" if company.name_ja else ""))
    for company in found.companies:
        postal = f"〒{company.postal_code} " if company.postal_code else ""
        closure = f"\t{company.closure()}" if company.closed else ""
        print(f"{company.number}\t{company.name}\t{postal}{company.address}{closure}")
    if found.problem == "check-digit":
        print(f"{query.strip()!r} has thirteen digits, but its check digit does not match: it is "
              "not a corporate number; check the digits", file=sys.stderr)
        return 1
    if not found.entries and not found.companies and query:
        # Every company must answer APPI requests: say which routes still lead to a letter.
        register = "" if found.problem not in ("no-register", "register-unusable") else \
            f"  0. find it in the national corporate register: {GET_IT}\n"
        print(f"no company matches {query!r}. Ways on:\n{register}"
              "  1. save the company's privacy policy and run: main.py import POLICY_FILE\n"
              "  2. write from the law alone: main.py letter --company-name NAME "
              "--company-address ADDRESS --details FILE.yaml -o OUT.pdf "
              "(checklist and message take --company-name too)", file=sys.stderr)
        return 1
    return 0


def register_company(number: str):
    """The law-only record of the register's company with this corporate number."""
    from assistant.records.law_only import register_record
    from assistant.records.register import Register, RegisterUnusable
    from assistant.records.register_layout import corporate_number, is_corporate_number

    digits = corporate_number(number)
    if digits is None or not is_corporate_number(digits):
        raise RegisterMissing(f"--corporate-number {number}: not a corporate number (13 digits, "
                              "the first a check digit that matches the other twelve)")
    try:
        register = Register.open()
    except RegisterUnusable as exc:
        raise RegisterMissing(f"the corporate register cannot be read: {exc}") from None
    if register is None:
        raise RegisterMissing(f"no corporate register imported: {GET_IT}")
    try:
        company = register.get(digits)
        status = register.status()
    finally:
        register.close()
    if company is None:
        raise RegisterMissing(f"no company with corporate number {digits} in the register "
                              f"(data as of {status['as_of']}); check the number, or import "
                              "newer data")
    if company.closed:  # a letter to a closed company may go nowhere: say so, do not refuse
        print(f"warning: {company.name} is closed: {company.closure()}; a request may need to "
              "go to its successor", file=sys.stderr)
    return register_record(company, status["as_of"])  # type: ignore[arg-type]
