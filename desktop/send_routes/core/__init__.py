"""Pure-Python guidance engine: answers, rules, deadlines and the plan. Never imports Qt."""
