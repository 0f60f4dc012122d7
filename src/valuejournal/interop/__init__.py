"""Importers (Toggl, Clockify, Harvest, Kimai, the app's own CSV) and CSV/JSON export.

No Qt here; the CLI and the GUI call these functions (the GUI off its main thread).

Import, as a plan first::

    plan = read_csv(path, format="auto")     # ImportFormatError if the file is unusable
    plan = check_against(plan, journal)      # mark sessions the journal already has
    print(plan.summary()); plan.errors       # "new 120, already present 3, skipped 4, ..."
    plan.skipped                             # not work sessions, per reason (SKIP_REASONS)
    plan.people                              # whose work it holds; read_csv(..., user=NAME)
    added = apply_plan(plan, journal)        # one transaction, new sessions only

A CSV of unknown layout: ``read_header(path)`` for its columns, then
``read_csv(path, mapping={"date": "Day", "hours": "Time", ...})`` with fields from
``MAPPABLE_FIELDS``.

With a journal (the CLI): ``import_file(journal, path, format=..., dry_run=...)`` and
``export_journal(journal, "out.csv" | "out.json")``; ``restore_json(read_json(p), journal)``.

Export pieces: ``export_csv(sessions, path)`` (the app's CSV; reads back unchanged),
``export_json(ExportedJournal(...), path)`` and ``read_json(path)``.
"""

from valuejournal.interop.csv_export import COLUMNS as CSV_COLUMNS
from valuejournal.interop.csv_export import export_csv
from valuejournal.interop.generic import FIELDS as MAPPABLE_FIELDS
from valuejournal.interop.importer import (
    FORMAT_LABELS,
    FORMAT_NAMES,
    detect_format,
    people_line,
    read_csv,
    read_header,
)
from valuejournal.interop.journal_io import (
    ExportError,
    ImportOutcome,
    RestoreCounts,
    export_journal,
    gather,
    import_file,
    plan_import,
    restore_json,
)
from valuejournal.interop.json_io import ExportedJournal, export_json, read_json
from valuejournal.interop.plan import (
    SKIP_REASONS,
    ImportFormatError,
    ImportPlan,
    RowError,
    apply_plan,
    check_against,
    mark_duplicates,
)

__all__ = [
    "CSV_COLUMNS",
    "FORMAT_LABELS",
    "FORMAT_NAMES",
    "MAPPABLE_FIELDS",
    "ExportError",
    "ExportedJournal",
    "ImportFormatError",
    "ImportOutcome",
    "ImportPlan",
    "RestoreCounts",
    "RowError",
    "apply_plan",
    "check_against",
    "detect_format",
    "export_csv",
    "export_journal",
    "export_json",
    "gather",
    "import_file",
    "SKIP_REASONS",
    "mark_duplicates",
    "people_line",
    "plan_import",
    "read_csv",
    "read_header",
    "read_json",
    "restore_json",
]
