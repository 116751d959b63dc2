"""Attach metric, dataset, subject and baseline to a claim from its sentence."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from . import cues
from .vocab import WordStartPattern, lead_word, load, vocab_pattern, word_list, word_lists

F = regex.IGNORECASE
_MOD_WORDS = (
    *("average", r"avg\.?", "overall", "mean", r"geometric\s+mean", r"top-\d+", r"rank-\d+"),
    *(r"pass@\d+", "zero-shot", "few-shot", "absolute", "relative", "normalized"),
    *("human-normalized", "macro", "micro", "weighted", "test", "validation", "final", "peak"),
    *("median", "end-to-end", "inference", "training", r"[\w-]+@\d+"),
)
"""Words before a metric that say which variant it is ('average top-1 accuracy')."""
_MOD = r"(?:(?:" + "|".join(_MOD_WORDS) + r")\s+)*"
_STOP = (
    r"(?:by|on|in|with|across|for|while|and|at|from|to|over|than|compared|against|"
    r"relative|versus|vs|under|using|which|that|who|whose|when|where|after|before|of|as|through|"
    r"via|without|within|among|respectively|thus|thereby|whereas|but|or|is|are|was|were|due|such|"
    r"achiev\w*|reach\w*|obtain\w*|show\w*|demonstrat\w*|leads?|led|leading(?=\s+to\b)|yield\w*|outperform\w*|"
    r"underscor(?:es|ed|ing|e)|highlight(?:s|ed|ing)?|confirm(?:s|ed|ing)?|"
    r"indicat(?:es|ed|ing|e)|suggest(?:s|ed|ing)?|reveal(?:s|ed|ing)?)"
)
_NP_WORD = r"[\w@+./'-]+(?:\s+|(?=[,;:()]|$))"
_NP = r"(?:(?!" + _STOP + r"\b(?!-))" + _NP_WORD + r"){1,7}"
_CAPNAME = r"(?:(?:[A-Z0-9]|i(?=[A-Z][a-z])|[a-z]-(?=[A-Z]))[\w./'+-]*[A-Za-z0-9+]|[A-Z])(?![\w@])"
_CAPNAME_NEXT = r"(?:" + _CAPNAME + r"|\d(?![\w@]))"
"""A later word of a name may be a single digit: 'Claude 3', 'Argoverse 2', 'Track 1'."""
_NAME = r"(?P<name>" + _CAPNAME + r"(?:\s+" + _CAPNAME_NEXT + r"){0,3})"
"""A name of up to four capitalised (or numbered) words: 'WMT 2014 English-to-German'."""
_NOT_BUILT_ON = (
    r"(?<!\b(?i:build(?:s|ing)?|built|based|rel(?:y|ies|ying|ied)|focus(?:es|ing|ed)?)\s+"
    r"(?i:on|in|for|across|under))"
)
"""After a preposition: not one that says what a method is built on ('based on DeiT-T')."""
_DATASET_PREP = regex.compile(  # the preposition first: a leading lookbehind is tried everywhere
    r"\b(?i:on|in|for|across|under)"
    + _NOT_BUILT_ON
    + r"\s+(?:the\s+)?(?:challenging\s+|popular\s+|"
    r"standard\s+|widely-used\s+|public\s+|OOD\s+|out-of-domain\s+)?"
    r"(?:(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?i:task|benchmark|dataset|corpus)\s+)?"
    + _NAME
    + r"(?P<tail>\s+(?:test(?:\s+set)?|val(?:idation)?(?:\s+set)?|dev(?:\s+set)?|split|"
    r"benchmarks?|datasets?|leaderboard))?"
)
_BRACKET_OPEN = r"\s*\(\s*(?:[\w@-]+\s*(?:of\s+|=\s*|:\s*))?"
"""An opening bracket up to the value it gives: '(49.3', '(F1 of 73.6', '(IS=8.81'."""
_METRIC_IN_BRACKET = (
    r"\s*\(\s*(?P<metric>(?-i:[A-Z][\w@-]*|[a-z][\w-]*[A-Z0-9@][\w@-]*))\s+"
    r"(?=[+-]?\d)(?!\d\s*\))"
)
"""'(MF1 0.775', '(FGD 4.941': a bracket opening with what a metric looks like, then its
value (not a numbered name: '(Framework 2)')."""
_DATASET_SCORED = regex.compile(
    r"(?:\b(?i:on|across|including|both)\s+(?:the\s+)?|\)\s*,?\s*(?:and\s+)?)"
    + _NAME
    + _METRIC_IN_BRACKET
)
"""'on PQuAD (F1 88.35) and ParsiNLU-RC (F1 49.10)': a name scored in brackets, when a
preposition or another scored name leads to it (not 'outperforming DDPM (FID 402.98)')."""
_DATASET_BEFORE_PAREN = regex.compile(
    r"\b(?<!-)"
    + _NAME
    + r"(?P<tail>\s+(?:dataset|benchmark|corpus|task|set))?"
    + _BRACKET_OPEN
    + r"(?=[+-]?\d)(?![\d.,-]+\s*[BMKT]\b)"
)
"""'MSR-VTT (51.4%)': a name right before its bracketed score."""
_NAME_IN_BRACKETS = r"\s*(?P<name>" + _CAPNAME + r"(?:\s+" + _CAPNAME_NEXT + r"){0,3})\s*\)"
"""A name of up to four words alone in brackets, from after the opening one."""
_DATASET_AFTER_VALUE = regex.compile(r"\((?<=[\d%]\s?\()" + _NAME_IN_BRACKETS)
"""'AUC scores of 99.22% (FF++) and 100.00% (CelebDF-v2)': the name a value is given in
brackets right after it."""
_CHANGE_END = regex.compile(r"\b(?:from|to)\s+[-+]?[\d.,]+\s*%?\s*$")
_SAYS_DATASETS = regex.compile(r"data\s?sets?|benchmarks?|corpus|corpora|Bench", F)
"""What makes names bracketed after values datasets: the sentence says so ('cross-dataset
MAEs of 5.38 (MMPD)'), or one of them is a known dataset."""
_DATASET_ABBREVIATED = regex.compile(
    r"\b(?:dataset|database|benchmark|corpus)\s*\(\s*(?P<name>" + _CAPNAME + r")\s*\)"
    r"|\(\s*(?P<name>" + _CAPNAME + r")\s*\)\s*(?:dataset|database|benchmark|corpus)\b"
)
"""'a document-level dataset (DocRED)', 'Spontaneous Facial Action (DISFA) database': the
short name a dataset is given in brackets."""
_TITLE_NOUNS = ("Dataset", "Database", "Benchmark", "Corpus", "Treebank")
_DATASET_TITLED = regex.compile(
    r"\b(?<!-)(?P<name>" + _CAPNAME + r"(?:\s+" + _CAPNAME_NEXT + r"){0,3}"
    r"\s+(?:" + "|".join(_TITLE_NOUNS) + r"))\b"
)
"""'the Stanford Sentiment Treebank: 58.5%': a name that says what it is, wherever it stands."""
_DATASET_RAISED_TO = regex.compile(
    r"\b(?i:improv|increas|boost|rais|push)\w*\s+"
    r"(?P<name>" + _CAPNAME + r"(?:\s+" + _CAPNAME_NEXT + r"){0,2})"
    r"\s+(?:from\s+[\d.]+\s*%?\s+)?to\s+(?=\d)"
    r"|[%)]\s*,\s*(?:and\s+)?(?P<name>[A-Z][\w-]*)\s+to\s+(?=\d)"
)
"""'improving BC4CHEMD to 93.72%', and the next of a chain: '..., Species800 to 80.91%'."""
_DATASET_COLON = regex.compile(
    r"\b(?<!-)(?P<name>" + _CAPNAME + r"(?:\s+" + _CAPNAME_NEXT + r"){0,2})"
    r"\s*:\s*(?P<metric>[\w@-]+\s*(?:of\s+|[=:]\s*))?(?=[+-]?\d)(?![\d.,-]+\s*[BMKT]\b)"
)
"""'REFUGE: ED of 32.5 pixels', 'MedMCQA: 62.7%': a name labelling the value after a colon.
An all-capitals name alone before the colon may be a metric ('SROCC: 0.91'): it is kept
only when a metric follows the colon."""
_COLON_VALUE = regex.compile(r":\s*(?:[\w@-]+\s*(?:of\s+|[=:]\s*))?[+-]?\d")
"""What a sentence needs for _DATASET_COLON to match, found faster."""
_LANGUAGE = r"(?:\L<languages>)"
_LANGUAGE_NAME = regex.compile(_LANGUAGE, languages=list(load("languages")))
_VOCAB_TAIL = regex.compile(
    r"(?:'\d\d(?!\w)|\s+(?:\d{4}|v?\d+(?:\.\d+)?)(?![\w%]|\.\d))?"
    r"(?:\s+" + _LANGUAGE + r"(?:-to-|\s*(?:-|→|->|⇒)\s*|\s+to\s+)" + _LANGUAGE + r"(?![\w-]))?"
    r"(?:\s+(?:test|val|dev)(?:\s*set|-(?:dev|std|clean|other))?\b)?",
    languages=list(load("languages")),
)
"""'MS COCO 2014', 'SQuAD v1.1', 'COCO test-dev', "IWSLT'14 De-En": a known name
with its version, language pair or split."""
_AFTER_VALUE = regex.compile(
    r"\s*(?:%\s*)?(?:[\w@/&-]+\s+){0,4}?(?i:on|in)" + _NOT_BUILT_ON + r"\s+(?:the\s+)?" + _NAME
)
"""'9.0% WER on Switchboard': the name right after a value and its metric is its dataset."""
_CHANGED_IN = regex.compile(r"\b(?:" + cues.CHANGE_NOUNS + r")\s+in\s+(?:the\s+)?$", F)
"""'a 2x increase in QPS', 'a reduction in SAD': what changed, not where (unless a dataset
the sentence names as one)."""
_NAMED_AS_PLACE = regex.compile(
    r"\s+(?:accuracy|F1|score|tasks?|datasets?|benchmarks?|split|set)\b", F
)
"""'a 10% improvement in ImageNet-100 accuracy', 'in the COT-OrderPerturb task': the name
of where it changed, after all."""
_PLACE_LIKE = regex.compile(r"[A-Z][a-z]+[A-Z]|\d|^[A-Z]{3,}-[A-Z][a-z]{2,}")
"""What a benchmark's name looks like and a metric's rarely does: CamelCase (HarmBench), a
number (Cifar10-LT), an acronym and a word (GPQA-Diamond)."""
_ON_NAME = regex.compile(r"\s+on\s+(?:the\s+)?" + _NAME)
_CLAUSE_BETWEEN = regex.compile(r"[;)]|,\s+(?:and|while|but|whereas|which|it|we)\b")
_DATASET_WITH_TAIL = regex.compile(
    r"\b(?i:on|in|for|across|under|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
    + _NAME
    + r"(?P<tail>\s+(?:datasets?|benchmarks?|test\s?sets?|corpus|corpora|split|leaderboard))\b"
)
_TAIL_HINTS = ("dataset", "benchmark", "test", "corp", "split", "leaderboard")
"""Words without which neither _DATASET_WITH_TAIL nor _DATASET_DESCRIBED can match."""
"""'on the unconditional CIFAR10 dataset', 'on the widely used USPTO benchmark', 'of NTU 60
dataset'."""
_DATASET_DESCRIBED = regex.compile(
    r"\b(?i:on|in|for|across|under|of)\s+(?:the\s+)?"
    + _NAME
    + r"(?:\s+(?!"
    + _STOP
    + r"\b)[a-z][\w-]*){1,2}(?P<tail>\s+(?:datasets?|benchmarks?|corpus|corpora))\b"
)
"""'on Caltech pedestrian dataset', 'on the SOTS indoor dataset': a name, then words saying
what it holds, then 'dataset'; the name alone is kept."""
_DATASET_LIKE = regex.compile(
    r"^[A-Z][a-z]+[A-Z]|^i[A-Z]|^[A-Z]{2,}[\w-]*$|^[A-Z][\w]*-[\w-]+|^[A-Z]\w+\s+\d"
    r"|^[A-Z][a-z]+\d{2,}$"
    r"|\s(?:Dataset|Database|Benchmark|Corpus|Treebank)$"
)
"""CamelCase (ToxiGen, iNaturalist), acronyms (XSUM), hyphenated names (MS-COCO), a name and
version, a word and a number of classes or items (Species800, Places365), or a name that
says it is one (Stanford Question Answering Dataset)."""
_SYSTEMS = list(load("systems"))
_SYSTEM_WORD = r"\L<systems>(?:[vV]?[\d.]+[A-Za-z]?)?s?(?:-[\w.]+)*"
"""A word naming a known model, architecture or method: 'Qwen2.5-7B', 'GPT-4o', 'ViTs'."""
_NOT_DATASET = regex.compile(
    r"^(?:The|This|These|Our|We|It|In|On|For|Moreover|Furthermore|However|Specifically|"
    r"Additionally|Notably|Overall|Finally|GPU|GPUs|CPU|AI|LLM|LLMs|RL|SOTA|Table|Figure|"
    r"QA|NLP|ML|RAG|CoT|OOD|STEM|ROC|CT|MRI|AD|MCI|iPhone|iPad|iOS|Task|Subtasks?|Track|Phase|"
    r"Study|Stage|Level|Round|Part|Step|Group|Tier|Type|Under|Centers?|Product|Board|"
    r"Version|Section|Experiment|Setting|Scenario|" + _SYSTEM_WORD + r")$",
    systems=_SYSTEMS,
)
"""First words that start no dataset name: sentence openers, generic acronyms ('on
multiple QA datasets', 'on CT'), parts and stages ('in Task 1', 'at Phase 2'), and the models,
architectures and training methods that results are compared with ('GPT-4o (0.97)', 'for
ResNet-50', 'over GRPO')."""
_KIND_NAME = regex.compile(
    r"(?:Top-(?:\d+|[kK])|[\w-]+-(?i:based|shot|wise|level|style))(?:\s+[A-Z][a-z]+)*"
)
"""A rank or a kind, no dataset: 'in Top-3 accuracy', 'SGD-based (0.83)', 'in the Few-shot
condition' (but 'One-shot NYT29' names one)."""


_METRIC_SHAPED = regex.compile(r"\S*@\d\S*|[A-Za-z]{1,2}-(?P<metric>\S+)")
"""'mAP@3+tgt', 'R@1', 'G-mAP': a metric's name, scoped or prefixed, not a dataset's."""


_NAMED_BY = regex.compile(
    r"(?:^|[,;:(]\s*|\band\s+|\bwhile\s+)(?P<np>[^\s,;:()]+(?:\s+[^\s,;:()]+){0,3}?)\s+"
    r"(?:(?:increased|improved|rose|dropped|decreased|fell|grew|jumped)\s+)?by\s+"
    r"(?:up\s+to\s+|about\s+|approximately\s+|over\s+|more\s+than\s+|nearly\s+)?$",
    F,
)
"""'Precision@5 increased by', ', Recall@5 by', 'and Mean Reciprocal Rank by': a metric named
right before the 'by' of its change."""
_ON_SCOPED_METRIC = regex.compile(
    r"\s*(?:%|points?|pp)?\s+(?:on|in)\s+(?P<name>\S+?)(?=[\s,;)]|\.(?!\d)|$)"
)
"""'2.70% on mAP@3+tgt': a value, then where, which may name a metric (_METRIC_SHAPED)."""


def _metric_shaped(name: str) -> bool:
    shaped = _METRIC_SHAPED.fullmatch(name)
    return shaped is not None and (
        shaped.group("metric") is None or bool(_metric_phrase().fullmatch(shaped.group("metric")))
    )


def _names_no_dataset(name: str) -> bool:
    return bool(
        _NOT_DATASET.match(name.split()[0])
        or _KIND_NAME.fullmatch(name)
        or _metric_shaped(name)
        or ("/" in name and any(_metric_phrase().fullmatch(x) for x in name.split("/")))
    )  # the last: 'by 1.6%/0.8% on BACC/AUROC', slashed metrics are of one kind


_SENTENCE_ADVERBS = (
    r"Notably|Specifically|Moreover|Furthermore|Overall|Finally|Additionally|Surprisingly|"
    r"Remarkably|Importantly|Empirically|Experimentally|In particular|As a result|Thus|Hence|"
    r"Also|Then|And|But|So|Here|Further|Yet|However|Meanwhile|Similarly|Still"
)
"""Words that open a sentence or clause and are no part of its subject."""
_LEAD_ADVERB = regex.compile(r"^(?:" + _SENTENCE_ADVERBS + r")\b(?!-)\s*", regex.IGNORECASE)
_SUBJECT_VERB = regex.compile(
    r"\b(?<!-)(?:(?:can|could|also|further|consistently|significantly|substantially|"
    r"successfully|still|even|notably|clearly|greatly|largely|markedly|dramatically|"
    r"now|then|only|not only|match(?:es|ed)?\s+or|equal(?:s|led)?\s+or)\s+)*"
    r"(?:achiev(?:es|e|ed)|outperform(?:s|ed)?|surpass(?:es|ed)?|improv(?:es|ed|e)|"
    r"reduc(?:es|ed|e)|yield(?:s|ed)?|obtain(?:s|ed)?|reach(?:es|ed)?|attain(?:s|ed)?|"
    r"exceed(?:s|ed)?|beat(?:s)?|boost(?:s|ed)?|deliver(?:s|ed)?|lead(?:s)?\s+to|led\s+to|"
    r"result(?:s|ed)?\s+in|score(?:s|d)?|record(?:s|ed)?|fix(?:es|ed)|"
    r"(?<!\b(?:validation|test|training|train|dev|development|evaluation|data|the|a|this|each|"
    r"our)\s)sets?(?=\s+(?:an?|new|the|state|state-of-the-art|records?|SOTA)\b)|"
    r"detect(?:s|ed)|enabl(?:es|ed)|lower(?:s|ed)|cut(?:s)?|increas(?:es|ed)|"
    r"show(?:s|ed)|demonstrat(?:es|ed)|gain(?:s|ed)|provid(?:es|ed)|shows|halv(?:es|ed)|"
    r"enhanc(?:es|ed)|fall(?:s)?\s+short|rais(?:es|e|ed)|enjoy(?:s|ed)?|brings?|brought|"
    r"accelerat(?:es|ed)|speed(?:s)?\s+up|runs?|requires?|generat(?:es|ed)|push(?:es|ed)|"
    r"exhibit(?:s|ed)?|establish(?:es|ed)|excel(?:s|led)|maintain(?:s|ed)|offer(?:s|ed)|"
    r"produc(?:es|ed)|perform(?:s|ed)|rank(?:s|ed)|has|had|is|are|was|were|"
    r"can|could|will|would|may|might)\b",
    F,
)
_OTHERS_VALUES = (
    r"(?P<others>[-+]?\d[\d.]*\s*%?(?:\s*(?:,|,?\s*and)\s*[-+]?\d[\d.]*\s*%?)*)"
    r"(?:\s+(?!by\b)[\w@-]+){0,2}?\s+(?:(?:achieved|obtained|reported|reached|attained)\s+)?"
    r"(?P<prep>by|for)"
)
"""'compared to 44.2% by', 'vs. 51.6 and 57.0 chrF achieved by', 'compared to 0.65 for
MinerU': the values of the system compared with, named after them."""
_BASELINE = regex.compile(
    r"(?:\b(?:(?:compared\s+(?:to|with)|vs\.?|versus|against)\s+" + _OTHERS_VALUES + r"|"
    r"over|than|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|against|"
    r"relative\s+to|versus|vs\.?|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|"
    r"exceed(?:s|ing|ed)?|beat(?:s|ing)?|improv(?:es|ing|ed)\s+(?:upon|on|over)|"
    r"on\s+par\s+with|comparabl[ey]\s+(?:to|with)|rival(?:s|ing|ed|ling|led)?|"
    r"improv(?:es|ing|ed)\s+the\s+(?:[\w-]+\s+){0,2}?(?:performance|accuracy)\s+of|"
    r"(?<!\b(?:our|the|an?|their|its|this)\s+)(?P<bare>improv(?:es|e|ing|ed)))\s+)"
    r"(?:the\s+|a\s+|an\s+)?(?P<np>" + _NP + r")",
    F,
)
SYSTEM_NOUN = (
    r"\b(?:baselines?|models?|methods?|approach(?:es)?|systems?|policy|policies|"
    r"agents?|networks?|LLMs?|predecessors?|counterparts?|pipelines?|algorithms?|"
    r"variants?|versions?|techniques?|frameworks?|solvers?|detectors?|classifiers?|"
    r"transformers?|works?|art|best|humans?|experts?|clinicians?|radiologists?|annotators?|"
    r"random)\b(?!-(?!level\b))"
)
COMPARED_SYSTEM = regex.compile(r"[A-Z]|" + SYSTEM_NOUN)
"""What 'improves X' must say for X to be a system compared with ('improves CoOp', 'improves
the baseline', 'improves the state of the art'), not the quantity improved ('improves image
quality scores')."""
MODEL_LIKE = r"[A-Za-z]-\d|\d\.\d|\d+B\b"
"""'Phi-4', 'SD3.5', 'InternVL2-76B': a name with a version or size is a model's."""
_IMPROVED_SYSTEM = regex.compile(SYSTEM_NOUN + r"\s*$|\b[A-Z][a-z]+[A-Z]\w*|" + MODEL_LIKE)
"""What 'improves X by' must say for X to be a system rather than a metric: end with a
system noun ('the strong baseline', not 'policy compliance'), or hold a CamelCase name
('CoOp') or a version or size ('Phi-4'); not an acronym ('PDMS')."""
_LEADING_DET = regex.compile(r"^(?:the|a|an|its|their|our\s+own)\s+", F)


_METRIC = (
    r"(?<![\w@-])" + vocab_pattern(word_lists("metrics"))
    + r"(?:(?:-(?:\d|\d+[kK])|(?<=\d)[-:](?:0?\.)?\d+)(?![.,]\d))?"
    r"(?![\w@]|-\w|\s+model(?:s|ing)?\b)"
)
"""A metric of the vocabulary, with the n-gram, sample count or threshold range written
after it ('BLEU-4', 'FID-30k', 'mAP@50-95', 'mAP50:95', 'mAP@0.5:0.95'; not 'F-16', a
model), and not a kind of model ('reward model')."""


@cache
def metric_after(prefix: str) -> regex.Pattern[str]:
    """A pattern: prefix, then a metric of the vocabulary with its modifiers."""
    return regex.compile(
        prefix + r"(?<![\w@-])(?i:" + _MOD + r")" + _METRIC,
        ignore_unused=True,
        **word_lists("metrics"),
    )


@cache
def _metric_phrase() -> WordStartPattern:
    """A metric from the vocabulary with its modifiers ('average top-1 accuracy')."""
    starts = {lead_word(word) for word in (*_MOD_WORDS, *load("metrics"))}
    return WordStartPattern(metric_after(""), {w for w in starts if w})  # None: '[\w-]+@'


@cache
def _dataset_vocab() -> WordStartPattern:
    starts = {lead_word(entry) for entry in load("datasets")}
    return WordStartPattern(word_list("datasets", case_sensitive=True), {w for w in starts if w})


_BARE_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "these", "those"})


