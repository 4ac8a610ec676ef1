"""The REST API at /api/v1/. Each app adds its ninja Router here; the OpenAPI document lists them all."""

from samvirke.core.api import ClientRateThrottle, SamvirkeAPI
from samvirke.interop.api import writes  # noqa: F401  (adds the write operations to the router)
from samvirke.interop.api.routes import router as open_data_router
from samvirke.search.api import router as search_router

api = SamvirkeAPI(
    title="Samvirke API",
    version="1.0.0",
    description=(
        "Open data from Samvirke: municipalities, organisations, initiatives, public contacts, policies with "
        "their focus points, indicators and measurements, and search. Read endpoints need no key; "
        "lists are paginated (`page`, `page_size`) and answer `{count, next, previous, results}`."
    ),
    urls_namespace="api",
    # Generous for people, a brake on scrapers; counted per client address in Django's cache.
    throttle=[ClientRateThrottle("1200/m")],
)
api.add_router("/search", search_router)
api.add_router("", open_data_router)
api.add_router("", "samvirke.editorial.api.router")
