"""allauth adapters: emails in the recipient's language, where people land after signing in,
and the language a new account starts with."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from . import selectors, services
from .emails import language_for


def _user_for_email(email: str):
    from allauth.account.models import EmailAddress

    from .models import User

    address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
    if address is not None:
        return address.user
    return User.objects.filter(email__iexact=email).first()


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # Account emails go out in the recipient's language; an address with no account
        # (enumeration-safe "unknown account" mail) gets the language of the page used.
        user = context.get("user") or _user_for_email(email)
        language = language_for(user) if user is not None else translation.get_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            services.set_preferred_language(user=user, language=translation.get_language())
        return user

    def get_login_redirect_url(self, request):
        user = request.user
        profile = selectors.profile_for(user)
        language = language_for(user)
        with translation.override(language):
            if profile is not None and not profile.professional_role and not user.is_staff:
                return reverse("accounts_profile")
            if user.is_staff:
                return reverse("wagtailadmin_home")
            return f"/{language}/"

    def get_logout_redirect_url(self, request):
        return f"/{translation.get_language() or settings.LANGUAGE_CODE}/"

    def get_signup_redirect_url(self, request):
        return reverse("accounts_profile")


class MFAAdapter(DefaultMFAAdapter):
    def get_totp_label(self, user):
        return user.email
