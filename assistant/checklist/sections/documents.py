"""2. Gather the documents: one group per document to send, each a choice of documents."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.records.model import DocumentGroup as GroupRecord, Documents, RequesterKind, SameAs
from assistant.checklist.context import Context
from assistant.checklist.tree import Document, DocumentGroup, Instruction, Node, Note, Section, Step


def resolve(docs: Documents, kind: RequesterKind) -> tuple[GroupRecord, ...] | str | None:
    """The groups for a requester kind, following same_as; 'unknown' or None if not given."""
    entry = docs.for_kind(kind)
    extra: tuple[GroupRecord, ...] = ()
    while isinstance(entry, SameAs):
        extra = entry.plus + extra
        entry = docs.for_kind(entry.same_as)
    if entry is None or entry == "unknown":
        return entry
    return tuple(entry) + extra


def group(ctx: Context, record: GroupRecord) -> DocumentGroup:
    """A group of the record as a tree item: its shared conditions, then its documents."""
    conditions = ctx.labels.conditions

    def condition(key: str) -> Instruction:
        label = conditions[key]
        return Instruction(text=Localized(en=label.en, ja=label.ja), source="policy",
                           quotes=record.quote)

    documents = []
    for doc in record.one_of:
        label = ctx.labels.documents[doc.kind]
        own = [condition(c) for c in doc.conditions if c not in record.conditions]
        documents.append(Document(
            text=Localized(en=label.en, ja=label.ja), source="policy", quotes=record.quote,
            kind=doc.kind, note=doc.note,
            children=tuple(own + ctx.rules_for(f"document:{doc.kind}", Instruction))))
    whose = "" if record.whose == "person" else " (representative)"
    return DocumentGroup(text=(record.label or "document") + whose, source="policy",
                         quotes=record.quote, whose=record.whose,
                         children=tuple([condition(c) for c in record.conditions] + documents))


def _general(ctx: Context, lead: str) -> Note:
    general = ctx.law.general_documents
    return Note(text=lead + general.text, source="general-practice", quotes=general.quote,
                warning=True)


def _representative(ctx: Context, docs: Documents) -> tuple[list[Node], list[DocumentGroup]]:
    """What a representative adds: their groups, or what to ask when the policy is silent."""
    notes: list[Node] = []
    kind: RequesterKind = ctx.requester
    rep = resolve(docs, kind)
    if rep is None and kind == "lawyer":
        notes.append(Note(
            text="The policy says nothing specific about lawyers; a lawyer acting for the person is "
                 "an appointed agent, so the agent's documents are listed. Ask whether the company "
                 "needs anything else (e.g. proof of registration).",
            source="general-practice", assumption=True, warning=True))
        kind = "agent"
        rep = resolve(docs, kind)
    if not isinstance(rep, tuple):
        notes.append(_representative_unknown(ctx))
        return notes, []
    text = "The representative's documents go in addition to the person's own."
    notes.append(Note(text=text, source="policy", quotes=docs.in_addition.quote)
                 if docs.in_addition else
                 Note(text=text, source="general-practice", assumption=True))
    return notes, [group(ctx, g) for g in rep]


def _representative_unknown(ctx: Context) -> Note:
    """What a representative usually sends, where the policy (or any record) does not say."""
    who = ctx.labels.requester_kinds[ctx.requester].en.lower()
    ctx.unknown(f"what a {who} must send to show they may act for the person")
    return Note(
        text=("A representative usually sends" if ctx.law_only else
              "The policy does not say what a representative must send. Usually:")
        + " proof of the right to act (a power of attorney, or for a legal representative a "
          "family register or certificate of registered matters) and the representative's own "
          "identity document.",
        source="general-practice", warning=True)


def section(ctx: Context) -> Section:
    items: list[Node] = []
    groups: list[DocumentGroup] = []
    docs = ctx.company.documents
    if not isinstance(docs, Documents):
        ctx.unknown("which identity documents to send")
        items.append(_general(ctx, "" if ctx.law_only else "The policy lists no documents. "))
        if ctx.requester != "self":
            items.append(_representative_unknown(ctx))
    else:
        if docs.listed_on_form is not None:
            items.append(Step(text="Send the identity documents the company's request form lists.",
                              source="policy", quotes=docs.listed_on_form.quote))
        person = resolve(docs, "self")
        if not isinstance(person, tuple):
            if docs.listed_on_form is None:
                ctx.unknown("which identity documents to send")
            items.append(_general(ctx, "The policy itself lists no documents. "))
            person = ()
        groups = [group(ctx, g) for g in person]
        if ctx.requester != "self":
            notes, rep = _representative(ctx, docs)
            items += notes
            groups += rep
    return Section(key="documents", title=Localized(en="Gather the documents"), layout="steps",
                   items=tuple(items + groups))
