"""A Japanese company name as the address block or a sentence gives it, without what stands around
it there: 「センドグループ株式会社 個人情報相談窓口」 is the company 「センドグループ株式会社」 (the desk is
the envelope's department, not part of the name; kept in the name, a letter names the desk twice),
「1.株式会社ピーアンドピー(以下…)」 starts after its item number, 「株式会社ミナトは」 ends before its
particle, and in a sentence (「…は株式会社メルリンクスが運営しています」) the name is the words between
the particles around it."""
from __future__ import annotations

import re

from assistant.importer import terms as t
from assistant.importer.terms_address import DEPT_START, POLICY_TITLE

LEGAL_FORMS = ("株式会社", "有限会社", "合同会社")
# 「…本サービスの利用に関するJobJob合同会社」, 「…エンジニア派遣の京設工業株式会社」, 「…協会における…」:
# a sentence's words before a name whose legal form ends it
LEAD_BEFORE = re.compile(r"^.{1,40}(に関する|における|に係る|の)(?=[^ぁ-ゖ\s]{2,20}(株式会社|有限会社|合同会社)$)")
# 「桜橋プラザビル４Ｆ日本インターシステムズ株式会社」: the building and floor of an address line before it
FLOOR_BEFORE = re.compile(r"^[^\s]{0,24}(ビル|タワー|Bldg\.?)\s?[0-9０-９]{1,3}\s?([FＦ]|階)\s?")
# 「東急バス株式会社・株式会社東急ト…」: two companies named together, the first is the page's
TWO_NAMES = re.compile(r"(?<=株式会社|有限会社|合同会社)[・、].*$")
# 「一般社団法人 北陸地域づくり協会における個人情報お問い…」: the name, then the sentence goes on
CLAUSE_AFTER = re.compile(r"(?<=.{6})(における|に関する|に係る|についての).*$")
# 「は株式会社メルリンクスが運営しています」: a particle before the legal form, and a particle and a
# predicate after the name (a name written in hiragana, 「株式会社ほけんの窓口」, is kept whole)
PARTICLE_BEFORE = re.compile(r"^(は|が|を|に|で|と|の|も)(?=株式会社|有限会社|合同会社)")
PREDICATE_AFTER = re.compile(r"((?:株式会社|有限会社|合同会社)[^ぁ-ゖ\s]{1,20}?)(が|は|を|に|で|と|より|から)[ぁ-ゖ一-龯].*$|"
                             # 「株式会社留学情報館の運営するEnglish」: what the company runs, after it
                             r"((?:株式会社|有限会社|合同会社)[^ぁ-ゖ\s]{1,20}?)の(運営|提供|管理)する.*$")
# 「高橋株式会社は創業80年を超え」, 「大同特殊鋼株式会社ならびにその子会社…」, 「…九州株式会社個人情報お問合せ
# 総合窓口にご請求ください」: a name its legal form ends, then the sentence going on
SENTENCE_AFTER = re.compile(r"^(.{1,30}?(?:株式会社|有限会社|合同会社))(?=\s?[^\s]*[ぁ-ゖ])\s?[^\s(（]+$")


def japanese_name(words: str, after: str = "") -> str:
    """The company's own name in `words` (a match of the company-line pattern); `after`, the
    character after it in the text: a one-letter particle ends the sentence's name only before a
    comma (「株式会社ミナトも、」), never a name that ends in a kana (「株式会社たびびと(以下…)」)."""
    name = t.BULLET.sub("", words.strip(" ,"), count=1) or words  # an item's mark: 「1.」「2)」
    head, _, tail = name.rpartition(" ")
    # A desk or the policy's title after a space: 「…株式会社 経営企画部」, 「…株式会社 個人情報問合せ係り」,
    # 「…株式会社 個人情報保護方針」. Not when the head is only the legal form (「株式会社 日教販」: the
    # space stands inside the name).
    if head and (DEPT_START.search(tail) or tail.endswith("係り") or POLICY_TITLE.search(tail)) \
            and head.strip() not in LEGAL_FORMS:
        name = head.strip()
    name = PREDICATE_AFTER.sub(r"\1\3", PARTICLE_BEFORE.sub("", name))
    name = SENTENCE_AFTER.sub(r"\1", name)
    name = LEAD_BEFORE.sub("", name) or name
    name = TWO_NAMES.sub("", CLAUSE_AFTER.sub("", FLOOR_BEFORE.sub("", name) or name)) or name
    particle = t.TRAILING_PARTICLE.search(name)
    if particle and (len(particle.group(0)) > 1 or particle.group(0) == "は" or after in ("、", ",", "，")):
        return name[:particle.start()] or name
    return name
