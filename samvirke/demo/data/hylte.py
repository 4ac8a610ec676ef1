"""Hylte kommun, member of Region Halland (demo content in Swedish)."""

from samvirke.demo.data._halland import football, municipality

globals().update(
    municipality(
        slug="hylte",
        name="Hylte kommun",
        town="Hyltebruk",
        postcode="31431",
        lat=56.9953,
        lon=13.2439,
        streets=("Storgatan 13", "Kaptensgatan 2", "Kyrkogatan 8", "Örnagatan 1"),
        people=("Peter Nyström", "Tesfay Gebre"),
        extra=[football("hylte", "Hyltebruk")],
    )
)
