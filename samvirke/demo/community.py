"""Demo content of the community tools: practitioner logins, forum categories and threads for Holstebro
and Region Halland, two good stories for Holstebro (one with an image drawn with Pillow at load time),
and volunteer needs with shifts in the weeks after loading.

Idempotent: records are found by natural keys, posts by their text; shifts are only added while a
need has none still to come, so a second run the same day (or any day) changes nothing that exists.
All people are fictional (example.org).
"""

import datetime as dt
import io
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from samvirke.accounts.models import Membership, Role, User
from samvirke.community import images
from samvirke.community.markdown import render_markdown
from samvirke.community.models import (
    ForumCategory,
    Post,
    Shift,
    Story,
    StoryImage,
    Thread,
    VolunteerNeed,
    Watch,
)
from samvirke.community.services.forum import mentionable_usernames
from samvirke.core.models import Municipality, Region
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.search.text import fold

PEOPLE = [
    # username, first, last, municipality, organisation slug, role, what (printed by load_demo)
    ("praktiker-holstebro", "Louise", "Kragh", "holstebro", "sprogcenter-holstebro", Role.PRACTITIONER,
     "practitioner, Sprogcenter Holstebro (forum)"),
    ("ejer-holstebro", "Peter", "Damgaard", "holstebro", "frivilligcenter-holstebro", Role.ORGANISATION_OWNER,
     "organisation owner, Frivilligcenter Holstebro (volunteers, stories for review)"),
    ("praktiker-halmstad", "Sara", "Lindqvist", "halmstad", "halmstad-arbetsmarknad", Role.PRACTITIONER,
     "practitioner, Arbetsmarknadsenheten Halmstad (forum)"),
]  # fmt: skip

CATEGORIES = [
    # scope ("m" or "r"), slug of scope, category slug, name, description
    ("m", "holstebro", "integrationsnetvaerket", "Integrationsnetværket",
     "Koordination på tværs af forvaltninger, institutioner og foreninger: hvem gør hvad?"),
    ("m", "holstebro", "sprog-og-lektiehjaelp", "Sprog og lektiehjælp",
     "Sprogcaféer, lektiehjælp og danskundervisning: erfaringer og samarbejde."),
    ("m", "holstebro", "frivillige-og-foreninger", "Frivillige og foreninger",
     "At finde, tage imod og fastholde frivillige – og at fortælle de gode historier."),
    ("r", "halland", "erfarenhetsutbyte", "Erfarenhetsutbyte i Halland",
     "För alla som arbetar med integration i Hallands kommuner, myndigheter och föreningar."),
    ("r", "halland", "sprakcafeer-och-laxhjalp", "Språkcaféer och läxhjälp",
     "Hur driver vi språkcaféer och läxhjälp tillsammans med frivilliga?"),
]  # fmt: skip