_LIST_MARK_LEAD = regex.compile(r"^(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-e])\)|\d\.)\s+")
"""'3) a view selection strategy': the marker of a list item, no part of the phrase."""


def _clean(phrase: str | None) -> str | None:
    """A phrase without a leading determiner and the punctuation around it; a closing
    bracket stays when it closes an aside of the phrase ('ModernBERT-large (256 tokens)')."""
    if phrase is None:
        return None
    closed = phrase.rstrip(" ,;:[]-.").endswith(")")
    phrase = phrase.strip(" ,;:[]-.")
    if ")" in phrase[:6] or phrase[1:3] == ". ":
        phrase = _LIST_MARK_LEAD.sub("", phrase)
    phrase = _LEADING_DET.sub("", phrase.strip("()"))
    phrase = phrase.strip(" ,;:()[]-.")
    if closed and phrase.count("(") == phrase.count(")") + 1:
        phrase += ")"
    return None if phrase.lower() in _BARE_DETERMINERS else phrase or None


_OWN_VALUE_AFTER = regex.compile(
    r"\s*(?:of|=|:(?=\s)|was|is|reaches|reached)\s*(?:only\s+)?[+-]?\d"
)
"""A metric that goes on to a value of its own ('a success rate of 56.36%', 'F1 = 0.84')."""
COMPARED_WORD = regex.compile(r"\b(?:compared\s+(?:to|with)|vs|versus|than|over|against)\b", F)
"""A word that compares two values or systems."""
_NUMBER_IN_GAP = regex.compile(r"(?<![\w.-])\d[\d,]*(?:\.\d+|\s*(?:%|percent|x\b|×))")
"""A value of its own between a value and a metric ('95%', '0.982'; not 'Top 1', '7-class')."""
_WORD_IN_GAP = regex.compile(r"\b(?!(?:and|or|vs|versus|against|on)\b)[A-Za-z]{2,}")


def _right_metric(sentence: str, end: int) -> str | None:
    """A metric written right after a value: '27.1 PQ', '68.2% ImageNet-1K top-1 accuracy'."""
    right = sentence[end : end + 80]
    named = _ACRONYM_RIGHT.match(right)
    if named and not _dataset_vocab().fullmatch(named.group("name")):
        longer = _metric_phrase().match(right, named.start("name"))
        if longer and longer.end() > named.end("name"):
            return longer.group()  # '0.83 ROC AUC': the vocabulary's name, not 'ROC'
        changed = _CHANGED_AFTER.match(right, named.end())
        if changed:  # '68% KV cache memory reduction': what the acronym begins
            return right[named.start("name") : changed.start("noun")].strip()
        if named.group("stat"):
            return right[named.start("stat") : named.end("name")]  # '1146.39% median HNS'
        return named.group("name")
    for m in _metric_phrase().finditer(right):
        gap = right[: m.start()]
        if m.start() > 45 or (_GAP_BREAK.search(gap) and not _OPEN_ONLY.fullmatch(gap)):
            break
        if _OWN_VALUE_AFTER.match(right, m.end()):
            break  # 'a driving score of 79.49 with a success rate of 56.36%': the next value's
        if _NUMBER_IN_GAP.search(gap) and _WORD_IN_GAP.search(gap) and gap.lstrip()[:1] != "/":
            break  # 'a ROC-AUC of 0.95 alongside 95% accuracy': the next value's (but '63.41
            # and 61.88 F1', '58.7/52.6 pedestrian BEV AP' are the list's)
        if _FOR_WORD.search(gap) and not _FOR_ONLY.fullmatch(gap):
            break  # '0.772 for left/right errors': what it is for, not what it measures
        if _OPEN_ONLY.fullmatch(gap):
            return m.group().strip()  # '0.505 (Pearson)'

        named = _NAMING_WORDS.fullmatch(gap)
        head = _METRIC_HEAD_AFTER.match(right, m.end())
        if head:  # 'Top-1 classification accuracy': the metric goes on to its head noun
            return right[m.start() : head.end()].strip()
        if named and not _NOT_NAMING.search(named.group("words")):
            return named.group("words") + m.group().strip()
        return m.group().strip()
    return None


_METRIC_HEAD_AFTER = regex.compile(
    r"(?:\s+(?!(?:" + _STOP + r"|\w+ing|\w+ed)\b(?!-))(?-i:[a-z][a-z-]+)){1,2}?"
    r"\s+(?:accuracy|accuracies|error|score|rate)\b"
)
"""'Top-1 classification accuracy', 'memory reuse rate': words that go on from a metric's
name to the noun it qualifies."""
_COUNTED_WORD = regex.compile(r"\d[\d.]*-[a-z]")
"""'in 1-shot and 5-shot scenarios', 'in 7-class accuracy': a count made an adjective."""
_OPEN_ONLY = regex.compile(r"\s*\(\s*")
_NAMING_WORDS = regex.compile(r"\s*(?:%\s*)?(?P<words>(?:[a-z][a-z-]*[a-z]\s+){1,2})")
"""'88.1% joint goal accuracy', '97.1% request accuracy': up to two words between a value
and its metric say which one it is."""
_NOT_NAMING = regex.compile(
    r"\b(?:"
    + _STOP
    + r"|"
    + cues.UP_WORDS
    + r"|"
    + cues.DOWN_WORDS
    + r"|"
    + cues.CHANGE_NOUNS
    + r"|points?|pts|pp|percent\w*|the|an?|its|their|our|this|that|these|those|each|all|"
    r"only|about|around|nearly|almost|approximately|roughly|over|under|up|down|new|best|"
    r"state-of-the-art|sota|competitive|strong|good|high|low|top)\b",
    F,
)


_UNIT_AFTER_NUMBER = regex.compile(r"\d\s*(?P<unit>[^\d\s.,;:()%][^\d,;:()]{0,30})$")


def _unit_metric(sentence: str, start: int, end: int) -> str | None:
    """A unit that is itself a metric ('1.13 bits per character', '2.89 bpd'): the value's
    span [start, end) ends with it."""
    unit = _UNIT_AFTER_NUMBER.search(sentence, max(start, end - 40), end)
    if unit and _metric_phrase().fullmatch(unit.group("unit").strip()):
        return unit.group("unit").strip()
    return None


