"""Reads for editions."""

from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse

from samvirke.editorial.models import Edition


def list_editions(*, municipality=None) -> QuerySet[Edition]:
    qs = Edition.objects.select_related("municipality", "published_by")
    if municipality is not None:
        qs = qs.filter(municipality=municipality)
    return qs.order_by("municipality__name", "-number")


def get_latest_edition(*, municipality) -> Edition | None:
    return (
        Edition.objects.filter(municipality=municipality)
        .select_related("municipality")
        .order_by("-number")
        .first()
    )


def get_edition_or_404(*, municipality, number: int) -> Edition:
    edition = (
        Edition.objects.select_related("municipality", "published_by")
        .filter(municipality=municipality, number=number)
        .first()
    )
    if edition is None:
        raise Http404("No such edition")
    return edition


def get_edition_pdf_url(name: str) -> str | None:
    """The PDF view of the edition whose PDF is stored as `name` (private files' addresses, decision 0055)."""
    edition = Edition.objects.filter(pdf=name).select_related("municipality").first()
    if edition is None:
        return None
    return reverse("editorial:edition_pdf", args=[edition.municipality.slug, edition.number])
