"""Value Journal: a work journal for freelancers that shows where pay and value part ways."""

__version__ = "0.1.0"
APP_ID = "io.github.valuejournal.ValueJournal"
APP_NAME = "Value Journal"
