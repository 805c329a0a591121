"""A real SMTP server on loopback (aiosmtpd) that records what it accepts and can refuse.

- `temporary[address] = n`: refuse that recipient n times with 451, then accept.
- `permanent.add(address)`: refuse that recipient for good with 550.
- `slow(prefix, delay, signal_at)`: hold recipients starting with `prefix` for `delay`
  seconds before answering RCPT, and set `reached` when the `signal_at`-th one arrives, so a
  test can stop a worker in the middle of an SMTP exchange (before the message is accepted).
"""

from __future__ import annotations

import asyncio
import socket
import threading
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class RecordingHandler:
    def __init__(self):
        self.lock = threading.Lock()
        self.messages = []
        self.temporary: dict[str, int] = {}
        self.permanent: set[str] = set()
        self.delay = 0.0
        self.slow_prefix = ""
        self.signal_at = 0
        self.slow_seen: list[str] = []
        self.reached = threading.Event()

    def slow(self, prefix: str, delay: float, signal_at: int = 0) -> None:
        with self.lock:
            self.slow_prefix, self.delay, self.signal_at = prefix, delay, signal_at
            self.slow_seen = []
            self.reached.clear()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        delay = 0.0
        with self.lock:
            if self.slow_prefix and address.startswith(self.slow_prefix):
                delay = self.delay
                self.slow_seen.append(address)
                if self.signal_at and len(self.slow_seen) == self.signal_at:
                    self.reached.set()
            if address in self.permanent:
                return "550 5.1.1 No such user here"
            if self.temporary.get(address, 0) > 0:
                self.temporary[address] -= 1
                return "451 4.3.2 Try again later"
        if delay:
            await asyncio.sleep(delay)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.original_content, policy=policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 Message accepted for delivery"

    def received(self) -> list:
        with self.lock:
            return list(self.messages)


class LoopbackSMTP:
    def __init__(self):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.handler = RecordingHandler()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> LoopbackSMTP:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()
