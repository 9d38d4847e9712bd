"""Which date belongs to a claim (claims/dating.py), on sentences written for the tests.

Published on Wednesday 2019-11-20: "Monday" is 2019-11-18, "last week" 2019-11-11/2019-11-17.
"""

import pytest

from conftest import claims_of

WED = "2019-11-20"


def date_of(text: str, kind: str = "statement") -> dict:
    [claim] = [c for c in claims_of(text, WED) if c["type"] == kind]
    return claim["date"]


@pytest.mark.parametrize(
    "text,value,expression",
    [
        # the cue's own modifier, AP style and weeks
        ("The minister said on Nov. 8 that talks would resume.", "2019-11-08", "on Nov. 8"),
        ("The minister said Monday afternoon that talks would resume.", "2019-11-18", "Monday afternoon"),
        ("The minister told the BBC on Sunday evening that talks would resume.", "2019-11-17", "Sunday evening"),
        ("The minister told Reuters on Monday that talks would resume.", "2019-11-18", "on Monday"),
        ("The minister said last week that talks would resume.", "2019-11-11/2019-11-17", "last week"),
        ("The minister said on the night of Nov. 16 that talks would resume.", "2019-11-16", "Nov. 16"),
        (
            "The minister told reporters the previous week that talks would resume.",
            "2019-11-11/2019-11-17",
            "the previous week",
        ),
        ("The group announced over the weekend that it would sell.", "2019-11-16/2019-11-17", "over the weekend"),
        ("The minister said two weeks ago that talks would resume.", "2019-11-06", "two weeks ago"),
        ("The minister said on 2019-11-18 that talks would resume.", "2019-11-18", "on 2019-11-18"),
        ("The ministry said this month that prices had fallen.", "2019-11", "this month"),
        # a noun the cue governs
        ("Reagan said in an Oct. 26 letter that talks would go on.", "2019-10-26", "Oct. 26"),
        ('"I could not walk," Taylor wrote in a case study published Monday.', "2019-11-18", "Monday"),
        ("The governor told NBC News in an interview that aired Sunday that he would sign it.", "2019-11-17", "Sunday"),
        ("According to a 2018 survey, 1,300 towns have lost their newspaper.", "2018", "2018"),
        ("According to data released in August, solar costs fell.", "2019-08", "in August"),
        ("Xi told Biden during their meeting in October that Taiwan mattered most.", "2019-10", "in October"),
        # the date hung from an adverb of time
        ("Earlier on Monday, the president said he was confident.", "2019-11-18", "on Monday"),
        # right after the cue, hung by the parser on the reported clause
        ("The mayor said Tuesday the water was safe.", "2019-11-19", "Tuesday"),
        ("Apple said last week it had no plans to leave China.", "2019-11-11/2019-11-17", "last week"),
        ("Google told regulators on Friday it would appeal the ruling.", "2019-11-15", "on Friday"),
        # the sentence's opening adverbial, and a participle's own clause
        (
            "In a joint statement published Oct. 25, the ministries accused the rebels of theft.",
            "2019-10-25",
            "Oct. 25",
        ),
        ("Speaking last night, Chirac said the plan was dead.", "2019-11-19", "last night"),
        # a when-clause happens at the time of the clause it follows
        (
            "The first cases came to light last week, when officials announced that two patients were ill.",
            "2019-11-11/2019-11-17",
            "last week",
        ),
        # the occasion an "in which" clause describes, and a document that speaks through "which"
        (
            "He was arrested for a March 21 phone call he made to her office, in which he said he would kill her.",
            "2019-03-21",
            "March 21",
        ),
        ("The 2018 report, which said prices rose, was wrong.", "2018", "2018"),
        # the occasion the speaker is introduced by, and a document's participle
        ("The governor, who spoke to reporters Tuesday morning, said schools would reopen.", "2019-11-19", "Tuesday"),
        ("Harris, speaking at a rally in Atlanta on Saturday, said the race was close.", "2019-11-16", "Saturday"),
        # a day name the NER left untagged
        ('Musk said in a post on X early Saturday that the agency was "beyond repair."', "2019-11-16", "Saturday"),
        ("The judge wrote in a ruling issued late Friday that the law was void.", "2019-11-15", "Friday"),
        # a date hung on the preposition of the occasion, and a day with its part
        ("In a statement Tuesday, the company said it would appeal.", "2019-11-19", "Tuesday"),
        ("Zelenskyy said in his Monday evening address that the front was holding.", "2019-11-18", "Monday evening"),
        # a date hung on a show the parser read as a verb
        ('Vance told CBS\'s "Face the Nation" on Sunday that the tariffs would stay.', "2019-11-17", "on Sunday"),
        # a date entity the NER ran over the occasion before it
        ('"It is over," she told The Washington Post in an interview last month.', "2019-10", "last month"),
        # a full date keeps its year
        ("On Nov. 11, 2014, Obama said the deal was done.", "2014-11-11", "Nov. 11, 2014"),
        # future tense does not leak from the reported clause
        ('The president said on Tuesday that China "is going to have to make a deal."', "2019-11-19", "on Tuesday"),
    ],
)
def test_date_tied_to_the_cue(text, value, expression):
    date = date_of(text)
    assert (date["value"], date["source"]) == (value, "text")
    assert expression in date["text"]


