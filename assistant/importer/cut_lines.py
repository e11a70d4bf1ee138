"""A sentence a PDF's line broke, read whole where its refusal stands on the next line: 「…電話、FAX、
電子メールでの請求は受け付け / ておりません。」 — read line by line, the first half names the ways and
the second refuses them. Only where the line ends inside the sentence (no 。, colon or bracket at its
end), the next line follows right after it in the text, and a refusal runs across the break or
stands just after it (「ておりません」, 「…できかね / ますので」), never an item of its own."""
from __future__ import annotations

import re

from assistant.importer.facts import Sentence

ENDS = tuple("。．.！？!?」』)）:：|】")
# words that say no; where one runs across a break (「…できかね / ますので」) or stands right after it
# (「受け付け / ておりません」), the break cut its sentence (「この受付窓口は…」 opens one of its own)
REFUSING = re.compile(r"ません|ない|かね(ます|る)|不可")
JAPANESE = re.compile(r"[ぁ-ゖ一-龯]")
SPAN = 14  # characters either side of the break a refusal is looked for in
CUT_AT = 25  # a line cut by the page's width is a long one (a heading is short)


def cut_sentence_whole(region: list[Sentence], index: int) -> Sentence:
    """The sentence at `index` with the rest of it from the next line where a line break cut it;
    itself otherwise. The newline stays inside, so offsets and quotes are still the text's own."""
    s = region[index]
    following = region[index + 1] if index + 1 < len(region) else None
    first = index  # the line's first sentence: the line, not the sentence, is what the width cut
    while first > 0 and index - first < 8 and region[first - 1].line == s.line:
        first -= 1
    if following is None or s.start + len(s.text) - region[first].start < CUT_AT \
            or s.text.rstrip().endswith(ENDS) \
            or following.line != s.line + 1 or following.start != s.start + len(s.text) + 1 \
            or not JAPANESE.match(following.text) \
            or not _refusal_across(s.text[-SPAN:], following.text[:SPAN]):
        return s
    return Sentence(s.text + "\n" + following.text, s.start, s.line)


def plain_text(s: Sentence) -> str:
    """The sentence's words without the one break a joined sentence keeps (offsets before the break,
    where the ways its first line names stand, are the same in both)."""
    return s.text.replace("\n", "")


def _refusal_across(before: str, after: str) -> bool:
    """A refusal that the break cuts or that stands just after it (「…対応できかね / ますので」,
    「…受け付け / ておりません」), not one the line before holds whole."""
    return any(m.end() > len(before) for m in REFUSING.finditer(before + after))
