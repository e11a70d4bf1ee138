"""A form for each kind of request: 「1. 開示請求書 2. 訂正等請求書 3. 利用停止等請求書 4. 利用目的通知請求書」,
「開示をご請求される場合は開示請求書に、利用目的の通知をご請求される場合は利用目的通知請求書に」, "Navitime's
Prescribed Request Forms / - Request for Notification of Purpose of Use … / - Request for Disclosure of
…". Where the page names two or more forms whose names each say which requests they are for, and no
two of them are for the same request, each is the company's form for its kinds (the record keeps a
form per kind: a correction is never sent on the disclosure form). A name that says 「開示等」 is one
form for every request, and any doubt (two names for one kind) leaves the one form the rules chose."""
from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# Which requests a form's name is for (the Act's kinds, as the record names them).
FORM_KINDS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), kind) for p, kind in (
    (r"利用目的|purpose", "purpose"),
    (r"第三者提供記録|記録の開示|records? of (the )?provision", "third-party-records"),
    (r"第三者(へ|へ?の)?提供(の)?(停止|中止)|third[- ]party provision (suspension|stop)|"
     r"(suspension|cessation|stop(ping)?) of (the )?provision", "third-party-stop"),
    (r"(?<!記録の)開示|disclos", "disclosure"),
    (r"訂正|追加|削除|correct|amend|addition|delet", "correction"),
    (r"利用(の)?(停止|中止)|消去|suspension of (use|usage)|cessation of use|eras", "suspension"),
))
STOP_PROVISION = re.compile(r"[・、]提供の?(停止|中止)")  # 「利用停止・削除・提供の停止」: the third party's
# 「開示等請求書」, "Request for Disclosure, etc.": one form for every request
EVERY_KIND = re.compile(r"開示等|disclosure,? etc|etc\.", re.I)
# A form's name in a sentence or on a line of its own: 「…開示請求書」, 「…利用停止・消去・第三者提供停止請求書」.
# (a particle ends what came before: 「…される場合は開示請求書に」 names 開示請求書)
NAME_JA = re.compile(r"((?:[^\s、。「」()（）:：/／はをにがでへも]|又は|または){2,41}?"
                     r"(?:請求書|申請書|申込書|依頼書|申出書))")
# "- Request for Disclosure of Retained Personal Data": an English form's title on a line of its own
NAME_EN = re.compile(r"((?:Request|Application) for [A-Za-z ,'’-]{3,90}?)\s?(?:\(PDF[^)]{0,20}\))?\s?")
JOINED = re.compile(r"^(又は|または|及び|および|並びに|ならびに|もしくは|若しくは|や|と)")
FORMS_NEAR = re.compile(r"\bforms?\b|書式|様式|用紙|請求書", re.I)
MAX_NAMES = 24  # names read in one text (a page names a handful of forms)


def form_kinds(name: str) -> tuple[str, ...]:
    """The kinds of request a form's name says it is for; () for every kind or none said."""
    if EVERY_KIND.search(name):
        return ()
    kinds = tuple(kind for pattern, kind in FORM_KINDS if pattern.search(name))
    if "suspension" in kinds and not re.search(r"訂正|追加|correct|amend|addition", name, re.I):
        # 「利用停止・削除・提供の停止請求書」: a deletion beside the stop of use is an erasure
        kinds = tuple(k for k in kinds if k != "correction")
        if STOP_PROVISION.search(name) and "third-party-stop" not in kinds:
            kinds += ("third-party-stop",)
    return kinds


def forms_by_kind(names: list[str]) -> dict[str, tuple[str, ...]] | None:
    """Each name's kinds where two or more names each say theirs and no kind has two forms (a form
    named 「利用停止等」 also takes the third-party provision's stop where no form names it); None:
    one form, or doubt."""
    kinds = {name: form_kinds(name) for name in dict.fromkeys(names)}
    if len(kinds) < 2 or not all(kinds.values()):
        return None
    said = [k for ks in kinds.values() for k in ks]
    if len(said) != len(set(said)):
        return None
    if "third-party-stop" not in said:
        for name, ks in kinds.items():
            if ks == ("suspension",) and re.search(r"利用(の)?停止等", name):
                kinds[name] = ("suspension", "third-party-stop")
    return kinds


class FormsByKindRules:
    """Mixed into the extractor (which provides add())."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def forms_by_kind(self) -> None:
        chosen = self.proposal.first("form.name")
        if chosen is None or EVERY_KIND.search(chosen.value):
            return  # no form, or one named for every request
        found: dict[str, tuple] = {}
        for index, s in enumerate(self.region):
            for m in islice(NAME_JA.finditer(s.text), 8):
                name = JOINED.sub("", t.NUMBERED.sub("", m.group(1), count=1).strip().lstrip("・"))  # 「又は…請求書」
                if form_kinds(name) and not t.OTHER_FORM.search(name):
                    found.setdefault(name, (s, m))
            line = t.BULLET.sub("", s.text, count=1).strip()
            if s.text.isascii() and (m := NAME_EN.fullmatch(line)) and form_kinds(m.group(1)) and \
                    any(FORMS_NEAR.search(x.text) for x in self.region[max(0, index - 4):index]):
                found.setdefault(m.group(1).strip(" ,"), (s, m))
            if len(found) > MAX_NAMES:
                return
        # "Navitime's Prescribed Request Forms" over the list of them: a heading, no form of its own
        heading = not form_kinds(chosen.value)
        names = list(found) + ([] if chosen.value in found or heading else [chosen.value])
        if forms_by_kind(names) is None:
            return
        if heading:
            self.proposal.facts.remove(chosen)
        for name, (s, m) in found.items():
            if name != chosen.value or heading:
                self.add("form.name", name, s, m)