THREADS = [
    # category slug, title, [(author, days ago, text), ...]
    ("integrationsnetvaerket", "Hvem koordinerer modtagelsen af de nye familier til foråret?", [
        ("praktiker-holstebro", 6,
         "Vi får flere nye familier på Sprogcentret til foråret. Hvem har overblikket over, hvilke "
         "frivillige tilbud de kan henvises til den første måned?\n\nJeg tænker især på netværksfamilier og "
         "lektiehjælp. @ejer-holstebro, ved I på Frivilligcentret, hvad der er plads til?"),
        ("ejer-holstebro", 5,
         "Godt spørgsmål! Vi samler det i håndbogen – se "
         "[Frivilligcenter Holstebro](/holstebro/organisations/frivilligcenter-holstebro/). "
         "Lektiehjælpen i biblioteket har plads om onsdagen, og vi søger flere frivillige til sprogcaféen.\n\n"
         "Lad os tage et fælles møde med Integrationsafdelingen i næste uge."),
        ("editor-holstebro", 4,
         "Jeg har opdateret håndbogen, så kontaktpersonerne står rigtigt. Husk: ingen oplysninger om de "
         "enkelte familier her i forummet – kun om tilbud og samarbejde."),
    ]),
    ("sprog-og-lektiehjaelp", "Sprogcaféen mangler samtaleværter om tirsdagen", [
        ("ejer-holstebro", 3,
         "[Sprogcaféen](/holstebro/initiatives/sprogcafeen/) er blevet så populær, at vi mangler "
         "samtaleværter om tirsdagen kl. 17–19. Vagterne ligger under *Bliv frivillig*, og man kan melde sig "
         "uden at oprette en konto.\n\nKender I nogen, der taler arabisk eller tigrinya?"),
        ("praktiker-holstebro", 2,
         "> @ejer-holstebro:\n> Kender I nogen, der taler arabisk eller tigrinya?\n\n"
         "Vi har to kursister på modul 5, som gerne vil være frivillige. Jeg giver dem linket."),
    ]),
    ("frivillige-og-foreninger", "Den gode historie: hvordan får vi den fortalt?", [
        ("praktiker-holstebro", 9,
         "Integrationspolitikken siger, at vi skal *fortælle de gode historier* for at nedbryde fordomme. "
         "Nu kan redaktørerne udgive gode historier i Samvirke, og foreningerne kan sende deres egne ind.\n\n"
         "Husk at spørge folk, før I nævner dem med navn eller viser billeder af dem."),
    ]),
    ("erfarenhetsutbyte", "Äntligen ett forum för oss som arbetar med integration i Halland", [
        ("praktiker-halmstad", 8,
         "På Integration Hallands konferens blev det tydligt att vi behöver fler mötesplatser för samverkan – "
         "många önskade en chattgrupp eller ett forum. Här är det!\n\n"
         "Börja gärna med att berätta vad ni arbetar med och vad ni vill utbyta erfarenheter om."),
        ("editor-halmstad", 7,
         "Välkomna! Inventeringen av allt som görs för nyanlända finns i regionens gemensamma översikt. "
         "Skriv gärna här om något saknas, så uppdaterar vi."),
    ]),
    ("sprakcafeer-och-laxhjalp", "Hur får ni frivilliga att stanna kvar i språkcaféet?", [
        ("praktiker-halmstad", 4,
         "I [Språkcafé i Halmstad](/halmstad/initiatives/sprakcafe-halmstad/) kommer många nya frivilliga "
         "på hösten men färre på våren. Hur gör ni i Falkenberg och Hylte för att de ska stanna kvar?"),
    ]),
]  # fmt: skip

STORIES = [
    {
        "slug": "fra-sprogcafe-til-venskab",
        "title": "Fra sprogcafé til venskab",
        "summary": "Hver tirsdag mødes nye og gamle holstebroere i Sprogcaféen. For flere er det blevet starten på et venskab.",
        "body": (
            "Det begyndte med en kop kaffe og et brev fra kommunen, som var svært at forstå. Nu mødes en fast "
            "gruppe hver tirsdag i Kultur og Frivillighuset for at tale dansk – om vejret, børnenes skole og "
            "opskrifter fra hele verden.\n\n"
            "## Samtale frem for grammatik\n\n"
            "De frivillige samtaleværter retter ikke hvert eneste ord. *Det vigtigste er, at man tør tale*, "
            "siger en af dem. Mange kursister fra sprogcentret kommer for at øve det, de har lært i timen.\n\n"
            "> Kendskab skaber venskab.\n\n"
            "Sprogcaféen søger altid flere samtaleværter. Se vagterne under *Bliv frivillig*."
        ),
        "initiatives": ["sprogcafeen"],
        "organisations": ["kultur-og-frivillighuset", "frivilligcenter-holstebro"],
        "image_alt": "Tegning af to kaffekopper og to talebobler på en varm gul baggrund",
        "image_caption": "Sprogcaféen holder åbent tirsdag og lørdag. Illustration: Samvirke",
        "days_ago": 10,
    },
    {
        "slug": "lektiehjaelp-der-goer-en-forskel",
        "title": "Lektiehjælp, der gør en forskel",
        "summary": "Studerende og pensionister giver lektiehjælp i biblioteket – og forældrene sidder med.",
        "body": (
            "Mandag og onsdag eftermiddag er der liv i bibliotekets lektiecafé. Frivillige studerende og "
            "pensionister hjælper elever fra 3. til 10. klasse med dansk, matematik og engelsk.\n\n"
            "Forældrene er velkomne til at sidde med, og mange bruger tiden til selv at øve dansk. "
            "Samarbejdet mellem biblioteket og Dansk Røde Kors betyder, at der altid er en voksen, der kender "
            "eleverne.\n\n"
            "Vil du være lektiehjælper? Meld dig til en vagt – det kræver ingen konto."
        ),
        "initiatives": ["lektiehjaelp-biblioteket"],
        "organisations": ["holstebro-bibliotek", "roede-kors-holstebro"],
        "days_ago": 3,
    },
]

