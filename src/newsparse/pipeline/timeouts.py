"""Stop a processor call that runs longer than the pipeline's ``timeout``.

In the process that runs the pipeline, the only general way to interrupt
Python code is a signal: a ``SIGALRM`` timer, which exists on POSIX systems
and is delivered to the main thread.  It interrupts Python code (including
``time.sleep`` and most blocking I/O) but not a long call inside a C
extension that does not return to the interpreter; and a processor that
catches every exception can swallow it.  Worker processes (``n_process``
of :meth:`Pipeline.pipe <newsparse.pipeline.Pipeline.pipe>`) add a watchdog
in the parent that stops and replaces a worker whose processor outlives its
budget, which catches those cases too.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from newsparse.errors import PipelineConfigError

__all__ = ["alarm_available", "require_alarm", "time_limit"]


class _Alarm(BaseException):
    """Raised inside the processor by the timer (a BaseException, so fewer handlers catch it)."""


def alarm_available() -> bool:
    """Return whether a ``SIGALRM`` timer can interrupt code on this thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def require_alarm() -> None:
    """Raise a :class:`~newsparse.errors.PipelineConfigError` when no timer can interrupt here."""
    if not alarm_available():
        raise PipelineConfigError(
            "A pipeline timeout can only interrupt processors on the main thread of a POSIX "
            "process: call it from the main thread, or run it with n_process=2 or more "
            "(--workers 2) so that worker processes are stopped instead."
        )


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeoutError` in the block when it runs longer than *seconds*.

    :param seconds: the time allowed.
    :raises PipelineConfigError: when no timer can interrupt this thread (not
        the main thread, or not a POSIX system).
    """
    require_alarm()
    active = True

    def ring(signum: int, frame: FrameType | None) -> None:
        if active:
            raise _Alarm

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Alarm:
        raise TimeoutError(f"took longer than {seconds:g} s (the pipeline's timeout)") from None
    finally:
        active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
