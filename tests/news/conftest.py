import pytest
from django.contrib.auth.models import Group


@pytest.fixture
def users(db, django_user_model):
    """One user per newsroom role (groups from home/migrations/0004_newsroom_roles.py)."""

    def make(name, *groups):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    return {
        "editor": make("editor", "Editors"),
        "translator": make("translator", "Translators"),
        "moderator": make("moderator", "Moderators"),
    }
