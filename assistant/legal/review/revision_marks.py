"""Revision marks written into a text: the version in force is read, not the marks.

A contract often travels as a redline: a DOCX with Word tracked changes (`documents._docx`
accepts them through `docx_tracked.resolve`), or a text or Markdown export that writes the
changes inline. Reviewing a redline means reviewing the text it proposes, so deleted passages
are dropped, inserted ones kept without their markers, and comment bubbles (no contractual
value) removed. Conventions read, each only in its well-formed (opened and closed) form:

- brackets with a sign: `[-deleted-]`, `[+inserted+]`, optionally labelled (`[-SUPPR : …-]`,
  `[+AJOUT : …+]`, `[-Deleted: …-]`);
- labelled brackets: `[SUPPRIMÉ : …]`, `[Texte supprimé : …]`, `[DELETED: …]`,
  `[AJOUTÉ : …]`, `[INSERTED: …]` (and their variants);
- CriticMarkup: `{--…--}`, `{++…++}`, `{~~old~>new~~}`, `{>>comment<<}`, `{==…==}`;
- HTML and Markdown: `<del>…</del>`, `<s>…</s>`, `<strike>…</strike>`, `<ins>…</ins>`, `~~…~~`;
- comments: `[Commentaire …]`, `[Comment …]` (a bracket that opens with that word).

A text with none of these comes back unchanged (same object).
"""

from __future__ import annotations

import re

__all__ = ["accept_marks", "has_marks"]

_DEL_LABEL = r"(?:suppr(?:ession|ime|imé|imée|imee)?|texte\s+supprim[ée]e?|deleted?|deletion|removed|struck)"
_INS_LABEL = r"(?:ajout(?:é|e|ée|ee)?|texte\s+ajout[ée]e?|insert(?:ed|ion)?|added|addition)"
_LABEL_SEP = r"\s*[:：-]?\s*"

# a deleted or inserted span never crosses a blank line (a paragraph break) unless it is closed inside it
_SIGN_DEL = re.compile(r"\[-(?:\s*" + _DEL_LABEL + _LABEL_SEP + r")?(.*?)-\]", re.S | re.I)
_SIGN_INS = re.compile(r"\[\+(?:\s*" + _INS_LABEL + _LABEL_SEP + r")?(.*?)\+\]", re.S | re.I)
_LAB_DEL = re.compile(r"\[\s*" + _DEL_LABEL + r"\s*[:：]\s*([^\[\]]*?)\]", re.S | re.I)
_LAB_INS = re.compile(r"\[\s*" + _INS_LABEL + r"\s*[:：]\s*([^\[\]]*?)\]", re.S | re.I)
_CM_DEL = re.compile(r"\{--(.*?)--\}", re.S)
_CM_INS = re.compile(r"\{\+\+(.*?)\+\+\}", re.S)
_CM_SUB = re.compile(r"\{~~(.*?)~>(.*?)~~\}", re.S)
_CM_COMMENT = re.compile(r"\{>>(.*?)<<\}", re.S)
_CM_MARK = re.compile(r"\{==(.*?)==\}", re.S)
_HTML_DEL = re.compile(r"<(del|s|strike)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
_HTML_INS = re.compile(r"<ins\b[^>]*>(.*?)</ins\s*>", re.S | re.I)
_MD_STRIKE = re.compile(r"(?<!~)~~(?!~)(\S(?:.*?\S)?)~~(?!~)", re.S)
# a comment bubble: "[Commentaire MG (Client) : …]", "[Comment JD: …]" — balanced brackets inside allowed once
_COMMENT = re.compile(r"\[\s*(?:commentaire|comment(?:aire)?s?)\b(?:[^\[\]]|\[[^\[\]]*\])*\]", re.I)

_ANY = (_SIGN_DEL, _SIGN_INS, _LAB_DEL, _LAB_INS, _CM_DEL, _CM_INS, _CM_SUB, _CM_COMMENT, _HTML_DEL, _HTML_INS,
        _MD_STRIKE, _COMMENT)


def has_marks(text: str) -> bool:
    return any(p.search(text) for p in _ANY)


def _tidy(text: str) -> str:
    """Spaces left behind by a removed span: no double spaces, no space before punctuation, no empty line
    made of a lone marker."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"[ \t]+([,.)])", r"\1", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text


def accept_marks(text: str) -> str:
    """The text in force: deletions dropped, insertions kept, comments removed."""
    if not has_marks(text):
        return text
    out = _COMMENT.sub("", text)
    out = _CM_COMMENT.sub("", out)
    out = _CM_SUB.sub(lambda m: m.group(2), out)
    for pattern in (_SIGN_DEL, _LAB_DEL, _CM_DEL):
        out = pattern.sub("", out)
    out = _HTML_DEL.sub("", out)
    out = _MD_STRIKE.sub("", out)
    for pattern in (_SIGN_INS, _LAB_INS, _CM_INS, _CM_MARK, _HTML_INS):
        out = pattern.sub(lambda m: m.group(1), out)
    return _tidy(out)
