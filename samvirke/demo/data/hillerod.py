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
    {
        "slug": "modtagelse",
        "title": "Modtagelse og bolig",
        "description": "Modtagelse af nye borgere og flygtninge, bolig og boligsocialt arbejde.",
    },
    {
        "slug": "boern-og-unge",
        "title": "Børn, unge og uddannelse",
        "description": "Dagtilbud, skole, sprog og vejen til en ungdomsuddannelse.",
    },
    {
        "slug": "beskaeftigelse",
        "title": "Beskæftigelse",
        "description": "Job, praktik, oplæring og løntilskud – i kommunen og i virksomhederne.",
    },
    {
        "slug": "foreninger-og-faellesskab",
        "title": "Sundhed, fritid og foreningsliv",
        "description": "Sundhed, træning, foreninger og fællesskaber i fritiden.",
    },
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
    org(
        "uu-hillerod",
        "Ungdommens Uddannelsesvejledning Hillerød",
        "municipal_department",
        "Vejledning om ungdomsuddannelse for unge under 25 og deres forældre.",
        parent="hillerod-kommune",
        is_demo=True,
        contacts=[
            contact("hil-nadia", "Nadia Khalil", "Uddannelsesvejleder"),
            contact("hil-thomas", "Thomas Krogh", "Teamleder", visibility="hidden"),
        ],
    ),
    org(
        "erhvervsraad-hillerod",
        "Erhvervsrådet i Hillerød",
        "employer",
        "Erhvervsnetværk, der samarbejder med jobcentret om praktikpladser og mangfoldige arbejdspladser.",
        is_demo=True,
    ),
    org(
        "foa-hillerod",
        "FOA Nordsjælland, Hillerød",
        "union",
        "Fagforening for ansatte i ældreplejen og på det pædagogiske område.",
        is_demo=True,
        contacts=[contact("hil-lene", "Lene Dam", "Faglig sekretær", visibility="internal")],
    ),
    org(
        "hillerod-boldklub",
        "Hillerød Boldklub",
        "association",
        "Fodboldklub med hold for børn, unge og voksne.",
        is_demo=True,
        contacts=[contact("hil-omar", "Omar Farah", "Ungdomstræner")],
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


# Per action: (description, languages, partner organisers, start date).
_DETAILS = {
    1: (
        "Nye flygtninge får en fast kontaktperson, en introduktion til kommunen og hjælp til de første praktiske ting som bank, læge og skole.",
        ["da", "ar", "ti", "en"],
        [["dfh-hillerod", "partner"]],
        "2012-02-01",
    ),
    2: (
        "Folderen samler de vigtigste oplysninger for nye medborgere og er oversat til de største sproggrupper. Den blev udgivet i 2012 og opdateret i 2013.",
        ["da", "ar", "so", "tr", "en"],
        [],
        "2012-03-01",
    ),
    3: (
        "Familier med traumer får et koordineret forløb, hvor familie, skole, sundhedspleje og sagsbehandler mødes i netværksmøder.",
        ["da", "ar"],
        [["hillerod-kommune", "partner"]],
        "2012-04-01",
    ),
    4: (
        "Mødre med forskellig etnisk baggrund mødes med sundhedsplejersken og hinanden. Grupperne kørte allerede, da programmet blev vedtaget.",
        ["da", "ar", "so", "tr"],
        [["boern-og-unge-hillerod", "partner"]],
        "2012-01-27",
    ),
    5: (
        "Hold med fysioterapeut for ældre etniske medborgere, tilrettelagt i samarbejde med foreningerne og med tolk efter behov.",
        ["da", "tr", "ar"],
        [["etniske-foreninger-hillerod", "partner"]],
        "2012-05-01",
    ),
    6: (
        "Medarbejdere fra kommunerne i regionen mødes og deler erfaringer og metoder på integrationsområdet.",
        ["da"],
        [],
        "2012-02-01",
    ),
    7: (
        "Flygtninge får hjælp til at flytte fra midlertidig til permanent bolig, så skole, job og netværk ikke afbrydes.",
        ["da", "ar", "ti"],
        [["hillerod-kommune", "partner"]],
        "2012-06-01",
    ),
    8: (
        "Boligsociale medarbejdere arbejder med beboerdemokrati, lektiecafé og aktiviteter i de lokale bebyggelser.",
        ["da", "ar", "so"],
        [["hillerod-kommune", "partner"]],
        "2012-03-01",
    ),
    9: (
        "Pædagoger og lærere styrker samarbejdet med forældre gennem forældremøder med tolk og kurser i interkulturel kommunikation.",
        ["da", "ar", "tr"],
        [],
        "2012-08-01",
    ),
    10: (
        "Tosprogede børn og elever får målrettet sprogstimulering i dagtilbud og dansk som andetsprog i skolen.",
        ["da"],
        [],
        "2012-08-01",
    ),
    11: (
        "Læseindsats, hvor biblioteket, daginstitutioner og skoler sammen styrker børns læse- og skrivelyst.",
        ["da"],
        [["boern-og-unge-hillerod", "partner"]],
        "2012-09-01",
    ),
    12: (
        "Vejledning og mentorstøtte skal sikre, at etniske unge påbegynder og gennemfører en ungdomsuddannelse.",
        ["da", "ar", "so"],
        [["uu-hillerod", "partner"]],
        "2012-08-01",
    ),
    13: (
        "Unge og voksne med anden etnisk baggrund fortæller om deres vej til uddannelse og job på skoler og i klubber.",
        ["da", "ar", "so"],
        [["uu-hillerod", "partner"]],
        "2012-10-01",
    ),
    14: (
        "Borgere med anden etnisk baggrund kommer i praktik i ældreplejen med en fast vejleder. Ordningen kørte allerede, da programmet blev vedtaget.",
        ["da"],
        [["foa-hillerod", "partner"]],
        "2012-01-27",
    ),
    15: (
        "Jobcentret samarbejder med virksomhederne om virksomhedsrettede forløb for ledige med anden etnisk baggrund.",
        ["da", "en", "ar"],
        [["erhvervsraad-hillerod", "partner"]],
        "2012-03-01",
    ),
    16: (
        "Kurser for etniske foreninger i vedtægter, regnskab, generalforsamling og ansøgning om tilskud.",
        ["da", "ar", "tr"],
        [["hillerod-kommune", "partner"]],
        "2012-09-01",
    ),
    17: (
        "Unge fra Østby og Midtby udsmykkede facader og gangtunneller sammen med street art-kunstnere.",
        ["da"],
        [["hillerod-kommune", "partner"]],
        "2012-05-01",
    ),
    18: (
        "Kommunen og virksomhederne opretter flere praktikpladser til elever på erhvervsuddannelserne.",
        ["da"],
        [["erhvervsraad-hillerod", "partner"]],
        "2012-04-01",
    ),
    19: (
        "Kommunen arbejder for, at personalet afspejler befolkningen, bl.a. gennem rekruttering og praktik.",
        ["da"],
        [["jobcenter-hillerod", "partner"]],
        "2012-04-01",
    ),
    20: (
        "Flere borgere af anden etnisk baggrund får oplæringsstillinger og løntilskudsjob i kommunen og i private virksomheder.",
        ["da", "en"],
        [["erhvervsraad-hillerod", "partner"]],
        "2012-06-01",
    ),
}


def _action_initiative(
    number: int, slug: str, heading: str, section: str, organiser: str, status: str
) -> dict:
    return initiative(
        f"{number:02d}-{slug}",
        heading,
        f"Indsats {number} i integrationshandlingsprogrammet 2012–2014.",
        f"{_DETAILS[number][0]} Indsatsen er en af de 20 konkrete indsatser i Hillerød Kommunes "
        "integrationshandlingsprogram, som alle politiske udvalg har bidraget til.",
        section=section,
        groups=_GROUPS_OF_SECTION[section],
        languages=_DETAILS[number][1],
        organisers=[(organiser, "lead"), *_DETAILS[number][2]],
        location=_PLACE_OF_SECTION[section],
        focus_points=[str(number)],
        status=status,
        start=_DETAILS[number][3],
        end="2014-12-31" if status == "ended" else None,
        days=20 + number * 17,
    )


INITIATIVES = [_action_initiative(n, *action) for n, action in enumerate(ACTIONS, start=1)]
INITIATIVES[3]["schedules"] = [weekly("TH", "09:30", "11:30", "sundhedscenter")]
INITIATIVES[13]["schedules"] = [weekly("MO,WE", "08:00", "14:00", "raadhus", description="Praktikvejledning")]
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
    initiative(
        "fodbold-unge-hillerod",
        "Fodbold for unge i Østby",
        "Gratis fodboldtræning for unge 12–17 år.",
        "Hillerød Boldklub træner med unge fra Østby på banen ved beboerhuset. Alle kan være med, og klubben "
        "låner støvler ud. Trænerne hjælper de unge videre til et fast hold.",
        section="foreninger-og-faellesskab",
        groups=["youth"],
        languages=["da", "ar", "so"],
        organisers=[("hillerod-boldklub", "lead"), ("boligforeningen-hillerod", "partner")],
        location="oestby",
        contacts=["hil-omar"],
        schedules=[weekly("MO,TH", "16:30", "18:00", "oestby")],
        focus_points=["17"],
        days=14,
    ),
    initiative(
        "faellesspisning-oestby",
        "Fællesspisning i Østby",
        "Spis sammen med naboerne den sidste fredag i måneden.",
        "Beboerne skiftes til at lave mad fra deres hjemland, og alle i området er velkomne. Børn spiser med "
        "for halv pris.",
        section="foreninger-og-faellesskab",
        groups=["everyone", "parents"],
        languages=["da", "ar", "tr"],
        organisers=["boligforeningen-hillerod"],
        location="oestby",
        schedules=[
            {
                "freq": "MONTHLY",
                "byday": "-1FR",
                "bymonthday": "",
                "opens_at": "17:30",
                "closes_at": "20:00",
                "location": "oestby",
            }
        ],
        focus_points=["8"],
        price="25 kr. for voksne, 10 kr. for børn",
        days=120,
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
                            ("2011-12-31", 71, "own"),
                            ("2012-12-31", 74, "own"),
                            ("2013-12-31", 78, "own"),
                            ("2014-12-31", 81, "own"),
                            ("2015-12-31", 83, "own"),
                            ("2011-12-31", 84.6, "comparator"),
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
                    "comparator_name": "Etnisk danske borgere",
                    "source": "Danmarks Statistik (demo)",
                    "measurements": [
                        [d, v, s, "Danmarks Statistik (demo)"]
                        for d, v, s in [
                            ("2011-12-31", 48, "own"),
                            ("2012-12-31", 49, "own"),
                            ("2013-12-31", 51, "own"),
                            ("2014-12-31", 53, "own"),
                            ("2015-12-31", 54.5, "own"),
                            ("2011-12-31", 72.8, "comparator"),
                            ("2012-12-31", 73, "comparator"),
                            ("2013-12-31", 73.4, "comparator"),
                            ("2014-12-31", 74, "comparator"),
                            ("2015-12-31", 74.3, "comparator"),
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
