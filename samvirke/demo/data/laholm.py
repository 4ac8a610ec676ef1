"""Laholms kommun, member of Region Halland (demo content in Swedish)."""

from samvirke.demo.data._halland import football, municipality

globals().update(
    municipality(
        slug="laholm",
        name="Laholms kommun",
        town="Laholm",
        postcode="31231",
        lat=56.5117,
        lon=13.0429,
        streets=("Stortorget 1", "Glänningevägen 2", "Hästtorget 5", "Västra Vallgatan 10"),
        people=("Johanna Lind", "Hodan Ali"),
        extra=[football("laholm", "Laholm")],
    )
)
