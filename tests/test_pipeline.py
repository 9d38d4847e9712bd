"""The pipeline claimx builds on the model: memoised components give the model's own answers."""

import spacy

from claimx.pipeline import DEFAULT_MODEL, load

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
