"""A postal address in a record: as the policy writes it, and in Japanese for Japanese letters."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from assistant.records.facts import BoundedDate, Fact, Record, Unknown, _check_postal, is_known

JAPAN_POST = "japan-post"  # source_ja of an address derived from Japan Post's data


class Address(Fact):
    """A postal address as the policy writes it."""

    department: str | Unknown
    postal_code: str | Unknown
    # `unknown` where the policy names the desk for requests but gives no address for it.
    lines: Annotated[tuple[str, ...], Field(min_length=1)] | Unknown
    recipient: str | None = Field(None, description="Company name if other than the record's name.")
    note: str | None = None
    note_ja: str | None = Field(None, description="The note in Japanese, for Japanese output (else it "
                                "points to the policy's words).")
    # In Japanese for the letter and envelope where the policy gives it in English (see source_ja:
    # the company's Japanese page, or "japan-post" for one derived from Japan Post's data).
    lines_ja: tuple[str, ...] | None = None
    department_ja: str | None = Field(None, description="Only as the company writes it in "
                                      "Japanese; never a translation of the English name.")
    postal_code_ja: str | None = Field(None, description="Japan Post's code for the address, "
                                       "where the policy gives none (source_ja says so).")
    source_ja: str | None = Field(None, description="Where the Japanese address comes from.")
    # Japan Post's data names no building at a town's code: a Japanese building name in lines_ja
    # must have been seen somewhere, and this says where (never a translation of the English).
    building_source_ja: str | None = Field(None, description="Where the building's Japanese "
                                           "name in lines_ja was seen (a URL or a note).")

    _postal = field_validator("postal_code")(_check_postal)
    _postal_ja = field_validator("postal_code_ja")(lambda v: v if v is None else _check_postal(v))

    @model_validator(mode="after")
    def _japanese_has_a_source(self) -> "Address":
        if not is_known(self.lines) and not is_known(self.department):
            raise ValueError("give the address lines, or at least the department requests go to "
                             "(else write send_to: unknown)")
        if self.building_source_ja and not self.lines_ja:
            raise ValueError("building_source_ja says where the building's Japanese name was "
                             "seen: write that name in lines_ja, or delete building_source_ja")
        if (self.lines_ja or self.department_ja or self.postal_code_ja) and not self.source_ja:
            raise ValueError("say where the Japanese address comes from (a URL, or japan-post "
                             "for an address derived from Japan Post's data)")
        if self.postal_code_ja and is_known(self.postal_code) and self.postal_code_ja != self.postal_code:
            raise ValueError(f"postal_code_ja {self.postal_code_ja} differs from postal_code "
                             f"{self.postal_code}: keep one (postal_code_ja is only for an "
                             "address whose policy gives no code)")
        return self

    @property
    def derived_ja(self) -> bool:
        """The Japanese address was derived from Japan Post's data, not written by the company."""
        return self.source_ja == JAPAN_POST


class EnteredAddress(Record):
    """An address the user typed for a company without a record: general practice, no quote."""

    postal_code: str | None = None
    lines: tuple[str, ...] = Field(min_length=1)
    department: str | None = None
    # "register": the registered head office from the NTA's corporate register (register.py),
    # as of its data's day; "typed": what the user typed.
    source: Literal["typed", "register"] = "typed"
    as_of: BoundedDate | None = None

    _postal = field_validator("postal_code")(
        lambda v: v if v is None else _check_postal(v))