NEEDS = [
    # initiative slug, role, description, skills, languages, weekday(s) (0=Mon), start, end, capacity, place, weeks
    ("sprogcafeen", "Samtalevært i Sprogcaféen",
     "Du taler dansk med nye holstebroere over en kop kaffe, hjælper med udtale og hverdagsdansk og måske "
     "med et brev fra kommunen. Du behøver ikke være lærer – bare nysgerrig og tålmodig.",
     "Lyst til at lytte og tale; gerne erfaring med foreningsliv", ["da", "ar", "ti"], [1], "17:00", "19:00", 4,
     "Kultur og Frivillighuset, Nørregade 24", 6),
    ("lektiehjaelp-biblioteket", "Lektiehjælper i biblioteket",
     "Du hjælper skolebørn fra 3. til 10. klasse med lektier i dansk, matematik eller engelsk, sammen med "
     "bibliotekets personale og Dansk Røde Kors.",
     "Gode kundskaber i dansk, matematik eller engelsk", ["da", "en", "so"], [0, 2], "15:00", "17:00", 3,
     "Holstebro Bibliotek, Greve Schacks Gade 2", 4),
    ("frivillig-mentor", "Introduktionsmøde for nye mentorer",
     "Hør om at være mentor for en flygtning eller familie det første år: hvad opgaven er, hvordan vi "
     "matcher, og hvilken støtte du får.",
     "", ["da", "en"], [3], "19:00", "21:00", 15, "Kultur og Frivillighuset, Nørregade 24", 1),
]  # fmt: skip


def load(loader) -> None:
    users = _people(loader)
    _verify_demo_addresses(loader)
    _forum(loader, users)
    _stories(loader)
    _volunteering(loader)


def _people(loader) -> dict[str, User]:
    password = settings.SAMVIRKE_DEMO_PASSWORD
    users = {}
    for username, first, last, municipality_slug, organisation_slug, role, what in PEOPLE:
        organisation = Organisation.objects.filter(
            municipality__slug=municipality_slug, slug=organisation_slug
        ).first()
        if organisation is None:
            continue
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username, f"{username}@example.org", password, first_name=first, last_name=last
            )
            loader.report.created += 1
        _membership, created = Membership.objects.get_or_create(
            user=user,
            role=role,
            organisation=organisation,
            defaults={"municipality": organisation.municipality},
        )
        loader.report.created += int(created)
        users[username] = user
        loader.report.logins.append((username, password, what))
    for user in User.objects.filter(username__startswith="editor-"):
        users[user.username] = user
    return users


def _verify_demo_addresses(loader) -> None:
    """Demo logins sign in at once: their addresses count as confirmed (allauth's mandatory verification)."""
    usernames = ["admin", *(p[0] for p in PEOPLE)]
    for user in User.objects.filter(username__in=usernames) | User.objects.filter(
        username__startswith="editor-"
    ):
        if user.email:
            loader.upsert(
                EmailAddress, {"user": user, "email": user.email.lower()}, {"verified": True, "primary": True}
            )


def _forum(loader, users: dict[str, User]) -> None:
    categories = {}
    for order, (scope, scope_slug, slug, name, description) in enumerate(CATEGORIES):
        if scope == "m":
            owner = {"municipality": Municipality.objects.filter(slug=scope_slug).first()}
        else:
            owner = {"region": Region.objects.filter(slug=scope_slug).first()}
        if next(iter(owner.values())) is None:
            continue
        categories[slug] = loader.upsert(
            ForumCategory, {**owner, "slug": slug}, {"name": name, "description": description, "order": order}
        )
    now = timezone.now()
    for category_slug, title, posts in THREADS:
        category = categories.get(category_slug)
        first_author = users.get(posts[0][0])
        if category is None or first_author is None:
            continue
        thread = Thread.objects.filter(category=category, title=title).first()
        if thread is None:
            thread = Thread.objects.create(
                category=category,
                title=title,
                author=first_author,
                last_post_at=now - dt.timedelta(days=posts[0][1]),
            )
            Thread.objects.filter(pk=thread.pk).update(created_at=now - dt.timedelta(days=posts[0][1]))
            Watch.objects.get_or_create(user=first_author, thread=thread, defaults={"level": "watching"})
            loader.report.created += 1
        for username, days_ago, text in posts:
            author = users.get(username)
            if author is None or Post.objects.filter(thread=thread, author=author, body=text).exists():
                continue
            rendered = render_markdown(text, known_usernames=mentionable_usernames(text))
            post = Post.objects.create(
                thread=thread, author=author, body=text, body_html=rendered.html, search_text=fold(text)
            )
            Post.objects.filter(pk=post.pk).update(created_at=now - dt.timedelta(days=days_ago))
            post.mentions.set(User.objects.filter(username__in=rendered.mentioned))
            for municipality, kind, slug in rendered.entry_links:
                model = Initiative if kind == "initiatives" else Organisation
                entry = model.objects.filter(municipality__slug=municipality, slug=slug).first()
                if entry is not None:
                    (post.initiatives if kind == "initiatives" else post.organisations).add(entry)
            loader.report.created += 1
            published = thread.posts.filter(status=Post.Status.PUBLISHED)
            Thread.objects.filter(pk=thread.pk).update(
                post_count=published.count(), last_post_at=max(p.created_at for p in published)
            )


