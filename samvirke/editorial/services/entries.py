"""Writing handbook entries: the one place where edited, accepted or reverted values reach an
initiative, organisation or contact person (decision 0010).

Every write validates the whole entry (full_clean) before anything is saved, bumps `Entry.version`
(the optimistic lock) and leaves a historical row that says who and why (`history_change_reason`:
"edit", "proposal:<id>", "revert:<history id>", "verified", ...).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.accounts.permissions import can_edit_entry, is_editor_for
from samvirke.core.exceptions import Conflict
from samvirke.core.languages import validate_language_code
from samvirke.core.slugs import unique_slug
from samvirke.directory.models import Location, Organisation
from samvirke.editorial import fields
from samvirke.editorial.models import EditorialSettings, RelationSnapshot
from samvirke.editorial.permissions import edits_are_published_directly
from samvirke.initiatives.models import InitiativeOrganiser, Schedule, TargetGroup
from samvirke.initiatives.services import set_initiative_languages

# The relations of an initiative that its own history rows do not record (see RelationSnapshot).
SNAPSHOT_RELATIONS = ["target_groups", "languages", "locations", "organisers"]


class EditConflict(Conflict):
    """The entry was saved by someone else after the version this edit started from."""

    def __init__(self, *, entry, base_version: int | None):
        self.entry = entry
        self.base_version = base_version
        super().__init__(f"The entry changed since version {base_version}; it is now {entry.version}.")


def owners_publish_directly(municipality) -> bool:
    row = EditorialSettings.objects.filter(municipality=municipality).only("owner_edits").first()
    return row is not None and row.owner_edits == EditorialSettings.OwnerEdits.DIRECT


# --- relations -------------------------------------------------------------------------------------


def check_relations(entry, relations: dict) -> dict:
    """Validate many-to-many values and schedules before anything is saved. Raises ValidationError."""
    errors: dict[str, list] = {}
    checked = dict(relations)
    if "target_groups" in relations:
        slugs = sorted(set(relations["target_groups"] or []))
        known = set(TargetGroup.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        if unknown := [slug for slug in slugs if slug not in known]:
            errors["target_groups"] = [_("Unknown target group: %(slugs)s.") % {"slugs": ", ".join(unknown)}]
        checked["target_groups"] = slugs
    if "languages" in relations:
        codes = sorted(
            {str(code).strip().lower() for code in relations["languages"] or [] if str(code).strip()}
        )
        for code in codes:
            try:
                validate_language_code(code)
            except ValidationError as error:
                errors.setdefault("languages", []).extend(error.messages)
        checked["languages"] = codes
    for name, model in (("locations", Location), ("organisers", Organisation)):
        if name in relations:
            ids = sorted({int(pk) for pk in relations[name] or []})
            found = model.objects.filter(pk__in=ids, municipality_id=entry.municipality_id).count()
            if found != len(ids):
                errors[name] = [_("Choose only places and organisations of this municipality.")]
            checked[name] = ids
    if "schedules" in relations:
        try:
            checked["schedules"] = _prepare_schedules(entry, relations["schedules"] or [])
        except ValidationError as error:
            errors["schedules"] = error.messages
    if errors:
        raise ValidationError(errors)
    return checked


def _prepare_schedules(initiative, items: list[dict]):
    """Schedule objects to save and to delete, all validated. Raises ValidationError naming each one."""
    existing = {str(s.uuid): s for s in initiative.schedules.all()} if initiative.pk else {}
    keep, changed, errors = [], [], []
    for number, item in enumerate(items, start=1):
        schedule = existing.get(str(item.get("uuid") or "")) or Schedule(initiative=initiative)
        before = fields.schedule_json(schedule) if schedule.pk else None
        for name, value in fields.schedule_fields(item).items():
            setattr(schedule, name, value)
        try:
            schedule.full_clean(exclude=["initiative"])
        except ValidationError as error:
            messages = [m for ms in error.message_dict.values() for m in ms]
            errors.append(_("Time %(number)s: %(errors)s") % {"number": number, "errors": " ".join(messages)})
        keep.append(schedule)
        # An unchanged time is not saved again: its history would show an empty "Time … changed".
        if before is None or fields.schedule_json(schedule) != before:
            changed.append(schedule)
    if errors:
        raise ValidationError(errors)
    kept = {str(s.uuid) for s in keep if s.pk}
    return changed, [s for uuid, s in existing.items() if uuid not in kept]


def save_relations(entry, checked: dict, *, user, reason: str) -> None:
    if "target_groups" in checked:
        entry.target_groups.set(TargetGroup.objects.filter(slug__in=checked["target_groups"]))
    if "languages" in checked:
        set_initiative_languages(initiative=entry, codes=checked["languages"])
    if "locations" in checked:
        entry.locations.set(checked["locations"])
    if "organisers" in checked:
        wanted = set(checked["organisers"])
        links = InitiativeOrganiser.objects.filter(initiative=entry)
        links.exclude(organisation_id__in=wanted).delete()
        present = set(links.values_list("organisation_id", flat=True))
        has_lead = links.filter(role=InitiativeOrganiser.Role.LEAD).exists()
        for organisation_id in sorted(wanted - present):
            role = InitiativeOrganiser.Role.PARTNER if has_lead else InitiativeOrganiser.Role.LEAD
            InitiativeOrganiser.objects.create(initiative=entry, organisation_id=organisation_id, role=role)
            has_lead = True
    if "schedules" in checked:
        keep, remove = checked["schedules"]
        for schedule in remove:
            schedule._change_reason, schedule._history_user = reason, user
            schedule.delete()
        for schedule in keep:
            schedule.initiative = entry
            schedule._change_reason, schedule._history_user = reason, user
            schedule.save()


def record_relations(entry, *, history_id: int | None = None) -> None:
    """Remember an initiative's relations beside its newest (or the given) historical row."""
    if fields.kind_of(entry) != "initiative":
        return
    if history_id is None:
        history_id = entry.history.order_by("-history_id").values_list("history_id", flat=True).first()
    if history_id is None:
        return
    RelationSnapshot.objects.update_or_create(
        model_label=entry._meta.label_lower,
        history_id=history_id,
        defaults={"object_id": entry.pk, "data": fields.snapshot(entry, SNAPSHOT_RELATIONS)},
    )


