"""The background-task set-up every app relies on: tasks queue in the database and the worker runs them."""

import pytest
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from samvirke.core.models import Region


@task()
def create_region(slug: str) -> str:
    return Region.objects.create(slug=slug, name=slug.title(), country="SE").name


@pytest.mark.django_db
def test_a_queued_task_waits_for_the_worker_and_then_runs(run_tasks):
    result = create_region.enqueue("skane")
    assert not Region.objects.filter(slug="skane").exists()  # queued, not run in the request
    assert run_tasks() == 1
    assert Region.objects.get(slug="skane").name == "Skane"
    assert DBTaskResult.objects.get(pk=result.id).status == "SUCCESSFUL"
