"""Claim rules: which number mentions are claims, and of which type.

Each rule is a small record — name, type, a test on the mention in its sentence —
with positive and negative example sentences beside it ([[...]] marks the number).
tests/test_rules.py runs every example, so a rule without examples is visibly wrong."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from . import cues
from .attach import _metric_phrase, metric_after
from .numbers import Mention

COUNT_UNITS = frozenset({"bugs", "vulnerabilities"})
_NOT_COMPARATIVE_UNITS = frozenset({"x"}) | COUNT_UNITS


@dataclass(frozen=True, slots=True)
class Ctx:
    """A mention in its sentence: the text either side of it, within the sentence."""

    mention: Mention
    left: str
    right: str


@dataclass(frozen=True, slots=True)
class Rule:
    """A claim rule with the examples it must and must not fire on. Rules without a test
    are structural: the extractor applies them to pairs and lists of numbers
    (extractor.py), and their examples are run all the same."""

    name: str
    claim_type: str
    test: Callable[[Ctx], bool] | None
    positives: tuple[str, ...]
    negatives: tuple[str, ...] = ()


def _ratio_factor(c: Ctx) -> bool:
    return c.mention.kind == "digits" and bool(cues.RATIO_LEFT.search(c.left))


_MULTIPLIER_RIGHT = regex.compile(
    r"^\s+(?:as\b|the\b|its\b|their\b|our\b|this\b|that\b|throughput|speed|faster|more|"
    r"fewer|less|higher|lower|larger|smaller|better)",
    regex.IGNORECASE,
)
"""'halve the cost', 'doubles its speed', 'twice as fast' — not '460,497 triples'."""
_PLURAL_NOUN_BEFORE = regex.compile(
    r"\b(?:between|among|of|with|into|from|for|the|these|those|such|all|many|in|on)\s+$",
    regex.IGNORECASE,
)
"""'mappings between triples that convey': the plural noun, not the verb ('it triples')."""


def _ratio_unit(c: Ctx) -> bool:
    m = c.mention
    if m.unit != "x" or m.skip:
        return False
    if m.kind == "multiplier":
        if (m.unit_text or "").endswith("les") and _PLURAL_NOUN_BEFORE.search(c.left[-12:]):
            return False
        return bool(_MULTIPLIER_RIGHT.match(c.right))
    if "fold" in (m.unit_text or "") and cues.KFOLD_RIGHT.match(c.right):
        return False
    if m.unit_text == "folds" and not (
        _BY_END.search(c.left[-8:]) or cues.COMPARATIVE_RIGHT.match(c.right)
    ):
        return False  # 'on all 3 folds', '(10 folds)': a count (not 'by 13 folds')
    if m.unit_text in ("times",) or m.kind == "word":
        return bool(cues.COMPARATIVE_RIGHT.match(c.right) or cues.RATIO_CONTEXT_LEFT.search(c.left))
    return not cues.SETTING_RIGHT.match(c.right)


_BY_END = regex.compile(r"\bby\s+$")
_LISTED_NAME = r"(?![a-z]+(?:ed|ing)\b)(?=[\w@.+:-]*[A-Za-z])" + cues.NAME_WORD
_DIMENSION_BY = regex.compile(r"(?<![\w.@-])\d+\s+by\s+$")
_DIMENSION_UNIT = regex.compile(
    r"\s*(?:pixels?|px|grids?|matrix|matrices|patches|tiles|voxels?|images?|resolution)\b",
    regex.IGNORECASE,
)
_NAMES_THEN_BY = regex.compile(
    r"\s*(?:and\s+)?" + _LISTED_NAME + r"(?:\s+and\s+" + _LISTED_NAME + r")?\s+by\s+"
)
"""'..., AP50 and AP75 by ': the last items of a list of names before 'by' (not 'complemented
by', '256 by')."""
_CLAUSE_TAIL = regex.compile(r"(?:[,;]|:(?![\d.]))(?=(?:[^,;:]|:[\d.])*$)")
"""The last punctuation mark of a text: what follows it is the number's own clause (a colon
before a digit is part of a name: 'mAP50:95')."""


_OUTPERFORMED_PAREN = regex.compile(
    r"\b(?:outperform\w*|surpass\w*)\b(?:(?!\bby\b)[^,;.()]){0,60}\(\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
"""A value right after the system outperformed, in brackets of its own, is that system's
score ('outperforming GPT-4o (66.82%)'); after 'by 28% (' it is still the margin."""


_NAMED_IN_BRACKET = regex.compile(
    r"\s+(?!(?:" + cues.CHANGE_NOUNS + r"|points?|pts?|higher|lower|better|worse|more|less)\b)"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s*\)",
    regex.IGNORECASE,
)
"""'(256 dimensions)', '(648 images)': a count of what the bracket follows, no change."""


_EVIDENCED_BY = regex.compile(
    r"\b(?:corroborated|supported|evidenced|indicated|reflected|validated|confirmed|"
    r"demonstrated|accompanied|followed|driven|characterized|shown|measured|quantified|"
    r"captured|exemplified|marked)\s+by\s+(?:an?\s+|the\s+)?$",
    regex.IGNORECASE,
)
"""'corroborated by an 86% agreement rate', 'followed by 3 seconds': what shows or goes with
something, a change only when it says so ('evidenced by a 4.1% accuracy gain')."""


def _delta_left(c: Ctx) -> bool:
    m = c.mention
    if m.skip or m.unit in _NOT_COMPARATIVE_UNITS:
        return False
    tail = c.left[-90:]  # the cue ends the text: its tail suffices
    if not cues.DELTA_LEFT_FROM_END.search(tail):
        return False
    if _EVIDENCED_BY.search(tail) and not cues.DELTA_RIGHT.match(c.right):
        return False
    if (
        m.signed is None
        and m.qualifier == "exact"
        and (m.spread or cues.ALONE_IN_BRACKET.match(c.right))
        and _OUTPERFORMED_PAREN.search(tail)
    ):
        return False  # 'outperforming the M3D model (19.10%)': M3D's score, no margin
    if _DIMENSION_BY.search(tail, max(0, len(tail) - 16)) and (
        _DIMENSION_UNIT.match(c.right) or _DIMENSION_UNIT.match(m.unit_text or "")
    ):
        return False  # '256 by 256 pixels': a size (but 'the SoTA's 7.87 by 3.18' is a change)
    if m.unit is None and tail.rstrip().endswith("(") and _NAMED_IN_BRACKET.match(c.right):
        return False  # 'improves compressed embeddings (256 dimensions) by': which ones
    if m.unit is None:
        cue = cues.DELTA_LEFT.search(tail)  # the leftmost reading: 'an improvement by'
        if cue is not None and cue.group().lower().startswith("by"):
            # 'improves FID by 3.1', not 'degradation tasks, and images produced by 10'
            clause = _CLAUSE_TAIL.search(c.left)
            head = c.left[clause.end() :] if clause else c.left
            if not cues.says_which_way(head) and _NAMES_THEN_BY.fullmatch(head):
                head = c.left  # 'improves AP, AP50 and AP75 by': the comma was the list's
            return cues.says_which_way(head)
    return True


_POINTS_OF = regex.compile(r"\s*of\s+")
"""'9.94 points of accuracy gain': points are of a change (but '20% of improvements' is a
share)."""


def _delta_right(c: Ctx) -> bool:
    m = c.mention
    if m.skip or m.unit in _NOT_COMPARATIVE_UNITS:
        return False
    if m.unit:
        of = _POINTS_OF.match(c.right) if m.unit in ("points", "pp") else None
        return bool(cues.DELTA_RIGHT.match(c.right[of.end() :] if of else c.right))
    if cues.DELTA_RIGHT_BARE.match(c.right):
        return True
    named = cues.NAMED_CHANGE.match(c.right)  # '16.6 ELO advantage', not '9 RGB gains'
    return named is not None and bool(_metric_phrase().fullmatch(named.group("np").strip()))


_EQUALS_END = regex.compile(
    r"(?<!(?:(?i:\b(?:delta|change|gain|drop))|Δ|∆)[\w^{}$\\ -]{0,10})=\s*$"
)
"""'r=-0.97', 'rho = +0.32': a signed value a quantity equals (but 'Δ = -0.3', '$Δ$F1 =
+0.023', 'delta-c = +0.029' are changes, and so is 'OCR: -21.3%')."""


def _delta_signed(c: Ctx) -> bool:
    m = c.mention
    if m.signed is not None and _EQUALS_END.search(c.left[-30:]):
        return False
    return not m.skip and m.signed is not None and m.unit not in _NOT_COMPARATIVE_UNITS


def _delta_pp(c: Ctx) -> bool:
    return not c.mention.skip and c.mention.unit == "pp"


def _result_count(c: Ctx) -> bool:
    m = c.mention
    return not m.skip and m.unit in COUNT_UNITS and bool(cues.COUNT_VERBS.search(c.left))


def _result_percent(c: Ctx) -> bool:
    m = c.mention
    if m.skip or m.unit != "%":
        return False
    if c.right.lstrip().startswith("of ") and cues.SETUP_VERB_LEFT.search(c.left):
        return False
    if cues.SETUP_OF_RIGHT.match(c.right) and (
        cues.SETUP_LEFT.search(c.left) or not cues.RESULT_VERBS.search(c.left[-60:])
    ):
        return False
    return not (m.qualifier == "less_than" and cues.SETUP_OF_RIGHT.match(c.right))


_COUNTED_AFTER = regex.compile(
    r"\s+(?:" + cues.COUNTED_NOUNS
    + r"|(?!(?:\w*seconds|minutes|hours|days|years)\b)" + cues.COUNTED_PLURAL + r")\b",
    regex.IGNORECASE,
)
"""'3 ASR models', '11 energy levels': what a whole number before a metric's name counts (a
time after it is the metric's value: 'a mean latency of 143 microseconds')."""
_METRIC_OF_TAIL = regex.compile(r"\s+(?:\w+\s+){0,3}?of\s+(?:an?\s+)?(?:\w+\s+)?")
_METRIC_LEFT_TAIL = regex.compile(
    r"(?:\s+(?:score|scores|of|=|:|is|was|reaches|reached|reaching|to|at|improves|"
    r"improved|increases|increased|rate|value|values|up|by|from))*\s*[=:]?\s*$",
    regex.IGNORECASE,
)


GENERIC_METRICS = frozenset(
    [
        "performance",
        "score",
        "scores",
        "cost",
        "memory",
        "reward",
        "return",
        "error",
        "robustness",
        "energy",
        "throughput",
        "latency",
        "agreement",
        "correlation",
        "precision",
        "sensitivity",
        "specificity",
    ]
)
"""Words that name a metric only loosely: before a bare integer they count things."""


def _result_metric(c: Ctx) -> bool:
    m = c.mention
    if m.skip or m.unit in ("%", "x", "pp", "points") or m.unit in COUNT_UNITS:
        return False
    if m.value.is_integer() and _COUNTED_AFTER.match(c.right):
        return False  # 'perplexity in 4 out of 5 models': a count
    metric = _metric_phrase()
    right = metric_after(_METRIC_RIGHT).match(c.right)
    if right:
        # '3 ASR models', '5 F1 scores' count things the metric only qualifies
        return not (m.value.is_integer() and _COUNTED_AFTER.match(c.right, right.end()))
    for found in metric.finditer(c.left[-60:]):
        if found.group().lower() in GENERIC_METRICS and m.value == int(m.value):
            continue
        tail = c.left[-60:][found.end() :]
        if _METRIC_LEFT_TAIL.fullmatch(tail) or _METRIC_OF_TAIL.fullmatch(tail):
            return True
    return False


_METRIC_RIGHT = r"^\s*+(?:\(\s*+(?=[^()]{1,40}\))|(?:[\w/&-]+\s+){0,2}?)"
"""Up to two words between a number and its metric ('83.0 program accuracy'), or a
bracket the metric stands in ('0.505 (Pearson)')."""
_NAMED_VALUE_LEFT = regex.compile(
    r"(?:\b[A-Z][A-Za-z0-9@-]*[A-Z][A-Za-z0-9@-]*s?|\b[A-Z]{1,2}\d?|\b[A-Z][a-z]?\d[\w-]*"
    r"|(?<![\w\\])(?:r|ρ|τ|κ|rho|tau|kappa)(?=\s*=))"
    r"\s*(?:\([^()]{1,20}\)\s*)?"
    r"(?:=|:|\bof)\s*(?:about\s+|only\s+)?$",
)
_NAMED_TAIL = regex.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:of|=|:)\s*")
_SCORE_OF_LEFT = regex.compile(
    r"\bscores?\s*(?:of|=|:)\s*$",
    regex.IGNORECASE,
)
_RESULT_LEAD = regex.compile(
    r"(?:\b(?:to|of|at|achiev\w*|obtain\w*|reach\w*|attain\w*|yield\w*|record\w*|report\w*|"
    r"scor\w*|with|returns?)|[:=(])\s*(?:an?\s+|the\s+)?(?:new\s+)?$",
    regex.IGNORECASE,
)
_ON_DATASET_RIGHT = regex.compile(
    r"^(?:/[\d.]+%?)?\s+(?:on|in|for)\s+(?:the\s+)?", regex.IGNORECASE
)
"""'78.6 on COCO', and '65.3/66.5 on CoNLL-2014' (a pair of values for one dataset)."""


