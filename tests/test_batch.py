"""Batch runs: formats, worker processes, resume, error logs, interrupts, Dask."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from conftest import corpus as shared_corpus
from conftest import lines, warc_bytes

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "karabakh-2020-10-09.txt"
ARTICLE = (
    "Headline\n\nOctober 9, 2020\n\nAzerbaijan said on Thursday that {n} civilians have been killed.\n\n"
    '"The talks will resume," Maria Zakharova told reporters.\n'
)
PAGE = """<html><head><title>Ministry reports toll</title>
<meta property="article:published_time" content="2020-10-09T11:34:00Z"></head>
<body><nav>Home | World | Subscribe</nav><article><h1>Ministry reports toll</h1>
<p>Azerbaijan said on Thursday that 31 civilians have been killed since Sept. 27 in the fighting.</p>
<p>"The talks will resume next week," spokeswoman Maria Zakharova told reporters in Moscow on Friday.</p>
</article><footer>Copyright 2020</footer></body></html>"""


def corpus(folder: Path, n: int) -> Path:
    return shared_corpus(folder, n, ARTICLE)


def test_html_page_through_trafilatura(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.html").write_text(PAGE, encoding="utf-8")
    emitted = tmp_path / "text"
    result = runner.invoke(app, ["extract", "story.html", "--emit-text", str(emitted)])
    assert result.exit_code == 0, result.output
    out = lines(result.stdout)
    assert [(c["type"], c["speaker"]["name"], c["date"]["value"]) for c in out] == [
        ("statement", "Ministry", "2020-10-09"),  # the headline: "Ministry reports toll"
        ("statement", "Azerbaijan", "2020-10-08"),
        ("casualty", "Azerbaijan", "2020-10-08"),
        ("statement", "Maria Zakharova", "2020-10-09"),
    ]
    assert {c["published"] for c in out} == {"2020-10-09"}
    assert {c["id"] for c in out} == {"story.html:1", "story.html:2", "story.html:3", "story.html:4"}
    text = (emitted / "story.html.txt").read_text(encoding="utf-8")
    for c in out:
        assert text[c["sentence"]["start"] : c["sentence"]["end"]] == c["sentence"]["text"]


def test_jsonl_records_with_fields(tmp_path):
    src = tmp_path / "export.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps(
                    {"uid": "x1", "body": "Officials said on Monday that 4 people were arrested.", "day": "2020-10-09"}
                ),
                "{not json",
                json.dumps({"uid": "x2", "nobody": "missing text"}),
                json.dumps({"uid": "x3", "body": "The ministry said the talks failed."}),
            ]
        ),
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["extract", str(src), "--text-field", "body", "--id-field", "uid", "--date-field", "day"]
    )
    assert result.exit_code == 1
    out = lines(result.stdout)
    assert [(c["id"], c["type"], c["published"]) for c in out] == [
        ("x1:1", "statement", "2020-10-09"),
        ("x1:2", "casualty", "2020-10-09"),
        ("x3:1", "statement", None),
    ]
    assert out[0]["date"]["value"] == "2020-10-05"
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert f"{src}:2: bad JSONL record" in errors[0]
    assert f"{src}:3: bad JSONL record (no field 'body')" in errors[1]


def test_warc_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    pages = [
        ("https://news.example/a", PAGE, "text/html; charset=utf-8"),
        ("https://news.example/logo.png", "PNG", "image/png"),
    ]
    path.write_bytes(warc_bytes(pages))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    out = lines(result.stdout)
    assert [c["id"] for c in out] == [
        "https://news.example/a:1",
        "https://news.example/a:2",
        "https://news.example/a:3",
        "https://news.example/a:4",
    ]
    assert {c["doc"] for c in out} == {str(path)}


def test_jobs_two_is_byte_identical_and_ordered(tmp_path):
    folder = corpus(tmp_path / "c", 12)
    one = subprocess.run([sys.executable, "-m", "claimx", "extract", str(folder)], capture_output=True, check=True)
    two = subprocess.run(
        [sys.executable, "-m", "claimx", "extract", str(folder), "--jobs", "2"], capture_output=True, check=True
    )
    assert one.stdout == two.stdout
    docs = [json.loads(l)["doc"] for l in one.stdout.splitlines()]
    assert docs == sorted(docs)


def test_resume_skips_finished_documents(tmp_path):
    folder = corpus(tmp_path / "c", 4)
    target = tmp_path / "out.jsonl"
    full = runner.invoke(app, ["extract", str(folder)]).stdout
    first_two = [l for l in full.splitlines() if "a000" in l or "a001" in l]
    target.write_text("\n".join(first_two) + "\n" + '{"doc": "torn', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), "-o", str(target), "--resume"])
    assert result.exit_code == 0, result.output
    # the torn line stays as it was written; every document appears once after it
    body = target.read_text(encoding="utf-8").replace('{"doc": "torn', "")
    assert sorted(body.splitlines()) == sorted(full.splitlines())


def test_errors_file_lists_each_failure(tmp_path):
    folder = corpus(tmp_path / "c", 2)
    (folder / "bad.txt").write_bytes(b"%PDF-1.4")
    log = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(folder), str(tmp_path / "gone.txt"), "--errors", str(log)])
    assert result.exit_code == 1
    records = lines(log.read_text(encoding="utf-8"))
    assert [(Path(r["path"]).name, r["kind"]) for r in records] == [("gone.txt", "not_found"), ("bad.txt", "not_text")]


def test_long_document_is_sliced_with_offsets_into_the_whole(tmp_path):
    from claimx.api import Document, extract_documents

    text = SEED.read_text(encoding="utf-8")
    [(_, whole, _)] = list(extract_documents([Document("s", "s", text)]))
    [(_, sliced, error)] = list(extract_documents([Document("s", "s", text)], slice_chars=700))
    assert error is None
    assert len(sliced) >= len(whole) - 3
    for c in sliced:
        for key in ("sentence", "speaker", "cue", "content", "action"):
            if c.get(key):
                assert text[c[key]["start"] : c[key]["end"]] == c[key]["text"]


def test_max_chars_refuses_clearly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(big), "--max-chars", "100"])
    assert result.exit_code == 1
    assert "5,000 bytes is over --max-chars 100" in result.stderr  # refused before reading
    small = tmp_path / "small.txt"
    small.write_text("word " * 30, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(small), "--max-chars", "100"])
    assert "150 characters is over --max-chars 100" in result.stderr


def test_sigterm_leaves_valid_jsonl_and_resume_finishes(tmp_path):
    folder = corpus(tmp_path / "c", 1500)
    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimx", "extract", str(folder), "-o", str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 120
    while time.time() < deadline and not any(p.stat().st_size > 0 for p in tmp_path.glob(".out.jsonl.*.tmp")):
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()[-500:]
    assert b"interrupted" in err
    written = target.read_text(encoding="utf-8")
    assert written.endswith("\n")
    kept = [json.loads(line) for line in written.splitlines()]
    assert 0 < len(kept) < 1500 * 3
    again = subprocess.run(
        [sys.executable, "-m", "claimx", "extract", str(folder), "-o", str(target), "--resume"], capture_output=True
    )
    assert again.returncode == 0
    ids = [json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 1500 * 3


def test_unwritable_output_fails_before_work(tmp_path):
    result = runner.invoke(app, ["extract", str(SEED), "-o", "/proc/claimx-test.jsonl"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "claimx:" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
@pytest.mark.parametrize(
    "malloc_env, raised",
    [
        ({"MALLOC_TRIM_THRESHOLD_": "65536"}, "True"),  # how Dask's nanny starts a worker
        ({"MALLOC_TRIM_THRESHOLD_": "65536", "MALLOC_MMAP_THRESHOLD_": "131072"}, "False"),  # the user chose
        ({}, "False"),  # glibc adapts the threshold itself
    ],
)
def test_frozen_mmap_threshold_is_raised_once(malloc_env, raised):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")} | malloc_env
    code = "from claimx.allocator import reuse_large_buffers as r; print(r(), r())"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.stdout == f"{raised} {raised}\n"


def test_dask_engine_matches_local(tmp_path):
    distributed = pytest.importorskip("distributed")
    folder = corpus(tmp_path / "c", 6)
    local = runner.invoke(app, ["extract", str(folder)]).stdout
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        preload=["claimx.daskworker"],  # the model loaded as the workers start
    ) as cluster:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "claimx",
                "extract",
                str(folder),
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
            ],
            capture_output=True,
            timeout=300,
        )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert result.stdout.decode() == local


def test_dask_profiler_paused_while_runs_last():
    distributed = pytest.importorskip("distributed")
    from claimx.batch import _profiler_paused

    with (
        distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        worker = next(iter(cluster.workers.values()))

        def profiling() -> list[bool]:
            return [worker.periodic_callbacks[name].is_running() for name in ("profile", "profile-cycle")]

        assert profiling() == [True, True]
        with _profiler_paused(client):
            assert profiling() == [False, False]
            with _profiler_paused(client):  # a second run on the same cluster
                assert profiling() == [False, False]
            assert profiling() == [False, False]  # the first still runs
        assert profiling() == [True, True]
