"""Silkeborg: the integration strategy 2016–2018 (seed 002) with its success criteria and partners."""

from samvirke.demo.data._build import contact, initiative, monthly, org, place, weekly

MUNICIPALITY = {
    "slug": "silkeborg",
    "name": "Silkeborg Kommune",
    "country": "DK",
    "region": None,
    "website": "https://silkeborg.example.org",
}

SECTIONS = [
    {"slug": "modtagelse", "title": "Modtagelse", "description": "Den første tid i Silkeborg."},
    {
        "slug": "job-og-uddannelse",
        "title": "Job og uddannelse",
        "description": "Vejen til arbejde og uddannelse.",
    },
    {
        "slug": "faellesskab-og-fritid",
        "title": "Fællesskab og fritid",
        "description": "Foreninger, frivillige og fritid.",
    },
    {
        "slug": "sundhed-og-familie",
        "title": "Sundhed og familie",
        "description": "Sundhed, trivsel og familieliv.",
    },
]

LOCATIONS = [
    place(
        "jobcenter",
        "Jobcenter Silkeborg",
        "Søvej 3",
        "8600",
        "Silkeborg",
        56.1697,
        9.5508,
        "Niveaufri adgang, elevator.",
    ),
    place("medborgerhuset", "Medborgerhuset", "Hostrupsgade 41", "8600", "Silkeborg", 56.1745, 9.5462),
    place(
        "sprogcenter", "Sprogcenter Silkeborg", "Christian 8.s Vej 9", "8600", "Silkeborg", 56.1690, 9.5390
    ),
    place(
        "sundhedshuset",
        "Sundhedshuset Silkeborg",
        "Hostrupsgade 41A",
        "8600",
        "Silkeborg",
        56.1748,
        9.5470,
        "Elevator og handicaptoilet.",
    ),
    place("cafe-venlig", "Café Venlig", "Tværgade 12", "8600", "Silkeborg", 56.1714, 9.5523),
    place("hallen", "Silkeborg Hallerne", "Ansvej 104", "8600", "Silkeborg", 56.1573, 9.5336),
    place("base-to-go", "Base to Go", "Vestergade 30", "8600", "Silkeborg", 56.1702, 9.5443),
]

