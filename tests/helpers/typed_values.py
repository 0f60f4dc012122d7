"""Values people type, shared by the GUI and CLI tests so both read them the same."""

HOUR_AND_A_HALF = ("1:30", "1.5", "1,5", "90m", "1h30")
"""Ways of writing 90 minutes that the hours field and `add --hours` both accept."""

DAY_WORDS = {"today": 0, "yesterday": -1, "-1": -1, "-3": -3, "+1": 1}
"""Date-field words and their distance in days from today."""
