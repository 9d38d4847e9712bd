"""The pipeline claimx builds on the model: memoised components give the model's own answers;
skimming leaves out only sentences that cannot hold a claim."""

import pytest
import spacy
from spacy.matcher import Matcher

import claimx
from claimx.pipeline import DEFAULT_MODEL, MultiTokenRules, load

TEXTS = [
    "She was running to the stores, and they ain't gonna stop her.",
    "Officials said on Monday that 12 people were killed in the town.",
    'The ministry\'s spokeswoman, Maria Zakharova, told reporters: "We are ready."',
    "Running runs ran; the runner's runs were better than the best runs.",
]


def test_memoised_ruler_and_lemmatizer_match_the_models_own():
    ours, theirs = load(), spacy.load(DEFAULT_MODEL)
    assert [type(ours.get_pipe(n)).__name__ for n in ("attribute_ruler", "lemmatizer")] == [
        "MemoAttributeRuler",
        "MemoLemmatizer",
    ]
    for _ in range(2):  # the second pass reads everything from memory
        for text in TEXTS:
            mine, model = ours(text), theirs(text)
            assert [(t.pos_, str(t.morph), t.lemma_) for t in mine] == [(t.pos_, str(t.morph), t.lemma_) for t in model]


def test_the_ruler_memo_keeps_a_word_in_its_key_only_where_a_rule_reads_it():
    nlp = load()
    ruler = nlp.get_pipe("attribute_ruler")
    doc = nlp("The runner said that nothing was wrong with it.")
    words = [nlp.vocab.strings[key[0]] for key in ruler._keys(doc, doc.to_array(ruler._KEY))]
    anything = "claimx:any-word"  # nouns, verbs, adjectives, punctuation: no rule names them
    assert words == ["The", anything, anything, "that", "nothing", "was", anything, anything, "it", anything]


def test_rules_of_two_tokens_match_where_spacys_matcher_does():
    nlp = load()
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler.pairs.matcher is None  # the model's rules test words, tags and dependencies only
    doc = nlp("There's a lot y'all ain't gonna like, so let's go.")
    matcher = Matcher(nlp.vocab)
    for n, rule in enumerate(ruler.original.patterns):
        if any(len(pattern) > 1 for pattern in rule["patterns"]):
            matcher.add(str(n), rule["patterns"])
    expected = [(start, end) for _, start, end in matcher(doc, allow_missing=True)]
    assert (
        ruler.pairs(doc, doc.to_array(ruler._KEY)) == expected == [(0, 2), (4, 6), (6, 8), (8, 10), (8, 10), (13, 15)]
    )
    # a rule that reads more of a word than that is left to spaCy's Matcher
    assert MultiTokenRules(nlp.vocab, [{"patterns": [[{"SHAPE": "Xxx"}, {"LOWER": "x"}]]}]).matcher is not None


ARTICLE = (
    "Kabul governor visits bombed market\n"
    "The weather was mild on Tuesday. Farmers gathered in the square.\n"
    "The governor, Amrullah Saleh, arrived at noon with Gen. Sami Sadat and Col. Ahmad Sadat.\n"
    "Saleh said 12 people were killed in the attack, and Sadat agreed.\n"
    "\u201cWe will rebuild. Nothing will stop us. Not this,\u201d he said."
)


def test_skimming_blanks_only_sentences_that_cannot_hold_a_claim():
    skimmed = load(DEFAULT_MODEL, skim=True).tokenizer.skimmer(ARTICLE)
    assert len(skimmed) == len(ARTICLE)
    assert [i for i, c in enumerate(ARTICLE) if c == "\n"] == [i for i, c in enumerate(skimmed) if c == "\n"]
    kept = [line.strip() for line in skimmed.split("\n")]
    assert kept == [
        "Kabul governor visits bombed market",  # the first line: a headline to the pipeline
        "",  # no cue, number, quotation or name needed later
        # the full names a later "Saleh said" needs, each with the two words before it (titles),
        # and the sentence's full stop, so that the parser does not run them into the next
        "The governor, Amrullah Saleh                  with Gen. Sami Sadat and Col. Ahmad Sadat.",
        "Saleh said 12 people were killed in the attack, and Sadat agreed.",
        "\u201cWe will rebuild. Nothing will stop us. Not this,\u201d he said.",  # quoted sentences stay
    ]


def test_skimming_keeps_the_claims_of_the_full_parse():
    full = claimx.extract(ARTICLE, published="2021-08-10")
    skimmed = claimx.extract(ARTICLE, published="2021-08-10", skim=True)
    assert skimmed == full
    assert [(c["type"], c["speaker"]["name"]) for c in full] == [
        ("statement", "Amrullah Saleh"),
        ("casualty", "Amrullah Saleh"),
        ("statement", "Amrullah Saleh"),
    ]


