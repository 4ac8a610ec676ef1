"""What every NinjaAPI of the project shares: text without NUL characters, documented as such."""

from typing import Annotated

from ninja import NinjaAPI
from pydantic import StringConstraints

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
