"""The quarterly reflection as a PDF: built as data first, then drawn with QtGui.

``data.build_report(journal, quarter)`` gives a ``ReportData`` (figures, spans, client
balances, reflection sections; no Qt); ``render.render_pdf(data, out)`` draws it with
``QPdfWriter`` and ``QPainter`` (charts as vector SVG through ``QSvgRenderer``) and writes the
file atomically. ``export.export_report`` does both. Modules are imported one by one, so the UI
can read ``data`` without loading matplotlib; never QtWidgets here.
"""
