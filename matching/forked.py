"""Worker processes that keep their own part of a job between calls: forked, so each starts with the parent's
memory (its imports, word lists and caches already warm) and nothing but the calls' arguments and answers is
copied.

``Forked(count, make)`` forks ``count`` processes; each makes its state with ``make(index)`` (a part of
what the parent holds, such as its share of the lines) and answers ``ask``'s calls of a method of that state
in turn, every process at once. An exception in a process is raised again in the parent. Used by the ``rank``
command (``matching/management/commands/rank.py``).

Pure: no Django. Needs ``fork`` (Linux, macOS).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any


class WorkerStopped(Exception):
    """A process ended without answering (killed, out of memory)."""


class Forked:
    def __init__(self, count: int, make: Callable[[int], Any]) -> None:
        # What the parent has buffered would be written again by each process when it ends.
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        context = multiprocessing.get_context("fork")
        self._ends: list = []
        self._processes: list = []
        for index in range(count):
            mine, theirs = context.Pipe()
            process = context.Process(
                target=_serve, args=(theirs, make, index, tuple(self._ends)), daemon=True
            )
            process.start()
            theirs.close()
            self._ends.append(mine)
            self._processes.append(process)

    def ask(self, method: str, arguments: Sequence[tuple]) -> list:
        """``getattr(state, method)(*arguments[i])`` in process i, all at once; the answers in order."""
        for end, each in zip(self._ends, arguments, strict=True):
            end.send((method, each))
        answers, failure = [], None
        for end in self._ends:
            try:
                done, answer = end.recv()
            except EOFError:
                done, answer = False, WorkerStopped(method)
            if not done and failure is None:
                failure = answer
            answers.append(answer)
        if failure is not None:
            self.close()
            raise failure
        return answers

    def close(self) -> None:
        for end in self._ends:
            with contextlib.suppress(OSError):  # already gone
                end.send(None)
            end.close()
        for process in self._processes:
            process.join()
        self._ends, self._processes = [], []

    def __enter__(self) -> Forked:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _serve(end, make: Callable[[int], Any], index: int, siblings: tuple) -> None:
    for sibling in siblings:  # the parent's ends of the processes forked before this one
        sibling.close()
    state = None
    while True:
        try:
            call = end.recv()
        except EOFError:
            return
        if call is None:
            return
        method, arguments = call
        try:
            if state is None:
                state = make(index)
            answer = (True, getattr(state, method)(*arguments))
        except BaseException as error:  # noqa: BLE001 - raised again in the parent
            answer = (False, error)
        try:
            end.send(answer)
        except Exception:  # noqa: BLE001 - what cannot be pickled is sent as its traceback
            text = traceback.format_exc() if answer[0] else "".join(traceback.format_exception(answer[1]))
            end.send((False, RuntimeError(text)))
