"""Demo content for the guide (samvirke.demo.loader.DEMO_CONTENT): Holstebro's translations, needs,
guide texts, a machine translation budget and the translator login `oversaetter-holstebro` (Arabic).

Idempotent: a translation row that exists is left alone (a translator's later work wins), and a
second run creates and updates nothing.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from samvirke.accounts.models import Membership, Role, User
from samvirke.core.models import Municipality
from samvirke.demo.data.guide import GUIDE_TEXTS, MACHINE_DRAFTS, NEEDS, OUTDATED, TRANSLATIONS
from samvirke.guide.models import (
    ContentTranslation,
    GuideText,
    InitiativeNeed,
    MachineTranslationBudget,
    TranslationStatus,
    source_hash,
)
from samvirke.initiatives.models import Initiative

TRANSLATOR = "oversaetter-holstebro"


def load(loader) -> None:
    holstebro = Municipality.objects.filter(slug="holstebro").first()
    if holstebro is None:
        return
    translator = _translator(loader, holstebro)
    initiatives = {
        i.slug: i
        for i in Initiative.objects.filter(municipality=holstebro, slug__in=list(TRANSLATIONS) + list(NEEDS))
    }
    for slug, languages in TRANSLATIONS.items():
        if slug in initiatives:
            for language, fields in languages.items():
                for field, text in fields.items():
                    _translation(loader, initiatives[slug], field, language, text, translator=translator)
    for (slug, language, field), text in MACHINE_DRAFTS.items():
        if slug in initiatives:
            _translation(
                loader, initiatives[slug], field, language, text, status=TranslationStatus.MACHINE_DRAFT
            )
    for (slug, language, field), (old_source, text) in OUTDATED.items():
        if slug in initiatives:
            _translation(
                loader,
                initiatives[slug],
                field,
                language,
                text,
                translator=translator,
                status=TranslationStatus.OUTDATED,
                source=old_source,
            )
    for slug, needs in NEEDS.items():
        for need in needs:
            if slug in initiatives:
                loader.upsert(InitiativeNeed, {"initiative": initiatives[slug], "need": need}, {})
    for (kind, need), languages in GUIDE_TEXTS.items():
        text = loader.upsert(
            GuideText, {"municipality": holstebro, "kind": kind, "need": need}, languages["da"]
        )
        for language, fields in languages.items():
            if language != "da":
                for field, value in fields.items():
                    _translation(loader, text, field, language, value, translator=translator)
    loader.upsert(MachineTranslationBudget, {"municipality": holstebro}, {"monthly_characters": 20_000})


def _translator(loader, municipality):
    password = settings.SAMVIRKE_DEMO_PASSWORD
    user = User.objects.filter(username=TRANSLATOR).first()
    if user is None:
        user = User.objects.create_user(
            TRANSLATOR, f"{TRANSLATOR}@example.org", password, first_name="Oversætter", last_name="Holstebro"
        )
        loader.report.created += 1
    _membership, created = Membership.objects.get_or_create(
        user=user, role=Role.TRANSLATOR, municipality=municipality, language="ar"
    )
    loader.report.created += int(created)
    loader.report.logins.append((TRANSLATOR, password, f"translator (Arabic), {municipality.name}"))
    return user


def _translation(
    loader, entry, field, language, text, *, translator=None, status=TranslationStatus.REVIEWED, source=None
):
    lookup = {
        "content_type": ContentType.objects.get_for_model(entry),
        "object_id": entry.pk,
        "field": field,
        "language": language,
    }
    if ContentTranslation.objects.filter(**lookup).exists():
        loader.report.unchanged += 1
        return
    source = getattr(entry, field) if source is None else source
    human = status != TranslationStatus.MACHINE_DRAFT
    ContentTranslation.objects.create(
        **lookup,
        municipality_id=entry.municipality_id,
        text=text,
        status=status,
        source_text=source,
        source_hash=source_hash(source),
        reviewed_source_text=source if human else "",
        updated_by=translator,
        reviewed_by=translator if human else None,
        reviewed_at=timezone.now() if human else None,
    )
    loader.report.created += 1
