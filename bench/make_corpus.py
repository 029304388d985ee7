"""Build a large, realistic news corpus for benchmarks, deterministically from a seed.

    .venv/bin/python bench/make_corpus.py --articles 10000 --out /tmp/corpus10k [--seed 1]

Every event is an official of one country meeting an official of another (defence,
diplomacy, energy, trade, transport, education), with statements, a quotation, figures,
a visit, dated follow-ups and history. One to six outlets report each event in their
house style: Trend (`BAKU, Azerbaijan, March 9.`), AZERTAC (`Baku, March 9, AZERTAC`),
Reuters (`KYIV, May 3 (Reuters) -`), AP (`WASHINGTON (AP) —` and a byline), TASS
(`MOSCOW, April 2. /TASS/.`, Russian spellings), Anadolu (`ANKARA (AA) -`), News.Az and
Azernews (scraper stamps, page chrome), and some files carry YAML front matter. Wording,
paragraph order, which facts are told, date forms and article length (about 5 KB on
average, 1.5 to 16 KB) vary by outlet; about a quarter of the reports carry one injected
discrepancy (a day, a figure, a qualifier, a rank, an office, a quoted word, a spelling).

The text comes from the templates and word lists below (no real article is copied). The
same seed and size always give the same files; the date span grows with the size (about
eight articles a day), as a monitoring desk's archive does. `DIR/.manifest.json` (hidden,
so not read as an article) lists the events and the injected discrepancies.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# --- vocabularies --------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str
    capital: str
    first: tuple[str, ...]
    last: tuple[str, ...]
    formal: str = ""

    @property
    def long_name(self) -> str:
        return self.formal or self.name


def _c(name, demonym, capital, first, last, formal=""):
    return Country(name, demonym, capital, tuple(first.split()), tuple(last.split()), formal)


COUNTRIES: tuple[Country, ...] = (
    _c("Azerbaijan", "Azerbaijani", "Baku",
       "Zakir Karim Elchin Rashad Anar Farid Ilgar Vugar Kamran Tural Leyla Aysel Samir Orkhan",
       "Hasanov Valiyev Mammadov Aliyev Huseynov Guliyev Ismayilov Abbasov Jafarov Rzayev "
       "Najafov Karimov Bayramov Ahmadov Gasimov Mustafayev", "Republic of Azerbaijan"),
    _c("Türkiye", "Turkish", "Ankara",
       "Mustafa Yusuf Ahmet Mehmet Hakan Murat Emre Selim Ayşe Zeynep Kemal Serkan",
       "Oğuz Karagülle Yılmaz Demir Şahin Çelik Arslan Aydın Öztürk Kaya Doğan Koç Erdem",
       "Republic of Türkiye"),
    _c("Georgia", "Georgian", "Tbilisi", "Giorgi Irakli Levan Davit Nino Tamar Zurab",
       "Beridze Kapanadze Gelashvili Tsiklauri Lomidze Japaridze Mchedlishvili"),
    _c("Kazakhstan", "Kazakh", "Astana", "Nurlan Yerlan Askar Dauren Saule Marat Timur",
       "Nurmagambetov Zhaksybekov Sarsenov Abenov Kassymov Utemisov Bekmukhanov"),
    _c("Uzbekistan", "Uzbek", "Tashkent", "Bakhtiyor Jamshid Sardor Dilshod Nodira Rustam",
       "Kurbanov Yusupov Nazarov Rakhimov Saidov Ergashev Tursunov"),
    _c("Poland", "Polish", "Warsaw", "Janusz Piotr Tomasz Krzysztof Marek Anna Katarzyna",
       "Adamczak Nowak Kowalski Wiśniewski Zieliński Kamiński Lewandowski Wójcik"),
    _c("Lithuania", "Lithuanian", "Vilnius", "Gabrielius Mindaugas Arvydas Rasa Darius Vytautas",
       "Kazlauskas Petrauskas Jankauskas Stankevičius Vasiliauskas Žukauskas"),
    _c("Hungary", "Hungarian", "Budapest", "Peter Istvan Gabor Zoltan Laszlo Katalin",
       "Szabo Horvath Kovacs Toth Nagy Varga Farkas"),
    _c("Italy", "Italian", "Rome", "Marco Giuseppe Alessandro Luca Giulia Francesca",
       "Rossi Bianchi Romano Colombo Ricci Marino Greco"),
    _c("Germany", "German", "Berlin", "Thomas Andreas Stefan Katrin Michael Jens",
       "Müller Schneider Fischer Weber Becker Hoffmann Schulz"),
    _c("Ukraine", "Ukrainian", "Kyiv", "Oleksandr Andriy Serhiy Olena Dmytro Yuliia",
       "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Herasymov"),
    _c("Estonia", "Estonian", "Tallinn", "Martin Kristjan Mart Liis Tarmo Kadri",
       "Tamm Saar Sepp Mägi Kask Rebane Lepik"),
    _c("Romania", "Romanian", "Bucharest", "Andrei Mihai Cristian Elena Ion Radu",
       "Popescu Ionescu Stoica Dumitrescu Constantin Munteanu"),
    _c("Pakistan", "Pakistani", "Islamabad", "Imran Asif Bilal Ayesha Tariq Faisal",
       "Qureshi Malik Chaudhry Siddiqui Abbasi Raza"),
    _c("Japan", "Japanese", "Tokyo", "Hiroshi Kenji Takeshi Yuki Satoshi Akira",
       "Tanaka Suzuki Watanabe Yamamoto Nakamura Kobayashi"),
    _c("Spain", "Spanish", "Madrid", "Carlos Javier Miguel Lucia Pablo Elena",
       "Garcia Martinez Lopez Sanchez Fernandez Ortega Ruiz"),
    _c("France", "French", "Paris", "Jean Pierre Francois Claire Nicolas Sophie",
       "Bernard Dubois Moreau Laurent Lefebvre Girard"),
    _c("Latvia", "Latvian", "Riga", "Janis Edgars Ilze Andris Maris Inese",
       "Berzins Kalnins Ozols Liepins Krumins Vitols"),
)  # fmt: skip

HOME = COUNTRIES[0]
"""Most events take place in or involve Azerbaijan, as in the seed corpus."""

RUSSIAN_SPELLING = {
    "Hasanov": "Gasanov", "Huseynov": "Guseinov", "Guliyev": "Kuliev", "Mammadov": "Mamedov",
    "Ahmadov": "Akhmedov", "Jafarov": "Dzhafarov", "Aliyev": "Aliev", "Valiyev": "Veliev",
    "Ismayilov": "Ismailov", "Gasimov": "Kasimov", "Mustafayev": "Mustafaev", "Oğuz": "Oguz",
    "Karagülle": "Karagulle", "Yılmaz": "Yilmaz", "Şahin": "Sahin", "Çelik": "Celik",
}  # fmt: skip
ASCII_SPELLING = str.maketrans("ğüışçöŞÇÖÜİżźńłęąóśćŽžčš", "guiscoSCOUIzznleaoscZzcs")

RANKS = ("Colonel General", "Lieutenant General", "Major General", "General", "Rear Admiral",
         "Vice Admiral", "Brigadier General", "Colonel")  # fmt: skip
RANK_SHORT = {
    "Colonel General": "Col-Gen", "Lieutenant General": "Lt-Gen", "Major General": "Maj-Gen",
    "Rear Admiral": "Rear Adm.", "Vice Admiral": "Vice Adm.", "Brigadier General": "Brig-Gen",
    "General": "Gen.", "Colonel": "Col.",
}  # fmt: skip


@dataclass(frozen=True)
class Sector:
    name: str
    ministry: str
    host_office: str
    host_short: str
    guest_offices: tuple[str, ...]
    military: bool
    topics: tuple[str, ...]
    figures: tuple[tuple[str, str, int, int], ...]
    """(template, what, low, high): `{q} {n} servicemen` style phrases."""
    visits: tuple[str, ...]
    quotes: tuple[str, ...]
    bodies: tuple[str, ...]


SECTORS: tuple[Sector, ...] = (
    Sector(
        "defence", "Ministry of Defense", "Minister of Defense", "Defense Minister",
        ("Chief of the General Staff", "Commander of the Land Forces", "Deputy Minister of Defense",
         "Commander of the Naval Forces", "Chief of Staff of NATO Allied Land Command",
         "Director General of the NATO International Military Staff",
         "Deputy Chief of Staff for Partnerships at NATO Supreme Headquarters Allied Powers "
         "Europe"),
        True,
        ("military education", "joint exercises", "military medicine",
         "the training of military personnel", "peacekeeping operations",
         "military-technical cooperation", "humanitarian demining", "cyber defense",
         "logistics support", "air defense systems", "the modernization of the armed forces",
         "border security", "the Operational Capabilities Concept", "mountain warfare training",
         "naval search and rescue", "military engineering", "the exchange of experience between "
         "special forces", "interoperability with allied units", "counter-drone systems",
         "field hospitals", "military sports competitions", "staff officer courses"),
        (("{q} {n} servicemen took part in the {thing}", "servicemen", 40, 3000),
         ("{q} {n} cadets are studying at military academies of {other}", "cadets", 12, 400),
         ("{q} {n} military personnel were trained under the programme", "personnel", 20, 900),
         ("{q} {n} joint events are planned for the year", "events", 8, 180),
         ("the drills involve {q} {n} units of military equipment", "units", 30, 600),
         ("{q} {n} hectares of land have been cleared of mines", "hectares", 200, 90000)),
        ("a military unit", "the National Defense University", "the Military Trophy Park",
         "the Alley of Martyrs", "a naval base", "the Military Lyceum", "a training centre of "
         "the special forces", "the Central Military Hospital"),
        ("Our cooperation in {topic} is based on mutual trust and is not directed against any "
         "third country",
         "The results achieved in {topic} over the past {years} years show the strength of our "
         "partnership",
         "We are ready to share our experience in {topic} with our partners",
         "Security in the region depends on the professionalism of our armed forces and on "
         "{topic}"),
        ("NATO Partnership for Peace programme", "Planning and Review Process",
         "Defense Education Enhancement Programme", "Individually Tailored Partnership "
         "Programme", "joint working group on defense cooperation"),
    ),
    Sector(
        "diplomacy", "Ministry of Foreign Affairs", "Minister of Foreign Affairs",
        "Foreign Minister",
        ("Minister of Foreign Affairs", "Deputy Foreign Minister", "Speaker of Parliament",
         "Special Representative for the South Caucasus", "Secretary General of the Organization "
         "of Turkic States", "Deputy Prime Minister"),
        False,
        ("the regional security situation", "the peace process", "connectivity in the region",
         "the Middle Corridor", "consular issues", "visa facilitation", "the upcoming summit",
         "the work of the intergovernmental commission", "parliamentary cooperation",
         "the delimitation of borders", "cooperation within international organizations",
         "the return of displaced persons", "the opening of communications",
         "the political dialogue", "the situation in the Middle East", "climate diplomacy",
         "the agenda of the next ministerial meeting", "humanitarian aid", "the rights of "
         "national minorities", "cultural heritage protection"),
        (("{q} {n} documents were signed during the visit", "documents", 3, 40),
         ("{q} {n} citizens of {other} visited the country last year", "citizens", 3000, 900000),
         ("{q} {n} joint projects are under way", "projects", 5, 120),
         ("the two countries have signed {q} {n} agreements since {year}", "agreements", 20, 300)),
        ("the Alley of Honors", "the Alley of Martyrs", "the National Assembly",
         "the Diplomatic Academy", "the Old City", "the Heydar Aliyev Center"),
        ("{home} and {other} are reliable partners, and our dialogue on {topic} will only grow",
         "There is no alternative to peace, and {topic} is the way to it",
         "We discussed {topic} in detail and agreed on the next steps",
         "Our peoples are bound by friendship, and {topic} is a priority for both governments"),
        ("intergovernmental commission", "Organization of Turkic States",
         "Organization for Security and Co-operation in Europe", "Non-Aligned Movement",
         "Council of Europe"),
    ),
    Sector(
        "energy", "Ministry of Energy", "Minister of Energy", "Energy Minister",
        ("Minister of Energy", "Deputy Minister of Energy", "Commissioner for Energy",
         "Chairman of the State Oil Company", "Minister of Economy and Energy"),
        False,
        ("gas supplies to Europe", "the Southern Gas Corridor", "renewable energy projects",
         "offshore wind power", "green hydrogen", "the electricity interconnection",
         "the Caspian-Black Sea-Europe green energy corridor", "oil refining",
         "energy efficiency", "solar power plants", "the export of green electricity",
         "methane emissions", "the modernization of power grids", "gas storage",
         "the subsea power cable", "energy security", "nuclear safety", "battery storage"),
        (("gas exports reached {q} {n} billion cubic meters", "bcm", 2, 25),
         ("the plant will have a capacity of {q} {n} megawatts", "megawatts", 100, 2000),
         ("investment in the project is estimated at {q} ${n} million", "USD", 50, 4000),
         ("the cable will run for {q} {n} kilometers under the sea", "kilometers", 300, 1200),
         ("{q} {n} companies have applied to join the project", "companies", 5, 60)),
        ("the Sangachal terminal", "a solar power plant", "the offshore platform",
         "the national dispatch centre", "a wind farm", "the gas compressor station"),
        ("{topic} will make our region a reliable source of energy for Europe",
         "We see {topic} as a long-term project for the next {years} years",
         "Energy security is impossible without {topic}",
         "Our partnership in {topic} brings benefits to both peoples"),
        ("Southern Gas Corridor Advisory Council", "International Energy Agency",
         "Energy Community", "green energy corridor working group"),
    ),
    Sector(
        "trade", "Ministry of Economy", "Minister of Economy", "Economy Minister",
        ("Minister of Economy", "Minister of Trade", "Deputy Minister of Economy",
         "Chairman of the Chamber of Commerce", "Minister of Agriculture", "Minister of Finance"),
        False,
        ("trade turnover", "mutual investments", "the joint investment fund",
         "small and medium business", "the free trade regime", "agricultural exports",
         "industrial parks", "the business forum", "customs procedures", "food security",
         "the textile industry", "tourism flows", "the automotive industry",
         "pharmaceutical production", "the digital economy", "export promotion",
         "cotton processing", "halal certification", "the joint venture for machinery"),
        (("trade turnover reached {q} ${n} million last year", "USD", 80, 6000),
         ("{q} {n} companies with {other} capital operate in the country", "companies", 40, 2500),
         ("mutual investments exceeded {q} ${n} million", "USD", 100, 9000),
         ("turnover grew by {q} {n} percent in the first half of the year", "percent", 3, 60),
         ("{q} {n} business people attended the forum", "people", 50, 900)),
        ("an industrial park", "the free economic zone", "the Alat port", "a textile factory",
         "the exhibition centre", "an agricultural cluster"),
        ("The potential of {topic} is far from exhausted",
         "Our goal is to double the figures for {topic} within {years} years",
         "Businesses of both countries are interested in {topic}",
         "{topic} opens new opportunities for our entrepreneurs"),
        ("intergovernmental commission on economic cooperation", "Export Promotion Agency",
         "joint business council", "World Trade Organization"),
    ),
    Sector(
        "transport", "Ministry of Digital Development and Transport",
        "Minister of Digital Development and Transport", "Transport Minister",
        ("Minister of Transport", "Minister of Infrastructure", "Deputy Minister of Transport",
         "Chairman of the Railways", "Minister of Digital Development"),
        False,
        ("the East-West transport corridor", "railway freight", "port capacity",
         "fiber-optic links", "e-government services", "satellite communication",
         "cargo transit", "the Baku-Tbilisi-Kars railway", "the digital silk way",
         "air connections", "logistics centres", "the Zangezur corridor", "ferry services "
         "across the Caspian", "the single window for transit", "artificial intelligence",
         "the 5G network", "postal services", "road construction"),
        (("cargo transportation grew to {q} {n} tonnes", "tonnes", 50000, 9000000),
         ("{q} {n} containers passed through the port", "containers", 1000, 90000),
         ("the new line will be {q} {n} kilometers long", "kilometers", 40, 900),
         ("{q} {n} flights a week connect the two capitals", "flights", 4, 60),
         ("travel time will fall by {q} {n} percent", "percent", 10, 60)),
        ("the Baku International Sea Trade Port", "the Alat logistics centre", "a railway depot",
         "the satellite control centre", "the data centre", "the new airport terminal"),
        ("{topic} will connect Asia and Europe through our countries",
         "We expect {topic} to double within {years} years",
         "Without {topic} there is no competitive corridor",
         "Our task is to remove every barrier to {topic}"),
        ("Trans-Caspian International Transport Route", "joint logistics company",
         "International Telecommunication Union", "coordination council of the corridor"),
    ),
    Sector(
        "education", "Ministry of Science and Education", "Minister of Science and Education",
        "Education Minister",
        ("Minister of Education", "Rector of the National University", "Deputy Minister of "
         "Education", "Minister of Culture", "Minister of Health", "Minister of Youth and Sports"),
        False,
        ("student exchanges", "joint university programs", "vocational training",
         "research grants", "teacher training", "the opening of a branch campus",
         "the recognition of diplomas", "language teaching", "STEM education",
         "medical education", "school construction", "inclusive education", "distance learning",
         "scholarships", "archaeological research", "the restoration of monuments",
         "youth camps", "sports diplomacy"),
        (("{q} {n} students from {other} study in the country", "students", 100, 12000),
         ("{q} {n} scholarships will be offered each year", "scholarships", 10, 500),
         ("{q} {n} universities have signed cooperation agreements", "universities", 3, 80),
         ("{q} {n} teachers took part in the training", "teachers", 20, 3000),
         ("{q} {n} schools were built under the programme", "schools", 2, 150)),
        ("the National University", "a secondary school", "the Academy of Sciences",
         "a technical college", "the National Library", "the new campus"),
        ("Investment in {topic} is investment in the future",
         "Young people are the bridge between our nations, and {topic} serves them",
         "We will extend {topic} to every region within {years} years",
         "{topic} has already given results we are proud of"),
        ("joint commission on education", "Erasmus+ programme", "UNESCO",
         "council of rectors"),
    ),
)  # fmt: skip

QUALIFIERS = (("", ""), ("over", "more than"), ("up to", "as many as"), ("about", "around"),
              ("at least", "no fewer than"), ("nearly", "almost"))  # fmt: skip

FILLER = (
    "Analysts note that {topic} has become one of the central items on the bilateral agenda "
    "since {year}.",
    "Experts expect {topic} to remain in focus at the {body} later this year.",
    "The {body} met for the {nth} time in {city2} in {month} {year}, when the parties reviewed "
    "{topic2} and agreed a plan of action.",
    "According to official data, {n} agreements covering {topic2} have been signed between the "
    "two countries.",
    "In {year}, the two countries adopted a joint declaration on {topic}, followed by a roadmap "
    "on {topic2} in {year2}.",
    "{home_name} has consistently supported {topic2}, officials say, pointing to the results of "
    "the past {years} years.",
    "Observers in {city2} describe {topic} as a test of how quickly the partners can turn "
    "declarations into projects.",
    "The previous round of consultations on {topic2} was held in {city2} in {month} {year}.",
    "Both sides also referred to the decisions of the {body} adopted in {year2}.",
    "Local media reported that preparations for {topic} had started in {month}, with "
    "{n} specialists involved.",
    "Government figures show that spending on {topic2} rose to {n} million manats in {year2}.",
    "The talks took place against the background of {topic}, which both capitals regard as a "
    "priority.",
    "{other_name} was among the first countries to take part in {topic2}, a ministry "
    "spokesperson recalled.",
    "A working group on {topic} is expected to present its proposals by {month}.",
    "The parties are also considering a separate memorandum on {topic2}.",
    "Last year {other_name} hosted {n} delegations from the region, several of them devoted to "
    "{topic}.",
    "Officials declined to give a timetable for {topic2}, saying only that technical talks "
    "would continue.",
    "A survey published in {month} found that {n} percent of respondents in {city2} supported "
    "closer ties in {topic}.",
    "The opposition in {other_name} has questioned the cost of {topic2}, estimated at {n} "
    "million euros.",
    "Since {year}, more than {n} specialists have completed courses on {topic}.",
    "The memorandum signed in {year2} set out {n} areas of cooperation, from {topic} to {topic2}.",
    "Diplomats in {city2} said the meeting had been planned for several months.",
    "A joint statement is expected to be published after the consultations on {topic2}.",
    "The {body} is due to meet again before the end of {year2}, a source said.",
    "Both countries are members of the {body}, which last convened in {city2}.",
    "{home_name} allocated {n} million dollars to {topic} in its budget for {year2}.",
    "Earlier this year, the parliament of {other_name} ratified an agreement on {topic2}.",
    "The initiative on {topic} was first proposed at a conference in {city2} in {year}.",
    "Independent experts caution that {topic2} will take at least {years} years to complete.",
    "A delegation of {n} experts is due to travel to {city2} to discuss {topic} in {month}.",
)
"""Context sentences that pad an article to its length: history, plans and figures."""

SEE_ALSO = ("Ministers discuss {topic}", "New agreement on {topic2} signed",
            "{other_name} delegation arrives in {city}", "Parliament approves plan on {topic}",
            "Forum on {topic2} opens in {city2}")  # fmt: skip
BYLINES = ("Sabina Mammadli", "Ilaha Shirinova", "Jane Carter", "Mark Holloway", "Nigar Abbasova",
           "Aynur Karimova", "Tom Becker", "Olga Petrova")  # fmt: skip

# --- events --------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    country: Country
    office: str
    rank: str | None = None

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def short_office(self) -> str:
        """`Minister of Energy` -> `Energy Minister`; other offices as they are."""
        head, _, what = self.office.partition(" of ")
        if head == "Minister" and what and " " not in what:
            return f"{what} Minister"
        return head


@dataclass
class Event:
    number: int
    day: dt.date
    sector: Sector
    host: Person
    guest: Person
    other: Country
    topics: list[str]
    figures: list[tuple[str, str, int, str]]
    quote: str
    visit: str
    second: Person | None
    follow_up: tuple[str, dt.date] | None
    history: list[tuple[str, int]]
    body: str
    reports: int
    project: str = ""
    lexicon: list[str] = field(default_factory=list)

    @property
    def host_short(self) -> str:
        if self.host.office == self.sector.host_office:
            return self.sector.host_short
        return self.host.short_office


def _person(rng: random.Random, country: Country, office: str, military: bool) -> Person:
    rank = rng.choice(RANKS[:4] if "Naval" not in office else RANKS[4:6]) if military else None
    if military and "NATO" in office:
        rank = rng.choice(("Lieutenant General", "Major General", "Rear Admiral", "Vice Admiral"))
    return Person(rng.choice(country.first), rng.choice(country.last), country, office, rank)


class World:
    """The recurring cast: every country's ministers stay in office for the whole run."""

    def __init__(self, rng: random.Random) -> None:
        self.ministers: dict[tuple[str, str], Person] = {}
        self.rng = rng

    def minister(self, country: Country, sector: Sector, seat: int = 0) -> Person:
        """Seat 0 is the minister; seats 1-3 are the ministry's other officials."""
        key = (country.name, sector.name, seat)
        if key not in self.ministers:
            office = sector.host_office if seat == 0 else sector.guest_offices[seat]
            self.ministers[key] = _person(self.rng, country, office, sector.military)
        return self.ministers[key]


