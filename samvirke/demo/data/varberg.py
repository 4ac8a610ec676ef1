"""Varbergs kommun, member of Region Halland (demo content in Swedish)."""

from samvirke.demo.data._halland import football, municipality, welcome_guide

globals().update(
    municipality(
        slug="varberg",
        name="Varbergs kommun",
        town="Varberg",
        postcode="43230",
        lat=57.1056,
        lon=12.2508,
        streets=("Engelbrektsgatan 7", "Västra Vallgatan 45", "Kyrkogatan 27", "Birger Svenssons väg 36"),
        people=("Anders Holm", "Mariam Rahimi"),
        extra=[football("varberg", "Varberg"), welcome_guide("varberg", "Varberg")],
    )
)
