"""Statements on sentences written for the tests (GUIDE.md section 1)."""

from conftest import claims_of


def statements(text, published="2020-10-09"):
    return [c for c in claims_of(text, published) if c["type"] == "statement"]


def test_direct_quote_before_attribution():
    [c] = statements('"The talks will resume," Zakharova told reporters on Thursday.')
    assert c["speaker"]["name"] == "Zakharova"
    assert c["cue"] == {"text": "told", "lemma": "tell", "start": 35, "end": 39}
    assert c["content"] == {"text": "The talks will resume", "start": 1, "end": 22, "direct": True}
    assert c["date"] == {"value": "2020-10-08", "text": "on Thursday", "source": "text"}


def test_colon_introduction_and_pronoun_speaker():
    text = 'Maria Zakharova is the ministry spokeswoman. She said: "We are ready."'
    [c] = statements(text)
    assert c["speaker"]["text"] == "She"
    assert c["speaker"]["name"] == "Maria Zakharova"
    assert c["speaker"]["kind"] == "person"
    assert c["content"]["text"] == "We are ready."
    assert c["content"]["direct"] is True
    assert c["date"] == {"value": "2020-10-09", "text": None, "source": "published"}


def test_multi_sentence_quote_is_one_statement():
    text = '"Baku and Yerevan have confirmed. Preparations are underway," Zakharova told reporters.'
    [c] = statements(text)
    assert c["content"]["text"] == "Baku and Yerevan have confirmed. Preparations are underway"
    assert c["sentence"]["start"] == 0


def test_indirect_speech_with_that_and_weekday():
    [c] = statements("The ministry said on Tuesday that three soldiers were wounded.")
    assert c["speaker"]["name"] == "ministry"
    assert c["content"] == {"text": "three soldiers were wounded", "start": 34, "end": 61, "direct": False}
    assert c["date"]["value"] == "2020-10-06"


def test_according_to():
    [c] = statements("According to the police, two people were arrested.")
    assert c["cue"]["lemma"] == "according to"
    assert c["cue"]["text"] == "According to"
    assert c["speaker"]["name"] == "police"
    assert c["content"]["text"] == "two people were arrested"


def test_object_cue_accuse():
    [c] = statements("Officials accused Turkey of military involvement.")
    assert c["speaker"]["name"] == "Officials"
    assert c["speaker"]["kind"] == "anonymous"
    assert c["content"]["text"] == "Turkey of military involvement"


def test_speaker_after_verb():
    [c] = statements("The talks will continue, said John Smith, the union leader.")
    assert c["speaker"]["name"] == "John Smith"
    assert c["content"]["text"] == "The talks will continue"


def test_pronoun_resolves_to_previous_person():
    [c] = statements("John Smith arrived in Paris. He said the deal was fair.")
    assert (c["speaker"]["text"], c["speaker"]["name"]) == ("He", "John Smith")


def test_surname_resolves_to_full_name_and_title():
    text = ("Russia's Foreign Ministry spokeswoman Maria Zakharova spoke on Friday. "
            '"We are ready," Zakharova said.')
    [c] = statements(text)
    assert c["speaker"]["name"] == "Maria Zakharova"


def test_title_is_kept():
    [c] = statements("Russia's Foreign Ministry spokeswoman Maria Zakharova said the talks would start.")
    assert c["speaker"]["title"] == "Russia's Foreign Ministry spokeswoman"
    assert c["speaker"]["text"] == "Russia's Foreign Ministry spokeswoman Maria Zakharova"


def test_quoted_as_saying():
    [c] = statements("The company was quoted as saying it would close the plant.")
    assert c["speaker"]["text"] == "The company"
    assert c["content"]["text"] == "it would close the plant"


def test_participial_saying_takes_clause_subject_and_date():
    text = "Zakharova made the announcement on Friday, saying both sides had confirmed."
    [c] = statements(text, "2020-10-09")
    assert c["speaker"]["name"] == "Zakharova"
    assert c["cue"]["text"] == "saying"
    assert c["date"]["value"] == "2020-10-09"


def test_unnamed_document_source():
    [c] = statements("Armenia did not attend the talks but reports said he was expected in Moscow.")
    assert c["speaker"]["name"] == "reports"
    assert c["speaker"]["kind"] == "document"


def test_negated_cue_is_not_a_statement():
    assert statements("It has not disclosed information about military casualties.") == []


def test_thoughts_are_not_statements():
    assert statements("The minister believes the talks will fail.") == []


def test_unbalanced_quotes_do_not_break_the_document():
    text = 'He said "this never closes.\n\nThe ministry said the talks would resume.'
    names = [c["speaker"]["name"] for c in statements(text)]
    assert "ministry" in names
