"""Text in, claims out: numbers → rules → lists → fields, with offsets mapped back."""

from __future__ import annotations

import hashlib
import itertools
import re
import sys
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import regex

from benchclaims import __version__
from benchclaims.schema import Claim

from . import attach, cues
from .normalize import NormText, normalise
from .numbers import HALVING, TIME_UNITS, Mention, find_mentions, has_number_words
from .rules import GENERIC_METRICS, Ctx, Rule, classify
from .sentences import sentence_spans

_DIGIT = re.compile(r"[0-9]")
_CONTEXT_CHARS = 200
"""How much text either side of a number the rules look at: bounded, so that a long
sentence full of numbers costs linear time."""
_BETWEEN_CHANGE = regex.compile(
    r"^\s*(?:(?:down|up|all\s+the\s+way)\s+)?(?:to|→|->|=>|-->|⇒)\s*"
    r"(?:(?:just|only|merely|a\s+mere|as\s+(?:low|high|little)\s+as|an?\s+(?-i:[a-z][a-z-]*))\s+)?$"
)
_NUMBERED_BEFORE = regex.compile(
    r"\b(?:level|step|stage|round|epoch|layer|version|phase|grade|tier|iteration|day|week|"
    r"month|year)\s*$",
    regex.IGNORECASE,
)
_NOT_PARTING = frozenset({"in_name", "year", "date"})
_LABEL = regex.compile(r"\s*\([^()]{1,40}\)")
_BETWEEN_CONDITIONS = regex.compile(
    r"\s*(?:%\s*)?(?:(?:in|on|for|at|with|under)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}"
    r"|\([^()]{1,40}\))\s+to\s*$"
)
"""'from 0.714 in Hindi to 0.550', 'from 8.6% (vision-only) to 59.0%': what each value was
measured on stands between them."""
_SETUP_SWEEP = regex.compile(
    r"\b(?:sizes?|depths?|widths?|layers?|epochs?|ranks?|dimensions?|resolutions?|windows?|"
    r"horizons?|lengths?\s+of\s+the\s+(?:context|input|sequence)|context\s+lengths?)\b"
    r"[^,;]{0,40}$",
    regex.IGNORECASE,
)
"""Set-up quantities whose whole-number values a change sweeps, not outcomes."""
_AS_SWEEP = regex.compile(
    r"(?<!\b(?:such|well|so)\s)\bas\s+(?:the\s+)?(?:(?!(?:as|well)\b)[\w-]+\s+){1,5}?"
    r"(?:scales?|increases?|grows?|rises?|goes|varies|is\s+(?:increased|varied|scaled|raised))"
    r"\s+(?:from\s+)?$",
    regex.IGNORECASE,
)
"""'as load scales 25% to 100%', 'as the number of rollouts increases from 1 to 16': a
set-up swept while something else is measured, no change of an outcome."""
_BENCHMARK_SHAPED = regex.compile(r"(?i:bench)|\b(?:19|20)\d\d\b")
"""A name taken for both metric and dataset that neither vocabulary knows is a metric, unless
it is called a bench or dated ('SOP-Bench', 'AIME 2026'): most are ('TPOT', 'SubER')."""
_SCORE_METRIC = regex.compile(
    r"\b(?:accuracy|acc|F1|F1-score|precision|recall|AUC|AUROC|PR-AUC|BLEU|ROUGE(?:-\w+)?|mAP|"
    r"m?IoU|Dice|PSNR|SSIM|success\s+rate|win\s+rate|pass@\d+)(?:\s+scores?)?$",
    regex.IGNORECASE,
)
"""Metrics that score, which no value in units of time, rate, size or compute measures."""
_UNSCORED_UNITS = TIME_UNITS | {
    "fps", "frames per second", "tokens/s", "tokens/sec", "images/s", "img/s", "samples/s",
    "hz", "khz", "gb", "mb", "kb", "tb", "w", "kwh", "gflops", "tflops", "tokens", "steps",
}  # fmt: skip
_GENERIC_SUBJECT = regex.compile(r"(?!(?i:our|we|the\s+proposed)\b).[^A-Z]*")
"""A subject that names no system ('top models', 'Baselines'), whose values a model named
in brackets after each owns ('80.42% (Gemini 2.5 Pro)'); a named one's are its variants
('SFD achieves FID 1.04 (LightningDiT-XXL)')."""
_SETUP_UNITS = frozenset({"steps"})
"""Units of a set-up: 'an FID of 24.15 with 50 steps', 'tasks (30-220 steps)' state no
outcome (but 'from 50 steps to 4' is a change, '4,000+ fewer steps' a difference)."""
_SETUP_COUNT = regex.compile(
    r"\s+(?:(?:labell?ed|annotated|training|in-context|unlabell?ed|additional)\s+)?"
    r"(?:examples?|samples?|shots?|images?|demonstrations?|instances?|layers?|epochs?|steps?|"
    r"iterations?|clients?|GPUs?|nodes?|agents?|views?|frames?)\b",
    regex.IGNORECASE,
)
"""What a range of counts counts when it is a set-up ('with only 2 to 8 labeled examples')."""
_RANGE_BEFORE = regex.compile(
    r"\b(?:rang\w*|var(?:y|ies|ying)|spann\w*|between)\s+(?:from\s+|of\s+)?$",
    regex.IGNORECASE,
)
_SCALE_BEFORE = regex.compile(
    r"\b(?:scale|interval)\s+(?:from|of|between)\s+$", regex.IGNORECASE
)
"""'on a continuous scale from -50 to +50', 'a 95% confidence interval from 3.4 to 7.7'."""
_OWNER_BEFORE = regex.compile(
    r"\b(?<!-)(?P<name>(?:[A-Z][\w.+-]*\s+){0,2}[A-Z][\w.+-]*[A-Za-z0-9])['’]s\s+"
    r"(?:(?:best|highest|lowest|average|overall|mean)\s+)?(?:(?!(?:rho|tau|kappa|alpha|r|d|"
    r"correlations?|coefficients?)\b)(?-i:[a-z][\w-]*)\s+of\s+)?$"
)
"""A name in the possessive right before a value owns it: "ByteTrack's 114.3 pixels",
"Gemini's best performance of 43%"."""
_SIGNED_BRACKET = regex.compile(r"\s*\(\s*[+-]\s*\d")
_RANGE_DASH = regex.compile(r"\$?\s?(?:--?|–|—)?\s?\$?")
_DASH = regex.compile(r"-|–|—")
"""'15.2x-26.4x', '$15.2\times$-$26.4\times$': both ends of a range with their unit."""
_CHANGE_OF_BEFORE = regex.compile(
    r"\b(?:" + cues.CHANGE_NOUNS + r")\s+of\s+(?:up\s+to\s+|about\s+|around\s+|between\s+)?$",
    regex.IGNORECASE,
)
"""'improvements of 1.36 to 13.07 percentage points': a range of changes."""
_BY_BEFORE = regex.compile(r"\bby(?:\s+an?\s+(?:average|mean)\s+of)?\s*$", regex.IGNORECASE)
"""'reduces FLOPs by 30 to 50%': the change is a range, not a change from 30 to 50."""
_BRACKET_RANGE = regex.compile(r"(?<![\d%x×]\s?)\(\s*$")
"""'balanced (256 to 512 tokens)', '(2x to 32x)': a range in brackets, with no verb of
change in its clause (but '26% (7% to 33%)' is the change the 26% sums up)."""
_CHANGES_AFTER = regex.compile(
    r"\s*(?:%|points?|pp)?\s*(?:relative\s+|absolute\s+)?(?:" + cues.CHANGE_NOUNS + r")\b",
    regex.IGNORECASE,
)
_FROM_WORD_BEFORE = regex.compile(r"\bfrom\s*$", regex.IGNORECASE)
"""'(35.8% to 79.5% improvement)': a range of changes, unless it says where it is from."""
_OF_BEFORE = regex.compile(r"\bof\s*$", regex.IGNORECASE)
_FROM_IN = regex.compile(r"\bfrom\b", regex.IGNORECASE)
"""'achieve recalls of 90.3% to 96.4%': a level stated as a range (but 'from a baseline of
58.1 to 62.5' is a change)."""
_EQUALS_BEFORE = regex.compile(r"=\s*$")
"""'AUROC = 0.97 to 0.99': a level stated as a range (but 'F1 = 47.3 -> 78.5' is a change)."""
_RESULT_VERB = regex.compile(r"\b(?:achiev|obtain|attain|yield|reach)\w*", regex.IGNORECASE)
_CHANGE_VERB_ONLY = regex.compile(
    r"\b(?:improv|increas|boost|rais|reduc|decreas|drop|lower|cut|ris|jump|grow|grew|climb|"
    r"fell|fall|declin|enhanc|push|lift|elevat|bring|brought|advanc|shrink)\w*",
    regex.IGNORECASE,
)
_BARE_FROM = regex.compile(
    r"(?<!\(\s*)\bfrom\s*$",
    regex.IGNORECASE,
)
"""'achieves accuracy from X to Y' (a family of models: a range), not '(from X to Y)'."""
_FROM_BEFORE = regex.compile(
    r"\bfrom\s*$|\(\s*$",
    regex.IGNORECASE,
)
_CLAUSE_BREAK = regex.compile(
    r";|:(?![\d.])|,\s+(?:while|whereas|but)\b"
    r"|,\s+and\b(?!\s+(?:its\s+|the\s+)?" + cues.NAME_WORD + r"(?:\s+" + cues.NAME_WORD
    + r")?(?:\)\s*|\s*--\s*|\s+)by\b)"
    r"|\bwhile\b|\bwhereas\b"
)
"""Where a clause ends before a number; not inside a list of names (', and Self-Reflection by',
'(e.g., AIDE, and Ml-Master) by', ', and mAP50:95 by') nor of what a verb changes (', and
time-to-success by 19%')."""
_RIGHT_ON = regex.compile(r"[\s,]*(?:(?:on|in|for|across|at|over|with)\b\s*(?:the\s+)?)?")
"""', respectively on A-847, A-150, ...': the names follow 'respectively'."""
_RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
_PARALLEL_REACH = 40
"""Characters between a list of numbers and the parallel list of datasets it is paired
with when the sentence does not say 'respectively' ('81.2% and 79.3% accuracy on ')."""
_PLACE_WORDS = r"on|in|for|at|across|over|with|than"
"""Words after a value that start saying where or against what it was measured."""
_RIGHT_HEAD = regex.compile(
    r"^(?:\s*\(\w+\))?(?:\s*+(?!--\s*[A-Za-z])(?!(?:while|but|and|whereas|to(?!\s+[\d.])|(?!on\s+average)(?:"
    + _PLACE_WORDS
    + r"))\b)[\w-]++){0,3}"
)
"""The words right after a value that may say its direction ('7.2 percentage points (pp)
higher'), up to where it says what on ('on the more challenging sets' says none)."""
_BARE_LIST = regex.compile(r"(?:[\s,/&]|and\b|or\b|[-+]?\d[\d.,]*(?:\s?[^\s,\d]{1,8})?)*")
"""Between items of a list that names nothing per item: numbers, their units, separators
('82.8%, 84.2%, and '; not '64.3% on medical entities, ')."""
_VALUE_ON = regex.compile(r"^[-+]?[\d.,]+\s?\S{0,8}\s+(?:on|in|for|at)\s+(?:the\s+)?")
"""'81.3% accuracy on GSM8K and 59.6% on MathQA': an item that states its own value first."""
_METRIC_ON = regex.compile(
    r"^(?:(?:[\w.@^{}$-]+\s+){1,3}?(?:on|over|across)|(?:(?-i:[a-z])[\w-]*\s+){1,3}?of|"
    r"(?:[\w-]+\s+){0,3}(?:benchmarks?|datasets?|tasks?|corpus|corpora|metrics)"
    r"(?:\s+(?:such\s+as|like|including|namely|in|on|for))?)\s+(?:the\s+)?(?=\S)"
)
"""'in Abs.Rel on MVSEC and DENSE', 'over existing methods on the MAMI and MMHS150K
datasets', 'on the test sets of Stanford2D3D and Trans10K-v2', 'SAP^2 on the SlideSpeech
and LibriSpeech', 'on head CT benchmarks RSNA and CQ500', 'in main metrics Dice and HD95': a
first item that says the metric, the baseline, the split or the kind first."""
_DETERMINED = regex.compile(r"(?:the|our|their|its|this|these|those)(?:\s+[a-z][a-z-]*)*")
"""'the results', 'this study': a determiner and lower-case words name nothing."""
_CLAUSE_WORD = regex.compile(
    r"\b(?:over|for|of|the|terms|respectively|on|in|with|and|at|achiev\w*|compar\w*)\b",
    regex.IGNORECASE,
)
"""A word that makes a list item more than a name ('AUTC over the best OOD')."""
_REFERRING_ITEM = regex.compile(r"(?i:same|each|all|other|either|respective)\b")
"""The first words of a list that points back at what was named before."""
_CLAUSE_IN_ITEM = regex.compile(r"\bby\b.*\d")
"""'non-expert actions by over 50%': an item that holds a clause of its own."""
_BOTH = regex.compile(r"(?i:both)\s+")
_LOWER_LEAD = regex.compile(r"(?:(?-i:[a-z][\w-]*)\s+){1,3}(?=[A-Z])")
"""'on the publicly available SLIVER07, ChestX-ray14 and ACDC datasets': lower-case words
before the first of a list of names describe the whole list."""
_VERSUS = regex.compile(r"\b(?:vs\.?|versus)(?!\w)", regex.IGNORECASE)
_CALLED_DATASET = regex.compile(r"\s+(?:benchmarks?|datasets?|corpus|corpora)\b")
_POSSESSIVE = regex.compile(r"(?<=\w)['’]s?(?:\s|$)")
_WORD_GOES_ON = regex.compile(r"[\w-]")
_METRIC_OWNER = regex.compile(
    r"(?:\s+(?:scores?|values?|rates?|indicators?|metrics?))?(?:\s*\([^()]*\))?"
    r"(?:\s+(?:of|for)\s+(?P<owner>\S.*))?"
)
"""What may follow a metric in a subject: its head noun, its abbreviation, whose it is."""
_SYSTEM_OWNER = regex.compile(
    r"[A-Z]{2}|[A-Z][a-z]+[A-Z]|" + attach.MODEL_LIKE + "|" + attach.SYSTEM_NOUN
)
"""Whose a metric is, when a system's: 'the accuracy of QwQ-32B', 'of this model' (not 'the
F1 score of the six issues')."""
_SYSTEM_AT_END = regex.compile(r"(?!best\b)" + attach.SYSTEM_NOUN + r"$")
_NAME_ITEM = regex.compile(r"(?![\d.])[^A-Za-z]*[A-Za-z]")
"""A list item that can be a name: it has a letter and starts with no number."""
_ASIDE = regex.compile(r"^\s*\(\s*$")
_DATASET_TAILS = frozenset({"dataset", "datasets", "benchmark", "benchmarks", "split", "splits"})
_SET_TAILS = frozenset({"set", "sets", "corpus", "corpora", "task", "tasks"})
"""Words after a list that make its items datasets only when they are names ('on Callhome
and Fisher test sets', not 'on the validation and test sets')."""
_CAPITALISED = regex.compile(r"[A-Z0-9]\S*(?:\s+(?:[A-Z0-9]\S*|test|val|validation|dev))*")
"""A list item that is a name: every word capitalised, but for the split it is ('Fisher
test'); not 'Abs.Rel on MVSEC'."""
_CONDITION_TAILS = frozenset({"setting", "settings", "scenario", "scenarios", "regime", "regimes"})
_REPORTING_VERB = r"(?-i:(?:demonstrat|show|indicat|reveal|confirm|verif|validat)\w*\b)"
"""'experiments on A and B datasets demonstrate': the verb that ends a list of names."""
_ITEM = r"[^\s,;()]+(?:\s+(?!" + _REPORTING_VERB + r")[^\s,;()]+){0,4}?"
_ENUM_END = (
    r"(?:\s+(?:(?-i:[a-z]+(?:tion|ing))\s+(?=(?:tasks?|datasets?|benchmarks?)\b))?"
    r"(?P<tail>(?-i:[a-z]+)))??"
    r"(?=\s*(?:[,.;)]|$|to\s*$|\s+(?:respectively|with|using|while|under|and\s+the|"
    r"(?:and\s+)?(?:obtain|achiev|reach|attain|yield|outperform|surpass)\w*|"
    + _REPORTING_VERB
    + r")\b))"
)
"""Where a list of names ends: at punctuation, or a word that starts a new phrase ('...
datasets and obtains mIoU of'). The word saying what the names are (the tail) may follow
what they are of: '... and English-French translation tasks'."""
_ENUM_LEAD = (
    r"(?:\b(?:on|for|in|across|at|of|to)|\bw\.r\.t\.|\bwith\s+respect\s+to)\s+(?:the\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?"
    r"(?:(?:data\s?sets|benchmarks|tasks)"
    r"(?:\s*,?\s*i\.e\.,?\s+|\s*,(?:\s*(?:namely|such\s+as|including))?\s+|\s*\(\s*))?"
)
"""'on MNLI', 'on the GLUE tasks', 'on three datasets, namely', 'on the benchmarks, i.e.',
'on two datasets, ScanNet v2 and S3DIS', 'on four benchmarks (WHU-CD, S2Looking, ...)'."""


