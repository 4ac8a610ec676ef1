import json

from samvirke.directory.models import ContactPerson
from samvirke.directory.tests.factories import ContactPersonFactory


def test_editors_see_each_persons_consent(client, world):
    ContactPersonFactory(
        organisation=world.organisation, name="Uden Samtykke", visibility="hidden", consent_date=None
    )
    client.force_login(world.users["editor"])
    page = client.get("/holstebro/editorial/contacts/").content.decode()
    assert "Anne Pedersen" in page and "15.01.2026" in page and "Samtykke pr. e-mail" in page
    assert "Uden Samtykke" in page
    record = client.get(f"/holstebro/editorial/contacts/{world.contact.uuid}/").content.decode()
    assert "Samtykke pr. e-mail" in record and "export.json" in record


def test_the_export_downloads_as_json(client, world):
    client.force_login(world.users["editor"])
    response = client.get(f"/holstebro/editorial/contacts/{world.contact.uuid}/export.json")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    assert json.loads(response.content)["contact_person"]["email"] == "anne@example.org"


def test_erasing_needs_the_confirmation(client, world):
    client.force_login(world.users["editor"])
    url = f"/holstebro/editorial/contacts/{world.contact.uuid}/erase/"
    assert client.post(url, {}).status_code == 400
    assert ContactPerson.objects.filter(pk=world.contact.pk).exists()
    response = client.post(url, {"confirm": "on", "reason": "Efter anmodning"})
    assert response.status_code == 302 and response["Location"] == "/holstebro/editorial/contacts/"
    assert not ContactPerson.objects.filter(pk=world.contact.pk).exists()
    assert "Efter anmodning" in client.get("/holstebro/editorial/contacts/").content.decode()
