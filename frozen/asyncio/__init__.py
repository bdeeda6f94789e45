# asyncio for adder: MicroPython's asyncio API (which is a subset of CPython's), written for
# adder's generator-based coroutines. Sockets/streams are not provided (no socket module).

from .core import (
    CancelledError,
    InvalidStateError,
    Loop,
    Task,
    TimeoutError,
    create_task,
    current_task,
    ensure_future,
    get_event_loop,
    get_running_loop,
    new_event_loop,
    run,
    sleep,
    sleep_ms,
    ticks,
    ticks_add,
    ticks_diff,
)
from .event import Event, ThreadSafeFlag
from .funcs import gather, wait_for, wait_for_ms
from .lock import Lock
from .queues import Queue, QueueEmpty, QueueFull

__version__ = (3, 0, 0)