@cache
def _enumeration_pattern(n: int) -> regex.Pattern[str]:
    """Exactly n names joined by commas and a final 'and'/'or', after a preposition."""
    middle = r"(?:\s*,\s*" + _ITEM + f"){{{n - 2}}}" if n > 2 else ""
    return regex.compile(
        _ENUM_LEAD
        + r"(?P<items>"
        + _ITEM
        + middle
        + r"\s*,?\s+(?:and|or|&)\s+"
        + _ITEM
        + r")"
        + _ENUM_END,
        regex.IGNORECASE,
    )


_SYSTEM = (
    r"(?:(?=[A-Z])" + attach._CAPNAME + r"|(?-i:[a-z]{1,5}\d[\w.-]*))(?:\s+" + attach._CAPNAME_NEXT
    + r"){0,2}"
)
"""A system's name: up to three capitalised (or numbered) words, the first a letter's, or
a model's name in lower case with a number ('o3-mini', 'o1')."""


_COMPARED_WITH = (
    r"\b(?:outperform\w*|surpass\w*|improv\w*(?:\s+(?:up)?on)?|beat\w*|exceed\w*|over|than)"
    r"\s+(?:the\s+)?"
)


@cache
def _systems_pattern(n: int, compared: bool) -> regex.Pattern[str]:
    """Exactly n capitalised names joined by commas and a final 'and', either opening a
    clause and followed by the verb phrase that leads to the values ('ViT-S, ViT-B and
    ViT-L achieve '), or compared with ('outperforms CDTrans and FixBi by ')."""
    middle = r"(?:\s*,\s*" + _SYSTEM + f"){{{n - 2}}}" if n > 2 else ""
    items = r"(?P<items>" + _SYSTEM + middle + r"\s*,?\s+(?:and|&)\s+" + _SYSTEM + r")"
    if compared:
        return regex.compile(
            _COMPARED_WITH + items + r"\s+by\s+(?:up\s+to\s+|about\s+)?$", regex.REVERSE
        )
    return regex.compile(  # REVERSE: matched from the end it is anchored at, not everywhere
        r"(?:^|(?<=[,;:]\s{0,3})|(?<=\b(?:that|while|whereas|but)\s{1,3}))"
        + items
        + r",?\s+(?i:" + attach._SUBJECT_VERB.pattern + r")(?:\s+(?-i:[a-z][\w-]*)){0,3}\s+$",
        regex.REVERSE,
    )


