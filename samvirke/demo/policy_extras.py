"""Demo content of the policy capability, loaded after the handbooks (samvirke.demo.loader.DEMO_CONTENT).

- Hillerød: the action programme 2012–2014 with its 20 numbered actions (seed 004), each linked to
  its focus point and initiative, with statuses (and the progress each stands for), milestones,
  responsible committees and a few weights. The statuses and milestones are invented (demo).
- Silkeborg: the "job within a year" indicator is judged against the national average at the
  same date, as its success criterion says ("better than the national average").
- Holstebro: a draft evaluation report for the election period 2014–2017 with narrative sections
  and a few stakeholders' answers (invented, demo).

Everything goes through loader.upsert, so a second run changes nothing.
"""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from samvirke.demo.data import hillerod
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.policy.models import (
    Action,
    ActionProgramme,
    ActionStatus,
    EvaluationReport,
    FocusArea,
    FocusPoint,
    Indicator,
    Milestone,
    NarrativeSection,
    Policy,
    StakeholderAnswer,
    StakeholderInvitation,
)

DEMO_SITE = "http://127.0.0.1:8000"

HILLEROD_STATUSES = [
    # key, name, progress, description
    ("ikke-startet", "Ikke startet", 0, "Indsatsen er ikke sat i gang endnu."),
    ("sat-i-bero", "Sat i bero", 20, "Indsatsen er startet, men er sat på pause."),
    ("igangsat", "Igangsat", 30, "Indsatsen er sat i gang og har en ansvarlig."),
    ("godt-i-gang", "Godt i gang", 60, "De første resultater kan aflæses."),
    ("naesten-i-maal", "Næsten i mål", 85, "Indsatsen er på vej til at blive afsluttet."),
    ("gennemfoert", "Gennemført", 100, "Indsatsen er gennemført."),
]

# Per action number: status key, weight (None = 1), responsible committee.
_COMMITTEE = {
    "modtagelse": "Social- og Sundhedsudvalget",
    "boern-og-unge": "Børne- og Skoleudvalget",
    "beskaeftigelse": "Arbejdsmarkedsudvalget",
    "foreninger-og-faellesskab": "Kultur- og Fritidsudvalget",
}
_STATUS = {
    1: "godt-i-gang",
    2: "gennemfoert",
    3: "igangsat",
    4: "naesten-i-maal",
    5: "gennemfoert",
    6: "gennemfoert",
    7: "godt-i-gang",
    8: "godt-i-gang",
    9: "igangsat",
    10: "godt-i-gang",
    11: "gennemfoert",
    12: "igangsat",
    13: "sat-i-bero",
    14: "naesten-i-maal",
    15: "igangsat",
    16: "gennemfoert",
    17: "gennemfoert",
    18: "godt-i-gang",
    19: "ikke-startet",
    20: "igangsat",
}
# The target is about young people's education and jobs: those actions weigh more.
_WEIGHT = {1: "2", 10: "2", 12: "3", 15: "3", 18: "2", 20: "2"}
_MILESTONES = {
    1: [
        ("2012-03-01", "Fast kontaktperson for alle nye flygtninge"),
        ("2013-01-15", "Introduktionsforløb med frivillige guider"),
    ],
    2: [
        ("2012-06-01", "Folderen udgivet på dansk, arabisk, somali, tyrkisk og engelsk"),
        ("2013-06-01", "Opdateret udgave"),
    ],
    3: [("2012-09-01", "Første netværksmøder med familier, skole og sundhedspleje")],
    4: [("2012-01-27", "Grupperne kører allerede ved vedtagelsen"), ("2013-09-01", "Ny gruppe i Østby")],
    5: [("2012-05-01", "Første hold med fysioterapeut"), ("2014-06-30", "Forløbene evalueret og afsluttet")],
    7: [("2012-11-01", "Aftale med boligforeningen om overgangsboliger")],
    10: [
        ("2012-08-01", "Sprogvurdering af alle tosprogede treårige"),
        ("2013-08-01", "Dansk som andetsprog i alle klasser"),
    ],
    11: [("2012-09-01", "Læsekufferter i daginstitutionerne"), ("2014-05-01", "Afsluttende læsefestival")],
    12: [("2012-08-01", "Mentorordning på ungdomsuddannelserne"), ("2013-12-01", "Opfølgning på frafald")],
    13: [
        ("2012-10-01", "Første rollemodeller uddannet"),
        ("2013-10-01", "Korpset sat i bero: ny koordinator søges"),
    ],
    14: [
        ("2012-01-27", "Ordningen kører allerede ved vedtagelsen"),
        ("2013-03-01", "Fast praktikvejleder på alle plejecentre"),
    ],
    15: [("2012-03-01", "Virksomhedsrettede forløb med Erhvervsrådet")],
    16: [("2012-09-01", "Kursus i vedtægter og regnskab"), ("2013-03-01", "Kursus i fondsansøgninger")],
    17: [("2012-05-01", "Facader udvalgt med beboerne"), ("2012-08-31", "Gangtunnellen i Østby indviet")],
    18: [
        ("2012-04-01", "Aftale med Erhvervsrådet om flere praktikpladser"),
        ("2013-08-01", "25 nye praktikpladser"),
    ],
    20: [("2012-06-01", "Første oplæringsstillinger i kommunen")],
}


