"""Turn the facts a person accepted into a company record, keeping every fact the proposal had.

The record says it was imported (`quality: imported`, or `reviewed` with `reviewed_by` once a
person checked every fact), quotes the policy for every fact, and writes `unknown` for every fact
not found: the checklist then tells the user what to ask. A fact the import was unsure of
("check this") is never written as settled: it becomes a note that names it and quotes its
sentence, so the checklist shows it only as something to check. Saving is in record_save.py.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from assistant.importer.copy_asked import mark_copies
from assistant.importer.counted_items import item_groups
from assistant.importer.count_unstated import mark_unstated
from assistant.importer.errors import ImportError_  # noqa: F401 - named here for callers
from assistant.importer.facts import Found, Proposal
from assistant.importer.facts import all_of as _all, one_of as _one, quotes_of as _quotes
from assistant.importer.note_words import fact_name_ja, note, refused_note
from assistant.importer.paired_items import PAIRED, pair_or_one
from assistant.importer.record_form import FORM_NAME, first_step, form_part
from assistant.importer.record_references import own_documents
from assistant.importer.terms_fees import SOMETIMES
from assistant.importer.grounds_inline import limit_kinds
from assistant.importer.record_response import response_part
from assistant.importer.record_conditions import NOT_STATED, PERIODS, UNLESS_SAME, UNSTATED_LABEL, person_conditions, said_of, settled
from assistant.importer.representative_groups import bracket_groups, case_proofs_one_of, choice_groups, group_label
from assistant.importer.terms_documents import (
    ALSO_NOTE, KINDS_NOT_STATED, PHOTO_KINDS, SAME_AS_PERSON, TWO_WITHOUT_PHOTO, WITHOUT_PHOTO,
)
from assistant.records.japanese_address import japanese_fields

# Conditions apply to the documents they concern (a passport is never "issued within 3 months").
CONDITION_DOCS = {
    **dict.fromkeys(PERIODS, {"certificate-of-residence", "seal-registration-certificate",
                              "family-register", "certificate-of-registered-matters"}),
    "mask-my-number": {"certificate-of-residence"},
    "mask-honseki": {"certificate-of-residence", "family-register", "drivers-licence"},
    "front-only": {"my-number-card"},
    UNLESS_SAME: {"certificate-of-residence", "family-register", "drivers-licence"},
}
ONE_OF = re.compile(r"いずれか|どれか|1点|一点|one of|either|or\b|又は|または|もしくは|若しくは", re.I)
LABELS = {"self": "proof of identity", "legal-representative": "proof of legal representation",
          "agent": "proof of the agent's authority"}


def slug(name: str) -> str:
    """An id from a company name: ASCII letters, digits and hyphens ('' if none)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"\b(co|ltd|inc|corporation|kk|k\.k)\b\.?", " ", ascii_name, flags=re.I)
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")


