"""The SIGUSR1 state dump: where each coroutine of a stuck worker waits."""

from __future__ import annotations

import asyncio

from service import diagnostics


def test_task_chains_follow_awaits_down_to_the_waiting_frame():
    async def inner(event):
        await event.wait()

    async def outer(event):
        await inner(event)

    async def main():
        event = asyncio.Event()
        task = asyncio.create_task(outer(event), name="stuck-one")
        await asyncio.sleep(0)
        lines = diagnostics.task_chains()
        event.set()
        await task
        return lines

    lines = asyncio.run(main())
    stuck = next(line for line in lines if "stuck-one" in line)
    assert "outer" in stuck and "inner" in stuck and stuck.index("outer") < stuck.index("inner")


def test_frames_reach_into_a_suspended_async_generator():
    async def take(event):  # stands in for stream.take(): an async generator waiting for records
        await event.wait()
        yield 1

    async def main():
        event = asyncio.Event()
        gen = take(event)
        task = asyncio.create_task(gen.__anext__())
        await asyncio.sleep(0)
        chains = [c for c in (" -> ".join(diagnostics._frames(gen)),)]
        event.set()
        await task
        return chains

    assert "take" in asyncio.run(main())[0]
