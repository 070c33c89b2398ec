"""Chat latency while hostile reviews run (issue 18, hole 3).

Three hostile files are reviewed at the same time, each through the web app's review handler
(the code a gradio worker thread runs), while one user keeps chatting through the chat
handler. Goal: chat p95 ≤ 1 s. The same chat questions are first timed alone.

Hostile files (the red-team's, rebuilt): a 19 MB TXT with one form feed (used to pass as two
pages), a DOCX whose metadata says one page but whose XML is 30 MB, and a one-page PDF carrying
12 KB of text in single-character runs (the shape whose extraction grew with the square).

    python -m evaluations.bench_isolation            # writes evaluations/results/isolation.md
"""

from __future__ import annotations

import io
import statistics
import tempfile
import threading
import time
import zipfile
from pathlib import Path

GOAL_P95 = 1.0  # seconds
REVIEWS = 3
SENTENCE = "Le prestataire assure la maintenance corrective et évolutive du parc informatique du client. "
OUT = Path(__file__).parent / "results" / "isolation.md"


def hostile_files(folder: Path) -> list[Path]:
    txt = folder / "formfeed.txt"
    txt.write_text("Article 1 - Objet\n" + SENTENCE * 200_000 + "\f" + "fin", encoding="utf-8")
    docx = folder / "onepage.docx"
    docx.write_bytes(_docx_one_page(30 * 1024 * 1024))
    pdf = folder / "runs.pdf"
    pdf.write_bytes(_pdf_single_char_runs(12_000))
    return [txt, docx, pdf]


def _docx_one_page(xml_bytes: int) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Article 1 - Objet")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    para = f"<w:p><w:r><w:t>{SENTENCE * 20}</w:t></w:r></w:p>".encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", para * (xml_bytes // len(para)) + b"</w:body>")
            if item.filename == "docProps/app.xml" and b"<Pages>" in data:
                data = data.replace(b"<Pages>", b"<Pages>1</Pages><X>")
            z.writestr(item, data)
    return out.getvalue()


def _pdf_single_char_runs(chars: int) -> bytes:
    """One page, each character its own positioned text run."""
    ops = ["BT /F1 9 Tf"]
    text = (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]
    for i, ch in enumerate(text.encode("latin-1", "replace").decode("latin-1")):
        x, y = 40 + (i % 90) * 6, 800 - (i // 90) * 10 % 760
        esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"1 0 0 1 {x} {y} Tm ({esc}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def main() -> None:
    from assistant.factory import build_app
    from assistant.settings import Settings
    from assistant.web import documents as docs
    from assistant.web.handlers import Handlers
    from evaluations.bench_latency import questions

    tmp = Path(tempfile.mkdtemp(prefix="bench-isolation-"))
    app = build_app(Settings(), chat_model=False)
    app.ensure_index()
    h = Handlers(app, root=tmp / "sessions")
    every = questions()
    alone_qs, load_qs = every[:40], every[40:] or every  # different questions: no cached answer helps
    cursor = [0]

    def ask(q: str) -> float:
        s = h.new_session()
        t = time.perf_counter()
        list(h.chat(q, None, session=s, conversation_id=None))
        return time.perf_counter() - t

    def chat_times(n: int) -> list[float]:
        out = []
        for _ in range(n):
            out.append(ask(load_qs[cursor[0] % len(load_qs)]))
            cursor[0] += 1
        return out

    for q in every[-5:]:
        ask(q)  # warm
    alone = [ask(q) for q in alone_qs]
    files = hostile_files(tmp)
    outcomes: dict[str, str] = {}
    durations: dict[str, float] = {}

    def review(path: Path) -> None:
        t = time.perf_counter()
        try:
            docs.review(h, h.new_session(), str(path), role="client")
            outcomes[path.name] = "reviewed"
        except Exception as exc:  # noqa: BLE001 - the outcome is what we report
            outcomes[path.name] = f"refused: {str(exc)[:110]}"
        durations[path.name] = time.perf_counter() - t

    under: list[float] = []
    rounds = 0
    start = time.perf_counter()
    while rounds < 2:  # the hostile trio twice, chat measured all along
        threads = [threading.Thread(target=review, args=(f,)) for f in files[:REVIEWS]]
        for th in threads:
            th.start()
        while any(th.is_alive() for th in threads):
            under += chat_times(1)
        for th in threads:
            th.join()
        rounds += 1
    wall = time.perf_counter() - start
    rows = [("chat alone", len(alone), statistics.median(alone), p95(alone), max(alone)),
            (f"chat under {REVIEWS} hostile reviews", len(under), statistics.median(under), p95(under), max(under))]
    lines = ["# Chat latency under hostile reviews (issue 18)", "",
             "`python -m evaluations.bench_isolation`, offline mode, in-process handlers (the code gradio's worker "
             "threads run), 2 shared cores.", "",
             "| run | chats | p50 s | p95 s | max s |", "|---|---|---|---|---|"]
    lines += [f"| {r[0]} | {r[1]} | {r[2]:.3f} | {r[3]:.3f} | {r[4]:.3f} |" for r in rows]
    lines += ["", f"Goal: p95 under load ≤ {GOAL_P95} s → {'met' if p95(under) <= GOAL_P95 else 'NOT met'}.", "",
              "| hostile file | size | outcome | seconds |", "|---|---|---|---|"]
    lines += [f"| {f.name} | {f.stat().st_size / 1048576:.1f} MB | {outcomes.get(f.name, '?')} | "
              f"{durations.get(f.name, 0):.1f} |" for f in files]
    lines += ["", f"Two rounds of {REVIEWS} concurrent reviews, {wall:.0f} s wall time; chat questions: "
              f"{len(alone_qs)} retrieval dev questions alone, the {len(load_qs)} others in turn under load."]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
