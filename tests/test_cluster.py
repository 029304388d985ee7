"""Grouping articles into events (claimcheck.cluster).

Every hard case runs the real extractor over small invented articles written in different
agencies' styles (Trend, Azernews, Reuters, AP, TASS-like datelines, front matter, date
stamps, no date at all). The people are invented.
"""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.cluster import (
    DEFAULTS,
    ClusterSettings,
    build_corpus,
    candidate_pairs,
    components,
    content_words,
    date_distance,
    group_articles,
    infer_years,
    named_people,
    profile,
    singleton_events,
    slugify,
)
from claimcheck.corpus import read_article
from claimcheck.extract.article import extract
from claimcheck.models import ClaimsFile
from claimcheck.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED_EVENTS = [
    ["000_47e231b3652e3066", "001_4014673d0be36c51", "002_ae231f01bc6e67f7"],
    ["003_fe1b989d3a4af603"],
    ["004_fb4ce72fce0d63e5"],
]

# --- invented articles ---------------------------------------------------------------------

ARTICLES: dict[str, str] = {
    "c1_trend_apr": (
        "date 2024-04-02 BAKU, Azerbaijan, April 2. On April 2, Minister of Defense of "
        "Azerbaijan, Colonel General Elchin Garayev, met with the delegation led by Director of "
        "the NATO Partnership Directorate, Brigadier General Henrik Lindqvist, Trend reports "
        "via the Ministry of Defense.\n"
        "\n"
        "Welcoming the guests, the minister stressed that cooperation with the Alliance in "
        "military education remains a priority for Azerbaijan.\n"
        "\n"
        "Brigadier General Lindqvist praised the contribution of Azerbaijani instructors to the "
        "partnership training centre in Baku.\n"
        "\n"
        "The sides discussed the annual individual partnership programme and the planned "
        "exercises for the summer.\n"
    ),
    "c1_azernews_apr": (
        "---\n"
        "outlet: Azernews\n"
        "published: 2024-04-03\n"
        'title: "Garayev, Lindqvist discuss partnership programme"\n'
        "---\n"
        "Azerbaijan's defense chief Col-Gen Elchin Garayev received Swedish Brig-Gen Henrik "
        "Lindqvist of NATO's partnership directorate in Baku on Tuesday, Azernews reports per "
        "the ministry.\n"
        "\n"
        "Garayev told the visiting general that Azerbaijan plans to send more officers to "
        "courses at the NATO School in Oberammergau.\n"
        "\n"
        "Lindqvist, for his part, thanked the ministry for hosting the regional language course "
        "and said the directorate would fund two new simulators.\n"
        "\n"
        "The talks also covered the individual partnership programme for the coming year.\n"
    ),
    "c1_trend_apr25": (
        "date 2024-04-25 BAKU, Azerbaijan, April 25. On April 25, Minister of Defense Colonel "
        "General Elchin Garayev met with Brigadier General Henrik Lindqvist, who arrived in "
        "Baku to sign the new cooperation plan, Trend reports.\n"
        "\n"
        "During the meeting, the sides signed the 2024-2025 cooperation plan on mine clearance "
        "training.\n"
        "\n"
        "Garayev noted that demining of the liberated territories requires modern equipment and "
        "certified specialists.\n"
        "\n"
        "Lindqvist announced that a mobile training team will arrive in Ganja in June.\n"
    ),
    "c1_report_apr26": (
        "---\n"
        "outlet: Report.az\n"
        "published: 2024-04-26\n"
        "---\n"
        "Defense Minister Elchin Garayev and NATO Brigadier General Henrik Lindqvist signed a "
        "mine clearance training plan in Baku on Thursday, Report informs.\n"
        "\n"
        "Under the plan, a mobile NATO training team will work with Azerbaijani sappers in "
        "Ganja from June.\n"
        "\n"
        "Garayev said the certification of deminers to international standards is a key task "
        "for the army this year.\n"
    ),
    "c2_ipn_lit": (
        "---\n"
        "outlet: Interpressnews\n"
        "published: 2024-06-11\n"
        "---\n"
        "TBILISI, June 11. Georgian Defence Minister Levan Gogoladze met with Lithuanian "
        "Vice-Minister of National Defence Rasa Jurkonyte on Tuesday.\n"
        "\n"
        "The parties discussed Lithuanian support for the Georgian Defence Forces' cyber units "
        "and the training of Georgian officers at the Baltic Defence College.\n"
        "\n"
        "Jurkonyte said Vilnius will continue to host Georgian cadets at the General Jonas "
        "Zemaitis Military Academy.\n"
        "\n"
        "Minister Gogoladze thanked Lithuania for its steadfast support of Georgia's "
        "territorial integrity.\n"
    ),
    "c2_agenda_lit": (
        "---\n"
        "outlet: Agenda.ge\n"
        "published: 2024-06-11\n"
        "---\n"
        "Defence Minister Levan Gogoladze hosted Lithuania's Vice-Minister of National Defence "
        "Rasa Jurkonyte in Tbilisi today to talk about cyber defence cooperation.\n"
        "\n"
        "Jurkonyte confirmed that Lithuanian instructors will train Georgian cyber specialists "
        "in Kaunas this autumn.\n"
        "\n"
        "Gogoladze noted that the Baltic Defence College remains one of the most important "
        "partners of the Georgian army.\n"
    ),
    "c2_ipn_usa": (
        "---\n"
        "outlet: Interpressnews\n"
        "published: 2024-06-11\n"
        "---\n"
        "TBILISI, June 11. Georgian Defence Minister Levan Gogoladze met with Major General "
        "Brian Kessler, Commanding General of the U.S. Army Southern European Task Force, on "
        "Tuesday.\n"
        "\n"
        "The meeting focused on the Noble Partner exercise, which will be held at the Vaziani "
        "training area in July with about 2,000 troops.\n"
        "\n"
        "Kessler praised the professionalism of Georgian soldiers and the readiness of the "
        "Vaziani range.\n"
        "\n"
        "Minister Gogoladze expressed gratitude to the United States for equipping the Georgian "
        "light infantry battalions.\n"
    ),
    "c3_both": (
        "---\n"
        "outlet: Kazinform\n"
        "published: 2024-09-17\n"
        "---\n"
        "ASTANA, September 17. Minister of Defense of Kazakhstan Colonel General Nurlan Abenov "
        "met with Commander of the Turkish Land Forces Lieutenant General Selim Durmaz, who is "
        "in Kazakhstan on an official visit.\n"
        "\n"
        "The parties discussed military-technical cooperation, joint production of armored "
        "vehicles and the exchange of cadets between military academies.\n"
        "\n"
        "On the same day, Chief of the General Staff of the Armed Forces of Kazakhstan "
        "Lieutenant General Marat Tulegenov met with Lieutenant General Selim Durmaz.\n"
        "\n"
        "Tulegenov and Durmaz discussed preparations for the joint exercise Steppe Eagle and "
        "the training of mountain infantry units.\n"
    ),
    "c3_minister": (
        "---\n"
        "outlet: Anadolu Agency\n"
        "published: 2024-09-17\n"
        "---\n"
        "Turkish Land Forces Commander Selim Durmaz held talks with Kazakh Defense Minister "
        "Nurlan Abenov in Astana on Tuesday, the ministry said in a statement.\n"
        "\n"
        "Abenov and Durmaz reviewed joint production of armored vehicles by Turkish and Kazakh "
        "defense firms, the statement said.\n"
        "\n"
        "Durmaz invited Kazakh cadets to study at the Turkish Military Academy in Ankara.\n"
    ),
    "c3_chief": (
        "date 2024-09-17 Chief of the General Staff Marat Tulegenov received Turkish Lieutenant "
        "General Selim Durmaz in Astana, the Kazakh Defense Ministry's press service reported.\n"
        "\n"
        "Lieutenant General Tulegenov briefed the guest on preparations for the Steppe Eagle "
        "exercise.\n"
        "\n"
        "The generals agreed to expand the training of mountain infantry units in Almaty "
        "region.\n"
    ),
    "c4_tanjug": (
        "---\n"
        "outlet: Tanjug\n"
        "published: 2024-02-20\n"
        "---\n"
        "BELGRADE, Feb 20 (Tanjug) - Serbian Defence Minister Dragan Vukotic met with Hungarian "
        "Chief of Defence Colonel General Gabor Szalai on Tuesday to discuss joint air policing "
        "and the purchase of Hungarian-made ammunition.\n"
        "\n"
        "Vukotic said that Serbia and Hungary share a common interest in the security of the "
        "Danube region.\n"
        "\n"
        "Szalai said the Hungarian Defence Forces are ready to train Serbian helicopter pilots "
        "at Szolnok.\n"
    ),
    "c4_mtva": (
        "---\n"
        "outlet: MTI\n"
        "published: 2024-02-21\n"
        "---\n"
        "Colonel General Gabor Szalai, Chief of Defence of Hungary, held talks with Serbian "
        "Defence Minister Dragan Vukotic in Belgrade on Tuesday, MTI reports.\n"
        "\n"
        "The two sides agreed on joint air policing training and discussed ammunition supplies "
        "from the Hungarian defence industry.\n"
        "\n"
        "Szalai offered Serbian helicopter pilots places at the Szolnok flight training centre.\n"
    ),
    "c4_nodate": (
        "Serbian Defence Minister Dragan Vukotic received Hungarian Chief of Defence Gabor "
        "Szalai in Belgrade.\n"
        "\n"
        "At the meeting, Vukotic and Szalai discussed joint air policing over the Danube region "
        "and Hungarian ammunition supplies.\n"
        "\n"
        "Colonel General Szalai invited Serbian helicopter pilots to train at Szolnok.\n"
    ),
    "c5_meeting": (
        "---\n"
        "outlet: Kun.uz\n"
        "published: 2024-10-14\n"
        "---\n"
        "TASHKENT, October 14. Defense Minister of Uzbekistan Lieutenant General Farrukh "
        "Ismoilov met with the Polish delegation led by Deputy Chief of the General Staff "
        "Brigadier General Piotr Zawadzki, who arrived in Uzbekistan on a working visit.\n"
        "\n"
        "The sides discussed training of Uzbek officers in Poland, peacekeeping cooperation and "
        "the joint production of unmanned aerial vehicles.\n"
        "\n"
        "Ismoilov said Uzbekistan is interested in Polish experience in the reform of "
        "territorial defence.\n"
        "\n"
        "Zawadzki noted that Poland is ready to host Uzbek cadets at the War Studies University "
        "in Warsaw.\n"
    ),
    "c5_followup": (
        "---\n"
        "outlet: Daryo\n"
        "published: 2024-10-16\n"
        "---\n"
        "The Polish military delegation headed by Brigadier General Piotr Zawadzki visited the "
        "3rd Motorized Rifle Brigade in Termez on October 15, the Uzbek Defense Ministry said.\n"
        "\n"
        "The guests were briefed on the brigade's history and watched a tactical exercise with "
        "drones.\n"
        "\n"
        "Zawadzki praised the training of the Uzbek soldiers and said the Polish delegation "
        "would end its working visit to Uzbekistan on Wednesday.\n"
    ),
    "c6_az": (
        "date 2024-05-22 BAKU, Azerbaijan, May 22. Minister of Defense of Azerbaijan Colonel "
        "General Tofig Rzayev met with Helena Marsh, NATO Deputy Assistant Secretary General "
        "for Partnerships, Trend reports.\n"
        "\n"
        "The sides discussed Azerbaijan-NATO cooperation within the Partnership for Peace "
        "programme and the Operational Capabilities Concept.\n"
        "\n"
        "The Defense Minister noted the importance of the NATO Days held annually in Baku.\n"
        "\n"
        "Marsh praised the participation of Azerbaijani servicemen in NATO-led missions.\n"
    ),
    "c6_ge": (
        "---\n"
        "outlet: Civil.ge\n"
        "published: 2024-05-22\n"
        "---\n"
        "TBILISI, May 22. Georgia's Defense Minister Nika Beridze met with a NATO Military "
        "Committee delegation led by Admiral Jan Verhoef, Civil.ge reports.\n"
        "\n"
        "The Defense Minister briefed the NATO delegation on the implementation of the "
        "Substantial NATO-Georgia Package and the situation in the occupied territories.\n"
        "\n"
        "Admiral Verhoef noted that Georgia is one of NATO's most valuable partners and thanked "
        "the Georgian Defense Forces for their contribution to NATO missions.\n"
        "\n"
        "The Chief of General Staff of the Georgian Defense Forces, Major General Zurab "
        "Kobiashvili, also attended the meeting.\n"
    ),
    "c6_am": (
        "---\n"
        "outlet: Armenpress\n"
        "published: 2024-05-22\n"
        "---\n"
        "YEREVAN, May 22. Lieutenant General Artak Mkrtchyan, Chief of General Staff of the "
        "Armed Forces of Armenia, met with Colonel Marcus Hale, NATO Liaison Officer for the "
        "South Caucasus, Armenpress reports.\n"
        "\n"
        "The interlocutors discussed the Armenia-NATO Individually Tailored Partnership "
        "Programme and the participation of Armenian peacekeepers in NATO missions.\n"
        "\n"
        "The Chief of General Staff noted the importance of NATO Defense Education Enhancement "
        "Programme courses for Armenian officers.\n"
    ),
    "c6b_minister": (
        "date 2024-07-03 BAKU, Azerbaijan, July 3. Minister of Defense of Azerbaijan Colonel "
        "General Tofig Rzayev met with Brigadier General Ole Dahlstrom, Commander of the Danish "
        "Special Operations Command, Trend reports.\n"
        "\n"
        "The sides discussed cooperation in the training of special forces and the "
        "participation of Azerbaijani servicemen in courses in Aalborg.\n"
        "\n"
        "Colonel General Rzayev noted the importance of cooperation with NATO member states in "
        "the field of military education.\n"
    ),
    "c6b_chief": (
        "date 2024-07-03 BAKU, Azerbaijan, July 3. Chief of the General Staff of the Azerbaijan "
        "Army Colonel General Ilgar Nabiyev met with Major General Tomas Vondracek, Director of "
        "the Czech Military Intelligence, Trend reports.\n"
        "\n"
        "The sides discussed cooperation in military medicine and the demining of the liberated "
        "territories.\n"
        "\n"
        "Colonel General Nabiyev noted the importance of cooperation with NATO member states in "
        "the field of military education.\n"
    ),
    "c1_nostamp": (
        "On April 2, Defense Minister Elchin Garayev met with Brigadier General Henrik "
        "Lindqvist of the NATO Partnership Directorate in Baku.\n"
        "\n"
        "Garayev and Lindqvist discussed the individual partnership programme and the training "
        "of Azerbaijani officers at the NATO School in Oberammergau.\n"
    ),
    "t1_ctk": (
        "---\n"
        "outlet: CTK\n"
        "published: 2024-09-19\n"
        'title: "Lower house approves pension reform, retirement age to rise to 67"\n'
        "---\n"
        "PRAGUE, Sept 19 (CTK) - The Chamber of Deputies approved the government's pension "
        "reform on Thursday, raising the retirement age gradually from 65 to 67 by 2056.\n"
        "\n"
        "The bill passed by 104 votes to 79 after a debate that lasted more than 40 hours over "
        "three sessions. It now goes to the Senate, where the coalition holds a majority.\n"
        "\n"
        "Labour Minister Tomas Vavrecka said the reform would keep the pension system solvent "
        'for the next generation. "Without this change, the deficit of the pension account '
        'would reach two percent of GDP by 2050," Vavrecka told lawmakers before the vote.\n'
        "\n"
        "The reform also changes the indexation formula, so that pensions will grow more slowly "
        "than before, and it allows people in demanding professions such as miners and "
        "paramedics to retire up to five years earlier.\n"
        "\n"
        "Opposition leader Jana Hrubesova said her party would challenge the law at the "
        "Constitutional Court. She argued that the government had no mandate to raise the "
        "retirement age because it did not mention the plan before the election.\n"
        "\n"
        "Trade unions have announced a protest in Prague for next week.\n"
    ),
    "t1_pravo": (
        "---\n"
        "outlet: Pravo\n"
        "published: 2024-09-20\n"
        'title: "Coalition pushes through later retirement despite union protests"\n'
        "---\n"
        "Czechs will have to work two years longer. Late on Thursday evening, coalition "
        "lawmakers forced through a higher retirement age of 67, ignoring weeks of warnings "
        "from trade unions and doctors.\n"
        "\n"
        "The opposition spent forty hours at the lectern trying to block the measure, but the "
        "government majority held firm and the vote ended 104 to 79.\n"
        "\n"
        '"This is a betrayal of everyone who works with their hands," opposition leader Jana '
        "Hrubesova said after the result was announced. She promised that her party would turn "
        "to the Constitutional Court and would reverse the change if it wins the next election.\n"
        "\n"
        "Union leader Pavel Koubek said a bricklayer or a nurse cannot be expected to climb "
        "scaffolding or lift patients at 67. He called on members to join a demonstration on "
        "Wenceslas Square.\n"
        "\n"
        "Minister Tomas Vavrecka, who drafted the bill, dismissed the criticism. He insisted "
        "that the slower growth of pensions was unavoidable and that people in hard jobs would "
        "be allowed to leave work earlier.\n"
        "\n"
        "Economists quoted by the newspaper said the savings would be smaller than the ministry "
        "claims.\n"
    ),
    "t1_lidovky": (
        "---\n"
        "outlet: Lidove noviny\n"
        "published: 2024-09-20\n"
        'title: "At last, a responsible pension reform"\n'
        "---\n"
        "The lower house finally did what every government since 2010 had postponed. On "
        "Thursday deputies backed Minister Tomas Vavrecka's plan to put the pension system on a "
        "sustainable footing, with 104 lawmakers in favour.\n"
        "\n"
        "The key element is a gradual shift of the retirement age to 67, which will only affect "
        "people who are now in their forties. Combined with the new indexation formula, it will "
        "save the state budget tens of billions of crowns a year, according to ministry "
        "estimates.\n"
        "\n"
        'Vavrecka praised the coalition for its discipline. "We are not doing this for the next '
        'election, we are doing it for our children," he said.\n'
        "\n"
        "The opposition led by Jana Hrubesova tried to filibuster the bill for days, reading "
        "out letters from voters and repeating speeches. Her threat of a constitutional "
        "complaint is unlikely to succeed, lawyers say, because parliament is free to set the "
        "retirement age.\n"
        "\n"
        "Employers' associations welcomed the vote and said it would reassure investors and "
        "rating agencies.\n"
    ),
    "t1_d_benefit": (
        "---\n"
        "outlet: CTK\n"
        "published: 2024-09-24\n"
        "---\n"
        "PRAGUE, Sept 24 (CTK) - Labour Minister Tomas Vavrecka on Tuesday presented a plan to "
        "merge four social benefits into a single housing and family allowance from next July.\n"
        "\n"
        "The new allowance will be paid through one online application, and offices will check "
        "incomes automatically using tax data, Vavrecka told reporters.\n"
        "\n"
        "He said the change would save thousands of hours of paperwork and would help single "
        "mothers who often do not claim the support they are entitled to.\n"
    ),
    "t1_d_congress": (
        "---\n"
        "outlet: iRozhlas\n"
        "published: 2024-09-22\n"
        "---\n"
        "Jana Hrubesova was re-elected chair of the opposition party at its congress in Brno on "
        "Sunday, winning 612 of 700 delegate votes.\n"
        "\n"
        "In her speech, Hrubesova said the party would campaign on affordable housing, lower "
        "energy prices and faster construction permits.\n"
        "\n"
        "Delegates also elected four deputy chairs and approved a new party programme for the "
        "regional elections.\n"
    ),
    "t1_d_first": (
        "---\n"
        "outlet: CTK\n"
        "published: 2024-06-12\n"
        "---\n"
        "PRAGUE, June 12 (CTK) - The Chamber of Deputies on Wednesday passed the pension reform "
        "bill in the first reading and sent it to the social affairs committee.\n"
        "\n"
        "Labour Minister Tomas Vavrecka defended the plan to raise the retirement age to 67, "
        "while opposition leader Jana Hrubesova said her party would try to stop it in the "
        "committee.\n"
        "\n"
        "The committee is expected to discuss about 200 amendments over the summer.\n"
    ),
    "t2_pap": (
        "---\n"
        "outlet: PAP\n"
        "published: 2024-11-05\n"
        'title: "Former Lodz deputy mayor sentenced to six years for bribery"\n'
        "---\n"
        "LODZ, Nov 5 (PAP) - The District Court in Lodz on Tuesday sentenced former deputy "
        "mayor Krzysztof Wrobel to six years in prison for accepting bribes worth 1.2 million "
        "zlotys from construction companies.\n"
        "\n"
        "Judge Ewa Malinowska said the evidence, including recorded phone calls and bank "
        "transfers, left no doubt that Wrobel had steered municipal road contracts to firms "
        "that paid him.\n"
        "\n"
        "The court also banned Wrobel from holding public office for ten years and ordered him "
        "to return the money. Two businessmen who paid the bribes received suspended sentences.\n"
        "\n"
        "Prosecutor Adam Rybczynski had demanded eight years. Wrobel's lawyer Michal Sobczak "
        "said his client was innocent and would appeal.\n"
        "\n"
        "The verdict is not final.\n"
    ),
    "t2_oko": (
        "---\n"
        "outlet: OKO.press\n"
        "published: 2024-11-05\n"
        'title: "Six years for Wrobel: the road-contract scheme ends in court"\n'
        "---\n"
        "For years he was the most powerful man in Lodz city hall when it came to asphalt. On "
        "Tuesday, Krzysztof Wrobel heard a judge describe how the contracts he signed were for "
        "sale.\n"
        "\n"
        "Judge Ewa Malinowska read out the verdict for almost two hours: six years behind bars, "
        "a ten-year ban on public functions and the forfeiture of 1.2 million zlotys. Wrobel "
        "listened without emotion, his hands folded.\n"
        "\n"
        "The investigation started after a journalist from a local portal noticed that the same "
        "three companies won almost every tender for road repairs between 2016 and 2020. "
        'Recorded conversations showed Wrobel agreeing on "commissions" with the owners.\n'
        "\n"
        "Prosecutor Adam Rybczynski said after the hearing that the case showed how weak the "
        "control of municipal spending was.\n"
        "\n"
        "The ruling party in which Wrobel made his career has never distanced itself from him.\n"
    ),
    "t2_wpolityce": (
        "---\n"
        "outlet: wPolityce\n"
        "published: 2024-11-06\n"
        'title: "Political trial of Krzysztof Wrobel? Defence announces appeal"\n'
        "---\n"
        "Krzysztof Wrobel, the former deputy mayor of Lodz, will appeal against the judgment "
        "delivered on Tuesday by the district court, his defence lawyer Michal Sobczak "
        "announced.\n"
        "\n"
        '"The court relied on recordings made illegally and on the testimony of businessmen who '
        'bought their own freedom by accusing my client," Sobczak said. He called the six-year '
        'prison sentence "a political verdict" timed before the local elections.\n'
        "\n"
        "Wrobel, who has always denied taking money, said outside the courtroom that he trusted "
        "the appeal court would see the truth.\n"
        "\n"
        "Judge Ewa Malinowska dismissed the defence's motions to exclude the phone recordings, "
        "a decision supporters of the former official see as proof of bias.\n"
    ),
    "t2_reactions": (
        "---\n"
        "outlet: TVN24\n"
        "published: 2024-11-06\n"
        "---\n"
        "Politicians across the spectrum reacted on Wednesday to the six-year sentence handed "
        "to former Lodz deputy mayor Krzysztof Wrobel for bribery.\n"
        "\n"
        'Opposition leader Tadeusz Lisowski said the verdict against Wrobel was "politically '
        'motivated" and that the courts were being used to settle scores before the election.\n'
        "\n"
        "Justice Minister Marta Zielonka welcomed the judgment and said that corruption in "
        "local government had to be punished regardless of party colours.\n"
        "\n"
        "Lodz mayor Anna Brzezinska said the city would seek compensation from Wrobel for the "
        "overpriced road contracts.\n"
    ),
    "t2_d_fraud": (
        "---\n"
        "outlet: PAP\n"
        "published: 2024-11-05\n"
        "---\n"
        "LODZ, Nov 5 (PAP) - The District Court in Lodz on Tuesday sentenced businessman "
        "Grzegorz Pawlak to four years in prison for VAT fraud involving fuel imports.\n"
        "\n"
        "Judge Tomasz Kurek said Pawlak had created a chain of shell companies that cheated the "
        "state budget of 30 million zlotys.\n"
        "\n"
        "The verdict is not final and the defence is expected to appeal.\n"
    ),
    "t2_d_indict": (
        "---\n"
        "outlet: PAP\n"
        "published: 2023-03-14\n"
        "---\n"
        "LODZ, March 14 (PAP) - Prosecutors charged former Lodz deputy mayor Krzysztof Wrobel "
        "with accepting bribes from construction companies, prosecutor Adam Rybczynski said on "
        "Tuesday.\n"
        "\n"
        "According to the indictment, Wrobel took 1.2 million zlotys in exchange for municipal "
        "road contracts between 2016 and 2020.\n"
        "\n"
        "Wrobel denied the charges and said he was the victim of a political campaign.\n"
    ),
    "t2_d_budget": (
        "---\n"
        "outlet: Rzeczpospolita\n"
        "published: 2024-11-07\n"
        "---\n"
        "Opposition leader Tadeusz Lisowski on Thursday presented his party's alternative "
        "budget for 2025, proposing lower income tax for families and higher spending on the "
        "army.\n"
        "\n"
        "Lisowski said the government's deficit of 5.5 percent of GDP was irresponsible and "
        "that his plan would cut it by cancelling the planned nuclear power plant subsidy.\n"
        "\n"
        "Finance Minister Piotr Ostrowski said the proposals did not add up.\n"
    ),
    "t3_err": (
        "---\n"
        "outlet: ERR\n"
        "published: 2025-03-14\n"
        'title: "Baltic leaders agree on joint air defence and faster grid link in Tallinn"\n'
        "---\n"
        "TALLINN, March 14 (ERR) - The leaders of Estonia, Latvia and Lithuania agreed on "
        "Friday to buy medium-range air defence systems together and to speed up the connection "
        "of their electricity grids to continental Europe.\n"
        "\n"
        "Estonian Prime Minister Kristjan Tamm hosted Latvian Prime Minister Ilze Berzina and "
        "Lithuanian President Vytautas Kairys at Stenbock House for the annual Baltic summit.\n"
        "\n"
        '"Our skies are one sky and our grid will soon be one grid," Tamm said at a press '
        "conference after the talks.\n"
        "\n"
        "The joint declaration commits the three countries to a common procurement of air "
        "defence batteries worth about 1 billion euros and to completing the synchronisation of "
        "the grid by February next year.\n"
        "\n"
        "Berzina said Latvia would host the joint procurement office in Riga. Kairys stressed "
        "that Lithuania wants allied troops to stay in the region permanently.\n"
    ),
    "t3_lsm": (
        "---\n"
        "outlet: LSM\n"
        "published: 2025-03-14\n"
        'title: "Berzina: Riga to host Baltic procurement office"\n'
        "---\n"
        "Latvian Prime Minister Ilze Berzina returned from Tallinn with a promise that the new "
        "Baltic air defence procurement office will be located in Riga, she told LSM on Friday "
        "evening.\n"
        "\n"
        "At the meeting of the three Baltic heads of government and state, Berzina argued that "
        "buying batteries together would cut prices and shorten delivery times. Her Estonian "
        "host Kristjan Tamm and Lithuania's Vytautas Kairys backed the proposal.\n"
        "\n"
        "The leaders also pledged to finish the desynchronisation from the Russian BRELL power "
        "ring and the synchronisation with Europe before February.\n"
        "\n"
        "Opposition politicians in Riga criticised the government for not publishing the cost "
        "of the procurement in advance.\n"
    ),
    "t3_lrt": (
        "---\n"
        "outlet: LRT\n"
        "published: 2025-03-15\n"
        'title: "Kairys in Tallinn: allied presence must be permanent"\n'
        "---\n"
        "President Vytautas Kairys used Friday's Baltic summit in the Estonian capital to call "
        "for a permanent presence of allied forces on the eastern flank.\n"
        "\n"
        '"Deterrence cannot be rotational," Kairys told journalists after meeting Prime '
        "Ministers Kristjan Tamm and Ilze Berzina.\n"
        "\n"
        "The three leaders signed a declaration on the joint purchase of air defence and on "
        "grid synchronisation. Lithuania will contribute about a third of the cost, the "
        "president's office said.\n"
        "\n"
        "Kairys also invited his counterparts to the opening of the new German brigade base in "
        "Rudninkai in the summer.\n"
    ),
    "t3_d_tax": (
        "---\n"
        "outlet: ERR\n"
        "published: 2025-03-17\n"
        "---\n"
        "TALLINN, March 17 (ERR) - Prime Minister Kristjan Tamm on Monday presented the "
        "government's plan to abolish the car tax from 2026 and to raise excise duties on "
        "tobacco instead.\n"
        "\n"
        "Tamm said the change would cost the budget about 80 million euros a year, which would "
        "be covered by higher excise revenue and cuts in ministry administration.\n"
        "\n"
        "The Reform Party's coalition partners have yet to approve the proposal.\n"
    ),
    "t3_d_vilnius": (
        "---\n"
        "outlet: LRT\n"
        "published: 2025-04-10\n"
        "---\n"
        "Latvian Prime Minister Ilze Berzina met with Lithuanian President Vytautas Kairys in "
        "Vilnius on Thursday to discuss the Rail Baltica railway and its financing.\n"
        "\n"
        "Kairys said Lithuania would complete its section to the Latvian border by 2030.\n"
        "\n"
        "Berzina said Latvia was looking for new European funds because the cost of the Riga "
        "central station had doubled.\n"
    ),
    "t3_d_oslo": (
        "---\n"
        "outlet: NTB\n"
        "published: 2025-03-14\n"
        "---\n"
        "OSLO, March 14 (NTB) - Nordic energy ministers meeting in Oslo on Friday agreed to "
        "build two new interconnectors to strengthen the electricity grid between Norway, "
        "Sweden and Finland.\n"
        "\n"
        "Norwegian Energy Minister Lars Haugen said the new cables would reduce price "
        "differences between the regions.\n"
        "\n"
        "Finnish minister Aino Laaksonen said the grid investment would cost about 3 billion "
        "euros.\n"
    ),
    "d8_ap_sun": (
        "---\n"
        "outlet: AP\n"
        "published: 2024-07-14\n"
        "---\n"
        "KATHMANDU, Nepal (AP) — Rescuers dug through mud and boulders on Sunday after monsoon "
        "landslides buried villages in Nepal's Sindhupalchok district, killing at least 275 "
        "people, officials said.\n"
        "\n"
        "Home Ministry spokesman Bishnu Ghimire said more than 100 people were still missing "
        "and about 3,000 families had lost their homes.\n"
        "\n"
        "Army helicopters dropped food and tents to villages cut off after the main highway to "
        "the Tibetan border was washed away.\n"
        "\n"
        "Prime Minister Keshav Dahal visited the district headquarters in Chautara and promised "
        "money for every family that lost a relative.\n"
    ),
    "d8_reuters_tue": (
        "---\n"
        "outlet: Reuters\n"
        "published: 2024-07-16\n"
        "---\n"
        "KATHMANDU, July 16 (Reuters) - The death toll from landslides in central Nepal rose to "
        "288 on Tuesday as soldiers recovered more bodies from villages swept away by torrents "
        "of mud, a government spokesman said.\n"
        "\n"
        "Bishnu Ghimire of the Home Ministry said 74 people remained missing in Sindhupalchok, "
        "where heavy monsoon rain triggered dozens of slides over the weekend.\n"
        "\n"
        "Aid agencies warned of cholera in crowded shelters and appealed for clean water "
        "supplies.\n"
        "\n"
        "The Araniko highway linking Kathmandu with China remained closed.\n"
    ),
    "d8_kp_mon": (
        "---\n"
        "outlet: The Kathmandu Post\n"
        "published: 2024-07-15\n"
        "---\n"
        "Survivors of the Sindhupalchok landslides spent a second night in school buildings and "
        "tents as the number of dead reached 281 on Monday.\n"
        "\n"
        '"We lost everything, our house, our buffaloes and my brother," said a farmer from the '
        "village of Tatopani.\n"
        "\n"
        "The Nepal Army has deployed 1,200 soldiers and four helicopters to the district, "
        "spokesman Bishnu Ghimire said.\n"
    ),
    "d8_d_flood": (
        "---\n"
        "outlet: AP\n"
        "published: 2024-08-20\n"
        "---\n"
        "KATHMANDU, Nepal (AP) — Floods in Nepal's southern plains killed 34 people and forced "
        "thousands to leave their homes on Tuesday, the Home Ministry said.\n"
        "\n"
        "Spokesman Bishnu Ghimire said the Koshi river rose above the danger level and broke an "
        "embankment near Saptari.\n"
        "\n"
        "Army boats evacuated families stranded on rooftops.\n"
    ),
    "d8_preview": (
        "---\n"
        "outlet: Hungary Today\n"
        "published: 2024-11-22\n"
        "---\n"
        "Hungarian Foreign Minister Balazs Kertesz will travel to Baku on Monday for talks with "
        "Azerbaijani Foreign Minister Ramin Huseynli on gas supplies and the Middle Corridor, "
        "the ministry announced on Friday.\n"
        "\n"
        "Kertesz is expected to sign an agreement on the transit of Azerbaijani gas through "
        "Hungary to Slovakia and Austria.\n"
        "\n"
        "The visit comes two months after Huseynli was in Budapest for the Organization of "
        "Turkic States summit.\n"
    ),
    "d8_report": (
        "date 2024-11-25 BAKU, Azerbaijan, November 25. Minister of Foreign Affairs of "
        "Azerbaijan Ramin Huseynli met with Hungarian Foreign Minister Balazs Kertesz, who is "
        "on a visit to Baku, Trend reports.\n"
        "\n"
        "The ministers signed an agreement on the transit of Azerbaijani natural gas through "
        "Hungary and discussed cargo traffic along the Middle Corridor.\n"
        "\n"
        "Huseynli said Azerbaijan sees Hungary as a strategic partner in Central Europe.\n"
    ),
    "n9_base": (
        "date 2024-03-12 BAKU, Azerbaijan, March 12. On March 12, Chief of the State Border "
        "Service of Azerbaijan, Colonel General Anar Mehdiyev, met with Major General Victor "
        "Dragomir, Commander of the Romanian Border Police, who is on an official visit to "
        "Azerbaijan, Trend reports.\n"
        "\n"
        "At the meeting, the sides discussed joint patrols on the Caspian coast, the exchange "
        "of information on illegal migration and the training of about 300 border guards at the "
        "Romanian border police school in Oradea.\n"
        "\n"
        "General Dragomir praised the modern infrastructure of the Azerbaijani border posts and "
        "invited his colleague to visit Bucharest.\n"
        "\n"
        "Mehdiyev noted that the State Border Service has detained 47 smugglers since the "
        "beginning of the year.\n"
    ),
}

