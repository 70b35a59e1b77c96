"""The one settings object: every tunable of wirestream, read from WIRESTREAM_* variables once at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Built once at start-up and passed down; tests pass keyword arguments instead of patching the environment."""

    model_config = SettingsConfigDict(env_prefix="WIRESTREAM_", frozen=True, extra="ignore")

    # Kafka connection
    kafka_bootstrap: str = Field("localhost:9092", description="Kafka bootstrap servers, comma separated.")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None

    # Topics and application identity
    app_id: str = Field("wirestream", description="Faust application id: consumer group and internal topic prefix.")
    topic_prefix: str = Field("", description="Prefix added to every topic name, e.g. 'staging.'.")
    partitions: int = Field(4, ge=1, description="Partitions of the topics wirestream creates.")
    replication_factor: int = Field(1, ge=1)

    # Enrichment
    model: str = Field("en_core_web_sm", description="spaCy pipeline package to load.")
    # The model's batch is bounded by words (`core.BATCH_WORDS`, 6,000: about 13 stories of ordinary length); this
    # count only bounds it for short items (wire flashes, event notes), which the model reads far more cheaply in
    # batches of dozens than of a few.
    batch_size: int = Field(64, ge=1, description="Most articles per enrichment batch (stream.take); "
                            "a batch is also cut at 6,000 words.")
    # Short: Faust restarts this wait after every batch, so at moderate load each article waits up to it on top of
    # enrichment; under a backlog batches fill to batch_size at once and the value does not matter.
    batch_within: float = Field(0.02, gt=0, description="Seconds to wait for a batch to fill.")
    enrich_in: Literal["process", "thread"] = Field(
        "process",
        description="process: the model runs in a child process with a core of its own (it never waits for the event "
        "loop's GIL, and an overrunning article can be stopped); thread: in the worker process (less memory).",
    )
    max_article_bytes: int = Field(1_000_000, ge=1, description="Larger records are dead-lettered before parsing.")
    enrich_timeout: float = Field(30.0, gt=0, description="Seconds one article may take to enrich.")
    max_article_words: int = Field(20_000, ge=1, description="Longer texts are dead-lettered (too_long) before spaCy.")

    # Counting
    count_batch_size: int = Field(500, ge=1, description="Contribution records per counting batch (stream.take).")
    count_batch_within: float = Field(0.1, gt=0, description="Seconds to wait for a counting batch to fill.")
    standby_replicas: int = Field(
        0, ge=0,
        description="Standby copies of each counts-table partition on other workers: a takeover without replaying the "
        "changelog, for about 14% more CPU per worker with two workers (docs/benchmarks.md).",
    )
    producer_linger: float = Field(
        0.02, ge=0,
        description="Seconds the producer waits to fill a request: fewer, larger requests to the broker. 20 ms against "
        "5 ms halved the broker's CPU an article and cut the worker's by a tenth in two-worker bursts "
        "(docs/benchmarks.md, session 15), for at most 15 ms more latency.",
    )
    producer_batch_bytes: int = Field(
        262_144, ge=16_384,
        description="Largest record batch per partition in one produce request (Faust's default, 16 KB, holds less "
        "than one enriched article, so each went in a batch of its own).",
    )
    dedup_window: int = Field(4096, ge=1, description="Recent article ids remembered per actor to make counts idempotent.")
    session_timeout: float = Field(
        60.0, ge=6, le=90, description="Seconds without a heartbeat before the group hands a dead worker's partitions to others."
    )
    metadata_refresh: float = Field(
        15.0, ge=1, le=300,
        description="Seconds between the consumer's metadata refreshes: how soon a worker notices a topic or partitions "
        "that appeared after the group formed (a partition the group missed is consumed by nobody until then).",
    )

    # Worker runtime
    store: str = Field("rocksdb://", description="Faust table store; memory:// only in unit tests.")
    data_dir: Path = Field(Path(".wirestream/data"), description="Where table state (RocksDB) lives.")
    web_host: str = "0.0.0.0"
    web_port: int = 6066
    web_canonical_url: str | None = Field(None, description="URL other workers reach this one at (table routing).")
    group_instance_id: str | None = Field(None, description="Kafka static membership id, e.g. the StatefulSet pod name.")
    log_level: str = "info"
    log_format: Literal["json", "text"] = Field("text", description="json: one JSON object per log line.")

    # Local Kafka (the `wirestream kafka` command)
    kafka_version: str = "4.1.1"
    kafka_home: Path = Field(Path(".wirestream/kafka"), description="Data and logs of the local broker.")
    kafka_cache: Path = Field(Path.home() / ".cache" / "wirestream", description="Cached broker jars (outside git).")

    def kafka_client_options(self) -> dict[str, object]:
        """Security options in the shape kafka-python and aiokafka both accept."""
        options: dict[str, object] = {"security_protocol": self.security_protocol}
        if self.sasl_mechanism:
            options["sasl_mechanism"] = self.sasl_mechanism
            options["sasl_plain_username"] = self.sasl_username
            options["sasl_plain_password"] = self.sasl_password.get_secret_value() if self.sasl_password else None
        if self.ssl_cafile:
            options["ssl_cafile"] = str(self.ssl_cafile)
        if self.ssl_certfile:
            options["ssl_certfile"] = str(self.ssl_certfile)
        if self.ssl_keyfile:
            options["ssl_keyfile"] = str(self.ssl_keyfile)
        return options
