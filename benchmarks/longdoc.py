"""One very long article stays within a bounded peak memory (issue #13).

    python benchmarks/longdoc.py [--mb 20] [--jobs 1]

Writes one text file of --mb million characters (the articles of seeds/ and
../shared/eval/dev/, repeated; --max-chars allows 20,000,000), runs
``claimx extract FILE -o OUT`` and prints its peak RSS (target: <= 700 MB per worker for
20 MB), the wall time and the number of claims. With --jobs 2 the article goes to a worker
process and the figure is the larger of the parent's and the worker's peaks.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import corpus_texts  # noqa: E402


def write_article(path: Path, chars: int) -> None:
    texts, pieces, size = corpus_texts(1), [], 0
    while size < chars:
        text = texts[len(pieces) % len(texts)]
        if size + len(text) + 2 > chars:
            break
        pieces.append(text)
        size += len(text) + 2
    path.write_text("\n\n".join(pieces), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="million characters (default 20)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        article, out = Path(tmp, "long.txt"), Path(tmp, "out.jsonl")
        write_article(article, int(args.mb * 1_000_000))
        chars = len(article.read_text(encoding="utf-8"))
        start = time.perf_counter()
        command = [
            sys.executable,
            "-m",
            "claimx",
            "extract",
            str(article),
            "-o",
            str(out),
            "-q",
            "--jobs",
            str(args.jobs),
        ]
        child = subprocess.Popen(command)
        _, status, _ = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status):
            raise SystemExit("claimx failed")
        # The largest peak of any process this one waited for, and of theirs: claimx and
        # its worker processes.
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        claims = sum(1 for _ in open(out, encoding="utf-8"))
        print(
            f"one article of {chars:,} characters, --jobs {args.jobs}: peak RSS {peak:,.0f} MB, {wall:,.0f} s, {claims:,} claims"
        )
        print(f"peak RSS {peak:,.0f} MB / 700 MB target: {peak / 700:.2f}")


if __name__ == "__main__":
    main()
