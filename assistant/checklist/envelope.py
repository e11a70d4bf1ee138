"""The checklist's summary parts: the frozen base every part of the tree is made from, the fee in
short and the envelope's address block (checklist/tree.py holds the tree itself)."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

# The envelope's first line where the postal code is not known (renderers say it in their language).
UNKNOWN_POSTAL_CODE = "〒 (postal code unknown: ask)"
UNKNOWN_ADDRESS = "(address unknown: ask)"  # a desk named without its street (「お問い合わせ窓口」 alone)


@dataclass(frozen=True, kw_only=True)
class Frozen:
    def __post_init__(self) -> None:
        for f in fields(self):  # sequences kept as tuples: the tree is immutable and hashable
            if isinstance(getattr(self, f.name), list):
                object.__setattr__(self, f.name, tuple(getattr(self, f.name)))


@dataclass(frozen=True, kw_only=True)
class Fee(Frozen):
    """The fee in short, for summaries and the letter; the fee section says it in full."""

    status: Literal["none", "charged", "not-stated"]
    amount_yen: int | None = None
    per: str | None = None
    pay_when: str | None = None


@dataclass(frozen=True, kw_only=True)
class Envelope(Frozen):
    """The address block as a Japanese envelope wants it: 〒, address, company, department 御中."""

    postal_code: str | None  # None: unknown, ask
    address_lines: tuple[str, ...]
    company: str
    company_en: str
    department: str | None
    honorific: str = "御中"
    confirmed: bool = True  # False: an inquiry address, not one the policy names for requests
    note: str | None = None
    note_ja: str | None = None  # the record's own Japanese for its note
    quote: tuple[str, ...] = ()
    # The Japanese addressee block (law.addressee.japanese_addressee): what the envelope says.
    address_lines_ja: tuple[str, ...] | None = None
    department_ja: str | None = None
    derived: bool = False  # the Japanese address comes from Japan Post's data: check it
    building_left_out: bool = False  # derived, its building known only in Latin letters: left out

    def block(self) -> list[str]:
        """The lines to write on the envelope, top to bottom (in Japanese)."""
        lines = [f"〒{self.postal_code}" if self.postal_code else UNKNOWN_POSTAL_CODE]
        lines += list(self.address_lines_ja or self.address_lines) or [UNKNOWN_ADDRESS]
        department = self.department_ja
        if department:
            lines += [self.company, f"{department} {self.honorific}"]
        else:
            lines.append(f"{self.company} {self.honorific}")
        return lines

    def written(self) -> list[str]:
        """The block as a letter prints it: what is known (the unknowns are the envelope's to ask)."""
        return [line for line in self.block() if line not in (UNKNOWN_POSTAL_CODE, UNKNOWN_ADDRESS)]
