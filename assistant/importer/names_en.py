"""An English company name is its run of capitalised words before the legal form: in "1. The use of
Personal Data retained by New City Corporation" the name is "New City Corporation", not the
heading's words before it, nor a desk's before a comma ("of" and "and" may stand inside a name:
"Bank of Kyoto, Ltd.")."""
from __future__ import annotations

INSIDE = {"of", "and", "&", "the"}
OPENING = {"At", "In", "For", "By", "From", "With", "To", "Dear", "About"}  # a sentence's first word, capitalised
# The legal form a comma may stand before inside a name ("Rakuten Mobile, Inc.", "… Co., Ltd.").
FORM = ("Inc.", "Ltd.", "Ltd", "K.K.", "Co.", "Co.,", "Corporation")


def capitalised_name(words: str) -> str:
    """The name's own words at the end of `words` (Japanese names are returned as they are)."""
    if not words.isascii():
        return words
    parts = words.split()
    start = len(parts)
    while start > 0 and (parts[start - 1][:1].isupper() or parts[start - 1][:1].isdigit()
                         or parts[start - 1] in INSIDE and start < len(parts)):
        if parts[start - 1].endswith(",") and start < len(parts) and parts[start] not in FORM:
            break  # "General Affairs Department, Sun Frontier Real Estate K.K.": a desk before it
        start -= 1
    while start < len(parts) - 1 and (parts[start] in INSIDE or parts[start] in OPENING):
        start += 1  # a name opens with its own word, not "of", nor a sentence's "At" ("At Nihon Etching Co., Ltd., we …")
    return " ".join(parts[start:]) or words
