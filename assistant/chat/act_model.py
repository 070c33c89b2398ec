"""The learned act reader: what a message does, read from its meaning (a multilingual sentence
vector) and from what is on the table, beside the regular reader of `chat.acts`.

The examples are the project's own labelled messages (the `split: dev` turns of
`evaluations/dialogues/*.yaml`, never the untuned split), written with their sentence vectors and
a softmax classifier's weights into `act_examples.npz` by `python -m evaluations.build_act_examples`;
the runtime only reads that file (numpy, nothing trained or encoded again but the message).

It is a gate, not a replacement: the regular reader keeps every act it reads with a specific cue
(a figure set, a clause named, an export, a review…); the learned reader decides only when the
regular reader fell back to a plain question, a question back or out of scope, and only when it is
confident (probability and margin over thresholds chosen by leave-one-file-out cross-validation).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

import re

import numpy as np

from assistant.chat.answer_plan import question_type
from assistant.text import fold

log = logging.getLogger("clausier.chat")

MODEL_FILE = Path(__file__).with_name("act_examples.npz")

# the acts of the context features (the previous turn's act), in a fixed order
CONTEXT_ACTS = ("question", "explain_term", "obligations", "draft_clause", "draft_contract", "follow_up", "rephrase",
                "change_position", "objections", "set_figure", "add_remove", "state_fact", "priorities", "export",
                "review", "precedents", "clarify", "out_of_scope")
# what the regular reader falls back to when it saw nothing specific (a plain question, out of scope, a follow-up
# on the last answer): where the learned reader may decide; a question back (clarify) stays, asking is safe
WEAK_ACTS = ("question", "out_of_scope", "follow_up")
# what the learned reader may say; review, export and precedents need their own cues (a pasted text, a file, a bank),
# and a whole contract is built only on the regular reader's cue ("hi, quick one about our contract" is no order)
LEARNED_ACTS = ("question", "explain_term", "obligations", "draft_clause", "follow_up", "rephrase",
                "change_position", "objections", "set_figure", "add_remove", "state_fact", "priorities", "clarify",
                "out_of_scope")
NEEDS_TABLE = ("change_position", "set_figure")
# question types whose answer plan the regular reader chose on purpose ("GTI et GTR, c'est quoi la diff ?" is answered
# as a comparison with its verdict, "je mets quoi dedans ?" as what to write, "c'est à nous de prouver ?" as who
# proves): the learned reader does not reroute them. "what_is" is left out: its words ("qu'est-ce que…") also open
# questions about the other side's wishes, which the learned reader reads better
PLANNED = ("compare", "what_to_write", "who_proves", "is_it_normal", "enforceable", "how_long", "what_happens_if")
LATERAL = ("question", "follow_up")
CONTEXT_WEIGHT = 0.5  # the context block's scale beside the unit sentence vector


def context_vector(has_clause: bool, has_contract: bool, previous: str) -> np.ndarray:
    """What is on the table: a clause, a contract, and the previous turn's act (one-hot, or none)."""
    v = np.zeros(3 + len(CONTEXT_ACTS), dtype=np.float32)
    v[0] = float(has_clause)
    v[1] = float(has_contract)
    if previous in CONTEXT_ACTS:
        v[3 + CONTEXT_ACTS.index(previous)] = 1.0
    else:
        v[2] = 1.0  # the first turn
    return v


def features(vectors: np.ndarray, contexts: np.ndarray) -> np.ndarray:
    """Sentence vector (unit) + scaled context + a bias column."""
    n = vectors.shape[0]
    return np.hstack([vectors.astype(np.float32), CONTEXT_WEIGHT * contexts.astype(np.float32),
                      np.ones((n, 1), dtype=np.float32)])