_METRIC_ITEM = cues.NAME_WORD + r"(?:\s+" + cues.NAME_WORD + r")?"


def _metric_list(n: int, after: str) -> regex.Pattern[str]:
    """Exactly n metric names joined by commas and a final 'and', right before `after`."""
    middle = r"(?:\s*,\s*" + _METRIC_ITEM + f"){{{n - 2}}}" if n > 2 else ""
    return regex.compile(
        r"(?<![\w'’])(?P<items>" + _METRIC_ITEM + middle + r"\s*,?\s+and\s+" + _METRIC_ITEM + r")"
        + after,
        regex.REVERSE,
    )


@cache
def _metrics_by_pattern(n: int) -> regex.Pattern[str]:
    """The n metrics a change verb takes right before 'by': 'boosts mDice and mIoU by'."""
    return _metric_list(n, r"\s+by\s+(?:up\s+to\s+|about\s+|over\s+)?$")


@cache
def _metrics_of_pattern(n: int) -> regex.Pattern[str]:
    """The n metrics right before the values they name: 'AP and AP50 of', 'top-1 and top-5
    errors of', 'precision and recall are'."""
    return _metric_list(
        n,
        r"\s+(?:scores?\s+|values?\s+)?(?:of|are|were|reach(?:es|ed)?|=|:)\s+"
        r"(?:up\s+to\s+|about\s+|around\s+|over\s+)?$",
    )


def _metric_names(items: str, n: int, shared_head: bool) -> tuple[list[str], str] | None:
    """The n metrics a list names (if shared_head, a head noun written once going with every
    item: 'top-1 and top-5 errors'), and the word before the first when the list starts
    after it ('achieved AP and AP50', 'improving precision and F1'); None unless all are
    metrics."""
    names = _SPLIT_ITEMS.split(items.strip())
    metric = attach._metric_phrase()
    first = names[0].split()
    word = ""
    if len(first) == 2 and not metric.fullmatch(names[0]):
        word, names[0] = first
    shared = names[-1].split()
    if shared_head and len(shared) == 2 and all(len(x.split()) == 1 for x in names[:-1]):
        names = [f"{name} {shared[1]}" for name in names[:-1]] + [names[-1]]
    if len(names) != n or not all(metric.fullmatch(name) for name in names):
        return None
    return names, word


def _label_metrics(members: list[int], names: list[str], out: dict[int, _Found]) -> None:
    for i, name in zip(members, names, strict=True):
        out[i].labels["metric"] = name


def _metrics_of_listed(head: str, members: list[int], out: dict[int, _Found]) -> None:
    """'achieved AP and AP50 of 45.1 and 63.2, respectively': each value is its metric's."""
    listed = _metrics_of_pattern(len(members)).search(head)
    named = _metric_names(listed.group("items"), len(members), True) if listed else None
    if named is not None:
        _label_metrics(members, named[0], out)


_SPLIT_ITEMS = regex.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")


@dataclass(slots=True)
class _Found:
    """A claim decided on, before its fields are attached."""

    mention: Mention
    rule: str
    claim_type: str
    sentence: tuple[int, int]
    origin: Mention | None = None
    lead: Mention | None = None  # first item of the list this claim is in
    tail: Mention | None = None  # last item of that list
    labels: dict[str, str | None] = field(default_factory=dict)


def extract_claims(doc_id: str, text: str) -> list[Claim]:
    """All claims of one document, in text order."""
    if not _DIGIT.search(text) and not has_number_words(text):
        return []  # no digit and no number word: nothing to do
    norm = normalise(text)
    mentions = find_mentions(norm.text)
    if all(m.skip for m in mentions):
        return []  # only numbers in names, years, citations...: no claim candidate
    sentences = sentence_spans(norm.text)
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        idx = bisect_right(starts, m.num_start) - 1
        if idx >= 0 and m.num_end <= sentences[idx][1]:
            by_sentence.setdefault(idx, []).append(m)
    found: list[_Found] = []
    for idx, group in by_sentence.items():
        found.extend(_sentence_claims(norm.text, sentences[idx], group))
    return [_to_claim(doc_id, norm, f) for f in found]


def extract_claims_safely(doc_id: str, text: str) -> list[Claim]:
    """extract_claims for a run over a corpus: a bug met on one document costs that
    document's claims (with a warning naming it on stderr), not the whole run."""
    try:
        return extract_claims(doc_id, text)
    except Exception as err:  # noqa: BLE001 - any bug in a rule must not stop a corpus run
        print(
            f"benchclaims: warning: no claims for document {doc_id}: extraction failed ({err!r})",
            file=sys.stderr,
        )
        return []


