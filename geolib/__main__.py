"""``python -m geolib``: the geolib command."""

from geolib.cli import entry_point

entry_point()
