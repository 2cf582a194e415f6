"""Newsroom roles: Editors write and publish in either language; Translators translate and submit
translations for moderation. The default moderation workflow covers the whole tree, so it applies to
translations in both language trees. Re-running is harmless (everything is get_or_create)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("news", "add_author"),
    ("news", "change_author"),
    ("news", "delete_author"),
    ("news", "add_topic"),
    ("news", "change_topic"),
    ("news", "delete_topic"),
    ("home", "add_sitebranding"),
    ("home", "change_sitebranding"),
]
TRANSLATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    # Editing snippets is limited to translations by news.wagtail_hooks (translators never edit sources).
    ("news", "change_author"),
    ("news", "change_topic"),
    ("home", "change_sitebranding"),
]


def create_roles(apps, schema_editor):
    # Permissions are normally created after migrate; this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    root = Page.objects.filter(depth=1).first()

    def grant(group, page_codenames, model_permissions):
        if root is not None:
            for codename in page_codenames:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        for app_label, codename in model_permissions:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))

    editors, _ = Group.objects.get_or_create(name="Editors")
    translators, _ = Group.objects.get_or_create(name="Translators")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    grant(editors, EDITOR_PAGE_PERMISSIONS, EDITOR_MODEL_PERMISSIONS)
    grant(translators, TRANSLATOR_PAGE_PERMISSIONS, TRANSLATOR_MODEL_PERMISSIONS)
    grant(moderators, EDITOR_PAGE_PERMISSIONS, EDITOR_MODEL_PERMISSIONS)

    if root is not None and not WorkflowPage.objects.filter(page=root).exists():
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task, created = GroupApprovalTask.objects.get_or_create(
            name="Moderators approval", defaults={"content_type": task_type, "active": True}
        )
        if created:
            task.groups.set([moderators])
        workflow, created = Workflow.objects.get_or_create(name="Moderators approval", defaults={"active": True})
        if created:
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(workflow=workflow, page=root)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_create_locales"),
        ("news", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
