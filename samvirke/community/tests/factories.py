import datetime as dt

import factory
from django.utils import timezone

from samvirke.community.markdown import render_markdown
from samvirke.community.models import (
    ForumCategory,
    Post,
    Shift,
    Story,
    Thread,
    VolunteerNeed,
    VolunteerSignup,
)
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.tests.factories import InitiativeFactory


class ForumCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ForumCategory

    municipality = factory.SubFactory(MunicipalityFactory)
    region = None
    name = factory.Sequence(lambda n: f"Kategori {n}")
    slug = factory.Sequence(lambda n: f"kategori-{n}")
    approve_first_posts = False


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thread

    category = factory.SubFactory(ForumCategoryFactory)
    title = factory.Sequence(lambda n: f"Tråd {n}")
    author = factory.SubFactory("samvirke.accounts.tests.factories.UserFactory")
    last_post_at = factory.LazyFunction(timezone.now)
    post_count = 1


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    thread = factory.SubFactory(ThreadFactory)
    author = factory.SelfAttribute("thread.author")
    body = factory.Sequence(lambda n: f"Indlæg nummer {n} om sprogcaféen.")
    body_html = factory.LazyAttribute(lambda post: render_markdown(post.body).html)
    search_text = factory.LazyAttribute(lambda post: post.body.lower())
    status = Post.Status.PUBLISHED


class StoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Story

    municipality = factory.SubFactory(MunicipalityFactory)
    title = factory.Sequence(lambda n: f"Den gode historie {n}")
    slug = factory.Sequence(lambda n: f"den-gode-historie-{n}")
    summary = "En historie om godt naboskab."
    body = "Der var engang en sprogcafé."
    body_html = "<p>Der var engang en sprogcafé.</p>"
    language = "da"
    status = Story.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


class VolunteerNeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VolunteerNeed

    initiative = factory.SubFactory(InitiativeFactory)
    municipality = factory.SelfAttribute("initiative.municipality")
    role = factory.Sequence(lambda n: f"Samtalevært {n}")
    description = "Du taler dansk med nye borgere."
    languages = ["da", "ar"]


class ShiftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Shift

    need = factory.SubFactory(VolunteerNeedFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda shift: shift.starts_at + dt.timedelta(hours=2))
    capacity = 2


class VolunteerSignupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VolunteerSignup

    need = factory.SubFactory(VolunteerNeedFactory)
    name = factory.Sequence(lambda n: f"Frivillig {n}")
    email = factory.Sequence(lambda n: f"frivillig{n}@example.org")
    consent_text = "Ja tak."
    consented_at = factory.LazyFunction(timezone.now)
