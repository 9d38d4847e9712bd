"""Agreements on sentences written for the tests (GUIDE.md section 3)."""

import pytest

from conftest import claims_of


def agreements(text, published="2020-10-09"):
    return [c for c in claims_of(text, published) if c["type"] == "agreement"]


def brief(c):
    return (c["status"], [p["name"] for p in c["parties"]], c["action"]["text"])


def test_coordinated_parties_and_date():
    [c] = agreements("Iran and Iraq agreed to a ceasefire on Monday.")
    assert brief(c) == ("agreed", ["Iran", "Iraq"], "a ceasefire")  # Monday dates it
    assert c["date"]["value"] == "2020-10-05"


def test_a_finite_clause_coordinated_with_a_modal_one_is_real():
    [c] = agreements("Boeing said it would cut 17,000 jobs, and it agreed this year to plead guilty to fraud.")
    assert brief(c) == ("agreed", ["Boeing"], "plead guilty to fraud")


def test_the_verb_an_agreeing_infinitive_completes_dates_it():
    [c] = agreements("The workers voted Monday to accept a contract offer.", published="2024-11-05")
    assert (c["status"], c["date"]["value"]) == ("agreed", "2024-11-04")


def test_infinitive_action_inherits_statement():
    [c] = agreements("Russia says Armenia and Azerbaijan have agreed to attend peace talks in Moscow.")
    assert brief(c) == ("agreed", ["Armenia", "Azerbaijan"], "attend peace talks in Moscow")
    assert c["speaker"]["name"] == "Russia"
    assert c["cue"]["text"] == "says"


def test_signed_with_partner():
    [c] = agreements("Nigeria signed an agreement with France.")
    assert brief(c) == ("signed", ["Nigeria", "France"], "an agreement with France")


def test_rule_out_is_rejection():
    [c] = agreements("Armenia has ruled out a withdrawal from the territory.")
    assert brief(c) == ("rejected", ["Armenia"], "a withdrawal from the territory")


def test_refused_to_sign_is_one_rejection():
    [c] = agreements("The union refused to sign the contract.")
    assert brief(c) == ("rejected", ["union"], "sign the contract")


def test_a_deal_not_made_in_a_relative_clause_is_not_signed():
    # "would never sign" rules the deal out, as "He would never sign the deal" does
    [c] = agreements("The deal he would never sign was dead. The deal that was signed is dead.")
    assert brief(c) == ("rejected", ["he"], "The deal")


def test_not_agreements():
    assert agreements("The government did not reject the plan.") == []
    assert agreements("Most analysts agree that prices will rise.") == []
    assert agreements("The two sides hope to reach an agreement next week.") == []
    assert agreements("The ministry declined comment on the report.") == []
    assert agreements("The company cut 500 jobs and secured a $2 billion loan.") == []


def test_withdraw_and_dismiss_need_a_deal_or_proposal():
    [c] = agreements("The union pulled out of the talks on Monday.")
    assert (c["status"], c["action"]["text"]) == ("rejected", "the talks")
    assert agreements("Rescuers were pulling victims out of the rubble.") == []
    [c] = agreements("A senior official dismissed a French idea to sell cheap grain.")
    assert c["status"] == "rejected"
    assert agreements("The report also dismisses weather as a factor.") == []


def test_deal_nouns_need_parties_that_can_agree():
    [c] = agreements("The accord reached by OPEC ministers in Vienna set a ceiling.")
    assert (c["status"], [p["name"] for p in c["parties"]]) == ("agreed", ["OPEC ministers"])
    assert agreements("The decision is a compromise between the government's call and the unions' demand.") == []
    assert agreements("Our deals with Albania and France are already yielding benefits.") == []


# --- look-alikes (GUIDE.md section 3) -----------------------------------------------------


def test_decline_and_refuse_need_an_offer_or_taking_part():
    text = (
        "Profits declined 8 percent. Prices declined to the lowest level in 50 years. "
        "GE's stock declined 1/4 to 103-1/2. WeWork declined to comment. He declined to say how much. "
        "The spokesman declined to be identified. The driver was refusing to stop."
    )
    assert agreements(text) == []
    [c] = agreements("The Taliban, who have long refused to negotiate peace with Kabul, met in Doha.")
    assert brief(c) == ("rejected", ["Taliban"], "negotiate peace with Kabul")
    [c] = agreements("The minister declined an invitation to the summit.")
    assert brief(c)[0::2] == ("rejected", "an invitation to the summit")
    [c] = agreements("The Palestinian Authority refused to take part in the summit.")
    assert brief(c) == ("rejected", ["Palestinian Authority"], "take part in the summit")
    [c] = agreements("The company has declined to settle with the families.")
    assert brief(c) == ("rejected", ["company"], "settle with the families")


def test_rejecting_an_accusation_is_a_denial_not_a_refusal():
    assert agreements("The Pentagon rejected these accusations as false.") == []
    assert agreements("The company rejected the analysts' forecasts.") == []
    assert agreements("Police ruled out Taliban involvement.") == []
    [c] = agreements("A judge rejected Assange's attempt to delay the hearing.")
    assert brief(c) == ("rejected", ["A judge"], "Assange's attempt to delay the hearing")


def test_negated_acceptance_is_a_rejection():
    [c] = agreements("Customs and Border Protection did not accept the offer.")
    assert brief(c) == ("rejected", ["Customs and Border Protection"], "the offer")
    [c] = agreements("Thomas chose not to accept a plea agreement offered by prosecutors.")
    assert brief(c)[0::2] == ("rejected", "a plea agreement offered by prosecutors")
    assert agreements("The bars only accept western money.") == []
    # a deal not had, offered or had by a thing is none
    assert agreements("Iran has no deal with the United States.") == []
    assert agreements("The two sides do not have an agreement yet.") == []
    assert agreements("Mr. Trump, I have a deal for you.") == []
    assert agreements("The arrangement has an additional loan agreement.") == []
    # a deal not reached is no one's refusal
    assert agreements("The European Union and Mercosur did not reach an agreement on trade.") == []
    # "we" in a quotation is who speaks
    [c] = agreements('"We will not agree to end the war now," Netanyahu said.')
    assert brief(c) == ("rejected", ["Netanyahu"], "end the war now")


def test_signing_needs_a_deal_and_business_deals_count():
    assert agreements("Noel and Thomas signed false certifications.") == []
    [c] = agreements("Emirates finalized a deal with Boeing to purchase 30 jets.")
    assert brief(c) == ("signed", ["Emirates", "Boeing"], "a deal with Boeing")
    [c] = agreements("Emirates canceled a prior order of A330neo jets.")
    assert brief(c) == ("rejected", ["Emirates"], "a prior order of A330neo jets")


def test_who_reports_a_deal_by_according_to_is_not_its_party():
    assert agreements("The deal, according to officials, was signed on Monday.") == []


def test_according_to_on_a_later_verb_of_the_clause_reports_the_refusal():
    text = "Nurses at a hospital in Leeds rejected a new pay offer and remain on strike, according to union officials."
    [c] = agreements(text)
    assert brief(c) == ("rejected", ["Nurses at a hospital in Leeds"], "a new pay offer")
    assert (c["speaker"]["name"], c["cue"]["text"]) == ("union officials", "according to")


def test_deciding_against_it_rejects_the_deal_it_stands_for():
    [c] = agreements("The board met yesterday to discuss the merger but decided against it.")
    assert brief(c) == ("rejected", ["board"], "the merger")
    assert c["date"]["value"] == "2020-10-08"  # the coordinated verb's "yesterday"


def test_its_agreement_to_be_acquired_names_both_sides():
    [c] = agreements("Cyclops Corp reported a loss. Cyclops cited its agreement to be acquired by Dixons Group PLC.")
    assert brief(c) == (
        "agreed",
        ["Cyclops Corp", "Dixons Group PLC"],
        "its agreement to be acquired by Dixons Group PLC",
    )


