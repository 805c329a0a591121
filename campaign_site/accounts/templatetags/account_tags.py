from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("accounts/includes/account_nav.html", takes_context=True)
def account_nav(context):
    request = context["request"]
    user = request.user
    match = getattr(request, "resolver_match", None)
    # Views that know already put it in their context; others ask once here.
    is_coordinator = context.get("is_coordinator")
    if is_coordinator is None:
        is_coordinator = selectors.is_coordinator(user)
    return {
        "current": match.url_name if match else "",
        "is_coordinator": is_coordinator,
        "is_staff": user.is_staff,
    }
