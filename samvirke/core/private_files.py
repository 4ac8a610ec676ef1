"""Files that are not public: draft evaluation reports, edition PDFs, anything an app keeps for some eyes only.

They live in their own folder, PRIVATE_MEDIA_ROOT, apart from MEDIA_ROOT, which the web server
publishes as it is (story images). A private file has no public address: its `url` is
`/files/<name>`, which asks the app that owns the file for the page that serves it, and that
page checks the visitor's permission before `serve` sends the bytes (decision 0055).
"""

import os
import shutil
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpResponse
from django.urls import reverse


class PrivateStorage(FileSystemStorage):
    """FileSystemStorage under PRIVATE_MEDIA_ROOT, read on every use so tests can point it elsewhere."""

    @property
    def base_location(self) -> str:
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        return reverse("private_file", args=[name])


_storage = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The `storage` of every FileField that holds private files (a callable, so migrations name it)."""
    return _storage


def serve(*, file: FieldFile, content_type: str, filename: str, private: bool) -> HttpResponse:
    """The file's bytes for a visitor whose permission the caller has checked. Raises Http404.

    Behind nginx (PRIVATE_MEDIA_ACCEL_REDIRECT set) the app answers with X-Accel-Redirect and nginx
    sends the file from an `internal` location; otherwise Django streams it (FileResponse).
    """
    if not file or not file.storage.exists(file.name):
        raise Http404("The file is missing")
    accel = settings.PRIVATE_MEDIA_ACCEL_REDIRECT
    if accel:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = accel.rstrip("/") + "/" + quote(file.name)
    else:
        response = FileResponse(file.open("rb"), content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    if private:
        # Never shared by a proxy or the page cache (decision 0004).
        response["Cache-Control"] = "private"
    return response


def move_from_public_media(*, names: list[str]) -> int:
    """Move files that an older version kept under MEDIA_ROOT into private storage (same names).

    Used by the data migrations that made fields private; returns how many files were moved.
    """
    public, private = Path(settings.MEDIA_ROOT), Path(_storage.location)
    moved = 0
    for name in names:
        source, target = public / name, private / name
        if source.is_file() and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(source, target)
            moved += 1
    return moved
