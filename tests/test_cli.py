"""The command line: Typer's runner and a real subprocess, good and bad inputs."""

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from conftest import lines

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "karabakh-2020-10-09.txt"
TEXT = "Azerbaijan said on Thursday that 31 civilians have been killed.\n"


def seed_claim_count() -> int:
    import claimx

    return len(claimx.extract(SEED.read_text(encoding="utf-8")))


def test_version_names_the_spacy_it_runs_on():
    result = runner.invoke(app, ["--version"])
    python = ".".join(map(str, sys.version_info[:3]))
    assert result.exit_code == 0
    assert result.stdout == f"claimx 0.1.0 (spaCy {metadata.version('spacy')}, Python {python})\n"


def test_help_teaches():
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    for option in (
        "--output",
        "--types",
        "--published",
        "--format",
        "--model",
        "--glob",
        "--encoding",
        "--fail-fast",
        "--quiet",
    ):
        assert option in result.output


def test_extract_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Headline\n\nFriday, 09 October 2020 11:34 AM\n\n" + TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", "a.txt"])
    assert result.exit_code == 0, result.output
    out = lines(result.stdout)
    assert [(c["id"], c["type"]) for c in out] == [("a:1", "statement"), ("a:2", "casualty")]
    assert out[0]["doc"] == "a.txt"
    assert out[0]["published"] == "2020-10-09"
    assert out[0]["date"]["value"] == "2020-10-08"


@pytest.mark.parametrize("skim", [[], ["--skim"]])
def test_offsets_slice_the_text(tmp_path, skim):
    text = SEED.read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", str(SEED), *skim])
    assert result.exit_code == 0
    assert len(lines(result.stdout)) == 22
    for c in lines(result.stdout):
        assert text[c["sentence"]["start"] : c["sentence"]["end"]] == c["sentence"]["text"]
        for key in ("speaker", "cue", "content", "action"):
            if c.get(key):
                assert text[c[key]["start"] : c[key]["end"]] == c[key]["text"]


def test_stdin_and_published_override():
    result = runner.invoke(app, ["extract", "-", "--published", "2020-10-09"], input=TEXT)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[0]["doc"] == "-"
    assert out[0]["id"] == "stdin:1"
    assert out[0]["published"] == "2020-10-09"


def test_no_publication_date_leaves_relative_dates_unresolved():
    out = lines(runner.invoke(app, ["extract", "-"], input=TEXT).stdout)
    assert out[0]["published"] is None
    assert out[0]["date"] == {"value": None, "text": "on Thursday", "source": "none"} or out[0]["date"]["value"] is None


def test_types_filter():
    out = lines(runner.invoke(app, ["extract", "-", "--types", "casualty"], input=TEXT).stdout)
    assert [c["type"] for c in out] == ["casualty"]


