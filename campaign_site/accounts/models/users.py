from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..managers import UserManager


class User(AbstractUser):
    """A person with an account: staff, editors, coordinators and learners.

    The email address is the login; Django's username field is removed. First and last
    names stay because the Wagtail admin's user forms rely on them.
    """

    username = None
    email = models.EmailField(_("email address"), unique=True)
    # Set when an unverified, inactive account is warned that it will be deleted; cleared
    # when the person signs in again.
    inactivity_warning_sent_at = models.DateTimeField(
        _("inactivity warning sent at"), null=True, blank=True, editable=False
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.email
