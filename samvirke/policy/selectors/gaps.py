"""Reads for the gap analysis (decision 0066): what the policy promises or the newcomers need, and nothing running serves.

For a municipality: focus points with no running initiative; target groups and guide languages
with no running activity; running or planned initiatives linked to no focus point; entries not
verified for a year. For a region, the same counts side by side per member municipality
(Integration Halland's region-wide inventory). Each is a fixed number of grouped queries.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Case, CharField, Count, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from samvirke.core.languages import SERVES_GUIDE_LANGUAGE, guide_language_name, guide_languages
from samvirke.core.models import COUNTRY_LANGUAGE, Municipality, Region
from samvirke.directory.models import ContactPerson, Location, Organisation
from samvirke.initiatives.models import Initiative, InitiativeLanguage, TargetGroup
from samvirke.policy.models import FocusPoint

STALE_AFTER = dt.timedelta(days=365)
RUNNING = Initiative.Status.RUNNING
# The longest unverified first, never-verified ones before all (the same on SQLite and PostgreSQL).
NEVER_FIRST = F("last_verified_at").asc(nulls_first=True)


def list_gap_languages(*, country: str) -> list[str]:
    """The guide languages a municipality or region of `country` should offer activities in: all but
    the other country's own language (Halmstad needs no activity in Danish, Holstebro none in Swedish)."""
    others = set(COUNTRY_LANGUAGE.values()) - {COUNTRY_LANGUAGE[country]}
    return [code for code in guide_languages() if code not in others]


def _guide_language_code():
    """The guide language an initiative's language counts for, computed in SQL."""
    return Case(
        *(When(code=spoken, then=Value(guide)) for spoken, guide in SERVES_GUIDE_LANGUAGE.items()),
        default=F("code"),
        output_field=CharField(),
    )


def _spoken_codes(codes: list[str]) -> list[str]:
    return [*codes, *(spoken for spoken, guide in SERVES_GUIDE_LANGUAGE.items() if guide in codes)]


def _stale() -> Q:
    return Q(last_verified_at__isnull=True) | Q(last_verified_at__lt=timezone.now() - STALE_AFTER)


@dataclass
class Coverage:
    key: str
    label: str
    count: int

    @property
    def is_gap(self) -> bool:
        return self.count == 0


@dataclass
class MunicipalityGaps:
    municipality: Municipality
    focus_points: list[FocusPoint]
    target_groups: list[Coverage]
    languages: list[Coverage]
    unlinked: list[Initiative]
    stale_initiatives: list[Initiative]
    stale_organisations: list[Organisation]
    stale_locations: list[Location]
    stale_contacts: int

    @property
    def target_group_gaps(self) -> list[Coverage]:
        return [c for c in self.target_groups if c.is_gap]

    @property
    def language_gaps(self) -> list[Coverage]:
        return [c for c in self.languages if c.is_gap]


def get_municipality_gaps(*, municipality: Municipality) -> MunicipalityGaps:
    """The gap analysis of one municipality."""
    points = (
        FocusPoint.objects.filter(focus_area__policy__municipality=municipality)
        .annotate(running=Count("initiatives", filter=Q(initiatives__status=RUNNING)))
        .filter(running=0)
        .select_related("focus_area__policy", "theme")
        .order_by(
            "focus_area__policy__period_start", "focus_area__policy_id", "focus_area__order", "order", "pk"
        )
    )
    groups = TargetGroup.objects.annotate(
        running=Count(
            "initiatives", filter=Q(initiatives__municipality=municipality, initiatives__status=RUNNING)
        )
    ).order_by("order", "name")
    codes = list_gap_languages(country=municipality.country)
    offered = dict(
        InitiativeLanguage.objects.filter(
            initiative__municipality=municipality, initiative__status=RUNNING, code__in=_spoken_codes(codes)
        )
        .annotate(guide_code=_guide_language_code())
        .values("guide_code")
        .annotate(n=Count("initiative", distinct=True))
        .values_list("guide_code", "n")
    )
    live = Initiative.objects.for_municipality(municipality).exclude(status=Initiative.Status.ENDED)
    stale = _stale()
    return MunicipalityGaps(
        municipality=municipality,
        focus_points=list(points),
        target_groups=[Coverage(g.slug, g.label(), g.running) for g in groups],
        languages=[Coverage(code, guide_language_name(code), offered.get(code, 0)) for code in codes],
        unlinked=list(
            live.filter(focus_points__isnull=True).order_by("title").only("title", "slug", "status")
        ),
        stale_initiatives=list(
            live.filter(stale).order_by(NEVER_FIRST, "title").only("title", "slug", "last_verified_at")
        ),
        stale_organisations=list(
            Organisation.objects.for_municipality(municipality)
            .filter(stale)
            .order_by(NEVER_FIRST, "name")
            .only("name", "slug", "last_verified_at")
        ),
        stale_locations=list(
            Location.objects.for_municipality(municipality)
            .filter(stale)
            .order_by("name")
            .only("name", "last_verified_at")
        ),
        # Contact persons are personal data: the public page only counts them (GDPR).
        stale_contacts=ContactPerson.objects.for_municipality(municipality).filter(stale).count(),
    )


