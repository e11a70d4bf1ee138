"""The checklist's words in one language, for a renderer: the item's text with its source where
the text does not say it, the date items with what they assume, the quote lines. The text output
and the PDF both use it, so they label items alike in every language."""
from __future__ import annotations

from typing import Any

from assistant.law.checklist_words import ChecklistWords
from assistant.law.localized import FALLBACK, Localized
from assistant.records.patterns import is_english
from assistant.checklist.tree import UNKNOWN_ADDRESS, UNKNOWN_POSTAL_CODE, Checklist, DateItem, DocumentGroup, Node, Unknown


def group_key(group: DocumentGroup, where: str) -> str:
    """The wording of a group's head (where: render, pdf): that many different documents, one
    of several, the one document, or documents the policy lists without saying how many go."""
    if group.count == "unknown":
        return f"{where}.group_unstated"
    if group.count > 1:
        return f"{where}.group_count"
    return f"{where}.group_one" if len(group.choices) > 1 else f"{where}.group_this"


class Speech:
    """The wording in one language (language) with the helpers every renderer needs."""

    def __init__(self, words: ChecklistWords, language: str):
        self.words, self.language = words, language

    def __call__(self, key: str, **values: Any) -> str:
        return self.words.format(self.language, key, **values)

    def text(self, value: Localized | None) -> str:
        return value.text(self.language) if value is not None else ""

    def item(self, item: Node) -> str:
        return item.text.text(self.language)

    @property
    def english(self) -> bool:
        """English only: what is kept for reading aloud in English (the company's English name)."""
        return self.language == FALLBACK

    def envelope_line(self, line: str) -> str:
        """An envelope line as written, but for the unknown postal code or street, said in this language."""
        return self("render.postal_unknown") if line == UNKNOWN_POSTAL_CODE else \
            self("render.address_unknown") if line == UNKNOWN_ADDRESS else line

    def ways(self, item: Unknown, last: str) -> tuple[str, str]:
        """Where to ask about an open question, as shown (「同上」 where it is the question before's),
        and as written out, for the next question to compare with."""
        ways = self("sep.ways").join(self.text(a) for a in item.ask)
        return (self("render.same_ways") if ways == last else ways), ways

    def capital(self, text: str) -> str:
        return text[:1].upper() + text[1:]

    def act(self, article: str, tag: bool = False) -> str:
        return self.words.article(article, tag=tag).text(self.language)

    def labelled(self, item: Node, text: str | None = None) -> str:
        """The item's words with their source where the words do not say it: general practice is
        labelled so (never read as the company's rule), a law item names its article. Policy items
        carry the policy's words as quotes. A fact the policy leaves open is listed as such."""
        words = self.item(item) if text is None else text
        if item.source == "general-practice" and not isinstance(item, Unknown):
            return self("render.general", text=words)
        if item.source == "law" and item.article:
            act = self.act(item.article)
            short = self.words.article(item.article, short=True).text(self.language)
            if item.article not in words and act not in words and short not in words:
                stop = self("full_stop")
                if not self.english and words.endswith(stop):  # 「…（第39条）。」: the stop goes last
                    return self("render.law", text=words[:-len(stop)], act=act) + stop
                return self("render.law", text=words, act=act)
        return words

    def dated(self, item: DateItem) -> str:
        """A date with what it assumes, as one sentence group."""
        return self.item(item) + "".join(self("render.assumed", text=self.item(a))
                                         for a in item.assumptions)

    def quote_lines(self, item: Node) -> list[str]:
        """The item's quotes, labelled by source; none where the item's text already quotes them
        (a record's sentence shown in another language as the policy's own words)."""
        shown = self.item(item)
        if all(q in shown for q in item.quotes):
            return []
        # The law data's quotes are the program's English notes on its sources, not a text to
        # quote to a reader of another language (who gets the article instead).
        if item.source != "policy" and not self.english:
            return []
        label = self("render.source.assumption") if item.assumption else \
            self(f"render.source.{item.source}")
        return [self.quote_line(label, q, item.source) for q in item.quotes]

    def quote_line(self, label: str, quote: str, source: str = "policy") -> str:
        """One quote with its label; in Japanese, a policy quote in English says it is the
        English policy's words (a Japanese reader is not shown them as the company's Japanese)."""
        if source == "policy" and not self.english and is_english(quote):
            return self("render.quote_line_en", quote=self("quote", text=quote))
        return self("render.quote_line", label=label, quote=self("quote", text=quote))

    def title(self, title: Localized, caveat: Localized | None) -> str:
        return self.text(title) + (self("render.caveat", caveat=self.text(caveat)) if caveat else "")

    def header(self, c: Checklist) -> dict[str, Localized]:
        """The header's values: what is asked, of whom, by whom, each as its language has it;
        {also} is what the English header adds in Japanese (names as the company writes them)."""
        both = Localized
        request = both(en=c.request, ja=c.request_ja)
        article = both(en=c.article, ja=self.words.article(c.article).text("ja"))
        company = both(en=c.company, ja=c.company_ja or c.company)
        return {
            "request": request, "article": article, "company": company,
            "who": both(en=c.requester, ja=c.requester_ja),
            "request_also": both(en=f" / {c.request_ja}（{c.article_ja}）", ja=""),
            "company_also": both(en=f" / {c.company_ja}" if c.company_ja else "",
                                 ja=f"（{c.company}）" if c.company_ja else ""),
            "who_also": both(en=f" / {c.requester_ja}", ja=""),
        }
