"""The settled shape of a benchmark store's history, shared by the two
store builders (console_store.py, store_build.py): a template row repeated
as an older message, and what the moderators did with it.

An allowed verdict stays allowed; of the others 1% are still pending, 74%
were carried out and 25% dismissed, each with the moderator's label.
"""
import json

DISCORD_EPOCH_MS = 1420070400000


def message_id(ms, n):
    """A Discord id for a message created at `ms` (time << 22, `n` as the low bits)."""
    return ((ms - DISCORD_EPOCH_MS) << 22) | (n & 0x3FFFFF)


def settle(template, message, author_name, at, roll):
    """(state, chosen_action, decided_by, label or None) for one history row.

    `roll` gives a random number in [0, 1); it is called only for a verdict
    other than allow, so a builder's random sequence is what it was.
    """
    action = template["suggested_action"]
    if action == "allow":
        return "allowed", None, None, None
    draw = roll()
    state = "pending" if draw < 0.01 else "done" if draw < 0.75 else "dismissed"
    if state == "pending":
        return state, None, None, None
    chosen = "allow" if state == "dismissed" else None
    intent = json.loads(template["verdict"]).get("intent", "other")
    label = (message, template["content"], author_name, template["channel_name"], intent, chosen or action, action,
             "dismiss" if chosen else "approve", "moderator", at + 60)
    return state, chosen, "moderator", label