def _sentence_claims(text: str, sent: tuple[int, int], ms: list[Mention]) -> list[_Found]:
    s0, s1 = sent
    out: dict[int, _Found] = {}
    used: set[int] = set()
    # a number inside a name or a year between two values parts no pair ('from 0.82 (SAM-2)
    # to 0.86', 'from 14.5% in 2021 to 44.6%')
    paired = [k for k, m in enumerate(ms) if m.skip not in _NOT_PARTING]
    for i, j in itertools.pairwise(paired):
        a, b = ms[i], ms[j]
        if a.skip or b.skip or i in used:
            continue
        between = text[a.end : b.start]
        left = text[s0 : a.start]
        if a.unit is None and b.unit is not None and _NUMBERED_BEFORE.search(left):
            continue  # 'from 18% at level 1 to just 4%': a numbered stage, not the from-value
        dashed = _DASH.search(between) is not None
        if (
            a.unit is not None
            and a.unit == b.unit
            and a.signed is None
            and _RANGE_DASH.fullmatch(between)
            and (dashed or b.signed == "-")
        ):
            high = b.value if dashed else -b.value  # '$15.2\times$-$26.4\times$': no minus
            if high >= a.value and not (dashed and b.signed):
                b.value, b.signed = high, None
                _join_range(a, b)  # '15.2x-26.4x speedup'
                used.add(j)
                continue
        if not _BETWEEN_CHANGE.match(between) and not (
            _BETWEEN_CONDITIONS.match(between) and _FROM_BEFORE.search(left)
        ):
            continue
        arrow = "to" not in between
        same_unit = a.unit is not None and a.unit == b.unit
        scope = left if same_unit else _clause(left)
        verb = _last(cues.CHANGE_VERBS.finditer(scope))
        if verb is not None and _RESULT_VERB.search(scope, verb.end()):
            verb = None  # '... by 76.64% to 79.84% and achieves 1.14x to 1.66x': a result's
        clause = _clause(left)
        family = _RESULT_VERB.search(clause) and not _CHANGE_VERB_ONLY.search(clause)
        if _SCALE_BEFORE.search(left):
            used.update((i, j))  # 'on a continuous scale from -50 to +50': a scale's ends
            continue
        range_word = _RANGE_BEFORE.search(left)
        is_range = (
            range_word
            or (family and _BARE_FROM.search(left))
            or (not arrow and _EQUALS_BEFORE.search(left))
            or (not arrow and _BY_BEFORE.search(left))
            or (not arrow and _CHANGE_OF_BEFORE.search(left))
            or (not arrow and _OF_BEFORE.search(left) and not _FROM_IN.search(left[-80:]))
            or (not arrow and not verb and _BRACKET_RANGE.search(clause))
            or (
                not arrow
                and _CHANGES_AFTER.match(text, b.end)
                and not _FROM_WORD_BEFORE.search(left)
            )
        )
        if a.signed == "+" and b.signed == "+" and not arrow and not _FROM_WORD_BEFORE.search(left):
            if b.value >= a.value:
                _join_range(a, b)  # '(+0.65% to +3.05%)': a range of gains ('from +0.779
                # to +0.846' is a change)
                used.add(j)
            continue
        if is_range and b.value >= a.value:
            _join_range(a, b)
            used.add(j)
            continue
        if range_word or (not arrow and _BY_BEFORE.search(left)):
            continue  # 'spanning from 83.3% in one domain to 0.8% in another', 'drops it by
            # 14-40 pp to a 0.54 floor': no change between the two
        counts = a.value.is_integer() and b.value.is_integer()
        unitless = a.unit is None and b.unit is None
        if counts and unitless and _SETUP_SWEEP.search(clause):
            continue  # 'as group size grows from 2 to 5': a set-up varied, no outcome
        if _AS_SWEEP.search(clause):
            used.update((i, j))
            continue
        if counts and unitless and _SETUP_COUNT.match(text, b.end):
            used.update((i, j))  # 'with only 2 to 8 labeled examples': a set-up range
            continue
        if counts and unitless and "(" in between and _LABEL.match(text, b.end):
            continue  # 'from 0 (fully objective) to 100 (fully subjective)': a scale's ends
        signed_after = _SIGNED_BRACKET.match(text, b.end)  # 'SPK-SIM 78.3% to 89.4% (+14%)'
        if arrow or _FROM_BEFORE.search(left) or verb or signed_after or _metric_ends(left, counts):
            out[j] = _Found(b, "change_from_to", "change", sent, origin=a)
            used.update((i, j))
        elif not arrow and b.value > a.value and a.unit in (None, b.unit):
            _join_range(a, b)  # 'at 30 to 40 frames per second': nothing changes
            used.add(j)
    for i, m in enumerate(ms):
        if i in used or m.skip:
            continue
        window = _CONTEXT_CHARS
        left, right = (
            text[max(s0, m.start - window) : m.start],
            text[m.end : min(s1, m.end + window)],
        )
        rule = classify(Ctx(m, left, right))
        if rule is not None and not (rule.claim_type == "result" and m.unit in _SETUP_UNITS):
            out[i] = _Found(m, rule.name, rule.claim_type, sent)
    _compared_pairs(text, s0, ms, out, used)
    _propagate_lists(text, ms, out, used)
    _respectively(text, sent, ms, out)
    return [out[i] for i in sorted(out)]


def _join_range(a: Mention, b: Mention) -> None:
    """Make a the range from a to b ('76.5% to 80.9%'): one claim with both ends."""
    a.value_high, a.num_end = b.value, b.num_end
    a.end, a.unit = b.end, a.unit or b.unit


_VS = regex.compile(r"\s*(?:vs\.?|versus)\s*", regex.IGNORECASE)
_VS_BRACKET = regex.compile(r"\s*\(\s*(?:vs\.?|versus)\s*", regex.IGNORECASE)
_CLOSE = regex.compile(r"\s*\)")


def _compared_pairs(
    text: str, s0: int, ms: list[Mention], out: dict[int, _Found], used: set[int]
) -> None:
    """'outperforms Y (71% vs 68%)', 'lifts accuracy to 75.6% (vs. 74.1%)': a pair in brackets
    compares two levels, so both are results (not margins), and the second is the compared
    system's (see _to_claim)."""
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        found = out.get(i) or out.get(i + 1)  # one value read as a claim makes both
        if found is None or found.claim_type == "change" or i in used or i + 1 in used:
            continue
        if a.skip or b.skip:
            continue
        if a.signed or b.signed or a.kind != "digits" or b.kind != "digits":
            continue  # '(+3.1 vs +1.2)' compares two gains
        opened = text[s0 : a.start].rstrip().endswith("(")
        if not (opened and _VS.fullmatch(text, a.end, b.start)) and not (
            _VS_BRACKET.fullmatch(text, a.end, b.start) and _CLOSE.match(text, b.end)
        ):
            continue  # '(71% vs 68%)', '75.6% (vs. 74.1%)'
        out[i] = _Found(a, "result_pair", "result", found.sentence)
        out[i + 1] = _Found(b, "result_pair", "result", found.sentence, lead=a)


_METRIC_GAP = regex.compile(r"\s*(?:[:=]|of)?\s*")


def _metric_ends(left: str, counts: bool) -> bool:
    """Whether a metric's name ends the text: 'FAD 0.79 to 0.74' is a change of FAD (but
    'a precision of 9 to 12 bits' is no change: a loose metric word before counts)."""
    tail = left[-60:]
    last = _last(attach._metric_phrase().finditer(tail))
    if last is None or not _METRIC_GAP.fullmatch(tail, last.end()):
        return False
    return not (counts and last.group().lower() in GENERIC_METRICS)


def _clause(left: str) -> str:
    """The part of the text before a number that belongs to the number's clause."""
    parts = _CLAUSE_BREAK.split(left)
    return parts[-1] if parts else left


def _list_groups(text: str, ms: list[Mention]) -> list[list[int]]:
    """Runs of numbers joined by list separators; numbers inside names between them
    ('on text8 and') do not break a run."""
    groups: list[list[int]] = []
    current: list[int] = []
    for i, m in enumerate(ms):
        if m.skip == "size" and current:
            groups.append(current)  # '163,023 images and 2 million pairs, 40 times larger'
            current = []
        if m.skip:
            continue
        if current and _ASIDE.match(text[ms[current[-1]].end : m.start]):
            continue  # "49.4 (+1.0), 60.2": the bracketed number is an aside
        if current and cues.LIST_SEP.match(text[ms[current[-1]].end : m.start]):
            current.append(i)
        else:
            if current:
                groups.append(current)
            current = [i]
    if current:
        groups.append(current)
    return [g for g in groups if len(g) > 1]


