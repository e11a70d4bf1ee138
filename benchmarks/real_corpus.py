"""The import assistant on real procedure texts, scored on the SAVED record (not the proposal).

Each text in tests/fixtures/real*/ has a truth file written by hand before the importer ran on it
(`NAME.expected.yaml`: its source URL, the date taken, and the facts, field by field). Each text
is imported into a temporary folder exactly as `python main.py import TEXT` would, the saved
record is read back, and its settled facts (not the ones proposed as "check this", which are
saved as notes to check) are compared with the truth: precision = right facts / facts saved,
recall = right facts / facts in the truth, per fact type and over all.
"""
from __future__ import annotations

import difflib
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

META = ("source", "taken")
from assistant.importer.record import FORM_NAME  # noqa: E402
# Names and sentences are matched loosely (the same words, spacing and brackets aside).
LOOSE = ("send_to.department", "form.name", "envelope_marking", "refusal_grounds")
# Conditions the truth files' vocabulary has no word for (blind-common.md: 3 months only): a page's
# 30 days or 6 months is carried to the checklist but not scored, as 写し is not.
UNRECORDED = ("issued-within-30-days", "issued-within-6-months")
# Fact types as the README reports them.
TYPES = {
    "address": ("send_to.postal_code", "send_to.department"),
    "contacts": ("inquiries.phone", "inquiries.email"),
    "channels": ("channels.accepted", "channels.refused", "contact_first"),
    "envelope marking": ("envelope_marking",),
    "form": ("form.name", "form.get_it"),
    "documents (person)": ("documents.self", "documents.self_count", "documents.self_either"),
    "documents (representatives)": ("documents.legal-representative", "documents.agent"),
    "masking / 3 months / front only": ("documents.conditions",),
    "fee": ("fees.amount_yen", "fees.kinds", "fees.per", "fees.payment", "fees.pay_when"),
    "answer": ("response.methods", "response.business_days", "response.calendar_days"),
    "refusal grounds": ("refusal_grounds",),
}


def _norm(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value)).lower()
    return re.sub(r"[\s「」『』\"'“”‘’.。、,()（）]", "", text)


def _same(field: str, a: object, b: object) -> bool:
    x, y = _norm(a), _norm(b)
    if x == y:
        return True
    if field in LOOSE and x and y:
        if (x in y or y in x) and min(len(x), len(y)) >= 0.6 * max(len(x), len(y)):
            return True
        return difflib.SequenceMatcher(None, x, y).ratio() >= 0.8
    return False


# assistant/forms/import_notes.yaml's note for refused ways where the page accepts none
REFUSED_NOTE = re.compile(r"The policy refuses requests by: ([a-z, -]+)\.")


def record_facts(data: dict) -> dict[str, list]:
    """The settled facts of a saved record, under the truth files' field names."""
    facts: dict[str, list] = {}

    def put(name: str, value: object) -> None:
        if value not in (None, "unknown", "") and value not in facts.setdefault(name, []):
            facts[name].append(value)

    send_to = data.get("send_to")
    if isinstance(send_to, dict):
        put("send_to.postal_code", send_to.get("postal_code"))
        put("send_to.department", send_to.get("department"))
    inquiries = data.get("inquiries")
    if isinstance(inquiries, dict):
        put("inquiries.phone", inquiries.get("phone"))
        put("inquiries.email", inquiries.get("email"))
    channels = data.get("channels")
    if isinstance(channels, dict):
        for value in channels.get("accepted", []):
            put("channels.accepted", value)
        for value in channels.get("refused", []):
            put("channels.refused", value)
        marking = channels.get("envelope_marking")
        if isinstance(marking, dict):
            put("envelope_marking", marking.get("text"))
    for note in data.get("notes") or []:  # refusals with no accepted way: kept in a note of their own
        if isinstance(note, dict) and (m := REFUSED_NOTE.fullmatch(str(note.get("text", "")))):
            for value in m.group(1).split(", "):
                put("channels.refused", value)
    if data.get("contact_first"):
        put("contact_first", True)
    form = data.get("form")
    for one in form if isinstance(form, list) else [form] if isinstance(form, dict) else []:  # a form per kind
        if one.get("name") not in FORM_NAME.values():  # a stand-in where the text names none
            put("form.name", one.get("name"))
        for way in one.get("get_it") if isinstance(one.get("get_it"), list) else [one.get("get_it")]:
            put("form.get_it", way)  # several ways the page offers: each a fact
    documents = data.get("documents")
    if isinstance(documents, dict):
        for who in ("self", "legal-representative", "agent"):
            groups = documents.get(who)
            if isinstance(groups, dict) and "either" in groups:
                # one of several sets (one photo ID, or two without): each set's count, and
                # every document of them
                sets = [[g] if isinstance(g, dict) else g for g in groups["either"]]
                for needs in sets:
                    put(f"documents.{who}_either", sum(g.get("count", 1) for g in needs))
                groups = [g for needs in sets for g in needs] + list(groups.get("also", []))
            elif isinstance(groups, list) and who == "self":
                # how many documents go (「合計2点」, or an ID and a 住民票): each group's count;
                # none where a group's is not stated (count: unknown, a fact to check)
                counts = [g.get("count", 1) for g in groups]
                total = sum(c for c in counts if isinstance(c, int))
                if total > 1 and "unknown" not in counts:
                    put("documents.self_count", total)
            if not isinstance(groups, list):
                continue
            for group in groups:
                for doc in group.get("one_of", []):
                    kind = doc if isinstance(doc, str) else doc.get("kind")
                    if kind != "other":
                        put(f"documents.{who}", kind)
                    for condition in ([] if isinstance(doc, str) else doc.get("conditions", [])):
                        if condition != "copy" and condition not in UNRECORDED:  # (README)
                            put("documents.conditions", condition)
                for condition in group.get("conditions", []):
                    if condition not in UNRECORDED:
                        put("documents.conditions", condition)

    fees = data.get("fees")
    if isinstance(fees, list):
        for fee in fees:
            put("fees.amount_yen", fee.get("amount_yen"))
            kinds = fee.get("kinds", "all")
            for kind in ([] if kinds == "all" else kinds):
                put("fees.kinds", kind)
            if fee.get("per"):
                put("fees.per", "request" if "request" in str(fee["per"]) else fee["per"])
            for payment in str(fee.get("payment", "unknown")).split(" or "):
                put("fees.payment", payment)
            put("fees.pay_when", fee.get("pay_when"))
    response = data.get("response", {})
    if isinstance(response.get("methods"), list):
        for block in response["methods"]:
            for method in block.get("offered", []):
                put("response.methods", method)
    limit = response.get("time_limit")
    if isinstance(limit, dict):
        put("response.business_days", limit.get("business_days"))
        put("response.calendar_days", limit.get("calendar_days"))
    for ground in data.get("refusal_grounds", []) or []:
        put("refusal_grounds", ground.get("ground"))
    return facts


