"""Every claim rule's own examples: positives fire that rule at the marked number,
negatives produce no claim there."""

from __future__ import annotations

import pytest
import regex

from benchclaims.extract.extractor import extract_claims
from benchclaims.extract.rules import RULES, Rule

_MARK = regex.compile(r"\[\[(.+?)\]\]")


def _unmark(sentence: str) -> tuple[str, int, int]:
    m = _MARK.search(sentence)
    assert m, f"example without [[...]]: {sentence}"
    text = sentence[: m.start()] + m.group(1) + sentence[m.end() :]
    return text, m.start(), m.start() + len(m.group(1))


CASES = [(r, s, True) for r in RULES for s in r.positives] + [
    (r, s, False) for r in RULES for s in r.negatives
]


def test_every_rule_has_positive_and_negative_examples() -> None:
    for rule in RULES:
        assert rule.positives and rule.negatives, rule.name


@pytest.mark.parametrize(
    ("rule", "sentence", "positive"),
    CASES,
    ids=[f"{r.name}-{i}" for i, (r, _, _) in enumerate(CASES)],
)
def test_rule_example(rule: Rule, sentence: str, positive: bool) -> None:
    text, start, end = _unmark(sentence)
    claims = [c for c in extract_claims("t", text) if c.value_start < end and start < c.value_end]
    if positive:
        assert claims, f"{rule.name} did not fire on {sentence!r}"
        assert claims[0].rule == rule.name
        assert claims[0].claim_type == rule.claim_type
        assert (claims[0].value_start, claims[0].value_end) == (start, end)
    else:
        assert not claims, f"unexpected {claims[0].rule} claim in {sentence!r}"


def test_counts_of_benchmarks_name_no_dataset() -> None:
    text = "It improves the performance of CoOp from 71.66 % to 76.94 % on 11 benchmarks."
    (claim,) = extract_claims("t", text)
    assert (claim.claim_type, claim.value, claim.from_value) == ("change", 76.94, 71.66)
    assert claim.dataset is None and claim.baseline == "CoOp"


def test_dataset_attachment_patterns() -> None:
    text = (
        "Our results include 9.0% WER on AMI-IHM, 4.7% WER on Switchboard and 1.3% on WSJ. "
        "It wins on MSR-VTT (49.3 R@1) and DiDeMo (47.8 R@1). "
        "It reaches 29.0 BLEU on the WMT 2014 English-to-German task."
    )
    got = {c.value: (c.dataset, c.metric) for c in extract_claims("t", text)}
    assert got[4.7] == ("Switchboard", "WER")
    assert got[47.8] == ("DiDeMo", "R@1")
    assert got[29.0] == ("WMT 2014 English-to-German", "BLEU")


def test_respectively_assigns_each_number_its_name() -> None:
    text = (
        "It achieves 86.41, 85.46, and 94.2 F1 scores on ACE2004, ACE2005, and NNE, respectively."
    )
    got = [(c.value, c.dataset, c.metric) for c in extract_claims("t", text)]
    assert got == [(86.41, "ACE2004", "F1"), (85.46, "ACE2005", "F1"), (94.2, "NNE", "F1")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("It achieves a 9.7% gain on 7 reasoning benchmarks and 12.1% on 2 reward benchmarks.",
         [9.7, 12.1]),
        # a whole number before any plural noun counts those things
        ("It reaches 87.9% with a training set of 1065 segments and 92.0% with 5000 segments.",
         [87.9, 92.0]),
        ("Out of the 113 articles, 18% focus on Norwegian, 64% on Swedish.", [18.0, 64.0]),
        ("Under a 5% FPR constraint, 15 MLLMs get only 10.5% TPR, and APIs reach 57.6%.",
         [10.5, 57.6]),
        # ... but not a rate, nor a number written with a decimal point
        ("They reach throughputs of 1109 tokens/sec and 737 tokens/sec, respectively.",
         [1109.0, 737.0]),
        ("Mean magnitude and axis errors are 2.1% and 4.0 degrees, respectively.", [2.1, 4.0]),
    ],
)
def test_a_count_inside_a_list_is_no_item(text: str, values: list[float]) -> None:
    assert [c.value for c in extract_claims("t", text)] == values


