"""CI gate for `vigie bench dedupe`: incidents and republication links on the labelled set stay above floors."""

from __future__ import annotations

import pytest

from vigie.bench.dedupe import format_dedupe, run_dedupe

pytestmark = pytest.mark.slow

# Floors only ever rise; each sits a little under the figure measured when it was set.
FLOOR_PAIRWISE_PRECISION = 0.98  # measured 134/134 = 1.000 on found events
FLOOR_PAIRWISE_F1 = 0.89  # measured 0.912 on found events (precision 134/134, recall 134/160)
FLOOR_MERGED_WRONGLY = 0.02  # at most this share of gold incidents merged with another; measured 0/147
FLOOR_LINK_PRECISION = 0.95  # measured 12/12
FLOOR_LINK_RECALL = 0.95  # measured 12/12


def test_dedupe_benchmark_meets_the_floors(settings) -> None:  # type: ignore[no-untyped-def]
    rep = run_dedupe(settings)
    shown = format_dedupe(rep)
    assert not rep.failures, shown
    assert rep.articles >= 40 and rep.gold_events >= 150, shown
    assert rep.found_pairs.precision >= FLOOR_PAIRWISE_PRECISION, shown
    assert rep.found_pairs.f1 >= FLOOR_PAIRWISE_F1, shown
    assert rep.merged / rep.scored_incidents <= FLOOR_MERGED_WRONGLY, shown
    assert rep.links.precision >= FLOOR_LINK_PRECISION and rep.links.recall >= FLOOR_LINK_RECALL, shown
    assert rep.link_kind_right == rep.links.tp, shown
