import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from samvirke.community import images


def upload(width=1600, height=1000, fmt="JPEG", exif=False):
    buffer = io.BytesIO()
    image = Image.new("RGB", (width, height), (200, 120, 40))
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "Kameraet"  # Make
        kwargs["exif"] = data.tobytes()
    image.save(buffer, fmt, **kwargs)
    return SimpleUploadedFile(f"x.{fmt.lower()}", buffer.getvalue(), content_type=f"image/{fmt.lower()}")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_an_image_is_resized_to_several_widths_as_webp_without_metadata():
    largest, renditions = images.process_upload(upload(exif=True))
    assert set(renditions) == {"480", "800", "1200"}
    for width, name in renditions.items():
        with default_storage.open(name) as stored, Image.open(stored) as resized:
            assert resized.format == "WEBP" and resized.width == int(width)
            assert not resized.getexif()
    with Image.open(io.BytesIO(largest.read())) as big:
        assert big.width == 1600


def test_a_small_image_is_never_enlarged():
    largest, renditions = images.process_upload(upload(width=600, height=400))
    assert set(renditions) == {"480"}
    with Image.open(io.BytesIO(largest.read())) as big:
        assert big.width == 600


@pytest.mark.parametrize(
    "bad",
    [
        SimpleUploadedFile("x.jpg", b"not an image", content_type="image/jpeg"),
        SimpleUploadedFile("x.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", content_type="image/gif"),
    ],
)
def test_files_that_are_not_usable_images_are_refused(bad):
    with pytest.raises(ValidationError):
        images.process_upload(bad)


def test_too_large_uploads_are_refused(monkeypatch):
    monkeypatch.setattr(images, "MAX_UPLOAD_BYTES", 100)
    with pytest.raises(ValidationError):
        images.process_upload(upload())


def test_an_image_declaring_400_megapixels_in_390_bytes_is_refused_not_a_500():
    """Issue 17, finding 6: Pillow's DecompressionBombError escaped as a 500."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )
    with pytest.raises(ValidationError, match="40 megapixels"):
        images.process_upload(SimpleUploadedFile("bomb.png", png))
