"""The README's "Speed" table, made from the JSON that benchmarks/run.py prints.

    .venv/bin/python benchmarks/run.py > benchmarks/speed.json
    .venv/bin/python benchmarks/readme_table.py benchmarks/speed.json
"""
from __future__ import annotations

import json
import sys


def _ms(value: float) -> str:
    if value >= 10_000:
        return f"{value / 1000:.1f} s"
    return f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms" if value >= 1 else f"{value:.2f} ms"


def _target(result: dict, key: str, unit: str = "") -> str:
    target = result["targets"].get(key)
    if target is None:
        return "not measured in this run"
    mark = "met" if target["met"] else "**not met**"
    if unit == "ms":
        return f"≤ {_ms(target['target'])} ({mark})"
    return f"≤ {target['target']:g}{unit} ({mark})"


def _startup_rows(result: dict) -> list[tuple]:
    s = result["startup"]
    rows = []
    for key, target, label in (
            ("ja", "startup_ratio_ja", "start-up: `python main.py` to the first page painted, Japanese"),
            ("en", "startup_ratio_en", "the same in English"),
            ("records", "startup_ratio_100k_records",
             f"the same (Japanese) with {result['directory']['records']:,} records of the user's own"),
            ("register", "startup_ratio_register",
             "the same (Japanese) with the national corporate register in the data folder")):
        if key in s:
            f = s[key]
            rows.append((label, f"{_ms(f['ours_ms'])} ({_ms(f['ours_min_ms'])}–{_ms(f['ours_max_ms'])})",
                         f"{_ms(f['bare_ms'])} (empty one-page QWizard)", f"{f['ratio']:.2f}×",
                         _target(result, target, "×")))
    ja = s["ja"]
    rows.append(("peak memory at that point (Japanese)", f"{ja['peak_memory_ours_mib']:.0f} MiB",
                 f"{ja['peak_memory_bare_mib']:.0f} MiB", f"{ja['memory_ratio']:.2f}×",
                 _target(result, "startup_memory_ratio", "×")))
    return rows


def _command_rows(result: dict) -> list[tuple]:
    c, l, k = result["commands"], result["letter"], result["checklist"]
    bare = f"{_ms(c['letter']['bare_ms'])} (`python -c \"import reportlab.pdfgen.canvas\"`)"
    rows = [(f"{label}, whole process", _ms(c[key]["ours_ms"]), bare, f"{c[key]['ratio']:.2f}×",
             _target(result, target, "×"))
            for key, target, label in (
                ("checklist_text", "checklist_text_ratio",
                 "`checklist --company leverages --request disclosure` (text)"),
                ("checklist_pdf", "checklist_pdf_ratio", "the same with `--format pdf -o FILE`"),
                ("letter", "letter_process_ratio",
                 "`letter --company leverages --details examples/details.yaml -o FILE`"))]
    floor = c["models_only"]
    rows.append(("the floor under them: pydantic and the record, law and request models built, "
                 "nothing else", _ms(floor["ours_ms"]), "the same baseline", f"{floor['ratio']:.2f}×", ""))
    if "pydantic_only" in c:
        alone = c["pydantic_only"]
        rows.append(("under that: pydantic with one small model, nothing else", _ms(alone["ours_ms"]),
                     "the same baseline", f"{alone['ratio']:.2f}×", ""))
    rows.append(("letter PDF, warm (bilingual)", _ms(l["ours_ms"]),
                 f"{_ms(l['bare_reportlab_ms'])} (same text, same font, plain reportlab)",
                 f"{l['ratio']:.2f}×", _target(result, "letter_warm_ratio", "×")))
    rows.append(("checklist (data) / checklist PDF, warm", f"{_ms(k['data_ms'])} / {_ms(k['pdf_ms'])}",
                 "", "", ""))
    return rows


def _directory_rows(result: dict) -> list[tuple]:
    d = result["directory"]
    records = f"{d['records']:,}"
    shapes = "; ".join(f"{shape} {_ms(f['p95_ms'])}" for shape, f in d["search_by_shape"].items())
    return [
        (f"{records} records: first load, building the index ({d['index_mib']:.0f} MiB)",
         _ms(d["cold_load_ms"]), f"{_ms(d['cold_bare_read_files_ms'])} to read every file",
         f"{d['cold_ratio']:.1f}×", _target(result, "directory_cold_load_ms", "ms")),
        ("peak memory of that first load", f"{d['cold_peak_mib']:.0f} MiB",
         f"{d['cold_bare_peak_mib']:.0f} MiB (reading the files)", "",
         _target(result, "directory_cold_peak_mib", " MiB")),
        (f"{records} records: warm load (a new process; the command line's)", _ms(d["warm_load_ms"]),
         f"{_ms(d['warm_bare_stat_files_ms'])} to list and stat every file", f"{d['warm_ratio']:.1f}×",
         _target(result, "directory_warm_load_ms", "ms")),
        (f"search per keystroke, {records} records, first {d['search_limit']}, {d['queries']} "
         "queries of every shape (p50 / p95)", f"{_ms(d['search_p50_ms'])} / {_ms(d['search_p95_ms'])}",
         f"{_ms(d['search_plain_scan_p50_ms'])} / {_ms(d['search_plain_scan_p95_ms'])} "
         "(every name scanned in memory)", f"{d['search_p95_ratio']:.2f}×",
         _target(result, "search_p95_ms", "ms")),
        ("p95 by shape of query (words of one or two characters by how many records hold them)",
         shapes, "", "", ""),
    ]


def _case_rows(result: dict) -> list[tuple]:
    c = result["cases"]
    rows = []
    for size, target in (("10000", "my_requests_10k_ms"), ("100000", "my_requests_100k_ms")):
        if size in c:
            m = c[size]["my_requests"]
            rows.append((f"My requests with {int(size):,} cases: building to first paint",
                         _ms(m["my_requests_first_paint_ms"]),
                         f"{_ms(m['bare_table_first_paint_ms'])} (a bare QTableView over one SELECT)",
                         f"{m['ratio']:.2f}×", _target(result, target, "ms")))
    for size in ("10000", "100000"):
        if size in c:
            m = c[size]["cases_list"]
            rows.append((f"`cases list --all`, {int(size):,} cases, whole process",
                         _ms(m["cases_list_ms"]), f"{_ms(m['bare_select_ms'])} (one bare SELECT of "
                         "the same rows, printed)", f"{m['ratio']:.2f}×",
                         _target(result, "cases_list_ratio_10k", "×") if size == "10000" else ""))
    size = next((size for size in c if "calendar" in c[size]), None)
    if size is not None:
        calendar = c[size]["calendar"]
        rows.append((f"`cases export-ics`, {int(size):,} cases: peak memory",
                     f"{calendar['export_ics_peak_mib']:.0f} MiB",
                     f"{calendar['bare_open_peak_mib']:.0f} MiB (a process that opens the store)", "",
                     _target(result, "export_ics_peak_mib", " MiB")))
    return rows


def table(result: dict) -> str:
    rows = _startup_rows(result) + _command_rows(result) + _directory_rows(result)
    if "cases" in result:
        rows += _case_rows(result)
    lines = ["| figure | ours | bare baseline | ratio | target |", "| --- | --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin as source:
        print(table(json.load(source)))


if __name__ == "__main__":
    main()
