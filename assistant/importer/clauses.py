"""Clauses of a sentence and whether each is negated: the scope a refusal has.

"…郵送してください(ご本人様以外からの請求については、原則お受けできません)" refuses who may ask,
not the post; "Please mail it. *We cannot accept requests made in person" refuses the visit only.
A way to send is refused only when the clause that names it is negated.

Two routes, measured against each other on the real corpus (benchmarks/import_quality.py):
- "analyser": fugashi with unidic-lite splits Japanese at conjunctive particles (て、が、ので、
  ば) and reads negation from the predicate's lemmas (ない, ず, かねる, 不可 …);
- "regex": the same split at punctuation and a few endings, negation from word lists.
English is read by the regex route in both. The route in use is ROUTE (IMPORT_ANALYSER in the
environment overrides it for the benchmark).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

ROUTE = os.environ.get("IMPORT_ANALYSER", "analyser")

# Where a clause ends: brackets, semicolons, "but", and Japanese conjunctive endings before 、.
# "…お取り寄せいただきご記入の上、次の3点を揃え、同窓口宛にご郵送ください": a verb's continuative
# form or 上 before 、 ends a clause; a topic (は) or a list word before 、 does not ("電話については、
# お受けできません" stays one clause, so the refusal reaches the telephone).
_SPLIT = re.compile(r"[()（）\[\]［］;；]|(?<=[ぁ-ゖ])(?<![のとやかもなどはをに])、|(?<=の上)、|(?<=うえ)、|"
                    r"(?<=ので)、?|(?<=ため)、|(?<=けれど)、|"
                    r"(?<=場合は)、|(?<=場合には)、|(?<=ときは)、|(?<=なお)、|, but |, and (?=no\b|not\b)|\. |\*|※")
NEGATION = re.compile(
    r"ません|ない|ず(?![つ])|不可|できかね|いたしかね|致しかね|お断り|ご遠慮|認められ(ません|ない)|"
    # "Neither telephone, fax, nor e-mail shall be acceptable": neither … nor refuses each
    r"\bnot\b|\bno\b|\bneither\b|\bnor\b|cannot|can't|won't|refus|reject|decline", re.I)
# "…以外は受け付けません", "only … accepted": an exclusive clause negates everything but its object.
ONLY = re.compile(r"のみ|だけ|限り|に限ります|\bonly\b|exclusively", re.I)


def _analyser() -> bool:
    """The analyser route, where chosen and fugashi with its dictionary is installed."""
    return ROUTE == "analyser" and _tagger() is not None


@lru_cache(maxsize=8192)  # each sentence is asked about once per way, document and fee named in it
def spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause of a sentence, in order."""
    cuts = [m.end() for m in _SPLIT.finditer(sentence)]
    if _japanese(sentence) and _analyser():  # the analyser adds the cuts at particles words show
        cuts += _analyser_cuts(sentence)
    out, begin = [], 0
    for cut in sorted(set(cuts)) + [len(sentence)]:
        if cut > begin:
            out.append((begin, cut))
            begin = cut
    return tuple(out)


def clause_at(sentence: str, position: int) -> str:
    """The clause of the sentence that holds the character at `position`."""
    for begin, end in spans(sentence):
        if begin <= position < end:
            return sentence[begin:end]
    return sentence


@lru_cache(maxsize=8192)
def negated(clause: str) -> bool:
    """True where the clause's predicate says no ("できない場合" is a condition, not a no)."""
    clause = NOT_A_NO.sub("", clause)
    if _japanese(clause) and _analyser():
        return _analyser_negated(clause)
    return any(not clause[m.end():m.end() + 3].startswith(CONDITION)
               for m in NEGATION.finditer(clause))


CONDITION = ("場合", "とき", "こと", "もの", "方")
# Words whose negative form says no refusal: 「やむを得ない事情がある場合には、…郵送で受け付け」 (unavoidable),
# 「郵送・持参を問いません」 (either), 「…でも差し支えありません」, 「構いません」 (allowed).
NOT_A_NO = re.compile(r"(?:やむ|止む|已む)を?(?:得|え)(?:ない|ず)|差し?支え(?:ない|ありません|ございません)|"
                      r"(?:構|かま)(?:わない|いません)|問(?:わない|いません|わず)|"
                      # 「開示の有無に関わらず」: whatever the outcome, no refusal
                      r"(?:関|拘|かか)わ(?:らず|りなく)|"
                      # 「この手続によらずに郵送・メール等で受け付けます」: another route, the ways taken
                      r"によらずに?")
NOT_CONDITION = ("方針", "方法", "方向")


