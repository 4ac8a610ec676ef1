"""Holstebro: the integration handbook (seed 000) and the 2013 integration policy (seed 001)."""

from samvirke.demo.data._build import contact, initiative, monthly, org, place, weekly

MUNICIPALITY = {
    "slug": "holstebro",
    "name": "Holstebro Kommune",
    "country": "DK",
    "region": None,
    "website": "https://holstebro.example.org",
}

SECTIONS = [
    {
        "slug": "foreningsinfo",
        "title": "Foreningsinfo",
        "description": "Foreninger, netværk og hjælp til at starte og drive en forening.",
    },
    {
        "slug": "social-integration",
        "title": "Social integration",
        "description": "Mødesteder, sprog, sundhed og fællesskab for nye og gamle holstebroere.",
    },
    {
        "slug": "bliv-frivillig",
        "title": "Bliv frivillig",
        "description": "Frivillige indsatser, mentorordninger og hvordan du kommer i gang.",
    },
    {
        "slug": "kommunale-tilbud",
        "title": "Kommunale tilbud",
        "description": "Kommunens egne tilbud om sprog, uddannelse og beskæftigelse.",
    },
]

LOCATIONS = [
    place(
        "frivillighuset",
        "Kultur og Frivillighuset",
        "Nørregade 24",
        "7500",
        "Holstebro",
        56.3606,
        8.6164,
        "Niveaufri adgang og elevator. Handicaptoilet i stueetagen.",
    ),
    place(
        "bibliotek",
        "Holstebro Bibliotek",
        "Greve Schacks Gade 2",
        "7500",
        "Holstebro",
        56.3589,
        8.6158,
        "Niveaufri adgang, teleslynge i mødesalen.",
    ),
    place("sprogcenter", "Sprogcenter Holstebro", "Lægårdvej 86", "7500", "Holstebro", 56.3522, 8.6339),
    place(
        "jobcenter",
        "Jobcenter Holstebro",
        "Nørregade 1",
        "7500",
        "Holstebro",
        56.3614,
        8.6152,
        "Indgang med rampe fra parkeringspladsen.",
    ),
    place("trekanten", "Beboerhuset Trekanten", "Trekanten 10", "7500", "Holstebro", 56.3471, 8.6003),
    place("idraetscenter", "Holstebro Idrætscenter", "Stadion Allé 1", "7500", "Holstebro", 56.3665, 8.6248),
    place(
        "sundhedshuset",
        "Sundhedscenter Holstebro",
        "Danmarksgade 10",
        "7500",
        "Holstebro",
        56.3573,
        8.6188,
        "Elevator til alle etager.",
    ),
    place("skole", "Sønderlandsskolen", "Ulfborgvej 41", "7500", "Holstebro", 56.3502, 8.6071),
    place(
        "kirke",
        "Sct. Jørgens Kirke, sognegården",
        "Sct. Jørgens Gade 5",
        "7500",
        "Holstebro",
        56.3561,
        8.6218,
    ),
]

