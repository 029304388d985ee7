"""Static world knowledge: countries, places, news outlets, organisations, titles.

The extractors need to tell a place from a person ("Shusha" vs "Shahin"), a
nationality from an office ("Azerbaijani Defence Minister"), an outlet from a
source ("Trend reports"), and to see that "LANDCOM" and "NATO Allied Land
Command" are the same body.  Everything here is plain data written by hand plus
a handful of lookup functions.  Derived indexes are built once at import so the
lookups stay dictionary-fast on tens of megabytes of text.

Lookup conventions shared by the functions below:

* Curly apostrophes, dashes, repeated whitespace and accents are folded
  ("Türkiye" == "Turkiye", "Côte d’Ivoire" == "Cote d'Ivoire",
  "St. Petersburg" == "Saint Petersburg").
* Names are case-sensitive on the first letter only: "turkey" (the bird) is
  not a country, "Turkey" and "TURKEY" are.
* Acronyms ("US", "UK", "UAE", "FBI") are matched with their exact
  capitalisation, because "us" and "Us" are ordinary English words.
* Nothing here guesses: a form shared by two entries ("Congolese",
  "Dominican") resolves to ``None`` rather than to one of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

__all__ = [
    "AMBIGUOUS_DEMONYMS",
    "CAPITALS",
    "COUNTRIES",
    "COUNTRY_ALIASES",
    "DEMONYM_ALIASES",
    "MILITARY_RANKS",
    "OFFICE_HEADS",
    "ORG_ALIASES",
    "ORG_HEADS",
    "OUTLETS",
    "OUTLET_ALIASES",
    "OUTLET_DOMAINS",
    "PERSON_TITLES_BEFORE_NAME",
    "PLACES",
    "REGIONS",
    "country_of",
    "demonym_of",
    "is_place",
    "org_key",
    "outlet_from_domain",
    "outlet_name",
]

# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

# One row per country so that name, adjective, capital and variants cannot
# drift apart: (canonical name, demonym adjective, capital, name aliases,
# extra adjective forms).  The 193 UN member states plus Kosovo, Palestine,
# Taiwan and Vatican City.  Canonical names follow current UN short names
# where English-language agencies use them too (Türkiye, Czechia, Eswatini).
_COUNTRY_ROWS: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Afghanistan", "Afghan", "Kabul", ("Islamic Republic of Afghanistan",), ()),
    ("Albania", "Albanian", "Tirana", ("Republic of Albania",), ()),
    ("Algeria", "Algerian", "Algiers", (), ()),
    ("Andorra", "Andorran", "Andorra la Vella", (), ()),
    ("Angola", "Angolan", "Luanda", (), ()),
    ("Antigua and Barbuda", "Antiguan", "St. John's", ("Antigua",), ("Barbudan",)),
    ("Argentina", "Argentine", "Buenos Aires", ("Argentine Republic",), ("Argentinian",)),
    ("Armenia", "Armenian", "Yerevan", ("Republic of Armenia",), ()),
    ("Australia", "Australian", "Canberra", ("Commonwealth of Australia",), ()),
    ("Austria", "Austrian", "Vienna", ("Republic of Austria",), ()),
    (
        "Azerbaijan",
        "Azerbaijani",
        "Baku",
        ("Republic of Azerbaijan", "Azerbaijan Republic"),
        ("Azeri", "Azerbaijanian"),
    ),
    ("Bahamas", "Bahamian", "Nassau", ("The Bahamas", "Commonwealth of The Bahamas"), ()),
    ("Bahrain", "Bahraini", "Manama", ("Kingdom of Bahrain",), ()),
    ("Bangladesh", "Bangladeshi", "Dhaka", ("People's Republic of Bangladesh",), ()),
    ("Barbados", "Barbadian", "Bridgetown", (), ("Bajan",)),
    (
        "Belarus",
        "Belarusian",
        "Minsk",
        ("Republic of Belarus", "Belorussia", "Byelorussia"),
        ("Belarussian", "Belorussian", "Byelorussian"),
    ),
    ("Belgium", "Belgian", "Brussels", ("Kingdom of Belgium",), ()),
    ("Belize", "Belizean", "Belmopan", (), ()),
    ("Benin", "Beninese", "Porto-Novo", (), ("Beninois",)),
    ("Bhutan", "Bhutanese", "Thimphu", (), ()),
    ("Bolivia", "Bolivian", "Sucre", ("Plurinational State of Bolivia",), ()),
    (
        "Bosnia and Herzegovina",
        "Bosnian",
        "Sarajevo",
        ("Bosnia", "Bosnia-Herzegovina", "BiH"),
        ("Bosnian and Herzegovinian", "Herzegovinian"),
    ),
    ("Botswana", "Botswanan", "Gaborone", (), ("Motswana", "Batswana")),
    ("Brazil", "Brazilian", "Brasília", ("Federative Republic of Brazil",), ()),
    ("Brunei", "Bruneian", "Bandar Seri Begawan", ("Brunei Darussalam",), ()),
    ("Bulgaria", "Bulgarian", "Sofia", ("Republic of Bulgaria",), ()),
    ("Burkina Faso", "Burkinabe", "Ouagadougou", (), ("Burkinabè",)),
    ("Burundi", "Burundian", "Gitega", (), ()),
    ("Cabo Verde", "Cabo Verdean", "Praia", ("Cape Verde",), ("Cape Verdean",)),
    ("Cambodia", "Cambodian", "Phnom Penh", ("Kingdom of Cambodia",), ("Khmer",)),
    ("Cameroon", "Cameroonian", "Yaoundé", (), ()),
    ("Canada", "Canadian", "Ottawa", (), ()),
    ("Central African Republic", "Central African", "Bangui", (), ()),
    ("Chad", "Chadian", "N'Djamena", (), ()),
    ("Chile", "Chilean", "Santiago", ("Republic of Chile",), ()),
    (
        "China",
        "Chinese",
        "Beijing",
        ("People's Republic of China", "PRC", "P.R.C.", "Mainland China"),
        (),
    ),
    ("Colombia", "Colombian", "Bogotá", ("Republic of Colombia",), ()),
    ("Comoros", "Comorian", "Moroni", ("Union of the Comoros",), ()),
    (
        "Republic of the Congo",
        "Congolese",
        "Brazzaville",
        ("Congo-Brazzaville", "Republic of Congo", "Congo Republic"),
        (),
    ),
    (
        "Democratic Republic of the Congo",
        "Congolese",
        "Kinshasa",
        ("DR Congo", "DRC", "D.R.C.", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"),
        (),
    ),
    ("Costa Rica", "Costa Rican", "San José", (), ()),
    ("Côte d'Ivoire", "Ivorian", "Yamoussoukro", ("Ivory Coast",), ("Ivoirian",)),
    ("Croatia", "Croatian", "Zagreb", ("Republic of Croatia",), ("Croat",)),
    ("Cuba", "Cuban", "Havana", ("Republic of Cuba",), ()),
    ("Cyprus", "Cypriot", "Nicosia", ("Republic of Cyprus",), ()),
    ("Czechia", "Czech", "Prague", ("Czech Republic",), ()),
    ("Denmark", "Danish", "Copenhagen", ("Kingdom of Denmark",), ("Dane",)),
    ("Djibouti", "Djiboutian", "Djibouti", (), ()),
    ("Dominica", "Dominican", "Roseau", ("Commonwealth of Dominica",), ()),
    ("Dominican Republic", "Dominican", "Santo Domingo", (), ()),
    ("Ecuador", "Ecuadorian", "Quito", (), ("Ecuadorean",)),
    ("Egypt", "Egyptian", "Cairo", ("Arab Republic of Egypt",), ()),
    ("El Salvador", "Salvadoran", "San Salvador", (), ("Salvadorean",)),
    ("Equatorial Guinea", "Equatorial Guinean", "Malabo", (), ("Equatoguinean",)),
    ("Eritrea", "Eritrean", "Asmara", (), ()),
    ("Estonia", "Estonian", "Tallinn", ("Republic of Estonia",), ()),
    ("Eswatini", "Swazi", "Mbabane", ("Swaziland", "Kingdom of Eswatini"), ()),
    ("Ethiopia", "Ethiopian", "Addis Ababa", ("Federal Democratic Republic of Ethiopia",), ()),
    ("Fiji", "Fijian", "Suva", (), ()),
    ("Finland", "Finnish", "Helsinki", ("Republic of Finland",), ("Finn",)),
    ("France", "French", "Paris", ("French Republic",), ("Frenchman", "Frenchwoman")),
    ("Gabon", "Gabonese", "Libreville", (), ()),
    ("Gambia", "Gambian", "Banjul", ("The Gambia",), ()),
    ("Georgia", "Georgian", "Tbilisi", ("Sakartvelo",), ()),
    ("Germany", "German", "Berlin", ("Federal Republic of Germany",), ()),
    ("Ghana", "Ghanaian", "Accra", (), ()),
    ("Greece", "Greek", "Athens", ("Hellenic Republic", "Hellas"), ("Hellenic",)),
    ("Grenada", "Grenadian", "St. George's", (), ()),
    ("Guatemala", "Guatemalan", "Guatemala City", (), ()),
    ("Guinea", "Guinean", "Conakry", ("Guinea-Conakry",), ()),
    ("Guinea-Bissau", "Bissau-Guinean", "Bissau", (), ()),
    ("Guyana", "Guyanese", "Georgetown", (), ()),
    ("Haiti", "Haitian", "Port-au-Prince", (), ()),
    ("Honduras", "Honduran", "Tegucigalpa", (), ()),
    ("Hungary", "Hungarian", "Budapest", (), ("Magyar",)),
    ("Iceland", "Icelandic", "Reykjavík", (), ("Icelander",)),
    ("India", "Indian", "New Delhi", ("Republic of India", "Bharat"), ()),
    ("Indonesia", "Indonesian", "Jakarta", ("Republic of Indonesia",), ()),
    ("Iran", "Iranian", "Tehran", ("Islamic Republic of Iran", "Persia"), ()),
    ("Iraq", "Iraqi", "Baghdad", ("Republic of Iraq",), ()),
    ("Ireland", "Irish", "Dublin", ("Republic of Ireland", "Eire", "Éire"), ()),
    ("Israel", "Israeli", "Jerusalem", ("State of Israel",), ()),
    ("Italy", "Italian", "Rome", ("Italian Republic",), ()),
    ("Jamaica", "Jamaican", "Kingston", (), ()),
    ("Japan", "Japanese", "Tokyo", (), ()),
    ("Jordan", "Jordanian", "Amman", ("Hashemite Kingdom of Jordan",), ()),
    ("Kazakhstan", "Kazakh", "Astana", ("Republic of Kazakhstan",), ("Kazakhstani",)),
    ("Kenya", "Kenyan", "Nairobi", (), ()),
    ("Kiribati", "I-Kiribati", "Tarawa", (), ()),
    ("Kuwait", "Kuwaiti", "Kuwait City", ("State of Kuwait",), ()),
    (
        "Kyrgyzstan",
        "Kyrgyz",
        "Bishkek",
        ("Kyrgyz Republic", "Kirghizia", "Kirgizia"),
        ("Kyrgyzstani", "Kirghiz"),
    ),
    ("Laos", "Lao", "Vientiane", ("Lao PDR", "Lao People's Democratic Republic"), ("Laotian",)),
    ("Latvia", "Latvian", "Riga", ("Republic of Latvia",), ()),
    ("Lebanon", "Lebanese", "Beirut", ("Lebanese Republic",), ()),
    ("Lesotho", "Basotho", "Maseru", (), ("Mosotho",)),
    ("Liberia", "Liberian", "Monrovia", (), ()),
    ("Libya", "Libyan", "Tripoli", (), ()),
    ("Liechtenstein", "Liechtensteiner", "Vaduz", (), ()),
    ("Lithuania", "Lithuanian", "Vilnius", ("Republic of Lithuania",), ()),
    (
        "Luxembourg",
        "Luxembourgish",
        "Luxembourg",
        ("Grand Duchy of Luxembourg",),
        ("Luxembourger",),
    ),
    ("Madagascar", "Malagasy", "Antananarivo", (), ()),
    ("Malawi", "Malawian", "Lilongwe", (), ()),
    ("Malaysia", "Malaysian", "Kuala Lumpur", (), ()),
    ("Maldives", "Maldivian", "Malé", ("Republic of Maldives",), ()),
    ("Mali", "Malian", "Bamako", (), ()),
    ("Malta", "Maltese", "Valletta", (), ()),
    ("Marshall Islands", "Marshallese", "Majuro", (), ()),
    ("Mauritania", "Mauritanian", "Nouakchott", (), ()),
    ("Mauritius", "Mauritian", "Port Louis", (), ()),
    ("Mexico", "Mexican", "Mexico City", ("United Mexican States",), ()),
    ("Micronesia", "Micronesian", "Palikir", ("Federated States of Micronesia",), ()),
    ("Moldova", "Moldovan", "Chișinău", ("Republic of Moldova",), ()),
    ("Monaco", "Monegasque", "Monaco", ("Principality of Monaco",), ("Monacan",)),
    ("Mongolia", "Mongolian", "Ulaanbaatar", (), ()),
    ("Montenegro", "Montenegrin", "Podgorica", (), ()),
    ("Morocco", "Moroccan", "Rabat", ("Kingdom of Morocco",), ()),
    ("Mozambique", "Mozambican", "Maputo", (), ()),
    ("Myanmar", "Burmese", "Naypyidaw", ("Burma",), ("Myanmarese",)),
    ("Namibia", "Namibian", "Windhoek", (), ()),
    ("Nauru", "Nauruan", "Yaren", (), ()),
    ("Nepal", "Nepali", "Kathmandu", (), ("Nepalese",)),
    (
        "Netherlands",
        "Dutch",
        "Amsterdam",
        ("the Netherlands", "Holland", "Kingdom of the Netherlands"),
        ("Netherlandish",),
    ),
    ("New Zealand", "New Zealand", "Wellington", ("Aotearoa",), ("New Zealander",)),
    ("Nicaragua", "Nicaraguan", "Managua", (), ()),
    ("Niger", "Nigerien", "Niamey", (), ()),
    ("Nigeria", "Nigerian", "Abuja", ("Federal Republic of Nigeria",), ()),
    (
        "North Korea",
        "North Korean",
        "Pyongyang",
        ("DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"),
        (),
    ),
    (
        "North Macedonia",
        "Macedonian",
        "Skopje",
        ("Macedonia", "Republic of North Macedonia", "FYROM"),
        ("North Macedonian",),
    ),
    ("Norway", "Norwegian", "Oslo", ("Kingdom of Norway",), ()),
    ("Oman", "Omani", "Muscat", ("Sultanate of Oman",), ()),
    ("Pakistan", "Pakistani", "Islamabad", ("Islamic Republic of Pakistan",), ()),
    ("Palau", "Palauan", "Ngerulmud", (), ()),
    ("Panama", "Panamanian", "Panama City", (), ()),
    ("Papua New Guinea", "Papua New Guinean", "Port Moresby", (), ()),
    ("Paraguay", "Paraguayan", "Asunción", (), ()),
    ("Peru", "Peruvian", "Lima", (), ()),
    (
        "Philippines",
        "Filipino",
        "Manila",
        ("the Philippines", "Republic of the Philippines"),
        ("Philippine", "Filipina"),
    ),
    ("Poland", "Polish", "Warsaw", ("Republic of Poland",), ("Pole",)),
    ("Portugal", "Portuguese", "Lisbon", ("Portuguese Republic",), ()),
    ("Qatar", "Qatari", "Doha", ("State of Qatar",), ()),
    ("Romania", "Romanian", "Bucharest", ("Rumania",), ()),
    ("Russia", "Russian", "Moscow", ("Russian Federation",), ()),
    ("Rwanda", "Rwandan", "Kigali", (), ()),
    ("Saint Kitts and Nevis", "Kittitian", "Basseterre", ("St Kitts",), ("Nevisian",)),
    ("Saint Lucia", "Saint Lucian", "Castries", (), ()),
    ("Saint Vincent and the Grenadines", "Vincentian", "Kingstown", ("Saint Vincent",), ()),
    ("Samoa", "Samoan", "Apia", (), ()),
    ("San Marino", "Sammarinese", "San Marino", (), ()),
    ("São Tomé and Príncipe", "São Toméan", "São Tomé", (), ("Santomean",)),
    ("Saudi Arabia", "Saudi", "Riyadh", ("Kingdom of Saudi Arabia", "KSA"), ("Saudi Arabian",)),
    ("Senegal", "Senegalese", "Dakar", (), ()),
    ("Serbia", "Serbian", "Belgrade", ("Republic of Serbia",), ("Serb",)),
    ("Seychelles", "Seychellois", "Victoria", (), ()),
    ("Sierra Leone", "Sierra Leonean", "Freetown", (), ()),
    ("Singapore", "Singaporean", "Singapore", (), ()),
    ("Slovakia", "Slovak", "Bratislava", ("Slovak Republic",), ("Slovakian",)),
    ("Slovenia", "Slovenian", "Ljubljana", (), ("Slovene",)),
    ("Solomon Islands", "Solomon Islander", "Honiara", (), ()),
    ("Somalia", "Somali", "Mogadishu", ("Federal Republic of Somalia",), ("Somalian",)),
    ("South Africa", "South African", "Pretoria", ("Republic of South Africa",), ()),
    ("South Korea", "South Korean", "Seoul", ("ROK", "R.O.K.", "Republic of Korea"), ()),
    ("South Sudan", "South Sudanese", "Juba", (), ()),
    ("Spain", "Spanish", "Madrid", ("Kingdom of Spain",), ("Spaniard",)),
    ("Sri Lanka", "Sri Lankan", "Sri Jayawardenepura Kotte", ("Ceylon",), ()),
    ("Sudan", "Sudanese", "Khartoum", (), ()),
    ("Suriname", "Surinamese", "Paramaribo", ("Surinam",), ()),
    ("Sweden", "Swedish", "Stockholm", ("Kingdom of Sweden",), ("Swede",)),
    ("Switzerland", "Swiss", "Bern", ("Swiss Confederation",), ()),
    ("Syria", "Syrian", "Damascus", ("Syrian Arab Republic",), ()),
    ("Tajikistan", "Tajik", "Dushanbe", ("Republic of Tajikistan",), ("Tajikistani", "Tadjik")),
    ("Tanzania", "Tanzanian", "Dodoma", ("United Republic of Tanzania",), ()),
    ("Thailand", "Thai", "Bangkok", ("Kingdom of Thailand", "Siam"), ()),
    ("Timor-Leste", "Timorese", "Dili", ("East Timor",), ("East Timorese",)),
    ("Togo", "Togolese", "Lomé", (), ()),
    ("Tonga", "Tongan", "Nuku'alofa", (), ()),
    ("Trinidad and Tobago", "Trinidadian", "Port of Spain", ("Trinidad",), ("Tobagonian",)),
    ("Tunisia", "Tunisian", "Tunis", (), ()),
    (
        "Türkiye",
        "Turkish",
        "Ankara",
        ("Turkey", "Turkiye", "Republic of Türkiye", "Republic of Turkey"),
        ("Turk",),
    ),
    ("Turkmenistan", "Turkmen", "Ashgabat", (), ("Turkmenistani",)),
    ("Tuvalu", "Tuvaluan", "Funafuti", (), ()),
    ("Uganda", "Ugandan", "Kampala", (), ()),
    ("Ukraine", "Ukrainian", "Kyiv", ("the Ukraine",), ()),
    ("United Arab Emirates", "Emirati", "Abu Dhabi", ("UAE", "U.A.E."), ("UAE",)),
    (
        "United Kingdom",
        "British",
        "London",
        (
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "United Kingdom of Great Britain and Northern Ireland",
        ),
        ("UK", "U.K.", "Briton"),
    ),
    (
        "United States",
        "American",
        "Washington",
        ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
        ("US", "U.S."),
    ),
    ("Uruguay", "Uruguayan", "Montevideo", (), ()),
    ("Uzbekistan", "Uzbek", "Tashkent", ("Republic of Uzbekistan",), ("Uzbekistani",)),
    ("Vanuatu", "Ni-Vanuatu", "Port Vila", (), ()),
    ("Venezuela", "Venezuelan", "Caracas", ("Bolivarian Republic of Venezuela",), ()),
    ("Vietnam", "Vietnamese", "Hanoi", ("Viet Nam", "Socialist Republic of Vietnam"), ()),
    ("Yemen", "Yemeni", "Sanaa", (), ()),
    ("Zambia", "Zambian", "Lusaka", (), ()),
    ("Zimbabwe", "Zimbabwean", "Harare", (), ()),
    # Not UN members, but constantly named as countries in the news.
    ("Kosovo", "Kosovar", "Pristina", ("Republic of Kosovo",), ("Kosovan",)),
    ("Palestine", "Palestinian", "Ramallah", ("State of Palestine",), ()),
    ("Taiwan", "Taiwanese", "Taipei", ("Republic of China", "Chinese Taipei", "ROC"), ()),
    ("Vatican City", "Vatican", "Vatican City", ("Vatican", "Holy See", "Vatican City State"), ()),
)

#: Canonical country name -> demonym adjective ("Azerbaijan" -> "Azerbaijani").
COUNTRIES: dict[str, str] = {row[0]: row[1] for row in _COUNTRY_ROWS}

#: Canonical country name -> seat of government most often named in datelines.
#: Other official capitals (La Paz, Cape Town, The Hague, ...) are in PLACES.
CAPITALS: dict[str, str] = {row[0]: row[2] for row in _COUNTRY_ROWS}

#: Alternative country name -> canonical name ("Turkey" -> "Türkiye").
COUNTRY_ALIASES: dict[str, str] = {
    alias: row[0] for row in _COUNTRY_ROWS for alias in row[3]
}


def _shared_demonyms() -> frozenset[str]:
    # Two countries may share an adjective (both Congos are "Congolese"); such
    # a word says nothing about which country is meant, so it is left out of
    # the reverse index instead of silently picking one.
    seen: dict[str, str] = {}
    shared: set[str] = set()
    for name, demonym in COUNTRIES.items():
        if demonym in seen and seen[demonym] != name:
            shared.add(demonym)
        seen[demonym] = name
    return frozenset(shared)


#: Demonyms that belong to more than one country and therefore resolve to None.
AMBIGUOUS_DEMONYMS: frozenset[str] = _shared_demonyms()

#: Every adjective / nationality form -> canonical country, including each
#: country's main demonym (except AMBIGUOUS_DEMONYMS) and extra forms such as
#: "Azeri", "Emirati", "Filipino", "U.S.".  "Korean", "Arab", "Kurdish",
#: "English" etc. are deliberately absent: they do not name one country.
DEMONYM_ALIASES: dict[str, str] = {
    **{dem: name for name, dem in COUNTRIES.items() if dem not in AMBIGUOUS_DEMONYMS},
    **{extra: row[0] for row in _COUNTRY_ROWS for extra in row[4]},
}

# ---------------------------------------------------------------------------
# Places other than countries
# ---------------------------------------------------------------------------

# Cities that show up in datelines and in the regions this project reads most
# (South Caucasus, Türkiye, Russia/Ukraine, Middle East, South Asia), plus
# second capitals and well-known spelling variants.
_CITIES: tuple[str, ...] = (
    # Second or alternative capitals, old names of capitals.
    "La Paz", "Cotonou", "Bujumbura", "Abidjan", "Dar es Salaam", "Cape Town",
    "Bloemfontein", "The Hague", "Putrajaya", "Colombo", "Lobamba", "Cetinje", "Delhi",
    "Nusantara", "South Tarawa", "Luxembourg City", "Washington, D.C.", "Washington DC",
    "Washington D.C.", "Kiev", "Astana", "Nur-Sultan", "Ashkhabad", "Rangoon", "Yangon",
    "Nay Pyi Taw", "Peking", "Ulan Bator", "Sana'a", "Sanaa", "Kishinev", "Priština",
    "Prishtina", "East Jerusalem", "West Jerusalem", "Ciudad de la Paz", "Bombay",
    "Calcutta", "Madras", "Saigon",
    # Azerbaijan.
    "Ganja", "Sumgait", "Sumqayit", "Mingachevir", "Shirvan", "Lankaran", "Shaki",
    "Sheki", "Gabala", "Qabala", "Shamakhi", "Guba", "Quba", "Gusar", "Khachmaz",
    "Nakhchivan", "Nakhichevan", "Naftalan", "Yevlakh", "Barda", "Tartar", "Terter",
    "Aghdam", "Agdam", "Fuzuli", "Fizuli", "Jabrayil", "Jabrail", "Zangilan", "Gubadli",
    "Qubadli", "Kalbajar", "Kelbajar", "Lachin", "Shusha", "Shushi", "Khankendi",
    "Stepanakert", "Khojaly", "Khojali", "Khojavend", "Aghdara", "Agdere", "Mardakert",
    "Hadrut", "Tovuz", "Gazakh", "Aghstafa", "Shamkir", "Gadabay", "Dashkasan", "Goygol",
    "Zagatala", "Balakan", "Gakh", "Ismayilli", "Salyan", "Neftchala", "Astara",
    "Masally", "Jalilabad", "Lerik", "Ordubad", "Julfa", "Sharur", "Absheron",
    # Armenia and Georgia.
    "Gyumri", "Vanadzor", "Goris", "Kapan", "Meghri", "Ijevan", "Dilijan", "Echmiadzin",
    "Etchmiadzin", "Batumi", "Kutaisi", "Rustavi", "Zugdidi", "Gori", "Poti", "Sukhumi",
    "Tskhinvali",
    # Türkiye.
    "Istanbul", "Izmir", "İzmir", "Antalya", "Bursa", "Konya", "Adana", "Gaziantep",
    "Kahramanmaras", "Kahramanmaraş", "Hatay", "Antakya", "Mersin", "Trabzon", "Erzurum",
    "Kars", "Igdir", "Iğdır", "Diyarbakir", "Diyarbakır", "Eskisehir", "Eskişehir",
    "Kayseri", "Samsun", "Malatya", "Sanliurfa", "Şanlıurfa", "Bodrum", "Edirne",
    "Canakkale", "Çanakkale", "Incirlik", "İncirlik",
    # Russia.
    "St. Petersburg", "Sochi", "Kazan", "Novosibirsk", "Yekaterinburg", "Vladivostok",
    "Kaliningrad", "Rostov-on-Don", "Krasnodar", "Volgograd", "Samara", "Nizhny Novgorod",
    "Grozny", "Makhachkala", "Derbent", "Vladikavkaz", "Nalchik", "Astrakhan", "Murmansk",
    "Kursk", "Belgorod", "Bryansk", "Voronezh", "Pskov", "Ufa", "Omsk", "Irkutsk",
    "Khabarovsk", "Sevastopol", "Simferopol", "Kerch",
    # Ukraine and Moldova.
    "Kharkiv", "Kharkov", "Odesa", "Odessa", "Lviv", "Dnipro", "Zaporizhzhia",
    "Zaporozhye", "Kherson", "Mykolaiv", "Mariupol", "Donetsk", "Luhansk", "Lugansk",
    "Bakhmut", "Avdiivka", "Kramatorsk", "Sloviansk", "Pokrovsk", "Chernihiv", "Sumy",
    "Poltava", "Vinnytsia", "Zhytomyr", "Bucha", "Irpin", "Chernobyl", "Chornobyl",
    "Enerhodar", "Melitopol", "Berdyansk", "Tiraspol", "Comrat",
    # Central Asia.
    "Almaty", "Alma-Ata", "Shymkent", "Karaganda", "Aktau", "Atyrau", "Samarkand",
    "Bukhara", "Khiva", "Fergana", "Namangan", "Andijan", "Nukus", "Termez", "Osh",
    "Jalal-Abad", "Khujand", "Turkmenbashi", "Mazar-i-Sharif", "Kandahar",
    "Herat", "Jalalabad", "Kunduz",
    # Middle East.
    "Jerusalem", "Tel Aviv", "Haifa", "Eilat", "Beersheba", "Gaza", "Gaza City",
    "Rafah", "Khan Younis", "Khan Yunis", "Deir al-Balah", "Jabalia", "Jenin", "Nablus",
    "Hebron", "Bethlehem", "Jericho", "Tulkarm", "Aleppo", "Idlib", "Homs", "Hama",
    "Latakia", "Tartus", "Deir ez-Zor", "Raqqa", "Qamishli", "Kobani", "Afrin", "Manbij",
    "Daraa", "Mosul", "Erbil", "Irbil", "Basra", "Kirkuk", "Najaf", "Karbala", "Fallujah",
    "Sulaymaniyah", "Tikrit", "Dubai", "Sharjah", "Jeddah", "Mecca", "Makkah", "Medina",
    "Dammam", "Aden", "Hodeidah", "Marib", "Taiz", "Isfahan", "Tabriz", "Mashhad",
    "Shiraz", "Qom", "Bandar Abbas", "Natanz", "Fordow", "Bushehr", "Ardabil", "Sidon",
    "Tyre", "Tripoli", "Benghazi", "Misrata", "Alexandria", "Port Said", "Suez",
    "Sharm el-Sheikh", "Aqaba",
    # South and East Asia.
    "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Hyderabad", "Ahmedabad",
    "Pune", "Jaipur", "Lucknow", "Srinagar", "Jammu", "Amritsar", "Goa", "Kochi",
    "Karachi", "Lahore", "Peshawar", "Rawalpindi", "Quetta", "Multan", "Faisalabad",
    "Chittagong", "Chattogram", "Shanghai", "Hong Kong", "Macau", "Macao", "Guangzhou",
    "Shenzhen", "Wuhan", "Chengdu", "Chongqing", "Tianjin", "Xi'an", "Hangzhou",
    "Nanjing", "Urumqi", "Lhasa", "Harbin", "Xiamen", "Osaka", "Kyoto", "Yokohama",
    "Hiroshima", "Nagasaki", "Okinawa", "Busan", "Incheon", "Kaohsiung", "Ho Chi Minh City",
    "Da Nang", "Cebu", "Davao", "Surabaya", "Bali", "Penang", "Chiang Mai", "Phuket",
    "Mandalay",
    # Europe.
    "Geneva", "Zurich", "Zürich", "Davos", "Lausanne", "Basel", "Mons", "Casteau",
    "Brunssum", "Naples", "Ramstein", "Uedem", "Northwood", "Oberammergau", "Antwerp",
    "Ghent", "Rotterdam", "Strasbourg", "Munich", "Frankfurt", "Hamburg", "Cologne",
    "Stuttgart", "Düsseldorf", "Dusseldorf", "Leipzig", "Dresden", "Bonn", "Milan",
    "Turin", "Florence", "Venice", "Genoa", "Bologna", "Palermo", "Barcelona",
    "Valencia", "Seville", "Bilbao", "Porto", "Marseille", "Lyon", "Nice", "Toulouse",
    "Bordeaux", "Lille", "Manchester", "Birmingham", "Liverpool", "Glasgow", "Edinburgh",
    "Cardiff", "Belfast", "Oxford", "Cambridge", "Salzburg", "Innsbruck", "Krakow",
    "Kraków", "Gdansk", "Gdańsk", "Wroclaw", "Wrocław", "Poznan", "Rzeszow", "Rzeszów",
    "Lublin", "Brno", "Kosice", "Košice", "Cluj-Napoca", "Constanta", "Constanța",
    "Thessaloniki", "Piraeus", "Split", "Dubrovnik", "Novi Sad", "Plovdiv", "Varna",
    "Burgas", "Tartu", "Narva", "Klaipeda", "Klaipėda", "Kaunas", "Gothenburg", "Malmo",
    "Malmö", "Bergen", "Tromso", "Tromsø", "Turku", "Aarhus", "Limassol", "Larnaca",
    "Famagusta", "Kyrenia",
    # Americas, Africa, Oceania.
    "New York", "New York City", "Los Angeles", "Chicago", "San Francisco", "Miami",
    "Houston", "Dallas", "Boston", "Seattle", "Atlanta", "Philadelphia", "Detroit",
    "Las Vegas", "San Diego", "Denver", "Phoenix", "New Orleans", "Norfolk",
    "Fort Bragg", "Camp David", "Mar-a-Lago", "Palm Beach", "Anchorage", "Honolulu",
    "Toronto", "Montreal", "Vancouver", "Calgary", "Sao Paulo", "São Paulo",
    "Rio de Janeiro", "Guadalajara", "Monterrey", "Tijuana", "Medellin", "Medellín",
    "Cartagena", "Guayaquil", "Cordoba", "Córdoba", "Rosario", "Valparaiso",
    "Valparaíso", "Lagos", "Kano", "Johannesburg", "Durban", "Mombasa", "Casablanca",
    "Marrakech", "Marrakesh", "Tangier", "Oran", "Goma", "Port Sudan", "Omdurman",
    "El Fasher", "Timbuktu", "Zanzibar", "Sydney", "Melbourne", "Brisbane", "Perth",
    "Adelaide", "Auckland", "Christchurch",
)

# Regions, seas, straits, disputed and sub-national territories: all things a
# capitalised noun phrase can name that are neither a country nor a person.
REGIONS: frozenset[str] = frozenset({
    # Continents and macro-regions.
    "Europe", "Asia", "Africa", "Americas", "North America", "South America",
    "Latin America", "Central America", "Caribbean", "Oceania", "Antarctica",
    "Antarctic", "Arctic", "Eurasia", "Australasia", "Middle East", "Near East",
    "Far East", "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe",
    "Southern Europe", "Southeast Europe", "Southeastern Europe", "Central and Eastern Europe",
    "Balkans", "Western Balkans", "Scandinavia", "Nordics", "Baltics", "Baltic states",
    "Iberia", "Iberian Peninsula", "Central Asia", "South Asia", "Southeast Asia",
    "East Asia", "West Asia", "North Asia", "Asia-Pacific", "Asia Pacific", "Indo-Pacific",
    "Pacific", "North Africa", "West Africa", "East Africa", "Southern Africa",
    "Central Africa", "Sub-Saharan Africa", "Sahel", "Sahara", "Horn of Africa", "Maghreb",
    "Levant", "Gulf", "Persian Gulf", "Arabian Peninsula", "Anatolia", "Thrace",
    "Mesopotamia", "Siberia", "Urals", "Transatlantic", "Global South",
    # Caucasus.
    "Caucasus", "South Caucasus", "North Caucasus", "Transcaucasia", "Karabakh",
    "Nagorno-Karabakh", "Nagorny Karabakh", "Garabagh", "Upper Karabakh", "East Zangezur",
    "Zangezur", "Zangezur corridor", "Syunik", "Tavush", "Shirak", "Ararat",
    "Ararat Valley", "Abkhazia", "South Ossetia", "Adjara", "Ajaria", "Samtskhe-Javakheti",
    "Javakheti", "Kvemo Kartli", "Pankisi", "Chechnya", "Dagestan", "Ingushetia",
    "North Ossetia", "Kabardino-Balkaria", "Karachay-Cherkessia", "Kalmykia",
    # Seas, straits, waterways.
    "Black Sea", "Caspian Sea", "Caspian", "Mediterranean", "Mediterranean Sea",
    "Eastern Mediterranean", "Aegean", "Aegean Sea", "Adriatic", "Adriatic Sea",
    "Baltic Sea", "North Sea", "Barents Sea", "Norwegian Sea", "Sea of Azov",
    "Kerch Strait", "Red Sea", "Arabian Sea", "Gulf of Aden", "Gulf of Oman",
    "Strait of Hormuz", "Bab el-Mandeb", "Bab al-Mandab", "Suez Canal", "Bosphorus",
    "Bosporus", "Dardanelles", "Turkish Straits", "Sea of Marmara", "South China Sea",
    "East China Sea", "Yellow Sea", "Sea of Japan", "Taiwan Strait", "Strait of Malacca",
    "Indian Ocean", "Pacific Ocean", "Atlantic", "Atlantic Ocean", "Arctic Ocean",
    "Gulf of Mexico", "Panama Canal", "English Channel", "Dnipro River", "Danube",
    "Volga", "Kura", "Aras River", "Araz River", "Nile", "Euphrates", "Tigris", "Jordan River",
    # Disputed, occupied and sub-national territories.
    "Crimea", "Donbas", "Donbass", "Zaporizhzhia region", "Kherson region",
    "Donetsk region", "Luhansk region", "Kharkiv region", "Kursk region",
    "Belgorod region", "Transnistria", "Gagauzia", "Kaliningrad region", "Tatarstan",
    "Bashkortostan", "Kashmir", "Jammu and Kashmir", "Ladakh", "Punjab", "Sindh",
    "Balochistan", "Baluchistan", "Khyber Pakhtunkhwa", "Gilgit-Baltistan", "Bengal",
    "West Bengal", "Kerala", "Tamil Nadu", "Uttar Pradesh", "Maharashtra", "Gujarat",
    "Assam", "Manipur", "Xinjiang", "Tibet", "Inner Mongolia", "Hainan", "Gaza Strip",
    "West Bank", "Golan Heights", "Golan", "Sinai", "Sinai Peninsula", "Negev",
    "Kurdistan", "Iraqi Kurdistan", "Kurdistan Region", "Rojava", "Darfur", "Kordofan",
    "Tigray", "Amhara", "Oromia", "Somaliland", "Puntland", "Western Sahara",
    "Cabinda", "Northern Cyprus", "Greenland", "Faroe Islands", "Svalbard",
    "Gibraltar", "Falkland Islands", "Falklands", "Puerto Rico", "Guam", "Hawaii",
    "Alaska", "Scotland", "England", "Wales", "Northern Ireland", "Catalonia",
    "Basque Country", "Flanders", "Wallonia", "Bavaria", "Corsica", "Sicily", "Sardinia",
    "Lombardy", "Silesia", "Lapland", "Korea", "Korean Peninsula", "Congo",
    "Palestinian territories", "Occupied Palestinian Territories", "Kosovo-Metohija",
    "Republika Srpska", "Mindanao", "Borneo", "Sumatra", "Java", "Papua", "Aceh",
    "Rakhine", "Shan State", "Kachin", "Hokkaido", "Kyushu", "Sakhalin", "Kuril Islands",
    "Kurils", "Chukotka", "Yakutia",
    # US states and Canadian provinces most often named in foreign news.
    "Alabama", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
    "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York State", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington State",
    "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec", "Québec",
    "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
})

#: Capitals, dateline cities and REGIONS.  Countries themselves are not in here;
#: ``is_place`` checks them separately so aliases and possessives work too.
PLACES: frozenset[str] = frozenset(CAPITALS.values()) | frozenset(_CITIES) | REGIONS

# ---------------------------------------------------------------------------
# News outlets
# ---------------------------------------------------------------------------

# (canonical display name, aliases, domains).  Aliases are matched exactly,
# because many outlet names are ordinary words ("Trend", "Report", "Dawn").
_OUTLET_ROWS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # Global wires and broadcasters.
    ("Reuters", ("Thomson Reuters", "Reuters News Agency"), ("reuters.com",)),
    ("AP", ("Associated Press", "The Associated Press", "A.P."), ("apnews.com", "ap.org")),
    ("AFP", ("Agence France-Presse", "Agence France Presse", "A.F.P."), ("afp.com",)),
    ("Bloomberg", ("Bloomberg News",), ("bloomberg.com",)),
    ("dpa", ("DPA", "Deutsche Presse-Agentur"), ("dpa.com", "dpa-international.com")),
    ("EFE", ("Agencia EFE",), ("efe.com",)),
    ("ANSA", ("Agenzia ANSA",), ("ansa.it",)),
    ("Europa Press", (), ("europapress.es",)),
    ("Agenzia Nova", (), ("agenzianova.com",)),
    ("Austria Presse Agentur", ("Austria Press Agency", "APA Austria"), ("apa.at",)),
    ("PAP", ("Polish Press Agency",), ("pap.pl",)),
    ("CTK", ("ČTK", "Czech News Agency"), ("ctk.cz",)),
    ("MTI", ("Hungarian News Agency",), ("mti.hu",)),
    ("Agerpres", (), ("agerpres.ro",)),
    ("BTA", ("Bulgarian News Agency",), ("bta.bg",)),
    ("Tanjug", (), ("tanjug.rs",)),
    ("ANA-MPA", ("Athens-Macedonian News Agency",), ("amna.gr",)),
    ("ANP", (), ("anp.nl",)),
    ("Belga", (), ("belganewsagency.eu", "belga.be")),
    ("LETA", (), ("leta.lv",)),
    ("ELTA", (), ("elta.lt",)),
    ("BNS", ("Baltic News Service",), ("bns.lt",)),
    ("BBC", ("BBC News", "British Broadcasting Corporation"), ("bbc.com", "bbc.co.uk")),
    ("CNN", (), ("cnn.com",)),
    ("Al Jazeera", ("Al-Jazeera", "Aljazeera"), ("aljazeera.com", "aljazeera.net")),
    ("Euronews", (), ("euronews.com",)),
    ("Deutsche Welle", ("DW",), ("dw.com",)),
    ("France 24", ("France24",), ("france24.com",)),
    ("RFI", ("Radio France Internationale",), ("rfi.fr",)),
    (
        "RFE/RL",
        ("Radio Free Europe/Radio Liberty", "Radio Free Europe", "Radio Liberty"),
        ("rferl.org", "azatutyun.am", "azadliq.org"),
    ),
    ("Voice of America", ("VOA", "VOA News"), ("voanews.com",)),
    ("Sky News", (), ("news.sky.com",)),
    # US and UK press.
    ("The New York Times", ("New York Times", "NYT"), ("nytimes.com",)),
    ("The Washington Post", ("Washington Post",), ("washingtonpost.com",)),
    ("The Wall Street Journal", ("Wall Street Journal", "WSJ"), ("wsj.com",)),
    ("Fox News", (), ("foxnews.com",)),
    ("NPR", ("National Public Radio",), ("npr.org",)),
    ("Politico", ("POLITICO", "Politico Europe"), ("politico.com", "politico.eu")),
    ("The Hill", (), ("thehill.com",)),
    ("Axios", (), ("axios.com",)),
    ("ABC News", (), ("abcnews.go.com",)),
    ("CBS News", (), ("cbsnews.com",)),
    ("NBC News", (), ("nbcnews.com",)),
    ("CNBC", (), ("cnbc.com",)),
    ("USA Today", (), ("usatoday.com",)),
    ("Los Angeles Times", ("LA Times",), ("latimes.com",)),
    ("Newsweek", (), ("newsweek.com",)),
    ("Breaking Defense", (), ("breakingdefense.com",)),
    ("Defense News", (), ("defensenews.com",)),
    ("Stars and Stripes", (), ("stripes.com",)),
    ("The Guardian", ("Guardian",), ("theguardian.com",)),
    ("Financial Times", ("FT", "The Financial Times"), ("ft.com",)),
    ("The Economist", ("Economist",), ("economist.com",)),
    ("The Times", ("The Times of London",), ("thetimes.co.uk", "thetimes.com")),
    ("The Telegraph", ("Daily Telegraph", "The Daily Telegraph"), ("telegraph.co.uk",)),
    ("The Independent", (), ("independent.co.uk",)),
    ("Le Monde", (), ("lemonde.fr",)),
    ("Der Spiegel", ("Spiegel",), ("spiegel.de",)),
    ("El País", ("El Pais",), ("elpais.com",)),
    # Russia.
    ("TASS", ("Tass", "ITAR-TASS", "Itar-Tass"), ("tass.com", "tass.ru")),
    ("RIA Novosti", ("RIA",), ("ria.ru",)),
    ("Interfax", (), ("interfax.ru", "interfax.com")),
    ("Sputnik", ("Sputnik News",), ("sputniknews.com", "sputniknews.ru", "sputnikglobe.com")),
    ("RT", ("Russia Today",), ("rt.com",)),
    ("Kommersant", (), ("kommersant.ru",)),
    ("RBC", (), ("rbc.ru",)),
    ("Izvestia", (), ("iz.ru",)),
    ("The Moscow Times", ("Moscow Times",), ("themoscowtimes.com",)),
    ("Meduza", (), ("meduza.io",)),
    # Türkiye.
    ("Anadolu Agency", ("Anadolu", "AA", "Anadolu Ajansi", "Anadolu Ajansı"), ("aa.com.tr",)),
    ("Daily Sabah", (), ("dailysabah.com",)),
    ("Hurriyet Daily News", ("Hürriyet Daily News",), ("hurriyetdailynews.com",)),
    ("TRT World", ("TRT",), ("trtworld.com", "trt.net.tr")),
    ("Yeni Safak", ("Yeni Şafak",), ("yenisafak.com",)),
    ("IHA", ("Ihlas News Agency", "İhlas News Agency"), ("iha.com.tr",)),
    ("DHA", ("Demiroren News Agency", "Demirören News Agency"), ("dha.com.tr",)),
    ("Turkish Minute", (), ("turkishminute.com",)),
    # Azerbaijan.
    ("Trend", ("Trend News Agency", "Trend.az"), ("trend.az",)),
    ("AZERTAC", ("Azertac", "AzerTAc", "Azerbaijan State News Agency"), ("azertag.az",)),
    ("APA", ("APA Information Agency", "APA.az"), ("apa.az",)),
    ("Report", ("Report.az", "Report News Agency"), ("report.az",)),
    ("News.Az", ("News.az",), ("news.az",)),
    ("Azernews", ("AzerNews",), ("azernews.az",)),
    ("Caliber", ("Caliber.Az", "Caliber.az"), ("caliber.az",)),
    ("Turan", ("Turan News Agency", "Turan Information Agency"), ("turan.az",)),
    ("Day.Az", ("Day.az",), ("day.az",)),
    ("1news.az", ("1news",), ("1news.az",)),
    ("Oxu.az", (), ("oxu.az",)),
    ("Haqqin.az", (), ("haqqin.az",)),
    ("Vestnik Kavkaza", (), ("vestnikkavkaza.net",)),
    ("Caspian News", (), ("caspiannews.com",)),
    # Wider Caucasus.
    ("JAMnews", ("JAM News",), ("jam-news.net",)),
    ("Caucasus Watch", (), ("caucasuswatch.de",)),
    ("OC Media", (), ("oc-media.org",)),
    ("Eurasianet", (), ("eurasianet.org",)),
    ("Armenpress", (), ("armenpress.am",)),
    ("News.am", ("NEWS.am",), ("news.am",)),
    ("Asbarez", (), ("asbarez.com",)),
    ("Civil.ge", ("Civil Georgia",), ("civil.ge",)),
    ("Agenda.ge", (), ("agenda.ge",)),
    ("InterPressNews", ("Interpressnews",), ("interpressnews.ge",)),
    ("Georgia Today", (), ("georgiatoday.ge",)),
    # Ukraine and Belarus.
    ("Ukrinform", (), ("ukrinform.net", "ukrinform.ua")),
    ("UNIAN", (), ("unian.net", "unian.info", "unian.ua")),
    ("Kyiv Independent", ("The Kyiv Independent",), ("kyivindependent.com",)),
    ("Interfax-Ukraine", (), ("interfax.com.ua",)),
    ("Ukrainska Pravda", ("Ukrainian Pravda",), ("pravda.com.ua",)),
    ("Kyiv Post", (), ("kyivpost.com",)),
    ("BelTA", ("Belarusian Telegraph Agency",), ("belta.by",)),
    # Central Asia.
    ("Kazinform", (), ("inform.kz", "kazinform.kz")),
    ("Kun.uz", (), ("kun.uz",)),
    ("Daryo", (), ("daryo.uz",)),
    ("UzA", ("National News Agency of Uzbekistan",), ("uza.uz",)),
    ("AKIpress", (), ("akipress.com", "akipress.org")),
    ("24.kg", (), ("24.kg",)),
    ("Kabar", (), ("kabar.kg",)),
    ("Khovar", (), ("khovar.tj",)),
    ("Asia-Plus", (), ("asiaplustj.info",)),
    ("Turkmenistan Today", (), ("tdh.gov.tm",)),
    # Iran and the Arab world.
    ("IRNA", ("Islamic Republic News Agency",), ("irna.ir",)),
    ("Tasnim", ("Tasnim News Agency",), ("tasnimnews.com",)),
    ("Mehr", ("Mehr News Agency",), ("mehrnews.com",)),
    ("Fars", ("Fars News Agency",), ("farsnews.ir",)),
    ("ISNA", ("Iranian Students' News Agency",), ("isna.ir",)),
    ("Press TV", ("PressTV",), ("presstv.ir",)),
    ("Tehran Times", (), ("tehrantimes.com",)),
    ("WAFA", ("Wafa", "Palestinian News and Information Agency"), ("wafa.ps",)),
    ("SANA", ("Syrian Arab News Agency",), ("sana.sy",)),
    ("WAM", ("Emirates News Agency",), ("wam.ae",)),
    ("SPA", ("Saudi Press Agency",), ("spa.gov.sa",)),
    ("QNA", ("Qatar News Agency",), ("qna.org.qa",)),
    ("KUNA", ("Kuwait News Agency",), ("kuna.net.kw",)),
    ("Arab News", (), ("arabnews.com",)),
    ("Gulf News", (), ("gulfnews.com",)),
    ("The National", (), ("thenationalnews.com",)),
    ("Al Arabiya", ("Al-Arabiya",), ("alarabiya.net",)),
    ("Asharq Al-Awsat", (), ("aawsat.com",)),
    ("Middle East Eye", (), ("middleeasteye.net",)),
    ("Al-Monitor", ("Al Monitor",), ("al-monitor.com",)),
    ("Ahram Online", ("Al-Ahram",), ("ahram.org.eg",)),
    ("Rudaw", (), ("rudaw.net",)),
    ("Kurdistan24", ("Kurdistan 24",), ("kurdistan24.net",)),
    # Israel.
    ("Times of Israel", ("The Times of Israel",), ("timesofisrael.com",)),
    ("Haaretz", (), ("haaretz.com",)),
    ("The Jerusalem Post", ("Jerusalem Post",), ("jpost.com",)),
    ("Ynet", ("Ynetnews",), ("ynetnews.com",)),
    ("i24NEWS", ("i24 News",), ("i24news.tv",)),
    # South Asia.
    ("PTI", ("Press Trust of India",), ("ptinews.com",)),
    ("IANS", ("Indo-Asian News Service",), ("ianslive.in",)),
    ("ANI", ("Asian News International",), ("aninews.in",)),
    ("Hindustan Times", (), ("hindustantimes.com",)),
    ("The Hindu", (), ("thehindu.com",)),
    ("NDTV", (), ("ndtv.com",)),
    ("Times of India", ("The Times of India", "TOI"), ("timesofindia.indiatimes.com",)),
    ("The Economic Times", ("Economic Times",), ("economictimes.indiatimes.com",)),
    ("The Indian Express", ("Indian Express",), ("indianexpress.com",)),
    ("India Today", (), ("indiatoday.in",)),
    ("WION", (), ("wionews.com",)),
    ("Dawn", (), ("dawn.com",)),
    ("APP", ("Associated Press of Pakistan",), ("app.com.pk",)),
    ("Geo News", (), ("geo.tv",)),
    ("The Express Tribune", ("Express Tribune",), ("tribune.com.pk",)),
    ("BSS", ("Bangladesh Sangbad Sangstha",), ("bssnews.net",)),
    ("The Daily Star", (), ("thedailystar.net",)),
    # East and Southeast Asia, Oceania.
    ("Xinhua", ("Xinhua News Agency",), ("xinhuanet.com", "news.cn")),
    ("CGTN", ("China Global Television Network",), ("cgtn.com",)),
    ("China Daily", (), ("chinadaily.com.cn",)),
    ("Global Times", (), ("globaltimes.cn",)),
    ("South China Morning Post", ("SCMP",), ("scmp.com",)),
    ("Kyodo", ("Kyodo News",), ("kyodonews.net",)),
    ("Jiji Press", ("Jiji",), ("jiji.com",)),
    ("NHK", ("NHK World",), ("nhk.or.jp",)),
    ("The Japan Times", ("Japan Times",), ("japantimes.co.jp",)),
    ("Nikkei Asia", ("Nikkei",), ("asia.nikkei.com",)),
    ("Yonhap", ("Yonhap News Agency",), ("yna.co.kr",)),
    ("The Korea Herald", ("Korea Herald",), ("koreaherald.com",)),
    ("KCNA", ("Korean Central News Agency",), ("kcna.kp",)),
    ("Bernama", (), ("bernama.com",)),
    ("Antara", (), ("antaranews.com",)),
    ("Vietnam News Agency", ("VNA",), ("vnanet.vn", "vietnamplus.vn")),
    ("Philippine News Agency", ("PNA",), ("pna.gov.ph",)),
    ("The Straits Times", ("Straits Times",), ("straitstimes.com",)),
    ("CNA", ("Channel NewsAsia",), ("channelnewsasia.com",)),
    ("AAP", ("Australian Associated Press",), ("aap.com.au",)),
    ("ABC Australia", ("Australian Broadcasting Corporation",), ("abc.net.au",)),
    # Americas, Africa.
    ("The Canadian Press", ("Canadian Press",), ("thecanadianpress.com",)),
    ("CBC", ("CBC News",), ("cbc.ca",)),
    ("News24", (), ("news24.com",)),
)

#: Alias (and each canonical name itself) -> canonical outlet display name.
OUTLET_ALIASES: dict[str, str] = {}
#: Registered domain -> canonical outlet display name (subdomains are resolved
#: by ``outlet_from_domain``).
OUTLET_DOMAINS: dict[str, str] = {}


def _put(table: dict[str, str], key: str, value: str, what: str) -> None:
    # Hand-written tables built from rows lose the linter's duplicate-key
    # check; fail loudly at import rather than let one outlet shadow another.
    old = table.setdefault(key, value)
    if old != value:
        raise ValueError(f"{what} {key!r} maps to both {old!r} and {value!r}")


for _name, _aliases, _domains in _OUTLET_ROWS:
    for _alias in (_name, *_aliases):
        _put(OUTLET_ALIASES, _alias, _name, "outlet alias")
    for _domain in _domains:
        _put(OUTLET_DOMAINS, _domain, _name, "outlet domain")

#: Canonical outlet display names.
OUTLETS: frozenset[str] = frozenset(row[0] for row in _OUTLET_ROWS)

# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

# (canonical full name, aliases).  Context-dependent short forms ("the
# Alliance", "the Ministry", "MoD", "IS", "PA") are left out on purpose: they
# can only be resolved from the article, not from a table.
_ORG_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # NATO and its commands and programmes.
    (
        "North Atlantic Treaty Organization",
        ("NATO", "Nato", "OTAN", "North Atlantic Treaty Organisation", "North Atlantic Alliance"),
    ),
    ("North Atlantic Council", ("NAC",)),
    ("Allied Command Operations", ("ACO",)),
    ("Allied Command Transformation", ("ACT",)),
    ("Supreme Headquarters Allied Powers Europe", ("SHAPE",)),
    ("Supreme Allied Commander Europe", ("SACEUR",)),
    ("Supreme Allied Commander Transformation", ("SACT",)),
    (
        "Allied Land Command",
        (
            "LANDCOM",
            "LandCom",
            "NATO Allied Land Command",
            "NATO LANDCOM",
            "NATO Land Command",
            "HQ LANDCOM",
            "Headquarters Allied Land Command",
            "Allied Land Command Headquarters",
        ),
    ),
    ("Allied Maritime Command", ("MARCOM", "HQ MARCOM")),
    ("Allied Air Command", ("AIRCOM", "HQ AIRCOM")),
    ("Allied Joint Force Command Naples", ("JFC Naples", "JFCNP", "Joint Force Command Naples")),
    (
        "Allied Joint Force Command Brunssum",
        ("JFC Brunssum", "JFCBS", "Joint Force Command Brunssum"),
    ),
    ("Joint Force Command Norfolk", ("JFC Norfolk", "JFCNF")),
    ("International Military Staff", ("IMS", "NATO International Military Staff")),
    ("International Staff", ("NATO International Staff",)),
    ("Military Committee", ("NATO Military Committee",)),
    (
        "Partnership for Peace",
        (
            "PfP",
            "PFP",
            "Partnership for Peace programme",
            "Partnership for Peace Programme",
            "Partnership for Peace program",
        ),
    ),
    ("Euro-Atlantic Partnership Council", ("EAPC",)),
    ("North Atlantic Cooperation Council", ("NACC",)),
    ("Planning and Review Process", ("PARP", "PfP Planning and Review Process")),
    ("Operational Capabilities Concept", ("OCC",)),
    ("Operational Capabilities Concept Evaluation and Feedback", ("OCC E&F",)),
    (
        "Defence Education Enhancement Programme",
        ("DEEP", "Defense Education Enhancement Program"),
    ),
    ("Individually Tailored Partnership Programme", ("ITPP",)),
    ("Individual Partnership Action Plan", ("IPAP",)),
    ("Istanbul Cooperation Initiative", ("ICI",)),
    ("NATO Defense College", ("NATO Defence College",)),
    ("NATO Response Force", ("NRF",)),
    ("Allied Rapid Reaction Corps", ("ARRC",)),
    ("Kosovo Force", ("KFOR",)),
    ("International Security Assistance Force", ("ISAF",)),
    ("Resolute Support Mission", ("Resolute Support",)),
    ("NATO Mission Iraq", ("NMI",)),
    ("NATO Support and Procurement Agency", ("NSPA",)),
    ("NATO Communications and Information Agency", ("NCIA",)),
    ("NATO Parliamentary Assembly", ("NATO PA",)),
    # United Nations system.
    ("United Nations", ("UN", "U.N.", "UNO", "United Nations Organization")),
    (
        "United Nations Security Council",
        ("UNSC", "UN Security Council", "U.N. Security Council"),
    ),
    (
        "United Nations General Assembly",
        ("UNGA", "UN General Assembly", "U.N. General Assembly"),
    ),
    ("United Nations Secretariat", ("UN Secretariat", "U.N. Secretariat")),
    ("United Nations Human Rights Council", ("UNHRC", "UN Human Rights Council")),
    (
        "Office of the United Nations High Commissioner for Human Rights",
        ("OHCHR", "UN Human Rights Office"),
    ),
    (
        "United Nations High Commissioner for Refugees",
        ("UNHCR", "UN Refugee Agency", "U.N. Refugee Agency"),
    ),
    ("United Nations Children's Fund", ("UNICEF", "Unicef")),
    ("United Nations Development Programme", ("UNDP",)),
    ("United Nations Environment Programme", ("UNEP",)),
    (
        "United Nations Educational, Scientific and Cultural Organization",
        ("UNESCO", "Unesco"),
    ),
    ("United Nations Population Fund", ("UNFPA",)),
    (
        "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
        ("UNRWA",),
    ),
    (
        "United Nations Office for the Coordination of Humanitarian Affairs",
        ("OCHA", "UNOCHA"),
    ),
    ("United Nations Office on Drugs and Crime", ("UNODC",)),
    ("United Nations Framework Convention on Climate Change", ("UNFCCC",)),
    ("United Nations Interim Force in Lebanon", ("UNIFIL",)),
    ("United Nations Conference on Trade and Development", ("UNCTAD",)),
    ("United Nations Industrial Development Organization", ("UNIDO",)),
    (
        "United Nations Entity for Gender Equality and the Empowerment of Women",
        ("UN Women",),
    ),
    ("World Health Organization", ("WHO", "World Health Organisation")),
    ("World Trade Organization", ("WTO", "World Trade Organisation")),
    ("International Monetary Fund", ("IMF",)),
    ("World Bank", ("World Bank Group",)),
    ("International Atomic Energy Agency", ("IAEA",)),
    ("Food and Agriculture Organization", ("FAO",)),
    ("World Food Programme", ("WFP", "World Food Program")),
    ("International Labour Organization", ("ILO", "International Labor Organization")),
    ("International Organization for Migration", ("IOM",)),
    ("International Civil Aviation Organization", ("ICAO",)),
    ("International Maritime Organization", ("IMO",)),
    ("International Telecommunication Union", ("ITU",)),
    ("World Meteorological Organization", ("WMO",)),
    ("World Intellectual Property Organization", ("WIPO",)),
    ("Organisation for the Prohibition of Chemical Weapons", ("OPCW",)),
    ("Comprehensive Nuclear-Test-Ban Treaty Organization", ("CTBTO",)),
    ("International Fund for Agricultural Development", ("IFAD",)),
    ("International Court of Justice", ("ICJ", "World Court")),
    ("International Criminal Court", ("ICC",)),
    ("Permanent Court of Arbitration", ("PCA",)),
    # European and Eurasian bodies.
    ("European Union", ("EU", "E.U.")),
    ("European Commission", ()),
    ("European Parliament", ()),
    ("European Council", ()),
    ("Council of the European Union", ("Council of the EU",)),
    ("European External Action Service", ("EEAS",)),
    ("European Central Bank", ("ECB",)),
    ("European Investment Bank", ("EIB",)),
    ("European Bank for Reconstruction and Development", ("EBRD",)),
    ("European Defence Agency", ("EDA",)),
    ("European Union Mission in Armenia", ("EUMA", "EU Mission in Armenia")),
    ("European Union Monitoring Mission in Georgia", ("EUMM", "EUMM Georgia")),
    ("European Court of Human Rights", ("ECHR", "ECtHR")),
    (
        "Court of Justice of the European Union",
        ("CJEU", "ECJ", "European Court of Justice"),
    ),
    (
        "European Union Agency for Law Enforcement Cooperation",
        ("Europol", "EUROPOL"),
    ),
    ("European Border and Coast Guard Agency", ("Frontex", "FRONTEX")),
    ("Council of Europe", ("CoE",)),
    ("Parliamentary Assembly of the Council of Europe", ("PACE",)),
    (
        "Organization for Security and Co-operation in Europe",
        ("OSCE", "Organization for Security and Cooperation in Europe"),
    ),
    (
        "OSCE Office for Democratic Institutions and Human Rights",
        ("ODIHR", "OSCE/ODIHR", "OSCE ODIHR"),
    ),
    ("OSCE Minsk Group", ("Minsk Group",)),
    (
        "Collective Security Treaty Organization",
        ("CSTO", "Collective Security Treaty Organisation"),
    ),
    (
        "Shanghai Cooperation Organisation",
        ("SCO", "Shanghai Cooperation Organization"),
    ),
    ("Commonwealth of Independent States", ("CIS",)),
    ("Eurasian Economic Union", ("EAEU", "EEU")),
    (
        "Organization of Turkic States",
        (
            "OTS",
            "Organisation of Turkic States",
            "Turkic Council",
            "Cooperation Council of Turkic Speaking States",
        ),
    ),
    ("Conference on Interaction and Confidence-Building Measures in Asia", ("CICA",)),
    ("Economic Cooperation Organization", ("ECO",)),
    (
        "Organization of the Black Sea Economic Cooperation",
        ("BSEC", "Black Sea Economic Cooperation"),
    ),
    (
        "Organisation for Economic Co-operation and Development",
        ("OECD", "Organization for Economic Cooperation and Development"),
    ),
    # Other regional and economic groupings.
    ("Organization of the Petroleum Exporting Countries", ("OPEC",)),
    ("OPEC+", ("OPEC Plus", "OPEC plus")),
    ("Group of Seven", ("G7", "G-7")),
    ("Group of Eight", ("G8", "G-8")),
    ("Group of Twenty", ("G20", "G-20")),
    ("BRICS", ()),
    ("Association of Southeast Asian Nations", ("ASEAN", "Asean")),
    ("Asia-Pacific Economic Cooperation", ("APEC",)),
    ("African Union", ("AU",)),
    ("League of Arab States", ("Arab League",)),
    (
        "Organisation of Islamic Cooperation",
        (
            "OIC",
            "Organization of Islamic Cooperation",
            "Organization of the Islamic Conference",
        ),
    ),
    (
        "Gulf Cooperation Council",
        ("GCC", "Cooperation Council for the Arab States of the Gulf"),
    ),
    ("Organization of American States", ("OAS",)),
    ("Economic Community of West African States", ("ECOWAS",)),
    ("Southern African Development Community", ("SADC",)),
    ("Caribbean Community", ("CARICOM",)),
    ("Non-Aligned Movement", ("NAM",)),
    ("Asian Development Bank", ("ADB",)),
    ("Asian Infrastructure Investment Bank", ("AIIB",)),
    ("New Development Bank", ("NDB",)),
    ("Islamic Development Bank", ("IsDB",)),
    ("International Energy Agency", ("IEA",)),
    # Humanitarian and rights groups.
    ("International Committee of the Red Cross", ("ICRC",)),
    (
        "International Federation of Red Cross and Red Crescent Societies",
        ("IFRC",),
    ),
    ("Médecins Sans Frontières", ("MSF", "Doctors Without Borders")),
    ("Amnesty International", ("Amnesty",)),
    ("Human Rights Watch", ("HRW",)),
    ("International Criminal Police Organization", ("Interpol", "INTERPOL", "ICPO")),
    # United States.
    ("Federal Bureau of Investigation", ("FBI",)),
    ("Central Intelligence Agency", ("CIA",)),
    ("National Security Agency", ("NSA",)),
    (
        "US Department of Homeland Security",
        ("DHS", "Department of Homeland Security", "Homeland Security Department"),
    ),
    (
        "US Department of Defense",
        (
            "Pentagon",
            "DoD",
            "DOD",
            "Department of Defense",
            "Defense Department",
            "U.S. Department of Defense",
            "United States Department of Defense",
            # Secondary title authorised in September 2025; outlets use both.
            "Department of War",
            "US Department of War",
            "U.S. Department of War",
            "War Department",
        ),
    ),
    (
        "US Department of State",
        (
            "State Department",
            "US State Department",
            "U.S. State Department",
            "U.S. Department of State",
            "United States Department of State",
        ),
    ),
    (
        "US Department of Justice",
        ("DOJ", "Justice Department", "US Justice Department", "U.S. Justice Department"),
    ),
    (
        "United States Central Command",
        ("CENTCOM", "USCENTCOM", "US Central Command", "U.S. Central Command"),
    ),
    (
        "United States European Command",
        ("EUCOM", "USEUCOM", "US European Command", "U.S. European Command"),
    ),
    ("United States Indo-Pacific Command", ("INDOPACOM", "USINDOPACOM")),
    ("United States Africa Command", ("AFRICOM", "USAFRICOM")),
    ("United States Agency for International Development", ("USAID",)),
    ("National Aeronautics and Space Administration", ("NASA",)),
    ("Federal Reserve", ("Fed", "US Federal Reserve", "U.S. Federal Reserve")),
    # Russia, Ukraine.
    (
        "Federal Security Service of the Russian Federation",
        ("FSB", "Russian Federal Security Service"),
    ),
    (
        "Foreign Intelligence Service of the Russian Federation",
        ("SVR", "Russian Foreign Intelligence Service"),
    ),
    (
        "Main Directorate of the General Staff of the Russian Armed Forces",
        ("GRU", "Russian military intelligence"),
    ),
    ("State Duma", ("Duma", "Russian State Duma")),
    ("Wagner Group", ("PMC Wagner", "Wagner PMC")),
    ("Security Service of Ukraine", ("SBU",)),
    (
        "Defence Intelligence of Ukraine",
        ("HUR", "GUR", "Main Intelligence Directorate of Ukraine"),
    ),
    ("Armed Forces of Ukraine", ("AFU", "ZSU", "Ukrainian Armed Forces")),
    ("Verkhovna Rada", ("Rada",)),
    # Middle East.
    ("Mossad", ("MOSSAD",)),
    ("Israel Security Agency", ("Shin Bet", "Shabak")),
    ("Israel Defense Forces", ("IDF",)),
    (
        "Islamic Revolutionary Guard Corps",
        ("IRGC", "Revolutionary Guards", "Revolutionary Guard", "Iranian Revolutionary Guards"),
    ),
    ("Hamas", ("HAMAS", "Islamic Resistance Movement")),
    ("Hezbollah", ("Hizbollah", "Hizballah")),
    ("Ansar Allah", ("Houthis", "Houthi", "Houthi movement", "Houthi rebels")),
    (
        "Islamic State",
        (
            "ISIS",
            "ISIL",
            "Daesh",
            "DAESH",
            "Islamic State group",
            "Islamic State of Iraq and the Levant",
            "Islamic State of Iraq and Syria",
        ),
    ),
    ("al-Qaeda", ("al-Qaida", "Al Qaeda")),
    ("Hayat Tahrir al-Sham", ("HTS",)),
    ("Palestinian Islamic Jihad", ("PIJ", "Islamic Jihad")),
    ("Palestine Liberation Organization", ("PLO",)),
    ("Kurdistan Workers' Party", ("PKK",)),
    ("People's Defense Units", ("YPG", "People's Protection Units")),
    ("Syrian Democratic Forces", ("SDF",)),
    ("Taliban", ()),
    ("al-Shabaab", ("al-Shabab",)),
    # Türkiye and Azerbaijan.
    ("Turkish Armed Forces", ("TSK",)),
    (
        "Grand National Assembly of Türkiye",
        ("TBMM", "Turkish Grand National Assembly", "Grand National Assembly of Turkey"),
    ),
    ("Justice and Development Party", ("AKP", "AK Party", "AK Parti")),
    ("Republican People's Party", ("CHP",)),
    ("Nationalist Movement Party", ("MHP",)),
    ("Milli Majlis", ("Milli Mejlis", "National Assembly of Azerbaijan")),
    ("New Azerbaijan Party", ("YAP",)),
    ("State Oil Company of Azerbaijan Republic", ("SOCAR",)),
    # Others.
    ("Secret Intelligence Service", ("MI6",)),
    ("Security Service", ("MI5",)),
    ("People's Liberation Army", ("PLA",)),
    ("Communist Party of China", ("CPC", "CCP", "Chinese Communist Party")),
)

#: Alias or acronym -> canonical full organisation name.
ORG_ALIASES: dict[str, str] = {}
for _name, _aliases in _ORG_ROWS:
    for _alias in _aliases:
        _put(ORG_ALIASES, _alias, _name, "organisation alias")

# ---------------------------------------------------------------------------
# Titles and head words
# ---------------------------------------------------------------------------

#: Lowercase words / phrases that make a noun phrase an office or title when
#: they are its head ("Defence Minister", "Deputy Chief of the General Staff").
OFFICE_HEADS: frozenset[str] = frozenset({
    "minister", "deputy minister", "first deputy minister", "deputy", "first deputy",
    "chief", "deputy chief", "chief of staff", "chief of the general staff",
    "chief of general staff", "chief of defence", "chief of defence staff",
    "chief of defense", "director", "deputy director", "director general",
    "director-general", "managing director", "executive director", "general manager",
    "commander", "deputy commander", "commander-in-chief", "president", "vice president",
    "vice-president", "president-elect", "prime minister", "deputy prime minister",
    "premier", "chancellor", "vice chancellor", "vice-chancellor", "secretary",
    "secretary general", "secretary-general", "deputy secretary general",
    "deputy secretary-general", "assistant secretary general",
    "assistant secretary-general", "under-secretary-general", "secretary of state",
    "state secretary", "permanent secretary", "undersecretary", "under secretary",
    "under-secretary", "assistant secretary", "press secretary", "head", "deputy head",
    "chairman", "chairwoman", "chairperson", "chair", "co-chair", "vice chairman",
    "vice-chairman", "deputy chairman", "speaker", "deputy speaker", "ambassador",
    "ambassador-at-large", "envoy", "special envoy", "representative",
    "special representative", "permanent representative", "high representative",
    "chargé d'affaires", "charge d'affaires", "spokesman", "spokeswoman", "spokesperson",
    "press officer", "governor", "governor-general", "lieutenant governor", "mayor",
    "king", "queen", "monarch", "emperor", "empress", "emir", "amir", "crown prince",
    "prince", "princess", "sheikh", "sultan", "grand duke", "pope", "patriarch",
    "catholicos", "cardinal", "archbishop", "bishop", "imam", "mufti", "grand mufti",
    "rabbi", "chief rabbi", "ayatollah", "supreme leader", "prosecutor",
    "prosecutor general", "prosecutor-general", "attorney general", "attorney-general",
    "judge", "justice", "chief justice", "senator", "congressman", "congresswoman",
    "lawmaker", "legislator", "parliamentarian", "mp", "member of parliament", "adviser",
    "advisor", "national security adviser", "national security advisor", "aide",
    "assistant", "attaché", "attache", "military attaché", "military attache",
    "defence attaché", "defense attaché", "consul", "consul general", "consul-general",
    "counsellor", "counselor", "officer", "liaison officer", "coordinator",
    "commissioner", "high commissioner", "ombudsman", "ombudsperson", "rapporteur",
    "special rapporteur", "inspector", "inspector general", "inspector-general",
    "auditor general", "comptroller", "rector", "vice rector", "vice-rector", "dean",
    "provost", "leader", "party leader", "supreme commander", "founder", "co-founder",
    "ceo", "chief executive", "chief executive officer", "cfo", "coo", "editor",
    "editor-in-chief", "correspondent", "first lady", "delegate", "negotiator",
    "mediator", "regent", "viceroy",
})

#: Lowercase words that end an organisation (or institution / facility) name:
#: "Allied Land Command", "Ministry of Defence" is handled by the head at the
#: front, "Heydar Aliyev Center" by the head at the end.
ORG_HEADS: frozenset[str] = frozenset({
    "ministry", "army", "navy", "air force", "command", "staff", "forces", "force",
    "alliance", "council", "committee", "commission", "agency", "office", "service",
    "services", "department", "directorate", "headquarters", "hq", "university",
    "academy", "institute", "school", "college", "lyceum", "bank", "fund", "union",
    "organization", "organisation", "parliament", "assembly", "senate", "congress",
    "duma", "court", "tribunal", "government", "cabinet", "presidency", "secretariat",
    "party", "corporation", "company", "group", "holding", "administration", "embassy",
    "consulate", "mission", "delegation", "guard", "police", "gendarmerie", "brigade",
    "division", "battalion", "regiment", "unit", "corps", "squadron", "fleet",
    "flotilla", "wing", "garrison", "contingent", "base", "bureau", "authority",
    "board", "chamber", "foundation", "association", "federation", "confederation",
    "league", "movement", "front", "coalition", "network", "centre", "center",
    "hospital", "clinic", "park", "cemetery", "memorial", "mausoleum", "museum",
    "library", "theatre", "theater", "stadium", "arena", "palace", "hall", "square",
    "alley", "airport", "port", "station", "mosque", "church", "cathedral",
    "monastery", "inspectorate", "observatory", "laboratory",
})

#: Lowercase military ranks, longest forms included ("lieutenant general").
MILITARY_RANKS: frozenset[str] = frozenset({
    "general", "army general", "general of the army", "colonel general",
    "lieutenant general", "lieutenant-general", "major general", "major-general",
    "brigadier general", "brigadier-general", "brigadier", "colonel", "lieutenant colonel",
    "lieutenant-colonel", "major", "captain", "first lieutenant", "second lieutenant",
    "senior lieutenant", "junior lieutenant", "lieutenant", "ensign", "warrant officer",
    "chief warrant officer", "sergeant", "staff sergeant", "master sergeant",
    "sergeant major", "sergeant first class", "command sergeant major", "senior sergeant",
    "junior sergeant", "corporal", "lance corporal", "private", "private first class",
    "admiral", "fleet admiral", "vice admiral", "vice-admiral", "rear admiral",
    "rear-admiral", "commodore", "captain first rank", "captain second rank",
    "captain third rank", "commander", "lieutenant commander", "midshipman",
    "field marshal", "marshal", "air marshal", "air chief marshal", "air vice-marshal",
    "air vice marshal", "air commodore", "group captain", "wing commander",
    "squadron leader", "flight lieutenant", "flying officer", "pilot officer", "cadet",
})

#: Honorifics, ranks and offices written directly before a name ("Gen. Smith",
#: "Sheikh Mohammed").  Stored capitalised without the trailing full stop, so
#: callers strip "." first ("Lt. Gen." -> "Lt Gen").
PERSON_TITLES_BEFORE_NAME: frozenset[str] = frozenset({
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord",
    "Lady", "Baron", "Baroness", "Hon", "Honourable", "Honorable", "Sheikh", "Sheikha",
    "Shaikh", "Imam", "Mufti", "Grand Mufti", "Ayatollah", "Grand Ayatollah", "Mullah",
    "Hojatoleslam", "Rabbi", "Rev", "Reverend", "Father", "Fr", "Sister", "Pope",
    "Patriarch", "Catholicos", "Cardinal", "Archbishop", "Bishop", "Metropolitan",
    "King", "Queen", "Prince", "Princess", "Crown Prince", "Emperor", "Empress", "Emir",
    "Amir", "Sultan", "Grand Duke", "President", "Vice President", "President-elect",
    "Premier", "Prime Minister", "PM", "Chancellor", "Minister", "Deputy Minister",
    "Foreign Minister", "Defence Minister", "Defense Minister", "Secretary",
    "Secretary-General", "Secretary General", "Senator", "Sen", "Representative",
    "Rep", "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "Ambassador",
    "Amb", "Envoy", "Judge", "Justice", "Chief Justice", "Prosecutor", "Speaker",
    "Chairman", "Chairwoman", "Commissioner", "Director", "Commander", "Cmdr", "Cdr",
    "General", "Gen", "Lieutenant General", "Lt Gen", "Lt-Gen", "Major General",
    "Maj Gen", "Maj-Gen", "Brigadier General", "Brig Gen", "Brig-Gen", "Brigadier",
    "Brig", "Colonel General", "Col Gen", "Colonel", "Col", "Lieutenant Colonel",
    "Lt Col", "Lt-Col", "Major", "Maj", "Captain", "Capt", "Cpt", "Lieutenant", "Lt",
    "Sergeant", "Sgt", "Staff Sgt", "Corporal", "Cpl", "Private", "Pvt", "Admiral",
    "Adm", "Vice Admiral", "Vice Adm", "Rear Admiral", "Rear Adm", "Commodore", "Cdre",
    "Marshal", "Field Marshal", "Air Marshal", "Air Chief Marshal",
})

# ---------------------------------------------------------------------------
# Normalisation and derived indexes
# ---------------------------------------------------------------------------

# Characters NFKD does not decompose, plus typographic punctuation that news
# sites use interchangeably with the ASCII forms.
_TRANSLIT = str.maketrans({
    "ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "\u00a0": " ",
})
_SAINT = re.compile(r"\bst\.?\s+")
# Quotes and brackets that tokenisers leave attached to a name.
_EDGE = " \t\r\n\"“”«»()[]{}"


def _squash(text: str) -> str:
    """Unify apostrophes/dashes and collapse whitespace; keep case and accents."""
    return " ".join(text.translate(_TRANSLIT).split())


def _fold(text: str) -> str:
    """Case-, accent-, hyphen- and "St."-insensitive key for dictionary lookups."""
    text = _squash(text)
    if not text.isascii():  # most tokens are ASCII: skip the costly part
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.replace("&", " and ").replace("-", " ").casefold().split())
    return _SAINT.sub("saint ", text) if "st" in text else text


def _is_acronym(key: str) -> bool:
    # "US", "U.K.", "UAE", "OCC E&F": no lower-case letter at all.
    return any(ch.isalpha() for ch in key) and not any(ch.islower() for ch in key)


def _build(pairs: Iterable[tuple[str, str]], what: str) -> tuple[dict[str, str], dict[str, str]]:
    """Split (key, value) pairs into an exact index for acronyms and a folded one."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for key, value in pairs:
        if _is_acronym(key):
            _put(exact, key, value, what)
            _put(exact, key.replace(".", ""), value, what)
        else:
            _put(folded, _fold(key), value, what)
    return exact, folded


