# asyncio Queue (CPython's API; MicroPython has it in micropython-lib).

from . import core


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._items = []
        self._head = 0
        self._getters = core._Waiters()
        self._putters = core._Waiters()
        self._unfinished = 0
        self._finished = None

    def qsize(self):
        return len(self._items) - self._head

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return 0 < self.maxsize <= self.qsize()

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        if self._getters:
            self._getters.wake_one()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            del self._items[: self._head]
            self._head = 0
        if self._putters:
            self._putters.wake_one()
        return item

    async def put(self, item):
        while self.full():
            await core._Park(self._putters)
        self.put_nowait(item)

    async def get(self):
        while self.empty():
            await core._Park(self._getters)
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0 and self._finished is not None:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            if self._finished is None:
                from .event import Event

                self._finished = Event()
            self._finished.clear()
            await self._finished.wait()
