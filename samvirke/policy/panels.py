"""The policy panel on a municipality's handbook home (core renders it; decision 0008)."""

from samvirke.policy.models import Policy


def home_panel(*, municipality, request) -> dict:
    """Links to the municipality's policies, programmes, evaluations and gap analysis (one query)."""
    return {
        "municipality": municipality,
        "policies": list(
            Policy.objects.for_municipality(municipality).order_by("-period_start").only("title", "slug")
        ),
    }