def _change_groups(text: str, out: dict[int, _Found]) -> list[list[int]]:
    """Runs of changes joined by list separators: 'from 83.7% to 88.4% and from 38.2% to
    55.7%' (the values a change starts from break the runs of _list_groups)."""
    changes = [i for i, f in out.items() if f.origin is not None]
    if len(changes) < 2:
        return []
    groups: list[list[int]] = []
    current: list[int] = []
    for i in sorted(changes):
        origin = out[i].origin
        assert origin is not None
        if current and _CHANGE_SEP.fullmatch(text, out[current[-1]].mention.end, origin.start):
            current.append(i)
        else:
            if len(current) > 1:
                groups.append(current)
            current = [i]
    if len(current) > 1:
        groups.append(current)
    return groups


_CHANGE_SEP = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:from\s+)?")
_COUNTED_ITEM = regex.compile(
    r"\s+(?:(?:(?-i:[a-z][\w-]*)\s+){0,2}" + cues.COUNTED_NOUNS
    + r"|" + cues.COUNTED_PLURAL + r"(?!\s*/))\b",
    regex.IGNORECASE,
)
"""'on 7 reasoning benchmarks', '1065 segments and', '15 MLLMs': what a whole number counts
('1109 tokens/sec' is a rate)."""


def _counts(text: str, m: Mention) -> bool:
    """Whether a whole number with no unit counts things ('on 7 reasoning benchmarks')."""
    return (
        m.unit is None
        and "." not in text[m.num_start : m.num_end]
        and bool(_COUNTED_ITEM.match(text, m.end))
    )


_OWN_NOUN_AFTER = regex.compile(
    r"\s+(?!(?:and|or|on|in|for|at|to|of|over|than|vs|versus|respectively|with|across|"
    r"compared|from|by|while|which|when|where|the|a|an|more|less|fewer|higher|lower|faster|"
    r"slower|larger|smaller|better|speedups?|times|fold)\b)[A-Za-z][\w-]*\s+[a-z]",
    regex.IGNORECASE,
)
"""A value followed by a noun phrase of its own ('7.75 VLM calls', '21.3 main queries')."""


def _propagate_lists(text: str, ms: list[Mention], out: dict[int, _Found], used: set[int]) -> None:
    """Items of a list share the claim type, unit and qualifier of their list."""
    for group in _list_groups(text, ms):
        decided = [out[i] for i in group if i in out]
        if not decided:
            continue
        units = {ms[i].unit for i in group if ms[i].unit is not None}
        shared_unit = units.pop() if len(units) == 1 else None
        whole_percents = shared_unit == "%" and all(
            ms[i].value >= 1 for i in group if ms[i].unit == "%"
        )
        first_qual = ms[group[0]].qualifier
        units_of: dict[int, str | None] = {}  # each item's unit as part of the list
        fractions: set[int] = set()  # '82.4% and a 0.212 cosine similarity': no percentage
        for i in group:
            m = ms[i]
            units_of[i] = m.unit
            if whole_percents and m.unit is None and text.startswith(("0.", "."), m.num_start):
                fractions.add(i)
            own_noun = shared_unit == "x" and _OWN_NOUN_AFTER.match(text, m.end)
            if (
                m.unit is None
                and shared_unit is not None
                and m.kind == "digits"
                and i not in fractions
                and not own_noun  # '7.75 VLM calls per episode, 6x fewer': its own quantity
                and not _counts(text, m)
            ):
                units_of[i] = shared_unit
                if not _metric_next(text, m.end):  # '92.1 F1 ... and 85.3%': F1 is its own
                    m.unit = shared_unit
            if m.qualifier == "exact" and first_qual != "exact" and i != group[0]:
                m.qualifier = first_qual
        template = decided[0]
        template_unit = next(units_of[i] for i in group if out.get(i) is template)
        for i in group:
            if i in out:
                out[i].tail = ms[group[-1]]
        for i in group:
            if i in out or i in used:
                continue
            if template.claim_type == "change" or _counts(text, ms[i]):
                continue  # '9.7% gain on 7 reasoning benchmarks, 12.1% on 2 ...': counts
            if units_of[i] != template_unit and i not in fractions:
                continue
            out[i] = _Found(ms[i], "list_item", template.claim_type, template.sentence)
        for i in group:
            if i not in out or out[i].claim_type == "change" or out[i] is template:
                continue
            out[i].lead = template.mention
            if (
                template.claim_type in ("delta", "ratio")
                and out[i].claim_type == "result"
                and units_of[i] == template_unit
            ):
                out[i].claim_type = template.claim_type
                out[i].rule = "list_item"
        for at, k in enumerate(group):
            noun = out.get(k)
            if noun is None or noun.rule != "delta_right":
                continue
            # '3.1% and 9.3% improvement': the change noun after a run of bare items is
            # every item's (in '53.3% and 56.9% reductions ..., and 40.7% on X' the first two);
            # so is it after items with their own metrics, when it also has one ('16.8% mIoU
            # and 20.6% mBIoU improvement', not '90.9% success rate and 95% reduction')
            named = _own_metric_end(text, ms[k].end) != ms[k].end
            for i in reversed(group[:at]):
                end = _own_metric_end(text, ms[i].end) if named else ms[i].end
                if not _BARE_LIST.fullmatch(text, end, ms[k].start):
                    break
                found = out.get(i)
                if found and found.claim_type == "result" and units_of[i] == units_of[k]:
                    found.claim_type, found.rule = "delta", "list_item"
                    found.tail = ms[k]  # the run ends at its change noun


def _own_metric_end(text: str, pos: int) -> int:
    """Where a metric written right after a list item, after one space, ends ('16.8% mIoU
    and 20.6% mBIoU improvement'), or pos."""
    named = attach._metric_phrase().match(text, pos + 1) if text[pos : pos + 1] == " " else None
    return named.end() if named else pos


def _metric_next(text: str, pos: int) -> bool:
    """Whether a metric's name follows position pos after one space."""
    return _own_metric_end(text, pos) != pos


def _without_metric(baseline: str, metric: str) -> str | None:
    """A baseline that ends with the claim's metric names what was compared only in what
    comes before it: "GPT-4o's performance" is GPT-4o, 'baseline accuracy' the baseline,
    'segmentation accuracy' nothing ('improves segmentation accuracy by 5%')."""
    if baseline.lower() == metric.lower():
        return None
    if not baseline.lower().endswith(" " + metric.lower()):
        return baseline
    rest = baseline[: -len(metric)].rstrip()
    owner = _POSSESSIVE.split(rest, maxsplit=1)[0].rstrip()
    if owner != rest or attach.COMPARED_SYSTEM.search(owner):
        return owner or None
    return None


_OWNER_OF = regex.compile(r"(?P<owner>.+?)['’]s\s+(?P<rest>.+)")
_WHERE_MEASURED = regex.compile(r"(?:\s+(?:on|in|for|across|at)\s.*)?", regex.IGNORECASE)


def _subject_without_metric(subject: str, metric: str) -> str | None:
    """A subject that opens or ends with the claim's metric is the quantity, not what reached
    it: 'the accuracy of QwQ-32B improved' is QwQ-32B's, 'the FID score is reduced' nobody's."""
    if subject.endswith(f"({metric})") or metric.startswith(subject + " "):
        return None  # 'mean Intersection over Union (mIoU)'; 'a LLM Judge score of 52.7%'
    owned = _OWNER_OF.match(subject)
    if owned:
        rest = owned.group("rest")
        if rest.lower().startswith(metric.lower()) and _WHERE_MEASURED.fullmatch(
            rest, len(metric)
        ):
            return owned.group("owner")  # "the 1.5B model's accuracy on MATH500 increases"
    if subject.lower().endswith(" " + metric.lower()):
        rest = subject[: -len(metric)].rstrip()
        owner = _POSSESSIVE.split(rest, maxsplit=1)[0].rstrip()
        if owner != rest:
            return owner  # "GLM-4V's recognition accuracy"
        return rest if _SYSTEM_AT_END.search(rest) else None  # 'model accuracy'
    start = 4 if subject.lower().startswith("the ") else 0
    end = start + len(metric)
    if subject[start:end].lower() != metric.lower() or _WORD_GOES_ON.match(subject, end):
        return subject
    rest = _METRIC_OWNER.fullmatch(subject, end)
    if rest is None:
        return subject
    owner = rest.group("owner")
    return owner if owner and _SYSTEM_OWNER.search(owner) else None


