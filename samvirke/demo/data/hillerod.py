"""Hillerød: the integration action programme of 2012 with 20 numbered initiatives (seed 004)."""

from samvirke.demo.data._build import contact, initiative, org, place, weekly

MUNICIPALITY = {
    "slug": "hillerod",
    "name": "Hillerød Kommune",
    "country": "DK",
    "region": None,
    "website": "https://hillerod.example.org",
}

SECTIONS = [
    {"slug": "modtagelse", "title": "Modtagelse og bolig", "description": ""},
    {"slug": "boern-og-unge", "title": "Børn, unge og uddannelse", "description": ""},
    {"slug": "beskaeftigelse", "title": "Beskæftigelse", "description": ""},
    {"slug": "foreninger-og-faellesskab", "title": "Sundhed, fritid og foreningsliv", "description": ""},
]

LOCATIONS = [
    place(
        "raadhus",
        "Hillerød Rådhus",
        "Trollesbro Allé 2",
        "3400",
        "Hillerød",
        55.9275,
        12.2993,
        "Niveaufri adgang fra hovedindgangen.",
    ),
    place("bibliotek", "Hillerød Bibliotek", "Christiansgade 1", "3400", "Hillerød", 55.9282, 12.3057),
    place(
        "oestby", "Beboerhuset i Hillerød Øst", "Ndr. Jernbanevej 18", "3400", "Hillerød", 55.9337, 12.3214
    ),
    place(
        "sundhedscenter", "Sundhedscenter Hillerød", "Sophienlundvej 2", "3400", "Hillerød", 55.9231, 12.3012
    ),
    place("jobcenter", "Jobcenter Hillerød", "Milnersvej 39", "3400", "Hillerød", 55.9246, 12.2880),
    place("skole", "Hillerød Vest Skolen", "Frederiksværksgade 101", "3400", "Hillerød", 55.9305, 12.2820),
]

ORGANISATIONS = [
    org(
        "hillerod-kommune",
        "Hillerød Kommune",
        "municipal_department",
        "Kommunen står bag integrationshandlingsprogrammet, som alle politiske udvalg har bidraget til.",
        address="Trollesbro Allé 2, 3400 Hillerød",
    ),
    org(
        "arbejdsmarkedsudvalget",
        "Arbejdsmarkedsudvalget",
        "municipal_department",
        "Politisk udvalg med ansvar for beskæftigelse og integration.",
        parent="hillerod-kommune",
    ),
    org(
        "boern-og-unge-hillerod",
        "Center for Børn og Unge",
        "municipal_department",
        "Dagtilbud, skoler og ungeindsats.",
        parent="hillerod-kommune",
        is_demo=True,
        contacts=[contact("hil-kirsten", "Kirsten Bjerre", "Konsulent for tosprogede børn")],
    ),
    org(
        "jobcenter-hillerod",
        "Jobcenter Hillerød",
        "municipal_department",
        "Beskæftigelse, praktik og løntilskud.",
        parent="hillerod-kommune",
        is_demo=True,
        contacts=[contact("hil-jens", "Jens Abildgaard", "Jobkonsulent")],
    ),
    org(
        "aeldreplejen-hillerod",
        "Hjemmeplejen og ældreplejen",
        "municipal_department",
        "Kommunens ældrepleje.",
        parent="hillerod-kommune",
        is_demo=True,
    ),
    org(
        "hillerod-bibliotek",
        "Hillerød Bibliotek",
        "institution",
        "Bibliotek med lektiecafé og læseindsatser.",
        is_demo=True,
    ),
    org(
        "dfh-hillerod",
        "Dansk Flygtningehjælp Hillerød",
        "volunteer_organisation",
        "Frivillige netværk for flygtninge.",
        is_demo=True,
        contacts=[contact("hil-sara", "Sara Møller", "Frivilligkoordinator", visibility="internal")],
    ),
    org(
        "roede-kors-hillerod",
        "Røde Kors Hillerød",
        "volunteer_organisation",
        "Frivillige aktiviteter og mødregrupper.",
        is_demo=True,
    ),
    org(
        "etniske-foreninger-hillerod",
        "Samrådet for etniske foreninger",
        "association",
        "Paraply for etniske foreninger i Hillerød, hørt i arbejdet med programmet.",
        is_demo=True,
        contacts=[contact("hil-ali", "Ali Osman", "Formand")],
    ),
    org(
        "boligforeningen-hillerod",
        "Boligforeningen Hillerød Øst",
        "other",
        "Almen boligforening med boligsocialt arbejde.",
        is_demo=True,
    ),
]

