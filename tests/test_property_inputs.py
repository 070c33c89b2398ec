"""Bad input everywhere (issue 8, item 1), property-based: random and hostile CLI arguments,
scope profiles and files. The CLI exits 0 or 2 (2 always with one `error: …` line, never a
traceback), `parse_scope` gives a ScopeProfile or a ScopeError, `load_document` a document or a
DocumentError — nothing else, whatever the input."""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import os
import re
import subprocess
import sys
import zipfile
from functools import lru_cache

import pytest
import yaml
from hypothesis import HealthCheck, assume, event, example, given, settings, strategies as st

from assistant.legal.review.documents import DocumentError, ParsedDocument, load_document
from assistant.legal.scope import ScopeError, parse_scope
from assistant.types import ASSETS, SERVICES, ScopeProfile
from tests.conftest import ROOT, VENV_BIN

EXAMPLES = int(os.environ.get("CLAUSIER_FUZZ_EXAMPLES", "25"))  # raise it for a longer bug hunt
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
TOPICS = ["sla", "liability", "reversibility", "data_protection", "penalties", "parties"]

PARAGRAPHS = [
    "Article 1 – Objet : le prestataire assure l'infogérance du parc informatique du client.",
    "Article 2 – Niveaux de service : prise en charge en 4 heures ouvrées, rétablissement en 8 heures.",
    "Article 3 – Réversibilité : restitution des données dans un format ouvert sous trente jours.",
    "Article 4 – Responsabilité : plafond égal aux sommes versées sur les douze derniers mois.",
]

# -- strategies -------------------------------------------------------------------------------
NASTY = [
    "", " ", "\t", "-", "--", "-h", "--json", "--k", "--scope", "\x00", "\n", "\r\n", "\x1b[2J\x1b[31mrouge",
    "\u202e\u200b\ufeff", "\udcff\udc80", "\ud800", "é" * 5000, "a" * 100_000, "ligne 1\nligne 2\n\x07",
    "'; DROP TABLE messages; --", "{{ config }} {% raw %}", "../../../../etc/passwd", "/dev/zero", "/dev/stdin",
    "/proc/self/environ", "%s%n%x", "NaN", "null", "{}", "[]", "c'est quoi une GTR ?", "GTR", "🙂" * 50,
]
_chars = st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr))  # lone surrogates too
any_text = st.one_of(st.sampled_from(NASTY), st.text(_chars, max_size=40), st.text(_chars, min_size=4000,
                                                                                     max_size=4200))
words = st.lists(any_text, min_size=0, max_size=3)

leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-2**300, 2**300),
                 st.floats(allow_nan=True, allow_infinity=True), st.text(_chars, max_size=20))
json_like = st.recursive(leaf, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                      st.dictionaries(st.text(max_size=8), kids, max_size=4)),
                         max_leaves=16)
FIELD_VALUES = {
    "assets": st.lists(st.sampled_from([*ASSETS, "toaster"]), max_size=9),
    "services": st.lists(st.sampled_from([*SERVICES, "coffee"]), max_size=10),
    "control": st.sampled_from(["exclusive", "shared", "EXCLUSIVE", ""]),
    "on_site": st.one_of(st.booleans(), st.sampled_from(["yes", "oui", 1, 2])),
    "hours": st.sampled_from(["business", "extended", "24x7", "24/7"]),
    "criticality": st.sampled_from(["low", "medium", "high", "extreme"]),
    "users": st.one_of(st.integers(-5, 2_000_000), st.sampled_from([0, 1, 1_000_000, 10**30])),
    "sites": st.integers(-1, 20_000),
    "personal_data": st.booleans(),
    "client_name": st.one_of(st.none(), st.text(_chars, max_size=250)),
    "provider_name": st.one_of(st.none(), st.text(max_size=30)),
    "monthly_fee_eur": st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True),
                                 st.floats(min_value=0.01, max_value=20_000_000)),
}
scope_dict = st.one_of(
    st.fixed_dictionaries({}, optional={k: st.one_of(v, json_like) for k, v in FIELD_VALUES.items()}),
    st.fixed_dictionaries({}, optional=FIELD_VALUES),  # mostly valid: reaches the engines behind
    st.dictionaries(st.text(_chars, max_size=12), json_like, max_size=5),
)


def _scope_text(d) -> str:
    return json.dumps(d, ensure_ascii=False)  # NaN/Infinity tokens included: json.loads reads them


