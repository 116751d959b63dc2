"""Cue words and phrases shared by the claim rules and the field attachment."""

from __future__ import annotations

import regex

F = regex.IGNORECASE

UP_WORDS = (
    r"improv\w*|gain\w*|increas\w*|outperform\w*|boost\w*|faster|more|higher|better|"
    r"surpass\w*|exceed\w*|speed-?ups?|accelerat\w*|rais\w*|enhanc\w*|lift\w*|uplift\w*|"
    r"advantage\w*|margins?|jump\w*|ris(?:e|es|ing)|greater|larger|stronger|beat\w*|"
    r"doubl\w*|tripl\w*|leads?|superior(?:ity)?|amplif\w*|sp(?:eeds?|ed|eeding)\s+up"
)
DOWN_WORDS = (
    r"reduc\w*|lower(?:s|ed|ing)?|drop(?:s|ped|ping)?|decreas\w*|cut(?:s|ting)?|fewer|less|"
    r"smaller|declin\w*|degrad\w*|"
    r"slower|worse|shrink\w*|halv\w*|sav(?:e|es|ed|ing|ings)|compress\w*|downs?|"
    r"fall(?:s|en|ing)?|"
    r"fell|minimi\w*|cheaper|weaker|loss(?:es)?|shorten\w*|shorter|trail\w*|lag(?:s|ged|ging)?|"
    r"slash(?:es|ed|ing)?|underperform\w*|los(?:e|es|ing|t)|narrow(?:s|ed|ing)|collapsed|"
    r"collapses(?=\s+(?:to|from|by)\b)"
)
UP = regex.compile(rf"\b(?!(?<=-)(?-i:[A-Z]))(?:{UP_WORDS})\b", F)
DOWN = regex.compile(rf"\b(?!(?<=-)(?-i:[A-Z]))(?:{DOWN_WORDS})\b", F)
QUALIFYING_COMPARATIVE = regex.compile(
    r"(?:more|less|fewer)\s+than\s+(?:an?\s+(?:order|factor)|\$?\d|"
    r"(?:one|two|three|four|five|ten|half|twice)\b)",
    F,
)
"""'by more than an order of magnitude', 'more than 8.8 million': how large, not which way."""


def says_which_way(text: str) -> bool:
    """Whether a word of text says which way a value went (not 'more' in 'more than 5')."""
    return any(
        not QUALIFYING_COMPARATIVE.match(text, w.start())
        for pattern in (UP, DOWN)
        for w in pattern.finditer(text)
    )

