"""EDTF strings -> inclusive date bounds used for range queries."""

from __future__ import annotations

from datetime import date

import pytest

from vigie.store import edtf_bounds

D = date


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2021", (D(2021, 1, 1), D(2021, 12, 31))),
        ("2021-02", (D(2021, 2, 1), D(2021, 2, 28))),
        ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),
        ("2021-02-25", (D(2021, 2, 25), D(2021, 2, 25))),
        ("2020-21", (D(2020, 3, 1), D(2020, 5, 31))),
        ("2020-22", (D(2020, 6, 1), D(2020, 8, 31))),
        ("2020-23", (D(2020, 9, 1), D(2020, 11, 30))),
        ("2020-24", (D(2020, 12, 1), D(2021, 2, 28))),
        ("2023-24", (D(2023, 12, 1), D(2024, 2, 29))),
        ("2021-02-15/2021-02-28", (D(2021, 2, 15), D(2021, 2, 28))),
        ("2020-23/2021-02", (D(2020, 9, 1), D(2021, 2, 28))),
        ("../2021-02", (None, D(2021, 2, 28))),
        ("2021-02-15/", (D(2021, 2, 15), None)),
        ("2021?", (D(2021, 1, 1), D(2021, 12, 31))),
        ("2021-02~", (D(2021, 2, 1), D(2021, 2, 28))),
        ("202X", (D(2020, 1, 1), D(2029, 12, 31))),
        ("2021-02-XX", (D(2021, 2, 1), D(2021, 2, 28))),
        ("2021-02-25T10:00:00", (D(2021, 2, 25), D(2021, 2, 25))),
    ],
)
def test_known_forms(value: str, bounds: tuple[date | None, date | None]) -> None:
    assert edtf_bounds(value) == bounds


@pytest.mark.parametrize(
    "value", [None, "", " ", "hier", "2021-13", "2021-02-30", "2021-25", "2021-03/2021-01", "21"]
)
def test_unknown_forms_give_no_bounds(value: str | None) -> None:
    assert edtf_bounds(value) == (None, None)
