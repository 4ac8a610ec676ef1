"""Sjöstads kommun: a fictional Swedish municipality for the held-out search evaluation.

Everything here is invented (names, addresses, people, e-mails at example.org). build.py turns it
into the HSDS 3.0 folder sjostad/. Same record shape as data_fjordby.py.
"""

MUNICIPALITY = {
    "slug": "sjostad",
    "name": "Sjöstads kommun",
    "country": "SE",
    "state_province": "Västra Götalands län",
    "website": "https://sjostad.example.org",
}

LOCATIONS = {
    "stadshuset": ("Sjöstads stadshus", "Stora torget 1", "46899", "Sjöstad", 58.3621, 12.5503),
    "larcentrum": ("Lärcentrum Sjöstad", "Skolgatan 14", "46899", "Sjöstad", 58.3602, 12.5461),
    "jobbtorget": ("Jobbtorget", "Hamngatan 6", "46899", "Sjöstad", 58.3640, 12.5542),
    "medborgarkontoret": ("Medborgarkontoret", "Stora torget 3", "46899", "Sjöstad", 58.3619, 12.5510),
    "biblioteket": ("Sjöstads bibliotek", "Kyrkogatan 9", "46899", "Sjöstad", 58.3612, 12.5489),
    "familjecentralen": ("Familjecentralen Solrosen", "Ängsvägen 20", "46899", "Sjöstad", 58.3575, 12.5580),
    "vardcentralen": ("Vårdcentralen Sjöstad", "Lasarettsvägen 4", "46899", "Sjöstad", 58.3558, 12.5422),
    "gymnasiet": ("Sjöstads gymnasium", "Skolgatan 30", "46899", "Sjöstad", 58.3597, 12.5447),
    "tornet": ("Fritidsgården Tornet", "Vattentornsvägen 2", "46899", "Sjöstad", 58.3660, 12.5601),
    "forsamlingshemmet": ("Sjöstads församlingshem", "Kyrkogatan 2", "46899", "Sjöstad", 58.3615, 12.5478),
    "rodakorset": ("Röda Korset-huset", "Järnvägsgatan 11", "46899", "Sjöstad", 58.3633, 12.5525),
    "sjovallen": ("Sjövallen och simhallen", "Idrottsvägen 5", "46899", "Sjöstad", 58.3680, 12.5450),
    "studieforbundet": ("Studieförbundet Framåt", "Storgatan 18", "46899", "Sjöstad", 58.3625, 12.5497),
    "hyresgasterna": ("Hyresgästernas lokal", "Björkgatan 7", "46899", "Sjöstad", 58.3588, 12.5620),
}

