"""Keeping the search index in step with the handbook."""

from django.db import connection
from django.db.models import Value

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.search.models import SearchDocument
from samvirke.search.text import fold


def _initiative_body(initiative: Initiative) -> str:
    language = initiative.municipality.language
    parts = [initiative.summary, initiative.description]
    parts += [
        link.organisation.name for link in initiative.initiativeorganiser_set.select_related("organisation")
    ]
    for location in initiative.locations.all():
        parts.append(f"{location.name} {location.address} {location.postcode} {location.city}")
    parts += [group.label(language) for group in initiative.target_groups.all()]
    if initiative.section_id:
        parts.append(initiative.section.title)
    return "\n".join(part for part in parts if part)


def _organisation_body(organisation: Organisation) -> str:
    parts = [organisation.description, organisation.address, organisation.get_kind_display()]
    return "\n".join(str(part) for part in parts if part)


def _save_document(*, entry, kind: str, body: str) -> SearchDocument:
    municipality = entry.municipality
    title = entry.title if kind == SearchDocument.Kind.INITIATIVE else entry.name
    document, _created = SearchDocument.objects.update_or_create(
        kind=kind,
        object_id=entry.pk,
        defaults={
            "municipality": municipality,
            "uuid": entry.uuid,
            "title": title,
            "body": body,
            # The title twice: it weighs more in the FTS ranking.
            "folded": fold(f"{title} {title} {body}"),
            "language": municipality.language,
            "path": entry.get_absolute_url(),
            "freshness": entry.last_verified_at or entry.updated_at,
        },
    )
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchVector

        config = {"da": "danish", "sv": "swedish"}.get(municipality.language, "simple")
        SearchDocument.objects.filter(pk=document.pk).update(
            search_vector=SearchVector(Value(f"{title} {body}"), config=config)
        )
    return document


def index_initiative(*, initiative_id: int) -> None:
    """(Re)index one initiative; removes it from the index when it no longer exists."""
    initiative = Initiative.objects.select_related("municipality", "section").filter(pk=initiative_id).first()
    if initiative is None:
        SearchDocument.objects.filter(kind=SearchDocument.Kind.INITIATIVE, object_id=initiative_id).delete()
        return
    _save_document(entry=initiative, kind=SearchDocument.Kind.INITIATIVE, body=_initiative_body(initiative))


def index_organisation(*, organisation_id: int) -> None:
    organisation = Organisation.objects.select_related("municipality").filter(pk=organisation_id).first()
    if organisation is None:
        SearchDocument.objects.filter(
            kind=SearchDocument.Kind.ORGANISATION, object_id=organisation_id
        ).delete()
        return
    _save_document(
        entry=organisation, kind=SearchDocument.Kind.ORGANISATION, body=_organisation_body(organisation)
    )


def reindex(*, municipality=None, progress=None) -> int:
    """Rebuild the index for one municipality or all. Returns the number of documents written."""
    initiatives = Initiative.objects.all()
    organisations = Organisation.objects.all()
    if municipality is not None:
        initiatives = initiatives.for_municipality(municipality)
        organisations = organisations.for_municipality(municipality)
        SearchDocument.objects.for_municipality(municipality).delete()
    else:
        SearchDocument.objects.all().delete()
    count = 0
    for pk in organisations.values_list("pk", flat=True):
        index_organisation(organisation_id=pk)
        count += 1
        if progress:
            progress()
    for pk in initiatives.values_list("pk", flat=True):
        index_initiative(initiative_id=pk)
        count += 1
        if progress:
            progress()
    return count
