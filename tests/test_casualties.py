"""Casualty counts on sentences written for the tests (GUIDE.md section 2)."""

import pytest

from conftest import claims_of


def casualties(text, published="2020-10-09"):
    return [c for c in claims_of(text, published) if c["type"] == "casualty"]


def brief(c):
    n = c["count"]
    return (n["value"], n["min"], n["max"], n["qualifier"], c["status"], c["victims"]["text"])


def test_shared_verb_gives_two_claims_with_attribution_and_window():
    text = "Azerbaijan said on Thursday that 31 Azeri civilians have been killed and 154 wounded since Sept. 27."
    found = casualties(text)
    assert [brief(c) for c in found] == [
        (31, 31, 31, "exact", "killed", "Azeri civilians"),
        (154, 154, 154, "exact", "injured", "Azeri civilians"),
    ]
    for c in found:
        assert c["speaker"]["name"] == "Azerbaijan"
        assert c["cue"]["text"] == "said"
        assert c["date"] == {"value": "2020-10-08", "text": "on Thursday", "source": "text"}
        assert c["period"] == {"start": "2020-09-27", "end": "2020-10-08", "text": "since Sept. 27"}
    assert found[0]["victims"]["group"] == "civilian"


def test_coordinated_counts_share_the_verb():
    found = casualties("Karabakh said on Friday 376 of its military personnel and 22 civilians had been killed.")
    assert [brief(c) for c in found] == [
        (376, 376, 376, "exact", "killed", "its military personnel"),
        (22, 22, 22, "exact", "killed", "civilians"),
    ]
    assert {c["speaker"]["name"] for c in found} == {"Karabakh"}


def test_bound_and_event_date():
    [c] = casualties("At least 132 people were killed on Sunday in two bombings in Baghdad.")
    assert brief(c) == (None, 132, None, "at_least", "killed", "people")
    assert c["count"]["text"] == "At least 132"
    assert c["event_date"] == "2020-10-04"
    assert c["location"] == "Baghdad"
    assert c["speaker"] is None and c["cue"] is None


def test_about_and_war_toll():
    [c] = casualties("A ceasefire has held since a war that killed about 30,000 people.")
    assert brief(c) == (30000, None, None, "about", "killed", "people")


def test_left_dead_and_vague_plural():
    found = casualties("The storm left six people dead and dozens homeless.")
    assert [brief(c) for c in found] == [
        (6, 6, 6, "exact", "killed", "people"),
        (None, 24, None, "about", "displaced", "people"),
    ]


def test_active_voice_two_verbs():
    found = casualties("Rebels killed 10 soldiers and wounded 12 civilians.")
    assert [brief(c) for c in found] == [
        (10, 10, 10, "exact", "killed", "soldiers"),
        (12, 12, 12, "exact", "injured", "civilians"),
    ]
    assert [c["victims"]["group"] for c in found] == ["military", "civilian"]


def test_abducted_and_missing():
    found = casualties("Five journalists were kidnapped and two others are missing.")
    assert [(c["count"]["value"], c["status"]) for c in found] == [(5, "abducted"), (2, "missing")]


def test_apprehended_is_detained():
    [c] = casualties("Border agents apprehended 190,000 migrants in December.")
    assert (c["count"]["value"], c["status"], c["victims"]["text"]) == (190000, "detained", "migrants")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Four suspects were taken into custody.", [(4, "detained", "suspects")]),
        ("Police took four suspects into custody on Sunday.", [(4, "detained", "suspects")]),
        ("Four suspects were not taken into custody.", []),
    ],
)
def test_taken_into_custody_is_detained(text, expected):
    assert [(c["count"]["value"], c["status"], c["victims"]["text"]) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The death toll topped 2,000 on Monday.", (None, 2000, None, "at_least")),
        ("Deaths have surpassed 10,000, officials said.", (None, 10000, None, "at_least")),
        ("The death toll rose to 2,056.", (2056, 2056, 2056, "exact")),
        # the number the parser read as measuring "more"
        ("The floods have killed at least 13 more people.", (None, 13, None, "at_least")),
    ],
)
def test_a_toll_past_a_mark_is_a_lower_bound(text, expected):
    [c] = casualties(text)
    assert (c["count"]["value"], c["count"]["min"], c["count"]["max"], c["count"]["qualifier"]) == expected


def test_counts_after_a_cue_set_inside_the_report_are_its_speakers():
    text = "The death toll rose to 2,056 on Monday, the ruling junta said, with 3,900 injured and 270 missing."
    assert [(c["count"]["value"], c["status"], c["speaker"]["name"]) for c in casualties(text)] == [
        (2056, "killed", "ruling junta"),
        (3900, "injured", "ruling junta"),
        (270, "missing", "ruling junta"),
    ]


def test_according_to_attribution():
    [c] = casualties("According to the police, two people were arrested.")
    assert (c["count"]["value"], c["status"], c["speaker"]["name"]) == (2, "detained", "police")


def test_not_casualties():
    assert casualties("Yasmeen Afdhal, 24, said the 300 houses were destroyed.") == []
    assert casualties("The flood could kill thousands.") == []
    assert casualties("If a portion of those billion people were displaced, there would be war.") == []
    assert casualties("Rescuers saved 40 people from the rubble.") == []
    assert casualties("The company said 1987 profits rose 12 pct to 300 mln dlrs.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hundreds of thousands of people have fled their homes.",
            (None, 200000, None, "about", "displaced", "people"),
        ),
        ("Tens of thousands of civilians were displaced.", (None, 20000, None, "about", "displaced", "civilians")),
        ("Tens of civilians were wounded in the shelling.", (None, 20, None, "about", "injured", "civilians")),
    ],
)
def test_vague_plurals_of_plurals(text, expected):
    [c] = casualties(text)
    assert brief(c) == expected


def test_parser_slips_still_give_counts():
    # the qualifier parsed as a preposition; an auxiliary as the head; an acl with a predicate
    assert [brief(c) for c in casualties("Over 500 were hurt in the attacks.")] == [
        (None, 500, None, "at_least", "injured", "")
    ]
    assert [brief(c) for c in casualties("Seventeen people were killed and 22 are missing after a dam collapsed.")] == [
        (17, 17, 17, "exact", "killed", "people"),
        (22, 22, 22, "exact", "missing", "people"),
    ]
    assert [brief(c) for c in casualties("So far 20 corpses have been recovered.")] == [
        (20, 20, 20, "exact", "killed", "corpses")
    ]
    assert [brief(c) for c in casualties("Other estimates ranged as high as 500 dead.")] == [
        (None, None, 500, "at_most", "killed", "")
    ]
    # the NER reading "9 migrants" as a quantity, like "9 tons"
    assert [brief(c) for c in casualties("Authorities said 9 migrants were killed.")] == [
        (9, 9, 9, "exact", "killed", "migrants")
    ]
    assert casualties("The truck carried 9 tons of grain.") == []


def test_past_window_opens_the_period():
    [c] = casualties("Political violence has claimed over 2,400 lives in the past three years.", "1987-03-24")
    assert brief(c) == (None, 2400, None, "at_least", "killed", "")
    assert c["period"] == {"start": "1984-03-24", "end": "1987-03-24", "text": "in the past three years"}


