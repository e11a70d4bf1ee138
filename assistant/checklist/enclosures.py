"""What goes in the envelope, as one list: the company's form, each document (with 写し and
「いずれか1点」 as the record says), the representative's proof, an enclosed fee, the return
envelope. The documents section adds to it as it builds each group (Context.packing); the
checklist shows it as its own section and the letter lists exactly these items under 同封書類,
so the two can never disagree (a test compares them over every company, kind and requester)."""
from __future__ import annotations

from dataclasses import dataclass, replace

from assistant.law.localized import Localized
from assistant.law.letter_forms import company_form
from assistant.records.model import Document as DocumentRecord, DocumentGroup as GroupRecord, Enclosure as EnclosureRecord
from assistant.records.document_parts import MAX_COUNT
from assistant.checklist.context import Context
from assistant.checklist.tree import Choice, Enclosure, Node, Section, Source

# Documents whose owner is named in the list when a representative writes (本人の / 代理人の):
# an identity document could be either's; a 委任状 or 戸籍謄本 speaks for itself.
OWNED = {"drivers-licence", "passport", "my-number-card", "residence-card", "other",
         "special-permanent-resident-certificate", "other-official-photo-id", "pension-book",
         "health-insurance-card", "certificate-of-residence", "seal-registration-certificate",
         "health-insurance-eligibility-certificate"}
# Where the letter puts the names of the documents the person chose (render/letter_text.py).
NAMES = "{names}"
# Conditions the list repeats in short after a document (the documents section says them all).
# A certificate's age the policy gives itself (「…30日以内に作成されたもの」), not the usual 3 months.
OWN_PERIODS = frozenset({"issued-within-30-days", "issued-within-6-months"})
SHORT = ("issued-within-3-months", *sorted(OWN_PERIODS), "of-the-seal-on-the-authorisation",
         "sealed-with-registered-seal", "shows-current-address")
# Conditions that say which part of a document to send: the name says it (マイナンバーカードの表面).
PARTS = ("front-only",)


def _nothing(ctx: Context) -> Localized:
    return ctx.words.each(lambda _lang: "")


def _asks_copy(record: GroupRecord, document: DocumentRecord) -> bool:
    """Whether the group or the document says a copy is sent."""
    return "copy" in record.conditions or "copy" in document.conditions


def _whose(ctx: Context, record: GroupRecord) -> Localized:
    if ctx.requester == "self" or not {d.kind for d in record.one_of} & OWNED:
        return _nothing(ctx)
    return ctx.say(f"packing.whose_{record.whose}")


