import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from samvirke.editorial.edition_pdf import build_edition_pdf
from samvirke.editorial.models import Edition
from samvirke.editorial.services.editions import publish_edition
from samvirke.editorial.services.entries import update_entry


def test_editions_are_numbered_and_the_second_lists_what_changed_since_the_first(world):
    first = publish_edition(municipality=world.holstebro, user=world.users["editor"], note="Forårsudgaven")
    assert first.number == 1 and first.since is None and first.changes == []
    assert first.totals["initiatives"] == 1 and first.totals["organisations"] == 2
    assert first.pdf_status == Edition.PdfStatus.PENDING
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"title": "Sprogcaféen"},
        base_version=1,
    )
    second = publish_edition(municipality=world.holstebro)
    assert second.number == 2 and second.since == first.published_at and second.published_by is None
    assert [(c["label"], c["change"]) for c in second.changes] == [("Sprogcaféen", "changed")]
    assert second.totals["changed"] == 1


def test_numbers_count_per_municipality(world):
    publish_edition(municipality=world.holstebro)
    assert publish_edition(municipality=world.silkeborg).number == 1


@pytest.mark.parametrize("role", ["owner", "practitioner", "other editor"])
def test_only_editors_publish(world, role):
    with pytest.raises(PermissionDenied):
        publish_edition(municipality=world.holstebro, user=world.users[role])
    assert not Edition.objects.exists()


def test_the_note_is_cleaned_and_limited(world):
    assert publish_edition(municipality=world.holstebro, note="<b>Ny</b> udgave").note == "Ny udgave"
    with pytest.raises(ValidationError):
        publish_edition(municipality=world.holstebro, note="x" * 1001)


def test_the_pdf_is_built_with_progress_and_stored(world):
    edition = publish_edition(municipality=world.holstebro)
    seen = []
    pages = build_edition_pdf(edition_id=edition.pk, progress=lambda percent, stage: seen.append(percent))
    edition.refresh_from_db()
    assert edition.pdf_ready and edition.pdf_pages == pages >= 4
    assert edition.pdf.read(5) == b"%PDF-"
    assert seen == sorted(seen) and seen[-1] == 100 and len(seen) >= 4
    assert edition.pdf_seconds > 0


def test_a_failed_build_is_recorded(world, monkeypatch):
    edition = publish_edition(municipality=world.holstebro)

    def broken(**kwargs):
        raise RuntimeError("no fonts")

    monkeypatch.setattr("samvirke.editorial.edition_pdf.render_handbook_pdf", broken)
    with pytest.raises(RuntimeError):
        build_edition_pdf(edition_id=edition.pk)
    edition.refresh_from_db()
    assert edition.pdf_status == Edition.PdfStatus.FAILED and edition.pdf_error == "no fonts"
