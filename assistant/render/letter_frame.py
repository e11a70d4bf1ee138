"""The letter's frame in words: who writes and in what capacity, where replies go, the line at
the top of later pages. Plain text in one language (forms/letter/<language>.yaml); letter.py
lays it out. What the letter requests and encloses is letter_text.py's."""
from __future__ import annotations

from typing import Sequence

from assistant.case.details import Details, Representative
from assistant.law.wording import LetterWording
from assistant.render.pages import short


def on_behalf(w: LetterWording, rep: Representative | None) -> str:
    """The sentence a representative opens the request with ('' when the person writes)."""
    if rep is None:
        return ""
    return w.on_behalf_by.get(rep.capacity) or w.on_behalf.format(capacity=w.capacities[rep.capacity])


def sender_name(w: LetterWording, details: Details) -> str:
    """The writer's name as the sender's block shows it: the person's own; a representative's
    with whose representative they are, in what capacity (佐藤花子 代理人　高橋 美咲)."""
    rep = details.representative
    if rep is None:
        return details.requester.full_name
    return w.signed_as(details.requester.full_name, rep.capacity, rep.full_name, rep.bar_association)


def sender_lines(w: LetterWording, details: Details) -> list[str]:
    """The sender's block: the writer's address, name (with capacity) and contact. When a
    representative writes, theirs are the contact details, never the person's."""
    who = details.representative or details.requester
    lines = [w.sender_label, (f"〒{who.postal_code} " if who.postal_code else "") + who.address,
             sender_name(w, details), who.phone or "", who.email or ""]
    return [line for line in lines if line]


def reply_to(w: LetterWording, details: Details, kinds: Sequence[str]) -> str:
    """Where a representative wants communications and the result sent ('' for the person)."""
    rep = details.representative
    if rep is None:
        return ""
    result = w.results.get(kinds[0], w.results_combined) if len(kinds) == 1 else w.results_combined  # type: ignore[call-overload]
    sentence = w.reply_to_lawyer if rep.capacity == "lawyer" and w.reply_to_lawyer else w.reply_to
    return sentence.format(result=result) if sentence else ""


def page_header(w: LetterWording, details: Details, title: str, reference: str | None) -> str:
    """The line at the top of every page after the first, so a page set apart from the others
    still says whose letter it is: name, title, reference; '{page}' and '{pages}' left for the
    canvas to fill in."""
    if not w.page_header:
        return ""
    ref = w.reference_part.format(label=w.reference_label, reference=reference) if reference else ""
    return (w.page_header.replace("{who}", short(details.requester.full_name, 30)).replace("{title}", title)
            .replace("{reference}", ref))