ORGANISATIONS = [
    org(
        "holstebro-kommune",
        "Holstebro Kommune",
        "municipal_department",
        "Kommunen er vejleder, myndighed og arbejdsgiver i integrationsindsatsen.",
        address="Kirkestræde 11, 7500 Holstebro",
    ),
    org(
        "integrationsafdelingen",
        "Integrationsafdelingen",
        "municipal_department",
        "Modtager nye borgere, tilrettelægger integrationsprogrammet og koordinerer indsatsen på tværs.",
        parent="holstebro-kommune",
        is_demo=True,
        contacts=[
            contact("hol-mette", "Mette Vinther", "Integrationskoordinator"),
            contact("hol-karim", "Karim Haddad", "Integrationsvejleder", visibility="internal"),
        ],
    ),
    org(
        "jobcenter-holstebro",
        "Jobcenter Holstebro",
        "municipal_department",
        "Hjælper ledige og virksomheder med job, praktik, IGU og løntilskud.",
        parent="holstebro-kommune",
        address="Nørregade 1, 7500 Holstebro",
        contacts=[contact("hol-lars", "Lars Bech Nørgaard", "Virksomhedskonsulent")],
    ),
    org(
        "sprogcenter-holstebro",
        "Sprogcenter Holstebro",
        "institution",
        "Danskuddannelse for voksne udlændinge: dag- og aftenhold, online undervisning og prøver.",
        address="Lægårdvej 86, 7500 Holstebro",
        contacts=[contact("hol-sofie", "Sofie Lund Kjær", "Studievejleder")],
    ),
    org(
        "frivilligcenter-holstebro",
        "Frivilligcenter Holstebro",
        "volunteer_organisation",
        "Frivilligcentret opdaterer integrationshåndbogen og hjælper frivillige og foreninger i gang.",
        contacts=[
            contact("hol-anne", "Anne-Grethe Pedersen", "Leder af Frivilligcentret"),
            contact("hol-jonas", "Jonas Vestergaard", "Frivilligkoordinator", visibility="hidden"),
        ],
    ),
    org(
        "kultur-og-frivillighuset",
        "Kultur og Frivillighuset",
        "association",
        "Hus for foreninger og frivillige med mødelokaler, café og sprogcafé.",
        address="Nørregade 24, 7500 Holstebro",
    ),
    org(
        "roede-kors-holstebro",
        "Dansk Røde Kors Holstebro",
        "volunteer_organisation",
        "Lokalafdelingen driver lektiehjælp, netværksfamilier og førstehjælpskurser.",
        is_demo=True,
        contacts=[contact("hol-birgitte", "Birgitte Holm", "Frivillig koordinator for asyl og integration")],
    ),
    org(
        "dfh-frivillignet-holstebro",
        "Dansk Flygtningehjælp Frivillignet Holstebro",
        "volunteer_organisation",
        "Frivillige mentorer og netværk for flygtninge og familiesammenførte.",
        is_demo=True,
        contacts=[contact("hol-rasmus", "Rasmus Dahl", "Frivillignetkoordinator", visibility="internal")],
    ),
    org(
        "red-barnet-holstebro",
        "Red Barnet Holstebro",
        "volunteer_organisation",
        "Familieaktiviteter og ferielejre for børnefamilier.",
        is_demo=True,
    ),
    org(
        "holstebro-bibliotek",
        "Holstebro Bibliotek",
        "institution",
        "Bibliotekets borgerservice, lektiecafé og sprogtræning.",
        address="Greve Schacks Gade 2, 7500 Holstebro",
        contacts=[contact("hol-nanna", "Nanna Friis", "Bibliotekar, integration")],
    ),
    org(
        "holstebro-boldklub",
        "Holstebro Boldklub",
        "association",
        "Fodbold for børn, unge og voksne – alle er velkomne.",
        is_demo=True,
        contacts=[contact("hol-ahmad", "Ahmad Rahimi", "Ungdomstræner")],
    ),
    org(
        "fof-holstebro",
        "FOF Holstebro",
        "association",
        "Folkeoplysning med kurser i dansk, IT og samfundsforhold.",
        is_demo=True,
    ),
    org(
        "boligsocial-holstebro",
        "Boligsocial helhedsplan Holstebro",
        "institution",
        "Boligsocialt arbejde i de almene boligområder: lektiecafé, fællesspisning og beboerdemokrati.",
        is_demo=True,
        contacts=[contact("hol-fatima", "Fatima Yusuf", "Boligsocial medarbejder")],
    ),
    org(
        "uu-holstebro",
        "Ungdommens Uddannelsesvejledning Holstebro",
        "municipal_department",
        "Vejledning om ungdomsuddannelse for unge under 25.",
        parent="holstebro-kommune",
        is_demo=True,
    ),
    org(
        "erhvervsraad-holstebro",
        "Erhvervsrådet Holstebro",
        "employer",
        "Netværk for virksomheder, også om at ansætte og fastholde medarbejdere med anden baggrund.",
        is_demo=True,
    ),
    org(
        "3f-holstebro",
        "3F Holstebro",
        "union",
        "Fagforening med rådgivning om løn, ansættelse og arbejdsmiljø – også på arabisk og tigrinya.",
        is_demo=True,
    ),
    org(
        "kvindernes-netvaerk",
        "Kvindernes Netværk Holstebro",
        "association",
        "Forening for kvinder med forskellig baggrund: cykling, svømning og samtalegrupper.",
        is_demo=True,
        contacts=[contact("hol-hanan", "Hanan Saleh", "Formand")],
    ),
    org(
        "multikulturel-forening-holstebro",
        "Multikulturel Forening Holstebro",
        "association",
        "Forening for hjemstavnsforeninger og etniske foreninger: kulturaftener, fester og lektiecafé.",
        is_demo=True,
        contacts=[contact("hol-yonas", "Yonas Tesfay", "Næstformand", visibility="internal")],
    ),
    org(
        "integrationsraadet-holstebro",
        "Integrationsrådet i Holstebro",
        "other",
        "Rådgiver byrådet om integration. Møderne er åbne for alle.",
        is_demo=True,
    ),
]

