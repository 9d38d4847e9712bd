import pytest

from claimx.numbers import parse_count, word_value

CASES = [
    ("31", (31, 31, 31, "exact")),
    ("30,000", (30000, 30000, 30000, "exact")),
    ("1.5 million", (1500000, 1500000, 1500000, "exact")),
    ("six", (6, 6, 6, "exact")),
    ("twenty-two", (22, 22, 22, "exact")),
    ("Twenty-seven", (27, 27, 27, "exact")),
    ("a dozen", (12, 12, 12, "exact")),
    ("dozens", (None, 24, None, "about")),
    ("hundreds", (None, 200, None, "about")),
    ("thousands", (None, 2000, None, "about")),
    ("tens of thousands", (None, 20000, None, "about")),
    ("at least 132", (None, 132, None, "at_least")),
    ("more than 150,000", (None, 150000, None, "at_least")),
    ("over 2,400", (None, 2400, None, "at_least")),
    ("107 or more", (None, 107, None, "at_least")),
    ("up to 300", (None, None, 300, "at_most")),
    ("fewer than 10", (None, None, 10, "at_most")),
    ("about 30,000", (30000, None, None, "about")),
    ("nearly 500", (500, None, None, "about")),
    ("some 30", (30, None, None, "about")),
    ("roughly 40", (40, None, None, "about")),
    ("10 to 15", (None, 10, 15, "range")),
    ("10-15", (None, 10, 15, "range")),
    ("between 10 and 15", (None, 10, 15, "range")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_parse_count(text, expected):
    c = parse_count(text)
    assert (c.value, c.min, c.max, c.qualifier) == expected
    assert c.text == text


@pytest.mark.parametrize("text", ["", "the", "houses", "many"])
def test_not_a_count(text):
    assert parse_count(text) is None


def test_word_value():
    assert word_value("one hundred and five") == 105
    assert word_value("three thousand") == 3000
