"""Create what import_hsds needs before the held-out folders can be imported.

Run: manage.py shell < scripts/setup_heldout_municipalities.py
Idempotent. Creates the shared target groups (as load_demo does) when they are missing, and the
two fictional municipalities fjordby (DK) and sjostad (SE).
"""

from samvirke.core.models import Municipality
from samvirke.demo.data.taxonomy import TARGET_GROUPS
from samvirke.initiatives.models import TargetGroup

for order, group in enumerate(TARGET_GROUPS):
    TargetGroup.objects.get_or_create(
        slug=group["slug"], defaults={"name": group["name"], "labels": group["labels"], "order": order}
    )
for slug, name, country, website in [
    ("fjordby", "Fjordby Kommune", "DK", "https://fjordby.example.org"),
    ("sjostad", "Sjöstads kommun", "SE", "https://sjostad.example.org"),
]:
    Municipality.objects.get_or_create(
        slug=slug, defaults={"name": name, "country": country, "website": website}
    )
print("municipalities:", sorted(Municipality.objects.values_list("slug", flat=True)))
print("target groups:", TargetGroup.objects.count())
