"""Attachment of metric and dataset: each pattern with examples it must fire on (positives)
and look-alikes it must leave alone (negatives)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from benchclaims.extract import attach
from benchclaims.extract.extractor import extract_claims
from benchclaims.extract.vocab import lead_word, load


def _fields(text: str) -> dict[float, tuple[str | None, str | None]]:
    """{value: (dataset, metric)} of the claims of a text."""
    return {c.value: (c.dataset, c.metric) for c in extract_claims("t", text)}


@pytest.mark.parametrize(
    ("text", "value", "dataset"),
    [
        # a known name with its language pair, version or split
        (
            "We obtain 29.7 BLEU on the WMT'14 English-German test set.",
            29.7,
            "WMT'14 English-German test set",
        ),
        ("It reaches 35.7 BLEU on IWSLT'14 De-En.", 35.7, "IWSLT'14 De-En"),
        ("It reaches 1.9% WER on LibriSpeech test-clean.", 1.9, "LibriSpeech test-clean"),
        ("It reaches 50.3% mIoU on the val set of COCO 2014.", 50.3, "COCO 2014"),
        # a split named alone is the dataset; after its corpus it is part of the name
        ("It reaches WERs of 1.75% on test-clean and 4.46% on test-other.", 4.46, "test-other"),
        ("It reaches 1.9% WER on LibriSpeech test-clean.", 1.9, "LibriSpeech test-clean"),
        # known names that start in lower case
        ("It reaches 70.3% on 1-shot miniImageNet.", 70.3, "miniImageNet"),
        ("Our approach achieves 32.95% on xView.", 32.95, "xView"),
        # a name, words saying what it holds, then 'dataset'
        (
            "MCF achieves the state of the art on Caltech pedestrian dataset "
            "(i.e., 10.40% miss rate).",
            10.40,
            "Caltech",
        ),
        # the short name given in brackets
        (
            "Our model achieves 59.05 F1 on a large-scale document-level dataset (DocRED).",
            59.05,
            "DocRED",
        ),
        # a name that says what it is
        (
            "It sets a new state of the art on the Stanford Sentiment Treebank: 58.5% on "
            "fine-grained labels.",
            58.5,
            "Stanford Sentiment Treebank",
        ),
        # a name in brackets right after the value, when the sentence says datasets are meant
        ("It reaches cross-dataset MAEs of 5.38 (MMPD), 0.70 (VitalVideo), and 0.25 (PURE).",
         0.70, "VitalVideo"),
        ("It reaches AUC scores of 99.22% (FF++) and 100.00% (CelebDF-v2).", 99.22, "FF++"),
        # the names of a list in brackets after how many there are
        ("Results on three public benchmark datasets (EAV, FACED and SEED) show accuracies of "
         "76.43%, 83.00% and 89.22%, respectively.", 83.0, "FACED"),
        # a later word of a name may be a single digit
        ("VDM-SSMs reaches 42.3 mAP on Argoverse 2.", 42.3, "Argoverse 2"),
        # a name may start with a small letter and a hyphen
        ("NeoBabel achieves strong performance, scoring 0.75 on m-GenEval and 0.68 on m-DPG.",
         0.68, "m-DPG"),
        ("Fine-tuning yields 83.3% accuracy on e-SNLI-VE.", 83.3, "e-SNLI-VE"),
    ],
)
def test_dataset_names_found(text: str, value: float, dataset: str) -> None:
    assert _fields(text)[value][0] == dataset


@pytest.mark.parametrize(
    ("text", "value", "dataset"),
    [
        # no language pair after the name: the name stands alone
        ("We obtain 29.7 BLEU on WMT14 with a Transformer-Base model.", 29.7, "WMT14"),
        ("Our GLUE English-only score is 85.1%.", 85.1, "GLUE"),
        # a possessive is no version
        ("ImageNet's top-1 accuracy rises to 88.5% with it.", 88.5, "ImageNet"),
        # a language, not a dataset, before 'datasets'
        ("It reaches 91.2% accuracy on English news datasets.", 91.2, None),
        # a count in brackets names nothing
        ("It reaches 77.3% accuracy on our (10K) dataset.", 77.3, None),
        # 'Our Dataset' is no name
        ("Our Dataset yields 45.1% accuracy.", 45.1, None),
        # BERT's kin labelling values are models
        ("It beat multilingual transformers (mBERT: 67%, XLM-RoBERTa: 71%) and others.", 71.0,
         None),
        # what a method builds on or is based on is no dataset
        ("Building on CALM, we develop STORM, which reaches 68.9% accuracy across five tasks.",
         68.9, None),
        ("It is a model based on the RT-DETR-L detector, achieving 90.4% mAP@0.5.", 90.4, None),
        ("It helps on ImageNet (73.8% top-1 accuracy based on DeiT-T for 300 epochs).", 73.8,
         "ImageNet"),
        # what a change is in is the quantity that changed, not where it was measured ...
        ("RAGO achieves a 2x increase in QPS per chip and a 55% reduction in latency.", 2.0,
         None),
        ("It achieves an 84.8% relative reduction in SAD for matting on AIM-500.", 84.8,
         "AIM-500"),
        # ... unless the name looks like a benchmark's or is called one
        ("Claude achieved a 9% improvement in GPQA-Diamond and an 8% boost on MMLU-Pro.", 9.0,
         "GPQA-Diamond"),
        ("It improves 12% with a 3.2x training speedup in the COT-OrderPerturb task.", 3.2,
         "COT-OrderPerturb"),
        ("It yields a +22.9% improvement in HarmBench with only 4000 samples.", 22.9,
         "HarmBench"),
        # a rank or a kind is no dataset, but a name after it is
        ("It achieves 94.00% in Top-1 accuracy and 99.17% in Top-3 accuracy.", 99.17, None),
        ("The best runs by mAP@0.5 are SGD-based (0.832), Adam-based (0.810), and AdamW-based "
         "(0.822).", 0.832, None),
        ("It reaches up to 41% jailbreak success rate in the Few-shot condition.", 41.0, None),
        ("It reaches 61.2 F1 on One-shot NYT29.", 61.2, "One-shot NYT29"),
        # a field or a device is no dataset
        ("It contradicts experts in economics (39% shorter) and ML (38% shorter).", 38.0, None),
        ("It runs 2.1x faster on iPhone 16 Pro.", 2.1, None),
        # a name may start with a small 'i'
        ("It achieves new state-of-the-art results on iNaturalist-18 (91.3%).", 91.3,
         "iNaturalist-18"),
        # the system a value is compared with is no dataset, however it is introduced
        ("On the RAWFC dataset, DeReC achieves an F1 score of 65.58%, surpassing the "
         "state-of-the-art method L-Defense (61.20%).", 65.58, None),
        # the start of a metric's name is none ('Pass' of 'Pass@1')
        ("It reaches a validity of 99.31% in Pass@1 and 100% in Pass@10.", 99.31, None),
        ("It achieves improvements of 16.6% on Hit@1.", 16.6, None),
        # a name after the words saying what kind of task or benchmark it is
        ("It achieves a score of 82.5 on the speech conversation task URO-Bench.", 82.5,
         "URO-Bench"),
        ("It outperforms Huatuo by up to 4.2% on the clinical benchmark MedBullets.", 4.2,
         "MedBullets"),
        # names before 'to' and the values, respectively
        ("We raise the performance on LRW and LRW-1000 to 88.5% and 46.6%, respectively.", 46.6,
         "LRW-1000"),
        # a metric after 'on' is none, nor is a kind of setting
        ("On QV-M, it beats prior methods by 3.00% on G-mAP and 2.70% on mR@3.", 3.0, "QV-M"),
        ("It gains up to 12% in zero-shot settings over baselines.", 12.0, None),
        # ... but not models, nor what a change ran from or to
        ("It achieves WER gains of 75.86% (Whisper), 52.06% (MMS), and 42.33% (XLSR).", 52.06,
         None),
        ("On the TiDB benchmark, the error drops from 312.85 (native) to 13.69 (TiCard-GBR).",
         13.69, "TiDB"),
        ("On the PTMC-RFA dataset, EMA-SAM improves maxIoU from 0.72 (SAMTrack) to 0.76.", 0.76,
         "PTMC-RFA"),
        # a count of datasets of a kind names none
        ("Across 13 NER benchmarks, ToMMeR achieves 93% recall zero-shot.", 93.0, None),
        # a dash written as two hyphens ends a name
        ("The IoU scores--84.2% for Wood and 72.0% for Settlement--along with precision "
         "scores--show it.", 72.0, None),
        # a part or a stage of a task is none ('Task 1', 'Phase 2')
        ("Our system reaches an F1 of 0.8601 in Task 1 of the challenge.", 0.8601, None),
    ],
)
def test_dataset_look_alikes_left_alone(text: str, value: float, dataset: str | None) -> None:
    assert _fields(text)[value][0] == dataset


def test_dataset_after_the_bracket_a_value_stands_in() -> None:
    text = (
        "Our searched GANs achieve competitive results (IS=8.81, FID=9.91) on the CIFAR-10 "
        "dataset. It wins on COCO (12.1% AP, 24.8% AP50), VOC 2007 (54.9% AP), and VOC 2012 "
        "(52.1% AP)."
    )
    got = _fields(text)
    assert got[9.91] == ("CIFAR-10", "FID")
    assert got[24.8][0] == "COCO"  # not VOC 2007, which has its own bracket
    assert got[54.9][0] == "VOC 2007"


def test_the_name_a_value_is_given_with() -> None:
    got = _fields("It sets a new state of the art on COCO val set with 58.0% PQ, Cityscapes val "
                  "set with 68.4% PQ and 44.0% AP.")
    assert [got[v][0] for v in (58.0, 68.4, 44.0)] == ["COCO val set"] + ["Cityscapes val set"] * 2


def test_a_name_scored_in_brackets_with_its_metric() -> None:
    got = _fields("It ranks first on both PQuAD (F1 88.35) and ParsiNLU-RC (F1 49.10).")
    assert [got[v] for v in (88.35, 49.1)] == [("PQuAD", "F1"), ("ParsiNLU-RC", "F1")]
    got = _fields("It is the best on SuSuInterActs (R@1 43.6%) and BEATv2 (FGD 4.941).")
    assert [got[v][0] for v in (43.6, 4.941)] == ["SuSuInterActs", "BEATv2"]
    # a compared system scored so is no dataset
    got = _fields("On CIFAR-10, CFM gets an FID of 24.15, outperforming DDPM (FID 402.98).")
    assert got[402.98][0] == "CIFAR-10"
    # a numbered name in brackets is no metric and its value
    got = _fields("Costs dropped from USD 9.72 (Framework 1) and USD 6.85 (Framework 2), by 42.6% "
                  "and 18.5%, respectively.")
    assert got[42.6][0] is None


def test_a_name_raised_to_a_value_through_its_metric() -> None:
    text = (
        "It pushes SQuAD v1.1 Test F1 to 93.2 (1.5 point absolute improvement) and "
        "SQuAD v2.0 Test F1 to 83.1 (5.1 point absolute improvement)."
    )
    got = _fields(text)
    assert [got[v][0] for v in (93.2, 1.5, 83.1, 5.1)] == ["SQuAD v1.1"] * 2 + ["SQuAD v2.0"] * 2


def test_an_aside_in_brackets_ends_no_clause() -> None:
    text = (
        "It improves the relation F1 to 52.44% (+3.2%) on SciERC, 66.49% (+4.9%) on ACE05 "
        "and 72.35% (+0.6%) on CoNLL04."
    )
    got = _fields(text)
    assert got[52.44][0] == "SciERC"
    assert got[66.49][0] == "ACE05"
    assert got[72.35][0] == "CoNLL04"
    # a clause break still ends the clause
    text = "It reaches 52.4% (+3.2%), while DiDeMo remains harder."
    assert _fields(text)[52.4][0] is None


def test_a_metric_named_after_the_value_is_no_dataset() -> None:
    # "in METRIC on NAME": the name after 'on' is the dataset
    assert _fields("It gives a 47% increase in FPS on the DTU dataset.")[47.0][0] == "DTU"
    assert _fields("It beats the SOTA by 6.4% in MAP on Total-Text.")[6.4][0] == "Total-Text"
    # a known dataset stays one, whatever 'on' adds after it
    text = "It beats the baseline by 2.2 points on MATH-500 on Best-of-32 sampling."
    assert _fields(text)[2.2][0] == "MATH-500"


def test_a_bracket_that_names_its_own_dataset() -> None:
    text = "It outperforms the previous best for RE (the F1 of RE on FUNSD rises to 89.45%)."
    assert _fields(text)[89.45][0] == "FUNSD"
    text = "It wins on COCO (24.8% AP)."
    assert _fields(text)[24.8][0] == "COCO"


def test_a_bare_determiner_is_no_subject() -> None:
    claim = extract_claims("t", "And the DeSync indicator is reduced by up to 0.89%.")[0]
    assert claim.subject == "DeSync indicator"
    text = "Results show that the improved YOLOv8s model achieves a precision of 67.6%."
    assert extract_claims("t", text)[0].subject == "improved YOLOv8s model"


def test_a_count_made_an_adjective_is_no_dataset() -> None:
    text = "On CMU-MOSEI, HAEMSA achieves a 2.6% increase in 7-class accuracy."
    assert _fields(text)[2.6][0] == "CMU-MOSEI"
    text = "It reaches 81.2% accuracy in 5-shot settings on MiniImageNet."
    assert _fields(text)[81.2][0] == "MiniImageNet"
    # a name that starts with a digit is still one
    assert _fields("It achieves 52.1% AP on 3DMatch.")[52.1][0] == "3DMatch"


def test_respectively_over_conditions_keeps_the_dataset() -> None:
    text = (
        "It reaches 62.1% and 67.3% mIoU on PASCAL-5i for 1-shot and 5-shot settings, "
        "respectively."
    )
    assert [_fields(text)[v][0] for v in (62.1, 67.3)] == ["PASCAL-5i", "PASCAL-5i"]
    # named parts of the data are no datasets, and no other name stands for them
    text = "It reduces the error on UrbanNav by 7.56% and 11.00% for PZ and TZ zones, respectively."
    assert [_fields(text)[v][0] for v in (7.56, 11.0)] == [None, None]


def test_parallel_lists_pair_numbers_with_datasets() -> None:
    got = _fields("Our model reaches 81.2%, 79.3% and 75.0% accuracy on MNLI, QNLI and RTE.")
    assert [got[v][0] for v in (81.2, 79.3, 75.0)] == ["MNLI", "QNLI", "RTE"]
    got = _fields("It improves accuracy by 2.1% and 3.4% on the MNLI and QNLI benchmarks.")
    assert [got[v][0] for v in (2.1, 3.4)] == ["MNLI", "QNLI"]
    # without 'respectively', only names right after the numbers, and only names
    got = _fields("We get 80% and 85% on both tasks and datasets.")
    assert got[85.0][0] is None
    got = _fields(
        "It gets 80% and 85% in all of our many experiments, run with care on MNLI and QNLI."
    )
    assert got[80.0][0] == got[85.0][0]
    # a list its last word calls sets or datasets is one of names, when each is a name
    got = _fields("It sets the state of the art, 4.7% and 7.8% WER on the SWB and CallHome sets.")
    assert [got[v][0] for v in (4.7, 7.8)] == ["SWB", "CallHome"]
    got = _fields("It gets 10.8 and 5.4 FID on ACDC and Medical Segmentation Decathlon datasets.")
    assert [got[v][0] for v in (10.8, 5.4)] == ["ACDC", "Medical Segmentation Decathlon"]
    # lower-case words before the first name describe the whole list ...
    got = _fields("It sets FIDs of 10.8, 3.5 and 5.4 on the publicly available SLIVER07, "
                  "ACDC, and Medical Segmentation Decathlon datasets.")
    assert [got[v][0] for v in (10.8, 3.5, 5.4)] == [
        "SLIVER07", "ACDC", "Medical Segmentation Decathlon"
    ]
    got = _fields("It gets 45.1 and 33.2 AP on the challenging COCO and LVIS sets, respectively.")
    assert [got[v][0] for v in (45.1, 33.2)] == ["COCO", "LVIS"]
    # ... unless every name has such words: then they are part of each
    got = _fields("It gains 1.9% and 4.4% DICE in chest CTs and brain MRIs, respectively.")
    assert got[1.9][0] != "CTs"
    got = _fields("It reaches 34.0 and 64.7 BLEU on Callhome and Fisher test sets, respectively.")
    assert [got[v][0] for v in (34.0, 64.7)] == ["Callhome", "Fisher test"]
    # ... or a list named before them, when it is what each value would get as a whole
    got = _fields("Experiments on CIFAR-100 and ImageNet-1K show gains of 5.59% and 0.83%.")
    assert [got[v][0] for v in (5.59, 0.83)] == ["CIFAR-100", "ImageNet-1K"]
    got = _fields("Experiments on CIFAR-100 and ImageNet-1K show gains of 5.59% and 0.83% on "
                  "ImageNet-1K.")
    assert [got[v][0] for v in (5.59, 0.83)] == ["ImageNet-1K", "ImageNet-1K"]
    got = _fields("It gains +3.4 AP (33.9 vs. 30.5) and +1.5 AP (16.7 vs. 15.2) on Cityscapes "
                  "and ADE20K.")
    assert got[33.9][0] == got[30.5][0]
    got = _fields("We test on two datasets, ScanNet v2 and S3DIS, on which it achieves 63.6% and "
                  "64.0%, compared to 54.9% and 54.4% by former solutions.")
    assert [got[v][0] for v in (63.6, 64.0, 54.9, 54.4)] == ["ScanNet v2", "S3DIS"] * 2
    got = _fields("We test on three datasets, such as Chennai Floods, Rhine18 Floods, and Harz17 "
                  "Floods, where it gets F1-scores of 93.33%, 82.24%, and 88.60%, respectively.")
    assert got[93.33][0] == "Chennai Floods"
    # a task word may follow what the tasks are of; no other word may ('RSDD-SAR inshore')
    got = _fields("It gets 28.4 and 41.0 BLEU on the WMT 2014 English-to-German and "
                  "English-to-French translation tasks, respectively.")
    assert [got[v][0] for v in (28.4, 41.0)] == ["WMT 2014 English-to-German", "English-to-French"]
    got = _fields("It wins by 12.8% and 11.9% on SSDD and RSDD-SAR inshore datasets, respectively.")
    assert [got[v][0] for v in (12.8, 11.9)] == ["SSDD", "RSDD-SAR inshore"]
    got = _fields("Experiments on four benchmarks (WHU-CD, S2Looking, LEVIR-CD+, and SECOND) show "
                  "IoU scores of 90.41, 53.04, 78.87, and 57.62, respectively.")
    assert [got[v][0] for v in (53.04, 78.87)] == ["S2Looking", "LEVIR-CD+"]
    # ... nor items in lower case that name no dataset
    got = _fields("It is 14 and 81 times faster than prompting in processing images and text, "
                  "respectively.")
    assert [got[v][0] for v in (14.0, 81.0)] == [None, None]
    got = _fields("It reaches mean dice scores of 0.96, 0.82, 0.83, for lungs, heart, and ribs, "
                  "respectively.")
    assert got[0.82][0] is None
    # ... but not the splits of one, nor items that say more than a name
    got = _fields("It reaches 73.2% and 70.3% AMOTA on the validation and test sets, respectively.")
    assert [got[v][0] for v in (73.2, 70.3)] == [None, None]
    got = _fields("It cuts the error by 14% and 24.9% in Abs.Rel on MVSEC and DENSE datasets.")
    assert [got[v][0] for v in (14.0, 24.9)] == ["MVSEC", "DENSE"]
    text = ("It gains 10.17% and 8.88% in macro-F1 over existing methods on the MAMI and "
            "MMHS150K datasets, respectively.")
    assert [_fields(text)[v][0] for v in (10.17, 8.88)] == ["MAMI", "MMHS150K"]
    text = ("It beats prior methods, with 3.1% and 9.3% improvement in object-level AUROC over "
            "Real3D-AD and Anomaly-ShapeNet, respectively.")
    assert [_fields(text)[v][0] for v in (3.1, 9.3)] == ["Real3D-AD", "Anomaly-ShapeNet"]
    text = ("It wins on the test sets of Stanford2D3D and Trans10K-v2 datasets and obtains mIoU "
            "of 45.13% and 75.14%, respectively.")
    assert [_fields(text)[v][0] for v in (45.13, 75.14)] == ["Stanford2D3D", "Trans10K-v2"]
    # 'both' opens a list of names: each value is on its own with 'respectively', on both
    # without it
    text = "It wins on both CUB-200-2011 and ILSVRC, with 84.03% and 66.85% Top-1, respectively."
    assert [_fields(text)[v][0] for v in (84.03, 66.85)] == ["CUB-200-2011", "ILSVRC"]
    text = "It beats GPT-4o and Llama by 6.7% and 9% on both JudgeBench and ReasoningJudgeBench."
    assert [_fields(text)[v][0] for v in (6.7, 9.0)] == [None, None]
    # words before the first item saying what the list is ('on head CT benchmarks', 'on
    # datasets such as') are no part of its name
    text = "It gains +1.4% and +6.9% macro AUC on head CT benchmarks RSNA and CQ500, respectively."
    assert [_fields(text)[v][0] for v in (1.4, 6.9)] == ["RSNA", "CQ500"]
    text = ("On datasets such as GSM8K, HumanEval, and MedQA, it improves by 7.61%, 4.88%, and "
            "3.08%, respectively.")
    assert [_fields(text)[v][0] for v in (7.61, 4.88, 3.08)] == ["GSM8K", "HumanEval", "MedQA"]
    # a list that starts with a metric's name lists metrics, even when the others are unknown
    text = "We improve on them by 55% and 86% for RMSE Rotation and Translation, respectively."
    assert [_fields(text)[v] for v in (55.0, 86.0)] == [
        (None, "RMSE Rotation"), (None, "Translation")
    ]
    # without 'respectively', values right after the metrics or systems a verb takes pair
    # with them in order; not after 'improves' names that are no metrics
    text = "Siamese-Diffusion boosts SANet's mDice and mIoU by 3.6% and 4.4% on the Polyps."
    assert [_fields(text)[v][1] for v in (3.6, 4.4)] == ["mDice", "mIoU"]
    got = {c.value: c.baseline for c in extract_claims("t", "It outperforms BERT and "
                                                       "RoBERTa by 3% and 2%.")}
    assert [got[3.0], got[2.0]] == ["BERT", "RoBERTa"]
    got = {c.value: c.baseline for c in extract_claims(
        "t", "It improves Dynamic Degree and Imaging Quality by 233% and 40.5%.")}
    assert got[40.5] != "Imaging Quality"
    # a list that points back at earlier names, or holds clauses, names nothing
    text = "X and Y beat the others by 4.8% and 5%, respectively, on the same dataset and model."
    assert [_fields(text)[v][0] for v in (4.8, 5.0)] == [None, None]
    text = ("It cuts both expert and non-expert actions by over 50%, and boosts the performance "
            "on NAVSIM by 2% and 25%, respectively.")
    assert [_fields(text)[v][0] for v in (2.0, 25.0)] == ["NAVSIM", "NAVSIM"]


def test_a_list_before_its_metric_and_dataset_shares_them() -> None:
    text = "Our models achieve 82.8%, 84.2%, and 84.6% top-1 accuracy on ImageNet-1K."
    assert {v[0] for v in _fields(text).values()} == {"ImageNet-1K"}
    # sizes listed after are no names to pair the values with
    text = ("DaViT-Tiny, DaViT-Small, and DaViT-Base achieve 82.8%, 84.2%, and 84.6% top-1 "
            "accuracy on ImageNet-1K with 28.3M, 49.7M, and 87.9M parameters, respectively.")
    assert {v[0] for v in _fields(text).values()} == {"ImageNet-1K"}
    # items that say what each is on keep their own
    text = "It scores 64.3% on medical entities, 49.5% on radiology notes, and 44% on ICD-10."
    assert [v[0] for v in _fields(text).values()] == [None, None, "ICD-10"]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "BiT achieves 87.5% top-1 accuracy on ILSVRC-2012, 99.4% on CIFAR-10, and "
            "76.3% on VTAB.",
            ["top-1 accuracy"] * 3,
        ),
        ("We report 45.3 mAP on COCO and 50.1 on LVIS.", ["mAP", "mAP"]),
        (  # the first item's unit is the metric
            "It reaches 1.13 bits per character on text8 and 1.06 on enwik8.",
            ["bits per character"] * 2,
        ),
        ("It scores 83% accuracy in math and 88% in science.", ["accuracy", "accuracy"]),
        ("It reaches 7.5x speedup on RTX 4090 and 4.8x compared to FP16.", ["speedup"] * 2),
        # ... before a metric written further away
        ("It shows robustness while maintaining 94% accuracy on PACS and 87% on Office-Home.",
         ["accuracy"] * 2),
        # an item that says its own, where its first item said the metric, shares none
        ("It improves by 6% in AP and 10% in AR.", ["AP", None]),
        ("It gives 2.9% mIoU and 3.8% mBIoU gains.", ["mIoU", "mBIoU"]),
        ("It gives 33% lower RMSE and 49% higher CPC.", ["RMSE", None]),
        ("It needs 2GB memory and 4 minutes to finish.", ["memory", None]),
        (
            "Buildings account for 42% of energy use and 35% of greenhouse gas emissions.",
            ["energy", None],
        ),
    ],
)
def test_a_list_item_shares_the_metric_written_after_its_first_item(
    text: str, metrics: list[str | None]
) -> None:
    assert [c.metric for c in extract_claims("t", text)] == metrics


@pytest.mark.parametrize(
    ("text", "datasets"),
    [
        # a list of names ends at the reporting verb after it
        (
            "Extensive experiments on the DSEC-Flow and MVSEC datasets demonstrate its "
            "superiority, with 8.48% and 11.86% gains in EPE, respectively.",
            ["DSEC-Flow", "MVSEC"],
        ),
        # ... but a capitalised name is no verb
        (
            "CoSIL reaches success rates of 43% and 44.6% on SWE bench Lite and SWE bench "
            "Verified, respectively.",
            ["SWE bench Lite", "SWE bench Verified"],
        ),
        # a determiner and lower-case words are a clause, not a name
        (
            "We test it on the public AISHELL-1 corpus, and the results show a CER of "
            "9.3%/6.63% without and with the ADM, respectively.",
            ["AISHELL-1", "AISHELL-1"],
        ),
        # names set off by dashes are an aside, not the list
        (
            "Tests in three regions -- Saint-Omer, Tokyo, and Sao Paulo -- show errors "
            "reduced by 22.8%, 6.9%, and 4.9%, respectively.",
            [None, None, None],
        ),
        # the datasets listed after 'namely'; named tasks are no datasets
        (
            "It reaches AUCs of 0.981, 0.985 and 0.988 on three datasets, namely DRIVE, "
            "CHASE-DB1 and STARE.",
            ["DRIVE", "CHASE-DB1", "STARE"],
        ),
        (
            "It reaches 71.2%, 65.4% and 80.1% on three tasks, namely classification, "
            "detection and segmentation.",
            [None, None, None],
        ),
        (
            "It reaches AUCs of 0.981 and 0.985 on two benchmarks, i.e., DRIVE and STARE.",
            ["DRIVE", "STARE"],
        ),
    ],
)
def test_a_list_of_values_pairs_with_a_list_of_names(
    text: str, datasets: list[str | None]
) -> None:
    assert [c.dataset for c in extract_claims("t", text)] == datasets


def test_a_chain_of_names_raised_to_values() -> None:
    text = ("This includes improving BC4CHEMD to 93.72% (4.1% gain), Species800 to 80.91% "
            "(4.6% gain), and JNLPBA to 81.29% (5.2% gain).")
    claims = extract_claims("t", text)
    assert [c.dataset for c in claims] == ["BC4CHEMD", "BC4CHEMD", "Species800", "Species800",
                                           "JNLPBA", "JNLPBA"]
    # what improved is no baseline, of its own claims nor of the chain's later ones
    assert [c.baseline for c in claims] == [None] * 6


def test_respectively_pairs_values_with_models_named_with_a_digit() -> None:
    text = "GPT-4o, Claude 3 and Gemini achieved 81.0%, 75.0%, and 72.5%, respectively."
    assert [c.subject for c in extract_claims("t", text)] == ["GPT-4o", "Claude 3", "Gemini"]


def test_a_model_named_in_brackets_after_a_value_owns_it() -> None:
    text = "The top models achieve 80.42% (Gemini 2.5 Pro), 79.84% (GPT-4.1) and 78.21%."
    assert [c.subject for c in extract_claims("t", text)] == [
        "Gemini 2.5 Pro", "GPT-4.1", "top models"]
    text = "Bioptic Agent reaches 64.1% versus 56.2% (Claude Opus 4.6) on the suite."
    assert [c.subject for c in extract_claims("t", text)] == ["Bioptic Agent", "Claude Opus 4.6"]
    # ... but not a size or the hardware, nor the variant of a system the sentence names
    text = "Our method reaches average accuracies of 65.4% (3B) and 67.2% (7B)."
    assert {c.subject for c in extract_claims("t", text)} == {"Our method"}
    text = "SFD achieves FID 1.06 (LightningDiT-XL) and FID 1.04 (LightningDiT-XXL) on ImageNet."
    assert {c.subject for c in extract_claims("t", text)} == {"SFD"}


def test_a_value_in_brackets_after_another_system_than_the_baseline_is_its_own() -> None:
    text = ("DistilBERT achieved an accuracy of 94.8%, slightly below BERT (95.3%) but higher "
            "than SVM (90.2%).")
    got = [(c.value, c.subject, c.baseline) for c in extract_claims("t", text)]
    assert got == [(94.8, "DistilBERT", "SVM"), (95.3, "BERT", None), (90.2, "SVM", None)]


def test_a_value_after_vs_in_brackets_is_the_compared_systems() -> None:
    text = "ETDNet surpasses strong baselines, lifting joint accuracy to 75.6% (vs. 74.1%)."
    got = [(c.claim_type, c.subject, c.baseline) for c in extract_claims("t", text)]
    assert got == [("result", "ETDNet", "strong baselines"), ("result", "strong baselines", None)]


def test_one_name_is_not_both_dataset_and_baseline() -> None:
    text = "OMT-SAM achieves a mean Dice of 0.937, outperforming MedSAM (0.893) and others."
    got = [(c.dataset, c.subject, c.baseline) for c in extract_claims("t", text)]
    assert got == [(None, "OMT-SAM", "MedSAM"), (None, "MedSAM", None)]


@pytest.mark.parametrize(
    ("text", "value", "fields"),
    [
        # a metric the vocabulary knows, or a name neither vocabulary knows, is the metric
        ("Aug2Search achieves an improvement of up to 4% in AUC with 100M samples.", 4.0,
         (None, "AUC")),
        ("Aug2Search achieves an improvement of up to 4% in ROC_AUC with 100M samples.", 4.0,
         (None, "ROC_AUC")),
        ("AsyncSpade delivers over 20% reduction on TPOT compared to SoTA baseline and at "
         "least 50% TPOT reduction compared to full attention.", 20.0, (None, "TPOT")),
        # a known benchmark, or one called a bench or dated, is the dataset
        ("GLOW yields a 5.51% gain over SFT, boosting MMLU from 72.82% to 76.47%.", 76.47,
         ("MMLU", None)),
        ("Incremental repair improves SOP-Bench from 80% to 95%.", 95.0, ("SOP-Bench", None)),
        ("Continued RL training improves GAIA by +4.8 points.", 4.8, ("GAIA", None)),
    ],
)
def test_one_name_is_not_both_dataset_and_metric(
    text: str, value: float, fields: tuple[str | None, str | None]
) -> None:
    assert _fields(text)[value] == fields


def test_a_list_item_with_its_own_metric_keeps_no_unit() -> None:
    text = "Our model obtains 92.1 F1 on CoNLL and 85.3% accuracy on SST-2."
    assert [c.unit for c in extract_claims("t", text)] == [None, "%"]
    # ... but it is still of its list's type
    text = "It surpasses prior baselines by 1.17 dB PSNR and 0.0163 SSIM."
    got = [(c.claim_type, c.unit, c.metric) for c in extract_claims("t", text)]
    assert got == [("delta", "db", "PSNR"), ("delta", None, "SSIM")]
    text = "It reaches 92.1 and 85.3% on A and B."
    assert [c.unit for c in extract_claims("t", text)] == ["%", "%"]
    # ... but a fraction after whole percentages is no percentage, and still a claim
    text = "It lifts accuracy and F1 to 95.1% / 0.918 on CASME II and 87.1% / 0.840 on SAMM."
    assert [(c.value, c.unit) for c in extract_claims("t", text)] == [
        (95.1, "%"), (0.918, None), (87.1, "%"), (0.84, None)
    ]
    text = "It gets errors of 0.5%, 0.3% and 0.2 on A, B and C."
    assert [c.unit for c in extract_claims("t", text)] == ["%", "%", "%"]
    # a value with a noun of its own takes no factor from a list of ratios
    text = "The dataset holds 6,500 image pairs, 8x larger than existing datasets."
    assert [(c.value, c.unit) for c in extract_claims("t", text)] == [(8.0, "x")]
    text = "It is 2.1x, 3.4x and 5.0 times faster on A, B and C."
    assert [c.unit for c in extract_claims("t", text)] == ["x", "x", "x"]


def test_respectively_pairs_values_with_listed_systems_and_metrics() -> None:
    def fields(text: str) -> list[tuple[str | None, ...]]:
        return [(c.subject, c.baseline, c.metric) for c in extract_claims("t", text)]

    assert fields("In particular, ViT-S and ViT-L achieve 81.2% and 84.1%, respectively.") == [
        ("ViT-S", None, None), ("ViT-L", None, None)
    ]
    assert fields("Interestingly, VS2 and VS2++ raise accuracy by 25% and 38%, respectively.") == [
        ("VS2", None, "accuracy"), ("VS2++", None, "accuracy")
    ]
    assert fields("VirDA outperforms CDTrans and FixBi by 0.2% and 1.4%, respectively.") == [
        ("VirDA", "CDTrans", None), ("VirDA", "FixBi", None)
    ]
    # lower-case model names, and a comma before the verb
    text = ("The best models, o3-mini, o1, and DeepSeek-R1, achieve only 45.82%, 31.09%, and "
            "17.79% accuracy, respectively.")
    assert [c.subject for c in extract_claims("t", text)] == ["o3-mini", "o1", "DeepSeek-R1"]
    # listed metrics are no systems
    assert fields("Against the baseline, AP and AP50 improved by 1.9% and 2.4%, respectively.") == [
        (None, "baseline", "AP"), (None, "baseline", "AP50")
    ]
    # nor are listed datasets, and without 'respectively' nothing is paired
    text = "Tests on RAF-DB and AffectNet show 86.4% and 60.9% accuracy, respectively."
    assert {c.subject for c in extract_claims("t", text)} == {None}
    text = "In particular, ViT-S and ViT-L achieve 81.2% and 84.1%."
    assert {c.subject for c in extract_claims("t", text)} == {"ViT-S and ViT-L"}


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("Our model achieved AP and AP50 of 45.1 and 63.2, respectively.", ["AP", "AP50"]),
        ("It yields ROUGE-1, ROUGE-2, and ROUGE-L scores of 0.4543, 0.2877, and 0.4427, "
         "respectively.", ["ROUGE-1", "ROUGE-2", "ROUGE-L"]),
        # a head noun written once is every item's
        ("Our best model achieved top-1 and top-5 errors of 29.51% and 10.37%, respectively.",
         ["top-1 errors", "top-5 errors"]),
        ("It is best with +4.4% and +5.4% w.r.t. BLEU-2 and ROUGE-L, respectively, on MSVD.",
         ["BLEU-2", "ROUGE-L"]),
        ("RCSNet reduces average MAE and MSE by 11.5% and 10.0%, respectively.",
         ["average MAE", "MSE"]),
        ("DGRNet improves accuracy by 2.4% and 11% in main metrics Dice and HD95, respectively.",
         ["Dice", "HD95"]),
        ("It generalises, with VisAnomReasoner improving precision and F1 by 9.57 and 13.39 "
         "percentage points, respectively.", ["precision", "F1"]),
        # ... and without 'respectively' when the values are a bare list
        ("HIRQM achieves Pearson and Spearman correlations of 0.92 and 0.90 on TID2013.",
         ["Pearson correlations", "Spearman correlations"]),
    ],
)
def test_respectively_pairs_values_with_the_metrics_listed_before_them(
    text: str, metrics: list[str]
) -> None:
    assert [c.metric for c in extract_claims("t", text)] == metrics


def test_respectively_right_after_the_values_pairs_them_with_the_names_before() -> None:
    text = (
        "It improves perplexities on the Penn Treebank and WikiText-2 datasets to 51.1 and 44.3 "
        "respectively, and cross-entropies on the text8 and Hutter Prize datasets to 1.19 "
        "bits/char and 1.08 bits/char respectively."
    )
    got = _fields(text)
    assert [got[v][0] for v in (51.1, 44.3, 1.19, 1.08)] == [
        "Penn Treebank", "WikiText-2", "text8", "Hutter Prize"
    ]
    # a condition after the names ends their list
    text = ("On the AC3 and AC4 datasets under low-annotation regimes, our method improves the "
            "ARAND metric by 32.1% and 30.7%, respectively.")
    assert [_fields(text)[v][0] for v in (32.1, 30.7)] == ["AC3", "AC4"]
    # a list right before its verb ends at the verb
    text = ("Evaluation against ground-truth datasets in Austria, Latvia, and Finland yielded F1 "
            "scores of 0.89, 0.88, and 0.74, respectively.")
    assert [_fields(text)[v][0] for v in (0.89, 0.88, 0.74)] == ["Austria", "Latvia", "Finland"]
    # ... unless the names follow it at once
    text = "It beats them by +0.5, +2.3 and +3.4 mIoU, respectively on A-847, A-150 and PC-459."
    assert [_fields(text)[v][0] for v in (0.5, 2.3, 3.4)] == ["A-847", "A-150", "PC-459"]


def test_respectively_pairs_changes_with_datasets() -> None:
    text = ("It improves from 83.7% to 88.4% and from 38.2% to 55.7% on LRW and LRW-1000, "
            "respectively.")
    assert [_fields(text)[v][0] for v in (88.4, 55.7)] == ["LRW", "LRW-1000"]
    text = "Reducing the DSC from 80.0% to 0.0% and from 88.6% to 6.8% on BraTS19 and FLARE21."
    assert _fields(text)[6.8][0] != "BraTS19"


def test_respectively_pairs_no_datasets_with_systems() -> None:
    text = ("It wins by margins of 20.43%, 21.01% and 26.43% on MiniGPT4, LLaVA and Qwen-VL, "
            "respectively.")
    assert [_fields(text)[v][0] for v in (20.43, 21.01, 26.43)] == [None] * 3
    # ... but a list with a known dataset is one of datasets
    text = ("Experiments on AIME 24, AIME 25, and HMMT 25 across Qwen3-{1.7B, 4B, 8B} show that "
            "it improves over OPSD by +0.95, +2.05, and +2.33 points respectively.")
    assert [_fields(text)[v][0] for v in (0.95, 2.05)] == ["AIME 24", "AIME 25"]


def test_respectively_pairs_with_a_list_that_states_values() -> None:
    text = ("It attains 81.3% accuracy on GSM8K and 59.6% on MathQA, surpassing the strongest "
            "baselines by 66.87% and 47%, respectively.")
    fields = _fields(text)
    assert (fields[66.87][0], fields[47.0][0]) == ("GSM8K", "MathQA")


def test_an_earlier_items_dataset_is_not_the_values() -> None:
    # an item that says where it is, without a name, takes none from the items before
    text = "It gets Dice of 0.9430 for VAT, 0.9639 for SAT, and 0.9652 for liver segmentation."
    assert [_fields(text)[v][0] for v in (0.943, 0.9639, 0.9652)] == ["VAT", "SAT", None]
    text = "It shows gains of +0.8% for NER and +8.8% for text classification."
    assert [_fields(text)[v][0] for v in (0.8, 8.8)] == ["NER", None]
    # a name in lower case first, or 'on average', is no place without a name
    text = "It beats the baseline by +3.87% on Habitat and +7.12% on iGibson."
    assert [_fields(text)[v][0] for v in (3.87, 7.12)] == ["Habitat", "iGibson"]
    text = "On FineState-Bench, it peaks at 32.8% on Web and 22.8% on average."
    assert _fields(text)[22.8][0] == "FineState-Bench"
    text = "It saves 61.24% bandwidth on ImageNet1000, and 42.25% on the COCO dataset."
    assert _fields(text)[42.25][0] == "COCO"
    # an item measured on a dataset it does not name takes no other item's name ...
    text = "It gets 90.47% Top-1 accuracy on the self-built dataset and 70.41% on HealthBench."
    assert [_fields(text)[v][0] for v in (90.47, 70.41)] == [None, "HealthBench"]
    text = "It gains 2.68% on ACDC and 6.44% on the abdomen dataset."
    assert [_fields(text)[v][0] for v in (2.68, 6.44)] == ["ACDC", None]
    text = "It reaches an F1 of 82.56% on our test split and 80.97% on the CoCoGlide benchmark."
    assert [_fields(text)[v][0] for v in (82.56, 80.97)] == [None, "CoCoGlide"]
    # ... but a split is a named dataset's, and a name may follow the words
    text = ("On ALFWorld, LatentSkill improves ALFWorld success by 21.4 and 13.4 points on the "
            "seen and unseen splits.")
    assert _fields(text)[13.4][0] == "ALFWorld"
    text = "On the BAH dataset, our approach achieves a Macro F1 of 0.6808 on the test set."
    assert _fields(text)[0.6808][0] == "BAH"
    text = "It beats Huatuo-o1-8B by up to 4.2% on the clinical benchmark MedBullets."
    assert _fields(text)[4.2][0] == "MedBullets"
    text = (
        "PIDNet-S achieves 78.6% mIOU with inference speed of 93.2 FPS on Cityscapes and "
        "80.1% mIOU with speed of 153.7 FPS on CamVid."
    )
    got = _fields(text)
    assert got[78.6][0] == "Cityscapes"
    assert got[80.1][0] == "CamVid"
    # a name fronted before the clause is the value's, even with a name further on
    text = (
        "For Abt-Buy, we reach an F1-score of 94.29 (+3.24 compared to the previous best), "
        "for Amazon-Google 79.28 (+3.7)."
    )
    got = _fields(text)
    assert got[94.29][0] == "Abt-Buy"
    assert got[79.28][0] == "Amazon-Google"  # the name never takes in the value


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a unit that is a metric
        ("It reaches 1.13 bits per character on text8.", 1.13, "bits per character"),
        ("It reaches 2.89 bpd on unconditional CIFAR10.", 2.89, "bpd"),
        # metric vocabulary: acronyms as written, names in any case
        ("It achieves 70.3% Mean IOU on the Cityscapes test set.", 70.3, "Mean IOU"),
        ("It achieves 17.3% PER on TIMIT.", 17.3, "PER"),
        ("It achieves 88.6% PCK on MPI-INF-3DHP.", 88.6, "PCK"),
        ("It reaches an SI-SNRi of 22.3 dB on WSJ0-2mix.", 22.3, "SI-SNRi"),
        ("It reaches a 6.1% miss rate on Caltech.", 6.1, "miss rate"),
        ("It scores 88.6% Acc@1 on Kinetics-400.", 88.6, "Acc@1"),
        ("It reaches 82.3% rank-1 accuracy on Market-1501.", 82.3, "rank-1 accuracy"),
        # a threshold is part of the name
        ("It further reaches 86.8 mAP@0.5 on FLIR.", 86.8, "mAP@0.5"),
        # ... and so are an n-gram order, a sample count and a threshold range
        ("It reaches a BLEU-4 of 38.2 on COCO.", 38.2, "BLEU-4"),
        ("It gets a zero-shot FID-30k score of 6.75 on MS-COCO.", 6.75, "zero-shot FID-30k"),
        ("YOLOv5 achieved a mAP@50-95 of 0.563.", 0.563, "mAP@50-95"),
        # F1 written in LaTeX, an averaging after the name, a speed-up in two words
        ("It achieves $F_1$ scores of 98.04% and 94.60% on ZOD.", 98.04, "F_1"),
        ("We got an F1-macro of $0.7546$ on English.", 0.7546, "F1-macro"),
        ("Such a parameter reduction results in 2.3x speed up.", 2.3, "speed up"),
        # metrics of detection, ranking, agreement and image quality
        ("It reaches an mAP50 of 0.801 on VisDrone.", 0.801, "mAP50"),
        ("It reaches an nDCG of 0.62 on MS MARCO.", 0.62, "nDCG"),
        ("It reaches a QWK of 0.854 on ASAP.", 0.854, "QWK"),
        ("It gives 0.65 MS-SSIM on Kodak.", 0.65, "MS-SSIM"),
        # a score the vocabulary does not know, named by words with a capital letter
        ("It also achieved MetricX scores of 0.793 on WMT.", 0.793, "MetricX scores"),
        ("It achieves a VBench-I2V total score of 87.32.", 87.32, "VBench-I2V total score"),
        ("It achieves SOTA BEq@1 scores of 40.5% on ProverBench.", 40.5, "BEq@1 scores"),
        ("The framework attained a perfect 100% safety score.", 100.0, "safety score"),
        ("CellVTA achieves 0.538 mPQ on the CoNIC dataset.", 0.538, "mPQ"),
        ("It leads on PASCAL VOC Few-Shot (71.2% nAP50).", 71.2, "nAP50"),
        # a capitalised score right before its value, before a vocabulary metric farther off
        ("It gets an exact match of 68.0% and a LLM Judge score of 52.7% on the rest.", 52.7,
         "LLM Judge score"),
        ("It reaches 90% accuracy and a System Usability Scale score of 78.5.", 78.5,
         "System Usability Scale score"),
        # an acronym and the words up to a change noun after it are one name
        ("It achieves 68% KV cache memory reduction at 128K context.", 68.0, "KV cache memory"),
        # an escaped LaTeX ampersand is an ampersand
        ("MovSAM reaches 92.5\\% on J\\&F.", 92.5, "J&F"),
        # a name's acronym in brackets right before 'of' names the value
        ("It reaches a volume overlap error (VOE) of 11.91%.", 11.91, "VOE"),
        ("It achieves an Edit Score (ES) of 70.1 on StrokeRehab.", 70.1, "ES"),
        # correlation, agreement and calibration; a metric in brackets after the value
        ("It reaches a Spearman's rho of 0.76 on FlexiBERT.", 0.76, "Spearman's rho"),
        ("It achieves AUROC 0.901 and ECE 0.036 on external data.", 0.036, "ECE"),
        ("Fine-tuning reaches 0.505 (Pearson) on the test set.", 0.505, "Pearson"),
        # what a verb says it changes by the value, before a metric named farther off
        ("It achieves a 2.8x speedup and reduces KV cache by 61% at 128K context.", 61.0,
         "KV cache"),
        # ... past where it is measured
        ("It increases coverage on ambiguous tasks by 7-39% over prompting.", 7.0, "coverage"),
        ("The cLLMs cut the time required for extracting MHEs by over 20%.", 20.0,
         "time required"),
        # ... and changes from one value to another
        ("It keeps its accuracy while reducing the model size from 22.5 MB to 6.4 MB.", 6.4,
         "model size"),
        ("It reduces the Davies-Bouldin Index from 3.86 to 1.82 and lifts recall.", 1.82,
         "Davies-Bouldin Index"),
        # ... without whose it is, or the standing it had
        ("With 32 frames, T* improves GPT-4o's performance by 2.6%.", 2.6, "performance"),
        ("On Orlando, our framework improved Swin UNETR Dice by 5.2%.", 5.2, "Dice"),
        ("It improves the state-of-the-art execution accuracy from 69.0% to 74.4%.", 74.4,
         "execution accuracy"),
        ("It boosts the best published PSNR metric from 30.23 dB to 36.39 dB.", 36.39,
         "PSNR metric"),
        # what a participle or verb before 'by' says changed
        ("It reaches 94.8%, with computation time reduced by more than 55%.", 55.0,
         "computation time"),
        ("The memory usage drops by 40% while accuracy rises by 2%.", 40.0, "memory usage"),
        ("With it, training time is reduced by 40%.", 40.0, "training time"),
        # error rates named in words, before a metric farther on
        ("It has the lowest average false positive rate (2.5%) and high precision (90.9%).", 2.5,
         "average false positive rate"),
        # the vocabulary's longer name over an acronym that starts it
        ("The findings were a 0.83 ROC AUC and a 0.79 PR AUC on BraTS2020.", 0.83, "ROC AUC"),
        # what a change noun's value is in, named after it
        ("It reaches SOTA performance with improvements of 5.7% in pixel-sPRO and 2.6% in "
         "image-AUROC.", 5.7, "pixel-sPRO"),
        ("It reaches SOTA performance with improvements of 5.7% in pixel-sPRO and 2.6% in "
         "image-AUROC.", 2.6, "image-AUROC"),
        ("It shows an average improvement of 0.021 in SRCC over the baseline.", 0.021, "SRCC"),
        # a change in brackets between a value and its metric, and the change itself
        ("It gets 81.12% (+17.2%) average accuracy and 80.32% (+11.05%) F1-score.", 81.12,
         "average accuracy"),
        ("It gets 81.12% (+17.2%) average accuracy and 80.32% (+11.05%) F1-score.", 11.05,
         "F1-score"),
        # what a verb raised to the value, without how it did
        ("Adding it further improved the average semantic accuracy to 59.14 percent.", 59.14,
         "average semantic accuracy"),
        ("This method improves the retrieval score significantly to 0.57.", 0.57,
         "retrieval score"),
        # a model's name labelling a value is no metric
        ("Both beat the prior model (F1-scores: CNN=0.46, RNN=0.44).", 0.46, "F1-scores"),
        # a metric the change is on
        ("It gives a 5% improvement on AbsRel over ZoeDepth.", 5.0, "AbsRel"),
        # what a factor or share compares, named after its comparative
        ("It uses 4.5x fewer parameters than ViT-B.", 4.5, "parameters"),
        ("It achieves 2.2 times faster inference than PaLI-3.", 2.2, "inference"),
        ("It gets a 5% higher success rate.", 5.0, "success rate"),
        # up to two words naming which metric it is
        ("GLAD obtains 88.1% joint goal accuracy on WoZ.", 88.1, "joint goal accuracy"),
        ("GLAD obtains 97.1% request accuracy on WoZ.", 97.1, "request accuracy"),
        # what a change noun says is 'in', before the 'of' its value follows
        ("It brings an improvement in LID accuracy of 23% and a reduction in CER of 18%.",
         23.0, "LID accuracy"),
        ("It brings an improvement in LID accuracy of 23% and a reduction in CER of 18%.",
         18.0, "CER"),
        ("We see reductions in mean absolute error of up to 27.6 percent.", 27.6,
         "mean absolute error"),
        ("We surpass HALO, with a gain in mIoU upon adaptation of 1.3%.", 1.3, "mIoU"),
        # each quantity of a list of changes, named before its 'from'
        ("It improved the Dice from 0.673 to 0.734, the Hausdorff distance from 2.38 mm to "
         "2.07 mm, and the average surface distance from 1.00 mm to 0.59 mm.", 0.59,
         "average surface distance"),
        ("It raised accuracy from 37% to 80% and HIGH-risk action recall from 20% to 76%.",
         76.0, "HIGH-risk action recall"),
        # the second quantity a change verb takes, after the first one's value
        ("It reduces the energy cost by 23.9x and its storage size by 2.7x.", 2.7,
         "storage size"),
        ("The former increases mAP by 3.7% and the latter by 4.2%.", 4.2, "mAP"),
        ("It reduces training time by 75% and model storage by 98%.", 98.0, "model storage"),
        ("It cuts the position error by 41.0%, 56.7%, and 69.4%, and the orientation error by "
         "55.6%.", 55.6, "orientation error"),
        ("It boosts robustness by 53.50% and mitigates class imbalances by 5.73%.", 5.73,
         "robustness"),
        # what a change noun right after the value says changed
        ("It offers a 22.7% bitrate reduction over VVC.", 22.7, "bitrate"),
        ("It yields a 53.8% relative improvement in accuracy.", 53.8, "accuracy"),
        # a word and a hyphen before an acronym are part of its name
        ("It sets records (AP = 80.0%, PRO = 97.5%, Pixel-AUROC = 99.1% on MVTec AD).", 99.1,
         "Pixel-AUROC"),
        ("LLMs miss invalid ones (i.e., True Negative Rate <25%).", 25.0, "True Negative Rate"),
        # a metric named right before the 'by' of its change
        ("It improves: Precision@5 increased by 15 percent, Recall@5 by 13 percent, and Mean "
         "Reciprocal Rank by 16 percent.", 13.0, "Recall@5"),
        ("It improves: Precision@5 increased by 15 percent, Recall@5 by 13 percent, and Mean "
         "Reciprocal Rank by 16 percent.", 16.0, "Mean Reciprocal Rank"),
        # a metric goes on to the noun it qualifies, and a statistic before an acronym counts
        ("We obtain 88.5% Top-1 classification accuracy on ImageNet.", 88.5,
         "Top-1 classification accuracy"),
        ("It achieves a 58.9% error correction rate, outperforming ToolLLM.", 58.9,
         "error correction rate"),
        ("It has 9620.33% mean human normalized score (HNS) and 1146.39% median HNS.", 1146.39,
         "median HNS"),
        # a list item that names its metric right before its value
        ("It wins, with WER 16.57% to 3.15% (+80.99%), SPK-SIM 78.30% to 89.38% (+14.15%).",
         89.38, "SPK-SIM"),
        ("It gets DSC 0.88 +/- 0.09, MSD 1.21 +/- 0.38 mm, and HD95 2.09 mm.", 1.21, "MSD"),
        # ... which a signed value in brackets that sums up its change shares
        ("It wins, with WER 16.57% to 3.15% (+80.99%), SPK-SIM 78.30% to 89.38% (+14.15%).",
         14.15, "SPK-SIM"),
        ("It improves the similarity from 0.3211 to 0.4113 (+28.08%, p < 0.001).", 28.08,
         "similarity"),
        # a metric scoped by '@' or prefixed, named after 'on' or 'in'
        ("It beats prior methods by 3.00% on G-mAP and 2.70% on mAP@3+tgt.", 3.0, "G-mAP"),
        ("It beats prior methods by 3.00% on G-mAP and 2.70% on mAP@3+tgt.", 2.7, "mAP@3+tgt"),
        ("It improves retrieval by 18% in NDCG@10 and 15% in P@10.", 15.0, "P@10"),
        ("It beats supervised methods by +3.7% on R5@0.1 on MAD.", 3.7, "R5@0.1"),
        # up to three words after a comparative, ending at 'per'
        ("It emits 18% fewer tokens per solution than the baseline.", 18.0, "tokens"),
        ("It gets 2.5 times higher exact recovery rates across test sets.", 2.5,
         "exact recovery rates"),
        # the quantity of the later change verb, after a participle that looked like one
        ("Enhanced labeling during training boosts adversarial robustness by 53.50%.", 53.5,
         "adversarial robustness"),
        ("An improved version raises training speed by 21x.", 21.0, "training speed"),
        ("It reduces the over-blocking rate by 12%.", 12.0, "over-blocking rate"),
        # what is sped up, accelerated or slashed, each by its own verb
        ("It accelerates inference by 5.48x.", 5.48, "inference"),
        ("It accelerates the decoding stage of inference by up to 3.19x and reduces end-to-end "
         "latency by up to 2.72x.", 2.72, "end-to-end latency"),
        ("DLP reduces the perplexity of LLaMA2-7B by 7.79 and improves the average accuracy by "
         "2.7%.", 2.7, "average accuracy"),
        ("It speeds up the encoding time of the codec by 88% with a new initialization.", 88.0,
         "encoding time"),
        ("LightThinker++ slashes peak token usage by 69.9% while yielding gains.", 69.9,
         "peak token usage"),
        # a quantity the vocabulary does not know, named with capitals after an article
        ("It achieved a weighted F1 score of 0.6845 and a Jensen-Shannon Divergence of "
         "0.000245.", 0.000245, "Jensen-Shannon Divergence"),
        ("It achieves a VIoU of 0.545, a F1-Score of 0.9139 and a NC of 0.8369.", 0.545,
         "VIoU"),
        ("Setting a new state of the art on Bench2Drive, with a Driving Score of 80.6.", 80.6,
         "Driving Score"),
        # what rises from one value to another, before its verb
        ("IAScore rises from 0.828 to 0.968 (GPT-4o judge).", 0.968, "IAScore"),
        ("Yet harmful refusal drops from 87.9% to 43.9%.", 43.9, "harmful refusal"),
        ("The average FPR95 drastically decreases from 33.58% to 22.84%.", 22.84,
         "average FPR95"),
        # ... or a name before 'from' in an item after another change
        ("It improves Novelty from 0.45 to 0.52, Quality from 0.24 to 0.29, and Feasibility "
         "from 0.22 to 0.28.", 0.28, "Feasibility"),
        ("VOC mIoU increases from 42.80 to 48.78, and ADE20K from 19.85 to 21.97.", 21.97,
         "mIoU"),
        # a metric after 'at' sets the operating point, not what the value measures
        ("Escalating flagged cases improved the TPR by approximately 15% at FPR = 0.01.", 15.0,
         "TPR"),
        ("On RouterBench, EquiRouter reduces cost by about 17% at GPT-4-level performance.",
         17.0, "cost"),
        ("BREW achieves a 10-15% reduction in API calls leading to faster execution.", 10.0,
         "API calls"),
        ("Grain volume prediction yields R2 = 0.7697 (RMSE = 0.0025) on the rice set.", 0.7697,
         "R2"),
        ("LISA-13B achieves only 5.9% gIoU on the part grounding task.", 5.9, "gIoU"),
        ("On CIFAR-10 we obtain F1=96.37 (AUROC=97.97) with one backbone.", 96.37, "F1"),
        ("Our BERT model achieves 90.9% compared to SOTA accuracy of 89.4% on RACE.", 90.9,
         "accuracy"),
        # a list's values share the metric after them
        ("It reaches 63.41 and 61.88 F1 on HotpotQA.", 63.41, "F1"),
        ("TriBand-BEV attains 58.7/52.6/47.2 pedestrian BEV AP on KITTI.", 58.7, "AP"),
        ("It reaches a clean split of 57.6% against 0% Exact Match.", 57.6, "Exact Match"),
        ("We achieve 83.8 Top 1 accuracy on NYUv2 scene classification.", 83.8, "accuracy"),
    ],
)
def test_metric_names_found(text: str, value: float, metric: str) -> None:
    assert _fields(text)[value][1] == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        # a unit that is no metric: the metric comes from the words
        ("It reduces the latency to 12 ms on a V100.", 12.0, "latency"),
        # 'per' is no PER, 'iou' no IOU: short acronyms match as written
        ("It achieves 71.2% accuracy at 3 ms per image.", 71.2, "accuracy"),
        # ... and so do a mean's or normalised score's ('sPRO' is no SPRO, a method)
        ("SPRO outperforms GRPO with 3.4x higher training efficiency.", 3.4,
         "training efficiency"),
        ("It ranks first on SciFact with 0.61 NDCG@10.", 0.61, "NDCG@10"),
        # comparison words are no part of the metric's name
        ("It achieves 5% higher accuracy than DPO.", 5.0, "accuracy"),
        ("It achieves 85% of the accuracy of GPT-4.", 85.0, "accuracy"),
        # a metric's letter with a number is a name ('F' is F-measure, 'F-16' a model)
        ("We introduce F-16, which raises the frame rate to 16 FPS.", 16.0, "frame rate"),
        # ... nor a decimal cut short ('mAP@0.5-0.9' is no 'mAP@0.5-0' nor 'mAP@0')
        (
            "It achieved 95.49% mAP@0.5 and 86.89% mAP@0.5-0.9, which are 2.8% and 23.41% "
            "higher, respectively.",
            86.89,
            "mAP@0.5-0.9",
        ),
        # what 'improves upon' takes is the baseline, not the metric
        ("Our model improves upon the previous SOTA by 37% in mirror regions.", 37.0, None),
        # a comparative's adjective is none
        ("It is 6.8% more accurate.", 6.8, None),
        # a metric word naming a kind of model is no metric
        ("Our reward model surpasses strong baselines by 6.8%.", 6.8, None),
        ("It outperforms the baseline ASR models by 12.4%.", 12.4, None),
        # a score named by no name
        ("It achieves an average score of 3.67 on the tasks.", 3.67, None),
        ("We are achieving SOTA scores of 66.66% on Livecodebench v6.", 66.66, None),
        # ... but after a comparative the words name what it compares
        ("It achieves 5% higher quality scores than DPO.", 5.0, "quality scores"),
        # what a verb changes is no metric when it is a pronoun or the state of the art
        ("The third edition raised it from 22.58% to 23.05%.", 23.05, None),
        ("Fine-tuning raises it by 2%.", 2.0, None),
        ("Fine-tuning raises the state-of-the-art by 6 points.", 6.0, None),
        ("We improve the state of the art on CIFAR-10 from 10.55% to 6.28%.", 6.28, None),
        # ... but not a system, nor a clause's participle
        ("Our model improved by 5% over the baseline.", 5.0, None),
        ("It enhances robustness, mitigating performance drops by 26.0% in hard cases.", 26.0,
         "performance"),
        # ... but not a language, a system, or the first word of a longer name
        ("It gives an improvement of 4.1 in English over the baseline.", 4.1, None),
        ("It gives a speedup of 1.10x to 2.64x in LLM inference.", 1.1, "speedup"),
        # ... nor results, nor a dataset raised to a value
        ("We improve the state-of-the-art results of bpc to 0.99 on enwiki8.", 0.99, "bpc"),
        ("This includes improving BC4CHEMD to 93.72% over the baseline.", 93.72, None),
        # what a change is on is where it was measured, unless a metric
        ("It achieves 17.0% gains on in-domain tasks and 21.0% gains on out-of-domain tasks.",
         17.0, None),
        ("It yields a 3.1% gain on MM-Vet over LLaVA.", 3.1, None),
        # ... but not a task or a part named before its 'from'
        ("It boosts sentiment analysis F1 from 35.3% to 87.5% and paraphrase detection from "
         "56.1% to 87.0%.", 87.0, "F1"),
        # a condition after the value ends the place its metric may stand
        ("It can improve throughput by up to 19.9% under a strict latency budget.", 19.9,
         "throughput"),
        ("It reduces token usage by over 25% without compromising performance.", 25.0,
         "token usage"),
        # words saying how large a change is are no metric
        ("It achieves a 30% average relative improvement over the strongest.", 30.0, None),
        # ... and an 'and' ends what a change is in ('gain in box AP on ... and mask AP')
        ("It gives a +0.7 gain in box AP on rare and mask AP gains of +0.5 on common.", 0.5,
         "mask AP"),
        # what a value is for is not what it measures, unless the metric follows 'for' at once
        ("It gets the following F1 scores: 0.769 for negation errors, 0.772 for left/right "
         "errors.", 0.772, "F1"),
        ("It detects them at 96.23% for accuracy and 96.25% for precision.", 96.25, "precision"),
        ("It is competitive while being five times more efficient during inference.", 5.0, None),
        ("It achieves a 10.5x speedup while maintaining accuracy.", 10.5, "speedup"),
        ("It improves on all tasks: TASK1 +33.6%, TASK2 +30.6%, and TASK3 +14.9%.", 30.6, None),
        ("Reviewers had 100% alignment with AI 53.8% of the time.", 53.8, None),
        ("Sampling needs dozens of steps, and CFG doubles the required compute.", 2.0, None),
        ("It achieves a 16% improvement in IoU and precision.", 16.0, "IoU"),
        # a metric far to the right, past another value, is that value's
        ("It has benefits: (1) it outperforms CoT methods by up to 6.22%, (2) it reduces "
         "training cost by up to 65% GPU hours.", 6.22, None),
        ("Squirreling runs UDFs over 300x faster than DuckDB and completes the suite at 2 "
         "times lower cost.", 300.0, None),
        ("LLaMA-2 improves from 30.1% to 40.2% on the task.", 40.2, None),
        # a metric after another value of its own is that value's
        ("It achieved a ROC-AUC of 0.95 alongside 95% accuracy on the cohort.", 0.95, "ROC-AUC"),
        ("SpecEdge enhances cost efficiency by 1.91x through 2.22x server throughput.", 1.91,
         "cost efficiency"),
        ("It achieves a driving score of 79.49 with a success rate of 56.36% on Bench2Drive.",
         79.49, None),
        # a time, a rate, a size is measured by no score
        ("YOLO achieves an F1 score of 66.74% and requires 12.40ms per frame.", 12.4, None),
        ("It reaches 92% accuracy at 178 ms per query.", 178.0, None),
        ("It reaches 45.3 mAP on PASCAL VOC at 31.9 FPS.", 31.9, None),
        ("BCAF achieves 76.4% mIoU at 31 images/s and 75.4% mIoU at 55 images/s.", 31.0, None),
        ("It keeps a PSNR of 32.1 dB with a model of 16.1 MB.", 16.1, None),
        # a system improved, measured on a number of things, is no metric
        ("LVM-Med improves previous models trained on 1 billion masks by 6-7%.", 6.0, None),
        ("It beats the baseline, with a GPT-4o of 45.1% on the task.", 45.1, None),
    ],
)
def test_metric_look_alikes_left_alone(text: str, value: float, metric: str | None) -> None:
    assert _fields(text)[value][1] == metric


def _gold_sentences() -> list[str]:
    gold = Path(__file__).resolve().parents[1] / "data" / "gold" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in gold.open(encoding="utf-8")]
    hard = [
        "Average top-1 accuracies rose; hits@10 and mean Recall@5 fell (avg. BLEUs 30).",
        "İstanbul: macro-F1s of 0.9 on SQuAD v1.1 and ImageNet-1Ks; R@1 of 50.",
        "It has a judge@5 accuracy of 71.2 and a success@10 F1 of 40.",
    ]
    return [s for t in texts for s in regex.split(r"(?<=[.!?])\s+", t)] + hard


@pytest.mark.parametrize("vocabulary", ["metrics", "datasets"])
def test_every_vocabulary_entry_starts_with_a_word(vocabulary: str) -> None:
    # WordStartPattern finds an entry only where its leading word stands
    assert all(lead_word(entry) for entry in load(vocabulary))


@pytest.mark.parametrize("name", ["metric", "dataset"])
def test_word_start_patterns_find_what_their_patterns_find(name: str) -> None:
    fast = attach._metric_phrase() if name == "metric" else attach._dataset_vocab()
    found = 0
    for sentence in _gold_sentences():
        for pos in (0, len(sentence) // 3):
            want = [m.span() for m in fast.pattern.finditer(sentence, pos)]
            assert [m.span() for m in fast.finditer(sentence, pos)] == want, sentence
            first = fast.search(sentence, pos)
            assert (first.span() if first else None) == (want[0] if want else None)
            found += len(want)
    assert found > 50


def test_a_name_before_a_colon_labels_its_values() -> None:
    text = (
        "It wins on fovea detection (ADAM: ED of 25.4 pixels, IDRiD: 32.1 pixels)."
    )
    got = _fields(text)
    assert got[25.4] == ("ADAM", "ED")
    assert got[32.1][0] == "IDRiD"
    got = _fields("It sets new records, MedMCQA: 62.7% and PubMedQA: 78.2%.")
    assert got[62.7][0] == "MedMCQA"
    assert got[78.2][0] == "PubMedQA"
    # an all-capitals name alone before a colon may be a metric, unless it is an item of a
    # list whose other names are known to label datasets
    assert _fields("It reaches SROCC: 0.91 and PLCC: 0.93.")[0.91][0] is None
    got = _fields("It wins on fovea detection (ADAM: ED of 25.4 pixels, REFUGE: 32.5 pixels).")
    assert got[32.5] == ("REFUGE", None)
    got = _fields("It reaches human level on the three. USMLE: 60.2%, MedMCQA: 62.7%.")
    assert got[60.2] == ("USMLE", None)
    text = ("It does well (MM-VET: +0.3%, VizWiz: +1.8%, ScienceQA: +0.2%), while it loses on "
            "others (celebrity recognition: -49.5%, OCR: -21.3%).")
    got = _fields(text)
    assert (got[0.3], got[-21.3][1]) == (("MM-VET", None), "OCR")  # OCR: another list's
    # a model size after a colon is no score
    text = "It beats encoders (BERT, BiomedBERT and DeBERTav3: 300M range) by 2-8% in F1."
    assert _fields(text)[2.0][0] is None


def test_slashed_values_take_slashed_metrics_in_order() -> None:
    got = _fields("ISTR obtains a 46.8/38.6 box/mask AP using ResNet50-FPN on the MS COCO dataset.")
    assert (got[46.8][1], got[38.6][1]) == ("box AP", "mask AP")
    got = _fields("BIRANet yields 72.3/75.3% average AP/AR on the NuScenes dataset.")
    assert (got[72.3][1], got[75.3][1]) == ("average AP", "average AR")
    # one metric after the slashed values is all of theirs; slashed splits are no metrics
    got = _fields("Our final model obtains 22.8%/21.9% mAP on the val/test sets.")
    assert (got[22.8][1], got[21.9][1]) == ("mAP", "mAP")
    # slashed names that are no metrics are left to the dataset
    got = _fields("It reaches 7.2%/14.6% WER on the Switchboard/CallHome portion.")
    assert (got[7.2][1], got[14.6][1]) == ("WER", "WER")
    # ... and so do slashed metrics written before them
    got = _fields("On RegDB it reaches rank1/mAP/mINP 91.05%/83.28%/68.84%.")
    assert [got[v][1] for v in (91.05, 83.28, 68.84)] == ["rank1", "mAP", "mINP"]
    got = _fields("It reaches PSNR/SSIM/LPIPS of 26.243/0.964/0.084 on AvatarReX.")
    assert [got[v][1] for v in (26.243, 0.964, 0.084)] == ["PSNR", "SSIM", "LPIPS"]


def test_slashed_values_take_slashed_datasets_in_order() -> None:
    got = _fields("It beats DTG-FF by 2.40/5.93 pp on CIFAR-10/CIFAR-100 under one recipe.")
    assert (got[2.40][0], got[5.93][0]) == ("CIFAR-10", "CIFAR-100")
    got = _fields("It gives 66.09%/56.86%/46.40% on DOTA-v1.0/DOTA-v1.5/DIOR.")
    assert [got[v][0] for v in (66.09, 56.86, 46.4)] == ["DOTA-v1.0", "DOTA-v1.5", "DIOR"]
    # ... or listed
    got = _fields("It achieves 94%/90%/88% success on Simple Stack, Deep Stack, and Clear+Stack "
                  "benchmarks.")
    assert [got[v][0] for v in (94.0, 90.0, 88.0)] == ["Simple Stack", "Deep Stack", "Clear+Stack"]
    got = _fields("YOLOA achieves 52.8 / 73.1 mAP on ADG-Det / IIT-Heat in real time.")
    assert [got[v][0] for v in (52.8, 73.1)] == ["ADG-Det", "IIT-Heat"]
    got = _fields("It reaches 61.1% / 88.9% mIoU on MFNet and PST900 (up to +1.6%).")
    assert [got[v][0] for v in (61.1, 88.9)] == ["MFNet", "PST900"]
    # ... but slashed metrics, splits or classes are none
    got = _fields("It improves metrics by 1.6%/0.8% on BACC/AUROC for mortality prediction.")
    assert (got[1.6], got[0.8]) == ((None, "BACC"), (None, "AUROC"))
    got = _fields("It matches nnU-Net on CAMUS with Dice scores of 0.93/0.85 for LV/MYO.")
    assert (got[0.93][0], got[0.85][0]) == ("CAMUS", "CAMUS")


def test_the_dataset_a_sentence_opens_on_is_its_values() -> None:
    text = (
        "Notably, on the challenging MVTec AD benchmark, our MSFlow achieves a new "
        "state-of-the-art with a detection AUROC score up to 99.7%, a localization AUROC "
        "score of 98.8% and a region-based PRO score of 97.1%, at a speed of 20 FPS."
    )
    assert _fields(text)[97.1][0] == "MVTec AD"
    text = (
        "Experiments on the COCO dataset indicate that an optimized data augmentation "
        "policy improves detection accuracy by a wide margin, and allows a single inference "
        "model to achieve a state-of-the-art accuracy of 50.7 mAP."
    )
    assert _fields(text)[50.7][0] == "COCO"
    # 'In X,' names a method as often as a dataset
    text = (
        "In DFENet, two frequency selection modules and a graph attention block, trained "
        "end to end with a contrastive loss on unlabeled clips, together raise the "
        "accuracy of the whole system to 91.2%."
    )
    assert _fields(text)[91.2][0] is None


def test_a_clause_saying_what_the_value_is_keeps_its_dataset() -> None:
    text = (
        "We obtain an accuracy of 85.5%, which is the best reported result on SNLI when "
        "cross-sentence attention is not allowed."
    )
    assert _fields(text)[85.5][0] == "SNLI"
    text = "We obtain an accuracy of 85.5%, which is lower than the one on SNLI."
    assert _fields(text)[85.5][0] is None


@pytest.mark.parametrize(
    ("text", "value", "field", "want"),
    [
        ("It reaches a new state-of-the-art inception score of 8.87.", 8.87, 1, "inception score"),
        ("On Sintel (final pass), it obtains an end-point-error of 2.855.", 2.855, 0, "Sintel"),
        ("It reaches 1.06 bits per character on enwik8.", 1.06, 0, "enwik8"),
        ("It shows disparities in F1-score (up to 0.08) and TPR (up to 0.11).", 0.11, 1, "TPR"),
        ("It reaches 95.7% point-wise AU-ROC on the Real3D-AD benchmark.", 95.7, 1, "AU-ROC"),
        ("It cuts GPU memory by 41% and keeps 85% GPU utilization.", 85.0, 1, "GPU utilization"),
        ("SPM improves OA by +6.2% on ScanObjectNN.", 6.2, 1, "OA"),
        ("It gets Rank@1 of 55.0% and 58.2% on MSR-VTT and MSVD, respectively.", 58.2, 1,
         "Rank@1"),
        ("Tier C reaches 0.97 Precision@3 on ToolBench.", 0.97, 1, "Precision@3"),
        ("It reaches R^2 = 0.83 for Natural Sciences items.", 0.83, 1, "R^2"),
        ("It reaches R² = 0.83.", 0.83, 1, "R²"),
        ("It reaches 94.7% pass@4 on WebVoyager.", 94.7, 1, "pass@4"),
        ("It gives a 30.0% improvement in MAUVE score and 10.5% in generative perplexity.", 30.0,
         1, "MAUVE"),
        ("It keeps a Sharpe ratio of 2.0 under realistic costs.", 2.0, 1, "Sharpe ratio"),
        ("It achieves a real-time factor of 0.0078 on one GPU.", 0.0078, 1, "real-time factor"),
        # a threshold range written after a metric is part of its name
        ("It surpasses the baseline by 8.3% in mAP50-95 and 7.7% in recall.", 8.3, 1,
         "mAP50-95"),
        ("It reaches 45.1 mAP@0.5:0.95 on COCO.", 45.1, 1, "mAP@0.5:0.95"),
        ("Our configuration achieves Cohen's κ of 0.526 on TalkMoves.", 0.526, 1, "Cohen's κ"),
        ("Experts agreed with it (kappa = 0.82).", 0.82, 1, "kappa"),
        # a correlation's bare symbol names it, unless a metric is named just before
        ("Scoring strongly correlated with the findings (r=0.786, P<0.001).", 0.786, 1, "r"),
        ("Length predicts laughter rate (rho = -0.41).", -0.41, 1, "rho"),
        ("It shows a high Pearson correlation (r = 0.93) with humans.", 0.93, 1,
         "Pearson correlation"),
    ],
)
def test_vocabulary_names_found(text: str, value: float, field: int, want: str) -> None:
    assert _fields(text)[value][field] == want


def _subject(text: str) -> str | None:
    """The subject of the text's last claim."""
    claims = extract_claims("t", text)
    assert claims, text
    return claims[-1].subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # adverbs and auxiliaries between the subject and its verb are not part of it
        ("Experiments show that IPO remarkably improves safety by over 30%.", "IPO"),
        ("Our model has achieved a higher accuracy of 97.73%.", "Our model"),
        ("ReflecSched not only statistically outperforms the baselines by 2.7%.", "ReflecSched"),
        ("On AC-Bench, GPT-4 + AC-Reason again achieves the highest accuracy of 71.82%.",
         "GPT-4 + AC-Reason"),
        ("We test it on ACDC, and again surpass HALO, with a gain in mIoU of 1.3%.", None),
        # a verb of the subject's earlier clause ends it
        ("Our method pushes the frontier of VSR and delivers up to 58x speed-up.", "Our method"),
        ("The generated texts exhibit a mean Sarcasm Score of 0.898 on the test set.",
         "generated texts"),
        ("Even with CVA, FaceSleuth already reaches 92.9% accuracy on MMEW.", "FaceSleuth"),
        # what 'we' report on is the subject only when it is a name ('that' left out)
        ("We observe gains of 2 points in F1 over full fine-tuning.", None),
        ("In tests, we find EMAFusion reaches 94.2% accuracy.", "EMAFusion"),
        ("We also demonstrate how DiCoRe achieves an average F1 of 61.2.", "DiCoRe"),
        ("The model family achieves 81.2% accuracy on ImageNet.", "model family"),  # a noun
        # 'X matches or outperforms': the verb starts at 'matches'
        ("Keyless Attention matches or outperforms standard attention by 2.1 points.",
         "Keyless Attention"),
        # the antecedent of a relative pronoun, without 'we train'
        ("Using HelpSteer3-Preference, we train reward models that achieve 82.4% on RM-Bench.",
         "reward models"),
        # a list marker is skipped, and dropped from the subject it starts
        ("Results indicate that the proposed model: 1) outperforms the baseline by 3%.",
         "proposed model"),
        ("Experiments demonstrate: i) NPPC can decrease the accuracy of LLMs to below 10%.",
         "NPPC"),
        # a word taken for a verb that was none ('generated'): the next verb is tried
        ("An SNN trained on the generated I2E-ImageNet dataset achieves an accuracy of 60.50%.",
         "SNN trained on the generated I2E-ImageNet dataset"),
        # a number's thousands separator cuts no phrase
        ("Application to 44,287 unlabeled studies reduced manual review efforts by 82%.",
         "Application to 44,287 unlabeled studies"),
        # a gerund phrase is a subject, after a comma too, unless it reports a result
        ("In the competition, extending the local search improved performance to 0.37 mAP.",
         "extending the local search"),
        ("With the new loss, achieving R2 scores of 0.93 on the test set.", None),
        # phrases cut short, values and torn asides are no subjects (but the model's name the
        # clause opens with is)
        ("FlashDP does not increase memory demands and achieves a 90% throughput.", "FlashDP"),
        ("With 12,000 videos) the adaptive system attains 94.2% P@1.", None),
        ("In ablations, the gating contributes +2.36 IoU over fixed interaction and accuracy "
         "improves by up to 2.26 points.", None),  # a signed value names no system
        # a verb phrase is no subject ('which' taken off leaves one)
        ("Our pipeline, which does not require labels, achieved over 90% accuracy.", None),
        # what experiments show is the subject when it is named, without 'that' too
        ("Extensive experiments demonstrate DiMPLe achieves absolute gains of 15.27 in "
         "base class accuracy.", "DiMPLe"),
        ("Results show notable gains in knowledge-intensive tasks (MMLU +8.1%).", None),
        ("Our evaluation shows 96% accuracy on the held-out set.", None),
        ("TRACE achieves backdoor detection, with extensive experiments showing a 30% "
         "improvement.", "TRACE"),
        ("Our method shows strong gains and achieves 5.1% over ResNet.", "Our method"),
        # a pronoun closing the phrase is all that names the system; 'our method' is one
        ("On Math500 we achieve an accuracy of 81.2%.", None),
        ("We find our method reaches an accuracy of 81.2%.", "our method"),
        # a phrase that opens with a preposition is none ('set' was no verb there) ...
        ("On the COCO validation set achieves 45.1 AP.", None),
        ("In simulation our renderer reaches 60 FPS.", None),
        ("On the COCO validation set, VajraV1-Nano achieves 44.3% mAP.", "VajraV1-Nano"),
        ("Results demonstrate that TO-GATE outperforms baselines by 9.32%.", "TO-GATE"),
        ("Experiments on GeoText-1652 show HCCM achieves a Recall@1 of 28.8%.", "HCCM"),
        ("Evaluation on the MangoLeafBD dataset demonstrates a 99.43% accuracy.", None),
        # ... and after a subordinate clause the main clause has its own subject
        ("While human experts achieve 83.5% on TOR, GPT-4o reaches 61.2%.", "GPT-4o"),
        ("Although YOLOv12N recorded the highest mAP of 0.762.", "YOLOv12N"),
        ("Notably, while the baseline achieves 46.17 on GSM8K, RAD achieves 71.27 on MATH.",
         "RAD"),
        ("We show that while a good prompt can yield good results, fine-tuning improves "
         "quality by 10%.", "fine-tuning"),
        # ... and after ', while' or ', whereas' the clause has its own (not 'while keeping')
        ("DistilBERT-base reached 0.8478 accuracy, while ModernBERT-base (256 context length) "
         "attained 0.8569 accuracy.", "ModernBERT-base (256 context length)"),
        ("The best agent achieves only 38.69% accuracy, while the OpenAI CUA agent reaches just "
         "22.69%.", "OpenAI CUA agent"),
        ("MMG-Vid achieves 99.5% of its performance, while effectively reducing 75% of "
         "visual tokens.", "MMG-Vid"),
        ("Our model improves most on PubMed (14.6%), while more moderate gains were observed "
         "for finance (5.5%).", "Our model"),
        # ... unless it is 'they' or 'it', the subordinate clause's subject again
        ("While the EVA-02 model reaches 96.55% overall, it drops to 63.40% at night.",
         "EVA-02 model"),
        ("While LLMs can identify valid ones (i.e., TPR 96%), they are poor at invalid ones "
         "(TNR 25%).", "LLMs"),
        # 'raises' and 'enjoys' are verbs a subject ends at
        ("On the benchmark, NovaDrive raises success rate to 84%.", "NovaDrive"),
        # an aside that the phrase closes keeps its bracket
        ("The best model (Claude 3.7 Sonnet) still shows 45.98% sycophancy.",
         "best model (Claude 3.7 Sonnet)"),
        # a participle phrase between commas describes the name before it, or names it
        ("Our approach, combining EfficientNet-B0 with a GRU, achieves 92.25% accuracy.",
         "Our approach"),
        ("Features, extracted from accelerometer data, reach 81% accuracy.", "Features"),
        ("Our method, termed Diff-FBP, achieves a PSNR of 38.2 dB.", "Diff-FBP"),
        ("Likewise, embedding PST into ResNet-18, boosts top-1 accuracy by 2%.",
         "embedding PST into ResNet-18"),
        ("On MMLU, skipping voids in Qwen2.5, yields an improvement of 5%.",
         "skipping voids in Qwen2.5"),
        ("InterSliceBoost, trained on only 33% of the image slices, achieved a Dice of 80.84%.",
         "InterSliceBoost"),
        ("PASS consistently, though modestly, outperforms VS2 by 6.12%.", "PASS"),
        ("The first pipeline, although simpler, achieves 21% chrF on Bayelemagaba.",
         "first pipeline"),
        # a lead word glued to a name by a hyphen is part of it
        ("So-Fake-R1 outperforms the second-best method by 1.3% in accuracy.", "So-Fake-R1"),
        # a word after a hyphen is no verb ('sub-set', 'X-generated')
        ("Evaluated on a sub-set of USC-75, our approach achieves a Dice score of 0.95.",
         "our approach"),
        # a dataset is no subject
        ("By conducting RLOO training, AlpacaEval 2.0 reduces generation length by 40%.", None),
        # an owner's metric, and where it was measured, are no part of the owner
        ("With its help, the 1.5B model's accuracy on MATH500 increases from 83.2% to 89.4%.",
         "1.5B model"),
        # a quantity reduced is no system
        ("The mean position error is reduced by 41.0%, and the mean orientation error by "
         "55.6%.", None),
        # 'with X achieving' names the value's own system, and so does 'and Y reaching'
        ("Fine-tuned transformers did best, with RoBERTa yielding the highest F1-score (0.90).",
         "RoBERTa"),
        ("With Gemini 2.0 Pro achieving 52.9% and DeepSeek-R1 reaching 80.5% path accuracy.",
         "DeepSeek-R1"),
        ("We evaluate a set of 18 LLMs, with GPT-4.5 achieving the highest accuracy (74.7%).",
         "GPT-4.5"),
        # a noun phrase between commas after a name describes it ...
        ("DensePillarNet, our adaptation of PillarNet, achieves a 29% reduction in latency.",
         "DensePillarNet"),
        ("Operator, the most secure CUA evaluated, still exhibits an ASR of 7.6%.", "Operator"),
        # ... but after 'The ...' the phrase between commas names the system
        ("The best configuration, a YOLOv11l model trained on more data, achieved 0.9 mAP@50.",
         "YOLOv11l model trained on more data"),
        # a colon inside a name splits nothing; 'has' and 'had' end a subject
        ("Llama3.1:70B outperformed 8B by 30%, with 60% average accuracy.", "Llama3.1:70B"),
        ("In particular, the embeddings approach has 49.5% higher accuracy than prompting.",
         "embeddings approach"),
        # after a colon, the clause there names the subject when it names a system ...
        ("Experiments show large gains with captions: Qwen2.5-VL-72B improves from 8.6% to "
         "59.0%.", "Qwen2.5-VL-72B"),
        ("Our contributions are three: the winning method achieved a 5.1x improvement.",
         "winning method"),
        # ... and leaves it to the one before when it is a pronoun or a quantity
        ("MeanFlow demonstrates strong performance: it achieves an FID of 3.43.", "MeanFlow"),
        ("The optimized model achieved notable gains: accuracy improved from 72.0% to 85.2%.",
         "optimized model"),
        # 'set' after 'validation' or 'test' is a noun, no verb
        ("On the validation set, GPT-4o with two-shot prompting performed best (F1: 0.71).",
         "GPT-4o with two-shot prompting"),
        ("Results On the validation set, GPT-4o performed best (accuracy: 90.9%).", "GPT-4o"),
        # 'whereas' turns to another subject, with or without a comma
        ("The accuracy of our approach is 68% where as the accuracy of vanilla models is 23%.",
         "vanilla models"),
        # a clause opened by 'as' names no subject; its main clause does
        ("As the number of clients grows, the proposed method reaches 91.2% accuracy.",
         "proposed method"),
        ("As task difficulty increases, accuracy drops to 40%.", None),
        # what experiments with something show, and a clause after the colon of a finding
        ("Evaluations with real-world videos on three tasks show MOCHA improves accuracy by "
         "up to 6.8%.", "MOCHA"),
        ("Experiments with LMMs reveal large gaps: for instance, top models achieve only 61% "
         "accuracy in panel sequencing.", "top models"),
        ("Experiments with LMMs reveal large gaps: top-1 accuracy reaches only 61%.", None),
        # ... but only one closed by a comma before the verb
        ("We introduced SafePhi, a QLoRA fine-tuned version of Phi-4, adapting diverse contexts "
         "and outperforming moderators by achieving a Macro F1 score of 0.89, where OpenAI "
         "Moderator and Llama Guard score 0.77.",
         "OpenAI Moderator and Llama Guard"),
        ("Our central finding is that a reward model trained on these signals achieves a "
         "pairwise accuracy (68.20%).", "reward model trained on these signals"),
        # a model's name before a verb the vocabulary does not know
        ("For both kinds of feedback, C3PO effectively adheres to it while reducing "
         "overgeneralization by 30%.", "C3PO"),
        ("After optimization, HiDe uses 75% less memory than the previous approach.", "HiDe"),
        ("In contrast, annotators disagree on 30% of the items.", None),
        # an acronym of three capitals names one too, and a verb after 'and' shares it ...
        ("Meanwhile, STAR effectively mitigates both threats and improves task success rate by "
         "36.76%.", "STAR"),
        ("During prefill, SIFT computes attention only for marked tokens and improves TTFT by "
         "1.71x.", "SIFT"),
        # ... but a plural noun after a name is no verb: it names systems or nothing
        ("Empirically, DRIFT models trained on real-world WildFeedback datasets and synthetic "
         "UltraFeedback datasets achieve up to +6.23% on WildBench.", "DRIFT models"),
        ("Relative to LLMs, SAE embeddings uncover bigger differences at 2-8x lower cost.",
         "SAE embeddings"),
        ("ANOVA analysis identifies status as the strongest predictor of performance (eta = "
         "0.667).", None),
        ("BLV participants using Vid2Coach made 58.5% fewer errors.", None),
        ("It uses 30% of the tokens while delivering scores of +4.1 on MMStar.", None),
        ("On the enterprise data, Precision@5 increased by 15 percent.", None),
        # 'with the best model (X) achieving': X, or the phrase when no name is bracketed
        ("The task is hard, with the best model (Claude-3.7-Sonnet) achieving a mere 54% pass "
         "rate.", "Claude-3.7-Sonnet"),
        ("Results leave room, with the best model reaching an F1 score of 0.83.", "best model"),
        ("We test models on Ko-PIQA, with the best model achieving 83.22% accuracy while the "
         "weakest reaches only 59.86%.", "weakest"),
        # a participle with a hyphen opens an aside too
        ("FT-ARM, fine-tuned from LLaMA 3.2 90B, achieved 85% accuracy on PIID.", "FT-ARM"),
        # a relative clause is about the name before it ...
        ("We propose FooNet, which achieves 45.3 mAP on COCO.", "FooNet"),
        ("We introduce POINTS-GUI-G-8B, which achieves state-of-the-art performance with "
         "scores of 59.9 on ScreenSpot-Pro and 66.0 on OSWorld-G.", "POINTS-GUI-G-8B"),
        ("Building on our analysis, we develop REPRO-Agent, which improves the highest accuracy "
         "achieved by existing agents by 71%.", "REPRO-Agent"),
        # ... unless compared with, worked on or run on, or a later clause has its own
        ("It beats prior work compared to CaSSLe, which is widely used, with improvements of "
         "up to 1.12% in average accuracy.", None),
        ("Llama4 decodes at 4 ms per token on 8 NVIDIA H100 GPUs, which is 10% faster than the "
         "best known method.", None),
        ("Compared to the agent ADaPT, which achieves a 0.52 success rate, our method reaches "
         "0.56.", "our method"),
        # the clause after a semicolon names its own, if it names one
        ("AMI had 88% sensitivity; diabetes had 91% sensitivity.", "diabetes"),
        ("MIA-Mind reaches 82.9% on CIFAR-10; on ISBI2012, accuracy is 78.7%.", "MIA-Mind"),
        ("MIA-Mind is fast (i) with its gates; and (iii) runs at an inference time of 1.74 ms.",
         "MIA-Mind"),
        # ... found where it is, whatever brackets stand before the semicolon
        ("At full population, 90.12% of rows have their quote as a source substring (93.49% "
         "excluding one compliance meta-trait); a quote-supports-value audit on n=100 stratified "
         "non-red-zone rows yielded 100/100 (lower bound 96.30%); face-validity on n=50 red-zone "
         "rows yielded 50/50 Accept (lower bound 92.86%).", "face-validity on n=50 red-zone rows"),
        # 'set' is a verb only before what is set, not in 'a held-out set'
        ("Evaluated on a held-out set across three LLMs, our approach reduces contamination "
         "from 80% to 5%.", "our approach"),
        ("Our curated set of prompts achieves 95% accuracy.", "Our curated set of prompts"),
        ("Our model sets a new record with 85% accuracy.", "Our model"),
    ],
)
def test_the_subject_is_the_phrase_before_the_main_verb(text: str, subject: str | None) -> None:
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "value", "dataset"),
    [
        # a model compared with is no dataset ...
        ("Our model is close to GPT-4o (78.8%) in accuracy.", 78.8, None),
        ("It boosts inference speed by up to 2.46x for LLaVA-1.5-13B.", 2.46, None),
        ("The bootstrap is best calibrated (ECE 5.7% vs. 25.5% for Qwen3-8B).", 25.5, None),
        # ... nor an architecture, a training method or a generic acronym ...
        ("It reaches 76.1% top-1 accuracy for ResNet-50.", 76.1, None),
        ("It reaches 71.3% top-1 accuracy for MobileNetV2.", 71.3, None),
        ("On Market-1501, rank-1 rises from 55.3% to 80.5% for CaffeNet.", 80.5,
         "Market-1501"),
        ("On DIOR, it gains 4.2% in AP50 for RetinaNet.", 4.2, "DIOR"),
        ("It reaches 61.9% on CIFAR-10, ahead of CNN (58.3%) and MLP (49.6%) models.", 49.6,
         "CIFAR-10"),
        ("Our hybrid reaches an AUC of 0.801, ahead of KNN (AUC 0.677).", 0.677, None),
        ("Our retriever outperforms BM25 (45.1 vs 38.2 nDCG@10).", 38.2, None),
        ("Perplexity drops by 12% for LLaMA3-8B.", 12.0, None),
        ("It improves Dice by 3.2% over U-Net.", 3.2, None),
        ("It is 2.1 points better than GRPO.", 2.1, None),
        ("Across various QA datasets it reaches an average AUC of 0.833.", 0.833, None),
        ("Segmentation on CT reaches a Dice of 0.91.", 0.91, None),
        # ... nor a model the value was measured with, named in any case or by its size
        ("MeLLo's accuracy drops sharply to 3.83 on QWEN2.5-3B.", 3.83, None),
        ("MixCache gives a 1.94x speedup on Wan 14B.", 1.94, None),
        # ... nor the hardware it ran on
        ("BitDecoding achieves up to 7.5x speedup on RTX 4090.", 7.5, None),
        ("It cuts inference time by 30% on NVIDIA Jetson AGX Orin.", 30.0, None),
        ("It reaches 71.2% and 65.4% on GPT-4o and Claude 4 Sonnet, respectively.", 65.4,
         None),
        ("It cuts memory by 44.2% and 58.9% on VAR-d30 and Infinity-8B, respectively.", 58.9,
         None),
        # ... nor one of BERT's kin
        ("ModernBERT-large (256 context length) achieved the best performance (0.8744 "
         "accuracy).", 0.8744, None),
        # ... unless the sentence calls it a benchmark
        ("It reaches a Spearman's rho of 0.76 on the FlexiBERT benchmark.", 0.76, "FlexiBERT"),
        # ... nor the system a compared value is given for
        ("It achieves an mAP of 97.4 (vs. 96.2 for PAT-T) on Pascal VOC.", 96.2, "Pascal VOC"),
        ("It reaches 98.55% test accuracy compared to 99.14% for CAT-Net.", 99.14, None),
        # ... nor a metric named like an acronym with a threshold
        ("MV-SSM gains +7.0 on AP25 on varying camera arrangements.", 7.0, None),
        # ... but a dataset that a model's name does not start still is
        ("GPT-4o reaches 78.8% on MMLU.", 78.8, "MMLU"),
        ("It reaches 61.2% accuracy on HotpotQA.", 61.2, "HotpotQA"),
        ("It reaches 61.2% accuracy on VGGSound.", 61.2, "VGGSound"),
        ("It reaches a Dice of 0.91 on CT-ORG.", 0.91, "CT-ORG"),
        ("It reaches a perplexity of 23.1 on LM1B.", 23.1, "LM1B"),
        # datasets counted in billions are known by name; sizes in millions count items
        ("It reaches 76.2% zero-shot accuracy on LAION-2B.", 76.2, "LAION-2B"),
        ("It reaches 45.1% zero-shot accuracy on LAION-400M.", 45.1, "LAION-400M"),
    ],
)
def test_models_and_task_acronyms_are_no_datasets(
    text: str, value: float, dataset: str | None
) -> None:
    assert _fields(text)[value][0] == dataset


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        ("Our approach achieved a mean Intersection over Union (mIoU) of 0.848.", None),
        ("Our approach improved the macro F1 score by 12% over state of the art methods.",
         "state of the art methods"),
        ("Our approach improved the macro F1 score by 12% over state-of-the-art methods.",
         "state-of-the-art methods"),
        ("Our approach improved the macro F1 score by 12% over the state of our baseline.",
         "state"),  # no 'of the art': the phrase stops where it did
        # an adverb after the verb is none, but it can be part of one
        ("After fine-tuning, performance improved further to 47.0% accuracy.", None),
        ("It improves by 2.1 points over fully supervised models.", "fully supervised models"),
        ("It improves by 2.1 points over the supply baseline.", "supply baseline"),
        ("It is 4x faster than these methods due to its simplicity.", "these methods"),
        # what 'improves' takes is compared only when it names a system ...
        ("It improves CoOp by 5.3% on 11 benchmarks.", "CoOp"),
        ("Our loss improves the strong baseline by 2.1 points.", "strong baseline"),
        ("It improves the state-of-the-art by 2.1 points.", "state-of-the-art"),
        # ... not the quantity that improves
        ("Our method improves adversarial robustness by up to 47.3 percent.", None),
        ("MaintainCoder improves maintainability metrics by 14-30%.", None),
    ],
)
def test_baselines_are_no_metric_words(text: str, baseline: str | None) -> None:
    (claim,) = extract_claims("t", text)
    assert claim.baseline == baseline


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        # a baseline that ends with the claim's metric is what comes before it ...
        ("With 32 frames, T* improves GPT-4o's performance from 50.5% to 53.1%.", "GPT-4o"),
        ("It reaches 21.19% at the end, outperforming the baseline accuracy of 9.39%.",
         "baseline"),
        ("It exceeds the previous SOTA of 88.61% on Prostate.", "previous SOTA"),
        # ... and nothing when that is no system
        ("NOOUGAT improves online AssA by +2.3 on DanceTrack and +5.0 on MOT20.", None),
        # a system improved names itself by its shape; a task or dataset improved is none
        ("Adding our data improves YOLOv8 performance by 7.69% in terms of F1-score.",
         "YOLOv8"),
        ("Our model improves MPPE accuracy by up to 15 in PCKh@0.5 compared to previous "
         "methods.", "previous methods"),
        ("LineAR improves ImageNet FID from 2.77 to 2.68.", None),
        ("It improves AUC@30 from 0.181 to 0.200 and reduces MEt3R from 0.3703 to 0.3690.", None),
        # an adjective before 'and' or 'or' begins the compared systems, not all of them
        ("PiPRL outperforms purely symbolic or neural policies by over 26%.",
         "purely symbolic or neural policies"),
        ("KompeteAI outperforms leading methods by an average of 3% on MLE-Bench.",
         "leading methods"),
        ("Baseer outperforms existing open-source and commercial solutions, with a WER of 0.25.",
         "existing open-source and commercial solutions"),
        ("GCA surpasses existing training-based and tool-integrated methods by ~27%.",
         "existing training-based and tool-integrated methods"),
        ("It beats both world-model-based and imitation-learning methods by 4.1%.",
         "both world-model-based and imitation-learning methods"),
        ("It beats GPT-4o by 3.1% and 2.2%, respectively, and surpasses human experts.",
         "GPT-4o"),
        # ... and so is an adverb
        ("It outperforms YOLO-World significantly by 3.2 AP.", "YOLO-World"),
        # ... and a reporting verb and what follows it
        ("A 19.8% performance gain over the baseline model further underscores its role.",
         "baseline model"),
        # each value of 'beats X by a and Y by b' is over its own system, not a metric's
        ("It surpasses GPT-4o by 20.8% and Gemini-2.0-Flash by 10.1%.", "Gemini-2.0-Flash"),
        ("It outperforms the unsupervised method by 2.44% and standard LLM baselines by 4.01%.",
         "standard LLM baselines"),
        ("It outperforms fusion methods by 65.69% and a video-only model by 11.30%.",
         "video-only model"),
        ("It outperforms four baselines by up to 5.9% and boosts existing detectors by 3%.",
         "four baselines"),
        ("It outperforms GPT-4o by 3% in accuracy and F1 by 2%.", "GPT-4o"),
        # a participle left at the end of a compared phrase is dropped
        ("Our PRM surpasses discriminative verifiers trained on PRM800K by 8%.",
         "discriminative verifiers"),
        # what a gain holds over is where, when it counts places; not when it compares
        ("They improve pass@1 by 26% over four mathematical datasets.", None),
        ("It is 10x larger than existing datasets.", "existing datasets"),
        # a pronoun compared with names nothing; the phrase it points at does
        ("It improves sample efficiency compared to LLM-as-a-Judge, outperforming it by 7.2%.",
         "LLM-as-a-Judge"),
        ("It matches steering vectors within 1-2% while dramatically exceeding it.", None),
        ("Fine-tuning gives a 40% higher benchmark score than training from scratch.",
         "training from scratch"),
        # 'our improved' model is the subject, not one improved upon
        ("Our improved PCB defect detection approach achieves a mAP of 98.9%.", None),
        # being on par with, comparable to or rivalling a system compares with it, and a
        # system may be named by its size
        ("A 7B model can obtain 94.0 pass@1 accuracy on MATH-500, being on par with 32B "
         "models.", "32B models"),
        ("It reaches 91.2% accuracy, comparable to the GPT-4o model.", "GPT-4o model"),
        ("It reaches 91.2% accuracy, rivalling much larger models.", "much larger models"),
        ("It gains 6.0 points on MathVista over a 7B baseline.", "7B baseline"),
        # ... but a share of cases compares with nothing
        ("It reaches 91.2% accuracy, over 90% of cases.", None),
        # a hyphenated word that begins like a preposition is part of the phrase
        ("It learns comparably to in-context baselines while reducing errors by 30%.",
         "in-context baselines"),
        ("It beats state of-the-art baselines by 3.1%.", "state of-the-art baselines"),
        ("It beats both training-free and training-based methods by 3.1%.",
         "both training-free and training-based methods"),
    ],
)
def test_what_a_value_is_compared_with(text: str, baseline: str | None) -> None:
    assert extract_claims("t", text)[-1].baseline == baseline