_NAME_EXACT, _NAME_FOLD = _build(
    [(name, name) for name in COUNTRIES] + list(COUNTRY_ALIASES.items()), "country name"
)
_ADJ_EXACT, _ADJ_FOLD = _build(DEMONYM_ALIASES.items(), "demonym")
_PLACE_FOLD: frozenset[str] = frozenset(_fold(place) for place in PLACES)
_ORG_EXACT, _ORG_FOLD = _build(
    [(name, name) for name, _ in _ORG_ROWS] + list(ORG_ALIASES.items()), "organisation"
)
# Long outlet acronyms are also accepted in other casings ("Azertac",
# "Politico"); shorter ones stay exact because in other casings they are words
# or given names ("Ap", "Ani", "Sana", "Irna").  Common mixed-case spellings
# of short ones ("Tass", "Wafa") are listed as aliases instead.
_OUTLET_ACRONYM_FOLD: dict[str, str] = {}
for _alias, _name in OUTLET_ALIASES.items():
    if _is_acronym(_alias) and sum(ch.isalpha() for ch in _alias) >= 5:
        _put(_OUTLET_ACRONYM_FOLD, _alias.casefold(), _name, "outlet acronym")

# Formal long names ("Kingdom of Bahrain", "State of Kuwait") that are not
# listed as aliases are reduced to the short name.  Listed aliases win, so
# "Republic of China" still means Taiwan and "Republic of Korea" South Korea.
_FORMAL_PREFIXES: tuple[str, ...] = (
    "Federal Democratic Republic of ",
    "Democratic Socialist Republic of ",
    "Federal Republic of ",
    "Islamic Republic of ",
    "Socialist Republic of ",
    "People's Republic of ",
    "Democratic Republic of ",
    "Republic of ",
    "Kingdom of ",
    "State of ",
    "Sultanate of ",
    "Principality of ",
    "Grand Duchy of ",
    "Commonwealth of ",
    "Hashemite Kingdom of ",
)


