"""The benchmark scripts still run and print what the README's tables are made from (their
figures are judged by a person on a quiet machine, never asserted as timings here)."""
from __future__ import annotations

import json
import subprocess
import sys


from tests.repo import ROOT


def _json(*args: str) -> dict:
    result = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_the_speed_benchmark_runs_and_names_every_target():
    figures = _json("benchmarks/run.py", "--quick")
    assert {"startup", "commands", "letter", "checklist", "directory", "cases", "targets"} <= set(figures)
    assert {"ja", "en", "records"} <= set(figures["startup"])
    assert {"checklist_text", "checklist_pdf", "letter", "models_only"} <= set(figures["commands"])
    assert all("measured" in t and "met" in t for t in figures["targets"].values())
    assert {"startup_ratio_ja", "startup_ratio_en", "search_p95_ms", "letter_process_ratio",
            "checklist_text_ratio"} <= set(figures["targets"])
    shapes = figures["directory"]["search_by_shape"]
    assert {"short none", "short 1-10", "typed letter by letter"} <= set(shapes)
    table = subprocess.run([sys.executable, "benchmarks/readme_table.py"], cwd=ROOT, text=True,
                           input=json.dumps(figures), capture_output=True, timeout=60)
    assert table.returncode == 0 and "the floor under them" in table.stdout, table.stderr
    assert "p95 by shape" in table.stdout and "English" in table.stdout


def test_the_my_requests_benchmark_runs():
    figures = _json("benchmarks/cases.py", "--cases", "300", "--rounds", "1")
    assert figures["300"]["my_requests"]["my_requests_first_paint_ms"] > 0
    assert figures["300"]["cases_list"]["ratio"] > 0 and figures["300"]["calendar"]["ics_bytes"] > 0


def test_the_import_quality_benchmark_scores_every_fixture_set():
    figures = _json("benchmarks/import_quality.py")
    sets = figures["fixture_sets"]
    assert {"procedures", "procedures_blind", "procedures_blind2", "procedures_blind3"} <= set(sets)
    assert all(0 <= s["precision"] <= 1 and 0 <= s["recall"] <= 1 for s in sets.values())
    real = figures["real_corpus"]
    assert real["real"]["analyser"]["texts"] == 30 and real["real_unseen"]["regex"]["texts"] == 10
    assert real["old_40"]["analyser"]["texts"] == 40 and real["real2"]["regex"]["texts"] == 14
    assert real["real2_unseen"]["analyser"]["texts"] == 10
    assert real["real3"]["regex"]["texts"] == 8 and real["real3_unseen"]["analyser"]["texts"] == 8
    assert real["real4"]["regex"]["texts"] == 7 and real["all"]["analyser"]["texts"] == 522
    assert real["real6"]["regex"]["texts"] == 6 and real["real6_unseen"]["analyser"]["texts"] == 8
    assert real["real7"]["regex"]["texts"] == 6 and real["real7_unseen"]["analyser"]["texts"] == 6
    assert real["real8"]["regex"]["texts"] == 6 and real["real8_unseen"]["analyser"]["texts"] == 7
    assert real["real10"]["regex"]["texts"] == 7 and real["real10_unseen"]["analyser"]["texts"] == 7
    assert real["real12"]["regex"]["texts"] == 6 and real["real12_unseen"]["analyser"]["texts"] == 6
    assert real["real12_blind"]["regex"]["texts"] == 13 and real["real13_blind"]["analyser"]["texts"] == 9
    assert "channels" in real["real"]["analyser"]["by_type"] and real["speed_per_import"]["slowest_s"] > 0
