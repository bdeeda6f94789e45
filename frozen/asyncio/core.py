# asyncio core: tasks, the event loop, sleep.
#
# Coroutines are generators (`async def` compiles like MicroPython's: `await x` is
# `yield from iter(x)`), so a task is a coroutine that the loop advances with send()/throw().
# Scheduling follows CPython's loop where a program can see it: a FIFO of ready tasks, a heap
# of timers, and each loop iteration first moves due timers to the ready queue, then runs the
# tasks that were ready when the iteration began (tasks made ready meanwhile run in the next).
#
# A running coroutine yields to the loop only from inside one of this package's awaitables
# (sleep, Task, Event, Lock, ...). Each of them "parks" the current task somewhere (timer heap,
# a waiter list, the ready queue) before yielding. A task that yields without being parked
# (a bare `yield` in a generator it awaits) is simply made ready again.

from time import monotonic as _clock
from time import sleep as _block
from time import ticks_ms as ticks, ticks_add, ticks_diff  # noqa: F401  (MicroPython API)
import heapq as _heapq
import sys as _sys


class CancelledError(BaseException):
    pass


try:
    TimeoutError = TimeoutError  # CPython 3.11: asyncio.TimeoutError is the builtin
except NameError:

    class TimeoutError(Exception):
        pass


class InvalidStateError(Exception):
    pass


_PENDING = 0
_DONE = 1


class _Awaitable:
    # `await x` is `yield from iter(x)`: the loop's awaitables are their own iterators whose
    # __next__ parks the current task (and yields) or finishes with StopIteration(value).

    def __iter__(self):
        return self

    def send(self, v):
        return self.__next__()

    __await__ = __iter__


class _Loop:
    def __init__(self):
        self.ready = []  # FIFO of tasks (list + head index: cheap popleft)
        self.head = 0
        self.timers = []  # heap of [when, seq, task]; task None when cancelled
        self.seq = 0
        self.stopping = False
        self.closed = False
        self.handler = None
        self.tasks = {}  # every task not yet finished, in creation order (dict as ordered set)

    def push_ready(self, t):
        t._parked = True
        if not t._queued:
            t._queued = True
            self.ready.append(t)

    def push_timer(self, t, delay):
        t._parked = True
        self.seq += 1
        e = [_clock() + (delay if delay > 0 else 0), self.seq, t]
        t._timer = e
        _heapq.heappush(self.timers, e)

    def cancel_timer(self, t):
        e = t._timer
        if e is not None:
            e[2] = None
            t._timer = None

    def run_once(self):
        if self.head == len(self.ready):
            self.ready = []
            self.head = 0
            # Nothing ready: wait for the next timer.
            while self.timers and self.timers[0][2] is None:
                _heapq.heappop(self.timers)
            if not self.timers:
                return False
            delay = self.timers[0][0] - _clock()
            if delay > 0:
                _block(delay)
        now = _clock()
        while self.timers and self.timers[0][0] <= now:
            e = _heapq.heappop(self.timers)
            t = e[2]
            if t is not None:
                t._timer = None
                if not t._queued:
                    t._queued = True
                    self.ready.append(t)
        end = len(self.ready)
        while self.head < end:
            t = self.ready[self.head]
            self.ready[self.head] = None
            self.head += 1
            t._queued = False
            _step(self, t)
        return True

    def run_until(self, main):
        global _running
        if _running is not None:
            raise RuntimeError("asyncio.run() cannot be called from a running event loop")
        _running = self
        try:
            while not self.stopping and (main is None or main._state == _PENDING):
                if not self.run_once():
                    if main is not None and main._state == _PENDING:
                        raise RuntimeError("Event loop stopped before Future completed.")
                    break
        finally:
            _running = None
            self.stopping = False

    # CPython/MicroPython loop API

    def create_task(self, coro):
        return _new_task(self, coro)

    def run_until_complete(self, aw):
        t = aw if isinstance(aw, Task) else _new_task(self, aw)
        t._main = True
        self.run_until(t)
        return t.result()

    def run_forever(self):
        self.run_until(None)

    def stop(self):
        self.stopping = True

    def close(self):
        self.closed = True

    def is_running(self):
        return _running is self

    def is_closed(self):
        return self.closed

    def set_exception_handler(self, handler):
        self.handler = handler

    def get_exception_handler(self):
        return self.handler

    def default_exception_handler(self, context):
        print(context["message"], file=_sys.stderr)
        fut = context.get("future")
        if fut is not None:
            print("future:", fut, "coro=", fut._coro, file=_sys.stderr)
        exc = context.get("exception")
        if exc is not None:
            _sys.print_exception(exc, _sys.stderr)

    def call_exception_handler(self, context):
        if self.handler is None:
            self.default_exception_handler(context)
        else:
            self.handler(self, context)


_loop = None
_running = None
_current = None


def _step(loop, t):
    global _current
    if t._state != _PENDING:
        return
    _current = t
    t._parked = False
    exc = t._throw
    try:
        if exc is None:
            t._coro.send(None)
        else:
            t._throw = None
            t._coro.throw(exc)
    except StopIteration as e:
        _current = None
        _finish(loop, t, e.value, None)
    except (KeyboardInterrupt, SystemExit) as e:
        _current = None
        _finish(loop, t, None, e)
        raise
    except BaseException as e:
        _current = None
        _finish(loop, t, None, e)
    else:
        _current = None
        if not t._parked:
            loop.push_ready(t)


