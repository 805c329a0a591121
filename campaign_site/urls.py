from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from campaign_site.accounts.views import admin_login_redirect
from campaign_site.ops.views import healthz
from campaign_site.reach.views import short_link
from home import views as home_views

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # Reach counting lives outside the language prefix: posters and QR codes print /go/<code>.
    path("reach/", include("campaign_site.reach.urls")),
    path("go/<str:code>", short_link, name="reach_short_link"),
    path("admin/login/", admin_login_redirect, name="accounts_admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language prefix; "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("accounts/", include("campaign_site.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("learn/", include("courses.urls")),
    path("search/", home_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
