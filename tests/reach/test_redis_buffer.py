"""The Redis buffer gives the dashboards the same figures as the database path."""

import pytest
from django.conf import settings

from campaign_site.reach import buffers, services
from campaign_site.reach.models import BufferFlush, DailyVisitRollup, RollupSource, VisitEvent
from tests.redis_support import needs_redis

from .test_ingestion import parents_page  # noqa: F401 - fixture
from .test_rollups import SAMPLE, SAMPLE_DAY, expected_cells, stored_cells

# The worker's own Redis database (see campaign_site/settings/test.py).
REDIS_URL = settings.REDIS_URL
pytestmark = [pytest.mark.django_db, *needs_redis(REDIS_URL)]


@pytest.fixture
def redis_path(settings):
    settings.REDIS_URL = REDIS_URL
    settings.REACH_BUFFER = "redis"
    client = buffers.client()
    keys = client.keys("reach:*")
    if keys:
        client.delete(*keys)
    yield client
    keys = client.keys("reach:*")
    if keys:
        client.delete(*keys)


def test_both_paths_give_the_same_cells(redis_path):
    for hit in SAMPLE:
        assert services.record_hit(hit=hit) == services.COUNTED
    assert not DailyVisitRollup.objects.exists()  # nothing reaches the database until a flush
    assert services.flush_buffer() == sum(v for v, _u in expected_cells(SAMPLE).values())
    assert stored_cells() == expected_cells(SAMPLE)
    assert set(DailyVisitRollup.objects.values_list("source", flat=True)) == {RollupSource.BUFFER}
    assert services.flush_buffer() == 0  # nothing new: nothing added
    assert stored_cells() == expected_cells(SAMPLE)


def test_flushes_add_up_and_visitors_are_distinct_over_the_day(redis_path):
    first, second = SAMPLE[:3], SAMPLE[3:]
    for hit in first:
        services.record_hit(hit=hit)
    services.flush_buffer()
    for hit in second:
        services.record_hit(hit=hit)
    services.flush_buffer()
    assert stored_cells() == expected_cells(SAMPLE)


def test_a_flush_that_died_after_committing_is_not_counted_twice(redis_path, monkeypatch):
    for hit in SAMPLE:
        services.record_hit(hit=hit)
    real_delete = redis_path.delete
    monkeypatch.setattr(redis_path, "delete", lambda *keys: None)  # dies before cleaning up
    services.flush_buffer()
    monkeypatch.setattr(redis_path, "delete", real_delete)
    assert services.flush_buffer() == 0
    assert BufferFlush.objects.count() == 1
    assert stored_cells() == expected_cells(SAMPLE)
    assert not redis_path.smembers(buffers.PENDING_KEY)


def test_a_flush_that_failed_before_committing_is_retried(redis_path, monkeypatch):
    for hit in SAMPLE:
        services.record_hit(hit=hit)

    def fail(rows):
        raise RuntimeError("database went away")

    monkeypatch.setattr(buffers, "add_to_daily_rollups", fail)
    with pytest.raises(RuntimeError):
        services.flush_buffer()
    monkeypatch.undo()
    services.flush_buffer()
    assert stored_cells() == expected_cells(SAMPLE)


def test_beacons_through_redis_are_rate_limited_and_never_stored_raw(
    redis_path,
    parents_page,  # noqa: F811
    send_beacon,
    settings,
):
    settings.REACH_RATE_LIMIT_PER_MINUTE = 2
    codes = [send_beacon(parents_page).status_code for _ in range(3)]
    assert codes == [204, 204, 429]
    assert not VisitEvent.objects.exists()
    services.flush_buffer()
    assert DailyVisitRollup.objects.get(dimension="total", audience="*").visits == 2
    assert SAMPLE_DAY  # the shared sample is importable here too