_ACRONYM = (
    r"(?P<name>(?:[A-Z][a-z]+-)?[mn]?[A-Z][A-Z0-9@&-]*[A-Z0-9](?:(?<=@\d+)\.\d+)?(?:@[\d.]+)?)"
)
"""'mAP', 'R@1', 'Pixel-AUROC': a metric's short name, perhaps with a word saying of what."""
_ACRONYM_RIGHT = regex.compile(
    r"^\s?(?:%\s*)?(?P<stat>(?:mean|median|average)\s+)?" + _ACRONYM + r"(?![\w-])"
)
"""'88.2% MODA', '81.88 DSC', '71.2% nAP50': an unknown all-capitals name (perhaps with the
m or n of a mean or normalised score) right after a value names it."""
_OTHERS_VALUE = regex.compile(
    r"(?:vs\.?|versus|compared\s+to|against)\s+[-+]?[\d.]+\s*%?\s+(?:for|by|of)\s+(?:the\s+)?$"
)
"""'an mAP of 97.4 (vs. 96.2 for PAT-T)': the name after the other value is the system it
is that of."""
_CHANGED_AFTER = regex.compile(
    r"(?:\s+(?!(?:" + _STOP
    + r"|points?|pts|pp|percent\w*|absolute|relative|online|offline)\b(?!-))"
    r"(?-i:[a-z][\w-]*)){1,3}?\s+(?P<noun>" + cues.CHANGE_NOUNS + r")\b"
)
"""'KV cache memory reduction': lower-case words between an acronym and a change noun are
part of what changed (not 'F1 point improvement', 'AP50 and AP75 gains')."""
_ACRONYM_LEFT = regex.compile(
    r"(?<![\w-])(?!SOTA\b)" + _ACRONYM + r"(?:(?<=\(\w+)\))?\s*(?:\([^()]{1,30}\)\s*)?"
    r"(?:of|=|:)\s*(?:an?\s+)?$",
)
"""'a DER of 10.14%', 'SROCC=0.91', 'a volume overlap error (VOE) of 11.91%': the name
before 'of' or '=' names the value (but 'the previous SOTA of 88.61%' names a system)."""
_ACRONYM_BEFORE = regex.compile(r"(?:^|[,;(]\s*|\band\s+|\bwith\s+)" + _ACRONYM + r"\s+$")
"""'..., SPK-SIM 78.30% to 89.38%, MCD 8.59 to 7.98': a list item that names its metric
first and its value right after."""
_TASK_NAME = regex.compile(r"(?i:task|subtask|track)\d*")


def _listed_acronym(sentence: str, start: int) -> regex.Match[str] | None:
    """_ACRONYM_BEFORE's match for the digits at start, unless it names a task or something
    no metric is ('AI 53.8%', 'TASK2 +30.6%')."""
    if not _STARTS_NUMERIC.match(sentence, start):
        return None  # 'CFG doubles the compute'
    m = _ACRONYM_BEFORE.search(sentence, max(0, start - 30), start)
    if m is None or _NOT_DATASET.match(m.group("name")) or _TASK_NAME.fullmatch(m.group("name")):
        return None
    return m
_SCORE_RIGHT = regex.compile(r"\s*(?:%\s*)?(?P<name>(?P<words>(?:[a-z][\w-]*\s+){1,2})scores?)\b")
"""'a perfect 100% safety score': a score the vocabulary does not know, named right after
the value by up to two words that name nothing else (_NOT_NAMING)."""
_NAMED_QUANTITY_LEFT = regex.compile(
    r"\b(?:a|an|the)\s+(?P<name>(?-i:[\w-]*[A-Z][\w-]*)(?:\s+(?-i:[\w-]*[A-Z][\w-]*)){0,2})"
    r"\s+of\s+(?:about\s+|approximately\s+|only\s+|just\s+)?$"
)
"""'a Jensen-Shannon Divergence of 0.000245', 'a VIoU of 0.545': a quantity no metric of the
vocabulary names, named with capitals right before its value."""
_NAMED_SCORE_LEFT = regex.compile(
    r"(?<![\w@-]|\bover\s)(?P<name>(?:(?:(?!SOTA\s)[\w@&/+.-]*[A-Z][\w@&/+.-]*|"
    r"(?i:total|average|mean|overall))\s+){1,3}scores?)\s*(?:=|:|of)\s*(?:an?\s+)?$"
)
"""'xCOMET scores of 0.793', 'a HOTA-Temporal score of 52.37': a score no metric of the
vocabulary names, named by words with a capital letter (not 'an average score of', 'SOTA
scores of')."""


_GAP_BREAK = regex.compile(
    r"[,;()]|(?:--|—|–)(?!\s*\$?[\d.])|\b(?:than|over|and|while|with|under|at|within|without|given|despite|during|"
    r"when)\b"
)
_FOR_WORD = regex.compile(r"\bfor\b")
_FOR_ONLY = regex.compile(r"\s*(?:%\s*)?(?:/\s*\d+\s*)?for\s+(?:the\s+)?(?:mean\s+|average\s+)?")
"""'96.23% for accuracy', '4.3/5 for accuracy': 'for' right before the metric."""
_SUMMED_UP = regex.compile(
    r"(?:\d[\d.,]*\s*%?\s*(?:to|→|->)\s*)?(?P<num>\d[\d.,]*)\s*(?:%|pp|points?)?\s*\(\s*[+-]?$"
)
"""The value, or the change, that a signed value in brackets right after it sums up."""
_SIGNED_ASIDE = regex.compile(r"\s*\(\s*[+-]\s*\d[\d.,]*\s*(?:%|pp|points?)?\s*\)")
_ASIDE_END = regex.compile(r"\s*\)")
_VALUE_THEN_OPEN = regex.compile(r"\d\s*(?:%|pp|points?)?\s*\(\s*[+-]?$")
"""A change in brackets between a value and its metric: '81.12% (+17.2%) average accuracy'."""
_CHANGE_OF_LEFT = regex.compile(r"\b(?:" + cues.CHANGE_NOUNS + r")\s+of\s+(?:up\s+to\s+)?$", F)
_CHANGE_IN_OF_LEFT = regex.compile(
    r"\b(?:" + cues.CHANGE_NOUNS + r")\s+in\s+(?:the\s+)?"
    r"(?P<np>(?:(?!" + _STOP + r"\b(?!-)|upon\b)[\w@+/-]+\s+){0,3}?[\w@+/-]*[^\W\d][\w@+/-]*"
    r"(?:\.\w+)*)"
    r"(?:\s+(?:upon|across|for|on|over|with|under|during)\s+(?:(?!\b(?:and|or)\b)[^,;.()]){0,40}?)?"
    r"\s+of\s+(?:up\s+to\s+|about\s+|approximately\s+|around\s+|nearly\s+|almost\s+|"
    r"over\s+|more\s+than\s+|less\s+than\s+|at\s+least\s+)?[$\\{a-z]*$",
    F,
)
"""'improvements in F1 scores of up to 17 points', 'a reduction in word error rate of 34%':
what the change noun says changed."""
_IN_NAME = regex.compile(
    r"\s*(?:%|points?|pp)?\s+in\s+(?:terms\s+of\s+)?(?:the\s+)?"
    r"(?P<name>[\w-]*[A-Z](?:[\w@.+-]*[\w@+])?(?:\s+[A-Z][\w@+-]*){0,3})"
    r"(?![\w@-]|\s+(?!" + _STOP + r"\b(?!-))(?-i:[a-z]))"
)
"""'an improvement of 0.45 in Concordance Correlation Coefficient': after a change noun's
value, the name of what changed (not the first word of 'in LLM inference')."""
_METRIC_HEAD = regex.compile(
    r"(?<!\S)(?:Scores?|Distance|Kappa|Coefficient|Error|Rate|Accuracy|Precision|Recall)$"
)
_ACRONYM_TOKEN = regex.compile(r"\S*[a-z0-9]?[A-Z]\S*[A-Z@]\S*|\S+@\S+")


def _names_a_metric(name: str) -> bool:
    """Whether a name after 'an improvement of V in' is a metric: a known one, one that
    ends like one ('Quadratic Weighted Kappa') or an acronym ('mPrec', 'SRCC', 'H@10'), but
    not a language, a dataset or a system ('in English', 'in POPE', 'in GPT-4')."""
    if _metric_phrase().fullmatch(name) or _METRIC_HEAD.search(name):
        return True
    return (
        " " not in name
        and bool(_ACRONYM_TOKEN.fullmatch(name))
        and not _LANGUAGE_NAME.fullmatch(name)
        and not _dataset_vocab().fullmatch(name)
        and not _SYSTEM_NAME.search(name)
    )
_CHANGE_IN = regex.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:" + cues.CHANGE_NOUNS + r")\s+(?P<prep>in|on)\s+(?:the\s+)?"
    r"(?P<np>" + _NP + r")",
    F,
)
"""'a 19.5% increase in conversational abilities', 'a 5% improvement on AbsRel'."""
_NOT_NOUN = r"(?!(?:" + _STOP + r"|likely|per|versus|respectively|during|between)\b(?!-))"
_CHANGE_MODIFIERS = regex.compile(r"\b(?:" + cues.SIZE_WORDS + r")\b\s*", F)
_COMPARATIVE_RIGHT = regex.compile(
    r"^\s*(?:higher|lower|better|greater|more|less|fewer|faster|slower|smaller|larger)\s+"
    r"(?P<np>" + _NOT_NOUN + r"(?-i:[a-z][a-z-]*[a-z])"
    r"(?:\s+" + _NOT_NOUN + r"(?-i:[a-z][a-z-]*[a-z])){0,2})"
    r"(?=\s*(?:[,.;)]|$|\s(?:" + _STOP + r"|per)\b(?!-)))",
    F,
)
"""'3.4x higher training efficiency', '10x fewer tokens': what a factor or share compares,
named by up to two lower-case words after its comparative, which end there."""
_ADJECTIVE = regex.compile(
    r"(?:(?<!^r|\sr)ate|ent|ant|ive|ble|ful|ous|ic|al|ly|(?<!e)ed|robust|novel)$"
)
"""'more accurate', 'more efficient': a comparative's adjective names no quantity (but
'higher success rate' does)."""
_VERB_OBJECT = regex.compile(
    r"\b(?:improv(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
    r"lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|cut(?:s|ting)?|"
    r"enhanc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|speed(?:s|ing)?\s+up|sped\s+up|"
    r"accelerat(?:e|es|ed|ing))"
    r"\s+(?!upon\b|over\b|on\b|both\b)(?:the\s+|its\s+|their\s+)?"
    r"(?P<np>(?:number|amount|share|"
    r"fraction|percentage|proportion|rate)\s+of\s+[\w-]+(?:\s+[\w-]+)?\s+|"
    r"(?:(?!" + _STOP + r"\b(?!-)|(?:improves|reduces|increases|boosts|lowers|decreases|raises)\b)"
    + _NP_WORD
    + r"){1,7})"
    r"(?:of\s+(?:(?!\bby\b)[^,;]){0,60})?"
    r"(?:(?:on|in|for|across)\s+(?:the\s+)?(?:[^\W\d][\w-]*\s+){1,3}?)?"
    r"(?:\([^()]*\)\s*)?(?:by|from|to)\s*(?:up\s+to\s+|an?\s+average\s+of\s+)?$",
    F,
)
"""'reduces number of reasoning tokens by', 'improve PASS@100 from', 'increases coverage on
ambiguous tasks by' (not 'improves models trained on 1 billion masks by', nor 'enhanced
labeling boosts robustness by', where the verb is the later one)."""
_AUXILIARY = r"has|have|had|can|could|may|might|will|would|be|been|further|also|even|still"
"""Words between a subject and its verb that are part of neither."""
_LOWER_WORD = (
    r"(?!(?:" + _STOP + r"|the|a|an|its|their|our|though|although|" + _AUXILIARY + r")\b(?!-))"
    r"(?-i:[a-z][\w-]*)"
)
_AND_ITS_BY = regex.compile(
    r"\bby\s+[^,;()]{0,40}?(?:\d[^\s,;()]*|\([^()]*\d[^()]*\))(?:\s*\([^()]*\))?"
    r"(?:\s*,\s*(?:and\s+)?[^\s,;]*\d[^\s,;]*)*"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:its\s+|their\s+|the\s+)?"
    r"(?!(?:latter|former|other|others|rest|same)\b|\w+(?:ing|ates|izes|ises)\b)"
    r"(?P<np>" + _LOWER_WORD + r"(?:\s+" + _LOWER_WORD + r"){0,2})"
    r"\s+by\s*(?:up\s+to\s+|more\s+than\s+|over\s+|about\s+|nearly\s+|at\s+least\s+)?$",
    F,
)
"""'reduces training time by 75% and model storage by': the next quantity a change verb
takes, right after the first one's value (not 'the latter', nor a verb's object)."""
_CHANGED_BY_VALUE = regex.compile(
    r"\b(?:improv|reduc|increas|decreas|boost|lower|rais|cut|enhanc|accelerat|shrink|compress|"
    r"amplif)\w*\b[^;]*\bby\b[^;]*\d",
    F,
)
"""A change verb and the value of its first quantity: 'reduces its energy cost by 24x'."""
_CHANGED_BY = regex.compile(
    r"(?:^|[,;(]\s*|\b(?:with|and|while|its|their|the)\s+)"
    r"(?P<np>(?!(?!training)[a-z]+ing\s+[a-z])"
    + _LOWER_WORD + r"(?:\s+" + _LOWER_WORD + r"){0,2})\s+"
    r"(?:(?:is|was|are|were|being|gets?|got|" + _AUXILIARY + r"|[a-z]+ly)\s+)*"
    r"(?:reduced|decreased|increased|improved|dropped|dropping|drops|rose|rises|rising|fell|"
    r"falls|falling|declined|declines|grew|grows|lowered|boosted|raised|shrank|shrinks|jumped|"
    r"jumps)\s+by\s*$",
    F,
)
"""'with computation time reduced by', 'while memory usage drops by': the quantity a change
participle or verb says changed by the value (not 'mitigating performance drops by')."""
_REFERENCES = r"it|they|them|this|these|that|those|results?"
"""Words that point at a quantity without naming one."""
_LISTED_FROM = regex.compile(
    r"(?:[,;]\s*(?:and\s+)?|\band\s+|\bof\s+)(?:the\s+|its\s+|their\s+)?"
    r"(?P<np>(?!\w+ing\b)(?:(?!\w+ed\b|(?i:" + _STOP + r"|an?|the)\b(?!-))[\w@.-]+\s+){0,3}"
    r"(?!(?i:" + _STOP + r"|an?|the)\b(?!-))"
    r"[\w-]*(?i:score|rate|error|distance|accuracy|precision|recall|loss|time|latency|cost|"
    r"usage|size|similarity|length|consumption|requirements|steps|F1|AUC|mAP|IoU|Dice|BLEU)s?)"
    r"\s+from\s*$",
)
"""'the Dice from 0.673 to 0.734, ..., and the average surface distance from 1.00 mm to':
a quantity of a list of changes, named right before its 'from' (by a word that names a
quantity: not 'symptom analysis from', 'cortex from')."""
_PARALLEL_FROM = regex.compile(
    r"\bfrom\s+[\d.]+\s*%?\s+to\s+[\d.]+\s*%?\s*[,;]\s*(?:and\s+)?"
    r"(?P<np>(?-i:[A-Z])[\w@.-]*(?:\s+[\w@.-]+)?)\s+from\s*$"
)
"""'Novelty from 0.45 to 0.52, Quality from 0.24 to 0.29': a name right before 'from' in an
item after another change names the quantity that changed."""
_QUANTITY_WORD = (
    r"(?!(?:" + _STOP + r"|the|a|an|its|their|our|it|this|that|these|they|we|though|although|"
    r"yet|however|" + _AUXILIARY + r")\b(?!-)|(?-i:[a-z]+ly\b))"
    r"(?=[\w@.-]*[A-Za-z])[\w@-]+(?:\.\w+)*"
)
_CHANGED_FROM = regex.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|while|whereas)\s+)"
    r"(?:(?:" + _SENTENCE_ADVERBS + r"),?\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?P<np>(?![a-z]+ing\s)" + _QUANTITY_WORD + r"(?:\s+" + _QUANTITY_WORD + r"){0,3})\s+"
    r"(?:(?:" + _AUXILIARY + r"|(?-i:[a-z]+ly))\s+)*"
    r"(?:rose|rises|risen|improved|improves|increased|increases|grew|grows|dropped|drops|fell|"
    r"falls|declined|declines|decreased|decreases|jumped|jumps|climbed|climbs)\s+from\s*$",
    F,
)
"""'IAScore rises from 0.828 to', ', structural compliance improves from 0% to': what rose."""
_NO_QUANTITY_WORD = regex.compile(SYSTEM_NOUN + r"|\b(?:" + _REFERENCES + r")\b", F)
_TWO_LETTERS = regex.compile(r"[A-Za-z]{2}")
_SPLIT_TAIL = regex.compile(r"\s*(?:test|val|dev|split)", F)
_BRACKET_BEFORE_VALUE = regex.compile(_BRACKET_OPEN)
_RELATIVE = regex.compile(r"\b(?:that|which|where|whereas|while|when)\s+")
_STARTS_NUMERIC = regex.compile(r"[\d.,%+-]")


