from samvirke.editorial.services.entries import update_entry
from samvirke.editorial.services.proposals import accept_change_proposal, submit_change_proposal
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.tests.factories import ScheduleFactory
from samvirke.policy.models import Goal
from samvirke.policy.tests.factories import PolicyFactory


def test_the_history_page_says_who_when_what_and_from_which_proposal(client, world):
    ScheduleFactory(initiative=world.initiative, byday="TU")
    proposal = submit_change_proposal(
        municipality=world.holstebro,
        kind="initiative",
        entry=world.initiative,
        values={"title": "Sprogcaféen"},
    )
    accept_change_proposal(
        proposal_id=proposal.pk, reviewer=world.users["editor"], fields_to_accept=["title"]
    )
    client.force_login(world.users["owner"])  # owners of the organiser may read it
    page = client.get(f"/holstebro/editorial/history/initiative/{world.initiative.pk}/").content.decode()
    assert "Eva Editor" in page and "<del>Sprogcafé</del>" in page and "<ins>Sprogcaféen</ins>" in page
    assert f"#{proposal.pk}" in page
    assert "Tirsdage" in page  # the time's own history is on the same page
    assert "revert/" not in page  # owners may not revert


def test_an_editor_reverts_from_the_history_page(client, world):
    first = world.initiative.history.first().history_id
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"title": "Forkert"},
        base_version=1,
    )
    client.force_login(world.users["editor"])
    url = f"/holstebro/editorial/history/initiative/{world.initiative.pk}/"
    assert f'value="{first}"' in client.get(url).content.decode()
    response = client.post(
        url + "revert/", {"model": "initiatives.initiative", "history_id": first, "version": 2}
    )
    assert response.status_code == 302
    assert Initiative.objects.get(pk=world.initiative.pk).title == "Sprogcafé"
    stale = client.post(
        url + "revert/", {"model": "initiatives.initiative", "history_id": first, "version": 2}
    )
    assert stale.status_code == 302  # refused with a message: the page was stale
    assert Initiative.objects.get(pk=world.initiative.pk).version == 3


def test_a_deleted_entry_keeps_a_history_page_from_which_it_is_restored(client, world):
    pk = world.initiative.pk
    row = world.initiative.history.first().history_id
    world.initiative.delete()
    client.force_login(world.users["editor"])
    assert client.get(f"/holstebro/editorial/history/initiative/{pk}/").status_code == 200
    client.post(
        f"/holstebro/editorial/history/initiative/{pk}/revert/",
        {"model": "initiatives.initiative", "history_id": row},
    )
    assert Initiative.objects.filter(pk=pk).exists()


def test_policy_texts_have_a_history_for_editors(client, world):
    policy = PolicyFactory(municipality=world.holstebro)
    goal = Goal.objects.create(policy=policy, text="Flere i job.")
    goal.text = "Flere i job og uddannelse."
    goal.save()
    client.force_login(world.users["editor"])
    page = client.get(f"/holstebro/editorial/history/policy/{policy.pk}/").content.decode()
    assert "<ins>Flere i job og uddannelse.</ins>" in page
    client.force_login(world.users["owner"])
    assert client.get(f"/holstebro/editorial/history/policy/{policy.pk}/").status_code == 404


def test_unknown_kinds_and_other_municipalities_are_404(client, world):
    client.force_login(world.users["editor"])
    assert client.get(f"/holstebro/editorial/history/user/{world.users['editor'].pk}/").status_code == 404
    assert client.get(f"/silkeborg/editorial/history/initiative/{world.initiative.pk}/").status_code == 404