def test_examples_after_a_baseline_are_not_part_of_it() -> None:
    text = "It delivers up to 58x speed-up over existing methods such as MGLD-VSR."
    assert extract_claims("t", text)[0].baseline == "existing methods"
    # ... and a value in brackets after an example is the example's own
    text = ("GGuard achieves a macro F1 of 0.832, outperforming leading moderation models, "
            "including OpenAI Moderator (0.64) and Llama Guard (0.61).")
    got = [(c.subject, c.baseline) for c in extract_claims("t", text)]
    assert got == [("GGuard", "leading moderation models"), ("OpenAI Moderator", None),
                   ("Llama Guard", None)]
    # nor is the possessive of the value that follows
    text = "It reaches a 17.5% absolute improvement over the baseline's 7.5% pass rate."
    assert extract_claims("t", text)[0].baseline == "baseline"


def test_a_model_taken_for_both_metric_and_baseline_is_the_baseline() -> None:
    text = "Our EgoSoD improves Phi-4 by 45.6% and Gemini 2.5 Pro by 9.9% on timing."
    claim = extract_claims("t", text)[0]
    assert (claim.metric, claim.baseline) == (None, "Phi-4")


def test_a_quantity_word_is_no_baseline() -> None:
    text = "Of its questions, 68% need many views (compared to less than 7% before)."
    assert [c.baseline for c in extract_claims("t", text)] == [None, None]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The F1 score improves from 0.61 to 0.82 on the test set.", None),
        ("After fine-tuning, performance improved further to 47.0% accuracy.", None),
        ("The F1 of our model improves by 2.3% over the baseline.", "our model"),
        ("For instance, the accuracy of QwQ-32B improved from 80.3% to 82.1%.", "QwQ-32B"),
        ("The macro F1 scores for MuRIL and XLM-R are 0.69 and 0.495.", "MuRIL and XLM-R"),
        ("Frechet Inception Distance (FID) is improved by 15.3 points on AFHQ.", None),
        ("With our dataset, the FID score is reduced by 17.1 on COCO.", None),
        ("The mean Intersection over Union (mIoU) achieved a total mIoU of 84.91%.", None),
        ("The F1 score of the six issues reached 86.86%.", None),
        ("The accuracy-driven planner reaches 81.2% accuracy.", "accuracy-driven planner"),
        ("For instance, GLM-4V's recognition accuracy increased to 50%.", "GLM-4V"),
        ("Our model performance improves by 3.1% on MMLU.", "Our model"),
        ("Diagnostic accuracy improved from 71% to 80%.", None),
        ("The best nDCG@10 reaches 0.52 on BEIR.", None),
        ("Our models received an exact match of 68.0% on X, a LLM Judge score of 52.7% on Y.",
         None),
        ("The system achieved a System Usability Scale score of 74.17.", "system"),
    ],
)
def test_a_metric_is_no_subject(text: str, subject: str | None) -> None:
    assert _subject(text) == subject


