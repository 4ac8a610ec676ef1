"""Story images: validated, re-encoded without metadata (no EXIF/GPS) and resized with Pillow.

Each upload becomes WebP files at several widths (never wider than the original) for `srcset`;
the original bytes are not kept.
"""

import io
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

WIDTHS = (480, 800, 1200)
LARGEST = 1600
MAX_UPLOAD_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG", "PNG", "WEBP"}


def _open(upload) -> Image.Image:
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The image is larger than 8 MB."))
    data = upload.read()
    try:
        probe = Image.open(io.BytesIO(data))
        if probe.format not in FORMATS:
            raise ValidationError(_("Upload a JPEG, PNG or WebP image."))
        if probe.width * probe.height > MAX_PIXELS:
            raise ValidationError(_("The image has too many pixels (at most 40 megapixels)."))
        probe.verify()
        image = Image.open(io.BytesIO(data))
        image.load()
    except Image.DecompressionBombError as error:
        # Pillow refuses before decoding when the header declares far more pixels than it allows.
        raise ValidationError(_("The image has too many pixels (at most 40 megapixels).")) from error
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise ValidationError(_("This file is not an image we can read.")) from error
    image = ImageOps.exif_transpose(image)  # keep the orientation the camera meant, then drop EXIF
    return image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB")


def _encode(image: Image.Image, width: int) -> bytes:
    copy = image.copy()
    if copy.width > width:
        copy.thumbnail((width, round(copy.height * width / copy.width)), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    copy.save(buffer, "WEBP", quality=80, method=4)
    return buffer.getvalue()


def process_upload(upload, *, folder: str = "stories") -> tuple[ContentFile, dict[str, str]]:
    """Validate and resize. Returns the largest version (for the ImageField) and {width: stored name}
    of the smaller renditions. Raises ValidationError for anything that is not a usable image."""
    image = _open(upload)
    stem = uuid.uuid4().hex
    renditions = {}
    for width in WIDTHS:
        if width >= image.width:
            break
        renditions[str(width)] = default_storage.save(
            f"{folder}/{stem}-{width}.webp", ContentFile(_encode(image, width))
        )
    largest = ContentFile(_encode(image, LARGEST), name=f"{stem}.webp")
    return largest, renditions


def delete_files(*, image_field, renditions: dict) -> None:
    for name in renditions.values():
        default_storage.delete(name)
    if image_field:
        image_field.delete(save=False)
