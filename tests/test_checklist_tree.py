"""The checklist tree: every item sourced, every rendering shows the same items, and the kind
rules come from the law data."""
from __future__ import annotations

from functools import partial

import json
from datetime import date
from pathlib import Path

import pytest

from assistant.checklist import Address, DateItem, DocumentGroup, Unknown
from assistant.checklist.data import json_ready
from assistant.checklist.text import checklist_text
from assistant.case.details_file import load_details
from assistant.records.model import REQUEST_KINDS, REQUESTER_KINDS
from assistant.io.paths import LAW_NOTES as LAW_NOTES_FILE, POLICIES_DIR
from assistant.records.quotes import fold, in_policy
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.render.checklist_pdf import checklist_pdf
from assistant.checklist.build import Options, build_checklist
from assistant.io.yaml_errors import RecordError
from tests.conftest import COMPANY_IDS
from tests.render.helpers import squash, text_of

# These tests pin the English wording; the renderers' default language is Japanese.
checklist_text = partial(checklist_text, languages=("en",))
checklist_pdf = partial(checklist_pdf, languages=("en",))

LAW_NOTES = fold(LAW_NOTES_FILE.read_text(encoding="utf-8"))


def build(directory, company, kind="disclosure", requester="self", law=None, **options):
    return build_checklist(directory.get(company), kind, requester, Options(**options),
                           law=law or load_law(), labels=load_labels(), words=load_checklist_words())


@pytest.mark.parametrize("company", COMPANY_IDS)
@pytest.mark.parametrize("kind", REQUEST_KINDS)
@pytest.mark.parametrize("requester", REQUESTER_KINDS)
def test_every_item_names_its_source_with_the_policy_quote_or_the_article(
        directory, company, kind, requester):
    record = directory.get(company)
    cl = build(directory, company, kind, requester, sent_on=date(2026, 12, 24))
    items = list(cl.walk())
    assert items
    for item in items:
        assert item.source in ("policy", "law", "general-practice"), item
        assert item.text.text("en"), item
        if item.source == "policy":
            assert item.quotes, f"policy item without the policy's words: {item.id}"
            for quote in item.quotes:
                assert in_policy(record, quote, POLICIES_DIR), (item.id, quote)
        else:  # the law's words and general practice are quoted from the checked law notes
            assert all(fold(q) in LAW_NOTES for q in item.quotes), item.id
        if item.source == "law":
            assert item.article, f"law item without its article: {item.id}"
    ids = [item.id for item in items]
    assert len(set(ids)) == len(ids) and all(ids)


def _shown(item) -> list[str]:
    """The words a rendering must show for an item (a label may be capitalised there)."""
    if isinstance(item, Address):
        return list(item.lines)
    text = item.text.text("en")
    return [text[1:] if isinstance(item, (Unknown, DocumentGroup)) else text]


def _strings(node) -> list[str]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return [node] if isinstance(node, str) else []


@pytest.mark.parametrize("company, kind, requester", [
    ("porters", "disclosure", "agent"),
    ("nttcom-online", "third-party-records", "lawyer"),
    ("infomart", "correction", "legal-representative"),
    ("persol-career", "suspension", "self"),  # (leverages states every fact a suspension needs)
])
def test_text_pdf_and_json_show_the_same_items(directory, company, kind, requester):
    cl = build(directory, company, kind, requester, sent_on=date(2026, 12, 24))
    renderings = {
        "text": squash(checklist_text(cl)),
        "pdf": squash(text_of(checklist_pdf(cl, deterministic=True))),
        "json": squash(" ".join(_strings(json.loads(json.dumps(json_ready(cl),
                                                                ensure_ascii=False))))),
    }
    assert {DateItem, Unknown} <= {type(item) for item in cl.walk()}  # the kinds with own layouts
    for name, shown in renderings.items():
        missing = [text for item in cl.walk() for text in _shown(item) if squash(text) not in shown]
        assert missing == [], name


def _law_with(**kind_changes):
    """The law data with one request kind's entry changed."""
    law = load_law()
    (kind, changes), = kind_changes.items()
    kinds = dict(law.request_kinds)
    kinds[kind.replace("_", "-")] = kinds[kind.replace("_", "-")].model_copy(update=changes)
    return law.model_copy(update={"request_kinds": kinds})