def test_wishes_are_not_agreements():
    assert agreements("Some advisers would like to see China agree to large purchases.") == []


def test_the_two_countries_are_the_pair_the_article_introduced():
    text = (
        "Chile will use a new pipeline to Peru, officials said. Chile needs the link after floods cut its "
        "coastal route. Chile also owes money to Brazil and Argentina. The two countries signed an agreement "
        "on Friday to share the cost."
    )
    [c] = agreements(text)
    assert c["status"] == "signed"
    assert [(p["text"], p["name"]) for p in c["parties"]] == [
        ("The two countries", "Chile"),
        ("The two countries", "Peru"),
    ]


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Biden met Xi in Lima on Saturday. The two leaders agreed to resume military talks.", ["Biden", "Xi"]),
        ("Israel and Hamas held talks in Doha. The two sides agreed to a ceasefire.", ["Israel", "Hamas"]),
        (
            "Boeing will sell a unit to Thoma Bravo. The companies signed a definitive agreement.",
            ["Boeing", "Thoma Bravo"],
        ),
        ("Russia and Ukraine met in Istanbul. The two delegations agreed to swap prisoners.", ["Russia", "Ukraine"]),
    ],
)
def test_a_pair_named_just_before_is_the_pair(text, parties):
    [c] = [c for c in agreements(text) if c["parties"][0]["text"].startswith("The")]
    assert [p["name"] for p in c["parties"]] == parties


def test_the_two_sides_with_no_pair_named_stay_as_written():
    [c] = agreements("Talks resumed on Monday. The two sides agreed to a ceasefire.")
    assert [(p["text"], p["name"]) for p in c["parties"]] == [("The two sides", "two sides")]


def test_a_subject_the_parser_lent_to_a_participle_is_still_the_party():
    [c] = agreements("Brazil said 34 banks holding most of the debt agreed to the new arrangement.")
    assert brief(c) == ("agreed", ["34 banks"], "the new arrangement")


def test_two_parties_agreeing_that_something_will_happen_is_a_deal():
    [c] = agreements("TWA and USAir have also agreed that all litigation between them will be dropped.")
    assert brief(c) == ("agreed", ["TWA", "USAir"], "all litigation between them will be dropped")
    # One side's view of what will happen is an opinion.
    assert agreements("Analysts agree that the government will cut rates.") == []


def test_a_relative_pronoun_stands_for_the_noun_right_before_it():
    text = "He hoped for direct talks between the government and the Tamil Tigers, who have long refused to negotiate peace."
    [c] = agreements(text)
    assert brief(c) == ("rejected", ["Tamil Tigers"], "negotiate peace")


def test_wire_copy_tickers_are_not_part_of_a_party_name():
    [c] = agreements("Quaker State Oil Refining Corp said it signed a loan agreement with InterFirst Corp <IFC>.")
    assert [p["name"] for p in c["parties"]] == ["Quaker State Oil Refining Corp", "InterFirst Corp"]


def test_a_company_the_ner_filed_as_a_person_is_still_the_company():
    text = (
        "Baker International Corp said on Monday it would cut jobs. "
        "On February 17 Baker said it had signed an agreement to sell one of the subsidiaries."
    )
    [c] = agreements(text)
    assert [p["name"] for p in c["parties"]] == ["Baker International Corp"]
    assert c["speaker"]["name"] == "Baker International Corp"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The company walked away from the merger talks on Friday.", ("rejected", ["company"], "the merger talks")),
        ("The board signed off on the acquisition.", ("agreed", ["board"], "the acquisition")),
        ("Lawmakers voted down the budget deal.", ("rejected", ["Lawmakers"], "the budget deal")),
        # "by" names who acted only in the passive.
        ("The union rejected the contract offer by a vote of 60 to 40.", ("rejected", ["union"], "the contract offer")),
        ("The offer was rejected by the union on Friday.", ("rejected", ["union"], "The offer")),
        ("The rebels refused to sign the accord.", ("rejected", ["rebels"], "sign the accord")),
        # a day is when it was agreed, not what
        (
            "Israel and Hamas agreed on Wednesday to a four-day truce and the release of 50 hostages.",
            ("agreed", ["Israel", "Hamas"], "a four-day truce and the release of 50 hostages"),
        ),
        (
            "OPEC agreed on Monday on a cut of 1 million barrels a day.",
            ("agreed", ["OPEC"], "a cut of 1 million barrels a day"),
        ),
        # what a participle describes is what was agreed
        ("The treaty, ratified by 50 countries, entered into force.", ("signed", ["50 countries"], "The treaty")),
        # the one who acquires is the other side
        (
            "Cyclops agreed to be acquired by Dixons for $10 billion.",
            ("agreed", ["Cyclops", "Dixons"], "be acquired by Dixons for $10 billion"),
        ),
        # a deal, a transaction or talks undone
        ("Adobe and Figma called off their merger on Monday.", ("rejected", ["Adobe", "Figma"], "their merger")),
        ("JetBlue scrapped its deal with Spirit Airlines.", ("rejected", ["JetBlue"], "its deal")),
        ("Russia abandoned talks with Ukraine.", ("rejected", ["Russia"], "talks with Ukraine")),
        # a deal the tagger read as a verb is still the deal
        ("Israel approved the ceasefire deal early Saturday.", ("agreed", ["Israel"], "the ceasefire deal")),
        (
            "Ukraine and the United States signed a long-delayed minerals deal on Wednesday.",
            ("signed", ["Ukraine", "United States"], "a long-delayed minerals deal"),
        ),
        # ... or split it from its modifier as a second object
        (
            "Ukraine and the U.S. signed a minerals deal on Wednesday.",
            ("signed", ["Ukraine", "U.S."], "a minerals deal"),
        ),
        # a company whose last word the NER filed as a product keeps its whole name
        (
            "The Pentagon signed a $500 million contract with Lockheed Martin.",
            ("signed", ["Pentagon", "Lockheed Martin"], "a $500 million contract with Lockheed Martin"),
        ),
        # who is ready to accept is the party
        ("Zelenskyy said Ukraine was ready to accept a ceasefire.", ("agreed", ["Ukraine"], "a ceasefire")),
        # ... or the cue's "to" phrase (the day it was agreed is no part of the action)
        (
            "Shohei Ohtani agreed to a record $700 million, 10-year contract with the Dodgers on Saturday.",
            ("agreed", ["Shohei Ohtani", "Dodgers"], "a record $700 million, 10-year contract with the Dodgers"),
        ),
        # a deal named by its noun, without its signing
        (
            "The agreement signed on Tuesday with Britain's export credit agency covers 30 mln dlrs.",
            ("signed", ["Britain's export credit agency"], "The agreement"),
        ),
        # a deal one has was made
        (
            "Swift has a new record deal in place with Universal Music Group.",
            ("signed", ["Swift", "Universal Music Group"], "a new record deal in place with Universal Music Group"),
        ),
        # a deal adopted is agreed
        (
            "WHO member states adopted a landmark pandemic agreement.",
            ("agreed", ["WHO member states"], "a landmark pandemic agreement"),
        ),
        # the name in apposition to an office, whatever the tagger made of the office
        (
            "In June, the then UK Home Secretary, Sajid Javid, approved an extradition request from the US.",
            ("agreed", ["Sajid Javid"], "an extradition request from the US"),
        ),
        # what a vote was lost by is no party; where it was held is
        (
            "The budget was rejected by wide margins in both House and Senate by a combination of Democrats.",
            ("rejected", ["House", "Senate"], "The budget"),
        ),
        # a vote is no other side
        ("The union ratified the contract with 59% of the vote.", ("signed", ["union"], "the contract")),
        # the seller of what is bought is a party
        (
            "Emirates finalized a deal to purchase 30 of Boeing's jets.",
            ("signed", ["Emirates", "Boeing"], "a deal to purchase 30 of Boeing's jets"),
        ),
        ("Exxon agreed to buy the stake from Shell.", ("agreed", ["Exxon", "Shell"], "buy the stake from Shell")),
        # who is bought from is a party; where one withdraws from is not
        ("Israel agreed to withdraw from Gaza.", ("agreed", ["Israel"], "withdraw from Gaza")),
        # a finite verb the parser coordinated with the infinitive is the sentence's
        (
            "The rebels agreed to free 50 prisoners but failed to agree on a truce.",
            ("agreed", ["rebels"], "free 50 prisoners"),
        ),
        # a deal blocked is refused
        (
            "Regulators blocked the merger of the two airlines.",
            ("rejected", ["Regulators"], "the merger of the two airlines"),
        ),
        # a change to a deal is a deal; keeping one in force refused is a refusal
        ("The coach signed a contract extension through 2030.", ("signed", ["coach"], "a contract extension")),
        ("Beijing refused to extend the truce.", ("rejected", ["Beijing"], "extend the truce")),
        ("The union declined to renew the contract.", ("rejected", ["union"], "renew the contract")),
        ("The boards unanimously approved the transaction.", ("agreed", ["boards"], "the transaction")),
        # whom the thing agreed is with; a name ends before what it is for
        (
            "Liverpool agreed a record fee with Newcastle United for striker Alexander Isak.",
            (
                "agreed",
                ["Liverpool", "Newcastle United"],
                "a record fee with Newcastle United for striker Alexander Isak",
            ),
        ),
        (
            "The Mets agreed to terms with Juan Soto on a 15-year contract.",
            ("agreed", ["Mets", "Juan Soto"], "terms with Juan Soto"),
        ),
        # verbs of making a deal, with a deal as their object
        ("Disney and Charter sealed a carriage deal.", ("agreed", ["Disney", "Charter"], "a carriage deal")),
        (
            "Israel and Hamas hammered out a tentative agreement early Sunday.",
            ("agreed", ["Israel", "Hamas"], "a tentative agreement"),
        ),
        # those who act for countries stand for them; whom the parties will ask is none
        (
            "The leaders of Armenia and Azerbaijan signed an agreement on Friday.",
            ("signed", ["Armenia", "Azerbaijan"], "an agreement"),
        ),
        (
            "Armenia and Azerbaijan agreed to ask the OSCE to dissolve the Minsk Group.",
            ("agreed", ["Armenia", "Azerbaijan"], "ask the OSCE to dissolve the Minsk Group"),
        ),
        # "the company" is the one the spokesman speaks for, not the news agency before
        (
            "Iran denied any involvement, the official Iranian news agency IRNA reported. A spokesman "
            "for the Kuwait Oil Tanker Co said the company had agreed with its insurers to reroute its vessels.",
            ("agreed", ["Kuwait Oil Tanker Co", "its insurers"], "reroute its vessels"),
        ),
        # a company's name the NER cut to its last word, filed as a nationality
        (
            "Norfolk Southern had rejected a hostile bid from Canadian Pacific in 2016.",
            ("rejected", ["Norfolk Southern"], "a hostile bid from Canadian Pacific"),
        ),
        # a deal made in a relative clause, whatever the clause around it
        (
            "The nuclear agreement that Iran signed in 2015 limited its enrichment.",
            ("signed", ["Iran"], "The nuclear agreement"),
        ),
        (
            "Jack Smith pleaded guilty. The plea deal he signed in August requires him to pay.",
            ("signed", ["Jack Smith"], "The plea deal"),
        ),
        # what came of the deal is not what was agreed
        (
            "The two companies reached a deal that ends their dispute, averting a costly trial.",
            ("agreed", ["two companies"], "a deal that ends their dispute"),
        ),
        # "it" is not the people who tell of it
        (
            "Apple reported higher sales. It rejected a takeover approach, people familiar with the matter said.",
            ("rejected", ["Apple"], "a takeover approach"),
        ),
    ],
)
def test_who_agreed_to_what(text, expected):
    [c] = agreements(text)
    assert brief(c) == expected


