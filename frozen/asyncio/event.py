# asyncio synchronisation: Event and MicroPython's ThreadSafeFlag.

from . import core


class Event:
    def __init__(self):
        self.state = False
        self.waiting = core._Waiters()

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        while self.waiting:
            self.waiting.wake_one()

    def clear(self):
        self.state = False

    async def wait(self):
        if not self.state:
            await core._Park(self.waiting)
        return True


class ThreadSafeFlag:
    # Like an Event that clears itself when a waiter takes it (MicroPython).

    def __init__(self):
        self.state = False
        self.waiting = core._Waiters()

    def set(self):
        self.state = True
        if self.waiting:
            self.waiting.wake_one()

    def clear(self):
        self.state = False

    async def wait(self):
        while not self.state:
            await core._Park(self.waiting)
        self.state = False
