from django.urls import path

from samvirke.community.feeds import StoriesFeed
from samvirke.community.views import forum, notifications, stories, volunteering

app_name = "community"
urlpatterns = [
    # Forum (approved practitioners only)
    path("<slug:municipality>/forum/", forum.forum_index, name="forum"),
    path("<slug:municipality>/forum/search/", forum.search, name="forum_search"),
    path("<slug:municipality>/forum/categories/new/", forum.new_category, name="category_new"),
    path("r/<slug:region>/forum/", forum.region_forum_index, name="region_forum"),
    path("r/<slug:region>/forum/categories/new/", forum.new_region_category, name="region_category_new"),
    path("forum/c/<int:pk>/", forum.category, name="category"),
    path("forum/c/<int:pk>/new/", forum.new_thread, name="thread_new"),
    path("forum/c/<int:pk>/watch/", forum.watch_category, name="category_watch"),
    path("forum/t/<int:pk>/", forum.thread, name="thread"),
    path("forum/t/<int:pk>/moderate/", forum.moderate_thread, name="thread_moderate"),
    path("forum/t/<int:pk>/watch/", forum.watch_thread, name="thread_watch"),
    path("forum/p/<int:pk>/edit/", forum.edit_post, name="post_edit"),
    path("forum/p/<int:pk>/flag/", forum.flag_post, name="post_flag"),
    path("forum/p/<int:pk>/moderate/", forum.moderate_post, name="post_moderate"),
    path("forum/moderation/", forum.list_moderation_queue, name="moderation"),
    # Notifications
    path("notifications/", notifications.notification_list, name="notifications"),
    path("notifications/read/", notifications.mark_all_read, name="notifications_read"),
    path("notifications/settings/", notifications.notification_settings, name="notification_settings"),
    path("notifications/unsubscribe/<str:token>/", notifications.unsubscribe, name="unsubscribe"),
    # Good stories
    path("<slug:municipality>/stories/", stories.story_list, name="stories"),
    path("<slug:municipality>/stories/feed/", StoriesFeed(), name="story_feed"),
    path("<slug:municipality>/stories/new/", stories.story_new, name="story_new"),
    path("<slug:municipality>/stories/review/", stories.story_review_queue, name="story_manage"),
    path("<slug:municipality>/stories/<slug:slug>/", stories.story_detail, name="story"),
    path("<slug:municipality>/stories/<slug:slug>/edit/", stories.story_edit, name="story_edit"),
    path("<slug:municipality>/stories/<slug:slug>/submit/", stories.story_submit, name="story_submit"),
    path("<slug:municipality>/stories/<slug:slug>/review/", stories.story_review, name="story_review"),
    path(
        "<slug:municipality>/stories/<slug:slug>/images/<int:image_id>/delete/",
        stories.story_image_delete,
        name="story_image_delete",
    ),
    # Become a volunteer
    path("<slug:municipality>/volunteer/", volunteering.become_volunteer, name="volunteer"),
    path("<slug:municipality>/volunteer/<int:pk>/", volunteering.need_detail, name="volunteer_need"),
    path("volunteer/signup/<str:token>/", volunteering.signup_page, name="volunteer_signup"),
    path(
        "volunteer/signup/<str:token>/<uuid:booking>.ics",
        volunteering.signup_shift_ics,
        name="volunteer_shift_ics",
    ),
    path("<slug:municipality>/volunteer/manage/", volunteering.manage, name="volunteer_manage"),
    path("<slug:municipality>/volunteer/manage/new/", volunteering.need_new, name="volunteer_need_new"),
    path(
        "<slug:municipality>/volunteer/manage/settings/",
        volunteering.community_settings,
        name="volunteer_settings",
    ),
    path(
        "<slug:municipality>/volunteer/manage/<int:pk>/", volunteering.need_edit, name="volunteer_need_edit"
    ),
    path(
        "<slug:municipality>/volunteer/manage/<int:pk>/shifts/",
        volunteering.need_shifts,
        name="volunteer_shifts",
    ),
    path(
        "<slug:municipality>/volunteer/manage/<int:pk>/shifts/<int:shift_id>/",
        volunteering.shift_edit,
        name="volunteer_shift_edit",
    ),
    path(
        "<slug:municipality>/volunteer/manage/<int:pk>/signups/",
        volunteering.need_signups,
        name="volunteer_signups",
    ),
    path(
        "<slug:municipality>/volunteer/manage/<int:pk>/signups.csv",
        volunteering.need_signups_csv,
        name="volunteer_signups_csv",
    ),
    path(
        "<slug:municipality>/volunteer/manage/<int:pk>/message/",
        volunteering.need_message,
        name="volunteer_message",
    ),
]