def document(ctx: Context, record: GroupRecord, source: Source) -> Node:
    """One group of the record (or of the law data) as one line of the list; a choice of
    documents also as the letter words it (the one enclosed, or a blank for its name)."""
    docs = record.one_of
    none = _nothing(ctx)
    if len(docs) == 1 and docs[0].kind == "other" and docs[0].note:  # an ID whose kinds the page leaves open
        text = ctx.say("packing.unnamed", whose=ctx.say(f"packing.whose_{record.whose}")) if ctx.requester != "self" \
            else ctx.say("packing.general_blank")
        return Enclosure(text=text, source=source, quotes=record.quote)
    copies = [_asks_copy(record, d) for d in docs]
    names = [ctx.labels.documents[d.kind].words for d in docs]
    options = tuple(_choice(ctx, d.kind, (*record.conditions, *d.conditions),
                            c and not _issued_copy(ctx, d.kind)) for d, c in zip(docs, copies))
    whose = _whose(ctx, record)
    if len(docs) == 1 and record.least == 1:
        as_issued = docs[0].kind in ctx.law.representative_documents.sent_as_issued
        kept = [c for c in (*record.conditions, *docs[0].conditions) if c in SHORT
                and not (as_issued and c == "issued-within-3-months")]
        conditions = ctx.say("packing.conditions", list=ctx.words.join(
            "sep.parts", [ctx.say(f"packing.condition.{c}") for c in dict.fromkeys(kept)])) \
            if kept else none
        if as_issued:  # 戸籍謄本（全部事項証明書）（発行後3か月以内の原本）; the page's own period said already: 「（原本）」
            own = OWN_PERIODS & set(kept)
            conditions = ctx.words.each(lambda lang: conditions.text(lang)
                                        + ctx.say("packing.as_issued_plain" if own else "packing.as_issued").text(lang))
        # 住民票の写し is issued as such: no 写し of it
        copied = ctx.say("packing.copy") if copies[0] and not _issued_copy(ctx, docs[0].kind) else none
        text = ctx.say("packing.single", whose=whose, name=options[0].name, copy=copied,
                       conditions=conditions)
        return Enclosure(text=text, source=source, quotes=record.quote)
    every = all(copies)  # 本人確認書類の写し（A・Bのいずれか1点）; else 写し by each name
    names = [ctx.say("packing.copy_of", name=n) if c and not every and not _issued_copy(ctx, d.kind)
             else n for n, c, d in zip(names, copies, docs)]
    parts = dict(whose=whose, copy=ctx.say("packing.copy") if every else none,
                 label=ctx.record(record.label or "document", "document_group"))
    text = ctx.say(_wording(record), names=ctx.words.join(_separator(record), names),
                   count=record.count, **parts)
    # A count the policy leaves open: a blank for each name it lists, never 「1点」.
    blanks = None if record.stated else min(len(docs), MAX_COUNT)
    line = _choosing(ctx, text, source, record.quote, record.whose, parts, options,
                     ((_need(record),),), blanks)
    # Every one listed (「及び」; two of two): no choice to leave blank; the letter names them all.
    return replace(line, blank=text) if record.count == len(docs) else line


def _wording(record: GroupRecord) -> str:
    """One of; that many of; or as many as the company says, where the policy does not say."""
    if not record.stated:
        return "packing.unstated"
    return "packing.one_of" if record.count == 1 else "packing.count"


def _separator(record: GroupRecord) -> str:
    return "sep.or" if record.count == 1 else "sep.parts"  # "A or B"; "2 of: A, B, C"


def _need(record: GroupRecord) -> tuple[tuple[str, ...], int]:
    # Where the policy does not say how many, any one named is taken as a start, never refused.
    return tuple(d.kind for d in record.one_of), record.least


def _choosing(ctx: Context, text: Localized, source: Source, quotes: tuple[str, ...], whose: str,
              parts: dict, options: tuple[Choice, ...], sets: tuple, blanks: int | None = None) -> Enclosure:
    """A line of the list that offers a choice: the letter names the documents chosen, or leaves
    as many blanks as the most documents a choice takes (or `blanks`, where that is not said)."""
    most = blanks or max(sum(count for _kinds, count in needs) for needs in sets)
    blank = ctx.say("packing.blank", **parts) if most == 1 and blanks is None else ctx.say(
        "packing.blank_names", blanks=ctx.words.join("sep.parts", [ctx.say("packing.blank_name")] * most),
        **parts)
    return Enclosure(text=text, source=source, quotes=quotes, whose=whose,
                     choices=tuple(o.kind for o in options), options=options, sets=sets,
                     named=ctx.say("packing.named", names=_slot(ctx), **{**parts, "copy": ctx.say("packing.copy")}),
                     named_plain=ctx.say("packing.named", names=_slot(ctx), **{**parts, "copy": _nothing(ctx)}),
                     blank=blank)