INITIATIVES = [
    initiative(
        "sprogcafeen",
        "Sprogcaféen",
        "Sprogcafé hvor du øver dansk i hyggelige rammer med frivillige.",
        "I Sprogcaféen mødes nye og gamle holstebroere over en kop kaffe og øver dansk. Frivillige hjælper "
        "med udtale, breve fra kommunen og hverdagsdansk. Alle niveauer er velkomne, og du behøver ikke "
        "tilmelde dig.",
        section="social-integration",
        groups=["newcomers", "refugees", "family-reunified"],
        languages=["da", "ar", "ti", "en"],
        organisers=[("kultur-og-frivillighuset", "lead"), ("frivilligcenter-holstebro", "partner")],
        location="frivillighuset",
        contacts=["hol-anne"],
        schedules=[
            weekly("TU", "17:00", "19:00", "frivillighuset"),
            weekly("SA", "10:00", "12:00", "bibliotek"),
        ],
        focus_points=["1.1.3", "3.2.1"],
        days=12,
    ),
    initiative(
        "lektiehjaelp-biblioteket",
        "Lektiehjælp i biblioteket",
        "Gratis lektie-hjælp til skolebørn, klar efter skoletid.",
        "Frivillige studerende og pensionister giver lektie-hjælp i dansk, matematik og engelsk. Forældre er "
        "velkomne til at sidde med. Lektiecaféen er for elever fra 3. til 10. klasse.",
        section="social-integration",
        groups=["children", "youth", "parents"],
        languages=["da", "ar", "so", "en"],
        organisers=[("holstebro-bibliotek", "lead"), ("roede-kors-holstebro", "partner")],
        location="bibliotek",
        contacts=["hol-nanna", "hol-birgitte"],
        schedules=[weekly("MO,WE", "15:00", "17:00", "bibliotek")],
        focus_points=["1.1.2", "1.2.4"],
        days=20,
    ),
    initiative(
        "kvindernes-cykelkursus",
        "Kvindernes cykelkursus",
        "Lær at cykle trygt i trafikken – kursus kun for kvinder.",
        "Kvindernes Netværk lærer voksne kvinder at cykle, fra de første tråd til færdselsregler og cykling "
        "i byen. Cykler og hjelme udlånes. Kurset afsluttes med en tur til Storå.",
        section="social-integration",
        groups=["women", "newcomers"],
        languages=["da", "ar", "so", "fa"],
        organisers=["kvindernes-netvaerk"],
        location="idraetscenter",
        contacts=["hol-hanan"],
        schedules=[
            weekly("SU", "10:00", "12:00", "idraetscenter", valid_from="2026-04-01", valid_to="2026-10-31")
        ],
        focus_points=["2.1.4", "2.2.5"],
        registration="Skriv til Kvindernes Netværk",
        days=45,
    ),
    initiative(
        "frivillig-mentor",
        "Frivillig mentor for nye borgere",
        "Bliv mentor for en flygtning eller familie det første år i Holstebro.",
        "Som mentor hjælper du med at forstå breve, finde fritidstilbud og skabe netværk. Du får kursus og "
        "sparring af Frivillignet. Vi matcher efter interesser og sprog.",
        section="bliv-frivillig",
        groups=["volunteers", "refugees", "family-reunified"],
        languages=["da", "en"],
        organisers=[("dfh-frivillignet-holstebro", "lead"), ("integrationsafdelingen", "partner")],
        location="frivillighuset",
        contacts=["hol-rasmus"],
        schedules=[
            monthly(
                byday="1TH",
                opens="19:00",
                closes="21:00",
                location="frivillighuset",
                description="Mentormøde",
            )
        ],
        focus_points=["3.1.2"],
        registration="Tilmelding til introduktionsmøde",
        days=60,
    ),
    initiative(
        "bliv-frivillig-intromoede",
        "Bliv frivillig – introduktionsmøde",
        "Hør om de mange måder at være frivillig i integrationsarbejdet på.",
        "Frivilligcenter Holstebro fortæller om frivillige opgaver hos foreninger i hele kommunen: "
        "lektiehjælp, sprogcafé, sport og mentorordninger. Mødet er uforpligtende.",
        section="bliv-frivillig",
        groups=["volunteers", "everyone"],
        languages=["da"],
        organisers=["frivilligcenter-holstebro"],
        location="frivillighuset",
        contacts=["hol-anne"],
        schedules=[monthly(bymonthday="15", opens="16:30", closes="17:30", location="frivillighuset")],
        focus_points=["3.1.2"],
        days=8,
    ),
    initiative(
        "jobcafe",
        "Jobcaféen",
        "Få hjælp til CV, ansøgning og jobsøgning.",
        "Frivillige med erfaring fra erhvervslivet hjælper med CV, ansøgninger og forberedelse til "
        "jobsamtaler. Jobcentrets virksomhedskonsulent kommer forbi hver anden uge.",
        section="kommunale-tilbud",
        groups=["job-seekers", "refugees", "labour-migrants"],
        languages=["da", "en", "ar"],
        organisers=[("jobcenter-holstebro", "lead"), ("frivilligcenter-holstebro", "partner")],
        location="jobcenter",
        contacts=["hol-lars"],
        schedules=[weekly("TH", "13:00", "15:30", "jobcenter")],
        focus_points=["1.3.2", "1.3.6"],
        days=25,
    ),
    initiative(
        "faellesspisning-trekanten",
        "Fællesspisning i Trekanten",
        "Spis sammen med dine naboer – hver gang laver en ny familie maden.",
        "Beboerhuset Trekanten inviterer til fællesspisning, hvor beboerne skiftes til at lave mad fra deres "
        "hjemland. Børn spiser med for halv pris.",
        section="social-integration",
        groups=["everyone", "parents"],
        languages=["da", "ar", "so", "ti"],
        organisers=["boligsocial-holstebro"],
        location="trekanten",
        contacts=["hol-fatima"],
        schedules=[monthly(byday="-1FR", opens="17:30", closes="20:00", location="trekanten")],
        focus_points=["3.2.1", "2.2.6"],
        price="30 kr. for voksne, 15 kr. for børn",
        days=70,
    ),
    initiative(
        "fodbold-for-alle",
        "Fodbold for alle unge",
        "Gratis fodboldtræning for unge 12–18 år, ingen erfaring nødvendig.",
        "Holstebro Boldklub træner med unge fra hele byen. Klubben låner støvler og tøj ud, og trænerne "
        "hjælper med at komme videre på et fast hold.",
        section="foreningsinfo",
        groups=["youth", "refugees"],
        languages=["da", "ar", "prs", "en"],
        organisers=["holstebro-boldklub"],
        location="idraetscenter",
        contacts=["hol-ahmad"],
        schedules=[weekly("TU,TH", "16:30", "18:00", "idraetscenter")],
        focus_points=["2.2.1", "2.2.6"],
        days=33,
    ),
    initiative(
        "moedregruppe",
        "Mødregruppe for internationale mødre",
        "Mød andre mødre med små børn og få sundhedsplejerskens råd.",
        "Sundhedsplejen og Red Barnet samler mødre fra mange lande med børn 0–2 år. Vi taler om søvn, mad og "
        "sprog, og børnene leger sammen. Tolk kan bestilles.",
        section="social-integration",
        groups=["women", "parents", "children"],
        languages=["da", "ar", "so", "ti", "uk"],
        organisers=[("red-barnet-holstebro", "lead"), ("integrationsafdelingen", "partner")],
        location="sundhedshuset",
        schedules=[weekly("WE", "10:00", "11:30", "sundhedshuset")],
        focus_points=["2.1.1", "3.1.4"],
        days=90,
    ),
    initiative(
        "integrationsraadets-moeder",
        "Integrationsrådets åbne møder",
        "Kom og hør, hvad Integrationsrådet arbejder med – og sig din mening.",
        "Integrationsrådet holder åbne møder, hvor borgere og foreninger kan tage emner op. Dagsorden og "
        "referater lægges på kommunens hjemmeside.",
        section="foreningsinfo",
        groups=["everyone", "associations"],
        languages=["da"],
        organisers=["integrationsraadet-holstebro"],
        location="frivillighuset",
        schedules=[monthly(byday="2MO", opens="19:00", closes="21:00", location="frivillighuset")],
        days=120,
    ),
    initiative(
        "igu-virksomhedspraktik",
        "IGU og virksomhedspraktik",
        "Integrationsgrunduddannelse: job og skole i to år med løn.",
        "Jobcentret matcher flygtninge med virksomheder til IGU-forløb og virksomhedspraktik. Virksomheden "
        "får en fast kontaktperson og hjælp til papirarbejdet.",
        section="kommunale-tilbud",
        groups=["refugees", "employers", "job-seekers"],
        languages=["da", "en"],
        organisers=[
            ("jobcenter-holstebro", "lead"),
            ("erhvervsraad-holstebro", "partner"),
            ("3f-holstebro", "partner"),
        ],
        location="jobcenter",
        contacts=["hol-lars"],
        focus_points=["1.3.1", "1.3.4"],
        registration="Aftales med din sagsbehandler",
        start="2016-07-01",
        days=14,
    ),
    initiative(
        "foraeldremoeder-skolen",
        "Forældremøder med tolk",
        "Forældremøder på Sønderlandsskolen med tolk på flere sprog.",
        "Skolen holder forældremøder med tolk, så alle forældre kan følge med i børnenes skolegang. Efter "
        "mødet er der kaffe og tid til spørgsmål.",
        section="kommunale-tilbud",
        groups=["parents", "children"],
        languages=["da", "ar", "so", "ti", "prs"],
        organisers=["holstebro-kommune"],
        location="skole",
        schedules=[monthly(byday="1TU", opens="18:00", closes="19:30", location="skole")],
        focus_points=["1.2.2", "3.1.1"],
        days=150,
    ),
    initiative(
        "sundhed-paa-dit-sprog",
        "Sundhed på dit sprog",
        "Informationsaftener om sundhed, kost og lægebesøg – med tolk.",
        "Sundhedscentret inviterer til aftener om kost, motion, lægebesøg og psykisk trivsel. Hver aften har "
        "et tema og tolk på arabisk, somali og tigrinya.",
        section="social-integration",
        groups=["newcomers", "parents", "seniors"],
        languages=["da", "ar", "so", "ti"],
        organisers=[("holstebro-kommune", "lead"), ("roede-kors-holstebro", "partner")],
        location="sundhedshuset",
        schedules=[monthly(byday="3WE", opens="18:30", closes="20:30", location="sundhedshuset")],
        focus_points=["2.1.1", "2.1.2"],
        days=200,
    ),
    initiative(
        "danskuddannelse",
        "Danskuddannelse på Sprogcenter Holstebro",
        "Dansk for voksne på dag- og aftenhold.",
        "Sprogcentret tilbyder danskuddannelse 1–3 med dag- og aftenhold og online undervisning. Du bliver "
        "testet og placeret på det rette niveau.",
        section="kommunale-tilbud",
        groups=["newcomers", "labour-migrants", "refugees"],
        languages=["da", "en"],
        organisers=["sprogcenter-holstebro"],
        location="sprogcenter",
        contacts=["hol-sofie"],
        schedules=[
            weekly("MO,TU,WE,TH", "08:30", "12:00", "sprogcenter"),
            weekly("TU,TH", "18:00", "21:00", "sprogcenter", description="Aftenhold"),
        ],
        focus_points=["1.1.3"],
        registration="Henvisning fra kommunen eller tilmelding på sprogcentret",
        price="2.000 kr. depositum for selvforsørgende",
        days=10,
    ),
    initiative(
        "start-en-forening",
        "Foreningsinfo: Sådan starter du en forening",
        "Kursus i vedtægter, økonomi og tilskud for nye foreninger.",
        "Frivilligcentret gennemgår, hvordan man stifter en forening, skriver vedtægter, holder "
        "generalforsamling og søger tilskud. Særligt for etniske foreninger og hjemstavnsforeninger.",
        section="foreningsinfo",
        groups=["associations", "volunteers"],
        languages=["da", "ar"],
        organisers=["frivilligcenter-holstebro"],
        location="frivillighuset",
        schedules=[monthly(byday="2WE", opens="19:00", closes="21:00", location="frivillighuset")],
        focus_points=["3.1.2"],
        registration="Tilmelding til Frivilligcentret",
        days=55,
    ),
    initiative(
        "netvaerksfamilier",
        "Netværksfamilier",
        "En dansk familie og en ny familie mødes et par gange om måneden.",
        "Røde Kors matcher nye familier med lokale familier, som mødes til gåture, spisning og hverdagssnak. "
        "Familierne forpligter sig for et halvt år ad gangen.",
        section="bliv-frivillig",
        groups=["parents", "refugees", "volunteers"],
        languages=["da", "en"],
        organisers=["roede-kors-holstebro"],
        location="frivillighuset",
        contacts=["hol-birgitte"],
        focus_points=["3.2.1", "3.1.2"],
        registration="Kontakt Røde Kors",
        days=95,
    ),
    initiative(
        "svoemning-for-kvinder",
        "Svømning for kvinder",
        "Lukket svømmehal med kvindelige livreddere.",
        "Kvindernes Netværk lejer svømmehallen søndag aften, så kvinder kan svømme og lære at svømme i trygge "
        "rammer. Kvindelige instruktører.",
        section="social-integration",
        groups=["women"],
        languages=["da", "ar", "so"],
        organisers=["kvindernes-netvaerk"],
        location="idraetscenter",
        schedules=[weekly("SU", "18:00", "19:30", "idraetscenter")],
        focus_points=["2.1.4"],
        price="20 kr. pr. gang",
        days=300,
    ),
    initiative(
        "uu-vejledning-unge",
        "Uddannelsesvejledning for unge nytilkomne",
        "Personlig vejledning om ungdomsuddannelse for 15–25-årige.",
        "UU Holstebro hjælper unge nytilkomne med at vælge og gennemføre en ungdomsuddannelse, fx "
        "erhvervsuddannelse eller gymnasium, og samarbejder med sprogcentret.",
        section="kommunale-tilbud",
        groups=["youth", "refugees"],
        languages=["da", "ar", "ti", "en"],
        organisers=["uu-holstebro"],
        location="jobcenter",
        focus_points=["1.2.3", "1.2.4"],
        registration="Book en samtale",
        days=130,
    ),
    initiative(
        "faglig-raadgivning-3f",
        "Faglig rådgivning på dit sprog",
        "Spørg om løn, kontrakt og arbejdsmiljø hos 3F.",
        "3F Holstebro har åben rådgivning med tolk, hvor du kan få hjælp til at læse din kontrakt og "
        "lønseddel. Du behøver ikke være medlem.",
        section="foreningsinfo",
        groups=["labour-migrants", "job-seekers"],
        languages=["da", "ar", "ti", "uk", "en"],
        organisers=["3f-holstebro"],
        location="jobcenter",
        schedules=[weekly("WE", "15:00", "17:00", "jobcenter")],
        focus_points=["1.3.5"],
        days=210,
    ),
    initiative(
        "virksomhedsnetvaerk-mangfoldighed",
        "Virksomhedsnetværk om mangfoldighed",
        "Virksomheder deler erfaringer med at ansætte og fastholde nye medarbejdere.",
        "Erhvervsrådet og jobcentret samler virksomheder fire gange om året om rekruttering, sprog på "
        "arbejdspladsen og gode historier fra virksomheder, der har ansat flygtninge.",
        section="kommunale-tilbud",
        groups=["employers"],
        languages=["da"],
        organisers=[("erhvervsraad-holstebro", "lead"), ("jobcenter-holstebro", "partner")],
        location="jobcenter",
        focus_points=["1.3.3", "1.3.7"],
        registration="Tilmelding hos Erhvervsrådet",
        days=400,
        status="planned",
        start="2027-02-01",
    ),
    initiative(
        "julemarked-moedested",
        "Kulturmødet – fortællinger fra hele verden",
        "Fortælleaftener hvor nye borgere fortæller om deres hjemland.",
        "En aften om måneden fortæller en ny holstebroer om sin by, sin mad og sine traditioner. Aftenerne "
        "afsluttes med smagsprøver. Projektet er sat på pause, mens vi finder nye fortællere.",
        section="social-integration",
        groups=["everyone"],
        languages=["da"],
        organisers=["kultur-og-frivillighuset"],
        location="kirke",
        focus_points=["3.1.3", "3.2.2"],
        status="paused",
        start="2024-09-01",
        days=380,
    ),
    initiative(
        "it-for-nye-borgere",
        "IT for nye borgere: MitID og e-Boks",
        "Kursus i MitID, e-Boks og borger.dk.",
        "FOF underviser i de digitale løsninger, man skal bruge i Danmark: MitID, e-Boks, Aula og borger.dk. "
        "Medbring din telefon.",
        section="kommunale-tilbud",
        groups=["newcomers", "seniors"],
        languages=["da", "ar", "uk", "en"],
        organisers=["fof-holstebro"],
        location="bibliotek",
        schedules=[
            weekly("FR", "10:00", "12:00", "bibliotek", valid_from="2026-01-09", valid_to="2026-06-26")
        ],
        focus_points=["3.1.1", "3.2.3"],
        registration="Tilmelding på biblioteket",
        days=5,
    ),
    initiative(
        "sommerlejr-red-barnet",
        "Sommerlejr for familier",
        "En uges ferielejr for børnefamilier med få midler.",
        "Red Barnet arrangerede ferielejre for familier, der ikke selv har råd til ferie. Projektet sluttede "
        "i 2024 og er afløst af dagsudflugter.",
        section="bliv-frivillig",
        groups=["parents", "children"],
        languages=["da"],
        organisers=["red-barnet-holstebro"],
        location="frivillighuset",
        status="ended",
        start="2019-06-01",
        end="2024-08-31",
        days=500,
    ),
    initiative(
        "ukrainsk-netvaerk",
        "Ukrainsk netværkscafé",
        "Mødested for ukrainere i Holstebro med dansk og ukrainsk.",
        "Ukrainske familier mødes med frivillige for at udveksle erfaringer om arbejde, skole og bolig. "
        "Børnene leger, mens de voksne taler.",
        section="social-integration",
        groups=["refugees", "parents"],
        languages=["uk", "da", "en"],
        organisers=[("frivilligcenter-holstebro", "lead"), ("roede-kors-holstebro", "partner")],
        location="frivillighuset",
        schedules=[weekly("FR", "16:00", "18:00", "frivillighuset")],
        days=18,
    ),
]