def refused_at(sentence: str, position: int) -> bool:
    """Whether the words at `position` are refused: their clause is negated, or they stand in
    brackets whose clause after them is ("…(当社に直接お越しいただいた場合も含みます)には応じら
    れません", "Any other application (…by telephone…) will be refused"), or they are the topic
    of a predicate that a reason stands before ("電話、FAX…によるお申し込みは、…確認が困難なため、
    受け付けておりません")."""
    parts = spans(sentence)
    for number, (begin, end) in enumerate(parts):
        if begin <= position < end:
            if negated(sentence[begin:end]):
                return True
            bracketed = begin > 0 and sentence[begin - 1] in "(（["
            # 「「定額小為替証書」はお受けしておりません」, 「「電話・FAX」による受付は行っておりません」:
            # a quoted word whose predicate follows the closing quote (the analyser cuts at quotes)
            # after a particle is refused where that is negated
            quoted = sentence[begin:end].rstrip().endswith(("」", "』")) and number + 1 < len(parts) \
                and sentence[parts[number + 1][0]:parts[number + 1][0] + 1] in QUOTE_PARTICLES
            if (bracketed or quoted) and number + 1 < len(parts):
                after = parts[number + 1]
                return negated(sentence[after[0]:after[1]])
            if TOPIC.search(sentence, position, end) and REASON.search(sentence[begin:end]):
                # the predicate is the first clause after the reasons: "…ため、…ので、受け付けません"
                for after in parts[number + 1:]:
                    clause = sentence[after[0]:after[1]]
                    if not REASON.search(clause):
                        return negated(clause)
            return False
    return False


# The particles that tie a quoted word to the predicate after it (は, を: its object or topic; に
# (による), で (での): the means).
QUOTE_PARTICLES = ("は", "を", "も", "が", "に", "で")
# A topic after the words ("…お申し込みは、") and a clause that ends in a reason ("…困難なため、").
TOPIC = re.compile(r"(は|については|につきましては)、")
REASON = re.compile(r"(ため|ので)、?\s*$")


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text[:200])


@lru_cache(maxsize=1)
def _tagger():
    """fugashi's tagger (unidic-lite's dictionary is found by fugashi itself); None where either
    is missing, and then the regex route reads Japanese too."""
    try:
        import fugashi

        return fugashi.Tagger()
    except (ImportError, RuntimeError):
        return None


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """(surface, pos1, pos2, lemma) of each word."""
    return tuple((w.surface, w.feature.pos1 or "", w.feature.pos2 or "", w.feature.lemma or "")
                 for w in _tagger()(text))


def _analyser_cuts(sentence: str) -> list[int]:
    cuts, offset = [], 0
    words = _tokens(sentence)
    for index, (surface, pos1, pos2, _) in enumerate(words):
        found = sentence.find(surface, offset)
        offset = found + len(surface) if found >= 0 else offset
        following = words[index + 1][0] if index + 1 < len(words) else ""
        if pos2 == "括弧開" or pos2 == "括弧閉" or surface in "()（）;；※*":
            cuts.append(offset)
        elif pos2 == "接続助詞" and following == "、":
            cuts.append(offset + 1)  # after the comma
        elif pos2 == "接続助詞" and surface in ("ので", "から", "けれど", "けど", "が"):
            cuts.append(offset)  # "…ご郵送いたしますので全てご記入の上ご返送ください"
        elif surface == "で" and index and words[index - 1][0] == "の" and pos1 == "助動詞":
            cuts.append(offset)  # "ので" read as の + だ
        elif surface in ("場合", "とき") and following == "は":
            continue
        elif pos1 == "接続詞" and index > 0 and surface in ("ただし", "但し", "なお", "尚", "また") \
                and following == "、":
            cuts.append(found if found >= 0 else offset)  # 及び・又は join words: no cut there
    return cuts


_NEGATIVE_LEMMAS = {"ない", "ず", "ぬ", "兼ねる", "かねる", "不可", "断る", "遠慮"}


def _analyser_negated(clause: str) -> bool:
    words = _tokens(clause)
    for index, (surface, pos1, pos2, lemma) in enumerate(words):
        base = lemma.split("-")[0]
        if base in _NEGATIVE_LEMMAS or surface in ("不可", "お断り", "ません"):
            # "できない場合" is a condition, not a refusal: a negation that ends in 場合/とき/こと.
            rest = "".join(w[0] for w in words[index + 1:index + 4])
            if rest.startswith(CONDITION) and not rest.startswith(NOT_CONDITION):  # (「受け付けない方針」: a no)
                continue
            # 「本籍地を…判読できない状態にしてご郵送ください」: the negation names a state (a noun
            # after it); the clause's predicate is the request after, which says yes
            if index + 1 < len(words) and words[index + 1][1] == "名詞" and words[index + 1][0] not in ("旨", "由") and \
                    any(w[0] in ("ください", "下さい") for w in words[index + 2:]):
                continue
            return True
    return False


def cuts_a_word(before: str, after: str) -> bool:
    """Whether a line break between `before` and `after` falls inside a word, or right before a
    particle, an auxiliary or a suffix (「…合理的判断が困難な場合を除 / き、…」, 「…第三 / 者の利益」): a
    page's width cut the line, not its writer. Only on the analyser route (False otherwise)."""
    if not _analyser() or not _japanese(before[-10:] + after[:10]):
        return False
    head, tail = before[-10:], after[:10]
    offset = 0
    for surface, pos1, _, _ in _tokens(head + tail):
        end = offset + len(surface)
        if offset < len(head) < end:
            return True  # a word across the break
        if offset == len(head):
            return pos1 in ("助詞", "助動詞", "接尾辞")
        offset = end
    return False
