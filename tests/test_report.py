"""The review page: built from a small synthetic release (hostile text, overlapping
claims, a gold file) and, when present, from the real one; checked in Python and
in a real headless Chromium, since escaping, nesting and filtering only prove
themselves in a browser."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchclaims.report import main, write_report
from benchclaims.report.gold import GoldClaim, match_doc
from benchclaims.report.spans import Box, Leaf, render
from benchclaims.schema import SCHEMAS, Claim

ROOT = Path(__file__).parents[1]
ARTIFACTS = ROOT / "test-artifacts"
REAL_RELEASE = ROOT / "data" / "release"
DEV_GOLD = ROOT / "data" / "gold" / "dev.jsonl"

HOSTILE = (
    "We attack the page: <script>window.__pwned=1</script> and "
    '<img src=x onerror="window.__pwned=2"> & friends. '
    "Our model reaches 91.5% accuracy on <b>Bench</b>."
)
NESTED = (
    "A 7B model aligned by DNO achieves a win-rate of 33% on AlpacaEval 2.0, "
    "an absolute gain of 26% (7% to 33%) over the initializing model, "
    "and runs 3.5x faster than \U0001d4b3-Net while cutting error by 4.2 points on GLUE."
)
PLAIN = "We study scaling and report no numbers at all in this abstract."
GOLDDOC = (
    "Our method attains 80.1% top-1 accuracy on ImageNet and improves mAP by 2.5 points on COCO."
)
LISTING = "It is 12x cheaper and 2.1% more accurate on SQuAD than BERT, with about 5 ms latency."


def _doc_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _claim(text: str, phrase: str, number: str, ctype: str, value: float, **kw: Any) -> dict:
    """A claims row whose spans are found by searching TEXT (first occurrence)."""
    start = text.index(phrase)
    end = start + len(phrase)
    vstart = text.index(number, start)
    doc_id = _doc_id(text)
    row = {
        "claim_id": hashlib.sha1(f"{doc_id}:{vstart}".encode()).hexdigest()[:16],
        "doc_id": doc_id,
        "claim_type": ctype,
        "value": value,
        "unit": "%",
        "qualifier": "exact",
        "value_start": vstart,
        "value_end": vstart + len(number),
        "span_start": start,
        "span_end": end,
        "claim_text": text[start:end],
        "sentence_start": 0,
        "sentence_end": len(text),
        "rule": f"test_{ctype}",
        "extractor_version": "0.0.test",
    }
    if "from_number" in kw:
        from_number = kw.pop("from_number")
        fstart = text.index(from_number, start)
        row["from_start"], row["from_end"] = fstart, fstart + len(from_number)
    row.update(kw)
    return Claim.model_validate(row).model_dump()


def synthetic_claims() -> list[dict]:
    h, n, g, li = HOSTILE, NESTED, GOLDDOC, LISTING
    delta_span = "an absolute gain of 26% (7% to 33%)"
    return [
        _claim(
            h,
            "reaches 91.5% accuracy on <b>Bench</b>",
            "91.5",
            "result",
            91.5,
            metric="accuracy",
            dataset='"><img src=x onerror=window.__pwned=3>',
            subject="<script>window.__pwned=4</script>",
        ),
        _claim(
            n,
            "win-rate of 33% on AlpacaEval 2.0",
            "33",
            "result",
            33.0,
            metric="win-rate",
            dataset="AlpacaEval 2.0",
            subject="DNO",
        ),
        # a change nested in a delta, both in the same phrase
        _claim(
            n,
            delta_span,
            "26",
            "delta",
            26.0,
            direction="up",
            metric="win-rate",
            dataset="AlpacaEval 2.0",
            baseline="initializing model",
        ),
        _claim(
            n,
            "7% to 33%",
            "33",
            "change",
            33.0,
            from_value=7.0,
            from_number="7",
            direction="up",
        ),
        # two phrases that cross: the ratio's ends inside the delta's ("faster than X-Net")
        _claim(
            n,
            "runs 3.5x faster than \U0001d4b3-Net",
            "3.5",
            "ratio",
            3.5,
            unit="x",
            direction="up",
            baseline="\U0001d4b3-Net",
        ),
        _claim(
            n,
            "faster than \U0001d4b3-Net while cutting error by 4.2 points",
            "4.2",
            "delta",
            4.2,
            unit="points",
            direction="down",
            metric="error",
            dataset="GLUE",
        ),
        _claim(
            g,
            "attains 80.1% top-1 accuracy on ImageNet",
            "80.1",
            "result",
            80.1,
            metric="top-1 accuracy",
            dataset="ImageNet",
        ),
        _claim(
            g,
            "improves mAP by 2.5 points",
            "2.5",
            "delta",
            2.5,
            unit="pp",
            direction="up",
            metric="mAP",
            dataset="COCO",
        ),
        _claim(li, "12x cheaper", "12", "ratio", 12.0, unit="x", direction="down"),
        _claim(
            li,
            "2.1% more accurate on SQuAD",
            "2.1",
            "delta",
            2.1,
            direction="up",
            dataset="SQuAD",
            baseline="BERT",
        ),
        _claim(
            li, "about 5 ms", "5", "result", 5.0, unit="ms", qualifier="about", metric="latency"
        ),
    ]


def write_release(folder: Path) -> dict[str, list[dict]]:
    """Write a small release that exercises escaping, nesting, crossing spans and gold."""
    docs: list[dict[str, Any]] = [
        {
            "doc_id": _doc_id(HOSTILE),
            "title": '<i>Hostile</i> "title" & co',
            "text": HOSTILE,
            "authors": 3,
            "organisation": None,
            "published": "Oct 17",
            "upvotes": 5,
        },
        {"doc_id": _doc_id(NESTED), "title": "Direct Nash Optimization", "text": NESTED},
        {"doc_id": _doc_id(PLAIN), "title": None, "text": PLAIN},
        {"doc_id": _doc_id(GOLDDOC), "title": "Gold-scored paper", "text": GOLDDOC},
        {"doc_id": _doc_id(LISTING), "title": "Cheap and accurate", "text": LISTING},
    ]
    occurrences: list[dict[str, Any]] = [
        {
            "doc_id": d["doc_id"],
            "source": src,
            "source_sha256": "0" * 64,
            "record": i + 1,
            "record_id": None,
            "char_start": 0,
            "char_end": len(d["text"]),
            "encoding": "raw",
        }
        for i, d in enumerate(docs)
        for src in (["001_a.txt", "002_b.txt"] if i == 1 else ["001_a.txt"])
    ]
    tables: dict[str, list[dict[str, Any]]] = {
        "documents": docs,
        "occurrences": occurrences,
        "claims": synthetic_claims(),
        "rejects": [
            {
                "source": "001_a.txt",
                "source_sha256": None,
                "record": 0,
                "reason": "invalid_json",
                "detail": "test",
                "excerpt": "<script>",
            }
        ],
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]), folder / f"{name}.parquet")
    return tables


def write_gold(path: Path) -> None:
    """Gold for two documents plus one that is not in the release. GOLDDOC: 80.1 matches,
    the predicted 2.5 delta has no gold claim (a false alarm), a gold claim on "COCO" has
    no prediction (a miss). LISTING: 12x and the optional 5 ms match exactly, 2.1 matches
    with a different unit."""
    g = GOLDDOC
    lines: list[dict[str, Any]] = [
        {
            "doc_id": "g1",
            "text": g,
            "claims": [
                {
                    "value_start": g.index("80.1"),
                    "value_end": g.index("80.1") + 4,
                    "type": "result",
                    "value": 80.1,
                    "value_high": None,
                    "from_value": None,
                    "unit": "%",
                    "qualifier": "exact",
                    "direction": None,
                    "metric": "top-1 accuracy",
                    "dataset": "ImageNet",
                    "subject": None,
                    "baseline": None,
                    "optional": False,
                },
            ],
        },
        {
            "doc_id": "g2",
            "text": LISTING,
            "claims": [
                {
                    "value_start": LISTING.index("2.1"),
                    "value_end": LISTING.index("2.1") + 3,
                    "type": "delta",
                    "value": 2.1,
                    "value_high": None,
                    "from_value": None,
                    "unit": "pp",
                    "qualifier": "exact",
                    "direction": "up",
                    "metric": "accuracy",
                    "dataset": "SQuAD",
                    "subject": None,
                    "baseline": "BERT",
                    "optional": False,
                },
                {
                    "value_start": LISTING.index("5 ms"),
                    "value_end": LISTING.index("5 ms") + 1,
                    "type": "result",
                    "value": 5,
                    "value_high": None,
                    "from_value": None,
                    "unit": "ms",
                    "qualifier": "about",
                    "direction": None,
                    "metric": "latency",
                    "dataset": None,
                    "subject": None,
                    "baseline": None,
                    "optional": True,
                },
                {
                    "value_start": LISTING.index("12x"),
                    "value_end": LISTING.index("12x") + 2,
                    "type": "ratio",
                    "value": 12,
                    "value_high": None,
                    "from_value": None,
                    "unit": "x",
                    "qualifier": "exact",
                    "direction": "down",
                    "metric": None,
                    "dataset": None,
                    "subject": None,
                    "baseline": "BERT",
                    "optional": False,
                },
            ],
        },
        {"doc_id": "g3", "text": "Not in the release: 99% on X.", "claims": []},
    ]
    lines[0]["claims"].append(
        {
            "value_start": g.index("COCO"),
            "value_end": g.index("COCO") + 4,
            "type": "result",
            "value": 1.0,
            "value_high": None,
            "from_value": None,
            "unit": None,
            "qualifier": "exact",
            "direction": None,
            "metric": None,
            "dataset": "COCO",
            "subject": None,
            "baseline": None,
            "optional": False,
        }
    )
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[dict]]]:
    folder = tmp_path_factory.mktemp("release")
    tables = write_release(folder)
    write_gold(folder / "gold.jsonl")
    return folder, tables


# --- Python-side checks ----------------------------------------------------------


def test_write_report_default_path_and_deterministic(release, tmp_path):
    folder, _ = release
    out = write_report(folder)
    assert out == folder / "report.html"
    first = out.read_bytes()
    again = write_report(folder, tmp_path / "copy.html").read_bytes()
    assert first == again
    with_gold = write_report(folder, tmp_path / "g1.html", folder / "gold.jsonl").read_bytes()
    assert (
        with_gold == write_report(folder, tmp_path / "g2.html", folder / "gold.jsonl").read_bytes()
    )
    assert b"\r\n" not in first


def test_same_tables_any_row_order_any_folder_same_bytes(release, tmp_path):
    folder, tables = release
    other = tmp_path / "elsewhere"
    other.mkdir()
    for name, rows in tables.items():
        table = pa.Table.from_pylist(rows[::-1], schema=SCHEMAS[name])
        pq.write_table(table, other / f"{name}.parquet")
    a = write_report(folder, tmp_path / "a.html").read_bytes()
    assert a == write_report(other, tmp_path / "b.html").read_bytes()


def test_corpus_text_is_escaped_in_the_file(release, tmp_path):
    folder, _ = release
    html = write_report(folder, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>window" not in html
    assert "<img" not in html
    assert "<b>Bench" not in html and "<i>Hostile" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert html.count("<script>") == 1  # the page's own


def test_one_element_per_claim_in_the_file(release, tmp_path):
    folder, tables = release
    html = write_report(folder, tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.count("data-claim-id=") == len(tables["claims"])


def test_main_exit_codes(release, tmp_path, capsys):
    folder, _ = release
    assert (
        main([str(folder), "--out", str(tmp_path / "x.html"), "--gold", str(folder / "gold.jsonl")])
        == 0
    )
    assert (tmp_path / "x.html").is_file()
    capsys.readouterr()

    assert main([str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert "no such directory" in err and "Traceback" not in err

    (tmp_path / "empty").mkdir()
    assert main([str(tmp_path / "empty")]) == 2
    assert "not a release folder" in capsys.readouterr().err

    assert main([str(folder), "--gold", str(tmp_path / "missing.jsonl")]) == 2
    assert "no such gold file" in capsys.readouterr().err

    assert main([]) == 2
    assert "usage: benchclaims report" in capsys.readouterr().err
    assert main(["--help"]) == 0


def test_main_bad_table_is_exit_1(tmp_path, capsys):
    folder = tmp_path / "bad"
    write_release(folder)
    rows = synthetic_claims()
    rows[0]["doc_id"] = "feedfacefeedface"
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS["claims"]), folder / "claims.parquet")
    assert main([str(folder)]) == 1
    err = capsys.readouterr().err
    assert "unknown doc_id" in err and "Traceback" not in err


def test_gold_matching_rules():
    text = "gains 26% and 7% and 3x"
    claims = [
        Claim.model_validate(r)
        for r in (
            dict(_base(text, "26", "c1")),
            dict(_base(text, "7", "c2")),
            dict(_base(text, "3x", "c3")),
        )
    ]
    gold = [
        GoldClaim(text.index("26"), text.index("26") + 2, {"claim_type": "delta"}, False),
        GoldClaim(text.index("26"), text.index("26") + 1, {"claim_type": "delta"}, False),
        GoldClaim(text.index("7%"), text.index("7%") + 1, {"claim_type": "delta"}, True),
        GoldClaim(0, 5, {}, False),
    ]
    out = match_doc(claims, gold)
    assert set(out.matches) == {"c1", "c2"}  # each gold matches at most one prediction
    assert [g.value_start for g in out.misses] == [0, text.index("26")]
    assert out.false_alarms == {"c3"}


def _base(text: str, number: str, cid: str) -> dict:
    s = text.index(number)
    return {
        "claim_id": cid,
        "doc_id": "d",
        "claim_type": "delta",
        "value": 1.0,
        "value_start": s,
        "value_end": s + len(number),
        "span_start": s,
        "span_end": s + len(number),
        "claim_text": number,
        "sentence_start": 0,
        "sentence_end": len(text),
        "rule": "r",
        "extractor_version": "v",
    }


class _Nesting(HTMLParser):
    """Records, for every <b data-i>, the character range of text it encloses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.pos = 0
        self.stack: list[tuple[str, int, int]] = []
        self.boxes: dict[int, tuple[int, int]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        i = int(dict(attrs).get("data-i") or -1)
        self.stack.append((tag, i, self.pos))

    def handle_endtag(self, tag: str) -> None:
        open_tag, i, start = self.stack.pop()
        assert open_tag == tag, "tags do not nest"
        if tag == "b":
            assert i not in self.boxes
            self.boxes[i] = (start, self.pos)

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        self.pos += len(data)


spans_st = st.tuples(st.integers(0, 40), st.integers(0, 40)).map(sorted)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab <>&\"'\U0001d4b3", max_size=40),
    boxes=st.lists(st.tuples(spans_st, st.integers(0, 40)), max_size=8),
    leaves=st.lists(spans_st, max_size=4),
)
def test_render_nests_any_spans(text, boxes, leaves):
    n = len(text)
    bx = []
    for (s, e), k in boxes:
        s, e = min(s, n), min(e, n)
        k = min(max(k, s), e)
        bx.append(Box(s, e, k, min(k + 1, e)))
    lv = [Leaf(min(s, n), min(e, n), "<i>", "</i>") for s, e in leaves]
    html = render(text, bx, lambda i, _: (f'<b data-i="{i}">', "</b>"), lv)
    p = _Nesting()
    p.feed(html)
    p.close()
    assert not p.stack
    assert "".join(p.text) == text
    assert sorted(p.boxes) == list(range(len(bx)))  # exactly one element per box
    for i, (s, e) in p.boxes.items():
        assert bx[i].start <= s and e <= bx[i].end  # shown inside its own span