@pytest.mark.parametrize(
    "text, period, event_date",
    [
        # the date of the clause "since" opens is the window's start, not the harm's date
        (
            "More than 31,000 Palestinians have been killed since the war began on Oct. 7.",
            {"start": "2023-10-07", "end": "2024-03-14", "text": "since the war began on Oct. 7"},
            None,
        ),
        # a window that opens the sentence
        (
            "Since Jan. 1, police have arrested 230 people in connection with the protests.",
            {"start": "2024-01-01", "end": "2024-03-14", "text": "Since Jan. 1"},
            None,
        ),
        # the date inside the phrase "since" opens, not the harm's date
        (
            "Since the start of the war in February 2022, at least 10,000 civilians have been killed.",
            {"start": "2022-02", "end": "2024-03-14", "text": "Since the start of the war in February 2022"},
            None,
        ),
        # a "since" of cause is no window
        ("Since the talks failed, 12 people have been killed in the region.", None, None),
        # a day the NER filed as a time, after a place
        (
            "A tanker was hit by a missile in the southern Gulf early today, killing three crewmen, sources said.",
            None,
            "2024-03-14",
        ),
    ],
)
def test_since_opens_the_period(text, period, event_date):
    [c] = casualties(text, "2024-03-14")
    assert (c["period"], c["event_date"]) == (period, event_date)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the victims whose lives were claimed; not the state they were left in
        ("The attack claimed the lives of at least 20 civilians.", (None, 20, None, "at_least", "killed", "civilians")),
        (
            "The flooding has left more than 10,000 people homeless.",
            (None, 10000, None, "at_least", "displaced", "people"),
        ),
        # counted among the dead or the wounded
        ("Among the dead were nine children.", (9, 9, 9, "exact", "killed", "children")),
        ("Two soldiers were among the wounded.", (2, 2, 2, "exact", "injured", "soldiers")),
        # the victims without the words of their clause
        (
            "He is among the roughly 100 hostages still held in Gaza.",
            (100, None, None, "about", "abducted", "hostages"),
        ),
        # "shot and wounded": the coordinated verb says what became of them
        (
            "Two police officers were shot and wounded during the standoff.",
            (2, 2, 2, "exact", "injured", "police officers"),
        ),
    ],
)
def test_status_and_victims(text, expected):
    [c] = casualties(text)
    assert brief(c) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the second count of a pair, taken hostage with no verb of its own
        (
            "Officials said 1,200 people were killed and about 250 taken hostage.",
            [(1200, 1200, 1200, "exact", "killed", "people"), (250, None, None, "about", "abducted", "people")],
        ),
        # a conjunct counted on its own is not more of the first count's victims
        (
            "A drone strike killed a commander and his two sons.",
            [(1, 1, 1, "exact", "killed", "commander"), (2, 2, 2, "exact", "killed", "sons")],
        ),
        ("Gunmen killed 30 soldiers and civilians.", [(30, 30, 30, "exact", "killed", "soldiers and civilians")]),
        (
            "Two Israeli soldiers and a civilian were killed.",
            [(2, 2, 2, "exact", "killed", "Israeli soldiers"), (1, 1, 1, "exact", "killed", "civilian")],
        ),
        # a coordinated clause with its own count keeps its status to itself
        (
            "The flu has sent 4,500 people to hospital this season, and 120 have died.",
            [(120, 120, 120, "exact", "killed", "")],
        ),
        # a score is not a count, and the bodies of hostages are dead
        (
            "The Chiefs beat the Eagles 38-35, and three players were injured.",
            [(3, 3, 3, "exact", "injured", "players")],
        ),
        ("The bodies of six hostages were recovered.", [(6, 6, 6, "exact", "killed", "hostages")]),
    ],
)
def test_two_counts_in_one_sentence(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


def test_a_place_after_an_adjective_is_the_location():
    [c] = casualties("Three soldiers were killed in southern Gaza on Monday.", "2024-03-14")
    assert (c["location"], c["event_date"]) == ("Gaza", "2024-03-11")


def test_explicit_range_is_the_period():
    [c] = casualties("Between March and May, 40 people were killed in the region.")
    assert c["period"] == {"start": "2020-03", "end": "2020-05", "text": "Between March and May"}


# --- look-alikes: counts of things that are not people (GUIDE.md section 2) -------------


def test_disease_cases_elections_and_models_are_not_casualties():
    text = (
        "The state has recorded 467,000 cases and about 16,700 deaths. Officials said 1.6 million cases "
        "were confirmed. The state held two special elections. Boeing's 737 Max killed a total of 346 people."
    )
    assert [brief(c) for c in casualties(text)] == [
        (16700, None, None, "about", "killed", ""),
        (346, 346, 346, "exact", "killed", "people"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nearly two dozen people were killed.", (24, None, None, "about", "killed", "people")),
        ("At least half a dozen soldiers were wounded.", (None, 6, None, "at_least", "injured", "soldiers")),
        ("More than a dozen people were killed.", (None, 12, None, "at_least", "killed", "people")),
        ("The number of people killed rose to 40.", (40, 40, 40, "exact", "killed", "")),
    ],
)
def test_dozens_and_numbers_of_the_dead(text, expected):
    [c] = casualties(text)
    assert brief(c) == expected


def test_a_toll_brought_to_a_figure_and_a_number_of_hostages():
    assert [brief(c) for c in casualties("Three more people died, bringing the toll to 15.")] == [
        (3, 3, 3, "exact", "killed", "people"),
        (15, 15, 15, "exact", "killed", ""),
    ]
    assert casualties("The number of hostages rose to 12.") == []  # not a count of dead


def test_deaths_averted_or_projected_are_not_casualties():
    text = (
        "The vaccine prevented an estimated 14 million deaths. The ban averted thousands of deaths. "
        "Models project 200,000 deaths by June. The war caused thousands of deaths."
    )
    assert [brief(c) for c in casualties(text)] == [(None, 2000, None, "about", "killed", "")]


def test_sports_and_market_numbers_are_not_casualties():
    text = (
        "James missed two free throws moments later. Analysts expect the number of electric vehicles "
        "for sale to grow from 16 currently to as many as 80 by 2022. Shares declined 3 percent."
    )
    assert casualties(text) == []


def test_held_needs_a_custody_sense():
    assert casualties("Rebels held talks with 12 envoys. The party held three rallies.") == []
    found = casualties("Two hostages were held by gunmen, and 155 adult males were held in custody.")
    assert [(c["count"]["value"], c["status"]) for c in found] == [(2, "abducted"), (155, "detained")]


def test_threats_and_partitives_are_not_counts():
    text = (
        "He pleaded guilty to threatening to assault and murder a U.S. official. "
        "A doctor said he tried to save one of the wounded demonstrators."
    )
    assert casualties(text) == []


# --- nominal and one-victim forms ----------------------------------------------------------


def test_nominal_forms():
    text = (
        "The attack resulted in the death of a 15-year-old boy and critical injuries to a 14-year-old girl. "
        "Police took custody of three men. In March, 22 homicides were recorded. "
        "They mourned the deaths of at least four members of the family."
    )
    assert [brief(c) for c in casualties(text)] == [
        (1, 1, 1, "exact", "killed", "15-year-old boy"),
        (1, 1, 1, "exact", "injured", "14-year-old girl"),
        (3, 3, 3, "exact", "detained", "men"),
        (22, 22, 22, "exact", "killed", ""),
        (None, 4, None, "at_least", "killed", "members of the family"),
    ]


def test_one_victim_introduced_by_a():
    text = "A man has been stabbed to death on a train. Later, a gunman killed a passenger. The man died."
    found = casualties(text)
    assert [(c["count"]["text"], c["status"], c["victims"]["text"]) for c in found] == [
        ("A", "killed", "man"),
        ("a", "killed", "passenger"),
    ]


def test_one_victim_told_by_coordinated_or_predicate_words():
    text = (
        "A man was shot and killed by an agent during a traffic stop on Sept. 12. "
        "The blast left a woman dead. The hashtag took on a life of its own."
    )
    found = casualties(text)
    assert [(c["count"]["text"], c["status"], c["victims"]["text"], c["event_date"]) for c in found] == [
        ("A", "killed", "man", "2020-09-12"),
        ("a", "killed", "woman", None),
    ]


def test_custody_and_refugee_counts_with_groups():
    text = (
        "Doctors said an estimated 200,000 children were in federal custody. "
        "Jordan had admitted more than 1.4 million Syrian refugees."
    )
    found = casualties(text)
    assert [
        (c["count"]["value"], c["count"]["min"], c["status"], c["victims"]["text"], c["victims"]["group"])
        for c in found
    ] == [
        (200000, None, "detained", "children", "child"),
        (None, 1400000, "displaced", "Syrian refugees", "civilian"),
    ]


def test_money_and_pronoun_one_are_not_counts():
    text = (
        "He made millions while thousands of bond holders lost fortunes. Police have two recordings "
        "of the shooting, one captured by a dashboard camera."
    )
    assert casualties(text) == []


def test_a_death_toll_rising_to_or_reaching_a_figure():
    for text in [
        "The death toll rose to 47, the ministry said.",
        "The death toll from the earthquake climbed to 47 on Monday.",
        "The death toll reached 47.",
    ]:
        [c] = casualties(text)
        assert brief(c) == (47, 47, 47, "exact", "killed", ""), text
    for text in ["The death toll rose above 47 on Monday.", "The death toll rose to over 47."]:
        [c] = casualties(text)
        assert brief(c) == (None, 47, None, "at_least", "killed", ""), text
    assert casualties("The death toll could exceed 10,000, the agency estimated.") == []  # feared
    assert casualties("Sales rose to 47 million.") == []
    assert casualties("Revenue reached 47 million.") == []


def test_displacement_told_by_the_homes_people_were_forced_from():
    [c] = casualties("Flooding has forced 40,000 people from their homes, the UN said on Monday.")
    assert brief(c) == (40000, 40000, 40000, "exact", "displaced", "people")
    [c] = casualties("The fighting drove 12,000 people out of their villages.")
    assert c["status"] == "displaced"
    assert casualties("The company forced 300 workers from the plant.") == []


def test_a_precautionary_evacuation_is_no_casualty():
    assert casualties("About 5,000 people were evacuated as a precaution.") == []
    assert casualties("About 5,000 people were evacuated ahead of the storm.") == []
    # the parser hangs "ahead" on the object
    assert (
        casualties(
            "Cuba reported no deaths after evacuating more than 735,000 people ahead of landfall, state media said."
        )
        == []
    )
    [c] = casualties("About 5,000 people were evacuated after the dam burst.")
    assert c["status"] == "displaced"


def test_left_three_dead_names_no_victims():
    assert [brief(c) for c in casualties("The shooting left three dead and five wounded.")] == [
        (3, 3, 3, "exact", "killed", ""),
        (5, 5, 5, "exact", "injured", ""),
    ]


def test_people_made_to_flee_are_displaced():
    [c] = casualties("The hurricane forced 50,000 residents to flee their homes.")
    assert brief(c) == (50000, 50000, 50000, "exact", "displaced", "residents")
    [c] = casualties("More than 10,000 people were forced to flee.")
    assert brief(c) == (None, 10000, None, "at_least", "displaced", "people")
    assert casualties("Officials urged 50,000 residents to flee.") == []  # asked, not made
    [c] = casualties("The shelling prompted 8,000 villagers to flee.")  # causative_verbs.txt
    assert (c["status"], c["count"]["value"]) == ("displaced", 8000)
    [c] = casualties("The blast caused 12 people to die.")  # parsed as a clause of its own
    assert (c["status"], c["count"]["value"]) == ("killed", 12)
    assert casualties("The blast could cause 12 people to die.") == []
    assert casualties("The fighting could force 10,000 people to flee.") == []


def test_victims_named_by_what_they_were_doing():
    [c] = casualties("Gunmen abducted 80 schoolchildren in Kaduna state on Friday.")
    assert (c["status"], c["count"]["value"], c["victims"]) == (
        "abducted",
        80,
        {"text": "schoolchildren", "group": "child"},
    )
    [c] = casualties("Three peacekeepers were killed.")
    assert c["victims"] == {"text": "peacekeepers", "group": "military"}


def test_people_taken_or_held_hostage_or_prisoner():
    [c] = casualties("Over 100 people were taken hostage during the attack.")
    assert (c["status"], c["count"]["min"], c["count"]["qualifier"]) == ("abducted", 100, "at_least")
    [c] = casualties("Hamas took 240 people hostage.")
    assert (c["status"], c["count"]["value"]) == ("abducted", 240)
    [c] = casualties("30 people are being held hostage.")
    assert c["status"] == "abducted"  # the noun says how they are held
    [c] = casualties("Rebels took 12 soldiers prisoner.")
    assert c["status"] == "detained"
    assert casualties("Rebels could take 12 soldiers hostage.") == []
    assert casualties("The team took 3 points.") == []


def test_uprooted_people_are_displaced():
    [c] = casualties("Some 1.5 million people have been uprooted by the conflict.")
    assert (c["status"], c["count"]["value"], c["count"]["qualifier"]) == ("displaced", 1500000, "about")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part counted inside a whole shares its status, with its own victims
        (
            "Russian missiles killed at least 12 people in Kyiv, including three children.",
            [(None, 12, None, "at_least", "killed", "people"), (3, 3, 3, "exact", "killed", "children")],
        ),
        (
            "At least 27 people, including 10 children, were killed in the strikes.",
            [(None, 27, None, "at_least", "killed", "people"), (10, 10, 10, "exact", "killed", "children")],
        ),
        (
            "The storm killed 12 people, including a firefighter.",
            [(12, 12, 12, "exact", "killed", "people"), (1, 1, 1, "exact", "killed", "firefighter")],
        ),
        # "including" hung by the parser on the clause above the count
        (
            "Israeli airstrikes killed at least 45 people overnight, including 12 children, according to hospitals.",
            [(None, 45, None, "at_least", "killed", "people"), (12, 12, 12, "exact", "killed", "children")],
        ),
        # victims carry over from the whole, not from its part
        (
            "The attack killed at least 23 people, including four children, and injured more than 70.",
            [
                (None, 23, None, "at_least", "killed", "people"),
                (4, 4, 4, "exact", "killed", "children"),
                (None, 70, None, "at_least", "injured", "people"),
            ],
        ),
        # a part before a count coordinated in a clause of its own is still the whole's
        (
            "At least 12 people were killed, including three children in the region, and dozens more were injured.",
            [
                (None, 12, None, "at_least", "killed", "people"),
                (3, 3, 3, "exact", "killed", "children"),
                (None, 24, None, "about", "injured", "people"),
            ],
        ),
        # coordinated parts are parts too, a number or "a"
        (
            "The attack killed more than 100 people, including 20 children and nine aid workers.",
            [
                (None, 100, None, "at_least", "killed", "people"),
                (20, 20, 20, "exact", "killed", "children"),
                (9, 9, 9, "exact", "killed", "aid workers"),
            ],
        ),
        (
            "Israeli strikes killed 45 people, including 12 children and a nurse, health officials said.",
            [
                (45, 45, 45, "exact", "killed", "people"),
                (12, 12, 12, "exact", "killed", "children"),
                (1, 1, 1, "exact", "killed", "nurse"),
            ],
        ),
        # the number after "of" counts everyone there, not those harmed
        (
            "A jet crashed on Thursday, killing 241 of the 242 people on board, officials said.",
            [(241, 241, 241, "exact", "killed", "people")],
        ),
        (
            "Police said 11 of the 20 miners trapped underground were killed.",
            [(11, 11, 11, "exact", "killed", "miners")],
        ),
        # "of them": what the verb says, if only people suffer it
        ("At least 11 of them later died, the charity said.", [(None, 11, None, "at_least", "killed", "")]),
        ("Police stopped 40 cars and seized 11 of them.", []),
        # "including" under something else counts nothing
        ("The storm destroyed 40 homes, including three schools.", []),
        # a group whose size follows it is counted by that number
        ("A drone strike killed a family of five in Khan Younis.", [(5, 5, 5, "exact", "killed", "family")]),
    ],
)
def test_parts_of_a_count_and_groups_of_a_size(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


def test_the_event_date_is_the_nearest_date_that_is_one():
    # "9-year-old" is a DATE entity to the small model, and nearer the harm than the day
    text = "A glide bomb killed two women and wounded a 9-year-old boy on Wednesday evening, the governor said."
    assert [c["event_date"] for c in casualties(text)] == ["2020-10-07", "2020-10-07"]


def test_an_age_standing_for_a_person_and_a_capitalised_may_or_march():
    [c] = casualties("A 6-year-old died in March, the first such death in a decade.")
    assert (brief(c), c["event_date"]) == ((1, 1, 1, "exact", "killed", "6-year-old"), "2020-03")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of a whole is no count of the whole
        ("Nearly two-thirds of the 2,000 residents were evacuated.", []),
        ("Most of the 300 passengers died.", []),
        ("All of the 67 people on board were killed.", [(67, 67, 67, "exact", "killed")]),
        # some of the hostages: what the verb says of them
        ("Three of the 10 hostages were killed.", [(3, 3, 3, "exact", "killed"), (10, 10, 10, "exact", "abducted")]),
    ],
)
def test_shares_and_parts_of_a_group(text, expected):
    assert [brief(c)[:5] for c in casualties(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen gunned down 12 villagers on Sunday.", [(12, 12, 12, "exact", "killed", "villagers")]),
        ("Security forces rounded up 50 suspects.", [(50, 50, 50, "exact", "detained", "suspects")]),
        # "dead" right after "shot", which the parser gives to the victims
        ("Police shot dead two suspects.", [(2, 2, 2, "exact", "killed", "suspects")]),
        ("The town rounded up 50 dollars.", []),
    ],
)
def test_verbs_of_harm_with_their_particle(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    "text, event_dates",
    [
        # the date of another clause: one with its own subject, one describing a noun
        ("A boy died in March, and an elderly man also died after catching the virus.", ["2020-03", None]),
        ("A girl has died of measles, officials said, as an outbreak that began in August spread.", [None]),
        # one deed in two verbs; a date opening the sentence; a clause on the same noun
        ("Gunmen stormed the school on Monday and abducted 80 pupils.", ["2020-10-05"]),
        ("On Monday, gunmen stormed the school and abducted 80 pupils.", ["2020-10-05"]),
        ("Ash covers the town, which was hit by the eruption in August, which left 20 people dead.", ["2020-08"]),
    ],
)
def test_a_date_dates_the_harm_of_its_own_clause(text, event_dates):
    assert [c["event_date"] for c in casualties(text)] == event_dates


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two fans were taken to a hospital with injuries after the match.", [(2, 2, 2, "exact", "injured", "fans")]),
        ("Three officers suffered injuries in the clash.", [(3, 3, 3, "exact", "injured", "officers")]),
        ("Medics treated 40 people for burns.", [(40, 40, 40, "exact", "injured", "people")]),
        # who treats is not hurt; a roster is no casualty; an injury denied is none
        ("Two doctors treated the patients for injuries.", []),
        ("Three players are out with injuries.", []),
        ("The two drivers suffered no injuries.", []),
    ],
)
def test_an_injury_told_by_care_or_suffering(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


def test_an_untagged_overnight_or_yesterday_dates_the_harm():
    assert [c["event_date"] for c in casualties("Russian strikes killed at least 23 people overnight.")] == [
        "2020-10-08"
    ]


@pytest.mark.parametrize(
    "text, event_date",
    [
        # published Friday 2020-10-09; the small model tags these as times
        ("Shelling killed three civilians in Kherson on Monday night, the governor said.", "2020-10-05"),
        ("Two people were shot dead last night in Chicago.", "2020-10-08"),
        # ... or "Friday" a date and "night" a time
        ("Helicopters launched airstrikes on Friday night, which they say killed 10 militants.", "2020-10-09"),
    ],
)
def test_a_time_that_names_a_day_dates_the_harm(text, event_date):
    assert [c["event_date"] for c in casualties(text)] == [event_date]


def test_a_hedged_toll_counts_a_threat_or_a_counterfactual_does_not():
    assert [brief(c) for c in casualties("Up to 50 people may have died in the fire, officials said.")] == [
        (None, None, 50, "at_most", "killed", "people")
    ]
    assert casualties("The bomb could have killed hundreds.") == []
    assert casualties("The storm may kill dozens.") == []


def test_a_sum_with_no_currency_is_a_number():
    # the small model reads "more than 12 million" as money; "$5 million" names its currency
    text = "The war has killed tens of thousands of people and displaced more than 12 million, the U.N. said."
    assert [brief(c) for c in casualties(text)] == [
        (None, 20000, None, "about", "killed", "people"),
        (None, 12000000, None, "at_least", "displaced", "people"),
    ]
    assert casualties("The storm caused more than 12 million in damage and cost $5 million.") == []


def test_succumbing_to_injuries_is_dying():
    assert [brief(c) for c in casualties("Two men succumbed to their injuries.")] == [
        (2, 2, 2, "exact", "killed", "men")
    ]
    assert [brief(c) for c in casualties("A man succumbed to his injuries on Tuesday.")] == [
        (1, 1, 1, "exact", "killed", "man")
    ]
    assert casualties("The senator succumbed to pressure and resigned.") == []


@pytest.mark.parametrize(
    "text, period",
    [
        # published Friday 2020-10-09
        ("So far this year, 43 journalists have been killed, the committee said.", ("2020-01-01", "So far this year")),
        ("Police have shot and killed at least 707 people this month so far.", ("2020-10-01", "this month so far")),
        ("In the past week, 300 migrants were detained at the border.", ("2020-10-02", "In the past week")),
    ],
)
def test_so_far_this_year_and_the_past_week_open_the_period(text, period):
    [c] = casualties(text)
    assert (c["period"]["start"], c["period"]["text"]) == period


@pytest.mark.parametrize(
    "text, expected",
    [
        ("About 600 people were still listed as missing.", [(600, None, None, "about", "missing", "people")]),
        ("Ten soldiers were listed as dead.", [(10, 10, 10, "exact", "killed", "soldiers")]),
        (
            "The coast guard said it had detained six suspected smugglers.",
            [(6, 6, 6, "exact", "detained", "suspected smugglers")],
        ),
        (
            "More than 11 million people have been forced from their homes.",
            [(None, 11000000, None, "at_least", "displaced", "people")],
        ),
        (
            "About 3 million of them have fled to neighbouring countries.",
            [(3000000, None, None, "about", "displaced", "")],
        ),
        ("Rescuers pulled 40 people from their homes.", []),
        ("Aid agencies estimate that 13 people die every day of malnutrition.", []),
        ("Two people are killed a day on the roads.", []),
        ("Ten people were killed, per the Health Ministry.", [(10, 10, 10, "exact", "killed", "people")]),
    ],
)
def test_listed_as_driven_from_homes_rates_and_suspects(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


def test_a_window_or_date_of_another_clause_is_not_the_counts():
    text = (
        "On Oct. 2, at least 48 people died when a boat capsized, according to the IOM, which estimates "
        "that more than 1,800 migrants have died on the route since 2014."
    )
    found = [(c["count"]["min"], c["period"], c["event_date"]) for c in casualties(text, "2024-10-16")]
    assert found == [
        (48, None, "2024-10-02"),
        (1800, {"start": "2014", "end": "2024-10-16", "text": "since 2014"}, None),
    ]
    [c] = casualties("Two hostages who had been held by the Taliban since 2016 were released Tuesday.")
    assert c["period"]["start"] == "2016"
    [c] = casualties("An aftershock yesterday triggered a mudslide which left six people dead.")
    assert c["event_date"] == "2020-10-08"


def test_a_year_in_the_harms_own_phrase_dates_it():
    text = "Bryan Kohberger pleaded guilty on Wednesday to murdering four students in a 2022 knife attack."
    [c] = casualties(text, "2025-07-02")
    assert (c["count"]["value"], c["event_date"]) == (4, "2022")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The attack left scores of people injured.", [(None, 40, None, "about", "injured", "people")]),
        (
            "The cyclone forced 250,000 people into shelters.",
            [(250000, 250000, 250000, "exact", "displaced", "people")],
        ),
        ("Police forced 20 protesters into vans.", []),
    ],
)
def test_scores_of_people_and_people_forced_into_shelters(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The dead included four children.", [(4, 4, 4, "exact", "killed", "children")]),
        ("The injured included two police officers.", [(2, 2, 2, "exact", "injured", "police officers")]),
        ("The package included four children's books.", []),
    ],
)
def test_the_dead_included(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


def test_a_count_right_after_its_harm_verb_that_the_parser_hung_elsewhere():
    # The parser makes "others" the subject of "said" and the governor its apposition.
    text = (
        "A Russian drone attack on the northeastern city of Kharkiv overnight killed three people, including"
        " a 12-year-old boy, and wounded at least 34 others, regional Governor Oleh Syniehubov said Saturday."
    )
    found = casualties(text, "2025-06-07")
    assert [brief(c) for c in found] == [
        (3, 3, 3, "exact", "killed", "people"),
        (1, 1, 1, "exact", "killed", "12-year-old boy"),
        (None, 34, None, "at_least", "injured", "others"),
    ]
    assert {c["speaker"]["name"] for c in found} == {"Oleh Syniehubov"}
    assert casualties("The storm wounded at least 34 trees, the mayor said.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nine of the wounded were children.", [(9, 9, 9, "exact", "injured", "children")]),
        ("Three of the dead were police officers.", [(3, 3, 3, "exact", "killed", "police officers")]),
        ("Two of the injured are in critical condition.", [(2, 2, 2, "exact", "injured", "")]),
        ("Two of the invited were late.", []),
    ],
)
def test_a_count_out_of_the_wounded_or_the_dead(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser hangs the first number of a range on the second
        ("Officials said 10 to 15 people were killed.", [(None, 10, 15, "range", "killed", "people")]),
        ("Officials said 23 to 25 girls were unaccounted for.", [(None, 23, 25, "range", "missing", "girls")]),
        ("Up to 25 people were killed.", [(None, None, 25, "at_most", "killed", "people")]),
        # a toll that rose from one figure to another is the second
        ("The death toll rose from 10 to 15, officials said.", [(15, 15, 15, "exact", "killed", "")]),
        ("The death toll climbed from 1,200 to 1,644.", [(1644, 1644, 1644, "exact", "killed", "")]),
    ],
)
def test_a_range_and_a_toll_that_rose_from_one_figure_to_another(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


def test_an_age_by_decade_is_no_date_of_the_harm():
    [c] = casualties("A man in his 60s died when a tree fell on his car in Hampshire on Saturday.", "2024-11-25")
    assert (brief(c), c["event_date"]) == ((1, 1, 1, "exact", "killed", "man"), "2024-11-23")


@pytest.mark.parametrize(
    "text, expected",
    [
        # what the verb says of people counted by their status
        ("Twelve prisoners were killed in the riot.", [(12, 12, 12, "exact", "killed", "prisoners")]),
        ("Three hostages were killed.", [(3, 3, 3, "exact", "killed", "hostages")]),
        ("Militants are holding 30 hostages.", [(30, 30, 30, "exact", "abducted", "hostages")]),
        (
            "Two of the 10 hostages were killed.",
            [(2, 2, 2, "exact", "killed", "hostages"), (10, 10, 10, "exact", "abducted", "hostages")],
        ),
        # "inmates" tagged as a verb
        ("The prison riot left 12 inmates dead.", [(12, 12, 12, "exact", "killed", "inmates")]),
    ],
)
def test_people_counted_by_their_status_and_what_befell_them(text, expected):
    assert [brief(c) for c in casualties(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agency said about 1,000 children were among those left homeless.", [(1000, "displaced", "children")]),
        ("About 1,000 people were among those killed, the agency said.", [(1000, "killed", "people")]),
        ("Five children were among the people who died in the fire.", [(5, "killed", "children")]),
        ("Two officers were among those who were not hurt.", []),
    ],
)
def test_a_count_among_those_a_clause_says_were_harmed(text, expected):
    found = casualties(text, "2025-09-02")
    assert [(c["count"]["value"], c["status"], c["victims"]["text"]) for c in found] == expected


def test_a_count_of_people_said_by_their_age():
    # "two 17-year-olds": the second number says how old they are, not how many
    [c] = casualties("Police said officers had arrested two 17-year-olds near the scene.", "2025-06-01")
    assert (c["count"]["value"], c["status"], c["victims"]["text"]) == (2, "detained", "17-year-olds")


def test_the_day_of_the_event_that_harmed_them_after_by():
    text = "More than 15,000 people were left homeless by Thursday's earthquake, authorities said."
    [c] = casualties(text, "1987-03-09")
    assert c["event_date"] == "1987-03-05"


def test_a_deadline_after_by_is_not_the_day_of_the_harm():
    [c] = casualties("Five people were killed by Friday, officials said.", "1987-03-09")
    assert c["event_date"] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rescuers were still searching the rubble for two residents who were unaccounted for, the governor said.",
            [(2, 2, 2, "exact", "missing", "residents")],
        ),
        (
            "Rescuers were still searching the rubble for two residents who were missing.",
            [(2, 2, 2, "exact", "missing", "residents")],
        ),
        (
            "The families of 12 people who died in the fire sued the city.",
            [(12, 12, 12, "exact", "killed", "people")],
        ),
        # the relative clause's subject did the killing; the men were arrested
        (
            "Police arrested two men who killed five people in a robbery.",
            [(2, 2, 2, "exact", "detained", "men"), (5, 5, 5, "exact", "killed", "people")],
        ),
        # set off by a comma, the clause tells more of people counted already
        ("The three men, who were abducted from their homes in 2023, were freed on Saturday.", []),
    ],
)
def test_the_status_a_relative_clause_gives_the_counted_people(text, expected):
    assert [brief(c) for c in casualties(text, "2025-06-02")] == expected


