"""Who holds the keys is a fact of control only when the verb is about holding or running something (issue 14, twenty-
second session). "Keep" and "manage" are also aspect and effort verbs: "if they keep missing the SLA" says they go on
missing it, "if they manage to restore in time" says they succeed; neither says who administers the systems. Written
before the fix (first run recorded in the session's note); our own wordings, FR and EN, both speaker sides."""
from __future__ import annotations

import pytest

from assistant.chat.slots import read_slots

# (text, speaker side, control stated or None)
CASES = [
    # going on doing something, succeeding in something: no control stated
    ("if they keep missing the SLA can we get out of the contract early?", "client", None),
    ("they keep sending invoices with extra hours on them, is that allowed?", "client", None),
    ("we keep getting outages on monday mornings, what can we ask for?", "client", None),
    ("the client keeps asking for discounts every quarter", "msp", None),
    ("if they manage to restore within 4 hours, are they in breach anyway?", "client", None),
    ("they keep on changing the technician, can we refuse?", "client", None),
    ("we keep running into the cap on every incident", "msp", None),
    # the near-misses: holding or running something is control
    ("they keep the admin passwords for the firewall", "msp", "shared"),
    ("we keep a local admin account on every server", "client", "shared"),
    ("they manage their own servers, we only do the desktops", "msp", "shared"),
    ("their IT guy handles the network himself", "msp", "shared"),
]


@pytest.mark.parametrize("text, side, control", CASES)
def test_keep_and_manage_state_control_only_with_what_is_held(text, side, control):
    assert read_slots(text, side_hint=side).facts.get("control") == control, text
