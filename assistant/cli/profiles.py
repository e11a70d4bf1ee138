"""The command line's `profiles`: a person's details saved once and used for several companies.

A support worker keeps many callers apart by a name of their choosing, finds one by any part of
it, and deletes one when done. Stored in the case database, on this computer only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _store(args: argparse.Namespace):
    from assistant.case.store import CaseStore

    return CaseStore(Path(args.store) if args.store else None)


def cmd_save(args: argparse.Namespace) -> int:
    from assistant.cli.common import _assistant, _details

    details = _details(args, _assistant(args))
    profile_id = _store(args).save_profile(args.name, details.model_dump(mode="json"))
    print(profile_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    profiles = _store(args).profiles(" ".join(args.words))
    if not profiles:
        print("no saved profile" + (f" matches '{' '.join(args.words)}'" if args.words else "")
              + ": python main.py profiles save --name NAME --details FILE.yaml",
              file=sys.stderr if args.words else sys.stdout)
        return 1 if args.words else 0
    from assistant.cli.language import day, said

    for profile in profiles:  # rows (tabs): each field said here, in this run's language
        person = profile.details.get("requester", {})
        acting = profile.details.get("representative")
        who = person.get("full_name", "") + (said(f" (by {acting['full_name']})") if acting else "")
        saved = profile.created_at.astimezone() if profile.created_at.tzinfo else profile.created_at
        print(f"{profile.id}\t{profile.label}\t{who}\t{day(saved.date())}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    if not args.yes:
        print("error: deleting a profile removes the person's saved details for good; add --yes",
              file=sys.stderr)
        return 2
    _store(args).delete_profile(args.id)
    print(f"profile {args.id} deleted")
    return 0


def add_parser(sub) -> None:
    """Register `profiles` on the main parser's subcommands."""
    from assistant.cli.case_args import number

    p = sub.add_parser("profiles", help="a person's details saved once, for several companies")
    p.add_argument("--store", metavar="FILE", help="case database (default: in your data folder)")
    actions = p.add_subparsers(dest="profiles_command", metavar="ACTION", required=True)
    a = actions.add_parser("save", help="save the details in a file under a name; prints its id")
    a.add_argument("--name", required=True, help="how you will find it again, e.g. the caller's name")
    a.add_argument("--details", required=True, metavar="FILE.yaml")
    a.set_defaults(func=cmd_save)
    a = actions.add_parser("list", help="saved profiles (those whose name contains WORDS)")
    a.add_argument("words", nargs="*")
    a.set_defaults(func=cmd_list)
    a = actions.add_parser("delete", help="delete a saved profile for good")
    a.add_argument("id", type=number)
    a.add_argument("--yes", action="store_true", help="yes, delete it")
    a.set_defaults(func=cmd_delete)
