"""Run every benchmark section and print its figures and ratios against the named peers.

``python -m benchmarks`` runs all sections; ``python -m benchmarks extract`` runs one.
"""

from __future__ import annotations

import importlib
import sys
import time

SECTIONS = ("goals", "extract", "checks", "store")
BUDGET_S = 300.0


def main(argv: list[str]) -> int:
    wanted = argv or list(SECTIONS)
    for name in wanted:
        if name not in SECTIONS:
            print(f"Unknown section {name!r}; choose from {', '.join(SECTIONS)}", file=sys.stderr)
            return 2
    start = time.perf_counter()
    for name in wanted:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"\n== {name} ==", flush=True)
        t0 = time.perf_counter()
        module.main()
        print(f"({name}: {time.perf_counter() - t0:.1f} s)", flush=True)
    total = time.perf_counter() - start
    verdict = "met" if total < BUDGET_S else "MISSED"
    print(f"\nmake bench took {total:.0f} s (goal < {BUDGET_S:.0f} s: {verdict})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