def _is_measurement(m: Mention) -> bool:
    """A decimal, or a number with a unit of measure: not a count of things."""
    raw_has_point = m.value != int(m.value) or m.unit not in (None,) + tuple(COUNT_UNITS)
    return m.kind == "digits" and raw_has_point and m.unit not in ("x", "pp")


def _result_named_value(c: Ctx) -> bool:
    """'an AUC of 0.98', 'EPE=1.4', 'mAP: 45.2', 'a dice coefficient of 0.81'."""
    m = c.mention
    if m.skip or not _is_measurement(m) or cues.HYPERPARAMETER_LEFT.search(c.left):
        return False
    if _NAMED_VALUE_LEFT.search(c.left) or _SCORE_OF_LEFT.search(c.left):
        return True
    tail = c.left[-70:]
    metric = _metric_phrase()
    return any(_NAMED_TAIL.fullmatch(tail, f.end()) for f in metric.finditer(tail))


_RATING_SCALE = regex.compile(r"\s?/\s?(?P<scale>3|4|5|7|10|100)(?![\w/]|[.,]\d)(?!\s+of\b)")
"""'3.24/4', '4.14/5', '8/10': a score on a rating scale (not '21/140 tasks', '2/5 of')."""
_RATING_LEFT = regex.compile(
    r"\b(?:rat(?:ed|ing|ings)|scor(?:ed|es?|ing)|mean|average)\b", regex.IGNORECASE
)