def either(ctx: Context, sets: list[tuple[GroupRecord, ...]], quotes: tuple[str, ...],
           label: str | None = None) -> Node:
    """A choice of sets of groups as one line: 本人確認書類の写し（次のいずれか：（1）…（2）…）."""
    groups = [g for alternative in sets for g in alternative]
    none = _nothing(ctx)
    every = all(_asks_copy(g, d) for g in groups for d in g.one_of)
    options: dict[str, Choice] = {}
    for g in groups:
        for d in g.one_of:
            copy = _asks_copy(g, d) and not _issued_copy(ctx, d.kind)
            options.setdefault(d.kind, _choice(ctx, d.kind, (*g.conditions, *d.conditions), copy))

    def option(number: int, alternative: tuple[GroupRecord, ...]) -> Localized:
        plain = [_option_group(ctx, g) for g in alternative]
        return ctx.say("packing.option", number=number, groups=ctx.words.join("packing.option_and", plain))

    parts = dict(whose=_whose(ctx, groups[0]), copy=ctx.say("packing.copy") if every else none,
                 label=ctx.record(label or "proof of identity", "document_group"))
    text = ctx.say("packing.either", options=ctx.words.join(
        "packing.option_sep", [option(n, a) for n, a in enumerate(sets, 1)]), **parts)
    return _choosing(ctx, text, "policy", quotes, groups[0].whose, parts, tuple(options.values()),
                     tuple(tuple(_need(g) for g in alternative) for alternative in sets))


def _option_group(ctx: Context, record: GroupRecord) -> Localized:
    """One group inside a choice of sets: its label and documents, without whose or 写し (the
    line says them once)."""
    if len(record.one_of) == 1:
        return ctx.labels.documents[record.one_of[0].kind].words
    none = _nothing(ctx)
    names = ctx.words.join(_separator(record), [ctx.labels.documents[d.kind].words for d in record.one_of])
    return ctx.say(_wording(record), names=names,
                   count=record.count, whose=none, copy=none,
                   label=ctx.record(record.label or "document", "document_group"))


def _choice(ctx: Context, kind: str, conditions: tuple[str, ...], copy: bool) -> Choice:
    """A document as the letter names it when enclosed: with the part the record or a rule of
    law asks for (law.yaml's `sets`: the My Number card's front), and 写し when a copy is sent."""
    law = [c for r in ctx.law.rules if r.source == "law" and r.when == f"document:{kind}" for c in r.sets]
    part = next((c for c in PARTS if c in (*conditions, *law)), None)
    label = ctx.labels.documents[kind].words
    name = ctx.say(f"packing.part.{part}", name=label) if part else label
    return Choice(kind=kind, name=name, copy=copy,
                  copied=ctx.say("packing.copy_of", name=name) if copy else name)


def _issued_copy(ctx: Context, kind: str) -> bool:
    """A document issued as a copy or a certificate (住民票の写し, 戸籍謄本): sent as issued."""
    return kind == "certificate-of-residence" or kind in ctx.law.representative_documents.sent_as_issued


# Identity documents the person may name where the policy lists none (general practice).
IDENTITY = ("drivers-licence", "passport", "my-number-card", "residence-card",
            "special-permanent-resident-certificate", "health-insurance-eligibility-certificate",
            "pension-book", "certificate-of-residence", "other-official-photo-id", "other")


def general(ctx: Context) -> Node:
    """The person's identity documents where the policy lists none: general practice."""
    return Enclosure(text=ctx.say("packing.general"), source="general-practice",
                     quotes=ctx.law.general_documents.quote, whose="person", choices=IDENTITY,
                     options=_identity(ctx),
                     named=ctx.say("packing.general_named", names=_slot(ctx)),
                     blank=ctx.say("packing.general_blank"))


def _identity(ctx: Context) -> tuple[Choice, ...]:
    # the line says 写し of them all (本人確認書類の写し（…）): the names do not repeat it
    return tuple(_choice(ctx, kind, (), True) for kind in IDENTITY)


def _slot(ctx: Context) -> Localized:
    return ctx.words.each(lambda _lang: NAMES)


