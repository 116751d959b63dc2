"""The number grammar: hand cases from abstracts, then the peers' own regression cases
(Microsoft Recognizers-Text and quantulum3, MIT; copied with their licences under
tests/fixtures/peers/) for the parts that fit reading numbers in ML abstracts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from benchclaims.extract.extractor import extract_claims
from benchclaims.extract.normalize import normalise
from benchclaims.extract.numbers import (
    _WORD_KEY,
    WORD_KEYS,
    Mention,
    _word_keys,
    find_mentions,
    has_number_words,
)

PEERS = Path(__file__).parent / "fixtures" / "peers"


def mentions(text: str) -> list[Mention]:
    return find_mentions(normalise(text).text)


def the(text: str, surface: str) -> Mention:
    """The mention whose number is written as surface (in the normalised text)."""
    norm = normalise(text).text
    found = [m for m in find_mentions(norm) if norm[m.num_start : m.num_end] == surface]
    assert found, f"{surface!r} not read in {text!r}: {find_mentions(norm)}"
    return found[0]


# (text, number as written, value, high end, unit, qualifier, skip reason)
CASES = [
    ("from 71.66 % to 76.94 % on 11 benchmarks", "71.66", 71.66, None, "%", "exact", None),
    ("by a clear margin of 15%", "15", 15.0, None, "%", "exact", None),
    ("a speedup of 1.84x over Tiramisu", "1.84", 1.84, None, "x", "exact", None),
    ("34× more cost-effective", "34", 34.0, None, "x", "exact", None),
    ("by 8-10times", "8-10", 8.0, 10.0, "x", "exact", None),
    ("improves by 6–7% overall", "6-7", 6.0, 7.0, "%", "exact", None),
    ("gains of 15.1-40.3%", "15.1-40.3", 15.1, 40.3, "%", "exact", None),
    ("a 2.5-fold speedup", "2.5", 2.5, None, "x", "exact", None),
    ("two orders of magnitude faster", "two orders of magnitude", 100.0, None, "x", "exact", None),
    ("an order of magnitude fewer", "an order of magnitude", 10.0, None, "x", "exact", None),
    ("ten times faster", "ten", 10.0, None, "x", "exact", None),
    ("by six percentage points", "six", 6.0, None, "pp", "exact", None),
    ("by six percent", "six", 6.0, None, "%", "exact", None),
    ("up to 90.0\\% in toxicity", "90.0", 90.0, None, "%", "up_to", None),
    ("more than 70% of the functions", "70", 70.0, None, "%", "more_than", None),
    ("at least 3 points", "3", 3.0, None, "points", "at_least", None),
    ("less than 0.1% of points", "0.1", 0.1, None, "%", "less_than", None),
    ("about 20 points lower", "20", 20.0, None, "points", "about", None),
    ("approximately 1,000 steps", "1,000", 1000.0, None, "steps", "about", None),
    ("at 124 tokens per second", "124", 124.0, None, "tokens per second", "exact", None),
    ("0.84 pages per second", "0.84", 0.84, None, "pages per second", "exact", None),
    ("an error of about 4 degrees", "4", 4.0, None, "degrees", "about", None),
    ("a mean orientation error of 0.8632° here", "0.8632", 0.8632, None, "°", "exact", None),
    ("on 360° panoramas", "360", 360.0, None, "°", "exact", "in_name"),
    ("offset by 180 degrees", "180", 180.0, None, "degrees", "exact", "in_name"),
    # a comma before one or two digits and a percent sign is a decimal comma
    ("achieved over 91,57% accuracy", "91,57", 91.57, None, "%", "more_than", None),
    ("a BLEU-4 of 14,6 % in split 2", "14,6", 14.6, None, "%", "exact", None),
    ("scores of 1,2 and 3", "1", 1.0, None, None, "exact", None),
    ("a latency of 28.3 milliseconds per frame", "28.3", 28.3, None, "milliseconds", "exact", None),
    ("an MAE of 74.49 HU", "74.49", 74.49, None, "hu", "exact", None),
    # an X that starts a hyphenated word is no factor ('X-ray', 'X-English', 'X-Sub')
    ("consisting of 5,000 X-ray images", "5,000", 5000.0, None, None, "exact", None),
    ("a speedup of 3x-4x over it", "3", 3.0, None, "x", "exact", None),
    ("nearly 50% of cases", "50", 50.0, None, "%", "about", None),
    ("$\\sim$5% better", "5", 5.0, None, "%", "about", None),
    ("≈ 3 dB gain", "3", 3.0, None, "db", "about", None),
    ("over 30+ steps", "30", 30.0, None, "steps", "at_least", None),
    ("an AUC of 0.950+/-0.011", "0.950", 0.95, None, None, "exact", None),  # '+' of a spread
    ("a gain of 4.1 pp", "4.1", 4.1, None, "pp", "exact", None),
    ("3.2 percentage points", "3.2", 3.2, None, "pp", "exact", None),
    ("a 12 percent drop", "12", 12.0, None, "%", "exact", None),
    ("+0.5 mIoU", "0.5", 0.5, None, None, "exact", None),
    ("a drop of −3.2 BLEU", "3.2", -3.2, None, None, "exact", None),
    ("at 42 FPS", "42", 42.0, None, "fps", "exact", None),
    ("within 12 ms", "12", 12.0, None, "ms", "exact", None),
    ("1.27 bits/char on text8", "1.27", 1.27, None, "bits/char", "exact", None),
    ("GPT-4 as a judge", "4", 4.0, None, None, "exact", "in_name"),
    ("on CIFAR-10", "10", 10.0, None, None, "exact", "in_name"),
    ("Qwen3-1.7B models", "1.7", 1.7, None, None, "exact", "in_name"),
    ("YOLOv9 detector", "9", 9.0, None, None, "exact", "in_name"),
    ("on MATH-500", "500", 500.0, None, None, "exact", "in_name"),
    ("top-1 accuracy", "1", 1.0, None, None, "exact", "in_name"),
    ("pass@1 scores", "1", 1.0, None, None, "exact", "in_name"),
    ("on AlpacaEval 2.0", "2.0", 2.0, None, None, "exact", "in_name"),
    ("see Table 3", "3", 3.0, None, None, "exact", "in_name"),
    ("a 7B model", "7", 7.0, None, None, "exact", "in_name"),
    ("the wav2vec 2.0 model", "2.0", 2.0, None, None, "exact", "in_name"),
    ("70M, 440M and 1.4B parameters", "440", 440.0, None, None, "exact", "in_name"),
    ("in 2023 we", "2023", 2023.0, None, None, "exact", "year"),
    ("[Dong et al., 2024]", "2024", 2024.0, None, None, "exact", "url_or_citation"),
    ("see https://x.org/a/12345", "12345", 12345.0, None, None, "exact", "url_or_citation"),
    ("(DOI: 10.5281/zenodo.19239154)", "10.5281", 10.5281, None, None, "exact",
     "url_or_citation"),
    ("a 10.52/12 ratio", "10.52", 10.52, None, None, "exact", None),
    ("We (1) propose", "1", 1.0, None, None, "exact", "list_marker"),
    ("We show 1) gains of 4%, 2) no losses", "2", 2.0, None, None, "exact", "list_marker"),
    ("We show gains of 4%, 2) no losses", "2", 2.0, None, None, "exact", None),
    ("as of 1 Oct 2024", "1", 1.0, None, None, "exact", "date"),
    ("O(epsilon^{-3})", "3", 3.0, None, None, "exact", "in_name"),
    ("0.61 $\\pm$ 0.12", "0.12", 0.12, None, None, "exact", "uncertainty"),
    ("a gain (p = 0.02)", "0.02", 0.02, None, None, "exact", "p_value"),
    ("0.8 pp (95% CI -3.1 to +4.7)", "4.7", 4.7, None, None, "exact", "uncertainty"),
    ("F1 of 0.9835 (95% CI: 0.9743 to 0.9920)", "0.9920", 0.992, None, None, "exact",
     "uncertainty"),
    ("a mean Average Precision at IoU=0.5 of 97.2%", "0.5", 0.5, None, None, "exact",
     "threshold"),
    ("mAP@IoU=0.5 of 93%", "0.5", 0.5, None, None, "exact", "threshold"),
    ("TPR improves by 15% at FPR = 0.01", "0.01", 0.01, None, None, "exact", "threshold"),
    ("99.9% TPR at 1% FPR", "1", 1.0, None, "%", "exact", "threshold"),
    ("it has a 1% false positive rate", "1", 1.0, None, "%", "exact", None),
    ("8 points at an IoU threshold of 0.5", "0.5", 0.5, None, None, "exact", "threshold"),
    ("4 mAP at the 0.25 IoU threshold", "0.25", 0.25, None, None, "exact", "threshold"),
    ("0.95 mAP at 0.50 IoU", "0.50", 0.5, None, None, "exact", "threshold"),
    ("a recall of 78.9% and mAP at 50 of 83.7%", "50", 50.0, None, None, "exact", "threshold"),
    ("98.30% mAP at 142 FPS", "142", 142.0, None, "fps", "exact", None),
    # how much data a result is trained with is a condition, and so is the list before it
    ("with only 5% labeled data", "5", 5.0, None, "%", "exact", "condition"),
    ("using 10% of the training data", "10", 10.0, None, "%", "exact", "condition"),
    ("under 0.5%, 1%, and 2% labeled data", "1", 1.0, None, "%", "exact", "condition"),
    ("using 99.4% less labelled data", "99.4", 99.4, None, "%", "exact", None),
    ("76.4% mIoU at 31 images/s", "31", 31.0, None, "images/s", "exact", None),
    ("rated more aggressive by 18 of 19 models", "18", 18.0, None, None, "exact", "count"),
    ("with gains in 7 out of 9 evaluated models", "9", 9.0, None, None, "exact", "count"),
    ("they prevent 93 of 187 false-safe N2O approvals", "93", 93.0, None, None, "exact",
     "count"),
    ("a HD95 of 17 on the test set", "17", 17.0, None, None, "exact", None),
    ("86% mIoU under 10% symmetric label noise", "10", 10.0, None, "%", "exact", "condition"),
    ("with 5% to 40% symmetric label noise", "5", 5.0, None, "%", "exact", "condition"),
    ("at IoU thresholds of 0.5 and 0.5 to 0.95", "0.95", 0.95, None, None, "exact", "threshold"),
    ("reduced misses from 49 to 13 out of 396 materials", "13", 13.0, None, None, "exact", None),
    ("reduces hallucination by 2 out of 5 points", "2", 2.0, None, None, "exact", None),
    # ... and the share of the data a split gets
    ("split into training (70%), validation (15%) and test (15%) sets", "15", 15.0, None, "%",
     "exact", "condition"),
    ("divided into 70% for training, 15% for validation", "70", 70.0, None, "%", "exact",
     "condition"),
    ("90 percent were used for training", "90", 90.0, None, "%", "exact", "condition"),
    ("97% accuracy on training (97%) and test (91.2%) data", "91.2", 91.2, None, "%", "exact",
     None),
    ("rates (99.3% vs. 88.9% for test selection)", "88.9", 88.9, None, "%", "exact", None),
    # ... and so is the budget it is reached within, and the list after a budget's name
    ("even under a 1% KV-cache budget", "1", 1.0, None, "%", "exact", "condition"),
    ("with only a 30% attention budget and", "30", 30.0, None, "%", "exact", "condition"),
    ("stable with a label budget of 30 percent", "30", 30.0, None, "%", "exact", "condition"),
    ("under budgets of 1%, 5%, and 10% of the tokens", "10", 10.0, None, "%", "exact",
     "condition"),
    ("against uniform allocations with 20% larger budgets", "20", 20.0, None, "%", "exact",
     None),
    ("it reaches 63% compared to 6 percent for token budget baselines", "6", 6.0, None, "%",
     "exact", None),
    ("it costs 4.6% for budget-matched escalation", "4.6", 4.6, None, "%", "exact", None),
    ("under a 5% false-positive-rate constraint, it", "5", 5.0, None, "%", "exact", "condition"),
    ("it reaches 65.0% constraint satisfaction", "65.0", 65.0, None, "%", "exact", None),
    # the factors of a size or product are no ratios, but a list of ratios is one
    ("inferred at 384 × 256 pixels", "384", 384.0, None, "x", "exact", "dimension"),
    ("inferred at 384 × 256 pixels", "256", 256.0, None, "pixels", "exact", "dimension"),
    ("a harder one (2 × 3 × 4)", "3", 3.0, None, "x", "exact", "dimension"),
    ("2× 3× and 4× speedups", "3", 3.0, None, "x", "exact", None),
    ("the first to exceed the 30% threshold", "30", 30.0, None, "%", "exact", "threshold"),
    # '% points' are percentage points, but not '% point-wise'
    ("it beats the second-best by 4.5% points", "4.5", 4.5, None, "pp", "exact", None),
    ("and 95.7% point-wise AU-ROC", "95.7", 95.7, None, "%", "exact", None),
    # a list before a threshold lists thresholds
    ("when applying 90%, 80%, and 70% thresholds", "80", 80.0, None, "%", "exact",
     "threshold"),
    ("it cuts errors by 55.6%, with 70% thresholds", "55.6", 55.6, None, "%", "exact", None),
    # ... and so does a list after a threshold named before it, and any threshold named
    ("F1 scores at thresholds of 25% and 50%", "50", 50.0, None, "%", "exact", "threshold"),
    ("F1 at thresholds of 25%, 50% and 75%", "75", 75.0, None, "%", "exact", "threshold"),
    ("the 30% threshold and 50% accuracy", "50", 50.0, None, "%", "exact", None),
    ("mAP at intersection over union threshold 0.5 (mAP50)", "0.5", 0.5, None, None, "exact",
     "threshold"),
    ("reception above a target threshold of -65 dB", "65", -65.0, None, "db", "exact",
     "threshold"),
    ("it reaches an IoU of 0.81", "0.81", 0.81, None, None, "exact", None),
    ("it beats it at a precision of 0.943", "0.943", 0.943, None, None, "exact", None),
    ("rated 4.14/5 by experts", "5", 5.0, None, None, "exact", "denominator"),
    ("58.7/58.9 box mAP", "58.9", 58.9, None, None, "exact", None),
    ("40--53% of candidates", "40-53", 40.0, 53.0, "%", "exact", None),
    ("With 37.5 BLEU points", "37.5", 37.5, None, None, "exact", None),
    ("mAP 49.4 with ResNet-101", "49.4", 49.4, None, None, "exact", None),
    ("a score of 3-2 in the final", "3", 3.0, None, None, "exact", None),
    ("reduce complexity from O(2^M) to O(M)", "2", 2.0, None, None, "exact", "formula"),
    ("an error of 10^{-3}", "10", 10.0, None, None, "exact", "formula"),
    ("in O(100) steps", "100", 100.0, None, None, "exact", "formula"),
    ("trained on 3000 hours of speech", "3000", 3000.0, None, "hours", "exact", "size"),
    ("1.9 hours of motion capture data", "1.9", 1.9, None, "hours", "exact", "size"),
    ("100M samples (3000 hours) of data", "3000", 3000.0, None, "hours", "exact", "size"),
    ("latency drops to 20 seconds of wall time", "20", 20.0, None, "seconds", "exact", None),
    ("from 3 hours to 20 minutes", "20", 20.0, None, "minutes", "exact", None),
    ("2 times of training data", "2", 2.0, None, "x", "exact", None),
    ("up to 54%--74% latency reduction", "54%-74", 54.0, 74.0, "%", "up_to", None),
    ("45\\%--67\\% energy reduction", "45%-67", 45.0, 67.0, "%", "exact", None),
    ("613k trainable parameters--244x fewer", "244", 244.0, None, "x", "exact", None),
    ("a shift of -3 points", "3", -3.0, None, "points", "exact", None),
    ("a mAP@0.5:0.95 of 0.20", "0.95", 0.95, None, None, "exact", "in_name"),
    ("54.9 fps on RTX 4090 and 74.1 fps", "4090", 4090.0, None, None, "exact", "in_name"),
    ("a BLEU 341 typo", "341", 341.0, None, None, "exact", None),
    ("an average improvement of 2.54 h-mIoU", "2.54", 2.54, None, None, "exact", None),
    ("trained for 2.5 h on one GPU", "2.5", 2.5, None, "h", "exact", None),
    ("a mAP@0.5:0.95 of 0.20", "0.20", 0.2, None, None, "exact", None),
    ("ROC-AUC 0.682, 95% CI [0.546, 0.799]", "95", 95.0, None, "%", "exact", "uncertainty"),
    ("a 90% confidence interval", "90", 90.0, None, "%", "exact", "uncertainty"),
    ("accuracy of 95% in all cases", "95", 95.0, None, "%", "exact", None),
    # a spread's unit is the value's ('85.3 ± 0.2%'), but never replaces the value's own
    ("an accuracy of 85.3 ± 0.2% on", "85.3", 85.3, None, "%", "exact", None),
    ("an error of $0.79 \\pm 2.17$ mm", "0.79", 0.79, None, "mm", "exact", None),
    ("a gain of 3.1 +/- 0.4 points", "3.1", 3.1, None, "points", "exact", None),
    ("reaches 71.2% (±0.5) top-1", "71.2", 71.2, None, "%", "exact", None),
    ("a score of 4.1 ± 0.3 on", "4.1", 4.1, None, None, "exact", None),
]


@pytest.mark.parametrize(("text", "surface", "value", "high", "unit", "qual", "skip"), CASES)
def test_number_grammar(
    text: str,
    surface: str,
    value: float,
    high: float | None,
    unit: str | None,
    qual: str,
    skip: str | None,
) -> None:
    m = the(text, surface)
    assert (m.value, m.value_high, m.unit, m.qualifier, m.skip) == (value, high, unit, qual, skip)


def test_a_spread_is_part_of_its_values_mention() -> None:
    for text in ("92.1±0.3 F1", "92.1 $\\pm$ 0.3 F1", "92.1 +/- 0.3 F1"):
        value = the(text, "92.1")
        assert value.spread and normalise(text).text[value.end :] == " F1", text
    assert not the("92.1 F1 (± 0.3)", "92.1").spread  # a bracket ends the value's mention
    assert not the("92.1, ± 0.3", "92.1").spread


def test_latex_unicode_and_escaped_at_signs_are_read() -> None:
    text = "It reaches mAP\\@0.50 = 0.97 on scenes$\\unicode{x2013}$synthetic ones."
    norm = normalise(text)
    assert "mAP@0.50 = 0.97 on scenes-synthetic" in norm.text
    at = norm.text.index("0.97")
    assert text[slice(*norm.span(at, at + 4))] == "0.97"


def test_latex_and_markdown_wrappers_are_dropped() -> None:
    text = "**BRANE** beats \\textsc{Lava} and \\texttt{SE-Search-3B} by $\\!>\\!$10**4."
    assert normalise(text).text == "BRANE beats Lava and SE-Search-3B by >10**4."
    got = extract_claims("t", "**BRANE** cuts cost by up to 89% over \\textsc{Lava}.")
    assert [(c.subject, c.baseline) for c in got] == [("BRANE", "Lava")]


def test_a_tilde_between_numbers_is_a_range() -> None:
    assert normalise("gains of 3~5x and 10~30\\%").text == "gains of 3-5x and 10-30%"
    # ... but not after a metric's name or inside a model's
    text = "F1~0.298, Recall@1~0.45, LLaMA-2~13B"
    assert normalise(text).text == "F1 0.298, Recall@1 0.45, LLaMA-2 13B"


def test_a_double_dash_between_math_numbers_is_a_range() -> None:
    assert normalise("gains of $7$--$9\\%$").text == "gains of 7-9%"
    claims = extract_claims("t", "It boosts performance by $4$--$10\\%$.")
    assert [(c.value, c.value_high, c.claim_text) for c in claims] == [(4.0, 10.0, "4$--$10\\%")]
    # ... but not a dash between words
    assert normalise("a $k$--NN head").text == "a k--NN head"


def test_offsets_map_back_through_latex() -> None:
    text = "gains of 7\\% and $2.5\\times$ over x−3"
    norm = normalise(text)
    for m in find_mentions(norm.text):
        start, end = norm.span(m.num_start, m.num_end)
        assert text[start:end] in ("7", "2.5", "3")


def _recognizers(name: str) -> list[dict]:
    path = PEERS / "recognizers_text" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8-sig"))


# Cases of the peers that do not fit, and why:
_WORDS = regex.compile(r"[A-Za-z]")  # number words and ordinals: read only in ratios ("ten times")
_FORMATS = regex.compile(
    r"\d\s?/\s?\d|\^|[⅔¾⅙½]"  # fractions, exponents: a slash separates value pairs here
    r"|\d[ \u202f]\d{3}|\d,\d{2}(?!\d)|\d,\d{2},\d|\d\.\d{3},"  # space, Indian, European grouping
    r"|\$|\+\d-|\d\.\d+\.\d|\{|\d,\d\.?$"  # currency, phone numbers, IPs, typos
)


def test_recognizers_numbers() -> None:
    kept = 0
    for case in _recognizers("Number_NumberModel"):
        text, results = case["Input"], case["Results"]
        surfaces = "".join(r["Text"] for r in results)
        if _WORDS.search(surfaces) or _FORMATS.search(text) or not results:
            continue
        if any(r["TypeName"] != "number" for r in results) or regex.search(r"[A-Za-z]-\d", text):
            continue  # numbers in names ("SCP-173") are in_name by design
        expected = sorted(float(r["Resolution"]["value"]) for r in results)
        got = sorted(m.value for m in mentions(text) if m.skip is None or m.skip == "year")
        assert got == expected, text
        kept += 1
    assert kept >= 15


def test_recognizers_percentages() -> None:
    kept = 0
    for name in ("Number_PercentModel", "Number_PercentModelPercentMode"):
        for case in _recognizers(name):
            results = [r for r in case["Results"] if r["Resolution"]["value"] != "null"]
            if not results or any(
                regex.match(r"(?:per ?cent|one|1/4)", r["Text"])
                or " hundred" in r["Text"]
                or "minus" in r["Text"]
                or " of " in r["Text"]
                or " in " in r["Text"]
                for r in results
            ):
                continue  # inverted ("percent of 10"), compound words, fractions, negation
            expected = [float(r["Resolution"]["value"].rstrip("%")) for r in results]
            got = [m.value for m in mentions(case["Input"]) if m.unit == "%"]
            assert got == expected, case["Input"]
            kept += 1
    assert kept >= 8


def test_quantulum3_plain_numbers() -> None:
    """Quantulum3's cases whose surface is a plain number or percentage."""
    kept = 0
    path = PEERS / "quantulum3" / "quantities_with_spans.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for q in case["quantities"]:
            if not regex.fullmatch(r"[\d.,\s%+-]+(?:percent)?", q["surface"]):
                continue
            near = [
                m.value for m in mentions(case["text"]) if q["start"] - 1 <= m.num_start < q["end"]
            ]
            assert q["value"] in near, case["text"]
            kept += 1
    assert kept >= 20


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("a C-index of 0.75 (sd 0.014)", "0.014"),
        ("OR = 1.44; CI: 1.24, 1.69", "1.24"),
        ("OR = 1.44; CI: 1.24, 1.69", "1.69"),
        ("(95% CI: 0.04-0.34)", "0.04-0.34"),
        ("a difference of 0.02 cc (IQR: -2.8, 1.2)", "2.8"),
        ("a difference of 0.02 cc (IQR: -2.8, 1.2)", "1.2"),
        # a spread written with ASCII signs, the minus of which could start a number
        ("an HD95 of 4.9+-5.0", "5.0"),
        ("an AUC of 0.950+/-0.011", "0.011"),
        ("an error of 5.3 plus-minus 1.5 pixels", "1.5"),
        ("ratios of 1.2 plus or minus 0.5%", "0.5"),
    ],
)
def test_spreads_and_intervals_are_skipped(text: str, surface: str) -> None:
    assert the(text, surface).skip == "uncertainty"


@pytest.mark.parametrize(
    ("text", "gated_in"),
    [
        ("Training is Ten TIMES faster.", True),
        ("Halving the cost keeps accuracy.", True),
        ("It doubles throughput.", True),
        ("We propose a new method for parsing.", False),
    ],
)
def test_number_words_gate(text: str, gated_in: bool) -> None:
    # text with no digit reaches the number grammar only through this gate
    assert has_number_words(text) is gated_in


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*WORD_KEYS, "TIMES", "Fol", "percen", "ſ", "İ", "e", " ", "é"]),
        max_size=12,
    ).map("".join)
)
@example("twofoldoubling, percentimes")
def test_word_keys_are_where_the_key_pattern_finds_them(text: str) -> None:
    # 'foldoubl' (keys sharing a letter), 'ſ' (case-folds to 's'), 'İ' (lowers to 2 chars)
    assert _word_keys(text) == [key.span() for key in _WORD_KEY.finditer(text)]
