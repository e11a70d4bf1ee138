"""Refusal grounds: the list a lead sentence introduces (「以下の場合は開示いたしません」, 「以下に該当
する個人情報は開示等の対象とはいたしておりません」), one ground an item."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.clauses import negated, spans
from assistant.importer.cut_lines import items_joined
from assistant.importer.grounds_bulleted_lead import bulleted_lead, group_title
from assistant.importer.grounds_inline import inline_grounds, limit_grounds, single_ground_ja
from assistant.importer.grounds_not_leads import catch_all, item_states_own_case, who_asks_case
from assistant.importer.grounds_withheld import excepted_cases, withheld_kinds

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


# 「次のいずれかに該当する場合を除き、遅滞なく開示いたします」: the exceptions to disclosing are the
# grounds for refusing, listed below.
EXCEPT_LEAD = re.compile(r"(以下|次|下記)[^。]{0,30}場合を除(き|いて)[^。]{0,40}(開示|応じ|対応|応え|回答)")


# 「【不開示事由】」, 「開示しない理由」: a heading that names what follows as the grounds (only as a
# heading: 「尚、不開示事由はお答えいたしかねます」 leads nothing).
GROUNDS_HEADING = re.compile(r"^[【\[<＜(（■●◆◇□]?\s?((不開示|非開示|開示(しない|できない|を行わない))(等)?(と(する|なる))?の?"
                             r"(事由|理由)(について)?|(\d{1,2}\.)?\d{1,2}\s?制限事項)\s?[】\]>＞)）]?$")


# 「次に掲げる日は原則として対応しかねます」, "on the following days": days the desk is closed, no
# grounds; an item naming such a day (「年末年始(12月29日から1月3日まで)」) is none either.
DAYS_LEAD = re.compile(r"(次|以下|下記)(に掲げる|の|に記載の)(日|期間|曜日|休業日)|following (days|dates|holidays)", re.I)
CLOSED_DAY = re.compile(r"祝日|休日|休業日|年末年始|土曜|日曜|曜日|創立記念日|holiday|weekend", re.I)
# An item that asks the person to do something (「…を添付してください」, "Please enclose …") is an
# instruction, no ground: its 「…場合は」 is the case the instruction is for.
ASKS_PERSON = re.compile(r"(ください|下さい|お願い(いた|致)?します|願います)$|^please\b", re.I)


# 「…これらの措置を行わないことを決定した場合は、その理由について文書により回答いたします」: what
# the company then does, no case it refuses
COMPANY_ANSWERS = re.compile(r"(回答|通知|ご連絡|お知らせ)(いた|致)?します$")
# A lead on what is not covered (「…は開示等の対象としておりません」): its items are things (「…もの」).
THINGS_LEAD = re.compile(r"対象と(して|いたして|致して|は|なら|なり)")
# 「(3)以下の場合は、…開示等ができない場合があります」: a part's own lead (its list below), no ground
POINTS_DOWN = re.compile(r"(以下|次|下記)の(場合|いずれか|各号)")
SYMBOL_MARKS = "・•●○◆◇■□-–"  # (not 「※」: a note under an item)
ITEM_LABEL = re.compile(r"^[^\s:：。、()（）]{2,12}\s?[:：]\s?(?=[^。]{4,}(場合|とき)$)")
LIST_JOINER = re.compile(r"[;；,]\s?(or|and)\s*$", re.I)
ITEMS_ON_LINE = re.compile(r"\s[・･]\s?")
# A line that states a case and ends there (no full stop): 「…確認できない場合」, 「…おそれがある場合」.
UNMARKED_GROUND = re.compile(r"(場合|とき|おそれ|恐れ)。?$")
UNMARKED_GROUND_EN = re.compile(r"(When|If|Where|In (the )?cases? (where|when|of))\b")


class GroundsRules:
    """Refusal grounds: mixed into the extractor."""

    all: "list[Sentence]"
    proposal: "Proposal"

    def refusal_grounds(self) -> None:
        # Over the whole text: the grounds often stand in a part of their own before the procedure
        # (「1. …開示を求められたときは…。ただし、以下のいずれかに該当する場合は…開示しないことがあり…」),
        # and their lead is words no other list has.
        lines = items_joined(self.all)  # an item a PDF's width cut: 「…場合を除 / き、…場合」
        lead_line, lead_text = None, ""
        lead_if = False  # "We may refuse disclosure if:": each item completes the condition
        last_seen = last_ground = -9  # the last lead or ground, and the last ground, by index
        for index, s in enumerate(lines):
            text = s.text
            heading_like = len(text) <= 40 and not text.endswith(("。", "."))
            # (a promise's exceptions may stand in a numbered item: 「(1) …場合を除き、…開示します」)
            before = lines[index - 1].text if index and lines[index - 1].line == s.line else ""
            if inline := (not t.BULLET.match(text) and (inline_grounds(text) or withheld_kinds(text))
                          or single_ground_ja(t.BULLET.sub("", text, count=1)) or excepted_cases(text)
                          or limit_grounds(text, before)):
                # "…cannot be accepted in cases when A, when B, or when C."; 「A、Bについては開示いたしかねます」
                for ground in inline:
                    self.add("refusal_grounds", ground, s)
                continue
            if DAYS_LEAD.search(text):
                lead_line = None  # 「ただし、次に掲げる日は対応しかねます」: the desk's closed days follow
                continue
            if (t.REFUSAL_LEAD.search(text) or _refuses_what_follows(text) or EXCEPT_LEAD.search(text)
                    or t.LIMIT_LEAD.match(text) and index and lines[index - 1].line == s.line
                    and t.ANSWERS_REQUEST.search(lines[index - 1].text)
                    or heading_like and GROUNDS_HEADING.match(t.BULLET.sub("", text, count=1).strip())) and (
                    text.rstrip().endswith(("。", ":", "：", ".")) or heading_like) and \
                    not t.THIRD_PARTY_LEAD.search(text) and not item_states_own_case(text) and \
                    not (text.isascii() and t.OTHER_KIND_LEAD_EN.search(text) and "disclos" not in text.lower()):
                lead_line, lead_text, lead_if, last_seen = s.line, text, bool(t.LEAD_IF.search(text)), index
                continue
            if index - last_seen <= 3 and bulleted_lead(text):  # a lead among the groups of a list
                last = self.proposal.facts[-1] if self.proposal.facts else None
                if last and last.field == "refusal_grounds" and group_title(last.quote) and \
                        index - last_ground <= 2:
                    self.proposal.facts.pop()  # 「(1)…できない場合」 over it: the group's title
                lead_line, lead_text, lead_if, last_seen = s.line, text, False, index
                continue
            if lead_line is None or (s.line == lead_line and not t.BULLET.match(text)):
                continue  # the rest of the lead's paragraph ("その場合は、理由を…"), not "。- …場合"
            # 「1. 1.本人又は…場合」: a list's own number after the page's, both no part of the ground
            body = t.BULLET.sub("", t.BULLET.sub("", text, count=1), count=1).replace("\n", "")
            body = LIST_JOINER.sub("", body).rstrip("；;。.、")  # "…of Tokyo 2020's services; or": the list's "or"
            body = ITEM_LABEL.sub("", body, count=1)  # 「・法的保管義務: 法令により…場合」: the item's label
            # 「以下の①～⑩に該当する場合は…」 over lines whose marks the page's list drew (lost in its
            # text): each short line right below that ends in a case is an item
            # (a full sentence of the lead's paragraph may stand between: 「また、…ご承知ください。」)
            gap = s.line - lines[last_seen].line if last_seen >= 0 else 9
            # (the page's marks lost, a blank line between: the sentence right after the lead's
            # paragraph or after an item; "When there is a risk …" in English)
            after_lead = last_seen >= 0 and (index - last_seen == 1 or lines[index - 1].line == lines[last_seen].line)
            unmarked = (gap == 1 or gap == 2 and lines[index - 1].text.endswith("。")
                        and lines[index - 1].line == s.line - 1 or after_lead) and len(text) <= 120 \
                and UNMARKED_GROUND.search(text) is not None \
                or after_lead and len(text) <= 240 and UNMARKED_GROUND_EN.match(text) is not None \
                and (t.POINTS_BELOW.search(lead_text) is not None or lead_text.rstrip().endswith((":", "："))) \
                or after_lead and text.isascii() and len(text) <= 240 and _english_item_of(lines, index, lead_text, lead_line)
            # (only after unmarked items: a list numbered 「1. … 2. …」 under a lead 「1. …」 restarts its own)
            if last_ground >= 0 and not PARAGRAPH_NUMBER.match(lines[last_ground].text) \
                    and _next_paragraph(lines, index, lead_line):
                lead_line = None  # "2. Regardless of …" after the lead "1. When … may elect not to disclose": its sibling
                continue
            if text.lstrip().startswith("※") and last_ground == index - 1:
                continue  # 「※ レセプトの場合、…担当医に確認を求めることがあります」: a note on the item above
            # (an item's last word cut by a line break dangles; "…have not been filled in." ends)
            dangles = t.DANGLING.search(body) and not text.rstrip().endswith((".", "。"))
            if (heading_like or t.CATEGORY_TITLE.search(text.rstrip())) and index - last_seen <= 3 and _group_title(lines, index):
                last_seen = index  # 「A. 保有個人データに該当しないもの」: a group of the list's items below
                continue
            # 「以下の「保有個人データ」は開示等の対象としておりません」 over 「・…予定のもの」: things not covered
            things = THINGS_LEAD.search(lead_text) and body.endswith(("もの", "データ"))
            if (t.BULLET.match(text) or unmarked) and (lead_if or things or t.GROUND_LIKE.search(body)) and not dangles \
                    and not CLOSED_DAY.search(body) and not ASKS_PERSON.search(body) and not who_asks_case(body) \
                    and not catch_all(body) and not COMPANY_ANSWERS.search(body) and not POINTS_DOWN.match(body):
                # 「・A場合 ・B場合」: two items a page's list ran onto one line
                parts = [p.strip() for p in ITEMS_ON_LINE.split(body)]
                for part in parts if all(t.GROUND_LIKE.search(p) for p in parts) else [body]:
                    self.add("refusal_grounds", part, s)
                last_seen = last_ground = index
                continue
            if heading_like and t.BULLET.match(text) and index - last_seen <= 4 and \
                    any(pattern.fullmatch(body.strip()) for pattern, _ in t.KINDS):
                last_seen = index  # 「(1) 開示」「(2) 利用目的の通知」: the kind its grounds below are for
                continue
            if last_seen >= 0 and s.line == lines[last_seen].line + 1 and text.endswith("。") \
                    and not t.BULLET.match(text) and lines[last_seen].line == lead_line:
                continue  # 「また、不開示の場合についても手数料を…」: the lead's paragraph goes on below it
            lead_line = None


PARAGRAPH_NUMBER = re.compile(r"^\s?(\d{1,2})[.．]\s")


def _next_paragraph(lines: list, index: int, lead_line: int) -> bool:
    """The paragraph numbered after the lead's own (「1. When … . In the event …, may elect not to disclose …」
    then 「2. …」): no item of its list. The lead's number opens its line (its first sentence)."""
    if not (this := PARAGRAPH_NUMBER.match(lines[index].text)):
        return False
    opening = next((x.text for x in lines[max(0, index - 12):index] if x.line == lead_line), "")
    led = PARAGRAPH_NUMBER.match(opening)
    return bool(led and int(this.group(1)) == int(led.group(1)) + 1)


