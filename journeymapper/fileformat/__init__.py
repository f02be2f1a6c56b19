"""The .journey file format: load (with limits and migrations), save (atomically), schema."""

from journeymapper.fileformat.errors import Issue, JourneyFileError, SaveError
from journeymapper.fileformat.migrations import FORMAT_NAME, FORMAT_VERSION
from journeymapper.fileformat.reader import LoadResult, load_journey, loads_journey
from journeymapper.fileformat.schema import journey_schema, schema_text
from journeymapper.fileformat.writer import dumps_journey, save_journey, write_atomically

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "Issue",
    "JourneyFileError",
    "LoadResult",
    "SaveError",
    "dumps_journey",
    "journey_schema",
    "load_journey",
    "loads_journey",
    "save_journey",
    "schema_text",
    "write_atomically",
]
