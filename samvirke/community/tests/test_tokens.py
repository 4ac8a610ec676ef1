import time

import pytest
from django.core import signing

from samvirke.community import tokens


def test_an_unsubscribe_token_reads_back_what_it_says():
    token = tokens.make_unsubscribe_token(user_id=7, thread_id=3)
    assert tokens.read_unsubscribe_token(token) == {"u": 7, "t": 3}


def test_a_tampered_unsubscribe_token_is_refused():
    token = tokens.make_unsubscribe_token(user_id=7)
    with pytest.raises(signing.BadSignature):
        tokens.read_unsubscribe_token(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    other_salt = signing.dumps({"u": 1, "t": None}, salt="something-else", compress=True)
    with pytest.raises(signing.BadSignature):
        tokens.read_unsubscribe_token(other_salt)


def test_an_expired_unsubscribe_token_is_refused(monkeypatch):
    token = tokens.make_unsubscribe_token(user_id=7)
    later = time.time() + tokens.UNSUBSCRIBE_MAX_AGE + 60
    monkeypatch.setattr(time, "time", lambda: later)
    with pytest.raises(signing.SignatureExpired):
        tokens.read_unsubscribe_token(token)


def test_a_sign_up_token_carries_the_sign_up_and_its_secret(monkeypatch):
    class Signup:
        pk, key = 5, "secret"

    token = tokens.make_signup_token(signup=Signup())
    assert tokens.read_signup_token(token) == {"s": 5, "k": "secret"}
    with pytest.raises(signing.BadSignature):
        tokens.read_signup_token(token.replace(token[5], "x" if token[5] != "x" else "y", 1))
    later = time.time() + tokens.SIGNUP_MAX_AGE + 60
    monkeypatch.setattr(time, "time", lambda: later)
    with pytest.raises(signing.SignatureExpired):
        tokens.read_signup_token(token)
