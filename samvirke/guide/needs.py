"""Which needs an activity answers: the editors' assignments, else defaults derived from its data (decision 0031).

The defaults read the target groups, the handbook section and words in the Danish or Swedish
title and summary. They are a starting point that keeps a new municipality's guide from being
empty; an editor's assignment (InitiativeNeed rows) replaces them for that activity.
"""

import re

from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext_lazy as _

from samvirke.guide.models import Need

# "Learn Danish or Swedish" names the municipality's own language to its readers.
LEARN_LABELS = {"da": _("Learn Danish"), "sv": _("Learn Swedish")}

# Activities for these groups only (no newcomer among them) stay out of the guide by default.
NOT_FOR_NEWCOMERS = {"employers", "associations", "volunteers", "professionals"}
GROUP_NEEDS = {"children": Need.CHILDREN_SCHOOL, "parents": Need.CHILDREN_SCHOOL, "job-seekers": Need.WORK}
# Word stems (lower case, Danish and Swedish) found anywhere in title or summary, since compounds
# hide them ("Sprogcaféen"); stems of three letters or fewer must be whole words ("cv", "it").
KEYWORDS = {
    Need.LEARN_LANGUAGE: ["dansk", "svensk", "sprog", "språk", "sfi", "læse", "läs"],
    Need.WORK: [
        "job",
        "arbejd",
        "arbet",
        "cv",
        "ansøgning",
        "ansökan",
        "praktik",
        "igu",
        "løn",
        "lön",
        "faglig",
        "karriere",
        "karriär",
    ],
    Need.CHILDREN_SCHOOL: [
        "skole",
        "skola",
        "lektie",
        "läxhjälp",
        "læxe",
        "børn",
        "barn",
        "forælder",
        "forældre",
        "föräld",
        "mødre",
        "mammor",
        "uddannelse",
        "utbildning",
        "unge",
    ],
    Need.HEALTH: [
        "sundhed",
        "hälsa",
        "læge",
        "läkare",
        "sundhedspleje",
        "tandlæge",
        "vårdcentral",
        "trivsel",
    ],
    Need.LEISURE_SPORT: [
        "fodbold",
        "fotboll",
        "svøm",
        "simn",
        "cykel",
        "cykl",
        "idræt",
        "idrott",
        "sport",
        "motion",
        "lejr",
        "läger",
        "ferie",
    ],
    Need.MEET_PEOPLE: [
        "café",
        "cafe",
        "caf",
        "netværk",
        "nätverk",
        "fællesspisning",
        "mødested",
        "mötesplats",
        "kultur",
        "mentor",
        "familie",
        "fortæl",
        "spis",
        "träff",
    ],
    Need.PRACTICAL_HELP: [
        "mitid",
        "e-boks",
        "bankid",
        "borger.dk",
        "it ",
        "bolig",
        "bostad",
        "rådgivning",
        "rådgivn",
        "vejledning",
        "vägledning",
        "hjælp",
        "hjälp",
        "tolk",
    ],
}


def _pattern(words: list[str]) -> re.Pattern:
    parts = [rf"\b{re.escape(word)}\b" if len(word) <= 3 else re.escape(word) for word in words]
    return re.compile("|".join(parts), re.IGNORECASE)


_PATTERNS = {need: _pattern(words) for need, words in KEYWORDS.items()}


def derived_needs(initiative) -> list[str]:
    """Default needs from the data (uses prefetched target_groups and section)."""
    groups = {group.slug for group in initiative.target_groups.all()}
    if groups and groups <= NOT_FOR_NEWCOMERS:
        return []
    text = " ".join(
        [initiative.title, initiative.summary, initiative.section.title if initiative.section else ""]
    )
    needs = {GROUP_NEEDS[group] for group in groups if group in GROUP_NEEDS}
    needs |= {need for need, pattern in _PATTERNS.items() if pattern.search(text)}
    return [need for need in Need.values if need in needs]


def is_hidden(initiative) -> bool:
    try:
        return initiative.hidden_from_guide is not None
    except ObjectDoesNotExist:
        return False


def needs_of(initiative) -> list[str]:
    """The editors' assignment if there is one, else the derived defaults; none when hidden.

    Uses the prefetched `needs` and the selected `hidden_from_guide`.
    """
    if is_hidden(initiative):
        return []
    assigned = [row.need for row in initiative.needs.all()]
    if assigned:
        return [need for need in Need.values if need in assigned]
    return derived_needs(initiative)


def need_label(need: str, *, municipality) -> str:
    """The need's name in the active language; learning the language names Danish or Swedish."""
    if need == Need.LEARN_LANGUAGE and municipality.language in LEARN_LABELS:
        return str(LEARN_LABELS[municipality.language])
    return str(Need(need).label)


def need_rows(*, activities: list, municipality) -> list[dict]:
    """Each need with its label in the active language and how many of `activities` answer it."""
    return [
        {
            "value": need.value,
            "label": need_label(need.value, municipality=municipality),
            "count": sum(1 for activity in activities if need.value in activity.guide_needs),
        }
        for need in Need
    ]
