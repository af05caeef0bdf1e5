"""Export fixtures: the databases of tests/api (real pipeline + one known article)."""

from tests.api.conftest import fixture_db, real_db  # noqa: F401 - fixtures shared with tests/api