def make_event(rng: random.Random, world: World, number: int, day: dt.date) -> Event:
    sector = rng.choice(SECTORS)
    home = HOME if rng.random() < 0.3 else rng.choice(COUNTRIES)
    other = rng.choice([c for c in COUNTRIES if c is not home])
    host = world.minister(home, sector, 0 if rng.random() < 0.5 else rng.randint(1, 3))
    office = rng.choice(sector.guest_offices)
    guest = _person(rng, other, office, sector.military)
    topics = rng.sample(sector.topics, 4)
    figures = []
    for template, what, low, high in rng.sample(sector.figures, rng.randint(2, 3)):
        n = _round(rng, rng.randint(low, high))
        qualifier = rng.choice(QUALIFIERS)[0] if rng.random() < 0.6 else ""
        figures.append((template, what, n, qualifier))
    quote = rng.choice(sector.quotes).format(
        topic=topics[0], years=rng.randint(3, 15), home=home.name, other=other.name
    )
    quote = quote[0].upper() + quote[1:]
    second = None
    if rng.random() < 0.45:
        second_sector = rng.choice(SECTORS)
        if second_sector is not sector:
            second = world.minister(home, second_sector)
    follow_up = None
    if rng.random() < 0.5:
        follow_up = (rng.choice(("meeting", "round of talks", "session", "forum", "exercise")),
                     day + dt.timedelta(days=rng.randint(5, 90)))  # fmt: skip
    history = [(rng.choice(topics[1:]), rng.randint(1993, day.year - 2)) for _ in range(3)]
    return Event(
        number, day, sector, host, guest, other, topics, figures, quote,
        rng.choice(sector.visits), second, follow_up, history, rng.choice(sector.bodies),
        reports=rng.choices((1, 2, 3, 4, 5, 6), weights=(10, 20, 28, 22, 12, 8))[0],
        project=f"the {_coined(rng)} {rng.choice(PROJECTS[sector.name])}",
        lexicon=_lexicon(rng),
    )  # fmt: skip