def _result_rating(c: Ctx) -> bool:
    """'rated 4.14/5 by experts', '(mean 3.24/4)', 'an average rating of 8/10'."""
    m = c.mention
    scale = _RATING_SCALE.match(c.right)
    if m.skip or m.kind != "digits" or m.unit is not None or scale is None:
        return False
    if m.value > int(scale.group("scale")):
        return False
    return not m.value.is_integer() or bool(_RATING_LEFT.search(c.left[-40:]))


def _result_on_dataset(c: Ctx) -> bool:
    """'achieves 78.6 on COCO test-dev', 'perplexities: 57.3 on Penn Treebank'."""
    m = c.mention
    if m.skip or not _is_measurement(m) or m.unit == "%":
        return False
    on = _ON_DATASET_RIGHT.match(c.right)
    if not on:
        return False
    from .attach import datasets_in

    names = datasets_in(c.right[: on.end() + 60])
    if not any(start == on.end() for start, _, _ in names):
        return False
    return bool(_RESULT_LEAD.search(c.left) or _metric_phrase().search(c.left[-120:]))


_CLAUSE_SPLIT = regex.compile(r"[;:]|,\s+(?:while|whereas|but)\b")
_RAISED_TO_LEFT = regex.compile(
    r"\bto\s*$",
    regex.IGNORECASE,
)
_RAISED_RESULTS = regex.compile(
    r"\b(?:improv|increas|boost|rais|push|lift|advanc|bring|brought)\w*\b[^.;]*"
    r"\b(?:results?|scores?|performance|state[- ]of[- ]the[- ]art)\b"
    r"(?:(?!\b(?:when|if|set|setting|fixed|equal)\b)[^.;])*$",
    regex.IGNORECASE,
)


