"""Keys shared by a window menu and a page's context menu (one definition, no clash)."""

from __future__ import annotations

INVOICE_KEYS = "Ctrl+Alt+I"
"""Edit → Mark as invoiced… (the Journal list's selection)."""
PAID_KEYS = "Ctrl+Shift+P"
"""Edit → Mark as paid…"""
RATES_KEYS = "Ctrl+Shift+X"
"""Edit → Exchange rates…"""
