"""Date resolution, table-driven: (expression, publication date, future tense, expected)."""

from datetime import date

import pytest

from claimx.dates import find_published, resolve, resolve_past

FRI = date(2020, 10, 9)  # a Friday
JAN = date(2021, 1, 4)  # a Monday in early January
DEC = date(2020, 12, 28)

CASES = [
    # weekdays: the most recent such day on or before publication
    ("on Thursday", FRI, False, "2020-10-08"),
    ("Thursday", FRI, False, "2020-10-08"),
    ("on Friday", FRI, False, "2020-10-09"),
    ("Friday", FRI, False, "2020-10-09"),
    ("on Saturday", FRI, False, "2020-10-03"),
    ("Sunday", FRI, False, "2020-10-04"),
    ("on Monday", FRI, False, "2020-10-05"),
    ("Tuesday", FRI, False, "2020-10-06"),
    ("Wednesday", FRI, False, "2020-10-07"),
    ("late Thursday", FRI, False, "2020-10-08"),
    ("early Friday", FRI, False, "2020-10-09"),
    ("Friday morning", FRI, False, "2020-10-09"),
    ("Thursday night", FRI, False, "2020-10-08"),
    ("last Tuesday", FRI, False, "2020-10-06"),
    # future tense: the next such day
    ("on Monday", FRI, True, "2020-10-12"),
    ("Friday", FRI, True, "2020-10-09"),
    ("next Wednesday", FRI, False, "2020-10-14"),
    ("on Sunday", JAN, False, "2021-01-03"),
    ("on Thursday", JAN, False, "2020-12-31"),
    # relative words
    ("yesterday", FRI, False, "2020-10-08"),
    ("today", FRI, False, "2020-10-09"),
    ("tonight", FRI, False, "2020-10-09"),
    ("last night", FRI, False, "2020-10-08"),
    ("tomorrow", FRI, True, "2020-10-10"),
    ("yesterday", JAN, False, "2021-01-03"),
    ("earlier today", FRI, False, "2020-10-09"),
    # weeks are ISO intervals (GUIDE.md); months and years keep their precision
    ("this week", FRI, False, "2020-10-05/2020-10-09"),
    ("earlier this week", FRI, False, "2020-10-05/2020-10-09"),
    ("later this week", FRI, False, "2020-10-09/2020-10-11"),
    ("last week", FRI, False, "2020-09-28/2020-10-04"),
    ("late last week", FRI, False, "2020-09-28/2020-10-04"),
    ("the previous week", FRI, False, "2020-09-28/2020-10-04"),
    ("this week", JAN, False, "2021-01-04"),
    ("next week", FRI, True, "2020-10-12/2020-10-18"),
    ("over the weekend", FRI, False, "2020-10-03/2020-10-04"),
    ("last weekend", JAN, False, "2021-01-02/2021-01-03"),
    ("this weekend", FRI, True, "2020-10-10/2020-10-11"),
    ("that week", FRI, False, None),
    ("the past week", FRI, False, None),
    ("last summer", FRI, False, "2020"),
    ("last summer", date(2020, 7, 1), False, "2019"),
    # a season of a year named: that year
    ("the summer of 2022", FRI, False, "2022"),
    ("winter 2019", FRI, False, "2019"),
    ("a year ago", FRI, False, "2019-10"),
    ("two years ago", FRI, False, "2018"),
    ("three months ago", FRI, False, "2020-07"),
    ("two days ago", FRI, False, "2020-10-07"),
    ("just over 24 hours ago", FRI, False, "2020-10-08"),
    ("Monday afternoon", FRI, False, "2020-10-05"),
    ("Tuesday night", FRI, False, "2020-10-06"),
    ("early Sunday", FRI, False, "2020-10-04"),
    ("on Nov. 8", date(2019, 11, 20), False, "2019-11-08"),
    ("earlier this month", FRI, False, "2020-10"),
    ("this month", FRI, False, "2020-10"),
    ("last month", FRI, False, "2020-09"),
    ("last month", JAN, False, "2020-12"),
    ("this year", FRI, False, "2020"),
    ("last year", FRI, False, "2019"),
    ("earlier this year", JAN, False, "2021"),
    # AP style and written-out dates
    ("Sept. 27", FRI, False, "2020-09-27"),
    ("since Sept. 27", FRI, False, "2020-09-27"),
    ("Oct. 3", FRI, False, "2020-10-03"),
    ("Sep 27", FRI, False, "2020-09-27"),
    ("September 27", FRI, False, "2020-09-27"),
    ("27 September", FRI, False, "2020-09-27"),
    ("on September 27", FRI, False, "2020-09-27"),
    ("Aug. 1", FRI, False, "2020-08-01"),
    ("Feb. 1", FRI, False, "2020-02-01"),
    ("March 31", FRI, False, "2020-03-31"),
    ("the 3rd of October", FRI, False, "2020-10-03"),
    ("3rd October", FRI, False, "2020-10-03"),
    ("October 9, 2020", FRI, False, "2020-10-09"),
    ("Feb. 1, 2003", FRI, False, "2003-02-01"),
    ("28 January 1986", FRI, False, "1986-01-28"),
    # year rollover
    ("Dec. 30", JAN, False, "2020-12-30"),
    ("December 24", JAN, False, "2020-12-24"),
    ("Jan. 3", DEC, True, "2021-01-03"),
    ("Jan. 3", JAN, False, "2021-01-03"),
    # partial precision
    ("in March", FRI, False, "2020-03"),
    ("in December", FRI, False, "2019-12"),
    ("in December", FRI, True, "2020-12"),
    ("March 1986", FRI, False, "1986-03"),
    ("in 1994", FRI, False, "1994"),
    ("1983", FRI, False, "1983"),
    ("1991-94", FRI, False, "1991"),
    # parts of a month or a year
    ("in mid-September", FRI, False, "2020-09"),
    ("mid-2019", FRI, False, "2019"),
    ("the end of August", FRI, False, "2020-08"),
    ("midnight", FRI, False, None),
    # "last"/"next" with the publication's own weekday is a week away
    ("last Friday", FRI, False, "2020-10-02"),
    ("next Friday", FRI, False, "2020-10-16"),
    # holidays (lexicons/holidays.tsv), fixed and floating, past or future
    ("on Christmas Day", FRI, False, "2019-12-25"),
    ("Christmas Eve", FRI, True, "2020-12-24"),
    ("Thanksgiving", FRI, False, "2019-11-28"),
    ("Labor Day weekend", FRI, False, "2020-09-07"),
    ("Memorial Day", FRI, False, "2020-05-25"),
    ("the Fourth of July", FRI, False, "2020-07-04"),
    # numeric
    ("2015-09-12", FRI, False, "2015-09-12"),
    # traps: modal "may", the verb "march", no publication date
    ("may", FRI, False, None),
    ("march", FRI, False, None),
    ("on Thursday", None, False, None),
    ("yesterday", None, False, None),
    ("Sept. 27", None, False, None),
    ("Sept. 27, 2020", None, False, "2020-09-27"),
    ("", FRI, False, None),
    ("the meeting", FRI, False, None),
]