ORGANISATIONS = {
    "vux": {
        "name": "Vuxenutbildningen Sjöstad",
        "description": (
            "Kommunens vuxenutbildning med SFI, samhällsorientering och yrkesutbildningar med svenska, "
            "till exempel undersköterska."
        ),
        "email": "vux.sjostad@example.org",
        "website": "https://sjostad.example.org/vux",
    },
    "jobbtorget": {
        "name": "Jobbtorg Sjöstad",
        "description": (
            "Kommunens arbetsmarknadsenhet hjälper arbetssökande med CV, praktik, extratjänster och "
            "validering av utländsk utbildning, i samarbete med Arbetsförmedlingen."
        ),
        "email": "jobbtorget.sjostad@example.org",
        "website": "https://sjostad.example.org/jobbtorget",
    },
    "medborgarkontoret": {
        "name": "Medborgarkontoret Sjöstad",
        "description": (
            "Medborgarkontoret ger gratis hjälp och vägledning i kontakter med myndigheter som "
            "Migrationsverket, Skatteverket och Försäkringskassan: ansökningar, e-tjänster, BankID och "
            "deklaration. Tolk kan bokas."
        ),
        "email": "medborgarkontoret.sjostad@example.org",
        "website": "https://sjostad.example.org/medborgarkontoret",
    },
    "skuld": {
        "name": "Budget- och skuldrådgivningen Sjöstad",
        "description": (
            "Kommunens kostnadsfria och sekretesskyddade rådgivning om hushållsbudget, skulder, "
            "Kronofogden och skuldsanering."
        ),
        "email": "skuldradgivning.sjostad@example.org",
        "website": "https://sjostad.example.org/skuldradgivning",
    },
    "biblioteket": {
        "name": "Sjöstads bibliotek",
        "description": (
            "Biblioteket har böcker på många språk, datorhjälp, läxhjälp och språkcafé. Lånekortet är gratis."
        ),
        "email": "biblioteket.sjostad@example.org",
        "website": "https://bibliotek.sjostad.example.org",
    },
    "barn_utbildning": {
        "name": "Barn och utbildning, Sjöstads kommun",
        "description": (
            "Förvaltningen ansvarar för förskola, grundskola, modersmålsundervisning, gymnasiets "
            "språkintroduktion, familjecentralen och fritidsgården Tornet."
        ),
        "email": "barnochutbildning.sjostad@example.org",
        "website": "https://sjostad.example.org/barn-och-utbildning",
    },
    "vardcentralen": {
        "name": "Vårdcentralen Sjöstad",
        "description": (
            "Regionens vårdcentral i Sjöstad med läkare, sjuksköterskor, barnavårdscentral, psykolog och "
            "hälsokommunikatörer som förklarar vården på flera språk."
        ),
        "email": "vardcentralen.sjostad@example.org",
        "website": "https://vardcentralen-sjostad.example.org",
    },
    "rodakorset": {
        "name": "Röda Korset Sjöstad",
        "description": (
            "Röda Korsets lokala krets i Sjöstad: språkvänner, second hand-butik och träffpunkt för "
            "nyanlända. Vi söker alltid fler volontärer."
        ),
        "email": "rodakorset.sjostad@example.org",
        "website": "https://rodakorset-sjostad.example.org",
    },
    "forsamlingen": {
        "name": "Sjöstads församling",
        "description": (
            "Församlingen erbjuder samtalsstöd, öppna träffar för äldre och sociala aktiviteter för alla, "
            "oavsett tro."
        ),
        "email": "forsamlingen.sjostad@example.org",
        "website": "https://sjostads-forsamling.example.org",
    },
    "ik": {
        "name": "Sjöstads IK",
        "description": "Idrottsklubb med fotboll och simning för barn, unga och vuxna.",
        "email": "sjostadsik@example.org",
        "website": "https://sjostadsik.example.org",
    },
    "studieforbundet": {
        "name": "Studieförbundet Framåt Sjöstad",
        "description": (
            "Studieförbund med cirklar och kurser för vuxna: körkortsteori, starta eget, mansträffar och "
            "kvinnogrupper."
        ),
        "email": "framat.sjostad@example.org",
        "website": "https://framat-sjostad.example.org",
    },
    "hyresgasterna": {
        "name": "Hyresgästerna i Sjöstad",
        "description": (
            "Förening för hyresgäster som ger råd om hyreskontrakt, hyra, bostadskö och problem med "
            "hyresvärden."
        ),
        "email": "hyresgasterna.sjostad@example.org",
        "website": "https://hyresgasterna-sjostad.example.org",
    },
}

