"""Extraction rules, one behaviour each, on invented wire copy in several agencies' styles."""

from __future__ import annotations

import pytest

from extract_helpers import entity, meetings, name_of, of_kind, person_named, run, statements

# --- meetings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Georgian Defence Minister Irakli Chikovani met with Brigadier General Anna "
            "Kowalska, the commander of the Polish contingent, in Tbilisi.",
            ("Irakli Chikovani", "Anna Kowalska"),
        ),
        (
            "Lieutenant General Pieter van Dam met Colonel Giorgi Beridze on the sidelines "
            "of the exercise.",
            ("Pieter van Dam", "Giorgi Beridze"),
        ),
        (
            "Kazakh Foreign Minister Murat Nurtleu held a meeting with Ambassador Lars "
            "Lindqvist in Astana.",
            ("Murat Nurtleu", "Lars Lindqvist"),
        ),
        (
            "Uzbek President Shavkat Mirziyoyev received Chinese Vice Premier Ding Xuexiang "
            "at the Kuksaroy residence.",
            ("Shavkat Mirziyoyev", "Ding Xuexiang"),
        ),
        (
            "Kazakh Prime Minister Olzhas Bektenov was received by Russian President "
            "Vladimir Putin at the Kremlin.",
            ("Vladimir Putin", "Olzhas Bektenov"),
        ),
        (
            "Turkish Foreign Minister Hakan Fidan held talks with his Hungarian counterpart "
            "Peter Szijjarto in Ankara.",
            ("Hakan Fidan", "Peter Szijjarto"),
        ),
        (
            "Moldovan Interior Minister Ana Revenco met with the delegation led by Major "
            "General Tomas Novak, who is on a working visit to Chisinau.",
            ("Ana Revenco", "Tomas Novak"),
        ),
        (
            "The meeting between Foreign Minister Ramil Guliyev and his Hungarian counterpart "
            "Istvan Kovacs took place in Budapest on Monday.",
            ("Ramil Guliyev", "Istvan Kovacs"),
        ),
        (
            "Talks between Elnur Rzayev and Batbayar Ganbold were held in Ulaanbaatar on "
            "Wednesday.",
            ("Elnur Rzayev", "Batbayar Ganbold"),
        ),
        (
            "Defence Minister Ion Popa met with the delegation headed by NATO Assistant "
            "Secretary General for Defence Investment Jens Holm.",
            ("Ion Popa", "Jens Holm"),
        ),
    ],
)
def test_meeting_forms(tmp_path, body, pair):
    assert pair in meetings(run(tmp_path, body))


def test_two_people_who_discussed_met(tmp_path):
    body = (
        "Armenian Foreign Minister Ararat Mirzoyan met with Foreign Minister Jeyhun Bayramov "
        "in Almaty.\n\nMirzoyan and Bayramov discussed the text of the peace treaty."
    )
    claims = run(tmp_path, body)
    assert ("Ararat Mirzoyan", "Jeyhun Bayramov") in meetings(claims)
    assert ("the sides", "the text of the peace treaty") in statements(claims, "discuss")


def test_same_day_meeting_takes_the_date_in_force(tmp_path):
    body = (
        "On May 14, Lithuanian Defence Minister Laurynas Kasciunas met with Rear Admiral "
        "Jan Kowalczyk.\n\nOn the same day, Colonel Tomas Petrauskas met with Jan Kowalczyk."
    )
    claims = run(tmp_path, body)
    dates = {(name_of(claims, c.subject), c.date) for c in of_kind(claims, "meeting")}
    assert dates == {("Laurynas Kasciunas", "2024-05-14"), ("Tomas Petrauskas", "2024-05-14")}


def test_date_after_the_verb_is_the_meetings(tmp_path):
    claims = run(
        tmp_path,
        "Czech Prime Minister Petr Fiala met Slovak Prime Minister Robert Fico in Prague on "
        "Monday.",
        published="2024-05-16",
    )
    assert [c.date for c in of_kind(claims, "meeting")] == ["2024-05-13"]


def test_weekday_on_publication_day_is_that_day(tmp_path):
    claims = run(
        tmp_path,
        "Serbian President Aleksandar Vucic on Thursday met with French President Emmanuel Macron.",
        published="2024-05-16",
    )
    meeting = of_kind(claims, "meeting")[0]
    assert (meeting.date, meeting.date_precision) == ("2024-05-16", "weekday")


def test_meeting_without_a_date_stays_undated(tmp_path):
    claims = run(tmp_path, "General Tomasz Piotrowski met with Admiral Rob Bauer in Brussels.")
    assert [c.date for c in of_kind(claims, "meeting")] == [None]


def test_year_less_date_without_publication_keeps_month_and_day(tmp_path):
    claims = run(
        tmp_path,
        "On April 2, Colonel General Arkadiy Petrov met with Major General Lin Wei.",
        published=None,
    )
    meeting = of_kind(claims, "meeting")[0]
    assert (meeting.date, meeting.month_day, meeting.date_precision) == (None, "--04-02", "partial")


def test_meeting_place_from_was_held_at(tmp_path):
    body = (
        "Defence Minister Hanno Pevkur met with General Christopher Cavoli.\n\n"
        "The meeting was held at the Ministry of Defence."
    )
    claims = run(tmp_path, body)
    assert "Ministry of Defence" in {c.place for c in of_kind(claims, "meeting")}


# --- people: ranks, offices, nationality, coreference ---------------------------------------


