"""The admin API's page unpublish and delete actions with the confirm screens' choice: a
`take_down_translations` field (false unless sent: an API client asks for the cascade explicitly) takes
an original's translations down in the same request, or refuses with 403 before anything changes when
one of them is out of the user's reach (news.desk.takedown). Registered by DeskPagesAdminAPIViewSet."""

from django.db import transaction
from rest_framework import fields
from rest_framework.exceptions import PermissionDenied
from rest_framework.serializers import Serializer
from wagtail.admin.api.actions.delete import DeletePageAPIAction
from wagtail.admin.api.actions.unpublish import UnpublishPageAPIAction, UnpublishPageAPIActionSerializer

from news.desk import takedown


class UnpublishSerializer(UnpublishPageAPIActionSerializer):
    take_down_translations = fields.BooleanField(default=False, required=False)


class DeleteSerializer(Serializer):
    take_down_translations = fields.BooleanField(default=False, required=False)


def _plan(request, instance, action, data):
    if not data.get(takedown.FIELD):
        return None
    plan = takedown.plan(request.user, instance, action)
    if not plan.allowed:
        raise PermissionDenied(takedown.refusal_message([plan]))
    return plan


class UnpublishWithTranslations(UnpublishPageAPIAction):
    serializer = UnpublishSerializer

    def execute(self, instance, data):
        plan = _plan(self.request, instance, "unpublish", data)
        with transaction.atomic():
            response = super().execute(instance, data)
            if plan is not None:
                takedown.execute(self.request.user, plan, include_descendants=data["recursive"])
        return response


class DeleteWithTranslations(DeletePageAPIAction):
    serializer = DeleteSerializer

    def execute(self, instance, data):
        plan = _plan(self.request, instance, "delete", data)
        with transaction.atomic():  # the translations first, while the original (and its log) exist
            if plan is not None:
                takedown.execute(self.request.user, plan)
            return super().execute(instance, data)
