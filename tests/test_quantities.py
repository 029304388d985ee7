"""Tests for claimcheck.extract.quantities.

Every sentence here is invented, written in the house style of one agency or another
(Reuters, AP, Bloomberg, TASS, Trend, AZERTAC, Anadolu, PTI).
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extract.quantities import (
    NUMBER_WORDS,
    QUALIFIERS,
    QuantityMention,
    find_quantities,
)


def only(sentence: str) -> QuantityMention:
    """The single mention in ``sentence`` (fails if there is not exactly one)."""
    found = find_quantities(sentence)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def by_text(sentence: str, text: str) -> QuantityMention:
    """The mention whose surface text is ``text``."""
    found = [m for m in find_quantities(sentence) if m.text == text]
    assert found, [m.text for m in find_quantities(sentence)]
    return found[0]


# --- API shape ------------------------------------------------------------------------------


def test_mention_is_frozen_dataclass_with_slots():
    m = only("Police detained 12 protesters, Anadolu reported.")
    assert dataclasses.is_dataclass(m)
    assert not hasattr(m, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.number = 3.0  # type: ignore[misc]


def test_offsets_slice_back_to_text():
    s = "Up to 250 delegates from 14 countries attended, Trend reports."
    for m in find_quantities(s):
        assert s[m.start : m.end] == m.text


def test_mentions_are_sorted_and_disjoint():
    s = "Some 300 people gathered, 40 were detained and 2 officers were hurt, AP said."
    found = find_quantities(s)
    assert [m.number for m in found] == [300.0, 40.0, 2.0]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_number_words_exported():
    assert NUMBER_WORDS["forty"] == 40
    assert NUMBER_WORDS["ninety"] == 90
    assert NUMBER_WORDS["crore"] == 10_000_000
    assert NUMBER_WORDS["dozen"] == 12


@pytest.mark.parametrize(
    "sentence",
    [
        "",
        "The minister held talks with his Georgian counterpart in Tbilisi.",
        "Officials said the decision was final and would not be revisited.",
    ],
)
def test_sentence_without_digit_or_number_word_yields_nothing(sentence):
    assert find_quantities(sentence) == []


def test_non_string_input_yields_nothing():
    assert find_quantities(None) == []  # type: ignore[arg-type]


# --- Digits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "number_text"),
    [
        ("Candidate A received 2,300 votes, the commission said.", 2300.0, "2,300"),
        ("The ministry counted 2\u00a0300 votes in the district.", 2300.0, "2\u00a0300"),
        ("Observers counted 2\u2009300 votes, TASS reported.", 2300.0, "2\u2009300"),
        ("The party has 1 000 000 members nationwide.", 1e6, "1 000 000"),
        ("Sales rose 4.6 percent in the quarter.", 4.6, "4.6"),
        ("The index fell 2.300 points, a record.", 2.3, "2.300"),
        ("Relief reached 1,50,000 families in Assam, PTI said.", 150000.0, "1,50,000"),
    ],
)
def test_digit_groups_and_decimals(sentence, number, number_text):
    m = only(sentence)
    assert m.number == number
    assert m.number_text == number_text


def test_negative_number():
    m = only("The economy shrank by -3.2% in the second quarter, Reuters reported.")
    assert (m.number, m.unit, m.text) == (-3.2, "%", "-3.2%")


# --- Number words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "counts"),
    [
        ("Forty people were evacuated from the building.", 40.0, "people"),
        ("Rescuers pulled ninety-nine miners to safety, AP said.", 99.0, "miner"),
        ("The convoy carried two hundred and fifty soldiers.", 250.0, "soldier"),
        ("A dozen journalists were accredited for the summit.", 12.0, "journalist"),
        ("Twenty five observers monitored the vote, AZERTAC reports.", 25.0, "observer"),
        ("One senior official said the talks had stalled.", 1.0, "official"),
    ],
)
def test_number_words(sentence, number, counts):
    m = only(sentence)
    assert (m.number, m.counts) == (number, counts)


@pytest.mark.parametrize(
    ("sentence", "number", "scale"),
    [
        ("Half a million tourists visited the region last year.", 500000.0, "million"),
        ("Two million voters are registered, Anadolu Agency reported.", 2e6, "million"),
        ("A million barrels were shipped in the first week.", 1e6, "million"),
    ],
)
def test_number_words_with_scale(sentence, number, scale):
    m = only(sentence)
    assert (m.number, m.scale_text) == (number, scale)


@pytest.mark.parametrize(
    "sentence",
    [
        "One of the military units was redeployed to the border.",
        "He is the one who signed the decree, Trend reports.",
        "No one was available for comment.",
        "No-one claimed responsibility for the blast.",
        "On the one hand, the talks were frank.",
        "The two met on the sidelines of the summit.",
        "Two of them were later released.",
        "The race is part of the Formula One calendar.",
        "Historians call it the twenty-first century's worst crisis.",
        "Dozens of people gathered outside the court.",
        "Hundreds of residents fled, and thousands of others stayed.",
    ],
)
def test_pronoun_and_vague_number_words_are_not_quantities(sentence):
    assert find_quantities(sentence) == []


# --- Qualifiers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("over", "more_than"),
        ("more than", "more_than"),
        ("above", "more_than"),
        ("at least", "at_least"),
        ("no fewer than", "at_least"),
        ("no less than", "at_least"),
        ("a minimum of", "at_least"),
        ("up to", "at_most"),
        ("as many as", "at_most"),
        ("a maximum of", "at_most"),
        ("fewer than", "less_than"),
        ("less than", "less_than"),
        ("under", "less_than"),
        ("below", "less_than"),
        ("about", "about"),
        ("around", "about"),
        ("some", "about"),
        ("roughly", "about"),
        ("approximately", "about"),
        ("approx.", "about"),
        ("an estimated", "about"),
        ("circa", "about"),
        ("~", "about"),
        ("nearly", "nearly"),
        ("almost", "nearly"),
        ("close to", "nearly"),
        ("just under", "nearly"),
        ("exactly", "exact"),
    ],
)
def test_qualifier_before_number(phrase, qualifier):
    sentence = f"The exercise involved {phrase} 250 troops, the ministry said."
    m = only(sentence)
    assert (m.number, m.qualifier, m.qualifier_text) == (250.0, qualifier, phrase)
    assert m.text == f"{phrase} 250 troops"
    assert QUALIFIERS[phrase] == qualifier


def test_no_qualifier_is_exact():
    m = only("The exercise involved 250 troops.")
    assert (m.qualifier, m.qualifier_text) == ("exact", None)


def test_capitalised_qualifier_at_sentence_start():
    m = only("More than 40 personnel took part in the drills, Trend reports.")
    assert (m.qualifier, m.qualifier_text, m.text) == (
        "more_than",
        "More than",
        "More than 40 personnel",
    )


@pytest.mark.parametrize(
    ("sentence", "qualifier", "qualifier_text"),
    [
        ("Officials expect 40 or more delegations.", "at_least", "or more"),
        ("The queue held 250 or so people.", "about", "or so"),
        ("The festival drew 40+ bands.", "at_least", "+"),
    ],
)
def test_qualifier_after_number(sentence, qualifier, qualifier_text):
    m = only(sentence)
    assert (m.qualifier, m.qualifier_text) == (qualifier, qualifier_text)


# --- Money ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "unit", "number_text", "scale"),
    [
        ("Microsoft will pay $68.7 billion for the games maker, Bloomberg reported.",
         68.7e9, "USD", "$68.7 billion", "billion"),
        ("The lender approved a US$5 million credit line.", 5e6, "USD", "US$5 million", "million"),
        ("The bloc pledged €3bn to the fund.", 3e9, "EUR", "€3bn", "bn"),
        ("Tickets cost £200 each.", 200.0, "GBP", "£200", None),
        ("The state will spend Rs 615 crore on the project, PTI reported.",
         6.15e9, "INR", "Rs 615 crore", "crore"),
        ("The scheme costs Rs.500 crore.", 5e9, "INR", "Rs.500 crore", "crore"),
        ("The outlay was ₹1,200 crore.", 1.2e10, "INR", "₹1,200 crore", "crore"),
        ("Each family gets INR 30 lakh.", 3e6, "INR", "INR 30 lakh", "lakh"),
        ("The plan is worth Rs 2 lakh crore.", 2e12, "INR", "Rs 2 lakh crore", "lakh crore"),
        ("The fund received 5 million manats, Trend reports.", 5e6, "AZN", "5 million", "million"),
        ("The budget allocates AZN 20 million to the programme.",
         2e7, "AZN", "AZN 20 million", "million"),
        ("Revenue reached 1.2 trillion rubles, TASS reported.",
         1.2e12, "RUB", "1.2 trillion", "trillion"),
        ("The deficit stood at 68.7 bln rubles, TASS said.", 68.7e9, "RUB", "68.7 bln", "bln"),
        ("Exports brought in 2.5bn dollars.", 2.5e9, "USD", "2.5bn", "bn"),
        ("The bond raised 500 million lira.", 5e8, "TRY", "500 million", "million"),
        ("Regulators imposed a $2bn fine.", 2e9, "USD", "$2bn", "bn"),
    ],
)  # fmt: skip
def test_money(sentence, number, unit, number_text, scale):
    m = only(sentence)
    assert (m.number, m.unit, m.number_text, m.scale_text) == (number, unit, number_text, scale)


@pytest.mark.parametrize("rate", ["a share", "per share"])
def test_price_per_share_counts_share(rate):
    m = only(f"Activision holders will receive $95 {rate} in cash, Reuters reported.")
    assert (m.number, m.unit, m.counts) == (95.0, "USD", "share")
    assert m.text == f"$95 {rate}"


def test_scale_without_currency():
    m = only("The country expects 3 mn tourists this year.")
    assert (m.number, m.unit, m.scale_text, m.counts) == (3e6, None, "mn", "tourist")


# --- Percentages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Inflation slowed to 12% in May, the central bank said.", "12%"),
        ("Inflation slowed to 12 percent, Reuters reported.", "12 percent"),
        ("Inflation slowed to 12 per cent, PTI reported.", "12 per cent"),
        ("The rate was cut by 12 percentage points.", "12 percentage points"),
        ("The gap narrowed by 12 pp.", "12 pp"),
    ],
)
def test_percent_forms(sentence, text):
    m = only(sentence)
    assert (m.number, m.unit, m.text) == (12.0, "%", text)


def test_percent_of_counts_what_is_measured():
    m = only("The ruling party won 52% of the vote, the commission said.")
    assert (m.counts, m.text) == ("vote", "52% of the vote")


# --- Clock times and durations --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "timezone", "text"),
    [
        ("The tremor was felt at 6:04 pm IST, PTI reported.", 1084.0, "IST", "6:04 pm IST"),
        ("Trading resumed (1234 GMT) after a halt, Reuters said.", 754.0, "GMT", "1234 GMT"),
        ("The meeting opened at 10:33 am.", 633.0, None, "10:33 am"),
        ("Polls closed at 14:30 local time.", 870.0, "local", "14:30 local time"),
        ("The strike began at 10.33 a.m. Baku time.", 633.0, "Baku", "10.33 a.m. Baku time"),
        ("Voting ends at 1430 hrs IST.", 870.0, "IST", "1430 hrs IST"),
        ("Sirens sounded at 6 pm.", 1080.0, None, "6 pm"),
        ("The talks began at 14:00 GMT+4.", 840.0, "GMT+4", "14:00 GMT+4"),
        ("Midnight is written 12 a.m.", 0.0, None, "12 a.m."),
    ],
)
def test_clock_times(sentence, number, timezone, text):
    m = only(sentence)
    assert (m.unit, m.number, m.timezone, m.text) == ("clock", number, timezone, text)


@pytest.mark.parametrize(
    ("sentence", "seconds"),
    [
        ("Kipchoge won in 2:00:35, AP reported.", 7235.0),
        ("She clocked 2:05.3 in the heat.", 125.3),
        ("The siege lasted 3 hours.", 10800.0),
        ("Talks lasted 45 minutes.", 2700.0),
        ("The blackout lasted three hours.", 10800.0),
    ],
)
def test_exact_durations_are_seconds(sentence, seconds):
    m = only(sentence)
    assert (m.unit, m.number) == ("duration", seconds)


@pytest.mark.parametrize(
    ("sentence", "number", "unit"),
    [
        ("He was jailed for two years, Anadolu reported.", 2.0, "year"),
        ("The visit will last 5 days.", 5.0, "day"),
        ("The ceasefire held for six weeks.", 6.0, "week"),
    ],
)
def test_calendar_durations_keep_their_unit(sentence, number, unit):
    m = only(sentence)
    assert (m.number, m.unit) == (number, unit)


@pytest.mark.parametrize(
    "sentence", ["A 45-year-old man was detained, police said.", "The driver, aged 45, was held."]
)
def test_ages(sentence):
    m = only(sentence)
    assert (m.number, m.unit, m.counts) == (45.0, "year", "age")


# --- Distances, magnitudes, other units -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "unit"),
    [
        ("The epicentre was 120 km north of the capital.", 120.0, "km"),
        ("The convoy travelled 10 kilometres.", 10.0, "km"),
        ("The road is 5km long.", 5.0, "km"),
        ("Winds reached 120 km/h.", 120.0, "km/h"),
        ("The harvest reached 3 million tonnes.", 3e6, "t"),
        ("Temperatures hit 45 degrees Celsius.", 45.0, "C"),
        ("The field produces 11 bcm a year.", 11e9, "m3"),
        ("The pipeline carries 11 billion cubic metres of gas.", 11e9, "m3"),
    ],
)
def test_physical_units(sentence, number, unit):
    m = only(sentence)
    assert (m.number, m.unit) == (number, unit)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("A magnitude 6.1 earthquake struck the coast.", "magnitude 6.1 earthquake"),
        ("A 6.1-magnitude quake shook the city.", "6.1-magnitude quake"),
        ("The tremor measured 6.1 on the Richter scale.", "6.1 on the Richter scale"),
        ("The USGS reported an M6.1 event offshore.", "M6.1"),
    ],
)
def test_magnitudes(sentence, text):
    m = only(sentence)
    assert (m.number, m.unit, m.text) == (6.1, "magnitude", text)


def test_magnitude_counts_earthquake():
    assert only("A magnitude 6.1 earthquake struck.").counts == "earthquake"


# --- What is counted ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "counts", "counts_text"),
    [
        ("The army took part in 146 international events abroad.", "event",
         "international events"),
        ("Over 40 personnel from the Azerbaijan Army attended.", "personnel",
         "personnel from the Azerbaijan Army"),
        ("Up to 250 representatives attended the forum.", "representative", "representatives"),
        ("Only 1 representative attended.", "representative", "representative"),
        ("The opposition won 12 seats in parliament.", "seat", "seats"),
        ("The company has 40,000 staff.", "staff", "staff"),
        ("Ankara sent 40 Turkish soldiers to the exercise.", "soldier", "Turkish soldiers"),
        ("Some 3,000 troops were deployed, AP said.", "troop", "troops"),
        ("The unit includes 120 servicemen.", "serviceman", "servicemen"),
        ("The court heard 5 members of parliament.", "member", "members of parliament"),
        ("Two armed men were arrested.", "man", "armed men"),
        ("Investors bought 2 million shares.", "share", "shares"),
        ("Dhaka recorded 300 new cases on Monday.", "case", "new cases"),
        ("The plane carried 150 persons.", "people", "persons"),
    ],
)  # fmt: skip
def test_counted_noun(sentence, counts, counts_text):
    m = only(sentence)
    assert (m.counts, m.counts_text) == (counts, counts_text)


def test_counted_noun_text_included_in_mention_text():
    m = only("Up to 250 representatives attended the forum.")
    assert m.text == "Up to 250 representatives"


def test_singular_and_plural_share_a_key():
    one = only("One representative signed.").counts
    many = only("Ten representatives signed.").counts
    assert one == many == "representative"


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The blast killed at least 40 people, Reuters reported.", "dead"),
        ("At least 175 people were killed in the clashes.", "dead"),
        ("40 people died in the fire, AP said.", "dead"),
        ("The quake left 40 dead.", "dead"),
        ("The death toll rose to 288 on Sunday.", "dead"),
        ("The number of victims rose to 45.", "dead"),
        ("The storm claimed the lives of 3,000 people.", "dead"),
        ("Five soldiers were killed in the ambush.", "dead"),
        ("The attack killed three and wounded ten.", "dead"),
        ("The train crash left 288 dead, injuring 900.", "dead"),
        ("Police said 900 were injured.", "injured"),
        ("The blast injured 12 bystanders.", "injured"),
        ("Doctors treated 30 wounded.", "injured"),
    ],
)
def test_tolls_are_decided_by_the_predicate(sentence, counts):
    assert find_quantities(sentence)[0].counts == counts


def test_injuring_after_death_toll():
    found = find_quantities("The train crash left 288 dead, injuring 900.")
    assert [(m.number, m.counts) for m in found] == [(288.0, "dead"), (900.0, "injured")]


# --- Ranges and changes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "low", "high", "text"),
    [
        ("Between 20 and 25 people were hurt.", 20.0, 25.0, "Between 20 and 25 people"),
        ("Police detained 20-25 people.", 20.0, 25.0, "20-25 people"),
        ("The talks lasted two to three hours.", 7200.0, 10800.0, "two to three hours"),
        ("Officials expect five or six people.", 5.0, 6.0, "five or six people"),
        ("The deal is worth $5-6 billion.", 5e9, 6e9, "$5-6 billion"),
        ("Inflation is seen at 10%-15%.", 10.0, 15.0, "10%-15%"),
        ("The bill is $5 million to $6 million.", 5e6, 6e6, "$5 million to $6 million"),
    ],
)
def test_ranges_are_one_mention_with_number_high(sentence, low, high, text):
    m = only(sentence)
    assert (m.number, m.number_high, m.text) == (low, high, text)


def test_non_range_has_no_number_high():
    assert only("Police detained 20 people.").number_high is None


@pytest.mark.parametrize(
    "sentence", ["Qarabag won 3-1 at home.", "The match ended 2-2.", "The court ruled 7-2."]
)
def test_scores_are_not_ranges(sentence):
    assert find_quantities(sentence) == []


def test_from_to_is_two_mentions_sharing_the_unit():
    found = find_quantities("Unemployment rose from 20 to 25 percent.")
    assert [(m.number, m.unit) for m in found] == [(20.0, "%"), (25.0, "%")]


def test_from_to_shares_the_scale_when_the_first_is_smaller():
    found = find_quantities("Output rose from 5 to 6 million tonnes.")
    assert [(m.number, m.unit) for m in found] == [(5e6, "t"), (6e6, "t")]


# --- Not quantities -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The law was adopted in 2019.",
        "Relations have grown since 1997.",
        "The accord was signed on March 9, 2023.",
        "The minister arrived on 9 March.",
        "Talks were held on March 5 in Baku.",
        "BAKU, Azerbaijan, December 9. The minister said so.",
        "The forum runs 5-7 March.",
        "The stamp reads 2023-03-09.",
        "The report is dated 09.03.2023.",
        "The club won the 2022-23 season title.",
        "Prices fell in mid-2019.",
        "The talks resumed on the 9th.",
        "It marks the 16th edition of the forum.",
        "The 20th anniversary was celebrated.",
        "The 2019 election was disputed.",
        "He attended the 2022 World Cup.",
        "The 1990s were turbulent.",
    ],
)
def test_dates_years_and_ordinals_are_not_quantities(sentence):
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The council adopted Resolution 2231 unanimously.",
        "Investigators studied flight MH17 data.",
        "Allies invoked Article 5 of the treaty.",
        "The order was listed as No. 3.",
        "An Su-25 jet was shot down.",
        "The F-16 fleet was grounded.",
        "COVID-19 restrictions were lifted.",
        "The G20 summit opened in Delhi.",
        "The airline ordered an A320 jet.",
        "The firm bought a Boeing 737 jet.",
        "See page 12 of the report.",
        "Operators rolled out 5G networks.",
        "The hotline works 24/7.",
        "For details call +994 12 555 01 02.",
        "More at www.example.az/news/123 today.",
        "Users should update to v2.1.3 now.",
        "The code 0412 was used.",
    ],
)
def test_identifiers_codes_and_urls_are_not_quantities(sentence):
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("A total of 1500 servicemen took part.", 1500.0),
        ("Candidate B received 2000 votes.", 2000.0),
    ],
)
def test_year_like_numbers_counting_plurals_are_quantities(sentence, number):
    assert only(sentence).number == number


# --- Robustness -----------------------------------------------------------------------------

_FRAGMENTS = [
    "$", "US$", "Rs", "Rs.", "€", "£", "million", "bn", "crore", "lakh", "-", "–", ":", ".",
    ",", " ", "\u00a0", "GMT", "pm", "a.m.", "March", "May", "one", "of", "two", "hundred",
    "and", "a", "dozen", "half", "%", "per cent", "killed", "toll", "people", "from", "to",
    "between", "over", "up to", "0", "1", "9", "12", "2019", "1234", "2:00:35", "6:04", "M",
    "magnitude", "km", "-year-old", "aged", "+", "~", "or more", "(", "/", "www.", "@",
    "Oğuz", "İ", "٣", "１",
]  # fmt: skip

_TEXTS = (
    st.text(max_size=80)
    | st.lists(st.sampled_from(_FRAGMENTS), max_size=16).map("".join)
    | st.lists(st.sampled_from(_FRAGMENTS), max_size=16).map(" ".join)
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_never_raises_and_offsets_hold(text):
    found = find_quantities(text)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start < m.end
        assert m.qualifier in {
            "exact", "more_than", "at_least", "less_than", "at_most", "about", "nearly"
        }  # fmt: skip
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