def test_a_window_and_an_event_without_a_year_are_before_publication():
    text = "Since the monsoon began on June 26, rains have killed 221 people across the country."
    [c] = casualties(text, "2025-06-02")
    assert c["period"]["start"] == "2024-06-26"
    [c] = casualties("Floods killed 14 people on June 26.", "2025-06-02")
    assert c["event_date"] == "2024-06-26"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A man has been charged after three people were stabbed at a shopping centre, police said.",
            [(3, 3, 3, "exact", "injured", "people")],
        ),
        ("Two men were stabbed to death outside a bar on Friday.", [(2, 2, 2, "exact", "killed", "men")]),
        # the clause after "after" has a subject of its own: the man charged is no victim
        (
            "A man has been charged after two people were killed in a crash.",
            [(2, 2, 2, "exact", "killed", "people")],
        ),
    ],
)
def test_stabbed_people_are_injured_and_a_clause_of_its_own_names_no_victim(text, expected):
    assert [brief(c) for c in casualties(text, "2025-06-04")] == expected


def test_people_coordinated_with_the_counted_noun_are_its_victims_too():
    [c] = casualties("Camp officials said 27 campers and counselors had died when the river surged.", "2025-07-09")
    assert brief(c) == (27, 27, 27, "exact", "killed", "campers and counselors")


