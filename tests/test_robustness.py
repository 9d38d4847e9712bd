"""Bad input never crashes a run, loses a document or corrupts the output."""

import json
import os
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import claimx
from claimx.cli import app
from claimx.schema import json_schema
from conftest import lines

runner = CliRunner()
GOOD = "Officials said on Monday that 12 people were killed.\n"
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def check_claims(text: str, claims: list[dict]) -> None:
    """Every offset slices to its text, ids are unique, every record validates."""
    ids = [c["id"] for c in claims]
    assert len(ids) == len(set(ids))
    for c in claims:
        VALIDATOR.validate(c)
        for key in ("sentence", "speaker", "cue", "content", "action"):
            if c.get(key):
                assert text[c[key]["start"] : c[key]["end"]] == c[key]["text"], key
        for party in c.get("parties") or []:
            assert text[party["start"] : party["end"]] == party["text"]


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", b"\xef\xbb\xbf"])
def test_empty_and_blank_files(tmp_path, content):
    f = tmp_path / "blank.txt"
    f.write_bytes(content)
    result = runner.invoke(app, ["extract", str(f)])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_mixed_line_endings(tmp_path):
    f = tmp_path / "mixed.txt"
    f.write_bytes(b"Title\r\n\r\nOfficials said on Monday that 12 people were killed.\rThe ministry said it was sad.\n")
    out = lines(runner.invoke(app, ["extract", str(f), "--published", "2020-10-09"]).stdout)
    text = "Title\n\nOfficials said on Monday that 12 people were killed.\nThe ministry said it was sad.\n"
    check_claims(text, out)
    assert [c["type"] for c in out] == ["statement", "casualty", "statement"]


def test_symlink_loop_and_deleted_file(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert {Path(c["doc"]).name for c in lines(result.stdout)} == {"a.txt"}
    assert "dangling.txt: no such file" in result.stderr


def test_non_utf8_file_name(tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(GOOD.encode())
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[0]["doc"].endswith("caf\ufffd.txt")


def test_five_thousand_quotation_marks_and_nesting():
    text = ('He said "' * 2500) + "\n\n" + 'She said: "They told us \'no\' and "left," then wept.' + "\n\n" + GOOD
    claims = claimx.extract(text, published="2020-10-09")
    check_claims(text, claims)
    assert any(c["type"] == "casualty" for c in claims)


def test_single_long_line_is_sliced(tmp_path):
    text = ("Officials said on Monday that 12 people were killed in the town. " * 4000).strip()
    f = tmp_path / "line.txt"
    f.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f), "--published", "2020-10-09", "--types", "casualty"])
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert len(out) == 4000
    check_claims(text, out[:50] + out[-50:])


@pytest.mark.parametrize(
    "text",
    [
        "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 12 \u0634\u062e\u0635\u0627 \u0642\u062a\u0644\u0648\u0627. "
        + GOOD,
        "Officials\u200b said\u200d on Monday that 12\u2060 people were killed.",
        "\U0001f600 Officials said on Monday that 12 people were killed. \U0001f4a5\U0001f4a5",
        "- item one\n- Officials said on Monday that 12 people were killed\n| a | b |\n|---|---|\n| 1 | 2 |",
        "IRAN SAYS 12 PEOPLE KILLED IN RAID\n1987-03-04\n\nTEHRAN, MARCH 4 - IRAN SAID 12 PEOPLE WERE KILLED, OFFICIALS SAID.",
        ", ".join(["the ministry said the talks would resume"] * 400) + ".",
    ],
)
def test_text_that_breaks_naive_rules(text):
    claims = claimx.extract(text, published="2020-10-09")
    check_claims(text, claims)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_never_raises(text):
    first = claimx.extract(text, published="2020-10-09")
    check_claims(text, first)
    assert claimx.extract(text, published="2020-10-09") == first


NAMES = ["Maria Zakharova", "the ministry", "Officials", "He", "Reuters", "a senior official", "Iran"]
CUES = ["said", "told reporters", "added", "warned", "announced", "denied"]
COUNTS = ["12", "at least 30", "dozens of", "about 1,500", "two", "between 10 and 15"]
STATUS = ["killed", "wounded", "missing", "arrested", "kidnapped", "displaced"]
PARTS = st.one_of(
    st.builds(
        lambda n, c, k, s: f"{n} {c} that {k} people were {s}.",
        st.sampled_from(NAMES),
        st.sampled_from(CUES),
        st.sampled_from(COUNTS),
        st.sampled_from(STATUS),
    ),
    st.builds(lambda n, c: f'"We will not stop," {n} {c}.', st.sampled_from(NAMES), st.sampled_from(CUES)),
    st.builds(
        lambda a, b: f"{a} and {b} agreed to a ceasefire on Friday.", st.sampled_from(NAMES), st.sampled_from(NAMES)
    ),
    st.sampled_from(['"', "\u201c", "\n\n", "\u2019s", "According to", ":", "\u200b"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PARTS, max_size=12).map(" ".join))
def test_news_like_text_never_raises(text):
    claims = claimx.extract(text, published="2020-10-09")
    check_claims(text, claims)


def test_ten_thousand_small_files(tmp_path):
    folder = tmp_path / "many"
    for block in range(10):
        sub = folder / f"b{block}"
        sub.mkdir(parents=True)
        for i in range(1000):
            (sub / f"{i:04d}.txt").write_text(f"Officials said {i % 50 + 2} people were arrested.", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(target), "--jobs", "2", "--types", "casualty"])
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line)["doc"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == len(set(docs)) == 10_000
    assert docs == sorted(docs)


def test_unreadable_file_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file; the battery script reports the same case")
    f = tmp_path / "locked.txt"
    f.write_text(GOOD, encoding="utf-8")
    f.chmod(0)
    result = runner.invoke(app, ["extract", str(f)])
    assert result.exit_code == 1
    assert "permission denied" in result.stderr


# --- #14: inputs that once hung a run or blew up its memory -----------------------


def test_named_pipe_and_device_are_skipped_with_one_line(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    result = runner.invoke(app, ["extract", str(tmp_path), "/dev/zero"])
    assert result.exit_code == 1
    assert [c["type"] for c in lines(result.stdout)] == ["statement", "casualty"]
    assert result.stderr.splitlines() == [
        f"claimx: {tmp_path / 'pipe.txt'}: not a regular file (a named pipe); skipped",
        "claimx: /dev/zero: not a regular file (a device); skipped",
    ]


@pytest.mark.parametrize("unit", ['"\n', '"', "a-"])
def test_long_runs_and_short_lines_keep_the_text(unit, nlp):
    text = unit * 3000 + "\n\n" + GOOD
    assert nlp.make_doc(text).text == text
    claims = claimx.extract(text, published="2020-10-09")
    assert [(c["type"], text[c["sentence"]["start"] : c["sentence"]["end"]]) for c in claims] == [
        ("statement", GOOD.strip()),
        ("casualty", GOOD.strip()),
    ]


def test_jsonl_record_with_an_impossible_date_keeps_its_claims(tmp_path):
    src = tmp_path / "export.jsonl"
    record = {"id": "r1", "text": "Officials said on Monday that 12 people were killed.", "date": "2020-02-30"}
    src.write_text("\ufeff" + json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src)])
    assert result.exit_code == 0, result.output
    assert [(c["id"], c["published"]) for c in lines(result.stdout)] == [("r1:1", None), ("r1:2", None)]