def _documents(facts: list[Found], text: str) -> dict | str:
    conditions = settled(list(dict.fromkeys(f.value for f in _all(facts, "documents.conditions"))))
    count = _one(facts, "documents.self_count")
    out: dict = {}
    scope = said_of(conditions, text, CONDITION_DOCS)  # each condition on the documents it is said of
    for who in ("self", "legal-representative", "agent"):
        found = _all(facts, f"documents.{who}")
        # 「代理人ご自身の本人確認書類：上記(1)と同様」: the person's documents, the representative's own
        own = [f for f in found if f.note in (SAME_AS_PERSON, KINDS_NOT_STATED)]
        found = [f for f in found if f not in own and f.value not in {o.value for o in own}]
        if not found:
            if own:
                out[who] = own_documents(own, _all(facts, "documents.self"), count, [])
            continue
        kinds = list(dict.fromkeys(f.value for f in found))
        docs = [{"kind": k, **({"conditions": [c for c in conditions if k in scope[c]]}
                               if any(k in scope[c] for c in conditions) else {})}
                for k in kinds]
        whose = {} if who == "self" else {"whose": "representative"}
        if who == "self":
            # 「…に併せて、住民票の写し」: needed besides the list, a line of its own
            also = {f.value for f in found if f.note == ALSO_NOTE}
            besides = [{"label": LABELS[who], "one_of": [d],
                        "quote": _quotes([f for f in found if f.value == d["kind"]])}
                       for d in docs if d["kind"] in also]
            docs = [d for d in docs if d["kind"] not in also]
            found = [f for f in found if f.value not in also]
            items, counted = item_groups(found, docs)  # 「以下2点 / 1)… / 2)…のうちいずれか1点」: a group each
            besides += items
            docs = [d for d in docs if d["kind"] not in counted]
            found = [f for f in found if f.value not in counted]
            if count and count.note == WITHOUT_PHOTO or any(f.note == PAIRED for f in found):  # two sets
                out[who] = _photo_or_two(docs, found, count, besides) if count and count.note == WITHOUT_PHOTO \
                    else pair_or_one(docs, found, besides)  # one with a photo or two without; a pair
                continue
            # "2種類のコピー", "合計2点": that many different documents from the list.
            times = int(count.value) if count else 1
            quotes = _quotes(found + ([count] if count else []))
            out[who] = [{"label": LABELS[who], **({"count": times} if times > 1 else {}),
                         "one_of": docs, "quote": quotes}] if docs else []
            out[who] += besides
        else:  # "one of" where a line says so; else each needed, or one of those a bracket names together
            groups = choice_groups(found, docs, ONE_OF) if any(ONE_OF.search(f.quote) for f in found) \
                else bracket_groups(found, docs)
            groups = case_proofs_one_of(groups) if who == "legal-representative" else groups
            out[who] = [{"label": group_label(group, LABELS[who]), **whose, "one_of": group,
                         "quote": _quotes([f for f in found if f.value in {d["kind"] for d in group}])}
                        for group in groups]
        if own and who != "self":
            out[who] = own_documents(own, _all(facts, "documents.self"), count, out[who])
    person_conditions(out, conditions, facts)
    return out or "unknown"


def _photo_or_two(docs: list[dict], found: list[Found], count: Found, besides: list[dict]) -> dict | list:
    """「顔写真付きのもの1点、または顔写真のないもの2点」 as the record's choice of two sets (the
    documents with a photo, or two different ones without); the besides in either case."""
    photo = [d for d in docs if d["kind"] in PHOTO_KINDS]
    without = [d for d in docs if d["kind"] not in PHOTO_KINDS]

    def quotes(group: list[dict]) -> list[str]:
        kinds = {d["kind"] for d in group}
        return _quotes([f for f in found if f.value in kinds])

    two = {"label": "identity document without a photo", "count": 2, "one_of": without,
           "quote": _quotes([count]) + [q for q in quotes(without) if q != count.quote]}
    if not photo:  # a person kept only those without a photo: two of them
        return [two] + besides
    one = {"label": "identity document with a photo", "one_of": photo, "quote": quotes(photo)}
    return {"either": [one, two], **({"also": besides} if besides else {}),
            "quote": list(dict.fromkeys(one["quote"] + [count.quote]))}


def _settled_alternative(facts: list[Found], unsure: list[Found]) -> None:
    """The alternative stays settled only whole: the count and two kinds without a photo kept
    (a person may drop some rows in the review); else its rows become the note to check."""
    marked = [f for f in facts if f.note == WITHOUT_PHOTO]
    count = any(f.field == "documents.self_count" for f in marked)
    if not marked or (count and len({f.value for f in marked if f.field == "documents.self"}) >= 2):
        return
    for f in marked:
        facts.remove(f)
        unsure.append(replace(f, note=TWO_WITHOUT_PHOTO))


