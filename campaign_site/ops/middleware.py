from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

# The Wagtail admin still relies on inline styles and scripts; the public site does not.
ADMIN_PREFIXES = ("/admin/",)
ADMIN_POLICY_UPDATE = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with a relaxed policy for the Wagtail admin only."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIXES) and parts.replace is None:
            parts.replace = ADMIN_POLICY_UPDATE
        return parts