def test_kind_rules_are_answered_from_the_law_data(directory):
    law = load_law()
    assert [k for k in REQUEST_KINDS if law.needs_grounds(k)] == ["suspension", "third-party-stop"]
    assert law.court_after("purpose") is None and law.court_after("disclosure") is law.prior_request
    assert law.fee_allowed("disclosure") and not law.fee_allowed("correction")
    assert law.answer_methods("correction") == () and law.designates_method("third-party-records")

    grounds = dict(law.suspension_grounds)
    grounds["leak"] = grounds["leak"].model_copy(update={"kinds": (*grounds["leak"].kinds, "correction")})
    assert law.model_copy(update={"suspension_grounds": grounds}).needs_grounds("correction")
    assert _law_with(purpose={"court_after_two_weeks": True}).court_after("purpose") is not None
    assert _law_with(correction={"fee_allowed": True}).fee_allowed("correction")
    changed = _law_with(correction={"answer_methods": ("paper",)})
    assert changed.answer_methods("correction") == ("paper",) and changed.designates_method("correction")


def test_the_checklist_follows_changed_law_data(directory):
    purpose = dict(arrived_on=date(2026, 4, 28))
    assert build(directory, "porters", "purpose", **purpose).deadlines == ()
    court = build(directory, "porters", "purpose", law=_law_with(purpose={"court_after_two_weeks": True}),
                  **purpose)
    assert [d.source for d in court.deadlines] == ["law"]

    def designates(cl) -> bool:
        return any("Art. 33(1)" in i.text.text("en") for i in cl.section("legal-notes").items) \
            if cl.section("legal-notes") else False

    assert not designates(build(directory, "porters", "correction"))
    assert designates(build(directory, "porters", "correction",
                            law=_law_with(correction={"answer_methods": ("paper",)})))


DETAILS = """\
requester:
  full_name: 山田 太郎
  date_of_birth: 1985-04-12
  address: 東京都
request:
  kinds: [{kinds}]
"""


def test_a_details_file_without_grounds_is_refused_where_the_law_needs_them(tmp_path: Path):
    path = tmp_path / "details.yaml"
    path.write_text(DETAILS.format(kinds="suspension"), encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        load_details(path, load_law())
    assert "grounds: name at least one ground for suspension (e.g. no-longer-needed, " \
           "rights-harmed)" in str(caught.value)
    path.write_text(DETAILS.format(kinds="correction") + "  correction: {current: a, correct: b}\n",
                    encoding="utf-8")
    assert load_details(path, load_law()).request.kinds == ("correction",)
    law = load_law()
    grounds = {k: g.model_copy(update={"kinds": (*g.kinds, "correction")})
               for k, g in law.suspension_grounds.items()}
    with pytest.raises(RecordError, match="grounds: name at least one ground"):
        load_details(path, law.model_copy(update={"suspension_grounds": grounds}))


def test_the_tree_keeps_its_rules_without_a_validation_library():
    """The tree is plain frozen dataclasses: what pydantic checked before, __post_init__ checks."""
    from dataclasses import FrozenInstanceError, replace

    from assistant.checklist import Note, Step
    from assistant.law.localized import Localized

    words = Localized(en="Send it", ja="送る")
    with pytest.raises(ValueError, match="policy's words"):
        Step(text=words, source="policy")
    with pytest.raises(ValueError, match="names its article"):
        Note(text=words, source="law")
    with pytest.raises(ValueError, match="source is one of"):
        Note(text=words, source="rumour")
    with pytest.raises(TypeError, match="Localized"):
        Note(text="Send it", source="general-practice")
    with pytest.raises(TypeError, match="children are items"):
        Step(text=words, source="general-practice", children=("not an item",))
    step = Step(text=words, source="policy", quotes=["as the policy says"], children=[])
    assert step.quotes == ("as the policy says",) and step.children == ()  # lists become tuples
    assert hash(step) == hash(replace(step)) and step != Note(**{**vars(step)})
    with pytest.raises(FrozenInstanceError):
        step.id = "changed"  # type: ignore[misc]
    assert json_ready(step)["type"] == "step" and json_ready(step)["quotes"] == ["as the policy says"]