def test_rank_name_and_office_after_the_name(tmp_path):
    claims = run(
        tmp_path,
        "Lt-Gen Henrik Sorensen, the Chief of Staff of the Danish Defence Command, met with "
        "Colonel Jonas Berg.",
    )
    person = person_named(claims, "Henrik Sorensen")
    assert person.rank == "Lieutenant General"
    assert person.rank_original == "Lt-Gen"
    assert "Chief of Staff of the Danish Defence Command" in person.roles


@pytest.mark.parametrize(
    ("body", "pair", "office"),
    [
        (
            "On March 3, Tomas Lindqvist, the Minister of Defence of Sweden, met with Colonel "
            "Jonas Berg in Stockholm.",
            ("Tomas Lindqvist", "Jonas Berg"),
            "Minister of Defence of Sweden",
        ),
        (
            "Nodira Ergasheva, Uzbekistan's deputy energy minister, received Kamil Demir, the "
            "chairman of the Turkish grid operator, in Tashkent on Tuesday.",
            ("Nodira Ergasheva", "Kamil Demir"),
            None,
        ),
        (
            "Kenji Tanaka, Japan's chief trade negotiator, held talks with Ilze Berzina on "
            "Monday, Kyodo reported.",
            ("Kenji Tanaka", "Ilze Berzina"),
            None,
        ),
    ],
)
def test_a_name_before_its_office_is_a_person(tmp_path, body, pair, office):
    claims = run(tmp_path, body)
    assert pair in meetings(claims)
    if office:
        person = person_named(claims, pair[0])
        assert office in person.roles


@pytest.mark.parametrize(
    "body",
    [
        "In Baku, the Azerbaijani defence minister received the guests on Monday.",
        "The United Nations, whose secretary general spoke on Monday, welcomed the deal.",
        "NATO Supreme Headquarters Allied Powers Europe, held talks with Commander Orkhan "
        "Ismayilov in Baku.",
        "Meanwhile, the Foreign Minister said the talks were useful.",
        "Baku Port, the minister said, handled more cargo.",
    ],
)
def test_places_bodies_and_openers_before_an_office_are_no_people(tmp_path, body):
    names = {e.name for e in run(tmp_path, body).entities if e.type == "person"}
    assert not names & {"In Baku", "Baku", "The United", "United Nations", "Powers Europe",
                        "Allied Powers Europe", "Meanwhile", "Baku Port"}  # fmt: skip


def test_office_before_the_name(tmp_path):
    claims = run(
        tmp_path,
        "Minister of Defence of the Republic of Estonia, Hanno Pevkur, met with Vice Admiral "
        "Didier Maurin.",
    )
    person = person_named(claims, "Hanno Pevkur")
    assert "Minister of Defence of the Republic of Estonia" in person.roles
    assert person.nationality == "Estonia"


def test_rank_and_office_become_role_claims(tmp_path):
    claims = run(
        tmp_path,
        "Maj. Gen. Ivo Kask, commander of the Estonian Defence Forces, met with "
        "Rear Adm. Piotr Nowak.",
    )
    roles = {(name_of(claims, c.subject), c.predicate, c.value) for c in of_kind(claims, "role")}
    assert ("Ivo Kask", "rank", "Major General") in roles
    assert ("Piotr Nowak", "rank", "Rear Admiral") in roles


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        ("Okafor noted the progress made in border security.", "Chidi Okafor"),
        ("C. Okafor noted the progress made in border security.", "Chidi Okafor"),
        ("The minister noted the progress made in border security.", "Chidi Okafor"),
        ("The Nigerian minister noted the progress made in border security.", "Chidi Okafor"),
        ("He noted the progress made in border security.", "Chidi Okafor"),
        ("The guest noted the progress made in border security.", "Amara Diallo"),
        ("The visiting official noted the progress made in border security.", "Amara Diallo"),
    ],
)
def test_coreference_forms(tmp_path, later, speaker):
    body = (
        "ABUJA, May 10. Nigerian Interior Minister Chidi Okafor met with Amara Diallo, the "
        f"Secretary General of the Regional Border Commission.\n\n{later}"
    )
    claims = run(tmp_path, body)
    assert (speaker, "the progress made in border security") in statements(claims, "note")


def test_title_alone_never_picks_a_deputy(tmp_path):
    body = (
        "Deputy Defence Minister Karl Berg met with General Ole Strand.\n\n"
        "The defence minister stressed the role of the alliance."
    )
    claims = run(tmp_path, body)
    speakers = {name_of(claims, c.subject) for c in of_kind(claims, "statement")}
    assert "Karl Berg" not in speakers


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        # the title names a body: only an office of that body answers to it
        ("The Commander of the EU Naval Force stressed the role of the alliance.", None),
        ("The Chief of Staff of the EU Naval Force stressed the role of the alliance.", "Ana Ruiz"),
        ("The French President stressed the role of the alliance.", "Emmanuel Macron"),
        # a bare office says too little to differ: `Minister` answers to any minister
        ("The Defence Minister stressed the role of the alliance.", "Lukas Meyer"),
    ],
)
def test_a_title_naming_a_body_is_an_office_of_that_body(tmp_path, later, speaker):
    body = (
        "PARIS, April 2. Minister Lukas Meyer met with Rear Admiral Ana Ruiz, Chief of Staff "
        "of the EU Naval Force, on April 1.\n\nPresident Emmanuel Macron, the "
        "Commander-in-Chief of the French Armed Forces, greeted the delegations.\n\n"
        f"{later}"
    )
    claims = run(tmp_path, body)
    said = [c for c in of_kind(claims, "statement") if "alliance" in (c.value or "")]
    assert said
    if speaker is None:
        assert all(entity(claims, c.subject) is None for c in said)
    else:
        assert {name_of(claims, c.subject) for c in said} == {speaker}


