"""The kinds of request a procedure names: in its first sentences, in any sentence of it that lists
several kinds ("requests for notification …, disclosure, correction …"), a right's label, a form for
disclosure, or the heading of one kind's procedure."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# "(2) Procedures of requesting suspension of third party provision": a page on one kind's procedure
# (「・個人情報開示申請について」 over its fee in a club's list of charges)
ONE_KIND_PROCEDURE = re.compile(r"procedures? (of|for) request|(請求|申請)の?(手続|方法)|(請求|申請)(について|に関して)\s*$", re.I)

# 「個人情報の開示を求められたときは」, 「…の訂正、追加または削除を請求することができます」, 「利用の停止を求め
# られた場合」: the person asking for a kind, in a policy's article on it
ASKED_FOR = re.compile(r"[^。]{0,12}?を(ご)?(請求|求め|要求)(られ|され|する|る|ること|いただ)")
WISHED = re.compile(r"[^。]{0,12}?を(ご)?(請求|求め|希望)(られ|され|する)")  # (the old words only)
# 「個人情報の照会、修正等を希望される場合には」: a shop's older words for disclosure and correction
OLD_WORDS = ((re.compile(r"(?<=の)照会"), "disclosure"), (re.compile(r"(?<=[の、・])修正"), "correction"))


THIRD_PARTY = re.compile(r"third[- ]part|第三者", re.I)
REQUESTED = re.compile(r"\bplease (request|apply|submit|send|contact)|(ご)?請求(ください|下さい|いただ|される場合|の際)", re.I)


class KindRules:
    """Mixed into the extractor (which provides add())."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def request_kinds(self) -> None:
        # The kinds the procedure names: in its first sentences, and in any sentence of it that
        # lists several kinds ("requests for notification …, disclosure, correction …"), or a right's label.
        for index, s in enumerate(self.region):
            found = [(kind, m) for pattern, kind in t.KINDS if (m := pattern.search(s.text))]
            # (a heading naming two: 「個人情報の開示、削除、訂正、追加等の変更について」)
            heading = len(s.text) <= (70 if s.text.isascii() else 40) and not s.text.endswith(("。", "."))
            named = {kind for kind, _ in found}
            # (「4. 利用目的の通知および開示の請求について、手数料はいただきません。」: a kind beside one
            # already found is the procedure's too)
            beside = len(named) >= 2 and any(f.field == "request_kinds" and f.value[0] in named for f in self.proposal.facts)
            # ("Regarding the disclosure of personal information / …desires to disclose the personal information,
            # please request that by mailing designated document": a section on one kind, the request below)
            asked_below = heading and found and index + 1 < len(self.region) and not THIRD_PARTY.search(s.text) \
                and REQUESTED.search(self.region[index + 1].text)
            if index >= 12 and len(named) < (2 if heading else 3) and not beside and not asked_below \
                    and not (found and t.RIGHT_LABEL.match(s.text)):
                continue
            for kind, m in found:
                if not any(f.field == "request_kinds" and f.value[0] == kind
                           for f in self.proposal.facts):
                    self.add("request_kinds", (kind, m.group(0)), s, m)

        if not self.proposal.first("request_kinds"):  # a clinic's table naming only its form
            for s in self.region:
                if (m := t.DISCLOSURE_FORM.search(s.text)):
                    self.add("request_kinds", ("disclosure", m.group(0)), s, m)
                    break
                # "(2) Procedures of requesting suspension of third party provision": one kind's procedure
                if len(s.text) <= 70 and ONE_KIND_PROCEDURE.search(s.text) and \
                        (found := next(((k, m) for p, k in t.KINDS if (m := p.search(s.text))), None)):
                    self.add("request_kinds", (found[0], found[1].group(0)), s, found[1])
                    break
        if not self.proposal.first("request_kinds"):  # a shop's policy, a kind to an article
            asked = [(p, k, ASKED_FOR) for p, k in t.KINDS] + [(p, k, WISHED) for p, k in OLD_WORDS]
            for s in self.region:
                for pattern, kind, asking in asked:
                    m = pattern.search(s.text)
                    if m and asking.match(s.text, m.end()) and \
                            not any(f.field == "request_kinds" and f.value[0] == kind for f in self.proposal.facts):
                        self.add("request_kinds", (kind, m.group(0)), s, m)
        if not self.proposal.first("request_kinds"):
            # the procedure read from below its heading, the kinds named only above it ("4. Procedures
            # to meet requests for notice of the purpose of use, for disclosure, correction, …
            # (hereinafter "Certain Requests")"): the sentence of the page that names three or more
            # (else a heading of its own naming one: "• Disclosure of Medical Information")
            for need in (3, 1):
                for s in self.all:
                    found = [(kind, m) for pattern, kind in t.KINDS if (m := pattern.search(s.text))]
                    short = len(s.text) <= 70 and not s.text.rstrip().endswith(("。", "."))
                    if len({kind for kind, _ in found}) >= need and (need > 1 or short):
                        for kind, m in found:
                            self.add("request_kinds", (kind, m.group(0)), s, m)
                        return