SERVICES = [
    # -- Vuxenutbildningen ---------------------------------------------------------------------
    {
        "key": "sfi",
        "org": "vux",
        "name": "SFI – svenska för invandrare",
        "summary": "Gratis svenskundervisning för vuxna – dagtid, kvällstid och på distans.",
        "description": (
            "SFI är kommunens grundläggande utbildning i svenska för vuxna som har ett annat modersmål. "
            "Du börjar på den studieväg som passar din skolbakgrund och kan läsa på dagtid, kvällstid "
            "eller på distans. Du anmäler dig på kommunens webbplats med BankID eller hos studie- och "
            "yrkesvägledaren på Lärcentrum."
        ),
        "location": "larcentrum",
        "languages": ["sv"],
        "groups": ["newcomers", "refugees", "family-reunified", "labour-migrants"],
        "schedules": [
            ("WEEKLY", "MO,TU,WE,TH", "08:30", "12:00", "Dagtid måndag till torsdag"),
            ("WEEKLY", "TU,TH", "17:30", "20:30", "Kvällstid tisdag och torsdag"),
        ],
        "contact": ("Anna Lindqvist", "Studie- och yrkesvägledare", "vux.sjostad@example.org"),
        "min_age": 16,
    },
    {
        "key": "samhallsorientering",
        "org": "vux",
        "name": "Samhällsorientering på ditt eget språk",
        "summary": "Lär dig om Sverige: rättigheter, skyldigheter, arbete, skola och vård.",
        "description": (
            "Samhällsorienteringen är en kurs om hur det svenska samhället fungerar, från demokrati och "
            "jämställdhet till hur man hittar bostad, söker jobb och får vård. Kursen ges på arabiska, "
            "dari, somaliska, tigrinja, ukrainska och lätt svenska av samhälls- och hälsokommunikatörer. "
            "Den är obligatorisk för dig som är nyanländ och har etableringsplan."
        ),
        "location": "larcentrum",
        "languages": ["sv", "ar", "prs", "so", "ti", "uk"],
        "groups": ["newcomers", "refugees", "family-reunified"],
        "schedules": [("WEEKLY", "WE", "09:00", "12:00", "Onsdag förmiddag")],
        "contact": ("Yonas Tesfaye", "Samhällskommunikatör", "samhallsorientering.sjostad@example.org"),
    },
    {
        "key": "underskoterska",
        "org": "vux",
        "name": "Undersköterska med svenska",
        "summary": "Yrkesutbildning inom vård och omsorg kombinerad med SFI och svenska.",
        "description": (
            "Utbildningen leder till jobb som undersköterska inom äldreomsorg eller sjukvård. Du läser "
            "vårdämnen och svenska samtidigt och gör praktik på ett äldreboende i Sjöstad. "
            "Utbildningen tar ungefär två år och du kan söka CSN."
        ),
        "location": "larcentrum",
        "languages": ["sv"],
        "groups": ["job-seekers", "newcomers"],
        "contact": ("Anna Lindqvist", "Studie- och yrkesvägledare", "vux.sjostad@example.org"),
        "min_age": 18,
    },
    # -- Jobbtorget ----------------------------------------------------------------------------
    {
        "key": "jobbtorget_dropin",
        "org": "jobbtorget",
        "name": "Jobbtorget drop-in för arbetssökande",
        "summary": "Hjälp med CV, personligt brev och att söka jobb på nätet.",
        "description": (
            "På Jobbtorget kan du utan tidsbokning få hjälp att skriva CV och personligt brev, hitta "
            "lediga jobb och förbereda dig för en anställningsintervju. Det finns datorer och skrivare. "
            "Vi hjälper också till med kontakten med Arbetsförmedlingen."
        ),
        "location": "jobbtorget",
        "languages": ["sv", "en", "ar"],
        "groups": ["job-seekers"],
        "schedules": [("WEEKLY", "MO,WE", "13:00", "16:00", "Måndag och onsdag kl. 13–16")],
        "contact": ("Johan Berg", "Jobbcoach", "jobbtorget.sjostad@example.org"),
    },
    {
        "key": "validering",
        "org": "jobbtorget",
        "name": "Validering av utländsk utbildning och yrkeserfarenhet",
        "summary": "Få din utbildning bedömd och dina yrkeskunskaper erkända i Sverige.",
        "description": (
            "Har du en examen eller yrkeserfarenhet från ett annat land? Vi hjälper dig att ansöka om "
            "bedömning av din utbildning hos Universitets- och högskolerådet och om svensk legitimation "
            "om du är till exempel läkare, sjuksköterska eller lärare. Har du arbetat som exempelvis "
            "svetsare, kock eller elektriker kan dina kunskaper valideras på en arbetsplats."
        ),
        "location": "jobbtorget",
        "languages": ["sv", "en"],
        "groups": ["job-seekers", "newcomers", "labour-migrants"],
        "apply": "Boka tid med en vägledare via e-post.",
        "contact": ("Leila Karimi", "Vägledare", "validering.sjostad@example.org"),
    },
    {
        "key": "extratjanst",
        "org": "jobbtorget",
        "name": "Extratjänster och praktik i kommunen",
        "summary": "Arbeta med lön i kommunens verksamheter och få erfarenhet för ditt CV.",
        "description": (
            "Jobbtorget förmedlar praktikplatser och extratjänster inom bland annat skolkök, "
            "äldreomsorg, fastighetsskötsel och parkförvaltning. En extratjänst är ett anställningsstöd "
            "med riktig lön i upp till två år. Du behöver vara inskriven hos Arbetsförmedlingen."
        ),
        "location": "jobbtorget",
        "languages": ["sv"],
        "groups": ["job-seekers", "refugees"],
        "contact": ("Johan Berg", "Jobbcoach", "jobbtorget.sjostad@example.org"),
    },
    # -- Medborgarkontoret ----------------------------------------------------------------------
    {
        "key": "uppehallstillstand",
        "org": "medborgarkontoret",
        "name": "Hjälp med uppehållstillstånd och medborgarskap",
        "summary": "Vägledning när du ska förlänga ditt uppehållstillstånd eller söka svenskt medborgarskap.",
        "description": (
            "Vi hjälper dig att fylla i Migrationsverkets e-tjänster när du ska förlänga ditt "
            "uppehållstillstånd, ansöka om permanent uppehållstillstånd eller bli svensk medborgare. "
            "Vi förklarar vilka dokument du behöver och hur du ser hur långt ditt ärende har kommit. "
            "Vi fattar inga beslut och kan inte påskynda ärendet, men vi ser till att ansökan blir rätt."
        ),
        "location": "medborgarkontoret",
        "languages": ["sv", "en", "ar", "so"],
        "groups": ["refugees", "family-reunified", "labour-migrants", "newcomers"],
        "schedules": [("WEEKLY", "TU,TH", "09:00", "15:00", "Tisdag och torsdag, drop-in och bokade tider")],
        "contact": ("Sara Nilsson", "Medborgarvägledare", "medborgarkontoret.sjostad@example.org"),
    },
    {
        "key": "bankid",
        "org": "medborgarkontoret",
        "name": "BankID, digital brevlåda och e-tjänster",
        "summary": "Få hjälp att skaffa BankID och att läsa post från myndigheter digitalt.",
        "description": (
            "Många myndigheter skickar post till en digital brevlåda, och för att logga in behöver du "
            "BankID. Vi förklarar hur du skaffar BankID via din bank, öppnar en digital brevlåda och "
            "loggar in hos Försäkringskassan, Skatteverket och 1177. Ta med din telefon och ditt id-kort."
        ),
        "location": "medborgarkontoret",
        "languages": ["sv", "en", "ar"],
        "groups": ["newcomers", "everyone"],
        "contact": ("Sara Nilsson", "Medborgarvägledare", "medborgarkontoret.sjostad@example.org"),
    },
    {
        "key": "folkbokforing",
        "org": "medborgarkontoret",
        "name": "Folkbokföring, personnummer och id-kort",
        "summary": "Vägledning om hur du blir folkbokförd, får personnummer och ansöker om id-kort.",
        "description": (
            "För att få personnummer ska du folkbokföra dig hos Skatteverket. Vi hjälper dig att fylla i "
            "anmälan, förklarar vilka handlingar som krävs och hur du sedan ansöker om id-kort. Med "
            "personnummer kan du öppna bankkonto, få BankID och registrera dig på vårdcentralen."
        ),
        "location": "medborgarkontoret",
        "languages": ["sv", "en", "uk"],
        "groups": ["newcomers", "labour-migrants"],
        "contact": ("Sara Nilsson", "Medborgarvägledare", "medborgarkontoret.sjostad@example.org"),
    },
    {
        "key": "forsakringskassan",
        "org": "medborgarkontoret",
        "name": "Hjälp att söka bostadsbidrag, barnbidrag och föräldrapenning",
        "summary": "Vi hjälper dig med ansökningar till Försäkringskassan.",
        "description": (
            "Har du låg inkomst kan du ha rätt till bostadsbidrag, och som förälder kan du få barnbidrag "
            "och föräldrapenning. Vi hjälper dig att ansöka i Försäkringskassans e-tjänster och att förstå "
            "besluten. Ta med hyreskontrakt och inkomstuppgifter."
        ),
        "location": "medborgarkontoret",
        "languages": ["sv", "ar", "so"],
        "groups": ["parents", "everyone"],
        "contact": ("Mohamed Abdi", "Medborgarvägledare", "medborgarkontoret.sjostad@example.org"),
    },
    {
        "key": "deklarationshjalp",
        "org": "medborgarkontoret",
        "name": "Deklarationshjälp",
        "summary": "Få hjälp med din inkomstdeklaration i april och maj.",
        "description": (
            "Varje vår ska du deklarera din inkomst till Skatteverket. På medborgarkontoret får du hjälp "
            "att granska deklarationen, lägga till avdrag och skicka in den med BankID. Ta med "
            "deklarationsblanketten eller logga in med BankID på plats."
        ),
        "location": "medborgarkontoret",
        "languages": ["sv", "en", "ar"],
        "groups": ["everyone"],
        "schedules": [
            (
                "WEEKLY",
                "MO,WE",
                "16:00",
                "19:00",
                "Måndag och onsdag kväll, april–maj",
                "2027-04-01",
                "2027-05-31",
            )
        ],
        "contact": ("Mohamed Abdi", "Medborgarvägledare", "medborgarkontoret.sjostad@example.org"),
    },
    # -- Budget och skuld ----------------------------------------------------------------------------
    {
        "key": "skuldradgivning",
        "org": "skuld",
        "name": "Budget- och skuldrådgivning",
        "summary": "Kostnadsfri hjälp om du har skulder eller räkningar du inte kan betala.",
        "description": (
            "Har du fått brev från inkassobolag eller Kronofogden? En budget- och skuldrådgivare hjälper "
            "dig att göra en budget, få överblick över skulderna och kontakta dem du är skyldig. Vi kan "
            "också hjälpa dig att ansöka om skuldsanering. Rådgivningen är gratis och du kan vara anonym."
        ),
        "location": "stadshuset",
        "languages": ["sv", "en"],
        "groups": ["everyone"],
        "apply": "Ring eller mejla för att boka tid.",
        "contact": ("Peter Holm", "Budget- och skuldrådgivare", "skuldradgivning.sjostad@example.org"),
    },
    # -- Biblioteket ----------------------------------------------------------------------------------
    {
        "key": "datorhjalp",
        "org": "biblioteket",
        "name": "Datorhjälp på biblioteket",
        "summary": "Drop-in hjälp med dator, mobil, e-post och e-legitimation.",
        "description": (
            "Bibliotekarier och volontärer hjälper dig med allt från att skicka e-post och skriva ut till "
            "att använda BankID, Swish och myndigheternas appar. Ta med din egen mobil eller låna en av "
            "bibliotekets datorer."
        ),
        "location": "biblioteket",
        "languages": ["sv", "en", "ar"],
        "groups": ["everyone", "seniors"],
        "schedules": [("WEEKLY", "TU", "13:00", "16:00", "Tisdag kl. 13–16")],
        "contact": ("Karin Ek", "Bibliotekarie", "biblioteket.sjostad@example.org"),
    },
    {
        "key": "laxhjalp",
        "org": "biblioteket",
        "name": "Läxhjälp",
        "summary": "Gratis läxhjälp för elever i årskurs 4–9 och gymnasiet.",
        "description": (
            "Volontärer och lärarstudenter hjälper till med matte, svenska, engelska och "
            "samhällskunskap. Ingen anmälan behövs."
        ),
        "location": "biblioteket",
        "languages": ["sv", "en"],
        "groups": ["children", "youth"],
        "schedules": [("WEEKLY", "MO,WE", "15:30", "17:30", "Måndag och onsdag eftermiddag")],
        "contact": ("Karin Ek", "Bibliotekarie", "biblioteket.sjostad@example.org"),
    },
    {
        "key": "sprakcafe",
        "org": "biblioteket",
        "name": "Språkcafé",
        "summary": "Öva svenska tillsammans med volontärer över en kopp kaffe.",
        "description": (
            "Varje torsdag samtalar vi på svenska i små grupper om vardagliga ämnen. Alla nivåer är "
            "välkomna och det kostar ingenting."
        ),
        "location": "biblioteket",
        "languages": ["sv"],
        "groups": ["newcomers", "everyone"],
        "schedules": [("WEEKLY", "TH", "17:00", "18:30", "Torsdag kl. 17–18.30")],
        "contact": ("Karin Ek", "Bibliotekarie", "biblioteket.sjostad@example.org"),
    },
    # -- Barn och utbildning ------------------------------------------------------------------------
    {
        "key": "forskola",
        "org": "barn_utbildning",
        "name": "Ansök om förskoleplats",
        "summary": "Förskola för barn från ett år – så ansöker du och vad det kostar.",
        "description": (
            "Alla barn från ett års ålder har rätt till förskola när föräldrarna arbetar eller studerar, "
            "till exempel på SFI. Från hösten det år barnet fyller tre år är 15 timmar i veckan "
            "avgiftsfria för alla. Du ansöker i kommunens e-tjänst med BankID, och avgiften följer "
            "maxtaxan. Ansök fyra månader innan du behöver platsen."
        ),
        "location": "stadshuset",
        "languages": ["sv", "en"],
        "groups": ["parents", "children"],
        "contact": ("Lena Johansson", "Placeringshandläggare", "forskola.sjostad@example.org"),
        "max_age": 5,
    },
    {
        "key": "modersmal",
        "org": "barn_utbildning",
        "name": "Modersmålsundervisning",
        "summary": "Undervisning i ditt barns modersmål i grundskolan och gymnasiet.",
        "description": (
            "Barn som talar ett annat språk än svenska hemma kan få undervisning i sitt modersmål, till "
            "exempel arabiska, somaliska, tigrinja, dari eller ukrainska. Undervisningen är en gång i "
            "veckan efter skoltid. Anmäl ditt barn via skolan."
        ),
        "location": "stadshuset",
        "languages": ["sv", "ar", "so", "ti", "prs", "uk"],
        "groups": ["children", "youth", "parents"],
        "contact": ("Hodan Warsame", "Modersmålslärare", "modersmal.sjostad@example.org"),
        "min_age": 6,
        "max_age": 19,
    },
    {
        "key": "sprakintroduktion",
        "org": "barn_utbildning",
        "name": "Språkintroduktion på gymnasiet",
        "summary": "Gymnasiets program för nyanlända ungdomar mellan 16 och 19 år.",
        "description": (
            "Språkintroduktion är för ungdomar som nyligen kommit till Sverige och behöver lära sig "
            "svenska innan de kan börja ett nationellt gymnasieprogram. Du läser svenska som andraspråk, "
            "engelska, matte och andra ämnen och får studie- och yrkesvägledning. Du söker via "
            "gymnasiets mottagning."
        ),
        "location": "gymnasiet",
        "languages": ["sv"],
        "groups": ["youth", "newcomers"],
        "contact": ("Erik Sandberg", "Studie- och yrkesvägledare", "gymnasiet.sjostad@example.org"),
        "min_age": 16,
        "max_age": 19,
    },
    {
        "key": "fritidsgard",
        "org": "barn_utbildning",
        "name": "Fritidsgården Tornet",
        "summary": "Mötesplats för unga 13–17 år: musik, gaming, sport och resor.",
        "description": (
            "På Tornet kan du hänga med kompisar, spela biljard och tv-spel, laga mat och spela musik i "
            "vår studio. Fritidsledarna ordnar också resor och turneringar. Det kostar ingenting."
        ),
        "location": "tornet",
        "languages": ["sv", "en", "ar"],
        "groups": ["youth"],
        "schedules": [("WEEKLY", "MO,TU,WE,TH,FR", "15:00", "21:00", "Vardagar kl. 15–21")],
        "contact": ("Ali Rezaei", "Fritidsledare", "tornet.sjostad@example.org"),
        "min_age": 13,
        "max_age": 17,
    },
    {
        "key": "familjecentral",
        "org": "barn_utbildning",
        "name": "Familjecentralen – öppen förskola och föräldrastöd",
        "summary": "Lek och träffa andra föräldrar med barn 0–5 år, och få råd om föräldraskap.",
        "description": (
            "På den öppna förskolan kan du och ditt barn leka, sjunga och träffa andra familjer. "
            "Förskollärare, kurator och BVC-sjuksköterska finns på plats och svarar på frågor om sömn, "
            "mat, språk och föräldraskap. Vi har också föräldragrupper med tolk."
        ),
        "location": "familjecentralen",
        "languages": ["sv", "ar", "so"],
        "groups": ["parents", "children"],
        "schedules": [("WEEKLY", "TU,WE,FR", "09:00", "12:00", "Tisdag, onsdag och fredag förmiddag")],
        "contact": ("Maja Persson", "Förskollärare", "familjecentralen.sjostad@example.org"),
        "max_age": 5,
    },
    # -- Vårdcentralen ------------------------------------------------------------------------------
    {
        "key": "bvc",
        "org": "vardcentralen",
        "name": "Barnavårdscentralen (BVC)",
        "summary": "Hälsokontroller och vaccinationer för barn 0–5 år.",
        "description": (
            "På BVC träffar du en sjuksköterska som följer ditt barns växt och utveckling och ger "
            "vaccinationer enligt det svenska vaccinationsprogrammet. Besöken är gratis. Tolk bokas vid "
            "behov. Nyanlända familjer kan få hjälp att komplettera vaccinationer från hemlandet."
        ),
        "location": "vardcentralen",
        "languages": ["sv", "en"],
        "groups": ["parents", "children"],
        "contact": ("Eva Lund", "BVC-sjuksköterska", "vardcentralen.sjostad@example.org"),
        "max_age": 5,
    },
    {
        "key": "halsokommunikatorer",
        "org": "vardcentralen",
        "name": "Hälsokommunikatörer – vården på ditt språk",
        "summary": "Information om vårdcentral, 1177, akuten och tandvård på ditt eget språk.",
        "description": (
            "Hälsokommunikatörerna förklarar hur vården fungerar i Sverige: när du ska ringa 1177, gå till "
            "vårdcentralen eller akuten, hur recept och högkostnadsskydd fungerar och vad tandvård kostar. "
            "Träffarna hålls på arabiska, dari, somaliska, tigrinja och ukrainska."
        ),
        "location": "vardcentralen",
        "languages": ["sv", "ar", "prs", "so", "ti", "uk"],
        "groups": ["newcomers", "refugees"],
        "schedules": [("WEEKLY", "TH", "10:00", "12:00", "Torsdag förmiddag")],
        "contact": ("Hanna Mesfin", "Hälsokommunikatör", "halsa.sjostad@example.org"),
    },
    {
        "key": "traumastod",
        "org": "vardcentralen",
        "name": "Samtalsstöd vid trauma och oro",
        "summary": "Samtal med psykolog för dig som mår dåligt efter krig och flykt.",
        "description": (
            "Har du svårt att sova, mardrömmar eller mycket oro efter det du varit med om? Vårdcentralens "
            "psykolog erbjuder samtal med tolk och kan remittera vidare till specialistvård för "
            "krigs- och tortyrskadade. Prata med din läkare eller ring vårdcentralen."
        ),
        "location": "vardcentralen",
        "languages": ["sv", "en"],
        "groups": ["refugees"],
        "contact": ("Jenny Åberg", "Psykolog", "vardcentralen.sjostad@example.org"),
        "min_age": 18,
    },
    # -- Röda Korset ----------------------------------------------------------------------------
    {
        "key": "sprakvan",
        "org": "rodakorset",
        "name": "Språkvän",
        "summary": "Träffa en svensktalande volontär och öva svenska i vardagen.",
        "description": (
            "Som deltagare får du en språkvän som du träffar ungefär en gång i veckan för att fika, "
            "promenera eller laga mat och prata svenska. Många blir vänner för livet. Anmäl dig på "
            "e-post så matchar vi er."
        ),
        "location": "rodakorset",
        "languages": ["sv"],
        "groups": ["newcomers", "volunteers"],
        "contact": ("Birgitta Ström", "Volontärsamordnare", "rodakorset.sjostad@example.org"),
    },
    {
        "key": "secondhand",
        "org": "rodakorset",
        "name": "Kupan second hand",
        "summary": "Kläder, husgeråd och möbler till låga priser.",
        "description": (
            "I Röda Korsets second hand-butik Kupan hittar du kläder, skor, leksaker, husgeråd och mindre "
            "möbler till låga priser. Överskottet går till Röda Korsets arbete. Vi söker volontärer till "
            "butiken."
        ),
        "location": "rodakorset",
        "languages": ["sv"],
        "groups": ["everyone"],
        "schedules": [("WEEKLY", "MO,TU,WE,TH,FR", "11:00", "18:00", "Vardagar kl. 11–18")],
        "fee": "Låga priser",
        "contact": ("Birgitta Ström", "Butiksansvarig", "rodakorset.sjostad@example.org"),
    },
    # -- Församlingen -----------------------------------------------------------------------------
    {
        "key": "samtalsstod_kyrkan",
        "org": "forsamlingen",
        "name": "Samtalsstöd med diakon",
        "summary": "Någon att prata med i förtroende, oavsett tro.",
        "description": (
            "Församlingens diakoner har tystnadsplikt och tar emot dig som behöver prata om sorg, "
            "ensamhet, oro eller svåra livssituationer. Du behöver inte vara kristen eller medlem. "
            "Boka en tid eller kom på öppen mottagning."
        ),
        "location": "forsamlingshemmet",
        "languages": ["sv", "en"],
        "groups": ["everyone"],
        "schedules": [("WEEKLY", "WE", "13:00", "15:00", "Öppen mottagning onsdag")],
        "contact": ("Maria Eklund", "Diakon", "forsamlingen.sjostad@example.org"),
    },
    {
        "key": "torsdagstraffen",
        "org": "forsamlingen",
        "name": "Torsdagsträffen för seniorer",
        "summary": "Fika, sång och föredrag för äldre i församlingshemmet.",
        "description": (
            "Varje torsdag träffas seniorer från hela Sjöstad för fika, allsång och ett kort föredrag. "
            "Alla äldre är välkomna oavsett språk och tro. Behöver du skjuts kan vi ordna det."
        ),
        "location": "forsamlingshemmet",
        "languages": ["sv"],
        "groups": ["seniors"],
        "schedules": [("WEEKLY", "TH", "14:00", "16:00", "Torsdag kl. 14–16")],
        "fee": "Fika 20 kr",
        "contact": ("Maria Eklund", "Diakon", "forsamlingen.sjostad@example.org"),
        "min_age": 65,
    },
    # -- Sjöstads IK ----------------------------------------------------------------------------
    {
        "key": "tjejfotboll",
        "org": "ik",
        "name": "Tjejfotboll",
        "summary": "Fotboll för tjejer 9–16 år – nybörjare välkomna.",
        "description": (
            "Sjöstads IK har tjejlag för alla åldrar från 9 till 16 år. Du behöver inte ha spelat förut "
            "och de första fyra träningarna är gratis. Klubben kan låna ut skor och benskydd."
        ),
        "location": "sjovallen",
        "languages": ["sv"],
        "groups": ["children", "youth"],
        "schedules": [("WEEKLY", "MO,TH", "17:00", "18:30", "Måndag och torsdag kl. 17–18.30")],
        "fee": "Medlemsavgift 500 kr per år",
        "contact": ("Linnea Falk", "Tränare", "sjostadsik@example.org"),
        "min_age": 9,
        "max_age": 16,
    },
    {
        "key": "simskola_vuxna",
        "org": "ik",
        "name": "Simskola för vuxna",
        "summary": "Lär dig simma som vuxen – separata grupper för kvinnor och män.",
        "description": (
            "Många vuxna har aldrig fått lära sig simma. I vår vuxensimskola lär du dig i lugn takt med "
            "erfarna simlärare. Kvinnogruppen har kvinnliga instruktörer och bassängen är avskärmad. "
            "Kursen är tio gånger."
        ),
        "location": "sjovallen",
        "languages": ["sv", "ar"],
        "groups": ["women", "everyone"],
        "schedules": [("WEEKLY", "SU", "16:00", "17:00", "Söndag, tio gånger")],
        "fee": "300 kr för hela kursen",
        "contact": ("Nils Wallin", "Simlärare", "sjostadsik@example.org"),
        "min_age": 18,
    },
    # -- Studieförbundet ---------------------------------------------------------------------------
    {
        "key": "korkortsteori",
        "org": "studieforbundet",
        "name": "Körkortsteori på arabiska och dari",
        "summary": "Studiecirkel inför teoriprovet för B-körkort med förklaringar på ditt språk.",
        "description": (
            "I cirkeln går vi igenom trafikregler, vägmärken och provfrågor inför kunskapsprovet. "
            "Cirkelledaren förklarar på arabiska och dari. Du behöver ha ett giltigt körkortstillstånd "
            "från Transportstyrelsen."
        ),
        "location": "studieforbundet",
        "languages": ["sv", "ar", "prs"],
        "groups": ["everyone", "newcomers"],
        "schedules": [("WEEKLY", "TU", "18:00", "20:30", "Tisdag kväll, åtta gånger")],
        "fee": "400 kr",
        "contact": ("Reza Ahmadi", "Cirkelledare", "framat.sjostad@example.org"),
    },
    {
        "key": "starta_eget",
        "org": "studieforbundet",
        "name": "Starta eget – kurs för nya företagare",
        "summary": "Affärsplan, F-skatt, moms och bokföring på sex kvällar.",
        "description": (
            "Kursen är för dig som funderar på att starta ett eget företag, till exempel restaurang, "
            "frisörsalong eller städfirma. Vi går igenom affärsplan, registrering hos Bolagsverket, "
            "F-skatt, moms och enkel bokföring. En rådgivare från kommunens näringslivskontor medverkar."
        ),
        "location": "studieforbundet",
        "languages": ["sv", "en"],
        "groups": ["everyone", "job-seekers"],
        "schedules": [("WEEKLY", "WE", "18:00", "20:30", "Onsdag kväll, sex gånger")],
        "contact": ("Ingrid Lund", "Kursledare", "framat.sjostad@example.org"),
    },
    {
        "key": "manstraffen",
        "org": "studieforbundet",
        "name": "Mansträffen",
        "summary": "Samtalsgrupp för män om familj, föräldraskap, arbete och livet i Sverige.",
        "description": (
            "I Mansträffen samlas män från olika länder för att prata om det som är viktigt: att vara "
            "pappa i ett nytt land, jämställdhet, arbete och hälsa. Vi fikar, lagar mat ibland och gör "
            "utflykter. Samtalsledaren talar svenska, arabiska och dari."
        ),
        "location": "studieforbundet",
        "languages": ["sv", "ar", "prs"],
        "groups": ["parents", "everyone"],
        "schedules": [("WEEKLY", "SA", "11:00", "13:00", "Lördag förmiddag")],
        "contact": ("Reza Ahmadi", "Samtalsledare", "framat.sjostad@example.org"),
    },
    {
        "key": "kvinnogruppen",
        "org": "studieforbundet",
        "name": "Kvinnogruppen – sömnad och samtal",
        "summary": "Träffpunkt för kvinnor: sy, prata och lära känna nya vänner.",
        "description": (
            "Kvinnogruppen träffas varje fredag för att sy, sticka och prata. Ibland kommer gäster och "
            "berättar om hälsa, ekonomi eller arbete. Barnpassning finns."
        ),
        "location": "studieforbundet",
        "languages": ["sv", "ar", "so", "ti"],
        "groups": ["women"],
        "schedules": [("WEEKLY", "FR", "10:00", "12:30", "Fredag förmiddag")],
        "contact": ("Fadumo Ali", "Cirkelledare", "framat.sjostad@example.org"),
    },
    # -- Hyresgästerna -----------------------------------------------------------------------------
    {
        "key": "hyresradgivning",
        "org": "hyresgasterna",
        "name": "Hyresrådgivning och bostadskö",
        "summary": "Råd om hyreskontrakt, andrahandsuthyrning, bostadskö och problem med hyresvärden.",
        "description": (
            "Hos oss får du råd om ditt hyreskontrakt, om hyran är rimlig och vad du gör om hyresvärden "
            "inte lagar fel i lägenheten. Vi varnar för falska andrahandskontrakt och hjälper dig att "
            "ställa dig i kommunens bostadskö. Rådgivningen är gratis för alla."
        ),
        "location": "hyresgasterna",
        "languages": ["sv", "ar", "so"],
        "groups": ["everyone"],
        "schedules": [("WEEKLY", "TU", "17:00", "19:00", "Tisdag kl. 17–19")],
        "contact": ("Kerstin Boman", "Rådgivare", "hyresgasterna.sjostad@example.org"),
    },
]
