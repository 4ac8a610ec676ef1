"""PO export and import: a round trip, and every refused row reported."""

import polib
import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from samvirke.guide.models import ContentTranslation, TranslationStatus
from samvirke.guide.po import export_po, import_po
from samvirke.guide.tests.factories import translation_of

pytestmark = pytest.mark.django_db


def test_round_trip_through_an_external_translator(client, world):
    translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    client.force_login(world.users["translator"])
    exported = client.get(reverse("guide:translate_export", args=["holstebro", "ar"]))
    assert exported.status_code == 200 and exported["Content-Disposition"].endswith('-ar.po"')
    po = polib.pofile(exported.content.decode())
    by_context = {entry.msgctxt: entry for entry in po}
    title = by_context[f"initiative:{world.cafe.pk}:title"]
    assert (title.msgid, title.msgstr, title.fuzzy) == ("Sprogcaféen", "مقهى اللغة", False)
    summary = by_context[f"initiative:{world.cafe.pk}:summary"]
    assert summary.msgstr == "" and summary.fuzzy
    summary.msgstr = "تدرّب على الدنماركية مع فنجان قهوة."
    summary.flags.remove("fuzzy")
    description = by_context[f"initiative:{world.cafe.pk}:description"]
    description.msgstr = "متطوعون يساعدون في النطق."  # stays fuzzy: a draft
    upload = SimpleUploadedFile("ar.po", str(po).encode())
    answer = client.post(reverse("guide:translate_import", args=["holstebro", "ar"]), {"file": upload})
    assert answer.status_code == 200
    outcomes = {row.context: row.outcome for row in answer.context["report"]}
    assert outcomes[f"initiative:{world.cafe.pk}:title"] == "unchanged"
    assert outcomes[f"initiative:{world.cafe.pk}:summary"] == "saved"
    assert outcomes[f"initiative:{world.cafe.pk}:description"] == "saved"
    assert len(outcomes) == len(po)  # every message has a line in the report
    rows = {row.field: row for row in ContentTranslation.objects.filter(language="ar")}
    assert rows["summary"].status == TranslationStatus.REVIEWED
    assert rows["description"].status == TranslationStatus.HUMAN_DRAFT


def test_an_outdated_message_carries_the_previous_source(world):
    translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    world.cafe.title = "Sprogcaféen på biblioteket"
    world.cafe.save()
    po = polib.pofile(export_po(municipality=world.holstebro, language="ar").decode())
    title = next(entry for entry in po if entry.msgctxt.endswith(":title"))
    assert title.previous_msgid == "Sprogcaféen" and title.fuzzy and "outdated" in title.comment


def test_unknown_ids_changed_sources_and_empty_strings_are_reported_not_dropped(world):
    po = polib.pofile(export_po(municipality=world.holstebro, language="ar").decode())
    for entry in po:
        entry.msgstr = "ترجمة"
    po.append(polib.POEntry(msgctxt="initiative:999999:title", msgid="Findes ikke", msgstr="غير موجود"))
    po.append(polib.POEntry(msgctxt="bogus", msgid="?", msgstr="?"))
    changed = next(entry for entry in po if entry.msgctxt.endswith(":summary"))
    changed.msgid = "En gammel tekst"
    empty = next(entry for entry in po if entry.msgctxt.endswith(":description"))
    empty.msgstr = ""
    world.cafe.refresh_from_db()
    report = {
        row.context: row
        for row in import_po(
            user=world.users["translator"],
            municipality=world.holstebro,
            language="ar",
            content=str(po).encode(),
        )
    }
    assert report["initiative:999999:title"].outcome == "refused"
    assert report["bogus"].outcome == "refused"
    assert report[f"initiative:{world.cafe.pk}:summary"].outcome == "refused"
    assert "changed" in report[f"initiative:{world.cafe.pk}:summary"].message
    assert report[f"initiative:{world.cafe.pk}:description"].outcome == "skipped"
    assert report[f"initiative:{world.cafe.pk}:title"].outcome == "saved"
    assert len(report) == len(po)
    assert set(ContentTranslation.objects.values_list("field", flat=True)) >= {"title"}
    assert not ContentTranslation.objects.filter(
        field__in=["summary", "description"], object_id=world.cafe.pk
    ).exists()


def test_import_refuses_another_language_a_broken_file_and_other_roles(client, world):
    po = polib.pofile(export_po(municipality=world.holstebro, language="so").decode())
    client.force_login(world.users["editor"])
    answer = client.post(
        reverse("guide:translate_import", args=["holstebro", "ar"]),
        {"file": SimpleUploadedFile("x.po", str(po).encode())},
    )
    assert answer.status_code == 400 and "“so”" in answer.context["error"]
    answer = client.post(
        reverse("guide:translate_import", args=["holstebro", "ar"]),
        {"file": SimpleUploadedFile("x.po", b"\xff\xfe")},
    )
    assert answer.status_code == 400
    with pytest.raises(PermissionDenied):
        import_po(
            user=world.users["other translator"], municipality=world.holstebro, language="ar", content=b""
        )
