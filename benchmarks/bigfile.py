"""One big file keeps every worker busy (issue #13).

    python benchmarks/bigfile.py [--docs 400] [--rounds 3] [--no-dask]

Writes one JSONL file of --docs distinct news articles (``throughput.distinct_texts``; with
--repeated, the 55 of seeds/ and ../shared/eval/dev/ over and over, as before) and runs ``claimx extract FILE`` with ``--jobs 1``, ``--jobs 2`` and, unless --no-dask,
``--engine dask`` on a two-worker LocalCluster (one thread each). Prints the wall time of
each, the speed-up over ``--jobs 1`` (target: >= 1.8 on two cores) and whether the
outputs are byte-identical. Each setup runs once per round (--rounds), and a round's
speed-ups are over that round's ``--jobs 1``: a shared machine's speed drifts by a quarter
within minutes, so only runs close in time compare. The median round's speed-up counts. Dask runs twice on the same cluster: cold (each worker loads
the model during the run) and warm (the model already loaded, as on a standing cluster),
then once on a fresh cluster started with ``preload=["claimx.daskworker"]`` (the model
loaded as the workers start, its caches still empty).

Each round also prints the CPU seconds of the two ``--jobs`` runs, workers included: what
two processes spend beyond one (each worker fills its own caches; two processes share the
machine's memory bandwidth) no second core gives back.

Each round also times ``claimx extract`` on a file of one short article: the start-up
(Python, spaCy's import, the model's load) that every run pays once and no worker can
share. By Amdahl's law two processes can then give at most ``T1 / (S + (T1 - S) / 2)``
over a ``--jobs 1`` run of ``T1`` seconds with start-up ``S``: the ceiling printed, an
optimistic one (it counts the start-up only, not the caches each worker fills).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import corpus_texts, distinct_texts  # noqa: E402


def run(args: list[str], out: Path) -> tuple[float, str, float]:
    """Wall time, output digest and CPU seconds (its worker processes included) of one run."""
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-m", "claimx", "extract", *args, "-q", "-o", str(out)], check=True)
    return time.perf_counter() - start, hashlib.sha256(out.read_bytes()).hexdigest(), _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=3, help="runs of each setup, interleaved; the median speed-up counts")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument(
        "--repeated", action="store_true", help="55 articles repeated (flatters --jobs 1: see distinct_texts)"
    )
    args = ap.parse_args()
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp, "export.jsonl")
        with open(export, "w", encoding="utf-8") as handle:
            texts = corpus_texts(args.docs)[: args.docs] if args.repeated else distinct_texts(args.docs)
            for i, text in enumerate(texts):
                handle.write(json.dumps({"id": f"r{i}", "text": text, "date": "2020-10-09"}) + "\n")
        print(
            f"one JSONL file of {args.docs} articles ({len(set(texts))} distinct), {export.stat().st_size / 1e6:.1f} MB"
        )
        one = Path(tmp, "one.jsonl")
        one.write_text(json.dumps({"id": "one", "text": "Officials said 12 people were killed."}) + "\n")
        digest, startups = None, []
        for n in range(args.rounds):
            startups.append(run([str(one)], Path(tmp, "one.out"))[0])
            cpu = {}  # CPU seconds of this round's runs
            for name, wall, output, seconds in one_round(export, Path(tmp), dask=not args.no_dask):
                digest = digest or output  # the first run is --jobs 1
                times.setdefault(name, []).append(wall)
                cpu[name] = seconds
                if output != digest:
                    print(f"round {n + 1}: {name} output DIFFERS from --jobs 1")
            print(
                f"round {n + 1}: start-up {startups[-1]:.1f} s, "
                + ", ".join(f"{name} {t[-1]:.1f} s" for name, t in times.items())
                + f"; CPU --jobs 1 {cpu['--jobs 1']:.1f} s, --jobs 2 {cpu['--jobs 2']:.1f} s",
                flush=True,
            )
    for name, walls in times.items():
        ratios = [base / wall for base, wall in zip(times["--jobs 1"], walls)]
        print(
            f"{name:<26} fastest {min(walls):6.1f} s   speed-up per round "
            f"{' '.join(f'{r:.2f}' for r in ratios)}   median {statistics.median(ratios):.2f}x"
        )
    ceilings = [t1 / (s + (t1 - s) / 2) for t1, s in zip(times["--jobs 1"], startups)]
    print(
        f"start-up {statistics.median(startups):.1f} s (median): two processes can give at most "
        f"{' '.join(f'{c:.2f}' for c in ceilings)}   median {statistics.median(ceilings):.2f}x (Amdahl)"
    )


def one_round(export: Path, tmp: Path, dask: bool):
    """(setup, wall time, output digest, CPU seconds) of each setup, once."""
    yield "--jobs 1", *run([str(export)], tmp / "jobs1.jsonl")
    yield "--jobs 2", *run([str(export), "--jobs", "2"], tmp / "jobs2.jsonl")
    if not dask:
        return
    from distributed import LocalCluster

    # Started only now: a starting cluster's processes would take CPU from the runs above.
    cluster_args = dict(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with LocalCluster(**cluster_args) as cluster:
        extra = [str(export), "--engine", "dask", "--scheduler", cluster.scheduler_address]
        for attempt in ("cold", "warm"):
            yield f"dask, {attempt} workers", *run(extra, tmp / "dask.jsonl")
    with LocalCluster(**cluster_args, preload=["claimx.daskworker"]) as cluster:
        extra = [str(export), "--engine", "dask", "--scheduler", cluster.scheduler_address]
        yield "dask, preloaded", *run(extra, tmp / "dask.jsonl")


if __name__ == "__main__":
    main()
