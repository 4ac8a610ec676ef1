import io

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