POLICY = {
    "slug": "integrationspolitik-2013",
    "title": "Holstebro Kommunes Integrationspolitik",
    "period_start": "2013-04-01",
    "period_end": "2017-12-31",
    "adopted_by": "Arbejdsmarkedsudvalget",
    "introduction": (
        "Integrationspolitikken beskriver de overordnede indsatsområder for Holstebro Kommunes arbejde med "
        "integration.\n\nUdgangspunktet for arbejdet med politikken er, at integrationen går begge veje. Både "
        "danskere og etniske minoriteter har et ansvar for, at integrationen lykkes. Det er væsentligt, at den "
        "enkelte føler et medejerskab og ansvar for det samfund, som vi alle er en del af. Medejerskab kræver, at "
        "man føler sig set, hørt og værdsat.\n\nIntegrationspolitikken skal ses som et udviklingstiltag, hvor de "
        "overordnede visioner, værdier og mål er beskrevet. Implementering af handlinger til målopfyldelse sker i "
        "en løbende proces.\n\nIntegrationspolitikken retter sig til alle borgere uanset alder, køn, etnisk "
        "baggrund, samt psykisk og fysisk funktionsevne."
    ),
    "mission": "",
    "vision": (
        "Alle borgere i Holstebro Kommune – uanset etnisk eller kulturel baggrund – indgår i og bidrager som aktive "
        "medborgere til det fælles samfund med respekt for de grundlæggende demokratiske værdier."
    ),
    "values": [
        "at udvise gensidig respekt og accept af forskellighed",
        "at være rollemodel i arbejdsliv, fritidsliv og naboskab",
        "at alle opfattes som ligeværdige",
        "at alle tager ansvar i integrationsindsatsen",
        "at mødes og udvise positiv nysgerrighed over for integration",
    ],
    "evaluation": (
        "Holstebro Kommunes integrationspolitik evalueres én gang i hver valgperiode sammen med dem, der er "
        "interessenter i indsatsen."
    ),
    "goals": [
        "at borgere med anden etnisk baggrund end dansk indgår og deltager i samfundet på lige fod med alle andre.",
        "at integrationsindsatsen tænkes bredt og også omfatter eksempelvis personer, som kommer til kommunen i "
        "forbindelse med et job eller familiesammenføring.",
        "at integrationsindsatsen udøves i et samarbejde på tværs af alle sektorer.",
    ],
    "challenges": [
        {
            "title": "Information",
            "text": "Den enkelte borger skal sættes i stand til at kunne opsøge og modtage den "
            "rette information i en given situation. Tilsvarende skal myndighederne, arbejdspladserne og "
            "leverandørerne af offentlige serviceydelser (børnehaver, skoler, sygehuse osv.) tænke bredt og blive "
            "bedre til at skabe gensidig viden. Holstebro Kommune skal kommunikere på modtagernes præmisser.",
        },
        {
            "title": "Koordination",
            "text": "Vi skal koordinere og skabe overblik over de mange aktiviteter, der finder "
            "sted i kommunen: Hvem ved hvad? Hvilke aktiviteter finder sted, hvor, hvornår og arrangeret af hvem? "
            "Kommunens hjemmeside er en af kilderne til informationsformidlingen.",
        },
        {
            "title": "Inddragelse",
            "text": "Vi skal fastholde fokus på, at integrationen går begge veje og arbejde på at inddrage både "
            "borgere med anden etnisk baggrund end dansk og etniske danskere, da integrationen sker i et samspil "
            "mellem mennesker.",
        },
        {
            "title": "Den gode historie",
            "text": "Vi skal fortælle de gode historier for derigennem bl.a. at nedbryde "
            "fordomme og medvirke til skabelsen af det gode naboskab. Det er vigtigt at tænke alternativt i "
            "forbindelse med formidlingen, så de gode historier når ud til flest mulige medborgere.",
        },
    ],
    "focus_areas": [
        {
            "number": "1",
            "title": "Uddannelse (skolegang) og erhverv",
            "description": "Uddannelse og tilknytning til arbejdsmarkedet er en vigtig indgang til integration af den "
            "enkelte borger i det danske samfund.",
            "themes": [
                {
                    "title": "Sproglig udvikling",
                    "description": "Det danske sprog er vigtigt for at kunne gennemføre en uddannelse og for at kunne arbejde i Danmark. Det betyder, at der skal være fokus på de sproglige kompetencer i alle aldersgrupper.",
                    "focus_points": [
                        {
                            "number": "1.1.1",
                            "title": "Samme sproglige færdigheder ved skolestart",
                            "text": "at alle børn har samme sproglige færdigheder, når de når skolealderen.",
                        },
                        {
                            "number": "1.1.2",
                            "title": "Lige muligheder efter folkeskolen",
                            "text": "at alle elever forlader folkeskolen med lige muligheder for at gennemføre en ungdomsuddannelse.",
                        },
                        {
                            "number": "1.1.3",
                            "title": "Dansksproglige kompetencer i alle aldre",
                            "text": "at der fortsat er fokus på den sproglige udvikling og på sikring af dansksproglige "
                            "kompetencer hos såvel børn og unge som voksne.",
                        },
                    ],
                },
                {
                    "title": "Forberedelse til uddannelse og erhverv",
                    "description": "En betingelse for sproglig og faglig indlæring er, at den enkelte borger har mulighed for, forstår værdien af og aktivt deltager i såvel uddannelsesstilbud som arbejdsliv og desuden indgår i sociale sammenhænge uden for hjem og skole f.eks. gennem fritidsaktiviteter og fritidsjobs.",
                    "focus_points": [
                        {
                            "number": "1.2.1",
                            "title": "Bærende relationer til familierne",
                            "text": "at skabe bærende relationer til børnene, de unge og deres familier.",
                        },
                        {
                            "number": "1.2.2",
                            "title": "Én fælles indsats over for familien",
                            "text": "at borgere med anden etnisk baggrund end dansk oplever én fælles indsats over for familien, "
                            "barnet og den unge.",
                        },
                        {
                            "number": "1.2.3",
                            "title": "Lige adgang til ungdomsuddannelse",
                            "text": "at gruppen af tosprogede i lige så høj grad som etnisk danske unge får mulighed for at "
                            "påbegynde og gennemføre en ungdomsuddannelse.",
                        },
                        {
                            "number": "1.2.4",
                            "title": "Kompetencer til at følge undervisningen",
                            "text": "at gruppen af tosprogede børn og unge tilegner sig sproglige, faglige, kulturelle og "
                            "personlige kompetencer, så de bliver i stand til at følge undervisningen på en ungdomsuddannelse.",
                        },
                    ],
                },
                {
                    "title": "Erhverv, arbejdsmarked og fastholdelse i erhverv",
                    "description": "Det er vigtigt, at borgere i Holstebro Kommune med anden etnisk baggrund end dansk har samme mulighed for at få og fastholde job som andre borgere.",
                    "focus_points": [
                        {
                            "number": "1.3.1",
                            "title": "Samspil mellem kommune, virksomheder og borgere",
                            "text": "at udvikle og styrke samspillet mellem Holstebro Kommune, virksomheder og borgere i forhold "
                            "til at fremme integration på og via arbejdsmarkedet.",
                        },
                        {
                            "number": "1.3.2",
                            "title": "Almen erhvervsmæssig kompetence",
                            "text": "at kommunens borgere udvikler og styrker almen erhvervsmæssig kompetence: viden, "
                            "færdighed, erfaring, holdning og motivation i forhold til at opnå og fastholde beskæftigelse og "
                            "karriereudvikling.",
                        },
                        {
                            "number": "1.3.3",
                            "title": "Viden til virksomhederne",
                            "text": "at formidle fakta, viden og erfaringer til virksomhederne om målgruppen og særlige vilkår, "
                            "der gør sig gældende, og at informere borgerne om uddannelses- og jobmuligheder.",
                        },
                        {
                            "number": "1.3.4",
                            "title": "Støtte og rådgivning efter behov",
                            "text": "at yde støtte og rådgivning, der er afpasset efter behov og forventninger.",
                        },
                        {
                            "number": "1.3.5",
                            "title": "Et personale der spejler samfundet",
                            "text": "at sammensætte et kompetent personale, der er et spejl af det omgivende samfund.",
                        },
                        {
                            "number": "1.3.6",
                            "title": "Synlige job- og karrieremuligheder",
                            "text": "at synliggøre job- og karrieremuligheder.",
                        },
                        {
                            "number": "1.3.7",
                            "title": "De gode historier om arbejde",
                            "text": "at fortælle de mange gode historier",
                        },
                    ],
                },
            ],
        },
        {
            "number": "2",
            "title": "Sundhed og trivsel",
            "description": "Sundhed og trivsel er vigtige elementer i integrationsprocessen.",
            "themes": [
                {
                    "title": "Det sunde liv",
                    "description": "Sundhed og trivsel er væsentligt for at have et godt liv, og det vil derfor kvalificere kommunens arbejde med integration, sundhed og trivsel, hvis der tilvejebringes yderligere viden om området, også når det gælder borgere af anden etnisk herkomst.",
                    "focus_points": [
                        {
                            "number": "2.1.1",
                            "title": "Dialog om sundhed og sygdom",
                            "text": "at øge dialogen om sundheds- og sygdomsopfattelse.",
                        },
                        {
                            "number": "2.1.2",
                            "title": "Kompetence til egen sundhed",
                            "text": "at øge den enkeltes kompetence til at tage vare på egen sundhed.",
                        },
                        {
                            "number": "2.1.3",
                            "title": "Viden og samarbejde om målrettede tilbud",
                            "text": "at beslutningstagere og fagpersonale opsøger viden og samarbejde med etniske minoriteter om, "
                            "hvad der skal til for at målrette kommunens tilbud.",
                        },
                        {
                            "number": "2.1.4",
                            "title": "Motion og kost for børnefamilier",
                            "text": "at motion og kost prioriteres som særligt indsatsområde også for børnefamilier med anden "
                            "etnisk baggrund end dansk.",
                        },
                        {
                            "number": "2.1.5",
                            "title": "Med udgangspunkt i borgerens ressourcer",
                            "text": "at indsatsen tager udgangspunkt i den enkelte borgeres ressourcer og mestringsevne. Målet er "
                            "at gøre borgeren mest mulig selvhjulpen.",
                        },
                    ],
                },
                {
                    "title": "Medborgerskab",
                    "description": "I Holstebro Kommune er der en forventning om, at borgerne tager aktiv del i aktiviteter, der er en del af samfundet. Kommunen, sportsforeninger, diverse fritidstilbud, etniske foreninger og venskabsforeninger kan i fællesskab sikre, at alle borgere får mulighed for at deltage i aktiviteter, der sikrer et aktivt medborgerskab.",
                    "focus_points": [
                        {
                            "number": "2.2.1",
                            "title": "Fysisk, psykisk og socialt aktive borgere",
                            "text": "at borgerne er fysisk, psykisk og socialt aktive.",
                        },
                        {
                            "number": "2.2.2",
                            "title": "Afdække behovet for målrettede tilbud",
                            "text": "at afdække behovet for målrettede tilbud.",
                        },
                        {
                            "number": "2.2.3",
                            "title": "Bevidsthed om aktiviteter",
                            "text": "at skabe bevidsthed om vigtigheden af aktiviteter.",
                        },
                        {
                            "number": "2.2.4",
                            "title": "Aktiviteter i samarbejde med borgerne",
                            "text": "at tilrettelægge og udbyde fysiske og sociale aktiviteter i samarbejde med grupper af "
                            "borgere med anden etnisk baggrund end dansk.",
                        },
                        {
                            "number": "2.2.5",
                            "title": "Let adgang til aktivitetstilbud",
                            "text": "at borgerne har let adgang til fysiske og sociale aktivitetstilbud.",
                        },
                        {
                            "number": "2.2.6",
                            "title": "Netværk gennem aktiviteter",
                            "text": "at fremme netværksdannelse igennem fysiske og sociale aktiviteter.",
                        },
                    ],
                },
            ],
        },
        {
            "number": "3",
            "title": "Samfundsforståelse, der går begge veje",
            "description": "Information og dialog om forskellige kulturer er væsentlige faktorer i skabelsen af en "
            "samfundsforståelse, der går begge veje.",
            "themes": [
                {
                    "title": "Forældreinddragelse, rollemodeller og kulturformidling",
                    "description": "Det er vigtigt, at den enkelte borger får viden om og forståelse for, hvordan samfundet hænger sammen, både i små og store forhold.",
                    "focus_points": [
                        {
                            "number": "3.1.1",
                            "title": "Tydelig information",
                            "text": "at kommunen og øvrige myndigheder giver tydelig information, som modtagerne kan forstå.",
                        },
                        {
                            "number": "3.1.2",
                            "title": "Frivillige i integrationsarbejdet",
                            "text": "at inddrage frivillige i integrationsarbejdet.",
                        },
                        {
                            "number": "3.1.3",
                            "title": "Rollemodeller",
                            "text": "at bruge danske og andre etniske rollemodeller aktivt.",
                        },
                        {
                            "number": "3.1.4",
                            "title": "Forståelse for hverdagslivet",
                            "text": "at øge viden og gensidig forståelse for hverdagslivet i Danmark.",
                        },
                    ],
                },
                {
                    "title": "Det gode naboskab",
                    "description": '"Kendskab skaber venskab". Det gode naboskab opstår i forbindelse med, at kendskabet til hinanden øges.',
                    "focus_points": [
                        {
                            "number": "3.2.1",
                            "title": "Undgå isolering",
                            "text": "at undgå isolering af borgere med anden etnisk baggrund end dansk.",
                        },
                        {
                            "number": "3.2.2",
                            "title": "Et aktivt og hensyntagende naboskab",
                            "text": "at skabe viden om og forståelse for værdien af et aktivt og hensyntagende naboskab.",
                        },
                        {
                            "number": "3.2.3",
                            "title": "Bedre kommunikation med borgerne",
                            "text": "at forbedre kommunikationen mellem offentlige og private aktører og den enkelte "
                            "borger/familie.",
                        },
                    ],
                },
            ],
        },
    ],
    "success_criteria": [
        {
            "text": "Flere unge med anden etnisk baggrund end dansk gennemfører en ungdomsuddannelse (demo).",
            "focus_area": "1",
            "deadline": "2017-12-31",
            "indicators": [
                {
                    "name": "Andel 25-årige med anden etnisk baggrund med en ungdomsuddannelse",
                    "unit": "%",
                    "direction": "higher",
                    "baseline_value": 58,
                    "baseline_date": "2013-01-01",
                    "target_value": 70,
                    "target_date": "2017-12-31",
                    "comparator_name": "Landsgennemsnit",
                    "source": "Danmarks Statistik (demo)",
                    "measurements": [
                        ["2013-12-31", 59.5, "own", "Danmarks Statistik (demo)"],
                        ["2014-12-31", 61.0, "own", "Danmarks Statistik (demo)"],
                        ["2015-12-31", 63.2, "own", "Danmarks Statistik (demo)"],
                        ["2016-12-31", 64.1, "own", "Danmarks Statistik (demo)"],
                        ["2017-12-31", 66.8, "own", "Danmarks Statistik (demo)"],
                        ["2018-12-31", 67.9, "own", "Danmarks Statistik (demo)"],
                        ["2019-12-31", 69.4, "own", "Danmarks Statistik (demo)"],
                        ["2013-12-31", 62.0, "comparator", "Danmarks Statistik (demo)"],
                        ["2014-12-31", 62.9, "comparator", "Danmarks Statistik (demo)"],
                        ["2015-12-31", 63.8, "comparator", "Danmarks Statistik (demo)"],
                        ["2016-12-31", 64.5, "comparator", "Danmarks Statistik (demo)"],
                        ["2017-12-31", 65.3, "comparator", "Danmarks Statistik (demo)"],
                        ["2018-12-31", 66.0, "comparator", "Danmarks Statistik (demo)"],
                        ["2019-12-31", 66.6, "comparator", "Danmarks Statistik (demo)"],
                    ],
                },
            ],
        },
    ],
}