_BASE = ARTICLES["n9_base"]
ARTICLES["n9_repub"] = "---\noutlet: Azertac\npublished: 2024-03-14\n---\n" + _BASE.replace(
    "date 2024-03-12 ", ""
).replace(", Trend reports", "")
"""The same article republished two days later by another agency, stamp and credit gone."""
ARTICLES["n9_week"] = _BASE.replace("2024-03-12", "2024-03-19").replace("March 12", "March 19")
"""The same article with its date moved by a week (stamp, dateline and text)."""
ARTICLES["n9_number"] = _BASE.replace("about 300 border", "about 500 border").replace(
    "47 smugglers", "74 smugglers"
)
"""The same article with two numbers changed."""
ARTICLES["n9_name"] = _BASE.replace("Victor Dragomir", "Stefan Munteanu").replace(
    "General Dragomir", "General Munteanu"
)
"""The same article with the guest's name swapped."""


@pytest.fixture(scope="module")
def arts(tmp_path_factory) -> dict[str, ClaimsFile]:
    """Every invented article, extracted once."""
    folder = tmp_path_factory.mktemp("articles")
    settings = Settings(corpus=folder)
    out = {}
    for name, text in ARTICLES.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        out[name] = extract(read_article(path, folder, settings), settings)
    return out


def pick(arts: dict[str, ClaimsFile], *prefixes: str) -> list[ClaimsFile]:
    return [c for name, c in arts.items() if name.startswith(prefixes)]


