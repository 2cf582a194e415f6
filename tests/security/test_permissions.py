"""Who may open what in the admin: anonymous readers, reporters, editors, editors-in-chief, translators,
moderators and admins against
the admin, page edit, preview, revisions, translation and form-submission views.

A denial is a redirect (to the login page for anonymous users; Wagtail answers signed-in users with a
redirect and a message) or a 403: never the page itself.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from news.models import NewsroomSettings
from tests import factories
from tests.home.test_report_page import report_page

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "reporter", "editor", "chief", "translator", "moderator", "admin")
STAFF = {"reporter", "editor", "chief", "translator", "moderator", "admin"}

# view -> the roles that may open it. Translators read originals (drafts and revisions included: they
# translate from them) but never change them, and never see readers' form submissions. Reporters write
# articles (no other pages), do not see readers' submissions and have no part in the translation desk.
MATRIX = {
    "dashboard": STAFF,
    "edit original": {"reporter", "editor", "chief", "moderator", "admin"},
    "edit section": {"editor", "chief", "moderator", "admin"},
    "preview draft": STAFF,
    "revisions": STAFF,
    "revision": STAFF,
    "translation coverage": STAFF - {"reporter"},
    "form submissions": {"editor", "chief", "moderator", "admin"},
    "newsroom settings": {"chief", "admin"},
    "users": {"admin"},
}


@pytest.fixture
def people(django_user_model):
    def make(name, *groups):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    return {
        "anonymous": None,
        "editor": make("editor", "Editors"),
        "reporter": make("reporter", "Reporters"),
        "chief": make("chief", "Editors-in-chief"),
        "translator": make("translator", "Translators"),
        "moderator": make("moderator", "Moderators"),
        "admin": django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"),
    }


@pytest.fixture
def urls(site, sections):
    article = factories.make_article(sections["en"], "Original headline")
    article.title = "Draft headline"
    revision = article.save_revision()
    report = report_page(site["en"], "en")
    FormSubmission.objects.create(
        page=report, form_data={"email": "reader@example.org", "message": "Private"}
    )
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "edit original": reverse("wagtailadmin_pages:edit", args=[article.pk]),
        "edit section": reverse("wagtailadmin_pages:edit", args=[sections["en"].pk]),
        "preview draft": reverse("wagtailadmin_pages:view_draft", args=[article.pk]),
        "revisions": reverse("wagtailadmin_pages:history", args=[article.pk]),
        "revision": reverse("wagtailadmin_pages:revisions_view", args=[article.pk, revision.pk]),
        "translation coverage": reverse("translation_coverage"),
        "form submissions": reverse("wagtailforms:list_submissions", args=[report.pk]),
        "newsroom settings": reverse(
            "wagtailsettings:edit", args=["news", "newsroomsettings", NewsroomSettings.load().pk]
        ),
        "users": reverse("wagtailusers_users:index"),
    }


def test_permission_matrix(client, people, urls):
    outcomes = {}
    for role in ROLES:
        client.logout()
        if people[role] is not None:
            client.force_login(people[role])
        for view, url in urls.items():
            response = client.get(url)
            outcomes[(view, role)] = response.status_code
            allowed = role in MATRIX[view]
            if allowed:
                assert response.status_code == 200, (view, role, response.status_code)
            else:
                assert response.status_code in (302, 403), (view, role, response.status_code)
                if response.status_code == 302 and role == "anonymous":
                    assert response.headers["Location"].startswith("/admin/login/"), (view, role)
                body = response.content.decode()
                assert "Private" not in body and "Draft headline" not in body, (view, role)
    assert len(outcomes) == len(ROLES) * len(MATRIX)
