import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from campaign_site.languages.catalogues import (
    catalogue_paths,
    compile_catalogue,
    inspect_catalogue,
    shipped_locale_names,
)

PO_HEADER = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ru\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
"n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

"""


def write_po(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PO_HEADER + body, encoding="utf-8")
    return path


def test_every_shipped_language_has_a_catalogue():
    names = shipped_locale_names()
    assert names == ["fr", "es", "pt_BR", "ar", "zh_Hans", "ru", "vi", "sq", "sr_Latn"]
    for name, path in catalogue_paths(Path(settings.LOCALE_PATHS[0])).items():
        assert path.exists(), f"{name} has no catalogue"


def test_shipped_catalogues_are_complete():
    for path in catalogue_paths(Path(settings.LOCALE_PATHS[0])).values():
        report = inspect_catalogue(path)
        assert report.ok, (path, report.untranslated[:3], report.fuzzy[:3])
        assert report.translated > 0


def test_untranslated_fuzzy_and_partial_plurals_are_reported(tmp_path):
    path = write_po(
        tmp_path / "django.po",
        """msgid "Done"
msgstr "Готово"

msgid "Missing"
msgstr ""

#, fuzzy
msgid "Guess"
msgstr "Догадка"

msgid "%(n)s lesson"
msgid_plural "%(n)s lessons"
msgstr[0] "%(n)s урок"
msgstr[1] ""
msgstr[2] "%(n)s уроков"
""",
    )
    report = inspect_catalogue(path)
    assert report.translated == 1
    assert report.untranslated == ["Missing", "%(n)s lesson"]
    assert report.fuzzy == ["Guess"]
    assert not report.ok


def test_compiled_catalogue_leaves_out_fuzzy_entries(tmp_path):
    import gettext

    path = write_po(
        tmp_path / "django.po",
        """msgid "Done"
msgstr "Готово"

#, fuzzy
msgid "Guess"
msgstr "Догадка"
""",
    )
    with compile_catalogue(path).open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.gettext("Done") == "Готово"
    assert translations.gettext("Guess") == "Guess"


def test_malformed_catalogue_is_an_error_not_a_pass(tmp_path):
    from babel.messages.pofile import PoFileError

    path = tmp_path / "django.po"
    path.write_text("this is not a catalogue\n", encoding="utf-8")
    with pytest.raises(PoFileError):
        inspect_catalogue(path)
    path.write_text('msgid "Unterminated\nmsgstr ""\n', encoding="utf-8")
    assert not inspect_catalogue(path).ok


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext (msgfmt) not installed")
def test_translation_that_drops_a_placeholder_fails_the_check(tmp_path, settings):
    shutil.copytree(settings.LOCALE_PATHS[0], tmp_path / "locale")
    po = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    po.write_text(
        po.read_text()
        + """
#, python-format
msgid "Hello %(name)s, welcome"
msgstr "Bonjour, bienvenue"
"""
    )
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    with pytest.raises(CommandError, match="fr: "):
        call_command("check_catalogues", "--no-extract")


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="gettext (xgettext) not installed")
def test_a_new_string_without_translations_fails_the_check(tmp_path, monkeypatch, settings):
    project = tmp_path / "project"
    (project / "templates").mkdir(parents=True)
    (project / "templates" / "new.html").write_text(
        '{% load i18n %}<p>{% translate "A brand new sentence for the check" %}</p>'
    )
    shutil.copytree(settings.LOCALE_PATHS[0], project / "locale")
    settings.LOCALE_PATHS = [project / "locale"]
    monkeypatch.chdir(project)
    with pytest.raises(CommandError) as error:
        call_command("check_catalogues")
    message = str(error.value)
    assert "untranslated" in message
    assert "A brand new sentence for the check" in message
    for name in shipped_locale_names():
        assert f"{name}:" in message


def test_missing_catalogue_fails_the_check(tmp_path, settings):
    shutil.copytree(settings.LOCALE_PATHS[0], tmp_path / "locale")
    (tmp_path / "locale" / "vi" / "LC_MESSAGES" / "django.po").unlink()
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    with pytest.raises(CommandError, match="vi: no catalogue"):
        call_command("check_catalogues", "--no-extract")
