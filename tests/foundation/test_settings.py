import os
import subprocess
import sys

import pytest
from django.conf import settings

PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "campaign_site.settings.production",
    "SECRET_KEY": "k" * 30 + "-production-grade-random-secret-0123456789",
    "ALLOWED_HOSTS": "campaign.example.org",
    "PATH": os.environ.get("PATH", ""),
}


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
    )


def test_custom_user_model_logs_in_with_email():
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    assert user_model._meta.label == "accounts.User"
    assert user_model.USERNAME_FIELD == "email"


@pytest.mark.django_db
def test_user_manager_normalises_email_and_requires_it():
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email="Person@Example.ORG", password="x" * 12)
    assert user.email == "person@example.org"
    with pytest.raises(ValueError):
        get_user_model().objects.create_user(email="", password="x")


def test_accounts_app_owns_the_first_migration():
    from campaign_site.accounts.migrations import __path__ as migrations_path

    names = sorted(p for p in os.listdir(migrations_path[0]) if p.startswith("0001"))
    assert names == ["0001_initial.py"]


def test_production_refuses_to_start_without_secret_key():
    env = {**PROD_ENV, "SECRET_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_a_development_secret_key():
    env = {**PROD_ENV, "SECRET_KEY": "dev-only-insecure-key-do-not-use-in-production" + "x" * 10}
    result = run_manage("check", env=env)
    assert result.returncode != 0


def test_production_refuses_to_start_without_allowed_hosts():
    env = {**PROD_ENV, "ALLOWED_HOSTS": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_deploy_check_reports_nothing():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PROD_ENV)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_embedded_defaults():
    # The test settings inherit base; these are what `make run` uses when nothing is set.
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    else:
        assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
        assert "WAL" in settings.DATABASES["default"]["OPTIONS"]["init_command"]
    assert settings.CELERY_TASK_SERIALIZER == "json"
    assert settings.CELERY_ACCEPT_CONTENT == ["json"]
    assert settings.CELERY_TASK_TIME_LIMIT > settings.CELERY_TASK_SOFT_TIME_LIMIT > 0
    assert settings.CELERY_BEAT_SCHEDULER.startswith("django_celery_beat")


def test_ten_languages_ship_including_right_to_left():
    codes = [code for code, _ in settings.LANGUAGES]
    assert {"en", "fr", "es", "pt-br", "ar", "zh-hans", "ru", "vi", "sq", "sr-latn"} <= set(codes)
    assert settings.WAGTAIL_I18N_ENABLED