def test_it_after_a_deal_in_its_sentence_is_that_deal():
    text = "The cabinet approved the accord on Friday, and parliament signed off on it hours later."
    assert [brief(c) for c in agreements(text)] == [
        ("agreed", ["cabinet"], "the accord"),
        ("agreed", ["parliament"], "the accord"),
    ]


def test_a_relative_clause_set_off_after_the_deal_is_not_what_was_agreed():
    text = "Moscow rejected a proposal for a 30-day truce, which Kyiv accepted in March."
    assert [(*brief(c), c["date"]["value"]) for c in agreements(text)] == [
        ("rejected", ["Moscow"], "a proposal for a 30-day truce", "2020-10-09"),
        ("agreed", ["Kyiv"], "a 30-day truce", "2020-03"),
    ]


def test_who_reports_a_deal_is_not_part_of_what_was_agreed():
    text = "The government agreed in March to accept flights from the U.S., Richard Grenell, Trump's envoy, said at the time."
    [c] = agreements(text)
    assert (brief(c), c["speaker"]["name"]) == (
        ("agreed", ["government"], "accept flights from the U.S."),
        "Richard Grenell",
    )


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Biden, Xi agree to resume military talks", ["Biden", "Xi"]),
        ("Armenia, Azerbaijan agree to attend peace talks on Karabakh", ["Armenia", "Azerbaijan"]),
        ("U.S., Japan strike trade deal cutting tariffs to 15%", ["U.S.", "Japan"]),
        # a description in apposition is one party
        ("Apple, the iPhone maker, agreed to settle.", ["Apple"]),
    ],
)
def test_a_headlines_comma_is_an_and(text, parties):
    # a second headline, after the page's own: "Headline here" opens the text
    [c] = agreements("Headline here\n\n" + text)
    assert [p["name"] for p in c["parties"]] == parties