def _respectively(
    text: str, sent: tuple[int, int], ms: list[Mention], out: dict[int, _Found]
) -> None:
    """'X, Y and Z on A, B and C, respectively': each number gets its own name. Without
    'respectively', only datasets named right after the numbers pair with them ('81.2%
    and 79.3% accuracy on MNLI and QNLI')."""
    s0, s1 = sent
    respectively = bool(_RESPECTIVELY.search(text, s0, s1))
    for group in [*_list_groups(text, ms), *_change_groups(text, out)]:
        members = [i for i in group if i in out]
        if len(members) < 2:
            continue
        if respectively:
            _systems_listed(text[s0 : ms[group[0]].start], members, out)
            _metrics_of_listed(text[s0 : ms[group[0]].start], members, out)
            _metrics_listed(text[s0 : ms[group[0]].start], members, out)
        else:  # 'outperforms BERT and RoBERTa by 3% and 2%', 'boosts mDice and mIoU by'
            _systems_listed(text[s0 : ms[group[0]].start], members, out, respectively=False)
            _metrics_listed(text[s0 : ms[group[0]].start], members, out)
            if all(
                _BARE_LIST.fullmatch(text, out[a].mention.end, out[b].mention.start)
                for a, b in itertools.pairwise(members)
            ):  # 'precision and recall of 91% and 87%' (not '0.337 on X and 0.261 on Y')
                _metrics_of_listed(text[s0 : ms[group[0]].start], members, out)
        if any(
            _VERSUS.search(text, out[a].mention.end, out[b].mention.start)
            for a, b in itertools.pairwise(members)
        ):
            continue  # '(33.9 vs. 30.5) ... on Cityscapes and ADE20K': compared on the same
        pattern = _enumeration_pattern(len(members))
        end = ms[group[-1]].end
        whole_list = False
        if respectively:
            found = pattern.search(text, end, s1)
            own = _RESPECTIVELY.search(text, end, s1)
            if (
                found is not None
                and own is not None
                and own.start() < found.start()
                and not _RIGHT_ON.fullmatch(text, own.end(), found.start())
            ):
                found = None  # '... to 51.1 and 44.3 respectively, and ...': names before
            found = found or _last(pattern.finditer(text, s0, ms[group[0]].start))
        else:
            found = pattern.search(text, end, s1)
            if found is not None and (
                found.start() > end + _PARALLEL_REACH or not _lists_names(found)
            ):
                found = None  # '... 64.0%, compared to 54.9% and 54.4%' lists no names
            if found is None:
                earlier = pattern.finditer(text, s0, ms[group[0]].start)
                found = _last(f for f in earlier if _lists_names(f))
                whole_list = True
        if found is None:
            continue
        named = found.group("items").strip()
        items = [_VALUE_ON.sub("", x.strip(" .,")) for x in _SPLIT_ITEMS.split(named)]
        if whole_list and not (
            _BARE_LIST.fullmatch(text, out[members[0]].mention.end, out[members[-1]].mention.start)
            and all(_takes_whole_list(text, sent, out[i].mention, items) for i in members)
        ):
            continue  # the values have datasets of their own ('+2.82% on SUN RGB-D')
        items[0] = _METRIC_ON.sub("", items[0])
        both = _BOTH.match(items[0])
        if both is not None:
            if not respectively:
                continue  # "by 6.7% and 9% ... on both JudgeBench and ReasoningJudgeBench"
            items[0] = items[0][both.end() :]
        if len(items) != len(members) or not all(_NAME_ITEM.match(x) for x in items):
            continue  # "with 28.3M, 49.7M, and 87.9M parameters": sizes, not names
        if any("--" in x for x in items):
            continue  # "three regions -- Saint-Omer, Tokyo and Sao Paulo -- reveal": an aside
        if any(_DETERMINED.fullmatch(x) for x in items):
            continue  # "on the AISHELL-1 corpus, and the results show": a clause, no name
        if _REFERRING_ITEM.match(items[0]) or any(
            x.endswith("-") or _CLAUSE_IN_ITEM.search(x) for x in items
        ):
            continue  # "on the same dataset and model", "on expert- and user-written CS"
        tail = (found.group("tail") or "").lower()
        lead = _LOWER_LEAD.match(items[0])
        if lead and all(x[:1].isupper() for x in items[1:]):
            names = [items[0][lead.end() :], *items[1:]]
        else:
            names = items  # 'in chest CTs and brain MRIs': the words are part of each name
        capitalised = all(_CAPITALISED.fullmatch(x) for x in names)
        if (
            not respectively
            and not all(attach.is_dataset_name(x) for x in items)
            and not (capitalised and tail in _DATASET_TAILS | _SET_TAILS)
        ):
            continue  # "on SLIVER07, ACDC and Medical Segmentation Decathlon datasets": named so
        if all(attach._metric_phrase().fullmatch(x) for x in items) or (
            attach._metric_phrase().match(items[0])
            and not any(attach._dataset_vocab().match(x) for x in items)
            and all(len(x.split()) <= 3 and not _CLAUSE_WORD.search(x) for x in items)
        ):
            kind = "metric"  # 'AP and AP50'; 'RMSE Rotation and Translation'
        elif not tail and not any(attach._NAME_CHAR.search(x) for x in items):
            continue  # 'in processing images and text, respectively': kinds of input, no names
        elif not tail or tail in _DATASET_TAILS or (capitalised and tail in _SET_TAILS):
            if (
                not tail
                and any(attach.names_a_system(x) for x in names)
                and not any(attach._dataset_vocab().match(x) for x in names)
            ):
                for i in members:  # 'on MiniGPT4, LLaVA and Qwen-VL, respectively': systems
                    out[i].labels["dataset"] = None
                continue
            kind, items = "dataset", names
        elif tail in _CONDITION_TAILS:
            continue  # "for 1-shot and 5-shot settings": conditions of the same dataset
        else:  # "for PZ, TZ and AFS zones": named parts, but neither datasets nor metrics
            for i in members:
                out[i].labels["dataset"] = None
            continue
        for i, label in zip(members, items, strict=True):
            out[i].labels[kind] = label


def _lists_names(found: regex.Match[str]) -> bool:
    """Whether each item of an enumeration can be a name ('on which it achieves 63.6% and
    64.0%' lists numbers)."""
    return all(_NAME_ITEM.match(x) for x in _SPLIT_ITEMS.split(found.group("items").strip()))


def _takes_whole_list(text: str, sent: tuple[int, int], m: Mention, items: list[str]) -> bool:
    """Whether the dataset a value would get is a whole list named before it: 'Experiments
    on CIFAR-100 and ImageNet-1K demonstrate gains of 5.59% and 0.83%' pairs them in order,
    without 'respectively' too, as each value has no other."""
    s0, s1 = sent
    dataset = attach.dataset_near(text[s0:s1], m.start - s0, m.end - s0)
    return dataset is not None and all(x in dataset for x in items)


_IMPROVES = regex.compile(r"improv", regex.IGNORECASE)


def _metrics_listed(head: str, members: list[int], out: dict[int, _Found]) -> None:
    """'boosts mDice and mIoU by 3.6% and 4.4%': without 'respectively' too, each value is
    of its own metric when a change verb takes exactly as many metrics right before 'by'."""
    listed = _metrics_by_pattern(len(members)).search(head)
    named = _metric_names(listed.group("items"), len(members), False) if listed else None
    if listed is None or named is None:
        return
    lead = head[max(0, listed.start() - 60) : listed.start()]
    if cues.says_which_way(f"{lead} {named[1]}"):  # 'improving precision and F1 by'
        _label_metrics(members, named[0], out)


