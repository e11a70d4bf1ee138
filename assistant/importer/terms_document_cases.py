"""More words of the documents' part: a mask allowed rather than asked, an aside that gives the
representative the person's identity documents too, an English proof "for legal representatives".
Each pattern is bounded (linear in the text)."""
from __future__ import annotations

import re

# 「塗りつぶしていただいて結構です」, 「…塗りつぶしたうえで送付いただいても結構です」: allowed, not asked
MASK_ALLOWED = re.compile(r"[^。]{0,24}?(て|で)も?(結構|構いません|かまいません|差し支えありません|差支えありません)")
# 「本人確認(代理人が代理人本人であることを確認することも含む)のための書類」: the person's, the representative's too
REPS_INCLUDED = re.compile(r"本人確認\s?[(（][^()（）]{0,40}代理人[^()（）]{0,30}(も|を)含(む|みます)[)）]")
# "(e.g., family register or registration certificate for legal representatives)": the legal one's proof
FOR_LEGAL_EN = re.compile(r"[^.;)]{0,60}?\bfor (a |the )?(legal representatives?|statutory (agents?|prox(y|ies)|representatives?))\b",
                          re.I)
# 「住民票原本（本人）」 in a representative's list: the person's own document; 「…のいずれかの写し1点
# （両名分）」: one each, the person's and the representative's
OWNER_MARK = re.compile(r"[^\s、。]{0,6}?[(（](ご)?本人(分|の(もの|分))?[)）]")
BOTH_MARK = re.compile(r"[(（](両名|双方|本人及び代理人|本人および代理人|本人・代理人)(分|の(もの|分))?(とも)?[)）]")
# A document's freshness other than three months (terms_documents.FRESH): 「…日前30日以内に作成されたもの」,
# 「発行日から6ヶ月以内のもの」; said of its issue (not 「30日以内に回答」: the answer's)
FRESH_30 = re.compile(r"(?<!\d)(30|三十)\s?日以内に(作成|発行|交付)|(発行|作成|交付)(日|後|から|されて)[^。\d]{0,8}(?<!\d)(30|三十)\s?日以内")
FRESH_6 = re.compile(r"(?<!\d)(6|六)\s?(か|ヶ|ケ|カ|箇|ヵ)月以内に(作成|発行|交付)|(発行|作成|交付)(日|後|から|されて)[^。\d]{0,8}(?<!\d)(6|六)\s?(か|ヶ|ケ|カ|箇|ヵ)月以内|"
                     r"issued within (the (last|past) )?(6|six) months", re.I)
