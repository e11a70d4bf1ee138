"""How every command runs: its errors end in one line and an exit status, never a traceback.

Errors a person can fix (UserError and the record and company errors) say what to do; a closed
pipe (`show | head`) ends quietly; anything else gets one line naming only the kind of problem,
never the input's content. Whatever is printed goes through _TerminalSafe."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Callable

from assistant.io.user_errors import UserError
from assistant.io.yaml_errors import RecordError
from assistant.records.patterns import terminal_safe


def run_guarded(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run one command; its exit status."""
    from assistant.io.startup import tidy_user_folders

    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(stdout), _TerminalSafe(stderr)
    try:
        tidy_user_folders()  # what a killed run left: loose folder modes, temporary files
        status = command(args)
        sys.stdout.flush()  # here, so a closed pipe is met below, not at exit
        return status
    except RecordError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except UserError as exc:  # tracked cases, follow-ups, files written, a company typed in
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `show | head`: the reader has what it wanted
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing more was done", file=sys.stderr)
        return 130
    except MemoryError:
        print("error: out of memory; is the input far larger than it should be?", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, never the input's content
        if _unknown_company(exc):
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"error: an unexpected problem ({type(exc).__name__}) stopped the command; "
              "nothing more was done. Please report it (without personal data)", file=sys.stderr)
        return 1
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _unknown_company(exc: Exception) -> bool:
    """An id the directory does not know (imported here: most commands never load it)."""
    from assistant.records.directory_core import UnknownCompany

    return isinstance(exc, UnknownCompany)


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's last flush at exit meets no closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


class _TerminalSafe:
    """A text stream that shows escape sequences and bidi controls as \\uXXXX instead of letting
    the terminal act on them: whatever a record or a file name holds, it cannot recolour, move
    the cursor or reverse what is printed."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        if text == "\r":  # a carriage return written alone: the program's own progress line
            return self._stream.write(text)
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
