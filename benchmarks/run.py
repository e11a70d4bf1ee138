"""Benchmarks, each against a bare baseline measured in the same run; prints one JSON object.

    .venv/bin/python benchmarks/run.py [--quick] [--register FILE] > benchmarks/speed.json
    .venv/bin/python benchmarks/readme_table.py benchmarks/speed.json  # README's "Speed" table

- start-up and the commands as whole processes: speed_processes.py;
- the user's own records at scale (loading, search per keystroke): speed_directory.py;
- letter: time per letter PDF (warm) against a bare reportlab document with the same text and
  the same embedded font; checklist: time per checklist (data) and per checklist PDF;
- a support desk's cases (My requests, `cases list`, the calendar export): benchmarks/cases.py,
  run as a child and its figures kept here, so one table has every target.
--register FILE: a corporate register made by benchmarks/register.py (five million companies
take it about a quarter of an hour to build), for the first paint with it in the data folder.
Processes are started alternately (ours, bare, ...) so both see the same machine; figures are
medians. Ratios are ours / baseline; times in milliseconds. No test asserts on these.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from speed_directory import bench_directory  # noqa: E402
from speed_processes import bench_commands, bench_startup, env  # noqa: E402

# Each target: where its figure is in the JSON, and the most it may be.
TARGETS = {
    "startup_ratio_ja": (("startup", "ja", "ratio"), 1.25),
    "startup_ratio_en": (("startup", "en", "ratio"), 1.25),
    "startup_ratio_100k_records": (("startup", "records", "ratio"), 1.3),
    "startup_ratio_register": (("startup", "register", "ratio"), 1.3),
    "startup_memory_ratio": (("startup", "ja", "memory_ratio"), 1.3),
    "checklist_text_ratio": (("commands", "checklist_text", "ratio"), 2.5),
    "checklist_pdf_ratio": (("commands", "checklist_pdf", "ratio"), 3.0),
    "letter_process_ratio": (("commands", "letter", "ratio"), 3.0),
    "letter_warm_ratio": (("letter", "ratio"), 2.0),
    "search_p95_ms": (("directory", "search_p95_ms"), 10),
    "directory_warm_load_ms": (("directory", "warm_load_ms"), 1000),
    "directory_cold_load_ms": (("directory", "cold_load_ms"), 30_000),
    "directory_cold_peak_mib": (("directory", "cold_peak_mib"), 150),
    "my_requests_10k_ms": (("cases", "10000", "my_requests", "my_requests_first_paint_ms"), 300),
    "my_requests_100k_ms": (("cases", "100000", "my_requests", "my_requests_first_paint_ms"), 1000),
    "cases_list_ratio_10k": (("cases", "10000", "cases_list", "ratio"), 2.0),
    "export_ics_peak_mib": (("cases", "100000", "calendar", "export_ics_peak_mib"), 100),
}


def _timed(function, repeat: int) -> float:
    """Median seconds per call, after one warm-up call."""
    function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_letter(repeat: int) -> dict:
    from datetime import date

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    from assistant.case.details_file import load_details
    from assistant.records.directory import load_directory
    from assistant.io.paths import COMPANIES_DIR
    from assistant.law.reference import load_checklist_words, load_labels, load_law
    from assistant.render.fonts import MINCHO, register_fonts
    from assistant.render.letter import LetterInput, _Letter, letter_pdf
    from assistant.checklist.build import build_checklist
    from assistant.law.wording import letter_wording

    import io

    law, labels = load_law(), load_labels()
    details = load_details(ROOT / "examples" / "details.yaml", law)
    company = load_directory([COMPANIES_DIR]).get("persol-career")
    checklists = tuple(build_checklist(company, k, details.requester_kind, law=law, labels=labels,
                                       words=load_checklist_words())
                       for k in details.request.ordered_kinds())
    data = LetterInput(checklists, details, {l: letter_wording(l) for l in ("ja", "en")}, labels,
                       law, date(2026, 11, 22))
    # The baseline prints the same text, paragraph for paragraph, in the same embedded font.
    texts = [f.getPlainText() for language in ("ja", "en")
             for f in _Letter(data, language).flowables() if hasattr(f, "getPlainText")]
    register_fonts()
    style = ParagraphStyle("bare", fontName=MINCHO, fontSize=10.5, leading=16, wordWrap="CJK")

    def bare() -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(escape(t), style) for t in texts])
        return buffer.getvalue()

    ours = _timed(lambda: letter_pdf(data, ("ja", "en")), repeat)
    base = _timed(bare, repeat)
    return {"ours_ms": round(ours * 1000, 2), "bare_reportlab_ms": round(base * 1000, 2),
            "ratio": round(ours / base, 3), "paragraphs": len(texts), "repeat": repeat}


def bench_checklist(repeat: int) -> dict:
    from datetime import date

    from assistant.records.directory import load_directory
    from assistant.io.paths import COMPANIES_DIR
    from assistant.law.reference import load_checklist_words, load_labels, load_law
    from assistant.render.checklist_pdf import checklist_pdf
    from assistant.checklist.build import Options, build_checklist

    law, labels, words = load_law(), load_labels(), load_checklist_words()
    company = load_directory([COMPANIES_DIR]).get("porters")
    options = Options(sent_on=date(2026, 12, 24))
    build = lambda: build_checklist(company, "disclosure", "agent", options, law=law,  # noqa: E731
                                    labels=labels, words=words)
    checklist = build()
    return {"data_ms": round(_timed(build, repeat * 10) * 1000, 3),
            "pdf_ms": round(_timed(lambda: checklist_pdf(checklist), repeat) * 1000, 2),
            "repeat": repeat}


def bench_cases(quick: bool) -> dict:
    """benchmarks/cases.py in a child process (it paints Qt tables): 10,000 and 100,000 cases."""
    sizes = ["300"] if quick else ["10000", "100000"]
    done = subprocess.run([sys.executable, str(HERE / "cases.py"), "--cases", *sizes, "--rounds",
                           "1" if quick else "5"], capture_output=True, text=True, env=env(),
                          cwd=ROOT, timeout=3600)
    if done.returncode:
        raise RuntimeError(f"cases.py failed: {done.stderr[-2000:]}")
    figures = json.loads(done.stdout)
    figures.pop("targets", None)
    return figures


def _met(result: dict) -> dict:
    """Each target with the measured figure and whether it is met (those measured)."""
    met = {}
    for key, (path, limit) in TARGETS.items():
        value = result
        for step in path:
            value = value.get(step) if isinstance(value, dict) else None
        if value is not None:
            met[key] = {"target": limit, "measured": value, "met": value <= limit}
    return met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, 2,000 records, 300 cases")
    parser.add_argument("--register", type=Path, help="a corporate register file (register.py)")
    args = parser.parse_args()
    rounds, repeat, count = (3, 5, 2000) if args.quick else (31, 20, 100_000)
    started = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        records = scratch / "records"
        result = {"directory": bench_directory(records, scratch / "records-cache", count,
                                               50 if args.quick else 500, 2 if args.quick else 4)}
        result["startup"] = bench_startup(rounds, scratch, records, args.register)
        result["commands"] = bench_commands(rounds, scratch)
        result["letter"] = bench_letter(repeat)
        result["checklist"] = bench_checklist(repeat)
    result["cases"] = bench_cases(args.quick)
    result["machine"] = {"cores": os.cpu_count(), "python": sys.version.split()[0],
                         "platform": sys.platform, "load_average_at_start": started[:2],
                         "load_average_at_end": os.getloadavg()[:2]}
    result["targets"] = _met(result)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