def test_a_count_the_parser_hung_on_the_day_after_it():
    text = (
        "A Russian missile strike on the port of Odesa killed nine people and wounded at least 23 late Tuesday,"
        " regional officials said."
    )
    found = casualties(text, "2024-11-13")
    assert [brief(c) for c in found] == [
        (9, 9, 9, "exact", "killed", "people"),
        (None, 23, None, "at_least", "injured", "people"),
    ]
    assert [c["event_date"] for c in found] == ["2024-11-12", "2024-11-12"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In Canoas, a city of 350,000 on the outskirts of Porto Alegre, two hospitals were evacuated on Saturday.",
            [],
        ),
        (
            "Floods forced 5,000 people from their homes in the town of 20,000.",
            [(5000, 5000, 5000, "exact", "displaced", "people")],
        ),
    ],
)
def test_the_population_of_a_place_is_no_count_of_harm(text, expected):
    assert [brief(c) for c in casualties(text, "2024-05-05")] == expected


def test_where_the_victims_were_is_not_who_they_were():
    text = "Health officials reported nine cases, and one adult there died, the state's health department said."
    [c] = casualties(text, "2025-02-26")
    assert brief(c) == (1, 1, 1, "exact", "killed", "adult")


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Pinellas County said they had rescued about 100 people from flooded homes and that one person"
        " was missing.",
        "Officials said they had rescued about 100 people from flooded homes and one person was missing.",
    ],
)
def test_people_rescued_do_not_share_the_next_counts_status(text):
    assert [brief(c) for c in casualties(text, "2024-10-10")] == [(1, 1, 1, "exact", "missing", "person")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police on Friday identified the gunman who killed two people at the university.", [None]),
        ("The man who killed three people on Monday was arrested on Tuesday.", ["2025-04-14"]),
    ],
)
def test_the_deed_that_describes_a_person_is_not_dated_by_what_came_after(text, expected):
    assert [c["event_date"] for c in casualties(text, "2025-04-18")] == expected


