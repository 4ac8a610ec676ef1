"""Fjordby Kommune: a fictional Danish municipality for the held-out search evaluation.

Everything here is invented (names, addresses, people, e-mails at example.org). build.py turns it
into the HSDS 3.0 folder fjordby/. Keys are internal; the slugs are made by import_hsds from the names.
"""

MUNICIPALITY = {
    "slug": "fjordby",
    "name": "Fjordby Kommune",
    "country": "DK",
    "state_province": "Region Midtjylland",
    "website": "https://fjordby.example.org",
}

# key: (name, address, postcode, city, latitude, longitude)
LOCATIONS = {
    "raadhus": ("Fjordby Rådhus", "Torvet 1", "7999", "Fjordby", 56.6102, 8.9611),
    "jobhuset": ("Jobhuset", "Havnevej 12", "7999", "Fjordby", 56.6128, 8.9684),
    "sprogcenter": ("Sprogcenter Fjordby", "Skolegade 20", "7999", "Fjordby", 56.6079, 8.9572),
    "bibliotek": ("Fjordby Bibliotek", "Kirkestræde 4", "7999", "Fjordby", 56.6096, 8.9598),
    "sundhedshuset": ("Sundhedshuset", "Sygehusvej 8", "7999", "Fjordby", 56.6031, 8.9507),
    "tandklinik": ("Tandklinikken Skovbrynet", "Skovbrynet 28", "7999", "Fjordby", 56.6012, 8.9702),
    "traumecenter": (
        "Traumecentret Vestfjord",
        "Sygehusvej 10, indgang C",
        "7999",
        "Fjordby",
        56.6027,
        8.9498,
    ),
    "fjordskolen": ("Fjordskolen", "Skovbrynet 30", "7999", "Fjordby", 56.6015, 8.9710),
    "pakhuset": ("Ungdomsskolen Pakhuset", "Havnepladsen 3", "7999", "Fjordby", 56.6135, 8.9660),
    "frivillighuset": ("Frivillighuset", "Nørregade 15", "7999", "Fjordby", 56.6118, 8.9603),
    "beboerhuset": ("Beboerhuset Fjordparken", "Fjordparken 40", "7999", "Fjordby", 56.6055, 8.9788),
    "roedekors": ("Røde Kors-huset", "Jernbanegade 9", "7999", "Fjordby", 56.6089, 8.9640),
    "kvindernes_hus": ("Kvindernes Hus", "Vestergade 22", "7999", "Fjordby", 56.6100, 8.9545),
    "idraetscenter": ("Fjordby Idrætscenter", "Stadion Allé 2", "7999", "Fjordby", 56.6160, 8.9520),
    "svoemmehal": ("Fjordby Svømmehal", "Stadion Allé 4", "7999", "Fjordby", 56.6163, 8.9531),
    "sparekasse": ("Fjordby Sparekasse", "Torvet 5", "7999", "Fjordby", 56.6104, 8.9618),
    "erhvervshuset": ("Erhvervshuset", "Havnevej 2", "7999", "Fjordby", 56.6131, 8.9671),
    "nordfjord": ("Nordfjord Fødevarer", "Industrivej 7", "7999", "Fjordby", 56.6201, 8.9802),
    "koereskole": ("Fjordby Køreskole", "Østergade 31", "7999", "Fjordby", 56.6093, 8.9666),
    "fagforeningshuset": ("Fagforeningshuset", "Jernbanegade 21", "7999", "Fjordby", 56.6085, 8.9652),
}

ORGANISATIONS = {
    "jobcenter": {
        "name": "Jobcenter Fjordby",
        "description": (
            "Jobcentret hjælper ledige og nye borgere i Fjordby med at finde job, praktik og uddannelse. "
            "Flygtninge og familiesammenførte får en sagsbehandler og et program for de første år. "
            "Vi hjælper også med CV, jobsøgning og vurdering af udenlandsk uddannelse."
        ),
        "email": "jobcenter.fjordby@example.org",
        "website": "https://fjordby.example.org/jobcenter",
    },
    "sprogcenter": {
        "name": "Sprogcenter Fjordby",
        "description": (
            "Sprogcentret underviser voksne udlændinge i dansk på Danskuddannelse 1, 2 og 3, "
            "om dagen, om aftenen og online. Vi holder også kurser før indfødsretsprøven og "
            "medborgerskabsprøven."
        ),
        "email": "sprogcenter.fjordby@example.org",
        "website": "https://fjordby.example.org/sprogcenter",
    },
    "borgerservice": {
        "name": "Borgerservice Fjordby",
        "description": (
            "Borgerservice på rådhuset hjælper med CPR, sundhedskort, MitID, Digital Post, kørekort, "
            "boligstøtte og andre ydelser. Vi vejleder også om opholdstilladelse og forlængelse. "
            "Book tid på hjemmesiden eller kom i den åbne skranke."
        ),
        "email": "borgerservice.fjordby@example.org",
        "website": "https://fjordby.example.org/borgerservice",
    },
    "sundhedsplejen": {
        "name": "Sundhedsplejen Fjordby",
        "description": (
            "Sundhedsplejerskerne besøger familier med nyfødte og små børn og følger børnenes trivsel "
            "og udvikling op til skolealderen. Vi bestiller tolk, når der er brug for det."
        ),
        "email": "sundhedsplejen.fjordby@example.org",
        "website": "https://fjordby.example.org/sundhedsplejen",
    },
    "sundhedshuset": {
        "name": "Sundhedshuset Fjordby",
        "description": (
            "Kommunens sundhedshus samler sundhedskurser, børnetandpleje, hjemmehjælp og pleje af "
            "ældre. Vi hjælper nye borgere med at forstå, hvordan læge, hospital og tolkning fungerer "
            "i Danmark."
        ),
        "email": "sundhedshuset.fjordby@example.org",
        "website": "https://fjordby.example.org/sundhed",
    },
    "boern_familie": {
        "name": "Børn og Familie, Fjordby Kommune",
        "description": (
            "Børn og Familie står for pladsanvisning til dagpleje, vuggestue og børnehave, sprogstøtte "
            "til små børn, familierådgivning og Ungerådgivningen. Vi hjælper også familier, hvor der "
            "er vold eller store konflikter."
        ),
        "email": "boern.familie.fjordby@example.org",
        "website": "https://fjordby.example.org/boern-og-familie",
    },
    "fjordskolen": {
        "name": "Fjordskolen",
        "description": (
            "Fjordskolen er byens største folkeskole med 0.–9. klasse, SFO og kommunens modtageklasser "
            "for børn, der lige er kommet til Danmark."
        ),
        "email": "fjordskolen@example.org",
        "website": "https://fjordskolen.example.org",
    },
    "ungdomsskolen": {
        "name": "Ungdomsskolen Fjordby",
        "description": (
            "Ungdomsskolen har fritidsundervisning, klub og knallertkørekort for unge mellem 10 og 18 år, "
            "og Ungdommens Uddannelsesvejledning hjælper unge med at vælge uddannelse."
        ),
        "email": "ungdomsskolen.fjordby@example.org",
        "website": "https://fjordby.example.org/ungdomsskolen",
    },
    "bibliotek": {
        "name": "Fjordby Bibliotek",
        "description": (
            "Biblioteket er åbent for alle og har bøger på mange sprog, IT-hjælp, lektiecafé, "
            "sprogcafé og skattecafé. Lånerkortet er gratis."
        ),
        "email": "bibliotek.fjordby@example.org",
        "website": "https://bibliotek.fjordby.example.org",
    },
    "kultur_fritid": {
        "name": "Kultur og Fritid, Fjordby Kommune",
        "description": (
            "Kultur og Fritid støtter foreningslivet i Fjordby og giver fritidspas, så børn og unge fra "
            "familier med lav indkomst kan gå til sport, musik eller spejder."
        ),
        "email": "kultur.fritid.fjordby@example.org",
        "website": "https://fjordby.example.org/fritid",
    },
    "roede_kors": {
        "name": "Røde Kors Fjordby",
        "description": (
            "Røde Kors' lokalafdeling i Fjordby har genbrugsbutik, besøgsvenner og førstehjælpskurser. "
            "Over 100 frivillige er med, og der er altid brug for flere."
        ),
        "email": "roedekors.fjordby@example.org",
        "website": "https://roedekors-fjordby.example.org",
    },
    "flygtningevenner": {
        "name": "Flygtningevenner Fjordby",
        "description": (
            "En frivillig forening, der hjælper flygtninge og andre nye borgere i hverdagen: brevhjælp, "
            "ledsagelse til møder og hjælp til at bruge bus og tog. Vi taler dansk, engelsk, arabisk og "
            "tigrinya."
        ),
        "email": "flygtningevenner.fjordby@example.org",
        "website": "https://flygtningevenner-fjordby.example.org",
    },
    "retshjaelpen": {
        "name": "Retshjælpen Fjordby",
        "description": (
            "Gratis juridisk rådgivning ved jurastuderende og frivillige advokater: lejeforhold, arbejde, "
            "forbrugerklager, familieret og udlændingeret som opholdstilladelse, familiesammenføring og "
            "statsborgerskab."
        ),
        "email": "retshjaelpen.fjordby@example.org",
        "website": "https://retshjaelpen-fjordby.example.org",
    },
    "pengevaerkstedet": {
        "name": "Pengeværkstedet Fjordby",
        "description": (
            "Frivillig forening, der giver gratis og anonym gældsrådgivning og holder kurser i budget "
            "og privatøkonomi."
        ),
        "email": "pengevaerkstedet.fjordby@example.org",
        "website": "https://pengevaerkstedet.example.org",
    },
    "sparekasse": {
        "name": "Fjordby Sparekasse",
        "description": (
            "Lokal bank i Fjordby. Vi holder hver måned åben rådgivning for nye borgere om bankkonto, "
            "NemKonto, netbank og MobilePay."
        ),
        "email": "kundeservice.fjordbysparekasse@example.org",
        "website": "https://fjordbysparekasse.example.org",
    },
    "fjordparken": {
        "name": "Boligforeningen Fjordparken",
        "description": (
            "Almen boligforening med 900 lejligheder i Fjordby. Boligsocial rådgiver, venteliste til "
            "boliger, introduktion for nye beboere og cykelværksted i beboerhuset."
        ),
        "email": "fjordparken@example.org",
        "website": "https://fjordparken.example.org",
    },
    "tre_f": {
        "name": "3F Fjordby",
        "description": (
            "Fagforening for faglærte og ufaglærte i bl.a. byggeri, transport, industri, rengøring og "
            "landbrug. Vi rådgiver om løn, kontrakt og arbejdsmiljø og har egen a-kasse."
        ),
        "email": "3f.fjordby@example.org",
        "website": "https://3f-fjordby.example.org",
    },
    "erhvervsservice": {
        "name": "Erhvervsservice Fjordby",
        "description": (
            "Kommunens erhvervsservice giver gratis vejledning til nye iværksættere og virksomheder og "
            "driver netværket International Club Fjordby for udenlandske medarbejdere og deres partnere."
        ),
        "email": "erhverv.fjordby@example.org",
        "website": "https://fjordby.example.org/erhverv",
    },
    "nordfjord": {
        "name": "Nordfjord Fødevarer A/S",
        "description": (
            "Fødevarevirksomhed med 400 ansatte fra over 30 lande. Vi ansætter i produktion, pakkeri og "
            "rengøring og tager imod praktikanter gennem Jobcentret."
        ),
        "email": "job.nordfjord@example.org",
        "website": "https://nordfjord-foedevarer.example.org",
    },
    "fjordby_if": {
        "name": "Fjordby IF",
        "description": (
            "Idrætsforening med fodbold, svømning, cricket og badminton for børn og voksne. "
            "Kontingent kan betales med fritidspas."
        ),
        "email": "fjordbyif@example.org",
        "website": "https://fjordbyif.example.org",
    },
    "kvindernes_hus": {
        "name": "Kvindernes Hus Fjordby",
        "description": (
            "Forening og mødested kun for kvinder: kvindecafé, syværksted og gåture. Her kan kvinder "
            "fra alle lande mødes, få nye veninder og få gode råd."
        ),
        "email": "kvindernes.hus.fjordby@example.org",
        "website": "https://kvindernes-hus-fjordby.example.org",
    },
    "frivilligcenter": {
        "name": "Frivilligcenter Fjordby",
        "description": (
            "Frivilligcentret formidler frivilligt arbejde i byens foreninger og driver Frivillighuset "
            "med Mandeværkstedet, seniorcafé og madlavningshold."
        ),
        "email": "frivilligcenter.fjordby@example.org",
        "website": "https://frivilligcenter-fjordby.example.org",
    },
    "traumecenter": {
        "name": "Traumecentret Vestfjord",
        "description": (
            "Regionens behandlingstilbud til flygtninge med traumer efter krig, tortur og flugt. "
            "Psykolog, læge og fysioterapeut, altid med professionel tolk. Henvisning fra egen læge."
        ),
        "email": "traumecentret.vestfjord@example.org",
        "website": "https://traumecentret-vestfjord.example.org",
    },
    "koereskole": {
        "name": "Fjordby Køreskole",
        "description": (
            "Køreskole med kørekort til bil og trailer. Vores kørelærere taler dansk, engelsk, arabisk og "
            "dari."
        ),
        "email": "fjordby.koereskole@example.org",
        "website": "https://fjordby-koereskole.example.org",
    },
}

