"""Sentence splitting: claims are scoped to one sentence, so an abbreviation that ends a
sentence too early cuts a claim off from its metric and dataset."""

from __future__ import annotations

import pytest

from benchclaims.extract.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "It obtains 1.8% (91.9% v.s. 90.1%) higher accuracy on FGVC.",
        "It obtains 91.9% vs. 90.1% on FGVC.",
        "As Liu et al. 2023 show, it reaches 80% on MMLU.",
        "It beats strong baselines (e.g. 5 of 6 models) on MMLU.",
        "It reaches 96.3% avg. SR on LIBERO, 71.2% on SimplerEnv.",
    ],
)
def test_an_abbreviation_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("It reaches 80% on MMLU. 12 baselines fall short.", 2),
        ("It reaches 80% on MMLU. The code is public.", 2),
        ("We use BLEU, CIDEr and ROUGE-L. The framework reaches 0.78 BLEU-4.", 2),
        ("It is fast (about 3x vs. ResNet). 12 baselines fall short.", 2),
    ],
)
def test_a_full_stop_before_a_capital_or_digit_ends_a_sentence(text: str, count: int) -> None:
    assert len(_sentences(text)) == count


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "It beats existing Video VAEs.Our model is 44x faster.",
            ["It beats existing Video VAEs.", "Our model is 44x faster."],
        ),
        ("It reaches 95.2%.The rest is 3%.", ["It reaches 95.2%.", "The rest is 3%."]),
        ("It beats the baseline (ANNs).In sum", ["It beats the baseline (ANNs).", "In sum"]),
        ("The Abs.Rel drops to 0.1 on KITTI.", ["The Abs.Rel drops to 0.1 on KITTI."]),
        (
            "It beats RT-NeRF.Edge and NeuRex.Edge by 4x.",
            ["It beats RT-NeRF.Edge and NeuRex.Edge by 4x."],
        ),
        ("It helps, e.g.The Pile.", ["It helps, e.g.The Pile."]),
    ],
)
def test_a_full_stop_glued_to_the_next_sentence_ends_it_unless_inside_a_name(
    text: str, sentences: list[str]
) -> None:
    assert _sentences(text) == sentences