def _result_raised_to(c: Ctx) -> bool:
    """'increasing the SOTA results on three datasets to 49.4': the level reached."""
    m = c.mention
    if m.skip or not _is_measurement(m) or m.unit in ("x", "pp"):
        return False
    if not _RAISED_TO_LEFT.search(c.left):
        return False
    clause = _CLAUSE_SPLIT.split(c.left)[-1]
    return bool(_RAISED_RESULTS.search(clause))


_VALUES_WERE_LEFT = regex.compile(
    r"\b(?:values?|scores?|results?|numbers?|figures?)\b[^.;]{0,60}\b(?:were|are|is|was|reach|reached)"
    r"\s*(?:about\s+|only\s+)?$",
    regex.IGNORECASE,
)
_GAIN_AFTER = regex.compile(r"^\s*\(\s*[+±-]\s*\d")


def _result_reported_value(c: Ctx) -> bool:
    """'the corresponding values for the test set were 0.7831, ...', and a score with its
    gain after it: 'Amazon-Google 79.28 (+ 3.7)'."""
    m = c.mention
    if m.skip or not _is_measurement(m) or m.unit in ("x", "pp"):
        return False
    return bool(_VALUES_WERE_LEFT.search(c.left) or _GAIN_AFTER.match(c.right))


def _result_metric_clause(c: Ctx) -> bool:
    """'improve perplexity ... to 51.1', 'state-of-the-art accuracy (37.5 in BLEU)'."""
    m = c.mention
    if m.skip or not _is_measurement(m) or m.unit == "%" or cues.HYPERPARAMETER_LEFT.search(c.left):
        return False
    if metric_after(r"^\s*(?:in|of)\s+(?:terms\s+of\s+)?(?:[\w/-]+\s+){0,2}?").match(c.right):
        return True
    if not _RESULT_LEAD.search(c.left):
        return False
    return bool(_metric_phrase().search(c.left[-100:]))


