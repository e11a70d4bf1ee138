"""The record's answer: how the company answers and by when. A method the policy states only for
disclosing (「開示のご請求については、原則として、電磁的記録の提供の方法により開示いたします」) is
recorded for the kinds its sentence names, so a correction's checklist never says the company
answers that way; a sentence naming no kind, or 「開示等」, is for every request."""
from __future__ import annotations

import re

from assistant.importer import terms as t
from assistant.importer.facts import Found, all_of, one_of, quotes_of

# The kinds a disclosure's answer covers (the answer's method of 第33条); a correction's or a stop's
# answer is a notice of what was done, whose method the disclosure's sentence does not state.
DISCLOSING = ("purpose", "disclosure", "third-party-records")
PAPER_INSTEAD = "on paper instead where the chosen way is impractical (see the quote)"  # forms/checklist known.method_note
EVERY_KIND = re.compile(r"開示等|開示・訂正|disclosure,? etc", re.I)


def _kinds(quote: str) -> tuple[str, ...] | str:
    named = tuple(kind for pattern, kind in t.KINDS if pattern.search(quote))
    if EVERY_KIND.search(quote) or not named or not set(named) <= set(DISCLOSING):
        return "all"
    return tuple(k for k in DISCLOSING if k in named)


def stated_kinds(quote: str) -> list[str] | None:
    """The kinds a sentence names (「利用目的の通知を求められた場合には遅滞なく応じます」: the purpose's only),
    for a fact it states of those kinds alone; None where it names none, or 「開示等」: every request."""
    named = [kind for pattern, kind in t.KINDS if pattern.search(quote)]
    return None if EVERY_KIND.search(quote) or not named else list(dict.fromkeys(named))


def response_part(facts: list[Found]) -> dict:
    methods = all_of(facts, "response.methods")
    days = one_of(facts, "response.business_days") or one_of(facts, "response.calendar_days")
    chosen = one_of(facts, "response.requester_chooses")  # 「…開示申請者の指定するいずれかの方法により」
    instead = one_of(facts, "response.paper_instead") if chosen else None  # 「ただし、…書面の交付による回答」
    groups: dict[object, list[Found]] = {}
    for m in methods:
        groups.setdefault(_kinds(m.quote), []).append(m)
    if "all" in groups:  # a method stated for every request covers the disclosure's too
        groups = {"all": [m for group in groups.values() for m in group]}
    return {
        "methods": ([{**({} if kinds == "all" else {"kinds": list(kinds)}),  # type: ignore[arg-type]
                      "offered": list(dict.fromkeys(m.value for m in group)),
                      **({"requester_chooses": True} if chosen else {}),
                      **({"note": PAPER_INSTEAD} if instead else {}),
                      "quote": quotes_of([chosen, instead, *group])[:6]} for kinds, group in groups.items()] if methods else "unknown"),
        "time_limit": ({("business_days" if days.field.endswith("business_days") else "calendar_days"):
                        days.value, "counted_from": "receipt of the request (see the quote)",
                        "quote": [days.quote]} if days else "unknown"),
        **({"pace": {"words": pace.value, **({"kinds": kinds} if (kinds := stated_kinds(pace.quote)) else {}),
                     "quote": [pace.quote]}} if (pace := one_of(facts, "response.pace")) else {}),
    }
