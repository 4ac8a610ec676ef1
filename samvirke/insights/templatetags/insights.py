from django import template

from samvirke.insights.charts import views_sparkline

register = template.Library()


@register.simple_tag
def views_chart(entry):
    """A small SVG chart of a selectors.ReadEntry's views per day."""
    return views_sparkline(entry.daily, label=entry.label)
