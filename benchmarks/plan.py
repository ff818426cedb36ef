"""Time to compute a plan, against parsing the same answers (the floor), in the same run.

python benchmarks/plan.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import summary, timings_ms
from send_routes.content_build.locate import open_content
from send_routes.core.answers import parse_answers
from send_routes.core.planner import make_plan

SCENARIOS = Path(__file__).resolve().parents[1] / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    store = open_content()
    guidance = store.guidance
    answers = [
        parse_answers(scenario["answers"])
        for name in ("scenarios_shared.json", "scenarios_own.json")
        for scenario in json.loads((SCENARIOS / name).read_text(encoding="utf-8"))
        if "error_mentions" not in scenario["expect"]
    ] * args.repeat
    today = dt.date(2026, 11, 22)
    plans = timings_ms(lambda a: make_plan(guidance, a, today).to_dict(), answers)
    parse = timings_ms(lambda a: parse_answers(a.to_dict()), answers)
    (median, p99), (floor, _) = summary(plans), summary(parse)
    print(
        f"plan + JSON over {len(answers)} runs: median {median:.3f} ms, p99 {p99:.3f} ms "
        f"(aim under 5 ms); parsing answers alone: median {floor:.3f} ms"
    )


if __name__ == "__main__":
    main()