def _illustration() -> ContentFile:
    """A warm, simple illustration (two cups and two speech bubbles), drawn at load time."""
    image = Image.new("RGB", (1200, 800), (246, 214, 120))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, 1200, 800), fill=(170, 110, 70))
    for x, colour in ((330, (250, 250, 245)), (720, (190, 60, 50))):
        draw.rounded_rectangle((x, 380, x + 170, 560), radius=24, fill=colour, outline=(60, 40, 30), width=6)
        draw.arc((x + 140, 420, x + 230, 510), start=270, end=90, fill=(60, 40, 30), width=12)
    draw.ellipse((180, 110, 560, 330), fill=(255, 255, 255), outline=(60, 40, 30), width=6)
    draw.polygon(((330, 320), (370, 390), (400, 320)), fill=(255, 255, 255))
    draw.ellipse((640, 80, 1040, 300), fill=(40, 110, 170), outline=(60, 40, 30), width=6)
    draw.polygon(((800, 290), (790, 370), (860, 295)), fill=(40, 110, 170))
    for i in range(3):
        draw.ellipse((290 + i * 60, 200, 320 + i * 60, 230), fill=(60, 40, 30))
        draw.ellipse((760 + i * 60, 175, 790 + i * 60, 205), fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="sprogcafe.png")


def _stories(loader) -> None:
    municipality = Municipality.objects.filter(slug="holstebro").first()
    author = User.objects.filter(username="editor-holstebro").first()
    if municipality is None or author is None:
        return
    now = timezone.now()
    for data in STORIES:
        existing = Story.objects.filter(municipality=municipality, slug=data["slug"]).first()
        values = {
            "title": data["title"],
            "summary": data["summary"],
            "body": data["body"],
            "body_html": render_markdown(data["body"], top_heading=2).html,
            "language": "da",
            "status": Story.Status.PUBLISHED,
        }
        story = loader.upsert(
            Story,
            {"municipality": municipality, "slug": data["slug"]},
            values,
            on_create={"author": author, "published_at": now - dt.timedelta(days=data["days_ago"])},
        )
        if existing is None:
            loader.set_m2m(
                story.initiatives,
                Initiative.objects.filter(municipality=municipality, slug__in=data["initiatives"]),
            )
            loader.set_m2m(
                story.organisations,
                Organisation.objects.filter(municipality=municipality, slug__in=data["organisations"]),
            )
        if data.get("image_alt") and not story.images.exists():
            largest, renditions = images.process_upload(_illustration())
            image = StoryImage(story=story, alt_text=data["image_alt"], caption=data.get("image_caption", ""))
            image.image.save(largest.name, largest, save=False)
            image.renditions = renditions
            image.full_clean()
            image.save()
            loader.report.created += 1


def _volunteering(loader) -> None:
    municipality = Municipality.objects.filter(slug="holstebro").first()
    if municipality is None:
        return
    zone = ZoneInfo(municipality.time_zone)
    today = timezone.now().astimezone(zone).date()
    for slug, role, description, skills, languages, weekdays, start, end, capacity, place, weeks in NEEDS:
        initiative = Initiative.objects.filter(municipality=municipality, slug=slug).first()
        if initiative is None:
            continue
        contact = initiative.organisers.exclude(email="").values_list("email", flat=True).first() or ""
        need = loader.upsert(
            VolunteerNeed,
            {"initiative": initiative, "role": role},
            {
                "municipality": municipality,
                "description": description,
                "skills": skills,
                "languages": languages,
            },
            on_create={"contact_email": contact},
        )
        if need.shifts.filter(starts_at__gt=timezone.now()).exists():
            continue
        opens, closes = dt.time.fromisoformat(start), dt.time.fromisoformat(end)
        day = today + dt.timedelta(days=1)
        created = 0
        while created < weeks * len(weekdays):
            if day.weekday() in weekdays:
                Shift.objects.create(
                    need=need,
                    starts_at=dt.datetime.combine(day, opens, tzinfo=zone),
                    ends_at=dt.datetime.combine(day, closes, tzinfo=zone),
                    capacity=capacity,
                    location=place,
                )
                created += 1
            day += dt.timedelta(days=1)
        loader.report.created += created
