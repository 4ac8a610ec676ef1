"""Writes for initiatives. Every write validates with full_clean and runs in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from samvirke.core.languages import validate_language_code
from samvirke.core.models import Municipality
from samvirke.initiatives.models import Initiative, InitiativeLanguage


def _normalise_codes(codes: list[str]) -> list[str]:
    normalised = []
    errors = []
    for raw in codes:
        code = raw.strip().lower()
        try:
            validate_language_code(code)
        except ValidationError as error:
            errors.extend(error.messages)
            continue
        if code not in normalised:
            normalised.append(code)
    if errors:
        raise ValidationError({"languages": errors})
    return normalised


@transaction.atomic
def set_initiative_languages(*, initiative: Initiative, codes: list[str]) -> list[str]:
    """Replace the languages an initiative is offered in. Raises ValidationError naming unknown codes."""
    wanted = _normalise_codes(codes)
    initiative.languages.exclude(code__in=wanted).delete()
    existing = set(initiative.languages.values_list("code", flat=True))
    InitiativeLanguage.objects.bulk_create(
        [InitiativeLanguage(initiative=initiative, code=code) for code in wanted if code not in existing]
    )
    return wanted


@transaction.atomic
def create_initiative(
    *, municipality: Municipality, title: str, slug: str, languages: list[str] | None = None, **fields
) -> Initiative:
    """Create an initiative in a municipality. Raises ValidationError with a message per field."""
    initiative = Initiative(municipality=municipality, title=title, slug=slug, **fields)
    initiative.full_clean()
    if Initiative.objects.filter(municipality=municipality, slug=slug).exists():
        raise ValidationError(
            {"slug": _("An initiative with this address already exists in the municipality.")}
        )
    initiative.save()
    if languages:
        set_initiative_languages(initiative=initiative, codes=languages)
    return initiative
