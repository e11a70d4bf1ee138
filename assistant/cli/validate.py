"""The command line's `validate`: check company records, and that every quote stands in its policy."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.records.directory import Directory, Problem, RecordError, default_folders, load_folder, parse_record
from assistant.io.paths import POLICIES_DIR


def _quote_problems(directory: Directory, policies: Path) -> list[Problem]:
    from assistant.records.quotes import PolicyUnreadable, misquotes, policies_folder

    problems = []
    for company in directory:
        if company.policy is None:  # a law-only record: no policy, no quotes to check
            continue
        source = directory.sources[company.id]
        folder = policies_folder(source, policies)
        if not folder.is_dir():
            continue  # no policy texts on this machine: said in the summary line
        try:
            wrong = misquotes(company, folder)
        except FileNotFoundError:
            problems.append(Problem(source, f"policy file '{company.policy.file}' is not in "
                                            f"{folder}; check policy.file", field="policy.file"))
            continue
        except PolicyUnreadable as exc:
            problems.append(Problem(source, f"policy file '{company.policy.file}' cannot be used: "
                                            f"{exc}; check policy.file", field="policy.file"))
            continue
        problems.extend(
            Problem(source, f"quote not found word for word in {company.policy.file}: "
                            f"“{quote[:80]}”; copy it exactly from the policy", field=where)
            for where, quote in wrong)
    return problems


def cmd_validate(args: argparse.Namespace) -> int:
    from assistant.cli.common import named_folders_exist, progress_on_stderr

    directory = Directory()
    if not args.paths:
        named_folders_exist(args)
    targets = [Path(p) for p in args.paths] or default_folders(args.data_dir)
    for target in targets:
        if target.is_dir():
            load_folder(target, directory, progress=progress_on_stderr())
        elif target.exists() or target.is_symlink():  # a pipe or a device too: refused, by name
            try:
                company = parse_record(target)
                directory.add(company, target)
            except RecordError as exc:
                directory.problems.extend(exc.problems)
        elif args.paths:
            directory.problems.append(Problem(target, "no such file or folder"))
    problems = list(directory.problems)
    policies = Path(args.policies) if args.policies else POLICIES_DIR
    problems += _quote_problems(directory, policies)
    if args.policies and not policies.is_dir():
        problems.append(Problem(policies, "policies folder not found"))
    for problem in problems:
        print(problem, file=sys.stderr)
    for warning in _postal_warnings(directory):
        print(f"warning: {warning}", file=sys.stderr)
    checked = "" if policies.is_dir() else " (quotes not checked: no policies folder)"
    print(f"{len(directory)} record(s) valid, {len(problems)} problem(s){checked}")
    return 1 if problems else 0


def _postal_warnings(directory: Directory) -> list[Problem]:
    """Records whose postal code and (Japanese) address disagree: worth a look, not an error,
    since the policy is quoted as it stands."""
    from assistant.records.model import Address, is_known
    from assistant.records.postal import disagreement

    found = []
    for company in directory:
        to = company.send_to
        if isinstance(to, Address) and is_known(to.postal_code) and is_known(to.lines):
            problem = disagreement(to.postal_code, " ".join(to.lines))
            if problem:
                found.append(Problem(directory.sources[company.id], problem, field="send_to"))
    return found


def add_parser(sub) -> None:
    """Register `validate` on the main parser's subcommands."""
    p = sub.add_parser("validate", help="check company records; exit 1 if anything is wrong")
    p.add_argument("paths", nargs="*", help="record files or folders (default: all in use)")
    p.add_argument("--policies", help="folder of policy texts to check quotes against "
                                      "(default: the installed policy texts)")
    p.set_defaults(func=cmd_validate)