def test_walking_away_from_something_else_is_no_refusal():
    assert agreements("He walked away from the crash unhurt.") == []
    assert agreements("The manager signed off on the memo.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A deal reached is made, whatever the clause around it; who acts under it is bound.
        (
            "Chile will repay its debt under an agreement reached today with its lenders, the minister said.",
            ("agreed", ["its lenders", "Chile"], "an agreement", "2020-10-09"),
        ),
        # The parser hangs "signed" on the protocol's own object.
        (
            "Iran and Russia will build a pipeline under a protocol on energy signed during the visit.",
            ("signed", ["Iran", "Russia"], "a protocol on energy signed during the visit", "2020-10-09"),
        ),
        # Recognising or honouring a deal accepts it; not doing so rejects it.
        ("Taiwan said it would not recognise the agreement.", ("rejected", ["Taiwan"], "the agreement", "2020-10-09")),
        ("Iraq refused to honour the accord.", ("rejected", ["Iraq"], "honour the accord", "2020-10-09")),
        ("Both governments recognized the accord.", ("agreed", ["Both governments"], "the accord", "2020-10-09")),
        # A claim *for* something is a demand.
        (
            "The commission again ruled out claims for a cut in working hours.",
            ("rejected", ["commission"], "claims for a cut in working hours", "2020-10-09"),
        ),
        ("The union rejected the claims for damages.", ("rejected", ["union"], "the claims for damages", "2020-10-09")),
        # A deal or a transaction reported done, or completed, is signed.
        (
            "The deal between Exxon and Mobil closed on Monday.",
            ("signed", ["Exxon", "Mobil"], "The deal between Exxon and Mobil", "2020-10-05"),
        ),
        (
            "Soon-Shiong's purchase of The Times closed in June 2018.",
            ("signed", ["Soon-Shiong", "Times"], "Soon-Shiong's purchase of The Times", "2018-06"),
        ),
        (
            "Microsoft completed its $69 billion acquisition of Activision Blizzard on Friday.",
            (
                "signed",
                ["Microsoft", "Activision Blizzard"],
                "its $69 billion acquisition of Activision Blizzard",
                "2020-10-09",
            ),
        ),
        (
            "The company completed the sale of its cement unit to Holcim.",
            ("signed", ["company", "Holcim"], "the sale of its cement unit to Holcim", "2020-10-09"),
        ),
        ("The two firms closed the deal on Monday.", ("signed", ["two firms"], "the deal", "2020-10-05")),
        # "deal" read as a verb after the cue's "to" phrase is still the deal
        (
            "Israel and Hamas agreed to a ceasefire deal on Wednesday.",
            ("agreed", ["Israel", "Hamas"], "a ceasefire deal", "2020-10-07"),
        ),
        # settling with a party; a package signed off on; a sale approved
        (
            "The company settled with the SEC for $10 million.",
            ("agreed", ["company", "SEC"], "settled with the SEC for $10 million", "2020-10-09"),
        ),
        (
            "Paramount shareholders approved the sale to Skydance.",
            ("agreed", ["Paramount shareholders", "Skydance"], "the sale", "2020-10-09"),
        ),
        # A deal the text dates was made, then.
        ("Last month's accord with Iran collapsed.", ("agreed", ["Iran"], "Last month's accord with Iran", "2020-09")),
    ],
)
def test_one_agreement_read_from(text, expected):
    [c] = agreements(text)
    assert (*brief(c), c["date"]["value"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They hope for an agreement that would be signed next year.",  # still to be made
        "Any accord reached would need the approval of parliament.",
        "The court recognized his achievements.",  # not a deal
        "The ministry rejected claims that troops had fired.",  # a denial
        "The acquisition of Rockwell is expected to close in the third quarter.",  # not yet
        "The merger of the chains Kroger and Albertsons, which closed 40 stores, failed.",  # closed stores
        "Stores will close after the merger of Kroger and Albertsons.",
        "An agreement with Britain would help.",
        "The company closed the plant.",
        "Pfizer expects to complete the acquisition of Seagen next year.",
        "He has already completed a good deal of reclamation work.",  # a quantity, not a deal
        # An opinion shared, not an undertaking:
        "To varying degrees, all agreed that the proposal would raise taxes.",  # fronted "to"
        "A panel that all agreed Pence won the debate met on Monday.",  # a name is not agreed
        "Not everyone agrees on who is a terrorist.",
        # Dealing with the press (GUIDE.md: declining to comment is no agreement):
        "A spokesman for Exxon declined a request for comment on Tuesday.",
        "The senator turned down several requests for interviews.",
        "Lynch agreed to a 30-minute interview with the newspaper.",
        # Not acts reported done:
        "He flew to Geneva to sign the accord.",  # a purpose
        "The president's rationales to veto the accord do not hold.",  # what a noun is about
        "It is disqualifying for a nominee to refuse to release tax returns.",
        "He would not accept the offer if it were made.",  # a condition
        "Trump said after the convention that he was tired.",  # a time, not an object
        "The fate of trade arrangements between Britain and the EU is uncertain.",  # a kind of deal
        "Republicans refused to accept the election results.",  # results are no deal
        "He refused to sign the bill.",
        "The bank refused to extend the deadline.",  # no deal kept in force
        "Protesters blocked the road.",
        "The court blocked the plan.",  # one's own plan is no proposal
        "The coach signed a time extension form.",
        "Ford scrapped plans for an electric-vehicle plant.",  # one's own plan
        "The union called off the strike.",
        "The company terminated its chief executive.",
        # An order or declaration one authority issues alone:
        "Trump signed an executive order on Monday halting the program.",
        "Biden approved a major disaster declaration for California.",
        "The governor signed a declaration of emergency.",
        # A package a legislature passes, like a bill:
        "The House approved a $95 billion aid package for Ukraine.",
    ],
)
def test_no_agreement_in(text):
    assert agreements(text) == []


def test_a_deal_told_in_a_past_clause_of_time_is_real_under_a_future_main_clause():
    text = "Dockworkers will return to work Friday after their union and the ports reached a tentative agreement."
    [c] = agreements(text)
    assert brief(c) == ("agreed", ["their union", "ports"], "a tentative agreement")
    assert agreements("Workers will return to work after the union signs the deal.") == []


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_date():
    text = (
        "Talks collapsed last year after the rebels refused to withdraw, and the army has ruled out new negotiations."
    )
    found = agreements(text, published="2025-04-12")
    assert [(brief(c), c["date"]["source"]) for c in found] == [
        (("rejected", ["rebels"], "withdraw"), "published"),
        (("rejected", ["army"], "new negotiations"), "published"),
    ]


def test_the_companies_reporting_a_deal_are_the_pair_the_article_names():
    text = (
        "Revlon Group and MacAndrews and Forbes said they would merge. Revlon said its board approved the "
        "merger.\n\nShareholders had sued Revlon and MacAndrews.\n\nBut the companies said these lawsuits "
        "have been settled."
    )
    settled = [c for c in agreements(text) if c["action"]["text"] == "these lawsuits"]
    assert [[p["name"] for p in c["parties"]] for c in settled] == [["MacAndrews", "Revlon"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an idea or a possibility of a deal is the deal; the idea that ... is an assertion
        (
            "Moscow rejected the idea of a 30-day ceasefire proposed by Washington.",
            [("rejected", ["Moscow"], "the idea of a 30-day ceasefire proposed by Washington")],
        ),
        (
            "Israel ruled out the possibility of talks with Hamas.",
            [("rejected", ["Israel"], "the possibility of talks with Hamas")],
        ),
        ("The minister rejected the idea that the economy was weak.", []),
        ("The company ruled out the possibility of layoffs.", []),
        # a delegation pulled or recalled from talks leaves them; ads pulled from a platform do not
        ("Argentina pulled its delegation from the talks.", [("rejected", ["Argentina"], "the talks")]),
        ("Russia recalled its negotiators from the peace talks.", [("rejected", ["Russia"], "the peace talks")]),
        ("The company pulled its ads from the platform.", []),
    ],
)
def test_an_idea_of_a_deal_and_a_delegation_pulled_from_talks(text, expected):
    assert [brief(c) for c in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one signed to a deal is its other side
        (
            "Kansas City signed coach Andy Reid to a contract extension.",
            [("signed", ["Kansas City", "Andy Reid"], "a contract extension")],
        ),
        (
            "The Yankees signed Juan Soto to a 15-year contract.",
            [("signed", ["Yankees", "Juan Soto"], "a 15-year contract")],
        ),
        # how it was told is not what was agreed
        (
            "Tesla agreed to supply batteries to a Japanese automaker, without naming it.",
            [("agreed", ["Tesla"], "supply batteries to a Japanese automaker")],
        ),
        ("Tesla agreed to cut costs by selling its plant.", [("agreed", ["Tesla"], "cut costs by selling its plant")]),
    ],
)
def test_signed_to_a_deal_and_a_trailing_without(text, expected):
    assert [brief(c) for c in agreements(text)] == expected


def test_an_infinitive_under_be_is_no_act():
    assert agreements("The easiest way to save money is to terminate Elon's contracts.") == []
    assert agreements("The president is to sign the agreement on Friday.") == []


def test_a_letter_of_intent_and_a_quota_refused():
    [c] = agreements("Allegheny said it signed a letter of intent to be acquired by First Boston Corp.")
    assert brief(c)[:2] == ("signed", ["Allegheny"])
    assert agreements("She signed a letter of support.") == []
    [c] = agreements("Iraq refused to accept its quota of 1.466 mln bpd, the sources said.")
    assert brief(c) == ("rejected", ["Iraq"], "accept its quota of 1.466 mln bpd")


