"""One big file keeps every worker busy (issue #13).

    python benchmarks/bigfile.py [--docs 400] [--no-dask]

Writes one JSONL file of --docs news articles (seeds/ and ../shared/eval/dev/, repeated)
and runs ``claimx extract FILE`` with ``--jobs 1``, ``--jobs 2`` and, unless --no-dask,
``--engine dask`` on a two-worker LocalCluster (one thread each). Prints the wall time of
each, the speed-up over ``--jobs 1`` (target: >= 1.8 on two cores) and whether the
outputs are byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import corpus_texts  # noqa: E402


def run(args: list[str], out: Path) -> tuple[float, str]:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "claimx", "extract", *args, "-q", "-o", str(out)], check=True)
    return time.perf_counter() - start, hashlib.sha256(out.read_bytes()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp, "export.jsonl")
        with open(export, "w", encoding="utf-8") as handle:
            for i, text in enumerate(corpus_texts(args.docs)[: args.docs]):
                handle.write(json.dumps({"id": f"r{i}", "text": text, "date": "2020-10-09"}) + "\n")
        print(f"one JSONL file of {args.docs} articles, {export.stat().st_size / 1e6:.1f} MB")
        base, digest = run([str(export)], Path(tmp, "jobs1.jsonl"))
        print(f"--jobs 1        {base:6.1f} s")
        runs = {"--jobs 2": [str(export), "--jobs", "2"]}
        cluster = None
        if not args.no_dask:
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
            runs["--engine dask (2 workers)"] = [
                str(export),
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
            ]
        try:
            for name, extra in runs.items():
                wall, other = run(extra, Path(tmp, "other.jsonl"))
                same = "identical" if other == digest else "DIFFERENT"
                print(f"{name:<15} {wall:6.1f} s   speed-up {base / wall:.2f}x   output {same}")
        finally:
            if cluster is not None:
                cluster.close()


if __name__ == "__main__":
    main()
