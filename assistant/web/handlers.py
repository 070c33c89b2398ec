"""What the web app does, without gradio: sessions, chat turns, glossary and the rendering
of sources. Handlers return plain data (Markdown, rows, file paths) and raise `UserError`
on bad input, so tests call them directly and `ui.py` only lays out and wires them.

Isolation: every browser session gets a `Session` (owner id + private temp directory);
conversations are looked up by owner, uploads and generated files live in that directory.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from assistant.core import Clausier, UserError
from assistant.knowledge.taxonomy import load_taxonomy
from assistant.web.messages import localize, say, warning_lang
from assistant.web.session import Session, _get, label_name  # noqa: F401 - re-exported for the web app

MAX_TITLE = 60
EXAMPLES = [
    "C'est quoi une GTR ?",
    "Combien de temps mon infogéreur a-t-il pour me signaler une fuite de données ?",
    "Mon MSP dit qu'il n'a qu'une obligation de moyens, ça veut dire quoi ?",
    "Quelles clauses sont indispensables dans un contrat d'infogérance ?",
    "What should a reversibility clause contain?",
    "Is a liability cap of one month of fees enforceable under French law?",
]
HEADER = ("# Clausier\nContrats d'infogérance, maintenance informatique et services managés (RGPD art. 28) — "
          "IT outsourcing and MSP contracts.  \n_Information générale, pas un conseil juridique / "
          "General information, not legal advice._")
MAX_LABELS = 3


@dataclass
class ChatUpdate:
    history: list[dict]
    sources: str
    conversation_id: str | None
    mode: str
    files: list[str] = field(default_factory=list)
    provisional: bool = False  # the last message is still streaming, unverified: shown as escaped text


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line.strip() else ">" for line in (text or "").strip().splitlines())


def sources_markdown(citations, lang: str = "fr") -> str:
    """The sources panel: for each [n], its title, labels and excerpt."""
    if not citations:
        return "_Aucune source citée._" if lang == "fr" else "_No source cited._"
    parts = []
    for c in citations:
        names = [label_name(lab, lang) for lab in _get(c, "labels", ()) or ()]
        labels = " · ".join(names[:MAX_LABELS]) + (" …" if len(names) > MAX_LABELS else "")
        kind = _get(c, "kind", "")
        head = f"**[{_get(c, 'ref', '?')}] {_get(c, 'title', '')}**"
        meta = f"_{kind}{' — ' + labels if labels else ''}_"  # no raw HTML: web/render.py shows it as text
        parts.append(f"{head}  \n{meta}\n\n{_quote(_get(c, 'excerpt', ''))}")
    return "\n\n".join(parts)


class Handlers:
    """The app's actions for one assistant; one instance serves every browser session."""

    def __init__(self, app: Clausier, *, root: Path | None = None) -> None:
        self.app = app
        self.root = Path(root) if root else Path(tempfile.mkdtemp(prefix="clausier-sessions-"))
        self.root.mkdir(parents=True, exist_ok=True)

    # -- sessions ------------------------------------------------------------------------
    def new_session(self, username: str | None = None) -> Session:
        """Logged-in users own their conversations by name; anonymous sessions get a random id."""
        token = uuid.uuid4().hex
        owner = username if username else f"anon-{token}"
        path = self.root / token
        path.mkdir(parents=True, exist_ok=False)
        return Session(owner=owner, dir=path, authenticated=bool(username))

    def ensure_session(self, session: Session | None, username: str | None = None) -> Session:
        if session is None or (username and session.owner != username):
            return self.new_session(username)
        return session

    @staticmethod
    def end_session(session: Session | None) -> None:
        """Delete a session's files when gradio forgets the session."""
        if isinstance(session, Session):
            shutil.rmtree(session.dir, ignore_errors=True)
            for upload in session.uploads:  # gradio's own copy of each upload goes too
                Path(upload).unlink(missing_ok=True)

    @property
    def max_upload_bytes(self) -> int:
        return int(self.app.settings.max_upload_mb) * 1024 * 1024

    def take_upload(self, session: Session, path: str | Path) -> Path:
        """Copy an uploaded file into the session's private directory, enforcing the size cap."""
        src = Path(path)
        if not src.is_file():  # no conversation here: both languages, French first
            raise UserError(f"{say('fr', 'upload_missing')} / {say('en', 'upload_missing')}")
        size = src.stat().st_size
        if size > self.max_upload_bytes:
            mb, limit = size / 1048576, self.app.settings.max_upload_mb
            raise UserError(f"{say('fr', 'upload_too_large', name=src.name, size=f'{mb:.1f}'.replace('.', ','), limit=limit)}"
                            f" / {say('en', 'upload_too_large', name=src.name, size=f'{mb:.1f}', limit=limit)}")
        name = "".join(ch if ch.isalnum() or ch in "._- " else "_" for ch in src.name).strip() or "document"
        dest = session.subdir("uploads") / name
        shutil.copyfile(src, dest)
        session.uploads.append(str(src))
        return dest

    # -- chat ----------------------------------------------------------------------------
    @property
    def mode_label(self) -> str:
        return self.app.mode_label

    def mode_markdown(self, answer=None) -> str:
        text = f"**Mode :** `{self.mode_label}`"
        if answer is not None:
            text += f" — dernière réponse / last answer : `{answer.mode}`"
            if answer.notice:
                text += f"  \n{answer.notice}"
        return text

    def chat(self, message: str, history: list[dict] | None, *, session: Session, conversation_id: str | None,
             side: str | None = None, lang: str | None = None) -> Iterator[ChatUpdate]:
        """Stream one turn: the user's message, the fragments, then the verified answer and its sources."""
        from assistant.validation import user_text

        side = side if side in ("msp", "client") else None
        lang = lang if lang in ("fr", "en") else None
        conv = self.app.conversation(conversation_id, owner=session.owner) if conversation_id else None
        # a refusal speaks the conversation's language: the user's pick, the conversation's, the message's
        warn_lang = warning_lang(lang, (conv.state or {}).get("lang") if conv else None,
                                 message if isinstance(message, str) else None)
        try:
            text = user_text(message, "question")  # the same check as every face (surrogates replaced)
        except UserError as exc:
            raise localize(exc, warn_lang) from exc
        # the history shown is rebuilt from the database (this owner's conversation), never taken
        # from the browser, which could forge or inflate it
        stored = [{"role": m.role, "content": m.content} for m in conv.messages] if conv else []
        history = stored + [{"role": "user", "content": text}, {"role": "assistant", "content": "…"}]
        yield ChatUpdate(list(history), "", conversation_id, self.mode_markdown(), provisional=True)
        streamed, result = "", None
        try:
            for item in self.app.stream(text, conversation_id=conversation_id, role=side, lang=lang,
                                        owner=session.owner):
                if isinstance(item, str):
                    streamed += item
                    history[-1] = {"role": "assistant", "content": streamed}
                    yield ChatUpdate(list(history), "", conversation_id, self.mode_markdown(),
                                     provisional=True)  # a snapshot
                else:
                    result = item
        except (UserError, ValueError) as exc:
            raise localize(exc, warn_lang) from exc
        answer = result.answer
        history[-1] = {"role": "assistant", "content": answer.answer}
        files = self._turn_files(session, result.extra or {})
        yield ChatUpdate(history, sources_markdown(answer.citations, answer.language), result.conversation_id,
                         self.mode_markdown(answer), files)

    def _turn_files(self, session: Session, extra: dict) -> list[str]:
        """A contract assembled or revised in conversation comes back as files in the session."""
        from assistant.web.documents import chat_draft_files

        return chat_draft_files(self, session, extra)

    def conversations(self, session: Session) -> list[tuple[str, str]]:
        """(label, id) of this owner's conversations, newest first."""
        rows = []
        for cid, updated, first in self.app.conversations(owner=session.owner):
            title = " ".join(first.split())
            title = title if len(title) <= MAX_TITLE else title[:MAX_TITLE - 1] + "…"
            rows.append((f"{time.strftime('%d/%m %H:%M', time.localtime(updated))} — {title or '…'}", cid))
        return rows

    def resume(self, session: Session, conversation_id: str) -> ChatUpdate:
        """Reopen one of this owner's conversations (another owner's id is refused)."""
        conv = self.app.conversation(conversation_id, owner=session.owner)
        if conv is None:
            raise UserError(f"{say('fr', 'unknown_conversation')} / {say('en', 'unknown_conversation')}")
        history = [{"role": m.role, "content": m.content} for m in conv.messages]
        last = next((m for m in reversed(conv.messages) if m.role == "assistant"), None)
        lang = conv.state.get("lang") or "fr"
        sources = sources_markdown(last.meta.get("citations", []), lang) if last else ""
        files = self._turn_files(session, {"draft_state": self.app.draft_state(conv.id, owner=session.owner)})
        return ChatUpdate(history, sources, conv.id, self.mode_markdown(), files)

    # -- glossary ------------------------------------------------------------------------
    @staticmethod
    def glossary_choices(lang: str = "fr") -> list[tuple[str, str]]:
        terms = load_taxonomy().terms
        return sorted(((t.name(lang), t.id) for t in terms), key=lambda x: x[0].casefold())

    def explain(self, term: str, *, lang: str = "fr") -> tuple[str, str]:
        """(explanation Markdown, sources Markdown) for a taxonomy id or free text."""
        if not term or not str(term).strip():
            raise UserError("choisissez un terme / pick a term")
        lang = lang if lang in ("fr", "en") else "fr"
        out = self.app.explain(str(term), lang=lang)
        title = ""
        if out.term:
            name = load_taxonomy().term(out.term).name(lang)
            title = f"## {name[:1].upper()}{name[1:]}\n\n"
        return title + out.explanation, sources_markdown(out.citations, lang)