def test_a_quantity_improved_from_a_value_is_no_baseline() -> None:
    text = "It improves Novelty from 0.45 to 0.52, Quality from 0.24 to 0.29."
    assert [c.baseline for c in extract_claims("t", text)] == [None, None]
    # a system improved, or the system whose quantity is, stays one
    text = "PTA improves CLIP's accuracy from 65.64% to 69.38%, and CoOp from 71.66% to 76.94%."
    assert [c.baseline for c in extract_claims("t", text)][0] == "CLIP"
    text = "It improves the EfficientDet from 41.2 to 43.5 AP."
    assert extract_claims("t", text)[0].baseline == "EfficientDet"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # what the value is, or 'there', stands where a system would
        ("The gains are 56.6% on LawBench.", None),
        ("On HumanEval, the gain is +12.8pp.", None),
        ("The gap is reduced by 82.3% over the original model.", None),
        ("Across models, there is a 24% decrease in performance.", None),
        ("The best reaches only 68.7%.", None),
        ("Under 1:200+, the values are 44.0% and 80.0%.", None),
        # ... but a name in capitals is a system's
        ("RISE gains 3.2% on MMLU.", "RISE"),
        ("The gains of DPO are 3.2% on MMLU.", "gains of DPO"),
        # a list item's marker is no part of its subject
        ("It includes (1) a residual controller; and (3) a view selection strategy that "
         "reduces training data by up to 47%.", "view selection strategy"),
        ("Key findings: (iv) pre-initialized joint training yields a 4.1% gain.",
         "pre-initialized joint training"),
        # 'brings' is the verb, not the gains it brings
        ("Gen-Searcher brings substantial gains, improving it by around 16 points.",
         "Gen-Searcher"),
    ],
)
def test_what_a_value_is_is_no_subject(text: str, subject: str | None) -> None:
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "value", "subject", "baseline"),
    [
        # a result alone in brackets after the compared system is that system's
        ("Specifically, on VBench, we achieve 95.51%, surpassing REPA (92.91%) by 2.60%.",
         92.91, "REPA", None),
        ("Memory-SAM achieves mIoU 0.9863, surpassing FCN (0.8188) and a detector.", 0.8188,
         "FCN", None),
        ("SKEL-CF reaches 94.1 / 68.0 MPJPE, significantly outperforming the previous "
         "state-of-the-art HSMR (104.5 / 79.6).", 104.5, "previous state-of-the-art HSMR",
         None),
        # ... not what the brackets say of the comparison, nor the claim's own result, nor
        # the first of a pair (the subject's: 25 s against the other's 5 min)
        ("Ours is 12x faster than the atlas-based registration (25 s vs. 5 min).", 25.0,
         "Ours", "atlas-based registration"),
        ("Pensieve beats state-of-the-art solutions (up to 14% on QA accuracy).", 14.0,
         "Pensieve", "state-of-the-art solutions"),
        ("Specifically, on VBench, we achieve 95.51%, surpassing REPA (92.91%) by 2.60%.",
         95.51, None, "REPA"),
        # a spread leaves the result its system's, whatever follows it in the brackets
        ("Our model achieved 97.78 +/- 0.82% accuracy, outperforming CNN (96.44 +/- 1.32%).",
         96.44, "CNN", None),
        ("It reaches 0.786, outperforming the threshold method ($0.637 \\pm 0.111$ validation "
         "accuracy, 0.429 test accuracy).", 0.637, "threshold method", None),
        # ... and so is one a model's name labels after a colon, but not a metric's
        ("It outperformed multilingual transformers (mBERT: 67%, XLM-RoBERTa: 71%).", 71.0,
         "XLM-RoBERTa", None),
        ("It improves accuracy (e.g., Llama 3.1 8B: 46% to 67%) on the benchmark.", 67.0,
         "Llama 3.1 8B", None),
        ("LoRA-X achieves high alignment (CLIPScore: 0.249; BERTScore F1: 0.816).", 0.816,
         "LoRA-X", None),
        # a model's name alone before a bracketed value, when nothing is compared
        ("Human accuracy falls below that of Falcon-180B-Chat (76%) and GPT-4 (81%).", 76.0,
         "Falcon-180B-Chat", None),
        ("X-1 sets records on AIME'24 (94.4%), Math-500 (99.8%), and LiveCodeBench (91.6%).",
         99.8, "X-1", None),
        ("Our LLM-jury beats metrics including ROUGE-L (0.36) and BERTScore-F1 (0.44).", 0.44,
         "Our LLM-jury", None),
        ("The best score was achieved by Mistral-8B (ROUGE-L 0.189) and Qwen-7B (BLEU 0.41).",
         0.189, "Mistral-8B", None),
        # ... but a name that ends on a value labels none
        ("The MCCs were: Consensus 0.556 (0.539-0.574), and GPT4o 0.522 (0.500-0.543).", 0.5,
         None, None),
        # a comparison after a gain and its value is the gain's, not an earlier result's
        ("Lp-Reg reaches a 60.17% average accuracy, an improvement of 2.66% over prior methods.",
         60.17, "Lp-Reg", None),
        ("Lp-Reg reaches a 60.17% average accuracy, outperforming prior methods.", 60.17, "Lp-Reg",
         "prior methods"),
    ],
)
def test_a_bracketed_result_after_the_compared_system_is_its_own(
    text: str, value: float, subject: str | None, baseline: str | None
) -> None:
    claim = next(c for c in extract_claims("t", text) if c.value == value)
    assert (claim.subject, claim.baseline) == (subject, baseline)