@pytest.mark.parametrize(
    "text,content,date",
    [
        (
            "Apple said last week it had no plans to leave China.",
            "it had no plans to leave China",
            "2019-11-11/2019-11-17",
        ),
        ("Google told regulators on Friday it would appeal the ruling.", "it would appeal the ruling", "2019-11-15"),
        # a date that qualifies the reported clause's subject stays in it, and dates nothing
        ("GM said February sales showed improvement.", "February sales showed improvement", "2019-11-20"),
    ],
)
def test_the_date_of_saying_is_not_part_of_what_was_said(text, content, date):
    [claim] = [c for c in claims_of("Headline\n\n" + text, WED) if c["type"] == "statement"]
    assert (claim["content"]["text"], claim["date"]["value"]) == (content, date)


def test_a_past_tense_cue_is_not_future_whatever_it_is_coordinated_with():
    # The parser hangs "said" as a conjunct of the quotation's "will achieve".
    text = (
        "Headline\n\n\u201cI will just make this promise to you: We will achieve justice in this case,\u201d "
        "Tulsa police Chief Chuck Jordan said Monday. \u201cI want to assure our community.\u201d"
    )
    dates = [c["date"]["value"] for c in claims_of(text, WED) if c["type"] == "statement"]
    assert dates[0] == "2019-11-18"


def test_a_year_a_noun_covers_does_not_date_the_claim():
    text = (
        "Chairman Freddie Heineken said the company, Europe's leading beer producer with six pct "
        "of market share in 1986, said sales increased by 6.3 pct."
    )
    assert [c["date"]["value"] for c in claims_of(text, WED) if c["type"] == "statement"] == [WED, WED]


@pytest.mark.parametrize(
    "text, values",
    [
        # a "when" clause of another event dates what was said, not the saying of it
        (
            "When the guards found the body on Aug. 10, prosecutors alleged that both guards admitted they had slept.",
            [WED, "2019-08-10"],
        ),
        # ... but an occasion of speech, or a clause without its own subject, is when it was said
        (
            "When the minister announced the exchange last week, he said the prisoners would stay.",
            ["2019-11-11/2019-11-17", "2019-11-11/2019-11-17"],
        ),
        ("When asked on Monday, the minister said talks would resume.", ["2019-11-18"]),
        # a concession tells an event of its own
        ("Although its ratios were high at the end of 2018, the bank said two units were not.", [WED]),
        # "after" an event of that day
        ("After the market closed on Monday, the company said it would buy back shares.", ["2019-11-18"]),
    ],
)
def test_an_opening_clause_of_time(text, values):
    assert [c["date"]["value"] for c in claims_of(text, WED) if c["type"] == "statement"] == values


