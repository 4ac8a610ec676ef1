import pytest


@pytest.fixture(autouse=True)
def seeded_vocabulary(request):
    """The vocabulary as migration 0005 leaves it. Transactional tests elsewhere (browser, live
    server) flush every table, data migrations' rows included; seeding again restores them."""
    if "db" not in request.fixturenames and not request.node.get_closest_marker("django_db"):
        return
    request.getfixturevalue("db")
    from samvirke.search.vocabulary import seed

    seed()