@pytest.mark.parametrize(
    ("text", "value", "subject", "baseline"),
    [
        ("Tool-MVR achieves a 58.9% error correction rate, outperforming ToolLLM's 9.1%.", 9.1,
         "ToolLLM", None),
        ("GPT-4o reaches a macro F1-score of 59%, compared to Gemini's best performance of 43%.",
         43.0, "Gemini", None),
        ("Our model achieves a Cohen's kappa of 0.71 on the external test set.", 0.71,
         "Our model", None),
        ("Progress was steady (compare GPT-3.5 Turbo's 16% to GPT-4o's 32%).", 16.0,
         "GPT-3.5 Turbo", None),
        # ... and is no part of the compared phrase of a value before
        ("DeepOCSORT achieves an ADE of 31.15 pixels compared to ByteTrack's 114.3 pixels.",
         31.15, "DeepOCSORT", "ByteTrack"),
    ],
)
def test_a_name_in_the_possessive_owns_the_value_after_it(
    text: str, value: float, subject: str | None, baseline: str | None
) -> None:
    claim = next(c for c in extract_claims("t", text) if c.value == value)
    assert (claim.subject, claim.baseline) == (subject, baseline)


def test_each_value_of_a_ranking_is_its_own_systems() -> None:
    text = (
        "CO-BRNN attained the maximum accuracy of 97%, followed by LSTM-CRF with 90%, "
        "MLP-CNN (85%), and CNN-LSTM at 80%."
    )
    assert [c.subject for c in extract_claims("t", text)] == [
        "CO-BRNN", "LSTM-CRF", "MLP-CNN", "CNN-LSTM"
    ]
    text = "ResNet50 leads (F1: 91.35%), followed by BiomedCLIP (F1: 88.68%, AUROC: 0.97)."
    claims = extract_claims("t", text)
    assert [(c.subject, c.dataset) for c in claims[1:]] == [("BiomedCLIP", None)] * 2
    # names paired with values in order are not the nearest name's each
    text = (
        "Gemma2 achieved the highest F1 score of 0.98, followed by Qwen2.5 and DeepSeek-R1 with "
        "F1 scores of 0.96 and 0.95, respectively."
    )
    assert extract_claims("t", text)[1].subject != "DeepSeek-R1"