# Every service: key, org, name, summary, description, location, languages, groups,
# schedules [(freq, byday, opens, closes, description, valid_from, valid_to)], fee (None = free),
# apply, contact (name, title, email), min_age, max_age.
SERVICES = [
    # -- Jobcenter --------------------------------------------------------------------------
    {
        "key": "jobcafe",
        "org": "jobcenter",
        "name": "Jobcafé",
        "summary": "Hjælp til jobsøgning, CV og ansøgninger – uden tidsbestilling.",
        "description": (
            "I Jobcaféen kan du få hjælp til at skrive dit CV og din ansøgning og til at finde ledige "
            "stillinger på Jobnet. Jobkonsulenter og frivillige sidder klar hver tirsdag og torsdag. "
            "Tag gerne dit CV med på telefonen eller en USB-nøgle. Vi hjælper også med at oprette en "
            "profil på Jobnet og LinkedIn."
        ),
        "location": "jobhuset",
        "languages": ["da", "en", "ar"],
        "groups": ["job-seekers", "newcomers"],
        "schedules": [("WEEKLY", "TU,TH", "13:00", "16:00", "Tirsdag og torsdag kl. 13–16")],
        "contact": ("Lone Kjærgaard", "Jobkonsulent", "jobcafe.fjordby@example.org"),
    },
    {
        "key": "praktik_igu",
        "org": "jobcenter",
        "name": "Virksomhedspraktik og IGU",
        "summary": "Prøv et job i en virksomhed, eller tag en integrationsgrunduddannelse med løn og skole.",
        "description": (
            "Jobcentret hjælper dig med at finde en praktikplads i en lokal virksomhed, så du kan vise, "
            "hvad du kan, og lære dansk på arbejdspladsen. Integrationsgrunduddannelsen (IGU) er et "
            "toårigt forløb for flygtninge og familiesammenførte mellem 18 og 40 år, hvor du får løn og "
            "går i skole på samme tid. Tal med din sagsbehandler eller jobkonsulent om mulighederne."
        ),
        "location": "jobhuset",
        "languages": ["da"],
        "groups": ["refugees", "family-reunified", "job-seekers"],
        "apply": "Aftales med din sagsbehandler i Jobcentret.",
        "contact": ("Karim Haddad", "Virksomhedskonsulent", "praktik.fjordby@example.org"),
        "min_age": 18,
    },
    {
        "key": "uddannelse_vurdering",
        "org": "jobcenter",
        "name": "Få din uddannelse fra hjemlandet vurderet",
        "summary": "Vejledning om anerkendelse af udenlandske eksamensbeviser og dansk autorisation.",
        "description": (
            "Har du en uddannelse fra et andet land, kan du få den vurderet, så arbejdsgivere og skoler "
            "kan se, hvad den svarer til i Danmark. Vi hjælper dig med at søge om en vurdering hos "
            "Uddannelses- og Forskningsstyrelsen og med at få dine papirer oversat. Er du fx læge, "
            "sygeplejerske, tandlæge eller lærer, fortæller vi, hvordan du søger om dansk autorisation. "
            "Book en tid hos en uddannelsesvejleder."
        ),
        "location": "jobhuset",
        "languages": ["da", "en"],
        "groups": ["newcomers", "job-seekers", "labour-migrants"],
        "apply": "Book tid hos en uddannelsesvejleder på e-mail.",
        "contact": ("Birgitte Holm", "Uddannelsesvejleder", "uddannelse.fjordby@example.org"),
    },
    {
        "key": "brancheforloeb",
        "org": "jobcenter",
        "name": "Brancheforløb: lager og truckcertifikat",
        "summary": "Otte ugers forløb med fagdansk, truckcertifikat og praktik i en lagervirksomhed.",
        "description": (
            "Forløbet er for ledige, der gerne vil arbejde på lager eller i transport. Du tager "
            "truckcertifikat, lærer fagord på dansk og kommer i praktik hos en lokal virksomhed. "
            "Mange får job bagefter. Jobcentret betaler forløbet, hvis du er tilmeldt som ledig."
        ),
        "location": "jobhuset",
        "languages": ["da"],
        "groups": ["job-seekers"],
        "apply": "Tilmelding gennem din jobkonsulent.",
        "contact": ("Karim Haddad", "Virksomhedskonsulent", "praktik.fjordby@example.org"),
    },
    {
        "key": "program",
        "org": "jobcenter",
        "name": "Selvforsørgelses- og introduktionsprogram",
        "summary": "Dit program de første år: sagsbehandler, danskundervisning og vej til job.",
        "description": (
            "Når du kommer til Fjordby som flygtning eller familiesammenført, får du en sagsbehandler i "
            "Jobcentret. Sammen laver I en plan for dine første år med danskundervisning, praktik og job. "
            "Sagsbehandleren fortæller også om integrationsydelse og om dine rettigheder og pligter. "
            "Du får et brev i Digital Post om dit første møde."
        ),
        "location": "jobhuset",
        "languages": ["da"],
        "groups": ["refugees", "family-reunified", "newcomers"],
        "contact": ("Hanne Bech", "Teamleder, integration", "integration.fjordby@example.org"),
    },
    # -- Sprogcenter ------------------------------------------------------------------------
    {
        "key": "danskuddannelse",
        "org": "sprogcenter",
        "name": "Danskuddannelse 1, 2 og 3",
        "summary": "Danskundervisning for voksne udlændinge – om dagen, om aftenen og online.",
        "description": (
            "Sprogcenter Fjordby tilbyder Danskuddannelse 1, 2 og 3 for voksne, der har fået "
            "opholdstilladelse eller arbejder i Danmark. Du begynder på det niveau, der passer til din "
            "skolebaggrund, og kan gå til Prøve i Dansk 1, 2 eller 3 og Studieprøven. Der er hold om "
            "dagen, om aftenen og online, så du kan lære dansk ved siden af arbejdet."
        ),
        "location": "sprogcenter",
        "languages": ["da"],
        "groups": ["newcomers", "refugees", "family-reunified", "labour-migrants"],
        "schedules": [
            ("WEEKLY", "MO,TU,WE,TH", "08:30", "12:00", "Dagundervisning mandag til torsdag"),
            ("WEEKLY", "MO,WE", "17:00", "20:00", "Aftenhold mandag og onsdag"),
        ],
        "apply": "Tilmelding gennem Jobcentret eller på sprogcentrets hjemmeside.",
        "contact": ("Sofie Dam", "Studievejleder", "sprogcenter.fjordby@example.org"),
    },
    {
        "key": "dansk_medarbejdere",
        "org": "sprogcenter",
        "name": "Dansk på aftenhold for udenlandske medarbejdere",
        "summary": "For dig, der arbejder i Danmark og vil lære dansk efter arbejdstid.",
        "description": (
            "Holdet er for udenlandske arbejdstagere, EU-borgere og medfølgende ægtefæller, der har brug "
            "for dansk i hverdagen og på jobbet. Undervisningen foregår to aftener om ugen og på en "
            "online platform. Der er et depositum på 2.000 kr., som du får tilbage, når du har "
            "gennemført modulerne."
        ),
        "location": "sprogcenter",
        "languages": ["da", "en"],
        "groups": ["labour-migrants"],
        "schedules": [("WEEKLY", "TU,TH", "18:00", "21:00", "Tirsdag og torsdag aften")],
        "fee": "Depositum 2.000 kr.",
        "contact": ("Sofie Dam", "Studievejleder", "sprogcenter.fjordby@example.org"),
    },
    {
        "key": "indfoedsret",
        "org": "sprogcenter",
        "name": "Forberedelse til indfødsretsprøven og medborgerskabsprøven",
        "summary": "Kursus om dansk historie, samfund og demokrati før prøven til statsborgerskab.",
        "description": (
            "Vil du søge om dansk statsborgerskab eller permanent opholdstilladelse, skal du bestå en "
            "prøve om Danmark. På kurset gennemgår vi læsematerialet, taler om demokrati, historie og "
            "kultur og øver med gamle prøver. Kurset har 10 gange og slutter før prøverne i juni og "
            "november. Du tilmelder dig selv prøven hos Uddannelses- og Forskningsstyrelsen."
        ),
        "location": "sprogcenter",
        "languages": ["da"],
        "groups": ["newcomers", "refugees", "family-reunified"],
        "schedules": [("WEEKLY", "WE", "18:00", "20:30", "Onsdag aften, 10 gange")],
        "fee": "450 kr. for hele kurset",
        "contact": ("Peter Vinther", "Underviser", "indfoedsret.fjordby@example.org"),
    },
    # -- Borgerservice ----------------------------------------------------------------------
    {
        "key": "mitid",
        "org": "borgerservice",
        "name": "MitID og Digital Post",
        "summary": "Få hjælp til at oprette MitID og læse dine breve fra myndighederne.",
        "description": (
            "I Borgerservice kan du få MitID, når du har et CPR-nummer og gyldigt pas eller opholdskort. "
            "Vi viser dig, hvordan du bruger MitID-appen, og hvor du finder dine breve i Digital Post på "
            "borger.dk eller i appen. Tjek Digital Post ofte – breve fra kommunen, Udbetaling Danmark og "
            "Skattestyrelsen kommer kun der. Book tid, og tag pas og opholdskort med."
        ),
        "location": "raadhus",
        "languages": ["da", "en"],
        "groups": ["newcomers", "everyone"],
        "schedules": [("WEEKLY", "MO,TU,WE,TH,FR", "10:00", "15:00", "Hverdage kl. 10–15, book tid")],
        "contact": ("Jette Winther", "Borgerservicemedarbejder", "borgerservice.fjordby@example.org"),
    },
    {
        "key": "opholdstilladelse",
        "org": "borgerservice",
        "name": "Vejledning om opholdstilladelse og forlængelse",
        "summary": "Hjælp til at forstå reglerne og søge om forlængelse af din opholdstilladelse i tide.",
        "description": (
            "Udløber din opholdstilladelse snart? Borgerservice hjælper dig med at finde det rigtige "
            "ansøgningsskema på nyidanmark.dk, betale gebyret og bestille tid til biometri (foto og "
            "fingeraftryk). Vi afgør ikke sagen – det gør Udlændingestyrelsen og SIRI – men vi hjælper dig "
            "med at sende ansøgningen rigtigt og i tide. Søg, før din nuværende tilladelse udløber."
        ),
        "location": "raadhus",
        "languages": ["da", "en"],
        "groups": ["refugees", "family-reunified", "labour-migrants", "newcomers"],
        "apply": "Book tid i Borgerservice.",
        "contact": ("Jette Winther", "Borgerservicemedarbejder", "borgerservice.fjordby@example.org"),
    },
    {
        "key": "cpr_sundhedskort",
        "org": "borgerservice",
        "name": "CPR-nummer, sundhedskort og valg af læge",
        "summary": "Bliv registreret i CPR, få det gule sundhedskort og vælg din egen læge.",
        "description": (
            "Når du flytter til Fjordby, skal du registreres i CPR i Borgerservice. Her får du også dit "
            "sundhedskort og vælger en praktiserende læge, som du skal kontakte, når du bliver syg. "
            "Du kan også skifte læge eller melde flytning hos os. Tag pas, opholdstilladelse og "
            "lejekontrakt med."
        ),
        "location": "raadhus",
        "languages": ["da", "en"],
        "groups": ["newcomers", "labour-migrants"],
        "contact": ("Jette Winther", "Borgerservicemedarbejder", "borgerservice.fjordby@example.org"),
    },
    {
        "key": "boligstoette",
        "org": "borgerservice",
        "name": "Boligstøtte, børneydelse og pension – hjælp til ansøgning",
        "summary": "Hjælp til at søge boligstøtte og andre ydelser fra Udbetaling Danmark.",
        "description": (
            "Mange med lav indkomst kan få boligstøtte til huslejen. Borgerservice hjælper dig med at "
            "søge på borger.dk og forklarer, hvilke papirer du skal bruge. Vi hjælper også med ansøgning "
            "om børne- og ungeydelse, børnetilskud og folkepension. Husk at give besked, hvis din "
            "indkomst eller din husstand ændrer sig."
        ),
        "location": "raadhus",
        "languages": ["da", "en"],
        "groups": ["everyone", "parents", "seniors"],
        "contact": ("Anders Møller", "Ydelsesrådgiver", "ydelser.fjordby@example.org"),
    },
    {
        "key": "indskudslaan",
        "org": "borgerservice",
        "name": "Indskudslån til ny bolig",
        "summary": "Rentefrit lån fra kommunen til indskud, når du flytter ind i en almen bolig.",
        "description": (
            "Skal du flytte ind i en almen bolig og har ikke råd til indskuddet, kan du søge kommunen om "
            "et indskudslån. Lånet er rentefrit, og du betaler det tilbage over nogle år. Du skal søge, "
            "før du skriver under på lejekontrakten. Spørg i Borgerservice, om du opfylder betingelserne."
        ),
        "location": "raadhus",
        "languages": ["da"],
        "groups": ["everyone"],
        "apply": "Søg på kommunens hjemmeside med MitID, før du underskriver lejekontrakten.",
        "contact": ("Anders Møller", "Ydelsesrådgiver", "ydelser.fjordby@example.org"),
    },
    {
        "key": "koerekort_ombytning",
        "org": "borgerservice",
        "name": "Ombytning af udenlandsk kørekort",
        "summary": "Byt dit kørekort fra hjemlandet til et dansk kørekort.",
        "description": (
            "Har du et kørekort fra et land uden for EU, skal du som regel bytte det til et dansk "
            "kørekort senest 90 dage efter, at du har fået bopæl i Danmark. For nogle lande skal du også "
            "bestå en køreprøve. Borgerservice fortæller, hvilke regler der gælder for dit land, og "
            "hjælper med ansøgningen og lægeattesten. Tag kørekort, pas og et nyt foto med."
        ),
        "location": "raadhus",
        "languages": ["da", "en"],
        "groups": ["newcomers", "labour-migrants"],
        "fee": "Gebyr efter gældende takst",
        "contact": ("Jette Winther", "Borgerservicemedarbejder", "borgerservice.fjordby@example.org"),
    },
    {
        "key": "tandlaege_voksne",
        "org": "borgerservice",
        "name": "Hjælp til tandlægeregningen for voksne",
        "summary": "Tilskud til tandbehandling, hvis du har lav indkomst.",
        "description": (
            "Tandlægebesøg for voksne koster penge i Danmark. Har du lav indkomst, kan du søge kommunen "
            "om hjælp til tandbehandling, før behandlingen begynder. Tag et prisoverslag fra tandlægen "
            "med, når du søger. Er du pensionist, kan du måske få helbredstillæg."
        ),
        "location": "raadhus",
        "languages": ["da"],
        "groups": ["everyone", "seniors"],
        "apply": "Søg før behandlingen med prisoverslag fra tandlægen.",
        "contact": ("Anders Møller", "Ydelsesrådgiver", "ydelser.fjordby@example.org"),
    },
    # -- Sundhedsplejen ---------------------------------------------------------------------
    {
        "key": "sundhedsplejerske",
        "org": "sundhedsplejen",
        "name": "Sundhedsplejerske til familier med nyfødte",
        "summary": "Gratis hjemmebesøg af en sundhedsplejerske, når du har fået et barn.",
        "description": (
            "Når du har født, kommer sundhedsplejersken hjem til dig og ser til dig og barnet. Hun vejer "
            "og måler barnet, taler om amning, søvn og mad og svarer på dine spørgsmål. Har I brug for "
            "tolk, bestiller sundhedsplejersken en. Du bliver kontaktet af os, når barnet er født."
        ),
        "location": "sundhedshuset",
        "languages": ["da", "en"],
        "groups": ["parents", "children"],
        "contact": ("Maria Krogh", "Sundhedsplejerske", "sundhedsplejen.fjordby@example.org"),
        "max_age": 1,
    },
    {
        "key": "babycafe",
        "org": "sundhedsplejen",
        "name": "Babycafé",
        "summary": "Mød andre forældre med små børn, og få en snak med sundhedsplejersken.",
        "description": (
            "Hver onsdag formiddag er der åben babycafé på biblioteket. Her kan du møde andre mødre og "
            "fædre, få vejet dit barn og spørge sundhedsplejersken om amning, søvn og gråd. Der er kaffe "
            "og te, og du skal ikke tilmelde dig. Søskende under 3 år er også velkomne."
        ),
        "location": "bibliotek",
        "languages": ["da", "en"],
        "groups": ["parents", "children", "women"],
        "schedules": [("WEEKLY", "WE", "09:30", "11:30", "Onsdag formiddag")],
        "contact": ("Maria Krogh", "Sundhedsplejerske", "sundhedsplejen.fjordby@example.org"),
    },
    # -- Sundhedshuset ----------------------------------------------------------------------
    {
        "key": "sundhedsvaesenet",
        "org": "sundhedshuset",
        "name": "Sådan bruger du sundhedsvæsenet",
        "summary": "Kursus om egen læge, lægevagt, 112, apotek og hospital – med tolk.",
        "description": (
            "På fire korte møder lærer du, hvordan det danske sundhedsvæsen fungerer. Vi taler om, "
            "hvornår du skal ringe til din egen læge, lægevagten eller 112, hvordan du får medicin på "
            "apoteket, og hvad sundhedskortet giver dig ret til. Undervisningen er på let dansk med tolk "
            "på arabisk, tigrinya, somali, dari og ukrainsk. Det er gratis, og der er kaffe og frugt."
        ),
        "location": "sundhedshuset",
        "languages": ["da", "ar", "ti", "so", "prs", "uk"],
        "groups": ["newcomers", "refugees"],
        "schedules": [("WEEKLY", "TU", "10:00", "12:00", "Tirsdag formiddag, fire gange")],
        "contact": ("Ahmed Yusuf", "Sundhedsformidler", "sundhed.fjordby@example.org"),
    },
    {
        "key": "tolkebistand",
        "org": "sundhedshuset",
        "name": "Tolk hos læge og på hospitalet",
        "summary": "Sådan får du tolk, når du skal til læge, speciallæge eller på hospitalet.",
        "description": (
            "Har du brug for tolk hos lægen eller på hospitalet, skal du sige det, når du bestiller tid – "
            "så bestiller lægen tolken. Har du boet i Danmark i mere end tre år, skal du selv betale et "
            "tolkegebyr, medmindre du er fritaget. I Sundhedshuset kan du få forklaret reglerne og få "
            "hjælp til at søge om fritagelse for gebyret."
        ),
        "location": "sundhedshuset",
        "languages": ["da", "en", "ar"],
        "groups": ["newcomers", "everyone"],
        "contact": ("Ahmed Yusuf", "Sundhedsformidler", "sundhed.fjordby@example.org"),
    },
    {
        "key": "diabetesskole",
        "org": "sundhedshuset",
        "name": "Diabetesskole på flere sprog",
        "summary": "Lær at leve godt med type 2-diabetes: mad, motion og medicin.",
        "description": (
            "Holdet er for voksne med type 2-diabetes eller forhøjet blodsukker. En sygeplejerske og en "
            "diætist fortæller om mad, motion og medicin, og sammen laver I en plan, der passer til din "
            "hverdag. Der er tolk på arabisk, somali og urdu. Din læge kan henvise dig, eller du kan selv "
            "kontakte os."
        ),
        "location": "sundhedshuset",
        "languages": ["da", "ar", "so", "ur"],
        "groups": ["everyone"],
        "schedules": [("WEEKLY", "TH", "13:00", "15:00", "Torsdag eftermiddag, seks gange")],
        "contact": ("Line Søgaard", "Sygeplejerske", "sundhed.fjordby@example.org"),
    },
    {
        "key": "boernetandpleje",
        "org": "sundhedshuset",
        "name": "Børne- og Ungdomstandplejen",
        "summary": "Gratis tandpleje for alle børn og unge under 18 år.",
        "description": (
            "Alle børn og unge under 18 år, der bor i Fjordby, får gratis tandpleje i kommunens "
            "tandklinikker. Barnet bliver indkaldt til undersøgelse, og brevet kommer i forældrenes "
            "Digital Post. Er I lige flyttet hertil, skal I selv kontakte klinikken, så jeres barn bliver "
            "skrevet op. Har barnet tandpine, kan I ringe og få en tid samme dag."
        ),
        "location": "tandklinik",
        "languages": ["da"],
        "groups": ["children", "youth", "parents"],
        "schedules": [("WEEKLY", "MO,TU,WE,TH,FR", "08:00", "15:00", "Hverdage kl. 8–15")],
        "contact": ("Rikke Lauridsen", "Klinikassistent", "tandplejen.fjordby@example.org"),
        "max_age": 17,
    },
    {
        "key": "hjemmehjaelp",
        "org": "sundhedshuset",
        "name": "Hjemmehjælp og pleje for ældre",
        "summary": "Søg om hjælp i hjemmet, hjælpemidler eller plads på plejehjem.",
        "description": (
            "Har du eller dine forældre svært ved at klare rengøring, bad eller indkøb, kan I søge om "
            "hjemmehjælp hos kommunen. En visitator kommer på besøg og vurderer, hvilken hjælp der er "
            "brug for. Vi hjælper også med hjælpemidler som rollator og badebænk og med at søge plads på "
            "plejehjem. Der kan være tolk med til besøget."
        ),
        "location": "sundhedshuset",
        "languages": ["da"],
        "groups": ["seniors"],
        "contact": ("Gitte Nørgaard", "Visitator", "visitation.fjordby@example.org"),
    },
    # -- Traumecentret ------------------------------------------------------------------------
    {
        "key": "traumebehandling",
        "org": "traumecenter",
        "name": "Behandling for traumer og PTSD",
        "summary": "Psykologisk behandling for flygtninge med traumer efter krig og flugt.",
        "description": (
            "Traumecentret Vestfjord behandler voksne flygtninge, der har mareridt, søvnproblemer, angst "
            "eller smerter efter krig, tortur eller flugt. Behandlingen består af samtaler med psykolog "
            "og læge, fysioterapi og støtte til familien. Du skal henvises af din egen læge. Samtalerne "
            "foregår med professionel tolk."
        ),
        "location": "traumecenter",
        "languages": ["da", "en"],
        "groups": ["refugees"],
        "apply": "Henvisning fra egen læge.",
        "contact": ("Jonas Friis", "Psykolog", "traumecentret.vestfjord@example.org"),
        "min_age": 18,
    },
    {
        "key": "mandegruppe",
        "org": "traumecenter",
        "name": "Mandegruppen: stress, søvn og bekymringer",
        "summary": "Samtalegruppe for mænd, der har det svært efter flugten.",
        "description": (
            "I gruppen mødes 6–8 mænd med en psykolog og en tolk og taler om stress, søvn, vrede og "
            "bekymringer for familien. Mange oplever, at det hjælper at høre, at andre har det på samme "
            "måde. Gruppen mødes otte gange, og det er gratis. Du kan selv melde dig, eller din "
            "sagsbehandler kan henvise dig."
        ),
        "location": "traumecenter",
        "languages": ["ar", "prs", "ti"],
        "groups": ["refugees"],
        "schedules": [("WEEKLY", "TH", "14:00", "16:00", "Torsdag eftermiddag, otte gange")],
        "contact": ("Jonas Friis", "Psykolog", "traumecentret.vestfjord@example.org"),
        "min_age": 18,
    },
    # -- Børn og Familie --------------------------------------------------------------------
    {
        "key": "pladsanvisning",
        "org": "boern_familie",
        "name": "Pladsanvisningen: dagpleje, vuggestue og børnehave",
        "summary": "Skriv dit barn op til et dagtilbud, og søg om økonomisk friplads.",
        "description": (
            "Alle børn i Fjordby kan få plads i dagpleje, vuggestue eller børnehave, fra de er 26 uger. "
            "Du skriver barnet op på kommunens hjemmeside med MitID, og det er en god idé at gøre det i "
            "god tid. Har du lav indkomst, kan du søge om økonomisk fripladstilskud, så du betaler "
            "mindre. Pladsanvisningen hjælper dig også i telefonen eller på rådhuset."
        ),
        "location": "raadhus",
        "languages": ["da", "en"],
        "groups": ["parents", "children"],
        "contact": ("Susanne Kirk", "Pladsanviser", "pladsanvisning.fjordby@example.org"),
        "max_age": 6,
    },
    {
        "key": "sprogstoette",
        "org": "boern_familie",
        "name": "Sprogstøtte til tosprogede børn",
        "summary": "Ekstra hjælp til dansk for børn fra 3 år – i børnehaven eller i sprogstimulering.",
        "description": (
            "Når dit barn er omkring 3 år, laver børnehaven en sprogvurdering. Har barnet brug for det, "
            "får det sprogstøtte i små grupper med leg, sange og bøger. Går dit barn ikke i børnehave, "
            "tilbyder kommunen sprogstimulering 15 timer om ugen. Vi vejleder også forældre om at tale "
            "modersmålet derhjemme og samtidig støtte barnets dansk."
        ),
        "location": "raadhus",
        "languages": ["da"],
        "groups": ["children", "parents"],
        "contact": ("Nadia Rasmussen", "Talepædagog", "sprog.boern.fjordby@example.org"),
        "min_age": 3,
        "max_age": 6,
    },
    {
        "key": "familieraadgivning",
        "org": "boern_familie",
        "name": "Familierådgivningen",
        "summary": "Gratis og anonym rådgivning om konflikter, skilsmisse og bekymringer for børn.",
        "description": (
            "Har I konflikter i familien, er I bekymrede for et barn, eller overvejer I skilsmisse, kan "
            "I tale med en familierådgiver. Rådgivningen er gratis, og du kan være anonym. Vi taler også "
            "om samvær, børnebidrag og om at opdrage børn i Danmark, når man selv er vokset op i et andet "
            "land. Vi kan bestille tolk."
        ),
        "location": "raadhus",
        "languages": ["da", "en"],
        "groups": ["parents"],
        "schedules": [("WEEKLY", "TU", "15:00", "18:00", "Åben rådgivning tirsdag eftermiddag")],
        "contact": ("Thomas Egeberg", "Familierådgiver", "familieraadgivning.fjordby@example.org"),
    },
    {
        "key": "vold",
        "org": "boern_familie",
        "name": "Hjælp ved vold i familien",
        "summary": "Rådgivning og krisecenter, hvis du eller dine børn bliver udsat for vold.",
        "description": (
            "Bliver du slået, truet eller kontrolleret af en kæreste, ægtefælle eller din familie, kan du "
            "få hjælp. Du kan ringe anonymt til kommunens rådgiver og få hjælp til at komme på "
            "krisecenter, også sammen med dine børn. Vi hjælper dig med juridisk rådgivning, hvis du er "
            "bekymret for din opholdstilladelse. Er du i akut fare, så ring 112."
        ),
        "location": "raadhus",
        "languages": ["da", "en"],
        "groups": ["women", "parents", "family-reunified"],
        "contact": ("Thomas Egeberg", "Familierådgiver", "familieraadgivning.fjordby@example.org"),
    },
    {
        "key": "ungeraadgivning",
        "org": "boern_familie",
        "name": "Ungerådgivningen",
        "summary": "Anonym snak for unge mellem 12 og 25 år om alt det, der er svært.",
        "description": (
            "Har du det svært med skolen, familien, kærester, ensomhed eller tanker, der fylder meget? I "
            "Ungerådgivningen kan du tale med en voksen, der lytter. Du kan være anonym, og du behøver "
            "ikke en aftale – kom forbi, eller skriv i chatten. Vi taler dansk og engelsk og kan skaffe "
            "en tolk."
        ),
        "location": "pakhuset",
        "languages": ["da", "en"],
        "groups": ["youth"],
        "schedules": [("WEEKLY", "MO,TH", "15:00", "18:00", "Mandag og torsdag kl. 15–18")],
        "contact": ("Camilla Bruun", "Ungerådgiver", "ungeraadgivningen.fjordby@example.org"),
        "min_age": 12,
        "max_age": 25,
    },
    {
        "key": "foraeldrekursus",
        "org": "boern_familie",
        "name": "Forældrekursus: at være forælder i Danmark",
        "summary": "Seks aftener om opdragelse, skole, fritid og pubertet i et nyt land.",
        "description": (
            "Kurset er for forældre, der er kommet til Danmark som voksne. Vi taler om, hvad skolen og "
            "børnehaven forventer af forældre, om grænser, skærmtid og pubertet, og om at opdrage børn "
            "mellem to kulturer. Der er tolk på arabisk, somali og tigrinya, og der er børnepasning."
        ),
        "location": "frivillighuset",
        "languages": ["da", "ar", "so", "ti"],
        "groups": ["parents", "refugees", "family-reunified"],
        "schedules": [("WEEKLY", "MO", "18:00", "20:30", "Mandag aften, seks gange")],
        "apply": "Tilmelding hos Familierådgivningen.",
        "contact": ("Thomas Egeberg", "Familierådgiver", "familieraadgivning.fjordby@example.org"),
    },
    # -- Fjordskolen --------------------------------------------------------------------------
    {
        "key": "modtageklasse",
        "org": "fjordskolen",
        "name": "Modtageklasse for nyankomne skolebørn",
        "summary": "Skolestart for børn, der lige er kommet til Danmark og ikke taler dansk endnu.",
        "description": (
            "Børn mellem 6 og 16 år, der ikke taler dansk endnu, begynder i modtageklassen på "
            "Fjordskolen. Her lærer de dansk og de vigtigste fag og er med i en almindelig klasse i fx "
            "idræt og musik. Efter højst to år skifter de til en almindelig klasse. Du skriver dit barn "
            "ind i skolen på skolens kontor eller i skoleafdelingen på rådhuset."
        ),
        "location": "fjordskolen",
        "languages": ["da"],
        "groups": ["children", "newcomers"],
        "contact": ("Henrik Lund", "Afdelingsleder", "fjordskolen@example.org"),
        "min_age": 6,
        "max_age": 16,
    },
    {
        "key": "aula",
        "org": "fjordskolen",
        "name": "Forældreintro: skolen, SFO og Aula",
        "summary": "Lær, hvordan skolen fungerer, og hvordan du bruger Aula-appen.",
        "description": (
            "Ved skolestart inviterer Fjordskolen nye forældre til et møde om skolens hverdag, SFO, "
            "madpakker, ture og forældremøder. Vi viser dig Aula – appen, hvor skolen sender beskeder, og "
            "hvor du melder dit barn sygt. Der er tolk, og du må gerne tage et familiemedlem med. Mødet "
            "holdes i august og januar."
        ),
        "location": "fjordskolen",
        "languages": ["da", "ar", "uk", "ti"],
        "groups": ["parents"],
        "contact": ("Henrik Lund", "Afdelingsleder", "fjordskolen@example.org"),
    },
    # -- Ungdomsskolen --------------------------------------------------------------------------
    {
        "key": "introhold_unge",
        "org": "ungdomsskolen",
        "name": "Introhold for nye unge",
        "summary": "Fritidshold for unge, der er nye i Danmark: dansk, venner og aktiviteter.",
        "description": (
            "Er du mellem 14 og 17 år og ny i Danmark? På introholdet møder du andre unge, øver dansk og "
            "prøver ting som klatring, madlavning, film og ture. Holdet mødes to eftermiddage om ugen i "
            "Pakhuset, og det er gratis. Mange fortsætter bagefter på Ungdomsskolens andre hold."
        ),
        "location": "pakhuset",
        "languages": ["da", "en"],
        "groups": ["youth", "newcomers"],
        "schedules": [("WEEKLY", "MO,WE", "15:00", "17:30", "Mandag og onsdag eftermiddag")],
        "contact": ("Mikkel Storm", "Ungdomsskolelærer", "ungdomsskolen.fjordby@example.org"),
        "min_age": 14,
        "max_age": 17,
    },
    {
        "key": "juniorklub",
        "org": "ungdomsskolen",
        "name": "Juniorklubben",
        "summary": "Klub for 10–14-årige efter skole: spil, sport, madlavning og ture.",
        "description": (
            "I Juniorklubben kan du hænge ud med vennerne efter skole, spille bordtennis og "
            "computerspil, lave mad og tage på ture. Der er altid voksne til stede. Klubben koster "
            "150 kr. om måneden, og det kan betales med fritidspas."
        ),
        "location": "pakhuset",
        "languages": ["da"],
        "groups": ["children", "youth"],
        "schedules": [("WEEKLY", "MO,TU,WE,TH", "14:00", "18:00", "Mandag til torsdag efter skole")],
        "fee": "150 kr. om måneden",
        "contact": ("Mikkel Storm", "Klubleder", "juniorklubben.fjordby@example.org"),
        "min_age": 10,
        "max_age": 14,
    },
    {
        "key": "knallert",
        "org": "ungdomsskolen",
        "name": "Knallertkørekort",
        "summary": "Tag kørekort til lille knallert (AM) gennem Ungdomsskolen.",
        "description": (
            "Er du fyldt 15 år, kan du tage knallertkørekort hos Ungdomsskolen. Du får teoriundervisning "
            "og køretimer og går op til teoriprøve og køreprøve. Det er billigere end hos en køreskole, "
            "og forældre skal give samtykke."
        ),
        "location": "pakhuset",
        "languages": ["da"],
        "groups": ["youth"],
        "fee": "1.500 kr.",
        "contact": ("Mikkel Storm", "Ungdomsskolelærer", "ungdomsskolen.fjordby@example.org"),
        "min_age": 15,
        "max_age": 17,
    },
    {
        "key": "uu",
        "org": "ungdomsskolen",
        "name": "Ungdommens Uddannelsesvejledning",
        "summary": "Hvad skal jeg efter 9. klasse? Få hjælp til at vælge uddannelse.",
        "description": (
            "Uddannelsesvejlederne hjælper unge under 25 år med at vælge ungdomsuddannelse, fx "
            "gymnasium, erhvervsuddannelse eller FGU. Er du kommet til Danmark som teenager, hjælper vi "
            "dig med at finde en vej, selv om dit dansk ikke er perfekt endnu. Forældre er velkomne til "
            "samtalen."
        ),
        "location": "pakhuset",
        "languages": ["da", "en"],
        "groups": ["youth"],
        "contact": ("Eva Toft", "Uddannelsesvejleder", "uu.fjordby@example.org"),
        "min_age": 13,
        "max_age": 24,
    },
    # -- Bibliotek --------------------------------------------------------------------------
    {
        "key": "it_hjaelp",
        "org": "bibliotek",
        "name": "IT-hjælp",
        "summary": "Drop-in hjælp til computer, telefon, e-mail og selvbetjening.",
        "description": (
            "Skal du bruge hjælp til at logge på borger.dk, finde Digital Post, sende en e-mail, scanne "
            "et dokument eller printe? Frivillige og bibliotekarer hjælper hver mandag og torsdag. Du kan "
            "også få hjælp til at hente apps som MitID, Aula og MobilePay. Tag din egen telefon eller "
            "computer med, eller brug bibliotekets."
        ),
        "location": "bibliotek",
        "languages": ["da", "en", "ar"],
        "groups": ["everyone", "seniors"],
        "schedules": [("WEEKLY", "MO,TH", "14:00", "16:00", "Mandag og torsdag kl. 14–16")],
        "contact": ("Ole Brandt", "Bibliotekar", "bibliotek.fjordby@example.org"),
    },
    {
        "key": "lektiecafe",
        "org": "bibliotek",
        "name": "Lektiecafé",
        "summary": "Gratis lektiehjælp til skolebørn i 4.–10. klasse.",
        "description": (
            "Frivillige lektiehjælpere, bl.a. gymnasieelever og pensionerede lærere, hjælper med "
            "matematik, dansk, engelsk og projekter. Der er frugt og saft, og du skal ikke tilmelde dig."
        ),
        "location": "bibliotek",
        "languages": ["da", "en"],
        "groups": ["children", "youth"],
        "schedules": [("WEEKLY", "TU,WE", "15:00", "17:00", "Tirsdag og onsdag kl. 15–17")],
        "contact": ("Ole Brandt", "Bibliotekar", "bibliotek.fjordby@example.org"),
    },
    {
        "key": "sprogcafe",
        "org": "bibliotek",
        "name": "Sprogcafé",
        "summary": "Øv dansk over en kop kaffe med frivillige.",
        "description": (
            "I sprogcaféen sidder frivillige klar til at snakke dansk med dig om alt fra vejret til "
            "arbejde og børn. Alle niveauer er velkomne, og du kan komme og gå, som det passer dig."
        ),
        "location": "bibliotek",
        "languages": ["da"],
        "groups": ["newcomers", "everyone"],
        "schedules": [("WEEKLY", "TH", "16:30", "18:00", "Torsdag kl. 16.30–18")],
        "contact": ("Ole Brandt", "Bibliotekar", "bibliotek.fjordby@example.org"),
    },
    {
        "key": "skattecafe",
        "org": "bibliotek",
        "name": "Skattecafé",
        "summary": "Frivillige hjælper med forskudsopgørelse, årsopgørelse og fradrag.",
        "description": (
            "Fra februar til maj holder biblioteket skattecafé sammen med frivillige fra Frivilligcenter "
            "Fjordby. Du kan få hjælp til at forstå din årsopgørelse, rette din forskudsopgørelse, så du "
            "undgår restskat, og finde de fradrag, du har ret til, fx kørselsfradrag. Tag MitID og dine "
            "lønsedler med. Vi viser dig, hvordan du selv gør på skat.dk."
        ),
        "location": "bibliotek",
        "languages": ["da", "en", "ar"],
        "groups": ["everyone", "labour-migrants"],
        "schedules": [
            (
                "WEEKLY",
                "WE",
                "16:00",
                "18:00",
                "Onsdag kl. 16–18 fra februar til maj",
                "2027-02-01",
                "2027-05-31",
            )
        ],
        "contact": ("Ole Brandt", "Bibliotekar", "bibliotek.fjordby@example.org"),
    },
    {
        "key": "boeger",
        "org": "bibliotek",
        "name": "Bøger, film og aviser på dit eget sprog",
        "summary": "Lån bøger på arabisk, ukrainsk, somali, tigrinya, farsi og mange andre sprog.",
        "description": (
            "Biblioteket har bøger, lydbøger og film på over 20 sprog, og vi kan låne flere hjem fra andre "
            "biblioteker. Med lånerkortet kan du også læse aviser fra hele verden gratis i en app. "
            "Lånerkortet er gratis – du skal bare have et CPR-nummer. Spørg personalet, hvis du ikke kan "
            "finde noget på dit sprog."
        ),
        "location": "bibliotek",
        "languages": ["da", "ar", "uk", "so", "ti", "fa"],
        "groups": ["everyone"],
        "contact": ("Ole Brandt", "Bibliotekar", "bibliotek.fjordby@example.org"),
    },
    {
        "key": "fortaellestund",
        "org": "bibliotek",
        "name": "Fortællestund på flere sprog",
        "summary": "Højtlæsning og sange for børn fra 3 til 7 år på arabisk, ukrainsk og dansk.",
        "description": (
            "Den første lørdag i måneden læser frivillige historier højt og synger med børnene – skiftevis "
            "på arabisk, ukrainsk og dansk. Forældre og søskende er velkomne, og bagefter kan I låne "
            "billedbøger med hjem."
        ),
        "location": "bibliotek",
        "languages": ["da", "ar", "uk"],
        "groups": ["children", "parents"],
        "schedules": [("MONTHLY", "1SA", "10:30", "11:15", "Første lørdag i måneden")],
        "contact": ("Olena Petrenko", "Frivillig", "bibliotek.fjordby@example.org"),
        "min_age": 3,
        "max_age": 7,
    },
    # -- Kultur og Fritid ---------------------------------------------------------------------
    {
        "key": "fritidspas",
        "org": "kultur_fritid",
        "name": "Fritidspas",
        "summary": "Tilskud til kontingent, så dit barn kan gå til sport, musik eller spejder.",
        "description": (
            "Med et fritidspas kan børn og unge mellem 6 og 17 år få betalt kontingentet til en forening, "
            "fx fodbold, svømning, dans eller spejder, i op til et år. En fritidsguide hjælper jer med at "
            "finde en forening, går med første gang og hjælper med udstyr. Fritidspasset er for familier "
            "med lav indkomst og familier, der er nye i Danmark."
        ),
        "location": "raadhus",
        "languages": ["da", "en"],
        "groups": ["children", "youth", "parents"],
        "apply": "Kontakt Kultur og Fritid, eller spørg din sagsbehandler.",
        "contact": ("Jakob Kristensen", "Fritidsguide", "fritidspas.fjordby@example.org"),
        "min_age": 6,
        "max_age": 17,
    },
    # -- Røde Kors ----------------------------------------------------------------------------
    {
        "key": "besoegsven",
        "org": "roede_kors",
        "name": "Besøgsven",
        "summary": "En frivillig kommer på besøg, går en tur eller drikker kaffe med dig.",
        "description": (
            "Føler du dig ensom, eller kender du en ældre, der sidder meget alene? En besøgsven fra Røde "
            "Kors kommer fast hver eller hver anden uge og hygger, går tur eller tager med til en "
            "aktivitet. Vi har også besøgsvenner, der taler arabisk, bosnisk og persisk."
        ),
        "location": "roedekors",
        "languages": ["da", "ar", "bs", "fa"],
        "groups": ["seniors", "everyone"],
        "contact": ("Inge Dalsgaard", "Frivillig koordinator", "besoegsven.fjordby@example.org"),
    },
    {
        "key": "genbrug",
        "org": "roede_kors",
        "name": "Røde Kors Genbrug: billigt tøj og møbler",
        "summary": "Køb brugt tøj, legetøj og møbler til lave priser.",
        "description": (
            "I Røde Kors' genbrugsbutik kan du købe tøj, sko, køkkenting, legetøj og små møbler billigt. "
            "Familier, der flytter ind i en tom lejlighed, kan få et gavekort gennem deres sagsbehandler. "
            "Overskuddet går til Røde Kors' arbejde i Fjordby. Butikken søger også frivillige ekspedienter."
        ),
        "location": "roedekors",
        "languages": ["da"],
        "groups": ["everyone"],
        "schedules": [
            ("WEEKLY", "MO,TU,WE,TH,FR", "10:00", "17:30", "Hverdage kl. 10–17.30"),
            ("WEEKLY", "SA", "10:00", "13:00", "Lørdag kl. 10–13"),
        ],
        "fee": "Lave genbrugspriser",
        "contact": ("Inge Dalsgaard", "Butiksleder", "genbrug.fjordby@example.org"),
    },
    {
        "key": "foerstehjaelp",
        "org": "roede_kors",
        "name": "Førstehjælp for familier",
        "summary": "Gratis førstehjælpskursus om børneulykker, 112 og hjertestop – med tolk.",
        "description": (
            "På kurset lærer du, hvad du gør, hvis et barn får noget galt i halsen, brænder sig eller "
            "falder, og hvordan du giver hjertemassage. Vi øver at ringe 112 og forklare, hvor du er. "
            "Kurset varer fire timer, og der er tolk på arabisk og tigrinya."
        ),
        "location": "roedekors",
        "languages": ["da", "ar", "ti"],
        "groups": ["parents", "everyone"],
        "schedules": [("MONTHLY", "2SA", "10:00", "14:00", "Anden lørdag i måneden")],
        "apply": "Tilmelding på e-mail.",
        "contact": ("Søren Bak", "Førstehjælpsinstruktør", "foerstehjaelp.fjordby@example.org"),
    },
    # -- Flygtningevenner -----------------------------------------------------------------------
    {
        "key": "brevhjaelp",
        "org": "flygtningevenner",
        "name": "Brevhjælp",
        "summary": "Forstå dine breve fra kommunen, Skattestyrelsen, banken og andre.",
        "description": (
            "Har du fået et brev, du ikke forstår? Kom forbi med brevet på papir eller på telefonen, så "
            "hjælper en frivillig dig med at læse det og finde ud af, hvad du skal gøre. Vi kan hjælpe med "
            "at svare, ringe op eller udfylde en blanket. Vi taler dansk, engelsk, arabisk og tigrinya. "
            "Alt er fortroligt."
        ),
        "location": "frivillighuset",
        "languages": ["da", "en", "ar", "ti"],
        "groups": ["newcomers", "refugees"],
        "schedules": [("WEEKLY", "WE", "16:00", "18:00", "Onsdag kl. 16–18")],
        "contact": ("Merete Skov", "Frivillig", "flygtningevenner.fjordby@example.org"),
    },
    {
        "key": "ledsager",
        "org": "flygtningevenner",
        "name": "Ledsager til møder",
        "summary": "En frivillig kan tage med dig til lægen, kommunen eller banken.",
        "description": (
            "Skal du til et vigtigt møde og vil gerne have én med? En frivillig ledsager kan tage med til "
            "møder hos kommunen, lægen, skolen eller banken, hjælpe dig med at finde vej og tage noter. "
            "Ledsageren er ikke tolk, men kan hjælpe dig med at stille spørgsmål. Ring eller skriv senest "
            "tre dage før mødet."
        ),
        "location": "frivillighuset",
        "languages": ["da", "en", "ar", "ti"],
        "groups": ["newcomers", "refugees"],
        "apply": "Skriv eller ring senest tre dage før mødet.",
        "contact": ("Merete Skov", "Frivillig", "flygtningevenner.fjordby@example.org"),
    },
    {
        "key": "bus_tog",
        "org": "flygtningevenner",
        "name": "Bus, tog og Rejsekort – sådan gør du",
        "summary": "Lær at købe billet, bruge Rejsekort og finde vej med bus og tog.",
        "description": (
            "Sammen med en frivillig lærer du at bruge Rejseplanen og billetappen, købe et Rejsekort og "
            "tage bussen til fx sygehuset eller sprogcentret. Vi tager en tur sammen, så du prøver det i "
            "virkeligheden. Vi fortæller også om ungdomskort og pendlerkort. Kurset er to gange af to "
            "timer."
        ),
        "location": "frivillighuset",
        "languages": ["da", "ar", "ti"],
        "groups": ["newcomers"],
        "schedules": [("MONTHLY", "1TU", "10:00", "12:00", "Første tirsdag i måneden")],
        "contact": ("Merete Skov", "Frivillig", "flygtningevenner.fjordby@example.org"),
    },
    # -- Retshjælpen ----------------------------------------------------------------------------
    {
        "key": "retshjaelp",
        "org": "retshjaelpen",
        "name": "Gratis retshjælp",
        "summary": "Jurastuderende og advokater giver gratis juridisk rådgivning.",
        "description": (
            "Retshjælpen hjælper med spørgsmål om fx lejekontrakt og depositum, arbejde, køb på nettet, "
            "skilsmisse og forældremyndighed. Du får rådgivning af jurastuderende med en advokat i "
            "baggrunden. Rådgivningen er gratis og fortrolig. Tag alle papirer om sagen med."
        ),
        "location": "frivillighuset",
        "languages": ["da", "en"],
        "groups": ["everyone"],
        "schedules": [("WEEKLY", "TU", "17:00", "19:00", "Tirsdag kl. 17–19")],
        "contact": ("Mads Overgaard", "Koordinator", "retshjaelpen.fjordby@example.org"),
    },
    {
        "key": "udlaendingeret",
        "org": "retshjaelpen",
        "name": "Rådgivning om ophold, familiesammenføring og statsborgerskab",
        "summary": "Juridisk hjælp til ansøgninger og klager på udlændingeområdet.",
        "description": (
            "Har du fået afslag på forlængelse af din opholdstilladelse, vil du søge om "
            "familiesammenføring med din ægtefælle eller dine børn, eller vil du vide, om du kan få "
            "permanent ophold eller dansk statsborgerskab? En frivillig advokat med speciale i "
            "udlændingeret gennemgår din sag og hjælper med ansøgning eller klage. Husk, at fristen for at "
            "klage ofte er kort. Bestil tid på e-mail."
        ),
        "location": "frivillighuset",
        "languages": ["da", "en", "ar"],
        "groups": ["refugees", "family-reunified", "newcomers"],
        "schedules": [("MONTHLY", "2TU", "17:00", "19:00", "Anden tirsdag i måneden, efter aftale")],
        "apply": "Bestil tid på e-mail.",
        "contact": ("Mads Overgaard", "Koordinator", "retshjaelpen.fjordby@example.org"),
    },
    # -- Pengeværkstedet ------------------------------------------------------------------------
    {
        "key": "gaeld",
        "org": "pengevaerkstedet",
        "name": "Gældsrådgivning",
        "summary": "Gratis og anonym hjælp, hvis du har gæld til det offentlige, banken eller kviklån.",
        "description": (
            "Har du regninger, du ikke kan betale, eller breve fra inkasso og Gældsstyrelsen? Vores "
            "frivillige økonomer og jurister hjælper dig med at få overblik, tale med dem, du skylder, og "
            "lave en afdragsordning. Vi fortæller også om gældssanering. Det er gratis, og du kan være "
            "anonym."
        ),
        "location": "frivillighuset",
        "languages": ["da", "en"],
        "groups": ["everyone"],
        "schedules": [("WEEKLY", "TH", "16:00", "19:00", "Torsdag kl. 16–19")],
        "contact": ("Lars Iversen", "Frivillig gældsrådgiver", "pengevaerkstedet.fjordby@example.org"),
    },
    {
        "key": "budgetkursus",
        "org": "pengevaerkstedet",
        "name": "Budgetkursus: styr på pengene",
        "summary": "Lær at lægge budget, betale regninger til tiden og undgå dyre lån.",
        "description": (
            "På kurset lærer du at lave et budget for måneden, så der er penge til husleje, el, mad og "
            "tøj. Vi forklarer Betalingsservice, NemKonto og rykkergebyrer, og hvorfor kviklån og køb på "
            "afbetaling kan blive meget dyre. Kurset er tre aftener med tolk på arabisk og dari."
        ),
        "location": "frivillighuset",
        "languages": ["da", "ar", "prs"],
        "groups": ["everyone", "newcomers"],
        "schedules": [("WEEKLY", "MO", "18:00", "20:00", "Mandag aften, tre gange")],
        "contact": ("Lars Iversen", "Frivillig gældsrådgiver", "pengevaerkstedet.fjordby@example.org"),
    },
    # -- Sparekasse -----------------------------------------------------------------------------
    {
        "key": "bankdag",
        "org": "sparekasse",
        "name": "Bankdag for nye borgere: konto, NemKonto og MobilePay",
        "summary": "Få hjælp til at åbne en bankkonto og bruge netbank sikkert.",
        "description": (
            "For at få løn eller penge fra kommunen skal du have en bankkonto, som er din NemKonto. Den "
            "første torsdag i måneden holder Fjordby Sparekasse åben rådgivning for nye borgere, hvor du "
            "kan åbne en konto, få et betalingskort og lære at bruge netbank og MobilePay. Vi fortæller "
            "også, hvordan du undgår svindel på sms og telefon. Tag pas, opholdskort og sundhedskort med."
        ),
        "location": "sparekasse",
        "languages": ["da", "en"],
        "groups": ["newcomers", "labour-migrants"],
        "schedules": [("MONTHLY", "1TH", "15:00", "18:00", "Første torsdag i måneden")],
        "contact": ("Niels Thorsen", "Kunderådgiver", "kundeservice.fjordbysparekasse@example.org"),
    },
    # -- Fjordparken ----------------------------------------------------------------------------
    {
        "key": "boligsocial",
        "org": "fjordparken",
        "name": "Boligsocial rådgivning i Fjordparken",
        "summary": "Hjælp med husleje, boligstøtte, naboer og breve fra boligforeningen.",
        "description": (
            "Den boligsociale rådgiver i Fjordparken hjælper beboere, der er kommet bagud med huslejen, "
            "har problemer med naboer eller ikke forstår et brev fra boligforeningen. Er du i fare for at "
            "blive sat ud, så kom hurtigt – ofte kan vi lave en aftale. Vi hjælper også med at søge "
            "boligstøtte og med at finde en større eller billigere bolig."
        ),
        "location": "beboerhuset",
        "languages": ["da", "ar", "so"],
        "groups": ["everyone", "parents"],
        "schedules": [("WEEKLY", "MO,WE", "10:00", "13:00", "Mandag og onsdag kl. 10–13")],
        "contact": ("Fatima Ali", "Boligsocial rådgiver", "boligsocial.fjordparken@example.org"),
    },
    {
        "key": "venteliste",
        "org": "fjordparken",
        "name": "Skriv dig op til en bolig",
        "summary": "Sådan kommer du på venteliste til en lejebolig i Fjordby.",
        "description": (
            "De fleste lejeboliger i Fjordby er almene boliger, og du får en ved at skrive dig op på "
            "ventelisten hos boligforeningen. Det koster et gebyr om året at stå på listen, og ventetiden "
            "kan være lang. Vi hjælper dig med at skrive dig op, vælge boligtyper og forstå et boligtilbud. "
            "Flygtninge, som kommunen skal finde bolig til, får hjælp gennem Jobcentret."
        ),
        "location": "beboerhuset",
        "languages": ["da", "en"],
        "groups": ["everyone", "newcomers"],
        "fee": "Ventelistegebyr 200 kr. om året",
        "contact": ("Poul Schmidt", "Udlejningsmedarbejder", "udlejning.fjordparken@example.org"),
    },
    {
        "key": "beboerintro",
        "org": "fjordparken",
        "name": "Velkommen til Fjordparken: husorden, vaskeri og affald",
        "summary": "Introduktion for nye beboere om husregler, vaskeri, affaldssortering og fejlmelding.",
        "description": (
            "Nye beboere bliver inviteret til en rundvisning med ejendomsfunktionæren. Du får at vide, "
            "hvordan du booker vaskeriet, sorterer affald, melder fejl i lejligheden og undgår støj og "
            "skimmelsvamp. Du møder også beboerrådet og hører om fællesarrangementer i beboerhuset."
        ),
        "location": "beboerhuset",
        "languages": ["da", "ar", "so", "uk"],
        "groups": ["newcomers"],
        "schedules": [("MONTHLY", "1MO", "17:00", "18:30", "Første mandag i måneden")],
        "contact": ("Poul Schmidt", "Ejendomsfunktionær", "udlejning.fjordparken@example.org"),
    },
    {
        "key": "cykelvaerksted",
        "org": "fjordparken",
        "name": "Cykelværksted",
        "summary": "Reparer din cykel gratis med hjælp fra frivillige.",
        "description": (
            "I beboerhusets kælder er der værktøj, og frivillige viser dig, hvordan du lapper et hjul, "
            "skifter bremser og sætter lys på cyklen. Værkstedet er åbent for alle i Fjordby. Vi sælger "
            "også brugte cykler til børn og voksne. Husk, at cyklen skal have lys og reflekser – ellers "
            "kan du få en bøde."
        ),
        "location": "beboerhuset",
        "languages": ["da"],
        "groups": ["everyone"],
        "schedules": [("WEEKLY", "SA", "10:00", "13:00", "Lørdag kl. 10–13")],
        "contact": ("Poul Schmidt", "Ejendomsfunktionær", "udlejning.fjordparken@example.org"),
    },
    # -- 3F -------------------------------------------------------------------------------------
    {
        "key": "fagforening",
        "org": "tre_f",
        "name": "Fagforening og a-kasse – hvad er det?",
        "summary": "Gratis møde om løn, overenskomst, a-kasse og dagpenge.",
        "description": (
            "I Danmark aftales løn og vilkår ofte mellem fagforeninger og arbejdsgivere i en "
            "overenskomst. På mødet forklarer 3F, hvad en fagforening og en a-kasse er, hvad det koster, og "
            "hvorfor det kan betale sig at være medlem, hvis du bliver ledig. Mødet er på dansk og "
            "engelsk med tolk på polsk og rumænsk."
        ),
        "location": "fagforeningshuset",
        "languages": ["da", "en", "pl", "ro"],
        "groups": ["labour-migrants", "job-seekers"],
        "schedules": [("MONTHLY", "3TU", "17:00", "18:30", "Tredje tirsdag i måneden")],
        "contact": ("Tina Mortensen", "Faglig sekretær", "3f.fjordby@example.org"),
    },
    {
        "key": "loenseddeltjek",
        "org": "tre_f",
        "name": "Lønseddeltjek",
        "summary": "Få tjekket, om du får den rigtige løn, tillæg og ferie.",
        "description": (
            "Er du i tvivl, om din løn, dine overtidstillæg eller din feriebetaling er rigtig? Tag din "
            "lønseddel og din kontrakt med, så gennemgår en faglig sekretær dem med dig. Tjekket er gratis, "
            "også hvis du ikke er medlem. Er der fejl, hjælper 3F dig med at få pengene."
        ),
        "location": "fagforeningshuset",
        "languages": ["da", "en", "pl"],
        "groups": ["labour-migrants", "everyone"],
        "schedules": [("WEEKLY", "TH", "15:00", "18:00", "Torsdag kl. 15–18")],
        "contact": ("Tina Mortensen", "Faglig sekretær", "3f.fjordby@example.org"),
    },
    # -- Erhvervsservice ----------------------------------------------------------------------------
    {
        "key": "start_virksomhed",
        "org": "erhvervsservice",
        "name": "Start din egen virksomhed",
        "summary": "Gratis vejledning om CVR-nummer, moms, regnskab og forretningsplan.",
        "description": (
            "Drømmer du om at åbne en butik, en frisørsalon, et rengøringsfirma eller en restaurant? "
            "Erhvervsservice Fjordby giver gratis vejledning om, hvordan du registrerer en virksomhed, får "
            "CVR-nummer, betaler moms og skat og laver en forretningsplan. Vi holder workshops for nye "
            "iværksættere hver måned. Tjek også, at din opholdstilladelse giver dig lov til at drive egen "
            "virksomhed."
        ),
        "location": "erhvervshuset",
        "languages": ["da", "en"],
        "groups": ["everyone", "job-seekers"],
        "schedules": [("MONTHLY", "2WE", "17:00", "19:00", "Workshop anden onsdag i måneden")],
        "contact": ("Rasmus Hviid", "Erhvervskonsulent", "erhverv.fjordby@example.org"),
    },
    {
        "key": "ivaerksaettermentor",
        "org": "erhvervsservice",
        "name": "Iværksættermentor",
        "summary": "Få en erfaren erhvervsperson som mentor det første år med din virksomhed.",
        "description": (
            "Har du lige startet en virksomhed eller er tæt på? Vi sætter dig sammen med en frivillig "
            "mentor, der selv har drevet virksomhed. I mødes en gang om måneden og taler om kunder, priser, "
            "regnskab og ansatte. Mentorordningen er gratis i et år."
        ),
        "location": "erhvervshuset",
        "languages": ["da", "en"],
        "groups": ["everyone"],
        "apply": "Send en kort beskrivelse af din virksomhed på e-mail.",
        "contact": ("Rasmus Hviid", "Erhvervskonsulent", "erhverv.fjordby@example.org"),
    },
    {
        "key": "international_club",
        "org": "erhvervsservice",
        "name": "International Club Fjordby",
        "summary": "Netværk for udenlandske medarbejdere og deres partnere.",
        "description": (
            "Er du flyttet til Fjordby for at arbejde, eller er du medfølgende partner? I International "
            "Club møder du andre internationale, får tips om job, skat, skole og fritid og hører om ledige "
            "stillinger i lokale virksomheder. Arrangementerne er på engelsk, en gang om måneden. Partnere "
            "kan få hjælp til jobsøgning i vores partnerprogram."
        ),
        "location": "erhvervshuset",
        "languages": ["en", "da"],
        "groups": ["labour-migrants"],
        "schedules": [("MONTHLY", "3TH", "18:00", "20:00", "Tredje torsdag i måneden")],
        "contact": ("Emily Carter", "Netværkskoordinator", "internationalclub.fjordby@example.org"),
    },
    # -- Nordfjord Fødevarer -------------------------------------------------------------------------
    {
        "key": "nordfjord_job",
        "org": "nordfjord",
        "name": "Job og praktik i produktionen",
        "summary": "Nordfjord Fødevarer ansætter i pakkeri og produktion – dansk kan du lære på jobbet.",
        "description": (
            "Nordfjord Fødevarer er en af Fjordbys største arbejdspladser. Vi søger løbende medarbejdere "
            "til pakkeri, produktion og rengøring på dag-, aften- og nathold. Du behøver ikke tale flydende "
            "dansk – vi har sprogmakkere og danskundervisning i arbejdstiden. Vi tager også imod "
            "praktikanter gennem Jobcentret."
        ),
        "location": "nordfjord",
        "languages": ["da", "en"],
        "groups": ["job-seekers", "labour-migrants", "refugees"],
        "apply": "Send ansøgning på e-mail, eller mød op til rundvisning den første fredag i måneden.",
        "contact": ("Bente Larsen", "HR-konsulent", "job.nordfjord@example.org"),
        "min_age": 18,
    },
    # -- Fjordby IF -----------------------------------------------------------------------------
    {
        "key": "pigefodbold",
        "org": "fjordby_if",
        "name": "Pigefodbold",
        "summary": "Fodbold for piger fra 8 til 15 år – alle kan være med.",
        "description": (
            "Fjordby IF har hold for piger fra 8 til 15 år, og du behøver ikke have spillet før. "
            "Trænerne er unge kvinder, og der er omklædning kun for piger. Den første måned er gratis, og "
            "bagefter kan kontingentet betales med fritidspas."
        ),
        "location": "idraetscenter",
        "languages": ["da"],
        "groups": ["children", "youth"],
        "schedules": [("WEEKLY", "TU,TH", "16:30", "18:00", "Tirsdag og torsdag kl. 16.30–18")],
        "fee": "Kontingent 600 kr. pr. halvår",
        "contact": ("Signe Holt", "Træner", "fjordbyif@example.org"),
        "min_age": 8,
        "max_age": 15,
    },
    {
        "key": "svoemmeskole",
        "org": "fjordby_if",
        "name": "Svømmeskole for børn",
        "summary": "Lær at svømme – fra plaskehold til store børn, der aldrig har svømmet.",
        "description": (
            "Det er vigtigt at kunne svømme i Danmark, hvor der er hav og søer overalt. Fjordby IF's "
            "svømmeskole har hold for børn fra 4 år, også for større børn, der aldrig har lært at svømme. "
            "Undervisningen foregår i Fjordby Svømmehal om lørdagen. Kontingentet kan betales med "
            "fritidspas."
        ),
        "location": "svoemmehal",
        "languages": ["da"],
        "groups": ["children"],
        "schedules": [("WEEKLY", "SA", "09:00", "12:00", "Lørdag formiddag")],
        "fee": "Kontingent 750 kr. pr. sæson",
        "contact": ("Kasper Juul", "Svømmetræner", "fjordbyif@example.org"),
        "min_age": 4,
        "max_age": 14,
    },
    {
        "key": "cricket",
        "org": "fjordby_if",
        "name": "Cricket",
        "summary": "Cricket for unge og voksne om sommeren – udstyr kan lånes.",
        "description": (
            "Fjordby IF's crickethold træner på græsbanen bag idrætscentret fra maj til september. "
            "Spillerne kommer fra Afghanistan, Pakistan, Indien, Sri Lanka og Danmark, og nye spillere "
            "er altid velkomne. Du kan låne bat og beskyttelse. Prøv gratis tre gange."
        ),
        "location": "idraetscenter",
        "languages": ["da", "en", "prs"],
        "groups": ["youth", "everyone"],
        "schedules": [
            ("WEEKLY", "SU", "10:00", "13:00", "Søndag formiddag, maj–september", "2027-05-01", "2027-09-30")
        ],
        "fee": "Kontingent 400 kr. pr. sæson",
        "contact": ("Farid Noori", "Holdleder", "fjordbyif@example.org"),
        "min_age": 14,
    },
    # -- Kvindernes Hus ----------------------------------------------------------------------------
    {
        "key": "kvindecafe",
        "org": "kvindernes_hus",
        "name": "Kvindecafé",
        "summary": "Mødested kun for kvinder: kaffe, snak og gode råd.",
        "description": (
            "Hver onsdag formiddag mødes kvinder fra mange lande i Kvindernes Hus til kaffe, te og snak. "
            "Nogle gange kommer en gæst og fortæller om fx sundhed, job eller økonomi. Der er legehjørne "
            "til de mindste børn, og alle kvinder er velkomne – uanset hvor godt de taler dansk."
        ),
        "location": "kvindernes_hus",
        "languages": ["da", "ar", "so", "ti", "fa"],
        "groups": ["women"],
        "schedules": [("WEEKLY", "WE", "10:00", "13:00", "Onsdag kl. 10–13")],
        "contact": ("Amina Hassan", "Frivillig", "kvindernes.hus.fjordby@example.org"),
    },
    {
        "key": "syvaerksted",
        "org": "kvindernes_hus",
        "name": "Syværksted",
        "summary": "Sy tøj, gardiner og gaver på husets symaskiner.",
        "description": (
            "I syværkstedet kan kvinder låne symaskiner og få hjælp af erfarne syersker. Du kan lære at "
            "sy fra bunden, reparere tøj til børnene eller sy til dig selv. Stof og tråd koster 20 kr. "
            "pr. gang."
        ),
        "location": "kvindernes_hus",
        "languages": ["da", "ar", "fa"],
        "groups": ["women"],
        "schedules": [("WEEKLY", "FR", "10:00", "13:00", "Fredag kl. 10–13")],
        "fee": "20 kr. pr. gang",
        "contact": ("Amina Hassan", "Frivillig", "kvindernes.hus.fjordby@example.org"),
    },
    {
        "key": "gaatur",
        "org": "kvindernes_hus",
        "name": "Gåtur og motion for kvinder",
        "summary": "Gå en tur sammen med andre kvinder langs fjorden, og få pulsen op.",
        "description": (
            "Hver mandag går vi en times tur langs fjorden i roligt tempo og slutter med let udstrækning. "
            "Det er godt for kroppen og humøret, og du får nye veninder. Om vinteren træner vi indendørs "
            "i Kvindernes Hus, kun med kvinder."
        ),
        "location": "kvindernes_hus",
        "languages": ["da", "ar", "so"],
        "groups": ["women"],
        "schedules": [("WEEKLY", "MO", "10:00", "11:30", "Mandag formiddag")],
        "contact": ("Amina Hassan", "Frivillig", "kvindernes.hus.fjordby@example.org"),
    },
    # -- Frivilligcenter ---------------------------------------------------------------------------
    {
        "key": "bliv_frivillig",
        "org": "frivilligcenter",
        "name": "Frivilligformidling",
        "summary": "Find et frivilligt job, der passer til dig, i en af byens foreninger.",
        "description": (
            "Frivilligcenter Fjordby hjælper dig med at finde frivilligt arbejde i en af byens 80 "
            "foreninger, fx som træner, lektiehjælper, i en genbrugsbutik eller som tolk for nye "
            "borgere. Frivilligt arbejde er en god måde at bruge dine evner, lære dansk, få venner og få "
            "erfaring til dit CV. Kom til en snak, så finder vi noget, der passer til dig."
        ),
        "location": "frivillighuset",
        "languages": ["da", "en"],
        "groups": ["volunteers", "everyone"],
        "schedules": [("WEEKLY", "TU,TH", "10:00", "14:00", "Tirsdag og torsdag kl. 10–14")],
        "contact": ("Karen Bisgaard", "Frivilligkonsulent", "frivilligcenter.fjordby@example.org"),
    },
    {
        "key": "mandevaerksted",
        "org": "frivilligcenter",
        "name": "Mandeværkstedet",
        "summary": "Værksted og mødested for mænd: træ, metal, reparationer og kaffe.",
        "description": (
            "I Mandeværkstedet mødes mænd i alle aldre og fra mange lande for at arbejde med træ og metal, "
            "reparere ting og drikke kaffe sammen. Du behøver ikke kunne noget på forhånd. Her kan du tale "
            "om arbejde, familie og livet i Danmark med andre mænd. Vi laver også små opgaver for byens "
            "foreninger."
        ),
        "location": "frivillighuset",
        "languages": ["da", "ar"],
        "groups": ["everyone", "seniors"],
        "schedules": [("WEEKLY", "TU,FR", "09:00", "12:00", "Tirsdag og fredag formiddag")],
        "contact": ("Erik Mogensen", "Frivillig", "frivilligcenter.fjordby@example.org"),
    },
    {
        "key": "seniorcafe",
        "org": "frivilligcenter",
        "name": "Seniorcafé for alle nationaliteter",
        "summary": "Samvær for ældre over 60 med kaffe, sang, gåture og foredrag.",
        "description": (
            "Seniorcaféen er for ældre fra Danmark og resten af verden, der gerne vil mødes og lave noget "
            "sammen. Vi drikker kaffe, synger, spiller kort, går ture og hører foredrag om fx sundhed og "
            "pension. Kan du ikke selv komme hertil, kan en frivillig chauffør hente dig."
        ),
        "location": "frivillighuset",
        "languages": ["da", "ar", "bs"],
        "groups": ["seniors"],
        "schedules": [("WEEKLY", "TH", "13:30", "15:30", "Torsdag eftermiddag")],
        "fee": "Kaffe 10 kr.",
        "contact": ("Inger Poulsen", "Frivillig", "frivilligcenter.fjordby@example.org"),
        "min_age": 60,
    },
    {
        "key": "madlavningshold",
        "org": "frivilligcenter",
        "name": "Madlavningshold",
        "summary": "Lav mad sammen med andre – hver gang fra et nyt land.",
        "description": (
            "En gang om ugen laver vi mad sammen i Frivillighusets store køkken. Hver gang står en "
            "deltager for en opskrift fra sit hjemland, og vi spiser sammen bagefter. Alle er velkomne, "
            "og det er en god måde at øve dansk og møde nye mennesker."
        ),
        "location": "frivillighuset",
        "languages": ["da"],
        "groups": ["everyone"],
        "schedules": [("WEEKLY", "WE", "17:00", "19:30", "Onsdag kl. 17–19.30")],
        "fee": "30 kr. for maden",
        "contact": ("Karen Bisgaard", "Frivilligkonsulent", "frivilligcenter.fjordby@example.org"),
    },
    # -- Køreskole --------------------------------------------------------------------------------
    {
        "key": "koereskole",
        "org": "koereskole",
        "name": "Kørekort til bil med forklaring på arabisk og dari",
        "summary": "Teori og køretimer, hvor kørelæreren også taler arabisk og dari.",
        "description": (
            "Fjordby Køreskole hjælper dig med at tage kørekort til bil. Teoriprøven er på dansk eller "
            "engelsk, men vores kørelærere forklarer også på arabisk og dari, så du forstår "
            "færdselsreglerne. Vi tilbyder ekstra teoritimer og prøvetests i en app. Du kan betale i rater."
        ),
        "location": "koereskole",
        "languages": ["da", "en", "ar", "prs"],
        "groups": ["everyone"],
        "schedules": [("WEEKLY", "MO,WE", "17:00", "19:00", "Teori mandag og onsdag aften")],
        "fee": "Ca. 15.000 kr. for hele kørekortet",
        "contact": ("Hassan Saleh", "Kørelærer", "fjordby.koereskole@example.org"),
        "min_age": 17,
    },
]
