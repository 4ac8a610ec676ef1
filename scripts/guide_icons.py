#!/usr/bin/env python3
"""Draw the guide's home-screen icons (web app manifest, decision 0070): an open book on the guide's blue,
as SVG and as the 192 and 512 pixel PNGs Android asks for. Run with the project's venv (Pillow)."""

from pathlib import Path

from PIL import Image, ImageDraw

TARGET = Path(__file__).resolve().parent.parent / "samvirke" / "guide" / "static" / "guide"
BLUE, WHITE = "#0b3f7a", "#ffffff"
# An open book in a 100×100 box, kept inside the maskable safe zone (the middle 80%).
LEFT = [(20, 30), (48, 36), (48, 74), (20, 68)]
RIGHT = [(52, 36), (80, 30), (80, 68), (52, 74)]


def svg() -> str:
    def points(shape):
        return " ".join(f"{x},{y}" for x, y in shape)

    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<rect width="100" height="100" rx="18" fill="{BLUE}"/>'
        f'<polygon points="{points(LEFT)}" fill="{WHITE}"/><polygon points="{points(RIGHT)}" fill="{WHITE}"/>'
        "</svg>\n"
    )


def png(size: int) -> Image.Image:
    scale = size / 100
    image = Image.new("RGB", (size, size), BLUE)
    draw = ImageDraw.Draw(image)
    for shape in (LEFT, RIGHT):
        draw.polygon([(x * scale, y * scale) for x, y in shape], fill=WHITE)
    return image


def main() -> None:
    (TARGET / "icon.svg").write_text(svg())
    for size in (192, 512):
        png(size).save(TARGET / f"icon-{size}.png", optimize=True)


if __name__ == "__main__":
    main()