scope_arg = st.one_of(scope_dict.map(_scope_text), any_text,
                      scope_dict.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
                      st.sampled_from(['{"users": 40, "hours": "24x7"}', "users: 40\nhours: business",
                                       "[" * 3000 + "]" * 3000, '{"a":' * 3000 + "1" + "}" * 3000,
                                       '{"users": ' + "9" * 5000 + "}", "{d: 2024-13-45}", "users: 40"]))


# -- running the CLI in-process ---------------------------------------------------------------------
ERROR_LINE = re.compile(r"^(?:clausier(?: [\w-]+)?: )?error: .*\S")


@pytest.fixture(scope="module")
def cli(app, data_dir):
    """`assistant.cli.main.main` as the console script runs it, on the session's data dir (index built).
    The real `_app()` (build_app from Settings read from the environment) is built once, not once per
    example: a fresh assistant rebuilds its BM25 index (~4 s), which is start-up, not input handling."""
    import assistant.cli.main as cli_module

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAUSIER_DATA_DIR", str(data_dir))
        mp.setattr(cli_module, "_app", lru_cache(maxsize=4)(cli_module._app))
        yield cli_module


def run_main(cli_module, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_module.main(argv)
        except SystemExit as exc:  # argparse: usage errors and --help
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return code, out.getvalue(), err.getvalue()


def check_outcome(argv, code: int, out: str, err: str) -> None:
    where = f"argv={[a[:60] for a in argv]!r}"
    assert code in (0, 2), f"{where}: exit {code}\n{err[-2000:]}"
    assert "Traceback" not in err and "Traceback" not in out, where
    errors = [line for line in err.splitlines() if ERROR_LINE.match(line)]
    if code == 2:
        assert len(errors) == 1, f"{where}: expected one error line, got {err[-1000:]!r}"
        assert len(errors[0]) <= 600, where  # (a hint may follow it, such as the list of valid topics)
    else:
        assert not errors, f"{where}: exit 0 with {errors}"
        options = argv[:argv.index("--")] if "--" in argv else argv  # after "--", "--json" is a word
        if "--json" in options and out and not out.startswith("usage:"):
            for line in out.splitlines():
                assert isinstance(json.loads(line), dict), where


@FUZZ
@given(query=words, as_json=st.booleans())
@example(query=["\udcff gtr"], as_json=True)
@example(query=["x" * 200_000], as_json=False)
@example(query=["\x00\x1b[31m"], as_json=True)
def test_cli_search_any_query(cli, query, as_json):
    argv = ["search", *query] + (["--json"] if as_json else [])
    check_outcome(argv, *run_main(cli, argv))


@FUZZ
@given(question=words, as_json=st.booleans())
@example(question=["\udcff"], as_json=True)
@example(question=["é" * 5000], as_json=False)
def test_cli_ask_any_question(cli, question, as_json):
    argv = ["ask", *question] + (["--json"] if as_json else [])
    check_outcome(argv, *run_main(cli, argv))


@FUZZ
@given(term=words, as_json=st.booleans())
def test_cli_explain_any_term(cli, term, as_json):
    argv = ["explain", *term] + (["--json"] if as_json else [])
    check_outcome(argv, *run_main(cli, argv))


@FUZZ
@given(scope=scope_arg, as_json=st.booleans())
@example(scope="a" * 5000, as_json=False)  # was OSError "File name too long": exit 1
@example(scope="[" * 3000 + "]" * 3000, as_json=False)  # was RecursionError: exit 1
@example(scope="/dev/zero", as_json=False)  # was an endless read
def test_cli_obligations_any_scope(cli, scope, as_json):
    argv = ["obligations", "--scope", scope] + (["--json"] if as_json else [])
    code, out, err = run_main(cli, argv)
    check_outcome(argv, code, out, err)
    if code == 0 and as_json:
        assert json.loads(out)["overall"] in ("means", "reinforced_means", "result", "mixed")


@FUZZ
@given(topic=st.one_of(st.sampled_from(TOPICS), any_text), scope=scope_arg,
       position=st.sampled_from(["msp", "balanced", "client"]), lang=st.sampled_from(["fr", "en"]))
def test_cli_draft_any_topic_and_scope(cli, topic, scope, position, lang):
    argv = ["draft", topic, "--scope", scope, "--position", position, "--lang", lang, "--json"]
    code, out, err = run_main(cli, argv)
    check_outcome(argv, code, out, err)
    if code == 0 and not out.startswith("usage:"):
        assert json.loads(out)["text"].strip()


@pytest.fixture(scope="module")
def files_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("review-inputs")


_counter = itertools.count()


@FUZZ
@given(kind=st.sampled_from(["missing", "file"]), name=any_text,
       ext=st.sampled_from([".pdf", ".docx", ".txt", ".md", ".xlsx", ""]),
       content=st.one_of(st.binary(max_size=3000), st.text(_chars, max_size=3000).map(
           lambda t: t.encode("utf-8", "replace"))),
       as_json=st.booleans())
def test_cli_review_any_file(cli, files_dir, kind, name, ext, content, as_json):
    if kind == "missing":
        argv = ["review", name + ext]
    else:  # a real file, named with whatever the OS accepts, holding random bytes or random text
        safe = re.sub(r"[/\x00]", "_", name.encode("utf-8", "replace").decode("utf-8"))[:80]
        path = files_dir / f"{next(_counter)}-{safe}{ext}"
        path.write_bytes(content)
        argv = ["review", str(path)]
    argv += ["--json"] if as_json else []
    code, out, err = run_main(cli, argv)
    check_outcome(argv, code, out, err)
    event(f"review exit {code}")  # --hypothesis-show-statistics: how many files were really reviewed


contract_like = st.lists(st.one_of(st.sampled_from(PARAGRAPHS), st.text(_chars, max_size=200),
                                   st.sampled_from(NASTY[:30])), min_size=1, max_size=12).map("\n".join)


@FUZZ
@given(text=contract_like, ext=st.sampled_from([".txt", ".md"]), role=st.sampled_from(["client", "msp"]))
def test_cli_review_contract_like_text_with_junk(cli, files_dir, text, ext, role):
    """Text files that parse reach the whole review (segmentation, topics, Art. 28, risk rules)."""
    path = files_dir / f"{next(_counter)}-contrat{ext}"
    path.write_bytes(text.encode("utf-8", "replace"))
    argv = ["review", str(path), "--role", role, "--json"]
    code, out, err = run_main(cli, argv)
    check_outcome(argv, code, out, err)
    if code == 0:
        report = json.loads(out)
        assert set(report) >= {"document", "clauses", "missing_essential", "gdpr_art28", "flags"}
    else:  # only a file the parser refuses: empty, or more control characters than text
        assert re.search(r"empty|not a text file", err), err
    event(f"review exit {code}")


# -- the real console script, a few cases (arguments that are not even valid UTF-8) -----------
def _script(*args, data_dir, timeout=120):
    exe = VENV_BIN / "clausier"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "assistant"]
    env = {**os.environ, "CLAUSIER_DATA_DIR": str(data_dir)}
    return subprocess.run([*cmd, *args], capture_output=True, env=env, timeout=timeout, cwd=ROOT)


