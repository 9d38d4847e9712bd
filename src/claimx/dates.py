"""Dates: find the publication date, and resolve date expressions against it.

Everything here is a pure function of text and a publication date, so the rules
are easy to test in a table (``tests/test_dates.py``)::

    >>> resolve("on Thursday", date(2020, 10, 9))
    '2020-10-08'
    >>> resolve("Sept. 27", date(2020, 10, 9))
    '2020-09-27'
    >>> resolve("Dec. 30", date(2021, 1, 4))
    '2020-12-30'

dateparser is used only as a last resort for one already-found expression, with
``languages=["en"]`` and an explicit ``RELATIVE_BASE``; never ``search_dates``
(it drops the day in "Sept. 27" and reads the modal "may" as a month).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from . import lexicons

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
TIME_UNITS = frozenset({"hour", "day", "week", "month", "year"})  # lemmas: "days after", "three weeks ago"

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# Full dates, as datelines and "Updated:" lines print them.
FULL_DATE_PATTERNS = [
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"\b(?:" + _WEEKDAY + r",?\s+)?" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/" + _YEAR + r"\b"),
]

_MONTH_DAY = re.compile(r"^" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?$", re.I)
_DAY_MONTH = re.compile(r"^" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?$", re.I)
_MONTH_YEAR = re.compile(r"^" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"$", re.I)
# "August of this year", "March last year": a month of a year named from publication's
_MONTH_OF_NAMED_YEAR = re.compile(r"^" + _MONTH + r",?\s+(?:of\s+)?(?P<which>this|last|next)\s+year$", re.I)
_YEAR_STEP = {"this": 0, "last": -1, "next": 1}
_MONTH_ONLY = re.compile(r"^" + _MONTH + r"$", re.I)
_YEAR_ONLY = re.compile(r"^" + _YEAR + r"$")
# "the summer of 2022", "winter 2023": the year, as "last summer" is (GUIDE.md)
_SEASON_OF_YEAR = re.compile(r"^(?:spring|summer|fall|autumn|winter),?\s+(?:of\s+)?" + _YEAR + r"$")
_YEAR_RANGE = re.compile(r"^" + _YEAR + r"\s*[-–/]\s*(?P<year2>\d{2,4})$")
_ISO = re.compile(r"^" + _YEAR + r"-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)$")

# Leading words that do not change the date ("on Thursday", "late Friday").
_LEAD = re.compile(
    r"^(?:(?:a|an|the|on|in|at|during|by|from|early|late|earlier|later|last|this|past|since|until|till|as of"
    r"|(?:the )?(?:end|beginning|start|middle) of)\s+|mid-?\s*)",
    re.I,
)
# The parts of a day a date can name ("Monday afternoon"), and the words for a day near the
# publication date ("said yesterday"): one list each for every module.
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
RELATIVE_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", "overnight"})
_PARTS_OF_DAY = re.compile(r"\s+(?:" + "|".join(sorted(PARTS_OF_DAY)) + r"|noon)$", re.I)


def is_year(word: str) -> bool:
    """Whether a word is a year of the modern era written in full.

    >>> is_year("2014"), is_year("1987"), is_year("300"), is_year("4500")
    (True, True, False, False)
    """
    return word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _iso(d: date) -> str:
    return d.isoformat()


def find_published(text: str, max_lines: int = 15) -> str | None:
    """The publication date printed near the top of an article, as ``YYYY-MM-DD``.

    Looks at the start (120 characters) of the first ``max_lines`` non-empty lines
    (datelines, "Updated: ..." lines, a wire lead) for a full date with a year::

        >>> find_published("Headline\\n\\nFriday, 09 October 2020 11:34 AM\\n\\nBody.")
        '2020-10-09'
    """
    seen = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > max_lines:
            break
        # A wire dateline opens the lead paragraph, however long it is:
        # "LIMA, August 3, 2023 (Reuters) - At least 40 people ...". Only its start is looked at,
        # so a date later in a long paragraph is not taken for the publication date.
        full, line = line, line[:120]
        for pattern in FULL_DATE_PATTERNS:
            m = pattern.search(line)
            if m and not _in_prose(full, m.start()):
                value = _from_match(m)
                if value:
                    return value
    return None


def _in_prose(line: str, start: int) -> bool:
    """Whether a date sits in a sentence of the body, after a word of running prose ("killed
    since the war began on Oct. 7, 2023, when ..."), not on a date line, in a dateline
    ("LIMA, August 3, 2023 (Reuters)") or after a label ("Updated 9:42 p.m. ET, March 28").

        >>> _in_prose("More than 46,000 have been killed since the war began on Oct. 7, 2023, when " * 2, 56)
        True
    """
    before = line[:start].split()
    return len(line) > 80 and bool(before) and before[-1].isalpha() and before[-1].islower()


def _from_match(m: re.Match) -> str | None:
    groups = m.groupdict()
    try:
        month = int(groups["mnum"]) if groups.get("mnum") else _month(groups["month"])
        return _iso(date(int(groups["year"]), month, int(groups["day"])))
    except (ValueError, KeyError, TypeError):
        return None


@lru_cache(maxsize=4096)
def parse_published(value: str) -> date:
    """Parse a ``YYYY-MM-DD`` publication date (raises ``ValueError`` otherwise)."""
    return datetime.strptime(value, "%Y-%m-%d").date()


def resolve(expr: str, published: date | None, future: bool = False) -> str | None:
    """Resolve a date expression to ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    Relative expressions need ``published``; without it they stay ``None`` (claimx
    never guesses from today's clock). ``future`` is set for future-tense clauses
    ("will meet on Monday"), where a weekday is the next one rather than the last.
    """
    text = " ".join(expr.replace("\u2019", "'").split()).strip(" ,.;:").lower()
    text = re.sub(r"'s$", "", text)
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        return _from_match(m)
    anchored = _relative(text, published, future)
    if anchored is not None:
        return anchored
    core = text
    while True:
        stripped = _LEAD.sub("", core)
        if stripped == core:
            break
        core = stripped
    core = _PARTS_OF_DAY.sub("", core).strip()
    anchored = _relative(core, published, future) if core != text else None
    if anchored is not None:
        return anchored
    holiday = _holiday(core, published, future)
    if holiday is not None:
        return holiday
    if core in WEEKDAYS:
        if published is None:
            return None
        return _iso(_weekday(published, WEEKDAYS[core], future or text.startswith("next ")))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        m = pattern.match(core)
        if m:
            return _month_day(m, published, future)
    m = _MONTH_YEAR.match(core)
    if m:
        return f"{int(m['year']):04d}-{_month(m['month']):02d}"
    m = _MONTH_OF_NAMED_YEAR.match(core)
    if m:
        if published is None:
            return None
        return f"{published.year + _YEAR_STEP[m['which'].lower()]:04d}-{_month(m['month']):02d}"
    m = _MONTH_ONLY.match(core)
    # "may" and "march" alone are a modal and a verb; "May", "March" (capitalised) a month
    if m and (core not in ("may", "march") or text != core or expr.strip()[:1].isupper()):
        if published is None:
            return None
        month = _month(m["month"])
        year = published.year
        if not future and month > published.month:
            year -= 1
        if future and month < published.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    m = _DAY_OF_MONTH.match(core)
    if m and published is not None and re.search(r"\bthe \d", text):
        return _day_of_month(int(m["day"]), published, future)
    m = _YEAR_ONLY.match(core) or _SEASON_OF_YEAR.match(core)
    if m:
        return m["year"]
    m = _YEAR_RANGE.match(core)
    if m:
        return m["year"]
    return _fallback(core, published) or _inner_weekday(core, published, future)


def resolve_past(expr: str, published: date | None) -> str | None:
    """:func:`resolve` for a date that is past by meaning -- where a count runs from
    ("since June 26"), when people were killed -- which a day-and-month may not put after
    publication (``resolve`` allows a month ahead, for plans and schedules):

        >>> resolve("June 26", date(2025, 6, 1)), resolve_past("June 26", date(2025, 6, 1))
        ('2025-06-26', '2024-06-26')
    """
    value = resolve(expr, published)
    if value is None or published is None or len(value) != 10 or _FOUR_DIGITS.search(expr):
        return value
    if not any(word.strip(".,").lower() in MONTHS for word in expr.split()):
        return value  # a weekday is already the last one; a holiday is this year's
    day = date.fromisoformat(value)
    if day <= published:
        return value
    try:
        return _iso(day.replace(year=day.year - 1))
    except ValueError:  # Feb. 29
        return None


_FOUR_DIGITS = re.compile(r"\b\d{4}\b")


# "the 15th": a day of the month, the month left to the reader
_DAY_OF_MONTH = re.compile(r"^(?:the )?(?P<day>[0-3]?\d)(?:st|nd|rd|th)$")


def _day_of_month(day: int, published: date, future: bool) -> str | None:
    """The last such day on or before publication (the next one after it, for the future):
    "on the 15th" in an article of April 9 is March 15.

        >>> _day_of_month(15, date(2025, 4, 9), False), _day_of_month(3, date(2025, 4, 9), False)
        ('2025-03-15', '2025-04-03')
    """
    year, month = published.year, published.month
    if not future and day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    if future and day < published.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    try:
        return _iso(date(year, month, day))
    except ValueError:
        return None  # "the 31st" of a month without one


def _inner_weekday(text: str, published: date | None, future: bool) -> str | None:
    """A weekday inside a longer date expression the NER drew too wide: "Prime Minister's
    Questions Wednesday" is the Wednesday."""
    days = [w for w in re.findall(r"[a-z]+", text) if w in WEEKDAYS and len(w) > 3]
    if len(days) != 1 or published is None:
        return None
    return _iso(_weekday(published, WEEKDAYS[days[0]], future))


def _relative(text: str, published: date | None, future: bool) -> str | None:
    """Words whose meaning is an offset from the publication date."""
    offsets = {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "earlier today": 0,
        "later today": 0,
        "yesterday": -1,
        "last night": -1,
        "overnight": -1,
        "tomorrow": 1,
        "the day before": -1,
    }
    for phrase, days in offsets.items():
        if (
            text == phrase
            or text.startswith(phrase + " ")
            or text.endswith(" " + phrase)
            and text.split()[0] in ("on", "since", "until", "by", "late", "early")
        ):
            if published is None:
                return None
            return _iso(published + timedelta(days=days))
    period = _period(text, published, future)
    if period is not None:
        return period
    m = re.match(r"^(last|next|this) (" + "|".join(WEEKDAYS) + r")$", text)
    if m and published:
        day = _weekday(published, WEEKDAYS[m[2]], m[1] == "next" or (future and m[1] == "this"))
        if day == published and m[1] in ("last", "next"):  # "last Thursday" on a Thursday: a week ago
            day += timedelta(days=7 if m[1] == "next" else -7)
        return _iso(day)
    m = re.match(r"^(?:last|this|next) (" + "|".join(k for k in MONTHS if len(k) > 3) + r")$", text)
    if m and published:
        month = MONTHS[m[1]]
        year = published.year - (1 if text.startswith("last") and month >= published.month else 0)
        year += 1 if text.startswith("next") and month <= published.month else 0
        return f"{year:04d}-{month:02d}"
    return None


# Words before a period that keep its extent: "earlier this week", "late last month",
# "over the weekend", "sometime last year".
_PERIOD_LEAD = re.compile(
    r"^(?:(?:on|in|at|during|over|for|from|since|by|early|late|earlier|later|sometime|until)\s+)+"
)
_RELATIVE_PERIOD = re.compile(
    r"^(?:the )?(?:(?P<which>this|last|next|previous|coming|that) )?"
    r"(?P<unit>week|weekend|month|year|spring|summer|fall|autumn|winter)(?P<before> before)?$"
)
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_AGO = re.compile(
    r"^(?:just |about |some |nearly |almost |more than |over |less than |just over )*(?P<n>an?|one|\d+|[a-z]+) (?P<unit>hour|day|week|month|year)s? ago$"
)


def _period(text: str, published: date | None, future: bool) -> str | None:
    """Weeks, weekends, months, seasons and years relative to publication, each at its
    own precision (GUIDE.md): "last week" is the ISO interval of the previous
    Monday-Sunday, "last month" a ``YYYY-MM``, "last summer" a ``YYYY``.

        >>> _period("last week", date(2019, 11, 20), False)
        '2019-11-11/2019-11-17'
        >>> _period("over the weekend", date(2019, 11, 20), False)
        '2019-11-16/2019-11-17'
    """
    if published is None:
        return None
    later = text.startswith("later ")
    text = _PERIOD_LEAD.sub("", text)
    m = _AGO.match(text)
    if m:
        return _ago(m["n"], m["unit"], published)
    m = _RELATIVE_PERIOD.match(text)
    if not m or (m["which"] in (None, "that") and m["unit"] != "weekend" and not m["before"]):
        return None  # "the week", "that month": anaphoric, not resolvable from publication
    which = "last" if m["before"] or m["which"] == "previous" else (m["which"] or "this")
    which = "next" if which == "coming" else which
    unit = m["unit"]
    if unit == "week":
        return _week(published, {"last": -1, "next": 1}.get(which, 0), later=later)
    if unit == "weekend":
        return _weekend(published, future or which == "next")
    if unit == "month":
        step = {"last": -1, "next": 1}.get(which, 0)
        y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
        return f"{y:04d}-{mo + 1:02d}"
    if unit == "year":
        return f"{published.year + {'last': -1, 'next': 1}.get(which, 0):04d}"
    return _season(published, _SEASONS[unit], which)


def _week(published: date, step: int, later: bool = False) -> str:
    """An ISO week as ``monday/sunday``; this week runs to the publication day ("earlier
    this week") or from it ("later this week")."""
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
    start, end = monday, monday + timedelta(days=6)
    if step == 0:
        start, end = (published, end) if later else (monday, published)
    return _iso(start) if start == end else f"{_iso(start)}/{_iso(end)}"


def _weekend(published: date, future: bool) -> str:
    """The latest Saturday-Sunday on or before publication (the next one in a future clause)."""
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if future and saturday < published:
        saturday += timedelta(weeks=1)
    return f"{_iso(saturday)}/{_iso(saturday + timedelta(days=1))}"


def _season(published: date, first_month: int, which: str) -> str:
    """A season's year: "last summer" in November 2019 is 2019, in May 2019 it is 2018."""
    started = (published.month - first_month) % 12 < 3  # the season is under way
    year = published.year if published.month >= first_month else published.year - 1
    if which == "last" and started:
        year -= 1
    if which == "next":
        year += 1
    return f"{year:04d}"


def _ago(amount: str, unit: str, published: date) -> str | None:
    """ "two days ago" -> the day; "three months ago" -> the month; "a year ago" -> the month."""
    n = _how_many(amount)
    if not n:
        return None
    if unit in ("hour", "day", "week"):
        days = {"hour": n // 24, "day": n, "week": 7 * n}[unit]
        return _iso(published - timedelta(days=days))
    months = n if unit == "month" else 12 * n
    y, mo = divmod(published.year * 12 + published.month - 1 - months, 12)
    return f"{y:04d}-{mo + 1:02d}" if unit == "month" or n == 1 else f"{y:04d}"


# "a week earlier", "two days later", "the day before", "the next day": a day told from another
_SHIFT = re.compile(
    r"(?:the (?:(?P<unit2>day|week) (?P<dir2>before|after)|(?P<which>next|following|previous) (?P<unit3>day|week))"
    r"|(?P<amount>an?|\d+|[a-z]+) (?P<unit>day|week)s? (?P<dir>earlier|later|before|after))",
    re.I,
)


def is_shift(expr: str) -> bool:
    """Whether ``expr`` tells a day from another one ("a week earlier", "the next day")."""
    return _shift_match(expr) is not None


def _shift_match(expr: str) -> re.Match | None:
    return _SHIFT.fullmatch(" ".join(expr.split()).strip(" ,.;:"))


def shift(expr: str, anchor: str) -> str | None:
    """A day told relative to another day the text gave before it, ``anchor`` (ISO):

    >>> shift("A week earlier", "2025-08-07"), shift("the next day", "2025-08-07")
    ('2025-07-31', '2025-08-08')
    """
    m = _shift_match(expr)
    if m is None or len(anchor) != 10:
        return None
    n = _how_many((m["amount"] or "a").lower())
    if not n:
        return None
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    back = (m["dir"] or m["dir2"] or m["which"]).lower() in ("earlier", "before", "previous")
    days = n * (7 if unit == "week" else 1)
    return _iso(parse_published(anchor) + timedelta(days=-days if back else days))


def _how_many(amount: str) -> int | None:
    """ "a" and "an" are one; digits and number words as written ("two days ago")."""
    from .numbers import word_value

    return 1 if amount in ("a", "an") else int(amount) if amount.isdigit() else word_value(amount)


def _holiday(name: str, published: date | None, future: bool) -> str | None:
    """A holiday's date (lexicons/holidays.tsv): the last one on or before ``published``,
    or the next one on or after it in a future clause.

        >>> _holiday("christmas day", date(2024, 3, 14), False)
        '2023-12-25'
        >>> _holiday("thanksgiving", date(2019, 12, 2), False)
        '2019-11-28'
    """
    rule = _holidays().get(name.removesuffix(" weekend").strip())
    if rule is None or published is None:
        return None
    step = 1 if future else -1
    for year in (published.year, published.year + step):
        day = _holiday_in(year, rule)
        if (day >= published) if future else (day <= published):
            return _iso(day)
    return None


@lru_cache(maxsize=1)
def _holidays() -> dict[str, tuple[int, ...]]:
    return {row[0]: tuple(int(x) for x in row[1:]) for row in lexicons.table("holidays.tsv") if len(row) >= 3}


def _holiday_in(year: int, rule: tuple[int, ...]) -> date:
    """(month, day) or (month, nth, weekday) in ``year``; nth -1 is the month's last."""
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    month, nth, weekday = rule
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _weekday(published: date, weekday: int, future: bool) -> date:
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _month_day(m: re.Match, published: date | None, future: bool) -> str | None:
    month, day = _month(m["month"]), int(m["day"])
    if m["year"]:
        year = int(m["year"])
    elif published is None:
        return None
    else:
        year = published.year
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        # A January article's "Dec. 30" is last year's; a December article's
        # "Jan. 3" in a future clause is next year's.
        if not future and candidate > published + timedelta(days=31):
            year -= 1
        elif future and candidate < published - timedelta(days=31):
            year += 1
    try:
        return _iso(date(year, month, day))
    except ValueError:
        return None


def _fallback(text: str, published: date | None) -> str | None:
    # Only expressions with a month name, a four-digit year or a numeric date: bare
    # words and lone numbers ("at 86", an age) are too ambiguous for dateparser.
    has_month = any(re.search(r"\b" + m + r"\b", text) for m in MONTHS if len(m) > 3 or m in ("may", "jan", "feb"))
    if (
        published is None
        or not re.search(r"\d", text)
        or not (has_month or re.search(r"\b(1[89]|20)\d\d\b", text) or re.search(r"\d{1,2}/\d{1,2}", text))
    ):
        return None
    import dateparser  # imported lazily: it costs start-up time

    settings = {
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["year"] if len(text) <= 4 else [],
    }
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises a zoo of errors on odd input
        return None
    return _iso(parsed.date()) if parsed else None


_RANGE = re.compile(r"^(?:between\s+|from\s+)?(?P<a>.+?)\s+(?:and|to|until|till|through)\s+(?P<b>.+)$", re.I)


def resolve_range(expr: str, published: date | None) -> tuple[str, str] | None:
    """A period as ``(start, end)``: "1991-94", "between March and May", "from Sept. 27 to Oct. 3".

    >>> resolve_range("between March and May", date(2020, 10, 9))
    ('2020-03', '2020-05')
    """
    text = " ".join(expr.split()).strip(" ,.")
    m = _YEAR_RANGE.match(text)
    if m:
        first = int(m["year"])
        second = m["year2"]
        last = int(second) if len(second) == 4 else (first // 100) * 100 + int(second[-2:])
        if last < first and len(second) == 2:
            last += 100
        return (str(first), str(last)) if last >= first else None
    m = _RANGE.match(text)
    if not m:
        return None

    # Inside a range a bare "May" or "March" is a month, not a modal or a verb.
    def month_or(text: str) -> str:
        return f"in {text}" if _MONTH_ONLY.match(text.strip()) else text

    b = resolve(month_or(m["b"]), published)
    a_text = month_or(m["a"])
    # "March 3 to 5": the second part borrows the first's month.
    if b is None and m["b"].strip().isdigit():
        month = re.match(r"^(\S+)", a_text)
        b = resolve(f"{month.group(1)} {m['b']}", published) if month else None
    a = resolve(a_text, published)
    if a is None and b is not None and a_text.strip().isdigit():
        month = re.match(r"^(\S+)", m["b"])
        a = resolve(f"{month.group(1)} {a_text}", published) if month else None
    if a is not None and b is not None and a > b and _YEAR_IN.search(m["b"]) and not _YEAR_IN.search(a_text):
        a = _in_the_year_of(a, b)  # "between July 15 and Aug. 5, 2024": the first end in 2024 too
    if a is None or b is None or a > b:
        return None
    return a, b


_YEAR_IN = re.compile(r"\b\d{4}\b")


def _in_the_year_of(start: str, end: str) -> str:
    """A range's start with no year of its own, put in the year its end gives, or the one
    before when it would fall after the end ("Dec. 20 to Jan. 5, 2025")."""
    moved = end[:4] + start[4:]
    return moved if moved <= end else f"{int(end[:4]) - 1:04d}" + start[4:]


def window_start(end: str, amount: str, unit: str) -> str | None:
    """The first day of "the past N units" ending on ``end``:

    >>> window_start("1987-03-24", "three", "years")
    '1984-03-24'
    """
    from .numbers import word_value

    n = word_value(amount) if not amount.isdigit() else int(amount)
    if not n:
        return None
    day = parse_published(end)
    unit = unit.lower().rstrip("s")
    if unit in ("hour", "day"):
        return _iso(day - timedelta(days=n if unit == "day" else max(1, n // 24)))
    if unit == "week":
        return _iso(day - timedelta(weeks=n))
    months = n if unit == "month" else 12 * n
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    for d in (day.day, 28):
        try:
            return _iso(date(y, m + 1, d))
        except ValueError:
            continue
    return None


def is_future(verb) -> bool:
    """Whether a spaCy verb token is in a future or conditional frame ("will meet"). A
    past tense never is, whatever the parser coordinated it with ('"We will achieve
    justice," the chief said Monday': "said" hung as a conjunct of "achieve")."""
    if verb.tag_ == "VBD":
        return False
    for tok in [verb, *([verb.head] if verb.dep_ in ("xcomp", "conj") else [])]:
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in ("will", "'ll", "shall", "would", "wo"):
                return True
            # "is going to meet": "meet" hangs from "going" with its own "to".
            if child.dep_ == "aux" and child.lower_ == "to" and tok.head.lower_ == "going":
                return True
    return False
