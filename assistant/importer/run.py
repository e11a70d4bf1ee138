"""One import, start to end: read the saved policy, propose facts, keep the accepted ones, check the
record as `validate` would, and save it with its policy text — or say what stops it, writing nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from assistant.importer.extract import Found, Proposal, propose
from assistant.importer.record import ImportError_, record_data, slug
from assistant.importer.record_save import changes, free_id, save_record, taken_ids
from assistant.importer.source import read_page
from assistant.importer.verbatim import verbatim_record

MAX_NAME = 120  # a company's or a reviewer's name: one line, a sensible length


def proposal_for(source: Path) -> Proposal:
    """The proposed facts of a saved policy file (SourceError if it cannot be read)."""
    original, text = read_page(source)
    proposal = propose(text)
    proposal.original = original
    return proposal


def check_record(data: dict, policy_text: str) -> None:
    """Raise ImportError_ naming each field the record model refuses, or a quote not in the text."""
    from pydantic import ValidationError

    from assistant.records.model import Company
    from assistant.records.quotes import fold, iter_quotes

    try:
        company = Company.model_validate(data)
    except ValidationError as exc:
        wrong = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5])
        raise ImportError_(f"the proposed record is not valid ({wrong}); edit or mark those facts "
                           "unknown") from None
    text = fold(policy_text)
    missing = [where for where, quote in iter_quotes(company) if fold(quote) not in text]
    if missing:
        raise ImportError_(f"quotes not found in the policy text: {', '.join(missing[:5])}")


def import_policy(source: Path | None, folder: Path, *, company_id: str | None = None,
                  name: str | None = None, text: str | None = None,
                  proposal: Proposal | None = None,
                  keep: Callable[[Found], bool] | Iterable[Found] | None = None,
                  edits: dict[str, object] | None = None, reviewed_by: str | None = None,
                  today: date | None = None, overwrite: bool = False,
                  report: list[str] | None = None) -> Path:
    """Import a policy (a saved file, pasted `text`, or the `proposal` already made from either:
    the text is then neither read nor searched again) into a record in `folder`; returns its path.

    `keep` chooses the facts (default: all proposed); `edits` replaces values by field name.
    An id a record already has is never reused silently: a derived id becomes `id-2`, a given
    one is refused unless `overwrite` (--replace); `report` receives a line for either, and one
    per field the replacement changes."""
    name, reviewed_by = _one_line("--name", name), _one_line("--reviewed-by", reviewed_by)
    if proposal is None:
        proposal = propose(text) if text is not None else proposal_for(source)  # type: ignore[arg-type]
    text = proposal.text
    if keep is None:
        facts = list(proposal.facts)
    elif callable(keep):
        facts = [f for f in proposal.facts if keep(f)]
    else:
        facts = list(keep)
    if edits:
        facts = [Found(f.field, edits.get(f.field, f.value), f.quote, f.start, f.end) for f in facts]
    if not any(f.field == "request_kinds" for f in facts):
        raise ImportError_("the text names no kind of request (開示, 訂正, 利用停止 …); is this the "
                           "company's request procedure? Use the section on 開示等の請求")
    found_name = next((f.value for f in facts if f.field == "name"), None)
    name = name or (str(found_name) if found_name else None)
    if not name:
        raise ImportError_("the company's name is not in the text; give it with --name")
    # A name in Japanese only has no letters for an id: its domain's, else one made from the name.
    wanted = company_id or slug(name) or _id_from_domain(facts) or _id_from_name(name)
    if not wanted:
        raise ImportError_(f"cannot make an id from '{name}'; give one with --id: lower-case letters, "
                           "digits and hyphens, e.g. --id hikari-shinkin")
    report = report if report is not None else []
    if overwrite:
        company_id = wanted
    elif company_id:
        if company_id in taken_ids(folder):
            raise ImportError_(f"a record with the id {company_id} already exists; give another "
                               "--id, or add --replace to replace it (it shows what changes)")
    else:
        company_id = free_id(wanted, folder)
        if company_id != wanted:
            report.append(f"a record with the id {wanted} already exists: this one is saved as "
                          f"{company_id} (use --id {wanted} --replace to replace it)")
    data = record_data(proposal, facts, company_id=company_id, name=name,
                       policy_file=f"{company_id}.txt", today=today or date.today(),
                       reviewed_by=reviewed_by)
    check_record(data, text)
    page_data, page_text = verbatim_record(data, proposal.original, text)  # the page's own characters
    if page_text is not text:  # (taken from the page: checked again; unchanged, checked already)
        try:
            check_record(page_data, page_text)
            data, text = page_data, page_text
        except ImportError_:
            pass  # (a value the model refuses in the page's characters: the cleaned record, already checked)
    if overwrite:
        report += [f"replaces {company_id}: {line}" for line in changes(_existing(company_id, folder), data)]
    return save_record(folder, data, text, overwrite=overwrite)


def _one_line(option: str, value: str | None) -> str | None:
    """A name as typed: one line of visible characters, or ImportError_ saying what to fix."""
    import unicodedata

    if value is None:
        return None
    value = value.strip()
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value):
        raise ImportError_(f"{option} must be one line of text, without line breaks or control "
                           "characters")
    if len(value) > MAX_NAME:
        raise ImportError_(f"{option} is {len(value)} characters long; at most {MAX_NAME}")
    return value or None


def _existing(company_id: str, folder: Path) -> dict:
    """The record that a replacement replaces (the user's, else the installed one), as data."""
    import yaml

    from assistant.io.paths import COMPANIES_DIR

    for place in (Path(folder), COMPANIES_DIR):
        path = place / f"{company_id}.yaml"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, yaml.YAMLError):
            continue
        if isinstance(data, dict):
            return data
    return {}


def _id_from_name(name: str) -> str:
    """'imported-3f9a1c': a stable id for a name without Latin letters (the name is what people see)."""
    import hashlib

    return "imported-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:6]


def _id_from_domain(facts: list[Found]) -> str:
    """An id from the company's own e-mail or web domain ('privacy@sakura-shop.co.jp' →
    'sakura-shop'), for names written only in Japanese."""
    import re

    for f in facts:
        if f.field in ("inquiries.email", "inquiries.web_form"):
            host = str(f.value).split("@")[-1].split("//")[-1].split("/")[0].lower()
            parts = [p for p in host.split(".") if p not in ("www", "co", "or", "ne", "jp", "com",
                                                             "example", "net", "org", "ac", "go")]
            if parts:
                return re.sub(r"[^a-z0-9]+", "-", parts[0]).strip("-")
    return ""
