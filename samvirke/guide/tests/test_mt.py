"""Machine translation against a real local HTTP server that speaks LibreTranslate's /translate."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from samvirke.guide import mt
from samvirke.guide.models import ContentTranslation, MachineTranslationBudget, TranslationStatus
from samvirke.guide.selectors import get_localised

pytestmark = pytest.mark.django_db


class LibreTranslateHandler(BaseHTTPRequestHandler):
    requests: list[dict] = []
    fail = False

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, **body})
        if self.path != "/translate" or type(self).fail:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b'{"error": "broken"}')
            return
        texts = body["q"] if isinstance(body["q"], list) else [body["q"]]
        answer = [f"[{body['target']}] {text}" for text in texts]
        payload = json.dumps(
            {"translatedText": answer if isinstance(body["q"], list) else answer[0]}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate(settings):
    LibreTranslateHandler.requests = []
    LibreTranslateHandler.fail = False
    server = ThreadingHTTPServer(("127.0.0.1", 0), LibreTranslateHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.GUIDE_MT_BACKEND = "libretranslate"
    settings.GUIDE_LIBRETRANSLATE_URL = f"http://127.0.0.1:{server.server_port}"
    settings.GUIDE_LIBRETRANSLATE_API_KEY = "secret"
    yield LibreTranslateHandler
    server.shutdown()
    server.server_close()


def test_machine_translation_is_off_by_default(world, settings):
    settings.GUIDE_MT_BACKEND = ""
    assert mt.get_backend() is None
    with pytest.raises(ValidationError):
        mt.machine_translate_missing(
            user=world.users["translator"], municipality=world.holstebro, language="ar"
        )


def test_the_libretranslate_backend_speaks_the_api(libretranslate):
    backend = mt.get_backend()
    assert backend.translate(["Hej", "Farvel"], source="da", target="uk") == ["[uk] Hej", "[uk] Farvel"]
    sent = libretranslate.requests[0]
    assert (sent["path"], sent["source"], sent["target"], sent["api_key"], sent["format"]) == (
        "/translate",
        "da",
        "uk",
        "secret",
        "text",
    )


def test_missing_texts_become_machine_drafts_within_the_budget(world, libretranslate):
    MachineTranslationBudget.objects.create(municipality=world.holstebro, monthly_characters=1000)
    stored = mt.machine_translate_missing(
        user=world.users["translator"], municipality=world.holstebro, language="ar"
    )
    rows = ContentTranslation.objects.filter(language="ar")
    assert stored == rows.count() >= 3
    assert set(rows.values_list("status", flat=True)) == {TranslationStatus.MACHINE_DRAFT}
    title = get_localised(world.cafe, ["title"], "ar")["title"]
    assert title.text == "[ar] Sprogcaféen" and title.is_machine
    used = sum(len(row.source_text) for row in rows)
    assert mt.get_budget(municipality=world.holstebro) == {"monthly": 1000, "used": used, "left": 1000 - used}
    # Nothing missing any more: no second charge.
    assert (
        mt.machine_translate_missing(
            user=world.users["translator"], municipality=world.holstebro, language="ar"
        )
        == 0
    )
    assert mt.get_budget(municipality=world.holstebro)["used"] == used


def test_the_budget_stops_what_does_not_fit(world, libretranslate):
    MachineTranslationBudget.objects.create(
        municipality=world.holstebro, monthly_characters=len("Sprogcaféen") + 5
    )
    mt.machine_translate_missing(user=world.users["translator"], municipality=world.holstebro, language="ar")
    assert mt.get_budget(municipality=world.holstebro)["used"] <= len("Sprogcaféen") + 5
    with pytest.raises(ValidationError) as error:
        mt.machine_translate_missing(
            user=world.users["translator"], municipality=world.holstebro, language="ar"
        )
    assert error.value.code == "budget"


def test_no_budget_means_no_machine_translation(world, libretranslate):
    with pytest.raises(ValidationError) as error:
        mt.machine_translate_missing(
            user=world.users["translator"], municipality=world.holstebro, language="ar"
        )
    assert error.value.code == "budget"
    assert libretranslate.requests == []


def test_a_failing_service_charges_nothing(world, libretranslate):
    MachineTranslationBudget.objects.create(municipality=world.holstebro, monthly_characters=1000)
    libretranslate.fail = True
    with pytest.raises(mt.MachineTranslationError):
        mt.machine_translate_missing(
            user=world.users["translator"], municipality=world.holstebro, language="ar"
        )
    assert mt.get_budget(municipality=world.holstebro)["used"] == 0
    assert not ContentTranslation.objects.exists()


def test_deepl_does_not_offer_somali(world, settings):
    settings.GUIDE_MT_BACKEND = "deepl"
    settings.GUIDE_DEEPL_API_KEY = "key:fx"
    MachineTranslationBudget.objects.create(municipality=world.holstebro, monthly_characters=1000)
    assert mt.get_backend().url.startswith("https://api-free.deepl.com")
    with pytest.raises(ValidationError) as error:
        mt.machine_translate_missing(user=world.users["editor"], municipality=world.holstebro, language="so")
    assert error.value.code == "language"


@pytest.mark.parametrize("who", ["practitioner", "owner", "other translator", "other editor"])
def test_other_roles_may_not_spend_the_budget(world, libretranslate, who):
    MachineTranslationBudget.objects.create(municipality=world.holstebro, monthly_characters=1000)
    with pytest.raises(PermissionDenied):
        mt.machine_translate_missing(user=world.users[who], municipality=world.holstebro, language="ar")
    assert libretranslate.requests == []


def test_the_queue_page_shows_the_budget_and_the_button_works(client, world, libretranslate):
    MachineTranslationBudget.objects.create(municipality=world.holstebro, monthly_characters=1000)
    client.force_login(world.users["translator"])
    page = client.get(reverse("guide:translate_queue", args=["holstebro", "ar"]))
    assert page.context["budget"] == {"monthly": 1000, "used": 0, "left": 1000}
    answer = client.post(reverse("guide:translate_machine", args=["holstebro", "ar"]), follow=True)
    assert answer.status_code == 200
    assert answer.context["counts"]["machine_draft"] >= 3
