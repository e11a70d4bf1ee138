"""What exactly does this company need? (company, request kind, requester kind, options) → Checklist.

A pure function over the record, the law data and the labels: no I/O, no Qt, no reportlab. The
wizard, the PDFs and the CLI all call it, so they all say the same. Each section has its own
builder in sections/; this module puts them in order and adds the header facts.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Mapping

from assistant.law.checklist_words import ChecklistWords
from assistant.law.localized import Localized
from assistant.law.letter_forms import LetterWords
from assistant.law.model import Labels, Law
from assistant.records.model import Company, CompanyForm, RequestKind, RequesterKind, is_known
from assistant.checklist import enclosures
from assistant.checklist.context import Context, Options
from assistant.checklist.sections import answer, closing, documents, envelope, fee, form, no_answer, send
from assistant.checklist.tree import Checklist, Item, Section

__all__ = ["Options", "build_checklist"]

# The numbered steps, in the order the person works through them.
STEPS: tuple[Callable[[Context], Section], ...] = (
    form.section, documents.section, fee.section, envelope.section, send.section, answer.section,
    no_answer.section,
)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower())[:48].strip("-") or "item"


def _with_ids(items: tuple[Item, ...], parent: str) -> tuple[Item, ...]:
    """Give every item an id from its parent's and its own English words, unique among siblings,
    so a tick stays with its item when another item comes or goes."""
    done: list[Item] = []
    seen: set[str] = set()
    for item in items:
        base = f"{parent}/{_slug(item.text.text('en'))}"
        key, n = base, 1
        while key in seen:
            n += 1
            key = f"{base}-{n}"
        seen.add(key)
        done.append(replace(item, id=key, children=_with_ids(item.children, key)))
    return tuple(done)


def build_checklist(company: Company, kind: RequestKind, requester: RequesterKind,
                    options: Options | None = None, *, law: Law, labels: Labels,
                    words: ChecklistWords,
                    letters: Mapping[str, LetterWords] | None = None) -> Checklist:
    """The checklist for one request of this kind, by this requester, to this company.

    law, labels and words come from reference.load_law() / load_labels() /
    load_checklist_words() (kept out of this module so the engine stays free of file and YAML
    handling)."""
    ctx = Context(company, kind, requester, options or Options(), law, labels, words,
                  letters=letters or {})
    closing.note_unlisted_kind(ctx)
    closing.note_kind_law(ctx)
    steps = [make(ctx) for make in STEPS]
    # Built after the steps: they collect what the steps found.
    before, after = [closing.alerts(ctx)], [closing.refusal_grounds(ctx), closing.unknowns(ctx),
                                            closing.legal_notes(ctx)]
    # What goes in the envelope, as the steps found it, before the envelope itself.
    at = next((i for i, s in enumerate(steps) if s.key == "envelope"), len(steps))
    steps.insert(at, enclosures.section(ctx))
    # A step with nothing to do is left out (no envelope for a request made online).
    steps = [s for s in steps if s.items or s.key not in ("envelope", "enclosures")]
    sections = [s for s in before if s.items] + steps + [s for s in after if s.items]
    sections = [replace(s, items=_with_ids(s.items, s.key)) for s in sections]

    c = company
    offered = c.request_kinds.get(kind)
    form = c.form_for(kind)
    kind_law = law.request_kinds[kind]
    accepted, refused = send.channels(ctx)
    court = law.court_after(kind)
    req_label, who = labels.request_kinds[kind], labels.requester_kinds[requester]
    quality = _quality(c, words)
    return Checklist(
        company_id=c.id, company=c.name, company_ja=c.name_ja,
        policy_revised=c.policy.revised if c.policy and is_known(c.policy.revised) else None,
        record_checked=c.checked, record_quality=quality.text("en") if quality else None,
        quality=quality, record_imported=c.quality == "imported",
        law_only=ctx.law_only, corporate_number=c.corporate_number,
        request_kind=kind, request=req_label.en, request_ja=req_label.ja,
        article=kind_law.article, article_ja=kind_law.article_ja,
        company_wording=offered.wording if offered else None,
        contact_first=c.contact_first is not None,
        form_name=form.name if form else None, form_required=bool(form and form.required),
        requester_kind=requester, requester=who.en, requester_ja=who.ja,
        sent_on=ctx.options.sent_on, arrived_on=ctx.options.arrived_on,
        fee=fee.facts(ctx), envelope=envelope.facts(ctx), response_methods=answer.offered(ctx),
        channels_accepted=accepted, channels_refused=refused,
        prior_request_article=court.article if court else None, sections=tuple(sections))


def _quality(company: Company, words: ChecklistWords) -> Localized | None:
    """What to tell the reader about a record the import assistant made (None: written by hand)."""
    if company.quality == "law-only":
        return words.say("quality.law_only")
    if company.quality == "imported":
        return words.say("quality.imported")
    if company.reviewed_by:
        return words.say("quality.reviewed", who=company.reviewed_by,
                         day=words.day(company.checked, "date.iso"))
    return None