def _systems_listed(
    head: str, members: list[int], out: dict[int, _Found], respectively: bool = True
) -> None:
    """'ViT-S, ViT-B and ViT-L achieve 81.2%, 83.4% and 84.1%, respectively': each value is
    its own system's; in 'outperforms CDTrans and FixBi by 0.2% and 1.4%, respectively',
    each is over its own baseline; in 'AP and AP50 improved by 1.9% and 2.4%', of its own
    metric (and no system is named). Without 'respectively', only a list compared with
    ('outperforms BERT and RoBERTa by 3% and 2%'), and not one after 'improves'."""
    for kind in ("subject", "baseline") if respectively else ("baseline",):
        listed = _systems_pattern(len(members), kind == "baseline").search(head)
        if listed is not None:
            break
    else:
        return
    if not respectively and _IMPROVES.match(listed.group()):
        return  # without 'respectively', 'improves Dynamic Degree and Imaging Quality by'
    names = _SPLIT_ITEMS.split(listed.group("items").strip())
    metric, datasets = attach._metric_phrase(), attach._dataset_vocab()
    if all(metric.fullmatch(name) for name in names):
        for i, name in zip(members, names, strict=True):
            out[i].labels["metric"] = name
            if kind == "subject":
                out[i].labels["subject"] = None
        return
    if any(metric.fullmatch(name) or datasets.fullmatch(name) for name in names):
        return
    for i, name in zip(members, names, strict=True):
        out[i].labels[kind] = name


def _last(matches: Iterable[regex.Match[str]]) -> regex.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - keeping the last one is the point
        pass
    return found


_PLACE_NEXT = regex.compile(r"\s*(?:" + _PLACE_WORDS + r"|compared|the)\b", regex.IGNORECASE)


def _list_right(text: str, f: _Found, s1: int) -> str | None:
    """What follows a list an item is in, when only numbers stand between the item and the
    list's end: '5%, 16% and 32% higher accuracy' says where 5% goes too."""
    tail = f.tail
    if tail is None or tail is f.mention:
        return None
    end = f.mention.end
    if _own_metric_end(text, tail.end) != tail.end:
        end = _own_metric_end(text, end)  # '1.43% IoU and 2.25% F1-score improvements'
        if cues.says_which_way(text[f.mention.end : end]):
            return None  # '45.7x speedup and 62.9x energy savings': its own way
    if not _BARE_LIST.fullmatch(text, end, tail.start) or _PLACE_NEXT.match(text, tail.end):
        return None  # '... by 10% and 12% on the more challenging sets': no word of the list's
    return text[tail.end : s1]


_ADJECTIVE_COMPARATIVE = regex.compile(
    r"(?<=\b(?:a|an|the|our|their|its)\s+)"
    r"(?:smaller|larger|bigger|weaker|stronger|underperforming|improved)\s+(?!than\b)[a-z]",
    regex.IGNORECASE,
)
"""'enhance a smaller model's performance by 6.4%', 'improves the underperforming model':
which model, not which way."""
_ADJECTIVE_PARTICIPLE = regex.compile(
    r"(?<=\b(?:of|the|a|an|our|their|its|on|for|in|to)\s+)\w+ed\s+"
    r"(?!(?:by|to|from|over|than|with|in|on|up|down|and|or)\b)[A-Za-z]",
    regex.IGNORECASE,
)
"""'the performance of compressed embeddings': a participle naming a thing says which
thing, not which way the value went."""


def _last_cue(pattern: regex.Pattern[str], clause: str) -> int:
    """Where the last word of pattern in clause that says which way starts, or -1: not a
    participle naming a thing, nor 'more' of 'more than 5'."""
    last = -1
    for w in pattern.finditer(clause):
        if not (
            _ADJECTIVE_PARTICIPLE.match(clause, w.start())
            or _ADJECTIVE_COMPARATIVE.match(clause, w.start())
            or cues.QUALIFYING_COMPARATIVE.match(clause, w.start())
        ):
            last = w.start()
    return last


def _head_direction(right: str) -> str | None:
    """The way the words right after a value say: '7.2 points higher', '35% lower'."""
    head = _RIGHT_HEAD.match(right)
    head_text = head.group() if head else ""
    up, down = cues.UP.search(head_text), cues.DOWN.search(head_text)
    if up and down:
        return "up" if up.start() < down.start() else "down"
    return "up" if up else "down" if down else None


_AND_BY_END = regex.compile(
    r"^\W*(?:and\s+)?by\s+(?:up\s+to\s+|about\s+|over\s+|nearly\s+|an?\s+)?$", regex.IGNORECASE
)
"""A clause that is only 'and by' before its value: the change of an earlier verb."""
_BY = regex.compile(r"\bby\b", regex.IGNORECASE)


def _direction(f: _Found, left: str, right: str) -> str | None:
    m = f.mention
    if f.claim_type == "result":
        return None
    if m.kind == "multiplier" and m.unit_text in HALVING:
        return "down"
    said = _head_direction(right)
    if said is not None:
        return said
    if m.signed == "-":
        return "down"
    if m.signed == "+":
        return "up"
    clause = _clause(left)[-120:]
    if _AND_BY_END.search(clause):
        # 'improves accuracy by 11% ..., and by 5% against X': the clause of the 'by' before
        earlier = _last(_BY.finditer(left, 0, len(left) - len(clause)))
        if earlier is not None:
            clause = _clause(left[: earlier.start()])[-120:]
    last_up, last_down = _last_cue(cues.UP, clause), _last_cue(cues.DOWN, clause)
    if last_up >= 0 or last_down >= 0:
        return "up" if last_up > last_down else "down"
    if f.claim_type == "change" and f.origin is not None:
        return "up" if m.value >= f.origin.value else "down"
    return None


_LISTED_AFTER = regex.compile(
    r"\s*\([^()]*\)(?:\s*,\s*(?:and\s+|or\s+)?[^,;()]{1,40}?\s*\([^()]*\))*"
    r"\s*,?\s*(?:and\s+|or\s+)?(?:the\s+)?(?P<name>[^,;()\s][^,;()]{0,39}?)\s*\(\s*"
)
"""After the compared system's bracketed value, the others of its list up to the bracket a
value stands in: 'LLaVA-CoT (63.2), Mulberry (63.9), and LlamaV-o1 ('."""


_NOT_A_NAME = regex.compile(
    r"[\d.%+-]|(?:by|while|whereas|but|approaching|close|compared|than|with|which|to|from)\b"
    r"|.*%"
)


def _bracket_owner(sentence: str, start: int, baseline: str) -> str | None:
    """Whose the value at start is when it stands in brackets after the compared system
    ('surpassing REPA (92.91%)'), after another system of a list that begins with it
    ('outperforms LLaVA-CoT (63.2), Mulberry (63.9)') or after an example of it ('strong
    models, including Llama Guard (0.61)'); None when it stands after none."""
    before = sentence[:start].rstrip()
    if not before.endswith("("):
        return None
    if before[:-1].rstrip().endswith(baseline):
        return baseline
    at = sentence.rfind(baseline, 0, start)
    if at < 0:
        return None
    if _EXAMPLES_AFTER.match(sentence, at + len(baseline)):
        return attach.bracketing_system(sentence, start)  # 'models, including Llama Guard ('
    listed = _LISTED_AFTER.fullmatch(sentence, at + len(baseline), start)
    if listed is None or _NOT_A_NAME.match(listed.group("name")):
        return None
    return attach._clean(listed.group("name"))


_EXAMPLES_AFTER = regex.compile(r"\s*,?\s*(?:\(\s*)?(?:including|such\s+as|like|e\.g\.,?)\s")


def _span_end(text: str, m: Mention, s1: int) -> int:
    right = text[m.end : s1]
    cue = cues.DELTA_RIGHT.match(right)
    if cue:
        return m.end + cue.end()
    metric = attach._metric_phrase().match(right, 1) if right.startswith(" ") else None
    if metric:
        return m.end + metric.end()
    return m.end


