"""4. Prepare the envelope: what goes in besides the documents, the marking, the address."""
from __future__ import annotations

from assistant.law.localized import FALLBACK, Localized
from assistant.records.model import Address as AddressRecord, Channels, Contact, is_known
from assistant.checklist.context import Context
from assistant.checklist.tree import Address, Enclosure, Envelope, Node, Note, Section, Step

INQUIRY_ONLY = ("The policy gives this address for inquiries, not for requests: "
                "ask first whether requests go here.")
ENTERED = "The address you entered (check it on the company's website)."
REGISTERED = ("The registered address (head office) on the National Tax Agency's Corporate Number "
              "Publication Site. The company may take requests for disclosure and the like at "
              "another address: check its privacy policy.")
# The envelope's notes that are the program's own words, by their English (the header keeps it).
OWN_NOTES = {INQUIRY_ONLY: "envelope.inquiry_only", ENTERED: "envelope.entered",
             REGISTERED: "envelope.registered"}


def _where(ctx: Context) -> tuple[AddressRecord, bool] | None:
    """The address for requests and whether the policy names it for requests (else inquiries)."""
    c = ctx.company
    if isinstance(c.send_to, AddressRecord):
        return c.send_to, True
    if isinstance(c.inquiries, Contact) and c.inquiries.address is not None:
        return c.inquiries.address, False
    return None


def facts(ctx: Context) -> Envelope | None:
    """The address block for the checklist's header; None when the policy names no address."""
    c = ctx.company
    typed = c.entered_address
    if typed is not None:  # law-only: what the user typed, never presented as the policy's
        return Envelope(postal_code=typed.postal_code, address_lines=typed.lines,
                        company=c.name_ja or c.name, company_en=c.name,
                        department=typed.department, confirmed=False,
                        note=REGISTERED if typed.source == "register" else ENTERED,
                        honorific=ctx.honorific(typed.department))
    found = _where(ctx)
    if found is None:
        return None
    to, confirmed = found
    department = to.department if is_known(to.department) else None
    return Envelope(
        postal_code=to.postal_code if is_known(to.postal_code) else None,
        address_lines=to.lines, company=c.name_ja or c.name, company_en=c.name,
        department=department, confirmed=confirmed, note=to.note if confirmed else INQUIRY_ONLY,
        quote=to.quote, address_lines_ja=to.lines_ja, department_ja=to.department_ja,
        honorific=ctx.honorific(to.department_ja or department))  # the department written on it


def enclosures(ctx: Context) -> list[Enclosure]:
    found = []
    for e in ctx.company.enclosures:
        if not ctx.applies(e.kinds):
            continue
        item = Localized(en=e.item[:1].upper() + e.item[1:], ja=e.item_ja) if e.item_ja else \
            ctx.own_words(e.item[:1].upper() + e.item[1:], e.quote)
        amount = ctx.say("envelope.amount", amount=ctx.words.yen(e.amount_yen)) \
            if e.amount_yen else ""
        found.append(Enclosure(text=ctx.say("envelope.enclose", item=item, amount=amount),
                               source="policy", quotes=e.quote))
    return found


def marking(ctx: Context) -> list[Node]:
    """What to write on the envelope: the policy's own marking where it names one, else the
    usual one (general practice)."""
    channels = ctx.company.channels
    named = channels.envelope_marking if isinstance(channels, Channels) else None
    if named is None:
        return ctx.rules_for("envelope", Step)
    return [Step(text=ctx.say("envelope.marking", marking=named.text), source="policy",
                 quotes=named.quote),
            *ctx.rules_for("envelope", Step, skip={"envelope-marking"})]


def register_source(ctx: Context, note: Localized) -> Localized:
    """The note, and where an address from the national register comes from, as its licence
    asks (出典, and 「加工して作成」: the program keeps the data edited for search)."""
    typed = ctx.company.entered_address
    if typed is None or typed.source != "register":
        return note
    from assistant.records.register_source import attribution

    day = ctx.words.day(typed.as_of, "date.short") if typed.as_of else ctx.say("envelope.register_undated")
    source = ctx.say("envelope.register_source", source=Localized(attribution()), day=day)
    return ctx.words.each(lambda language: note.text(language) + source.text(language))


def section(ctx: Context) -> Section:
    if not ctx.by_post:  # an online form or a counter: no envelope
        return Section(key="envelope", title=ctx.say("section.envelope"),
                       layout="steps", items=tuple(enclosures(ctx)))
    envelope = facts(ctx)
    items: list[Node] = list(enclosures(ctx))
    if envelope is None or not envelope.confirmed:
        ctx.unknown("address")
    if envelope is not None:
        if envelope.postal_code is None:
            ctx.unknown("postal_code")
        if envelope.note:
            own = OWN_NOTES.get(envelope.note)
            text = ctx.say(own) if own else ctx.say("envelope.record_note", note=ctx.record(envelope.note, "address_note"))
            items.append(Note(text=register_source(ctx, text), source="general-practice", warning=True))
    items += marking(ctx)
    if envelope is not None:
        lines = tuple(envelope.block())
        # The same lines in every language: the envelope is written as the address is.
        items.append(Address(text=Localized({FALLBACK: "\n".join(lines)}),
                             source="policy" if envelope.quote else "general-practice",
                             quotes=envelope.quote,
                             lines=lines, addressee_en=envelope.company_en,
                             confirmed=envelope.confirmed))
    return Section(key="envelope", title=ctx.say("section.envelope"), layout="steps",
                   items=tuple(items))