@pytest.mark.parametrize("expr,published,future,expected", CASES)
def test_resolve(expr, published, future, expected):
    assert resolve(expr, published, future=future) == expected


def test_table_is_large_enough():
    assert len(CASES) >= 60


PUBLISHED = [
    ("Headline\n\nFriday, 09 October 2020 11:34 AM\n\nBody text here.", "2020-10-09"),
    ("IRAN REPORTS OFFENSIVE\n2015-09-12\n\nBody.", "2015-09-12"),
    ("Title\nOctober 9, 2020\n\nText.", "2020-10-09"),
    ("Title\n9 Oct 2020\n\nText.", "2020-10-09"),
    ("Title\nUpdated: Oct. 9, 2020 at 5:00 p.m.\n\nText.", "2020-10-09"),
    ("Title\nPublished 03/04/1987\n\nText.", "1987-03-04"),
    ("A story with no date at all.\n\nIt said nothing about when.", None),
    # a date in a sentence of the body is no publication date
    (
        "Q&A: the truce\n\nThe ministry says more than 40,000 people have been killed since the war began"
        " on Oct. 7, 2023, when militants attacked.",
        None,
    ),
    ("Title\nPosted on March 3, 2025 at 10:00\n\nText.", "2025-03-03"),
]


@pytest.mark.parametrize("text,expected", PUBLISHED)
def test_find_published(text, expected):
    assert find_published(text) == expected


