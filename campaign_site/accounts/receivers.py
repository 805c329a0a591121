"""Signal receivers connected in AccountsConfig.ready()."""

from allauth.account.signals import email_confirmed, user_logged_in
from django.db.models.signals import post_save
from django.dispatch import receiver

from . import services
from .models import User


@receiver(post_save, sender=User, dispatch_uid="accounts_create_profile")
def create_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        services.ensure_profile(user=instance)


@receiver(email_confirmed, dispatch_uid="accounts_verify_by_domain")
def verify_on_email_confirmation(sender, request, email_address, **kwargs):
    services.verify_by_email_domain(user=email_address.user)


@receiver(user_logged_in, dispatch_uid="accounts_clear_inactivity_warning")
def clear_warning_on_login(sender, request, user, **kwargs):
    services.clear_inactivity_warning(user=user)