def on_form(ctx: Context, quotes: tuple[str, ...]) -> Node:
    """The identity documents the company's form names (the policy says the form lists them)."""
    return Enclosure(text=ctx.say("packing.on_form"), source="policy", quotes=quotes,
                     whose="person", choices=IDENTITY, options=_identity(ctx),
                     named=ctx.say("packing.general_named", names=_slot(ctx)),
                     blank=ctx.say("packing.general_blank"))


def _form(ctx: Context) -> list[Node]:
    form = ctx.company.form_for(ctx.kind)
    if form is None or not form.required:
        return []
    def named(lang: str) -> str:
        wording = ctx.letters.get(lang)
        if wording is None:  # no letter in this language: the list's words
            return listed(lang)
        return ctx.words.format(lang, "packing.form",
                                form=company_form(wording, lang, form.name))

    def listed(lang: str) -> str:  # the reader's list: 「会社所定の…」, never the letter's 「貴社所定の…」
        own = ListWords(ctx.words.template(lang, "packing.company_form"),
                        ctx.words.template(lang, "packing.company_form_named"))
        return ctx.words.format(lang, "packing.form", form=company_form(own, lang, form.name))

    return [Enclosure(text=ctx.words.each(listed), letter=ctx.words.each(named), source="policy", quotes=form.quote)]


@dataclass(frozen=True)
class ListWords:
    """The company's form named in the checklist's words (law.letter_forms reads these two)."""

    company_form: str
    company_form_named: str


def return_postage(ctx: Context, e: EnclosureRecord) -> int | None:
    """What the enclosure's postage costs at Japan Post's current fees (None: the record does
    not say which postage it is)."""
    fees = ctx.law.postal_fees.yen
    return sum(fees[item] for item in e.postage) if e.postage else None


def _record(ctx: Context) -> list[Node]:
    found: list[Node] = []
    for e in ctx.company.enclosures:
        if not ctx.applies(e.kinds):
            continue
        amount = return_postage(ctx, e) or e.amount_yen
        if e.return_envelope and amount and e.postage:
            found.append(Enclosure(text=_return_envelope(ctx, e, amount), source="policy", quotes=e.quote))
            continue
        if e.return_envelope and not e.item_ja:  # an imported one: its stamps' amount only, or none
            text = ctx.say("packing.return_envelope_stamps", amount=ctx.words.yen(amount)) if amount else \
                ctx.say("packing.return_envelope_quoted")
            found.append(Enclosure(text=text, source="policy", quotes=e.quote))
            continue
        item = Localized(en=e.item[:1].upper() + e.item[1:], ja=e.item_ja) if e.item_ja else \
            ctx.own_words(e.item[:1].upper() + e.item[1:], e.quote)
        text = ctx.say("packing.amount", item=item, amount=ctx.words.yen(amount)) if amount else item
        found.append(Enclosure(text=text, source="policy", quotes=e.quote))
    return found


def _return_envelope(ctx: Context, e: EnclosureRecord, amount: int) -> Localized:
    """返信用封筒（代理人の住所・氏名を記入し、書留料金分590円の切手を貼付したもの）: addressed to
    whoever receives the answer (the letter asks that it go to the representative when one
    acts), the postage named by its dearest service (the last the record names)."""
    whom = "person" if ctx.requester == "self" else "representative"
    envelope = ctx.say("packing.return_envelope", addressee=ctx.say(f"packing.addressee_{whom}"),
                       postage=ctx.say(f"packing.postage.{e.postage[-1]}"), amount=ctx.words.yen(amount))
    if not e.item_ja:
        return envelope
    purpose = Localized(en=e.item, ja=e.item_ja)
    return ctx.say("packing.return_envelope_for", envelope=envelope, purpose=purpose)


def section(ctx: Context) -> Section:
    """The list, in the order the letter gives it: form, documents, fee, return envelope."""
    items = _form(ctx) + ctx.packing + _record(ctx)
    title = ctx.say("section.enclosures" if ctx.by_post else "section.enclosures_online")
    return Section(key="enclosures", title=title, layout="steps",
                   items=tuple(items))
