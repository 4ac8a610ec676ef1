"""Writes to the newcomer vocabulary; every one checks the permission (docs/permissions.md)."""

import html

import nh3
from django.core.exceptions import PermissionDenied

from samvirke.search.models import VocabularyEntry
from samvirke.search.permissions import can_edit_vocabulary


def _clean(text: str) -> str:
    # Plain text: tags stripped, entities unescaped again (templates escape it when shown). Not
    # editorial's clean_text: that drops U+200C, the zero-width non-joiner Persian words need.
    return html.unescape(nh3.clean(text, tags=set(), attributes={}, strip_comments=True)).strip()


def save_vocabulary_entry(*, user, entry: VocabularyEntry) -> VocabularyEntry:
    if not can_edit_vocabulary(user, entry.language):
        raise PermissionDenied
    for name in ("words", "danish", "swedish"):
        setattr(entry, name, _clean(getattr(entry, name)))
    entry.updated_by = user
    entry.save()
    return entry


def delete_vocabulary_entry(*, user, entry: VocabularyEntry) -> None:
    if not can_edit_vocabulary(user, entry.language):
        raise PermissionDenied
    entry.delete()
