"""The REST API at /api/v1/. Each app adds its ninja Router here; the OpenAPI document lists them all."""

from ninja import NinjaAPI

from samvirke.search.api import router as search_router

api = NinjaAPI(
    title="Samvirke API",
    version="1.0.0",
    description="Open data from Samvirke: municipalities, organisations, initiatives, policies and search.",
    urls_namespace="api",
)
api.add_router("/search", search_router)