def _group_title(lines: list, index: int) -> bool:
    """「A. 保有個人データに該当しないもの」 over 「• そのデータについて…もの」: a marked line that names a
    category, or one with a letter or number whose next line is an item with a symbol's mark."""
    text = lines[index].text
    after = lines[index + 1].text if index + 1 < len(lines) else ""
    if not (mark := t.BULLET.match(text)):  # (「「開示対象個人情報」に該当しないもの」 over its items)
        return bool(t.CATEGORY_TITLE.search(text.rstrip()) and t.BULLET.match(after))
    if t.CATEGORY_TITLE.search(text.rstrip()):
        return True
    if mark.group(0).strip()[:1] in SYMBOL_MARKS or after.lstrip()[:1] not in SYMBOL_MARKS:
        return False
    # (「4. …不足していた場合」 over a 「・」 note: an item; 「(2)法第28条第2項の規定により…対象としない場合」
    # over two 「・…場合」: the group's title)
    below = [x.text for x in lines[index + 1:index + 3]]
    return not t.GROUND_LIKE.search(text) or len(below) == 2 and all(
        x.lstrip()[:1] in SYMBOL_MARKS and (t.GROUND_LIKE.search(x) or x.rstrip("。").endswith("もの")) for x in below)


def _english_item_of(lines: list, index: int, lead: str, lead_line: int) -> bool:
    """An English list's item with its mark lost ("There is a risk of harm …"): a line of a block
    that starts right after a lead pointing below ("…in the cases indicated below."), each line
    stating a case, with no blank line inside the block."""
    text = lines[index].text
    return bool(t.POINTS_BELOW.search(lead)) and t.GROUND_LIKE.search(text) is not None and (
        lines[index - 1].line == lead_line or lines[index].line == lines[index - 1].line + 1)


def _refuses_what_follows(text: str) -> bool:
    """「なお、以下に該当する個人情報につきましては、原則として開示等の対象とはいたしておりません。」,
    「以下の場合は開示の対象となりません。」: a sentence that points at a list below and whose clause
    about disclosure is negated leads a list of grounds, whatever its verb."""
    pointer = t.POINTS_BELOW.search(text)
    if not pointer or not t.ABOUT_DISCLOSURE.search(text, pointer.end()):
        return False
    return not t.BULLET.match(text) and any(
        b >= pointer.start() and t.ABOUT_DISCLOSURE.search(text, b, e) and negated(text[b:e])
        for b, e in spans(text))
