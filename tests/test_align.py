"""Alignment and severity: for each kind of clash one pair that must be major, and one
paraphrase or form variant that must not be flagged (or only as info)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.align import compare_dates, compare_event, compare_offices, compare_quotes
from claimcheck.models import Event
from claimcheck.settings import Settings
from extract_helpers import run


def compare(tmp_path: Path, *bodies: str, published: tuple[str, ...] = ()) -> Event:
    files = {}
    for number, body in enumerate(bodies):
        date = published[number] if number < len(published) else "2024-05-16"
        claims = run(tmp_path, body, published=date, name=f"a{number}")
        files[claims.article.id] = claims
    event = Event(id="e", title="e", date=None, articles=sorted(files))
    return compare_event(event, files, Settings(corpus=tmp_path))


def flagged(event: Event, *severities: str) -> list:
    return [f for f in event.findings if f.type == "discrepancy" and f.severity in severities]


def majors(event: Event) -> list:
    return flagged(event, "major")


def values_of(finding) -> set[str]:
    return set(finding.values.values())


def both_ways(compare, a, b):
    """`compare(a, b)`, checked to be what `compare(b, a)` says too."""
    forward = compare(a, b)
    assert compare(b, a) == forward, (a, b)
    return forward


MEETING = (
    "BELGRADE, May 15. Serbian Defence Minister Bratislav Gasic met with Major General "
    "Anders Holm, the Commander of the Nordic Battlegroup, on May 14."
)


# --- dates ---------------------------------------------------------------------------------


def test_other_meeting_date_is_major(tmp_path):
    event = compare(tmp_path, MEETING, MEETING.replace("on May 14", "on May 12"))
    found = majors(event)
    assert len(found) == 1 and found[0].slot == "date"
    assert values_of(found[0]) == {"2024-05-14 (May 14)", "2024-05-12 (May 12)"}


def test_weekday_that_is_the_same_day_is_not_a_clash(tmp_path):
    other = MEETING.replace("on May 14", "on Tuesday")
    event = compare(tmp_path, MEETING, other, published=("2024-05-15", "2024-05-15"))
    assert flagged(event, "major", "minor") == []


def test_morning_in_or_on_is_the_same_time():
    assert (
        compare_dates(("2024-05-02", "--05-02", "May 2"), ("2024-05-02", "--05-02", "May 2"))
        is None
    )


# --- numbers -------------------------------------------------------------------------------

DRILL = "More than 300 servicemen from six countries took part in the drills, the ministry said."


def test_other_number_is_major(tmp_path):
    event = compare(tmp_path, DRILL, DRILL.replace("300", "350"))
    found = majors(event)
    assert [f.slot for f in found] == ["number"]
    assert any("300" in v for v in values_of(found[0]))
    assert any("350" in v for v in values_of(found[0]))


def test_other_qualifier_is_minor(tmp_path):
    event = compare(
        tmp_path,
        "Up to 250 representatives of the army took part in the events abroad.",
        "Around 250 representatives of the army took part in the events abroad.",
    )
    assert [(f.severity, f.slot) for f in flagged(event, "major", "minor")] == [("minor", "number")]


def test_same_figure_in_other_words_is_agreement(tmp_path):
    event = compare(
        tmp_path,
        "More than 300 servicemen took part in the drills.",
        "Over 300 servicemen joined the drills near the border.",
    )
    assert flagged(event, "major", "minor") == []


def test_figures_published_at_different_times_say_so(tmp_path):
    event = compare(
        tmp_path,
        "The earthquake killed at least 275 people, officials said.",
        "The earthquake killed at least 288 people, officials said.",
        published=("2024-05-12", "2024-05-14"),
    )
    found = majors(event)
    assert found and "2024-05-12" in found[0].summary and "2024-05-14" in found[0].summary


# --- people, ranks, offices -----------------------------------------------------------------


def test_other_participant_is_major(tmp_path):
    event = compare(tmp_path, MEETING, MEETING.replace("Anders Holm", "Erik Lund"))
    found = majors(event)
    assert found and found[0].slot == "person"
    assert values_of(found[0]) == {"Anders Holm", "Erik Lund"}


def test_spelling_variant_is_info(tmp_path):
    event = compare(
        tmp_path,
        "Interior Minister Ali Yerlikaya met with General Janusz Kowalczyk.",
        "Interior Minister Ali Yerlikaya met with General Janush Kovalchyk.",
    )
    assert flagged(event, "major", "minor") == []


def test_other_rank_is_major(tmp_path):
    event = compare(tmp_path, MEETING, MEETING.replace("Major General", "Brigadier General"))
    found = majors(event)
    assert [f.slot for f in found] == ["rank"]
    assert values_of(found[0]) == {"Major General", "Brigadier General"}


def test_abbreviated_rank_is_at_most_info(tmp_path):
    event = compare(tmp_path, MEETING, MEETING.replace("Major General", "Maj. Gen."))
    assert flagged(event, "major", "minor") == []


def test_other_office_is_major(tmp_path):
    event = compare(tmp_path, MEETING, MEETING.replace("Commander of", "Deputy Commander of"))
    assert [f.slot for f in majors(event)] == ["office"]


def test_office_named_more_fully_is_not_major():
    assert compare_offices("Defence Minister", "Minister of Defence of Serbia") in {None, "info"}
    assert compare_offices("First Deputy Defense Minister", "First Deputy Minister of Defense") in {
        None,
        "info",
    }
    assert compare_offices(
        "Chief of Staff of NATO LANDCOM", "Chief of Staff of Allied Land Command"
    ) in {None, "info"}


def test_office_with_other_organisation_is_major():
    assert (
        compare_offices(
            "Chief of Staff of Allied Land Command", "Chief of Staff of Allied Maritime Command"
        )
        == "major"
    )


def test_other_nationality_is_major(tmp_path):
    base = "Defence Minister Hanno Pevkur met with the Polish guest, General Jan Nowak."
    event = compare(tmp_path, base, base.replace("Polish", "Czech"))
    assert [f.slot for f in majors(event)] == ["nationality"]


# --- places and organisations ---------------------------------------------------------------


def test_other_visit_place_is_major(tmp_path):
    base = (
        "General Anders Holm met Minister Bratislav Gasic.\n\nThe guest then visited the "
        "Military Academy in Belgrade."
    )
    event = compare(tmp_path, base, base.replace("in Belgrade", "in Nis"))
    found = majors(event)
    assert found and {"Belgrade", "Nis"} <= {w for v in values_of(found[0]) for w in v.split()}


def test_other_organisation_in_a_statement_is_major(tmp_path):
    base = (
        "General Anders Holm met Minister Bratislav Gasic.\n\nDuring the meeting, it was noted "
        "that cooperation within the Partnership for Peace programme is of special importance."
    )
    event = compare(tmp_path, base, base.replace("Partnership for Peace", "Mediterranean Dialogue"))
    assert len(majors(event)) == 1


def test_paraphrase_of_reported_speech_is_agreement(tmp_path):
    one = (
        "General Anders Holm met Minister Bratislav Gasic.\n\nDuring the meeting, it was noted "
        "that military cooperation is particularly important within the Partnership for "
        "Peace framework."
    )
    two = (
        "General Anders Holm met Minister Bratislav Gasic.\n\nIt was noted that military "
        "cooperation is of special importance within the framework of the Partnership for "
        "Peace."
    )
    event = compare(tmp_path, one, two)
    assert flagged(event, "major", "minor") == []
    agreed = [f for f in event.findings if f.type == "agreement" and f.kind == "statement"]
    assert agreed


def test_expressed_satisfaction_paraphrase_aligns(tmp_path):
    one = "General Anders Holm expressed his satisfaction with the positive results."
    two = (
        "General Anders Holm expressed satisfaction with the positive results achieved in "
        "this field."
    )
    event = compare(tmp_path, one, two)
    assert [f.type for f in event.findings if f.kind == "statement"] == ["agreement"]


# --- quotations ----------------------------------------------------------------------------


def test_quote_with_a_changed_word_is_major(tmp_path):
    base = 'Minister Bratislav Gasic said: "Our border is safe and our army is ready."'
    event = compare(tmp_path, base, base.replace("is ready", "is tired"))
    assert [f.slot for f in majors(event)] == ["quote"]


def test_quote_with_negation_is_major():
    assert compare_quotes("We will send troops", "We will not send troops") == "major"


def test_quote_in_other_words_is_minor():
    assert (
        compare_quotes(
            "We are ready to continue our cooperation with all partners",
            "Our country is prepared to keep cooperating with its partners",
        )
        == "minor"
    )


def test_quoted_and_unquoted_same_words_are_not_a_clash(tmp_path):
    one = 'Minister Bratislav Gasic noted that Serbia "always stands by its friends".'
    two = "Minister Bratislav Gasic noted that Serbia always stands by its friends."
    event = compare(tmp_path, one, two)
    assert flagged(event, "major", "minor") == []


# --- omissions -----------------------------------------------------------------------------


def test_fact_one_outlet_leaves_out_is_an_omission(tmp_path):
    extra = "\n\nThe guest also visited the Military Academy."
    event = compare(tmp_path, MEETING + extra, MEETING)
    omitted = [f for f in event.findings if f.type == "omission" and f.kind == "visit"]
    assert omitted and omitted[0].missing_from == ["a1"]


def test_article_published_before_the_happening_does_not_omit_it(tmp_path):
    later = MEETING + "\n\nOn May 20, the guest visited the Military Academy."
    event = compare(tmp_path, later, MEETING, published=("2024-05-21", "2024-05-15"))
    omitted = [f for f in event.findings if f.type == "omission" and f.kind == "visit"]
    assert omitted == [] or all("a1" not in f.missing_from for f in omitted)


def test_identical_articles_agree_on_everything(tmp_path):
    event = compare(tmp_path, MEETING, MEETING)
    assert {f.type for f in event.findings} == {"agreement"}
    assert event.consistency == 1.0


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_findings_do_not_depend_on_article_order(tmp_path, order):
    bodies = [MEETING, MEETING.replace("on May 14", "on May 12"), DRILL]
    files = {}
    for number in order:
        claims = run(tmp_path, bodies[number], name=f"a{number}")
        files[claims.article.id] = claims
    event = Event(id="e", title="e", date=None, articles=list(files))
    result = compare_event(event, files, Settings(corpus=tmp_path))
    baseline = compare(tmp_path / "x" if False else tmp_path, *bodies)
    assert [f.model_dump() for f in result.findings] == [f.model_dump() for f in baseline.findings]


# --- one fact changed in a copy: exactly one clash ----------------------------------------

VISIT = (
    "BELGRADE, May 15. Serbian Defence Minister Bratislav Gasic met with Major General Anders "
    "Holm, the Commander of the Nordic Battlegroup, on May 14.\n\n"
    "Major General Holm expressed his satisfaction with the results of the joint exercise.\n\n"
    "The guest also visited the Military Academy and laid a wreath at the memorial."
)


def test_other_speaker_named_is_one_major(tmp_path):
    changed = VISIT.replace("Major General Holm expressed", "Major General Lund expressed")
    event = compare(tmp_path, VISIT, changed)
    found = flagged(event, "major", "minor")
    assert [(f.severity, f.slot) for f in found] == [("major", "person")]
    assert {"Anders Holm", "Lund"} <= {v.split(" / ")[0] for v in values_of(found[0])} | {
        v.split()[-1] for v in values_of(found[0])
    }


def test_rank_changed_in_a_later_mention_is_one_major(tmp_path):
    changed = VISIT.replace("Major General Holm expressed", "Brigadier General Holm expressed")
    event = compare(tmp_path, VISIT, changed)
    found = flagged(event, "major", "minor")
    assert [f.slot for f in found] == ["rank"]
    assert any("Brigadier General" in v for v in values_of(found[0]))


def test_guest_resolved_by_title_follows_the_changed_name_without_new_clashes(tmp_path):
    changed = VISIT.replace("Anders Holm", "Erik Lund")
    event = compare(tmp_path, VISIT, changed)
    found = flagged(event, "major", "minor")
    assert [f.slot for f in found] == ["person"]


def test_quote_given_in_part_is_info():
    whole = "We are rebuilding the liberated lands. Mines are the main obstacle for us."
    assert compare_quotes(whole, "Mines are the main obstacle for us") == "info"


# --- blocking: every pair a scorer would align is a candidate ---------------------------------


def _variants(kind: str, count: int, seed: int) -> list:
    """Facts of one kind made from a seed claim, with random words, families, dates and
    speakers from small pools, so that many of them overlap by a little or by a lot."""
    import random

    from claimcheck.align import Fact
    from claimcheck.corpus import read_article
    from claimcheck.extract.article import extract

    rng = random.Random(seed)
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    settings = Settings(corpus=corpus)
    template = next(
        c
        for path in sorted(corpus.glob("*.txt"))
        for c in extract(read_article(path, corpus, settings), settings).claims
        if c.kind == kind
    )
    words = [f"word{k}" for k in range(14)]
    facts = []
    for index in range(count):
        chosen = rng.sample(words, rng.randrange(1, 9))
        day = rng.choice([None, "2024-03-05", "2024-03-06"])
        update = {
            "id": f"c{index}",
            "topic": chosen,
            "value": " ".join(chosen),
            "family": rng.choice(["say", "note", "praise", "express_satisfaction", "stress"]),
            "date": day,
            "month_day": ("--" + day[5:]) if day else rng.choice([None, "--03-05"]),
            "date_precision": "day" if day else None,
        }
        claim = template.model_copy(update=update)
        subject = rng.choice(["p1", "p2", None])
        facts.append(Fact(article=f"a{index % 9}", claim=claim, subject=subject, object=None))
    return facts


@pytest.mark.parametrize("kind", ["statement", "event"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocking_keeps_every_pair_that_can_align(kind, seed):
    from claimcheck.align import SCORERS, _candidate_pairs

    facts = _variants(kind, 90, seed)
    settings = Settings(corpus=Path("."))
    candidates = set(_candidate_pairs(facts, settings))
    scorer = SCORERS[kind]
    aligned = {
        (i, j)
        for i in range(len(facts))
        for j in range(i + 1, len(facts))
        if scorer(facts[i], facts[j], settings) > 0
    }
    assert len(aligned) > 50
    assert aligned <= candidates
    assert len(candidates) < len(facts) * (len(facts) - 1) // 2  # not every pair


SPEAKER_BY_TITLE = (
    "ANKARA, June 3. Turkish Chief of General Staff General Metin Gurak received Lieutenant "
    "General Roberto Vannacci, Chief of Staff of the EU Military Staff, on June 2.\n\n"
    "President Recep Tayyip Erdogan, the Commander-in-Chief of the Turkish Armed Forces, "
    "sent greetings to the visitors.\n\n"
    "Speaking about regional security, the Chief of Staff of the EU Military Staff stressed "
    "the value of joint training missions in the Mediterranean."
)


def test_speaker_known_by_another_office_is_one_major(tmp_path):
    changed = SPEAKER_BY_TITLE.replace(
        "the Chief of Staff of the EU Military Staff stressed",
        "the Commander of the EU Military Staff stressed",
    )
    event = compare(tmp_path, SPEAKER_BY_TITLE, changed)
    found = flagged(event, "major", "minor")
    assert [(f.severity, f.slot) for f in found] == [("major", "office")]
    assert values_of(found[0]) == {
        "the Chief of Staff of the EU Military Staff",
        "the Commander of the EU Military Staff",
    }


def test_speaker_office_worded_otherwise_is_no_clash(tmp_path):
    changed = SPEAKER_BY_TITLE.replace(
        "the Chief of Staff of the EU Military Staff stressed",
        "the EU Military Staff Chief of Staff stressed",
    )
    assert flagged(compare(tmp_path, SPEAKER_BY_TITLE, changed), "major", "minor") == []


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        ("the Chief of Staff of the NATO LANDCOM", "the Commander of the NATO LANDCOM", True),
        ("the defense minister", "the deputy defense minister", True),
        ("the Director of the Border Service", "the Commander of the Border Service", True),
        ("the Defense Minister", "the Minister of Defense", False),
        ("the Turkish defense minister", "the defense minister", False),
        ("the commander", "the NATO commander", False),
        ("the minister", "the president", False),
        ("the visiting minister", "the minister", False),
    ],
)
def test_which_titles_name_another_office(a, b, other):
    from claimcheck.align import _other_office

    assert both_ways(_other_office, a, b) is other


@pytest.mark.parametrize(
    ("a", "b", "severity"),
    [
        ("Moscow", "Ankara", "major"),
        ("Defense Ministry", "General Staff", "major"),
        ("Georgia", "Armenia", "major"),
        ("Moscow", "Azerbaijan", "major"),  # a capital is in its own country only
        ("Great Hall of the People, Beijing", "Shanghai", "major"),  # a building's city
        ("Great Hall of the People, Beijing", "Great Hall of the People, Shanghai", "major"),
        ("Great Hall of the People, Beijing", "Beijing", "info"),
        ("Baku", "Azerbaijani capital", "info"),
        ("Kyiv", "Kiev", "info"),
        ("Defense Ministry", "ministry", "info"),
        # a place and a narrower one in it, or a city whose country is not known: no clash
        ("Baku", "Azerbaijan", None),
        ("Baku", "Defense Ministry", None),
        ("Antalya", "Turkey", None),
    ],
)
def test_places_of_one_meeting(a, b, severity):
    from claimcheck.align import compare_places

    assert both_ways(compare_places, a, b) == severity


PLACED = (
    "ANKARA, May 14. Turkish Foreign Minister Hakan Fidan met with his Russian counterpart "
    "Sergey Lavrov in Moscow on May 13.\n\nThe ministers discussed the grain corridor."
)


def test_a_meeting_in_another_city_is_one_major(tmp_path):
    event = compare(tmp_path, PLACED, PLACED.replace("in Moscow", "in Sochi"))
    found = flagged(event, "major", "minor")
    assert [(f.severity, f.slot) for f in found] == [("major", "place")]
    assert values_of(found[0]) == {"Moscow", "Sochi"}


def test_a_city_and_a_building_are_no_clash(tmp_path):
    other = PLACED.replace("in Moscow", "at the Foreign Ministry mansion")
    assert flagged(compare(tmp_path, PLACED, other), "major", "minor") == []
    capital = PLACED.replace("in Moscow", "in the Russian capital")
    assert flagged(compare(tmp_path, PLACED, capital), "major", "minor") == []


@pytest.mark.parametrize(
    ("a", "b", "severity"),
    [
        ("Our security is Turkey's security.", "Our security is Türkiye's security", None),
        ("We will not give up our position", "We won't give up our position", None),
        ("It is not over for the alliance", "It isn’t over for the alliance", None),
        ("We cannot accept these terms at all", "We can't accept these terms at all", None),
        ("We cannot accept these terms at all", "We can accept these terms at all", "major"),
        ("Our security is Turkey's security.", "Our security is Russia's security", "major"),
    ],
)  # fmt: skip
def test_quotations_read_countries_and_contractions_alike(a, b, severity):
    assert both_ways(compare_quotes, a, b) == severity


VOTE = (
    "TBILISI, May 14. Georgia's parliament on Tuesday passed the bill in its third reading.\n\n"
    "{votes}\n\nInterior Ministry spokesman Giorgi Tsiklauri said police had detained 13 people."
)


def test_votes_for_and_against_align_however_written(tmp_path):
    bodies = [
        VOTE.format(votes="The bill was approved by 84 votes to 30."),
        VOTE.format(votes="The bill passed with 84 lawmakers voting in favor and 30 against."),
        VOTE.format(votes="A total of 84 deputies voted for the bill, while 30 voted against."),
    ]
    event = compare(tmp_path, *bodies)
    assert flagged(event, "major", "minor") == []
    quantities = [f for f in event.findings if f.kind == "quantity"]
    assert {f.type for f in quantities} == {"agreement"}
    changed = bodies[1].replace("and 30 against", "and 31 against")
    found = flagged(compare(tmp_path, bodies[0], changed, bodies[2]), "major", "minor")
    assert [(f.severity, f.slot) for f in found] == [("major", "number")]
    assert {"30", "31"} <= {v.split()[-1] for v in values_of(found[0])} | values_of(found[0])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Defence Minister", "National Defense Minister"),
        ("Chief of General Staff", "Chief of the General Staff of the Turkish Armed Forces"),
        ("Chief of Staff", "Chief of Staff of the EU Military Staff"),
    ],
)
def test_an_office_named_more_fully_is_minor(a, b):
    assert both_ways(compare_offices, a, b) == "minor"


def test_a_person_named_by_one_outlet_and_titled_by_another_is_no_name_change():
    from claimcheck.align import substitution

    said = "{} said the two countries would hold joint drills in October"
    assert substitution(said.format("Guler"), said.format("The Turkish minister")) is None
    assert substitution(said.format("Guler"), said.format("the spokesman")) is None
    # a name swapped for another name still is one
    assert substitution(said.format("Guler"), said.format("Hasanov")) == ("Guler", "Hasanov")
