"""Turn the facts a person accepted into a company record (YAML), and save it with its policy text.

The record says it was imported (`quality: imported`, or `reviewed` with `reviewed_by` once a
person checked every fact), quotes the policy for every fact, and writes `unknown` for every fact
not found: the checklist then tells the user what to ask. Saved as `<id>.yaml` with the policy
text beside it in `policies/<id>.txt`, where `validate` and the checklist look for it.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import yaml

from assistant.importer.facts import Found, Proposal

# Conditions apply to the documents they concern (a passport is never "issued within 3 months").
CONDITION_DOCS = {
    "issued-within-3-months": {"certificate-of-residence", "seal-registration-certificate",
                               "family-register", "certificate-of-registered-matters"},
    "mask-my-number": {"certificate-of-residence"},
    "mask-honseki": {"certificate-of-residence", "family-register"},
}
ONE_OF = re.compile(r"いずれか|どれか|1点|一点|one of|either|or\b", re.I)
LABELS = {"self": "proof of identity", "legal-representative": "proof of legal representation",
          "agent": "proof of the agent's authority"}


class ImportError_(ValueError):
    """The text cannot become a record as it is; the message says what is missing."""


def slug(name: str) -> str:
    """An id from a company name: ASCII letters, digits and hyphens ('' if none)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"\b(co|ltd|inc|corporation|kk|k\.k)\b\.?", " ", ascii_name, flags=re.I)
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")


def _quotes(facts: list[Found]) -> list[str]:
    return list(dict.fromkeys(f.quote for f in facts))


def _one(facts: list[Found], name: str) -> Found | None:
    return next((f for f in facts if f.field == name), None)


def _all(facts: list[Found], name: str) -> list[Found]:
    return [f for f in facts if f.field == name]


def _documents(facts: list[Found]) -> dict | str:
    conditions = [f.value for f in _all(facts, "documents.conditions")]
    out: dict = {}
    for who in ("self", "legal-representative", "agent"):
        found = _all(facts, f"documents.{who}")
        if not found:
            continue
        kinds = list(dict.fromkeys(f.value for f in found))
        docs = [{"kind": k, **({"conditions": [c for c in conditions if k in CONDITION_DOCS[c]]}
                               if any(k in CONDITION_DOCS[c] for c in conditions) else {})}
                for k in kinds]
        whose = {} if who == "self" else {"whose": "representative"}
        # A condition that concerns none of the listed documents ("mask the honseki where it is
        # shown") is kept for the whole group, so it is not lost.
        loose = [c for c in conditions if not any(k in CONDITION_DOCS[c] for k in kinds)]
        shared = {"conditions": loose} if loose and who == "self" else {}
        if who == "self" or any(ONE_OF.search(f.quote) for f in found):
            out[who] = [{"label": LABELS[who], **whose, "one_of": docs, **shared,
                         "quote": _quotes(found)}]
        else:  # no "one of": each document is needed
            out[who] = [{"label": LABELS[who], **whose, "one_of": [doc],
                         "quote": _quotes([f for f in found if f.value == doc["kind"]])}
                        for doc in docs]
    return out or "unknown"


