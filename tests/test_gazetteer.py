"""Tests for the hand-written gazetteer and its lookup functions."""

from collections import defaultdict

import pytest

from claimcheck import gazetteer as g
from claimcheck.gazetteer import (
    CAPITALS,
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYM_ALIASES,
    OFFICE_HEADS,
    ORG_ALIASES,
    ORG_HEADS,
    OUTLET_ALIASES,
    OUTLET_DOMAINS,
    OUTLETS,
    PLACES,
    country_of,
    demonym_of,
    is_place,
    org_key,
    outlet_from_domain,
    outlet_name,
)

# --- countries -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Türkiye", "Türkiye"),
        ("Turkey", "Türkiye"),
        ("Turkiye", "Türkiye"),
        ("Republic of Türkiye", "Türkiye"),
        ("TURKEY", "Türkiye"),
        ("USA", "United States"),
        ("U.S.", "United States"),
        ("United States of America", "United States"),
        ("Britain", "United Kingdom"),
        ("U.K.", "United Kingdom"),
        ("Republic of Azerbaijan", "Azerbaijan"),
        ("Russian Federation", "Russia"),
        ("Islamic Republic of Iran", "Iran"),
        ("Czech Republic", "Czechia"),
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Cote d’Ivoire", "Côte d'Ivoire"),
        ("Burma", "Myanmar"),
        ("DPRK", "North Korea"),
        ("ROK", "South Korea"),
        ("the Netherlands", "Netherlands"),
        ("Holland", "Netherlands"),
        ("Republic of China", "Taiwan"),
        ("Kingdom of Bahrain", "Bahrain"),
        ("St. Lucia", "Saint Lucia"),
        ("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
    ],
)
def test_country_of_names_and_aliases(text, expected):
    assert country_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijani", "Azerbaijan"),
        ("Azeri", "Azerbaijan"),
        ("Turkish", "Türkiye"),
        ("American", "United States"),
        ("British", "United Kingdom"),
        ("Emirati", "United Arab Emirates"),
        ("Dutch", "Netherlands"),
        ("Filipino", "Philippines"),
        ("Philippine", "Philippines"),
        ("Saudi", "Saudi Arabia"),
        ("Kazakhstani", "Kazakhstan"),
        ("Nepalese", "Nepal"),
        ("Azerbaijanis", "Azerbaijan"),
    ],
)
def test_country_of_demonyms(text, expected):
    assert country_of(text) == expected


@pytest.mark.parametrize("text", ["Azerbaijan’s", "Azerbaijan's", "the Azerbaijan's"])
def test_country_of_possessive(text):
    assert country_of(text) == "Azerbaijan"


def test_country_of_plural_possessive():
    assert country_of("Philippines'") == "Philippines"


@pytest.mark.parametrize("text", ["turkey", "chad", "us", "Us", "", "Karabakh", "John Smith"])
def test_country_of_rejects_words_regions_and_people(text):
    assert country_of(text) is None


def test_shared_demonym_resolves_to_nothing():
    assert sorted(g.AMBIGUOUS_DEMONYMS) == ["Congolese", "Dominican"]
    assert country_of("Congolese") is None
    assert demonym_of("DR Congo") == "Congolese"


def test_demonym_of():
    assert demonym_of("Azerbaijan") == "Azerbaijani"
    assert demonym_of("Turkey") == "Turkish"
    assert demonym_of("US") == "American"
    assert demonym_of("UK") == "British"
    assert demonym_of("Narnia") is None


def test_country_table_is_complete():
    # 193 UN member states plus Kosovo, Palestine, Taiwan and Vatican City.
    assert len(COUNTRIES) == len(g._COUNTRY_ROWS) == 197
    assert set(CAPITALS) == set(COUNTRIES)
    assert set(CAPITALS.values()) <= PLACES


def test_alias_values_are_canonical_countries():
    assert set(COUNTRY_ALIASES.values()) <= set(COUNTRIES)
    assert set(DEMONYM_ALIASES.values()) <= set(COUNTRIES)
    assert not set(COUNTRY_ALIASES) & set(COUNTRIES)


def test_no_alias_maps_to_two_countries():
    # Compare on the folded key the lookups really use, across all tables.
    targets: dict[str, set[str]] = defaultdict(set)
    pairs = [(name, name) for name in COUNTRIES]
    pairs += list(COUNTRY_ALIASES.items()) + list(DEMONYM_ALIASES.items())
    pairs += [(dem, name) for name, dem in COUNTRIES.items()]
    for key, value in pairs:
        targets[g._fold(key)].add(value)
    clashes = {key for key, values in targets.items() if len(values) > 1}
    assert clashes == {g._fold(dem) for dem in g.AMBIGUOUS_DEMONYMS}