_SLASHED_BEFORE = regex.compile(r"(?:\d[\d.]*\s*%?\s*/\s*)+$")
_SLASHED_AFTER = regex.compile(r"(?:\s*%?\s*/\s*\d[\d.]*)+")
_SLASHED_NAMES = regex.compile(
    r"\s*(?:%\s*)?(?P<pre>[a-z][\w-]*\s+)?(?P<items>[\w@.-]+(?:/[\w@.-]+)+)"
    r"(?:\s+(?P<head>[\w@-]+))?"
)


_SLASHED_NAMES_BEFORE = regex.compile(
    r"(?<![\w/])(?P<pre>)(?P<items>[\w@.-]+(?:/[\w@.-]+)+)(?P<head>)"
    r"\s*(?:of|=|:|(?:was|were|is|are)(?:\s+respectively)?)?\s*$"
)
"""'rank1/mAP/mINP 91.05%/83.28%/68.84%', 'AP/AR of 72.3/75.3': the names before the values."""


def _slashed_values(sentence: str, start: int, end: int) -> tuple[int, int, int, int] | None:
    """Where a value stands in values joined by slashes ('46.8/38.6', '66.09%/56.86%'): its
    index, their count, and where they begin and end; None when it stands alone (start may
    be where the list the value is part of begins; end is where the value ends)."""
    own = _NUMBER_ENDING.search(sentence, max(0, end - 30), end)
    if own is not None:
        start = own.start()
    before = _SLASHED_BEFORE.search(sentence, max(0, start - 60), start)
    after = _SLASHED_AFTER.match(sentence, end)
    if before is None and after is None:
        return None
    index = before.group().count("/") if before else 0
    count = index + 1 + (after.group().count("/") if after else 0)
    return index, count, before.start() if before else start, after.end() if after else end


def _slash_dataset(sentence: str, start: int, end: int) -> str | None:
    """'66.09%/56.86%/41.28% on DOTA-v1.0/DOTA-v1.5/DIOR': values joined by slashes take the
    names joined by slashes (or listed) they are measured on, in order (not 'on the val/test
    sets', 'on BACC/AUROC', 'for LV/MYO/LA')."""
    slashed = _slashed_values(sentence, start, end)
    if slashed is None:
        return None
    index, count, _, values_end = slashed
    names = _LISTED_PLACES.match(sentence, values_end)
    if names is None:
        return None
    items = _PLACE_SPLIT.split(names.group("items"))
    said = names.groupdict().get("tail") is not None
    if len(items) != count or not (said or all(_DATASET_LIKE.search(x) for x in items)):
        return None  # 'on Clean/Random' settings
    if any(_metric_phrase().fullmatch(x) for x in items):
        return None  # '1.6%/0.8% on BACC/AUROC': metrics
    return items[index]


_PLACE_NAME = r"[A-Z0-9](?:[\w.+-]*[A-Za-z0-9+])?(?:\s+[A-Z0-9](?:[\w.+-]*[A-Za-z0-9+])?){0,2}"
_PLACE_SEPARATOR = r"\s*/\s*|\s*,\s*(?:and\s+)?|\s+and\s+"
_LISTED_PLACES = regex.compile(
    r"\s*(?:%\s*)?(?:[\w@.-]+\s+){0,3}?(?i:on|across)\s+(?:the\s+)?"
    r"(?P<items>" + _PLACE_NAME + r"(?:(?:" + _PLACE_SEPARATOR + r")" + _PLACE_NAME + r")+)"
    r"(?P<tail>\s+(?i:benchmarks|datasets))?(?![\w/])"
)
"""'66.09%/56.86% on DOTA-v1.0/DOTA-v1.5', '94%/90%/88% success on Simple Stack, Deep Stack,
and Clear+Stack benchmarks': the names slashed values are measured on."""
_PLACE_SPLIT = regex.compile(_PLACE_SEPARATOR)


def _slash_metric(sentence: str, start: int, end: int) -> str | None:
    """'46.8/38.6 box/mask AP', '72.3/75.3% average AP/AR': values joined by slashes take
    the metrics joined by slashes after them, in order."""
    slashed = _slashed_values(sentence, start, end)
    if slashed is None:
        return None
    index, count, values_start, values_end = slashed
    names = _SLASHED_NAMES.match(sentence, values_end)
    if names is None or len(names.group("items").split("/")) != count:
        names = _SLASHED_NAMES_BEFORE.search(sentence, max(0, values_start - 60), values_start)
    if names is None:
        return None
    items = names.group("items").split("/")
    if len(items) != count:
        return None
    item, head, pre = items[index], names.group("head"), names.group("pre") or ""
    metric = _metric_phrase()
    if head and metric.fullmatch(head) and not any(metric.fullmatch(x) for x in items):
        return f"{item} {head}"  # 'box/mask AP'
    # a list of metrics is one of a kind: 'AP/AR' names AR a metric too
    if metric.fullmatch(item) or (
        _ACRONYM_ONLY.fullmatch(item) and any(metric.fullmatch(x) for x in items)
    ):
        return pre + item if pre and _MOD_ONLY.fullmatch(pre.strip()) else item
    return None


_NUMBER_ENDING = regex.compile(r"\d[\d.]*\s*%?$")
_FROM_VALUE = regex.compile(r"\s*from\s+[-+]?\d")
_ACRONYM_ONLY = regex.compile(_ACRONYM)
_MOD_ONLY = regex.compile("(?:" + "|".join(_MOD_WORDS) + ")", F)


def _improves_a_system(verb_obj: regex.Match[str]) -> bool:
    """Whether 'improves X by' improves a system ('improves CoOp by 5.3%', 'the strong
    baseline'), which is compared with, rather than a quantity ('improves accuracy')."""
    np = verb_obj.group("np")
    return (
        verb_obj.group().lower().startswith(("improv", "boost", "enhanc"))
        and _IMPROVED_SYSTEM.search(np) is not None
        and _metric_phrase().search(np) is None
    )


_NOT_A_QUANTITY = regex.compile(_REFERENCES + r"|state(?:-of-the-art)?|sota", F)
"""What 'improves X by/from' improves that is no quantity: a pronoun, or the state of the art
(the noun phrase stops at 'of')."""
_STANDING = regex.compile(
    r"^(?:(?:state-of-the-art|sota|best(?:\s+(?:published|reported|known))?|previous(?:\s+best)?)"
    r"\s+)+",
    F,
)
"""'improves the state-of-the-art execution accuracy', 'the best published PSNR metric': the
standing of the quantity improved, not part of its name."""
_NAME_ONLY = regex.compile(_CAPNAME + r"(?:\s+" + _CAPNAME_NEXT + r")*")
_OWNER = regex.compile(r"^.*['’]s\s+")


def _changed_quantity(verb_obj: regex.Match[str]) -> str | None:
    """The quantity 'reduces X by/from' says changed, as a metric: not a system improved
    ('improves CoOp by'), a pronoun ('raising it from') or the state of the art; and
    without whose it is ('GPT-4o's performance', 'Swin UNETR Dice')."""
    if _improves_a_system(verb_obj):
        return None
    phrase = _clean(_TRAILING_MANNER.sub("", verb_obj.group("np").strip()))
    if phrase is None or _MANNER_ONLY.fullmatch(phrase):
        return None
    phrase = _STANDING.sub("", _OWNER.sub("", phrase))
    if _NOT_A_QUANTITY.fullmatch(phrase):
        return None  # 'raising it from', 'improves the state-of-the-art results of bpc to'
    if (
        verb_obj.group().rstrip().endswith("to")
        and _NAME_ONLY.fullmatch(phrase)
        and (_dataset_vocab().match(phrase) or any(ch.isdigit() for ch in phrase))
    ):
        return None  # 'improving BC4CHEMD to 93.72%': what it was measured on
    named = _metric_phrase().search(phrase)
    if named and named.end() == len(phrase) and names_a_system(phrase[: named.start()].strip()):
        return named.group()  # 'improved Swin UNETR Dice from': Swin UNETR's Dice
    return phrase or None


_CORRELATION_SYMBOL = regex.compile(r"(?<![\w\\])(?P<symbol>r|ρ|τ|rho|tau)\s*=\s*$")
_CORRELATION_VALUE = regex.compile(r"[-+−]?(?:0?\.\d+|[01](?:\.0*)?)")
"""A correlation coefficient lies in [-1, 1] ('r = 16' is a LoRA rank)."""


def metric_near(
    sentence: str,
    start: int,
    end: int,
    list_end: int | None = None,
    lead: tuple[int, int] | None = None,
) -> str | None:
    """The metric of a number at [start, end) of a sentence (start: where its phrase,
    or the list it is part of, begins; list_end: where that list ends, whose metric its
    items share when they have none of their own; lead: the list's first item, whose
    metric written right after it its items share before any found further away)."""
    aside = _SIGNED_ASIDE.match(sentence, end)  # '81.12% (+17.2%) average accuracy'
    signed = sentence[start : start + 1] in ("+", "-") or sentence[start - 1 : start] in ("+", "-")
    if aside is None and signed and _VALUE_THEN_OPEN.search(sentence, max(0, start - 20), start):
        aside = _ASIDE_END.match(sentence, end)  # ... and '(+17.2%) average accuracy'
    own = (
        ("/" in sentence and _slash_metric(sentence, start, end))
        or _right_metric(sentence, aside.end() if aside else end)
        or _unit_metric(sentence, start, end)
    )
    if own:
        return own
    symbol = _CORRELATION_SYMBOL.search(sentence, max(0, start - 12), start)
    if (
        symbol
        and _CORRELATION_VALUE.fullmatch(sentence, start, end)
        and not _metric_phrase().search(sentence, max(0, symbol.start() - 40), symbol.start())
    ):
        return symbol.group("symbol")  # '(r = 0.85)', 'rho = -0.41' (but 'Pearson (r = 0.85)')
    summed = _SUMMED_UP.search(sentence, max(0, start - 40), start) if signed else None
    if summed is not None:  # 'MCD 8.59 to 7.98 (+7.10%)': the change the aside sums up
        return metric_near(sentence, summed.start(), summed.end("num"))
    named_by = _NAMED_BY.search(sentence, max(0, start - 60), start) if " by" in sentence else None
    if named_by and (
        _metric_phrase().fullmatch(named_by["np"]) or _metric_shaped(named_by["np"])
    ):
        return named_by.group("np")  # 'Precision@5 increased by 15%, Recall@5 by 13%'
    scoped = _ON_SCOPED_METRIC.match(sentence, end)
    if scoped and _metric_shaped(scoped.group("name")):
        return scoped.group("name")  # '3.00% on G-mAP, 2.70% on mAP@3+tgt'
    changed_in_of = " of " in sentence[max(0, start - 30) : start] and _CHANGE_IN_OF_LEFT.search(
        sentence, max(0, start - 100), start
    )
    if changed_in_of:
        return _clean(changed_in_of.group("np"))
    if sentence[max(0, start - 8) : start].rstrip().endswith("from"):
        listed_from = _LISTED_FROM.search(sentence, max(0, start - 60), start)
        if listed_from and not (
            _NO_QUANTITY_WORD.search(listed_from.group("np"))
            or cues.says_which_way(listed_from.group("np"))
        ):
            return listed_from.group("np")  # '..., and the average surface distance from 1.00'
        changed_from = _CHANGED_FROM.search(sentence, max(0, start - 80), start)
        if not changed_from:
            changed_from = _PARALLEL_FROM.search(sentence, max(0, start - 80), start)
            if changed_from and (
                _dataset_vocab().match(changed_from["np"]) or "bench" in changed_from["np"].lower()
            ):
                changed_from = None  # 'VOC mIoU increases from 42.80 to 48.78, ADE20K from'
        if changed_from:
            np = changed_from.group("np")
            if not (
                _NO_QUANTITY_WORD.search(np) or MODEL_SHAPED.search(np) or names_a_system(np)
            ):
                return np  # 'IAScore rises from 0.828 to 0.968'
    value_end = end
    if list_end is not None and list_end != end:
        end = list_end
        own = _right_metric(sentence, end)
        if own:
            return own
    right = sentence[end : end + 80]
    pattern = _metric_phrase()
    changed_in = _CHANGE_OF_LEFT.search(sentence, max(0, start - 40), start) and _IN_NAME.match(
        sentence, value_end
    )
    if changed_in and _names_a_metric(changed_in.group("name")):
        return changed_in.group("name")  # 'improvements of 5.7% in pixel-sPRO'
    named = _ACRONYM_LEFT.search(sentence, max(0, start - 40), start) or _listed_acronym(
        sentence, start
    )
    if (
        named
        and not _dataset_vocab().fullmatch(named["name"])
        and _not_a_system(named["name"])
        and not any(c[0] == named.start("name") for c in datasets_in(sentence))
    ):
        return named.group("name")  # 'a DER of 10.14%' (not 'CNN=0.46', a model's)
    score = _NAMED_SCORE_LEFT.search(sentence, max(0, start - 60), start)
    if (
        score
        and any(ch.isupper() for ch in score.group("name"))
        and not pattern.search(score.group("name"))
    ):
        return score.group("name")  # 'a LLM Judge score of 52.7%' (but 'F1 score' is F1)
    named = _NAMED_QUANTITY_LEFT.search(sentence, max(0, start - 60), start)
    if named is not None:
        name = named.group("name")
        if not (
            MODEL_SHAPED.search(name) or names_a_system(name) or _dataset_vocab().match(name)
        ):
            return name  # 'a Jensen-Shannon Divergence of 0.000245', 'a VIoU of 0.545'
    change_in = _CHANGE_IN.match(right)
    if change_in and (change_in.group("prep").lower() == "in" or pattern.match(change_in["np"])):
        return _clean(change_in.group("np"))  # 'gains on MM-Vet' name where, not what
    compared = _COMPARATIVE_RIGHT.match(right)
    if compared and not _ADJECTIVE.search(compared.group("np")):
        return compared.group("np")  # '3.4x higher training efficiency'
    named_change = cues.NAMED_CHANGE.match(right)
    if named_change:
        changed = _CHANGE_MODIFIERS.sub("", named_change.group("np"))
        if changed:
            return _clean(changed)  # '22.7% bitrate reduction' (not '18% relative gain')
    shared = list_metric(sentence, *lead, value_end) if lead else None
    if shared:
        return shared  # '94% accuracy on PACS and 87% on Office-Home'
    left = sentence[max(0, start - 120) : start]
    coordinated = " by " in left[-20:] and _AND_ITS_BY.search(left)
    if (
        coordinated
        and _CHANGED_BY_VALUE.search(left, 0, coordinated.end())
        and not _SYSTEM_END.search(coordinated.group("np"))
        and not cues.says_which_way(coordinated.group("np"))
    ):
        return coordinated.group("np")  # 'reduces its energy cost by 24x and its size by 2.7x'
    verb_obj = _VERB_OBJECT.search(left)
    changed = _changed_quantity(verb_obj) if verb_obj else None
    if changed:
        return changed  # 'reduces KV cache by 61%'
    changed_by = _CHANGED_BY.search(left)
    if changed_by and not _NO_QUANTITY_WORD.search(changed_by.group("np")):
        return changed_by.group("np")  # 'with computation time reduced by 55%'
    best = None
    for m in pattern.finditer(left):
        best = m
    if best is not None and len(left) - best.end() < 70:
        return best.group().strip()
    rest = sentence[end:]
    m = pattern.search(rest)
    owned = m is not None and _OWN_VALUE_AFTER.match(rest, m.end()) is not None
    if owned and m is not None and COMPARED_WORD.search(rest, 0, m.start()):
        owned = False  # '90.9% compared to SOTA accuracy of 89.4%': the two share it
    if m and not _NUMBER_START.search(rest, 0, m.start()) and not owned:
        # not past another value ('by 6.22%, (2) it reduces cost'), nor one of its own ('a
        # driving score of 79.49 with a success rate of 56.36%')
        return m.group().strip()
    if best is not None:
        return best.group().strip()
    score = _SCORE_RIGHT.match(sentence, end)
    if score and not _NOT_NAMING.search(score.group("words")):
        return score.group("name")
    return None


