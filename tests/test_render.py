"""Seeing claims: `claimx show` in the terminal and `--format html` in a real browser."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
HOSTILE = (
    "Hostile page\n\n2020-10-09\n\n"
    '<script>document.title="PWNED"</script> The minister said on Thursday that '
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> three soldiers were killed.\n"
)


def test_show_prints_plain_marks_when_piped():
    result = runner.invoke(
        app, ["show", "-", "--published", "2020-10-09"], input="Kim Lee said on Thursday that it rains.\n"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "== -",
        "[Kim Lee](speaker #1) [said](cue #1) on Thursday that [it rains](content #1). {#1}",
        "",
        "",
        "stdin:1  statement  Kim Lee  2020-10-08  it rains",
        "",
    ]


def test_show_keeps_types_and_reports_bad_input(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said on Friday that 31 civilians were killed.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["show", str(tmp_path), "--types", "casualty", "--published", "2020-10-09"])
    assert result.exit_code == 1
    assert "[31](count #2) [civilians](victims #2)" in result.stdout
    assert "casualty  Officials  2020-10-09  31 killed" in result.stdout
    assert "statement" not in result.stdout
    assert "b.txt: not text (a PDF file)" in result.stderr


def _report(tmp_path: Path) -> tuple[Path, list[dict]]:
    folder = tmp_path / "in"
    shutil.copytree(ROOT / "seeds", folder)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    report, jsonl = tmp_path / "report.html", tmp_path / "claims.jsonl"
    for fmt, target in (("html", report), ("jsonl", jsonl)):
        result = runner.invoke(app, ["extract", str(folder), "--format", fmt, "-o", str(target), "-q"])
        assert result.exit_code == 0, result.output
    return report, [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]


def test_html_report_escapes_articles_and_carries_every_claim_id(tmp_path):
    report, claims = _report(tmp_path)
    page = report.read_text(encoding="utf-8")
    assert page.count("<script>") == 1  # ours, at the end; the article's is shown as text
    assert "&lt;script&gt;document.title=&quot;PWNED&quot;&lt;/script&gt;" in page
    assert "<img" not in page and "http" not in page.replace("http-equiv", "")  # nothing fetched
    marked = set(re.findall(r'data-claim="([^"]+)"', page))
    assert {c["id"] for c in claims} <= marked


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None and not os.environ.get("CI"), reason="needs Debian's chromium")
def test_html_report_in_headless_chromium(tmp_path):
    report, claims = _report(tmp_path)
    dom = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "<title>claimx report</title>" in dom  # the article's script did not retitle the page
    assert not re.search(r"<body[^>]*data-pwned", dom)  # nor did its onerror handler run
    assert {c["id"] for c in claims} <= set(re.findall(r'data-claim="([^"]+)"', dom))
    assert len(re.findall(r"<tr data-type=", dom)) == len(claims)
