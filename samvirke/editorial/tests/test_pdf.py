from django.db import connection
from django.test.utils import CaptureQueriesContext

from samvirke.directory.tests.factories import ContactPersonFactory, OrganisationFactory
from samvirke.editorial.pdf import Throttled, handbook_context, render_handbook_pdf
from samvirke.editorial.tests.factories import EditionFactory
from samvirke.initiatives.models import HandbookSection, InitiativeOrganiser
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory


def test_the_handbook_is_read_in_a_fixed_number_of_queries(world):
    edition = EditionFactory(municipality=world.holstebro)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            context = handbook_context(edition=edition)
            for chapter in context["chapters"]:
                for initiative in chapter["initiatives"]:
                    (
                        list(initiative.schedules.all()),
                        list(initiative.contact_persons.all()),
                        list(initiative.locations.all()),
                    )
        return len(captured)

    few = queries()
    for _ in range(5):
        initiative = InitiativeFactory(municipality=world.holstebro)
        ScheduleFactory(initiative=initiative)
        InitiativeOrganiser.objects.create(
            initiative=initiative, organisation=OrganisationFactory(municipality=world.holstebro)
        )
    assert queries() == few


def test_sections_come_in_handbook_order_with_public_contacts_only(world):
    second = HandbookSection.objects.create(municipality=world.holstebro, slug="b", title="Anden", order=2)
    first = HandbookSection.objects.create(municipality=world.holstebro, slug="a", title="Første", order=1)
    InitiativeFactory(municipality=world.holstebro, title="B-aktivitet", section=second)
    InitiativeFactory(municipality=world.holstebro, title="A-aktivitet", section=first)
    InitiativeFactory(municipality=world.holstebro, title="Afsluttet", section=first, status="ended")
    hidden = ContactPersonFactory(
        organisation=world.organisation, name="Skjult", visibility="hidden", consent_date=None
    )
    world.initiative.contact_persons.add(world.contact, hidden)
    context = handbook_context(edition=EditionFactory(municipality=world.holstebro))
    assert [c["title"] for c in context["chapters"]] == ["Første", "Anden", "Andre aktiviteter"]
    assert [i.title for i in context["chapters"][0]["initiatives"]] == ["A-aktivitet"]
    other = context["chapters"][2]["initiatives"][0]
    assert [c.name for c in other.contact_persons.all()] == ["Anne Pedersen"]
    assert [
        i.title
        for i in next(
            o for o in context["organisations"] if o.pk == world.organisation.pk
        ).printed_initiatives
    ] == ["Sprogcafé"]


def test_the_pdf_has_pages_and_reports_progress(world):
    stages = []
    data, pages = render_handbook_pdf(
        edition=EditionFactory(municipality=world.holstebro), report=lambda p, s: stages.append(p)
    )
    assert data.startswith(b"%PDF-") and pages >= 4  # cover, contents, a chapter, organisations, index
    assert stages[0] == 5 and max(stages) >= 90


def test_progress_is_saved_at_most_so_often():
    saved = []
    throttled = Throttled(lambda p, s: saved.append(p), interval=3600)
    for percent in (5, 10, 20, 100):
        throttled(percent, "")
    assert saved == [5, 100]