SYLLABLES = (
    "ka",
    "ri",
    "to",
    "ma",
    "ne",
    "lu",
    "sa",
    "vo",
    "de",
    "gi",
    "ha",
    "pe",
    "zo",
    "ta",
    "ni",
    "ru",
    "mo",
    "be",
    "la",
    "ko",
    "si",
    "da",
    "fe",
    "na",
    "ar",
    "el",
    "or",
    "an",
)
PROJECTS = {
    "defence": ("training initiative", "exercise", "engineering battalion project", "range"),
    "diplomacy": ("dialogue platform", "declaration", "consultation format", "initiative"),
    "energy": ("gas field", "wind farm", "power line", "solar park", "refinery upgrade"),
    "trade": ("industrial park", "trade house", "investment fund", "export hub"),
    "transport": ("logistics hub", "rail link", "port terminal", "transit corridor"),
    "education": ("scholarship scheme", "research centre", "joint faculty", "school programme"),
}  # fmt: skip


ADJECTIVES = _words(
    "regional national joint bilateral digital rural coastal northern southern eastern western "
    "central mobile modular seasonal urban remote industrial agricultural scientific medical "
    "technical legal financial cultural historic strategic temporary permanent public private "
    "municipal provincial domestic cross-border long-range short-term mid-size heavy light "
    "renewable electric hybrid automated secure emergency civilian naval airborne mountain "
    "underground maritime environmental statistical academic vocational fiscal monetary"
)
NOUNS = _words(
    "pipeline railway bridge tunnel airport harbour port warehouse terminal substation grid "
    "reservoir dam canal highway depot hospital clinic school campus laboratory library museum "
    "archive stadium market exchange registry database network satellite radar drone cable "
    "turbine refinery factory plant mill farm vineyard orchard greenhouse fishery forest mine "
    "quarry checkpoint garrison barracks academy institute court tribunal council commission "
    "agency fund bank insurer cooperative union association festival exhibition fair tournament "
    "census survey audit budget tariff quota subsidy loan grant bond licence permit standard "
    "curriculum textbook vaccine ambulance shelter housing settlement village district valley "
    "corridor crossing junction hub platform pavilion observatory"
)
ORGS = _words("Institute Foundation Authority Company Consortium Centre Agency Council")