def test_nationality_from_the_turkish_guest(tmp_path):
    body = (
        "Defence Minister Hanno Pevkur met with Lieutenant General Kemal Aydin.\n\n"
        "The Turkish guest laid a wreath at the memorial."
    )
    claims = run(tmp_path, body)
    guest = person_named(claims, "Kemal Aydin")
    assert guest.nationality == "Türkiye"
    assert ("nationality", "Turkish") in {(c.predicate, c.value) for c in of_kind(claims, "role")}


def test_name_key_matches_transliterations(tmp_path):
    one = run(tmp_path, "General Ahmet Oğuzhan met Colonel Piet Jansen.", name="one")
    two = run(tmp_path, "General Ahmet Oguzhan met Colonel Piet Jansen.", name="two")
    keys = {e.key for e in one.entities if "Ahmet" in e.name}
    assert keys == {e.key for e in two.entities if "Ahmet" in e.name}


def test_acronym_definition_makes_one_organisation(tmp_path):
    claims = run(
        tmp_path,
        "The Joint Expeditionary Force (JEF) held drills.\n\nThe JEF will meet again in June.",
    )
    orgs = [e for e in claims.entities if e.type == "organization"]
    assert [(o.name, o.aliases) for o in orgs] == [("Joint Expeditionary Force", ["JEF"])]


# --- statements, passives and quotes --------------------------------------------------------


def test_chain_of_verbs_keeps_the_subject(tmp_path):
    claims = run(
        tmp_path,
        "President Maia Sandu welcomed the delegation and stressed the importance of energy "
        "security, and highlighted the new interconnector.",
    )
    found = statements(claims)
    assert ("Maia Sandu", "the importance of energy security") in found
    assert ("Maia Sandu", "the new interconnector") in found


def test_expressed_gives_its_own_family(tmp_path):
    claims = run(
        tmp_path,
        "Foreign Minister Ana Brnabic expressed her deepest condolences to the families of the "
        "victims and expressed gratitude for the support.",
    )
    families = {c.family for c in of_kind(claims, "statement")}
    assert {"express_condolences", "express_gratitude"} <= families


def test_passive_it_was_noted_belongs_to_the_sides(tmp_path):
    body = (
        "Defence Minister Pal Jonson met with General Onni Virtanen.\n\n"
        "During the meeting, it was noted that joint air policing is of great importance."
    )
    claims = run(tmp_path, body)
    assert ("the sides", "joint air policing is of great importance") in statements(claims)


def test_passive_without_meeting_has_no_speaker(tmp_path):
    claims = run(tmp_path, "It was noted that the grain corridor remains open.")
    assert statements(claims) == [(None, "the grain corridor remains open")]


def test_passive_was_highly_appreciated(tmp_path):
    body = (
        "Minister Lina Ruiz met Admiral Joao Costa.\n\nAt the meeting, the contribution of "
        "the naval academy to joint training was highly appreciated."
    )
    claims = run(tmp_path, body)
    assert (
        "the sides",
        "the contribution of the naval academy to joint training",
    ) in statements(claims, "praise")


def test_quote_with_colon_spanning_two_sentences(tmp_path):
    claims = run(
        tmp_path,
        'The talks ended late.Ramirez said: "We have agreed on the route. The next round will '
        'be held in Lima". Officials did not comment.',
    )
    quotes = [c for c in of_kind(claims, "statement") if c.quote]
    assert quotes and quotes[0].quote.endswith("will be held in Lima")
    assert claims.claims[0].evidence.sentence.count("Lima") <= 1


def test_quote_attributed_after_the_quotation(tmp_path):
    claims = run(
        tmp_path,
        'Finance Minister Kristina Ivanova met bankers on Friday.\n\n"Inflation will fall '
        'below five percent this year," Ivanova said.',
    )
    quoted = [(name_of(claims, c.subject), c.quote) for c in of_kind(claims, "statement")]
    assert ("Kristina Ivanova", "Inflation will fall below five percent this year,") in quoted or (
        "Kristina Ivanova",
        "Inflation will fall below five percent this year",
    ) in quoted


def test_report_quoted_as_a_document_is_not_a_speaker(tmp_path):
    claims = run(
        tmp_path,
        '"Then General Mark Olsen briefed the guests on the exercise," the statement said.',
    )
    assert all(c.subject != "the statement" for c in claims.claims)


def test_attribution_to_the_outlet_is_not_content(tmp_path):
    claims = run(
        tmp_path,
        "Minister Ilir Meta noted the importance of the port project, the ministry told News.Az.",
    )
    assert statements(claims) == [("Ilir Meta", "the importance of the port project")]


# --- dates, events, background ---------------------------------------------------------------


def test_year_less_end_date_takes_the_nearest_year(tmp_path):
    claims = run(
        tmp_path,
        "The drills, which will continue until January 4, involve ten ships.",
        published="2024-12-28",
    )
    assert "2025-01-04" in {c.date for c in of_kind(claims, "event")}


def test_dated_happening_in_a_statement_is_an_event(tmp_path):
    body = (
        "General Ali Kaya met with Colonel Dan Ross on Friday.\n\n"
        "Kaya expressed condolences over the soldiers killed in the attack on the morning of "
        "May 2."
    )
    claims = run(tmp_path, body, published="2024-05-10")
    events = of_kind(claims, "event")
    assert [(e.date, e.time_of_day) for e in events] == [("2024-05-02", "morning")]
    condolence = next(c for c in of_kind(claims, "statement") if c.family == "express_condolences")
    assert condolence.date == "2024-05-10"


