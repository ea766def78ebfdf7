"""`python -m index …`: the scriptable twin of the desktop app (see contracts.md)."""
from __future__ import annotations

import argparse
import json
import logging
import re
import sqlite3
import sys
from pathlib import Path

from index.errors import PolicyDataError, storage_reason
from index.inputs import one_line, shown
from index.paths import default_data_dir
from index.vocab import STATUS_LABELS

log = logging.getLogger(__name__)


MAX_LOGGED_CHARS = 2000  # a message echoing a huge input is cut in the log, too


def _progress(step: int, total: int, message: str) -> None:
    print(f"[{step}/{total}] {message}" if total else message, file=sys.stderr, flush=True)


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def cmd_build(args: argparse.Namespace) -> int:
    from index.build import build

    result = build(args.data, progress=_progress)
    for warning in result.warnings:
        print(f"警告：{warning}", file=sys.stderr)
    print(f"已构建：{result.documents}份文件，{result.measures}条措施，用时{result.seconds:.1f}秒 → {result.store}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from index.export import export
    from index.store import Store

    export(Store(args.data).measures(), args.format, args.output)
    return 0


_MAX_ID = 200


def cmd_show(args: argparse.Namespace) -> int:
    from index.inputs import invisible_char, shown
    from index.present import measure_text_block
    from index.store import Store

    store = Store(args.data)
    # an id with invisible characters (or undecodable bytes from the shell) names no measure; the
    # database is not asked, since it cannot even encode an unpaired surrogate
    measure = None if invisible_char(args.id) or len(args.id) > _MAX_ID else store.measure(args.id)
    if measure is None:
        raise PolicyDataError(f"没有编号为“{shown(args.id)}”的措施。编号形如 chaoyang-2022/4，可用 export 列出全部。")
    if args.json:
        _print_json(measure)
    else:
        print(measure_text_block(measure))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from index.importer import import_files, list_imports, remove_import

    if args.remove or args.list:
        if args.files or (args.remove and args.list):
            raise PolicyDataError("--remove、--list 与要导入的文件只能给出其中一种。")
        if args.list:
            skipped: list[str] = []
            imports = [_import_row(doc) for doc in list_imports(skipped)]
            for warning in skipped:
                print(f"警告：{warning}", file=sys.stderr)
            if args.json:
                _print_json(imports)
            for row in [] if args.json else imports:
                state = "" if row["present"] else "　（副本已不存在，构建时跳过）"
                print(f"{row['id']}　{row['title']}　{row['district'] or '（地区未知）'}　{row['measures']}条措施"
                      f"　导入于{row['imported_at'] or '（未知）'}　原文件{row['original_name'] or '（未记录）'}{state}")
            return 0
        outcome = remove_import(args.remove, args.data, progress=_progress)
        built = outcome.build
        print(f"已移除导入的文件 {outcome.removed.id}（{outcome.removed.title}）并重建：{built.documents}份文件，"
              f"{built.measures}条措施 → {built.store}", file=sys.stderr)
        if args.json:
            _print_json({"removed": _import_row(outcome.removed)})
        return 0
    if not args.files:
        raise PolicyDataError("请给出要导入的文件；或用 --list 列出已导入的文件，--remove ID 移除其中一份。")
    outcome = import_files([Path(f) for f in args.files], district=args.district, title=args.title,
                           dry_run=args.dry_run, data_dir=args.data, progress=_progress)
    results = outcome.results
    from index.importreview import earlier_editions, known_documents, superseded_status
    from index.store import Store

    try:
        stored = Store(args.data).documents
    except PolicyDataError:  # no data yet: only the imports can be earlier editions
        stored = {}
    existing = known_documents([(d.id, d.title) for d in list_imports() if d.present], stored)
    for result in results:  # proposed, never decided alone: --supersedes confirms
        result["earlier_editions"] = [{"id": i, "title": t, "why": w} for i, t, w in earlier_editions(result, existing)]
        for item in result["earlier_editions"]:
            if item["id"] not in (args.supersedes or []):
                print(f"提示：本机的《{item['title']}》（{item['id']}）像是这份文件的旧版本（{item['why']}）；"
                      f"确认时导入加 --supersedes {item['id']}，旧文件仍可检索、不再推荐。", file=sys.stderr)
    if args.supersedes and not args.dry_run:
        from index.importer import correct_import

        doc = results[0]["document"]
        status = superseded_status(doc.get("title") or Path(args.files[0]).stem, (doc.get("published") or doc.get("signed") or "")[:4] or None)
        for old_id in args.supersedes:
            correct_import(old_id, {"status": status, "superseded_by": doc["id"]}, "导入修订版时由数据维护人员确认", args.data,
                           progress=_progress)
            print(f"已把 {old_id} 标为：{status}", file=sys.stderr)
    for result in results:
        if result["status"] == "already_imported":
            known = result["already_imported"]
            print(f"已导入过：{known['title']}（ID {known['id']}），未重复导入，也未重建数据。", file=sys.stderr)
    if outcome.build is not None:
        built = outcome.build
        print(f"已导入并重建：{built.documents}份文件，{built.measures}条措施 → {built.store}", file=sys.stderr)
    if args.json:
        _print_json(results[0] if len(results) == 1 else results)
    else:
        from index.present import import_summary

        for result in results:
            print(import_summary(result))
    return 0


def _import_row(doc) -> dict:
    return {"id": doc.id, "title": doc.title, "district": doc.district, "measures": doc.measures,
            "imported_at": doc.imported_at, "original_name": doc.original_name, "file": str(doc.file),
            "present": doc.present}




def key_shown(label: str) -> bool:
    return label != "不适用"


def _day(text: str | None):
    """--today as a date (None when not given)."""
    from datetime import date

    try:
        return date.fromisoformat(text) if text else None
    except ValueError as exc:
        raise PolicyDataError(f"--today {text}：日期应写成 2022-06-30 的形式。") from exc


def cmd_eligible(args: argparse.Namespace) -> int:
    from datetime import date

    from index.facts.eligibility import GROUP_LABELS, coverage_note, eligible, ordered
    from index.present import measure_heading
    from index.facts.profile import read_profile
    from index.store import Store

    profile = read_profile(args.profile)
    today = _day(args.today) or date.today()
    measures = Store(args.data).measures()
    # the answer's order (index.facts.eligibility.ordered): 可以申请, 可能可以, 已过期, 不适用; own district first
    results = [r for r in ordered(profile, eligible(profile, measures, today)) if args.all or r["status"] != "ineligible"]
    coverage = coverage_note(profile.get("district"), measures)
    if args.json:
        groups = {g: sum(r["group"] == g for r in results) for g in GROUP_LABELS}
        _print_json({"profile": profile, "today": today.isoformat(), "coverage": coverage, "groups": groups,
                     "results": results})
        return 0
    counts = {label: sum(r["group"] == key for r in results) for key, label in GROUP_LABELS.items()}
    print(f"{coverage}。")
    print(f"判断日期：{today.isoformat()}　" + "　".join(f"{label}{n}条" for label, n in counts.items() if n or key_shown(label)))
    for r in results:
        heading = measure_heading(r)
        print(f"\n[{STATUS_LABELS.get(r['status']) or GROUP_LABELS.get(r['status'], r['status'])}] {r['id']}　{r['district']}　{heading}　（{r['deadline_status']}）")
        for benefit in r.get("benefits") or []:
            extra = "；".join(benefit["amounts"] + ([f"期限至{benefit['deadline']}"] if benefit.get("deadline") else []))
            print(f"    ▸ {benefit['line']}" + (f"（{extra}）" if extra else ""))
        for reason in r["reasons"]:
            print(f"    · {reason}")
        for question in r["missing"]:
            print(f"    ? {question}")
        if r.get("amounts"):
            print(f"    金额/标准：{'；'.join(r['amounts'])}")
        if r.get("responsible_units"):
            print(f"    责任单位：{'、'.join(r['responsible_units'])}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from index.catalog import load_all
    from index.check import check_entry

    failed = False
    reports = [check_entry(entry) for entry in load_all()]
    for report in reports:
        status = "通过" if report.ok else "未通过"
        flags = "，".join(f"{k}{v}条" for k, v in report.flags.items()) or "无"
        print(f"{report.id}：{status}　措施{report.measures}条（应为{report.expected}）　原文句子{report.sentences}句"
              f"　标记：{flags}　无责任单位：{report.without_units or '无'}　政府工作（不向企业推荐）：{report.government_only or '无'}"
              f"　文本不完整：{report.incomplete or '无'}　标签{report.tags}个，无原文依据{len(report.without_basis)}个")
        print(f"    {report.kinds_line()}")
        if getattr(args, "each", False):
            for line in report.each:
                print(f"      {line}")
        for problem in report.problems:
            print(f"    ✗ {problem}")
        for warning in report.warnings:
            print(f"    · {warning}")
        failed |= not report.ok
    tags = sum(r.tags for r in reports)
    without = sum(len(r.without_basis) for r in reports)
    absent = sum(r.by_absence for r in reports)
    print(f"合计：标签{tags}个，有原文依据{tags - without}个（其中{absent}个的依据是原文没有写明享受主体），无原文依据{without}个；标记文本不完整的措施{sum(len(r.incomplete) for r in reports)}条")
    return 1 if failed else 0


def cmd_search(args: argparse.Namespace) -> int:
    from index.present import search_table
    from index.search import Filters, SearchEngine

    from index.inputs import filter_problems, from_shell

    filters = Filters(district=args.district or [], industry=args.industry or [], benefit_type=args.benefit or [],
                      document=args.document or [], unit=args.unit or [], include_municipal=not args.no_municipal,
                      valid_only=args.valid_only)
    today = _day(args.today)
    engine = SearchEngine(args.data)
    chosen = {"district": filters.district, "industry": filters.industry, "benefit_type": filters.benefit_type,
              "document": filters.document}
    problems = filter_problems(chosen, sorted({m["document"]["id"] for m in engine.measures}))
    if problems:
        raise PolicyDataError("\n".join(problems) + "\n没有措施能有这样的值，请照上面的可选值改正后再查。")
    result = engine.search(from_shell(args.query), filters, limit=args.limit, today=today)
    if args.json:
        _print_json(result)
    else:
        print(search_table(result))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    import time

    from index.bench import build_synthetic, load_queries, run_bench, scaling_table, table_text

    data = args.data
    if args.synthetic and len(args.synthetic) > 1:
        report = scaling_table(args.synthetic, data, args.source or default_data_dir(), reuse=args.reuse,
                               queries=args.queries, progress=lambda line: print(line, file=sys.stderr, flush=True))
        if args.json:
            _print_json(report)
        else:
            print(table_text(report["table"]))
        return 0
    report: dict = {}
    if args.synthetic:
        (count,) = args.synthetic
        source = args.source or default_data_dir()
        print(f"生成{count}条合成措施到 {data} …", file=sys.stderr)
        started = time.perf_counter()
        report.update(build_synthetic(source, data, count, reuse=args.reuse,
                                      progress=lambda done, total: done % 5000 == 0 and print(f"  {done}/{total}", file=sys.stderr, flush=True)))
        if not report["reused"]:
            report.setdefault("synthetic_build_s", round(time.perf_counter() - started, 2))
    if not args.build_only:
        report.update(run_bench(data, load_queries(args.queries)))
    if args.json:
        _print_json(report)
    else:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是用逗号分隔的条数（如 2000,20000）") from None
    if not sizes or any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError(f"“{text}”：条数至少为1")
    return sizes


def cmd_info(args: argparse.Namespace) -> int:
    from index.store import Store

    store = Store(args.data)
    pack = store.pack or {}
    info = {"data": str(store.path), **store.meta, "pack_version": pack.get("pack_version"),
            "pack_key_id": pack.get("key_id"), "pack_applied_at": pack.get("applied_at"),
            "newest_document": store.meta.get("newest_document") or None}
    if args.json:
        _print_json(info)
    else:
        version = (f"数据包 {one_line(info['pack_version'])}（签名者 {one_line(info['pack_key_id'])}）" if pack
                   else f"构建于 {info['built_at']}")
        print(f"数据版本：{version}　{info['documents']}份文件　{info['measures']}条措施　"
              f"最新文件日期：{info['newest_document'] or '未知'}　{info['data']}")
        for warning in json.loads(info.get("warnings") or "[]"):  # imports the build had to skip
            print(f"警告：{warning}")
    return 0


def _positive_int(text: str) -> int:
    """--limit: a whole number of at least 1 (a negative one once cut the last hit off silently)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{shown(text)}”不是整数；请写一个不小于1的整数，例如 --limit 20。") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} 太小；请写一个不小于1的整数，例如 --limit 20。")
    return value


def _listed(text: str | None) -> list[str] | None:
    return None if text is None else [w for w in re.split(r"[、,，\s]+", text) if w]


def cmd_correct(args: argparse.Namespace) -> int:
    from index.build import build
    from index.corrections_local import save
    from index.store import Store

    if "/" not in args.id:  # a document: its title, date, validity or status
        from index.importer import correct_import

        fields = {"title": args.title, "published": args.published, "valid_until": args.valid_until, "status": args.status}
        result = correct_import(args.id, fields, args.why, args.data, progress=_progress)
        print(f"已更正文件 {args.id}，并重建：{result.documents}份文件，{result.measures}条措施。", file=sys.stderr)
        return 0
    measure = Store(args.data).measure(args.id) if len(args.id) <= _MAX_ID else None
    if measure is None:
        raise PolicyDataError(f"没有编号为“{args.id}”的措施。编号形如 import-1a2b3c4d5e/3，可用 show 或 export 查看。")
    changes = {"why": args.why, "kind": args.kind, "entity_types": _listed(args.entity_types), "sizes": _listed(args.sizes),
               "deadlines": [args.deadline] if args.deadline else None}
    where = save(args.id, measure.get("text") or "", changes)
    result = build(args.data, progress=_progress)
    print(f"已更正 {args.id}（记在 {where}），并重建：{result.documents}份文件，{result.measures}条措施。", file=sys.stderr)
    return 0


def build_parser(prog: str = "python -m index") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="惠企政策离线查询：数据构建与查询")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--data", type=Path, default=default_data_dir(), help="数据目录（数据库与索引）")
        return p

    command("build", "解析 resources/ 下全部文件，原子地写入数据库与索引").set_defaults(func=cmd_build)
    p = command("export", "导出全部措施")
    p.add_argument("--format", choices=("jsonl", "csv", "xlsx"), default="jsonl")
    p.add_argument("-o", "--output", type=Path, help="输出文件（默认标准输出；xlsx 必须指定）")
    p.set_defaults(func=cmd_export)
    p = command("show", "显示一条措施")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = command("import", "读入新的政策文件（UTF-8/GBK/UTF-16 文本、.docx、带文字层的 PDF、另存的网页）；--list 列出、--remove 移除已导入的文件")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--remove", metavar="ID", help="移除一份已导入的文件（其副本与目录条目），然后重建")
    p.add_argument("--list", action="store_true", help="列出本机已导入的文件")
    p.add_argument("--district")
    p.add_argument("--title")
    p.add_argument("--dry-run", action="store_true", help="只显示解析结果与警告，不保存")
    p.add_argument("--supersedes", action="append", metavar="ID",
                   help="确认这份文件是本机已导入的文件 ID 的修订版：导入后把旧文件标为“已被…取代”（仍可检索，不再推荐）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)
    p = command("search", "检索措施（默认输出表格）")
    p.add_argument("query")
    p.add_argument("--district", action="append", help="可多次指定；区级筛选默认保留市级措施")
    p.add_argument("--industry", action="append")
    p.add_argument("--benefit", action="append")
    p.add_argument("--document", action="append")
    p.add_argument("--unit", action="append")
    p.add_argument("--no-municipal", action="store_true", help="按区筛选时不含市级措施")
    p.add_argument("--valid-only", action="store_true", help="只看有效：不列已过期的措施（未注明期限的仍列出）")
    p.add_argument("--today", help="按这一天判断是否过期（默认今天），形如 2022-06-30")
    p.add_argument("--limit", type=_positive_int, default=20, help="最多显示几条（至少1条，默认20）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)
    p = command("bench", "检索速度基准（与 SQLite FTS5 对照）与查询集召回率")
    p.add_argument("--synthetic", type=_sizes, metavar="N[,N…]",
                   help="先在 --data 目录生成N条由真实句子重组的措施；几个条数（2000,20000,100000）时逐个测量并输出规模表，"
                        "数据放在 --data 下的 synthetic-N 目录（或 --data 中的 {n} 处）")
    p.add_argument("--reuse", action="store_true", help="已有同样条数的合成数据时直接使用，不再生成")
    p.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)  # the scaling table's build step
    p.add_argument("--source", type=Path, help="生成合成数据所用的真实数据目录（默认为程序数据目录）")
    p.add_argument("--queries", type=Path, help="查询集（JSON，或每行一个查询的文本）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bench)
    p = command("eligible", "按企业画像判断可享受的措施（符合／可能符合，--all 加上不符合的）")
    p.add_argument("--profile", type=Path, required=True, metavar="FILE", help="企业画像 JSON 文件（字段见 docs/contracts.md）")
    p.add_argument("--all", action="store_true", help="也列出不符合的措施及原因")
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", help="按这一天判断是否过期（默认今天），形如 2022-06-30")
    p.set_defaults(func=cmd_eligible)
    p = command("info", "数据版本与位置；没有数据时返回非零")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)
    p = command("check", "逐份文件的数据质量报告；不变量不满足时返回非零")
    p.add_argument("--each", action="store_true", help="逐条列出每条措施的性质和期限，各带原文依据")
    p.set_defaults(func=cmd_check)
    p = command("correct", "更正一条措施（本机导入的或程序自带的）的性质、受益方或期限，或一份文件的标题、日期、有效期、状态"
                           "（写明理由；随数据包发出，换修订版时原文没变的条目沿用），然后重建")
    p.add_argument("id", metavar="ID", help="措施编号（如 import-1a2b3c4d5e/3、chaoyang-2022/4）或文件编号（如 import-1a2b3c4d5e、chaoyang-2022）")
    p.add_argument("--kind", choices=("benefit", "right", "duty", "obligation", "general"),
                   help="性质：benefit 可申请的支持、right 可主张的权利、duty 政府职责、obligation 企业义务、general 一般规定")
    p.add_argument("--entity-types", help="受益主体，顿号或逗号分隔，如 企业、个体工商户")
    p.add_argument("--sizes", help="受益规模，如 小型、微型")
    p.add_argument("--deadline", help="期限（截止日），如 2026-06-30")
    p.add_argument("--title", help="（给文件编号时）文件标题")
    p.add_argument("--published", help="（给文件编号时）发布日期，如 2026-06-20")
    p.add_argument("--valid-until", help="（给文件编号时）有效期至，如 2027-06-19")
    p.add_argument("--status", help="（给文件编号时）状态，如 已废止，或 已被《…》2025年修订版取代")
    p.add_argument("--why", required=True, help="为什么更正（随数据包发给各工作站）")
    p.set_defaults(func=cmd_correct)
    from index.packs.commands import add_pack_commands

    add_pack_commands(sub, lambda p: p.add_argument("--data", type=Path, default=default_data_dir(), help="数据目录"))
    return parser


def main(argv: list[str] | None = None, prog: str = "python -m index") -> int:
    """Run one command (`prog` names the command line in help and errors: the bundle's
    `policy-browser admin`). Logging goes to the app-data folder's log (set up here unless the process has
    it already); every failure ends as one Chinese line on stderr and a non-zero exit, and a failure
    nobody foresaw is logged with its traceback, the line saying where."""
    from index.collector import tune_collector
    from index.logs import active_setup, setup_logging

    tune_collector()
    own = setup_logging(fallback_to_stderr=False) if active_setup() is None else None
    try:
        return _run(argv, prog)
    finally:
        if own is not None:
            own.close()


def _run(argv: list[str] | None, prog: str) -> int:
    args = build_parser(prog).parse_args(argv)
    try:
        return args.func(args)
    except PolicyDataError as exc:
        log.warning("%s: %s", args.command, shown(str(exc), MAX_LOGGED_CHARS))
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except (OSError, sqlite3.Error) as exc:  # e.g. stdout on a full disk: still a message, not a traceback
        log.exception("%s failed", args.command)
        print(f"错误：{args.command}失败：{storage_reason(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"已中断：{args.command} 没有完成。", file=sys.stderr)
        return 130
    except Exception:  # noqa: BLE001 - a defect: logged with its traceback, one line for the person
        command = " ".join(filter(None, (args.command, getattr(args, "pack_command", None))))
        log.exception("%s failed with an unexpected error", command)
        print(f"错误：{unexpected_failure(command)}", file=sys.stderr)
        return 1


def unexpected_failure(command: str) -> str:
    """What the person is told of a failure nobody foresaw: that it was logged, and where."""
    from index.logs import log_folder, written_log

    file = written_log()
    if file is not None:
        return f"程序内部出错，{command} 没有完成。详情已记入日志：{file}。请把这个日志文件交给技术人员。"
    return (f"程序内部出错，{command} 没有完成；日志也无法写入（{log_folder()}，可能磁盘已满或没有写入权限），"
            "详情未能保存。请清理磁盘空间或检查这个文件夹的权限后重试。")