ORGANISATIONS = [
    org(
        "silkeborg-kommune",
        "Silkeborg Kommune",
        "municipal_department",
        "Kommunens integrationsindsats ledes af Arbejdsmarkedsudvalget og Beskæftigelsesafdelingen.",
        address="Søvej 1, 8600 Silkeborg",
    ),
    org(
        "beskaeftigelsesafdelingen",
        "Beskæftigelsesafdelingen",
        "municipal_department",
        "Modtager nytilkomne flygtninge, tilrettelægger introduktionsforløb og samarbejder med virksomheder.",
        parent="silkeborg-kommune",
        contacts=[
            contact("sil-camilla", "Camilla Brandt", "Teamleder, integration"),
            contact("sil-omar", "Omar Darwish", "Integrationsvejleder", visibility="internal"),
        ],
    ),
    org(
        "integrationsraadet-silkeborg",
        "Integrationsrådet",
        "other",
        "Rådgiver byrådet og deltog i udarbejdelsen af strategien.",
        parent="silkeborg-kommune",
    ),
    org(
        "roede-kors-silkeborg",
        "Dansk Røde Kors Silkeborg",
        "volunteer_organisation",
        "Frivillige aktiviteter for flygtninge: lektiehjælp, netværk og sprogtræning.",
        contacts=[contact("sil-inge", "Inge Kallesøe", "Aktivitetsleder")],
    ),
    org(
        "frivilligcenter-silkeborg",
        "Frivilligcenter Silkeborg",
        "volunteer_organisation",
        "Formidler frivilligt arbejde og hjælper foreninger med at tage imod nye medlemmer.",
        contacts=[contact("sil-peter", "Peter Mikkelsen", "Frivilligkonsulent")],
    ),
    org(
        "base-to-go",
        "Base to Go",
        "association",
        "Mødested og aktiviteter for unge flygtninge og danske unge.",
    ),
    org(
        "cafe-venlig",
        "Café Venlig Silkeborg",
        "volunteer_organisation",
        "Venligboerne driver Café Venlig, hvor nye og gamle silkeborgensere mødes.",
    ),
    org(
        "sprogcenter-silkeborg",
        "Sprogcenter Silkeborg",
        "institution",
        "Danskuddannelse og sprogskole for voksne.",
        contacts=[contact("sil-maria", "Maria Holt", "Studievejleder")],
    ),
    org(
        "gfu",
        "GFU – Grundskolen for unge udlændinge",
        "institution",
        "Grundskoleundervisning for unge nytilkomne mellem 16 og 25 år.",
    ),
    org(
        "sundhedshuset-silkeborg",
        "Sundhedshuset",
        "municipal_department",
        "Kommunens tilbud om kost, motion og generel sundhed.",
        parent="silkeborg-kommune",
        contacts=[contact("sil-trine", "Trine Aagaard", "Sundhedskonsulent")],
    ),
    org("di-silkeborg", "DI Silkeborg", "employer", "Dansk Industris lokale netværk af virksomheder."),
    org(
        "erhverv-silkeborg",
        "Erhverv Silkeborg",
        "employer",
        "Erhvervsforeningen for virksomheder i Silkeborg.",
        contacts=[contact("sil-henrik", "Henrik Skov", "Erhvervskonsulent", visibility="internal")],
    ),
    org("3f-silkeborg", "3F Silkeborg", "union", "Fagforening, der samarbejder om praktik og IGU."),
    org(
        "lo-silkeborg-favrskov",
        "LO Silkeborg-Favrskov",
        "union",
        "Fagbevægelsens lokale samarbejde om integration via arbejdsmarkedet.",
    ),
    org(
        "silkeborg-boligselskab",
        "Silkeborg Boligselskab",
        "other",
        "Almen boligorganisation med boligsocialt arbejde.",
        is_demo=True,
    ),
    org(
        "silkeborg-if",
        "Silkeborg IF",
        "association",
        "Idrætsforening med fodbold, svømning og gymnastik for børn.",
        is_demo=True,
        contacts=[contact("sil-yonas", "Yonas Tesfay", "Frivillig træner")],
    ),
]

