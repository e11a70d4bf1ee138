"""The packaged app against the program run from its venv, in the same run; prints one JSON object.

    .venv/bin/python benchmarks/bundle.py [dist/disclosure-assistant] [--rounds 15]

- startup: the bundle's `disclosure-assistant` until the first wizard page has been painted,
  against `python main.py` from the venv to the same moment (the same first-paint hook,
  DRA_EXIT_AFTER_FIRST_PAINT), started alternately; medians, and the ratio bundle / venv.
- cli: `disclosure-assistant companies` against `python main.py companies`, the same way.
- size: the bundle folder's size (files, not following links).
Both start with the user's folders in one scratch folder, warmed by one start each first.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from build import size_mib  # noqa: E402
from smoke import program  # noqa: E402


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {done.stderr[-500:]}")
    return elapsed


def compare(ours: list[str], base: list[str], env: dict[str, str], rounds: int) -> dict:
    _timed(ours, env), _timed(base, env)  # warm: caches, the index, the .qm
    times: dict[str, list[float]] = {"bundle": [], "venv": []}
    for _ in range(rounds):
        times["bundle"].append(_timed(ours, env))
        times["venv"].append(_timed(base, env))
    bundle, venv = statistics.median(times["bundle"]), statistics.median(times["venv"])
    return {"bundle_ms": round(bundle), "venv_ms": round(venv), "ratio": round(bundle / venv, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "disclosure-assistant"))
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    exe = str(program(Path(args.bundle)))
    scratch = tempfile.mkdtemp(prefix="dra-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": f"{scratch}/data",
           "XDG_CACHE_HOME": f"{scratch}/cache", "XDG_CONFIG_HOME": f"{scratch}/config"}
    paint = {**env, "DRA_EXIT_AFTER_FIRST_PAINT": "1"}
    python = [sys.executable, str(ROOT / "main.py")]
    result = {"startup": compare([exe], python, paint, args.rounds),
              "cli_companies": compare([exe, "companies"], [*python, "companies"], env, args.rounds),
              "size_mib": round(size_mib(Path(args.bundle))), "rounds": args.rounds}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
