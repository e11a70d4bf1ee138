"""Benchmarks, each against a bare baseline measured in the same run; prints one JSON object.

    .venv/bin/python benchmarks/run.py [--quick]

- startup: a fresh `python main.py` until the first wizard page is shown and the event loop is
  idle, against a bare process showing an empty one-page QWizard; peak memory of both.
- letter: time per letter PDF (warm) against a bare reportlab document with the same text and
  the same embedded font.
- checklist: time per checklist (data) and per checklist PDF.
- directory: load (cold, then warm from the cache) and search (p50, p95 per keystroke-like
  query) over 10,000 generated company records in a temporary folder.
Ratios are ours / baseline; timings in milliseconds. No test asserts on these: this is the judge.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE_WIZARD = r"""
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
wizard = QWizard()
page = QWizardPage()
page.setTitle("Which company?")
wizard.addPage(page)
wizard.show()
def ready():
    print("READY", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _startup_once(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from launch to the READY line, and the child's peak memory in KiB."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, cwd=ROOT)
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            peak = int(line.split()[1])
            proc.wait(timeout=30)
            return elapsed, peak
    proc.wait(timeout=30)
    raise RuntimeError(f"{command} never reported READY (exit {proc.returncode})")


def bench_startup(rounds: int) -> dict:
    env = _env()
    ours_env = {**env, "DRA_EXIT_WHEN_IDLE": "1"}
    ours, bare = [], []
    for _ in range(rounds):  # alternate, so both see the same machine state
        bare.append(_startup_once([sys.executable, "-c", BARE_WIZARD], env))
        ours.append(_startup_once([sys.executable, "main.py"], ours_env))
    t_ours = statistics.median(t for t, _ in ours)
    t_bare = statistics.median(t for t, _ in bare)
    m_ours = statistics.median(m for _, m in ours)
    m_bare = statistics.median(m for _, m in bare)
    return {"ours_ms": round(t_ours * 1000, 1), "bare_ms": round(t_bare * 1000, 1),
            "ratio": round(t_ours / t_bare, 3),
            "peak_memory_ours_mib": round(m_ours / 1024, 1), "peak_memory_bare_mib": round(m_bare / 1024, 1),
            "memory_ratio": round(m_ours / m_bare, 3), "rounds": rounds}


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

    from assistant.details_file import load_details
    from assistant.directory import load_directory
    from assistant.paths import COMPANIES_DIR
    from assistant.reference import load_labels, load_law
    from assistant.render.fonts import MINCHO, register_fonts
    from assistant.render.letter import LetterInput, _Letter, letter_pdf
    from assistant.requirements import build_checklist
    from assistant.wording import letter_wording

    import io

    law, labels = load_law(), load_labels()
    details = load_details(ROOT / "examples" / "details.yaml", law)
    company = load_directory([COMPANIES_DIR]).get("persol-career")
    checklists = tuple(build_checklist(company, k, details.requester_kind, law=law, labels=labels)
                       for k in details.request.ordered_kinds())
    data = LetterInput(checklists, details, {l: letter_wording(l) for l in ("ja", "en")}, labels,
                       law, date(2026, 11, 22))
    # The baseline prints the same text, paragraph for paragraph, in the same embedded font.
    texts = [f.getPlainText() for f in _Letter(data, ("ja", "en")).flowables() if hasattr(f, "getPlainText")]
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

    from assistant.directory import load_directory
    from assistant.paths import COMPANIES_DIR
    from assistant.reference import load_labels, load_law
    from assistant.render.checklist_pdf import checklist_pdf
    from assistant.requirements import Options, build_checklist

    law, labels = load_law(), load_labels()
    company = load_directory([COMPANIES_DIR]).get("porters")
    options = Options(sent_on=date(2026, 12, 24))
    build = lambda: build_checklist(company, "disclosure", "agent", options, law=law, labels=labels)  # noqa: E731
    checklist = build()
    return {"data_ms": round(_timed(build, repeat * 10) * 1000, 3),
            "pdf_ms": round(_timed(lambda: checklist_pdf(checklist), repeat) * 1000, 2),
            "repeat": repeat}


def write_synthetic_directory(folder: Path, count: int, seed: int = 7) -> list[str]:
    """count records made from the five real ones with new ids and names; returns the names."""
    from assistant.paths import COMPANIES_DIR

    rng = random.Random(seed)
    templates = [p.read_text(encoding="utf-8") for p in sorted(COMPANIES_DIR.glob("*.yaml"))]
    syllables = ["ka", "mi", "to", "ra", "no", "su", "ke", "ya", "ho", "ri", "ta", "na"]
    kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
    names = []
    for number in range(count):
        template = templates[number % len(templates)]
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        name = f"{word} {rng.choice(['Holdings', 'Corporation', 'Co., Ltd.', 'Inc.'])} {number}"
        name_ja = "".join(rng.choice(kana) for _ in range(5)) + "株式会社"
        record_id = f"company-{number:05d}"
        lines = []
        for line in template.splitlines():
            if line.startswith("id: "):
                line = f"id: {record_id}"
            elif line.startswith("name: "):
                line = f"name: {name}"
            elif line.startswith("name_ja: "):
                line = f"name_ja: {name_ja}"
            elif line.startswith("aliases: "):
                line = f"aliases: [{word}, {word} Group, {word.upper()} Online]"
            lines.append(line)
        (folder / f"{record_id}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        names.append(name)
    return names


def _queries(names: list[str], count: int, seed: int = 11) -> list[str]:
    """What a person types: growing prefixes of real names, in Latin and full-width forms."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < count:
        name = rng.choice(names)
        word = name.split()[0]
        for end in range(1, min(len(word), 6) + 1):
            out.append(word[:end])
        out.append(word.upper().translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}))  # ＦＵＬＬ
    return out[:count]


def bench_directory(count: int, queries: int) -> dict:
    from assistant.directory import load_directory

    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        folder = Path(tmp)
        names = write_synthetic_directory(folder, count)
        os.environ["DRA_CACHE_DIR"] = cache
        start = time.perf_counter()
        cold = load_directory([folder])
        cold_s = time.perf_counter() - start
        warm_times = []
        for _ in range(3):
            start = time.perf_counter()
            warm = load_directory([folder])
            warm_times.append(time.perf_counter() - start)
        assert len(cold) == len(warm) == count, (len(cold), len(warm), cold.problems[:3])
        # Bare baseline: reading the same files' bytes, which any loader must do.
        start = time.perf_counter()
        for path in folder.iterdir():
            path.read_bytes()
        read_s = time.perf_counter() - start
        times = []
        hits = 0
        for query in _queries(names, queries):
            start = time.perf_counter()
            hits += len(warm.search(query))
            times.append(time.perf_counter() - start)
        times.sort()
        del os.environ["DRA_CACHE_DIR"]
    return {"records": count, "cold_load_ms": round(cold_s * 1000, 1),
            "warm_load_ms": round(statistics.median(warm_times) * 1000, 1),
            "bare_read_files_ms": round(read_s * 1000, 1),
            "search_p50_ms": round(times[len(times) // 2] * 1000, 3),
            "search_p95_ms": round(times[int(len(times) * 0.95)] * 1000, 3),
            "queries": len(times), "mean_hits": round(hits / len(times), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and 1,000 records")
    args = parser.parse_args()
    rounds, repeat, count = (3, 5, 1000) if args.quick else (7, 20, 10_000)
    result = {
        "machine": {"cores": os.cpu_count(), "python": sys.version.split()[0],
                    "platform": sys.platform},
        "startup": bench_startup(rounds),
        "letter": bench_letter(repeat),
        "checklist": bench_checklist(repeat),
        "directory": bench_directory(count, 500),
        "targets": {"startup_ratio": 1.5, "memory_ratio": 1.5, "letter_ratio": 2.0,
                    "directory_warm_load_ms": 1000, "search_p95_ms": 10},
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