def grouping(files: list[ClaimsFile]) -> set[frozenset[str]]:
    return {frozenset(event.articles) for event in group_articles(files, None)}


def together(files: list[ClaimsFile], *ids: str) -> bool:
    return any(set(ids) <= group for group in grouping(files))


def apart(files: list[ClaimsFile], a: str, b: str) -> bool:
    return not together(files, a, b)


# --- the seed corpus --------------------------------------------------------------------------


def test_seed_corpus_gives_three_events(seed_claims):
    events = group_articles(list(seed_claims.values()), None)
    assert sorted(e.articles for e in events) == SEED_EVENTS
    main = next(e for e in events if len(e.articles) == 3)
    assert main.id == "2023-03-09-hasanov-oguz"
    assert main.title == "Zakir Hasanov meets Mustafa Oğuz"
    assert main.date == "2023-03-09"
    assert main.outlets == ["Caucasus Watch", "News.Az", "Azernews"]
    assert main.findings == []


def test_seed_events_are_newest_first(seed_claims):
    events = group_articles(list(seed_claims.values()), None)
    assert [e.date for e in events] == ["2025-12-09", "2024-10-09", "2023-03-09"]
    assert [e.id for e in events] == [
        "2025-12-09-hasanov-karagulle",
        "2024-10-09-valiyev-adamczak",
        "2023-03-09-hasanov-oguz",
    ]


