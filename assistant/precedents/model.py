"""Typed records of the clause bank: what is imported, what an import did, what a search finds."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

NOTICE = {"en": "Precedents from your own bank, ranked by similarity; not legal advice.",
          "fr": "Précédents tirés de votre propre base, classés par proximité ; ceci n'est pas un conseil juridique."}


@dataclass
class ClauseRecord:
    id: str
    text: str
    title: str = ""
    source: str = ""
    side: str = ""


@dataclass
class ImportProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class ImportReport:
    bank: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    total: int = 0  # clauses in the bank after the import
    seconds: float = 0.0

    @property
    def skipped(self) -> int:
        return len(self.problems)

    def to_json(self) -> dict:
        return {"bank": self.bank, "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "skipped": self.skipped, "problems": [str(p) for p in self.problems], "files": self.files,
                "clauses": self.total, "seconds": round(self.seconds, 2)}


@dataclass
class BankInfo:
    name: str
    clauses: int
    updated: float

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Precedent:
    id: str
    score: float
    text: str
    title: str = ""
    source: str = ""
    side: str = ""
    facts: dict = field(default_factory=dict)
    model_rating: int | None = None  # the model re-ranker's 1-5 stars, when it ran

    def to_json(self) -> dict:
        out = {"id": self.id, "score": round(float(self.score), 4), "text": self.text, "title": self.title,
               "source": self.source, "side": self.side, "facts": self.facts}
        if self.model_rating is not None:
            out["model_rating"] = self.model_rating
        return out


@dataclass
class PrecedentResults:
    query: str
    bank: str
    hits: list[Precedent]
    understood: dict = field(default_factory=dict)
    lang: str = "en"
    reranked: bool = False

    @property
    def notice(self) -> str:
        return NOTICE.get(self.lang, NOTICE["en"])

    def to_json(self) -> dict:
        return {"query": self.query, "bank": self.bank, "understood": self.understood, "reranked": self.reranked,
                "results": [h.to_json() for h in self.hits], "notice": self.notice}
