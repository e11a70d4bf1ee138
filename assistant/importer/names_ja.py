"""A Japanese company name as the address block or a sentence gives it, without what stands around
it there: 「センドグループ株式会社 個人情報相談窓口」 is the company 「センドグループ株式会社」 (the desk is
the envelope's department, not part of the name; kept in the name, a letter names the desk twice),
「1.株式会社ピーアンドピー(以下…)」 starts after its item number, 「株式会社ミナトは」 ends before its
particle."""
from __future__ import annotations

from assistant.importer import terms as t
from assistant.importer.terms_address import DEPT_START

LEGAL_FORMS = ("株式会社", "有限会社", "合同会社")


def japanese_name(words: str) -> str:
    """The company's own name in `words` (a match of the company-line pattern)."""
    name = t.BULLET.sub("", words.strip(" ,"), count=1) or words  # an item's mark: 「1.」「2)」
    head, _, tail = name.rpartition(" ")
    # A desk after a space: 「…株式会社 経営企画部」. Not when the head is only the legal form
    # (「株式会社 日教販」: the space stands inside the name).
    if head and DEPT_START.search(tail) and head.strip() not in LEGAL_FORMS:
        name = head.strip()
    return t.TRAILING_PARTICLE.sub("", name) or name