def test_console_script_with_undecodable_and_control_arguments(app, data_dir, tmp_path):
    contract = tmp_path / "contrat-\xe9t\xe9.txt".encode("latin-1").decode("utf-8", "surrogateescape")
    contract.write_text("Article 1 – Objet\nLe prestataire assure la maintenance des postes.\n"
                        "Article 2 – Durée\nUn an, renouvelable.\n", encoding="utf-8")
    cases = [
        (["review", os.fsencode(contract), "--json"], 0),  # a file name in latin-1 bytes: still reviewed
        (["review", os.fsencode(contract)], 0),  # … and printed in text mode
        (["obligations", "--scope", b"\xff\xfe{\x1b[31m"], 2),
        (["draft", b"sla\nliability\x07", "--scope", "{}"], 2),
        (["obligations", "--scope", "a" * 5000], 2),
        (["review", b"/nowhere/\xff\x1b]0;pwned\x07.pdf"], 2),
    ]
    for args, expected in cases:
        res = _script(*args, data_dir=data_dir)
        out, err = res.stdout.decode("utf-8"), res.stderr.decode("utf-8")  # output is valid UTF-8
        argv = [a if isinstance(a, str) else a.decode("utf-8", "replace") for a in args]
        assert res.returncode == expected, f"{argv}: {err}"
        check_outcome(argv, res.returncode, out, err)
        assert "\x1b" not in err and "\x07" not in err  # no terminal escape reaches the terminal
    doc = json.loads(_script("review", os.fsencode(contract), "--json", data_dir=data_dir).stdout)
    assert doc["document"].startswith("contrat-") and doc["clauses"]


