"""Halmstads kommun, member of Region Halland (demo content in Swedish)."""

from samvirke.demo.data._halland import football, municipality, welcome_guide

globals().update(
    municipality(
        slug="halmstad",
        name="Halmstads kommun",
        town="Halmstad",
        postcode="30250",
        lat=56.6745,
        lon=12.8578,
        streets=("Axel Olsson Plats 1", "Bäckagårdsgatan 3", "Kyrkogatan 4", "Sannarpsgatan 1"),
        people=("Elin Bergström", "Samir Haddad"),
        extra=[football("halmstad", "Halmstad"), welcome_guide("halmstad", "Halmstad")],
    )
)
