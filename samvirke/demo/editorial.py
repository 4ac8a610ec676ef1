"""Demo content for the editorial workflow (samvirke.demo.loader.DEMO_CONTENT): Holstebro's
settings, a few open proposals, and a first published edition, so the editors' queue is not empty.

Idempotent: proposals are found by their comment, and the edition is published only when
Holstebro has none. Values the demo cannot know in advance (ids) are looked up by slug.
"""

from samvirke.core.models import Municipality
from samvirke.directory.models import Organisation
from samvirke.editorial import fields
from samvirke.editorial.models import ChangeProposal, Edition, EditorialSettings, EntryKind
from samvirke.editorial.services.editions import publish_edition
from samvirke.initiatives.models import HandbookSection, Initiative

EDITION_NOTE = "Første udgave i Samvirke. Håndbogen opdateres nu løbende, og en ny udgave udgives ved behov."


def load(loader) -> None:
    holstebro = Municipality.objects.filter(slug="holstebro").first()
    if holstebro is None:
        return
    loader.upsert(
        EditorialSettings,
        {"municipality": holstebro},
        {"owner_edits": EditorialSettings.OwnerEdits.REVIEW, "verification_period_days": 180},
    )
    sprogcafe = Initiative.objects.filter(municipality=holstebro, slug="sprogcafeen").first()
    boldklub = Organisation.objects.filter(municipality=holstebro, slug="holstebro-boldklub").first()
    boligsocial = Organisation.objects.filter(municipality=holstebro, slug="boligsocial-holstebro").first()
    section = HandbookSection.objects.filter(municipality=holstebro, slug="social-integration").first()
    if sprogcafe is not None:
        _proposal(
            loader,
            holstebro,
            entry=sprogcafe,
            proposed={
                "summary": "Sprogcafé hvor du øver dansk med frivillige – tirsdag aften og lørdag formiddag.",
                "languages": ["ar", "da", "en", "ti", "uk"],
                "registration_info": "Ingen tilmelding – kom bare.",
            },
            comment="Vi har fået en frivillig, der taler ukrainsk. Lørdagene står ikke i teksten.",
        )
    if boldklub is not None:
        _proposal(
            loader,
            holstebro,
            entry=boldklub,
            proposed={"phone": "+45 97 42 11 22"},
            comment="Klubben har fået nyt telefonnummer til kontoret.",
        )
    if boligsocial is not None:
        _proposal(
            loader,
            holstebro,
            kind=EntryKind.INITIATIVE,
            proposed={
                "title": "Strikkeklub i Trekanten",
                "summary": "Strik, kaffe og dansk for kvinder i alle aldre.",
                "description": "Vi mødes hver onsdag kl. 10–12 i Beboerhuset Trekanten. Garn og pinde kan lånes.",
                "organisers": [boligsocial.pk],
                "section": section.pk if section else None,
                "target_groups": ["women"],
                "languages": ["ar", "da"],
                "is_free": True,
            },
            comment="Klubben er startet i år og mangler i håndbogen.",
        )
    if not Edition.objects.filter(municipality=holstebro).exists():
        publish_edition(municipality=holstebro, note=EDITION_NOTE, is_demo=True)
        loader.report.created += 1


def _proposal(loader, municipality, *, proposed: dict, comment: str, entry=None, kind=None) -> None:
    kind = kind or fields.kind_of(entry)
    values = {
        "entry_kind": kind,
        "is_new": entry is None,
        "entry_label": str(
            getattr(entry, "title", None) or getattr(entry, "name", None) or proposed.get("title")
        ),
        "proposed": proposed,
        "source": ChangeProposal.Source.PUBLIC,
    }
    if entry is not None:
        values[kind] = entry
    on_create = {
        "original": fields.snapshot(entry, list(proposed)) if entry is not None else {},
        "base_version": getattr(entry, "version", None),
    }
    loader.upsert(
        ChangeProposal, {"municipality": municipality, "comment": comment}, values, on_create=on_create
    )
