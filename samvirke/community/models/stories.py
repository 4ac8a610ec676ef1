"""Good stories ("den gode historie"): editors publish, organisation owners write for review."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samvirke.core.fields import person_field
from samvirke.core.languages import validate_language_code


class Story(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in_review", _("Waiting for an editor")
        RETURNED = "returned", _("Returned for changes")
        PUBLISHED = "published", _("Published")

    municipality = models.ForeignKey(
        "core.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="stories"
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences for lists and the feed.")
    )
    body = models.TextField(_("text (Markdown)"), validators=[MaxLengthValidator(30000)])
    body_html = models.TextField(_("text (HTML)"), editable=False)
    language = models.CharField(
        _("language"),
        max_length=3,
        validators=[validate_language_code],
        help_text=_("The language the story is written in (ISO 639 code, e.g. da, sv, en, ar)."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="stories",
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("on behalf of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submitted_stories",
        help_text=_("The organisation whose owner wrote the story (its owners may edit it until published)."),
    )
    initiatives = models.ManyToManyField(
        "initiatives.Initiative", verbose_name=_("activities"), blank=True, related_name="stories"
    )
    organisations = models.ManyToManyField(
        "directory.Organisation", verbose_name=_("organisations"), blank=True, related_name="stories"
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    reviewed_by = person_field(_("reviewed by"))
    review_note = models.CharField(_("note from the editor"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("good story")
        verbose_name_plural = _("good stories")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "slug"], name="story_slug_in_municipality"),
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="story_published_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("community:story", args=[self.municipality.slug, self.slug])


class StoryImage(models.Model):
    """An image of a story, re-encoded server-side (no EXIF, no GPS) in several widths for srcset."""

    story = models.ForeignKey(Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="images")
    image = models.ImageField(_("image"), upload_to="stories/%Y/", width_field="width", height_field="height")
    width = models.PositiveIntegerField(_("width"), default=0, editable=False)
    height = models.PositiveIntegerField(_("height"), default=0, editable=False)
    # {"480": "stories/2026/abc-480.webp", ...}: every width the image was resized to.
    renditions = models.JSONField(_("sizes"), default=dict, editable=False)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("story image")
        verbose_name_plural = _("story images")
        constraints = [
            models.CheckConstraint(condition=~models.Q(alt_text=""), name="story_image_has_alt_text"),
        ]

    def __str__(self) -> str:
        return self.alt_text
