"""Filtering and facet counts for the initiative list, shared by municipality and region pages.

Filters live in the query string (shareable, the back button works). Facet counts are taken over
the currently filtered set: one grouped query per facet, however many initiatives there are.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from samvirke.core.languages import language_name
from samvirke.initiatives.models import Initiative, Schedule, TargetGroup
from samvirke.initiatives.schedules import DAY_NAMES_PLURAL

# Query-string name -> (label, whether several values may be chosen)
FILTERS = {
    "status": (_("Status"), True),
    "group": (_("Target group"), True),
    "lang": (_("Language offered"), True),
    "org": (_("Organisation"), True),
    "area": (_("Focus area"), True),
    "day": (_("Day of the week"), True),
    "postcode": (_("Postcode"), True),
    "free": (_("Price"), False),
    "reg": (_("Registration"), False),
    "section": (_("Section"), True),
    "municipality": (_("Municipality"), True),
}
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest"),
    "verified": _("Recently verified"),
    "title": _("A–Z"),
}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)


def active_filters(params: QueryDict) -> dict[str, list[str]]:
    return {name: [v for v in params.getlist(name) if v] for name in FILTERS if any(params.getlist(name))}


def apply_filters(qs: QuerySet[Initiative], filters: dict[str, list[str]]) -> QuerySet[Initiative]:
    for name, values in filters.items():
        if name == "status":
            qs = qs.filter(status__in=values)
        elif name == "group":
            qs = qs.filter(target_groups__slug__in=values)
        elif name == "lang":
            qs = qs.filter(languages__code__in=values)
        elif name == "org":
            qs = qs.filter(organisers__slug__in=values)
        elif name == "area":
            qs = qs.filter(focus_points__focus_area_id__in=[v for v in values if v.isdigit()])
        elif name == "day":
            day_filter = Q()
            for day in values:
                day_filter |= Q(schedules__byday__contains=day[:2].upper())
            qs = qs.filter(day_filter)
        elif name == "postcode":
            qs = qs.filter(locations__postcode__in=values)
        elif name == "free":
            qs = qs.filter(is_free=values[0] == "yes")
        elif name == "reg":
            qs = qs.filter(registration_required=values[0] == "yes")
        elif name == "section":
            qs = qs.filter(section__slug__in=values)
        elif name == "municipality":
            qs = qs.filter(municipality__slug__in=values)
    return qs.distinct()


def _grouped(qs, field_name: str, *label_fields: str) -> list[tuple]:
    rows = (
        Initiative.objects.filter(pk__in=qs.values("pk"))
        .exclude(**{f"{field_name}__isnull": True})
        .values(field_name, *label_fields)
        .annotate(n=Count("pk", distinct=True))
        .order_by("-n", field_name)
    )
    return [(row[field_name], *(row[label] for label in label_fields), row["n"]) for row in rows]


def facet_counts(qs: QuerySet[Initiative], filters: dict[str, list[str]], *, region=False) -> list[Facet]:
    """Counts per facet value over the filtered initiatives."""
    chosen = lambda name, value: str(value) in filters.get(name, [])  # noqa: E731
    facets = []

    def add(name, rows):
        facets.append(
            Facet(
                name,
                FILTERS[name][0],
                [FacetValue(str(v), str(lbl), n, chosen(name, v)) for v, lbl, n in rows],
            )
        )

    statuses = dict(Initiative.Status.choices)
    add("status", [(v, statuses.get(v, v), n) for v, n in _grouped(qs, "status")])
    groups = {g.slug: g for g in TargetGroup.objects.all()}
    add(
        "group",
        [(v, groups[v].label() if v in groups else v, n) for v, n in _grouped(qs, "target_groups__slug")],
    )
    add("lang", [(v, language_name(v), n) for v, n in _grouped(qs, "languages__code")][:20])
    add("org", _grouped(qs, "organisers__slug", "organisers__name")[:15])
    add("area", _grouped(qs, "focus_points__focus_area_id", "focus_points__focus_area__title")[:12])
    add("day", _day_counts(qs))
    add("postcode", [(v, v, n) for v, n in _grouped(qs, "locations__postcode")][:15])
    add(
        "free", [("yes" if v else "no", _("Free") if v else _("Paid"), n) for v, n in _grouped(qs, "is_free")]
    )
    add(
        "reg",
        [
            ("yes" if v else "no", _("Registration needed") if v else _("Just turn up"), n)
            for v, n in _grouped(qs, "registration_required")
        ],
    )
    add("section", _grouped(qs, "section__slug", "section__title"))
    if region:
        add("municipality", _grouped(qs, "municipality__slug", "municipality__name"))
    return [facet for facet in facets if facet.values]


def _day_counts(qs) -> list[tuple[str, str, int]]:
    counts = dict.fromkeys(DAY_NAMES_PLURAL, 0)
    seen = {}
    for initiative_id, byday in Schedule.objects.filter(initiative__in=qs.values("pk")).values_list(
        "initiative_id", "byday"
    ):
        for code in byday.split(","):
            seen.setdefault(code[-2:], set()).add(initiative_id)
    for day, ids in seen.items():
        if day in counts:
            counts[day] = len(ids)
    return [(day, DAY_NAMES_PLURAL[day](), n) for day, n in counts.items() if n]


def url_without(params: QueryDict, name: str, value: str) -> str:
    """The current query string with one filter value removed (and back to page 1)."""
    pairs = [(k, v) for k, v in params.lists() for v in v if k != "page" and not (k == name and v == value)]
    return "?" + urlencode(pairs) if pairs else "?"


def url_with(params: QueryDict, **changes) -> str:
    pairs = [(k, v) for k, vs in params.lists() for v in vs if k not in changes and k != "page"]
    pairs += [(k, v) for k, v in changes.items() if v]
    return "?" + urlencode(pairs)


def value_label(name: str, value: str) -> str:
    """A human label for a filter value shown outside its facet (active filters, suggestions)."""
    if name == "group":
        group = TargetGroup.objects.filter(slug=value).first()
        return group.label() if group else value
    if name == "lang":
        return language_name(value)
    if name == "day" and value[:2].upper() in DAY_NAMES_PLURAL:
        return str(DAY_NAMES_PLURAL[value[:2].upper()]())
    if name == "status":
        return str(dict(Initiative.Status.choices).get(value, value))
    if name in ("free", "reg"):
        return str(_("yes")) if value == "yes" else str(_("no"))
    return value
