"""Staff and coordinators without a second factor do not reach the admin.

The paths come from settings.MFA_REQUIRED_PATH_PREFIXES (the Wagtail admin by default);
views elsewhere use `campaign_site.accounts.decorators.mfa_required`.
"""

from django.conf import settings

from . import selectors
from .decorators import redirect_to_mfa_setup


class MFARequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(getattr(settings, "MFA_REQUIRED_PATH_PREFIXES", ("/admin/",)))

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.path_info.startswith(self.prefixes)
            and user is not None
            and user.is_authenticated
            and selectors.needs_mfa(user)
            and not selectors.has_mfa(user)
        ):
            return redirect_to_mfa_setup(request)
        return self.get_response(request)
