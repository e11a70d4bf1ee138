"""Who moves the company's form, read from the words' lemmas (the analyser route of clauses.py).

A page says it in many words: 「その後、電子メールで当社より所定の請求書を送付・送信いたしますので」,
「当社所定の申請書をご連絡いただいた住所宛に郵送します」 (the company sends its form: the person
contacts it first), 「各種請求書・依頼書につきましては以下問合せ先までご依頼ください」 (the person asks
for it). The patterns of terms.FORM_HOW list the surface forms seen; here the sentence's structure
decides — the form is the object or the topic, then a verb of sending or of asking, and what follows
the verb says who acts (a request to the person, or the company's own humble or plain form).
Without the analyser nothing is read here (the patterns still are).
"""
from __future__ import annotations

from assistant.importer.clauses import _analyser, _japanese, _tokens

# 「請求書」 is read as 請求 + the suffix 書; 「用紙」, 「様式」 are nouns of their own.
_FORM_HEADS = {"請求", "申請", "申込", "申し込み", "依頼", "申出", "申し出"}
_FORM_NOUNS = {"用紙", "様式", "書式", "請求書", "申請書", "申込書", "依頼書"}
# What makes 「請求書」 the request's form: 「所定の請求書」, 「開示等請求書」, 「各種請求書」.
_QUALIFIERS = {"所定", "開示", "等", "指定", "各種", "専用", "「", "当社", "弊社", "訂正", "停止"}
_MARKS = {"を", "は", "も"}  # the form as the object or the topic ("…につきましては" too)
_SEND = {"送付", "送信", "郵送", "送る", "発送", "届ける", "返送"}
_ASK = {"依頼", "請求", "問い合わせ", "問い合わせる", "取り寄せる", "取り寄せ", "求める",
        "申し付ける", "連絡", "申し込む", "申し込み"}
_TO_PERSON = {"下さる", "願う"}  # 「…ください」, 「…願います」: a request to the person


def who_moves_form(sentence: str) -> str | None:
    """"mailed-by-company" where the company sends its form, "inquiry" where the person is asked
    to ask for it, None where the sentence says neither (or the analyser is not installed)."""
    if not (_japanese(sentence) and _analyser()) or len(sentence) > 400:
        return None
    words = _tokens(sentence)
    form_at = _form_object(words)
    if form_at is None:
        return None
    for index in range(form_at + 1, len(words)):
        lemma = words[index][3].split("-")[0]
        if lemma not in _SEND and lemma not in _ASK:
            continue
        after = [w[3].split("-")[0] for w in words[index + 1:index + 6]]
        if lemma in _SEND and (after[:1] == ["させる"] or after[:2] == ["為る", "せる"]) and "頂く" in after:
            return "mailed-by-company"  # 「送付させていただきます」: the company's humble act
        if lemma in _ASK and any(a in _TO_PERSON for a in after[:3]):
            return "inquiry"  # 「…までご依頼ください」, 「…にお問い合わせ願います」
        if lemma in _SEND and not any(a in _TO_PERSON for a in after) and (
                "ます" in after[:3] or "致す" in after[:2]):
            return "mailed-by-company"  # 「送付いたします」, 「郵送します」 (not 「郵送する際」)
        # 「ご連絡いただいた住所宛に」: a verb inside a phrase; the predicate comes later
    return None


def _form_object(words) -> int | None:
    """The index of the company's form as the sentence's object or topic, if it is one."""
    for index, (surface, _, _, lemma) in enumerate(words):
        base = lemma.split("-")[0]
        noun = base in _FORM_NOUNS or (
            base in _FORM_HEADS and index + 1 < len(words) and words[index + 1][0] == "書")
        if not noun:
            continue
        before = {w[3].split("-")[0] for w in words[max(0, index - 3):index]}
        if base in ("請求", "請求書") and not before & _QUALIFIERS:
            continue  # a bare 「請求書」 is also an invoice: 「見積書と請求書を送付します」
        rest = [w[0] for w in words[index + 1:index + 5] if w[0] not in ("書", "」", "』", "\"")]
        if rest and (rest[0] in _MARKS or rest[0] == "に" and len(rest) > 1 and rest[1] in ("つき", "つい")):
            return index
    return None