def test_a_compared_pair_gives_each_system_its_own_level() -> None:
    text = "Our retriever outperforms BM25 (45.1 vs 38.2 nDCG@10) on BEIR."
    got = [(c.claim_type, c.value, c.subject, c.baseline) for c in extract_claims("t", text)]
    assert got == [("result", 45.1, "Our retriever", "BM25"), ("result", 38.2, "BM25", None)]
    # with no compared system named, the second level is nobody's in the sentence
    text = "ITJ accuracy was higher in ChatGPT-4o-mini (0.6476 vs. 0.5905)."
    assert [c.subject for c in extract_claims("t", text)][1] is None
    # two gains compared stay gains
    text = "The gain grows with depth (+3.1 vs +1.2 points)."
    assert {c.claim_type for c in extract_claims("t", text)} == {"delta"}


def test_a_spread_between_a_value_and_its_metric_is_passed_over() -> None:
    text = "We obtain 92.1±0.3 F1 on CoNLL-2003. It reaches 85.3 ± 0.2% accuracy on CIFAR-10."
    got = [(c.value, c.unit, c.metric, c.dataset) for c in extract_claims("t", text)]
    assert got == [(92.1, None, "F1", "CoNLL-2003"), (85.3, "%", "accuracy", "CIFAR-10")]


