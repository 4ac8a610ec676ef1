import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.insights.models import LinkCheck
from samvirke.insights.tasks import check_links_periodically


def _queued():
    return DBTaskResult.objects.filter(task_path=check_links_periodically.module_path, status="READY")


@pytest.mark.django_db
def test_the_periodic_check_runs_and_queues_its_next_run(run_tasks, link_server, settings, capsys):
    settings.INSIGHTS_LINK_CHECK_PAUSE = 0
    settings.INSIGHTS_LINK_CHECK_TIMEOUT = 0.5
    OrganisationFactory(website=link_server + "/gone")
    call_command("check_links", "--schedule")
    call_command("check_links", "--schedule")  # one chain, not two
    assert _queued().count() == 1
    assert "already queued" in capsys.readouterr().out
    run_tasks()
    assert LinkCheck.objects.get().status == LinkCheck.Status.BROKEN
    [following] = _queued()
    hours = (following.run_after - timezone.now()).total_seconds() / 3600
    assert 23.9 < hours <= 24