def test_a_deal_word_read_as_a_second_object_is_the_deals_head():
    [c] = agreements("Israel's cabinet approved the ceasefire deal early Friday.")
    assert brief(c) == ("agreed", ["Israel's cabinet"], "the ceasefire deal")


@pytest.mark.parametrize(
    "text, expected",
    [
        # who is praised or thanked for a deal made it, not the one praising
        (
            "Julie Su praised both sides for reaching an agreement.",
            [("agreed", ["both sides"], "an agreement")],
        ),
        ("The mayor thanked the union for accepting the offer.", [("agreed", ["union"], "the offer")]),
        ("The mayor was praised for signing the deal.", [("signed", ["mayor"], "the deal")]),
        # the deal agreed to, not the infinitive saying what it is for
        (
            "Israel and Hezbollah agreed on Tuesday to a U.S.- and French-brokered ceasefire to end more than a year of fighting.",
            [("agreed", ["Israel", "Hezbollah"], "a U.S.- and French-brokered ceasefire")],
        ),
        # an apposition spelling the thing out is not part of it; a number after a name is
        (
            "The 33,000 workers had rejected two previous offers, one in September and one last week.",
            [("rejected", ["33,000 workers"], "two previous offers")],
        ),
        # ... and so is an "including" list of examples
        (
            "The union had rejected two earlier offers, including one in October that workers turned down.",
            [("rejected", ["union"], "two earlier offers")],
        ),
        (
            "Members of Machinists District 751 approved the four-year deal.",
            [("agreed", ["Members of Machinists District 751"], "the four-year deal")],
        ),
    ],
)
def test_parties_praised_for_a_deal_and_what_an_action_leaves_out(text, expected):
    assert [brief(c) for c in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the noun a relative clause's object stands for is what was agreed or refused
        ("Putin has set conditions that Kyiv has rejected.", [("rejected", ["Kyiv"], "conditions")]),
        ("He backed the plan, which the Senate rejected on Monday.", [("rejected", ["Senate"], "the plan")]),
        ("The union voted on the offer that the company accepted.", [("agreed", ["company"], "the offer")]),
        # a relative "which" that stands for what was said: a denial
        ("It would amount to amnesty, which the Home Office today rejects.", []),
    ],
)
def test_what_a_relative_clause_agrees_to_or_refuses(text, expected):
    assert [brief(c) for c in agreements(text)] == expected


def test_who_was_consulted_before_a_deal_is_no_party_but_a_debate_between_two_names_them():
    text = "The prosecutor said the agreement had been reached after consultations with the victims' families."
    assert [brief(c)[1] for c in agreements(text)] == [["prosecutor"]]
    text = "Tanjug said the agreement was reached after a long debate between creditors and the delegation."
    assert [brief(c)[1] for c in agreements(text)] == [["creditors", "delegation"]]


def test_a_price_the_parser_split_off_the_offer_is_part_of_it():
    [c] = agreements("GenCorp said its board rejected a 100 dlr a share tender offer from General Partners.")
    assert brief(c) == ("rejected", ["its board"], "a 100 dlr a share tender offer from General Partners")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The European Union and Mercosur concluded negotiations on a sweeping free-trade agreement on Friday.",
            [("signed", ["European Union", "Mercosur"], "a sweeping free-trade agreement")],
        ),
        ("Britain and India concluded talks on Tuesday.", []),
        ("Britain and India entered negotiations on a trade deal.", []),
    ],
)
def test_talks_on_a_deal_concluded_make_the_deal(text, expected):
    assert [brief(c) for c in agreements(text)] == expected


def test_a_name_ending_in_a_trade_word_is_a_company_not_a_person():
    # The NER files "Meridian Terminals" as a person; "it" in what it said is then no one.
    text = (
        "Union members ratified the contract on Wednesday. The operator, Meridian Terminals, said it was"
        " pleased to have reached an agreement."
    )
    found = claims_of(text, "2025-10-30")
    assert [(c["type"], c["speaker"]["name"], c["speaker"]["kind"]) for c in found if c["speaker"]] == [
        ("statement", "Meridian Terminals", "organization"),
        ("agreement", "Meridian Terminals", "organization"),
    ]
    assert brief(found[-1]) == ("agreed", ["Meridian Terminals"], "an agreement")


def test_an_action_does_not_end_inside_a_hyphenated_word():
    # the parser splits "counter-proposal" into three objects of "rejected"
    [c] = agreements("Paxton's office rejected a counter-proposal in March.", "2024-07-30")
    assert brief(c) == ("rejected", ["Paxton's office"], "a counter-proposal")


def test_a_place_where_something_was_said_is_no_party_of_both_sides():
    text = (
        "China, US agree to slash tariffs for 90 days after Geneva talks\n\n"
        "GENEVA — The United States and China agreed on Monday to temporarily slash the steep tariffs they"
        " had imposed on each other.\n\n"
        "U.S. Treasury Secretary Scott Bessent told reporters in Geneva that both sides had agreed to a"
        " 90-day pause."
    )
    pause = next(c for c in agreements(text, "2025-05-12") if c["action"]["text"] == "a 90-day pause")
    # (the pair made the subject of the lead, by the names it gave there)
    assert [p["name"] for p in pause["parties"]] == ["United States", "China"]


def test_the_one_awarded_a_contract_is_its_party():
    [c] = agreements("OpenAI has been awarded a $200 million contract to develop tools for the Defense Department.")
    assert brief(c) == (
        "agreed",
        ["OpenAI"],
        "a $200 million contract to develop tools for the Defense Department",
    )


def test_who_signs_on_a_contract_and_an_age_standing_for_them():
    text = (
        "Real Madrid have signed defender Trent Alexander-Arnold on a six-year contract, the club announced"
        " on Friday, after the 26-year-old declined to extend his deal with Liverpool."
    )
    assert [brief(c) for c in agreements(text)] == [
        ("signed", ["Real Madrid", "Trent Alexander-Arnold"], "a six-year contract"),
        ("rejected", ["Trent Alexander-Arnold"], "extend his deal with Liverpool"),
    ]