# --- browser checks --------------------------------------------------------------

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("no browser: install Debian's chromium (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e .[dev])")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from file:// with every console error and page error collected."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", self._console)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("html[data-ready='1']", state="attached", timeout=20_000)

    def _console(self, message: Any) -> None:
        if message.type == "error":  # CSP violations are reported here
            self.errors.append(message.text)

    def visible_docs(self) -> int:
        return self.page.locator("article.doc:visible").count()


def _check_spans(page: Any, tables: dict[str, list[dict]]) -> None:
    """Every claim element encloses its exact phrase (unless clipped), its value pieces
    spell the value span, and each abstract's text is the document's text."""
    got = page.evaluate("""() => {
        const vals = {};
        for (const v of document.querySelectorAll('[data-value-of]')) {
            const id = v.getAttribute('data-value-of');
            vals[id] = (vals[id] || '') + v.textContent;
        }
        const out = {};
        for (const el of document.querySelectorAll('[data-claim-id]')) {
            const id = el.getAttribute('data-claim-id');
            out[id] = [el.textContent, el.classList.contains('clipped'), vals[id] || ''];
        }
        return out;
    }""")
    texts = {d["doc_id"]: d["text"] for d in tables["documents"]}
    for c in tables["claims"]:
        shown, clipped, value = got[c["claim_id"]]
        if clipped:
            assert shown in c["claim_text"]
        else:
            assert shown == c["claim_text"]
        assert value == texts[c["doc_id"]][c["value_start"] : c["value_end"]]
    abstracts = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        'article.doc')].map(a => [a.dataset.docId, a.querySelector('.abstract').textContent]))""")
    assert abstracts == texts


def test_page_in_browser(browser, release, tmp_path):
    folder, tables = release
    opened = Opened(browser, write_report(folder, tmp_path / "report.html"))
    page = opened.page
    assert page.title() == "benchclaims release review"
    assert page.locator("[data-claim-id]").count() == len(tables["claims"])
    ids = page.eval_on_selector_all("[data-claim-id]", "els => els.map(e => e.dataset.claimId)")
    assert sorted(ids) == sorted(c["claim_id"] for c in tables["claims"])
    _check_spans(page, tables)
    assert page.locator("#summary svg.chart").count() >= 5
    assert page.locator("mark.clipped").count() >= 1  # the crossing pair

    # hostile text stays text, in the abstract, the title and the hover card
    hostile = page.locator(f"#doc-{_doc_id(HOSTILE)}")
    assert "<script>window.__pwned=1</script>" in hostile.locator(".abstract").text_content()
    assert '<i>Hostile</i> "title"' in hostile.locator("h3").text_content()
    assert page.locator("#docs script, #docs img, #docs b, #docs i").count() == 0
    claim = hostile.locator("[data-claim-id]")
    claim.hover()
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert '"><img src=x onerror=window.__pwned=3>' in tip.text_content()
    assert page.locator("#tip img, #tip script").count() == 0
    claim.focus()
    assert "91.5" in tip.text_content()
    assert page.evaluate("() => window.__pwned") is None

    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(f"#doc-{_doc_id(NESTED)} mark.t-change").hover()
    page.screenshot(path=str(ARTIFACTS / "report-synthetic.png"), full_page=True)

    assert opened.errors == []
    assert all(u.startswith("file://") for u in opened.requests), opened.requests
    page.close()


def test_filters_in_browser(browser, release, tmp_path):
    from playwright.sync_api import expect

    folder, tables = release
    opened = Opened(browser, write_report(folder, tmp_path / "report.html"))
    page = opened.page
    total = len(tables["documents"])
    assert opened.visible_docs() == total

    page.select_option("#f-type", "ratio")
    assert opened.visible_docs() == 2  # NESTED and LISTING
    assert page.locator("#shown").text_content() == f"2 of {total} documents"
    assert page.locator("article.doc:visible mark.t-ratio:not(.dim)").count() == 2
    assert page.locator("article.doc:visible mark.t-result.dim").count() >= 1

    page.select_option("#f-unit", "x")
    assert opened.visible_docs() == 2
    page.select_option("#f-type", "change")  # no change claim has unit x
    assert opened.visible_docs() == 0
    assert page.locator("#nothing").is_visible()

    page.click("#reset")
    # expect() polls in Playwright's own world; a string predicate would need eval,
    # which the page's CSP forbids
    expect(page.locator("article.doc:not([hidden])")).to_have_count(total)
    page.select_option("#f-dataset", "SQuAD")
    assert opened.visible_docs() == 1
    page.click("#reset")
    page.select_option("#f-metric", "\u2205")  # claims without a metric
    assert 0 < opened.visible_docs() < total
    page.click("#reset")
    page.select_option("#f-claims", "none")
    assert opened.visible_docs() == 1
    page.click("#reset")
    page.select_option("#f-source", "002_b.txt")
    assert opened.visible_docs() == 1
    page.click("#reset")

    page.fill("#q", "imagenet")
    assert opened.visible_docs() == 1
    page.fill("#q", "no such words anywhere")
    assert opened.visible_docs() == 0
    page.fill("#q", "")
    assert opened.visible_docs() == total

    # a bar in the summary chart sets the matching filter
    page.locator('svg .pick[data-facet="type"][data-value="delta"]').click()
    assert page.locator("#f-type").input_value() == "delta"
    assert opened.visible_docs() == 3
    assert opened.errors == []
    page.close()


def test_gold_marks_in_browser(browser, release, tmp_path):
    folder, tables = release
    out = write_report(folder, tmp_path / "gold.html", folder / "gold.jsonl")
    opened = Opened(browser, out)
    page = opened.page
    assert page.locator("[data-claim-id]").count() == len(tables["claims"])
    _check_spans(page, tables)
    gold_doc = page.locator(f"#doc-{_doc_id(GOLDDOC)}")
    assert gold_doc.locator(".miss").count() == 1
    assert gold_doc.locator(".miss").text_content() == "COCO"
    assert gold_doc.locator("mark.fa").count() == 1  # the 2.5 points delta
    assert gold_doc.locator("mark.hit").count() == 1
    listing = page.locator(f"#doc-{_doc_id(LISTING)}")
    assert listing.locator("mark.diff").count() == 1  # 2.1: unit % vs pp
    assert listing.locator("mark.hit").count() == 2
    assert page.locator("#docs .miss").count() == 1
    assert page.locator("#docs mark.fa").count() == 1
    assert "1 gold document(s) not found" in page.locator("#gold").text_content()

    gold_doc.locator(".miss").focus()
    assert "missed claim" in page.locator("#tip").text_content()
    page.select_option("#f-gold", "miss")
    assert not page.locator("#tip").is_visible()  # filtering moves claims: the card goes
    assert opened.visible_docs() == 1
    page.select_option("#f-gold", "scored")
    assert opened.visible_docs() == 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-synthetic-gold.png"), full_page=True)
    assert opened.errors == []
    page.close()


@pytest.mark.skipif(
    not (REAL_RELEASE / "claims.parquet").is_file(), reason="no built release in data/release"
)
def test_real_release_in_browser(browser, tmp_path):
    claims = pq.read_table(REAL_RELEASE / "claims.parquet").to_pylist()
    documents = pq.read_table(REAL_RELEASE / "documents.parquet").to_pylist()
    gold = DEV_GOLD if DEV_GOLD.is_file() else None
    out = write_report(REAL_RELEASE, tmp_path / "report.html", gold)
    assert (
        out.read_bytes() == write_report(REAL_RELEASE, tmp_path / "again.html", gold).read_bytes()
    )
    opened = Opened(browser, out)
    page = opened.page
    assert page.locator("[data-claim-id]").count() == len(claims)
    assert page.locator("article.doc").count() == len(documents)
    _check_spans(page, {"documents": documents, "claims": claims})
    page.select_option("#f-type", "ratio")
    n_ratio_docs = len({c["doc_id"] for c in claims if c["claim_type"] == "ratio"})
    assert opened.visible_docs() == n_ratio_docs
    page.click("#reset")
    page.evaluate("() => window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-release.png"))
    assert opened.errors == []
    page.close()
