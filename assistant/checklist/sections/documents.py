"""2. Gather the documents: one group per document to send, each a choice of documents."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.law.model import DocumentLimit
from assistant.records.model import Channels, DocumentGroup as GroupRecord, Documents, Needed, RequesterKind
from assistant.checklist import enclosures
from assistant.checklist.context import Context
from assistant.checklist.tree import (
    Alternative, Document, DocumentGroup, Either, Instruction, Node, Note, Section, Source, Step,
)


def fit(ctx: Context, record: GroupRecord, one_of_sets: bool = False) -> GroupRecord | None:
    """The group as it can be sent: a lapsed document replaced by what took its place (the paper
    health insurance card by the 資格確認書), without those the person cannot hold at their age
    (a 14-year-old's driving licence) and without those that cannot prove this representative's
    capacity (a minor's parent has no guardianship certificate); None when none is left, or in a
    choice of sets (one_of_sets) when fewer are left than the group's count."""
    limits = ctx.law.document_limits
    docs = []
    for d in record.one_of:
        limit = limits.get(d.kind)
        if limit is not None and limit.replaced(ctx.today):
            d = d.model_copy(update={"kind": limit.replaced(ctx.today)})
        elif limit is not None and record.whose == "person" and \
                not limit.possible(ctx.options.born, ctx.today):
            continue
        docs.append(d)
    left = tuple(docs) or record.one_of  # a policy naming nothing the person can hold: as it is
    if len(ctx.capacities) == 1:
        left = tuple(d for d in left
                     if d.kind not in ctx.law.representative_documents.not_for.get(ctx.capacities[0], ()))
    if not left:
        return None
    if len({d.kind for d in left}) < record.least:
        # too few left to send that many: in a choice of sets, not this set (another will do);
        # else the policy's list as it is, never a requirement left out
        return None if one_of_sets else record
    return record.model_copy(update={"one_of": left})


def needed(ctx: Context, needs: Needed) -> list[Node]:
    """The groups all sent, then the choice of sets (an Either) where the policy offers one. A set
    the person cannot send (a group with too few documents they can hold) is left out; one set
    left is simply its groups."""
    groups = [g for g in (fit(ctx, g) for g in needs.groups) if g is not None]
    sets = [fitted for fitted in (tuple(fit(ctx, g, one_of_sets=True) for g in alternative)
                                  for alternative in needs.either) if None not in fitted]
    items: list[Node] = [group(ctx, g) for g in groups]
    if len(sets) == 1:
        return items + [group(ctx, g) for g in sets[0]]
    if not sets:
        return items
    ctx.packing.append(enclosures.either(ctx, sets, needs.quote, needs.label))
    alternatives = tuple(
        Alternative(text=ctx.say("documents.alternative", number=number), source="policy",
                    quotes=needs.quote, children=tuple(group(ctx, g, packed=False) for g in alternative))
        for number, alternative in enumerate(sets, 1))
    label = ctx.record(needs.label or "proof of identity", "document_group")
    return items + [Either(text=ctx.say("documents.either", label=label, count=len(sets)),
                           source="policy", quotes=needs.quote, children=alternatives)]


def _lapsed(ctx: Context, kind: str) -> tuple[str, DocumentLimit] | None:
    """The document the policy names that this one stands in for today, with its limit."""
    return next(((lapsed, limit) for lapsed, limit in ctx.law.document_limits.items()
                 if limit.replaced_by == kind and limit.replaced(ctx.today)), None)


def group(ctx: Context, record: GroupRecord, source: Source = "policy", packed: bool = True) -> DocumentGroup:
    """A group of the record (or of the law data's general practice) as a tree item: its shared
    conditions, then its documents. It goes on the list of what to enclose as well (unless
    it is one of a choice of sets, which the list has as one line)."""
    if packed:
        ctx.packing.append(enclosures.document(ctx, record, source))
    conditions = ctx.labels.conditions

    def condition(key: str) -> Instruction:
        label = conditions[key]
        return Instruction(text=Localized(en=label.en, ja=label.ja), source=source,
                           quotes=record.quote)

    documents = []
    for doc in record.one_of:
        label = ctx.labels.documents[doc.kind]
        own = [condition(c) for c in doc.conditions if c not in record.conditions]
        # A rule the document's conditions already say (the seal certificate's age and seal)
        # is not said a second time.
        said = set(doc.conditions) | set(record.conditions)
        own_age = bool(said & enclosures.OWN_PERIODS)  # the policy's own period (「…30日以内に作成されたもの」): no usual 3 months
        covered = {r.id for r in ctx.law.rules if r.covered_by and set(r.covered_by) <= said
                   or r.own_period is not None and r.own_period != own_age}
        rules = ctx.rules_for(f"document:{doc.kind}", Instruction, covered)
        if doc.kind in ctx.law.card_kinds:  # (its copy rule is covered where the policy says copy)
            rules = ctx.rules_for("card", Instruction, covered) + rules
        lapsed = _lapsed(ctx, doc.kind)
        if lapsed is None:
            # (an ID whose kinds the page leaves open: which one the company accepts, not 「その他の書類」)
            named = ctx.say("documents.unnamed") if doc.kind == "other" and doc.note else Localized(en=label.en, ja=label.ja)
            documents.append(Document(
                text=named, source=source, quotes=record.quote,
                kind=doc.kind, note=doc.note, children=tuple(own + rules)))
            continue
        # In place of a lapsed document the policy names: the law's fact, not the company's;
        # the lapsed one's rules (masking the same numbers) but not its note on having lapsed:
        # this line says it.
        name, limit = lapsed
        text = ctx.say("documents.replaced", name=label.words, lapsed=ctx.labels.documents[name].words,
                       day=ctx.words.day(limit.valid_until, "date.short"))
        rules += ctx.rules_for(f"document:{name}", Instruction, {*covered, f"{name}-current"})
        documents.append(Document(text=text, source="law",
                                  article=limit.article, kind=doc.kind, note=doc.note,
                                  children=tuple(own + rules)))
    whose = "" if record.whose == "person" else ctx.say("documents.representative")
    # The group's own label is the record's English; other languages name it by whose it is.
    text = ctx.say("documents.group", label=ctx.record(record.label or "document", "document_group"),
                   whose=whose)
    return DocumentGroup(text=text, source=source, count=record.count, warning=not record.stated,
                         quotes=record.quote, whose=record.whose,
                         children=tuple([condition(c) for c in record.conditions] + documents))


def _general(ctx: Context, lead: str | None) -> Note:
    general = ctx.law.general_documents
    text = ctx.words.each(lambda lang: (ctx.words.format(lang, lead) if lead else "")
                          + general.words.text(lang))
    return Note(text=text, source="general-practice", quotes=general.quote, warning=True)


def _usual(ctx: Context, given: tuple[GroupRecord, ...] = ()) -> tuple[list[Node], list[DocumentGroup]]:
    """What the policy leaves out of a representative's documents (all of them, or e.g. the proof
    of a legal representative's right to act): what companies usually ask for, as general
    practice, and the line to ask. A part the policy covers (a document kind it names) is kept."""
    usual = ctx.law.representative_documents
    named = {d.kind for g in given for d in g.one_of}
    missing = [g for capacity in ctx.capacities for g in usual.authority.get(capacity, ())
               if not named & {d.kind for d in g.one_of}]
    if not any(g.whose == "representative" for g in given):
        missing.append(usual.identity)
    if not missing:
        return [], []
    label = ctx.labels.requester_kinds[ctx.requester]
    ctx.unknown("representative", who=Localized(en=label.en.lower(), ja=label.ja))
    lead = ctx.say("documents.usual_law_only" if ctx.law_only else
                   "documents.usual_silent" if not given else "documents.usual_besides")
    note = Note(text=ctx.say("documents.usual", lead=lead), source="general-practice",
                warning=True)
    return [note], [group(ctx, g, "general-practice") for g in missing]


def _representative(ctx: Context, docs: Documents) -> tuple[list[Node], list[Node]]:
    """What a representative adds: their groups, or what to ask when the policy is silent."""
    notes: list[Node] = []
    kind: RequesterKind = ctx.requester
    rep = docs.resolve(kind)
    if rep is None and kind == "lawyer":
        notes.append(Note(
            text=ctx.say("documents.lawyer"),
            source="general-practice", assumption=True, warning=True))
        kind = "agent"
        rep = docs.resolve(kind)
    if not isinstance(rep, Needed):
        usual, groups = _usual(ctx)
        return notes + usual, groups
    text = ctx.say("documents.in_addition")
    notes.append(Note(text=text, source="policy", quotes=docs.in_addition.quote)
                 if docs.in_addition else
                 Note(text=text, source="general-practice", assumption=True))
    mine = needed(ctx, rep)
    usual, extra = _usual(ctx, tuple(g for g in (fit(ctx, g) for g in rep.all_groups()) if g is not None))
    return notes + usual, mine + extra


def _not_posted(ctx: Context) -> list[Node]:
    """Where the policy names no documents and takes the request only by e-mail, a form or the
    telephone, or only at its counter: no copies go out unasked (a clerk's cold read: sending a
    licence's copy to an unnamed address), or the originals are shown there. General practice."""
    channels = ctx.company.channels
    ways = set(channels.accepted) if isinstance(channels, Channels) else set()
    on_paper = set(ctx.law.postal_channels) | {"in-person", "fax"}  # (a fax carries copies)
    key = "documents.electronic_only" if ways and not ways & on_paper else \
        "documents.at_counter" if ways == {"in-person"} else None
    if key is None:
        return []
    # the record's own ways, not every electronic one (a cold read: 「電話」 where the page took e-mail only)
    named = ctx.words.join("sep.ways", [ctx.labels.channels[v].words for v in channels.accepted])  # type: ignore[union-attr]
    return [Note(text=ctx.say(key, ways=named), source="general-practice", warning=True)]


def _pack_general(ctx: Context, notes: list[Node]) -> None:
    if not notes:  # (a request by e-mail or at the counter sends no copies with it)
        ctx.packing.append(enclosures.general(ctx))


def section(ctx: Context) -> Section:
    items: list[Node] = []
    groups: list[Node] = []
    docs = ctx.company.documents
    if not isinstance(docs, Documents):
        ctx.unknown("documents")
        _pack_general(ctx, not_posted := _not_posted(ctx))
        items.append(_general(ctx, None if ctx.law_only else "documents.none_listed"))
        items += not_posted
        if ctx.requester != "self":  # the representative's proof is never skipped
            notes, groups = _usual(ctx)
            items += notes
    else:
        if docs.listed_on_form is not None:
            items.append(Step(text=ctx.say("documents.on_form"),
                              source="policy", quotes=docs.listed_on_form.quote))
        person = docs.resolve("self")
        if not isinstance(person, Needed):
            not_posted = _not_posted(ctx) if docs.listed_on_form is None else []
            if docs.listed_on_form is None:
                ctx.unknown("documents")
                _pack_general(ctx, not_posted)
            else:
                ctx.packing.append(enclosures.on_form(ctx, docs.listed_on_form.quote))
            items.append(_general(ctx, "documents.none_itself"))
            items += not_posted
            person = Needed(())
        groups = needed(ctx, person)
        if ctx.requester != "self":
            notes, rep = _representative(ctx, docs)
            items += notes
            groups += rep
    return Section(key="documents", title=ctx.say("section.documents"), layout="steps",
                   items=tuple(items + groups))