def test_counts_in_a_with_phrase_before_the_attribution_are_the_sources():
    text = (
        "The death toll from the earthquake rose to 2,719 on Tuesday, with 4,521 people injured and 441 still"
        " missing, the head of the military government said in a televised speech."
    )
    found = casualties(text, "2025-04-01")
    assert [(c["status"], c["speaker"]["name"] if c["speaker"] else None) for c in found] == [
        ("killed", "head of the military government"),
        ("injured", "head of the military government"),
        ("missing", "head of the military government"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Pakistan's military said Friday that 23 of its soldiers had been killed in the fighting, while the"
            " Taliban said nine of its fighters died.",
            [None, None],
        ),
        ("Police said on Monday that three people were killed on Sunday.", ["2025-10-12"]),
        (
            "Russian drones slammed into an apartment building in Kharkiv overnight, killing four people, regional"
            " officials said Saturday.",
            ["2025-10-17"],
        ),
        (
            "Authorities announced on Friday the arrest of a man in the fatal shooting of a demonstrator and said a"
            " curfew would continue through the weekend.",
            [None],
        ),
    ],
)
def test_the_day_something_was_said_is_not_the_day_of_the_harm(text, expected):
    assert [c["event_date"] for c in casualties(text, "2025-10-19")] == expected


def test_speakers_coordinated_with_the_victims_are_not_counted():
    text = (
        "Gunmen stormed a boarding school in northwestern Nigeria before dawn on Monday and abducted 25 schoolgirls,"
        " killing a staff member, police and a school official said."
    )
    found = casualties(text, "2025-11-17")
    assert [brief(c) for c in found] == [
        (25, 25, 25, "exact", "abducted", "schoolgirls"),
        (1, 1, 1, "exact", "killed", "staff member"),
    ]