def test_ranges_are_one_claim_with_both_ends() -> None:
    text = "Our models achieve top-1 accuracies ranging from 76.5% to 80.9% on ImageNet."
    (claim,) = extract_claims("t", text)
    assert (claim.value, claim.value_high, claim.from_value, claim.unit) == (76.5, 80.9, None, "%")
    assert text[claim.value_start : claim.value_end] == "76.5% to 80.9"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a change by a range is a range, not a change from its low end to its high end
        ("It reduces decoding latency by 29% to 66% across batch sizes.",
         [("delta", 29.0, 66.0, None, "down")]),
        # ... and so is what a later result verb achieves after it
        ("It reduces memory by 76.6% to 79.8% and achieves 1.14x to 1.66x latency speedup.",
         [("delta", 76.6, 79.8, None, "down"), ("ratio", 1.14, 1.66, None, "up")]),
        ("It reduces CoT length by an average of 31% to 43% on MATH.",
         [("delta", 31.0, 43.0, None, "down")]),
        ("It improves their safety (35.8% to 79.5% improvement) while keeping helpfulness.",
         [("delta", 35.8, 79.5, None, "up")]),
        ("Feature Mixing is fast, with a 10x to 370x speedup over the baseline.",
         [("ratio", 10.0, 370.0, None, "up")]),
        # ... and so is one stated after a change noun and 'of', or with the unit on both ends
        ("It shows improvements of 1.36 to 13.07 percentage points over RoBERTa.",
         [("delta", 1.36, 13.07, None, "up")]),
        ("It achieves a speedup of 1.10x to 2.64x in LLM inference.",
         [("ratio", 1.1, 2.64, None, "up")]),
        ("It achieves 15.2x-26.4x speedup on standard benchmarks.",
         [("ratio", 15.2, 26.4, None, "up")]),
        ("It achieves $15.2\\times$-$26.4\\times$ speedup on standard benchmarks.",
         [("ratio", 15.2, 26.4, None, "up")]),
        # a range in brackets with no verb of change is a range ...
        ("We build benchmarks for frame interpolation (2x to 32x) to assess it.",
         [("ratio", 2.0, 32.0, None, None)]),
        # two values joined by 'to' that nothing changes are a range
        ("It runs on mobile devices at 30 to 40 frames per second.",
         [("result", 30.0, 40.0, None, None)]),
        ("We achieve a 4 to 8 times speedup while keeping quality.",
         [("ratio", 4.0, 8.0, None, "up")]),
        # ... but a change its bracket sums up, or a change a verb makes, stays one
        ("It reaches SPK-SIM 78.30% to 89.38% (+14.15%) on the benchmark.",
         [("change", 89.38, None, 78.3, "up"), ("delta", 14.15, None, None, "up")]),
        ("An absolute gain of 26% (7% to 33%) over the initializing model.",
         [("delta", 26.0, None, None, "up"), ("change", 33.0, None, 7.0, "up")]),
        ("The refinement lowers the crash rate from 46.9% to 6.3% to better match intents.",
         [("change", 6.3, None, 46.9, "down")]),
        ("It raises the pass rate from 35.8% to 79.5% improvement over the old model.",
         [("change", 79.5, None, 35.8, "up")]),
        ("It reduces inference time from 164.4 seconds to just 3.0 seconds.",
         [("change", 3.0, None, 164.4, "down")]),
        ("Accuracy drops from 91.2% to as low as 13.5% in multi-turn settings.",
         [("change", 13.5, None, 91.2, "down")]),
        # a level 'of' two values is a range, unless it says where it is from
        ("We achieve recalls of 90.3% to 96.4% on three benchmark scenes.",
         [("result", 90.3, 96.4, None, None)]),
        ("Our system improves the Macro-F1 from a baseline of 48.6 to 58.94.",
         [("change", 58.94, None, 48.6, "up")]),
        # a number of steps is a set-up, unless it changes
        ("CFM achieves an FID of 24.15 with 50 steps on CIFAR-10.",
         [("result", 24.15, None, None, None)]),
        ("It cuts sampling from 50 steps to 4 steps at the same FID.",
         [("change", 4.0, None, 50.0, "down")]),
        # a collapse is a fall, whatever gains are named before it
        ("On LIMIT+, gains fail to transfer, where the strongest method collapses from "
         "Recall@100 0.42 to below 0.02.", [("change", 0.02, None, 0.42, "down")]),
        # two gains joined by 'to' are a range of gains, unless they say where it is from
        ("PATS surpasses the state-of-the-art accuracy across all viewing configurations "
         "(+0.65% to +3.05%) and delivers gains.", [("delta", 0.65, 3.05, None, "up")]),
        ("It raises the Spearman correlation from +0.779 to +0.846 on the leaderboard.",
         [("change", 0.846, None, 0.779, "up")]),
        # 'cutoff' says no way, 'boosting' does
        ("It keeps boosting post-cutoff QA accuracy (from 15% to 90% on average).",
         [("change", 90.0, None, 15.0, "up")]),
        # a number inside a bracketed name parts no from-value from its to-value
        ("It improves maxDice from 0.82 (SAM-2) to 0.86 on the PTMC-RFA dataset.",
         [("change", 0.86, None, 0.82, "up")]),
        ("It boosts accuracy from 56.7% (majority@64) to 70.0% (top-maj@16).",
         [("change", 70.0, None, 56.7, "up")]),
        # what each value was measured for may stand between them, in up to four words
        ("It improves AUROC from 0.696 for the strongest NL-derived baseline to 0.776.",
         [("change", 0.776, None, 0.696, "up")]),
        ("Awareness of AI courses rose from 14.5% in 2021 to 44.6% in 2024.",
         [("change", 44.6, None, 14.5, "up")]),
        # a range that says so runs either way: falling values in it are no change
        ("With accuracy ranging from 86.2% on one domain to 52.4% on another.",
         [("result", 86.2, None, None, None), ("result", 52.4, None, None, None)]),
        ("Pass rates range from 64.8% for the strongest agent to 22.1% for the weakest.",
         [("result", 64.8, None, None, None), ("result", 22.1, None, None, None)]),
        ("Tokens drop, which leads to energy savings in the range of 5% to 10% overall.",
         [("delta", 5.0, 10.0, None, "down")]),
        # the ends of a scale or an interval are no claims
        ("Valence is rated on a continuous scale from -50 to +50 by each participant.", []),
        ("Responses were assessed on a normalized scale from -2 (strongly Pro-China) to +2.", []),
        # ... and so are those of a set-up swept while an outcome is measured
        ("Completion degrades from 16.7% to 8.7% as load scales 25% to 100%.",
         [("change", 8.7, None, 16.7, "down")]),
        ("Accuracy grows as the number of rollouts increases from 1 to 16.", []),
        ("Accuracy rises as well as recall increases from 0.5 to 0.7.",
         [("change", 0.7, None, 0.5, "up")]),
        # 'to' with one word after it still ends a change ...
        ("It raises the macro average from 61.7 percent to a state-of-the-art 84.4 percent.",
         [("change", 84.4, None, 61.7, "up")]),
        # ... but a change by an amount to a level is no change between the two
        ("It improves LLaMA performance by 28 percent to 0.51.",
         [("delta", 28.0, None, None, "up"), ("result", 0.51, None, None, None)]),
        # a numbered stage before 'to' is no value it changed from
        ("Success drops from 18% at difficulty level 1 to 4% at level 6.",
         [("result", 18.0, None, None, None), ("result", 4.0, None, None, None)]),
    ],
)
def test_ranges_and_changes_between_two_values(
    text: str, want: list[tuple[str, float, float | None, float | None, str | None]]
) -> None:
    got = extract_claims("t", text)
    assert [(c.claim_type, c.value, c.value_high, c.from_value, c.direction) for c in got] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a change noun after a list makes every item a change, with the list's direction
        ("It gives a 2%, 4% and 22% improvement in AUROC.", [("delta", "up")] * 3),
        ("Moduli are 25 % and 30 % lower, respectively, than those.", [("delta", "down")] * 2),
        ("Atlas-S achieves 5%, 16% and 32% higher accuracy at large sizes.",
         [("delta", "up")] * 3),
        # ... but not a result that names its own metric before the list goes on
        ("It achieves 85% accuracy and a 3% improvement in AUROC.",
         [("result", None), ("delta", "up")]),
        # a change noun after words that say which one
        ("It can deliver a 28% end-to-end speedup on B200.", [("delta", "up")]),
        # a range of set-up counts is no change
        ("It gains almost 10% in accuracy with only 2 to 8 labeled examples per class.",
         [("delta", "up")]),
        # ... whatever the claim type of the list, and past a bracketed abbreviation
        ("MagCache achieves 2.1x and 2.68x speedups on Open-Sora and Wan 2.1, respectively.",
         [("ratio", "up")] * 2),
        ("It yields 4.1 percentage points (pp) higher micro-F1 than LLM-only baselines.",
         [("delta", "up")]),
        # ... but not from a word after the place the list is measured on
        ("It reduces response length by 10.06% and 12.14% on the more challenging sets.",
         [("delta", "down")] * 2),
        # a list of compared names is no clause of its own
        ("IRMA outperforms ReAct, Function Calling, and Self-Reflection by 16.1%, 12.7%, and "
         "19.1%, respectively.", [("delta", "up")] * 3),
        ("KompeteAI outperforms leading methods (e.g., RD-agent, AIDE, and Ml-Master) by an "
         "average of 3% on MLE-Bench.", [("delta", "up")]),
        ("LLMs degrade, with performance drops as large as 73% for certain models.",
         [("delta", "down")]),
        ("Experiments on LongBench demonstrate FAEDKV's superiority over existing methods by up "
         "to 22%.", [("delta", "up")]),
        # a value in brackets right after 'gains' or 'drop' is the change (but not a count)
        ("M3CoT yields consistent performance gains (4.84% for GPT-4o and 5.94% for Gemini).",
         [("delta", "up"), ("delta", "up")]),
        ("We find a significant performance drop (around 40%) across datasets.",
         [("delta", "down")]),
        ("The 8B model shows consistent creativity gains (8 of 10 benchmarks).", []),
        # 'T-LESS' is a dataset's name, not 'less'
        ("GS2POSE improves accuracy by 1.4%, 2.8% and 2.5% on the T-LESS, LineMod-Occlusion "
         "and LineMod datasets, respectively.", [("delta", "up")] * 3),
        # ... and so is one after a run of bare items inside a longer list
        ("It achieves 53.3% and 56.9% reductions in translation and rotation errors on "
         "7-Scenes, and 40.7% and 53.2% on Cambridge.",
         [("delta", "down"), ("delta", "down"), ("result", None), ("result", None)]),
        # a change noun after items with their own metrics is every item's when it has one too
        ("It gives 1.43% IoU and 2.25% F1-score improvements on the test set.",
         [("delta", "up"), ("delta", "up")]),
        ("It shows 90.9% top-10 success rate and 95% reduction in lookup time.",
         [("result", None), ("delta", "down")]),
        ("Our design achieves up to 45.7x speedup and 62.9x energy savings over GPUs.",
         [("ratio", "up"), ("ratio", "down")]),
        # ... and so is one of what a verb changes
        ("It reduces token usage by 28%, agent calls by 17%, and time-to-success by 19%.",
         [("delta", "down")] * 3),
        # trailing and lagging are ways down
        ("The best model trails humans by 24.38% on average.", [("delta", "down")]),
        # shortening is a way down
        ("The tokenizer shortens input sequences by up to 20%.", [("delta", "down")]),
        # a participle that says which thing is no direction; the verb's is
        ("It improves the performance of compressed LLM2Vec embeddings (256 dimensions) by "
         "1.1 points and 2.7 points.", [("delta", "up")] * 2),
        ("It improves the accuracy of the reduced model by 2.1%.", [("delta", "up")]),
        # a list of names before 'by' leaves the verb before it in the clause
        ("It improves AP, AP50 and AP75 by 1.2, 2.3 and 0.8 points.",
         [("delta", "up")] * 3),
        ("Images are 64 by 64 and 256 by 256 pixels.", []),
        # 'more than' says how large, not which way; amplifying is a way up
        ("It reduces energy cost by more than an order of magnitude and its storage size by "
         "2.7x.", [("ratio", "down"), ("ratio", "down")]),
        ("Independent agents amplify errors 17.2x through propagation.", [("ratio", "up")]),
        # speeding something up is a way up
        ("CompLLM speeds up Time To First Token by up to 4x and reduces the KV cache size by "
         "50%.", [("ratio", "up"), ("delta", "down")]),
        ("It sped up decoding by 40%.", [("delta", "up")]),
        ("LightThinker++ slashes peak token usage by 69.9%.", [("delta", "down")]),
        # underperforming, losing and narrowing are ways down; a comparative or participle
        # naming which model is no way at all
        ("MLA underperforms vanilla attention by 3-5% in small models.", [("delta", "down")]),
        ("Mem0 beats MiniLM-RAG by +11pp but loses to cloud-RAG by 1.2pp.",
         [("delta", "up"), ("delta", "down")]),
        ("Our method narrows the performance gap between the two settings by 50%.",
         [("delta", "down")]),
        ("Task vectors from it can enhance a smaller model's performance by 6.4%.",
         [("delta", "up")]),
        ("It can improve the underperforming model, reaching up to twice the baseline.",
         [("ratio", "up")]),
        # a list item with no words of its own goes the way the first item's words say ...
        ("Our model achieves 8.4% higher performance on Sport360, 2.5% on PVS-HM, and 18.6% "
         "on VR-EyeTracking.", [("delta", "up")] * 3),
        # ... but not one with words of its own
        ("Deployment yields 78% cost reduction, 23% improved accuracy, and 89% clinician "
         "acceptance.", [("delta", "down"), ("delta", "up"), ("delta", None)]),
        # a participle of change before what changed, and losing, make a change
        ("It keeps strong performance with up to 89.3% reduced inference latency over VLAs.",
         [("delta", "down")]),
        ("CAR loses only 0.07 F1 points from clean to fully corrupted input.",
         [("delta", "down")]),
        # ... but not a share of items that improved
        ("Among items, 34% improved and 28% deteriorated for Llama.",
         [("result", None), ("result", None)]),
        # a signed value a statistic equals is no change
        ("It correlates positively with freight rates (rho = +0.32).", [("result", None)]),
        # what a dash adds sums the change up; the verb says which way (a dash before a
        # number is a range's)
        ("It reduces inference latency from 140 ms to 13 ms--a tenfold speedup.",
         [("change", "down")]),
        ("It shows an 18x -- 75x improvement in inference times.", [("ratio", "up")]),
        # a list of names with '+' or an aside's dashes before 'by' ends no clause
        ("It surpasses prompt optimizers (MIPROv2, GEPA, and GEPA+Merge) by 12%.",
         [("delta", "up")]),
        ("It surpasses prompt optimizers--MIPROv2, GEPA, and GEPA+Merge--by 12%.",
         [("delta", "up")]),
        # 'and by' with no verb of its own goes the way the verb of the 'by' before it says
        ("It reduces response length by 10.06% on the more challenging AIME, and by 62.05% on "
         "MATH500.", [("delta", "down"), ("delta", "down")]),
        ("It outperforms SoTA by 1.6% with 88.9% token reduction, and by 4.3% on LLaVA.",
         [("delta", "up"), ("delta", "down"), ("delta", "up")]),
        # ... and so does a list's value whose names end before 'by'
        ("It improves F1-score, mAP50, and mAP50:95 by 4.4, 2.9, and 3.4 percentage points.",
         [("delta", "up")] * 3),
        # a value with its metric in brackets after the compared system is its result
        ("It achieves 57.6 mAP, improving over the ResNet50 baseline (51.5 mAP) by 6 points.",
         [("result", None), ("result", None), ("delta", "up")]),
    ],
)
def test_type_and_direction_of_each_claim(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    assert [(c.claim_type, c.direction) for c in extract_claims("t", text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a negative value a quantity equals is a result, not a drop
        ("Speed and density showed a strong negative correlation (r=-0.97).", "result"),
        ("It reaches a correlation of r = -0.45 with human ratings.", "result"),
        # ... but a change written as one is a change
        ("It changes the score (Δ = -0.3) on the test set.", "delta"),
        ("It improves the score (+0.5) on the test set.", "delta"),
    ],
)
def test_a_sign_after_an_equals_sign_is_the_values(text: str, want: str) -> None:
    assert [c.claim_type for c in extract_claims("t", text)] == [want]


@pytest.mark.parametrize(
    ("text", "subject", "baseline"),
    [
        ("The accuracy improves from 66.14% with the Swin Transformer baseline to 77.11% with "
         "the dual-channel ConvNeXt model.", "dual-channel ConvNeXt model",
         "Swin Transformer baseline"),
        ("On TF-CoVR, our model improves mAP@50 from 5.92 (LanguageBind) to 7.51.",
         "our model", "LanguageBind"),
        ("It improves prediction from 0.3% for PoE-World to 48.7% while verifying subgoals.",
         None, "PoE-World"),
        # conditions between the values name no system
        ("Our model improves accuracy from 8.6% (vision-only) to 59.0% (with images).",
         "Our model", None),
        ("Our agent raises the score from 0.09 in its baseline setting to 0.79 after tuning.",
         "Our agent", None),
    ],
)
def test_a_change_is_over_the_system_its_first_value_is_for(
    text: str, subject: str | None, baseline: str | None
) -> None:
    (claim,) = [c for c in extract_claims("t", text) if c.claim_type == "change"]
    assert (claim.subject, claim.baseline) == (subject, baseline)


def test_a_factor_is_a_ratio_in_x() -> None:
    got = extract_claims("t", "Placing the task first improves accuracy by a factor of 3.5.")
    want = [("ratio", 3.5, "x", "up")]
    assert [(c.claim_type, c.value, c.unit, c.direction) for c in got] == want
