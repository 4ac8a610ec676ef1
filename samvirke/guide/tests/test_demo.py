from samvirke.guide.models import ContentTranslation, TranslationStatus
from samvirke.guide.queue import list_queue
from samvirke.guide.selectors import get_localised
from samvirke.initiatives.models import Initiative


def test_the_demo_fills_holstebros_guide(demo):
    # That a second load changes nothing is checked in samvirke/demo/tests/test_loader.py.
    assert (
        "oversaetter-holstebro",
        "samvirke-demo",
        "translator (Arabic), Holstebro Kommune",
    ) in demo.report.logins
    cafe = Initiative.objects.get(municipality__slug="holstebro", slug="sprogcafeen")
    for language, title in [
        ("ar", "مقهى اللغة"),
        ("uk", "Мовне кафе"),
        ("so", "Maqaaxida Luqadda"),
        ("ti", "ካፈ ቋንቋ"),
        ("fa", "کافهٔ زبان"),
    ]:
        shown = get_localised(cafe, ["title"], language)["title"]
        assert (shown.text, shown.status) == (title, TranslationStatus.REVIEWED)
    # The demo's rows match the current Danish source: nothing reviewed is stale on arrival.
    for row in ContentTranslation.objects.filter(status=TranslationStatus.REVIEWED):
        assert row.source_text == getattr(
            row.content_type.get_object_for_this_type(pk=row.object_id), row.field
        )
    queue = list_queue(municipality=cafe.municipality, language="ar")
    assert queue[0].status == "outdated" and queue[0].entry.slug == "fodbold-for-alle"
    assert {item.status for item in list_queue(municipality=cafe.municipality, language="so")} >= {
        "machine_draft",
        "missing",
    }