# The programme's 20 actions, in the order of the article: (slug, heading, section, organiser, status).
ACTIONS = [
    (
        "den-gode-modtagelse",
        "Den gode modtagelse af nye flygtninge",
        "modtagelse",
        "hillerod-kommune",
        "running",
    ),
    (
        "velkomstfolder",
        "Ny Velkomst-folder til nye medborgere på deres egne sprog",
        "modtagelse",
        "hillerod-kommune",
        "ended",
    ),
    (
        "traumatiserede-familier",
        "Arbejde med traumatiserede familier/processuelle netværksmøder",
        "modtagelse",
        "boern-og-unge-hillerod",
        "running",
    ),
    (
        "moedregrupper",
        "Mødregrupper for mødre med forskellig etnisk baggrund",
        "foreninger-og-faellesskab",
        "roede-kors-hillerod",
        "running",
    ),
    (
        "traening-aeldre",
        "Særlige tilrettelagte træningsforløb for ældre etniske medborgere",
        "foreninger-og-faellesskab",
        "aeldreplejen-hillerod",
        "ended",
    ),
    (
        "netvaerk-kommuner",
        "Netværkssamarbejde med andre kommuner i regionen",
        "modtagelse",
        "hillerod-kommune",
        "ended",
    ),
    (
        "overgang-bolig",
        "God overgang fra midlertidig til permanent bolig for flygtninge",
        "modtagelse",
        "boligforeningen-hillerod",
        "running",
    ),
    (
        "boligsocialt-arbejde",
        "Boligsocialt arbejde i lokale bebyggelser i Hillerød",
        "modtagelse",
        "boligforeningen-hillerod",
        "running",
    ),
    (
        "foraeldresamarbejde",
        "Forældresamarbejde og interkulturel kommunikation i dagtilbud og skoler",
        "boern-og-unge",
        "boern-og-unge-hillerod",
        "running",
    ),
    (
        "dansksproglige-kompetencer",
        "Styrkelse af tosprogede børns/elevers dansksproglige kompetencer",
        "boern-og-unge",
        "boern-og-unge-hillerod",
        "running",
    ),
    (
        "hillerod-laeser",
        "Hillerød læser og skriver i daginstitutioner og skoler",
        "boern-og-unge",
        "hillerod-bibliotek",
        "ended",
    ),
    (
        "ungdomsuddannelse",
        "Etniske unge skal have en ungdomsuddannelse",
        "boern-og-unge",
        "boern-og-unge-hillerod",
        "running",
    ),
    (
        "rollemodelkorps",
        "Rollemodelkorps i Hillerød",
        "boern-og-unge",
        "etniske-foreninger-hillerod",
        "paused",
    ),
    (
        "praktikanter-aeldreplejen",
        "Praktikanter af anden etnisk baggrund i ældreplejen",
        "beskaeftigelse",
        "aeldreplejen-hillerod",
        "running",
    ),
    (
        "flere-i-beskaeftigelse",
        "Øge antallet af etniske borgere i beskæftigelse i Hillerød Kommune",
        "beskaeftigelse",
        "jobcenter-hillerod",
        "running",
    ),
    (
        "foreningskultur",
        "Kompetenceudvikling i foreningskultur for etniske foreninger",
        "foreninger-og-faellesskab",
        "etniske-foreninger-hillerod",
        "ended",
    ),
    (
        "street-art",
        "Ungdomskultur, Street art i Hillerød Østby og Midtby",
        "foreninger-og-faellesskab",
        "boligforeningen-hillerod",
        "ended",
    ),
    (
        "flere-praktikpladser",
        "Flere praktikpladser i kommunen og i virksomhederne",
        "beskaeftigelse",
        "jobcenter-hillerod",
        "running",
    ),
    (
        "flere-ansatte",
        "Flere ansatte af anden etnisk baggrund i Hillerød Kommune",
        "beskaeftigelse",
        "hillerod-kommune",
        "running",
    ),
    (
        "oplaeringsstillinger",
        "Flere oplæringsstillinger og løntilskudsjobs til borgere af anden etnisk baggrund",
        "beskaeftigelse",
        "jobcenter-hillerod",
        "running",
    ),
]
_AREA_OF_SECTION = {"modtagelse": 0, "boern-og-unge": 1, "beskaeftigelse": 2, "foreninger-og-faellesskab": 3}
_GROUPS_OF_SECTION = {
    "modtagelse": ["refugees", "newcomers"],
    "boern-og-unge": ["children", "youth", "parents"],
    "beskaeftigelse": ["job-seekers", "employers"],
    "foreninger-og-faellesskab": ["associations", "everyone"],
}
_PLACE_OF_SECTION = {
    "modtagelse": "raadhus",
    "boern-og-unge": "skole",
    "beskaeftigelse": "jobcenter",
    "foreninger-og-faellesskab": "oestby",
}


