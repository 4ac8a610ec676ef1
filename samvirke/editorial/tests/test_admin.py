"""Entries changed in the Django admin go through the same workflow as everywhere else (decision 0064)."""

from types import SimpleNamespace

from django.contrib import admin
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory

from samvirke.initiatives.models import Initiative


def _request(user):
    request = RequestFactory().post("/admin/")
    request.user = user
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def test_an_admin_edit_is_applied_by_the_workflow_with_version_and_history(world):
    initiative = world.initiative
    version = initiative.version
    initiative.summary, initiative.slug = "Dansk over te.", "sprogcafe-te"
    model_admin = admin.site._registry[Initiative]
    model_admin.save_model(
        _request(world.users["admin"]), initiative, SimpleNamespace(changed_data=["summary", "slug"]), True
    )
    saved = Initiative.objects.get(pk=initiative.pk)
    assert (saved.summary, saved.slug) == ("Dansk over te.", "sprogcafe-te")
    assert saved.version > version
    reasons = list(saved.history.values_list("history_change_reason", flat=True)[:2])
    assert reasons == ["admin", "admin"]
