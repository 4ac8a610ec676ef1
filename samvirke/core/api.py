"""What every NinjaAPI of the project shares: text without NUL characters, documented as such, and
throttles counted per client address."""

from typing import Annotated

from ninja import NinjaAPI
from ninja.throttling import AnonRateThrottle
from pydantic import StringConstraints

from samvirke.core.clients import client_ip

NO_NUL = r"^[^\x00]*$"

# A string field of an API body: PostgreSQL cannot store U+0000, so it is refused with 422.
Text = Annotated[str, StringConstraints(pattern=NO_NUL)]


class SamvirkeAPI(NinjaAPI):
    """A NinjaAPI whose OpenAPI document says that no query parameter may hold a NUL character,
    as RejectNulCharactersMiddleware enforces for every request."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                    if parameter.get("in") == "query":
                        _forbid_nul(parameter.get("schema", {}))
        return schema


def _forbid_nul(schema: dict) -> None:
    for option in schema.get("anyOf", []):
        _forbid_nul(option)
    if schema.get("type") == "string" and not {"pattern", "format", "enum"} & schema.keys():
        schema["pattern"] = NO_NUL


class ClientRateThrottle(AnonRateThrottle):
    """django-ninja's anonymous throttle keyed on the client behind our trusted proxies (core/clients.py):
    its own reading of X-Forwarded-For takes the whole header, so a forged first hop was a new client."""

    def get_ident(self, request) -> str:
        return client_ip(request)