def test_bracketed_results_of_a_list_of_compared_systems_are_theirs() -> None:
    text = "It outperforms LLaVA-CoT (63.2), Mulberry (63.9), and the LlamaV-o1 model (63.1)."
    got = [(c.value, c.subject, c.baseline) for c in extract_claims("t", text)]
    assert got == [
        (63.2, "LLaVA-CoT", None), (63.9, "Mulberry", None), (63.1, "LlamaV-o1 model", None)
    ]
    # the system a bracketed result belongs to is no dataset
    text = "Memory-SAM achieves mIoU 0.9863, surpassing HyperSeg (0.8188) and a detector."
    assert [c.dataset for c in extract_claims("t", text) if c.value == 0.8188] == [None]
    # a bracket after what is no system keeps the comparison
    text = "It improves the Structural Similarity Index (SSIM) by 5.72% (0.794) over U-Net."
    assert all(c.subject != "by 5.72%" for c in extract_claims("t", text))


def test_values_listed_with_their_metrics_share_the_dataset_after_them() -> None:
    text = ("It gets an mAP of 97.4, OF1 of 92.3, and CF1 of 91.4 on Pascal VOC; an mAP of 92.8, "
            "OF1 of 88.2, and CF1 of 87.1 on COCO; and an mAP of 60.9 and CF1 of 61.1 on VG-256.")
    got = _fields(text)
    assert [got[v][0] for v in (97.4, 92.3, 92.8, 88.2, 60.9)] == (
        ["Pascal VOC"] * 2 + ["COCO"] * 2 + ["VG-256"]
    )
    # ... and so do values with their metrics after them
    text = ("When trained on COCO panoptic data only, it gets 26.8 PQ, 16.8 AP, and 34.1 mIoU on "
            "ADE20K, and 77.5 MOTA and 80.9 IDF1 on MOT20.")
    got = _fields(text)
    assert [got[v][0] for v in (26.8, 16.8, 34.1, 77.5, 80.9)] == ["ADE20K"] * 3 + ["MOT20"] * 2
    # a clause of its own after the value still ends it
    got = _fields("It gets 97.4% on the task, and the other model scores 92% on Pascal VOC.")
    assert got[97.4][0] is None
    # a semicolon inside the value's brackets ends no clause
    got = _fields("On LLM-AggreFact it rivals MiniCheck (7B; 84.0%) with half the parameters.")
    assert got[84.0][0] == "LLM-AggreFact"


