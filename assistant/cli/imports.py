"""The command line for the import assistant: `import` a saved privacy policy as a company record."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

IMPORT_FIELDS = ("name", "send_to.postal_code", "send_to.lines", "send_to.department",
                 "inquiries.phone", "inquiries.email", "inquiries.web_form", "channels.accepted",
                 "channels.refused", "request_kinds", "form.name", "form.get_it", "documents.self",
                 "documents.legal-representative", "documents.agent", "fees.amount_yen",
                 "fees.payment", "response.methods", "response.business_days",
                 "response.calendar_days", "refusal_grounds")


def cmd_import(args: argparse.Namespace) -> int:
    from assistant.importer.record import ImportError_
    from assistant.importer.run import import_policy, proposal_for
    from assistant.importer.source import SourceError
    from assistant.io.paths import user_companies_dir
    from assistant.io.user_errors import UserError

    try:
        proposal = proposal_for(Path(args.policy))
        for fact in proposal.facts:
            mark = "" if fact.sure else "  [CHECK THIS: not saved as a fact, only as a note to check" + \
                (f"; {fact.note}]" if fact.note else "]")
            print(f"{fact.field}: {fact.value}{mark}\n    “{fact.quote}”")
        missing = [f for f in IMPORT_FIELDS if not proposal.values(f)
                   and not (f.startswith("response.") and (proposal.values("response.business_days")
                                                           or proposal.values("response.calendar_days")))]
        if missing:
            print("not found (written as unknown; the checklist says how to ask): " + ", ".join(missing))
        if args.dry_run:
            return 0
        folder = Path(args.output) if args.output else user_companies_dir()
        report: list[str] = []
        saved = import_policy(None, folder, proposal=proposal, company_id=args.id, name=args.name,
                              reviewed_by=args.reviewed_by, overwrite=args.replace, report=report)
    except (SourceError, ImportError_, UserError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for line in report:
        print(line)
    print(f"saved {saved} (quality: {'reviewed' if args.reviewed_by else 'imported'}); check every "
          f"fact against its quote, then: python main.py validate {saved}")
    return 0


def add_parser(sub) -> None:
    """Register `import` on the main parser's subcommands."""
    p = sub.add_parser("import", help="make a company record from its saved privacy policy "
                                      "(.txt, .html or .pdf), offline")
    p.add_argument("policy", metavar="POLICY_FILE", help="the policy page saved as .txt, .html or .pdf")
    p.add_argument("--id", help="the record's id (default: from the company's name or domain; "
                                "an id already in use becomes ID-2)")
    p.add_argument("--name", help="the company's name, where the text does not give it")
    p.add_argument("-o", "--output", metavar="DIR",
                   help="folder to save the record in (default: your own records folder)")
    p.add_argument("--reviewed-by", metavar="NAME",
                   help="you checked every fact against its quote: record your name")
    p.add_argument("--dry-run", action="store_true", help="only show what was found; save nothing")
    p.add_argument("--replace", "--overwrite", dest="replace", action="store_true",
                   help="replace the record that has this --id, showing what changes")
    p.set_defaults(func=cmd_import)
