"""Counting page views cheaply: in memory, written to the database every few seconds (decision 0077).

An entry page tells `note_entry_shown` (through core's extension point) which entry it showed; the
WSGI page cache tells `note_cached_page` when it answered a page from memory, so cached views count
too. Views are added to an in-process counter (about 30 µs a view); a thread of the worker writes it
every INSIGHTS_PAGE_VIEW_FLUSH_SECONDS in one transaction, so no reader waits for the write (0 writes
each view at once, as the tests do). Nothing about the reader is kept: not the address, not a
cookie; requests whose User-Agent is a bot's are not counted. A worker that is killed loses at most
the last few seconds of counts.
"""

import atexit
import logging
import os
import threading
import time
from collections import Counter, OrderedDict

from django.conf import settings
from django.db import DatabaseError, close_old_connections
from django.utils import timezone

from samvirke.insights.privacy import is_bot
from samvirke.insights.services import save_page_views

log = logging.getLogger(__name__)
# Which entry each path shows, learnt when Django rendered it, for the page cache's later hits.
MAX_PATHS = 20_000

_lock = threading.Lock()
_pending: Counter = Counter()
_paths: OrderedDict = OrderedDict()
_writer_pid = None  # the process whose writer thread runs (workers are forked)


def enabled() -> bool:
    return settings.INSIGHTS_COUNT_PAGE_VIEWS


def note_entry_shown(*, kind: str, entry, request) -> None:
    """An entry page was rendered for this request: count it, unless a bot or not a plain GET."""
    if not enabled() or request.method != "GET" or is_bot(request.headers.get("User-Agent")):
        return
    target = (entry.municipality_id, kind, entry.pk)
    with _lock:
        _paths[request.path] = target
        _paths.move_to_end(request.path)
        if len(_paths) > MAX_PATHS:
            _paths.popitem(last=False)
    _add(target)


def note_cached_page(*, path: str, user_agent: str) -> None:
    """The page cache answered `path` from memory: count it if Django earlier showed an entry there."""
    if not enabled():
        return
    target = _paths.get(path)
    if target is None or is_bot(user_agent):
        return
    # A flush here uses the thread's connection; the next Django request in this thread checks it.
    _add(target)


def _add(target: tuple) -> None:
    municipality_id, kind, object_id = target
    with _lock:
        _pending[(municipality_id, kind, object_id, timezone.localdate())] += 1
    interval = settings.INSIGHTS_PAGE_VIEW_FLUSH_SECONDS
    if interval <= 0:
        flush()
    elif _writer_pid != os.getpid():
        _start_writer(interval)


def _start_writer(interval: float) -> None:
    global _writer_pid
    with _lock:
        if _writer_pid == os.getpid():
            return
        _writer_pid = os.getpid()
    threading.Thread(target=_write_every, args=(interval,), name="page-view-writer", daemon=True).start()


def _write_every(interval: float) -> None:
    while True:
        time.sleep(interval)
        close_old_connections()  # a database restarted meanwhile: reconnect instead of failing forever
        flush()


def flush() -> int:
    """Write the counted views now; returns how many views were written."""
    with _lock:
        counts = dict(_pending)
        _pending.clear()
    if not counts:
        return 0
    try:
        save_page_views(counts=counts)
    except DatabaseError:
        log.exception("%d page views were not saved", sum(counts.values()))
        return 0
    return sum(counts.values())


def _flush_at_exit() -> None:
    try:
        flush()
    except Exception:
        log.exception("page views not saved at exit")


atexit.register(_flush_at_exit)
