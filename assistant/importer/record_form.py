"""The record's form (its name, every way the policy offers to get it) and the first step a
form that comes only on asking makes: contact the company."""
from __future__ import annotations

from assistant.importer.facts import Found, all_of, one_of, quotes_of
from assistant.importer.form_ways import ONE_WAY
from assistant.importer.forms_by_kind import forms_by_kind
from assistant.importer.terms import ON_WISH

FORM_NAME = {"ja": "所定の請求書", "en": "the company's request form"}


def form_part(facts: list[Found], text: str) -> dict | list | str:
    form, hows = one_of(facts, "form.name"), all_of(facts, "form.get_it")
    how = hows[0] if hows else None
    ways = list(dict.fromkeys(h.value for h in hows))  # 「ダウンロード…。または…郵送いたします」: each
    form = form or one_of(facts, "form.required")  # named only as "the request form"
    if not form and not how:
        return "unknown"
    japanese = sum(1 for ch in text[:4000] if ord(ch) > 0x3000) > 40
    name = form.value if form and form.field == "form.name" else FORM_NAME["ja" if japanese else "en"]
    url = one_of(facts, "inquiries.web_form")
    one = {"name": name, "get_it": (ways[0] if len(ways) == 1 else ways) if ways else "unknown",
           **({"url": url.value} if url and {"web-form", "download"} & set(ways) else {}),
           "quote": quotes_of([form, *hows])}
    names = all_of(facts, "form.name")
    if not (by_kind := forms_by_kind([f.value for f in names])):
        return one
    # a form for each kind of request (「開示請求書」, 「訂正等請求書」): got the same ways, each quoted
    named = {f.value: f for f in reversed(names)}  # (the first quote of each name)
    return [{**one, "name": name, "kinds": list(kinds), "quote": quotes_of([named[name], *hows])}
            for name, kinds in by_kind.items()]


def first_step(facts: list[Found]) -> dict | None:
    """Contact first where the form comes only on asking (「ご希望の方には…発送致します」 offers
    it: no first step), or where the policy asks to be contacted before a request."""
    hows, first = all_of(facts, "form.get_it"), one_of(facts, "contact_first")
    if hows and all(h.value in ONE_WAY for h in hows) and not ON_WISH.search(hows[0].quote):
        return {"why": "to receive the company's own form", "quote": [hows[0].quote]}
    if first:  # 「…お申し出に際しましては、…までご連絡ください」
        return {"why": "to ask the company how to make the request", "quote": [first.quote]}
    return None
