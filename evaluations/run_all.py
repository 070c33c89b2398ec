"""`make eval`: every quality evaluation, each writing its section of RESULTS.md."""

from __future__ import annotations

import importlib
import sys
import time

from evaluations.common import write_section

EVALUATIONS = [("retrieval", "evaluations.retrieval"), ("answers", "evaluations.answers"),
               ("drafting", "evaluations.drafting"), ("review", "evaluations.eval_review")]


def main() -> int:
    failed = []
    for name, module in EVALUATIONS:
        start = time.perf_counter()
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                print(f"== {name}: not available ({module} missing)")
                continue
            raise
        print(f"== {name}")
        md = mod.run()
        print(md)
        write_section(name, md)
        print(f"({name}: {time.perf_counter() - start:.1f} s)\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