def _strip_possessive(text: str) -> str:
    if text.endswith("'s"):
        return text[:-2]
    if text.endswith("s'"):
        return text[:-1]
    return text


def _variants(phrase: str) -> list[str]:
    """Forms of ``phrase`` worth looking up, most literal first.

    Only forms starting with an upper-case letter survive: that is the rule
    that keeps "turkey", "chad" or "us" from being read as countries.
    """
    text = _squash(phrase).strip(_EDGE + ",;:!?").lstrip("'")
    bases = [text]
    if text[:4].casefold() == "the ":
        bases.append(text[4:])
    out = list(bases)
    for base in bases:
        out.append(_strip_possessive(base))
        out.append(base.rstrip(".,;:!?"))
    seen: set[str] = set()
    result = []
    for form in out:
        if form and form[0].isupper() and form not in seen:
            seen.add(form)
            result.append(form)
    return result


def _find(text: str, exact: dict[str, str], folded: dict[str, str]) -> str | None:
    hit = exact.get(text) or exact.get(text.replace(".", ""))
    return hit or folded.get(_fold(text))


def _country_name(text: str) -> str | None:
    hit = _find(text, _NAME_EXACT, _NAME_FOLD)
    if hit:
        return hit
    for prefix in _FORMAL_PREFIXES:
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            if rest[:4].casefold() == "the ":
                rest = rest[4:]
            return _find(rest, _NAME_EXACT, _NAME_FOLD)
    return None