def _action_initiative(
    number: int, slug: str, heading: str, section: str, organiser: str, status: str
) -> dict:
    return initiative(
        f"{number:02d}-{slug}",
        heading,
        f"Indsats {number} i integrationshandlingsprogrammet 2012–2014.",
        f"{heading}. Indsatsen er en af de 20 konkrete indsatser i Hillerød Kommunes integrationshandlingsprogram, "
        "som alle politiske udvalg har bidraget til, og som foreninger og råd er blevet hørt om.",
        section=section,
        groups=_GROUPS_OF_SECTION[section],
        languages=["da"],
        organisers=[organiser],
        location=_PLACE_OF_SECTION[section],
        focus_points=[str(number)],
        status=status,
        start="2012-03-01",
        end="2014-12-31" if status == "ended" else None,
        days=20 + number * 17,
    )


INITIATIVES = [_action_initiative(n, *action) for n, action in enumerate(ACTIONS, start=1)]
INITIATIVES[3]["schedules"] = [weekly("TH", "09:30", "11:30", "sundhedscenter")]
INITIATIVES[3]["languages"] = ["da", "ar", "so", "tr"]
INITIATIVES += [
    initiative(
        "lektiecafe-biblioteket",
        "Lektiecafé på biblioteket",
        "Hjælp til lektier for skoleelever.",
        "Frivillige hjælper elever i 4.–10. klasse med lektier og projektopgaver.",
        section="boern-og-unge",
        groups=["children", "youth"],
        languages=["da", "ar", "so"],
        organisers=["hillerod-bibliotek"],
        location="bibliotek",
        schedules=[weekly("TU,TH", "15:00", "17:00", "bibliotek")],
        focus_points=["10"],
    ),
    initiative(
        "sprogcafe-hillerod",
        "Sprogcafé Hillerød",
        "Øv dansk med frivillige.",
        "Uformel sprogcafé med kaffe og samtale for voksne, der vil øve dansk.",
        section="foreninger-og-faellesskab",
        groups=["newcomers"],
        languages=["da", "ar", "uk", "en"],
        organisers=[("dfh-hillerod", "lead"), ("hillerod-bibliotek", "partner")],
        location="bibliotek",
        contacts=["hil-sara"],
        schedules=[weekly("MO", "17:00", "19:00", "bibliotek")],
    ),
    initiative(
        "jobklub-hillerod",
        "Jobklub",
        "Fælles jobsøgning og CV-værksted.",
        "Jobcentret og frivillige hjælper med jobsøgning, CV og samtaletræning.",
        section="beskaeftigelse",
        groups=["job-seekers"],
        languages=["da", "en"],
        organisers=["jobcenter-hillerod"],
        location="jobcenter",
        contacts=["hil-jens"],
        schedules=[weekly("WE", "10:00", "12:00", "jobcenter")],
        focus_points=["15"],
    ),
    initiative(
        "pigeklub-oestby",
        "Pigeklubben i Østby",
        "Fritidsklub for piger 10–15 år.",
        "Pigeklubben laver mad, sport og udflugter med frivillige rollemodeller.",
        section="foreninger-og-faellesskab",
        groups=["youth", "women"],
        languages=["da", "ar", "so"],
        organisers=["boligforeningen-hillerod"],
        location="oestby",
        schedules=[weekly("WE", "16:00", "18:00", "oestby")],
        focus_points=["13"],
    ),
]

