import json

from samvirke.editorial.selectors.gdpr import get_personal_data, list_contacts_for_editors
from samvirke.editorial.services.proposals import submit_change_proposal


def test_the_export_holds_the_record_its_history_and_proposals(world):
    world.initiative.contact_persons.add(world.contact)
    world.contact.phone = "11223344"
    world.contact.save()
    submit_change_proposal(
        municipality=world.holstebro, kind="contact", entry=world.contact, values={"role": "Leder"}
    )
    data = get_personal_data(contact=world.contact)
    json.dumps(data)  # JSON-ready
    assert (
        data["contact_person"]["name"] == "Anne Pedersen"
        and data["contact_person"]["consent_date"] == "2026-01-15"
    )
    assert data["organisation"]["name"] == "Frivilligcenter"
    assert data["listed_on_activities"][0]["title"] == "Sprogcafé"
    assert [row["type"] for row in data["history"]] == ["created", "changed"]
    assert data["history"][1]["values"]["phone"] == "11223344"
    assert data["change_proposals"][0]["proposed_values"] == {"role": "Leder"}


def test_editors_find_contacts_by_any_detail(world):
    assert list(list_contacts_for_editors(municipality=world.holstebro, query="anne@example")) == [
        world.contact
    ]
    assert list(list_contacts_for_editors(municipality=world.silkeborg)) == []
