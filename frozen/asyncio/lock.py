# asyncio Lock: FIFO, handed over directly to the next waiter on release.

from . import core


class Lock:
    def __init__(self):
        self._locked = False
        self._waiting = core._Waiters()
        self._handed = None  # the waiter the lock was handed to, until it runs

    def locked(self):
        return self._locked

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        if self._waiting:
            self._handed = self._waiting.wake_one()  # stays locked, now for that task
        else:
            self._locked = False

    async def acquire(self):
        if self._locked:
            me = core._current
            try:
                await core._Park(self._waiting)
            except core.CancelledError:
                if self._handed is me:
                    self._handed = None
                    self.release()  # pass the lock on
                raise
            self._handed = None
        self._locked = True
        return True

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