def test_history_paragraph_is_background(tmp_path):
    body = (
        "Foreign Minister Bogdan Aurescu met with Secretary General Jens Holm on Tuesday.\n\n"
        "Romania joined the alliance in 2004. Since then it has hosted several exercises."
    )
    claims = run(tmp_path, body, published="2024-05-16")
    history = [c for c in claims.claims if "2004" in (c.value or "")]
    assert history and all(c.background for c in history)
    assert not any(c.background for c in of_kind(claims, "meeting"))


def test_name_of_a_commemoration_is_not_a_dated_event(tmp_path):
    claims = run(
        tmp_path,
        "The delegation honoured the victims of the 9 April tragedy.",
        published="2024-10-09",
    )
    assert of_kind(claims, "event") == []


def test_quantities_become_claims_with_what_they_count(tmp_path):
    claims = run(
        tmp_path,
        "More than 300 servicemen and up to 40 aircraft took part in the exercise.",
    )
    counted = {
        (c.quantity.number, c.quantity.qualifier, c.quantity.counts)
        for c in of_kind(claims, "quantity")
    }
    assert (300.0, "more_than", "serviceman") in counted or (
        300.0,
        "more_than",
        "servicemen",
    ) in counted
    assert (40.0, "at_most", "aircraft") in counted


# --- evidence -------------------------------------------------------------------------------


def test_evidence_offsets_slice_the_file(tmp_path):
    body = "Headline Without Stop\n\nGeneral Eva Lind met Colonel Ivo Mark.\nShe noted the plan."
    claims = run(tmp_path, body)
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    for claim in claims.claims:
        evidence = claim.evidence
        assert text[evidence.start : evidence.end] == evidence.sentence
        assert text.count("\n", 0, evidence.start) + 1 == evidence.line


def test_headline_is_not_a_source_of_claims(tmp_path):
    claims = run(tmp_path, "Minister Meets NATO Envoy\n\nNothing else happened today.")
    assert of_kind(claims, "meeting") == []


def test_entity_ids_resolve(tmp_path):
    claims = run(tmp_path, "General Eva Lind met Colonel Ivo Mark.")
    for claim in claims.claims:
        for ref in (claim.subject, claim.object):
            if ref and ref.startswith("e") and ref[1:].isdigit():
                assert entity(claims, ref) is not None


def test_two_people_who_held_a_meeting_met(tmp_path):
    claims = run(
        tmp_path,
        "Georgian Prime Minister Irakli Kobakhidze and Armenian Prime Minister Nikol Pashinyan "
        "held a meeting in Tbilisi on Tuesday.",
        published="2024-06-20",
    )
    assert ("Irakli Kobakhidze", "Nikol Pashinyan") in meetings(claims)
    assert {c.date for c in of_kind(claims, "meeting")} == {"2024-06-18"}


def test_attended_by_is_no_visit(tmp_path):
    claims = run(tmp_path, "The talks were also attended by Deputy Minister Elnur Mammadov.")
    assert of_kind(claims, "visit") == []


def test_the_delegations_country_is_not_given_to_a_guessed_guest(tmp_path):
    claims = run(
        tmp_path,
        "Defence Minister Aivar Tamm and Gabor Kiss discussed air policing in Tallinn on "
        "Monday.\n\nMinister Tamm thanked the Hungarian delegation for the constructive talks.",
    )
    tamm = person_named(claims, "Aivar Tamm")
    assert tamm.nationality != "Hungary"


def test_the_delegations_country_goes_to_the_visiting_guest(tmp_path):
    claims = run(
        tmp_path,
        "Defence Minister Aivar Tamm met with Colonel Gabor Kiss, who is on an official visit "
        "to Estonia, on Monday.\n\nMinister Tamm thanked the Hungarian delegation for the "
        "constructive talks.",
    )
    names = {e.name: e.nationality for e in claims.entities if e.type == "person"}
    assert names["Gabor Kiss"] == "Hungary"
    assert names["Aivar Tamm"] != "Hungary"


def test_an_office_complement_is_never_a_name(tmp_path):
    claims = run(
        tmp_path,
        "On February 1, Ramil Aliyev, the Minister of Foreign Affairs of Azerbaijan, met with "
        "Lina Petrova, the Secretary General of the Organization of Black Sea States, who is "
        "on an official visit to Azerbaijan.",
    )
    names = {e.name for e in claims.entities if e.type == "person"}
    assert names == {"Ramil Aliyev", "Lina Petrova"}
    assert ("Ramil Aliyev", "Lina Petrova") in meetings(claims)


def test_a_body_of_states_that_met_is_no_person(tmp_path):
    claims = run(
        tmp_path,
        "The Council of Baltic States met for the fifth time in Vilnius in January 2000, when "
        "the parties reviewed the energy fund.",
    )
    assert not [e for e in claims.entities if e.type == "person"]


def test_a_meeting_in_a_year_has_no_place(tmp_path):
    claims = run(
        tmp_path,
        "Defence Minister Aivar Tamm met with Colonel Gabor Kiss in Tallinn on Monday.\n\n"
        "The sides agreed on the agenda of the next ministerial meeting in 2026.",
    )
    assert all(not (c.place or "").startswith("2") for c in of_kind(claims, "meeting"))


