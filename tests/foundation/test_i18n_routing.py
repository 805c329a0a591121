import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("pt-BR,pt;q=0.9,en;q=0.5", "/pt-br/"),
        ("ar", "/ar/"),
        ("fr-CA,fr;q=0.8", "/fr/"),
        ("de-DE,de;q=0.9", "/en/"),  # not shipped: falls back to the default language
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, site, accept, expected):
    response = client.get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "code", ["en", "fr", "es", "pt-br", "ar", "zh-hans", "ru", "vi", "sq", "sr-latn"]
)
def test_each_language_has_a_home_page(client, site, home_pages, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    assert home_pages[code].title in html


@pytest.mark.django_db
def test_arabic_is_right_to_left_and_english_left_to_right(client, site):
    assert 'dir="rtl"' in client.get("/ar/").content.decode().split(">")[1]
    assert 'dir="ltr"' in client.get("/en/").content.decode().split(">")[1]


@pytest.mark.django_db
def test_language_switcher_links_every_home_page(client, site, home_pages):
    html = client.get("/fr/").content.decode()
    for code in home_pages:
        assert f'href="/{code}/"' in html
    assert 'hreflang="fr" dir="ltr" aria-current="true"' in html


@pytest.mark.django_db
def test_unprefixed_page_path_redirects_to_a_language(client, site):
    response = client.get("/accounts/login/", headers={"accept-language": "es"})
    assert response.status_code == 302
    assert response["Location"] == "/es/accounts/login/"


@pytest.mark.django_db
def test_unknown_language_prefix_is_not_found(client, site):
    response = client.get("/xx/", follow=True)
    assert response.redirect_chain == [("/en/xx/", 302)]
    assert response.status_code == 404