# --- places ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Baku",
        "Brussels",
        "Mons",
        "Shusha’s",
        "Khankendi",
        "the South Caucasus",
        "Caspian Sea",
        "St Petersburg",
        "The Hague",
        "Nagorno Karabakh",
        "Turkey",
        "US",
        "Republic of Azerbaijan",
    ],
)
def test_is_place_true(text):
    assert is_place(text)


@pytest.mark.parametrize("text", ["baku", "Turkish", "John Smith", "Hikmet Hasanov", ""])
def test_is_place_false(text):
    assert not is_place(text)


# --- outlets ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("redaktion@caucasuswatch.de", "Caucasus Watch"),
        ("Editor <news@azertag.az>", "AZERTAC"),
        ("www.trend.az", "Trend"),
        ("en.trend.az", "Trend"),
        ("https://apnews.com/article/x", "AP"),
        ("HTTPS://WWW.Reuters.com/world/", "Reuters"),
        ("apnews.com/article/x", "AP"),
        ("interfax.com.ua", "Interfax-Ukraine"),
        ("interfax.com", "Interfax"),
        ("english.news.cn", "Xinhua"),
        ("example.com", None),
        ("co.uk", None),
        ("", None),
    ],
)
def test_outlet_from_domain(text, expected):
    assert outlet_from_domain(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Associated Press", "AP"),
        ("the Associated Press", "AP"),
        ("AP", "AP"),
        ("Azertac", "AZERTAC"),
        ("AZERTAC", "AZERTAC"),
        ("Anadolu", "Anadolu Agency"),
        ("AA", "Anadolu Agency"),
        ("Trend", "Trend"),
        ("Report.az", "Report"),
        ("Press Trust of India", "PTI"),
        ("Reuters'", "Reuters"),
        ("the Guardian", "The Guardian"),
        ("trend", None),
        ("Ap", None),
        ("Sana", None),
        ("Tass", "TASS"),
        ("Unknown Gazette", None),
    ],
)
def test_outlet_name(text, expected):
    assert outlet_name(text) == expected


def test_outlet_tables_point_at_outlets():
    assert set(OUTLET_ALIASES.values()) == OUTLETS
    assert set(OUTLET_DOMAINS.values()) <= OUTLETS
    assert all(domain == domain.lower() for domain in OUTLET_DOMAINS)


# --- organisations ---------------------------------------------------------


def test_org_key_landcom_equivalence():
    keys = {
        org_key(name)
        for name in (
            "LANDCOM",
            "Allied Land Command",
            "NATO Allied Land Command",
            "the Allied Land Command",
            "NATO's Allied Land Command",
        )
    }
    assert keys == {"Allied Land Command"}


def test_org_key_international_military_staff():
    assert org_key("NATO International Military Staff") == "International Military Staff"
    assert org_key("the International Military Staff") == "International Military Staff"
    assert org_key("IMS") == "International Military Staff"


def test_org_key_aliases_and_fallback():
    assert org_key("NATO") == "North Atlantic Treaty Organization"
    assert org_key("Nato's") == "North Atlantic Treaty Organization"
    assert org_key("the Pentagon") == "US Department of Defense"
    assert org_key("ISIL") == org_key("Daesh") == "Islamic State"
    assert org_key("NATO JFC Naples") == "Allied Joint Force Command Naples"
    # Unknown names: leading "the" dropped, whitespace normalised, case kept.
    assert org_key("  the   Ministry of Defence ") == "Ministry of Defence"
    # Acronyms are case-sensitive: "who" is not the World Health Organization.
    assert org_key("who") == "who"


def test_org_aliases_are_not_canonical_names_of_other_bodies():
    canon = {name for name, _ in g._ORG_ROWS}
    for alias, target in ORG_ALIASES.items():
        assert alias not in canon or alias == target


# --- vocabulary ------------------------------------------------------------


def test_head_word_sets_are_lowercase():
    for words in (OFFICE_HEADS, ORG_HEADS, g.MILITARY_RANKS):
        assert all(word == word.lower() for word in words)
    assert {"minister", "secretary-general", "mp", "ceo"} <= OFFICE_HEADS
    assert {"command", "staff", "ministry", "cemetery"} <= ORG_HEADS
    assert {"Mr", "Dr", "Sheikh", "President"} <= g.PERSON_TITLES_BEFORE_NAME