@dataclass
class RegionRow:
    label: str
    cells: list[int]
    gap_when_zero: bool  # coverage rows: 0 is the gap; problem rows: anything above 0 is


@dataclass
class RegionGaps:
    region: Region
    municipalities: list[Municipality]
    coverage: list[RegionRow] = field(default_factory=list)  # target groups, languages
    problems: list[RegionRow] = field(default_factory=list)  # counts of things to look at


def get_region_gaps(*, region: Region) -> RegionGaps:
    """The same analysis for every member of a region, side by side (counts per municipality)."""
    members = list(Municipality.objects.filter(region=region).order_by("name"))
    ids = [m.pk for m in members]
    result = RegionGaps(region=region, municipalities=members)

    def row(label, counts: dict, *, gap_when_zero: bool) -> RegionRow:
        return RegionRow(str(label), [counts.get(pk, 0) for pk in ids], gap_when_zero)

    running = Initiative.objects.filter(municipality_id__in=ids, status=RUNNING)
    by_group: dict = {}
    for municipality_id, slug, n in (
        running.filter(target_groups__isnull=False)
        .values_list("municipality_id", "target_groups__slug")
        .annotate(n=Count("id", distinct=True))
    ):
        by_group.setdefault(slug, {})[municipality_id] = n
    for group in TargetGroup.objects.order_by("order", "name"):
        result.coverage.append(row(group.label(), by_group.get(group.slug, {}), gap_when_zero=True))
    by_language: dict = {}
    codes = list_gap_languages(country=region.country)
    for municipality_id, code, n in (
        InitiativeLanguage.objects.filter(initiative__in=running, code__in=_spoken_codes(codes))
        .annotate(guide_code=_guide_language_code())
        .values_list("initiative__municipality_id", "guide_code")
        .annotate(n=Count("initiative", distinct=True))
    ):
        by_language.setdefault(code, {})[municipality_id] = n
    for code in codes:
        result.coverage.append(
            row(
                _("In %(language)s") % {"language": guide_language_name(code)},
                by_language.get(code, {}),
                gap_when_zero=True,
            )
        )

    def per_municipality(qs, path="municipality_id") -> dict:
        return dict(qs.values_list(path).annotate(n=Count("pk", distinct=True)).values_list(path, "n"))

    live = Initiative.objects.filter(municipality_id__in=ids).exclude(status=Initiative.Status.ENDED)
    stale = _stale()
    points = FocusPoint.objects.filter(focus_area__policy__municipality_id__in=ids).annotate(
        running=Count("initiatives", filter=Q(initiatives__status=RUNNING))
    )
    point_counts: dict = {}
    for point in points.filter(running=0).values_list("focus_area__policy__municipality_id", flat=True):
        point_counts[point] = point_counts.get(point, 0) + 1
    result.problems = [
        row(_("Focus points with no running initiative"), point_counts, gap_when_zero=False),
        row(
            _("Initiatives linked to no focus point"),
            per_municipality(live.filter(focus_points__isnull=True)),
            gap_when_zero=False,
        ),
        row(
            _("Initiatives not verified for a year"),
            per_municipality(live.filter(stale)),
            gap_when_zero=False,
        ),
        row(
            _("Organisations not verified for a year"),
            per_municipality(Organisation.objects.filter(municipality_id__in=ids).filter(stale)),
            gap_when_zero=False,
        ),
        row(
            _("Contact persons not verified for a year"),
            per_municipality(ContactPerson.objects.filter(municipality_id__in=ids).filter(stale)),
            gap_when_zero=False,
        ),
        row(
            _("Places not verified for a year"),
            per_municipality(Location.objects.filter(municipality_id__in=ids).filter(stale)),
            gap_when_zero=False,
        ),
    ]
    return result
