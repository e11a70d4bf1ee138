"""Read a details file (YAML; see examples/details.yaml) into Details, or say what to fix."""
from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from assistant.case.details import Details
from assistant.law.model import Law
from assistant.io.yaml_errors import Problem, RecordError, validation_problems
from assistant.io.yaml_read import FileKind, read_yaml_mapping

MAX_DETAILS_BYTES = 200_000
DETAILS_FILE = FileKind("a details file", frozenset(Details.model_fields),
                        "start from examples/details.yaml")


def load_details(path: Path, law: Law) -> Details:
    """The details in the file; RecordError lists every problem, one per field."""

    text, data = read_yaml_mapping(path, MAX_DETAILS_BYTES, DETAILS_FILE)
    try:
        details = Details.model_validate(data, context={"law": law})
    except ValidationError as exc:
        problems = validation_problems(path, text, data, exc)
        raise RecordError([_reword_missing(p) for p in problems]) from exc
    unknown = [g for g in details.request.grounds if g not in law.suspension_grounds]
    if unknown:
        named = ", ".join(ground[:40] for ground in unknown[:5])  # what is at fault, and no more
        raise RecordError([Problem(path, f"unknown ground(s) {named}; use one of: "
                                         + ", ".join(law.suspension_grounds), field="request.grounds")])
    return details

def _reword_missing(problem: Problem) -> Problem:
    # The generic wording speaks of company records; a details file just needs filling in.
    if problem.message.startswith("Field required"):
        return Problem(problem.file, "missing: fill this in (see examples/details.yaml)",
                       problem.line, problem.field)
    return problem