def import_saved(text_file: Path, folder: Path) -> dict:
    """Import a text as the command line does (its name given only where the text lacks one)."""
    from assistant.importer.record import ImportError_
    from assistant.importer.run import import_policy

    try:
        saved = import_policy(text_file, folder)
    except ImportError_ as exc:
        if "--name" not in str(exc):
            raise
        saved = import_policy(text_file, folder, name=text_file.stem.replace("_", " "),
                              company_id=text_file.stem.replace("_", "-"))
    return yaml.safe_load(saved.read_text(encoding="utf-8"))


def score_folder(folder: Path | list[Path], verbose: bool = False) -> dict:
    """Per fact type and over all: precision and recall of the saved records' facts (of one
    folder, or of several together)."""
    rows: dict[str, dict[str, int]] = {}
    failures, seconds = [], []
    folders = folder if isinstance(folder, list) else [folder]
    for text_file in sorted(f for each in folders for f in each.glob("*.txt")):
        truth = yaml.safe_load(text_file.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        truth = {k: v for k, v in truth.items() if k not in META}
        with tempfile.TemporaryDirectory() as out:
            began = time.perf_counter()
            try:
                got = record_facts(import_saved(text_file, Path(out)))
            except Exception as exc:  # noqa: BLE001 - a text that cannot be imported counts as nothing found
                failures.append(f"{text_file.stem}: {exc}")
                got = {}
            seconds.append(time.perf_counter() - began)
        for field in set(truth) | set(got):
            want, have = list(truth.get(field, [])), list(got.get(field, []))
            right = 0
            for value in have:
                match = next((w for w in want if _same(field, w, value)), None)
                if match is not None:
                    want.remove(match)
                    right += 1
                elif verbose:
                    print(f"{text_file.stem}: WRONG {field}: {value}", file=sys.stderr)
            if verbose:
                for missed in want:
                    print(f"{text_file.stem}: MISSED {field}: {missed}", file=sys.stderr)
            row = rows.setdefault(field, {"saved": 0, "expected": 0, "right": 0})
            row["saved"] += len(have)
            row["expected"] += len(truth.get(field, []))
            row["right"] += right
    return {"texts": len(seconds), "not_imported": failures,
            "slowest_import_s": round(max(seconds, default=0), 3),
            **_summary(rows)}


def _summary(rows: dict[str, dict[str, int]]) -> dict:
    def ratios(names) -> dict:
        s = sum(rows.get(n, {}).get("saved", 0) for n in names)
        e = sum(rows.get(n, {}).get("expected", 0) for n in names)
        r = sum(rows.get(n, {}).get("right", 0) for n in names)
        return {"precision": round(r / s, 3) if s else 1.0, "recall": round(r / e, 3) if e else 1.0,
                "saved": s, "expected": e, "right": r}

    return {"all": ratios(list(rows)),
            "by_type": {name: ratios(fields) for name, fields in TYPES.items()}}


def speed(folder: Path, rounds: int = 3) -> dict:
    """Seconds per import of each real text in a warm process (start-up, pydantic's models and
    the analyser's dictionary loaded once before), against reading the same file (the bare
    baseline): the slowest and the mean."""
    from assistant.importer.run import import_policy
    from assistant.importer.source import read_policy

    files = sorted(folder.glob("*.txt"))
    with tempfile.TemporaryDirectory() as out:
        import_policy(files[0], Path(out), name="warm-up", company_id="warm-up")
    times, bare = [], []
    for text_file in files:
        best = best_bare = float("inf")
        for _ in range(rounds):
            with tempfile.TemporaryDirectory() as out:
                began = time.perf_counter()
                import_policy(text_file, Path(out), name="x", company_id="x")
                best = min(best, time.perf_counter() - began)
            began = time.perf_counter()
            read_policy(text_file)
            best_bare = min(best_bare, time.perf_counter() - began)
        times.append(best)
        bare.append(best_bare)
    return {"slowest_s": round(max(times), 3), "mean_s": round(sum(times) / len(times), 3),
            "mean_reading_the_file_s": round(sum(bare) / len(bare), 4)}


if __name__ == "__main__":  # one route: python benchmarks/real_corpus.py FOLDER [FOLDER…] [--verbose]
    import json

    print(json.dumps(score_folder([Path(a) for a in sys.argv[1:] if not a.startswith("--")],
                                  verbose="--verbose" in sys.argv), ensure_ascii=False))
