"""The wording of the 委任状 (letter of authority), kept in forms/authority/<language>.yaml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from assistant.io.paths import forms_dir
from assistant.records.vocabulary import RequestKind


class AuthorityWording(BaseModel):
    """Every phrase of the 委任状 in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    title: str
    addressee: str  # {company}; "" for none (a 委任状 is addressed to no one in particular)
    agent_heading: str
    principal_heading: str
    entrust: str
    lawyer_entrust: str
    lawyer_name: str  # {name}, {bar}, {number}: the lawyer as the agent's line names them
    lawyer_name_no_bar: str  # {name}, {number}
    items_heading: str
    end_of_document: str
    matters_heading: str
    matters: str  # {company}, {law_name}
    kind_line: str  # {kind}, {article}
    data_heading: str
    fields: dict[str, str]
    signature: str  # the person's line: a blank to sign by hand and the seal's place
    signature_any_seal: str  # the same where no registered seal is asked for (a lawyer's)
    blank: str  # a line to write on, where the details file gives no value
    kinds: dict[RequestKind, str]


def authority_wording(language: str, forms: Path | None = None) -> AuthorityWording:
    """The 委任状's phrases in this language (FileNotFoundError: no such file)."""
    return _wording(language, forms or forms_dir())


@lru_cache(maxsize=16)
def _wording(language: str, forms: Path) -> AuthorityWording:
    from assistant.io.own_yaml import read_own_yaml

    return AuthorityWording.model_validate(read_own_yaml(forms / "authority" / f"{language}.yaml"))