def _fees(facts: list[Found], unsure: list[Found]) -> list | str:
    amount = _one(facts, "fees.amount_yen")
    if amount is None and any(f.field == "fees.amount_yen" and f.value == 0 for f in unsure):
        return "unknown"  # free one way, charged another: the notes quote both, nothing settled
    # Charged without a settled amount: said so, or paid a way or at a time the text names
    # ("手数料を同封", "定額小為替でお支払い"): the amount stays unknown, never a guess.
    charged = _one(facts, "fees.charged") or _one(facts, "fees.pay_when") or _one(facts, "fees.payment")
    if amount is None and charged is None:
        return "unknown"
    fee: dict = {}
    related: list[Found | None] = [amount or charged]
    kinds = _one(facts, "fees.kinds")
    if kinds and (amount is None or amount.value != 0):
        fee["kinds"] = list(kinds.value)
        related.append(kinds)
    fee["amount_yen"] = amount.value if amount else "unknown"
    if amount is None or amount.value:
        for key in ("per", "pay_when"):
            if (f := _one(facts, f"fees.{key}")):
                fee[key] = f.value
                related.append(f)
        if payments := _all(facts, "fees.payment"):  # "郵便切手又は定額小為替": every way the policy names
            fee["payment"] = " or ".join(dict.fromkeys(str(p.value) for p in payments))
            related += payments
    if amount is not None and amount.value and SOMETIMES.search(amount.quote):
        fee["sometimes"] = True  # 「…1,000円の手数料を申し受ける場合があります」: may be charged, never settled
    return [{**fee, "quote": _quotes(related)[:6]}]


def _channels(facts: list[Found]) -> dict | str:
    refused = list(dict.fromkeys(f.value for f in _all(facts, "channels.refused")))
    # A way one sentence refuses is never listed as accepted, whatever another sentence says.
    accepted = [v for v in dict.fromkeys(f.value for f in _all(facts, "channels.accepted")) if v not in refused]
    marking = _one(facts, "envelope_marking")
    if not accepted:
        return "unknown"
    return {"accepted": accepted, **({"refused": refused} if refused else {}),
            **({"envelope_marking": {"text": marking.value, "quote": [marking.quote]}} if marking else {}),
            **({"postage": postage.value} if (postage := _one(facts, "channels.postage")) else {}),
            "quote": _quotes([f for f in facts if f.field.startswith("channels.")])[:8]}


def _notes(facts: list[Found], unsure: list[Found]) -> list[dict]:
    notes = []
    refused = [f for f in _all(facts, "channels.refused")]
    still = {f.value for f in _all(facts, "channels.accepted")} - {f.value for f in refused}
    if refused and not still:  # refusals kept even with no accepted way
        ways = list(dict.fromkeys(str(f.value) for f in refused))
        notes.append(refused_note(ways, _quotes(refused)[:6]))
    # "one photo ID, or two without": one note for the alternative, whatever was accepted of it
    alternative = [f for f in unsure if f.note == TWO_WITHOUT_PHOTO]
    if alternative:
        kinds = [str(f.value) for f in alternative if f.field == "documents.self"]
        notes.append(note("two_without_photo", quote=_quotes(alternative)[:6],
                          kinds=f" ({', '.join(kinds)})" if kinds else ""))
    for f in unsure:
        if f.note == TWO_WITHOUT_PHOTO:
            continue
        value = ", ".join(map(str, f.value)) if isinstance(f.value, (tuple, list)) else f.value
        why = f" ({f.note})" if f.note else ""
        notes.append(note("unsure", quote=[f.quote], field=f.field, value=str(value), why=why,
                          ja={"what": fact_name_ja(f.field)}))
    return notes


