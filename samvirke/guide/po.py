"""A language's guide strings as a PO file for external translators, and importing it back with a report.

Each message: msgctxt "kind:pk:field", msgid = the source text now, msgstr = the translation,
`#|` previous msgid = the source when last reviewed (PO's own way to show a changed source),
"fuzzy" for anything not reviewed. Import refuses, per row and with a reason, unknown ids and
messages whose source changed since the export; nothing is dropped without a line in the report.
"""

from dataclasses import dataclass

import polib
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.accounts.permissions import is_translator_for
from samvirke.guide import services
from samvirke.guide.models import TranslationStatus
from samvirke.guide.queue import list_items

MAX_PO_BYTES = 2 * 1024 * 1024


def export_po(*, municipality, language: str) -> bytes:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": f"Samvirke guide {municipality.slug}",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "X-Source-Language": municipality.language,
    }
    for item in list_items(municipality=municipality, language=language):
        row = item.row
        entry = polib.POEntry(
            msgctxt=item.context,
            msgid=item.source,
            msgstr=row.text if row is not None else "",
            comment=f"{item.title} ({item.field}); status: {item.status}",
        )
        if item.status != TranslationStatus.REVIEWED:
            entry.flags.append("fuzzy")
        if row is not None and row.reviewed_source_text and row.reviewed_source_text != item.source:
            entry.previous_msgid = row.reviewed_source_text
        po.append(entry)
    return str(po).encode()


@dataclass
class ImportRow:
    context: str
    outcome: str  # "saved", "unchanged", "skipped", "refused"
    message: str


def import_po(*, user, municipality, language: str, content: bytes) -> list[ImportRow]:
    """Apply a translated PO file; returns one report row per message. Raises PermissionDenied, ValidationError."""
    if not is_translator_for(user, municipality, language):
        raise PermissionDenied
    if len(content) > MAX_PO_BYTES:
        raise ValidationError(_("The file is larger than 2 MB."))
    try:
        po = polib.pofile(content.decode("utf-8"))
    except (UnicodeDecodeError, OSError, ValueError) as error:
        raise ValidationError(_("This is not a readable PO file (UTF-8).")) from error
    file_language = (po.metadata.get("Language") or "").strip()
    if file_language and file_language != language:
        raise ValidationError(
            _("The file is for language “%(file)s”, not “%(language)s”.")
            % {"file": file_language, "language": language}
        )
    items = {item.context: item for item in list_items(municipality=municipality, language=language)}
    report = []
    for message in po:
        context = message.msgctxt or ""
        item = items.get(context)
        if message.obsolete:
            report.append(ImportRow(context, "skipped", _("Obsolete message, not imported.")))
        elif item is None:
            report.append(ImportRow(context, "refused", _("Unknown id: no such text in this guide.")))
        elif message.msgid != item.source:
            report.append(
                ImportRow(
                    context, "refused", _("The source text changed after the export: translate the new text.")
                )
            )
        elif not message.msgstr.strip():
            report.append(ImportRow(context, "skipped", _("Empty translation, not imported.")))
        else:
            status = TranslationStatus.HUMAN_DRAFT if message.fuzzy else TranslationStatus.REVIEWED
            if item.row is not None and item.row.text == message.msgstr.strip() and item.row.status == status:
                report.append(ImportRow(context, "unchanged", _("Already saved.")))
                continue
            try:
                services.save_translation(
                    user=user,
                    entry=item.entry,
                    field=item.field,
                    language=language,
                    text=message.msgstr,
                    status=status,
                )
            except ValidationError as error:
                report.append(ImportRow(context, "refused", " ".join(error.messages)))
            else:
                label = (
                    _("Saved as reviewed.")
                    if status == TranslationStatus.REVIEWED
                    else _("Saved as a draft.")
                )
                report.append(ImportRow(context, "saved", label))
    return report