POLICY = {
    "slug": "integrationshandlingsprogram-2012-2014",
    "title": "Integrationshandlingsprogram 2012–2014",
    "period_start": "2012-01-27",
    "period_end": "2014-12-31",
    "adopted_by": "Byrådet",
    "introduction": (
        "Hillerød har vedtaget et integrationshandlingsprogram med 20 indsatser, der konkret skal forbedre "
        "integrationen over de næste to år. Alle politiske udvalg har bidraget med konkrete forslag, og foreninger, "
        "råd og etniske foreninger er blevet hørt. Programmet er så konkret, at resultaterne hurtigt kan aflæses."
    ),
    "mission": "Hillerød vil være en foregangskommune for integration.",
    "vision": "Etniske unge i Hillerød ligger på alle områder på samme niveau som etnisk danske unge.",
    "values": [],
    "evaluation": "Resultaterne af de 20 indsatser følges løbende og gøres op ved udgangen af 2014.",
    "goals": [
        "at etniske unge på alle områder kommer til at ligge på samme niveau som de etnisk danske unge "
        "allerede i 2014."
    ],
    "challenges": [],
    "focus_areas": [
        {"number": "1", "title": "Modtagelse og bolig", "focus_points": []},
        {"number": "2", "title": "Børn, unge og uddannelse", "focus_points": []},
        {"number": "3", "title": "Beskæftigelse", "focus_points": []},
        {"number": "4", "title": "Sundhed, fritid og foreningsliv", "focus_points": []},
    ],
    "success_criteria": [
        {
            "text": "Etniske unge ligger på samme niveau som etnisk danske unge i 2014.",
            "focus_area": "2",
            "deadline": "2014-12-31",
            "indicators": [
                {
                    "name": "Andel 19-årige med anden etnisk baggrund i gang med eller færdige med en ungdomsuddannelse",
                    "unit": "%",
                    "direction": "higher",
                    "baseline_value": 71,
                    "baseline_date": "2011-12-31",
                    "target_value": 86,
                    "target_date": "2014-12-31",
                    "comparator_name": "Etnisk danske unge",
                    "source": "UNI-C (demo)",
                    "measurements": [
                        [d, v, s, "UNI-C (demo)"]
                        for d, v, s in [
                            ("2012-12-31", 74, "own"),
                            ("2013-12-31", 78, "own"),
                            ("2014-12-31", 81, "own"),
                            ("2015-12-31", 83, "own"),
                            ("2012-12-31", 85, "comparator"),
                            ("2013-12-31", 85.5, "comparator"),
                            ("2014-12-31", 86, "comparator"),
                            ("2015-12-31", 86.4, "comparator"),
                        ]
                    ],
                },
                {
                    "name": "Beskæftigelsesfrekvens for borgere med anden etnisk baggrund",
                    "unit": "%",
                    "direction": "higher",
                    "baseline_value": 48,
                    "baseline_date": "2011-12-31",
                    "target_value": 55,
                    "target_date": "2014-12-31",
                    "comparator_name": "Hele befolkningen",
                    "source": "Danmarks Statistik (demo)",
                    "measurements": [
                        [d, v, s, "Danmarks Statistik (demo)"]
                        for d, v, s in [
                            ("2012-12-31", 49, "own"),
                            ("2013-12-31", 51, "own"),
                            ("2014-12-31", 53, "own"),
                            ("2012-12-31", 73, "comparator"),
                            ("2013-12-31", 73.4, "comparator"),
                            ("2014-12-31", 74, "comparator"),
                        ]
                    ],
                },
            ],
        },
    ],
}
# Each action is a numbered focus point under the focus area of its section.
for _number, (_slug, _heading, _section, _organiser, _status) in enumerate(ACTIONS, start=1):
    POLICY["focus_areas"][_AREA_OF_SECTION[_section]]["focus_points"].append(
        {"number": str(_number), "title": _heading, "text": _heading + "."}
    )
