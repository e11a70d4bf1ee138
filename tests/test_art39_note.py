"""The checklist's Art. 39 note (law.yaml rule keep-proof) says when a suit may first be brought in
words that agree with the dates every document computes (Law.art39), and names no example date: a
fixed 「12月2日到達なら12月17日以降」 on a printed checklist read as the case's own (a cold read)."""
from __future__ import annotations

import re
from datetime import date

from assistant.law.reference import load_law


def test_the_note_s_first_day_of_a_suit_is_law_art39_s():
    law = load_law()
    rule = next(r for r in law.rules if r.id == "keep-proof")
    arrival = date(2026, 12, 2)
    after = (law.art39(arrival).suit_from - arrival).days
    assert f"到達日の{after}日後から" in rule.ja and "提起できる" in rule.ja
    assert f"the {after}th day after" in rule.en and "day after arrival" in rule.en
    # no date of any month stands in the note
    assert not re.search(r"\d+月\d+日", rule.ja)
