"""Background work of the insights app, run by `manage.py db_worker`.

The link check is periodic without cron: each run queues the next one INSIGHTS_LINK_CHECK_INTERVAL_HOURS
later (decision 0078); `manage.py check_links --schedule` starts the chain once.
"""

import datetime as dt

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from samvirke.insights.runs import run_link_check


@task()
def check_links_periodically() -> dict:
    """Check every link now, then queue the next run."""
    counts = run_link_check()
    schedule_link_checks(
        after=timezone.now() + dt.timedelta(hours=settings.INSIGHTS_LINK_CHECK_INTERVAL_HOURS)
    )
    return counts


def schedule_link_checks(*, after: dt.datetime | None = None) -> bool:
    """Queue the periodic link check unless one is already waiting; True when queued."""
    # A running check is not "waiting": it queues its own successor when it ends.
    waiting = DBTaskResult.objects.filter(
        task_path=check_links_periodically.module_path, status=TaskResultStatus.READY
    )
    if waiting.exists():
        return False
    check_links_periodically.using(run_after=after or timezone.now()).enqueue()
    return True
