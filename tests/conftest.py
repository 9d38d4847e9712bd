import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# claimx caches its gazetteer under the user's cache folder: keep the tests' copy apart,
# and leave nothing behind in the temporary folder once the run ends.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="claimx-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "karabakh-2020-10-09.txt"


@pytest.fixture(scope="session")
def nlp():
    from claimx.pipeline import load

    return load()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


def claims_of(text: str, published: str = "2020-10-09", types=None) -> list[dict]:
    import claimx

    return claimx.extract(text, published=published, types=types)


def lines(text: str) -> list[dict]:
    """The JSON records of claimx's JSONL output."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def corpus(folder: Path, n: int, article: str) -> Path:
    """``n`` articles ``a000.txt``... in ``folder``, ``article`` formatted with a count of n + 2."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(article.format(n=i + 2), encoding="utf-8")
    return folder


def warc_bytes(records: list[tuple[str, str, str]]) -> bytes:
    """A gzipped WARC of HTTP responses ``(url, body, content type)``, crawled 2020-10-10."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, body, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(body.encode()),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2020-10-10T00:00:00Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()
