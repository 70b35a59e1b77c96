"""The local broker's KRaft cluster id is always a valid StorageTool argument."""

from __future__ import annotations

import base64

from service.kafka_local import new_cluster_id


def test_cluster_id_never_looks_like_an_option():
    for _ in range(2000):
        cluster_id = new_cluster_id()
        assert cluster_id[0].isalnum()
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16