def test_a_riot_that_left_inmates_dead_before_the_state_of_emergency():
    text = (
        "Ecuador's government declared a state of emergency in its prisons on Tuesday after a riot at a penitentiary"
        " in the coastal city of Machala left 31 inmates dead, most of them by asphyxiation, authorities said."
    )
    [c] = casualties(text, "2025-11-11")
    assert brief(c) == (31, 31, 31, "exact", "killed", "inmates")
    assert c["event_date"] is None  # Tuesday is the declaration's; the riot came before


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prison officials said 13 prisoners escaped on Sunday.", []),
        ("Police said 13 prisoners were being held.", [(13, 13, 13, "exact", "detained", "prisoners")]),
    ],
)
def test_captives_who_got_away_are_not_held(text, expected):
    assert [brief(c) for c in casualties(text, "2025-11-11")] == expected


def test_an_organisations_branch_named_by_its_country_is_the_source():
    text = "At least eight people were killed and 400 injured, according to Amnesty International Kenya."
    assert [c["speaker"]["name"] for c in casualties(text, "2025-06-26")] == [
        "Amnesty International Kenya",
        "Amnesty International Kenya",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A strike on a tent camp in Muwasi killed a couple and their three children, said officials at Nasser"
            " Hospital.",
            [(3, 3, 3, "exact", "killed", "children")],
        ),
        (
            "Another strike on a house in Gaza City killed eight members of one family, the Health Ministry's"
            " emergency service said.",
            [(8, 8, 8, "exact", "killed", "members of one family")],
        ),
    ],
)
def test_a_count_the_parser_coordinated_with_the_verb_and_a_group_named_by_number(text, expected):
    assert [brief(c) for c in casualties(text, "2025-05-03")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a toll given a figure "at"
        ("Police confirmed the attacks but put the death toll at 27.", [(27, 27, 27, "exact", "killed", "")]),
        ("The death toll was put at 27 by local officials.", [(27, 27, 27, "exact", "killed", "")]),
        ("Officials estimated the number of dead at more than 300.", [(None, 300, None, "at_least", "killed", "")]),
        # a figure put on anything else
        ("The company put the cost at 27 million dollars.", []),
    ],
)
def test_a_toll_put_at_a_figure(text, expected):
    assert [brief(c) for c in casualties("Headline\n" + text)] == expected