# -- (b) scope profiles ----------------------------------------------------------------------------
def scope_outcome(value) -> ScopeProfile | ScopeError:
    try:
        got = parse_scope(value)
    except ScopeError as exc:
        message = str(exc)
        assert message and len(message) < 2000 and "\n" not in message, message[:300]
        return exc
    assert isinstance(got, ScopeProfile)
    assert ScopeProfile.model_validate(got.model_dump()) == got  # a valid profile, not a half-built one
    return got


@settings(max_examples=6 * EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(scope_dict, json_like))
def test_any_scope_object_json_or_yaml_gives_a_profile_or_a_scope_error(data):
    scope_outcome(data)
    scope_outcome(json.dumps(data, ensure_ascii=False))
    try:
        text = yaml.safe_dump(data, allow_unicode=True)
    except yaml.YAMLError:
        return
    scope_outcome(text)


@settings(max_examples=6 * EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(_chars, max_size=300), st.binary(max_size=300).map(lambda b: b.decode("latin-1"))))
def test_any_scope_text_gives_a_profile_or_a_scope_error(text):
    scope_outcome(text)
    scope_outcome("{" + text)


@pytest.mark.parametrize("value", [
    "[" * 1000 + "]" * 1000, '{"a": ' * 1000 + "1" + "}" * 1000,  # JSON nested 1000 levels
    "a:\n" + "".join(" " * i + "b:\n" for i in range(1, 400)) + " " * 400 + "1",  # YAML block nesting
    "{a: " * 1000 + "1" + "}" * 1000, "- " * 1000 + "x",  # YAML flow and sequence nesting
    '{"users": ' + "9" * 5000 + "}", "{users: " + "9" * 5000 + "}",  # integers beyond int parsing limits
    '{"users": 1e999}', '{"users": NaN}', '{"monthly_fee_eur": NaN}', '{"monthly_fee_eur": Infinity}',
    "{d: 2024-13-45}", "when: 2024-02-30",  # impossible dates YAML turns into datetime
    "x" * 1_000_000, '{"client_name": "' + "x" * 1_000_000 + '"}',  # 1 MB strings
    "a" * 5000, "x/" * 3000, "\x00", "/dev/zero", "/proc/self/status", "/", "/etc/passwd",
    "&a [*a]", "a: &a [1]\nb: *a\nc: [*a, *a]", "!!python/object/apply:os.system ['echo pwned']",
    "? [a, b]\n: c", "{users: [1, 2]}", '{"users": true}', '{"users": "40"}', "[]", "42", '"x"', "null",
])
def test_hostile_scope_texts(value):
    outcome = scope_outcome(value)
    if value == '{"users": "40"}':
        assert isinstance(outcome, ScopeProfile) and outcome.users == 40
    if "NaN" in value or "Infinity" in value or "1e999" in value:
        assert isinstance(outcome, ScopeError) and "finite" in str(outcome)
    if value.startswith("x" * 100) or value.startswith('{"client_name"'):
        assert isinstance(outcome, ScopeError)
    if value == "/dev/zero":
        assert isinstance(outcome, ScopeError) and "not found" in str(outcome)


def _deep(n: int, leaf):
    for _ in range(n):
        leaf = {"a": leaf}
    return leaf


@pytest.mark.parametrize("value", [
    _deep(1000, 1), {"assets": _deep(1000, ["servers"])}, {"users": 10**5000}, {"users": float("nan")},
    {"monthly_fee_eur": float("inf")}, {"client_name": "x" * 1_000_000}, {"x" * 1_000_000: 1},
    {1: 2}, {None: 1}, {"assets": "servers"}, {"services": list(SERVICES) * 10_000}, [1, 2], 42, b"{}",
    {"users": 40, "personal_data": "oui"}, {"hours": "24x7", "control": "exclusive"},
])
def test_hostile_scope_objects(value):
    outcome = scope_outcome(value)
    if value == {"hours": "24x7", "control": "exclusive"}:
        assert isinstance(outcome, ScopeProfile) and outcome.hours == "24x7"


