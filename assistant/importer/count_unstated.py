"""Whether the page says how many of the identity documents it lists go.

A list under 「次のいずれか1点」 or "one of the following", or given as examples of one kind of
document (「運転免許証、パスポート等の写し」, 「…など」: one such document, as these lists are read),
says "one of". A list whose names are joined by 「及び」「と」 "and", or that is asked for whole
(「次の書類をすべて」 "both of the following"), says all of them: its count is the number of documents
it lists. A list with none of these (「以下の書類を同封してください。・運転免許証の写し ・住民票の写し」)
says no number: read as "one of", it would tell the person that one document does when the company
may want both. Such a group gets `count: unknown`, and the checklist tells the person to ask.
Every pattern runs in linear time (no nested quantifier).
"""
from __future__ import annotations

import re

from assistant.importer.facts import Found
from assistant.importer.record_references import LABEL as SAME_AS_PERSON_LABEL
from assistant.importer.terms_documents import DOCUMENTS, NOTE_MARKS
from assistant.records.document_parts import MAX_COUNT

# Said on the lines just above the list (its lead or heading), or on its own lines.
ONE_SAID = re.compile(r"いずれか|どれか|どちらか|[1１一]\s?(点|種類|通|つ)|ひとつ|"
                      r"\b(one|any|either) of\b|\bany one\b|\beither\b|\bone\s(\w+\s)?(document|form|item|copy)", re.I)
# Said on the list's own lines: "A or B" between two names, or examples (「…等」「など」).
OR_ON_LINE = re.compile(r"又は|または|もしくは|若しくは|あるいは|或いは|\bor\b|/", re.I)
EXAMPLES = re.compile(r"など|その他|ほか|\betc\b|\bsuch as\b|\be\.\s?g\b|\bfor example\b|\bincluding\b|\bother\b", re.I)
# 「等」 marks examples, but not in 「開示等の請求」 nor 「個人番号等を黒塗り」.
ETC = re.compile(r"(?<!開示)(?<!訂正)(?<!停止)(?<!消去)(?<!削除)(?<!番号)(?<!本籍)(?<!本籍地)(?<!黒塗り)(?<!黒塗)等")
# Said of the list as a whole: every document of it (「次の書類をすべて」「両方」 "both of the following").
ALL_SAID = re.compile(r"(書類|もの|資料|下記|以下|次)[^。]{0,8}(すべて|全て|全部|両方|いずれも)|"
                      r"(すべて|全て|両方|いずれも)[^。]{0,8}(の書類|ご用意|同封|揃え|そろえ|お送り|ご送付|ご提出|必要)|"
                      r"\bboth\b|\ball (of )?(the )?(following|documents|of these)|\beach of the following", re.I)
# Two names joined by "and" (「と同様」 is no join).
AND_JOIN = re.compile(r"及び|および|並びに|ならびに|とともに|と(?!同様|同じ|なる|して)|\band\b|together with|&", re.I)
LEAD_LINES = 2  # non-blank lines above the first item that may say "one of"
OR_GAP = 24  # characters after a name within which an "or" joins it to the next (「の写し（表面）又は」)
SHORT_LINE = 12  # a line after the list this short belongs to it (「1通」「等」「6. その他」)


def _lines(text: str, start: int, end: int) -> tuple[str, str]:
    """The lead (up to LEAD_LINES non-blank lines above `start`) and the list's own lines (from
    the line of `start` to that of `end`, and the next line if short: 「1通」, 「6. その他」; a
    longer one is another matter, 「手数料は…または…」)."""
    first = text.rfind("\n", 0, start) + 1
    lead_start, seen = first, 0
    while lead_start > 0 and seen < LEAD_LINES:
        above = text.rfind("\n", 0, lead_start - 1) + 1
        seen += bool(text[above:lead_start].strip())
        lead_start = above
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    after = text.find("\n", line_end + 1)
    after = len(text) if after < 0 else after
    if len(text[line_end:after].strip()) <= SHORT_LINE:
        line_end = after
    return text[lead_start:first], text[first:line_end]


def _names(items: str) -> list[tuple[int, int]]:
    """Where the list's lines name a document, in order (read once for both checks below)."""
    return sorted(m.span() for pattern, _kind in DOCUMENTS for m in pattern.finditer(items))


def _or_after_name(items: str, names: list[tuple[int, int]]) -> bool:
    """「運転免許証又はパスポート」, 「…住民票又は外国人登録者証」: "or" just after a document's name
    (within the sentence), not in an item's aside ("…issued within the past three months, without
    your registered domicile or Individual Number")."""
    for _start, end in names:
        after = items[end:end + OR_GAP]
        after = after[:min((i for i in (after.find("\n"), after.find("。")) if i >= 0), default=len(after))]
        if OR_ON_LINE.search(after):
            return True
    return False


def _and_between(items: str, names: list[tuple[int, int]]) -> bool:
    """「運転免許証の写し及び住民票の写し」, "your passport and your residence certificate": two
    documents' names joined by "and" on one line (a note marked ※ under the list is no part of it)."""
    kept = [(s, e) for s, e in names if not items[items.rfind("\n", 0, s) + 1:s].lstrip().startswith(NOTE_MARKS)]
    return any(AND_JOIN.search(items, end, start) for (_s, end), (start, _e) in zip(kept, kept[1:])
               if 0 < start - end <= OR_GAP and "\n" not in items[end:start])


def reading(text: str, facts: list[Found]) -> str:
    """How the words around these documents' facts say they go: "one" (of them), "all", or
    "unsaid" (see the module's note)."""
    if not facts:
        return "one"  # nothing to read: as the rules that made the group have it
    lead, items = _lines(text, min(f.start for f in facts), max(f.end for f in facts))
    names = _names(items)
    if ONE_SAID.search(lead) or ONE_SAID.search(items) or _or_after_name(items, names) \
            or EXAMPLES.search(items) or ETC.search(items):
        return "one"
    return "all" if ALL_SAID.search(lead) or ALL_SAID.search(items) or _and_between(items, names) else "unsaid"


def mark_unstated(documents: dict | str, facts: list[Found], text: str) -> dict | str:
    """`documents` with `count: unknown` on each "one of" group of several kinds whose page does
    not say how many go: the person's list, and the representative's own documents given as the
    same as the person's."""
    if not isinstance(documents, dict):
        return documents
    for who, groups in documents.items():
        if not isinstance(groups, list):
            continue  # a choice of sets says its counts itself
        for group in groups:
            kinds = {d["kind"] for d in group["one_of"]}
            if "count" in group or len(kinds) < 2 or (who != "self" and group.get("label") != SAME_AS_PERSON_LABEL):
                continue
            said = [f for f in facts if f.field == "documents.self" and f.value in kinds and f.quote in group["quote"]]
            how = reading(text, said)
            if how == "all" and len(kinds) <= MAX_COUNT:
                group["count"] = len(kinds)  # every one of them: that many different documents
            elif how != "one":
                group["count"] = "unknown"
    return documents