def test_an_apposition_after_the_infinitive_is_not_what_was_agreed():
    text = (
        "Separately, Salesforce agreed to buy data management firm Informatica for about $8 billion in May, its"
        " largest deal since it acquired Slack in 2021."
    )
    [c] = agreements(text, "2025-09-02")
    assert c["action"]["text"] == "buy data management firm Informatica for about $8 billion in May"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause without "that": what was refused is the noun it hangs on
        (
            "Fed Governor Christopher Waller said last week that he would support a cut as early as July, a view"
            " Powell declined to endorse.",
            [],
        ),
        ("The plan Powell declined to endorse was drafted by Waller.", [("rejected", "The plan")]),
        # a negated perfect or a "yet" is not done yet, not refused
        ("Akazawa said the two sides had not signed a written agreement.", []),
        ("Hamas has not yet accepted the proposal.", []),
        ("Russia did not sign the declaration.", [("rejected", "the declaration")]),
    ],
)
def test_what_is_refused_and_what_is_not_yet_agreed(text, expected):
    assert [(c["status"], c["action"]["text"]) for c in agreements(text, "2025-07-23")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two sides reached a deal despite a breakdown in talks last weekend, a union official said.",
        "The union accepted the offer after a walkout on Sunday.",
    ],
)
def test_the_date_of_another_event_set_against_the_agreement_is_not_its_date(text):
    [c] = agreements(text, "1987-03-04")
    assert (c["date"]["value"], c["date"]["source"]) == ("1987-03-04", "published")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser split the subject at "far-right"; the named minister is the party
        (
            "Israel's far-right National Security Minister Itamar Ben-Gvir voted against the deal.",
            [("rejected", ["Itamar Ben-Gvir"], "the deal")],
        ),
        ("Workers voted against the proposal.", [("rejected", ["Workers"], "the proposal")]),
        ("He voted against his own party.", []),
    ],
)
def test_voting_against_a_deal_or_a_proposal_rejects_it(text, expected):
    found = agreements(text, "2024-11-27")
    assert [(c["status"], [p["name"] for p in c["parties"]], c["action"]["text"]) for c in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Members of Germany's Social Democrats voted in favor of a coalition agreement with Friedrich Merz's"
            " conservatives, the party said on Wednesday.",
            [("agreed", "a coalition agreement with Friedrich Merz's conservatives")],
        ),
        ("Workers voted for the deal.", [("agreed", "the deal")]),
        ("She voted for Trump.", []),
        (
            "About 84.6% of SPD members who took part in the online ballot backed the deal, Miersch told reporters.",
            [("agreed", "the deal")],
        ),
        ("She backed Trump.", []),
        ("The company backed away from the deal.", [("rejected", "the deal")]),
    ],
)
def test_voting_for_or_backing_a_deal_agrees_to_it(text, expected):
    assert [(c["status"], c["action"]["text"]) for c in agreements(text, "2025-04-30")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's Foreign Ministry said in a statement that it rejected the \"threat\" and that the country's"
        " courts would not be intimidated.",
        "The government dismissed the warning as propaganda.",
    ],
)
def test_rejecting_a_threat_or_a_warning_is_no_refused_deal(text):
    assert agreements(text, "2025-09-11") == []


def test_a_participle_set_off_after_the_deal_tells_how_it_came_about():
    [c] = agreements("The deal, reached after two weeks of talks in Geneva, was backed by 40 countries.", "2025-06-02")
    assert brief(c) == ("agreed", ["40 countries"], "The deal")


def test_the_two_sides_are_the_pair_made_a_subject_not_the_dateline():
    text = (
        "SOVIETS AND U.S. AGREE TO RESUME ARMS TALKS\n\nWASHINGTON, Jan 8 - The United States and the Soviet Union"
        " have agreed to resume talks on nuclear and space arms in Geneva, the State Department said today.\n\n"
        "Spokesman Charles Redman said the two sides had agreed on an agenda after three days of meetings.\n"
    )
    assert [brief(c) for c in agreements(text, "1987-01-08")] == [
        ("agreed", ["United States", "Soviet Union"], "resume talks on nuclear and space arms in Geneva"),
        ("agreed", ["United States", "Soviet Union"], "an agenda"),
    ]


def test_a_passive_clause_of_its_own_lends_no_party():
    assert [brief(c) for c in agreements("Iraq has rejected its OPEC quota since the pact was signed.")] == [
        ("rejected", ["Iraq"], "its OPEC quota")
    ]


def test_a_clause_with_a_finite_auxiliary_is_not_under_the_modal_before_it():
    text = (
        "He said the company would cut 2,000 jobs at its headquarters and had agreed to sell its stake in a Chinese"
        " distributor."
    )
    assert [brief(c) for c in agreements(text)] == [("agreed", ["company"], "sell its stake in a Chinese distributor")]


def test_the_player_signed_to_a_contract_is_its_other_side():
    text = "The Kansas City Chiefs signed tight end Travis Kelce to a one-year contract extension on Monday."
    assert [brief(c) for c in agreements(text, "2025-06-04")] == [
        ("signed", ["Kansas City Chiefs", "Travis Kelce"], "a one-year contract extension")
    ]


def test_a_past_tense_coordinated_with_a_modal_clause_is_real():
    text = (
        "Opposition leader Yoshihiko Noda said his party would not support Takaichi in the vote and rejected an offer"
        " to join talks on a broader alliance."
    )
    assert [brief(c) for c in agreements(text, "2025-06-02")] == [
        ("rejected", ["his party"], "an offer to join talks on a broader alliance")
    ]


def test_deciding_against_doing_something_is_no_refusal_of_a_deal():
    assert agreements("The moderator decided against fact-checking Trump.", "2025-06-02") == []


def test_a_refusal_coordinated_with_a_verb_of_another_form_goes_on_the_nearer_clause():
    text = (
        "Zelenskyy said Sunday he would be waiting for Vladimir Putin in Istanbul on Thursday, daring the Russian"
        " leader to meet him in person after Putin proposed direct talks but rejected European calls for an"
        " immediate 30-day ceasefire."
    )
    assert [brief(c) for c in agreements(text, "2025-05-12")] == [
        ("rejected", ["Vladimir Putin"], "European calls for an immediate 30-day ceasefire")
    ]


def test_the_two_sides_are_two_leaders_made_a_subject_not_a_ministry_and_its_country():
    text = (
        "Biden, Xi agree to resume military talks\n\nWOODSIDE, Calif. — President Joe Biden and Chinese leader Xi"
        " Jinping agreed on Wednesday to restore military-to-military communications, the White House said.\n\n"
        "In a statement, China's Ministry of Commerce said the two sides had also agreed to hold talks on trade"
        " next year.\n"
    )
    assert [brief(c)[1] for c in agreements(text, "2023-11-16")] == [["Joe Biden", "Xi Jinping"]] * 2


def test_a_date_the_ner_ran_into_the_next_phrase_still_dates_the_deal():
    [c] = agreements(
        "Starbucks and the union reached a tentative agreement in October after months of talks.", "2025-03-06"
    )
    assert brief(c) == ("agreed", ["Starbucks", "union"], "a tentative agreement")
    assert c["date"]["value"] == "2024-10"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chelsea have agreed a fee with Benfica, though the player has yet to agree personal terms.",
            [("agreed", ["Chelsea", "Benfica"], "a fee")],
        ),
        ("The two sides are yet to sign the accord.", []),
    ],
)
def test_what_is_yet_to_be_agreed_is_not_agreed(text, expected):
    assert [brief(c) for c in agreements(text, "2024-12-08")] == expected


def test_an_agreement_wanted_is_not_made():
    text = "Brazil's President Lula has said he wants the summit to agree a roadmap away from fossil fuels."
    assert agreements(text, "2025-06-20") == []


def test_the_action_ends_before_a_clause_with_a_subject_of_its_own():
    text = (
        "Ukraine's ombudsman Dmytro Lubinets said Russia and Ukraine had agreed to swap 150 prisoners each but that"
        " Moscow had not yet confirmed a date."
    )
    [c] = agreements(text, "2024-11-13")
    assert brief(c) == ("agreed", ["Russia", "Ukraine"], "swap 150 prisoners each")


def test_what_a_sale_is_of_is_what_was_sold_not_a_party():
    text = "The chairman told analysts the board had also approved the sale of the company's RKO General stations."
    assert [brief(c) for c in agreements(text, "1987-03-30")] == [
        ("agreed", ["board"], "the sale of the company's RKO General stations")
    ]
    [c] = agreements("Boeing completed the sale of Jeppesen to Thoma Bravo.", "2025-04-22")
    assert brief(c) == ("signed", ["Boeing", "Thoma Bravo"], "the sale of Jeppesen to Thoma Bravo")


def test_a_framework_reached_is_an_agreement():
    text = (
        "President Donald Trump said Wednesday that the United States and China had reached a framework for a"
        " trade deal after two days of talks in London."
    )
    [c] = agreements(text, "2025-06-11")
    assert brief(c) == ("agreed", ["United States", "China"], "a framework for a trade deal")


def test_how_an_agreement_came_about_is_not_what_was_agreed():
    text = (
        "Spotify has also agreed to pay artists more for songs streamed in audiobook bundles, following a dispute"
        " with the Mechanical Licensing Collective."
    )
    [c] = agreements(text, "2025-08-04")
    assert brief(c) == ("agreed", ["Spotify"], "pay artists more for songs streamed in audiobook bundles")