def record_data(proposal: Proposal, facts: list[Found], *, company_id: str, name: str,
                policy_file: str, today, reviewed_by: str | None = None) -> dict:
    """The record as data, from the facts the person kept (a subset of the proposal's)."""
    # A document accepted only in twos stays a note even when a person accepted it: no "one of"
    # list can hold it (TWO_WITHOUT_PHOTO).
    unsure = [f for f in facts if not f.sure or f.note == TWO_WITHOUT_PHOTO]
    facts = [f for f in facts if f.sure and f.note != TWO_WITHOUT_PHOTO]
    _settled_alternative(facts, unsure)
    # A way the page says may be refused (unsure) is no settled accepted way either: both to check.
    maybe = {f.value for f in unsure if f.field == "channels.refused"}
    unsure += [f for f in facts if f.field == "channels.accepted" and f.value in maybe]
    facts = [f for f in facts if not (f.field == "channels.accepted" and f.value in maybe)]
    # "two or more identity documents (listed in 4.)" beside fewer kinds than that (a seal
    # certificate): no list to take that many from; the count is a note to check.
    count = _one(facts, "documents.self_count")
    if count and int(count.value) > len({f.value for f in _all(facts, "documents.self") if f.note != ALSO_NOTE}):
        facts.remove(count)
        unsure.append(replace(count, note="the page asks for that many identity documents and names fewer kinds"))
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
                                                             [proposal.text.split("\n", 1)[0][:200]]),
                   **({"short_term_excluded": {"quote": [short.quote]}}
                      if (short := _one(facts, "policy.short_term_excluded")) else {}),
                   **({"procedure_elsewhere": {"quote": [away.quote]}}
                      if (away := _one(facts, "procedure.elsewhere")) else {}),
                   **({"public_body": {"quote": [public.quote]}} if (public := _one(facts, "policy.public_body")) else {})},
        "checked": today.isoformat(),
        "quality": "reviewed" if reviewed_by else "imported",
        **({"reviewed_by": reviewed_by} if reviewed_by else {}),
    }
    code, lines = _one(facts, "send_to.postal_code"), _one(facts, "send_to.lines")
    dept = _one(facts, "send_to.department")
    if lines or dept:  # a desk named without its address keeps the desk; the address is asked
        data["send_to"] = {"department": dept.value if dept else "unknown",
                           "postal_code": code.value if code and lines else "unknown",
                           "lines": list(lines.value) if lines else "unknown",
                           # an English address in Japanese, from Japan Post's data (marked so)
                           **(japanese_fields(code.value if code else None, lines.value) if lines else {}),
                           "quote": _quotes([code, lines, dept] if lines else [dept])}
    else:
        data["send_to"] = "unknown"
    contact = {key: f.value for key in ("phone", "email", "web_form")
               if (f := _one(facts, f"inquiries.{key}"))}
    if "phone" in contact and (hours := _one(facts, "inquiries.hours")):
        contact["hours"] = hours.value  # the hours its phone answers
    data["inquiries"] = ({**contact, "quote": _quotes([f for f in facts if f.field.startswith("inquiries.")])[:6]}
                         if contact else "unknown")
    data["channels"] = _channels(facts)
    data["request_kinds"] = kinds
    data["form"] = form_part(facts, proposal.text)
    if first := first_step(facts):
        data["contact_first"] = first
    documents = mark_unstated(mark_copies(_documents(facts, proposal.text), facts), facts, proposal.text)
    found = documents if isinstance(documents, dict) else {}
    if (unnamed := _one(facts, "documents.self_unnamed")) and not found.get("self"):  # 「本人確認書類の提出」
        found = {**found, "self": [{"label": UNSTATED_LABEL, "one_of": [{"kind": "other", "note": NOT_STATED}],
                                    "quote": [unnamed.quote]}]}
    if (on_form := _one(facts, "documents.listed_on_form")):  # 「請求書に記載の添付書類」: the form lists them
        found = {**found, "listed_on_form": {"quote": [on_form.quote]}}
    data["documents"] = found or documents
    data["fees"] = _fees(facts, unsure)
    data["response"] = response_part(facts)
    if (envelope := _one(facts, "enclosures.return_envelope")):
        amount, postage = envelope.value  # (the stamps' amount, 0 where the page gives none; the mail)
        data["enclosures"] = [{"item": "a return envelope for the answer", "return_envelope": True,
                               **({"amount_yen": amount} if amount else {}),
                               **({"postage": list(postage)} if postage else {}), "quote": [envelope.quote]}]
    if (stamps := _one(facts, "enclosures.reply_stamps")) and "enclosures" not in data:
        amount, postage = stamps.value  # stamps for the answer, no envelope named: priced at today's fees
        data["enclosures"] = [{"item": "postage stamps for the answer", "item_ja": "回答の返送用の郵便切手",
                               "amount_yen": amount, "postage": list(postage), "quote": [stamps.quote]}]
    if grounds := _all(facts, "refusal_grounds"):
        data["refusal_grounds"] = [{"ground": g.value, **({"kinds": kinds} if (kinds := limit_kinds(proposal.text, g.start)) else {}),
                                    "quote": g.quote} for g in grounds]
    notes = _notes(facts, unsure)
    if notes:
        data["notes"] = notes
    return data
