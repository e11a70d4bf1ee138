"""The README's "Speed" table, made from the JSON that benchmarks/run.py prints.

    .venv/bin/python benchmarks/run.py > speed.json
    .venv/bin/python benchmarks/readme_table.py speed.json
"""
from __future__ import annotations

import json
import sys


def _ms(value: float) -> str:
    if value >= 10_000:
        return f"{value / 1000:.1f} s"
    return f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms" if value >= 1 else f"{value:.2f} ms"


def _target(result: dict, key: str, unit: str = "") -> str:
    target = result["targets"][key]
    mark = "met" if target["met"] else "**not met**"
    if unit == "ms":
        return f"≤ {_ms(target['target'])} ({mark})"
    return f"≤ {target['target']:g}{unit} ({mark})"


def table(result: dict) -> str:
    s, c, l, k, d = (result[key] for key in ("startup", "cli_checklist", "letter", "checklist", "directory"))
    records = f"{d['records']:,}"
    rows = [
        ("start-up: `python main.py` to the first page painted",
         f"{_ms(s['ours_ms'])} ({_ms(s['ours_min_ms'])}–{_ms(s['ours_max_ms'])})",
         f"{_ms(s['bare_ms'])} (empty one-page QWizard)", f"{s['ratio']:.2f}×",
         _target(result, "startup_ratio", "×")),
        ("peak memory at that point", f"{s['peak_memory_ours_mib']:.0f} MiB",
         f"{s['peak_memory_bare_mib']:.0f} MiB", f"{s['memory_ratio']:.2f}×",
         _target(result, "startup_memory_ratio", "×")),
        ("`main.py checklist --company leverages --request disclosure`, whole process",
         _ms(c["ours_ms"]), f"{_ms(c['bare_ms'])} (`python -c \"import reportlab.pdfgen.canvas\"`)",
         f"{c['ratio']:.2f}×", _target(result, "cli_checklist_ratio", "×")),
        ("the floor under it: pydantic and the models that check the command's inputs, nothing else",
         _ms(c["models_only_ms"]), "the same baseline", f"{c['models_only_ratio']:.2f}×", ""),
        ("letter PDF, warm (bilingual)", _ms(l["ours_ms"]),
         f"{_ms(l['bare_reportlab_ms'])} (same text, same font, plain reportlab)",
         f"{l['ratio']:.2f}×", _target(result, "letter_ratio", "×")),
        ("checklist (data) / checklist PDF", f"{_ms(k['data_ms'])} / {_ms(k['pdf_ms'])}", "", "", ""),
        (f"{records} records: first load, building the index", _ms(d["cold_load_ms"]),
         f"{_ms(d['cold_bare_read_files_ms'])} to read every file", f"{d['cold_ratio']:.1f}×",
         _target(result, "directory_cold_load_ms", "ms")),
        ("peak memory of that first load", f"{d['cold_peak_mib']:.0f} MiB",
         f"{d['cold_bare_peak_mib']:.0f} MiB (reading the files)", "",
         _target(result, "directory_cold_peak_mib", " MiB")),
        (f"{records} records: warm start (a new process)", _ms(d["warm_load_ms"]),
         f"{_ms(d['warm_bare_stat_files_ms'])} to list and stat every file", f"{d['warm_ratio']:.1f}×",
         _target(result, "directory_warm_load_ms", "ms")),
        (f"search per keystroke, {records} records, first {d['search_limit']} (p50 / p95)",
         f"{_ms(d['search_p50_ms'])} / {_ms(d['search_p95_ms'])}",
         f"{_ms(d['search_plain_scan_p50_ms'])} / {_ms(d['search_plain_scan_p95_ms'])} "
         "(every name scanned in memory)", f"{d['search_p95_ratio']:.2f}×",
         _target(result, "search_p95_ms", "ms")),
    ]
    lines = ["| figure | ours | bare baseline | ratio | target |", "| --- | --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin as source:
        print(table(json.load(source)))


if __name__ == "__main__":
    main()
