import datetime as dt

from django.utils import timezone

from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.selectors.freshness import get_freshness
from samvirke.editorial.services.proposals import submit_change_proposal
from samvirke.initiatives.models import Initiative


def test_shares_per_organisation_and_overall(world):
    now = timezone.now()
    Initiative.objects.filter(pk=world.initiative.pk).update(last_verified_at=now - dt.timedelta(days=100))
    world.contact.__class__.objects.filter(pk=world.contact.pk).update(
        last_verified_at=now - dt.timedelta(days=10)
    )
    data = get_freshness(municipality=world.holstebro, now=now)
    rows = {row["name"]: row for row in data["organisations"]}
    # Frivilligcenter: itself (never), its contact (10 days), its activity (100 days).
    assert rows["Frivilligcenter"]["shares"] == {3: 33, 6: 67, 12: 67}
    assert rows["Frivilligcenter"]["never"] == 1 and rows["Frivilligcenter"]["entries"] == 3
    assert rows["Boldklubben"]["shares"] == {3: 0, 6: 0, 12: 0}
    assert data["overall"]["entries"] == 4 and data["overall"]["shares"][6] == 50


def test_the_median_time_to_decision_and_open_proposals(world):
    now = timezone.now()
    for days in (1, 3, 8):
        proposal = submit_change_proposal(
            municipality=world.holstebro,
            kind="initiative",
            entry=world.initiative,
            values={"title": f"T{days}"},
        )
        ChangeProposal.objects.filter(pk=proposal.pk).update(
            status="rejected",
            created_at=now - dt.timedelta(days=days + 1),
            decided_at=now - dt.timedelta(days=1),
        )
    submit_change_proposal(
        municipality=world.holstebro, kind="initiative", entry=world.initiative, values={"title": "Åben"}
    )
    data = get_freshness(municipality=world.holstebro, now=now)
    assert data["median_days_to_decision"] == 3.0 and data["decided_last_year"] == 3
    assert data["open_proposals"] == 1 and data["oldest_open_days"] == 0