def _to_claim(doc_id: str, norm: NormText, f: _Found) -> Claim:
    text = norm.text
    s0, s1 = f.sentence
    m = f.mention
    sentence = text[s0:s1]
    rel_start, rel_end = m.start - s0, m.end - s0
    left, right = text[s0 : (f.lead or m).start], text[m.end : s1]
    span_start = f.origin.start if f.origin else m.start
    span_end = _span_end(text, m, s1)
    vs, ve = norm.span(m.num_start, m.num_end)
    fs = fe = None
    if f.origin is not None:
        fs, fe = norm.span(f.origin.num_start, f.origin.num_end)
    ss, se = norm.span(span_start, span_end)
    sent_s, sent_e = norm.span(s0, s1)
    unit = m.unit
    from_value = f.origin.value if f.origin else None
    if f.origin is not None and unit is None:
        unit = f.origin.unit
    if unit is None and f.rule == "ratio_factor":
        unit = "x"  # 'by a factor of 3.5': a factor, as '3.5x' is
    lead_start = (f.lead.start if f.lead else m.start) - s0
    tail_end = (f.tail or m).end - s0
    claim_start = (f.origin.start if f.origin else m.start) - s0
    listed = f.lead is not None and f.lead is not m and f.lead.unit == m.unit
    metric = f.labels.get("metric") or attach.metric_near(
        sentence,
        min(claim_start, lead_start),
        rel_end,
        tail_end,
        lead=(f.lead.start - s0, f.lead.end - s0) if f.lead is not None and listed else None,
    )
    if metric is not None and m.unit in _UNSCORED_UNITS and _SCORE_METRIC.search(metric):
        metric = None  # 'an F1 score of 66.74% and requires 12.40ms per frame': not the F1's
    if "dataset" in f.labels:
        dataset = f.labels["dataset"]
    else:
        dataset = attach.dataset_near(sentence, rel_start, rel_end)
        if (
            dataset is None
            and f.tail is not None
            and f.tail is not m
            and _BARE_LIST.fullmatch(sentence, rel_end, f.tail.start - s0)
        ):
            # '82.8%, 84.2% and 84.6% accuracy on ImageNet': the list's dataset is its items'
            dataset = attach.dataset_near(sentence, f.tail.start - s0, tail_end)
    if (
        dataset is not None
        and attach.names_a_system(dataset)
        and not _CALLED_DATASET.match(sentence, sentence.find(dataset) + len(dataset))
    ):
        dataset = None  # 'GPT-4o (0.97)' (but 'the FlexiBERT benchmark' says what it is)
    if "subject" in f.labels:
        subject = f.labels["subject"]
    else:
        subject = attach.subject_of(sentence, claim_start)
    if subject is not None and metric is not None:
        subject = _subject_without_metric(subject, metric)
    if subject is not None and attach.names_a_quantity(subject):
        subject = None  # 'the mean position error is reduced by 41%, and ...'
    if "baseline" in f.labels:
        baseline = f.labels["baseline"]
    else:
        baseline = attach.next_compared(sentence, claim_start) or attach.baseline_near(
            sentence, min(claim_start, lead_start), rel_end, result=f.claim_type == "result"
        )
    owner = _OWNER_BEFORE.search(sentence, max(0, claim_start - 60), claim_start)
    if owner is not None:
        subject = owner.group("name")  # "compared to ByteTrack's 114.3 pixels"
        baseline = None if baseline and baseline.startswith(subject) else baseline
    if subject is not None and subject == dataset:
        subject = None  # 'AlpacaEval 2.0 reduces generation length by 40%': where, not who
    if dataset is not None and dataset == metric:  # one name is not both
        if attach._dataset_vocab().fullmatch(dataset) or (
            not attach._metric_phrase().fullmatch(dataset) and _BENCHMARK_SHAPED.search(dataset)
        ):
            metric = None  # 'improves from 72.82% to 76.47% on MMLU': a benchmark
            baseline = None if baseline == dataset else baseline  # 'improves GAIA by +4.8'
        else:
            dataset = None  # 'an improvement of up to 4% in ROC_AUC', '12.10% in SA': a metric
    ranked = attach.ranked_name(sentence, claim_start)
    if ranked is not None:
        subject = ranked  # 'followed by LSTM-CRF with 90%'
        baseline = None if baseline == ranked else baseline
        dataset = None if dataset == ranked else dataset
    if baseline is not None and (
        baseline == dataset or any(baseline == name for *_, name in attach.datasets_in(sentence))
    ):
        at = sentence.find(baseline) + len(baseline)
        if attach._RAISED_TO_VALUE.match(sentence, at):
            baseline = None  # 'improving BC4CHEMD to 93.72%': what improved, not what lost
        elif baseline == dataset:  # one name is not both
            dataset = None  # 'outperforming MedSAM (0.893)': a system compared with
    started = attach.from_owner(sentence, f.origin.end - s0, rel_start) if f.origin else None
    if started is not None:
        baseline = started  # 'from 0.3% for PoE-World to 48.7%': over the system it started at
        dataset = None if dataset == started else dataset
        subject = subject or attach.to_owner(sentence, rel_end)
    if dataset is not None and baseline is not None and baseline.endswith(" " + dataset):
        dataset = None  # 'surpassing the state-of-the-art method L-Defense (61.20%)'
    if baseline is not None and metric is not None:
        if (
            baseline == metric
            and attach.MODEL_SHAPED.search(baseline)
            and not attach._metric_phrase().search(baseline)
        ):
            metric = None  # 'outperforms Phi-4 by 9.9%': a model, taken for a metric too
        else:
            baseline = _without_metric(baseline, metric)
    labelled = attach.colon_owner(sentence, claim_start)
    if labelled is not None:
        subject, baseline = labelled, None  # '(mBERT: 67%, XLM-RoBERTa: 71%)': mBERT's own
        dataset = None if dataset == labelled else dataset
    bracketed = (
        attach.bracketed_owner(sentence, rel_end)
        if f.claim_type == "result" and m.value_high is None
        else None
    )
    if bracketed is not None and (
        subject is None
        or _GENERIC_SUBJECT.fullmatch(subject)
        or attach.COMPARED_WORD.search(sentence, max(0, rel_start - 150), rel_start)
    ):
        subject, baseline = bracketed, None  # 'top models reach 80.42% (Gemini 2.5 Pro)'
    others = attach.others_owner(sentence, rel_start)
    if others is not None:
        subject, baseline = others, None  # 'compared to 44.2% by S2CTrans': S2CTrans's own
    if f.rule == "result_pair" and f.lead is not None:
        subject, baseline = baseline, None  # '(71% vs 68%)': the second is the other's
    alone = m.spread or cues.ALONE_IN_BRACKET.match(sentence, rel_end)
    if f.claim_type == "result" and alone:
        owner = (_bracket_owner(sentence, claim_start, baseline) if baseline else None) or (
            attach.bracketing_system(sentence, claim_start)
        )  # 'slightly below BERT (95.3%) but higher than SVM (90.2%)': BERT's own
        if owner is not None:
            subject, baseline = owner, None  # 'surpassing REPA (92.91%)': REPA's own result
            if dataset == owner:
                dataset = None  # 'outperforming MIL (0.491)': a system, not a dataset
    direction = _direction(f, left, _list_right(text, f, s1) or right)
    lead = f.lead
    if (
        direction is None
        and lead is not None
        and lead is not m
        and f.claim_type != "result"
        and attach.SHARED_AFTER.match(text, m.end)
    ):
        direction = _head_direction(text[lead.end : s1])  # '8.4% higher on A, 2.5% on B'
    return Claim(
        claim_id=hashlib.sha1(f"{doc_id}:{vs}:{ve}".encode()).hexdigest()[:16],
        doc_id=doc_id,
        claim_type=f.claim_type,  # type: ignore[arg-type]
        value=m.value,
        value_high=m.value_high,
        from_value=from_value,
        unit=unit,
        qualifier=m.qualifier,  # type: ignore[arg-type]
        direction=direction,  # type: ignore[arg-type]
        metric=metric,
        dataset=dataset,
        subject=subject,
        baseline=baseline,
        value_start=vs,
        value_end=ve,
        from_start=fs,
        from_end=fe,
        span_start=ss,
        span_end=se,
        claim_text=norm.original[ss:se],
        sentence_start=sent_s,
        sentence_end=sent_e,
        rule=f.rule,
        extractor_version=__version__,
    )


__all__ = ["Rule", "extract_claims", "extract_claims_safely"]