def test_inline_yaml_and_files(tmp_path):
    assert parse_scope("users: 40\nhours: 24x7").users == 40
    assert parse_scope("users: 40").users == 40
    good = tmp_path / "scope.yaml"
    good.write_text("users: 12\ncontrol: exclusive\n", encoding="utf-8")
    assert parse_scope(str(good)).control == "exclusive"
    for name, data in [("latin.yaml", "client_name: Société".encode("latin-1")), ("big.json", b" " * 70_000),
                       ("nul.json", b'{"users": 4\x000}')]:
        (tmp_path / name).write_bytes(data)
        assert isinstance(scope_outcome(str(tmp_path / name)), ScopeError)


# -- (c) parsers --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def real_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for page in range(3):
        y = 800
        for text in PARAGRAPHS:
            c.drawString(40, y, f"{text} (page {page + 1})"[:110])
            y -= 18
        c.showPage()
    c.save()
    return buf.getvalue()


@lru_cache(maxsize=1)
def real_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Contrat d'infogérance", level=0)
    for text in PARAGRAPHS:
        d.add_heading(text.split(" :")[0], level=1)
        d.add_paragraph(text)
    table = d.add_table(rows=2, cols=3)
    for r, row in enumerate([["Priorité", "Prise en charge", "Rétablissement"], ["P1", "1 h", "4 h"]]):
        for col, value in enumerate(row):
            table.cell(r, col).text = value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def doc_outcome(path) -> ParsedDocument | DocumentError:
    try:
        doc = load_document(path)
    except DocumentError as exc:
        message = str(exc)
        assert message.startswith(os.path.basename(str(path))) or message.startswith(str(path)), message
        assert len(message) < 1000 and "\n" not in message
        return exc
    assert isinstance(doc, ParsedDocument) and doc.text.strip() and doc.pages >= 1 and "\x00" not in doc.text
    return doc


def write(directory, name: str, data: bytes):
    path = directory / f"{next(_counter)}-{name}"
    path.write_bytes(data)
    return path


@FUZZ
@given(data=st.binary(max_size=4096), ext=st.sampled_from([".pdf", ".docx", ".txt", ".md", ".PDF", ".markdown"]),
       prefix=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf",
                               b"{\\rtf1", b"<?xml version='1.0'?>"]))
def test_random_bytes_on_disk(files_dir, data, ext, prefix):
    doc_outcome(write(files_dir, "upload" + ext, prefix + data))


@FUZZ
@given(fmt=st.sampled_from(["pdf", "docx"]), cut=st.floats(0.0, 1.0), flips=st.lists(
    st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)), max_size=4))
def test_truncated_and_corrupted_real_files(files_dir, fmt, cut, flips):
    data = bytearray(real_pdf() if fmt == "pdf" else real_docx())
    for where, byte in flips:  # a few corrupted bytes anywhere
        data[min(int(where * len(data)), len(data) - 1)] = byte
    data = bytes(data[:max(1, int(cut * len(data)))])
    outcome = doc_outcome(write(files_dir, "cut." + fmt, data))
    if isinstance(outcome, ParsedDocument) and not flips and cut < 0.5:
        pytest.fail(f"half a {fmt} file parsed as a whole document")


def test_intact_real_files_parse(files_dir):
    for fmt, data in (("pdf", real_pdf()), ("docx", real_docx())):
        doc = doc_outcome(write(files_dir, "whole." + fmt, data))
        assert isinstance(doc, ParsedDocument) and "Réversibilité" in doc.text