def test_a_date_of_the_reported_clause_is_not_the_statement_date():
    assert date_of("The mayor said the bridge would open on Friday.") == {
        "value": WED,
        "text": None,
        "source": "published",
    }


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Democratic leaders announced a compromise has been reached on a 1988 budget.", "agreement"),
        ("They cite the 2000 election in Florida, when the state stated that voters were barred.", "statement"),
        # the period a count the cue reports is counted over
        ("Health officials confirmed 607 cases in 2019, more than in any year since 1992.", "statement"),
        ("The retailer reported a net loss of $12 million in the third quarter.", "statement"),
    ],
)
def test_a_year_naming_what_a_thing_covers_does_not_date_the_claim(text, kind):
    assert date_of(text, kind)["source"] == "published"


def test_a_date_after_an_object_with_no_count_is_when_it_was_said():
    assert date_of("Intel announced plans in August to cut 15,000 jobs.")["value"] == "2019-08"
    assert date_of("The ministry reported the figures on Monday.")["value"] == "2019-11-18"


def test_a_date_in_the_reported_subject_is_not_the_statement_date():
    assert date_of("The mayor said Monday's storm had flooded the town.")["source"] == "published"


def test_at_the_time_points_back_to_the_date_the_sentence_before_gave():
    text = "In August, the agency announced a new policy. At the time, the agency said that it would not vaccinate families."
    statements = [c["date"] for c in claims_of(text, WED) if c["type"] == "statement"]
    assert statements[-1] == {"value": "2019-08", "text": "August", "source": "text"}
    # "at the time of the attack" names its own occasion: no date of the sentence before.
    text = "In August, the agency announced a new policy. At the time of the attack, the agency said it was ready."
    statements = [c["date"] for c in claims_of(text, WED) if c["type"] == "statement"]
    assert statements[-1] == {"value": WED, "text": None, "source": "published"}


def test_a_date_between_the_reported_clause_and_its_speaker_is_the_events():
    # published Wednesday 2025-01-15
    text = "Rescuers pulled a man from the rubble of a hotel on Monday, nearly 60 hours after the quake, the fire department said."
    [c] = [c for c in claims_of(text, "2025-01-15") if c["type"] == "statement"]
    assert c["date"] == {"value": "2025-01-15", "text": None, "source": "published"}
    [c] = [
        c
        for c in claims_of("The talks will resume, officials on Monday said.", "2025-01-15")
        if c["type"] == "statement"
    ]
    assert c["date"]["value"] == "2025-01-13"


@pytest.mark.parametrize(
    "text, date",
    [
        # a cue sharing its subject with the verb before it shares that verb's date
        ("Apple on Monday unveiled a thinner phone and said it would cut prices.", "2019-11-18"),
        ("The minister met reporters on Monday and said the talks had failed.", "2019-11-18"),
        # not the date of what did not happen
        ("The airline did not quantify its performance in early 1987 but said it would buy jets.", WED),
        # nor a clause with a subject of its own
        ("Talks began on Monday and the ministry says they are going well.", WED),
    ],
)
def test_a_cue_sharing_a_subject_shares_the_date(text, date):
    [c] = [c for c in claims_of(text, WED) if c["type"] == "statement"]
    assert c["date"]["value"] == date


def test_a_participle_of_speaking_the_parser_hung_on_the_speaker_dates_the_cue():
    text = "Trump, speaking at a rally in Allentown on Tuesday, said the economy was a disaster."
    [c] = [c for c in claims_of(text, WED) if c["type"] == "statement"]
    assert c["date"]["value"] == "2019-11-19"


