"""`vigie bench dedupe --scale` on small stores: it runs, times every store size and explains short stores."""

from __future__ import annotations

from vigie.bench.dedupe import format_scale, run_scale


def test_scale_report_times_each_store_and_names_the_short_one() -> None:
    rep = run_scale(new=20, sizes=(100, 400), chunk=10)
    assert set(rep.seconds) == {100, 400} and all(s > 0 for s in rep.seconds.values())
    assert rep.rebuild_seconds > 0 and rep.ratio(100) > 0
    text = format_scale(rep)
    assert "ratio 400/100 stored" in text
    assert "100 stored hold 1 day, less than the 14-day look-back" in text
    assert rep.to_dict()["ratios"].keys() == {"400/100"}