SHARED_AFTER = regex.compile(
    r"\s*(?:$|[,;.)\]]|(?P<word>and|or|on|in|for|at|over|across|compared|than|with|under|"
    r"versus|vs|against|relative|during|when|using|while|whereas|but|respectively)\b)",
    F,
)
"""What may follow a list item that shares the metric of the list's first item: a
separator, the end, or a word that says where or against what ('99.4% on CIFAR-10'),
not a word of its own ('3.8% mBIoU', '49% higher CPC', '35% of emissions')."""


def list_metric(sentence: str, lead_start: int, lead_end: int, end: int) -> str | None:
    """The metric that a list item ending at `end`, with none of its own, shares with the
    list's first item [lead_start, lead_end): the one written right after that item
    ('87.5% top-1 accuracy on ILSVRC-2012, 99.4% on CIFAR-10'). None when the item says
    its own in the same place ('by 6% in AP and 10% in AR')."""
    own = _right_metric(sentence, lead_end)
    metric = own or _unit_metric(sentence, lead_start, lead_end)
    after = SHARED_AFTER.match(sentence, end)
    if metric is None or after is None:
        return None
    slot = sentence[lead_end : lead_end + 80].partition(own)[0].split() if own else []
    word = after.group("word")
    if word and slot and slot[0].lower() == word.lower():
        return None
    return metric


def is_dataset_name(name: str) -> bool:
    """Whether a list item names a dataset: a known one, or one shaped like a name
    (MNLI, ImageNet-1K, CamVid), not a metric, a language or a common word."""
    if _dataset_vocab().match(name):  # a known name, perhaps with a version or split
        return True
    words = name.split()
    return (
        bool(words)
        and bool(_DATASET_LIKE.search(name))
        and not _names_no_dataset(name)
        and not _LANGUAGE_NAME.fullmatch(name)
        and not _metric_phrase().fullmatch(name)
    )


@lru_cache(maxsize=256)
def datasets_in(sentence: str) -> list[tuple[int, int, str]]:
    """Candidate dataset names of a sentence as (start, end, name)."""
    found: dict[int, tuple[int, int, str]] = {}
    for m in _dataset_vocab().finditer(sentence):
        tail = _VOCAB_TAIL.match(sentence, m.end())
        end = tail.end() if tail else m.end()
        found[m.start()] = (m.start(), end, sentence[m.start() : end])
    metric = _metric_phrase()
    patterns = [_DATASET_PREP]
    if any(hint in sentence for hint in _TAIL_HINTS):
        patterns += [_DATASET_WITH_TAIL, _DATASET_DESCRIBED]
    if any(noun in sentence for noun in _TITLE_NOUNS):
        patterns.append(_DATASET_TITLED)
    if "(" in sentence:
        patterns += [
            _DATASET_BEFORE_PAREN, _DATASET_ABBREVIATED, _DATASET_AFTER_VALUE, _DATASET_SCORED
        ]
    if " to " in sentence:
        patterns.append(_DATASET_RAISED_TO)
    if ":" in sentence and _COLON_VALUE.search(sentence):
        patterns.append(_DATASET_COLON)
    matches = [m for pattern in patterns for m in pattern.finditer(sentence)]
    known_colon = [
        m
        for m in matches
        if m.re is _DATASET_COLON
        and (m.group("metric") is not None or _dataset_vocab().fullmatch(m.group("name")))
    ]
    bracketed = [m for m in matches if m.re is _DATASET_AFTER_VALUE]
    bracketed_datasets = bool(bracketed) and (
        _SAYS_DATASETS.search(sentence) is not None
        or any(_dataset_vocab().fullmatch(m.group("name")) for m in bracketed)
    )
    for m in matches:
        name = m.group("name")
        if m.re is _DATASET_AFTER_VALUE and (
            not bracketed_datasets
            or _CHANGE_END.search(sentence, max(0, m.start() - 30), m.start())
        ):
            continue  # '75.86% (Whisper)': models, unless datasets are meant; 'from 0.82 (SAM-2)'
        if (
            m.re is _DATASET_COLON
            and not _colon_names_dataset(m)
            and not _listed_with(sentence, m, known_colon)
        ):
            continue
        if _names_no_dataset(name) or metric.fullmatch(name):
            continue
        if m.re is _DATASET_PREP and _changed_in(sentence, m.start("name"), m.end("name")):
            continue  # 'a reduction in SAD on AIM-500': the metric, then the dataset
        if _LANGUAGE_NAME.fullmatch(name):
            continue  # "on English news datasets" names a language, not a dataset
        if "--" in name:
            continue  # 'for Settlement--along with': a dash, not a hyphen
        if not _TWO_LETTERS.search(name) or _COUNTED_KIND.match(sentence, m.start("name")):
            continue  # "on 11 benchmarks", "across 11 MRI datasets" name none
        if not _DATASET_LIKE.search(name) and not m.groupdict().get("tail"):
            continue
        s, e = m.start("name"), m.end("name")
        tail = m.groupdict().get("tail") or ""
        if _SPLIT_TAIL.match(tail):
            e = m.end("tail")
        overlapping = [k for k, (a, b, _) in found.items() if a < e and s < b]
        if any(found[k][1] - found[k][0] >= e - s for k in overlapping):
            continue
        for k in overlapping:
            del found[k]
        found[s] = (s, e, sentence[s:e])
    # "an mAP of 97.4 (vs. 96.2 for PAT-T)": the name after another's value is a system
    return sorted(
        c for c in found.values() if not _OTHERS_VALUE.search(sentence, max(0, c[0] - 60), c[0])
    )


_ALL_CAPS = regex.compile(r"[A-Z][A-Z0-9-]*")
_COUNTED_KIND = regex.compile(r"\d+\s+\S+(?=\s+" + cues.COUNTED_NOUNS + r"\b)")
_LIST_BREAK = regex.compile(r"[();]|\b(?:while|whereas|but)\b")


def _listed_with(sentence: str, m: regex.Match[str], known: list[regex.Match[str]]) -> bool:
    """Whether a name labelling a value after a colon is an item of the same list as a
    name known to label a dataset so ('USMLE: 60.2%, MedMCQA: 62.7%'; 'ADAM: ED of 25.4
    pixels, REFUGE: 32.5 pixels')."""
    return any(
        not _LIST_BREAK.search(sentence, min(m.end(), k.end()), max(m.start(), k.start()))
        for k in known
        if k is not m
    )


def _colon_names_dataset(m: regex.Match[str]) -> bool:
    """Whether 'NAME: value' names a dataset: a known one, one shaped like no metric
    acronym ('MedMCQA', 'Sleep-EDF'), or one whose value a metric names ('ADAM: ED of')."""
    name = m.group("name")
    if _dataset_vocab().fullmatch(name):
        return True
    if m.group("metric") is not None:
        return True  # the metric stands after the colon: the name before it is no metric
    return not _ALL_CAPS.fullmatch(name)


_SYSTEM_NAME = regex.compile(
    r"^(?:" + _SYSTEM_WORD + r"|(?:[A-Z]+-)?[A-Za-z]*BERT[\w.-]*)(?!\S)"
    r"|(?:^|[\s-])\d+(?:\.\d+)?B(?![A-Za-z0-9])",
    systems=_SYSTEMS,
)
"""A name that starts with a known system's word, is one of BERT's kin ('ModernBERT-base',
'PubMedBERT', 'mBERT', 'XLM-RoBERTa'), or holds a count of parameters ('Wan
14B'). A dataset's size counts items ('LAION-400M'); the few counted in billions are in
the dataset vocabulary ('SA-1B')."""


def names_a_system(name: str) -> bool:
    """Whether a name taken for a dataset names a model or method instead ('speedup on Wan
    14B', 'accuracy of 39.47 on GPT-4o-mini')."""
    return not _dataset_vocab().fullmatch(name) and bool(_SYSTEM_NAME.search(name))


def _not_a_system(name: str) -> bool:
    """Whether a name labelling a value is no model's: a metric of the vocabulary ('CLIP-I'),
    or no system's name ('CNN', 'GPT-5')."""
    return bool(_metric_phrase().fullmatch(name)) or not names_a_system(name)


def _changed_in(sentence: str, start: int, end: int) -> bool:
    """Whether the name at start..end is what changed ('a 2x increase in QPS'), not where."""
    return bool(
        _CHANGED_IN.search(sentence, max(0, start - 40), start)
        and not _NAMED_AS_PLACE.match(sentence, end)
        and not _PLACE_LIKE.search(sentence[start:end])
    )


_UNNAMED_SLOT = regex.compile(
    r"\s*(?P<prep>for|on)\s+(?:the\s+|an?\s+)?+(?!(?:average|all|both|each)\b)"
    r"(?-i:[a-z][a-z-]*)(?!\w)",
    F,
)
"""'0.9652 for liver segmentation': the value's own place, named in lower-case words (not
'on iGibson', 'on average')."""
_NAMED_SLOT_BEFORE = regex.compile(
    r"\d\S*\s+(?P<prep>for|on)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)$",
    F,
)


_OWN_UNNAMED_DATASET = regex.compile(
    r"(?:\s*%)?(?:\s+(?-i:[A-Za-z][\w-]*)){0,3}?\s+(?:on|in)\s+"
    r"(?:(?:the|an?|its|their)\s+"
    r"(?-i:(?:(?!(?:test|validation|val|dev|development|training|train|evaluation|held-out|"
    r"hidden|public|official|same|full|whole|entire)\b)[a-z][a-z-]*\s+){0,3})"
    r"(?:dataset|data|set|benchmark|corpus)s?|our\s+(?-i:[a-z][a-z-]*\s+){0,3}"
    r"(?:dataset|data|set|split|benchmark|corpus)s?)"
    r"(?=\s*(?:[,;:)]|\.(?!\w)|$)|\s+(?:and|or|while|whereas|but|with|without|over|compared|"
    r"than|relative|when|using|across|at|by|which|that|as)\b)",
    F,
)
"""'90.47% Top-1 accuracy on the self-built dataset and 70.41% on HealthBench': a value
measured on a dataset it does not name names none (but 'on the test set' is a split of one
named elsewhere)."""