def test_a_share_of_voters_is_no_party():
    text = "Workers at GM's Oshawa plant ratified their contract on Friday, with 80% voting in favor."
    [c] = agreements(text, "2024-10-13")
    assert brief(c) == ("signed", ["Workers at GM's Oshawa plant"], "their contract")


@pytest.mark.parametrize(
    "text, expected",
    [
        # breaking a deal in force is no news of a deal made
        ("Trump said China had violated its agreement with the United States to reduce tariffs.", []),
        ("Israel said Hamas had broken the ceasefire agreement between them.", []),
        # what was agreed ends before a verb with a tense of its own
        (
            "Haddad agreed last year to cooperate with prosecutors and is expected to testify in the trial.",
            [("agreed", ["Haddad"], "cooperate with prosecutors")],
        ),
        (
            "The union agreed to end the strike and return to work.",
            [("agreed", ["union"], "end the strike and return to work")],
        ),
    ],
)
def test_deals_broken_and_clauses_of_their_own(text, expected):
    assert [brief(c) for c in agreements("Headline\n" + text)] == expected


def test_a_when_clause_on_a_date_happened_that_day():
    [c] = agreements(
        "Headline\nTalks broke down on May 19, when the union rejected the district's offer.", "2025-06-01"
    )
    assert (brief(c), c["date"]["value"]) == (("rejected", ["union"], "the district's offer"), "2025-05-19")


@pytest.mark.parametrize(
    "text, expected",
    [
        # an order one authority issues alone is no deal to block
        ("A federal judge on Tuesday blocked an executive order that would have stripped workers of their rights.", []),
        # the other side named by a description with its name in apposition
        (
            "Intel agreed in March to sell a 51% stake in Altera to private equity firm Silver Lake for $4.46 billion.",
            [
                (
                    "agreed",
                    ["Intel", "Silver Lake"],
                    "sell a 51% stake in Altera to private equity firm Silver Lake for $4.46 billion",
                )
            ],
        ),
    ],
)
def test_orders_blocked_and_buyers_described(text, expected):
    assert [brief(c) for c in agreements("Headline\n" + text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no one to have refused
        (
            "But 124 countries voted for this agreement, and none voted against it.",
            [("agreed", ["124 countries"], "this agreement")],
        ),
        ("No country rejected the plan.", []),
        # a draft put forward for signing
        (
            "The deal collapsed in February. Zelenskyy had refused to sign a draft.",
            [("rejected", ["Zelenskyy"], "sign a draft")],
        ),
    ],
)
def test_no_one_refusing_and_a_draft_refused(text, expected):
    assert [brief(c) for c in agreements("Headline\n" + text)] == expected


@pytest.mark.parametrize(
    "text, kinds",
    [
        # an offer named by what someone called it is refused, not talked about
        ('Talks stalled in April, when the union rejected what it called a "final offer."', ["agreement"]),
        # what someone called a claim is denied: a statement
        ("The ministry rejected what it called false claims.", ["statement"]),
    ],
)
def test_a_thing_rejected_by_what_someone_called_it(text, kinds):
    assert [c["type"] for c in claims_of("Headline\n" + text, "2025-06-01")] == kinds


def test_a_manner_after_with_is_no_party():
    text = "Headline\nThe minister said Chad and Niger had agreed to a truce with immediate effect."
    assert [[p["name"] for p in c["parties"]] for c in agreements(text)] == [["Chad", "Niger"]]


def test_a_deal_one_sued_to_block_is_not_refused():
    text = (
        "Headline\nThe Federal Trade Commission, which unsuccessfully sued to block Microsoft's $69 billion"
        " purchase of Activision Blizzard, declined to say whether it would review the deal."
    )
    assert agreements(text) == []


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Acme Corp has reached a settlement with thousands of former employees who sued over severance.",
            ["Acme Corp", "former employees"],
        ),
        (
            "Acme Corp signed an agreement with hundreds of workers who had sued over severance.",
            ["Acme Corp", "workers"],
        ),
    ],
)
def test_a_party_counted_by_a_number_is_the_people_counted(text, parties):
    assert [[p["name"] for p in c["parties"]] for c in agreements("Headline\n" + text)] == [parties]


def test_what_a_relative_clause_agreed_to_starts_at_the_infinitive():
    text = "Headline\nThe union demanded a pension plan, which the company agreed to restore next year."
    assert [c["action"]["text"] for c in agreements(text)] == ["restore next year"]


def test_they_in_a_clause_under_a_coordinated_subject_is_that_pair():
    text = (
        "Headline\nRussia's Defense Ministry said its forces had struck airfields.\n\nRussia and Ukraine held a"
        " second round of talks in Istanbul on June 2, where they agreed to exchange the bodies of fallen soldiers."
    )
    [found] = agreements(text)
    assert [p["name"] for p in found["parties"]] == ["Russia", "Ukraine"]
    assert (found["date"]["value"], found["date"]["text"]) == ("2020-06-02", "June 2")


def test_what_was_agreed_to_comes_before_a_later_object():
    text = (
        "Headline\nIndia and Pakistan agreed on Saturday to a ceasefire after four days of missile and drone"
        " strikes that killed dozens of people, in a deal Trump said was brokered by Washington."
    )
    assert [c["action"]["text"] for c in agreements(text)] == ["a ceasefire"]


def test_a_majority_of_people_approving_is_those_people():
    text = "Headline\nThe plan was approved by a majority of ministers, the office said in a statement."
    assert [[p["name"] for p in c["parties"]] for c in agreements(text)] == [["ministers"]]


def test_adopted_by_consensus_at_an_assembly_is_the_assemblys():
    text = "Headline\nThe accord was adopted by consensus at the World Health Assembly in Geneva."
    assert [[p["name"] for p in c["parties"]] for c in agreements(text)] == [["World Health Assembly"]]


@pytest.mark.parametrize(
    "text, action, status",
    [
        (
            "Redstone had walked away from an earlier version of the deal in June.",
            "an earlier version of the deal",
            "rejected",
        ),
        ("The two sides agreed to an extension of the ceasefire.", "an extension of the ceasefire", "agreed"),
    ],
)
def test_a_version_or_change_of_a_deal_named_with_of(text, action, status):
    assert [(c["action"]["text"], c["status"]) for c in agreements("Headline\n" + text)] == [(action, status)]


@pytest.mark.parametrize(
    "text",
    [
        "A Supreme Court judge rejected an appeal by the drugmaker's rival last month.",
        "The court rejected the motion to dismiss the case.",
    ],
)
def test_a_court_rejecting_a_filing_rules_it_refuses_no_deal(text):
    assert agreements("Headline\n" + text) == []


def test_a_deal_reported_in_a_clause_hung_on_a_noun_is_what_the_clause_says():
    text = "Headline\nNvidia declined to comment on reports that it had agreed to invest up to $100 billion in OpenAI."
    assert [(c["action"]["text"], [p["name"] for p in c["parties"]]) for c in agreements(text)] == [
        ("invest up to $100 billion in OpenAI", ["Nvidia"])
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The company has offered a 2% annual raise, which the union rejected as inadequate.",
            [("rejected", "a 2% annual raise", ["union"])],
        ),
        (
            "The company has offered a 2% annual raise, which the union accepted on Friday.",
            [("agreed", "a 2% annual raise", ["union"])],
        ),
        # welcoming is no cue of agreement, offered or not
        ("The ministry proposed new rules, which the industry welcomed.", []),
    ],
)
def test_what_was_offered_is_a_proposal_a_relative_clause_takes_or_leaves(text, expected):
    found = agreements("Headline\n" + text)
    assert [(c["status"], c["action"]["text"], [p["name"] for p in c["parties"]]) for c in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela's government rejected the decision as racist in a statement on Tuesday.",
        "The family rejected the verdict and said it would appeal.",
    ],
)
def test_rejecting_what_was_decided_is_disagreeing_not_a_refused_deal(text):
    assert agreements("Headline\n" + text) == []