def _finish(loop, t, value, exc):
    t._state = _DONE
    t._result = value
    t._exc = exc
    loop.tasks.pop(t, None)
    waiters = t._waiters
    t._waiters = None
    cbs = t._callbacks
    if waiters:
        for w in waiters:
            if w._waiting is t:
                w._waiting = None
                loop.push_ready(w)
    elif not cbs and exc is not None and not isinstance(exc, CancelledError) and not t._main:
        loop.call_exception_handler(
            {"message": "Task exception wasn't retrieved", "future": t, "exception": exc}
        )
    t._callbacks = None
    if cbs:
        for cb in cbs:
            cb(t)


class Task(_Awaitable):
    def __init__(self, coro, loop=None):
        if loop is None:
            loop = get_event_loop()
        self._coro = coro
        self._loop = loop
        self._state = _PENDING
        self._result = None
        self._exc = None
        self._throw = None  # exception to throw in at the next step (cancellation)
        self._parked = False
        self._queued = False
        self._timer = None
        self._waiting = None  # what the task waits on: a Task, or a waiter list
        self._waiters = None  # tasks waiting for this one
        self._callbacks = None
        self._main = False

    def __repr__(self):
        return "<Task>"

    # Awaiting a task: `yield from task` sends None into it until it is done.

    def __next__(self):
        if self._state == _DONE:
            if self._exc is not None:
                raise self._exc
            raise StopIteration(self._result)
        cur = _current
        if cur is None:
            raise RuntimeError("await outside a task")
        if cur is self:
            raise RuntimeError("a task cannot await itself")
        if self._waiters is None:
            self._waiters = []
        self._waiters.append(cur)
        cur._waiting = self
        cur._parked = True
        return None


    def done(self):
        return self._state == _DONE

    def cancelled(self):
        return self._state == _DONE and isinstance(self._exc, CancelledError)

    def result(self):
        if self._state != _DONE:
            raise InvalidStateError("Result is not ready.")
        if self._exc is not None:
            raise self._exc
        return self._result

    def exception(self):
        if self._state != _DONE:
            raise InvalidStateError("Exception is not set.")
        if isinstance(self._exc, CancelledError):
            raise self._exc
        return self._exc

    def get_coro(self):
        return self._coro

    def add_done_callback(self, cb):
        if self._state == _DONE:
            cb(self)
        else:
            if self._callbacks is None:
                self._callbacks = []
            self._callbacks.append(cb)

    def cancel(self, msg=None):
        if self._state == _DONE:
            return False
        # Forward to what the task waits on when that can be cancelled (an awaited task,
        # gather): the cancellation then comes back through the await, as in CPython.
        w = self._waiting
        if w is not None and w._forward_cancel(msg):
            return True
        self._throw = CancelledError() if msg is None else CancelledError(msg)
        if self is not _current:
            _unpark(self)
            self._loop.push_ready(self)
        return True

    # The waiting protocol (see _unpark): a task waiting on this one.

    def _remove(self, t):
        if self._waiters is not None and t in self._waiters:
            self._waiters.remove(t)

    def _forward_cancel(self, msg):
        return self._state == _PENDING and self.cancel(msg)


class _Waiters(list):
    # Tasks parked on a primitive (Event, Lock, ...), woken in order.

    def _remove(self, t):
        if t in self:
            self.remove(t)

    def _forward_cancel(self, msg):
        return False

    def wake_one(self):
        t = self.pop(0)
        t._waiting = None
        t._loop.push_ready(t)
        return t


def _unpark(t):
    # Take `t` off its timer and whatever it waits on (a task being cancelled).
    t._loop.cancel_timer(t)
    w = t._waiting
    t._waiting = None
    if w is not None:
        w._remove(t)


class _Park(_Awaitable):
    # Awaitable: park the current task on a waiter list until something wakes it.

    def __init__(self, waiters):
        self.waiters = waiters
        self.armed = False

    def __next__(self):
        if self.armed:
            raise StopIteration(None)
        self.armed = True
        t = _current
        if t is None:
            raise RuntimeError("no running task")
        self.waiters.append(t)
        t._waiting = self.waiters
        t._parked = True
        return None



class _Sleep(_Awaitable):
    # The awaitable of sleep(): parks the current task on a timer the first time it is
    # advanced and finishes with `result` the second time.

    def __init__(self, delay, result):
        self.delay = delay
        self.result = result
        self.armed = False

    def __next__(self):
        if self.armed:
            raise StopIteration(self.result)
        self.armed = True
        t = _current
        if t is None:
            raise RuntimeError("sleep() outside a task")
        if self.delay <= 0:
            t._loop.push_ready(t)
        else:
            t._loop.push_timer(t, self.delay)
        return None



def sleep(delay, result=None):
    return _Sleep(delay, result)


def sleep_ms(ms, result=None):
    return _Sleep(ms / 1000, result)


def _new_task(loop, coro):
    if isinstance(coro, Task):
        return coro
    if not hasattr(coro, "send"):
        raise TypeError("a coroutine was expected, got %r" % (coro,))
    t = Task(coro, loop)
    loop.tasks[t] = None
    loop.push_ready(t)
    return t


def create_task(coro):
    return _new_task(get_event_loop(), coro)


def ensure_future(aw):
    return create_task(aw)


def current_task():
    return _current


def get_event_loop():
    global _loop
    if _loop is None:
        _loop = _Loop()
    return _loop


def get_running_loop():
    if _running is None:
        raise RuntimeError("no running event loop")
    return _running


def new_event_loop():
    global _loop
    _loop = _Loop()
    return _loop


def run(main):
    loop = new_event_loop()
    t = _new_task(loop, main)
    t._main = True
    try:
        loop.run_until(t)
    finally:
        # As CPython's asyncio.run: cancel what is left and let it finish.
        left = list(loop.tasks)
        for x in left:
            x.cancel()
        if left:
            loop.run_until(None)
    return t.result()


Loop = _Loop