def _docx_with_body(body_xml: bytes, *, compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The real DOCX with its document.xml replaced (every other part kept)."""
    src = zipfile.ZipFile(io.BytesIO(real_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as z:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                z.writestr(info.filename, src.read(info.filename))
        with z.open("word/document.xml", "w", force_zip64=True) as handle:
            for chunk in body_xml if not isinstance(body_xml, bytes) else [body_xml]:
                handle.write(chunk)
    return out.getvalue()


W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
P = b"<w:p><w:r><w:t>clause de r\xc3\xa9versibilit\xc3\xa9</w:t></w:r></w:p>"


def test_docx_zip_bomb_is_refused_fast(files_dir):
    """110 MB of XML in a few hundred kB: refused from the zip directory, before inflating it."""
    chunks = itertools.chain([W], itertools.repeat(P * 20_000, 100), [b"</w:body></w:document>"])
    data = _docx_with_body(chunks)
    assert len(data) < 2 * 1024 * 1024
    with pytest.raises(DocumentError, match="expands to .* MB when unzipped"):
        load_document(write(files_dir, "bomb.docx", data))


def test_docx_with_too_many_paragraphs_is_refused(files_dir):
    """50 kB zipped, 100 000 paragraphs: took 19 s to parse before; now refused at once."""
    data = _docx_with_body(W + P * 100_000 + b"</w:body></w:document>")
    with pytest.raises(DocumentError, match="too long .* paragraphs"):
        load_document(write(files_dir, "long.docx", data))


@pytest.mark.parametrize("body", [
    W + b"<w:sdt><w:sdtContent>" * 1000 + P + b"</w:sdtContent></w:sdt>" * 1000 + b"</w:body></w:document>",
    W + b"<w:tbl><w:tr><w:tc>" * 300 + P + b"</w:tc></w:tr></w:tbl>" * 300 + b"</w:body></w:document>",
    W + b"<w:tbl><w:tr><w:tc>" * 40 + P + b"</w:tc></w:tr></w:tbl>" * 40 + b"</w:body></w:document>",
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
    + W + b"<w:p><w:r><w:t>&d;&d;&d;&d;&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>",  # entity expansion
    W + b"<w:p><w:r><w:t>" + b"x" * 3_000_000 + b"</w:t></w:r></w:p></w:body></w:document>",  # one huge run
    W + b"</w:body>",  # cut XML
    b"\x00" * 100,
])
def test_hostile_docx_bodies(files_dir, body):
    outcome = doc_outcome(write(files_dir, "hostile.docx", _docx_with_body(body)))
    if isinstance(outcome, ParsedDocument):
        assert len(outcome.text) <= 3_100_000


SAMPLE = "Article 1 – Réversibilité : l'infogérant restitue les données ; pénalités plafonnées à 5 %.\n" * 20


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b""), ("utf-16-be", b""), ("cp1252", b""), ("latin-1", b""),
])
def test_text_encodings_read_right(files_dir, encoding, bom):
    text = SAMPLE if encoding != "latin-1" else SAMPLE.replace("–", "-")  # latin-1 has no en dash
    doc = doc_outcome(write(files_dir, f"enc-{encoding}.txt", bom + text.encode(encoding)))
    assert isinstance(doc, ParsedDocument) and doc.text == text.strip("\n"), encoding


def test_mixed_utf8_and_cp1252_keeps_both(files_dir):
    data = "Durée : un an.\n".encode("utf-8") + "Préavis : trois mois – par écrit.\n".encode("cp1252")
    doc = doc_outcome(write(files_dir, "mixed.md", data))
    assert isinstance(doc, ParsedDocument) and doc.text == "Durée : un an.\nPréavis : trois mois – par écrit."


def test_nul_bytes_in_text(files_dir):
    for stray in (b"\x00" + SAMPLE.encode(), SAMPLE.encode() * 3 + b"\x00\x00" + SAMPLE.encode()):
        doc = doc_outcome(write(files_dir, "nul.txt", stray))  # a stray NUL or two: a text file still
        assert isinstance(doc, ParsedDocument) and "\x00" not in doc.text and "Réversibilité" in doc.text
    assert isinstance(doc_outcome(write(files_dir, "nuls.txt", b"\x00".join(w.encode() for w in SAMPLE.split()))),
                      DocumentError)


@FUZZ
@given(text=st.text(_chars, min_size=1, max_size=600),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
                                 "latin-1", "mac-roman", "shift_jis"]),
       ext=st.sampled_from([".txt", ".md"]))
def test_any_text_in_any_encoding(files_dir, text, encoding, ext):
    data = text.encode(encoding, "replace")
    assume(data.strip())
    doc_outcome(write(files_dir, "any" + ext, data))


@pytest.mark.parametrize("ext", [".pdf", ".docx", ".txt", ".md"])
def test_files_over_the_size_limit(tmp_path, ext):
    path = tmp_path / f"huge{ext}"
    with open(path, "wb") as handle:  # a sparse 21 MB file: over the 20 MB limit without writing it
        handle.truncate(21 * 1024 * 1024)
    with pytest.raises(DocumentError, match=r"too large \(21 MB, limit 20 MB\)"):
        load_document(path)


def test_special_files(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    for path in (fifo, tmp_path / "loop.md", tmp_path / ("n" * 300 + ".pdf"), "/dev/zero.txt", tmp_path):
        assert isinstance(doc_outcome(path), DocumentError)


def test_long_text_over_the_page_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(SAMPLE * 1000, encoding="utf-8")  # ~9 MB, ~3000 estimated pages
    with pytest.raises(DocumentError, match="too many pages"):
        load_document(path)
