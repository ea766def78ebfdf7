"""What 资格自查 offers, measured against independent article-by-article labels (issue 23).

    python -m index.evaluation_kinds [--labels FILE] [--plans DIR] [--realdocs DIR] [--json]

Imports every labelled document with the importer (`python -m index import FILE --dry-run --json`,
district 北京市 for the regulations, the plan's own district for the plans, where each visitor is placed),
judges every measure for five visitors and compares with the labels (kind, beneficiaries, conditional, core benefit):

- duties offered: articles labelled 政府职责 / 企业义务 / 一般规定 offered (eligible, maybe or right) to
  any visitor — must be 0;
- core benefits offered to the visitors they are for (eligible or maybe) — goal ≥ 90 %; a plan's measure
  whose gold deadline is already over on the day judged is not counted (it must not be offered);
- conditional grants called 可以申请 (eligible) — must be 0;
- 中小企业 benefits offered to the large enterprise — must be 0;
- per kind, precision and recall of the offer (a benefit offered as a right, or the reverse, is a lesser
  error and counted as offered), and the kinds the program gives against the labels where it gives them.

Runs on any version of the engine that has `index.facts.eligibility.eligible` (the figures before kinds
existed are measured with the same script), never changes data: the imports are dry runs.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from index.evaluation_deadlines import judge_time, time_figures
from index.facts.eligibility import eligible

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 4)
OFFERED = {"eligible", "maybe", "right"}
BENEFIT, RIGHT = "可申请的支持", "可主张的权利"
NOT_OFFERED = {"政府职责", "企业义务", "一般规定"}
KIND_NAMES = {"benefit": BENEFIT, "right": RIGHT, "duty": "政府职责", "obligation": "企业义务", "general": "一般规定"}

VISITORS = {
    "朝阳小餐馆": {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
              "situations": None},
    "平谷个体店": {"district": "平谷区", "entity_type": "个体工商户", "size": None, "industries": ["批发零售"], "traits": [],
              "situations": None},
    "科技初创微企": {"district": "海淀区", "entity_type": "企业", "size": "微型", "industries": ["信息技术", "科技服务"],
               "traits": ["科技型中小企业"], "situations": None},
    "专精特新中型制造": {"district": "昌平区", "entity_type": "企业", "size": "中型", "industries": ["制造业"],
                 "traits": ["专精特新", "高新技术企业"], "situations": None},
    "大型制造": {"district": "北京经济技术开发区", "entity_type": "企业", "size": "大型", "industries": ["制造业"],
             "traits": [], "situations": None},
}
LARGE = "大型制造"
ENTERPRISES = ("朝阳小餐馆", "科技初创微企", "专精特新中型制造", "大型制造")
SMES = ("朝阳小餐馆", "科技初创微企", "专精特新中型制造")
# who a label's beneficiary is, among the five visitors (the labels' own vocabulary; "其他:…" by its words)
BROAD = {
    "经营主体": set(VISITORS), "企业": set(ENTERPRISES), "个体工商户": {"平谷个体店"}, "中小企业": set(SMES),
    "小型微型企业": {"朝阳小餐馆", "科技初创微企"}, "科技企业/研发机构": {"科技初创微企", "专精特新中型制造"},
    "大型企业": {LARGE},
}
OTHER_WORDS = [("餐饮", {"朝阳小餐馆"}), ("零售", {"平谷个体店"}), ("门店", set()), ("专精特新", {"专精特新中型制造"}),
               ("科技型中小企业", {"科技初创微企"}), ("制造业", {"专精特新中型制造", LARGE}),
               ("规模以上工业", {"专精特新中型制造", LARGE}), ("研制企业", {"专精特新中型制造", LARGE}),
               # none of the five trades abroad: a benefit for foreign-trade firms is for none of them
               ("外贸", set()), ("进出口", set()), ("跨境电商", set())]
NONE_OF_THEM = ("外贸", "进出口", "跨境电商")  # (an empty set alone narrowed nothing: "if narrow" was false)


def targets(beneficiaries: list[str], industries: list[str] | None = None) -> set[str]:
    """The visitors a labelled benefit or right is for: the broad kinds named, narrowed by the particular
    parties named beside them ("企业" + "其他:餐饮企业" is for the restaurant only), and by the trades the
    label restricts it to (a plan's gold "industries": [] is not restricted)."""
    found = _named(beneficiaries)
    if industries:
        found = {name for name in found if set(VISITORS[name]["industries"]) & set(industries)}
    return found


def _named(beneficiaries: list[str]) -> set[str]:
    broad: set[str] = set()
    narrow: set[str] = set()
    none_of_them = False  # a particular party none of the five is (外贸企业): it narrows to nobody
    for b in beneficiaries:
        if b in BROAD:
            broad |= BROAD[b]
        elif b.startswith("其他:"):
            for word, who in OTHER_WORDS:
                if word in b[3:]:
                    narrow |= who
                    none_of_them |= word in NONE_OF_THEM
    if narrow or none_of_them:
        return narrow & broad if broad else narrow
    return broad


def import_dry(path: Path, district: str) -> list[dict]:
    """The measures the importer reads from `path` (a dry run: nothing saved)."""
    env = {**os.environ, "POLICY_BROWSER_HOME": os.environ.get("POLICY_BROWSER_HOME", "/tmp/evaluation-kinds-home")}
    done = subprocess.run([sys.executable, "-m", "index", "import", str(path), "--dry-run", "--json", "--district", district],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=str(ROOT))
    if done.returncode != 0:
        raise SystemExit(f"导入失败：{path.name}：{done.stderr.strip()[-300:]}")
    return json.loads(done.stdout)["measures"]


def _gold_realdocs(labels: Path, realdocs: Path) -> list[tuple[Path, str, dict[int, dict]]]:
    by_doc: dict[str, dict[int, dict]] = {}
    for item in json.loads(labels.read_text(encoding="utf-8")):
        by_doc.setdefault(item["doc"], {})[int(item["article"])] = item
    return [(realdocs / doc, "北京市", items) for doc, items in by_doc.items()]


def _gold_plans(plans: Path) -> list[tuple[Path, str, dict[int, dict]]]:
    out = []
    for gold_file in sorted(plans.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        items = {}
        for number, m in gold["measures"].items():
            items[int(number)] = {**m, "core_benefit": m["kind"] == BENEFIT,
                                  "acceptable": m.get("kind_acceptable") or [m["kind"]]}
        out.append((plans / gold["file"], gold["district"], items))
    return out


def evaluate(sets: list[tuple[Path, str, dict[int, dict]]]) -> dict:
    pairs = []  # one per (article, visitor): gold, program
    kinds = Counter()
    times = []  # one per article whose label states its end (the plans): gold, program

    unmatched = []
    for path, district, gold in sets:
        measures = {m["number"]: m for m in import_dry(path, district)}
        for number, label in gold.items():
            measure = measures.get(number)
            if measure is None:
                unmatched.append(f"{path.name} 第{number}条")
                continue
            predicted = KIND_NAMES.get(measure.get("kind") or "")
            acceptable = label.get("acceptable") or [label["kind"]]
            if predicted:
                kinds[(label["kind"], predicted, predicted in acceptable)] += 1
            if "deadline" in label:
                times.append(judge_time(f"{path.name} 第{number}条", label, measure, TODAY))
            for name, profile in VISITORS.items():
                # a district plan is judged for each kind of visitor placed in its district
                profile = profile if district == "北京市" else {**profile, "district": district}
                [r] = eligible(profile, [measure], TODAY)
                pairs.append({"doc": path.name, "number": number, "visitor": name, "gold": label["kind"],
                              "acceptable": acceptable,
                              "for": name in targets(label.get("beneficiaries") or [], label.get("industries") or []),
                              "conditional": bool(label.get("conditional")), "core": bool(label.get("core_benefit")) and not label.get("expired_on_2026_12_04"),
                              "beneficiaries": label.get("beneficiaries") or [], "status": r["status"],
                              "kind": predicted, "text": measure.get("text", ""), "reasons": r["reasons"]})
    return {"pairs": pairs, "kinds": kinds, "unmatched": unmatched, "times": times}


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.0f}%" if b else "0/0"


def figures(result: dict) -> dict:
    pairs = result["pairs"]
    offered = [p for p in pairs if p["status"] in OFFERED]
    duties = [p for p in offered if p["gold"] in NOT_OFFERED and not set(p["acceptable"]) & {BENEFIT, RIGHT}]
    core = [p for p in pairs if p["core"] and p["for"]]
    core_offered = [p for p in core if p["status"] in OFFERED]
    conditional = {(p["doc"], p["number"]) for p in pairs if p["gold"] == BENEFIT and p["conditional"]
                   and p["status"] == "eligible"}
    sme_only = [p for p in offered if p["visitor"] == LARGE and p["gold"] in (BENEFIT, RIGHT)
                and {"中小企业", "小型微型企业"} & set(p["beneficiaries"])
                and not {"企业", "经营主体", "大型企业"} & set(p["beneficiaries"])]
    out = {
        "duties_offered_pairs": len(duties),
        "duties_offered_articles": len({(p["doc"], p["number"]) for p in duties}),
        "core_benefits_offered": _pct(len(core_offered), len(core)),
        "conditional_called_eligible_articles": len(conditional),
        "sme_offered_to_large": len(sme_only),
        "unmatched": result["unmatched"],
    }
    for kind, groups in ((BENEFIT, {"eligible", "maybe"}), (RIGHT, {"right"})):
        shown = [p for p in pairs if p["status"] in groups]
        good = [p for p in shown if p["for"] and set(p["acceptable"]) & {BENEFIT, RIGHT}]
        gold = [p for p in pairs if p["gold"] == kind and p["for"]]
        found = [p for p in gold if p["status"] in OFFERED]
        out[f"{kind} precision"] = _pct(len(good), len(shown))
        out[f"{kind} recall"] = _pct(len(found), len(gold))
    out.update(time_figures(result.get("times") or []))
    kinds = result["kinds"]
    if kinds:
        total = sum(kinds.values())
        right = sum(n for (g, p, ok), n in kinds.items() if ok)
        out["kind_accuracy"] = _pct(right, total)
        offerable = sum(n for (g, p, ok), n in kinds.items()
                        if ok or ((g in (BENEFIT, RIGHT)) == (p in (BENEFIT, RIGHT))))
        out["offerable_line_accuracy"] = _pct(offerable, total)
        for kind in KIND_NAMES.values():  # the kind given to each article against its label
            said = sum(n for (g, p, ok), n in kinds.items() if p == kind)
            hit = sum(n for (g, p, ok), n in kinds.items() if p == kind and (ok or g == kind))
            gold = sum(n for (g, p, ok), n in kinds.items() if g == kind)
            found = sum(n for (g, p, ok), n in kinds.items() if g == kind and (ok or p == kind))
            out[f"kind {kind}"] = f"precision {_pct(hit, said)}, recall {_pct(found, gold)}"
        out["confusion"] = {f"{g} → {p}": n for (g, p, ok), n in sorted(kinds.items(), key=lambda kv: -kv[1])}
    return out


def main(argv: list[str] | None = None) -> int:
    shared = ROOT.parent / "shared" / "realdocs"
    shared = shared if shared.is_dir() else Path("/work/shared/realdocs")
    parser = argparse.ArgumentParser(prog="python -m index.evaluation_kinds", description=__doc__.splitlines()[0])
    independent = Path(__file__).resolve().parent / "evalsets" / "independent"
    parser.add_argument("--labels", type=Path, default=independent / "realdocs_labels.json")
    parser.add_argument("--plans", type=Path, default=independent / "plans_2026")
    parser.add_argument("--realdocs", type=Path, default=Path(os.environ.get("POLICY_BROWSER_REALDOCS", shared)))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = {}
    if args.labels.is_file():
        regulations = _gold_realdocs(args.labels, args.realdocs)
        report[f"法规（{len(regulations)}部，{args.labels.name}）"] = figures(evaluate(regulations))
    if args.plans.is_dir():
        plans = _gold_plans(args.plans)
        report[f"措施文件（{len(plans)}份，{args.plans.name}）"] = figures(evaluate(plans))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    for name, figs in report.items():
        print(f"== {name}")
        for key, value in figs.items():
            if key == "confusion":
                print("  标注 → 程序：" + "；".join(f"{k} {v}" for k, v in value.items()))
            elif key == "deadline_misses":
                for miss in value:
                    print(f"  期限不符：{miss}")
            elif value or value == 0:
                print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
