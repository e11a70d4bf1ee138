"""The command line for what comes after sending: `cases` (track requests; `followup` is in
cli/followups.py). Every input is bounded where it enters: case and event numbers, dates (the
timeline then checks their order and that none is in the future), texts, attached files."""
from __future__ import annotations

import argparse
import sys
from datetime import date

from assistant.cli.case_args import (
    _receipt, _store, _today, _tracker, bounded_text, case_date, number,
)
from assistant.records.vocabulary import REQUEST_KINDS, REQUESTER_KINDS

def cmd_add(args: argparse.Namespace) -> int:
    from assistant.case.details import Details
    from assistant.case.request import RequestCase
    from assistant.cli.common import _details, _languages

    tracker = _tracker(args)
    person = ""
    if args.profile is None:
        details = _details(args, tracker.assistant)
    else:
        profile = tracker.store.profile(args.profile)
        details = Details.model_validate(profile.details, context={"law": tracker.assistant.law})
        person = profile.label
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
        case = case.model_copy(update={"kinds": tuple(k for k in REQUEST_KINDS if k in kinds)})
        if args.letter_date:
            case = case.model_copy(update={"options": case.options.model_copy(
                update={"letter_date": args.letter_date})})
        tracker.assistant.company(case)  # an unknown company stops it before anything is stored
        cases.append(case)
    for case_id in tracker.add_all(cases, _today(args), person=person, replace=args.replace,
                                   new=args.new):
        print(case_id)
    return 0


class _Said(dict):
    """A row's status, kinds, due date's name and day in this run's language (language.word,
    language.day), each value looked up once: 100,000 rows name the same few."""

    def __missing__(self, text: str) -> str:
        from assistant.cli.language import day, word

        said = self[text] = day(date.fromisoformat(text)) if text[:1].isdigit() else word(text)
        return said


def cmd_list(args: argparse.Namespace) -> int:
    said = _Said()
    lines = []
    # Rows as SQLite sorts and fills them: 100,000 cases print without an object made for each.
    for case_id, reference, company, person, kinds, status, due, overdue in \
            _store(args).list_rows(_today(args), include_closed=args.all):
        day, _what, label = due.split("\x1f", 2) if due else ("", "", "")
        late = f" {said['OVERDUE']}" if overdue else ""
        when = f"{said[label]} {said[day]}{late}" if due else said["no date yet (post it first)"]
        lines.append(f"{case_id}\t{reference}\t{company}\t{person}\t{said[kinds]}\t{said[status]}\t{when}\n")
    if not lines:
        print("no requests tracked yet: python main.py cases add --company ID --details FILE.yaml")
        return 0
    sys.stdout.write("".join(lines))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from assistant.case.timeline import effective
    from assistant.cli.language import current as current_language

    store = _store(args)
    summary = store.summary(args.id)
    events = store.events(args.id)
    current = {e.id: e for e in effective(events)}
    print(f"case {summary.id}  {summary.reference}  {summary.company_name}")
    print(f"whose: {summary.person or '—'}; request: {', '.join(summary.kinds)} by "
          f"{summary.requester}; status: {summary.status}")
    for due in summary.dues:
        print(f"due: {due.label}: {due.day.isoformat()}")
    if current_language() != "en":
        _events_in(current_language(), events, current)
        return 0
    for event in events:
        day = f" {event.day.isoformat()}" if event.day else ""
        extra = "".join(f" {k}={v}" for k, v in event.data.items() if v and k != "request")
        shown = current.get(event.id)
        mark = "" if event.kind == "corrected" or (shown and shown.day == event.day) else \
            f"  (corrected: {shown.day})" if shown else "  (withdrawn)"
        print(f"#{event.id}  {event.at:%Y-%m-%d %H:%M}  {event.kind}{day}{extra}{mark}")
    return 0


def _events_in(language: str, events: list, current: dict) -> None:
    """The events as the evidence file's timeline names them in this language (its date, what
    happened, a tracking number or note), each with its number to correct it by; the English
    lines above keep the recorded names and values (a script may read them)."""
    from assistant.cli.language import day, word
    from assistant.followup.evidence import event_words
    from assistant.followup.wording import message_day, say

    for event in events:
        at = event.at.astimezone()  # recorded in UTC; shown on this machine's clock
        on = f"  {day(event.day)}" if event.day else ""
        what = word(event.kind) if event.kind == "created" else \
            event_words(event, events, language, message_day)
        shown = current.get(event.id)
        mark = "" if event.kind == "corrected" or (shown and shown.day == event.day) else \
            say(language, "timeline.superseded") if shown else \
            f"（{say(language, 'timeline.voided')}）"
        print(f"#{event.id}  {day(at.date())} {at:%H:%M}{on}  {what}{mark}")


