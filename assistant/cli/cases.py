"""The command line for what comes after sending: `cases` (track requests) and `followup`."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from assistant.records.vocabulary import REQUEST_KINDS, REQUESTER_KINDS


def _tracker(args: argparse.Namespace):
    from assistant.case.store import CaseStore
    from assistant.cli.common import _assistant
    from assistant.tracker import Tracker

    return Tracker(_assistant(args), CaseStore(Path(args.store) if args.store else None))


def _today(args: argparse.Namespace) -> date:
    return getattr(args, "today", None) or date.today()


def _details_for(args: argparse.Namespace, tracker):
    """The person's details: from --details, or from a saved profile (--profile ID)."""
    from assistant.case.details import Details
    from assistant.cli.common import _details

    if args.profile is None:
        return _details(args, tracker.assistant)
    return Details.model_validate(tracker.store.profile(args.profile).details,
                                  context={"law": tracker.assistant.law})


def cmd_add(args: argparse.Namespace) -> int:
    from assistant.case.request import RequestCase
    from assistant.cli.common import _languages

    tracker = _tracker(args)
    details = _details_for(args, tracker)
    requester = args.requester or details.requester_kind
    if requester != details.requester_kind:
        print(f"error: --requester {requester} does not match the details "
              f"('{details.requester_kind}'); change one of them", file=sys.stderr)
        return 2
    kinds = tuple(args.request or details.request.kinds)
    unknown = [k for k in kinds if k not in details.request.kinds]
    if unknown:
        print(f"error: --request {', '.join(unknown)} is not among the kinds in the details "
              f"({', '.join(details.request.kinds)})", file=sys.stderr)
        return 2
    # Several companies in one go: one case (one letter) each, the same person and request.
    cases = []
    for company in dict.fromkeys(args.company):
        case = RequestCase.from_details(company, details, languages=_languages(args.language))
        cases.append(case.model_copy(update={"kinds": tuple(k for k in REQUEST_KINDS if k in kinds)}))
    for case in cases:
        tracker.assistant.company(case)  # an unknown company stops it before anything is stored
    for case in cases:
        print(tracker.add(case, _today(args)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    today = _today(args)
    cases = _tracker(args).list(today)
    if not args.all:
        cases = [c for c in cases if c.is_open()]
    if not cases:
        print("no requests tracked yet: python main.py cases add --company ID --details FILE.yaml")
        return 0
    for c in cases:
        due = c.next_due(today)
        late = " OVERDUE" if c.overdue(today) else ""
        when = f"{due.label} {due.day.isoformat()}{late}" if due else "no date yet (post it first)"
        print(f"{c.id}\t{c.reference}\t{c.company_name}\t{','.join(c.kinds)}\t{c.status}\t{when}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    tracker = _tracker(args)
    summary = tracker.store.summary(args.id)
    print(f"case {summary.id}  {summary.reference}  {summary.company_name}")
    print(f"request: {', '.join(summary.kinds)} by {summary.requester}; status: {summary.status}")
    for due in summary.dues:
        print(f"due: {due.label}: {due.day.isoformat()}")
    for event in tracker.store.events(args.id):
        day = f" {event.day.isoformat()}" if event.day else ""
        extra = "".join(f" {k}={v}" for k, v in event.data.items() if v)
        print(f"{event.at:%Y-%m-%d %H:%M}  {event.kind}{day}{extra}")
    return 0


def cmd_event(args: argparse.Namespace) -> int:
    tracker = _tracker(args)
    day = args.on or _today(args)
    if args.action == "posted":
        tracker.posted(args.id, day, args.tracking)
    elif args.action == "delivered":
        tracker.delivered(args.id, day)
    elif args.action == "answered":
        how = "refused" if args.refused else "partly-answered" if args.partly else "answered"
        tracker.answered(args.id, day, how, args.note)
    elif args.action == "close":
        tracker.store.add_event(args.id, "closed", day=day)
    summary = tracker.store.summary(args.id)
    due = summary.next_due(_today(args))
    print(f"case {args.id}: {summary.status}" + (f"; {due.label} {due.day.isoformat()}" if due else ""))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    if not args.yes:
        print("error: deleting a case removes its history and its letters for good; add --yes",
              file=sys.stderr)
        return 2
    _tracker(args).store.delete_case(args.id)
    print(f"case {args.id} deleted")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from assistant.cli.common import _save

    data = _tracker(args).calendar(args.language, with_details=args.with_details)
    return _save(args.output, data, args.overwrite)


def cmd_followup(args: argparse.Namespace) -> int:
    from assistant.cli.common import _languages, _save

    tracker = _tracker(args)
    data = tracker.followup_pdf(args.case, args.kind, languages=_languages(args.language),
                                grid=args.grid, copies=args.copies, problem=args.problem,
                                today=_today(args), deterministic=args.deterministic)
    if args.text:
        from assistant.followup.letters import demand_text

        if args.kind != "demand":
            print("error: --text is for the demand (plain text for e-内容証明)", file=sys.stderr)
            return 2
        text = demand_text(tracker.facts(args.case, _today(args))).encode("utf-8")
        if _save(args.text, text, args.overwrite):
            return 1
    return _save(args.output, data, args.overwrite)


def add_parsers(sub, date_type, common) -> None:
    """Register `cases` and `followup` on the main parser's subcommands."""
    p = sub.add_parser("cases", help="track requests after sending: due dates, history")
    p.add_argument("--store", metavar="FILE", help="case database (default: in your data folder)")
    p.add_argument("--today", type=date_type, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    cases = p.add_subparsers(dest="cases_command", metavar="ACTION", required=True)

    a = cases.add_parser("add", help="track a request; prints the new case's id (one per company)")
    a.add_argument("--company", required=True, action="append", metavar="ID",
                   help="repeat to write to several companies in one go")
    a.add_argument("--request", action="append", choices=REQUEST_KINDS, metavar="KIND",
                   help="repeat for several kinds (default: the kinds in the details file)")
    a.add_argument("--requester", choices=REQUESTER_KINDS, metavar="KIND",
                   help="default: as the details file says")
    who = a.add_mutually_exclusive_group(required=True)
    who.add_argument("--details", metavar="FILE.yaml", help="the person's details")
    who.add_argument("--profile", type=int, metavar="ID", help="a saved profile (see 'profiles')")
    a.add_argument("--language", default="ja", help="letter language(s): ja, en, both")
    a.set_defaults(func=cmd_add)

    a = cases.add_parser("list", help="tracked requests, the most urgent first")
    a.add_argument("--all", action="store_true", help="also answered and closed ones")
    a.set_defaults(func=cmd_list)

    a = cases.add_parser("show", help="one case: due dates and every event")
    a.add_argument("id", type=int)
    a.set_defaults(func=cmd_show)

    for action, text in (("posted", "you posted it (date, tracking number)"),
                         ("delivered", "the delivery record's date"),
                         ("answered", "the company answered (--partly, --refused)"),
                         ("close", "nothing more to do")):
        a = cases.add_parser(action, help=text)
        a.add_argument("id", type=int)
        a.add_argument("--on", type=date_type, metavar="YYYY-MM-DD", help="default: today")
        if action == "posted":
            a.add_argument("--tracking", metavar="NUMBER", help="追跡番号")
        if action == "answered":
            how = a.add_mutually_exclusive_group()
            how.add_argument("--partly", action="store_true", help="only part of what you asked")
            how.add_argument("--refused", action="store_true", help="the company refused")
            a.add_argument("--note", help="what the answer said, in a few words")
        a.set_defaults(func=cmd_event, action=action)

    a = cases.add_parser("delete", help="delete a case and its letters for good")
    a.add_argument("id", type=int)
    a.add_argument("--yes", action="store_true", help="yes, delete it")
    a.set_defaults(func=cmd_delete)

    a = cases.add_parser("export-ics", help="due dates as a calendar file (.ics)")
    a.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    a.add_argument("--with-details", action="store_true",
                   help="also name the request kinds (default: company and reference only)")
    a.add_argument("--language", choices=["ja", "en"], default="ja",
                   help="the events' words: ja (default) or en")
    a.add_argument("--overwrite", action="store_true")
    a.set_defaults(func=cmd_ics)

    p = sub.add_parser("followup", help="a reminder, the Art. 39 demand, a reply to an incomplete "
                                        "answer, a complaint, or the PPC call sheet, for a case")
    p.add_argument("--store", metavar="FILE", help="case database (default: in your data folder)")
    p.add_argument("--today", type=date_type, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.add_argument("--case", required=True, type=int, metavar="ID")
    p.add_argument("--kind", required=True,
                   choices=["reminder", "demand", "incomplete", "complaint", "ppc-sheet"])
    p.add_argument("--language", default="ja", help="ja, en or both (the demand is Japanese only)")
    p.add_argument("--grid", default="26x20", choices=["26x20", "20x26", "13x40"],
                   help="内容証明 grid: characters × lines per page")
    p.add_argument("--copies", type=int, default=3, help="identical copies of the demand (3)")
    p.add_argument("--problem", help="for 'incomplete': what the answer lacks")
    p.add_argument("--text", metavar="FILE.txt", help="the demand also as plain text (e-内容証明)")
    common(p)
    p.set_defaults(func=cmd_followup)
