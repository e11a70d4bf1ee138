"""Refusal grounds written inline in one English sentence: "A request … cannot be accepted in cases
when A, when B, or when C.", "We may refuse disclosure if (a) A, (b) B or (c) C." Each condition
is a ground; a sentence with one condition only is left alone (it may be a rule, not a list)."""
from __future__ import annotations

import re

from assistant.importer.record_response import stated_kinds
from assistant.importer.terms import KINDS

# The refusal, then where its conditions begin ("in cases when", "if", "where").
REFUSAL_EN = re.compile(r"\b(?:cannot|can not|will not|may not|shall not) be (?:accepted|disclosed|complied with|"
                        r"responded to|processed)|\b(?:may|will|shall) (?:refuse|decline|not disclose|not respond)",
                        re.I)
# "when"/"where" stay with the first condition, as with the others; "if" does not.
CONDITION_START = re.compile(r"\bin (?:the )?cases? (?=when|where)|\b(?=(?:when|where)\b)|\bif\b", re.I)
LETTERED = re.compile(r"\(\s?(?:[a-h]|[ivx]{1,4}|\d)\s?\)\s?")
NEXT_WHEN = re.compile(r",?\s(?:or |and )?(?=(?:when|where|if) )", re.I)
END = re.compile(r"(?<!etc)\.(?:\s|$)")


def inline_grounds(text: str) -> list[str]:
    """The conditions of the refusal the sentence states, in order ([] when it lists fewer than two)."""
    refusal = REFUSAL_EN.search(text)
    if not refusal:
        return []
    start = CONDITION_START.search(text, refusal.end(), refusal.end() + 60)
    if not start or END.search(text, refusal.end(), start.start()):
        return []  # no condition in the refusal's own sentence
    end = END.search(text, start.end())
    rest = text[start.end():end.start() if end else len(text)].strip()
    # "if (a) …, (b) … or (c) …"; else "when A, when B, or when C"
    parts = LETTERED.split(rest)[1:] if LETTERED.match(rest) else NEXT_WHEN.split(rest)
    grounds = [re.sub(r"^(?:or|and)\s|[,;]?\s(?:or|and)$|[,;]$", "", p.strip()).strip() for p in parts]
    grounds = [g for g in grounds if len(g) >= 8]
    return grounds if len(grounds) >= 2 else []


# 「ただし、第三者の生命・身体・財産その他の利益を害する恐れのある場合は、応じられないこともあります。」:
# one case, in the sentence that refuses it (a Japanese page states a lone ground so)
# (「● 上記の書類がご準備いただけない場合、開示をお断りすることがございますので」 too; 「…確認ができない
# 場合、ご回答を差し控えさせていただくこともございます」)
# (a list of nouns inside the case, 「生命、身体、財産」, and the class it gives an example of after it:
# 「…おそれがある場合等、開示することが適切でない事項に該当する場合は、開示しないこともあります」)
SINGLE_JA = re.compile(r"^[\s●・■◆※]{0,3}(?:ただし|但し|なお)?、?(?P<g>(?:[^。、]|(?<=[一-龯で])、(?=[一-龯])){4,80}?場合)"
                       r"(?:など|等)?(?:は|には)?、(?:[^。、]{0,30}場合(?:は|には)?、)?[^。]{0,16}"
                       r"(?:応じられない|応じかねる|お応えできない|お答えできない|開示(?:いた)?しない|開示できない|お断り(?:する|いたす|致す)|"
                     r"差し?控え(?:させて(?:いただ|頂)く|る))"
                       r"(?:こと|場合)?(?:も|が)(?:あり|ござい)ます")


# 「なお、下記に定める請求方法の要件を満たしていない場合や、調査結果に基づき、請求内容が不当と認められた
# 場合は、請求に応じることはできません。」: two cases, joined, that the sentence refuses
TWO_JA = re.compile(r"^[\s●・■◆※]{0,3}(?:ただし|但し|なお)?、?(?P<a>[^。]{4,80}?場合)(?:や|、?(?:または|又は|もしくは|若しくは))、?"
                    r"(?P<b>[^。]{4,80}?場合)(?:など|等)?(?:は|には)、[^。]{0,16}?"
                    r"(?:応じる?こと(?:は|が)できません|応じられません|応じかねます|お応えできません|開示(?:いた|致)?しません|"
                    r"開示(?:することは|は)?できません|お断り(?:いた|致)?します)")


