"""4. Prepare the envelope: what goes in besides the documents, the marking, the address."""
from __future__ import annotations

from assistant.law.localized import FALLBACK, Localized
from assistant.law.addressee import japanese_addressee
from assistant.law.letter_forms import PRIMARY
from assistant.records.model import Address as AddressRecord, Channels, is_known
from assistant.checklist.context import Context
from assistant.checklist.tree import Address, Envelope, Node, Note, Section, Step

INQUIRY_ONLY = ("The policy gives this address for inquiries, not for requests: "
                "ask first whether requests go here.")
ENTERED = "The address you entered (check it on the company's website)."
REGISTERED = ("The registered address (head office) on the National Tax Agency's Corporate Number "
              "Publication Site. The company may take requests for disclosure and the like at "
              "another address: check its privacy policy.")
# The envelope's notes that are the program's own words, by their English (the header keeps it).
OWN_NOTES = {INQUIRY_ONLY: "envelope.inquiry_only", ENTERED: "envelope.entered",
             REGISTERED: "envelope.registered"}


def facts(ctx: Context) -> Envelope | None:
    """The address block for the checklist's header; None when the policy names no address.
    The Japanese side is law.addressee's, as every Japanese document writes it."""
    c = ctx.company
    ja = japanese_addressee(c, ctx.letters.get(PRIMARY))
    if ja is None:
        return None
    typed = c.entered_address
    if typed is not None:  # law-only: what the user typed, never presented as the policy's
        return Envelope(postal_code=typed.postal_code, address_lines=typed.lines,
                        company=ja.company, company_en=c.name, department=typed.department,
                        confirmed=False, note=REGISTERED if typed.source == "register" else ENTERED,
                        department_ja=ja.department, honorific=ja.honorific)
    to = c.send_to if isinstance(c.send_to, AddressRecord) else c.inquiries.address  # type: ignore[union-attr]
    assert to is not None
    left_out = False  # a building known only by its Latin name, left out of a derived address
    if ja.derived and is_known(to.lines):
        from assistant.records.japanese_address import building_left_out  # (only then: its patterns)

        left_out = building_left_out(to.lines, ja.lines)
    return Envelope(
        postal_code=ja.postal_code, address_lines=to.lines if is_known(to.lines) else (),
        company=ja.company, company_en=c.name,
        department=to.department if is_known(to.department) else None, confirmed=ja.confirmed,
        note=to.note if ja.confirmed else INQUIRY_ONLY, note_ja=to.note_ja if ja.confirmed else None, quote=to.quote,
        address_lines_ja=ja.lines, department_ja=ja.department, honorific=ja.honorific,
        derived=ja.derived, building_left_out=left_out)


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
        return Section(key="envelope", title=ctx.say("section.envelope"), layout="steps", items=())
    envelope = facts(ctx)
    items: list[Node] = []
    if envelope is None or not envelope.confirmed or not envelope.address_lines:
        ctx.unknown("address")  # none, an inquiry address, or a desk named without its address
    if envelope is None:  # no address at all: said here too, where the envelope is written (a cold read)
        items.append(Note(text=ctx.say("envelope.no_address"), source="general-practice", warning=True))
    if envelope is not None:
        if envelope.postal_code is None:
            ctx.unknown("postal_code")
        if envelope.derived:  # and a building known only by its Latin name, left out of it
            key = "envelope.latin_building" if envelope.building_left_out else "envelope.derived"
            items.append(Note(text=ctx.say(key), source="general-practice", warning=True))
        typed = ctx.company.entered_address
        if typed is not None and typed.department is None and envelope.department_ja:
            # No desk known: addressed by its function, which is general practice, not the company's.
            items.append(Note(text=ctx.say("envelope.function_desk", desk=envelope.department_ja),
                              source="general-practice"))
        if envelope.note:
            own = OWN_NOTES.get(envelope.note)
            text = ctx.say(own) if own else ctx.say("envelope.record_note", note=ctx.record(envelope.note, "address_note"))
            if envelope.note_ja and not own:  # the record's own Japanese, not a pointer to the policy
                text = Localized({**text, "ja": ctx.words.format("ja", "envelope.record_note", note=envelope.note_ja)})
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
