"""What menu entries and buttons do when they are more than one call: the import, export and
coach round-trip flows. Each flow takes the window (or a small host) and the journal context."""
