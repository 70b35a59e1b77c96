"""A live worker's state on SIGUSR1 (kill -USR1 <pid>): consumer flow, partitions, stream buffers, where each task waits."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Iterator
from typing import Any

log = logging.getLogger("wirestream.diagnostics")


def _frames(awaitable: Any) -> Iterator[str]:
    """file:line of each coroutine or async generator in an await chain, outermost first."""
    seen = 0
    while awaitable is not None and seen < 64:
        seen += 1
        frame = getattr(awaitable, "cr_frame", None) or getattr(awaitable, "ag_frame", None) \
            or getattr(awaitable, "gi_frame", None)
        if frame is not None:
            yield f"{frame.f_code.co_filename.rsplit('site-packages/', 1)[-1]}:{frame.f_lineno} {frame.f_code.co_name}"
        nxt = getattr(awaitable, "cr_await", None) or getattr(awaitable, "ag_await", None) \
            or getattr(awaitable, "gi_yieldfrom", None)
        if nxt is None and isinstance(awaitable, asyncio.Future) and not isinstance(awaitable, asyncio.Task):
            yield f"<future {'done' if awaitable.done() else 'pending'}>"
        awaitable = nxt


def task_chains() -> list[str]:
    """One line per pending task: its name and the await chain down to what it waits for."""
    out = []
    for task in asyncio.all_tasks():
        chain = " -> ".join(_frames(task.get_coro())) or repr(task.get_coro())
        out.append(f"  {task.get_name()}: {chain}")
    return sorted(out)


def agent_chains(app: Any) -> list[str]:
    """Where each agent's own coroutine waits (a task's chain stops at Faust's actor wrapper)."""
    out = []
    for agent in app.agents.values():
        for actor in getattr(agent, "_actors", ()):
            chain = " -> ".join(_frames(getattr(actor, "it", None))) or "?"
            out.append(f"  {agent.name}: {chain}")
    return out


def suspended_generators() -> list[str]:
    """Await chains of live async generators of the worker and Faust's streams (an agent's `async for` over
    stream.take() waits inside one, out of reach of the task's own chain)."""
    import gc
    import types

    out = []
    for obj in gc.get_objects():
        if isinstance(obj, types.AsyncGeneratorType) and obj.ag_frame is not None:
            where = obj.ag_frame.f_code.co_filename
            if "faust/" in where or "/service/" in where:
                out.append("  " + " -> ".join(_frames(obj)))
    return sorted(out)


def consumer_state(app: Any) -> list[str]:
    """What decides whether the Faust consumer fetches: flow flags and its partition sets."""
    consumer = app.consumer
    lines = [
        f"  flow_active={getattr(consumer, 'flow_active', '?')} "
        f"can_resume_flow={consumer.can_resume_flow.is_set()} suspend_flow={consumer.suspend_flow.is_set()} "
        f"not_waiting_next_records={consumer.not_waiting_next_records.is_set()} "
        f"app.flow_control.is_active={app.flow_control.is_active()} in_recovery={app.in_recovery} "
        f"rebalancing={app.rebalancing}",
        f"  assignment={sorted(map(tuple, consumer.assignment()))}",
        f"  active={sorted(map(tuple, consumer._active_partitions or ()))}",
        f"  paused={sorted(map(tuple, consumer._paused_partitions))}",
        f"  buffered={sorted(map(tuple, consumer._buffered_partitions))}",
        f"  read_offset={ {tuple(k): v for k, v in consumer._read_offset.items()} }",
        f"  committed={ {tuple(k): v for k, v in consumer._committed_offset.items()} }",
    ]
    try:
        inner = consumer._thread._ensure_consumer()
        lines.append(f"  aiokafka paused={sorted(map(tuple, inner.paused()))}")
        assignment = inner._subscription.subscription.assignment if inner._subscription.subscription else None
        buffered = getattr(inner._fetcher, "_records", {})
        for tp in sorted(assignment.tps if assignment else (), key=tuple):
            state = assignment.state_value(tp)
            held = buffered.get(tp)
            lines.append(
                f"  aiokafka {tp.topic}[{tp.partition}]: status={getattr(state, '_status', '?')} "
                f"position={getattr(state, '_position', '?')} paused={state.paused} "
                f"buffered={type(held).__name__ if held is not None else None}"
            )
    except Exception as exc:  # noqa: BLE001 - a dump reports what it can
        lines.append(f"  aiokafka state unavailable: {exc!r}")
    for tp, queue in getattr(app.topics, "_queues", {}).items() if hasattr(app, "topics") else ():
        lines.append(f"  queue {tp}: {queue.qsize() if hasattr(queue, 'qsize') else queue}")
    return lines


def dump(app: Any) -> None:
    """Writes the worker's state to its log (stderr) in one block."""
    lines = ["wirestream state dump", "consumer:"]
    try:
        lines += consumer_state(app)
    except Exception as exc:  # noqa: BLE001
        lines.append(f"  unavailable: {exc!r}")
    lines.append("agents:")
    try:
        lines += agent_chains(app)
    except Exception as exc:  # noqa: BLE001
        lines.append(f"  unavailable: {exc!r}")
    lines.append("async generators:")
    lines += suspended_generators()
    lines.append("tasks:")
    lines += task_chains()
    sys.stderr.write("\n".join(lines) + "\n")
    sys.stderr.flush()
