"""Contract test: schemathesis generates requests for every operation in /api/v1/openapi.json and
checks, over real HTTP against the live server, that none answers 500 and every answer matches its schema."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory
from samvirke.policy.tests.factories import FocusPointFactory, MeasurementFactory


@pytest.fixture
def api_schema(live_server, transactional_db):
    halland = RegionFactory(slug="halland")
    municipality = MunicipalityFactory(slug="holstebro")
    MunicipalityFactory(slug="halmstad", country="SE", region=halland)
    ScheduleFactory(initiative=InitiativeFactory(municipality=municipality, title="Sprogcaféen"))
    FocusPointFactory(focus_area__policy__municipality=municipality)
    MeasurementFactory(indicator__criterion__policy__municipality=municipality)
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v1/openapi.json")
    schema.config.base_url = live_server.url
    return schema


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_honours_its_contract(case):
    case.call_and_validate()
