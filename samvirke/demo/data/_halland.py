"""Region Halland's six municipalities (seed 003): one shared shape, local names and places.

Integration Halland asked for a region-wide inventory "of everything done and planned for
newcomers" across municipalities, agencies and voluntary organisations; each member gets the
typical set of actors and activities, with its own places and some local activities.
"""

from samvirke.demo.data._build import contact, initiative, monthly, org, place, weekly

SECTIONS = [
    {"slug": "lara-svenska", "title": "Lära sig svenska", "description": "SFI, språkcaféer och läxhjälp."},
    {"slug": "arbete", "title": "Arbete och studier", "description": "Vägar till jobb och utbildning."},
    {"slug": "motesplatser", "title": "Mötesplatser", "description": "Föreningar, fritid och gemenskap."},
]


def municipality(*, slug, name, town, postcode, lat, lon, streets, people, extra=()):
    """Build a demo module's data for one Halland municipality."""
    library, school, church, hall = streets
    locations = [
        place(
            "bibliotek",
            f"{town} bibliotek",
            library,
            postcode,
            town,
            lat,
            lon,
            "Entré utan trappsteg, hörslinga.",
        ),
        place(
            "vux",
            f"Vuxenutbildningen {town}",
            school,
            postcode,
            town,
            round(lat + 0.004, 4),
            round(lon - 0.006, 4),
        ),
        place(
            "kyrkan",
            f"{town} församlingshem",
            church,
            postcode,
            town,
            round(lat - 0.003, 4),
            round(lon + 0.004, 4),
        ),
        place(
            "hallen", f"{town} sporthall", hall, postcode, town, round(lat + 0.006, 4), round(lon + 0.008, 4)
        ),
    ]
    coordinator, volunteer = people
    organisations = [
        org(
            f"{slug}-arbetsmarknad",
            f"Arbetsmarknadsenheten, {name}",
            "municipal_department",
            "Kommunens stöd till nyanlända: samhällsorientering, praktik och jobbcoachning.",
            is_demo=True,
            contacts=[
                contact(
                    f"{slug}-coord",
                    coordinator,
                    "Integrationssamordnare",
                    consent="2026-03-01",
                    source="Samtycke via e-post",
                )
            ],
        ),
        org(
            f"{slug}-sfi",
            f"SFI – Vuxenutbildningen {town}",
            "institution",
            "Svenska för invandrare på dagtid, kvällstid och på distans.",
            is_demo=True,
        ),
        org(
            f"{slug}-roda-korset",
            f"Röda Korset {town}",
            "volunteer_organisation",
            "Frivilliga som driver språkcafé, läxhjälp och kompisverksamhet.",
            is_demo=True,
            contacts=[
                contact(
                    f"{slug}-vol",
                    volunteer,
                    "Frivilligsamordnare",
                    visibility="internal",
                    consent="2026-03-01",
                    source="Samtycke via e-post",
                )
            ],
        ),
        org(
            f"{slug}-svenska-kyrkan",
            f"Svenska kyrkan {town}",
            "association",
            "Mötesplatser och stöd för nyanlända i församlingen.",
            is_demo=True,
        ),
        org(
            f"{slug}-arbetsformedlingen",
            f"Arbetsförmedlingen {town}",
            "state_agency",
            "Statens etableringsinsats för nyanlända.",
            is_demo=True,
        ),
    ]
    initiatives = [
        initiative(
            f"sprakcafe-{slug}",
            f"Språkcafé i {town}",
            "Träna svenska över en kopp kaffe.",
            f"Röda Korset och biblioteket i {town} bjuder in till språkcafé där du pratar svenska med "
            "frivilliga. En del av arbetet för integration i hela Halland.",
            section="lara-svenska",
            groups=["newcomers", "refugees"],
            languages=["sv", "ar", "so", "ti", "prs"],
            organisers=[(f"{slug}-roda-korset", "lead"), (f"{slug}-sfi", "partner")],
            location="bibliotek",
            contacts=[f"{slug}-vol"],
            schedules=[weekly("TU", "17:00", "19:00", "bibliotek")],
        ),
        initiative(
            f"sfi-{slug}",
            f"SFI – svenska för invandrare i {town}",
            "Grundläggande svenska för vuxna.",
            "SFI ger dig grundläggande kunskaper i svenska. Undervisningen finns på dagtid och kvällstid.",
            section="lara-svenska",
            groups=["newcomers", "labour-migrants"],
            languages=["sv", "en"],
            organisers=[f"{slug}-sfi"],
            location="vux",
            schedules=[weekly("MO,TU,WE,TH", "08:30", "12:00", "vux")],
            registration="Anmälan via kommunens webbplats",
        ),
        initiative(
            f"lexhjalp-{slug}",
            f"Läxhjälp på biblioteket i {town}",
            "Gratis läxhjälp för skolelever.",
            "Frivilliga hjälper elever i årskurs 4–9 och gymnasiet med läxor i alla ämnen.",
            section="lara-svenska",
            groups=["children", "youth"],
            languages=["sv", "ar", "so"],
            organisers=[f"{slug}-roda-korset"],
            location="bibliotek",
            schedules=[weekly("MO,WE", "15:30", "17:30", "bibliotek")],
        ),
        initiative(
            f"jobbcoachning-{slug}",
            f"Jobbcoachning för nyanlända i {town}",
            "CV, praktik och första jobbet.",
            "Kommunen och Arbetsförmedlingen hjälper dig med CV, praktikplats och kontakter med "
            "arbetsgivare. Ett samarbete inom Integration Halland.",
            section="arbete",
            groups=["job-seekers", "refugees"],
            languages=["sv", "ar", "ti", "en"],
            organisers=[(f"{slug}-arbetsmarknad", "lead"), (f"{slug}-arbetsformedlingen", "partner")],
            location="vux",
            contacts=[f"{slug}-coord"],
            schedules=[weekly("TH", "09:00", "12:00", "vux")],
        ),
        initiative(
            f"motesplats-kvinnor-{slug}",
            f"Mötesplats för kvinnor i {town}",
            "Samtal, handarbete och fika.",
            "En mötesplats för kvinnor från hela världen i församlingshemmet. Barn är välkomna.",
            section="motesplatser",
            groups=["women", "parents"],
            languages=["sv", "ar", "so", "ti"],
            organisers=[f"{slug}-svenska-kyrkan"],
            location="kyrkan",
            schedules=[monthly(byday="1SA,3SA", opens="13:00", closes="15:00", location="kyrkan")],
        ),
    ]
    return {
        "MUNICIPALITY": {
            "slug": slug,
            "name": name,
            "country": "SE",
            "region": "halland",
            "website": f"https://{slug}.example.org",
        },
        "SECTIONS": SECTIONS,
        "LOCATIONS": locations,
        "ORGANISATIONS": organisations,
        "INITIATIVES": initiatives + list(extra),
    }


def football(slug, town):
    return initiative(
        f"fotboll-for-alla-{slug}",
        f"Fotboll för alla i {town}",
        "Öppen fotbollsträning för unga.",
        "Föreningen tränar öppet för alla unga mellan 10 och 18 år. Skor och kläder kan lånas.",
        section="motesplatser",
        groups=["youth"],
        languages=["sv", "ar", "so", "prs"],
        organisers=[f"{slug}-svenska-kyrkan"],
        location="hallen",
        schedules=[weekly("SU", "14:00", "16:00", "hallen")],
    )


def welcome_guide(slug, town):
    return initiative(
        f"kompis-{slug}",
        f"Kompis {town}",
        "En etablerad hallänning blir din kompis.",
        "Kompisverksamheten matchar nyanlända med etablerade invånare som träffas regelbundet och "
        "gör vardagliga saker tillsammans.",
        section="motesplatser",
        groups=["newcomers", "volunteers"],
        languages=["sv", "en", "ar", "uk"],
        organisers=[f"{slug}-roda-korset"],
        location="bibliotek",
        status="planned",
        start="2027-01-15",
        registration="Anmäl dig till Röda Korset",
    )
