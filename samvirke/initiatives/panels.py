"""What the handbook shows on other apps' pages, through core.extensions."""

from samvirke.initiatives.selectors import list_initiatives


def organisation_activities(*, entry, municipality, request) -> dict:
    """An organisation's page lists the activities it arranges (shown even when there are none)."""
    return {"initiatives": list_initiatives(municipality=municipality).filter(organisers=entry).distinct()}
