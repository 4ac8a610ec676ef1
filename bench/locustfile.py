"""Mixed traffic for `make loadtest` (bench/loadtest.py runs it headless): people browse, search,
propose a correction to an activity and sign up as volunteers, as a browser would.

Each simulated person has their own address (X-Forwarded-For; the server trusts 127.0.0.1 as its
proxy), fills forms like a person (reads the form, waits past the minimum fill time, leaves the
honeypot empty, sends the CSRF token) and becomes a new person before the per-address limit of
10 submissions an hour. The production cookies are Secure and the server is plain HTTP behind a
"proxy" (X-Forwarded-Proto), so cookies are kept by hand. Every accepted submission is counted and
written to LOADTEST_COUNTS at the end, for loadtest.py to compare with the database.
"""

# ruff: noqa: S311 - random picks a page for the traffic mix, nothing secret

import itertools
import json
import os
import random
import re
import time
from html.parser import HTMLParser

from locust import HttpUser, between, events, task

MUNICIPALITY = os.environ.get("LOADTEST_MUNICIPALITY", "holstebro")
BROWSE = [
    f"/{MUNICIPALITY}/",
    f"/{MUNICIPALITY}/initiatives/",
    f"/{MUNICIPALITY}/initiatives/?group=women",
    f"/{MUNICIPALITY}/organisations/",
    f"/{MUNICIPALITY}/contacts/",
    f"/{MUNICIPALITY}/volunteer/",
    "/r/halland/",
    "/api/v1/initiatives?municipality=silkeborg",
]
SEARCHES = ["sprogcafe", "frivilig", "lektiehjælp", "cykel", "job", "kvinder"]
FILL_SECONDS = 3.5  # the forms refuse anything sent within 3 s of being shown
SUBMISSIONS_PER_ADDRESS = 8  # below the 10 an hour per address

COUNTS = {"proposals": 0, "signups": 0}
ADDRESSES = (f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}" for n in itertools.count(1))


class Form(HTMLParser):
    """The fields a browser would send from the first form with a CSRF token, as they are shown."""

    def __init__(self, html: str):
        super().__init__()
        self.fields: dict[str, str | list[str]] = {}
        self.choices: dict[str, list[str]] = {}
        self._inside = self._done = False
        self._textarea = self._select = None
        self.feed(html)

    def _set(self, name, value, multiple=False):
        if multiple:
            self.fields.setdefault(name, [])
            self.fields[name].append(value)
        else:
            self.fields[name] = value

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and not self._done and a.get("method", "").lower() == "post":
            self._inside = True
        if not self._inside or ("name" not in a and tag != "option"):
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                self.choices.setdefault(a["name"], []).append(a.get("value", "on"))
                if "checked" in a:
                    self._set(a["name"], a.get("value", "on"), multiple=kind == "checkbox")
            elif kind not in ("submit", "button", "file"):
                self._set(a["name"], a.get("value", ""))
        elif tag == "textarea":
            self._textarea = a["name"]
            self.fields[a["name"]] = ""
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and ("selected" in a or self._select not in self.fields):
            self.fields[self._select] = a.get("value", "")

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form" and self._inside:
            self._inside, self._done = False, True


