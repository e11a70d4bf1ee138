"""Peak memory and time of cnparser 1.7.0 and jpcorpreg 2.0.2 reading a local register file,
against stdlib csv streaming, on the same file (each in its own process). Neither library is a
dependency of the program: install them into a scratch venv and name its python.

    python3 -m venv /tmp/evalvenv && /tmp/evalvenv/bin/pip install cnparser==1.7.0 jpcorpreg==2.0.2
    python3 benchmarks/register_libraries.py /tmp/00_zenkoku_all_20261130.csv /tmp/evalvenv/bin/python
"""
import json, subprocess, sys, zipfile
from pathlib import Path
CSV = Path(sys.argv[1]); ZIP = CSV.with_suffix(".zip")
if not ZIP.exists():
    with zipfile.ZipFile(ZIP, "w", zipfile.ZIP_DEFLATED) as z: z.write(CSV, CSV.name)
PY = sys.argv[2] if len(sys.argv) > 2 else "/tmp/evalvenv/bin/python"
HEAD = "import resource, time, json, sys\nt=time.perf_counter()\n"
TAIL = "\nprint(json.dumps({'s': round(time.perf_counter()-t,1), 'peak_mib': round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024,1), 'rows': n}))"
cases = {
 "stdlib csv streaming": "import csv\nn=sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))",
 "cnparser 1.7.0 (read_csv: the whole file into one DataFrame; pandarallel stubbed: it does not import with pandas 3)": "import types; fake=types.ModuleType('pandarallel'); fake.pandarallel=types.SimpleNamespace(initialize=lambda **k: None); sys.modules['pandarallel']=fake\nfrom cnparser.load import read_csv\nn=len(read_csv(sys.argv[1]))",
 "jpcorpreg 2.0.2 (CorporateDataWriter.uncompress_and_parse, df)": "from jpcorpreg.writer import CorporateDataWriter\nn=len(CorporateDataWriter().uncompress_and_parse(sys.argv[2], 'df'))",
}
for name, body in cases.items():
    out = subprocess.run([PY, "-c", HEAD + body + TAIL, str(CSV), str(ZIP)], capture_output=True, text=True)
    print(name, out.stdout.strip() or out.stderr[-500:])
