"""Readers stream: peak memory does not grow with the size of one big input (issue #13).

    python benchmarks/streaming.py [--small 200] [--large 800]

Builds a WARC (gzip) and a JSONL file of --small and --large news pages from seeds/
(padded with 200 KB of page furniture each, as crawled pages are), runs
``claimx extract FILE`` on each and prints the peak RSS and the ratio large/small
(target: within 1.10).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PADDING = "<script>var menu = '" + "menu item " * 20_000 + "';</script>"  # ~200 KB a page, never extracted


def pages(n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(n)]


def write_warc(path: Path, n: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i, text in enumerate(pages(n)):
            paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            html = f"<html><body>{PADDING}<article>{paragraphs}</article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://news.example/{i}", "response", payload=BytesIO(html.encode()), http_headers=headers
            )
            writer.write_record(record)


def write_jsonl(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(pages(n)):
            handle.write(json.dumps({"id": f"r{i}", "text": text, "extra": PADDING}) + "\n")


def peak_rss_mb(path: Path) -> float:
    child = subprocess.Popen([sys.executable, "-m", "claimx", "extract", str(path), "-q"], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"claimx failed on {path.name}")
    return usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--large", type=int, default=800)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for kind, writer, suffix in (("WARC", write_warc, ".warc.gz"), ("JSONL", write_jsonl, ".jsonl")):
            peaks = []
            for n in (args.small, args.large):
                path = Path(tmp, f"{kind.lower()}-{n}{suffix}")
                writer(path, n)
                peaks.append(peak_rss_mb(path))
                size = path.stat().st_size / 1e6
                print(f"{kind:<6} {n:>5} records  {size:>7.1f} MB on disk  peak RSS {peaks[-1]:>6.0f} MB", flush=True)
            print(f"{kind:<6} peak RSS {args.large} / {args.small} records: {peaks[1] / peaks[0]:.2f} (target <= 1.10)")


if __name__ == "__main__":
    main()