RULES: tuple[Rule, ...] = (
    Rule(
        "ratio_factor",
        "ratio",
        _ratio_factor,
        (
            "It speeds up decoding by a factor of [[3]].",
            "Memory drops by a factor of [[4.5]] compared with the baseline.",
        ),
        ("The factor graph has [[3]] nodes.",),
    ),
    Rule(
        "ratio_multiplier",
        "ratio",
        _ratio_unit,
        (
            "LOOPer achieves a geometric mean speedup of [[1.84]]x over Tiramisu.",
            "The method is [[34]]x more cost-effective than GPT-4.",
            "It reduces the computational cost by [[8-10]]times.",
            "Our model runs [[two orders of magnitude]] faster.",
            "FFA-LoRA can further [[halve]] the communication cost.",
            "Training is [[ten]] times faster.",
            "It achieves a [[2.5]]-fold speedup.",
            "The compiler is [[twice]] as fast as LLVM.",
            "It reduces training time by [[13]] folds and generation time by 69 folds.",
        ),
        (
            "We train on [[8]]x A100 GPUs.",
            "The graph holds 460,497 evidence-linked [[triples]].",
            "We map between [[triples]] that convey the same facts.",
            "Using a rigorous [[5]]-fold out-of-fold training scheme.",
            "Images are resized to 224x[[224]].",
            "Each experiment is repeated [[5]] times.",
            "We apply the operator [[twice]].",
            "The error is below 1 micrometer at [[40]]x magnification.",
            "It gains 2.35% mIoU on all [[3]] folds.",
            "Resolutions range from [[1,024]] $\\times$ 1,024 to 35,503 $\\times$ 26,627.",
            "It generates images (e.g., 4,096 X [[4,096]] and 8,192 X 8,192) with detail.",
        ),
    ),
    Rule(
        "delta_pp",
        "delta",
        _delta_pp,
        (
            "Accuracy rises [[4.1]] pp on MMLU.",
            "A gain of [[3]] percentage points.",
            "It yields a [[21]] percentage-point improvement over the strongest baseline.",
        ),
        ("We sample [[3]] points per object.",),
    ),
    Rule(
        "delta_signed",
        "delta",
        _delta_signed,
        (
            "Our method outperforms prior work (+[[0.5]] mIoU).",
            "Results improve, +[[2.3]]% on average.",
            "The curriculum beats the baseline ($Δ$F1 = +[[0.023]], $p=0.022$).",
            "It outperforms the clinical baseline (delta-c = +[[0.029]], p = 0.0005).",
        ),
        ("We evaluate on [[2]] datasets.",),
    ),
    Rule(
        "delta_left",
        "delta",
        _delta_left,
        (
            "It outperforms DPO by a clear margin of [[15]]%.",
            "It outperforms the baseline by an extra [[4]] points.",
            "This yields an improvement of [[2.66]]% over prior methods.",
            "It shows improvements in F1 scores of up to [[17]] points over the baselines.",
            "It shows relative improvements in AP0.5 of up to [[29.64]]% over Cellpose.",
            "Our method exceeds the state of the art by [[10.9]]% in Rank1.",
            "Average gains of [[7]]% over GRPO were observed.",
            "The model improves accuracy by [[3.2]] points.",
            "It reduces MSE by an average of [[8.41]]%.",
            "The system can improve the production models significantly([[3]]%).",
            "This improvement is [[20]]% over test sets with new words.",
            "On ten tasks, it improves FID by [[3.1]] on average.",
            "It outperformed the NLI-driven baselines by 28% ([[11.43]] points) on average.",
            "It improves accuracy ([[3.1]] higher) and latency.",
            "It increased by up to 29 percentage points ([[329]]% relative).",
            "Exploration widens, as evidenced by a [[4.1]]% increase in state entropy.",
            "It showed accuracy drops of only [[1.37]]% across scenarios.",
        ),
        (
            "Each step takes 9 seconds, followed by [[3]] seconds for motion alignment.",
            "The model was trained by [[3]] annotators.",
            "We increase the batch size to [[256]].",
            "It covers degradation tasks, and images produced by [[10]] generative models.",
            "It holds more than 8.8 million images generated by [[102]] deepfake methods.",
            "It crops patches of 100 by [[100]] pixels from each slide.",
            "It improves compressed embeddings ([[256]] dimensions) by 1.1 points.",
        ),
    ),
    Rule(
        "delta_right",
        "delta",
        _delta_right,
        (
            "It leads to a [[19.5]]% increase in conversational abilities.",
            "TACO achieves [[40]]% performance boost after one million steps.",
            "This yields up to [[10]]% higher accuracy than a naive baseline.",
            "Models score about [[20]] points lower on RewardBench 2.",
            "We observe a [[2.3]]% absolute improvement.",
            "It achieves up to [[246]]% TOPIQ score improvement.",
            "It offers a [[22.7]]% bitrate reduction over VVC.",
            "SAFT gets a [[3.5]] BLEU improvement over the baselines.",
            "CRM gives up to [[9.94]] points of accuracy gain on RewardBench.",
        ),
        (
            "We use [[20]] more epochs of training.",
            "It keeps [[20]]% of improvements.",
            "Features are combined with [[48]] dimensionality reduction methods.",
            "Tests across [[10]] languages show significant improvements.",
            "It forecasts floods up to [[7]] days lead time.",
        ),
    ),
    Rule(
        "result_count",
        "result",
        _result_count,
        (
            "Across all benchmarks, MultiMend fixes [[2,077]] bugs.",
            "VulDeePecker detects [[4]] vulnerabilities that were not reported.",
        ),
        ("The dataset contains [[2,077]] bugs.",),
    ),
    Rule(
        "result_percent",
        "result",
        _result_percent,
        (
            "The model achieves an overall accuracy of [[76.84]]%.",
            "FSPO achieves an [[87]]% Alpaca Eval winrate.",
            "SimCLR with DCL achieves [[68.2]]% ImageNet-1K top-1 accuracy.",
            "Eureka outperforms human experts on [[83]]% of the tasks.",
            # the score of the system outperformed, in brackets of its own: no margin
            "It reaches 73.35% on VideoAds, outperforming GPT-4o ([[66.82]]%) and Gemini.",
            # ... and so is a value in brackets after the one a change ends at
            "Fine-tuning improves the model to 60% top-1 ([[91]]% top-10).",
        ),
        (
            "Less than [[0.1]]% of points are labeled.",
            "It works even when we label only [[10]]% of trajectories.",
            "We fine-tune using only [[10]]% of the training data.",
            "GPT-[[4]] is used as a judge.",
            "We mask [[75]]% of the patches.",
        ),
    ),
    Rule(
        "result_metric",
        "result",
        _result_metric,
        (
            "A 7B model can obtain [[94.0]] pass@1 accuracy on MATH-500.",
            "We achieve the performance of [[27.1]] PQ on ADE20K.",
            "The LSTM achieves a BLEU score of [[34.8]] on the test set.",
            "Baselines achieve [[44.7]] chrF on Kalamang to English translation.",
            "Fine-tuning further improves it, reaching [[0.505]] (Pearson) on the test set.",
            "Our encoders achieve AUROC = [[0.97 to 0.99]] on all splits.",  # a range
            "It reaches [[34]] Elo points on the arena.",
            "It reaches a mean latency of [[143]] microseconds.",
        ),
        (
            "We train for [[200]] epochs with batch size 256.",
            "Experiments on [[11]] benchmarks show gains.",
            "Scaling to [[70]]B parameters helps.",
            "Results on AlpacaEval [[2.0]] are reported.",
            "In [[2023]], accuracy was studied.",
            "We assess the performance of [[60]] combinations of prompts.",
            "It ranks first among reward models as of [[1]] Oct 2024.",
            "We keep the [[0.9]] (momentum) setting of prior work.",
            "Points are voxelized with a geometry precision of 9 to [[12]] bits.",
            "We evaluate on 5 languages and [[3]] ASR models.",
            "It recalibrates features across [[11]] energy levels.",
            "The average accuracy of [[20]] LLMs remains at 68.8%.",
            "It gains 6.5% in sensitivity at [[4]] false positives per scan.",
            "It wins on perplexity in 4 out of [[5]] models.",
        ),
    ),
)
_MEASURE_UNITS_EXCLUDED = frozenset({None, "%", "x", "pp", "points"}) | COUNT_UNITS


