"""A per-client request budget kept in memory: a token bucket refilled at a steady rate."""

import math
import threading
import time

# A bucket holds one minute of requests, so one idle for a minute is full again and can be forgotten.
_FORGET_AFTER_SECONDS = 60.0
_MAX_CLIENTS = 50_000


class RateLimiter:
    def __init__(self, per_minute: int, clock=time.monotonic):
        self.capacity = float(per_minute)
        self.refill_per_second = per_minute / 60.0
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int | None:
        """Take one request from the client's budget; the seconds to wait when it is spent, else None."""
        if self.capacity <= 0:
            return None
        now = self.clock()
        with self._lock:
            if len(self._buckets) > _MAX_CLIENTS:
                self._forget_idle(now)
            tokens, seen = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - seen) * self.refill_per_second)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                return max(1, math.ceil((1.0 - tokens) / self.refill_per_second))
            self._buckets[client] = (tokens - 1.0, now)
            return None

    def _forget_idle(self, now: float) -> None:
        self._buckets = {client: state for client, state in self._buckets.items()
                         if now - state[1] < _FORGET_AFTER_SECONDS}
