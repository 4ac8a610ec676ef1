"""Which models and fields the guide translates, and the language their source text is in."""

from django.apps import apps

# model label → fields translated per guide language. Titles, summaries and prices are what a
# newcomer reads in lists; the rest on the activity page.
TRANSLATABLE_FIELDS: dict[str, list[str]] = {
    "initiatives.initiative": ["title", "summary", "description", "price", "registration_info"],
    "directory.organisation": ["name", "description"],
    "guide.guidetext": ["title", "body"],
}


def model_label(model_or_instance) -> str:
    return model_or_instance._meta.label_lower


def fields_of(model_or_instance) -> list[str]:
    return TRANSLATABLE_FIELDS.get(model_label(model_or_instance), [])


def translatable_models():
    return [apps.get_model(label) for label in TRANSLATABLE_FIELDS]
