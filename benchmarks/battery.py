"""The robustness battery at scale: 1,000 good articles mixed with every kind of bad file.

    python benchmarks/battery.py [--good 1000] [--jobs 2]

Builds the folder in a temporary directory, runs ``claimx extract FOLDER -o ...
--errors ...`` and prints the counts: inputs, documents with claims, claims, error
lines by kind. Every good article must yield its claims and every bad file exactly
one error line. The attacks on a run itself (signals, dead workers, outputs that are
devices or inputs, ...) are in ``benchmarks/attacks.py``.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
from throughput import corpus_texts  # noqa: E402

LINE = "Officials said on Monday that 12 people were killed in the town. "


def build(folder: Path, good: int) -> tuple[int, set[str]]:
    texts = corpus_texts(good)
    for i, text in enumerate(texts[:good]):
        (folder / f"good{i:05d}.txt").write_text(text, encoding="utf-8")
    expected_good = {f"good{i:05d}.txt" for i in range(good)}
    # Good but awkward: still processed.
    (folder / "utf16.txt").write_bytes(("Title\n\n" + LINE).encode("utf-16"))
    (folder / "mixed-endings.txt").write_bytes(b"Title\r\n\r\n" + LINE.encode() + b"\rThe ministry said it was sad.\n")
    (folder / "long-line.txt").write_text((LINE * 80_000).strip(), encoding="utf-8")  # ~5 MB, one line
    (folder / "rtl-emoji-zw.txt").write_text(
        "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631. \U0001f600 "
        "Officials\u200b said on Monday that 12 people were killed.",
        encoding="utf-8",
    )
    (folder / "quotes.txt").write_text('He said "' * 2500 + "\n\n" + LINE, encoding="utf-8")
    os.makedirs(folder / "sub", exist_ok=True)
    with open(os.fsencode(str(folder / "sub")) + b"/caf\xe9.txt", "wb") as handle:  # non-UTF-8 file name
        handle.write(LINE.encode())
    for name in ("empty.txt", "blank.txt"):
        (folder / name).write_text("" if name == "empty.txt" else "  \n\n\t\n", encoding="utf-8")
    # Bad: each must give exactly one error line.
    bad = {
        "doc.txt": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(64),
        "archive.txt": b"PK\x03\x04" + bytes(64),
        "gzipped.txt": gzip.compress(LINE.encode()),
        "latin1.txt": "Le ministre a dit caf\xe9.".encode("latin-1"),
        "nul.txt": b"Officials said\x00 on Monday.",
        "huge.txt": b"word " * (50 * 1024 * 1024 // 5),  # 50 MB: over the default --max-chars
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "fifo.txt")  # a named pipe: once hung the run and its batch
    os.symlink(folder / "deleted.txt", folder / "dangling.txt")  # a file deleted before it was read
    os.symlink(folder, folder / "sub" / "loop")  # a symlink loop
    unreadable = folder / "unreadable.txt"
    unreadable.write_text(LINE, encoding="utf-8")
    unreadable.chmod(0)
    expected_errors = set(bad) | {"dangling.txt", "fifo.txt"} | ({"unreadable.txt"} if os.geteuid() != 0 else set())
    return good, expected_errors, expected_good


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--good", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "battery")
        folder.mkdir()
        _, expected_errors, expected_good = build(folder, args.good)
        out, errors = Path(tmp, "claims.jsonl"), Path(tmp, "errors.jsonl")
        start = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "claimx",
                "extract",
                str(folder),
                "-q",
                "-o",
                str(out),
                "--errors",
                str(errors),
                "--jobs",
                str(args.jobs),
            ],
            capture_output=True,
        )
        wall = time.perf_counter() - start
        inputs = len(list(os.scandir(folder))) + len(list(os.scandir(folder / "sub")))
        claims = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        error_lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
        docs_with_claims = {Path(c["doc"]).name for c in claims}
        errored = collections.Counter(Path(e["path"]).name for e in error_lines)
        print(f"exit status {proc.returncode}, {wall:.0f} s")
        print(f"inputs: {inputs} entries ({args.good} good articles + awkward and bad files)")
        print(f"claims: {len(claims)} from {len(docs_with_claims)} documents")
        print(f"good articles with claims: {len(expected_good & docs_with_claims)} / {len(expected_good)}")
        print(f"error lines: {len(error_lines)} ({dict(collections.Counter(e['kind'] for e in error_lines))})")
        print(
            f"bad files with exactly one error line: {sum(1 for n in expected_errors if errored[n] == 1)} / "
            f"{len(expected_errors)}"
        )
        unexpected = set(errored) - expected_errors
        print(f"unexpected error lines: {sorted(unexpected) or 'none'}")
        for name in (
            "utf16.txt",
            "mixed-endings.txt",
            "long-line.txt",
            "rtl-emoji-zw.txt",
            "quotes.txt",
            "caf\ufffd.txt",
        ):
            print(f"  {name}: {sum(1 for c in claims if Path(c['doc']).name == name)} claims")


if __name__ == "__main__":
    main()