SIZE_WORDS = (
    r"clear|large|significant|substantial|notable|considerable|wide|remarkable|marked|"
    r"impressive|consistent|solid|further|additional|extra|average|avg|absolute|relative|"
    r"overall|maximum|max|minimum|min|mean|net|total|optimal|\w+ly"
)
"""Words that say how large or of what kind a change is, not what changed ('a clear margin',
'an 18% relative gain')."""
_ADJ = rf"(?:(?:a|an|the|{SIZE_WORDS}|performance|accuracy|\w+-point)\s+)*"
COUNTED_NOUNS = (
    r"(?:models?|systems?|datasets?|tasks?|benchmarks?|corpora|languages?|methods?|runs?|"
    r"variants?|baselines?|metrics?|scores?)"
)
"""What a whole number right before counts, not measures ('on 11 benchmarks', 'across 11
MRI datasets')."""
COUNTED_PLURAL = (
    r"(?!(?:points|pts|turns|degrees|photons|(?:kilo|centi|milli|micro|nano)?meters)\b)"
    r"(?-i:[a-z]{2,}[^\Ws]s|[A-Z]{2,}s)"
)
"""Any plural noun a whole number can count ('segments', 'levels', 'MLLMs'), but for units
('34 Elo points', '40 nanometers')."""
NAME_WORD = r"[\w@.+-]+(?::[\d.]+)?"
"""A word of a listed name: 'mAP@50', 'F1-score', 'mAP50:95'."""
CHANGE_NOUNS = (
    r"margins?|gains?|improvements?|increases?|boosts?|drops?|reductions?|decreases?|"
    r"declines?|advantages?|leads?|uplifts?|lifts?|degradations?|enhancements?|jumps?|"
    r"rises?|speed-?ups?|savings?|cuts?|lowering|increments?"
)
_DELTA_LEFT = (
    rf"(?:\bby\s+{_ADJ}(?:(?:margins?|average|total|mean)\s+of\s+)?|\b{_ADJ}(?:{CHANGE_NOUNS})"
    rf"(?:\s+(?:of|by|at|reaching|around|about|in(?:\s+[\w@+/-]+(?:\.\w+)*){{1,4}}\s+of|is|was|are|were|"
    rf"amounts?\s+to|reach(?:es|ed)?|as\s+(?:large|high|much|big|great)\s+as|exceeding)"
    rf"(?:\s+(?:only|just))?)?\s*"
    rf"|\blos(?:es|t|ing)\s+(?:only\s+|just\s+|about\s+)?)$"
    r"|\b(?:improv\w*|increas\w*|boost\w*|reduc\w*|decreas\w*|outperform\w*)\b"
    r"(?:(?!(?<!\bup\s+)\bto\s+\d)[^,;.()]){0,60}\(\s*$|\b(?:gains|drops?)\s*\(\s*$"
)
DELTA_LEFT = regex.compile(_DELTA_LEFT, F)
DELTA_LEFT_FROM_END = regex.compile(_DELTA_LEFT, F | regex.REVERSE)
"""DELTA_LEFT tried from the end of the text: a third of the time. It finds a match when
DELTA_LEFT does (both end the text), though not always the same one."""
RATIO_LEFT = regex.compile(
    r"\b(?:by\s+)?(?:a\s+)?(?<!\breal[\s-]time\s)factor\s+(?:of\s+)?$",
    F,
)
"""'by a factor of 3.5' (but a 'real-time factor of 0.0078' is a metric's value)."""
_DELTA_RIGHT_HEAD = (
    r"^\s*(?:(?:absolute|relative|average|overall|mean|consistent|significant|net|"
    r"performance|accuracy|point|points|pp|percentage\s+points?|on\s+average|end-to-end|"
    r"wall-clock|inference|training)[\s-]+){0,2}"
)
NAMED_CHANGE = regex.compile(
    r"\s*(?P<np>(?:(?!(?:of|in|on|at|to|for|from|by|with|without|and|or|but|while|whereas|"
    r"than|over|the|an?|any|no|its|their|which|that|showing|having|seeing|exhibiting|"
    r"achieving|reporting|yielding)\b)[A-Za-z][\w@+./-]*\s+){1,3}?)"
    rf"(?!leads?\b)(?:{CHANGE_NOUNS})\b"
    r"(?=\s*(?:$|[,;:.)\]]|(?:on|in|over|for|of|compared|against|versus|vs|relative|when|while|"
    r"with|at|across|than|from|and|or|by|under|using|respectively|after|without)\b))",
    F,
)
"""'246% TOPIQ score improvement', '2.1 BLEU gain': what changed, named before the change,
which ends the phrase (not '25% showing performance improvements', '6.8% while saving',
'48 dimensionality reduction methods', '80% of tokens leads to')."""
DELTA_RIGHT = regex.compile(
    _DELTA_RIGHT_HEAD + rf"(?:{CHANGE_NOUNS}|higher|lower|better|worse|more|less|fewer|"
    r"faster|slower|greater|smaller|larger|cheaper|(?:reduced|increased|decreased|improved)"
    r"(?=\s+(?!(?:and|or|for|in|on|by|while|with|compared|to|when)\b)[A-Za-z]))\b|^"
    + NAMED_CHANGE.pattern,
    F,
)
DELTA_RIGHT_BARE = regex.compile(
    _DELTA_RIGHT_HEAD + rf"(?:{CHANGE_NOUNS}|higher|lower|better|worse)\b", F
)
"""For numbers without a unit: 'more'/'fewer' after a bare count is a set-up number."""
COMPARATIVE_RIGHT = regex.compile(
    r"^\s*(?:\w+\s+)?(?:faster|slower|more|less|fewer|higher|lower|larger|smaller|better|"
    r"greater|cheaper|speed-?ups?|improvements?|reductions?|increases?|acceleration|as\b|"
    r"compression|the\b|over\b|than\b|gains?)",
    F,
)
RATIO_CONTEXT_LEFT = regex.compile(
    r"\b(?:by|speed-?ups?|factor|up\s+to|reduc\w*|improv\w*|accelerat\w*|compress\w*|"
    r"increas\w*|decreas\w*|boost\w*|achiev\w*|yield\w*|deliver\w*|cuts?|lowers?|saves?)"
    r"\s+(?:\w+\s+){0,2}$",
    F,
)
SETTING_RIGHT = regex.compile(
    r"^\s*(?:[A-Z]\d{2,}|NVIDIA|GPUs?|TPUs?|nodes?|cores?|machines?|magnifications?|zoom|"
    r"up-?sampling|down-?sampling|super-?resolution|SR)\b",
    F,
)
"""What an 'Nx' names when it is a set-up, not a factor: '8x A100', '40x magnification',
'4x super-resolution'."""
ALONE_IN_BRACKET = regex.compile(r"\s*(?:\)|,\s|;|/|\(|$)")
"""What follows a value that stands alone in its brackets, as a system's own score:
'REPA (92.91%)', 'GRPO (13.3/10.5)'; not 'over prior methods (30% or higher improvement)',
nor the first of a pair ('outperforms Y (85% vs 78%)': 85% is not Y's). A value with a
spread ('MIL (0.491 ± 0.04 F1, ...)') is a system's score too: see `Mention.spread`."""
CHANGE_VERBS = regex.compile(
    r"\b(?:improv\w*|increas\w*|boost\w*|rais\w*|reduc\w*|decreas\w*|drop\w*|lower\w*|"
    r"cut\w*|ris\w*|jump\w*|grow\w*|grew|went|goes|go|climb\w*|fell|fall\w*|declin\w*|"
    r"enhanc\w*|push\w*|lift\w*|elevat\w*|bring\w*|brought|advanc\w*|shrink\w*|"
    r"accuracy|score|rate|performance|from)\b",
    F,
)
SETUP_OF_RIGHT = regex.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:data|dataset|labels?|labeled|annotations?|parameters|params|weights|compute|"
    r"budget|training|corpus|samples|examples|tokens|FLOPs|neurons|layers|heads|patches|"
    r"pixels|images|pretraining|pre-training)\b",
    F,
)
SETUP_VERB_LEFT = regex.compile(
    r"\b(?:label\w*|annotat\w*|mask\w*|prun\w*|sampl\w*|keep\w*|retain\w*|drop\w*|"
    r"remov\w*|replac\w*|corrupt\w*|perturb\w*|train(?:ed|ing)?\s+on|using|use|uses)"
    r"\s+(?:only\s+|just\s+|the\s+|a\s+|top\s+)*$",
    F,
)
"""A set-up verb right before 'N% of ...' makes it a condition, whatever the noun."""
SETUP_LEFT = regex.compile(
    r"\b(?:using|use|uses|with|only|train(?:ed|ing)?\s+on|requir\w*|keep\w*|retain\w*|"
    r"prun\w*|mask\w*|sampl\w*|label\w*|annotat\w*|access\s+to|dropout|sparsity|"
    r"noise|rate\s+of|ratio\s+of)\s+(?:\w+\s+){0,2}$",
    F,
)
RESULT_VERBS = regex.compile(
    r"\b(?:achiev\w*|obtain\w*|reach\w*|attain\w*|scor\w*|yield\w*|record\w*|set\w*|"
    r"hit\w*|deliver\w*|report\w*|get\w*|gets|got|perform\w*|rank\w*|result\w*|"
    r"produc\w*|maintain\w*|retain\w*|preserv\w*|match\w*|outperform\w*|surpass\w*|"
    r"exceed\w*|beat\w*|accuracy|rate|score|of|is|are|was|were|at|with|to)\b",
    F,
)
COUNT_VERBS = regex.compile(
    r"\b(?:fix\w*|detect\w*|solv\w*|find\w*|found|discover\w*|identif\w*|uncover\w*|"
    r"resolv\w*|repair\w*|generat\w*)\s+(?:\w+\s+){0,1}$",
    F,
)
LIST_SEP = regex.compile(
    r"^(?:[^;()]|\([^();]{0,40}\)){0,70}?(?:,\s*(?:and|or)?|\band|\bor|/|vs\.?|versus)\s*+"
    r"(?:(?:up\s+to|about|around|over|nearly|approximately|and)\s+)?$",
    F,
)
PRONOUNS = frozenset(
    [
        "we",
        "it",
        "they",
        "this",
        "these",
        "that",
        "those",
        "which",
        "he",
        "she",
        "our",
        "its",
        "their",
        "us",
        "one",
    ]
)

HYPERPARAMETER_LEFT = regex.compile(
    r"\b(?:thresholds?|cut-?offs?|temperatures?|learning\s+rates?|weights?|margins?\s+of\s+the\s+loss|"
    r"alpha|beta|gamma|lambda|top-k|k|dropout|ratios?\s+of\s+the|budgets?|sizes?|lengths?|"
    r"windows?|seeds?)\s*(?:of|=|:|to|at)?\s*$",
    F,
)
"""'a threshold of 0.7', 'temperature = 0.2': set-up values, even next to a metric."""
KFOLD_RIGHT = regex.compile(
    r"^[\s-]*(?:cross|cv\b|out-of-fold|stratified|splits?\b|validation|nested)", F
)
"""'5-fold cross-validation' is a protocol, not a five-fold gain."""
