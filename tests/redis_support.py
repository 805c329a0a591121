"""Whether a Redis server answers: the Redis tests and the benchmark run only when it does."""

import pytest


def redis_reachable(url: str) -> bool:
    if not url:
        return False
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_timeout=1).ping())
    except redis.exceptions.RedisError:
        return False


def needs_redis(url: str) -> list:
    """Marks for a test module that needs the Redis server at `url`."""
    marks = [pytest.mark.redis]
    if not redis_reachable(url):
        marks.append(pytest.mark.skip(reason="REDIS_URL is unset or Redis is unreachable"))
    return marks