@pytest.mark.parametrize("when", ["on 8 May", "on 8 July", "on May 8, 2024", "on 8 May 2024"])
def test_a_date_between_subject_and_verb_keeps_the_subject(tmp_path, when):
    claims = run(
        tmp_path,
        f"ASTANA (AA) - Kazakh Health Minister Aigerim Nurova {when} met with Ilze Berzina, who "
        "is on a visit to Kazakhstan, Anadolu Agency reports.",
    )
    assert ("Aigerim Nurova", "Ilze Berzina") in meetings(claims)


def test_a_guest_received_after_a_long_office_is_met(tmp_path):
    claims = run(
        tmp_path,
        "Deputy Minister of Defence of Romania, Major General Ion Popa, received the "
        "delegation led by Deputy Chief of Staff for Partnerships at NATO Supreme Headquarters "
        "Allied Powers Europe, Rear Admiral Jens Holm, on 14 May.",
    )
    assert ("Ion Popa", "Jens Holm") in meetings(claims)


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Prime Minister Elnur Rzayev met with a delegation led by the Chairman of the Board "
            "of the Black Sea Trade and Development Bank Kenji Sato in Baku.",
            ("Elnur Rzayev", "Kenji Sato"),
        ),
        (
            "Speaker of the Milli Majlis Aynur Guliyeva met with a delegation led by the "
            "President of the Senate of Italy Marco Ferri on Tuesday.",
            ("Aynur Guliyeva", "Marco Ferri"),
        ),
    ],
)
def test_a_name_after_an_office_in_a_named_body_is_a_person(tmp_path, body, pair):
    claims = run(tmp_path, body)
    assert pair in meetings(claims)
    offices = {e.name: e.roles for e in claims.entities if e.type == "person"}
    assert not any(name.startswith(("Milli", "Majlis", "Bank")) for name in offices)


def test_two_people_joined_by_and_with_an_office_between_met(tmp_path):
    claims = run(
        tmp_path,
        "Chinese Foreign Minister Li Wen and his Mongolian counterpart Batbayar Ganbold met "
        "in Beijing on Friday.",
    )
    assert ("Li Wen", "Batbayar Ganbold") in meetings(claims) or (
        "Batbayar Ganbold",
        "Li Wen",
    ) in meetings(claims)


@pytest.mark.parametrize("name", ["Ursula von der Leyen", "Ana de la Vega", "Lucas dos Santos"])
def test_names_with_two_word_particles_stay_whole(tmp_path, name):
    claims = run(tmp_path, f"Commission President {name} announced new sanctions on Tuesday.")
    assert name in {e.name for e in claims.entities if e.type == "person"}


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Moldova is ready to open accession talks, Foreign Minister Ana Rusu said on Monday.",
            "Moldova is ready to open accession talks",
        ),
        (
            "The bank will lend 300 million euros to Georgia, EBRD President Odile Renaud "
            "announced in a statement.",
            "The bank will lend 300 million euros to Georgia",
        ),
    ],
)
def test_what_was_said_before_the_speaker_is_the_statement(tmp_path, body, said):
    statements = of_kind(run(tmp_path, body), "statement")
    assert [s.value for s in statements] == [said]


def test_a_quotation_said_on_a_day_is_not_said_to_be_the_day(tmp_path):
    claims = run(tmp_path, '"We are ready," Defence Minister Ana Rusu said on Monday.')
    values = [s.value for s in of_kind(claims, "statement")]
    assert "Monday" not in values and "on Monday" not in values


def test_an_opening_phrase_is_not_what_was_said(tmp_path):
    claims = run(
        tmp_path, "In a statement on Monday, Foreign Minister Ana Rusu said the talks went well."
    )
    assert [s.value for s in of_kind(claims, "statement")] == ["the talks went well"]


def test_told_reporters_at_the_end_of_a_sentence_is_no_outlet(tmp_path):
    claims = run(
        tmp_path,
        "Chisinau will host the next round of talks, Foreign Minister Ana Rusu told reporters.",
    )
    assert [s.value for s in of_kind(claims, "statement")] == [
        "Chisinau will host the next round of talks"
    ]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Norway's fisheries minister Kari Dahl opened a new harbour in Tromso.", "Kari Dahl"),
        ("The country's prime minister Elnur Rzayev chaired the meeting.", "Elnur Rzayev"),
    ],
)
def test_a_name_after_an_office_in_lower_case_is_a_person(tmp_path, body, name):
    assert person_named(run(tmp_path, body), name)


def test_no_person_after_a_lower_case_office_that_names_a_day_or_place(tmp_path):
    claims = run(tmp_path, "He told the president Baku would host the summit on Tuesday.")
    assert not [e for e in claims.entities if e.type == "person"]


def test_talks_between_countries_are_no_meeting_of_people(tmp_path):
    claims = run(tmp_path, "The meeting between Azerbaijan and Armenia took place in Almaty.")
    assert meetings(claims) == set()


@pytest.mark.parametrize(
    ("body", "office"),
    [
        ("UN Secretary General Ana Rusu said the talks would resume.", "Secretary General"),
        ("IAEA Director General Jens Holm arrived in Kyiv.", "Director General"),
    ],
)
def test_a_two_word_office_is_not_cut_for_a_name(tmp_path, body, office):
    names = {e.name: e.roles for e in run(tmp_path, body).entities if e.type == "person"}
    assert "General" not in names and len(names) == 1
    assert any(office in role for roles in names.values() for role in roles)


def test_according_to_a_person_is_what_the_person_said(tmp_path):
    claims = run(
        tmp_path,
        "According to Foreign Minister Ana Rusu, the association agreement is 80 percent agreed.",
    )
    said = [(name_of(claims, s.subject), s.value) for s in of_kind(claims, "statement")]
    assert said == [("Ana Rusu", "the association agreement is 80 percent agreed")]


