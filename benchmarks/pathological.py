"""Odd texts finish in time linear in their length and in bounded memory (issue #14).

    python benchmarks/pathological.py [--kb 60]

For each kind of text that once took quadratic time (short lines, runs of quotation
marks, 'a-a-a-' runs, one long line) it runs ``claimx extract`` at N and 2N kilobytes and
prints seconds per MB, the ratio of the two (about 1.0 when linear, about 2.0 when
quadratic) and the peak RSS of each run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KINDS = {
    "quote-newline": '"\n',
    "quotes": '"',
    "a-hyphen": "a-",
    "one-long-line": "Officials said on Monday that 12 people were killed in the town. ",
}


def run(path: Path) -> tuple[float, int]:
    """Seconds and peak RSS (KB) of ``claimx extract PATH`` (this child's own rusage)."""
    start = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "claimx", "extract", str(path), "-q"], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"claimx failed on {path.name} (exit {child.returncode})")
    return time.monotonic() - start, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=60, help="size of the smaller text, in KB")
    args = parser.parse_args()
    print(f"{'text':<15} {'KB':>6} {'s/MB':>8} {'peak MB':>8}   ratio of s/MB (2N vs N; 1.0 = linear)")
    with tempfile.TemporaryDirectory() as tmp:
        for kind, unit in KINDS.items():
            rates = []
            for kb in (args.kb, 2 * args.kb):
                path = Path(tmp, f"{kind}-{kb}.txt")
                path.write_text(unit * (kb * 1024 // len(unit)), encoding="utf-8")
                seconds, peak = run(path)
                rates.append(seconds / (kb / 1024))
                print(f"{kind:<15} {kb:>6} {rates[-1]:>8.1f} {peak / 1024:>8.0f}")
            print(f"{'':<15} {'':>6} {'':>8} {'':>8}   {rates[1] / rates[0]:.2f}")


if __name__ == "__main__":
    main()