@pytest.mark.parametrize(
    "text, dated",
    [
        (
            "Waller said on Monday that he favors cutting rates again in December, arguing that the labor market"
            " is weak.",
            [("said", "2019-11-18"), ("arguing", "2019-11-18")],
        ),
        (
            "GM said February sales showed improvement over January, adding that it expects more gains.",
            [("said", WED), ("adding", WED)],
        ),
    ],
)
def test_a_participle_hung_on_what_was_said_has_the_cues_date_not_the_reports(text, dated):
    found = [(c["cue"]["text"], c["date"]["value"]) for c in claims_of(text, WED) if c["type"] == "statement"]
    assert found == dated


def test_an_opening_date_does_not_reach_a_present_tense_relative_clause():
    text = "On Monday, 48 people died, according to the IOM, which estimates that 1,800 have died since 2014."
    dated = [(c["cue"]["text"], c["date"]["value"]) for c in claims_of(text, WED) if c["type"] == "statement"]
    assert dated == [("according to", WED), ("estimates", WED)]
    text = "On Monday, officials went to the station where they claimed the man had fled."
    assert date_of(text)["value"] == "2019-11-18"  # a past relative clause is on the occasion


def test_a_number_joined_by_a_hyphen_does_not_make_the_date_a_counts_period():
    [c] = [c for c in claims_of("He signed a two-year contract in May 2023.", WED) if c["type"] == "agreement"]
    assert c["date"]["value"] == "2023-05"
    assert date_of("The CDC confirmed 607 cases in 2019.")["value"] == WED  # the period of the count


@pytest.mark.parametrize(
    "text, value, expression",
    [
        # the date closing the words between the cue and the "that" of what was said
        (
            "Tesla's quarter\n\nAnalysts at Wedbush, who rate the stock outperform, wrote in a note to clients"
            " last Thursday that the quarter was a disaster.",
            "2019-11-14",
            "last Thursday",
        ),
        # a year opening the reported clause is not part of the date before its "that"
        ("Musk told investors in January that 2020 would be the most important year.", "2019-01", "in January"),
    ],
)
def test_a_date_just_before_what_was_said(text, value, expression):
    assert (date_of(text)["value"], date_of(text)["text"]) == (value, expression)


def test_a_when_clause_on_a_date_is_dated_by_it():
    found = date_of("Headline\nThe crisis began in March 2019, when the senator told reporters he would resign.")
    assert (found["value"], found["text"]) == ("2019-03", "March 2019")


@pytest.mark.parametrize(
    "text, value",
    [
        # a count beside a cue is not an occasion of saying: its date is the count's
        ("The agency has warned of a surge, with more than 5,000 infections reported in 2018.", None),
        # ... but an occasion dated by a number is ("in a Nov. 5 letter")
        ("In a Nov. 5 letter, the senators urged the agency to act.", "2019-11-05"),
    ],
)
def test_a_count_after_with_is_no_occasion_of_saying(text, value):
    assert date_of("Headline\n" + text)["value"] == (value or WED)


def test_at_the_time_is_the_time_of_what_the_sentence_reports():
    text = (
        "Headline\nThe girls were freed on Tuesday.\n\nGunmen stormed the school on Nov. 17, killing a guard,"
        " police said at the time."
    )
    assert date_of(text) == {"value": "2019-11-17", "text": "Nov. 17", "source": "text"}


def test_a_period_a_figure_covers_does_not_date_its_report():
    assert date_of("Headline\nThe company reported a second-quarter net loss of $1.6 billion.") == {
        "value": WED,
        "text": None,
        "source": "published",
    }


def test_a_date_the_ner_ran_into_a_span_of_time_ends_at_the_comma():
    text = "Headline\nSkydance completed its merger with Paramount on Monday, days after regulators approved it."
    assert date_of(text, "agreement") == {"value": "2019-11-18", "text": "on Monday", "source": "text"}


def test_a_length_of_time_written_as_one_word_is_no_date():
    text = "Headline\n\nMembers of the union turned down the five-year proposal, which included a 24% raise."
    assert date_of(text, "agreement") == {"value": WED, "text": None, "source": "published"}