def _remember_relations_before(entry) -> None:
    """Before relations change, make sure the state they change from is recorded too."""
    if fields.kind_of(entry) != "initiative" or entry.pk is None:
        return
    latest = entry.history.order_by("-history_id").values_list("history_id", flat=True).first()
    label = entry._meta.label_lower
    if latest and not RelationSnapshot.objects.filter(model_label=label, history_id=latest).exists():
        record_relations(entry, history_id=latest)


# --- writes --------------------------------------------------------------------------------------


def apply_values(*, entry, values: dict, user, reason: str, verify: bool = True) -> None:
    """Set registered fields on an entry (new or existing), validate everything, save, and record it.

    Raises ValidationError keyed by field name; nothing is written then.
    """
    kind = fields.kind_of(entry)
    values = fields.clean_values(kind, values)
    unknown = [name for name in values if fields.get_spec(kind, name) is None]
    if unknown:
        raise ValidationError(
            _("These fields cannot be changed here: %(names)s.") % {"names": ", ".join(unknown)}
        )
    relations, errors = {}, {}
    for name, value in values.items():
        spec = fields.get_spec(kind, name)
        if spec.type == fields.SCALAR:
            try:
                setattr(entry, name, fields.to_python(kind, name, value))
            except (TypeError, ValueError):
                errors[name] = [_("Enter a valid value.")]
        elif spec.type == fields.FK:
            setattr(entry, f"{name}_id", value or None)
        else:
            relations[name] = value
    if errors:
        raise ValidationError(errors)
    entry.full_clean()
    checked = check_relations(entry, relations)
    if relations:
        _remember_relations_before(entry)
    created = entry.pk is None
    if verify:
        entry.last_verified_at = timezone.now()
    if not created:
        entry.version += 1
    entry._change_reason, entry._history_user = reason, user
    entry.save()
    save_relations(entry, checked, user=user, reason=reason)
    if relations or created:
        record_relations(entry)


