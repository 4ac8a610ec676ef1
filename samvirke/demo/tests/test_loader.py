import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from samvirke.accounts.models import Membership, Role, User
from samvirke.core.models import Municipality, Region
from samvirke.demo.loader import load_demo
from samvirke.directory.models import ContactPerson, Organisation
from samvirke.initiatives.models import Initiative, Schedule
from samvirke.policy.models import FocusPoint, Indicator, Measurement
from samvirke.search.models import SearchDocument

SEEDS = Path(__file__).resolve().parents[4] / "shared" / "seeds"


@pytest.fixture
def demo(db):
    return load_demo()


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


def test_load_demo_twice_changes_nothing(demo):
    histories = sum(model.history.count() for model in (Initiative, Organisation, ContactPerson))
    second = load_demo()
    assert second.changed == 0
    assert sum(model.history.count() for model in (Initiative, Organisation, ContactPerson)) == histories


def test_the_demo_computes_its_vectors_and_queues_no_embedding_task(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert SearchDocument.objects.count() >= 90
    assert not SearchDocument.objects.filter(embedding__isnull=True).exists()
    assert not DBTaskResult.objects.filter(task_path__startswith="samvirke.search.").exists()


def test_demo_logins_exist_for_admin_and_each_municipality_editor(demo):
    assert User.objects.get(username="admin").is_superuser
    for municipality in Municipality.objects.all():
        membership = Membership.objects.get(user__username=f"editor-{municipality.slug}")
        assert membership.role == Role.EDITOR
        assert membership.municipality == municipality
    assert {login[0] for login in demo.logins} >= {"admin", "editor-holstebro", "editor-halmstad"}


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


def test_load_demo_command_prints_the_logins(db, capsys):
    call_command("load_demo", verbosity=0)
    out = capsys.readouterr().out
    assert "editor-holstebro" in out
    assert "samvirke-demo" in out