def dataset_near(sentence: str, start: int, end: int) -> str | None:
    """The dataset nearest a number: after it in the same clause first, then anywhere."""
    if _OWN_UNNAMED_DATASET.match(sentence, end):
        return None
    slashed = _slash_dataset(sentence, start, end) if "/" in sentence else None
    if slashed is not None:
        return slashed
    slot = _UNNAMED_SLOT.match(sentence, end)
    if slot:
        item = _NAMED_SLOT_BEFORE.search(sentence, max(0, start - 60), start)
        if item and item.group("prep").lower() == slot.group("prep").lower():
            return None  # '0.9639 for SAT, and 0.9652 for liver segmentation': SAT's alone
    cands = datasets_in(sentence)
    after = _AFTER_VALUE.match(sentence, end)
    if after and not _dataset_vocab().fullmatch(after.group("name")):
        # "24.9% in Abs.Rel on DENSE": the first name is the metric, the next the dataset
        after = _ON_NAME.match(sentence, after.end("name")) or after
    if after and not _names_no_dataset(after.group("name")):
        name = after.group("name")
        known = [c for c in cands if c[0] == after.start("name")]
        if (
            not _metric_phrase().fullmatch(name)
            and _TWO_LETTERS.search(name)
            and not _LANGUAGE_NAME.fullmatch(name)
            and not _COUNTED_WORD.match(name)
            and (known or not _changed_in(sentence, after.start("name"), after.end("name")))
        ):
            return known[0][2] if known else name
    if not cands:
        return None
    # "for Amazon-Google 79.28": a name never takes in the value itself
    cands = [
        (a, a + len(sentence[a:start].rstrip()), sentence[a:start].rstrip())
        if a < start < b
        else (a, b, name)
        for a, b, name in cands
    ]

    # "(IS=8.81, FID=9.91) on the CIFAR-10 dataset": the bracket the value stands in
    # closes without ending its clause
    opening, closing = _brackets_around(sentence, start, end)
    if opening is not None and any(
        opening < c[0] and c[1] <= (closing or len(sentence)) for c in cands
    ):
        opening = None  # "RE (, the F1 of RE on FUNSD is 89.45%)": the bracket names its own

    def distance(c: tuple[int, int, str]) -> int:
        if _BRACKET_BEFORE_VALUE.fullmatch(sentence, c[1], start):
            return -1  # "MSR-VTT (49.3 R@1)": the name the bracketed value belongs to
        if _COLON_BEFORE_VALUE.fullmatch(sentence, c[1], start) or _WITH_BEFORE_VALUE.fullmatch(
            sentence, c[1], start
        ):
            return -1  # "IDRiD: ED of 20.5 pixels", 'on COCO val set with 58.0% PQ'

        if _RAISED_TO_VALUE.fullmatch(sentence, c[1], start) or _METRIC_RAISED_TO.fullmatch(
            sentence, c[1], start
        ):
            return -1  # "improving BC4CHEMD to 93.72%", "SQuAD v1.1 Test F1 to 93.2"
        if opening is not None and c[1] <= opening and _SPACES.fullmatch(sentence, c[1], opening):
            return -1  # "COCO (12.1% AP, 24.8% AP50)": so do its later values
        if (
            opening is not None
            and c[1] <= opening
            and (
                _RAISED_TO_VALUE.fullmatch(sentence, c[1], opening)
                or _METRIC_RAISED_TO.fullmatch(sentence, c[1], opening)
            )
        ):
            return -1  # "BC4CHEMD to 93.72% (4.1% gain)": the aside is the raised value's
        if c[0] >= end:
            gap = sentence[end : c[0]]
            if closing is not None and closing < c[0]:
                if _OWN_BRACKET.match(sentence, c[1]):
                    return 1_000  # "MSR-VTT (51.4%), VATEX (66.6%)": another bracket's
                gap = gap[: closing - end] + " " + gap[closing - end + 1 :]
            # "72.35% (+0.6%) on CoNLL04": an aside in brackets ends no clause
            gap = _ASIDE.sub(" ", gap)
            if (
                _CLAUSE_BETWEEN.search(gap)
                and not _RESULT_CLAUSE.fullmatch(gap)
                and not _LISTED_VALUES.fullmatch(gap)
            ):
                return 1_000  # another clause's dataset
            return c[0] - end
        if c[1] <= start:
            if ";" in _ASIDE.sub(" ", sentence[c[1] : opening or start]):
                return 1_000  # "... on COCO; and an mAP of 60.9": another clause's
            return (start - c[1]) + 15
        return 0

    near = [c for c in cands if distance(c) <= 160]
    if not near:
        # "On the challenging MVTec AD benchmark, ... PRO score of 97.1%": a dataset the
        # sentence opens with is the setting of all its values
        near = [c for c in cands if _SCOPE_OPENER.fullmatch(sentence, 0, c[0])][:1]
        if not near:
            return None
    best = min(near, key=distance)
    if (
        best[1] <= start
        and _COORDINATED.search(sentence, best[1], start)
        and _DIGIT.search(sentence, max(0, best[0] - 60), best[0])
    ):
        # "78.6% on Cityscapes and 80.1% on CamVid": the name after an earlier value is that
        # value's, when the value's own item names one after it
        after = [c for c in near if c[0] >= end]
        if after:
            best = min(after, key=distance)
    i = cands.index(best)
    lo = hi = i
    while lo > 0 and _ENUM_GAP.fullmatch(sentence[cands[lo - 1][1] : cands[lo][0]]):
        lo -= 1
    while hi + 1 < len(cands) and _ENUM_GAP.fullmatch(sentence[cands[hi][1] : cands[hi + 1][0]]):
        hi += 1
    return sentence[cands[lo][0] : cands[hi][1]]


_RAISED_TO_VALUE = regex.compile(r"\s+(?:from\s+[\d.]+\s*%?\s+)?to\s+(?:[\d.]+\s*%?\s*)?")
_METRIC_RAISED_TO = regex.compile(
    r"(?:\s+(?!compared\b|close\b|up\b|down\b)[\w@-]+){1,4}?\s+(?:from\s+[\d.]+\s*%?\s+)?"
    r"to\s+(?:[\d.]+\s*%?\s*)?"
)
"""'SQuAD v1.1 question answering Test F1 to 93.2': a name, what of it rose, and the value."""
_WITH_BEFORE_VALUE = regex.compile(r"\s+with\s+(?:an?\s+)?")
_COLON_BEFORE_VALUE = regex.compile(r"\s*:\s*(?:[\w@-]+\s*(?:of\s+|[=:]\s*))?")
_SCOPE_OPENER = regex.compile(
    r"\W*(?:[A-Z]\w+,\s+)?(?:(?i:on|across)|(?i:experiments?|results?|evaluations?|"
    r"tests?)\s+(?i:on|in|of))\s+(?:the\s+)?(?:(?!an?\s)[a-z][\w-]*\s+){0,4}"
)
"""The opening words of a sentence up to the dataset it is set on ('On the widely used ',
'Notably, on the ', 'Experiments on the '); not 'In X,' or 'For X,', which as often
name a method ('In DFENet, ...')."""
_OPEN_BRACKET = regex.compile(r"\([^()]{0,80}$")
_CLOSE_BRACKET = regex.compile(r"[^()]{0,80}?\)")
_SPACES = regex.compile(r"\s*")
_OWN_BRACKET = regex.compile(r"\s*\(")
_RESULT_CLAUSE = regex.compile(
    r"[^;,()]*,\s+which\s+(?:is|are|was|establish\w*|sets?|represents?|marks?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:best|state[\s-]of[\s-]the[\s-]art|record)\b[^;,()]*"
)
"""'85.5%, which is the best reported result on SNLI': a clause that says what the value
is ends no clause."""
_LISTED_VALUES = regex.compile(
    r"(?:\s*%?\s*[\w@.-]+)?(?:\s*,?\s*(?:and\s+)?(?:an?\s+)?(?:(?:[\w@.-]+\s+){1,3}?(?:of\s+|=\s*|:\s*)[+-]?\d[\d.]*"
    r"\s*%?|[+-]?\d[\d.]*\s*%?\s*[\w@.-]+))+\s+(?:on|in|for)\s+(?:the\s+)?"
)
"""'97.4, OF1 of 92.3, and CF1 of 91.4 on Pascal VOC', '26.8 PQ, 16.8 AP, and 34.1 mIoU on
ADE20K': values listed with their metrics before the dataset they all share end no clause."""
_ASIDE = regex.compile(r"\([^()]*\)")


def _blank_asides(text: str) -> str:
    """The text with its bracketed asides blanked out, each character kept in its place."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)
_DIGIT = regex.compile(r"\d")
_COORDINATED = regex.compile(r"\b(?:and|while|whereas|but)\b|,")


def _brackets_around(sentence: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Where the bracket a value stands in opens and closes ('(58.2% and 62.5% mIoU)'):
    (None, None) when it stands in none."""
    opening = _OPEN_BRACKET.search(sentence, max(0, start - 80), start)
    if not opening:
        return None, None
    close = _CLOSE_BRACKET.match(sentence, end)
    return opening.start(), close.end() - 1 if close else None


_ENUM_GAP = regex.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?")


_REPORTING_THAT = regex.compile(
    r"^.*\b(?:(?:show|demonstrat|reveal|indicat|suggest|find|found|confirm|prov|verif|observ)\w*"
    r"|(?:finding|result|observation|conclusion|insight)s?\s+(?:is|are|was|were))"
    r"\s+that\s+",
    F,
)
_REPORTED_BARE = regex.compile(
    r"^.*\b(?:experiments?|results?|evaluations?|analys[ie]s|stud(?:y|ies)|ablations?|"
    r"findings?|tests?|simulations?|evidence)\s+(?:(?:on|across|over|with|in|using)\s+[^,;]{1,60}?\s+)?"
    r"(?:[a-z]+ly\s+)?"
    r"(?:show(?:s|ed|n)?|demonstrat(?:e|es|ed)|reveal(?:s|ed)?|indicat(?:e|es|ed)|"
    r"suggest(?:s|ed)?|confirm(?:s|ed)?|verif(?:y|ies|ied)|prov(?:e|es|ed))\s+",
    F,
)
"""'Extensive experiments demonstrate DiMPLe achieves', 'Experiments on X show Y achieves':
what is reported on, without 'that' (a system only if one is named: 'Results show notable
gains' name none)."""
_REPORTING_VERBS = (
    "show", "demonstrat", "reveal", "indicat", "suggest", "confirm", "verif", "prov"
)
"""A cheap gate: _REPORTED_BARE is tried only on text holding one of its verbs."""
_NAMED = regex.compile(r"[A-Z]|^(?i:our|the\s+proposed)\b")
_CHUNK_SPLIT = regex.compile(r"(?<!\d),|,(?!\d)|;|\s--\s|\s-\s|:(?![\w.])")
_ABBREVIATED = regex.compile(r"^.+?\s*\((?P<abbr>[A-Z][\w-]*)\)?$")
_DEMONSTRATIVE = regex.compile(r"^(?:this|these|that|those|such|it|its|their)\b", F)
_QUANTITY_SUBJECT = regex.compile(
    r"(?-i:(?![A-Z]{2}))(?:there|(?:the\s+)?(?:" + cues.CHANGE_NOUNS
    + r"|gaps?|results?|values?|effects?|changes?|differences?|best|largest|highest|lowest))",
    F,
)
"""What a value is, or 'there', where a system would be the subject ('the gains are 56.6%',
'the best reaches only 68.7%'); not a name in capitals (RISE)."""
_CONTRAST = regex.compile(
    r"(?<!^\W*\w+)(?:,\s+(?:while|whereas)|\s+(?:whereas|where\s+as))\s+(?!(?:\w+ly\s+|also\s+|still\s+)?"
    r"(?:\w+ing|less|more|superior|inferior|comparable|competitive)\b)"
)
"""A main clause that turns to another subject ('..., while ModernBERT attains', '... whereas
the baseline reaches'); not a participle or a comparison ('..., while maintaining', '...,
while slightly less')."""
_THIRD_PERSON = regex.compile(r"\s*(?:they|it|its|their)\b")
_SUBORDINATE = regex.compile(
    r"(?P<lead>\s*(?:[A-Z]\w+,\s+(?=[wat]))?(?i:while|whereas|although|though)\s)"
    r"(?:[^,;()]|\([^()]*\))*(?P<comma>,)?"
)
"""A sentence that opens with a subordinate clause ('While X ...', 'Notably, while X ...'):
its subject follows the conjunction, and the main clause's follows the comma."""
_PREPOSITIONAL = regex.compile(
    r"^(?:on|in|across|with|without|using|by|to|when|as|from|at|for|under|over|among|compared|"
    r"through|after|before|during|given|via)\s",
    F,
)
"""'On the COCO validation set achieves', 'In simulation our renderer reaches': a phrase
that opens with a preposition is no subject (the verb taken for its end was none, or the
subject is not where the phrase can be cut)."""


_LIST_MARK = regex.compile(r"\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)")
"""'1)', '(ii)': the marker of an enumerated item is no subject, nor part of one."""
_LEADING_MARK = regex.compile(r"^" + _LIST_MARK.pattern + r"\s+")
_LY_ADVERB = (
    r"(?!(?:family|assembly|anomaly|supply|monopoly|butterfly|rally|jelly|belly|lily|reply|"
    r"apply|poly|ally)\b)[a-z]+ly"
)
"""A word in -ly that is an adverb, not one of the nouns that end so."""
_APPOSITIVE = regex.compile(
    r"(?:[a-z][a-z-]*ing|[a-z][a-z-]*ed\s+(?:\S+\s+)?(?:from|with|by|on|for|to|into|via|using|after|in|"
    r"at|under|as|across|over)|including|such\s+as|named|dubbed|termed|called|although|"
    r"though|albeit|despite|when|once|if)\s"
)
"""A phrase between commas that opens with a participle or a conjunction describes the name
before it ('Our approach, combining A with B, achieves'; 'features, extracted from X, are';
'the first pipeline, although simpler, achieves'), or names it."""
_DETERMINED_APPOSITIVE = regex.compile(r"(?:our|an?|the|its)\s", F)
_NOT_A_NAME_START = regex.compile(r"(?:the|an?|our|this|these|those|together|overall)\b", F)
"""'DensePillarNet, our adaptation of PillarNet, achieves': a noun phrase between commas
after a name is that name's description."""
_NAMING = regex.compile(
    r"(?:named|dubbed|termed|called|coined\s+as|referred\s+to\s+as)\s+(?P<name>[^\s()]+)"
)
_TRANSITION = regex.compile(
    r"(?:" + _LY_ADVERB + r"|first|second|third|meanwhile|likewise|however|instead|besides|"
    r"therefore|consequently|next|lastly|again|still|as\s.*)",
    F,
)
"""A lead-in that opens a sentence without naming anything ('Likewise, embedding PST into
ResNet boosts': the gerund is the subject)."""
_MANNER = r"(?:" + _LY_ADVERB + r"|only|up|down|further|even|-\w+)"
_TRAILING_MANNER = regex.compile(r"(?:\s+" + _MANNER + r")+$")
_MANNER_ONLY = regex.compile(_MANNER)
"""'improves this score significantly to', 'reduces KV cache size -down to': how it changed,
not what."""
_TRAILING_ADVERBS = regex.compile(
    r"(?:(?:^|\s+)(?:" + _LY_ADVERB + r"|also|again|already|further|still|even|now|then|indeed|"
    r"has|have|had|does|do|did|not)(?:\s+not)?)+$",
    regex.REVERSE,
)
"""'IPO remarkably improves', 'Our model has achieved', 'X does not improve': adverbs and
auxiliaries between a subject and its verb are not part of it."""
_RELATIVE_END = regex.compile(r"\s+(?:that|which|who)$", regex.REVERSE)
_WE_VERB = regex.compile(r"^(?:we|they)\s+(?:also\s+|further\s+|[a-z]+ly\s+)?[a-z]+\s+(?=\S)", F)
"""'we train Reward Models (RMs) that achieve': the antecedent of 'that' is the subject."""
_WE_REPORT_NAME = regex.compile(
    r"(?i:we\s+(?:also\s+|further\s+)?[a-z]+\s+(?:how\s+)?)"
    r"(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})"
)
"""'we find EMAFusion reaches', 'we demonstrate how DiCoRe achieves': a name reported on
without 'that' is the subject."""
_OPEN_END = regex.compile(
    r"(?:^|\s)(?:the|a|an|to|and|or|nor|with|of|on|in|for|by|from|as|at|into|its|their|our|"
    r"his|her|this|these|those|than|via|after|before|when|while|if|is|are|was|were|be|been|"
    r"though|although|but|yet|however|thus|hence|so|both|either)$",
    F | regex.REVERSE,
)
"""A phrase ending in one of these is cut short: the word taken for its verb was none
('trained on the generated set', 'We evaluate a set', 'memory demands and achieves')."""
_CLAUSE_START = regex.compile(r"^(?:does|do|did|is|are|was|were|has|have|had|can|could|will)\b")
"""'which does not require ... , achieved': a verb phrase, not the subject before it."""
_PARTICIPLE = regex.compile(
    r"^(?:achiev|obtain|yield|reach|attain|deliver|surpass|outperform|improv|reduc|show|"
    r"demonstrat|lead|result|set|offer|provid|lift|boost|enabl|exceed|gain|mak|leav|bring|"
    r"establish|produc|maintain|cut|lower|increas|decreas|enhanc|accelerat|scor|record|"
    r"match|rank|beat|rais|push|surpris|outpac|retain|preserv|incur|sacrific)[a-z]*ing\s"
)
"""', achieving a PDMS of 89.6 and setting a new state-of-the-art that surpasses': after a
comma, a participle of a result opens a clause of its own (', extending the search
improved performance' has a subject)."""
_CLAUSE_PRONOUNS = frozenset({"we", "We", "it", "they"})
_OURS_AT_END = regex.compile(
    r"(?:^|\s)(?:our|Our)\s+(?:proposed\s+)?(?:method|model|approach|framework|system)s?$"
)
_SIGNED = regex.compile(r"(?:^|\s)[+±-]\d")
"""'Ablations show +0.081 joint score increase': a signed value belongs to no name."""