class Person(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self._new_identity()
        self.activities: list[str] = []
        self.needs: list[str] = []

    def _new_identity(self):
        self.address = next(ADDRESSES)
        self.cookies: dict[str, str] = {}
        self.submitted = 0

    def _headers(self, extra=None):
        headers = {
            "Host": "localhost",
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": self.address,
            "Accept-Encoding": "gzip",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return {**headers, **(extra or {})}

    def _keep_cookies(self, response):
        for header in response.raw.headers.getlist("Set-Cookie") if response.raw else []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]

    def get(self, path, name=None):
        response = self.client.get(path, headers=self._headers(), name=name, allow_redirects=False)
        self._keep_cookies(response)
        return response

    def post(self, path, data, name):
        origin = {"Origin": "https://localhost", "Referer": f"https://localhost{path}"}
        with self.client.post(
            path,
            data=data,
            headers=self._headers(origin),
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            self._keep_cookies(response)
            return response

    @task(6)
    def browse(self):
        self.get(random.choice(BROWSE), name="browse")

    @task(3)
    def search(self):
        term = random.choice(SEARCHES)
        if random.random() < 0.5:
            self.get(f"/{MUNICIPALITY}/initiatives/?q={term}", name="search (page)")
        else:
            self.get(f"/api/v1/search?q={term}&municipality={MUNICIPALITY}", name="search (API)")

    @task(2)
    def activity(self):
        if not self.activities:
            html = self.get(f"/{MUNICIPALITY}/initiatives/", name="browse").text
            self.activities = sorted(set(re.findall(rf'href="/{MUNICIPALITY}/initiatives/([\w-]+)/"', html)))
        if self.activities:
            self.get(f"/{MUNICIPALITY}/initiatives/{random.choice(self.activities)}/", name="activity page")

    def _before_submitting(self):
        if self.submitted >= SUBMISSIONS_PER_ADDRESS:
            self._new_identity()  # another person, at another address
        self.submitted += 1

    @task(1)
    def propose_a_correction(self):
        if not self.activities:
            self.activity()  # find the activities first, as a person would
        if not self.activities:
            return
        self._before_submitting()
        path = f"/{MUNICIPALITY}/suggest/activity/{random.choice(self.activities)}/"
        shown = self.get(path, name="proposal form")
        if shown.status_code != 200:
            return
        fields = Form(shown.text).fields
        time.sleep(FILL_SECONDS)  # a person reads and types (gevent: only this person waits)
        fields["summary"] = f"{fields.get('summary', '')} Nu også om lørdagen.".strip()[:500]
        fields["comment"] = f"Rettelse fra {self.address}"
        response = self.post(path, fields, name="proposal sent")
        if response.status_code == 302 and "/suggest/thanks/" in response.headers.get("Location", ""):
            COUNTS["proposals"] += 1
            response.success()
        else:
            response.failure(f"proposal not accepted: {response.status_code} {_errors(response.text)}")

    @task(1)
    def volunteer_sign_up(self):
        if not self.needs:
            html = self.get(f"/{MUNICIPALITY}/volunteer/", name="browse").text
            self.needs = sorted(set(re.findall(rf'href="/{MUNICIPALITY}/volunteer/(\d+)/"', html)))
        if not self.needs:
            return
        self._before_submitting()
        path = f"/{MUNICIPALITY}/volunteer/{random.choice(self.needs)}/"
        shown = self.get(path, name="sign-up form")
        if shown.status_code != 200:
            return
        form = Form(shown.text)
        if not form.choices.get("shifts"):
            return  # no upcoming shift to choose
        fields = form.fields
        time.sleep(FILL_SECONDS)
        number = next(SIGNUP_NUMBERS)
        fields.update(
            {
                "shifts": random.sample(form.choices["shifts"], k=min(2, len(form.choices["shifts"]))),
                "name": f"Frivillig {number}",
                "email": f"frivillig{number}@example.org",
                "consent": "on",
            }
        )
        response = self.post(path, fields, name="sign-up sent")
        if response.status_code == 200 and 'name="shifts"' not in response.text:
            COUNTS["signups"] += 1  # the thank-you page (a place or the waiting list)
            response.success()
        else:
            response.failure(f"sign-up not accepted: {response.status_code} {_errors(response.text)}")


SIGNUP_NUMBERS = itertools.count(int(time.time()))


def _errors(html: str) -> str:
    return " | ".join(re.findall(r'class="[^"]*error[^"]*"[^>]*>\s*([^<]{1,120})', html)[:3])


@events.test_stop.add_listener
def _write_counts(**_kwargs):
    target = os.environ.get("LOADTEST_COUNTS")
    if target:
        with open(target, "w") as handle:
            json.dump(COUNTS, handle)
