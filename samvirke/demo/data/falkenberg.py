"""Falkenbergs kommun, member of Region Halland (demo content in Swedish)."""

from samvirke.demo.data._halland import football, municipality

globals().update(
    municipality(
        slug="falkenberg",
        name="Falkenbergs kommun",
        town="Falkenberg",
        postcode="31131",
        lat=56.9055,
        lon=12.4912,
        streets=("Stortorget 3", "Vallgatan 5", "Storgatan 40", "Holgersgatan 6"),
        people=("Karin Ek", "Oksana Melnyk"),
        extra=[football("falkenberg", "Falkenberg")],
    )
)
