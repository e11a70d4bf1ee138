"""Where a checklist line comes from, in the interface's language: the short tag beside the line,
its tooltip, and the details pane's text (the policy's own words, the article, how to ask).

No widget here: the page hands in its translated words (ChecklistPage.words(), every one through
tr()), so the same functions serve any language. Item texts come from the tree's Localized texts;
an article is cited as the checklist cites it (Speech.act, from forms/checklist).
"""
from __future__ import annotations

import html
from datetime import date
from typing import Callable, Mapping

from assistant.checklist import Checklist, Node, Unknown
from assistant.checklist.speech import Speech

Words = Mapping[str, str]  # key → the interface's word for it (see ChecklistPage.words)


def source_tag(node: Node, words: Words, speech: Speech) -> str:
    """The short tag shown beside a line: Policy, APPI Art. 39, General practice, Assumption."""
    if node.assumption:
        return words["assumption"]
    if node.source == "policy":
        return words["policy"]
    if node.source == "law":
        return speech.act(node.article or "", tag=True)
    return words["general"]


def source_sentence(node: Node, words: Words, speech: Speech) -> str:
    """The same in a sentence, for the details pane and tooltips."""
    if node.assumption:
        return words["from_assumption"]
    if node.source == "policy":
        return words["from_policy"]
    if node.source == "law":
        return words["from_law"].replace("%1", speech.act(node.article or "", tag=True))
    return words["from_general"]


def quoted(text: str, language: str) -> str:
    """A quotation as the language marks it (Japanese 「」, as the checklist text does)."""
    return f"「{text}」" if language == "ja" else f"“{text}”"


def shown_quotes(node: Node, language: str) -> tuple[str, ...]:
    """The words a line rests on, as shown: the policy's own (whatever its language); the law
    data's notes behind a law or general-practice line are English shorthand, so in another
    language the article cited beside the line stands for them."""
    if node.source == "policy" or language == "en":
        return tuple(node.quotes)
    return ()


def quotes_heading(node: Node, words: Words) -> str:
    return words["policy_words"] if node.source == "policy" else words["source_words"]


def tooltip(node: Node, words: Words, speech: Speech) -> str:
    """Plain text: where the line comes from, and the words it rests on."""
    language = speech.language
    lines = [source_sentence(node, words, speech)]
    if shown_quotes(node, language):
        lines.append(quotes_heading(node, words))
        lines += [quoted(q, language) for q in shown_quotes(node, language)]
    return "\n".join(lines)


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def details_html(node: Node, text: str, words: Words, speech: Speech) -> str:
    """The selected line in full, where it comes from, and the words it rests on."""
    language = speech.language
    parts = [f"<p><b>{html.escape(text)}</b></p>", _p(source_sentence(node, words, speech))]
    if isinstance(node, Unknown) and node.ask:
        parts.append(_p(words["how_to_ask"]))
        parts.append("<ul>" + "".join(f"<li>{html.escape(a.text(language))}</li>" for a in node.ask) + "</ul>")
    if shown_quotes(node, language):
        parts.append(_p(quotes_heading(node, words)))
        parts += [f"<blockquote><i>{html.escape(quoted(q, language))}</i></blockquote>"
                  for q in shown_quotes(node, language)]
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