# 「但し、利用者本人又は第三者の…おそれがある場合、当社の業務の…おそれがある場合、もしくは他の法令に違反する
# こととなる場合には開示をしない場合があります。」: three cases or more, joined, that the sentence refuses
MANY_JA = re.compile(r"^[\s●・■◆※]{0,3}(?:ただし|但し|なお)?、?(?P<cases>[^。]{8,300}?場合)(?:など|等)?(?:は|には)、?[^。]{0,16}?"
                     r"(?:応じられない|応じかねる|開示を?(?:いた|致)?しない|開示できない|お断り(?:する|いたす|致す))"
                     r"(?:こと|場合)?(?:も|が)(?:あり|ござい)ます")
CASE_END = re.compile(r"(?<=場合)(?:、?(?:または|又は|もしくは|若しくは)|、|や)、?")


def single_ground_ja(text: str) -> list[str]:
    """The one case a Japanese sentence refuses (「ただし、…おそれのある場合は、応じられないこともあります」),
    or the two it joins (「…場合や、…場合は、請求に応じることはできません」), or more (「…場合、…場合、
    もしくは…場合には開示をしない場合があります」)."""
    if (two := TWO_JA.match(text)):  # (「下記に定める…」 inside a case points to no list)
        return list(two.group("a", "b"))
    if (many := MANY_JA.match(text)) and not LIST_CASE.search(many.group("cases")):
        cases = [c.strip() for c in CASE_END.split(many.group("cases")) if len(c.strip()) >= 4]
        if len(cases) >= 3 and all(c.endswith("場合") for c in cases):  # (two are TWO_JA's to read)
            return cases
    m = SINGLE_JA.match(text)
    # (「次のいずれかに該当する場合は、…」 leads a list: its items are the grounds)
    return [m.group("g")] if m and not LIST_CASE.search(m.group("g")) else []


LIST_CASE = re.compile(r"次|以下|下記|いずれか|各号|該当")


# 「…開示を求めることができます。ただし、法令に基づき保存義務がある情報、または業務の適正な遂行に
# 著しく支障を及ぼす場合は、この限りではありません。」: the exceptions to a right the sentence before grants,
# one ground each (not after a clause on third parties: 「…第三者に提供しません。ただし、法令に基づく場合は
# この限りではありません」 is the consent rule's exception)
LIMIT_JA = re.compile(r"^(?:ただし|但し)、(?P<g>[^。]{4,160}?)(?:の場合)?(?:について|に関して)?は、?(?:この|その)限りで(?:は)?(?:ありません|ない)")
# (the person's right; or the company's promise to answer one: 「…開示を求められたときは、…遅滞なく開示を行います。
# 但し、…当社が開示の義務を負わない場合は、この限りではありません。」)
GRANTS = re.compile(r"(求める|請求する|申し出る|求めを行う)ことができます|"
                    r"(求められた|請求された|請求があった)(とき|場合)(は|には)、[^。]{0,120}(行います|いたします|致します|します)")
OR_JOIN = re.compile(r"、(?:または|又は|もしくは|若しくは)")


def limit_grounds(text: str, before: str) -> list[str]:
    """The exceptions 「ただし、A、またはB場合は、この限りではありません」 to the request the sentence
    before says the person may make (that sentence on the same line)."""
    m = LIMIT_JA.match(text)
    # (「ただし、次の各号のいずれかに該当するときは、この限りではありません」: a list's lead, its items the grounds)
    if not m or LIST_CASE.search(m.group("g")) or not GRANTS.search(before) or "第三者" in before:
        return []
    # (the right of one other kind only — 「…利用停止・消去を求めることができます。ただし、…」 — is no ground
    # a record can keep for that kind alone: on a disclosure checklist it would mislead; a cold read)
    named = {kind for pattern, kind in KINDS if pattern.search(before)}
    if named and "disclosure" not in named and "purpose" not in named:
        return []
    return [g.strip() for g in OR_JOIN.split(m.group("g")) if len(g.strip()) >= 4]


def limit_kinds(text: str, start: int) -> list[str] | None:
    """The kinds an exception 「但し、…当社が通知の義務を負わない場合は、この限りではありません」 (at start)
    is for: those the sentence before it on its line names (「…利用目的の通知を求められたときは…」), so a
    disclosure's checklist does not show the purpose notice's ground; None where that sentence names
    none, or every request (「…(以下「開示等」といいます)」)."""
    if not LIMIT_JA.match(text[start:start + 400]):
        return None
    return stated_kinds(text[text.rfind("\n", 0, start) + 1:start])