@pytest.mark.parametrize(
    "text, event_date",
    [
        # when a toll reached its figure is not when the harm happened
        ("The death toll from the flooding rose to at least 82 on Sunday, officials said.", None),
        ("The death toll from Sunday's attack rose to 40, officials said.", "2020-10-04"),
        # nor is a date in a proposition of its own
        (
            "The death toll from Hurricane Helene rose above 200 on Thursday, making it the deadliest storm to hit"
            " the mainland since Katrina in 2005.",
            None,
        ),
        ("Four people were killed on Sunday, officials said.", "2020-10-04"),
        # a "since" clause that tells the harm itself dates it
        (
            "Thousands marched on Saturday, the largest protest since a bridge collapse killed 16 people in November.",
            "2019-11",
        ),
    ],
)
def test_dates_of_a_toll_and_of_the_harm(text, event_date):
    [c] = casualties("Headline\n" + text)
    assert c["event_date"] == event_date


def test_a_clause_opened_by_before_tells_of_something_later():
    text = "Fighting in August killed 48 people and displaced some 300,000 before a truce took hold on Sept. 28."
    assert [(c["status"], c["event_date"]) for c in casualties("Headline\n" + text)] == [
        ("killed", "2020-08"),
        ("displaced", "2020-08"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "missing" a thing is the verb "miss"
        ("The team lost two starters to injury and three others are missing the game with illness.", []),
        ("Three fishermen are missing after their boat capsized.", [(3, 3, 3, "exact", "missing", "fishermen")]),
    ],
)
def test_missing_people_and_missing_a_game(text, expected):
    assert [brief(c) for c in casualties("Headline\n" + text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a parent "of two" is one person; the number counts the children
        ("Sergeant Maria Lopez, a mother of three, was killed in the attack.", []),
        ("A family of five was killed in the attack.", [(5, 5, 5, "exact", "killed", "family")]),
        # one of a body's own people is one harmed; one of a group counted elsewhere is not
        # (the group, told as killed, is the count)
        (
            "The airline said one of its pilots was seriously injured.",
            [(1, 1, 1, "exact", "injured", "its pilots")],
        ),
        ("He was one of at least 40 people killed in the raid.", [(None, 40, None, "at_least", "killed", "people")]),
    ],
)
def test_parents_and_one_of_a_bodys_people(text, expected):
    assert [brief(c) for c in casualties("Headline\n" + text)] == expected


def test_a_count_as_of_a_day_is_not_harm_on_that_day():
    [c] = casualties("Headline\nOfficials said 12 people were unaccounted for as of Thursday night.")
    assert (c["status"], c["event_date"]) == ("missing", None)


def test_an_undated_window_of_the_count_is_not_a_later_ones_date():
    text = (
        "Headline\nAbout 3,000 people have fled the town since the shelling began, adding to the 2 million"
        " displaced since the war erupted in March 2022."
    )
    assert [(brief(c), c["period"]) for c in casualties(text, published="2025-06-01")] == [
        ((3000, None, None, "about", "displaced", "people"), None),
        (
            (2000000, 2000000, 2000000, "exact", "displaced", ""),
            {"start": "2022-03", "end": "2025-06-01", "text": "since the war erupted in March 2022"},
        ),
    ]


def test_counts_in_a_with_clause_hung_on_the_cue_are_the_speakers():
    text = (
        "Headline\nThe death toll has climbed to 1,002, the military government said in a statement late"
        " Friday, with 2,376 people injured and 30 missing."
    )
    assert [(brief(c)[0], c["status"], c["speaker"] and c["speaker"]["name"]) for c in casualties(text)] == [
        (1002, "killed", "military government"),
        (2376, "injured", "military government"),
        (30, "missing", "military government"),
    ]


def test_counts_in_a_participle_of_harm_hung_on_the_cue_are_the_speakers():
    text = (
        "Headline\nOvernight, Russian drones and missiles struck energy facilities in six regions, Ukraine's air"
        " force said, killing at least four people and injuring 19."
    )
    assert [(brief(c)[1], c["status"], c["speaker"] and c["speaker"]["name"]) for c in casualties(text)] == [
        (4, "killed", "Ukraine's air force"),
        (19, "injured", "Ukraine's air force"),
    ]


def test_a_vague_number_of_people_described_as_harmed():
    text = "Headline\nA hospital treated hundreds of injured people in its parking lot."
    assert [brief(c) for c in casualties(text)] == [(None, 200, None, "about", "injured", "injured people")]


def test_a_date_in_a_later_clause_of_its_own_is_another_deaths():
    text = (
        "Headline\nIn Spain, a 2-year-old girl died after being left in a car, and a street sweeper collapsed and"
        " died in the city on Saturday, local officials said."
    )
    [c] = casualties(text)
    assert (c["victims"]["text"], c["event_date"]) == ("2-year-old girl", None)


@pytest.mark.parametrize(
    "text",
    [
        "About 15,000 people remained in shelters on Friday, the minister said.",
        "About 15,000 people remained in evacuation centres on Friday, the minister said.",
        "About 15,000 people have been placed in temporary housing, the minister said.",
        "About 15,000 people were still living in shelters on Friday, the minister said.",
        "About 15,000 people were sleeping in evacuation centres on Friday, the minister said.",
    ],
)
def test_people_in_shelters_are_displaced(text):
    assert [brief(c) for c in casualties("Headline\n" + text)] == [(15000, None, None, "about", "displaced", "people")]


@pytest.mark.parametrize(
    "text, found",
    [
        # "the number of" those harmed takes their status
        ("The commission put the number of injured at 400.", [(400, 400, 400, "exact", "injured", "")]),
        ("The number of people arrested rose to 300.", [(300, 300, 300, "exact", "detained", "")]),
        ("The number of dead rose to 45.", [(45, 45, 45, "exact", "killed", "")]),
        # ... and none where the number counts no one harmed
        ("The number of hostages stood at 20.", []),
        ("The number of measles cases rose to 400.", []),
    ],
)
def test_the_number_of_those_harmed(text, found):
    assert [brief(c) for c in casualties("Headline\n\n" + text)] == found


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("Health officials put the death toll at 1,200 on Monday.", "Health officials", "put"),
        ("The Red Cross estimated the number of injured at 400.", "Red Cross", "estimated"),
        ("The Red Cross said it was overwhelmed.\n\nIt put the toll at 12.", "Red Cross", "put"),
        # a toll given its figure in the passive names no one
        ("The toll was put at 27.", None, None),
    ],
)
def test_who_puts_a_toll_at_a_figure_reports_it(text, speaker, cue):
    [found] = casualties("Headline\n\n" + text)
    assert (found["speaker"] and found["speaker"]["name"], found["cue"] and found["cue"]["text"]) == (speaker, cue)