def cmd_event(args: argparse.Namespace) -> int:
    tracker = _tracker(args)
    today = _today(args)
    day = args.on or today
    if args.action == "posted":
        tracker.posted(args.id, day, args.tracking, today=today, receipt=_receipt(args.receipt))
    elif args.action == "delivered":
        tracker.delivered(args.id, day, today=today, receipt=_receipt(args.receipt))
    elif args.action == "answered":
        how = "refused" if args.refused else "partly-answered" if args.partly else "answered"
        tracker.answered(args.id, day, how, args.note, today=today)
    elif args.action == "close":
        tracker.close(args.id, day, today=today)
    elif args.action == "correct":
        if not (args.on or args.void or args.tracking):
            print("error: give the right date (--on), a tracking number (--tracking), or --void",
                  file=sys.stderr)
            return 2
        tracker.correct(args.id, args.event, day=args.on, void=args.void, tracking=args.tracking,
                        today=today)
    summary = tracker.store.summary(args.id)
    due = summary.next_due(today)
    print(f"case {args.id}: {summary.status}" + (f"; {due.label} {due.day.isoformat()}" if due else ""))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    if not args.yes:
        print("error: deleting a case removes its history and its letters for good; add --yes",
              file=sys.stderr)
        return 2
    _store(args).delete_case(args.id)
    print(f"case {args.id} deleted")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from assistant.cli.common import _save

    data = _tracker(args).export(args.id, _today(args), deterministic=args.deterministic)
    return _save(args.output, data, args.overwrite)


def cmd_ics(args: argparse.Namespace) -> int:
    from assistant.cli.common import _save

    return _save(args.output, _tracker(args).calendar(args.language, args.with_details),
                 args.overwrite)


def add_parser(sub) -> None:
    """Register `cases` on the main parser's subcommands."""
    p = sub.add_parser("cases", help="track requests after sending: due dates, history")
    p.add_argument("--store", metavar="FILE", help="case database (default: in your data folder)")
    p.add_argument("--today", type=case_date, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    cases = p.add_subparsers(dest="cases_command", metavar="ACTION", required=True)

    a = cases.add_parser("add", help="track a request; prints the new case's id (one per company)")
    a.add_argument("--company", required=True, action="append", metavar="ID",
                   help="repeat to write to several companies in one go (all or none)")
    a.add_argument("--request", action="append", choices=REQUEST_KINDS, metavar="KIND",
                   help="repeat for several kinds (default: the kinds in the details file)")
    a.add_argument("--requester", choices=REQUESTER_KINDS, metavar="KIND",
                   help="default: as the details file says")
    who = a.add_mutually_exclusive_group(required=True)
    who.add_argument("--details", metavar="FILE.yaml", help="the person's details")
    who.add_argument("--profile", type=number, metavar="ID", help="a saved profile (see 'profiles')")
    a.add_argument("--letter-date", type=case_date, metavar="YYYY-MM-DD",
                   help="the date on a letter made before (default: today)")
    again = a.add_mutually_exclusive_group()
    again.add_argument("--replace", type=number, metavar="CASE",
                       help="a corrected letter for this case (not yet posted); the first is kept")
    again.add_argument("--new", action="store_true",
                       help="track the same request again as a separate case")
    a.add_argument("--language", default="ja", help="letter language(s): ja, en, both")
    a.set_defaults(func=cmd_add)

    a = cases.add_parser("list", help="tracked requests, the most urgent first")
    a.add_argument("--all", action="store_true", help="also answered and closed ones")
    a.set_defaults(func=cmd_list)

    a = cases.add_parser("show", help="one case: due dates and every event, numbered")
    a.add_argument("id", type=number)
    a.set_defaults(func=cmd_show)

    for action, text in (("posted", "you posted it (date, tracking number, receipt)"),
                         ("delivered", "the delivery record's date"),
                         ("answered", "the company answered (--partly, --refused)"),
                         ("close", "nothing more to do"),
                         ("correct", "correct an earlier event (its date, or --void)")):
        a = cases.add_parser(action, help=text)
        a.add_argument("id", type=number)
        a.add_argument("--on", type=case_date, metavar="YYYY-MM-DD",
                       help="the right date" if action == "correct" else "default: today")
        if action in ("posted", "correct"):
            a.add_argument("--tracking", type=bounded_text(60), metavar="NUMBER", help="追跡番号")
        if action in ("posted", "delivered"):
            a.add_argument("--receipt", metavar="FILE",
                           help="a scan or photo (PDF, PNG, JPEG) of the receipt or delivery record")
        if action == "answered":
            how = a.add_mutually_exclusive_group()
            how.add_argument("--partly", action="store_true", help="only part of what you asked")
            how.add_argument("--refused", action="store_true", help="the company refused")
            a.add_argument("--note", type=bounded_text(500), help="what the answer said, in a few words")
        if action == "correct":
            a.add_argument("--event", type=number, required=True, metavar="N",
                           help="the event's number ('cases show' lists them)")
            a.add_argument("--void", action="store_true", help="the event was recorded in error")
        a.set_defaults(func=cmd_event, action=action)

    a = cases.add_parser("delete", help="delete a case and its letters for good")
    a.add_argument("id", type=number)
    a.add_argument("--yes", action="store_true", help="yes, delete it")
    a.set_defaults(func=cmd_delete)

    a = cases.add_parser("export", help="the case's evidence file (.zip): letters, follow-ups, "
                                        "receipts, timeline")
    a.add_argument("id", type=number)
    a.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    a.add_argument("--overwrite", action="store_true")
    a.add_argument("--deterministic", action="store_true", help=argparse.SUPPRESS)
    a.set_defaults(func=cmd_export)

    a = cases.add_parser("export-ics", help="due dates as a calendar file (.ics)")
    a.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    a.add_argument("--with-details", action="store_true",
                   help="also name the request kinds (default: company and reference only)")
    a.add_argument("--language", choices=["ja", "en"], default="ja",
                   help="the events' words: ja (default) or en")
    a.add_argument("--overwrite", action="store_true")
    a.set_defaults(func=cmd_ics)