def test_seed_year_of_a_dateless_article_comes_from_its_event(seed_claims):
    files = list(seed_claims.values())
    events = {e.id: e for e in group_articles(files, None)}
    main = events["2023-03-09-hasanov-oguz"]
    assert main.date_inferred
    assert infer_years(main, files) == {"000_47e231b3652e3066": 2023}
    assert not events["2025-12-09-hasanov-karagulle"].date_inferred


def test_a_visit_date_months_after_publication_is_not_the_event_date(seed_claims):
    # 004 reads "20 January tragedy" as a visit on 2025-01-20; the article is of 2024-10-09.
    (event,) = group_articles([seed_claims["004_fb4ce72fce0d63e5"]], None)
    assert event.date == "2024-10-09"


@pytest.mark.parametrize("seed", range(5))
def test_seed_grouping_does_not_depend_on_input_order(seed_claims, seed):
    files = list(seed_claims.values())
    expected = group_articles(files, None)
    random.Random(seed).shuffle(files)
    assert group_articles(files, None) == expected


# --- the hard cases ---------------------------------------------------------------------------


def test_same_two_people_meeting_weeks_apart_are_two_events(arts):
    events = group_articles(pick(arts, "c1_"), None)
    assert sorted(e.articles for e in events) == [
        ["c1_azernews_apr", "c1_nostamp", "c1_trend_apr"],
        ["c1_report_apr26", "c1_trend_apr25"],
    ]
    assert [e.id for e in events] == [
        "2024-04-25-garayev-lindqvist",
        "2024-04-02-garayev-lindqvist",
    ]