def record_data(proposal: Proposal, facts: list[Found], *, company_id: str, name: str,
                policy_file: str, today: date, reviewed_by: str | None = None) -> dict:
    """The record as data, from the facts the person kept (a subset of the proposal's)."""
    kinds = {}
    for f in _all(facts, "request_kinds"):
        kind, wording = f.value
        kinds.setdefault(kind, {"wording": wording, "quote": f.quote})
    if not kinds:
        raise ImportError_("the text names no kind of request (開示, 訂正, 利用停止 …); is this the "
                           "company's request procedure? Paste the section on 開示等の請求")
    revised = _one(facts, "policy.revised")
    name_fact = _one(facts, "name")
    data: dict = {
        "id": company_id, "name": name,
        "policy": {"file": policy_file, "url": "unknown",
                   "revised": revised.value if revised else "unknown",
                   "quote": [revised.quote] if revised else ([name_fact.quote] if name_fact else
                                                             [proposal.text.split("\n", 1)[0][:200]])},
        "checked": today.isoformat(),
        "quality": "reviewed" if reviewed_by else "imported",
        **({"reviewed_by": reviewed_by} if reviewed_by else {}),
    }
    code, lines = _one(facts, "send_to.postal_code"), _one(facts, "send_to.lines")
    if lines:
        dept = _one(facts, "send_to.department")
        data["send_to"] = {"department": dept.value if dept else "unknown",
                           "postal_code": code.value if code else "unknown",
                           "lines": list(lines.value),
                           "quote": _quotes([x for x in (code, lines, dept) if x])}
    else:
        data["send_to"] = "unknown"
    contact = {key: f.value for key in ("phone", "email", "web_form")
               if (f := _one(facts, f"inquiries.{key}"))}
    data["inquiries"] = ({**contact, "quote": _quotes([f for f in facts if f.field.startswith("inquiries.")])}
                         if contact else "unknown")
    accepted = [f.value for f in _all(facts, "channels.accepted")]
    refused = [f.value for f in _all(facts, "channels.refused") if f.value not in accepted]
    data["channels"] = ({"accepted": accepted, **({"refused": refused} if refused else {}),
                         "quote": _quotes([f for f in facts if f.field.startswith("channels.")])}
                        if accepted else "unknown")
    data["request_kinds"] = kinds
    form, how = _one(facts, "form.name"), _one(facts, "form.get_it")
    data["form"] = ({"name": form.value, "get_it": how.value,
                     **({"url": u.value} if (u := _one(facts, "inquiries.web_form")) and how.value == "web-form" else {}),
                     "quote": _quotes([form, how])} if form and how else "unknown")
    data["documents"] = _documents(facts)
    amount = _one(facts, "fees.amount_yen")
    if amount:
        fee: dict = {"amount_yen": amount.value}
        related = [amount]
        for key in ("per", "payment", "pay_when"):
            if (f := _one(facts, f"fees.{key}")):
                fee[key] = f.value
                related.append(f)
        data["fees"] = [{**fee, "quote": _quotes(related)}]
    else:
        data["fees"] = "unknown"
    methods = _all(facts, "response.methods")
    days = _one(facts, "response.business_days") or _one(facts, "response.calendar_days")
    data["response"] = {
        "methods": ([{"offered": list(dict.fromkeys(m.value for m in methods)),
                      "quote": _quotes(methods)}] if methods else "unknown"),
        "time_limit": ({("business_days" if days.field.endswith("business_days") else "calendar_days"):
                        days.value, "counted_from": "receipt of the request (see the quote)",
                        "quote": [days.quote]} if days else "unknown"),
    }
    grounds = _all(facts, "refusal_grounds")
    if grounds:
        data["refusal_grounds"] = [{"ground": g.value, "quote": g.quote} for g in grounds]
    marking = _one(facts, "envelope_marking")
    if marking:
        data["notes"] = [{"text": f"Write on the envelope: 「{marking.value}」.", "quote": marking.quote}]
    return data


HEADER = """# {name}: procedure for requests about personal information.
# IMPORTED by the import assistant from policies/{policy_file} on {today}{reviewed}.
# Every "quote" is copied word for word from that text; "unknown" means it was not found:
# check each fact against its quote, then set quality: reviewed and reviewed_by: <your name>.
"""


def record_yaml(data: dict) -> str:
    """The record as YAML text a person can read and edit."""
    reviewed = f", reviewed by {data['reviewed_by']}" if data.get("reviewed_by") else ""
    header = HEADER.format(name=data["name"], policy_file=data["policy"]["file"],
                           today=data["checked"], reviewed=reviewed)
    return header + "\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def save_record(folder: Path, data: dict, policy_text: str, overwrite: bool = False) -> Path:
    """Write <id>.yaml and policies/<policy file> into the folder; nothing is written if either
    exists (unless overwrite) or the record does not validate."""
    from assistant.io.private_dirs import private_dir
    from assistant.io.safe_write import write_atomically

    folder = Path(folder)
    record_path = folder / f"{data['id']}.yaml"
    policy_path = folder / "policies" / data["policy"]["file"]
    if not overwrite:
        for path in (record_path, policy_path):
            if path.exists():
                raise ImportError_(f"{path} already exists; choose another --id or folder")
    private_dir(folder / "policies")  # with the folder: owner-only, like every folder of ours
    write_atomically(policy_path, policy_text.encode("utf-8"), overwrite=overwrite)
    write_atomically(record_path, record_yaml(data).encode("utf-8"), overwrite=overwrite)
    return record_path
