"""Pure-Python domain: entities, rules, money, periods, insights, demo data. No Qt, no SQL."""
