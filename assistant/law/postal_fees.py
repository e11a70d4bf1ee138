"""Japan Post's fees in the law data (law.yaml's postal_fees): what the follow-ups and checklists
say sending costs, with the date they took effect and when they were last compared."""
from __future__ import annotations

from datetime import date

from pydantic import model_validator

from assistant.records.model import Record


# Japan Post's fees, by the name the program uses for each (yen, tax included).
POSTAL_FEE_ITEMS = (
    "letter",                   # a standard-size letter up to 50 g (定形郵便物)
    "registered-mail",          # 一般書留, added to the postage
    "simple-registered-mail",   # 簡易書留, added
    "certified-mail",           # 特定記録, added
    "delivery-certificate",     # 配達証明, asked for when posting, added
    "contents-certified",       # 内容証明, the first sheet, added
    "contents-certified-sheet", # 内容証明, each further sheet
)


class PostalFees(Record):
    """Japan Post's fees as of a date: letters name costs from here, and say as of when, never
    from literals. A table older than a year is flagged where it is used."""

    effective: date  # the day these fees took effect
    # The day a person last compared them with Japan Post's own table; None: not yet (the
    # program then says the amounts are to be checked at the post office).
    checked: date | None = None
    source: str  # where they were read (Japan Post's fee page)
    yen: dict[str, int]

    def confirmed(self, today: date) -> bool:
        """Compared with Japan Post's own table within the last year."""
        return self.checked is not None and (today - self.checked).days <= 366

    @model_validator(mode="after")
    def _every_item(self) -> "PostalFees":
        missing = [item for item in POSTAL_FEE_ITEMS if item not in self.yen]
        unknown = [item for item in self.yen if item not in POSTAL_FEE_ITEMS]
        if missing or unknown:
            raise ValueError(f"postal_fees.yen: give exactly {', '.join(POSTAL_FEE_ITEMS)}"
                             f" (missing: {missing}, unknown: {unknown})")
        return self