def test_skimming_keeps_a_sentence_whose_only_word_of_harm_is_a_place_of_two_words():
    text = "Storm update\n\nThe storm hit on Tuesday. About 450,000 people remained in evacuation centres on Friday."
    skimmed = claimx.extract(text, published="2025-06-04", skim=True)
    assert skimmed == claimx.extract(text, published="2025-06-04")
    assert [(c["type"], c["status"], c["count"]["value"]) for c in skimmed] == [("casualty", "displaced", 450000)]


def test_an_interview_is_read_whole_when_skimming():
    text = (
        "Waller on rates\n\nChristopher Waller spoke with Reuters on Tuesday.\n\n"
        "Q: Will you cut?\n\nA: I think a cut in December is appropriate."
    )
    skimmed = claimx.extract(text, published="2025-11-20", skim=True)
    assert skimmed == claimx.extract(text, published="2025-11-20")
    assert [(c["speaker"]["name"], c["content"]["text"]) for c in skimmed] == [
        ("Christopher Waller", "I think a cut in December is appropriate.")
    ]


def test_skimming_names_side_by_side_keeps_every_offset():
    text = "Head\nWe met Sami Sadat, Ahmad Sadat and Lina Sadat today.\nSadat said so."
    skimmed = load(DEFAULT_MODEL, skim=True).tokenizer.skimmer(text)
    assert skimmed == "Head\nWe met Sami Sadat, Ahmad Sadat and Lina Sadat      .\nSadat said so."


WIRE = (
    "FARM PROTESTS END\n"
    "The weather in the capital was mild and dry on Tuesday morning as\n"
    "farmers gathered in the main square of the old town for the market.\n"
    "\n"
    "The agriculture minister, Juan Perez, told reporters at a briefing\n"
    "in Madrid that twelve farmers had been detained by police during the\n"
    "protests, which he called regrettable but necessary for public order.\n"
)


def test_skimming_hard_wrapped_copy_keeps_sentences_across_lines():
    skimmed = load(DEFAULT_MODEL, skim=True).tokenizer.skimmer(WIRE)
    assert [line.strip() for line in skimmed.split("\n")] == ["FARM PROTESTS END", "", "", ""] + [
        line for line in WIRE.split("\n")[4:]
    ]
    assert claimx.extract(WIRE, published="1987-03-03", skim=True) == claimx.extract(WIRE, published="1987-03-03")


def test_the_gazetteer_is_cached_and_read_back(tmp_path, monkeypatch):
    from claimx import gazetteer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer.places.cache_clear()
    try:
        built = gazetteer.places()
        cached = list((tmp_path / "claimx").iterdir())
        assert [f.name.startswith("places-") for f in cached] == [True]
        assert cached[0].read_text(encoding="utf-8").splitlines() == sorted(built)
        gazetteer.places.cache_clear()
        assert gazetteer.places() == built
        assert {"Yerevan", "Azerbaijan", "Ohio"} <= built
    finally:
        gazetteer.places.cache_clear()


def test_an_unwritable_cache_folder_still_gives_the_gazetteer(tmp_path, monkeypatch):
    from claimx import gazetteer

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    gazetteer.places.cache_clear()
    try:
        assert "Yerevan" in gazetteer.places()
        assert list(tmp_path.iterdir()) == [blocker]
    finally:
        gazetteer.places.cache_clear()


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Biden says he will not drop out of the race",
        "RELATED: Officials say 12 people were killed in the blast",
        "FILE - Officials said 12 people were killed, March 1, 2024. (AP Photo/Evan Vucci, File)",
    ],
)
def test_links_and_photo_credits_are_page_furniture(line):
    text = f"Headline\n\n{line}\n\nMore than 40 people were killed, officials said."
    assert [c["sentence"]["text"] for c in claimx.extract(text, published="2024-03-14")] == [
        "More than 40 people were killed, officials said."
    ] * 2


def test_an_editors_note_of_any_length_is_page_furniture():
    note = (
        "Editor’s note: The candidate has repeatedly pledged to ban all members of a faith from entering the"
        " country, said officials of both parties, and has been criticized for comments that many have called"
        " racist and that advocates said were dangerous to the safety of minorities across the country."
    )
    text = f"Headline\n\nMore than 40 people were killed, officials said.\n\n{note}"
    assert [c["sentence"]["text"] for c in claimx.extract(text, published="2024-03-14")] == [
        "More than 40 people were killed, officials said."
    ] * 2