INITIATIVES = [
    initiative(
        "styrket-introduktionsforloeb",
        "Styrket introduktionsforløb",
        "De første uger: samfundsforhold, screening og første kontakt til arbejdsmarkedet.",
        "Nytilkomne flygtninge får et introduktionsforløb med grundlæggende viden om samfundsforhold, en "
        "screening af helbred, familiesituation og kompetencer, og en tidlig kontakt til virksomheder.",
        section="modtagelse",
        groups=["refugees", "family-reunified"],
        languages=["da", "ar", "ti", "fa"],
        organisers=["beskaeftigelsesafdelingen"],
        location="jobcenter",
        contacts=["sil-camilla"],
        schedules=[weekly("MO,WE", "09:00", "12:00", "jobcenter")],
        focus_points=["1.1"],
        start="2016-03-01",
    ),
    initiative(
        "frivillige-flygtningeguider",
        "Frivillige flygtningeguider",
        "Flygtninge der har boet her et stykke tid, guider nytilkomne.",
        "Ressourcestærke frivillige flygtninge hjælper nytilkomne som guider og rollemodeller: de viser rundt "
        "i byen, følger med til foreninger og fortæller om vejen til job.",
        section="modtagelse",
        groups=["refugees", "volunteers"],
        languages=["ar", "ti", "fa", "da"],
        organisers=[("frivilligcenter-silkeborg", "lead"), ("beskaeftigelsesafdelingen", "partner")],
        location="medborgerhuset",
        contacts=["sil-peter"],
        schedules=[weekly("TH", "16:00", "18:00", "medborgerhuset")],
        focus_points=["1.2", "3.1"],
    ),
    initiative(
        "velkomstnetvaerk",
        "Velkomstnetværk med Røde Kors",
        "En frivillig fra Røde Kors tager imod dig den første tid.",
        "Røde Kors' frivillige besøger nytilkomne familier, hjælper med at finde rundt og inviterer til "
        "aktiviteter uden for kommunens åbningstid.",
        section="modtagelse",
        groups=["refugees", "parents"],
        languages=["da", "ar", "en"],
        organisers=["roede-kors-silkeborg"],
        location="medborgerhuset",
        contacts=["sil-inge"],
        focus_points=["1.2"],
        registration="Henvisning fra integrationsvejlederen",
    ),
    initiative(
        "branchepakker",
        "Branchepakker",
        "Praktik og sprog målrettet en bestemt branche, fx rengøring, byggeri eller køkken.",
        "I en branchepakke kombineres virksomhedspraktik med fagdansk og korte kurser, så du hurtigt lærer "
        "en branche at kende. Forløbene laves sammen med virksomheder og fagforeninger.",
        section="job-og-uddannelse",
        groups=["refugees", "job-seekers"],
        languages=["da"],
        organisers=[
            ("beskaeftigelsesafdelingen", "lead"),
            ("3f-silkeborg", "partner"),
            ("di-silkeborg", "partner"),
        ],
        location="jobcenter",
        focus_points=["2.1"],
        start="2015-09-01",
    ),
    initiative(
        "lets-join-praktik",
        "Let's Join – praktik i virksomheder",
        "Samarbejde med erhvervslivet om praktikpladser for nytilkomne.",
        "Erhverv Silkeborg og Beskæftigelsesafdelingen finder praktikpladser og følger op hos virksomheden. "
        "Virksomheder kan kontakte os direkte.",
        section="job-og-uddannelse",
        groups=["employers", "refugees"],
        languages=["da", "en"],
        organisers=[("erhverv-silkeborg", "lead"), ("beskaeftigelsesafdelingen", "partner")],
        location="jobcenter",
        contacts=["sil-henrik"],
        focus_points=["2.1"],
    ),
    initiative(
        "igu-forloeb",
        "IGU – integrationsgrunduddannelse",
        "To år med løn, praktik og skoleundervisning.",
        "IGU er en toårig ordning for flygtninge mellem 18 og 40 år med ansættelse i en virksomhed og "
        "skoleforløb. Vi hjælper med match og papirer.",
        section="job-og-uddannelse",
        groups=["refugees", "youth", "employers"],
        languages=["da"],
        organisers=[("beskaeftigelsesafdelingen", "lead"), ("lo-silkeborg-favrskov", "partner")],
        location="jobcenter",
        focus_points=["2.2"],
        start="2016-07-01",
    ),
    initiative(
        "unge-paa-vej-gfu",
        "Unge på vej – brobygning fra GFU",
        "Brobygning til erhvervsuddannelse for unge 18–25 år.",
        "Unge fra GFU prøver erhvervsuddannelser i korte forløb og får en mentor. Målet er at påbegynde og "
        "gennemføre en ungdomsuddannelse.",
        section="job-og-uddannelse",
        groups=["youth", "refugees"],
        languages=["da", "ar", "ti"],
        organisers=[("gfu", "lead"), ("beskaeftigelsesafdelingen", "partner")],
        location="sprogcenter",
        schedules=[weekly("FR", "09:00", "13:00", "sprogcenter")],
        focus_points=["2.2"],
    ),
    initiative(
        "fastholdelsesmentor",
        "Fastholdelsesmentor i job",
        "Støtte det første år i job eller løntilskud.",
        "En mentor følger op hos dig og din arbejdsgiver de første måneder, så ansættelsen holder. Mentoren "
        "hjælper med sprog på arbejdspladsen og uskrevne regler.",
        section="job-og-uddannelse",
        groups=["refugees", "employers"],
        languages=["da", "ar"],
        organisers=["beskaeftigelsesafdelingen"],
        location="jobcenter",
        focus_points=["2.3"],
    ),
    initiative(
        "sprogcafe-cafe-venlig",
        "Sprogcafé i Café Venlig",
        "Snak dansk over kaffe med venlige silkeborgensere.",
        "Café Venlig holder sprogcafé hver uge. Der er brætspil, kaffe og frivillige, der taler dansk med "
        "dig i dit tempo.",
        section="faellesskab-og-fritid",
        groups=["newcomers", "refugees"],
        languages=["da", "ar", "ti", "fa"],
        organisers=["cafe-venlig"],
        location="cafe-venlig",
        schedules=[weekly("WE", "16:00", "18:00", "cafe-venlig")],
        focus_points=["3.1"],
    ),
    initiative(
        "base-to-go-ungeaftener",
        "Ungeaftener i Base to Go",
        "Mødested for unge – musik, mad og lektiehjælp.",
        "Unge flygtninge og danske unge mødes om madlavning, musik og lektiehjælp. Frivillige unge står for "
        "aftenerne.",
        section="faellesskab-og-fritid",
        groups=["youth"],
        languages=["da", "ar", "ti", "en"],
        organisers=["base-to-go"],
        location="base-to-go",
        schedules=[weekly("TU", "18:00", "21:00", "base-to-go")],
        focus_points=["3.1", "3.2"],
    ),
    initiative(
        "boern-i-idraetsforening",
        "Børn i idrætsforeninger",
        "Hjælp til at melde børn ind i en forening – kontingent kan støttes.",
        "Silkeborg IF og Frivilligcentret hjælper forældre med at finde en idræt til børnene og søge støtte "
        "til kontingent og udstyr.",
        section="faellesskab-og-fritid",
        groups=["children", "parents"],
        languages=["da", "ar", "ti"],
        organisers=[("silkeborg-if", "lead"), ("frivilligcenter-silkeborg", "partner")],
        location="hallen",
        contacts=["sil-yonas"],
        schedules=[weekly("MO,TH", "16:00", "17:30", "hallen")],
        focus_points=["3.2"],
    ),
    initiative(
        "samfundsdialog",
        "Dialogmøder om demokrati og samfund",
        "Hvordan fungerer kommunen, skolen og demokratiet?",
        "Oplæg og dialog om samfundets forventninger, rettigheder og pligter og om hvordan man søger "
        "indflydelse lokalt.",
        section="faellesskab-og-fritid",
        groups=["newcomers", "refugees"],
        languages=["da", "ar", "ti"],
        organisers=[("integrationsraadet-silkeborg", "lead"), ("beskaeftigelsesafdelingen", "partner")],
        location="medborgerhuset",
        schedules=[monthly(byday="2TU", opens="17:00", closes="19:00", location="medborgerhuset")],
        focus_points=["3.2"],
    ),
    initiative(
        "helbredsmestring",
        "Helbredsmestring i Sundhedshuset",
        "Kurser om kost, motion og at leve med sygdom.",
        "Sundhedshuset holder gruppeforløb om kost, motion og søvn og om at bruge lægen og sundhedsvæsenet. "
        "Forløbet er med tolk.",
        section="sundhed-og-familie",
        groups=["refugees", "seniors"],
        languages=["da", "ar", "ti"],
        organisers=["sundhedshuset-silkeborg"],
        location="sundhedshuset",
        contacts=["sil-trine"],
        schedules=[
            weekly("TU", "10:00", "12:00", "sundhedshuset", valid_from="2026-02-03", valid_to="2026-05-26")
        ],
        focus_points=["4.1"],
        registration="Tilmelding i Sundhedshuset",
    ),
    initiative(
        "traumegruppe",
        "Gruppeforløb om traumer og søvn",
        "Samtalegrupper for flygtninge med traumer.",
        "I små grupper lærer deltagerne om traumer, stress og søvn og får redskaber til hverdagen. "
        "Forløbet ledes af en psykolog og en tolk.",
        section="sundhed-og-familie",
        groups=["refugees"],
        languages=["ar", "ti", "fa"],
        organisers=["beskaeftigelsesafdelingen"],
        location="sundhedshuset",
        focus_points=["4.2"],
        registration="Henvisning via integrationsvejlederen",
    ),
    initiative(
        "familiekursus",
        "Familiekursus: At være forælder i Danmark",
        "Kursus for forældre om skole, daginstitution og opdragelse.",
        "Integrationsvejlederne holder kursus for flygtningefamilier om forældrerollen, skole og "
        "daginstitution og fritidsliv for børn.",
        section="sundhed-og-familie",
        groups=["parents", "refugees"],
        languages=["da", "ar", "ti"],
        organisers=["beskaeftigelsesafdelingen"],
        location="medborgerhuset",
        schedules=[weekly("WE", "17:00", "19:00", "medborgerhuset")],
        focus_points=["5.1"],
    ),
    initiative(
        "faellesspisning-silkeborg",
        "Fællesspisning i boligområdet",
        "Spis med naboerne – hver anden fredag.",
        "Beboere fra mange lande laver mad sammen og spiser i fælleshuset.",
        section="faellesskab-og-fritid",
        groups=["everyone"],
        languages=["da"],
        organisers=["silkeborg-boligselskab"],
        location="medborgerhuset",
        schedules=[weekly("FR", "17:30", "19:30", "medborgerhuset", interval=2)],
        price="25 kr.",
    ),
    initiative(
        "danskuddannelse-silkeborg",
        "Danskuddannelse",
        "Dansk på sprogcentret – dag, aften og online.",
        "Danskuddannelse 1–3 med fleksible hold, så du kan kombinere dansk med job eller praktik.",
        section="job-og-uddannelse",
        groups=["newcomers", "labour-migrants"],
        languages=["da", "en"],
        organisers=["sprogcenter-silkeborg"],
        location="sprogcenter",
        contacts=["sil-maria"],
        schedules=[weekly("MO,TU,WE,TH", "08:30", "12:00", "sprogcenter")],
        focus_points=["2.2"],
    ),
]