# ---------------------------------------------------------------------------
# Public lookups
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def country_of(word_or_phrase: str) -> str | None:
    """Canonical country for a name, alias, demonym or possessive, else None.

    >>> country_of("Turkey"), country_of("Azeri"), country_of("Azerbaijan’s")
    ('Türkiye', 'Azerbaijan', 'Azerbaijan')
    >>> country_of("turkey") is None
    True

    Plural nationality nouns are accepted too ("Azerbaijanis", "Americans").
    """
    for form in _variants(word_or_phrase):
        hit = _country_name(form) or _find(form, _ADJ_EXACT, _ADJ_FOLD)
        if hit:
            return hit
        if form.endswith("s") and len(form) > 3:
            hit = _find(form[:-1], _ADJ_EXACT, _ADJ_FOLD)
            if hit:
                return hit
    return None


def demonym_of(country: str) -> str | None:
    """Demonym adjective of a country given by any form ``country_of`` accepts."""
    canonical = country_of(country)
    return COUNTRIES[canonical] if canonical else None


@lru_cache(maxsize=1 << 16)
def is_place(phrase: str) -> bool:
    """True for a country (name or alias), capital, known city or region.

    Demonyms are not places: ``is_place("Turkish")`` is False.
    """
    return any(
        _country_name(form) or _fold(form) in _PLACE_FOLD for form in _variants(phrase)
    )


