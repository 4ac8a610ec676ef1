from samvirke.editorial.models import ChangeProposal, Edition, EditorialSettings


def test_the_demo_has_open_proposals_and_an_edition_for_holstebro(demo):
    # That a second load adds no proposal or edition is checked in samvirke/demo/tests/test_loader.py.
    assert ChangeProposal.objects.filter(municipality__slug="holstebro", status="open").count() == 3
    assert ChangeProposal.objects.filter(is_new=True).get().proposed["title"] == "Strikkeklub i Trekanten"
    assert Edition.objects.get(municipality__slug="holstebro").number == 1
    assert EditorialSettings.objects.filter(municipality__slug="holstebro").exists()
    assert ChangeProposal.objects.count() == 3 and Edition.objects.count() == 1