def _lexicon(rng: random.Random) -> list[str]:
    """Phrases only this event's reports use: what makes its wording its own."""
    words = [f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}" for _ in range(8)]
    words += [f"the {_coined(rng)} {rng.choice(NOUNS)}" for _ in range(3)]
    words += [f"the {_coined(rng)} {rng.choice(ORGS)}" for _ in range(2)]
    return words


def _coined(rng: random.Random) -> str:
    """An invented proper name (`Kavrona`) that makes one event's wording its own."""
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
    return word.capitalize()


def _round(rng: random.Random, n: int) -> int:
    if n >= 1000 and rng.random() < 0.7:
        step = 10 ** (int(math.log10(n)) - 1)
        return max(step, n // step * step)
    return n


# --- outlets -------------------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def md(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}"


def dm(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


@dataclass(frozen=True)
class Outlet:
    name: str
    slug: str
    day_first: bool = False
    weekday: bool = False
    russian: bool = False
    chrome: bool = False
    front_matter: float = 0.1


OUTLETS = (
    Outlet("Trend", "trend", front_matter=0.2),
    Outlet("AZERTAC", "azertac"),
    Outlet("Reuters", "reuters", weekday=True, front_matter=0.3),
    Outlet("AP", "ap", weekday=True),
    Outlet("TASS", "tass", russian=True),
    Outlet("Anadolu Agency", "anadolu", day_first=True),
    Outlet("News.Az", "newsaz", weekday=True, chrome=True),
    Outlet("Azernews", "azernews", day_first=True, chrome=True),
    Outlet("Caucasus Watch", "caucasuswatch", chrome=True, front_matter=0.0),
)


@dataclass
class Report:
    """One outlet's article about an event, with what it changed."""

    event: Event
    outlet: Outlet
    published: dt.date
    rng: random.Random
    discrepancy: str | None = None
    day: dt.date = field(init=False)
    figures: list[tuple[str, str, int, str]] = field(init=False)
    guest_rank: str | None = field(init=False)
    guest_office: str = field(init=False)
    quote: str = field(init=False)
    guest_last: str = field(init=False)
    unused: list[str] = field(default_factory=list)
    with_year: bool = False

    def __post_init__(self) -> None:
        e = self.event
        self.with_year = self.rng.random() < 0.3
        self.day, self.figures = e.day, list(e.figures)
        self.guest_rank, self.guest_office, self.quote = e.guest.rank, e.guest.office, e.quote
        self.guest_last = e.guest.last

    # how this outlet writes things ---------------------------------------------------------

    def spell(self, person: Person) -> str:
        last = person.last if person is not self.event.guest else self.guest_last
        if self.outlet.russian:
            last = RUSSIAN_SPELLING.get(last, last.translate(ASCII_SPELLING))
        elif self.outlet.slug in {"ap", "reuters", "azernews"}:
            last = last.translate(ASCII_SPELLING)
        return last

    def full(self, person: Person) -> str:
        first = person.first.translate(ASCII_SPELLING) if self.outlet.russian else person.first
        return f"{first} {self.spell(person)}"

    def ranked(self, person: Person, short: bool = False) -> str:
        rank = self.guest_rank if person is self.event.guest else person.rank
        if not rank:
            return self.full(person)
        shown = RANK_SHORT[rank] if short else rank
        return f"{shown} {self.full(person)}"

    def office(self, person: Person) -> str:
        office = self.guest_office if person is self.event.guest else person.office
        if "NATO" in office or "Organization" in office or "Representative" in office:
            return office
        return f"{office} of {person.country.name}"

    def date(self, day: dt.date) -> str:
        if self.outlet.weekday and 0 <= (self.published - day).days < 6:
            return day.strftime("%A")
        text = dm(day) if self.outlet.day_first else md(day)
        if self.with_year:
            text += f" {day.year}" if self.outlet.day_first else f", {day.year}"
        return text

    def on(self, day: dt.date) -> str:
        return f"on {self.date(day)}"

    def figure(self, index: int) -> str:
        template, _, n, qualifier = self.figures[index]
        words = dict(QUALIFIERS)
        if qualifier and self.rng.random() < 0.4:
            qualifier = words[qualifier]
        number = f"{n:,}" if n >= 10000 or (n >= 1000 and self.rng.random() < 0.5) else str(n)
        text = template.format(
            q=qualifier,
            n=number,
            other=self.event.other.demonym,
            year=self.event.day.year - 9,
            thing=self.event.follow_up[0] if self.event.follow_up else "exercise",
        )
        return " ".join(text.split())


def _inject(report: Report) -> None:
    """Change one fact, as outlets do by mistake or by a later update."""
    rng, e = report.rng, report.event
    kind = rng.choice(("date", "number", "qualifier", "rank", "office", "quote", "spelling"))
    if kind == "date":
        report.day = e.day + dt.timedelta(days=rng.choice((-1, 1)))
    elif kind == "number" and report.figures:
        i = rng.randrange(len(report.figures))
        template, what, n, qualifier = report.figures[i]
        report.figures[i] = (template, what, n + max(1, n // 10) * rng.choice((-1, 1)), qualifier)
    elif kind == "qualifier" and report.figures:
        i = rng.randrange(len(report.figures))
        template, what, n, qualifier = report.figures[i]
        others = [q for q, _ in QUALIFIERS if q and q != qualifier]
        report.figures[i] = (template, what, n, rng.choice(others))
    elif kind == "rank" and e.guest.rank:
        report.guest_rank = rng.choice([r for r in RANKS[:4] if r != e.guest.rank])
    elif kind == "office" and not e.guest.office.startswith("Deputy"):
        report.guest_office = "Deputy " + e.guest.office
    elif kind == "quote":
        words = report.quote.split()
        i = rng.randrange(1, len(words))
        words[i] = rng.choice(("new", "strong", "regional", "future", "joint"))
        report.quote = " ".join(words)
    elif kind == "spelling" and e.guest.last.translate(ASCII_SPELLING) != e.guest.last:
        report.guest_last = e.guest.last.translate(ASCII_SPELLING)
    else:
        return
    report.discrepancy = kind


# --- writing one article -------------------------------------------------------------------


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def lead(r: Report) -> str:
    e, rng = r.event, r.rng
    host, guest = e.host, e.guest
    place = e.host.country.name
    choice = rng.randrange(5)
    if choice == 0:
        return (
            f"On {r.date(r.day) if not r.outlet.weekday else md(r.day)}, {r.ranked(host)}, the "
            f"{r.office(host)}, met with {r.ranked(guest)}, the {r.office(guest)}, who is on an "
            f"official visit to {place}."
        )
    if choice == 1:
        return (
            f"{host.country.demonym} {e.host_short} {r.ranked(host)} {r.on(r.day)} met "
            f"with {r.office(guest)}, {r.ranked(guest)}, who is on a visit to {place}."
        )
    if choice == 2:
        return (
            f"{r.ranked(guest)}, the {r.office(guest)}, held talks with {e.host_short} "
            f"{r.full(host)} in {host.country.capital} {r.on(r.day)}."
        )
    if choice == 3:
        return (
            f"{r.office(host)}, {r.ranked(host)}, received the delegation led by "
            f"{r.office(guest)}, {r.ranked(guest)}, {r.on(r.day)}."
        )
    return (
        f"{r.full(host)} and {r.full(guest)} discussed {e.topics[0]} at a meeting in "
        f"{host.country.capital} {r.on(r.day)}."
    )


def statements(r: Report) -> list[str]:
    e, rng = r.event, r.rng
    host, guest = e.host, e.guest
    h, g = r.spell(host), r.spell(guest)
    t = e.topics
    other, home = e.other, e.host.country
    pool = [
        f"Welcoming the guest, {e.host_short} {h} expressed satisfaction with the "
        f"development of {t[0]} between {home.name} and {other.name}.",
        f"{h} noted the importance of {t[1]} and stressed that {home.name} attaches great "
        f"importance to {t[2]}.",
        f"The {other.demonym} guest highly appreciated {home.name}'s role in {t[0]} and "
        f"expressed gratitude for the hospitality.",
        f"During the meeting, it was noted that {t[1]} is of special importance within the "
        f"framework of the {e.body}.",
        f"The sides also discussed prospects for {t[2]}, {t[3]} and other issues of mutual "
        f"interest.",
        f"{g} informed the minister about {t[3]} and thanked {home.name} for its support.",
        f"In turn, {r.ranked(guest, short=True)} emphasized that {other.name} is interested in "
        f"expanding {t[1]}.",
        f"The {e.host_short.lower()} briefed the guest on {t[2]} and the current "
        f"situation in the region.",
        f"It was stressed that {t[0]} and {t[3]} would be reviewed at the next meeting of the "
        f"{e.body}.",
        f"{h} recalled that {home.name} and {other.name} had achieved good results in {t[3]} "
        f"and called for new joint projects.",
        f"The {other.demonym} side voiced interest in {home.name}'s experience in {t[2]}.",
        f"According to the minister, {t[1]} remains a priority for the government of {home.name}.",
        f"{g} said that {other.name} was ready to contribute to {t[0]} and invited {h} to visit "
        f"{other.capital}.",
        f"The {e.host_short.lower()} thanked the {other.demonym} delegation for the "
        f"constructive talks on {t[2]}.",
        f"Special attention was paid to {e.project}, which both sides called a flagship of {t[0]}.",
        f"The ministers reviewed progress on {e.project} and agreed to speed up work on it.",
        f"{h} pointed to {e.lexicon[0]} and {e.lexicon[1]} as examples of {t[1]}.",
        f"The guest was told about plans for {e.lexicon[2]}, {e.lexicon[8]} and {e.lexicon[3]}.",
        f"Both sides agreed that {e.lexicon[9]} should be completed before {e.lexicon[4]}.",
    ]
    rng.shuffle(pool)
    return [reword(r, sentence) for sentence in pool[: rng.randint(4, len(pool))]]


def quote_paragraph(r: Report) -> str:
    h = r.spell(r.event.host)
    form = r.rng.randrange(3)
    if form == 0:
        return f"“{r.quote},” {h} said."
    if form == 1:
        return f'{h} said: "{r.quote}."'
    return (
        f"Saying that “{r.quote}”, Minister {h} emphasized that the two countries stand together."
    )


def figures_paragraph(r: Report) -> str:
    parts = [_cap(r.figure(i)) + "." for i in range(len(r.figures))]
    if r.rng.random() < 0.5:
        parts.insert(0, "It was mentioned that " + r.figure(0) + ".")
        parts.pop(1)
    return " ".join(parts)


def visit_paragraph(r: Report) -> str:
    e = r.event
    later = r.day + dt.timedelta(days=r.rng.choice((0, 1)))
    when = "On the same day" if later == r.day else f"On {md(later)}"
    return (
        f"{when}, the delegation led by {r.full(e.guest)} visited {e.visit}. The guests were "
        f"briefed on {e.topics[3]} and the history of the site."
    )


def second_meeting(r: Report) -> str:
    e = r.event
    assert e.second is not None
    return (
        f"Later, {r.ranked(e.guest, short=True)} also met with {r.office(e.second)} "
        f"{r.full(e.second)}, who noted the progress in {e.topics[2]}."
    )


def follow_up(r: Report) -> str:
    e = r.event
    assert e.follow_up is not None
    what, day = e.follow_up
    return (
        f"The next {what} on {e.topics[1]} will be held in {e.other.capital} on {md(day)}, "
        f"according to the ministry."
    )


def history(r: Report) -> list[str]:
    e = r.event
    out = []
    for topic, year in e.history:
        out.append(
            r.rng.choice(
                (
                    f"Cooperation in {topic} between {e.host.country.name} and {e.other.name} "
                    f"began in {year}.",
                    f"{e.host.country.name} joined the {e.body} in {year}, which opened the way "
                    f"to {topic}.",
                    f"The first agreement on {topic} was signed in {e.other.capital} in {year}.",
                )
            )
        )
    return out


SYNONYMS = {
    "cooperation": ("partnership", "collaboration", "ties", "engagement", "relations"),
    "development": ("growth", "expansion", "progress", "deepening", "strengthening"),
    "importance": ("significance", "value", "weight", "relevance"),
    "discussed": ("reviewed", "considered", "examined", "addressed", "went over"),
    "prospects": ("opportunities", "possibilities", "outlook", "avenues", "options"),
    "agreed": ("decided", "resolved", "consented", "undertook"),
    "expected": ("due", "scheduled", "set", "planned", "likely"),
    "officials": ("authorities", "diplomats", "aides", "representatives", "sources"),
    "experts": ("specialists", "analysts", "researchers", "economists", "observers"),
    "projects": ("undertakings", "schemes", "ventures", "programmes", "plans"),
    "meeting": ("session", "gathering", "round", "encounter", "sitting"),
    "priority": ("focus", "key goal", "main task", "top concern", "central aim"),
    "results": ("outcomes", "achievements", "gains", "successes", "returns"),
    "support": ("backing", "assistance", "help", "aid", "solidarity"),
    "issues": ("questions", "matters", "topics", "subjects", "problems"),
    "country": ("state", "nation", "republic"),
    "countries": ("states", "nations", "partners", "governments"),
    "plan": ("scheme", "strategy", "blueprint", "programme", "roadmap"),
    "signed": ("concluded", "inked", "adopted", "approved", "finalised"),
    "proposals": ("recommendations", "suggestions", "ideas", "drafts", "options"),
    "reported": ("said", "wrote", "noted", "claimed", "stated"),
    "first": ("earliest", "initial", "original", "opening"),
    "interest": ("curiosity", "enthusiasm", "appetite", "readiness"),
    "situation": ("state of affairs", "environment", "landscape", "picture"),
    "region": ("area", "neighbourhood", "wider region", "zone"),
}
"""Generic words of the templates, varied per report so that two events told with the same
templates do not read alike (outlets word things their own way)."""


def reword(r: Report, text: str) -> str:
    words = text.split(" ")
    for i, word in enumerate(words):
        bare = word.rstrip(".,;:")
        options = SYNONYMS.get(bare)
        if options and r.rng.random() < 0.6:
            words[i] = r.rng.choice(options) + word[len(bare) :]
    return " ".join(words)


def filler(r: Report) -> str:
    e, rng = r.event, r.rng
    if not r.unused:
        r.unused = list(FILLER)
        rng.shuffle(r.unused)
    sentence = reword(r, r.unused.pop())
    own = [*e.topics, e.project, *e.lexicon]
    return sentence.format(
        topic=rng.choice(own if rng.random() < 0.9 else e.sector.topics),
        topic2=rng.choice(e.lexicon if rng.random() < 0.8 else e.sector.topics),
        year=rng.randint(1998, e.day.year - 1), year2=rng.randint(2005, e.day.year),
        body=rng.choice(e.sector.bodies), nth=rng.choice(("second", "third", "fifth", "tenth")),
        city2=rng.choice(COUNTRIES).capital, month=rng.choice(MONTHS), n=rng.randint(3, 400),
        years=rng.randint(3, 30), home_name=e.host.country.name, other_name=e.other.name,
    )  # fmt: skip


def attribution(r: Report) -> str:
    ministry = f"{r.event.host.country.demonym} {r.event.sector.ministry}"
    slug = r.outlet.slug
    if slug == "trend":
        return f", Trend reports via the {ministry}"
    if slug == "newsaz":
        return ", the ministry told News.Az"
    if slug == "azernews":
        return ", Azernews reports per the ministry"
    if slug == "azertac":
        return ", AZERTAC reports"
    if slug == "anadolu":
        return ", Anadolu Agency reports"
    if slug == "caucasuswatch":
        return f", the Press Office of the {ministry} reported"
    return ""


def title(r: Report) -> str:
    e = r.event
    forms = (
        f"{e.host.country.demonym} {e.host_short} meets {e.other.demonym} delegation",
        f"{r.spell(e.host)}, {r.spell(e.guest)} discuss {e.topics[0]}",
        f"{e.host.country.name} and {e.other.name} to expand {e.topics[1]}",
        f"{e.other.demonym} {r.guest_office.split(' of ')[0]} visits {e.host.country.name}",
    )
    return _cap(r.rng.choice(forms))


def dateline(r: Report) -> tuple[str, str]:
    """(dateline prefix of the lead paragraph, header lines before it)."""
    city = r.event.host.country.capital
    country = r.event.host.country.name
    published = r.published
    slug = r.outlet.slug
    stamp = f"{dm(published)} {published.year} {r.rng.randint(7, 22)}:{r.rng.randint(0, 59):02d}"
    stamped = r.rng.random() < 0.9
    if slug == "trend":
        return f"{city.upper()}, {country}, {md(published)}. ", f"{stamp}\n\n" if stamped else ""
    if slug == "azertac":
        return "", f"{city}, {md(published)}, AZERTAC\n\n" + (f"{stamp}\n\n" if stamped else "")
    if slug == "reuters":
        return f"{city.upper()}, {md(published)} (Reuters) - ", f"{stamp}\n\n" if stamped else ""
    if slug == "ap":
        return f"{city.upper()} (AP) — ", f"By {r.rng.choice(BYLINES)}\n\n{stamp}\n\n"
    if slug == "tass":
        return f"{city.upper()}, {md(published)}. /TASS/. ", f"{stamp}\n\n" if stamped else ""
    if slug == "anadolu":
        return f"{city.upper()} (AA) - ", f"{stamp}\n\n" if stamped else ""
    if slug == "newsaz":
        return "", f" date {published.isoformat()} + ↺ − 16 px\n\n"
    if slug == "azernews":
        return "", f" date {published.isoformat()} By Azernews\n\n{r.rng.choice(BYLINES)}\n\n"
    return "", f"| News, Politics, {country}\n\n" + (f"{stamp}\n\n" if stamped else "")


def chrome_tail(r: Report) -> list[str]:
    e, rng = r.event, r.rng
    slug = r.outlet.slug
    out = []
    if slug == "newsaz":
        out.append("News.Az")
    elif slug == "caucasuswatch":
        out.append("See Also")
        for template in rng.sample(SEE_ALSO, 3):
            out.append(
                template.format(
                    topic=rng.choice(e.sector.topics), topic2=rng.choice(e.sector.topics),
                    other_name=e.other.name, city=e.host.country.capital,
                    city2=rng.choice(COUNTRIES).capital,
                )
            )  # fmt: skip
        out.append(
            'Our website uses cookies. By clicking on "I accept cookies", you consent to our use '
            "of cookies in accordance with the terms of our Cookie Policy."
        )
    elif slug == "azernews" and rng.random() < 0.5:
        out.append("Follow us on Telegram and subscribe to our newsletter for the latest news.")
    return out


def write_report(r: Report, target: int) -> str:
    """The article text: header, paragraphs in this outlet's order, filler to `target` bytes."""
    e, rng = r.event, r.rng
    prefix, header = dateline(r)
    first = prefix + lead(r)
    first = first[:-1] + attribution(r) + "."
    body: list[str] = [first]
    said = statements(r)
    body.append(" ".join(said[:2]))
    if rng.random() < 0.85:
        body.append(quote_paragraph(r))
    body.append(" ".join(said[2:]))
    if r.figures and rng.random() < 0.9:
        body.append(figures_paragraph(r))
    if rng.random() < 0.7:
        body.append(visit_paragraph(r))
    if e.second is not None and rng.random() < 0.7:
        body.append(second_meeting(r))
    if e.follow_up is not None and rng.random() < 0.8:
        body.append(follow_up(r))
    old = history(r)
    if rng.random() < 0.8:
        body.append(" ".join(old[: rng.randint(1, 3)]))
    size = sum(len(p) + 2 for p in body)
    while size < target:
        paragraph = " ".join(filler(r) for _ in range(rng.randint(2, 4)))
        body.insert(rng.randint(2, len(body)), paragraph)
        size += len(paragraph) + 2
    lines = [header.rstrip("\n")] if header else []
    show_title = r.outlet.slug not in {"newsaz", "azernews"} or rng.random() < 0.3
    head = title(r)
    text = "\n\n".join([*([head] if show_title else []), *lines, *body, *chrome_tail(r)]) + "\n"
    if rng.random() < r.outlet.front_matter:
        meta = (
            f"---\noutlet: {r.outlet.name}\npublished: {r.published.isoformat()}\n"
            f'title: "{head}"\n---\n'
        )
        text = meta + text
    return text


# --- the corpus ----------------------------------------------------------------------------


def generate(articles: int, seed: int = 1) -> Iterator[tuple[str, str, dict]]:
    """(relative path, text, manifest entry) for `articles` articles, in a fixed order."""
    rng = random.Random(seed)
    world = World(random.Random(seed + 1))
    start = dt.date(2021, 1, 4)
    span = max(60, articles // 8)
    made = number = 0
    while made < articles:
        day = start + dt.timedelta(days=rng.randrange(span))
        event = make_event(rng, world, number, day)
        outlets = rng.sample(OUTLETS, min(event.reports, articles - made))
        for outlet in outlets:
            report_rng = random.Random(rng.getrandbits(64))
            published = day + dt.timedelta(days=report_rng.choice((0, 0, 0, 1, 1, 2)))
            report = Report(event, outlet, published, report_rng)
            if report_rng.random() < 0.25:
                _inject(report)
            target = int(min(16000, max(1500, report_rng.lognormvariate(math.log(4400), 0.45))))
            text = write_report(report, target)
            path = f"{published.year}/{published.month:02d}/{made:06d}_{outlet.slug}.txt"
            entry = {"event": number, "outlet": outlet.name, "discrepancy": report.discrepancy}
            yield path, text, entry
            made += 1
        number += 1


def write_corpus(out: Path, articles: int, seed: int = 1) -> tuple[int, int]:
    """Write the corpus under `out`; returns (files, bytes)."""
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}
    total = 0
    for path, text, entry in generate(articles, seed):
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        target.write_bytes(data)
        total += len(data)
        manifest[path] = entry
    (out / ".manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return len(manifest), total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="How many articles.")
    parser.add_argument("--out", type=Path, required=True, help="Folder to write them to.")
    parser.add_argument("--seed", type=int, default=1, help="Random seed (same seed, same files).")
    args = parser.parse_args()
    files, size = write_corpus(args.out, args.articles, args.seed)
    print(f"wrote {files} articles, {size / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
