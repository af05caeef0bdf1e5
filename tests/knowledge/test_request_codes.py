"""Appeals (CAMEO 02) and demands (10) take the code of the act they ask for."""

from __future__ import annotations

import pytest

from newsgraph.knowledge.cameo import is_code
from newsgraph.knowledge.verbs import to_appeal, to_demand, to_request


@pytest.mark.parametrize(
    ("act", "appeal", "demand"),
    [
        ("0841", "0253", "1053"),  # release persons
        ("087", "0256", "1056"),  # de-escalate
        ("0831", "0241", "1041"),  # leadership change
        ("046", "026", "106"),  # negotiate
        ("190", "020", "100"),  # force: no matching request code
    ],
)
def test_appeal_codes_run_parallel_to_demand_codes(act: str, appeal: str, demand: str) -> None:
    assert (to_appeal(act), to_demand(act)) == (appeal, demand)
    assert is_code(appeal) and is_code(demand)


@pytest.mark.parametrize(
    ("asked_by", "act", "expected"),
    [
        ("020", "0841", "0253"),  # "urged Iran to release the sailors"
        ("100", "0841", "1053"),  # "demanded that Iran release the sailors"
        ("0241", "0841", "0241"),  # already specific: "called for his resignation"
        ("020", "100", "020"),  # asking someone to demand something stays an appeal
    ],
)
def test_generic_requests_take_the_asked_act(asked_by: str, act: str, expected: str) -> None:
    assert to_request(asked_by, act) == expected


@pytest.mark.parametrize(
    ("act", "demand"),
    [("061", "1011"), ("071", "1031"), ("074", "1034"), ("090", "101")],  # cooperation, aid, peacekeeping, inquiry
)
def test_demand_codes_follow_the_cameo_table(act: str, demand: str) -> None:
    assert to_demand(act) == demand