def fit_softmax(x: np.ndarray, y: np.ndarray, n_classes: int, *, l2: float = 1e-4, steps: int = 400,
                lr: float = 0.5, sample_weight: np.ndarray | None = None) -> np.ndarray:
    """Multinomial logistic regression by full-batch gradient descent with Adam (numpy only),
    classes weighted by their inverse (weighted) frequency so a rare act is not swamped by `draft_clause`;
    `sample_weight` scales examples (the act bank's messages beside the dialogue turns)."""
    n, d = x.shape
    w = np.zeros((d, n_classes), dtype=np.float64)
    onehot = np.zeros((n, n_classes))
    onehot[np.arange(n), y] = 1.0
    own = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    counts = np.maximum((onehot * own[:, None]).sum(0), 1e-6)
    sample_w = (own.sum() / (n_classes * counts))[y] * own
    sample_w = sample_w / sample_w.sum()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    xd = x.astype(np.float64)
    for t in range(1, steps + 1):
        p = _softmax(xd @ w)
        g = xd.T @ ((p - onehot) * sample_w[:, None]) + l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8) / np.sqrt(t)
    return w.astype(np.float32)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def examples_digest(rows: Sequence[tuple]) -> str:
    """A hash of the labelled examples (source, dialogue, turn, message, acts): the data file in step with the sets."""
    h = hashlib.sha256()
    for row in rows:
        h.update(json.dumps(list(row), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


@dataclass
class Reading:
    """The learned reader's answer: the act, its probability, the margin over the second act, and
    the nearest labelled messages (for explanation)."""
    act: str
    score: float
    margin: float
    second: str = ""
    neighbours: list[tuple[str, str, float]] = field(default_factory=list)  # (message, act, cosine)


class ActModel:
    """The classifier of `act_examples.npz`: softmax weights over [sentence vector, context], and the
    examples themselves for the nearest neighbours. `encode` turns texts into unit vectors (the
    multilingual USE model, passed in by the composition root)."""

    def __init__(self, data: dict, encode: Callable[[list[str]], np.ndarray], *, threshold: float | None = None,
                 min_margin: float | None = None) -> None:
        self.encode = encode
        self.classes: list[str] = [str(c) for c in data["classes"]]
        self.weights = np.asarray(data["weights"], dtype=np.float32)
        self.vectors = np.asarray(data["vectors"], dtype=np.float32)
        self.messages = [str(m) for m in data["messages"]]
        self.acts = [str(a) for a in data["acts"]]
        self.threshold = float(data["threshold"]) if threshold is None else threshold
        self.min_margin = float(data["min_margin"]) if min_margin is None else min_margin

    @classmethod
    def load(cls, encode: Callable[[list[str]], np.ndarray], path: Path = MODEL_FILE, **kw) -> "ActModel":
        with np.load(path, allow_pickle=False) as z:
            data = {k: z[k] for k in z.files}
        return cls(data, encode, **kw)

    def read(self, text: str, *, has_clause: bool, has_contract: bool, previous: str, neighbours: int = 0) -> Reading:
        vec = np.asarray(self.encode([text]), dtype=np.float32).reshape(1, -1)
        ctx = context_vector(has_clause, has_contract, previous)[None, :]
        p = _softmax(features(vec, ctx).astype(np.float64) @ self.weights.astype(np.float64))[0]
        order = np.argsort(-p)
        near: list[tuple[str, str, float]] = []
        if neighbours:
            sims = self.vectors @ vec[0]
            for i in np.argsort(-sims)[:neighbours]:
                near.append((self.messages[i], self.acts[i], float(sims[i])))
        return Reading(act=self.classes[order[0]], score=float(p[order[0]]), margin=float(p[order[0]] - p[order[1]]),
                       second=self.classes[order[1]], neighbours=near)


def gate_decision(regex_act: str, reading: Reading, *, has_table: bool, threshold: float, min_margin: float,
                  weak: Sequence[str] = WEAK_ACTS) -> str | None:
    """The learned act, when it may replace the regular reader's: that reader fell back to a weak act,
    the learned one says something else among its acts, and it is confident."""
    if regex_act not in weak or reading.act == regex_act or reading.act not in LEARNED_ACTS:
        return None
    if reading.score < threshold or reading.margin < min_margin:
        return None
    if reading.act in NEEDS_TABLE and not has_table:
        return None  # a change to a clause needs a clause or a contract to change
    if regex_act in LATERAL and reading.act in LATERAL:
        return None  # a question or a follow-up: the regular reader's choice carries the last answer's topic or not
    if regex_act == "out_of_scope" and reading.act in (*LATERAL, "explain_term"):
        return None  # the examples are nearly all in scope: they cannot tell a labour-law question from ours
    return reading.act


# a judgement asked of what is on the table ("is that short?", "is 45 days enough?", "c'est pas un peu court ?", "ça
# fait beaucoup ?"): a question, never a request to rewrite, reposition or change it
_JUDGED = re.compile(r"^\W*(?:(?:and|so|but|hmm|ok|et|mais|donc|du coup|bon|alors)\W+)*(?![^?]*\b(?:possible|can|could|peux|peut|pourr\w*|make|fais|faire|rewrite|redige\w*|reecri\w*|mets|put|change\w*|"
                     r"passe[rz]?|moyen)\b)(?:is|isn'?t|are|aren'?t|was|"
                     r"c'est|c'est pas|ce n'est pas|est-ce que c'est|est-ce|ca fait|ca reste|c'?est-y)\b"
                     r"[^?]{0,60}\?\s*$|"
                     # s19: the figure or thing said first, then judged: "3 mois c'est assez pour migrer ?", "99.9, is that
                     # enough?", "45 days would that be ok?"
                     r"^(?![^?]*\b(?:possible|can|could|peux|peut|pourr\w*|make|fais|faire|rewrite|redige\w*|reecri\w*|mets|"
                     r"put|change\w*|passe[rz]?|moyen|go with|on part|va pour)\b)[^?]{1,40}?\b(?:c'est|c'est pas|ce n'est pas|"
                     r"est-ce|is (?:it|that|this)|isn'?t (?:it|that|this)|would (?:it|that|this) be|that'?s|ca fait|ca reste|too|trop|"
                     r"enough|assez|suffi\w*|(?:pas |not )?(?:ok|okay|normal|reasonable|raisonnable|jouable|realiste|realistic))\b"
                     r"[^?]{0,60}\?\s*$")


# s21: how much of a figure to give, keep or go to, asked ("on leur laisse combien ?", "how much should we give them?", "jusqu'à
# combien on peut descendre ?", "what figure do we offer?"): a question about the figure, answered as one — the learned
# reader hears the other side in "leur"/"them" and would answer with their objections
# whose duty a case is, asked ("c'est à nous de leur répondre ?", "is it up to us to…?", "qui doit…?", "who has to…?")
_WHOSE_DUTY = re.compile(r"\b(?:c'est a (?:nous|moi|eux|lui|vous|qui)|est-ce a (?:nous|moi|eux|lui|vous)|(?:is|are) it (?:up )?to "
                         r"(?:us|me|them|him|her|you)|up to (?:us|me|them|you) to|qui doit|who (?:has|must|should|needs) to)\b"
                         r"[^?]*\?")
_HOW_MUCH = re.compile(r"\b(?:combien|how (?:much|many|far|long|high|low)|(?:quel|quelle|which|what) (?:chiffre|montant|"
                       r"plafond|pourcentage|taux|duree|delai|preavis|figure|number|amount|cap|percentage|rate|notice))\b")


def may_gate(text: str, understood, state, weak: Sequence[str] = WEAK_ACTS) -> bool:
    """Whether the learned reader may decide this turn at all (the same test for the chat and for the
    cross-validation in `evaluations/act_model_cv.py`, which also measures a wider `weak`)."""
    if understood.act not in weak or state.awaiting() or getattr(understood, "firm", False):
        return False  # a specific act, a reading chosen on purpose, or the answer to our own question back
    if state.clause is None and state.contract is None and not state.last.act:
        return False  # a first message with nothing on the table: the regular reader and its answer plans
    if _JUDGED.match(fold(text).strip()) and understood.act in ("question", "follow_up"):
        return False  # "is that short?": the figure or text judged, not changed
    if _HOW_MUCH.search(fold(text)) and understood.act in ("question", "follow_up"):
        return False  # "on leur laisse combien ?": a figure asked about, not the other side's objections
    if _WHOSE_DUTY.search(fold(text)) and understood.act in ("question", "follow_up"):
        return False  # "c'est à nous de leur répondre ?", "is it up to us to answer them?": whose duty, asked
    if understood.act == "question" and question_type(fold(text)) in PLANNED:
        return False  # a question with its own answer plan (compare two things, what to write): answered as one
    return True


# s37: the message's last sentence asks ("the routers: we supply them, they pay monthly. who pays if a guest drops one?",
# "on leur fournit les bornes, qui paie si un client la casse ?"): a question word heads it or a question mark ends it
_LAST_ASKS = re.compile(r"(?:^|[.!:;]\s+)(?:(?:et|and|so|donc|mais|but|alors|then|ok)\s+)*(?:qui|quoi|quel\w*|combien|comment|"
                        r"pourquoi|est-ce|who|what|which|how|why|whose|when|where)\b[^.!:;]*$|,\s+(?:(?:et|and|so|donc|mais|"
                        r"but|alors)\s+)*(?:qui|combien|comment|pourquoi|who|how|why)\b[^.!:;,]*$|"
                        r"\bc'?est (?:qui|quoi|combien)\b[^.!:;]*$|\?\s*$")


def ends_on_a_question(text: str) -> bool:
    """Whether the message ends on a question (its last sentence asks), whatever it told before."""
    return bool(_LAST_ASKS.search(fold(text).strip()))


class ActReader:
    """The learned reader as the chat engine uses it: loaded lazily once per process (the first
    message that needs it), and silent when the model package or the data file is missing — the
    regular reader then reads alone."""

    def __init__(self, encoder_factory: Callable[[], Callable[[list[str]], np.ndarray]], path: Path = MODEL_FILE) -> None:
        self._factory = encoder_factory
        self._path = path
        self._model: ActModel | None = None
        self._failed = False
        self._lock = threading.Lock()
        self.last: Reading | None = None  # the last reading (debug, tests)

    def model(self) -> ActModel | None:
        with self._lock:
            if self._model is None and not self._failed:
                try:
                    encode = self._factory()
                    model = ActModel.load(encode, self._path)
                    model.encode(["ok"])  # the sentence model loads now, or fails now
                    self._model = model
                except Exception as exc:  # noqa: BLE001 - a missing package or file: the regular reader alone
                    log.warning("learned act reader off (%s: %s)", type(exc).__name__, str(exc)[:200])
                    self._failed = True
            return self._model

    def gate(self, text: str, understood, state):
        """The regular reader's `Understood`, or a copy with the learned act where the gate lets it decide."""
        if not may_gate(text, understood, state):
            return understood
        model = self.model()
        if model is None:
            return understood
        has_clause, has_contract = state.clause is not None, state.contract is not None
        try:
            reading = model.read(text, has_clause=has_clause, has_contract=has_contract, previous=state.last.act or "")
        except Exception as exc:  # noqa: BLE001 - one failing read must not lose the turn
            log.warning("learned act reader failed (%s)", type(exc).__name__)
            return understood
        self.last = reading
        act = gate_decision(understood.act, reading, has_table=has_clause or has_contract, threshold=model.threshold,
                            min_margin=model.min_margin)
        if act == "state_fact" and understood.act == "question" and ends_on_a_question(text):
            return understood  # s37: facts told, then "who pays if…?": the question asked is answered, not the facts noted
        return replace(understood, act=act) if act else understood