def load(loader) -> None:
    hillerod_programme(loader)
    silkeborg_comparator(loader)
    holstebro_evaluation(loader)


def hillerod_programme(loader) -> None:
    policy = Policy.objects.filter(municipality__slug="hillerod", slug=hillerod.POLICY["slug"]).first()
    if policy is None:
        return
    place = policy.municipality
    programme = loader.upsert(
        ActionProgramme,
        {"municipality": place, "slug": "integrationshandlingsprogram-2012-2014"},
        {
            "policy": policy,
            "title": "Integrationshandlingsprogram 2012–2014",
            "period_start": dt.date(2012, 1, 27),
            "period_end": dt.date(2014, 12, 31),
            "description": (
                "Byrådet vedtog den 27. januar 2012 et integrationshandlingsprogram med 20 konkrete indsatser, "
                "som alle politiske udvalg har bidraget til. Målet er, at etniske unge på alle områder ligger på "
                "samme niveau som etnisk danske unge allerede i 2014 – og at resultaterne hurtigt kan aflæses. "
                "Status og milepæle er demo-indhold."
            ),
            "is_demo": True,
        },
    )
    statuses = {}
    for order, (key, name, progress, description) in enumerate(HILLEROD_STATUSES):
        statuses[key] = loader.upsert(
            ActionStatus,
            {"municipality": place, "programme": None, "key": key},
            {"name": name, "progress": progress, "description": description, "order": order},
        )
    organisations = {o.slug: o for o in Organisation.objects.for_municipality(place)}
    initiatives = {i.slug: i for i in Initiative.objects.for_municipality(place)}
    points = {p.number: p for p in FocusPoint.objects.filter(focus_area__policy=policy)}
    # Handbook initiatives that also serve an action (besides the action's own initiative).
    also = {}
    for item in hillerod.INITIATIVES:
        for number in item.get("focus_points", []):
            also.setdefault(int(number), []).append(item["slug"])
    for number, (slug, heading, section, organiser, status) in enumerate(hillerod.ACTIONS, start=1):
        start = dt.date.fromisoformat(hillerod._DETAILS[number][3])
        action = loader.upsert(
            Action,
            {"programme": programme, "number": str(number)},
            {
                "title": heading,
                "description": hillerod._DETAILS[number][0],
                "order": number - 1,
                "status": statuses[_STATUS[number]],
                "weight": Decimal(_WEIGHT[number]) if number in _WEIGHT else None,
                "responsible_organisation": organisations.get(organiser),
                "responsible_body": _COMMITTEE[section],
                "start_date": start,
                "end_date": dt.date(2014, 12, 31) if status == "ended" else None,
            },
        )
        linked = sorted({f"{number:02d}-{slug}", *also.get(number, [])})
        loader.set_m2m(action.initiatives, [initiatives[s] for s in linked if s in initiatives])
        loader.set_m2m(action.focus_points, [points[str(number)]] if str(number) in points else [])
        for date, title in _MILESTONES.get(number, []):
            loader.upsert(
                Milestone, {"action": action, "date": dt.date.fromisoformat(date), "title": title}, {}
            )


def silkeborg_comparator(loader) -> None:
    """Silkeborg's criterion is "better than the national average": judge the indicator that way."""
    indicator = Indicator.objects.filter(
        criterion__policy__municipality__slug="silkeborg",
        name="Andel nytilkomne flygtninge i job inden for et år",
    ).first()
    if indicator is not None:
        loader.upsert(Indicator, {"pk": indicator.pk}, {"comparison": Indicator.Comparison.COMPARATOR})