def _result_unit(c: Ctx) -> bool:
    """'1.27 bits/char on text8', '42.1mm MPJPE', 'at 22.4fps', 'errors of 38.4 mm'."""
    m = c.mention
    if m.skip or m.unit in _MEASURE_UNITS_EXCLUDED:
        return False
    return bool(
        _RESULT_LEAD.search(c.left)
        or _metric_phrase().search(c.left[-80:])
        or _metric_phrase().match(c.right.lstrip())
    )


_PAREN_CLOSE_RIGHT = regex.compile(r"^\s*(?:\)|,|vs\.?\s)")
_PAREN_RESULT_LEFT = regex.compile(
    r"(?:[A-Z][\w.-]*|\d)(?:\s+[\w.-]+){0,2}?\s*\(\s*(?:\w+\s*[:=]?\s*)?$",
)


def _result_paren(c: Ctx) -> bool:
    """'D (X)': 'YouTube-VOS (86.2%), VOT 2020 (0.622)', 'Zh-En (33.5)', '(val: 66.3'."""
    m = c.mention
    if m.skip or not _is_measurement(m) or m.unit in ("x", "pp"):
        return False
    if not _PAREN_CLOSE_RIGHT.match(c.right):
        return False
    if not _PAREN_RESULT_LEFT.search(c.left):
        return False
    return bool(cues.RESULT_VERBS.search(c.left) or _metric_phrase().search(c.left))


