"""Who is a unique visitor: a hash of the day's salt, the address, the user agent and the site.

The salt is random, made once a day, shared by every web process through the database and
deleted after its day (see services.purge_expired), so yesterday's hashes can no longer be
recomputed from anyone's address. The address itself is never stored anywhere.
"""

import hashlib
import ipaddress
import secrets
import threading
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django_countries import countries

from .models import DailySalt

_salt_lock = threading.Lock()
_salt_of_day: dict[date, bytes] = {}
_COUNTRY_CODES = frozenset(code for code, _name in countries)


def salt_for(day: date) -> bytes:
    """The day's salt, created by whichever process needs it first."""
    salt = _salt_of_day.get(day)
    if salt is not None:
        return salt
    with _salt_lock:
        row = DailySalt.objects.filter(day=day).first()
        if row is None:
            try:
                with transaction.atomic():
                    row = DailySalt.objects.create(day=day, salt=secrets.token_hex(32))
            except IntegrityError:  # another process made it a moment ago
                row = DailySalt.objects.get(day=day)
        _salt_of_day.clear()  # keep only today's salt in memory
        _salt_of_day[day] = bytes.fromhex(row.salt)
        return _salt_of_day[day]


def forget_salts():
    """Drop the in-memory copies (the purge deletes the stored ones)."""
    with _salt_lock:
        _salt_of_day.clear()


def visitor_hash(*, day: date, address: str, user_agent: str, site: str) -> str:
    digest = hashlib.blake2b(digest_size=16, key=salt_for(day))
    digest.update(f"{address}\x1f{user_agent}\x1f{site}".encode())
    return digest.hexdigest()


def client_address(request) -> str:
    """The visitor's address: from the trusted proxy's header when configured."""
    header = settings.REACH_CLIENT_IP_HEADER
    candidate = ""
    if header:
        key = "HTTP_" + header.upper().replace("-", "_")
        # A proxy appends the address it saw; earlier entries were sent by the client.
        candidate = request.META.get(key, "").split(",")[-1].strip()
    if not candidate:
        candidate = request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return ""


def client_country(request) -> str:
    """ISO 3166 alpha-2 code from the trusted proxy's header, or "" (unknown)."""
    header = settings.REACH_COUNTRY_HEADER
    if not header:
        return ""
    value = request.META.get("HTTP_" + header.upper().replace("-", "_"), "").strip().upper()
    return value if value in _COUNTRY_CODES else ""