@transaction.atomic
def update_entry(
    *, user, kind: str, entry_id: int, values: dict, base_version: int | None, reason: str = "edit"
):
    """Save an editor's (or a trusted owner's) edit. Returns (entry, changed values).

    Raises PermissionDenied (the caller answers 404), EditConflict when the entry moved on since
    `base_version`, ValidationError per field. Saving without changes confirms the entry as correct.
    """
    model = fields.model_for(kind)
    entry = model.objects.select_for_update().select_related("municipality").filter(pk=entry_id).first()
    if entry is None or not can_edit_entry(user, entry):
        raise PermissionDenied
    direct = owners_publish_directly(entry.municipality)
    if not edits_are_published_directly(user, entry, owners_publish_directly=direct):
        raise PermissionDenied
    if base_version is not None and entry.version != base_version:
        raise EditConflict(entry=entry, base_version=base_version)
    changed = fields.changed_values(kind, current=fields.snapshot(entry, list(values)), submitted=values)
    if not changed:
        mark_entry_verified(entry=entry, user=user)
        return entry, {}
    apply_values(entry=entry, values=changed, user=user, reason=reason)
    return entry, changed


def unique_entry_slug(model, *, municipality, text: str) -> str:
    """A slug no other entry of this kind in the municipality has."""
    return unique_slug(
        text, taken=lambda slug: model.objects.filter(municipality=municipality, slug=slug).exists()
    )


def create_entry(*, kind: str, municipality, values: dict, user, reason: str):
    """Create an initiative or organisation from accepted values. Raises ValidationError."""
    model = fields.model_for(kind)
    if kind == "contact":
        raise ValidationError(_("New contact persons are added by editors with the person's consent."))
    title_field = "title" if kind == "initiative" else "name"
    title = fields.clean_values(kind, {title_field: values.get(title_field) or ""})[title_field]
    if not title:
        raise ValidationError(
            {title_field: _("A new entry needs its %(field)s.") % {"field": fields.label(kind, title_field)}}
        )
    entry = model(
        municipality=municipality, slug=unique_entry_slug(model, municipality=municipality, text=title)
    )
    apply_values(entry=entry, values=values, user=user, reason=reason)
    return entry


@transaction.atomic
def create_entry_directly(*, user, kind: str, municipality, values: dict):
    """An editor of the municipality adds an initiative (with times and places) or an organisation,
    published at once; its history starts with the editor's name (decision 0062).

    Raises PermissionDenied for anyone else, ValidationError per field."""
    if kind not in ("initiative", "organisation") or not is_editor_for(user, municipality):
        raise PermissionDenied
    return create_entry(kind=kind, municipality=municipality, values=values, user=user, reason="created")


def mark_entry_verified(*, entry, user=None, reason: str = "verified") -> None:
    """Record that the entry was checked and is still correct. Does not change its version."""
    entry.last_verified_at = timezone.now()
    entry._change_reason, entry._history_user = reason, user
    # Not `updated_at`: a confirmation does not make the entry "recently updated".
    entry.save(update_fields=["last_verified_at"])


@transaction.atomic
def verify_entry(*, user, kind: str, entry_id: int):
    """An editor or owner confirms from the site that an entry is still correct. Raises PermissionDenied."""
    entry = fields.model_for(kind).objects.select_for_update().filter(pk=entry_id).first()
    if entry is None or not can_edit_entry(user, entry):
        raise PermissionDenied
    mark_entry_verified(entry=entry, user=user)
    return entry
