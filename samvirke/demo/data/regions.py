"""Regions whose members share one inventory."""

REGIONS = [
    {
        "slug": "halland",
        "name": "Region Halland",
        "country": "SE",
        "description": (
            "Integration Halland: en regiongemensam inventering av allt som görs och planeras för nyanlända, "
            "i kommuner, myndigheter och frivilligorganisationer."
        ),
    },
]