def test_one_host_two_guests_the_same_day_are_two_events(arts):
    files = pick(arts, "c2_")
    assert grouping(files) == {
        frozenset({"c2_ipn_lit", "c2_agenda_lit"}),
        frozenset({"c2_ipn_usa"}),
    }


def test_one_visit_reported_as_two_meetings_is_one_event_in_any_order(arts):
    files = pick(arts, "c3_")
    for order in itertools.permutations(files):
        assert grouping(list(order)) == {frozenset({"c3_both", "c3_minister", "c3_chief"})}


def test_article_without_any_date_joins_by_participants_and_wording(arts):
    assert arts["c4_nodate"].article.published is None
    assert grouping(pick(arts, "c4_")) == {frozenset({"c4_tanjug", "c4_mtva", "c4_nodate"})}


def test_undated_event_is_named_undated(arts):
    (event,) = group_articles([arts["c4_nodate"]], None)
    assert event.id == "undated-vukotic-szalai"
    assert event.date is None


def test_follow_up_about_another_part_of_the_visit_joins(arts):
    assert together(pick(arts, "c5_"), "c5_meeting", "c5_followup")


def test_unrelated_meetings_sharing_nato_and_titles_never_merge(arts):
    files = pick(arts, "c6")
    assert grouping(files) == {frozenset({c.article.id}) for c in files}


