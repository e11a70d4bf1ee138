"""One import, start to end: read the saved policy, propose facts, keep the accepted ones, check the
record as `validate` would, and save it with its policy text — or say what stops it, writing nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from assistant.importer.extract import Found, Proposal, propose
from assistant.importer.record import ImportError_, record_data, save_record, slug
from assistant.importer.source import read_policy


def proposal_for(source: Path) -> Proposal:
    """The proposed facts of a saved policy file (SourceError if it cannot be read)."""
    return propose(read_policy(source))


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
                  keep: Callable[[Found], bool] | Iterable[Found] | None = None,
                  edits: dict[str, object] | None = None, reviewed_by: str | None = None,
                  today: date | None = None, overwrite: bool = False) -> Path:
    """Import a policy (a saved file, or pasted `text`) into a record in `folder`; returns its path.

    `keep` chooses the facts (default: all proposed); `edits` replaces values by field name."""
    text = text if text is not None else read_policy(source)  # type: ignore[arg-type]
    proposal = propose(text)
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
    company_id = company_id or slug(name) or _id_from_domain(facts)
    if not company_id:
        raise ImportError_(f"cannot make an id from '{name}'; give one with --id: lower-case letters, "
                           "digits and hyphens, e.g. --id hikari-shinkin")
    data = record_data(proposal, facts, company_id=company_id, name=name,
                       policy_file=f"{company_id}.txt", today=today or date.today(),
                       reviewed_by=reviewed_by)
    check_record(data, text)
    return save_record(folder, data, text, overwrite=overwrite)


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
