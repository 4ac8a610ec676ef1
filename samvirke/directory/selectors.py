"""Reads for the directory. Contact persons are personal data: visibility is decided here, once."""

from django.db.models import Q, QuerySet
from django.http import Http404

from samvirke.core.models import Municipality
from samvirke.directory.models import ContactPerson, Organisation


def list_organisations(*, municipality: Municipality) -> QuerySet[Organisation]:
    return (
        Organisation.objects.for_municipality(municipality)
        .select_related("parent", "municipality")
        .order_by("name")
    )


def visible_contact_filter(*, user) -> Q:
    """Who may see which contact: the public sees public ones, logged-in practitioners internal ones too."""
    allowed = [ContactPerson.Visibility.PUBLIC]
    if user is not None and user.is_authenticated:
        allowed.append(ContactPerson.Visibility.INTERNAL)
    # Consent is a precondition for showing anyone at all (GDPR).
    return Q(visibility__in=allowed, consent_date__isnull=False)


def list_visible_contacts(*, municipality: Municipality, user=None) -> QuerySet[ContactPerson]:
    return (
        ContactPerson.objects.for_municipality(municipality)
        .filter(visible_contact_filter(user=user))
        .select_related("organisation__municipality")
        .order_by("name")
    )


def list_contacts_of(*, initiative, user) -> QuerySet[ContactPerson]:
    """The contact persons of an initiative that this visitor may see."""
    return initiative.contact_persons.filter(visible_contact_filter(user=user)).select_related("organisation")


def search_visible_contacts(*, municipality: Municipality, user, query: str = "") -> QuerySet[ContactPerson]:
    qs = list_visible_contacts(municipality=municipality, user=user)
    if query:
        qs = qs.filter(
            Q(name__icontains=query) | Q(role__icontains=query) | Q(organisation__name__icontains=query)
        )
    return qs


def get_organisation_or_404(*, municipality: Municipality, slug: str) -> Organisation:
    organisation = (
        Organisation.objects.for_municipality(municipality)
        .select_related("parent", "municipality")
        .prefetch_related("children")
        .filter(slug=slug)
        .first()
    )
    if organisation is None:
        raise Http404("No such organisation")
    return organisation