def test_unrelated_meetings_of_one_ministry_on_one_day_stay_apart(arts):
    assert apart(pick(arts, "c6b_"), "c6b_minister", "c6b_chief")


@pytest.mark.parametrize(
    ("story", "triplet"),
    [
        ("t1_", {"t1_ctk", "t1_pravo", "t1_lidovky"}),
        ("t2_", {"t2_pap", "t2_oko", "t2_wpolityce"}),
        ("t3_", {"t3_err", "t3_lsm", "t3_lrt"}),
    ],
)
def test_political_triplets_group_and_distractors_stay_apart(arts, story, triplet):
    for files in (pick(arts, story), pick(arts, "t")):
        groups = grouping(files)
        event = next(g for g in groups if triplet & g)
        assert triplet <= event
        distractors = {c.article.id for c in pick(arts, story + "d_")}
        assert not distractors & event
        assert all(len(g) == 1 for g in groups if g & distractors)


def test_triplet_title_is_the_common_or_earliest_headline(arts):
    events = group_articles(pick(arts, "t1_"), None)
    vote = next(e for e in events if "t1_ctk" in e.articles)
    assert vote.title == "Lower house approves pension reform, retirement age to rise to 67"
    assert vote.id == "2024-09-19-approves-pension-rise"
    assert vote.outlets == ["CTK", "Lidove noviny", "Pravo"]


def test_title_without_meeting_or_headline_is_the_first_evidence_sentence(arts):
    (event,) = group_articles([arts["t1_d_benefit"]], None)
    assert event.title.startswith("Labour Minister Tomas Vavrecka on Tuesday presented")
    assert event.title.endswith("…")
    assert len(event.title) <= DEFAULTS.title_chars + 1


def test_disaster_toll_updated_over_days_is_one_event(arts):
    files = pick(arts, "d8_")
    assert together(files, "d8_ap_sun", "d8_kp_mon", "d8_reuters_tue")
    assert apart(files, "d8_ap_sun", "d8_d_flood")


def test_verdict_and_reactions_are_one_event(arts):
    assert together(pick(arts, "t2_"), "t2_pap", "t2_reactions")


def test_preview_and_report_are_one_event(arts):
    assert together(pick(arts, "d8_"), "d8_preview", "d8_report")


@pytest.mark.parametrize("variant", ["n9_repub", "n9_week", "n9_number", "n9_name"])
def test_near_duplicate_lands_with_its_original(arts, variant):
    assert together([arts["n9_base"], arts[variant]], "n9_base", variant)
    assert together(pick(arts, ""), "n9_base", variant)


def test_all_invented_articles_together(arts):
    events = group_articles(pick(arts, ""), None)
    assert len({e.id for e in events}) == len(events)
    found = {frozenset(e.articles) for e in events}
    for expected in (
        {"c1_trend_apr", "c1_azernews_apr", "c1_nostamp"},
        {"c1_trend_apr25", "c1_report_apr26"},
        {"c2_ipn_lit", "c2_agenda_lit"},
        {"c3_both", "c3_minister", "c3_chief"},
        {"c4_tanjug", "c4_mtva", "c4_nodate"},
        {"c5_meeting", "c5_followup"},
        {"t1_ctk", "t1_pravo", "t1_lidovky"},
        {"t2_pap", "t2_oko", "t2_wpolityce", "t2_reactions"},
        {"t3_err", "t3_lsm", "t3_lrt"},
        {"d8_ap_sun", "d8_kp_mon", "d8_reuters_tue"},
        {"d8_preview", "d8_report"},
        {"n9_base", "n9_repub", "n9_week", "n9_number", "n9_name"},
    ):
        assert frozenset(expected) in found


@pytest.mark.parametrize("seed", range(5))
def test_grouping_does_not_depend_on_input_order(arts, seed):
    files = pick(arts, "")
    expected = group_articles(files, None)
    random.Random(seed).shuffle(files)
    assert group_articles(files, None) == expected


# --- years from the event ---------------------------------------------------------------------