@pytest.mark.parametrize(
    "end,amount,unit,expected",
    [
        ("1987-03-24", "three", "years", "1984-03-24"),
        ("2020-10-09", "two", "weeks", "2020-09-25"),
        ("2020-10-09", "24", "hours", "2020-10-08"),
        ("2020-10-09", "10", "days", "2020-09-29"),
        ("2021-01-15", "two", "months", "2020-11-15"),
    ],
)
def test_window_start(end, amount, unit, expected):
    from claimx.dates import window_start

    assert window_start(end, amount, unit) == expected


@pytest.mark.parametrize(
    "expr,expected",
    [
        ("1991-94", ("1991", "1994")),
        ("1998-2001", ("1998", "2001")),
        ("between 1999 and 2003", ("1999", "2003")),
        ("between March and May", ("2020-03", "2020-05")),
        ("from Sept. 27 to Oct. 3", ("2020-09-27", "2020-10-03")),
        ("March 3 to 5", ("2020-03-03", "2020-03-05")),
        ("from Monday to Wednesday", ("2020-10-05", "2020-10-07")),
        ("between May and March", None),
        # a start without a year is in the end's year, or the one before
        ("between July 15 and Aug. 5, 2018", ("2018-07-15", "2018-08-05")),
        ("from Dec. 20 to Jan. 5, 2019", ("2018-12-20", "2019-01-05")),
        ("the talks", None),
    ],
)
def test_resolve_range(expr, expected):
    from claimx.dates import resolve_range

    assert resolve_range(expr, FRI) == expected


def test_dateline_at_the_start_of_a_long_lead():
    from claimx.dates import find_published

    lead = (
        "LIMA, August 3, 2023 (Reuters) - At least 40 people were killed in floods and landslides in "
        "northern Peru over the weekend, officials said on Monday, as heavy rains kept falling."
    )
    assert len(lead) > 120
    assert find_published("Peru floods\n\n" + lead) == "2023-08-03"
    # a date deep inside a long paragraph is not a dateline
    assert find_published("Peru floods\n\n" + "x " * 80 + "on August 3, 2023 it rained.") is None


def test_a_day_of_the_month_is_the_last_one_before_publication_or_the_next_after():
    published = date(2025, 4, 9)
    assert resolve("on the 15th", published) == "2025-03-15"
    assert resolve("the 3rd", published) == "2025-04-03"
    assert resolve("the 15th", published, future=True) == "2025-04-15"
    assert resolve("the 15th century", published) is None


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("in August of this year", "2009-08"),
        ("March of last year", "2008-03"),
        ("in February last year", "2008-02"),
        ("January of next year", "2010-01"),
        ("May of 2019", "2019-05"),
        ("in May of 2019", "2019-05"),
    ],
)
def test_a_month_of_a_year_named_or_written(expr, expected):
    assert resolve(expr, date(2009, 10, 25)) == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("June 26", "2024-06-26"),  # a month ahead is a plan's date, not a past one's
        ("on May 30", "2025-05-30"),
        ("June 26, 2025", "2025-06-26"),  # a year written stands
        ("on Friday", "2025-05-30"),
        ("in July", "2024-07"),
        ("Dec. 30", "2024-12-30"),
    ],
)
def test_a_date_past_by_meaning_is_not_after_publication(expr, expected):
    assert resolve_past(expr, date(2025, 6, 2)) == expected
