"""Local time: reminders go out from the morning hour in each recipient's own time zone.

The sending window opens at REMINDER_LOCAL_HOUR and stays open REMINDER_SEND_WINDOW_HOURS,
so a missed hourly run catches up later the same morning, but nothing is sent at night.
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, timedelta
from functools import lru_cache

from django.conf import settings
from django.utils import timezone

UTC = zoneinfo.ZoneInfo("UTC")


@lru_cache(maxsize=1024)
def zone(name: str) -> zoneinfo.ZoneInfo:
    """The named time zone; UTC for an empty or unknown name (never raises)."""
    try:
        return zoneinfo.ZoneInfo(name) if name else UTC
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


def window_hours() -> tuple[int, int]:
    """(first hour, hour after the last) of the local sending window, within one day."""
    start = min(max(int(settings.REMINDER_LOCAL_HOUR), 0), 23)
    length = min(max(int(settings.REMINDER_SEND_WINDOW_HOURS), 1), 24 - start)
    return start, start + length


def local_time(zone_name: str, now: datetime | None = None) -> datetime:
    return (now or timezone.now()).astimezone(zone(zone_name))


def in_window(zone_name: str, now: datetime | None = None) -> bool:
    start, end = window_hours()
    return start <= local_time(zone_name, now).hour < end


def zones_in_window(zone_names, now: datetime | None = None) -> dict[str, date]:
    """The given zones where the sending window is open now, each with its local date."""
    now = now or timezone.now()
    found = {}
    for name in zone_names:
        local = local_time(name, now)
        if in_window(name, now):
            found[name] = local.date()
    return found


def next_window_opening(zone_name: str, now: datetime | None = None) -> datetime:
    """When the window next opens in that zone (now, if it is open)."""
    now = now or timezone.now()
    if in_window(zone_name, now):
        return now
    start, _end = window_hours()
    local = local_time(zone_name, now)
    opening = local.replace(hour=start, minute=0, second=0, microsecond=0)
    if opening <= local:
        opening = datetime.combine(local.date() + timedelta(days=1), opening.timetz())
    # Re-attach the zone so a daylight-saving change between now and then is respected.
    opening = opening.replace(tzinfo=None).replace(tzinfo=zone(zone_name))
    return opening.astimezone(UTC)


def iso_week(day: date) -> str:
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekly_due(day: date) -> bool:
    """Weekly emails go out from the configured weekday to the end of that ISO week."""
    weekday = min(max(int(settings.REMINDER_DIGEST_WEEKDAY), 1), 7)
    return day.isoweekday() >= weekday