def test_day_without_year_takes_the_year_of_its_event(arts):
    files = pick(arts, "c1_")
    event = next(e for e in group_articles(files, None) if "c1_nostamp" in e.articles)
    assert event.date == "2024-04-02"
    assert event.date_inferred
    assert infer_years(event, files) == {"c1_nostamp": 2024}


def test_year_is_the_one_nearest_the_event_date(arts):
    event = group_articles(pick(arts, "c1_"), None)[-1]
    files = pick(arts, "c1_")
    for date, year in (("2025-03-30", 2025), ("2024-12-30", 2025), ("2026-08-30", 2026)):
        shifted = event.model_copy(update={"date": date})
        assert infer_years(shifted, files) == {"c1_nostamp": year}
    assert infer_years(event.model_copy(update={"date": None}), files) == {}


# --- ids, titles, outlets ---------------------------------------------------------------------


def test_outlet_unknown_is_the_article_id(arts):
    event = next(e for e in group_articles(pick(arts, "c3_"), None))
    assert event.outlets == ["Kazinform", "c3_chief", "Anadolu Agency"]
    assert event.title == "Nurlan Abenov meets Selim Durmaz"


def test_events_sharing_an_id_get_numbered_suffixes_in_a_fixed_order(arts):
    original = arts["c5_meeting"]
    copy = original.model_copy(
        update={"article": original.article.model_copy(update={"id": "c5_copy"})}
    )
    for files in ([original, copy], [copy, original]):
        ids = {e.articles[0]: e.id for e in singleton_events(files)}
        assert ids == {
            "c5_copy": "2024-10-14-ismoilov-zawadzki",
            "c5_meeting": "2024-10-14-ismoilov-zawadzki-2",
        }


def test_slugify_is_ascii():
    assert slugify("Mustafa Oğuz") == "mustafa-oguz"
    assert slugify("Karagülle, Yusuf!") == "karagulle-yusuf"


# --- building blocks ------------------------------------------------------------------------


def test_content_words_stem_and_spell_numbers():
    assert content_words("The court sentenced him to six years") == ["court", "sentenc", "6"]
    assert content_words("sentences, sentencing") == ["sentenc", "sentenc"]


def test_named_people_skips_titles_and_places():
    assert named_people("Justice Minister Marta Zielonka welcomed it.") == {"zielonka"}
    assert named_people("A protest on Wenceslas Square near the District Court.") == set()


def test_blocking_pairs_only_articles_with_compatible_dates(arts):
    files = sorted(pick(arts, "c1_"), key=lambda c: c.article.id)
    corpus = build_corpus([profile(c) for c in files])
    ids = [c.article.id for c in files]
    pairs = {(ids[i], ids[j]) for i, j in candidate_pairs(corpus, DEFAULTS)}
    assert ("c1_azernews_apr", "c1_trend_apr") in pairs
    assert ("c1_trend_apr", "c1_trend_apr25") not in pairs  # 23 days apart
    assert ("c1_nostamp", "c1_trend_apr25") not in pairs  # April 2 vs April 25, no year
    assert ("c1_azernews_apr", "c1_nostamp") in pairs


def test_a_key_held_by_too_many_articles_does_not_block(arts):
    files = pick(arts, "c4_")
    tight = replace(DEFAULTS, posting_cap_min=1, posting_cap_share=0.0)
    corpus = build_corpus([profile(c) for c in sorted(files, key=lambda c: c.article.id)])
    assert candidate_pairs(corpus, DEFAULTS)
    assert not candidate_pairs(corpus, tight)
    assert components(files, tight) == [
        [c.article.id] for c in sorted(files, key=lambda c: c.article.id)
    ]


def test_date_distance_uses_month_and_day_without_a_year(arts):
    nostamp, trend = profile(arts["c1_nostamp"]), profile(arts["c1_trend_apr"])
    assert date_distance(nostamp, trend) == 0
    assert date_distance(nostamp, profile(arts["c1_trend_apr25"])) == 23
    assert date_distance(profile(arts["c4_nodate"]), trend) is None


def test_one_line_items_are_not_near_duplicates(tmp_path):
    settings = Settings(corpus=tmp_path)
    files = []
    for name, text in (
        ("a", "Defence Minister Arvo Kask met with General Piet Hoekstra in Tallinn.\n"),
        ("b", "Defence Minister Janis Ozols met with General Rui Matos in Tallinn.\n"),
    ):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        files.append(extract(read_article(tmp_path / f"{name}.txt", tmp_path, settings), settings))
    assert grouping(files) == {frozenset({"a"}), frozenset({"b"})}