RULES += (
    Rule(
        "result_reported_value",
        "result",
        _result_reported_value,
        (
            "The corresponding values for the test set were [[0.7831]], 0.8739 and 0.7748.",
            "For Amazon-Google we reach [[79.28]] (+ 3.7) points of F1.",
        ),
        ("The values of k were [[3]] and 5.", "There were [[12]] (+2 later) participants."),
    ),
    Rule(
        "result_raised_to",
        "result",
        _result_raised_to,
        (
            "It increases the SOTA results on the three datasets to [[49.4]], 60.2 and 68.9.",
            "We push the state-of-the-art score on SQuAD to [[93.1]].",
        ),
        (
            "We increase the batch size to [[256]].",
            "It improves results when the weight is set to [[0.5]].",
        ),
    ),
    Rule(
        "result_unit",
        "result",
        _result_unit,
        (
            "We regularise mLSTM to achieve [[1.27]] bits/char on text8.",
            "The detector runs at [[45.3]] FPS on a single V100.",
            "DeAOT can achieve 86.0% at [[22.4]]fps on YouTube-VOS.",
        ),
        ("The model is trained for [[100]] hours.", "Each image has [[512]] pixels per side."),
    ),
    Rule(
        "result_paren",
        "result",
        _result_paren,
        (
            "We win the Zh-En task with the best BLEU (33.5), En-Zh ([[49.7]]) and De-En (33.7).",
            "It achieves the best results on VOT 2020 ([[0.622]]).",
        ),
        (
            "We follow the setup of prior work ([[2023]]).",
            "Training uses a step size ([[3]]) here.",
        ),
    ),
    Rule(
        "result_named_value",
        "result",
        _result_named_value,
        (
            "The restored images reach a NIQE of [[3.27]] on average.",
            "We obtain a DISTS of [[0.121]] on CIFAR-10.",
            "IterNet achieves SENs of [[0.9816]], 0.9851, and 0.9881 on three datasets.",
            "In particular, we achieve VPQ=[[1.4]] on KITTI 2012.",
            "The tracker reaches TETA: [[61.2]] on the test set.",
            "Distance grows with geography (Mantel r = [[0.40]], p = 0.09).",
        ),
        (
            "Stage 2: [[3]] models are trained.",
            "We use GPT-[[4]] as judge.",
            "The ratio of [[3]] to 1 is used.",
            "We set r = [[16]] for all LoRA adapters.",
        ),
    ),
    Rule(
        "result_rating",
        "result",
        _result_rating,
        (
            "Answers were rated highly for correctness (mean [[3.24]]/4, 95% CI: 3.11-3.38).",
            "The summaries are rated [[4.14]]/5 by experts.",
            "It receives an average rating of [[8]]/10 from users.",
        ),
        (
            "[[2]]/5 of the participants agreed.",
            "The agent solved [[21]]/140 tasks.",
            "Each paper gets [[3]]/5 reviews.",
        ),
    ),
    Rule(
        "result_on_dataset",
        "result",
        _result_on_dataset,
        (
            "Our single model achieves [[78.6]] on COCO test-dev.",
            "We achieve word level perplexities on two sets: [[57.3]] on Penn Treebank.",
            "Ensembled models achieve [[79.2]] on COCO test-dev.",
        ),
        ("We train [[3]] models on ImageNet.", "Results for [[2.5]] on average are shown."),
    ),
    Rule(
        "result_metric_clause",
        "result",
        _result_metric_clause,
        (
            "We improve word-level perplexity on the Penn Treebank to [[51.1]].",
            "It reaches state-of-the-art accuracy ([[37.5]] in terms of BLEU score).",
        ),
        (
            "We set the learning rate to [[0.5]].",
            "Accuracy is computed with [[3]] seeds.",
            "We report exact match (EM) with a threshold of [[0.7]].",
        ),
    ),
)
RULES += (
    Rule(
        "change_from_to",
        "change",
        None,
        (
            "It improves the performance of CoOp from 71.66 % to [[76.94]] % on 11 benchmarks.",
            "An absolute gain of 26% (7% to [[33]]%) over the initializing model.",
            "We improve PASS@100 from 35.5% to 44.5% for GSM8K, and 27.6% to [[36.2]]% for MathQA.",
            "Perplexity drops from 51.3 down to [[30.0]].",
            "The error falls 4.59 → [[4.09]].",
            "It reaches FAD 0.79 to [[0.74]] on VGGSound and MOS 2.94 to 3.49.",
            "The score drops from 0.714 in Hindi to [[0.550]] in Swahili.",
            "It cuts the number of failed runs from 12 to [[3]].",
            "Fine-tuning helps (MedAlpaca: F1 = 47.3 -> [[78.5]]).",
            "Qwen2.5-VL-72B improves from 8.6% (vision-only) to [[59.0]]% with captions.",
        ),
        (
            "Texts are rated from 0 (fully objective) to [[100]] (fully subjective).",
            "We scale the model from [[7]]B to 70B parameters.",
            "Results are reported for epochs 1 to [[10]].",
            "We use window sizes 3 to [[5]] in all runs.",
            "Every model degrades as the group size grows from 2 to [[5]].",
            "Accuracy is 71.2 on MNLI and 3 on RTE to [[5]] on QNLI.",
        ),
    ),
    Rule(
        "result_pair",
        "result",
        None,
        (
            "Reasoning models outperformed the others in accuracy ([[71]]% vs 68%).",
            "Reasoning models outperformed the others in accuracy (71% vs [[68]]%).",
            "It improves annotation speed ([[0.42]] vs. 0.30 units/sec).",
            "It beats BM25 (45.1 versus [[38.2]] nDCG@10) on BEIR.",
        ),
        (
            "It uses 20.8% of the training epochs (31 vs. [[149]]).",
            "The two runs used (4 vs. [[8]]) GPUs.",
        ),
    ),
    Rule(
        "list_item",
        "result",
        None,
        (
            "IterNet achieves SENs of 0.9816, [[0.9851]], and 0.9881 on three datasets.",
            "ELASTIC achieves [[68.96]] and 65.21 of execution accuracy and program accuracy.",
            "It reaches 1.13 bits per character on text8 and [[1.06]] in a second run.",
        ),
        (
            "It improves accuracy by 5% and uses [[3]] GPUs.",
            "It holds [[163,023]] images and 2 million pairs, about 40 times more than others.",
        ),
    ),
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}


def classify(ctx: Ctx) -> Rule | None:
    """The first rule that fires on a mention, or None when it is no claim."""
    for rule in RULES:
        if rule.test is not None and rule.test(ctx):
            return rule
    return None
