"""The command line's `followup`: the next letter for a tracked request, made only when the law
and the recorded facts allow it, and recorded in the case only once it is saved."""
from __future__ import annotations

import argparse
import sys

from assistant.cli.case_args import bounded_text, case_date, number, whole_number


def copies(text: str) -> int:
    """--copies: at most what the demand allows (imported only when it is given)."""
    from assistant.followup.demand import MAX_COPIES

    return whole_number(1, MAX_COPIES, f"between 1 and {MAX_COPIES} (the post office needs 3)")(text)


def cmd_followup(args: argparse.Namespace) -> int:
    from assistant.cli.case_args import _today, _tracker
    from assistant.cli.common import _languages, _save
    from assistant.cli.language import current

    tracker = _tracker(args)
    today = _today(args)
    if args.text and args.kind != "demand":
        print("error: --text is for the demand (plain text for e-内容証明)", file=sys.stderr)
        return 2
    data = tracker.followup_pdf(args.case, args.kind, languages=_languages(args.language),
                                grid=args.grid, copies=args.copies, problem=args.problem,
                                today=today, deterministic=args.deterministic,
                                language=current())  # why one cannot be made: as the CLI speaks
    if args.text:
        from assistant.followup.demand import demand_text

        text = demand_text(tracker.facts(args.case, today)).encode("utf-8")
        if _save(args.text, text, args.overwrite):
            return 1
    if _save(args.output, data, args.overwrite):
        return 1  # not saved: not recorded either
    tracker.record_followup(args.case, args.kind, data, today)
    shown = tracker.followup_advice(args.case, args.kind, today, current())
    if shown:
        print(shown, file=sys.stderr)
    if args.kind == "demand":
        _sending(tracker, args.case, today, args.grid)
    organisation = tracker.facts(args.case, today).organisation if args.kind == "complaint" else None
    if organisation is not None and organisation.address_unknown:
        print(f"note: {organisation.name}'s address is not in the record: the letter leaves a line "
              "for it; check it on the organisation's website and write it in before sending")
    return 0


def _sending(tracker, case_id: int, today, grid: str) -> None:
    """What sending the demand takes and costs, from the law data's fee table."""
    from assistant.followup.demand import demand, sending_cost
    from assistant.followup.grid import lay_out

    facts = tracker.facts(case_id, today)
    text = demand(facts)
    pages = len(lay_out(text.body(), grid, text.closing).pages)
    fees = tracker.assistant.law.postal_fees
    checked = (f"checked against Japan Post's table on {fees.checked}" if fees.confirmed(today)
               else "not checked against Japan Post's table this year: confirm at the counter")
    print(f"send it as 一般書留 内容証明 with 配達証明 (three identical copies): about "
          f"{sending_cost(facts, pages):,} yen for {pages} sheet(s), by Japan Post's fees of "
          f"{fees.effective} ({checked}); the last page of the PDF says how")


def add_parser(sub) -> None:
    from assistant.cli.common import _output_options

    p = sub.add_parser("followup", help="a reminder, the Art. 39 demand, a reply to an incomplete "
                                        "answer, a complaint, or the PPC call sheet, for a case")
    p.add_argument("--store", metavar="FILE", help="case database (default: in your data folder)")
    p.add_argument("--today", type=case_date, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.add_argument("--case", required=True, type=number, metavar="ID")
    p.add_argument("--kind", required=True,
                   choices=["reminder", "demand", "incomplete", "complaint", "ppc-sheet"])
    p.add_argument("--language", default="ja", help="ja, en or both (the demand is Japanese only)")
    p.add_argument("--grid", default="26x20", choices=["26x20", "20x26", "13x40"],
                   help="内容証明 grid: characters × lines per page")
    p.add_argument("--copies", type=copies, default=3,
                   help="identical copies of the demand (default %(default)s, as the post office needs)")
    p.add_argument("--problem", type=bounded_text(2000),
                   help="for 'incomplete' (and a complaint): what the answer lacks")
    p.add_argument("--text", metavar="FILE.txt", help="the demand also as plain text (e-内容証明)")
    _output_options(p)
    p.set_defaults(func=cmd_followup)