def test_folder_recursion_and_glob(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "notes.md").write_text(TEXT, encoding="utf-8")
    out = lines(runner.invoke(app, ["extract", str(tmp_path)]).stdout)
    assert sorted({Path(c["doc"]).name for c in out}) == ["a.txt", "b.txt"]
    out = lines(runner.invoke(app, ["extract", str(tmp_path), "--glob", "*.md"]).stdout)
    assert {Path(c["doc"]).name for c in out} == {"notes.md"}


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    (tmp_path / "doc.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "zipped.txt").write_bytes(b"\x1f\x8b\x08\x00\x00")
    (tmp_path / "latin.txt").write_bytes("Le ministre a dit caf\xe9.".encode("latin-1"))
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    result = runner.invoke(app, ["extract", str(tmp_path), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 6
    assert any("doc.txt: not text (a PDF file)" in e for e in errors)
    assert any("image.txt: not text (a PNG image)" in e for e in errors)
    assert any("zipped.txt: not text (gzip-compressed data)" in e for e in errors)
    assert any("latin.txt: not valid UTF-8 at byte 21" in e for e in errors)
    assert any("nul.txt: not text (contains NUL bytes)" in e for e in errors)
    assert any("missing.txt: no such file or folder" in e for e in errors)
    assert {Path(c["doc"]).name for c in lines(result.stdout)} == {"good.txt"}


def test_encoding_option(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes('"Nous sommes pr\xeats," the minister said.'.encode("latin-1"))
    result = runner.invoke(app, ["extract", str(f), "--encoding", "latin-1"])
    assert result.exit_code == 0
    assert lines(result.stdout)[0]["content"]["text"] == "Nous sommes pr\xeats"


def test_bom_crlf_and_utf16(tmp_path):
    # Offsets index what open(path).read() returns: a UTF-8 BOM is kept (one character),
    # CRLF becomes LF; Python's utf-16 codec drops its BOM, and so does claimx.
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbfTitle\r\n\r\n" + TEXT.encode().replace(b"\n", b"\r\n"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(("Title\n\n" + TEXT).encode("utf-16"))
    out = lines(runner.invoke(app, ["extract", str(crlf), str(utf16)]).stdout)
    starts = {Path(c["doc"]).name: c["sentence"]["start"] for c in out if c["type"] == "statement"}
    assert starts == {"crlf.txt": 8, "utf16.txt": 7}
    text = open(crlf, encoding="utf-8").read()
    assert text[0] == "\ufeff"
    for c in out:
        if c["doc"] == str(crlf):
            assert text[c["sentence"]["start"] : c["sentence"]["end"]] == c["sentence"]["text"]
            assert text[c["speaker"]["start"] : c["speaker"]["end"]] == "Azerbaijan"


def test_bom_before_a_dateline_still_dates_the_article(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfBAKU, Oct 9 2020 (Reuters) - " + TEXT.encode())
    [statement, _] = lines(runner.invoke(app, ["extract", str(f)]).stdout)
    assert (statement["published"], statement["speaker"]["start"]) == ("2020-10-09", 30)


def test_same_file_name_in_two_folders(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder in ("a", "b"):
        Path(folder).mkdir()
        Path(folder, "story.txt").write_text(f"{folder.upper()} story\n\n" + TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", "a", "./b/story.txt", "--emit-text", "texts"])
    assert result.exit_code == 0, result.output
    assert [c["id"] for c in lines(result.stdout)] == ["a/story:1", "a/story:2", "b/story:1", "b/story:2"]
    assert Path("texts/a/story.txt").read_text(encoding="utf-8").startswith("A story")
    assert Path("texts/b/story.txt").read_text(encoding="utf-8").startswith("B story")


def test_fail_fast_stops_at_first_failure(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"%PDF-1.4")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--fail-fast"])
    assert result.exit_code == 1
    assert result.stdout == ""


def test_usage_errors_exit_2():
    assert runner.invoke(app, ["extract", "-", "--types", "opinion"], input=TEXT).exit_code == 2
    assert runner.invoke(app, ["extract", "-", "--published", "9 Oct"], input=TEXT).exit_code == 2
    assert runner.invoke(app, ["extract", "-", "--format", "xml"], input=TEXT).exit_code == 2
    assert runner.invoke(app, ["extract", "-", "--encoding", "no-such-codec"], input=TEXT).exit_code == 2


def test_missing_model_names_how_to_install():
    result = runner.invoke(app, ["extract", "-", "--model", "xx_no_such_model"], input=TEXT)
    assert result.exit_code == 2
    assert "pip install" in result.stderr
    assert "xx_no_such_model" in result.stderr


def test_output_file_is_written_atomically(tmp_path):
    target = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(lines(target.read_text(encoding="utf-8"))) == seed_claim_count()
    assert [p.name for p in tmp_path.iterdir()] == ["claims.jsonl"]


def test_output_to_missing_folder_fails_before_work(tmp_path):
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(tmp_path / "nope" / "x.jsonl")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_json_and_table_formats():
    result = runner.invoke(app, ["extract", str(SEED), "--format", "json"])
    assert len(json.loads(result.stdout)) == seed_claim_count()
    result = runner.invoke(app, ["extract", str(SEED), "--format", "table"])
    assert result.exit_code == 0
    assert "Maria Zakharova" in result.stdout


def test_schema_command_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "claimx claim"
    assert "speaker" in schema["required"]


def test_real_subprocess_and_determinism(tmp_path):
    cmd = [sys.executable, "-m", "claimx", "extract", str(SEED)]
    first = subprocess.run(cmd, capture_output=True, check=True)
    second = subprocess.run(cmd, capture_output=True, check=True)
    assert first.stdout == second.stdout
    assert first.stderr == b""  # no progress bar when stderr is not a terminal
    assert len(first.stdout.splitlines()) == seed_claim_count()


def test_broken_pipe_exits_quietly():
    proc = subprocess.run(f'"{sys.executable}" -m claimx extract "{SEED}" | head -1', shell=True, capture_output=True)
    assert len(proc.stdout.splitlines()) == 1
    assert b"Traceback" not in proc.stderr


# --- first run (a newcomer's path) -------------------------------------------------------


def test_bad_published_is_a_usage_error_and_an_api_value_error():
    import datetime

    import pytest

    import claimx

    for bad in ("2020-13-45", "2020-02-30", "0000-01-01", "yesterday"):
        result = runner.invoke(app, ["extract", str(SEED), "--published", bad])
        assert result.exit_code == 2, bad
        assert "is not a real date as YYYY-MM-DD" in result.output
        with pytest.raises(ValueError, match="published must be a real date"):
            claimx.extract(TEXT, published=bad)
    as_date = claimx.extract(TEXT, published=datetime.date(2020, 10, 9))
    assert [c["date"]["value"] for c in as_date] == ["2020-10-08", "2020-10-08"]


def test_ids_do_not_depend_on_types(monkeypatch):
    monkeypatch.chdir(ROOT)
    seed = "seeds/karabakh-2020-10-09.txt"
    every = lines(runner.invoke(app, ["extract", seed]).output)
    only = lines(runner.invoke(app, ["extract", seed, "--types", "casualty"]).output)
    assert [c["id"] for c in only] == [c["id"] for c in every if c["type"] == "casualty"]
    assert only[0]["id"] == "seeds/karabakh-2020-10-09:14"


def test_folder_with_nothing_to_read(tmp_path):
    (tmp_path / "notes.md").write_text("nothing here", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert f"no input matched {tmp_path} (folders are searched for --glob '*.txt')" in result.output
    assert runner.invoke(app, ["extract", str(tmp_path), "--glob", ""]).exit_code == 2


def test_help_shows_extras_and_flags_without_values():
    text = runner.invoke(app, ["extract", "--help"], terminal_width=200).output
    assert "pip install 'claimx[dask]'" in text
    for flag in ("--resume", "--fail-fast", "--quiet"):
        [line] = [line for line in text.splitlines() if flag in line and "│" in line]
        assert "<bool>" not in line


def test_table_fits_an_80_column_terminal(monkeypatch):
    from claimx.cli import _table

    monkeypatch.setenv("COLUMNS", "80")
    claims = lines(runner.invoke(app, ["extract", str(SEED)]).output)
    text = _table(claims, terminal=True)
    import re

    plain = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in text.splitlines()]
    assert all(len(line) <= 80 for line in plain)
    assert "karabakh-2020-10-09:" not in text  # ids left out when narrow, never broken mid-token


def test_output_file_follows_the_umask(tmp_path):
    target = tmp_path / "claims.jsonl"
    old = os.umask(0o022)
    try:
        assert runner.invoke(app, ["extract", str(SEED), "-o", str(target)]).exit_code == 0
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644