def test_one_who_suffered_injuries():
    assert [brief(c) for c in casualties("Headline\n\nA firefighter suffered minor injuries.")] == [
        (1, 1, 1, "exact", "injured", "firefighter")
    ]
    assert casualties("Headline\n\nA firefighter suffered no injuries.") == []


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "More than a million Haitians have been displaced.",
            [(None, 1000000, None, "at_least", "displaced", "Haitians")],
        ),
        ("More than a hundred people were injured.", [(None, 100, None, "at_least", "injured", "people")]),
        (
            "A million people were displaced by the floods.",
            [(1000000, 1000000, 1000000, "exact", "displaced", "people")],
        ),
        ("More than a dozen people were killed.", [(None, 12, None, "at_least", "killed", "people")]),
    ],
)
def test_a_number_written_with_a_keeps_its_qualifier(text, found):
    assert [brief(c) for c in casualties("Headline\n\n" + text)] == found


def test_a_participle_sharing_the_auxiliary_tells_of_the_same_deed():
    text = (
        "Headline\nThree people were killed and at least eight others wounded when a gunman opened fire at a"
        " wedding in Fresno on Saturday evening."
    )
    assert [(c["status"], c["event_date"]) for c in casualties(text)] == [
        ("killed", "2020-10-03"),
        ("injured", "2020-10-03"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "About 40,000 people were moved to higher ground as the river rose.",
        "Rescuers moved 40,000 people to safer ground on Sunday.",
    ],
)
def test_people_moved_to_higher_ground_are_displaced(text):
    assert [brief(c)[4] for c in casualties("Headline\n" + text)] == ["displaced"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Troops rescued 100 of the more than 300 pupils abducted from a school last month, the army said.",
            [(None, 300, None, "at_least", "abducted", "pupils")],
        ),
        ("Three of the 10 people who were killed were children.", [(10, 10, 10, "exact", "killed", "people")]),
    ],
)
def test_a_whole_told_as_harmed_is_a_count(text, expected):
    assert [brief(c) for c in casualties("Headline\n" + text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hamas has handed over the remains of 15 of the 28 deceased hostages, the Red Cross said.",
            [(15, "killed", "deceased hostages"), (28, "killed", "deceased hostages")],
        ),
        (
            "The bodies of 22 of the 28 hostages who died in captivity have been returned.",
            [(22, "killed", "hostages"), (28, "killed", "hostages")],
        ),
    ],
)
def test_hostages_said_to_be_dead_are_counts_of_the_dead(text, expected):
    assert [(brief(c)[0], brief(c)[4], brief(c)[5]) for c in casualties("Headline\n" + text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A strike on Friday killed three Afghan cricketers.", [(3, 3, 3, "exact", "killed", "Afghan cricketers")]),
        ("Two motorcyclists were killed in the crash.", [(2, 2, 2, "exact", "killed", "motorcyclists")]),
    ],
)
def test_sportsmen_and_riders_are_people(text, expected):
    assert [brief(c) for c in casualties("Headline\n" + text)] == expected


def test_a_count_in_the_main_clause_before_a_relative_clause_is_the_sources_too():
    text = (
        "More than 300 teachers have been kidnapped since 2019, when gunmen seized 40 pupils from a school in"
        " Kaduna, according to Amnesty International."
    )
    assert [(c["count"]["min"], c["speaker"]["name"]) for c in casualties(text)] == [
        (300, "Amnesty International"),
        (40, "Amnesty International"),
    ]


def test_who_puts_a_toll_at_a_figure_after_a_closing_cue_reports_it():
    text = (
        "Floods in the north have killed 170 people, the government said, while the disaster agency of Sri Lanka"
        " put the death toll from the cyclone at 390, with 352 missing."
    )
    assert [(c["count"]["value"], c["status"], c["speaker"]["name"]) for c in casualties(text)] == [
        (170, "killed", "government"),
        (390, "killed", "disaster agency of Sri Lanka"),
        (352, "missing", "disaster agency of Sri Lanka"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Taliban said it lost nine fighters in the clashes.", [(9, "killed", "fighters")]),
        ("The army lost 23 soldiers in the fighting, officials said.", [(23, "killed", "soldiers")]),
        # people who leave a company or a team are not killed
        ("The company lost 300 employees last year.", []),
        ("Liverpool lost two players to injury.", []),
    ],
)
def test_a_force_that_lost_its_fighters_had_them_killed(text, expected):
    found = [(c["count"]["value"], c["status"], c["victims"]["text"]) for c in casualties("Headline\n" + text)]
    assert found == expected


def test_a_window_between_two_days_of_an_earlier_year():
    text = "A U.N. report has estimated that up to 1,400 people were killed between July 15 and Aug. 5, 2018."
    [c] = casualties("Headline\n" + text)
    assert c["period"] == {"start": "2018-07-15", "end": "2018-08-05", "text": "between July 15 and Aug. 5, 2018"}


@pytest.mark.parametrize(
    "text, period",
    [
        # how long a superlative went unmatched is no counting window
        (
            "Israeli airstrikes killed at least 24 people across Gaza on Saturday, health officials said, in one of"
            " the deadliest days since the ceasefire took effect in October.",
            None,
        ),
        ("At least 40 people were killed on Monday, the worst attack since the war began in 2018.", None),
        # the parser may hang the clause on the verb: the superlative is still right before "since"
        (
            "Israeli airstrikes across the Gaza Strip killed at least 104 people overnight, the Gaza health ministry"
            " said on Wednesday, in the deadliest day since a U.S.-brokered ceasefire took effect on Oct. 10.",
            None,
        ),
        (
            "More than 300 people have been killed since the ceasefire took effect in October.",
            {"start": "2020-10", "end": "2020-10-09", "text": "since the ceasefire took effect in October"},
        ),
    ],
)
def test_since_after_a_superlative_is_not_the_window(text, period):
    [c] = casualties("Headline\n" + text)
    assert c["period"] == period


def test_a_date_the_ner_filed_as_an_event_dates_the_harm():
    text = "The region is still rebuilding after the February 2018 earthquakes, which killed more than 5,000 people."
    [c] = casualties("Headline\n" + text)
    assert (c["count"]["min"], c["event_date"]) == (5000, "2018-02")


def test_a_count_after_a_sources_relative_clause_is_not_the_sources():
    text = "Troops fired on a truck they said was carrying weapons, killing two men."
    [c] = casualties("Headline\n" + text)
    assert (c["count"]["value"], c["status"], c["speaker"]) == (2, "killed", None)


def test_a_season_of_a_year_the_ner_cut_dates_the_harm():
    # the NER tagged "the summer of" and left "2022" out
    text = "The researchers estimated that in the summer of 2022, 68,000 people died from heat across the continent."
    [c] = casualties(text, "2026-11-20")
    assert (c["count"]["value"], c["event_date"]) == (68000, "2022")


def test_a_count_that_came_with_a_rising_toll_is_not_dated_by_it():
    text = (
        "The death toll from the typhoon rose to 87 on Thursday, the national disaster agency said, with 23 people"
        " still missing and more than 410,000 sheltering in evacuation centers."
    )
    assert [(c["count"]["value"], c["status"], c["event_date"]) for c in casualties(text)] == [
        (87, "killed", None),
        (23, "missing", None),
    ]
