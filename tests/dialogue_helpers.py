"""Shared by the dialogue class tests (s23, s24, slots s24): a short conversation run through the offline chat engine."""

from __future__ import annotations

from types import SimpleNamespace


def run_turns(tmp_path, entries, turns, side, lang):
    """The last turn's result, its public view and the conversation's state after it."""
    from assistant.chat.composer import OfflineComposer
    from assistant.chat.conversation import ChatEngine
    from assistant.chat.state import ConversationState
    from assistant.chat.store import ConversationStore

    store = ConversationStore(tmp_path / "chat.db")
    engine = ChatEngine(retriever=None, composer=OfflineComposer(entries=entries, embeddings=None), store=store,
                        drafter=SimpleNamespace(entries=entries, export_dir=tmp_path / "exports"))
    cid, out = None, None
    for text in turns:
        out = engine.turn(text, conversation_id=cid, side=side, lang=lang)
        cid = out.conversation_id
    state = ConversationState.load(store.load(cid).state, side=side, lang=lang)
    return out, engine.public(out), state
