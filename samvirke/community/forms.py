"""Forms of the community tools. They check shape; the services check the rules."""

import time
from zoneinfo import ZoneInfo

from django import forms
from django.core import signing
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from samvirke.community.models import EmailMode, Flag, VolunteerMessage, WatchLevel
from samvirke.core.forms import LanguagesField
from samvirke.core.languages import OFFERED_LANGUAGES, language_choices
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative

MARKDOWN_HELP = _(
    "Markdown: **bold**, *italic*, > quote, - list, [text](https://…). Mention a colleague with @username. "
    "Links to activities and organisations in the handbook are shown as cards. Never write about a newcomer's case."
)

# --- forum ---------------------------------------------------------------------------------------


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(
        label=_("Text"), max_length=20000, widget=forms.Textarea(attrs={"rows": 10}), help_text=MARKDOWN_HELP
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=MARKDOWN_HELP,
    )


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with it?"), choices=Flag.Reason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Anything the moderators should know (optional)"), max_length=500, required=False
    )


class WatchForm(forms.Form):
    level = forms.ChoiceField(label=_("Notifications"), choices=WatchLevel.choices)


class ThreadModerationForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("lock", _("Lock")),
            ("unlock", _("Unlock")),
            ("pin", _("Pin")),
            ("unpin", _("Unpin")),
            ("hide", _("Hide")),
            ("unhide", _("Show again")),
            ("move", _("Move")),
        ]
    )
    category = forms.IntegerField(label=_("Move to category"), required=False)


class PostModerationForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("approve", _("Publish")), ("hide", _("Hide")), ("dismiss", _("Dismiss flags"))]
    )
    note = forms.CharField(label=_("Note to the author (optional)"), max_length=300, required=False)


class CategoryForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    description = forms.CharField(label=_("Description"), max_length=500, required=False)
    approve_first_posts = forms.BooleanField(
        label=_("A new member's first post waits for a moderator"), required=False, initial=True
    )


class EmailModeForm(forms.Form):
    email_mode = forms.ChoiceField(
        label=_("E-mail me about notifications"), choices=EmailMode.choices, widget=forms.RadioSelect
    )


# --- stories -------------------------------------------------------------------------------------


class StoryForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"), max_length=300, help_text=_("One or two sentences for lists and the feed.")
    )
    body = forms.CharField(
        label=_("The story"),
        max_length=30000,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_(
            "Markdown: **bold**, *italic*, ## heading, - list, [text](https://…). Ask people before you name them."
        ),
    )
    language = forms.ChoiceField(label=_("Language of the story"))
    organisation = forms.ModelChoiceField(label=_("On behalf of"), queryset=None, required=False)
    initiatives = forms.ModelMultipleChoiceField(
        label=_("Activities it is about"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations it is about"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, municipality, organisation_choices, **kwargs):
        super().__init__(*args, **kwargs)

        self.fields["language"].choices = language_choices(OFFERED_LANGUAGES)
        self.fields["language"].initial = municipality.language
        self.fields["organisation"].queryset = organisation_choices
        self.fields["initiatives"].queryset = Initiative.objects.filter(municipality=municipality).order_by(
            "title"
        )
        self.fields["organisations"].queryset = Organisation.objects.filter(
            municipality=municipality
        ).order_by("name")


class StoryImageForm(forms.Form):
    image = forms.FileField(
        label=_("Image (JPEG, PNG or WebP, at most 8 MB)"),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    alt_text = forms.CharField(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "What the image shows, for people who cannot see it, e.g. “Two women practise Danish over coffee”."
        ),
    )
    caption = forms.CharField(label=_("Caption (optional)"), max_length=300, required=False)


class ReviewForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Decision"),
        choices=[("publish", _("Publish")), ("return", _("Return to the author"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the author"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


# --- volunteering --------------------------------------------------------------------------------

FORM_STARTED_SALT = "samvirke.community.form-started"
MIN_FILL_SECONDS = 3
MAX_FILL_SECONDS = 2 * 3600


class HardenedForm(forms.Form):
    """A public form: a honeypot field people never see and a signed start time (bots fill forms in
    less than a second). Both fail with a message a person can act on."""

    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        self.fields["started"].initial = self.start_token()

    @staticmethod
    def start_token(at: float | None = None) -> str:
        return signing.dumps({"t": at if at is not None else time.time()}, salt=FORM_STARTED_SALT)

    def clean(self):
        data = super().clean()
        # A new start time for the next attempt, so a person who fixes an error is not refused again.
        self.data = self.data.copy()
        self.data["started"] = self.start_token()
        if data.get("website"):
            raise forms.ValidationError(_("The form could not be sent. Please try again."))
        try:
            started = signing.loads(data.get("started", ""), salt=FORM_STARTED_SALT)["t"]
        except (signing.BadSignature, KeyError, TypeError) as error:
            raise forms.ValidationError(_("The form could not be sent. Please try again.")) from error
        age = time.time() - started
        if age < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was very quick. Please check your answers and send the form again.")
            )
        if age > MAX_FILL_SECONDS:
            raise forms.ValidationError(
                _("The form was open for a long time. Please check your answers and send it again.")
            )
        return data


def shift_label(shift, zone: ZoneInfo) -> str:
    start, end = shift.starts_at.astimezone(zone), shift.ends_at.astimezone(zone)
    when = f"{formats.date_format(start, 'l j. F')} {start:%H:%M}–{end:%H:%M}"
    if shift.places_left:
        places = _("%(left)s of %(capacity)s places left") % {
            "left": shift.places_left,
            "capacity": shift.capacity,
        }
    else:
        places = _("full: you join the waiting list")
    return f"{when} · {places}"


class VolunteerSignupForm(HardenedForm):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send the confirmation and your link to cancel here."),
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=30, required=False)
    shifts = forms.TypedMultipleChoiceField(
        label=_("Choose your shifts"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one shift.")},
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"), required=False, widget=forms.CheckboxSelectMultiple
    )
    message = forms.CharField(
        label=_("Message to the organiser (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(label="")

    field_order = [
        "shifts",
        "name",
        "email",
        "phone",
        "languages",
        "message",
        "consent",
        "website",
        "started",
    ]

    def __init__(self, *args, need, consent_text: str, **kwargs):
        super().__init__(*args, **kwargs)
        zone = ZoneInfo(need.municipality.time_zone)
        self.fields["shifts"].choices = [(shift.pk, shift_label(shift, zone)) for shift in need.upcoming]
        self.fields["languages"].choices = language_choices(
            dict.fromkeys([*need.languages, *OFFERED_LANGUAGES])
        )
        self.fields["consent"].label = consent_text
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})


class VolunteerNeedForm(forms.Form):
    initiative = forms.ModelChoiceField(label=_("Activity"), queryset=None)
    role = forms.CharField(
        label=_("Role"), max_length=120, help_text=_("E.g. “Conversation host in the language café”.")
    )
    description = forms.CharField(
        label=_("What the volunteer will do"), max_length=2000, widget=forms.Textarea(attrs={"rows": 5})
    )
    skills = forms.CharField(label=_("Skills wanted (optional)"), max_length=500, required=False)
    languages = LanguagesField(label=_("Languages wanted (optional)"), required=False)
    contact_email = forms.EmailField(label=_("Organiser's e-mail (replies go here)"), required=False)
    is_open = forms.BooleanField(label=_("Open for sign-up"), required=False, initial=True)

    def __init__(self, *args, initiatives, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["initiative"].queryset = initiatives
        self.fields["languages"].offer(self.initial.get("languages"))


class ShiftForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    starts = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    ends = forms.TimeField(label=_("To"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    capacity = forms.IntegerField(label=_("Volunteers needed"), min_value=1, max_value=500, initial=2)
    location = forms.CharField(label=_("Place (optional)"), max_length=200, required=False)
    note = forms.CharField(label=_("Note (optional)"), max_length=200, required=False)
    repeat_weeks = forms.IntegerField(
        label=_("Repeat weekly for … more weeks"),
        min_value=0,
        max_value=26,
        initial=0,
        help_text=_("0 for a one-off shift."),
    )

    def clean(self):
        data = super().clean()
        if data.get("starts") and data.get("ends") and data["ends"] <= data["starts"]:
            self.add_error("ends", _("A shift must end after it starts."))
        return data


class ShiftEditForm(forms.Form):
    capacity = forms.IntegerField(label=_("Volunteers needed"), min_value=1, max_value=500)
    location = forms.CharField(label=_("Place (optional)"), max_length=200, required=False)
    note = forms.CharField(label=_("Note (optional)"), max_length=200, required=False)


class VolunteerMessageForm(forms.Form):
    audience = forms.ChoiceField(label=_("To"), choices=VolunteerMessage.Audience.choices)
    shift = forms.TypedChoiceField(label=_("Shift"), coerce=int, required=False, empty_value=None)
    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))

    def __init__(self, *args, shifts, zone: ZoneInfo, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["shift"].choices = [("", _("All shifts"))] + [
            (s.pk, shift_label(s, zone).split(" · ")[0]) for s in shifts
        ]


class CommunitySettingsForm(forms.Form):
    volunteer_retention_months = forms.IntegerField(
        label=_("Keep volunteers' data for (months after their last shift)"), min_value=1, max_value=60
    )
