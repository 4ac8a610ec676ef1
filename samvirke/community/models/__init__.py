"""Working together: the practitioners' forum, notifications, good stories and volunteering."""

from samvirke.community.models.forum import Flag, ForumCategory, Post, Thread, Watch, WatchLevel
from samvirke.community.models.notifications import EmailMode, Notification, NotificationPreference
from samvirke.community.models.stories import Story, StoryImage
from samvirke.community.models.volunteering import (
    CommunitySettings,
    Shift,
    VolunteerBooking,
    VolunteerMessage,
    VolunteerNeed,
    VolunteerSignup,
)

__all__ = [
    "CommunitySettings",
    "EmailMode",
    "Flag",
    "ForumCategory",
    "Notification",
    "NotificationPreference",
    "Post",
    "Shift",
    "Story",
    "StoryImage",
    "Thread",
    "VolunteerBooking",
    "VolunteerMessage",
    "VolunteerNeed",
    "VolunteerSignup",
    "Watch",
    "WatchLevel",
]
