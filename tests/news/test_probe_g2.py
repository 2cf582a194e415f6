import re, traceback
from django.db import connection
from django.urls import reverse
from tests.support.archive import generate_articles


def test_probe(client, sections, users, django_user_model):
    generate_articles(count=120, seed=1)
    import os
    user = users["editor"] if not os.environ.get("SUPER") else django_user_model.objects.create_superuser("root", "r@e.org", "pw")
    client.force_login(user)
    url = os.environ.get("URL") or reverse("wagtailadmin_explore", args=[sections["en"].pk])
    client.get(url)
    out = []
    def wrapper(execute, sql, params, many, context):
        frames = [f for f in traceback.extract_stack() if "/django/" not in f.filename and "pytest" not in f.filename and "pluggy" not in f.filename and "test_probe" not in f.filename]
        where = " < ".join(f"{f.filename.split('site-packages/')[-1].split('wt-17g/')[-1]}:{f.lineno}:{f.name}" for f in frames[-int(os.environ.get("DEPTH","3")):][::-1])
        out.append(re.sub(r"\s+", " ", sql)[:90] + "  @ " + where)
        return execute(sql, params, many, context)
    with connection.execute_wrapper(wrapper):
        r = client.get(url)
    print(r.status_code, len(out))
    for o in out: print(o)