def outlet_name(alias: str) -> str | None:
    """Canonical outlet display name for an exact alias ("Associated Press" -> "AP").

    Matching is exact except for a leading "the", a possessive, and acronyms of
    five or more letters, which also match in other casings ("Azertac").
    """
    text = _squash(alias).strip(_EDGE)
    forms = [text, _strip_possessive(text)]
    if text[:4].casefold() == "the ":
        forms += [text[4:], "The " + text[4:]]
    for form in forms:
        hit = OUTLET_ALIASES.get(form)
        if hit:
            return hit
        if form[:1].isupper():
            hit = _OUTLET_ACRONYM_FOLD.get(form.casefold())
            if hit:
                return hit
    return None


_HOST = re.compile(r"[a-z0-9][a-z0-9.-]*")


def outlet_from_domain(domain_or_email: str) -> str | None:
    """Outlet for a domain, URL or e-mail address, including subdomains.

    >>> outlet_from_domain("redaktion@caucasuswatch.de")
    'Caucasus Watch'
    >>> outlet_from_domain("https://en.trend.az/azerbaijan/politics")
    'Trend'
    """
    text = domain_or_email.strip().strip("<>").casefold()
    if text.startswith("mailto:"):
        text = text[len("mailto:") :]
    if "://" in text:
        text = urlsplit(text).hostname or ""
    elif "@" in text:
        text = text.rsplit("@", 1)[1]
    match = _HOST.match(text.lstrip("<>\"' "))
    if not match:
        return None
    labels = match.group().strip(".").split(".")
    # Longest suffix first so "interfax.com.ua" beats "interfax.com"; stop
    # before the bare TLD, which never identifies an outlet.
    for start in range(len(labels) - 1):
        hit = OUTLET_DOMAINS.get(".".join(labels[start:]))
        if hit:
            return hit
    return None


def _org_lookup(text: str) -> str | None:
    return _find(text, _ORG_EXACT, _ORG_FOLD)


def org_key(name: str) -> str:
    """Comparison key for an organisation name.

    Known aliases give the canonical full name, so "LANDCOM", "Allied Land
    Command" and "NATO Allied Land Command" share a key.  Unknown names come
    back with whitespace normalised and a leading "the" removed.
    """
    text = " ".join(name.split())
    if text[:4].casefold() == "the ":
        text = text[4:]
    hit = _org_lookup(text)
    if hit:
        return hit
    squashed = _squash(text)
    possessive = _strip_possessive(squashed)
    if possessive != squashed:
        hit = _org_lookup(possessive)
        if hit:
            return hit
    # "NATO Joint Force Command Naples", "NATO's Partnership for Peace": the
    # NATO prefix adds nothing when the rest already names a NATO body.
    for prefix in ("NATO's ", "NATO ", "Nato's ", "Nato "):
        if squashed.startswith(prefix):
            hit = _org_lookup(squashed[len(prefix) :])
            if hit:
                return hit
    return text


del _name, _aliases, _domains, _alias
