import re
from pathlib import Path

from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from samvirke.accounts.models import Membership, Role, User
from samvirke.core.models import Municipality, Region
from samvirke.directory.models import ContactPerson, Organisation
from samvirke.editorial.models import ChangeProposal, Edition
from samvirke.guide.models import ContentTranslation
from samvirke.initiatives.models import Initiative, Schedule
from samvirke.policy.models import Action, FocusPoint, Indicator, Measurement
from samvirke.search.models import SearchDocument

SEEDS = Path(__file__).resolve().parents[4] / "shared" / "seeds"


def test_demo_covers_the_seed_municipalities_at_the_promised_size(demo):
    assert Region.objects.filter(slug="halland").exists()
    assert Municipality.objects.filter(region__slug="halland").count() == 6
    assert Municipality.objects.count() >= 9
    assert Organisation.objects.count() >= 30
    assert Initiative.objects.count() >= 60
    assert FocusPoint.objects.count() >= 10
    assert Indicator.objects.count() >= 3
    assert Measurement.objects.count() >= 10
    assert ContactPerson.objects.count() >= 10
    assert Schedule.objects.count() >= 30


def _counts() -> dict[str, int]:
    models = (
        Initiative,
        Organisation,
        ContactPerson,
        ChangeProposal,
        Edition,
        ContentTranslation,
        SearchDocument,
    )
    counts = {model.__name__: model.objects.count() for model in models}
    counts |= {
        f"{model.__name__} history": model.history.count()
        for model in (Initiative, Organisation, ContactPerson)
    }
    return counts


def test_loading_the_demo_again_changes_nothing_and_prints_the_logins(demo, capsys):
    before = _counts()
    call_command("load_demo", verbosity=0)
    out = capsys.readouterr().out
    assert "Demo data: 0 created, 0 updated" in out
    assert "editor-holstebro" in out and "samvirke-demo" in out
    assert _counts() == before
    assert Action.objects.filter(programme__municipality__slug="hillerod").count() == 20
    assert not SearchDocument.objects.filter(embedding__isnull=True).exists()


def test_the_demo_computes_its_vectors_and_queues_no_embedding_task(demo):
    # The demo was loaded in autocommit, so every on-commit task it queued would be stored by now.
    assert SearchDocument.objects.count() >= 90
    assert not SearchDocument.objects.filter(embedding__isnull=True).exists()
    assert not DBTaskResult.objects.filter(task_path__startswith="samvirke.search.").exists()


def test_demo_logins_exist_for_admin_and_each_municipality_editor(demo):
    assert User.objects.get(username="admin").is_superuser
    for municipality in Municipality.objects.all():
        membership = Membership.objects.get(user__username=f"editor-{municipality.slug}")
        assert membership.role == Role.EDITOR
        assert membership.municipality == municipality
    assert {login[0] for login in demo.report.logins} >= {"admin", "editor-holstebro", "editor-halmstad"}


def test_demo_contacts_are_fictional(demo):
    seed_text = "\n".join(path.read_text() for path in SEEDS.glob("*.txt")) if SEEDS.exists() else ""
    real_addresses = set(re.findall(r"[\w.-]+@[\w.-]+\.[a-z]+", seed_text))
    for contact in ContactPerson.objects.all():
        assert contact.email.endswith("@example.org") or not contact.email
        assert contact.email not in real_addresses
        assert contact.name not in seed_text
        assert contact.is_demo


def test_silkeborg_focus_point_1_2_serves_initiatives(demo):
    point = FocusPoint.objects.get(number="1.2", focus_area__policy__municipality__slug="silkeborg")
    assert point.initiatives.exists()


def test_the_halland_municipalities_describe_their_activities_in_their_own_words():
    import importlib

    descriptions = []
    for name in ("halmstad", "laholm", "hylte", "falkenberg", "varberg", "kungsbacka"):
        module = importlib.import_module(f"samvirke.demo.data.{name}")
        descriptions += [item["description"] for item in module.INITIATIVES]
    assert {text for text in descriptions if descriptions.count(text) > 1} == set()