_JOB = "Andel nytilkomne flygtninge i job inden for et år"
_own = [
    ("2016-06-30", 15.2),
    ("2016-12-31", 17.9),
    ("2017-06-30", 21.5),
    ("2017-12-31", 24.8),
    ("2018-06-30", 28.1),
    ("2018-12-31", 31.6),
    ("2019-06-30", 33.0),
]
_national = [
    ("2016-06-30", 16.1),
    ("2016-12-31", 18.0),
    ("2017-06-30", 20.4),
    ("2017-12-31", 22.9),
    ("2018-06-30", 25.2),
    ("2018-12-31", 27.4),
    ("2019-06-30", 28.3),
]

POLICY = {
    "slug": "integrationsstrategi-2016-2018",
    "title": "Integrationsstrategi 2016–2018: De 5 kerneområder og vejen til vellykket integration",
    "period_start": "2016-01-01",
    "period_end": "2018-12-31",
    "adopted_by": "Arbejdsmarkedsudvalget",
    "introduction": (
        "Strategien er målrettet flygtninge og familiesammenførte til flygtninge under integrationsperioden og er "
        "bygget op om fem kerneområder. Den bygger på en inddragende proces med samarbejdspartnere, aktører og "
        "flygtningene selv."
    ),
    "mission": "Vi åbner døre til nye muligheder.",
    "vision": "Nytilkomne flygtninge er en aktiv del af arbejdsmarkedet og civilsamfundet.",
    "values": [],
    "evaluation": "Succeskriterierne gøres op ved udgangen af 2018.",
    "goals": [
        "I 2018 skal Silkeborg Kommune have øget antallet af nytilkomne flygtninge i job og uddannelse markant.",
        "I 2018 skal Silkeborg Kommune være en attraktiv partner for flere virksomheder, der inkluderer og ansætter "
        "flere nytilkomne flygtninge.",
        "I 2018 skal Silkeborg Kommune understøtte aktivt medborgerskab blandt nytilkomne flygtninge.",
    ],
    "challenges": [],
    "focus_areas": [
        {
            "number": "1",
            "title": "Modtagelse af nytilkomne",
            "subtitle": "En god start på et aktivt og indholdsrigt liv",
            "description": "Modtagelsen af flygtninge og indsatsen i den første tid efter ankomsten er helt central for "
            "en vellykket integration.",
            "focus_points": [
                {
                    "number": "1.1",
                    "title": "Tidlig og styrket kvalitet i introduktionsforløb",
                    "text": "Manglende aktivitet betyder for mange nytilkomne flygtninge, at døgnrytmen bliver vendt og "
                    "motivationen forsvinder. En tidlig screening og tidlig grundlæggende viden om samfundsforhold ses som "
                    "et vigtigt element.",
                },
                {
                    "number": "1.2",
                    "title": "Øget fokus på ressourcestærke frivillige flygtninge",
                    "text": "Ved at sætte fokus på, hvordan frivillige ressourcestærke flygtninge kan assistere Silkeborg "
                    "Kommune i modtagelsen, både som guider og rollemodeller, vil kommunen understøtte netværksbygning.",
                },
            ],
        },
        {
            "number": "2",
            "title": "Beskæftigelse og uddannelse",
            "subtitle": "En aktiv og selvforsørgende medborger",
            "description": "Arbejdspladsen og uddannelsesinstitutionen ses som nogle af hovedvejene til integration.",
            "focus_points": [
                {
                    "number": "2.1",
                    "title": "Styrket kontakt til og samarbejde med erhvervslivet",
                    "text": "Et styrket samarbejde mellem kommunen og erhvervslivet vil understøtte, at nytilkomne "
                    "flygtninge hurtigere kan tage aktiv del i arbejdsmarkedet.",
                },
                {
                    "number": "2.2",
                    "title": "Øget fokus på uddannelse og opkvalificering",
                    "text": "Danskkundskaber, uddannelse og opkvalificering er anden vej til både arbejde og aktivt "
                    "medborgerskab.",
                },
                {
                    "number": "2.3",
                    "title": "Fokus på opfølgning og støtte",
                    "text": "Når flygtninge har fået tilknytning til arbejdsmarkedet, skal det sikres, at denne tilknytning "
                    "så vidt muligt bevares.",
                },
            ],
        },
        {
            "number": "3",
            "title": "Medborgerskab",
            "subtitle": "Et liv med indhold og mening",
            "description": "Vellykket integration handler også om at tage del i samfundets fællesskaber, foreningsliv og "
            "demokratiske processer.",
            "focus_points": [
                {
                    "number": "3.1",
                    "title": "Øget fokus på frivillighed og flygtninge som frivillige",
                    "text": "Forskellige typer af frivillige foreninger skal tænkes systematisk ind i modtagelsen af "
                    "nytilkomne flygtninge.",
                },
                {
                    "number": "3.2",
                    "title": "Dialog om og indføring i samfundsforhold og aktivt medborgerskab",
                    "text": "Det kræver en grundlæggende viden om, hvordan samfundet og demokratiet fungerer i praksis, for "
                    "at udøve sit medborgerskab.",
                },
            ],
        },
        {
            "number": "4",
            "title": "Sundhed og trivsel",
            "subtitle": "En aktiv og sund medborger",
            "description": "Effektiv forebyggelse, diagnostik og behandling af sygdom og mistrivsel har afgørende "
            "betydning for en vellykket integration.",
            "focus_points": [
                {
                    "number": "4.1",
                    "title": "Styrket helbredsmestring",
                    "text": "En styrket indsats i forhold til helbredsmestring kan understøtte, at nytilkomne flygtninge "
                    "udvikler kompetencer til at mestre deres helbred og indgå i det danske sundhedssystem.",
                },
                {
                    "number": "4.2",
                    "title": "Øget opmærksomhed på traumer og trivsel",
                    "text": "Traumatiserede flygtninge har ofte behov for en særlig indsats og støtte for at kunne klare "
                    "hverdagen.",
                },
            ],
        },
        {
            "number": "5",
            "title": "Flygtningefamilier",
            "subtitle": "Et sundt og aktivt familieliv",
            "description": "Når forældres trivsel stiger, gør deres børns trivsel også.",
            "focus_points": [
                {
                    "number": "5.1",
                    "title": "Styrket koordineret indsats i familierne",
                    "text": "Målet om selvforsørgelse og aktivt medborgerskab kræver en tidlig og koordineret indsats for "
                    "at målrette indsatserne til de nytilkomne flygtningefamilier.",
                },
            ],
        },
    ],
    "success_criteria": [
        {
            "text": "Silkeborg Kommune skal være bedre end landsgennemsnittet til at hjælpe nytilkomne flygtninge i job "
            "inden for et år.",
            "focus_area": "2",
            "deadline": "2018-12-31",
            "indicators": [
                {
                    "name": _JOB,
                    "unit": "%",
                    "direction": "higher",
                    "baseline_value": 14,
                    "baseline_date": "2015-12-31",
                    "target_value": 30,
                    "target_date": "2018-12-31",
                    "comparator_name": "Landsgennemsnit",
                    "source": "Jobindsats.dk (demo)",
                    "measurements": [[d, v, "own", "Jobindsats.dk (demo)"] for d, v in _own]
                    + [[d, v, "comparator", "Jobindsats.dk (demo)"] for d, v in _national],
                },
            ],
        },
        {
            "text": "Antallet af nytilkomne flygtninge, der påbegynder og fastholdes i uddannelse, skal være højere end i "
            "midten af 2016.",
            "focus_area": "2",
            "deadline": "2018-12-31",
            "indicators": [
                {
                    "name": "Nytilkomne flygtninge i uddannelse",
                    "unit": "personer",
                    "direction": "higher",
                    "baseline_value": 42,
                    "baseline_date": "2016-06-30",
                    "target_value": 80,
                    "target_date": "2018-12-31",
                    "source": "Silkeborg Kommune (demo)",
                    "measurements": [
                        [d, v, "own", "Silkeborg Kommune (demo)"]
                        for d, v in [
                            ("2016-12-31", 47),
                            ("2017-06-30", 55),
                            ("2017-12-31", 61),
                            ("2018-06-30", 66),
                            ("2018-12-31", 72),
                        ]
                    ],
                },
            ],
        },
        {
            "text": "Der skal være en mærkbar stigning i antallet af frivillig- og foreningsdeltagende nytilkomne "
            "flygtninge.",
            "focus_area": "3",
            "deadline": "2018-12-31",
            "indicators": [
                {
                    "name": "Nytilkomne flygtninge aktive i foreninger",
                    "unit": "%",
                    "direction": "higher",
                    "baseline_value": 12,
                    "baseline_date": "2016-06-30",
                    "target_value": 25,
                    "target_date": "2018-12-31",
                    "source": "Spørgeskema (demo)",
                    "measurements": [
                        [d, v, "own", "Spørgeskema (demo)"]
                        for d, v in [("2016-12-31", 13), ("2017-12-31", 17), ("2018-12-31", 19)]
                    ],
                },
            ],
        },
        {
            "text": "Flere nytilkomne flygtninge skal være i stand til at begå sig i det danske sundhedssystem og benytte "
            "sig af sundhedstilbud.",
            "focus_area": "4",
            "deadline": "2018-12-31",
            "indicators": [
                {
                    "name": "Deltagere i helbredsmestringsforløb",
                    "unit": "personer",
                    "direction": "higher",
                    "baseline_value": 0,
                    "baseline_date": "2016-01-01",
                    "target_value": 150,
                    "target_date": "2018-12-31",
                    "source": "Sundhedshuset (demo)",
                    "measurements": [
                        [d, v, "own", "Sundhedshuset (demo)"]
                        for d, v in [("2016-12-31", 38), ("2017-12-31", 97), ("2018-12-31", 141)]
                    ],
                },
            ],
        },
        {
            "text": "Trivslen blandt de nytilkomne flygtningefamilier skal være mærkbart forbedret.",
            "focus_area": "5",
            "deadline": "2018-12-31",
            "indicators": [
                {
                    "name": "Familier der angiver god trivsel",
                    "unit": "%",
                    "direction": "higher",
                    "baseline_value": 48,
                    "baseline_date": "2016-06-30",
                    "target_value": 65,
                    "target_date": "2018-12-31",
                    "source": "Trivselsmåling (demo)",
                    "measurements": [
                        [d, v, "own", "Trivselsmåling (demo)"]
                        for d, v in [("2016-12-31", 50), ("2017-12-31", 52), ("2018-12-31", 53)]
                    ],
                },
            ],
        },
    ],
}
