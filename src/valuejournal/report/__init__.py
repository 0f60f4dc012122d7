"""The quarterly reflection as a PDF: built as data first, then drawn with QtGui.

``data.build_report(journal, quarter)`` gives a ``ReportData`` (figures, spans, client
balances, reflection sections; no Qt); ``figures`` draws the charts as SVG with matplotlib
(no Qt; the CLI runs it in a helper process, ``worker``); ``render.render_pdf(data, out, svgs)``
paints everything with ``QPdfWriter`` and ``QPainter`` and writes the file atomically.
``export.export_report`` does all three. Modules are imported one by one, so the UI can read
``data`` without loading matplotlib; never QtWidgets here.
"""
