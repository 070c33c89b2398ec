"""Precedent search from the chat: "find in my bank a provider-friendly cap" runs the same precedent
engine as `clausier precedents`, on the user's own bank, citing each clause by the user's id."""

from __future__ import annotations

import json


def test_chat_finds_a_clause_in_the_users_own_bank(app, tmp_path):
    bank = tmp_path / "bank.jsonl"
    bank.write_text("\n".join(json.dumps(r) for r in [
        {"id": "cap-seller", "text": "Limitation of Liability. In no event shall Provider's aggregate liability exceed "
                                     "the fees paid by Customer in the twelve (12) months preceding the claim."},
        {"id": "ins-1", "text": "Insurance. Provider shall maintain general liability insurance of at least "
                                "$1,000,000 per occurrence."},
    ]) + "\n", encoding="utf-8")
    app.library_add([bank], bank="chat-test", owner="prec-user")
    r = app.chat.turn("trouve-moi dans ma base une clause de plafond favorable au prestataire", owner="prec-user",
                      side="msp")
    assert r.act == "precedents"
    assert "[cap-seller]" in r.answer.answer
    assert r.answer.answer.index("[cap-seller]") < r.answer.answer.index("[ins-1]") \
        if "[ins-1]" in r.answer.answer else True
    # another owner has no bank: told so, nothing of the first owner's bank shown
    other = app.chat.turn("find in my clause bank a seller-favourable liability cap", owner="someone-else")
    assert other.act == "precedents" and "cap-seller" not in other.answer.answer
