from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.selectors.proposals import get_editorial_settings, get_proposal_diff, list_proposals
from samvirke.editorial.services.entries import update_entry
from samvirke.editorial.services.proposals import reject_change_proposal, submit_change_proposal


def test_the_diff_shows_value_then_proposed_and_now(world):
    proposal = submit_change_proposal(
        municipality=world.holstebro,
        kind="initiative",
        entry=world.initiative,
        values={"title": "A", "summary": "B"},
    )
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"summary": "B"},
        base_version=1,
    )
    proposal = ChangeProposal.objects.get(pk=proposal.pk)
    rows = {row["name"]: row for row in get_proposal_diff(proposal)}
    assert (
        rows["title"]["original"] == "Sprogcafé"
        and rows["title"]["proposed"] == "A"
        and not rows["title"]["changed_since"]
    )
    assert rows["summary"]["changed_since"] and rows["summary"]["already_applied"]


def test_open_and_decided_lists_are_separate(world):
    first = submit_change_proposal(
        municipality=world.holstebro, kind="initiative", entry=world.initiative, values={"title": "A"}
    )
    second = submit_change_proposal(
        municipality=world.holstebro, kind="initiative", entry=world.initiative, values={"title": "B"}
    )
    reject_change_proposal(proposal_id=first.pk, reviewer=world.users["editor"], reason="Nej tak")
    assert list(list_proposals(municipality=world.holstebro)) == [second]
    assert list(list_proposals(municipality=world.holstebro, status="decided")) == [first]
    assert list(list_proposals(municipality=world.silkeborg)) == []


def test_settings_default_without_a_row(world):
    settings = get_editorial_settings(municipality=world.holstebro)
    assert (
        settings.pk is None and settings.owner_edits == "review" and settings.verification_period_days == 180
    )