def _names_before(chunk: str) -> bool:
    """Whether the chunk before a participle phrase can be the name it describes: a noun
    phrase, not a lead-in ('Likewise', 'On MMLU') or a clause of its own."""
    named = _LEAD_ADVERB.sub("", chunk)
    return bool(named) and not (
        _PREPOSITIONAL.match(named)
        or _TRANSITION.fullmatch(named)
        or _APPOSITIVE.match(named)
        or _SUBJECT_VERB.search(named)
    )


def _subject_phrase(chunk: str, after_comma: bool) -> str | None:
    """The subject in the text before its verb, or None when that text cannot end one."""
    prefix = _RELATIVE.split(chunk)[-1]
    prefix = _LEADING_MARK.sub("", prefix)
    relative = _RELATIVE_END.search(prefix)
    if relative:
        prefix = _WE_VERB.sub("", prefix[: relative.start()])
    trailing = _TRAILING_ADVERBS.search(prefix)
    if trailing:
        prefix = prefix[: trailing.start()]
    if _OPEN_END.search(prefix) or _CLAUSE_START.match(prefix):
        return None
    if "%" in prefix or _SIGNED.search(prefix) or prefix.count("(") != prefix.count(")"):
        return None  # a value ('K=2 raises R-Precision from 74.8% to') or a torn aside
    if after_comma and _PARTICIPLE.match(prefix):
        return None
    if _metric_phrase().fullmatch(_LEADING_DET.sub("", prefix.strip())):
        return None  # 'F1 improves by 2%': what rose, not whose result it is
    return prefix


_RANKED_NAME = regex.compile(
    r"(?:followed\s+by\s+|,\s*(?:and\s+)?|\band\s+)(?:the\s+)?"
    r"(?P<name>\w[\w.:+-]*(?:\s+[A-Z0-9][\w.:+-]*){0,2})"
    r"(?:\s*\([^()]*|\s+(?:with|at)\s+(?:an?\s+)?(?:[\w@-]+\s+){0,3}?(?:of\s+)?)$"
)
"""'X leads with 97%, followed by LSTM-CRF with 90%, MLP-CNN (85%) and CNN at 80%': each
value after 'followed by' is its own system's."""


def ranked_name(sentence: str, before: int) -> str | None:
    """The system a value after 'followed by' belongs to, or None when it stands in no such
    ranking."""
    opened = sentence.rfind("followed by", 0, before)
    if opened < 0:
        return None
    head = sentence[opened:before]
    if ";" in head or " while " in head or "respectively" in sentence[before:]:
        return None  # the ranking has ended, or pairs its names with values in order
    named = _RANKED_NAME.search(head)
    return named.group("name") if named else None


def subject_of(sentence: str, before: int) -> str | None:
    """The subject of the main clause before position `before`, unless a pronoun:
    the last comma-separated chunk before the first main verb, after any 'that' or what
    experiments are said to show. After a colon, the clause there names it ('Experiments
    show large gains: Qwen2.5-VL improves from') when it is a name or a system ('our
    method'); a pronoun or a quantity there ('X gains a lot: it reaches', '...: accuracy
    rose from', '...: grain volume prediction yields') leaves the subject before the colon."""
    colon = sentence.rfind(": ", 0, before)
    if colon >= 0 and _SUBJECT_VERB.search(sentence, colon, before):
        named = _subject_of(sentence, before, colon + 2)
        if named is not None and (_NAME_CHAR.search(named) or _SYSTEM_END.search(named)):
            return named
    return _subject_of(sentence, before, 0)


def names_a_quantity(phrase: str) -> bool:
    """A phrase in lower case that ends with a metric's name is a quantity, not a system; so
    is a metric's scoped name ('Precision@5')."""
    if "@" in phrase and _metric_shaped(phrase):
        return True
    if _NAME_CHAR.search(phrase):
        return False
    return any(q.end() == len(phrase) for q in _metric_phrase().finditer(phrase))


_NAME_CHAR = regex.compile(r"[A-Z0-9]")


_DOING = r"yielding|achieving|reaching|attaining|obtaining|scoring"
"""The participles of a 'with X achieving 80%' phrase."""
_WITH_NAME_DOING = regex.compile(
    r"\b(?:with|and)\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w.+-]*(?:\s+(?-i:[A-Z0-9])[\w.+-]*){0,2})\s+"
    r"(?:" + _DOING + r"|giving)\b",
    F,
)
"""'..., with RoBERTa yielding the highest F1-score (0.90)', '... and DeepSeek-R1 reaching
80.5%': the name the value is of."""


_NAME_DOES = regex.compile(
    r"(?:^|,\s+)(?P<name>(?-i:[A-Z])[\w.+-]*(?:\s+(?-i:[A-Z0-9])[\w.+-]*){0,2})\s+"
    r"(?:(?-i:[a-z]+ly)\s+)?(?P<verb>(?-i:[a-z]{3,}s))\b(?!.*,\s)"
)
"""'..., C3PO effectively adheres to': a model's name and a verb the vocabulary does not
know, the last clause's."""


_NUMBER_START = regex.compile(r"(?<![\w.-])\d")
_WITH_BEST_DOING = regex.compile(
    r"\bwith\s+(?P<kind>(?:the|our)\s+(?:best|top|strongest|leading)(?:[\s-]+[\w-]+){0,3}?\s+"
    r"(?:models?|systems?|methods?|agents?|LLMs?))\s*(?:\(\s*(?P<inner>[^()]{1,40}?)\s*\)\s*)?"
    r"(?:" + _DOING + r")\b",
    F,
)
"""'with the best model (Claude-3.7-Sonnet) achieving a mere 54%': the model named in the
brackets, or the phrase itself."""


def _subject_of(sentence: str, before: int, clause_start: int) -> str | None:
    head = sentence[:before]
    semicolon = _blank_asides(head).rfind(";") if ";" in head else -1
    if semicolon >= clause_start:
        # 'AMI had 88% ...; diabetes had 91% sensitivity': the value's own clause first
        own = _subject_of(sentence, before, semicolon + 1)
        if own is not None and not _LIST_MARK.fullmatch(f"({own})"):
            return own  # (not the 'iii' of '; and (iii) achieves')
    last = max(clause_start, head.rfind(",") + 1, head.rfind(";") + 1)
    doing = list(_WITH_NAME_DOING.finditer(head, last)) if "ing " in head[last:] else []
    if doing:
        return doing[-1].group("name")  # the last one, nearest the value
    best = _WITH_BEST_DOING.search(head, last) if "ing " in head[last:] else None
    if best and not _NUMBER_START.search(head, best.end()):
        # 'with the best model (Claude-3.7-Sonnet) achieving', 'with the best model achieving'
        return best.group("inner") or _clean(best.group("kind"))
    bare = None
    reported = _REPORTING_THAT.match(head) if "that" in head.lower() else None
    if reported is None and any(verb in head for verb in _REPORTING_VERBS):
        reported = bare = _REPORTED_BARE.match(head)
    if reported:
        head = " " * reported.end() + head[reported.end() :]
    contrasts = _CONTRAST.finditer(head) if "while" in head or "where" in head else ()
    cut = max([m.end() for m in contrasts] + [clause_start])
    if cut:  # 'X reaches 0.85, while Y attains 0.86': Y's clause
        head = " " * cut + head[cut:]
    subordinate = _SUBORDINATE.match(head)
    if subordinate:
        # 'While X reaches 80%, Y reaches 85%': X's clause, then Y's (but in 'while X
        # reaches 80%, they ...' they are X)
        main = subordinate.group("comma") and not _THIRD_PERSON.match(head, subordinate.end())
        cut = subordinate.end() if main else len(subordinate.group("lead"))
        head = " " * cut + head[cut:]
    for verb in _SUBJECT_VERB.finditer(head):
        which = _NAME_WHICH.search(head, max(0, verb.start() - 120), verb.start())
        if which:
            if any(
                _NEW_SUBJECT.search(head, verb.end(), later.start())
                for later in _SUBJECT_VERB.finditer(head, verb.end())
            ):
                continue  # 'X, which achieves 0.52, our method reaches': a later verb's
            return which.group("name")  # 'we propose FooNet, which achieves'
        chunks = [c.strip() for c in _CHUNK_SPLIT.split(head[: verb.start()])]
        chunks = [c for c in chunks if c and not _LIST_MARK.fullmatch(c)]
        if not chunks:
            continue
        closed = head[: verb.start()].rstrip().endswith(",") and len(chunks) > 1
        if closed and _names_before(chunks[-2]) and (
            _APPOSITIVE.match(chunks[-1])
            or (
                _DETERMINED_APPOSITIVE.match(chunks[-1])
                and _NAME_CHAR.search(chunks[-2])
                and not _NOT_A_NAME_START.match(chunks[-2])
            )
        ):
            naming = _NAMING.fullmatch(chunks[-1])
            if naming:
                return _clean(naming.group("name"))  # 'our method, termed Diff-FBP, reaches'
            chunks.pop()  # 'X, combining A with B, achieves': X's
        phrase = _subject_phrase(chunks[-1], after_comma=len(chunks) > 1)
        if phrase is None:
            continue
        prefix = _LEAD_ADVERB.sub("", phrase.strip())
        words = prefix.split()
        if not words or len(words) > 10 or prefix.lower() in _BARE_DETERMINERS:
            continue  # 'the improved model achieves': 'improved' was no verb
        if len(words) == 1 and _GERUND.fullmatch(words[0]):
            continue  # 'while delivering scores of': 'scores' was no verb
        if words[0].lower() in cues.PRONOUNS and len(words) == 1:
            return None
        if _QUANTITY_SUBJECT.fullmatch(prefix):
            return None  # 'the gap is 0.9 points', 'there is a 24% decrease': no system
        if len(words) > 1 and words[-1] in _CLAUSE_PRONOUNS:
            return None  # 'On VBench we achieve', 'When it reaches': only a pronoun names it
        ours = _OURS_AT_END.search(prefix)
        if ours and ours.start() > 0:
            prefix = ours.group().strip()  # 'We find our method reaches' -> 'our method'
            words = prefix.split()
        if words[0].lower() == "we":
            reported = _WE_REPORT_NAME.fullmatch(prefix)
            if reported is None:
                return None  # 'We observe gains of 2 points': 'gains' was no verb
            prefix = reported.group("name")  # 'we find Atlas-S achieves': Atlas-S
        if _DEMONSTRATIVE.match(prefix):
            return None
        if _PREPOSITIONAL.match(prefix):
            continue
        if bare is not None and (
            (not _NAMED.search(prefix) and ":" not in head[bare.end() : verb.start()])
            or _STARTS_NUMERIC.match(prefix)
            or _metric_phrase().search(prefix)
        ):
            return None
        abbreviated = _ABBREVIATED.match(prefix)
        if abbreviated:
            return abbreviated.group("abbr")
        return _clean(prefix)
    named = _NAME_DOES.search(head)
    if named is None or _dataset_vocab().match(named["name"]):
        return None
    name = named.group("name")
    if not _MODEL_NAME.search(name) and (
        not _CAPITALS.fullmatch(name) or _metric_phrase().fullmatch(name)
    ):
        return None
    if _SYSTEMS_NOUN.fullmatch(named["verb"]):
        return f"{name} {named['verb']}"  # 'DRIFT models trained on ... achieve'
    if _NOUN.fullmatch(named["verb"]):
        return None  # 'ICC values indicated', 'ANOVA analysis identifies': a noun, no verb
    return name  # 'For both ..., C3PO effectively adheres to', 'STAR mitigates ... and'


_CAPITALS = regex.compile(r"[A-Z]{3,}")
_SYSTEMS_NOUN = regex.compile(r"models|agents|systems|variants|embeddings|baselines")
_NOUN = regex.compile(
    cues.COUNTED_NOUNS + r"|images|analysis|analyses|loss|values|tokens|"
    r"explanations|responses|techniques|results|architectures|providers|errors|predictions|"
    r"pipelines|strategies|networks|frameworks|simulations|backbones|modules|algorithms|"
    r"access|weights|participants|patients|users|annotations|labels|layers|thus"
)
"""Plural nouns (and 'thus') that follow a name as often as a verb does ('ICC values'); the
systems ones name the subject with it ('SAE embeddings')."""


_NEW_SUBJECT = regex.compile(
    r",\s*(?!(?:which|and|or|while|but|where|that|achieving|reaching)\b)"
    r"(?:(?=[A-Za-z])[\w-]+\s+){1,4}(?:(?-i:[a-z]+ly)\s+)?$"
)
"""', our method ': a clause of its own begins, whose verb follows."""
_NAME_WHICH = regex.compile(
    r"(?<![\w/-])(?<!\b(?:than|against|versus|vs\.?|over|to|on|in|at|from|using|via|through)"
    r"\s+(?:the\s+|an?\s+|\d+\s+)?)(?<!(?-i:[A-Z])[\w.-]*\s)(?![^,]*\b[CGTN]PUs?\b)"
    r"(?P<name>" + _CAPNAME + r"(?:\s+" + _CAPNAME_NEXT + r"){0,2})\s*(?:\([^()]{1,40}\)\s*)?"
    r",\s*which\s+(?:(?-i:[a-z]+ly)\s+|also\s+|further\s+|then\s+)*$"
)
"""'we develop REPRO-Agent, which improves': the name the relative clause is about (not one
compared with or worked on, nor hardware: 'compared to CaSSLe, which', 'on CoReBench, which',
'RTX 3090 GPU, which')."""
_INTERSECTION_BEFORE = regex.compile(r"\bintersection\s+$", F)
_ADVERB = (
    r"(?:" + _LY_ADVERB + r"|further|only|just|up|even|still|much|far|well|again|less|more|fewer)"
)
_ADVERBS_ONLY = regex.compile(_ADVERB + r"(?:\s+" + _ADVERB + r")*")
"""'improved further to', 'improves significantly:', 'compared to less than 7%': an adverb
after the verb is no baseline (in 'over fully supervised models' it is part of one)."""
_OF_THE_ART = regex.compile(
    r"\s+of\s+the\s+art\b(?:\s+(?!" + _STOP + r"\b(?!-))[\w@+./'-]+){0,3}", F
)


