"""The practitioners' forum: categories per municipality or region, threads, posts, flags and watches."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samvirke.core.fields import person_field
from samvirke.core.models import COUNTRY_LANGUAGE


class ForumCategory(models.Model):
    """A place to talk, belonging to one municipality or to a whole region (never both)."""

    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="forum_categories",
    )
    region = models.ForeignKey(
        "core.Region",
        verbose_name=_("region"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="forum_categories",
    )
    slug = models.SlugField(_("slug"), max_length=80)
    name = models.CharField(_("name"), max_length=120)
    description = models.CharField(_("description"), max_length=500, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    approve_first_posts = models.BooleanField(
        _("approve new members' first posts"),
        default=True,
        help_text=_(
            "A practitioner's first post waits for a moderator until one of their posts is published."
        ),
    )
    created_by = person_field(_("created by"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("forum category")
        verbose_name_plural = _("forum categories")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(municipality__isnull=False, region__isnull=True)
                | models.Q(municipality__isnull=True, region__isnull=False),
                name="forum_category_one_scope",
                violation_error_message=_("A category belongs to a municipality or to a region."),
            ),
            models.UniqueConstraint(
                fields=["municipality", "slug"],
                condition=models.Q(municipality__isnull=False),
                name="forum_category_slug_in_municipality",
            ),
            models.UniqueConstraint(
                fields=["region", "slug"],
                condition=models.Q(region__isnull=False),
                name="forum_category_slug_in_region",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.scope})"

    def get_absolute_url(self) -> str:
        return reverse("community:category", args=[self.pk])

    def clean(self) -> None:
        if bool(self.municipality_id) == bool(self.region_id):
            raise ValidationError(_("A category belongs to a municipality or to a region."))

    @property
    def scope(self):
        return self.municipality if self.municipality_id else self.region

    @property
    def language(self) -> str:
        return COUNTRY_LANGUAGE[self.scope.country]


class Thread(models.Model):
    category = models.ForeignKey(
        ForumCategory, verbose_name=_("category"), on_delete=models.CASCADE, related_name="threads"
    )
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="forum_threads",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_post_at = models.DateTimeField(_("last post"), db_index=True)
    post_count = models.PositiveIntegerField(_("published posts"), default=0)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    is_hidden = models.BooleanField(_("hidden"), default=False)

    class Meta:
        ordering = ["-is_pinned", "-last_post_at"]
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        indexes = [models.Index(fields=["category", "-is_pinned", "-last_post_at"], name="thread_listing")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("community:thread", args=[self.pk])


class Post(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        PUBLISHED = "published", _("Published")
        HIDDEN = "hidden", _("Hidden by a moderator")

    thread = models.ForeignKey(
        Thread, verbose_name=_("thread"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="forum_posts",
    )
    body = models.TextField(_("text (Markdown)"), max_length=20000)
    # Rendered and sanitised (nh3 allow-list) when saved by the service; the only HTML ever shown.
    body_html = models.TextField(_("text (HTML)"), editable=False)
    search_text = models.TextField(_("search text"), editable=False, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PUBLISHED)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    moderated_by = person_field(_("moderated by"))
    moderation_note = models.CharField(_("moderation note"), max_length=300, blank=True)
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("mentioned"), blank=True, related_name="forum_mentions"
    )
    initiatives = models.ManyToManyField(
        "initiatives.Initiative", verbose_name=_("linked initiatives"), blank=True, related_name="forum_posts"
    )
    organisations = models.ManyToManyField(
        "directory.Organisation",
        verbose_name=_("linked organisations"),
        blank=True,
        related_name="forum_posts",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        indexes = [models.Index(fields=["thread", "status", "created_at"], name="post_in_thread")]

    def __str__(self) -> str:
        return f"{self.thread} #{self.pk}"

    def get_absolute_url(self) -> str:
        return f"{self.thread.get_absolute_url()}#post-{self.pk}"


class Flag(models.Model):
    class Reason(models.TextChoices):
        PERSONAL_DATA = "personal_data", _("It reveals personal data, e.g. about a newcomer's case")
        ABUSIVE = "abusive", _("It is abusive or discriminating")
        SPAM = "spam", _("It is spam or advertising")
        OFF_TOPIC = "off_topic", _("It is off-topic")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        UPHELD = "upheld", _("Upheld: post hidden")
        DISMISSED = "dismissed", _("Dismissed")

    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="flags")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reported by"), on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.OPEN)
    handled_by = person_field(_("handled by"))
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"],
                condition=models.Q(status="open"),
                name="flag_once_per_reporter",
                violation_error_message=_("You have already flagged this post."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} – {self.post}"


class WatchLevel(models.TextChoices):
    """As in Discourse: how much a practitioner hears about a category or a thread."""

    WATCHING = "watching", _("Watching: e-mail and notification for every new post")
    TRACKING = "tracking", _("Tracking: a notification for every new post, e-mail only when mentioned")
    NORMAL = "normal", _("Normal: notified only when mentioned")
    MUTED = "muted", _("Muted: never notified")


class Watch(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="forum_watches",
    )
    category = models.ForeignKey(
        ForumCategory,
        verbose_name=_("category"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="watches",
    )
    thread = models.ForeignKey(
        Thread,
        verbose_name=_("thread"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="watches",
    )
    level = models.CharField(_("level"), max_length=10, choices=WatchLevel.choices)

    class Meta:
        verbose_name = _("watch")
        verbose_name_plural = _("watches")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(category__isnull=False, thread__isnull=True)
                | models.Q(category__isnull=True, thread__isnull=False),
                name="watch_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "category"],
                condition=models.Q(category__isnull=False),
                name="watch_category_once",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"], condition=models.Q(thread__isnull=False), name="watch_thread_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.level} {self.category or self.thread}"