def test_values_compared_with_are_of_the_system_named_after_them() -> None:
    text = ("S2CLite reaches 77.8% on Spider4SPARQL compared to 44.2% by the state-of-the-art "
            "S2CTrans.")
    got = {c.value: (c.subject, c.baseline) for c in extract_claims("t", text)}
    assert got[77.8] == ("S2CLite", "state-of-the-art S2CTrans")
    assert got[44.2] == ("state-of-the-art S2CTrans", None)
    text = "LLMs achieve 44.7 chrF, compared to 51.6 and 57.0 chrF by a human who learned it."
    got = {c.value: (c.subject, c.baseline) for c in extract_claims("t", text)}
    assert got[44.7] == ("LLMs", "human")
    assert got[51.6] == got[57.0] == ("human", None)
    # 'for' names the system too, when it names a model
    text = "GPT-4o retains 68% of the error rate versus 76% for GPT-4o-mini."
    got = {c.value: (c.subject, c.baseline) for c in extract_claims("t", text)}
    assert got[76.0] == ("GPT-4o-mini", None)
    assert got[68.0] == ("GPT-4o", "GPT-4o-mini")
    text = "It reaches 85% on CIFAR-10 compared to 80% for ImageNet."
    assert {c.value: c.baseline for c in extract_claims("t", text)}[85.0] is None
    # ... and compares only the value right before it
    text = ("It reaches an mAP of 97.4, OF1 of 92.3 on VOC; an mAP of 92.8 (vs. 92.0 for "
            "HSQ-CvN), and OF1 of 88.2 on COCO.")
    got = {c.value: c.baseline for c in extract_claims("t", text)}
    assert (got[92.8], got[92.3], got[88.2]) == ("HSQ-CvN", None, None)
    # a value compared with that names no one after it keeps the sentence's subject
    text = "Our model reaches 80.1%, compared to 75.2% last year."
    got = {c.value: (c.subject, c.baseline) for c in extract_claims("t", text)}
    assert got[75.2][0] == "Our model"
