"""The production path: each visit is one Redis call (counters and HyperLogLog sketches), and
a Celery task moves the counters into the daily rollups every minute, exactly once.

Counters live in one hash; a flush renames it to a batch key (atomically, so no visit is
lost between reading and resetting), adds the batch to the rollups in a transaction that
also records the batch id, then deletes it. A flush that dies half-way leaves the batch key
behind; the next flush finds it and, if its id is already recorded, only deletes it.
"""

import logging
import uuid

import redis
from django.conf import settings
from django.db import connection, transaction

from .hits import Cell, Hit, cells_of
from .models import BufferFlush, DailyVisitRollup, RollupSource

logger = logging.getLogger(__name__)

COUNTERS_KEY = "reach:counters"
PENDING_KEY = "reach:pending-batches"
BATCH_PREFIX = "reach:batch:"
SKETCH_PREFIX = "reach:visitors:"
RATE_PREFIX = "reach:rate:"
LOCK_KEY = "reach:flush-lock"
SKETCH_SECONDS = 3 * 24 * 3600

# KEYS: counters hash, rate-limit key. ARGV: visitor, sketch ttl, limit, cells...
RECORD_SCRIPT = (
    """
local limit = tonumber(ARGV[3])
if limit > 0 then
  local used = redis.call('INCR', KEYS[2])
  if used == 1 then redis.call('EXPIRE', KEYS[2], 120) end
  if used > limit then return 0 end
end
for i = 4, #ARGV do
  redis.call('HINCRBY', KEYS[1], ARGV[i], 1)
  local sketch = '"""
    + SKETCH_PREFIX
    + """' .. ARGV[i]
  redis.call('PFADD', sketch, ARGV[1])
  redis.call('EXPIRE', sketch, ARGV[2])
end
return 1
"""
)
# KEYS: counters hash, batch key, pending set.
CLAIM_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SADD', KEYS[3], KEYS[2])
  return 1
end
return 0
"""

_client: dict = {}


def client() -> redis.Redis:
    url = settings.REDIS_URL
    if _client.get("url") != url:
        _client.update(url=url, redis=redis.Redis.from_url(url, socket_timeout=5))
        _client["record"] = _client["redis"].register_script(RECORD_SCRIPT)
        _client["claim"] = _client["redis"].register_script(CLAIM_SCRIPT)
    return _client["redis"]


def record(hit: Hit, *, minute: int) -> bool:
    """Count one visit; False when the visitor is over the per-minute limit (not counted)."""
    client()
    limit = settings.REACH_RATE_LIMIT_PER_MINUTE
    rate_key = f"{RATE_PREFIX}{hit.visitor}:{minute}"
    cells = [cell.key() for cell in cells_of(hit)]
    return bool(
        _client["record"](
            keys=[COUNTERS_KEY, rate_key], args=[hit.visitor, SKETCH_SECONDS, limit, *cells]
        )
    )


def flush() -> int:
    """Move buffered counts into the rollups; returns the number of visits moved."""
    r = client()
    lock = r.lock(LOCK_KEY, timeout=240, blocking=False)
    if not lock.acquire():
        return 0  # another flush is running; its batches include ours
    try:
        _client["claim"](keys=[COUNTERS_KEY, f"{BATCH_PREFIX}{uuid.uuid4().hex}", PENDING_KEY])
        moved = 0
        for key in sorted(k.decode() for k in r.smembers(PENDING_KEY)):
            moved += _apply_batch(r, key)
        return moved
    finally:
        try:
            lock.release()
        except redis.exceptions.LockError:
            logger.warning("reach flush outlived its lock")


def _apply_batch(r: redis.Redis, key: str) -> int:
    batch = key.removeprefix(BATCH_PREFIX)
    if BufferFlush.objects.filter(batch=batch).exists():
        r.delete(key)
        r.srem(PENDING_KEY, key)
        return 0
    counts = {field.decode(): int(value) for field, value in r.hgetall(key).items()}
    pipe = r.pipeline(transaction=False)
    for cell in counts:
        pipe.pfcount(SKETCH_PREFIX + cell)
    distinct = dict(zip(counts, pipe.execute(), strict=True))
    with transaction.atomic():
        BufferFlush.objects.create(batch=batch, visits=sum(counts.values()))
        add_to_daily_rollups(
            [(Cell.from_key(cell), n, distinct[cell]) for cell, n in counts.items()]
        )
    r.delete(key)
    r.srem(PENDING_KEY, key)
    return sum(counts.values())


def add_to_daily_rollups(rows: list[tuple[Cell, int, int]]):
    """Add visits to each cell and raise its visitors to the sketch's count for the day.

    The sketch may already hold visitors of the next batch, so visitors never exceed visits.
    """
    if not rows:
        return
    table = connection.ops.quote_name(DailyVisitRollup._meta.db_table)
    greatest = "MAX" if connection.vendor == "sqlite" else "GREATEST"
    least = "MIN" if connection.vendor == "sqlite" else "LEAST"
    # Table and function names come from the model and the vendor; values are parameters.
    sql = (
        f"INSERT INTO {table} (day, dimension, value, country, locale, "  # noqa: S608
        "audience, source, visits, visitors) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (day, dimension, value, country, locale, audience, source) DO UPDATE SET "
        f"visits = {table}.visits + excluded.visits, "
        f"visitors = {least}({table}.visits + excluded.visits, "
        f"{greatest}({table}.visitors, %s))"
    )
    params = [
        (
            cell.day,
            cell.dimension,
            cell.value,
            cell.country,
            cell.locale,
            cell.audience,
            RollupSource.BUFFER,
            visits,
            min(visitors, visits) if visitors else 1,
            max(visitors, 1),
        )
        for cell, visits, visitors in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