@pytest.mark.parametrize(
    "text, value, expression",
    [
        # a month or a deadline after what was promised is when the promised thing will be
        ("Senator Jones promised a vote on the subsidies in December.", WED, None),
        ("The governor pledged a full inquiry by Friday.", WED, None),
        # ... not a day the promise was made on
        ("The minister promised on Monday a vote on the bill.", "2019-11-18", "on Monday"),
        ("The mayor pledged 5 million dollars to the fund on Tuesday.", "2019-11-19", "on Tuesday"),
    ],
)
def test_a_date_of_the_thing_promised(text, value, expression):
    date = date_of("Headline\n\n" + text)
    assert (date["value"], date["text"]) == (value, expression)


@pytest.mark.parametrize(
    "text, value, expression",
    [
        # a day told from the last day the sentence before gave ("Last Thursday" is 2019-11-14)
        (
            "Last Thursday, the council told the court it would act.\n\nA week earlier, police said six men had been held.",
            "2019-11-07",
            "A week earlier",
        ),
        (
            "On Nov. 4, the mayor called a meeting.\n\nThe next day, the mayor said the hotel would close.",
            "2019-11-05",
            "The next day",
        ),
        # ... and none with no day before it
        ("A week earlier, police said six men had been held.", WED, "A week earlier"),
    ],
)
def test_a_day_told_from_the_day_before(text, value, expression):
    [date] = [c["date"] for c in claims_of("Headline\n\n" + text, WED) if c["type"] == "statement"][-1:]
    assert (date["value"], date["text"]) == (value, expression)


def test_since_gives_a_span_not_a_day_of_saying():
    date = date_of("Headline\n\nThe ministry has confirmed 66 human cases of bird flu since last year.")
    assert date == {"value": WED, "text": None, "source": "published"}


def test_an_opening_date_does_not_date_a_past_perfect_relative_clause():
    text = "Last week Novartis made an unsolicited offer for Metsera, the biotech that had already agreed to be bought by Pfizer."
    assert date_of(text, "agreement") == {"value": WED, "text": None, "source": "published"}


@pytest.mark.parametrize(
    "text",
    [
        "The minister, speaking to the BBC's Today programme, said the freeze would hurt workers.",
        "Speaking on ABC's This Week, the minister said the plan was dead.",
    ],
)
def test_a_programme_named_today_or_this_week_is_no_date(text):
    assert date_of(text) == {"value": WED, "text": None, "source": "published"}


def test_a_cue_joined_to_a_reported_verb_of_another_form_is_not_dated_by_it():
    text = "The national weather service said the storm would weaken on Sunday but warned of heavy rain next week."
    assert [(c["cue"]["text"], c["date"]["value"]) for c in claims_of(text, WED)] == [
        ("said", WED),
        ("warned", WED),
    ]


def test_a_date_the_parser_hung_on_the_subject_before_the_verb_is_the_verbs():
    text = "Kenya on Thursday became the first country to sign a bilateral health agreement with the United States."
    [claim] = claims_of("Headline\n" + text, WED)
    assert claim["date"] == {"value": "2019-11-14", "text": "on Thursday", "source": "text"}


@pytest.mark.parametrize(
    "text, value, expression",
    [
        # the reported clause's own day, though the parser lent the cue its subject
        (
            "About 1,500 people spent Sunday night in warming shelters in Kansas City, the city's emergency"
            " management office said.",
            WED,
            None,
        ),
        # the day of an event the first act was in is not when the second was said
        (
            "Trump also endorsed the conservative candidate in Sunday's election, Nasry Asfura, and warned that U.S."
            " aid could be cut if he lost.",
            WED,
            None,
        ),
        # the day of an occasion of saying is
        ("The mayor said in Sunday's speech that the city could not cope.", "2019-11-17", "Sunday"),
    ],
)
def test_a_date_of_what_the_sentence_tells_of_is_not_when_it_was_said(text, value, expression):
    date = date_of(text)
    assert (date["value"], date["text"]) == (value, expression)
