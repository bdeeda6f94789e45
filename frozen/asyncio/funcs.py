# asyncio helpers built on tasks: gather, wait_for.

from . import core


class _Gather(core._Awaitable):
    # Awaitable: the waiting task resumes when every child is done, or (without
    # return_exceptions) as soon as one fails.

    def __init__(self, tasks, return_exceptions):
        self.tasks = tasks
        self.rex = return_exceptions
        self.left = len(tasks)
        self.failed = None
        self.waiter = None
        for t in tasks:
            t.add_done_callback(self._child_done)

    def _child_done(self, t):
        self.left -= 1
        if not self.rex and t._exc is not None and self.failed is None:
            self.failed = t
        w = self.waiter
        if w is not None and (self.left == 0 or self.failed is not None):
            self.waiter = None
            w._waiting = None
            w._loop.push_ready(w)

    def __next__(self):
        if self.failed is not None:
            raise self.failed._exc
        if self.left == 0:
            out = []
            for t in self.tasks:
                out.append(t._result if t._exc is None else t._exc)
            raise StopIteration(out)
        t = core._current
        if t is None:
            raise RuntimeError("gather() awaited outside a task")
        self.waiter = t
        t._waiting = self
        t._parked = True
        return None


    def _remove(self, t):
        if self.waiter is t:
            self.waiter = None

    def _forward_cancel(self, msg):
        any_cancelled = False
        for t in self.tasks:
            if t.cancel(msg):
                any_cancelled = True
        return any_cancelled


def gather(*aws, return_exceptions=False):
    loop = core.get_event_loop()
    return _Gather([core._new_task(loop, a) for a in aws], return_exceptions)


class _WaitFor(core._Awaitable):
    # Awaitable: wait for `task` or `timeout` seconds, whichever comes first; the result says
    # whether the task finished.

    def __init__(self, task, timeout):
        self.task = task
        self.timeout = timeout
        self.armed = False

    def __next__(self):
        t = self.task
        cur = core._current
        if self.armed:
            cur._loop.cancel_timer(cur)
            if t._state == core._DONE:
                raise StopIteration(True)
            t._remove(cur)
            cur._waiting = None
            raise StopIteration(False)
        if cur is None:
            raise RuntimeError("wait_for() outside a task")
        self.armed = True
        if t._state == core._DONE:
            raise StopIteration(True)
        if t._waiters is None:
            t._waiters = []
        t._waiters.append(cur)
        cur._waiting = t
        cur._loop.push_timer(cur, self.timeout)
        return None



async def wait_for(aw, timeout):
    if timeout is None:
        return await aw
    t = core._new_task(core.get_event_loop(), aw)
    done = t._state == core._DONE
    if not done and timeout > 0:
        done = await _WaitFor(t, timeout)
    if done:
        return t.result()
    t.cancel()
    try:
        return await t  # a task that swallows the cancellation still gives its result
    except core.CancelledError as e:
        raise core.TimeoutError from e


def wait_for_ms(aw, timeout):
    return wait_for(aw, None if timeout is None else timeout / 1000)
