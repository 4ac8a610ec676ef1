"""Kungsbacka kommun, member of Region Halland (demo content in Swedish)."""

from samvirke.demo.data._halland import football, municipality, welcome_guide

globals().update(
    municipality(
        slug="kungsbacka",
        name="Kungsbacka kommun",
        town="Kungsbacka",
        postcode="43430",
        lat=57.4872,
        lon=12.0761,
        streets=("Södra Torggatan 2", "Östra Långgatan 20", "Kyrkogatan 10", "Idrottsvägen 3"),
        people=("Lena Sjöberg", "Abdi Warsame"),
        extra=[football("kungsbacka", "Kungsbacka"), welcome_guide("kungsbacka", "Kungsbacka")],
    )
)