@pytest.mark.parametrize(
    "body",
    [
        "According to the ministry, 1,250 servicemen took part in the exercise.",
        "According to Rusu's office, the talks went well.",
    ],
)
def test_according_to_a_body_or_an_office_is_no_persons_statement(tmp_path, body):
    assert of_kind(run(tmp_path, body), "statement") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Japan's Ambassador to Azerbaijan Wataru Ishii met Mikayil Jabbarov.", "Wataru Ishii"),
        ("Pakistan's envoy to Georgia Ali Khan Malik met Levan Davitashvili.", "Ali Khan Malik"),
        ("The EU Special Representative in Kosovo Tomas Szunyog met Albin Kurti.", "Tomas Szunyog"),
        # a country that is a first name stays one
        ("Israel Katz met with Lloyd Austin at the Pentagon.", "Israel Katz"),
        ("Jordan Bardella met with Giorgia Meloni in Rome.", "Jordan Bardella"),
    ],
)  # fmt: skip
def test_a_country_ending_a_title_is_not_the_first_name(tmp_path, sentence, name):
    claims = run(tmp_path, f"ROME, May 3. {sentence}")
    assert name in {e.name for e in claims.entities if e.type == "person"}
    assert not any(e.name.endswith(name) and e.name != name for e in claims.entities)


@pytest.mark.parametrize(
    "later",
    [
        "The President of Azerbaijan noted that bilateral trade had grown.",
        "The President noted that bilateral trade had grown.",
        "The Azerbaijani President noted that bilateral trade had grown.",
    ],
)
def test_the_president_capitalised_is_the_president(tmp_path, later):
    body = (
        "BAKU, May 4 (AZERTAC). President of the Republic of Azerbaijan Ilham Aliyev has "
        "received a delegation led by Deputy Prime Minister of Georgia Levan Davitashvili."
        f"\n\n{later}"
    )
    claims = run(tmp_path, body)
    said = {(name_of(claims, c.subject), c.value) for c in of_kind(claims, "statement")}
    assert ("Ilham Aliyev", "bilateral trade had grown") in said


@pytest.mark.parametrize(
    ("sentence", "name", "rank", "office"),
    [
        (
            "Turkish Chief of General Staff General Metin Gurak received the guests in Ankara.",
            "Metin Gurak",
            "General",
            "Chief of General Staff",
        ),
        (
            "Chief of the General Staff of the Azerbaijan Army Colonel General Karim Valiyev "
            "met the delegation.",
            "Karim Valiyev",
            "Colonel General",
            "Chief of the General Staff of the Azerbaijan Army",
        ),
        (
            "Chief of Naval Staff Admiral Dinesh Tripathi met the visiting commander.",
            "Dinesh Tripathi",
            "Admiral",
            "Chief of Naval Staff",
        ),
        # `General` that belongs to the office
        ("IAEA Director General Rafael Grossi met the delegation.", "Rafael Grossi", None, None),
        ("Prosecutor General Anar Ivanov met the delegation.", "Anar Ivanov", None, None),
    ],
)
def test_a_rank_after_the_office_is_the_rank(tmp_path, sentence, name, rank, office):
    claims = run(tmp_path, f"BAKU, May 3. {sentence}")
    person = person_named(claims, name)
    assert person.rank == rank
    assert not any(r.endswith((" General", " Admiral")) and r != "Director General"
                   for r in person.roles if rank)  # fmt: skip
    if office:
        assert office in person.roles


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        ("The head of state stressed the Middle Corridor.", "Ilham Aliyev"),
        ("The Azerbaijani leader stressed the Middle Corridor.", "Ilham Aliyev"),
        ("The leader of Azerbaijan stressed the Middle Corridor.", "Ilham Aliyev"),
        ("The Secretary General stressed the Middle Corridor.", "Mark Rutte"),
        ("The NATO Secretary-General stressed the Middle Corridor.", "Mark Rutte"),
        # no such leader named: the words stay the speaker
        ("The Armenian leader stressed the Middle Corridor.", None),
        ("The opposition leader stressed the Middle Corridor.", None),
        ("The head of government stressed the Middle Corridor.", None),
    ],
)  # fmt: skip
def test_the_head_of_state_and_the_secretary_general_are_their_holders(tmp_path, later, speaker):
    body = (
        "BAKU, May 4 (AZERTAC). President of the Republic of Azerbaijan Ilham Aliyev has "
        f"received NATO Secretary General Mark Rutte.\n\n{later}"
    )
    claims = run(tmp_path, body)
    said = [c for c in of_kind(claims, "statement") if "Corridor" in (c.value or "")]
    assert len(said) == 1
    if speaker is None:
        assert entity(claims, said[0].subject) is None
    else:
        assert name_of(claims, said[0].subject) == speaker


