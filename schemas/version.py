"""The payload schema version carried by every record wirestream writes."""

SCHEMA_VERSION = "1"
