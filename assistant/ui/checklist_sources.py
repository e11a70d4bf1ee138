"""Where a checklist line comes from, in the interface's language: the short tag beside the line,
its tooltip, and the details pane's text (the policy's own words, the article, how to ask).

No widget here: the page hands in its translated words (ChecklistPage.words(), every one through
tr()), so the same functions serve any language. Item texts come from the tree's Localized texts.
"""
from __future__ import annotations

import html
import re
from datetime import date
from typing import Callable, Mapping

from assistant.checklist import Checklist, Node, Unknown

Words = Mapping[str, str]  # key → the interface's word for it (see ChecklistPage.words)

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_OTHER_ACT = re.compile(r"^(?P<act>[A-Z][\w ]*? Act) (?P<rest>Arts?\. .*)$")


def _paragraph(part: str) -> str:
    """'1' → 第1項, 'ii' → 第2号 (items of an article are numbered in Roman numerals in English)."""
    return f"第{_ROMAN[part]}号" if part in _ROMAN else f"第{part}項"


def article_ja(article: str) -> str:
    """An article as a Japanese text cites it: Art. 33(1) → 第33条第1項, Art. 194-2 → 第194条の2,
    Arts. 15 and 20 → 第15条・第20条, Art. 35(3), (5) → 第35条第3項・第5項."""
    cited: list[str] = []
    current = ""
    for token in re.findall(r"\d+(?:-\d+)?(?:\([^)]*\))?|\([^)]*\)", article):
        number, _, rest = token.partition("(")
        if number:
            main, _, branch = number.partition("-")
            current = f"第{main}条" + (f"の{branch}" if branch else "")
            cited.append(current + (_paragraph(rest.rstrip(")")) if rest else ""))
        else:  # "(5)" after "Art. 35(3), ": another paragraph of the same article
            cited.append(_paragraph(rest.rstrip(")")))
    return "・".join(cited) if cited else article


def law_label(article: str, language: str, words: Words) -> str:
    """'APPI Art. 39' / '個人情報保護法 第39条'; another Act is named as the data names it."""
    other = _OTHER_ACT.match(article)
    act = other.group("act") if other else None
    rest = other.group("rest") if other else article
    if language == "ja":
        name = words.get(f"act:{act}", act) if act else words["appi"]
        return f"{name}{article_ja(rest)}"
    return f"{act or words['appi']} {rest}"


def source_tag(node: Node, language: str, words: Words) -> str:
    """The short tag shown beside a line: Policy, Law Art. 39, General practice, Assumption."""
    if node.assumption:
        return words["assumption"]
    if node.source == "policy":
        return words["policy"]
    if node.source == "law":
        return law_label(node.article or "", language, words)
    return words["general"]


def source_sentence(node: Node, language: str, words: Words) -> str:
    """The same in a sentence, for the details pane and tooltips."""
    if node.assumption:
        return words["from_assumption"]
    if node.source == "policy":
        return words["from_policy"]
    if node.source == "law":
        return words["from_law"].replace("%1", law_label(node.article or "", language, words))
    return words["from_general"]


def quoted(text: str, language: str) -> str:
    """A quotation as the language marks it (Japanese 「」, as the checklist text does)."""
    return f"「{text}」" if language == "ja" else f"“{text}”"


def quotes_heading(node: Node, words: Words) -> str:
    return words["policy_words"] if node.source == "policy" else words["source_words"]


def tooltip(node: Node, language: str, words: Words) -> str:
    """Plain text: where the line comes from, and the words it rests on."""
    lines = [source_sentence(node, language, words)]
    if node.quotes:
        lines.append(quotes_heading(node, words))
        lines += [quoted(q, language) for q in node.quotes]
    return "\n".join(lines)


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def details_html(node: Node, text: str, language: str, words: Words) -> str:
    """The selected line in full, where it comes from, and the words it rests on."""
    parts = [f"<p><b>{html.escape(text)}</b></p>", _p(source_sentence(node, language, words))]
    if isinstance(node, Unknown) and node.ask:
        parts.append(_p(words["how_to_ask"]))
        parts.append("<ul>" + "".join(f"<li>{html.escape(a.text(language))}</li>" for a in node.ask) + "</ul>")
    if node.quotes:
        parts.append(_p(quotes_heading(node, words)))
        parts += [f"<blockquote><i>{html.escape(quoted(q, language))}</i></blockquote>" for q in node.quotes]
    return "".join(parts)


def request_title(checklist: Checklist, language: str) -> str:
    """The top line of one kind's checklist: the request and its article."""
    if language == "ja":
        return f"{checklist.request_ja}（{checklist.article_ja}）"
    return f"{checklist.request} ({checklist.article})"


def header_html(checklist: Checklist, language: str, words: Words,
                day: Callable[[date], str] = date.isoformat) -> str:
    """The facts at the head of one kind's checklist: company, who asks, reference, record dates
    (day writes a date as the language does: the checklist's own 令和 form in Japanese)."""
    c = checklist
    ja = language == "ja"
    company = c.company_ja if ja and c.company_ja else c.company
    rows = [(words["company"], company + (f" / {c.company_ja}" if not ja and c.company_ja else "")),
            (words["requester"], c.requester_ja if ja else c.requester)]
    if c.reference:
        rows.append((words["reference"], c.reference))
    if c.company_wording:
        rows.append((words["company_calls_it"], quoted(c.company_wording, language)))
    if not c.law_only:
        revised = day(c.policy_revised) if c.policy_revised else words["not_dated"]
        rows.append((words["policy_revised"], revised))
        rows.append((words["record_checked"], day(c.record_checked)))
    body = "".join(f'<tr><td style="padding-right: 12px">{html.escape(k)}</td><td>{html.escape(v)}</td></tr>'
                   for k, v in rows)
    notices = "".join(_p(n.text(language)) for n in (c.override, c.quality) if n)
    return f"<p><b>{html.escape(request_title(c, language))}</b></p><table cellspacing='0' cellpadding='1'>{body}</table>{notices}"