def test_a_leader_among_two_is_no_one(tmp_path):
    body = (
        "MOSCOW, June 2. President Vladimir Putin met with President Alexander Lukashenko in "
        "Minsk.\n\nThe head of state stressed the importance of the union state."
    )
    claims = run(tmp_path, body)
    said = [c for c in of_kind(claims, "statement") if "union" in (c.value or "")]
    assert said and all(entity(claims, c.subject) is None for c in said)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Andrii Sybiha met with Antonio Costa in Brussels on Tuesday.", "Brussels"),
        ("Hakan Fidan met his Russian counterpart Sergey Lavrov in Moscow.", "Moscow"),
        ("Sergey Lavrov met Hakan Fidan in Antalya Monday.", "Antalya"),
        ("Jeyhun Bayramov met Peter Szijjarto in the Hungarian capital.", "Hungarian capital"),
        ("Kaja Kallas and Marco Rubio met in Washington on April 2.", "Washington"),
        (
            "The meeting between Foreign Minister Jeyhun Bayramov and his Hungarian counterpart "
            "Peter Szijjarto took place in Budapest on Monday.",
            "Budapest",
        ),
        (
            "Ilia Darchiashvili met with Gabrielius Landsbergis, who is on an official visit to "
            "Tbilisi.",
            "Tbilisi",
        ),
        ("Ilham Aliyev met with Emmanuel Macron at the Elysee Palace.", "Elysee Palace"),
        ("Yasar Guler received Zakir Hasanov in the capital Ankara on Tuesday.", "Ankara"),
        ("Yasar Guler received Zakir Hasanov in the city of Istanbul.", "Istanbul"),
        (
            "Xi Jinping met Vladimir Putin at the Great Hall of the People in Beijing on Thursday.",
            "Great Hall of the People, Beijing",
        ),
        # when, not where; nothing a gazetteer knows
        ("Kaja Kallas met Marco Rubio in March.", None),
        ("Kaja Kallas met Marco Rubio in Good Faith.", None),
    ],
)
def test_where_a_meeting_took_place(tmp_path, sentence, place):
    claims = run(tmp_path, f"LONDON, May 3. {sentence}")
    found = of_kind(claims, "meeting")
    assert len(found) == 1
    assert found[0].place == place


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers said the talks in detail covered the agenda.",
        "The sides held talks in a friendly atmosphere.",
        "They discussed the agenda of the next ministerial meeting at a meeting in Astana.",
    ],
)
def test_how_a_meeting_went_is_not_where(tmp_path, sentence):
    body = f"ASTANA, July 28. Timur Abenov met with Mart Rebane on July 27.\n\n{sentence}"
    places = {c.place for c in of_kind(run(tmp_path, body), "meeting")}
    assert not places & {"detail", "a friendly atmosphere", "a meeting in Astana"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers signed a protocol on joint military training.",
        "the two countries signed a protocol on joint military training.",
        "The three leaders signed a protocol on joint military training.",
    ],
)
def test_the_two_ministers_are_who_not_how_many(tmp_path, sentence):
    claims = run(tmp_path, f"ANKARA, Sept 18. Yasar Guler met Zakir Hasanov. {sentence}")
    assert of_kind(claims, "quantity") == []


def test_what_was_said_runs_over_the_verbs_of_its_clause(tmp_path):
    body = (
        "MOSCOW, Oct 12. Sergey Lavrov met Hakan Fidan in Moscow.\n\n"
        "Lavrov noted that Russia and Türkiye agreed to continue close coordination on Syria.\n\n"
        "Fidan said that the sides discussed trade, and Lavrov added that talks would continue."
        "\n\nLavrov said that Fidan expressed interest in the project.\n\n"
        "Fidan noted that he shares the concern, expressed condolences and wished recovery."
    )
    said = statements(run(tmp_path, body))
    agreed = "Russia and Türkiye agreed to continue close coordination on Syria"
    assert ("Sergey Lavrov", agreed) in said
    assert ("Hakan Fidan", "the sides discussed trade") in said
    assert ("Sergey Lavrov", "talks would continue") in said
    assert ("Sergey Lavrov", "that") not in said
    assert ("Hakan Fidan", "he shares the concern") in said  # the verbs after it are his own


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("European Council President Charles Michel urged calm.", "European Council President"),
        ("NATO Secretary General Charles Michel urged calm.", "NATO Secretary General"),
        ("Armenian Security Council Secretary Charles Michel spoke.", "Security Council Secretary"),
        ("Aid goes to Moldova, Commission President Charles Michel said.", "Commission President"),
        # no body before the office
        ("On Monday President Charles Michel urged calm.", "President"),
    ],
)
def test_the_body_written_before_an_office_is_part_of_it(tmp_path, sentence, office):
    person = person_named(run(tmp_path, f"BRUSSELS, May 3. {sentence}"), "Charles Michel")
    assert office in person.roles
    assert person.nationality in {None, "Armenia"}  # not Moldova: a comma stands between


def test_a_family_name_written_first_is_the_later_mention(tmp_path):
    body = (
        "BEIJING, May 16. Chinese President Xi Jinping met Russian President Vladimir Putin.\n\n"
        '"China is willing to work with Russia on a fair world order," Xi told Putin.\n\n'
        "Foreign Minister Wang Yi said later that the talks were productive. Wang added that "
        "the two sides would meet again."
    )
    claims = run(tmp_path, body)
    people = {e.name for e in claims.entities if e.type == "person"}
    assert people == {"Xi Jinping", "Vladimir Putin", "Wang Yi"}
    said = statements(claims)
    assert any(who == "Xi Jinping" and "fair world order" in what for who, what in said)
    assert ("Wang Yi", "the two sides would meet again") in said


