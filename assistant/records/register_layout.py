"""The layout of the National Tax Agency's corporate register files, and the corporate number.

Source of the layout and the codes: 国税庁 法人番号公表サイト「基本3情報ダウンロード」, its データ仕様
「リソース定義書」 (the 30-item layout: フリガナ was added in 第3.0版, published 平成30年1月31日 and
used in the download files from 平成30年4月; 検索対象除外 is the 30th item of the later versions).
The same layout is what the site's own sample files and published parsers (cnparser's
header.json, the code tables other projects copy from the 定義書) show; the codes below were
checked against those. The files are CSV without a header row, one corporation per line, in
Unicode (UTF-8) or Shift-JIS (JIS levels 1-2); both the monthly full data (全件データ, one file per
prefecture or the whole country) and the daily change files (差分データ) have this layout.

The check digit (法人番号の検査用数字) follows the NTA's formula: for the twelve digits of the base
number, P_n being the n-th digit counted from the right and Q_n = 1 for odd n, 2 for even n,
check digit = 9 - (sum of P_n x Q_n mod 9). It is the number's first digit.
"""
from __future__ import annotations

import re

SPEC = "国税庁 法人番号公表サイト 基本3情報ダウンロード データ仕様「リソース定義書」（30項目の版）"

# Column positions (0-based) of the 30 items, in the order of the 定義書.
COLUMNS = (
    "sequence_number",           # 1 一連番号
    "corporate_number",          # 2 法人番号
    "process",                   # 3 処理区分
    "correct",                   # 4 訂正区分 (0: not a correction, 1: a correction)
    "update_date",               # 5 更新年月日
    "change_date",               # 6 変更年月日
    "name",                      # 7 商号又は名称
    "name_image_id",             # 8 商号又は名称イメージID (a character outside the code set)
    "kind",                      # 9 法人種別
    "prefecture_name",           # 10 国内所在地（都道府県）
    "city_name",                 # 11 国内所在地（市区町村）
    "street_number",             # 12 国内所在地（丁目番地等）
    "address_image_id",          # 13 国内所在地イメージID
    "prefecture_code",           # 14 都道府県コード
    "city_code",                 # 15 市区町村コード
    "post_code",                 # 16 郵便番号 (seven digits, no hyphen)
    "address_outside",           # 17 国外所在地
    "address_outside_image_id",  # 18 国外所在地イメージID
    "close_date",                # 19 登記記録の閉鎖等年月日
    "close_cause",               # 20 登記記録の閉鎖等の事由
    "successor_corporate_number",  # 21 承継先法人番号
    "change_cause",              # 22 変更事由の詳細
    "assignment_date",           # 23 法人番号指定年月日
    "latest",                    # 24 最新履歴 (1: the current state, 0: a past one)
    "en_name",                   # 25 商号又は名称（英語表記）
    "en_prefecture_name",        # 26 国内所在地（都道府県）（英語表記）
    "en_city_name",              # 27 国内所在地（市区町村丁目番地等）（英語表記）
    "en_address_outside",        # 28 国外所在地（英語表記）
    "furigana",                  # 29 フリガナ
    "hihyoji",                   # 30 検索対象除外 (1: left out of the site's search)
)
COLUMN = {name: position for position, name in enumerate(COLUMNS)}

# 処理区分: what happened to the corporation in this row.
PROCESS = {
    "01": "新規", "11": "商号又は名称の変更", "12": "国内所在地の変更", "13": "国外所在地の変更",
    "21": "登記記録の閉鎖等", "22": "登記記録の復活等", "71": "吸収合併", "72": "吸収合併無効",
    "81": "商号の登記の抹消", "99": "削除",
}
DELETED = "99"  # the row was published by mistake: the corporation leaves the register
# 法人種別
KIND = {
    "101": "国の機関", "201": "地方公共団体", "301": "株式会社", "302": "有限会社",
    "303": "合名会社", "304": "合資会社", "305": "合同会社", "399": "その他の設立登記法人",
    "401": "外国会社等", "499": "その他",
}
# 登記記録の閉鎖等の事由
CLOSE_CAUSE = {
    "01": "清算の結了等", "11": "合併による解散等", "21": "登記官による閉鎖",
    "31": "その他の清算の結了等",
}

# Bounds on what enters (the 定義書 allows 150 characters for a name and 300 for an address; a
# little room above that, far below anything that could hurt).
MAX_FIELD_CHARS = 1000
MAX_ROWS = 12_000_000  # the whole country is about 5.5 million
MAX_FILES = 200  # one command: the 48 full files, or months of daily change files
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_NUMBER = re.compile(r"\d{13}\Z")


def check_digit(base: str) -> int:
    """The check digit for the twelve-digit base of a corporate number."""
    digits = base.encode("ascii")[::-1]  # P_1 is the rightmost digit
    total = sum(digits[0::2]) + 2 * sum(digits[1::2]) - 48 * (len(digits[0::2]) + 2 * len(digits[1::2]))
    return 9 - total % 9


def is_corporate_number(text: str) -> bool:
    """Thirteen ASCII digits whose first is the check digit of the other twelve."""
    return bool(_NUMBER.match(text)) and int(text[0]) == check_digit(text[1:])


def corporate_number(text: str) -> str | None:
    """The corporate number a person typed (full-width digits, spaces or hyphens allowed), if it
    is thirteen digits; None otherwise. The check digit is not checked here."""
    import unicodedata

    digits = re.sub(r"[\s\-‐－ー]", "", unicodedata.normalize("NFKC", text or ""))
    return digits if _NUMBER.match(digits) else None


def is_date(text: str) -> bool:
    return bool(_DATE.match(text))