def _state_of_the_art(sentence: str, m: regex.Match[str]) -> str:
    """The compared phrase of a _BASELINE match, with 'state of the art' written without
    hyphens kept whole ('over state of the art methods', not 'state')."""
    np = m.group("np")
    if np.rstrip().lower().endswith("state"):
        tail = _OF_THE_ART.match(sentence, m.start("np") + len(np.rstrip()))
        if tail:
            return sentence[m.start("np") : tail.end()]
    return np


_AND_NAME_BY = regex.compile(
    r"(?:,|\band)\s+(?:the\s+|an?\s+)?(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2}|"
    r"(?:(?!(?:by|and|or|the)\s)[\w.+-]+\s+){0,3}" + SYSTEM_NOUN + r")\s+by\s+$"
)
_BEAT_BY = regex.compile(r"\b(?:outperform|surpass|exceed|beat)\w*\s+[^,;]{1,60}?\s+by\s+", F)


def next_compared(sentence: str, start: int) -> str | None:
    """The system a later value of 'outperforms X by 3% and Y by 4%' is over: Y (a name, or
    words ending in a system noun: 'and standard LLM baselines by')."""
    named = _AND_NAME_BY.search(sentence, max(0, start - 60), start)
    if named is None or not _BEAT_BY.search(sentence, 0, named.start()):
        return None
    name = named.group("name")
    if cues.says_which_way(name):
        return None  # 'and boosts existing detectors by': a change, not a system
    return None if _metric_phrase().fullmatch(name) or _dataset_vocab().fullmatch(name) else name



_VALUE_LABEL = (
    r"\s*+%?\s*+(?:\(\s*+(?P<name>[^()]{1,40}?)\s*\)"
    r"|(?:for|with|by|using)\s+(?:the\s+|an?\s+)?(?P<name>[^,;()]{1,60}?))"
)
"""What a value is for, right after it: '(GPT-4)', 'for the strongest baseline'."""
_FROM_LABEL = regex.compile(_VALUE_LABEL + r"\s+to\s*")
_TO_LABEL = regex.compile(
    _VALUE_LABEL + r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|while|whereas|but)\b)"
)


def from_owner(sentence: str, start: int, end: int) -> str | None:
    """The system whose value a change starts from, named between its two values: 'from
    66.14% with the Swin Transformer baseline to', 'from 35.0 for the strongest retrieval
    baseline to', 'from 20.5% (GPT-4) to': what the change is over (not 'in its baseline
    setting', '(vision-only)': conditions)."""
    return _system_label(_FROM_LABEL.fullmatch(sentence, start, end))


def to_owner(sentence: str, end: int) -> str | None:
    """The system whose value a change ends at, named right after it: 'to 77.11% with the
    dual-channel ConvNeXt model', 'to 2.0% (Sonnet 4.6)'."""
    return _system_label(_TO_LABEL.match(sentence, end))


def _system_label(m: regex.Match[str] | None) -> str | None:
    if m is None:
        return None
    name = m.group("name")
    if not _IMPROVED_SYSTEM.search(name) or _metric_phrase().fullmatch(name):
        return None
    return None if _dataset_vocab().fullmatch(name) else name

_RIGHT_BEFORE = regex.compile(r"(?:[^\d;]|(?<=[A-Za-z]\w*)\d){0,60}")
"""Between a value and what compares with it, when no other value stands between."""
_CHANGE_VALUE = regex.compile(
    r"(?:\b(?:" + cues.CHANGE_NOUNS + r")\s+of|\bby)\s+(?:up\s+to\s+|over\s+)?[-+]?\d", F
)
"""A change and its value: what a comparison after it compares, not an earlier result."""


def baseline_near(sentence: str, start: int, end: int, result: bool = False) -> str | None:
    """What the number is compared with: the comparison phrase nearest the number
    (for a plain result, only one close to it)."""
    best: tuple[int, str] | None = None
    others = _others_phrase_starts(sentence)
    for m_start, m_end, np in _comparisons_in(sentence):
        if result and not (end <= m_start <= end + 80 or 0 <= start - m_end <= 60):
            continue
        if result and m_start >= end and _CHANGE_VALUE.search(sentence, end, m_start):
            continue  # '60.17% accuracy, an improvement of 2.66% over prior methods': the gain's
        if m_start in others and not (
            m_start >= end and _RIGHT_BEFORE.fullmatch(sentence, end, m_start)
        ):
            continue  # '(vs. 92.0 for HSQ-CvN)' compares only the value right before it
        if m_start >= end:
            dist = m_start - end
        elif m_end <= start:
            dist = start - m_end + 5
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, np)
    return best[1] if best else None


_SYSTEM_END = regex.compile(SYSTEM_NOUN + r"$", F)
_SIZED_SYSTEMS = regex.compile(r"\d[\d.]*[BMK]\s+(?:[\w-]+\s+)?" + SYSTEM_NOUN, F)
"""'32B models', '7B dense models': systems named by their size."""
_COUNTED_PLACES = regex.compile(
    r"(?:all|both|several|multiple|many|various|diverse|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\b.*\b(?:datasets|benchmarks|tasks|domains|languages|"
    r"settings)",
    F,
)
"""'over four mathematical datasets', 'over all tasks': where a gain holds, not against what
(but 'larger than existing datasets' compares with them)."""
_PLAIN_WORD = r"(?!(?:" + _STOP + r"|respectively|surpass\w*|\w+ing)\b(?!-))[\w-]+"
_COORDINATED_SYSTEMS = regex.compile(
    r"(?:\s*,\s*" + _PLAIN_WORD + r")*\s*,?\s+(?:and|or)\s+(?:" + _PLAIN_WORD + r"\s+){0,2}?"
    r"(?:" + SYSTEM_NOUN + r"|\b(?:solutions?|tools?|alternatives?|competitors?)\b(?!-))",
    F,
)
"""'outperforms purely symbolic or neural policies', 'both world-model-based and imitation-
learning methods', 'open-source and commercial solutions': the compared systems an adjective
before 'and' or 'or' begins."""
_TRAILING_PARTICIPLE = regex.compile(r"\s+(?:based|trained|built|fine-tuned|using|with)\s*$", F)
_POSSESSIVE_END = regex.compile(r"['’]s(?:\s+[-+]?[\d.].*)?\s*$")
"""'over the single-agent baseline's 7.5%': the baseline, not its possessive (nor the value
after it)."""


_FROM_SCRATCH = regex.compile(r"\s+from\s+scratch\b", F)
_AT_K = regex.compile(r"[\w-]+@\d+")
_SIZE_WORD = regex.compile(r"(?:orders?|factor|magnitude)\b", F)
"""'more than an order of magnitude (23.9x)': how large, not what is compared."""
_SYSTEM_SHAPED = regex.compile(r"[a-z][A-Z]|[a-z]\d|[A-Za-z]-\d|\d\.\d|\d+B\b")
"""What a model's name looks like and a task's or dataset's rarely does: GraphRAG, YOLOv8,
GPT-4o, LLaVA-1.5, a 7B (not MPPE, AIME2025, SQL generation)."""
_MODEL_NAME = regex.compile(_SYSTEM_SHAPED.pattern + r"|[A-Z][A-Z\w]*\d|\d[\w-]*[A-Z]")
"""A model's name, and also letters with digits (C3PO, GPT4o-mini)."""
_TASK_WORD = regex.compile(r"\w(?:ion|ing|ment)s?\b")
_OWNER_END = regex.compile(r"['’]s?$")


def _system_improved(np: str) -> str | None:
    """The system a bare 'improves X' names, or None when X is what improved: 'improves
    CoOp', "improves GPT-4o's performance", 'improves YOLOv8 performance' name one;
    'improves image quality', 'improves MPPE accuracy', 'improves ImageNet FID' do not."""
    if not COMPARED_SYSTEM.search(np) or _AT_K.fullmatch(np):
        return None  # 'improves image quality', 'improves AUC@30'
    metric = next((q for q in _metric_phrase().finditer(np) if q.end() == len(np)), None)
    if metric is None:
        return np
    rest = np[: metric.start()].rstrip()
    owner = _OWNER_END.sub("", rest)
    if owner and owner != rest:
        return owner  # "GPT-4o's performance"
    if (
        owner
        and _SYSTEM_SHAPED.search(owner)
        and not _TASK_WORD.search(owner)
        and not _dataset_vocab().match(owner)
        and not _metric_phrase().search(owner)
    ):
        return owner  # 'YOLOv8 performance' (not 'ImageNet FID', 'ROUGE-1 recall')
    return None


_LABEL_NAME = (
    r"(?<![\w@-])(?P<name>(?=[A-Za-z])(?:[a-z](?=[A-Z]))?" + _CAPNAME + r"(?:\s+" + _CAPNAME_NEXT
    + r"){0,2})"
)
"""A model's name that labels a value: up to three capitalised words ('Llama 3.1 8B',
'mBERT')."""
_LABELLED_BY_SYSTEM = regex.compile(_LABEL_NAME + r"\s*:\s*$")
MODEL_SHAPED = regex.compile(MODEL_LIKE)


_GERUND = regex.compile(r"[a-z]+ing")
_SYSTEM_BEFORE_BRACKET = regex.compile(_LABEL_NAME + r"\s*\(\s*(?:[\w@-]+(?:\s*[=:]\s*|\s+))?$")


def bracketing_system(sentence: str, start: int) -> str | None:
    """The model a value stands alone in brackets after, when nothing is compared: 'falling
    below that of Falcon-180B-Chat (76%) and GPT-4 (81%)'."""
    m = _SYSTEM_BEFORE_BRACKET.search(sentence, max(0, start - 40), start)
    return _model_label(sentence, m)


def _model_label(sentence: str, m: regex.Match[str] | None) -> str | None:
    """The name a value is labelled with, when a model's: not a metric ('BERTScore-F1',
    'SROCC'), a dataset ('Math-500') or a name that ends on a value ('Consensus 0.556')."""
    if m is None or _NOT_A_MODEL.search(m.group("name")) or _metric_phrase().match(m.group("name")):
        return None
    name = m.group("name")
    if names_a_system(name):
        return name
    if not MODEL_SHAPED.search(name):
        return None
    return None if any(c[0] == m.start("name") for c in datasets_in(sentence)) else name


_NOT_A_MODEL = regex.compile(r"_|Score|\s[\d.]+$")


def colon_owner(sentence: str, start: int) -> str | None:
    """The model a value is listed under after a colon ('(RoBERTa: 76.3%; BERT: 79.3%)',
    'Llama 3.1 8B: 46% to 67%'), not a dataset's or a metric's ('MedMCQA: 62.7%')."""
    if ":" not in sentence[max(0, start - 3) : start]:
        return None
    return _model_label(sentence, _LABELLED_BY_SYSTEM.search(sentence, max(0, start - 40), start))


_BRACKETED_NAME = regex.compile(r"\s*\(" + _NAME_IN_BRACKETS)


def bracketed_owner(sentence: str, end: int) -> str | None:
    """The model a value names in brackets right after it ('58% (Westlaw AI)', '80.42%
    (Gemini 2.5 Pro)'), not a dataset, metric or class ('0.93 (FLARE22)', '(NSD)', '(B2)')."""
    named = _BRACKETED_NAME.match(sentence, end) if "(" in sentence else None
    if named is None or not names_a_system(named.group("name")):
        return None
    if _NOT_BRACKETED_OWNER.search(named.group("name")):
        return None  # '65.4% (3B)': a size of the sentence's model; '(NVIDIA-L20)': hardware
    return named.group("name")


_NOT_BRACKETED_OWNER = regex.compile(r"^[\d.]+[BMK]$|NVIDIA|\b(?:RTX|[CGTN]PUs?|A100|H100)\b")


def others_owner(sentence: str, start: int) -> str | None:
    """The system whose value the number at `start` is, when it is compared with after
    'compared to' and named after it ('77.8% compared to 44.2% by S2CTrans': S2CTrans's)."""
    if " by " not in sentence and " for " not in sentence:
        return None
    return next((np for a, b, np in _others_in(sentence) if a <= start < b), None)


@lru_cache(maxsize=64)
def _others_in(sentence: str) -> list[tuple[int, int, str]]:
    """The values compared with and named after ('compared to 44.2% by') as (start, end,
    the system named), found once for all the numbers of the sentence."""
    phrases = {a: np for a, _, np in _comparisons_in(sentence)}
    return [
        (m.start("others"), m.end("others"), phrases[m.start()])
        for m in _baseline_matches(sentence)
        if m.group("others") is not None and m.start() in phrases
    ]


@lru_cache(maxsize=64)
def _baseline_matches(sentence: str) -> list[regex.Match[str]]:
    return list(_BASELINE.finditer(sentence))


@lru_cache(maxsize=64)
def _others_phrase_starts(sentence: str) -> frozenset[int]:
    """Where the comparisons that name the values compared with start ('vs. 92.0 for')."""
    return frozenset(m.start() for m in _baseline_matches(sentence) if m.group("others"))


@lru_cache(maxsize=256)
def _comparisons_in(sentence: str) -> list[tuple[int, int, str]]:
    """The comparison phrases of a sentence as (start, end, compared phrase): found once
    for all the numbers of the sentence."""
    found = []
    for m in _baseline_matches(sentence):
        if _INTERSECTION_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # 'Intersection over Union' is a metric
        phrase = _TRAILING_MANNER.sub("", _state_of_the_art(sentence, m).rstrip())
        scratch = _FROM_SCRATCH.match(sentence, m.start("np") + len(phrase))
        if scratch:
            phrase += scratch.group()  # 'than training from scratch'
        if not _SYSTEM_END.search(phrase):
            more = _COORDINATED_SYSTEMS.match(sentence, m.start("np") + len(phrase))
            # 'purely symbolic or neural policies'; 'approaches based (on X)'
            phrase = phrase + more.group() if more else _TRAILING_PARTICIPLE.sub("", phrase)
        np = _clean(_POSSESSIVE_END.sub("", phrase))
        if not np or _ADVERBS_ONLY.fullmatch(np):
            continue
        if _STARTS_NUMERIC.match(np) and not _SIZED_SYSTEMS.fullmatch(np):
            continue  # 'over 90% of cases' (but 'on par with 32B models' compares)
        if np.lower() in cues.PRONOUNS:
            continue  # 'dramatically exceeding it': what it points at is in another phrase
        if _metric_phrase().fullmatch(np) or _COUNTED_PLACES.fullmatch(np) or _SIZE_WORD.match(np):
            continue
        system = _system_improved(np) if m.group("bare") else np
        if system is None:
            continue  # "improving adversarial robustness by 47.3%", "improves MPPE accuracy"
        if (
            m.group("bare")
            and system == np
            and _FROM_VALUE.match(sentence, m.end())
            and not _IMPROVED_SYSTEM.search(np)
        ):
            continue  # 'improves Novelty from 0.45 to 0.52': the quantity (see _changed_quantity)
        if m.group("prep") == "for" and not (names_a_system(np) or _MODEL_NAME.search(np)):
            continue  # 'compared to 80% for ImageNet': where, not whose
        found.append((m.start(), m.end(), system))
    return found