def test_same_result_under_another_hash_seed(seed_claims):
    script = (
        "from pathlib import Path\n"
        "from claimcheck.cluster import group_articles\n"
        "from claimcheck.pipeline import extract_corpus\n"
        "from claimcheck.settings import Settings\n"
        f"files = extract_corpus(Settings(corpus=Path({str(CORPUS)!r}))).files\n"
        "print([(e.id, e.articles) for e in group_articles(files, None)])\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    expected = [(e.id, e.articles) for e in group_articles(list(seed_claims.values()), None)]
    assert runs == {f"{expected}\n"}


def test_cluster_settings_are_frozen():
    with pytest.raises(AttributeError):
        ClusterSettings().link = 0.1  # type: ignore[misc]


def test_batched_cosines_equal_pairwise_cosines(arts):
    from claimcheck.cluster import cosine, cosines

    files = sorted(arts.values(), key=lambda c: c.article.id)
    corpus = build_corpus([profile(c) for c in files])
    # every pair, an article with no terms among them
    empty = replace(corpus.profiles[0], terms={})
    corpus = build_corpus([empty, *corpus.profiles[1:]])
    pairs = [(i, j) for i in range(len(files)) for j in range(i + 1, len(files))]
    batched = cosines(corpus, pairs)
    for (i, j), value in zip(pairs, batched, strict=True):
        assert abs(value - cosine(corpus.vector(i), corpus.vector(j))) < 1e-12
    assert all(value == 0.0 for (i, _), value in zip(pairs, batched, strict=True) if i == 0)
    assert cosines(corpus, []) == []


def test_pairs_below_the_ceiling_are_never_linked(arts):
    """Grouping skips a pair whose text and dates keep it under the link score even with
    full people, things and meeting-pair signals: no such pair would have been linked."""
    from claimcheck.cluster import _ceiling, _distance, cosines, date_signal, pair_score

    files = sorted(arts.values(), key=lambda c: c.article.id)
    corpus = build_corpus([profile(c) for c in files])
    pairs = [(i, j) for i in range(len(files)) for j in range(i + 1, len(files))]
    ceiling = _ceiling(DEFAULTS)
    skipped = 0
    for (i, j), text in zip(pairs, cosines(corpus, pairs), strict=True):
        bound = DEFAULTS.weight_text * text + ceiling
        bound += date_signal(_distance(corpus, i, j), DEFAULTS)
        if text < DEFAULTS.near_duplicate and bound < DEFAULTS.link:
            skipped += 1
            scored = pair_score(corpus, i, j, DEFAULTS, text)
            assert not scored.linked and scored.score <= bound + 1e-12
    assert skipped > 0
    assert _ceiling(replace(DEFAULTS, weight_things=-0.1)) is None


# --- blocking with numpy, against the plain definition ---------------------------------------


def _random_profiles(seed: int, n: int) -> list:
    """Invented profiles with every kind of date: full dates (one or several), publication
    only, month and day only, nothing at all; shared people, words and sentences."""
    from claimcheck.cluster import Profile

    rng = random.Random(seed)
    base = 738_000
    people = [f"person{k}" for k in range(12)]
    words = [f"word{k}" for k in range(40)]
    out = []
    for index in range(n):
        kind = rng.choice(["dated", "dated", "several", "published", "month_day", "none"])
        days = {base + rng.randrange(40)} if kind == "dated" else set()
        if kind == "several":
            days = {base + rng.randrange(40) for _ in range(3)}
        published = base + rng.randrange(40) if kind in ("dated", "published") else None
        month_days = set()
        if kind == "month_day":
            month_days = {(rng.choice([1, 2, 12]), rng.randrange(1, 29))}
        out.append(
            Profile(
                id=f"a{index:03d}",
                published=published,
                days=frozenset(days),
                month_days=frozenset(month_days),
                people={p: rng.choice([0.5, 1.0]) for p in rng.sample(people, rng.randrange(3))},
                pairs=frozenset(),
                visitors=frozenset(),
                things=frozenset(),
                terms={w: rng.randrange(1, 4) for w in rng.sample(words, rng.randrange(0, 12))},
                sentences=frozenset(f"s{rng.randrange(15)}" for _ in range(rng.randrange(2))),
                name_words=frozenset(),
            )
        )
    return out


def _plain_pairs(corpus, settings) -> set[tuple[int, int]]:
    """Blocking as its docstring defines it, one key and one article at a time."""
    from claimcheck.cluster import dates_compatible, posting_cap

    cap = posting_cap(len(corpus.profiles), settings)
    postings: dict[str, list[int]] = {}
    for index, p in enumerate(corpus.profiles):
        vector = corpus.vector(index)
        df = dict(zip(corpus.vocabulary, corpus.term_df.tolist(), strict=True))
        usable = sorted((-w, t) for t, w in vector.items() if 2 <= df[t] <= cap)
        keys = [f"p:{k}" for k in corpus.people[index]]
        keys += [f"t:{t}" for _, t in usable[: settings.top_terms]]
        keys += [f"s:{s}" for s in p.sentences]
        for key in keys:
            postings.setdefault(key, []).append(index)
    pairs = set()
    for key, members in postings.items():
        if not 2 <= len(members) <= cap:
            continue
        for a, b in itertools.combinations(members, 2):
            pa, pb = corpus.profiles[a], corpus.profiles[b]
            if key.startswith("s:") or dates_compatible(pa, pb, settings.date_window_days):
                pairs.add((a, b))
    return pairs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocking_finds_exactly_the_pairs_of_its_definition(seed):
    profiles = _random_profiles(seed, 120)
    settings = replace(DEFAULTS, top_terms=4, posting_cap_min=25)
    corpus = build_corpus(profiles, settings)
    pairs = candidate_pairs(corpus, settings)
    assert pairs == sorted(_plain_pairs(corpus, settings))
    assert len(pairs) > 100  # the invented profiles do share keys


@pytest.mark.parametrize("seed", [1, 2])
def test_batched_distances_equal_pairwise_distances(seed):
    import numpy as np

    from claimcheck.cluster import _distance, _distances

    profiles = _random_profiles(seed, 60)
    corpus = build_corpus(profiles)
    pairs = list(itertools.combinations(range(len(profiles)), 2))
    first = np.array([i for i, _ in pairs])
    second = np.array([j for _, j in pairs])
    distance, dated = _distances(corpus, first, second)
    for (i, j), days, known in zip(pairs, distance.tolist(), dated.tolist(), strict=True):
        expected = _distance(corpus, i, j)
        if known:
            assert days == expected == date_distance(profiles[i], profiles[j])
        else:  # left to the per-pair path: a side has no event day
            assert not corpus.event_days[i] or not corpus.event_days[j]


# --- joining linked pairs into groups ---------------------------------------------------------


def _meeting_profile(
    ident: str,
    pairs: list[tuple[str, str]],
    visitors: set[str] = frozenset(),
    day: int | None = None,
):
    from claimcheck.cluster import Profile

    return Profile(
        id=ident, published=day, days=frozenset(), month_days=frozenset(), people={},
        pairs=frozenset(frozenset(p) for p in pairs), visitors=frozenset(visitors),
        things=frozenset(), terms={}, sentences=frozenset(), name_words=frozenset(),
    )  # fmt: skip


def _joined_groups(profiles, links) -> set[frozenset[str]]:
    from claimcheck.cluster import _joined

    found, _ = _joined(profiles, links)
    groups: dict[int, set[str]] = {}
    for index, p in enumerate(profiles):
        groups.setdefault(found.find(index), set()).add(p.id)
    return {frozenset(g) for g in groups.values()}


def test_a_weak_link_does_not_chain_two_meetings_of_different_pairs():
    # a: the host meets guest one; c: the same host meets guest two the next day; b reports
    # no meeting and reads like both
    profiles = [
        _meeting_profile("a", [("host", "one")]),
        _meeting_profile("b", []),
        _meeting_profile("c", [("host", "two")]),
    ]
    links = [(0.9, 0, 1, False), (0.5, 1, 2, False)]
    assert _joined_groups(profiles, links) == {frozenset("ab"), frozenset("c")}
    # strongest first, whatever order the links come in
    assert _joined_groups(profiles, links[::-1]) == {frozenset("ab"), frozenset("c")}
    # b closer to c: b goes with c instead
    links = [(0.5, 0, 1, False), (0.9, 1, 2, False)]
    assert _joined_groups(profiles, links) == {frozenset("a"), frozenset("bc")}


def test_one_visit_with_two_hosts_and_near_duplicates_still_join():
    visit = [
        _meeting_profile("a", [("guest", "minister")], {"guest"}),
        _meeting_profile("b", []),
        _meeting_profile("c", [("guest", "chief")], {"guest"}),
    ]
    links = [(0.9, 0, 1, False), (0.5, 1, 2, False)]
    assert _joined_groups(visit, links) == {frozenset("abc")}
    different = [_meeting_profile("a", [("host", "one")]), _meeting_profile("c", [("host", "two")])]
    assert _joined_groups(different, [(0.3, 0, 1, True)]) == {frozenset("ac")}
    # two articles that report meetings: their own score has weighed the pairs
    assert _joined_groups(different, [(0.9, 0, 1, False)]) == {frozenset("ac")}


def test_an_undated_article_does_not_chain_one_pairs_meetings_months_apart():
    # the same two people met in March and in October; c has no date and reads like both
    march, october = 738_950, 739_160
    profiles = [
        _meeting_profile("a", [("aliyev", "pashinyan")], day=march),
        _meeting_profile("b", [("aliyev", "pashinyan")], day=march + 1),
        _meeting_profile("c", [("aliyev", "pashinyan")]),
        _meeting_profile("d", [("aliyev", "pashinyan")], day=october),
    ]
    links = [(1.1, 0, 1, False), (1.0, 1, 2, False), (0.9, 2, 3, False), (0.8, 0, 3, False)]
    assert _joined_groups(profiles, links) == {frozenset("abc"), frozenset("d")}
    # days within the window: one event, reported over a few days
    profiles[3] = _meeting_profile("d", [("aliyev", "pashinyan")], day=march + 6)
    assert _joined_groups(profiles, links) == {frozenset("abcd")}
    # a near-duplicate is the same text, whatever its dates say
    profiles[3] = _meeting_profile("d", [("aliyev", "pashinyan")], day=october)
    assert _joined_groups(profiles, [*links[:2], (0.9, 2, 3, True)]) == {frozenset("abcd")}


def test_an_event_is_named_by_the_names_people_go_by(tmp_path):
    from extract_helpers import run

    body = "BEIJING, May 16. Chinese President Xi Jinping met Russian President Vladimir Putin."
    (event,) = group_articles([run(tmp_path, body, published="2024-05-16")], None)
    assert event.id == "2024-05-16-xi-putin"