HOLSTEBRO_SECTIONS = [
    (
        None,
        "Indledning",
        "Integrationspolitikken evalueres én gang i hver valgperiode sammen med interessenterne. Denne rapport "
        "samler de aktiviteter, der har kørt i valgperioden 2014–2017, resultaterne for politikkens succeskriterier "
        "og det, foreningerne og de frivillige har fortalt os.\n\nUdkastet skrives færdigt, når alle interessenter "
        "har svaret. (Demo-indhold.)",
    ),
    (
        "1",
        "Uddannelse (skolegang) og erhverv",
        "Andelen af unge med anden etnisk baggrund, der har en ungdomsuddannelse, er steget hvert år i perioden og "
        "ligger i 2017 over landsgennemsnittet. Målet på 70 % er dog ikke nået. Lektiecaféerne og mentorordningen "
        "nævnes af flere interessenter som det, der har gjort en forskel.",
    ),
    (
        "2",
        "Sundhed og trivsel",
        "Motions- og fællesskabstilbuddene har nået mange kvinder, men færre mænd. Interessenterne peger på behovet "
        "for tolkning ved sundhedsoplysning.",
    ),
    ("3", "Samfundsforståelse, der går begge veje", ""),
    (None, "Konklusion og næste skridt", ""),
]
HOLSTEBRO_ANSWERS = [
    # organisation slug, answered, {focus area number: (what worked, what should change)}, general comment
    (
        "frivilligcenter-holstebro",
        True,
        {
            "1": (
                "Lektiecaféen på biblioteket har haft faste frivillige hele perioden, og flere elever er kommet videre "
                "på en ungdomsuddannelse.",
                "Vi mangler frivillige med matematik og fysik.",
            ),
            "3": (
                "Integrationshåndbogen gør det let for nye frivillige at finde ud af, hvem der gør hvad.",
                "Håndbogen skal opdateres oftere end tre gange om året.",
            ),
        },
        "Tak fordi vi bliver spurgt. Vi stiller gerne op til et dialogmøde.",
    ),
    (
        "roede-kors-holstebro",
        True,
        {
            "2": (
                "Mødregrupperne og sundhedscaféen har nået mange nye familier.",
                "Der er brug for tolk ved sundhedsoplysning, især på tigrinya og somali.",
            ),
        },
        "",
    ),
    (
        "kvindernes-netvaerk",
        True,
        {
            "2": (
                "Cykelkurserne giver kvinderne frihed til selv at komme til arbejde og aktiviteter.",
                "Flere hold om aftenen, så kvinder i job også kan være med.",
            ),
            "3": ("Fællesspisningerne skaber kontakt mellem nye og gamle naboer.", ""),
        },
        "",
    ),
    ("jobcenter-holstebro", False, {}, ""),
]


def holstebro_evaluation(loader) -> None:
    policy = Policy.objects.filter(municipality__slug="holstebro").order_by("-period_start").first()
    if policy is None:
        return
    place = policy.municipality
    report = loader.upsert(
        EvaluationReport,
        {
            "municipality": place,
            "policy": policy,
            "period_start": dt.date(2014, 1, 1),
            "period_end": dt.date(2017, 12, 31),
        },
        {
            "title": "Evaluering af integrationspolitikken, valgperioden 2014–2017",
            "status": EvaluationReport.Status.DRAFT,
            "questionnaire_intro": (
                "Holstebro Kommune evaluerer integrationspolitikken sammen med dem, der er interessenter i "
                "indsatsen. Skriv gerne kort og konkret."
            ),
        },
    )
    areas = {area.number: area for area in FocusArea.objects.filter(policy=policy)}
    for order, (number, title, body) in enumerate(HOLSTEBRO_SECTIONS):
        loader.upsert(
            NarrativeSection,
            {"report": report, "order": order},
            {"focus_area": areas.get(number) if number else None, "title": title, "body": body},
        )
    organisations = {o.slug: o for o in Organisation.objects.for_municipality(place)}
    now = timezone.now()
    for slug, answered, answers, comment in HOLSTEBRO_ANSWERS:
        organisation = organisations.get(slug)
        if organisation is None or not organisation.email:
            continue
        invitation = loader.upsert(
            StakeholderInvitation,
            {"report": report, "organisation": organisation},
            {"email": organisation.email, "general_comment": comment, "site_url": DEMO_SITE},
            on_create={
                "sent_at": now - dt.timedelta(days=12),
                "answered_at": now - dt.timedelta(days=5) if answered else None,
            },
        )
        for number, (worked, improve) in answers.items():
            if number in areas:
                loader.upsert(
                    StakeholderAnswer,
                    {"invitation": invitation, "focus_area": areas[number]},
                    {"worked": worked, "improve": improve},
                )
