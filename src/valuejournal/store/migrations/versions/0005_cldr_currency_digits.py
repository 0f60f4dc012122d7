"""Amounts follow CLDR's currency digits (babel), which replaced the app's own table.

Money is stored in minor units, so a currency whose number of minor-unit digits changed needs
its amounts rescaled to mean the same money: IQD went from 3 digits to 0, HUF, IDR, COP and
others from 2 to 0, CLF and UYW from 2 to 4. Scaling down rounds half up to the currency's
smallest unit (a fraction of a forint cannot be written in HUF any more); scaling up is exact.
Sessions' pay and clients' alternative rates are rescaled; nothing else stores money yet.

The changes are frozen here (CLDR as shipped with babel 2.19), not read from babel at run
time: a migration must do the same thing on every machine.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# currency: (digits the app used before, CLDR's digits)
CHANGED = {
    "ADP": (2, 0), "AFN": (2, 0), "ALL": (2, 0), "BIF": (2, 0), "BYR": (2, 0), "CLF": (2, 4),
    "COP": (2, 0), "DJF": (2, 0), "ESP": (2, 0), "GNF": (2, 0), "HUF": (2, 0), "IDR": (2, 0),
    "IQD": (3, 0), "IRR": (2, 0), "ITL": (2, 0), "KMF": (2, 0), "KPW": (2, 0), "LAK": (2, 0),
    "LBP": (2, 0), "LUF": (2, 0), "MGA": (2, 0), "MGF": (2, 0), "MMK": (2, 0), "MRO": (2, 0),
    "SLL": (2, 0), "SOS": (2, 0), "STD": (2, 0), "SYP": (2, 0), "TMM": (2, 0), "TRL": (2, 0),
    "UYI": (2, 0), "UYW": (2, 4), "VUV": (2, 0), "XPF": (2, 0), "YER": (2, 0), "ZMK": (2, 0),
    "ZWD": (2, 0),
}  # fmt: skip
MONEY = (("work_session", "pay_minor"), ("client", "alternative_rate_minor"))


def _rescale(change: dict[str, tuple[int, int]]) -> None:
    for table, column in MONEY:
        for code, (old, new) in sorted(change.items()):
            if new > old:
                expr = f"{column} * {10 ** (new - old)}"
            else:
                factor = 10 ** (old - new)
                expr = f"({column} + {factor // 2}) / {factor}"  # integers: half up
            op.execute(
                f"UPDATE {table} SET {column} = {expr} "
                f"WHERE upper(currency) = '{code}' AND {column} IS NOT NULL"
            )


def upgrade() -> None:
    _rescale(CHANGED)


def downgrade() -> None:
    _rescale({code: (new, old) for code, (old, new) in CHANGED.items()})
