"""A sentence a PDF's line broke, read whole: 「…電話、FAX、電子メールでの請求は受け付け / ておりません。」 —
read line by line, the first half names the ways and the second refuses them. The ways-to-send rules
read every sentence so cut whole (up to four lines); only where each line ends inside the sentence
(no 。, colon or bracket at its end, nor a sentence's last words 「…ます」 a web page left without
its 。), is long, has particles, and the next follows right after it without opening a sentence or a
label of its own (「なお、…」, 「MAIL:…」). The grounds' list reads an item a break cut inside a word,
before a particle or after a comma as one (`items_joined`)."""
from __future__ import annotations

import re
from typing import Iterator

from assistant.importer.clauses import cuts_a_word
from assistant.importer.facts import Sentence
from assistant.importer.terms import BULLET

ENDS = tuple("。．.！？!?」』)）:：|】")
WORD = re.compile(r"[「『ぁ-ゖァ-ヺ一-龯A-Za-z0-9]")
# a next line that opens a sentence or a label of its own (「なお、…」, 「MAIL:…」) was not cut from this one
OPENS = re.compile(r"(なお|尚|また|ただし|但し|さらに|おって|[^\s:：。]{1,12}[:：])")
# a line that ends as a sentence does, only its 。 left off (a web page's line): 「…1カ月程度で行います」
ENDS_WHOLE = re.compile(r"(ます|です|ください|下さい|ません)\s*$")
# An item's line that ends where its clause goes on (「…ことによって」, 「…のため」): the case is below
CLAUSE_GOES_ON = re.compile(r"(によって|により|ことで|ため|ので)$")
# 「…損なわれるおそれ / 又は他国若しくは…おそれのあるもの」: a line that opens by joining on to the one above
GOES_ON = re.compile(r"(又は|または|及び|および|並びに|若しくは|もしくは)")
# an item that ends as a case does (「…おそれがある場合」): complete, whatever the next line holds
ITEM_ENDS = re.compile(r"(場合|とき|時|もの|こと|おそれ|恐れ)$")
ITEM_WIDTH = 25  # a marked item a page's width cut is a long line
HIRAGANA = re.compile(r"[ぁ-ゖ]")  # a sentence's line has particles (an address or a name has none)
CUT_AT = 25  # a line cut by the page's width is a long one (a heading is short)
RUN_ON = 20  # a line a cut sentence runs on over may be a little shorter (a narrow column's)
MAX_JOINED = 4  # lines a sentence runs over at most


def cut_sentence_whole(region: list[Sentence], index: int) -> Sentence:
    """The sentence at `index` with the rest of it from the next lines where line breaks cut it;
    itself otherwise. The newlines stay inside, so offsets and quotes are still the text's own."""
    s = region[index]
    first = index  # the line's first sentence: the line, not the sentence, is what the width cut
    while first > 0 and index - first < 8 and region[first - 1].line == s.line:
        first -= 1
    line_start, last = region[first].start, s
    for following in region[index + 1:index + 1 + MAX_JOINED]:
        if last.start + len(last.text) - line_start < (CUT_AT if last is s else RUN_ON) \
                or last.text.rstrip().endswith(ENDS) or ENDS_WHOLE.search(last.text) \
                or following.line != last.line + 1 or following.start != last.start + len(last.text) + 1 \
                or not WORD.match(following.text) or OPENS.match(following.text) \
                or not HIRAGANA.search(last.text):
            break
        s = Sentence(s.text + "\n" + following.text, s.start, s.line)
        line_start, last = following.start, following
    return s


def lines_joined(s: Sentence) -> int:
    """How many sentences after the first a joined sentence took from the lines below."""
    return s.text.count("\n")


def whole_sentences(region: list[Sentence]) -> Iterator[tuple[int, Sentence | None]]:
    """(index, sentence) of every sentence of the region, each one a page's width cut read whole
    (`cut_sentence_whole`); None for a sentence a joined one before it took in."""
    taken = -1  # the last sentence a joined one took in
    for index in range(len(region)):
        if index <= taken:
            yield index, None
            continue
        s = cut_sentence_whole(region, index)
        taken = index + lines_joined(s)
        yield index, s


def plain_text(s: Sentence) -> str:
    """The sentence's words without the breaks a joined sentence keeps (「…できかね\nます」 read whole;
    an offset in the sentence is one in these words by `plain_at`)."""
    return s.text.replace("\n", "")


def plain_at(s: Sentence, at: int) -> int:
    """The offset in `plain_text(s)` of the offset `at` in the sentence."""
    return at - s.text.count("\n", 0, at)


def items_joined(lines: list[Sentence]) -> list[Sentence]:
    """The sentences with each one a page's width cut inside a word, before a particle, after a comma or
    in a marked item over a line without a mark read whole
    with the rest of it on the next line (「…困難な場合を除 / き、親権者からの…場合」): a list's item
    run over two lines is one item. The joined sentence stands on the next line's number (the items
    after it keep their distance), its break kept inside."""
    joined: list[Sentence] = []
    for s in lines:
        last = joined[-1] if joined else None
        if last is not None and s.line == last.line + 1 and s.start == last.start + len(last.text) + 1 \
                and not last.text.rstrip().endswith(ENDS) and WORD.match(s.text) and (
                    len(last.text) - last.text.rfind("\n") - 1 >= CUT_AT
                    and (cuts_a_word(last.text, s.text) or last.text.endswith(("、", ","))
                         or _marked_item_runs_on(last.text, s.text))
                    # 「1. 当該個人情報の存否が明らかになることによって / 国の安全が…おそれのあるもの」
                    or BULLET.match(last.text) and not BULLET.match(s.text) and not OPENS.match(s.text)
                    and (CLAUSE_GOES_ON.search(last.text[-8:]) or GOES_ON.match(s.text))):  # (the tail: linear)
            joined[-1] = Sentence(last.text + "\n" + s.text, last.start, s.line)
        else:
            joined.append(s)
    return joined


def _marked_item_runs_on(item: str, below: str) -> bool:
    """A long Japanese item with its mark, not ending as a case does, over a line without a mark
    that opens nothing of its own (a numbered heading, 「8. 訂正及び削除」, is short or English)."""
    return not item.isascii() and len(item) >= ITEM_WIDTH and bool(BULLET.match(item)) \
        and not BULLET.match(below) and not ITEM_ENDS.search(item) and not OPENS.match(below)