def test_a_party_named_in_the_possessive_is_named_without_its_mark():
    text = "Headline\nAlaska Air Group agreed on Monday to buy Spirit Airlines' routes in Florida, the companies said."
    assert [[p["name"] for p in c["parties"]] for c in agreements(text)] == [["Alaska Air Group", "Spirit Airlines"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause with no relative word: the noun is its object
        (
            "Officials said the troops would leave only once the mines were cleared, a condition the rebels have"
            " rejected.",
            [("rejected", ["rebels"], "a condition")],
        ),
        # an arrangement a side is asked to accept (lexicons/proposal_nouns.txt)
        (
            "Thailand has refused to accept third-party monitoring of the border, an official said.",
            [("rejected", ["Thailand"], "accept third-party monitoring of the border")],
        ),
    ],
)
def test_what_a_side_refuses(text, expected):
    assert [brief(c) for c in agreements(text)] == expected


def test_a_name_ends_before_the_word_that_opens_a_clause():
    [a] = agreements("The foreign minister wrote on Facebook that Budapest rejected the plan.")
    assert [p["name"] for p in a["parties"]] == ["Budapest"]


def test_a_refusal_recommended_is_the_recommenders():
    [a] = agreements("Two proxy advisers, ISS and Glass Lewis, had recommended that shareholders reject the package.")
    assert brief(a) == ("rejected", ["ISS", "Glass Lewis"], "the package")


def test_an_acceptance_pressed_for_is_none():
    text = "Zelensky said Ukraine faced a difficult moment as Washington pressed Kyiv to accept a 28-point plan."
    assert agreements(text) == []


def test_the_date_cut_from_an_action_takes_its_part_of_the_day():
    [a] = agreements(
        "Pakistan and Afghanistan agreed to an immediate ceasefire early on Sunday following talks in Doha."
    )
    assert a["action"]["text"] == "an immediate ceasefire"
    assert a["date"]["value"] == "2020-10-04"


def test_a_name_read_into_the_action_is_the_next_clauses_subject():
    text = (
        "Under the deal, both sides agreed to withdraw heavy weapons from the frontier and Thailand committed to"
        " releasing 18 soldiers."
    )
    assert [a["action"]["text"] for a in agreements(text)][0] == "withdraw heavy weapons from the frontier"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day it was turned down is not what was
        (
            "The union said it had offered to end the strike if the government raised pay, an offer ministers"
            " turned down on Tuesday.",
            [("ministers", "rejected", "an offer")],
        ),
        (
            "The union said it had offered to end the strike, a proposal the company rejected on Friday.",
            [("company", "rejected", "a proposal")],
        ),
        ("The rebels proposed a truce. It was a plan the army rejected on Monday.", [("army", "rejected", "a plan")]),
        (
            "The union made a final offer, which the company turned down on Friday.",
            [("company", "rejected", "a final offer")],
        ),
    ],
)
def test_a_proposal_turned_down_on_a_day(text, expected):
    found = [(c["parties"][0]["name"], c["status"], c["action"]["text"]) for c in agreements("Headline\n" + text)]
    assert found == expected


def test_what_a_which_agreed_to_stands_for_is_the_action():
    text = "WADA had asked the court to increase Sinner's three-month suspension, which he agreed to in February 2025."
    [c] = agreements(text)
    assert (c["status"], c["action"]["text"], c["date"]["value"]) == (
        "agreed",
        "Sinner's three-month suspension",
        "2025-02",
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stated intent not to take part in talks refuses them
        (
            "The government said it would not take part in talks proposed by the United States until the rebels"
            " withdrew.",
            [("rejected", "take part in talks proposed by the United States")],
        ),
        ("The opposition will not join the talks, its leader said.", [("rejected", "join the talks")]),
        ("The union will not return to talks until the company drops its demands.", [("rejected", "return to talks")]),
        ("The opposition boycotted the negotiations on Monday.", [("rejected", "the negotiations")]),
        (
            "The government refused to take part in talks proposed by the United States.",
            [("rejected", "take part in talks proposed by the United States")],
        ),
        # talks attended, or not, are talks held: no agreement or refusal
        ("Both delegations attended the talks in Cairo.", []),
        ("The foreign minister did not attend the Geneva talks.", []),
        ("She will not join the board.", []),
    ],
)
def test_refusing_to_take_part_in_talks(text, expected):
    assert [(c["status"], c["action"]["text"]) for c in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ready to reach a deal both sides make is not yet having one
        ('"We remain ready to reach agreements," a spokesperson said.', []),
        ("The company said it was prepared to strike a deal with the union.", []),
        # ready to accept one side's offer is accepting it
        ("The union said it was ready to accept the offer.", [("agreed", "the offer")]),
        # a verb with a modal of its own is out of reach of the willingness before it
        (
            "The Kremlin said it was willing to continue talks but would not accept a ceasefire before a settlement.",
            [("rejected", "a ceasefire")],
        ),
    ],
)
def test_readiness_to_reach_a_deal_is_no_agreement(text, expected):
    assert [(c["status"], c["action"]["text"]) for c in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # walking away from an offer refuses it; the one who offered it is no party
        (
            "Workers United said Starbucks had walked away from a proposal to bring in a federal mediator.",
            [("rejected", ["Starbucks"], "a proposal to bring in a federal mediator")],
        ),
        ("The union walked away from the company's offer on Friday.", [("rejected", ["union"], "the company's offer")]),
        ("The minister withdrew from the race.", []),
    ],
)
def test_walking_away_from_a_proposal_refuses_it(text, expected):
    assert [(c["status"], [p["name"] for p in c["parties"]], c["action"]["text"]) for c in agreements(text)] == expected


def test_the_two_who_report_both_sides_are_not_the_sides():
    text = (
        "Pakistan and Afghanistan agreed on Friday to extend a ceasefire, mediators said. Pakistan's defense minister"
        " said the truce was fragile.\n\nTurkey and Qatar, which brokered the talks, said in a joint statement that"
        " both sides had agreed to set up a monitoring mechanism."
    )
    assert [[p["name"] for p in c["parties"]] for c in agreements(text)] == [
        ["Pakistan", "Afghanistan"],
        ["Pakistan", "Afghanistan"],
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pledge to reach an agreement, or nearness to one, is none yet
        ('"We remain committed to reaching an agreement," the airline said.', []),
        ("The two parties committed to reaching a deal by the end of the year.", []),
        ("The sides are close to reaching a deal on the border, officials said.", []),
        # one reached still counts beside a pledge
        (
            "The company agreed to sell its stake and committed to keeping jobs in the city.",
            [("agreed", ["company"], "sell its stake")],
        ),
    ],
)
def test_a_pledge_or_nearness_to_an_agreement_is_none(text, expected):
    assert [(c["status"], [p["name"] for p in c["parties"]], c["action"]["text"]) for c in agreements(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause of time in the present stands for a future or for any time
        ('"Announcing a summit before the other side agrees to it is a gamble," said Bonnie Glaser.', []),
        ("The truce takes effect once both sides have signed the accord.", []),
        # in the past it reports an act
        ("The strike ended when the union accepted the offer on Friday.", [("agreed", ["union"], "the offer")]),
    ],
)
def test_a_present_clause_of_time_is_no_agreement_yet(text, expected):
    assert [(c["status"], [p["name"] for p in c["parties"]], c["action"]["text"]) for c in agreements(text)] == expected