def test_welcoming_a_person_named_is_meeting_them(tmp_path):
    body = (
        "BEIJING, May 16. Chinese President Xi Jinping welcomed Russian President Vladimir "
        "Putin with a ceremony on Thursday.\n\nPutin welcomed the decision of the Chinese side."
        "\n\nUN Secretary General Antonio Guterres welcomed President Xi Jinping's proposal."
    )
    claims = run(tmp_path, body)
    assert meetings(claims) == {("Xi Jinping", "Vladimir Putin")}
    assert ("Vladimir Putin", "the decision of the Chinese side") in statements(claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir "
        "Putin on Tuesday, his office said.",
        "President Recep Tayyip Erdogan held a call with President Vladimir Putin on Tuesday.",
        "President Recep Tayyip Erdogan talked on the phone with President Vladimir Putin.",
    ],
)
def test_a_phone_call_is_a_meeting(tmp_path, sentence):
    claims = run(tmp_path, f"ANKARA, May 15. {sentence}")
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") in meetings(claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hungarian Foreign Minister Peter Szijjarto, who arrived in Baku on Monday, met with "
        "President Ilham Aliyev on Tuesday.",
        "Foreign Minister Peter Szijjarto, who flew to Baku on Monday for talks, met "
        "President Ilham Aliyev on Tuesday.",
    ],
)
def test_a_date_in_a_clause_about_the_subject_is_not_the_meetings(tmp_path, sentence):
    claims = run(tmp_path, f"BAKU, Sept 25. {sentence}", published="2024-09-25")
    dates = {c.date for c in of_kind(claims, "meeting")}
    assert dates == {"2024-09-24"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Peter Szijjarto, who flew in on Monday, met President Ilham Aliyev.", "Peter Szijjarto"),
        ("On Monday Kenji Tanaka, who flew in, met President Ilham Aliyev.", "Kenji Tanaka"),
        ("In Baku, who hosts the talks, President Ilham Aliyev met the envoys.", None),
        ("The New York Mayor, who spoke first, met President Ilham Aliyev.", None),
    ],
)  # fmt: skip
def test_a_name_a_who_clause_follows_is_a_person(tmp_path, sentence, person):
    claims = run(tmp_path, f"BAKU, Sept 25. {sentence}")
    people = {e.name for e in claims.entities if e.type == "person"}
    assert people - {"Ilham Aliyev"} == ({person} if person else set())


@pytest.mark.parametrize(
    "sentence",
    [
        "Kremlin spokesman Dmitry Peskov told reporters on Monday that no date had been set.",
        "Kremlin spokesman Dmitry Peskov told a news conference that no date had been set.",
        "Kremlin spokesman Dmitry Peskov told Reuters that no date had been set.",
    ],
)
def test_what_someone_told_reporters_is_what_follows_that(tmp_path, sentence):
    claims = run(tmp_path, f"MOSCOW, May 20. {sentence}")
    assert ("Dmitry Peskov", "no date had been set") in statements(claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "In Tokyo Kenji Tanaka said the talks had gone well.",
        "In Baku Kenji Tanaka, the minister, said the talks had gone well.",
        "On Monday Kenji Tanaka said the talks had gone well.",
        "Meanwhile Kenji Tanaka said the talks had gone well.",
    ],
)
def test_a_sentence_opener_is_not_part_of_the_name(tmp_path, sentence):
    claims = run(tmp_path, f"TOKYO, May 20. {sentence}")
    assert {e.name for e in claims.entities if e.type == "person"} == {"Kenji Tanaka"}
    assert ("Kenji Tanaka", "the talks had gone well") in statements(claims)


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        ("Kenji Tanaka, an aide to the prime minister, said the talks went well.", "Kenji Tanaka"),
        ("The prime minister said the talks went well.", None),
        ("The foreign minister said the talks went well.", "Yoko Kamikawa"),
        ("The Japanese minister said the talks went well.", "Yoko Kamikawa"),
    ],
)  # fmt: skip
def test_a_title_of_another_kind_of_minister_is_someone_else(tmp_path, later, speaker):
    body = f"TOKYO, May 20. Foreign Minister Yoko Kamikawa met Antony Blinken.\n\n{later}"
    claims = run(tmp_path, body)
    said = [c for c in of_kind(claims, "statement") if c.value == "the talks went well"]
    assert len(said) == 1
    who = entity(claims, said[0].subject)
    assert (who.name if who else None) == speaker


@pytest.mark.parametrize(
    ("later", "speaker"),
    [
        ("The Turkish minister said the drills would start in October.", "Yasar Guler"),
        ("The Azerbaijani minister said the drills would start in October.", "Zakir Hasanov"),
    ],
)
def test_a_title_with_a_nationality_is_a_person_of_that_country(tmp_path, later, speaker):
    body = (
        "BAKU, Sept 17. Türkiye's Minister of National Defence Yasar Guler met with "
        f"Azerbaijan's Defense Minister Zakir Hasanov in Ankara.\n\n{later}"
    )
    said = [s for s in statements(run(tmp_path, body)) if "drills" in s[1]]
    assert said == [(speaker, "the drills would start in October")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Nikol Pashinyan received High Representative of the European Union for "
        "Foreign Affairs and Security Policy Josep Borrell on June 11.",
        "Prime Minister Nikol Pashinyan received Special Representative Toivo Klaar on June 11.",
    ],
)
def test_an_office_is_never_a_person(tmp_path, sentence):
    claims = run(tmp_path, f"YEREVAN, June 11. {sentence}")
    names = {e.name for e in claims.entities if e.type == "person"}
    assert not names & {"High Representative", "Affairs", "Special Representative"}
    assert "Nikol Pashinyan" in names


def test_whom_a_quotation_was_told_to_is_not_what_was_said(tmp_path):
    body = (
        "YEREVAN, June 11. Josep Borrell met Prime Minister Nikol Pashinyan.\n\n"
        '"The European Union stands by Armenia," Borrell told a joint news conference with '
        "Foreign Minister Ararat Mirzoyan."
    )
    said = statements(run(tmp_path, body))
    assert not any("news conference" in what for _, what in said)
    assert any(who == "Josep Borrell" and "stands by Armenia" in what for who, what in said)
