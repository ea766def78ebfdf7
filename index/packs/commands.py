"""`python -m index pack keygen | passphrase | create | verify | diff | apply | rollback`."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path


def _progress(step: int, total: int, message: str) -> None:
    print(f"[{step}/{total}] {message}" if total else message, file=sys.stderr, flush=True)


def _out(args: argparse.Namespace, value: dict, text: str) -> None:
    if getattr(args, "json", False):
        json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(text)


def cmd_keygen(args: argparse.Namespace) -> int:
    from index.packs.keys import key_id, keygen, load_public_key
    from index.packs.passphrase import get_passphrase

    secret, public = keygen(args.out, get_passphrase(args.passphrase_file, new=True, what="新密钥的口令"))
    kid = key_id(bytes(load_public_key(public)))
    print(f"已生成密钥（ID {kid}）：\n  签名密钥 {secret}（已用口令加密；只由维护人员保管，口令切勿写在旁边）"
          f"\n  公钥 {public}（放到各工作站的 trusted_keys 文件夹）")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    from index.packs.keys import read_key_file, set_passphrase
    from index.packs.passphrase import NEW_ENV, get_passphrase

    old = get_passphrase(args.passphrase_file, new=False, what="现在的口令") if read_key_file(args.key).encrypted else None
    info = set_passphrase(args.key, old, get_passphrase(args.new_passphrase_file, new=True, env=NEW_ENV, what="新口令"))
    print(f"已用新口令加密签名密钥 {args.key}（ID {info.key_id}）。")
    return 0


TRIES = 3


def unlock(key: Path, passphrase_file: Path | None, warnings: list[str]):
    """The signing key at `key`, asking for its passphrase only when it has one (typed at the
    terminal: up to three times)."""
    from index.packs.keys import WrongPassphrase, load_signing_key, read_key_file
    from index.packs.passphrase import get_passphrase, will_prompt

    if not read_key_file(key).encrypted:
        return load_signing_key(key, None, warnings)
    left = TRIES if will_prompt(passphrase_file) else 1
    while True:
        try:
            return load_signing_key(key, get_passphrase(passphrase_file, new=False), warnings)
        except WrongPassphrase as exc:
            left -= 1
            if not left:
                raise
            print(f"{exc}（还可以再试{left}次）", file=sys.stderr)


def cmd_create(args: argparse.Namespace) -> int:
    from index.errors import PolicyDataError
    from index.packs.archive import create_pack
    from index.packs.signed import remember

    from index.store import active_store, store_library

    # the library of the data in use at --data (a pack's, once one was applied), else the bundled one
    current = active_store(args.data)
    library = store_library(current) if current is not None else None
    warnings: list[str] = []
    key = unlock(args.key, args.passphrase_file, warnings)
    manifest = create_pack(args.output, key, notes=args.notes or "", resources=library, version=args.pack_version,
                           progress=_progress, warnings=warnings)
    try:
        remember(args.output, manifest["key_id"])  # what 制作数据包… compares the next pack with
    except PolicyDataError as exc:
        warnings.append(str(exc))
    for warning in warnings:
        print(f"警告：{warning}", file=sys.stderr)
    size = args.output.stat().st_size
    _out(args, {"file": str(args.output), "bytes": size, **{k: manifest[k] for k in ("pack_version", "key_id", "measures")},
                "documents": len(manifest["documents"])},
         f"已生成数据包 {args.output}（版本 {manifest['pack_version']}，{len(manifest['documents'])}份文件，"
         f"{manifest['measures']}条措施，{size / 2**20:.1f} MB，密钥 {manifest['key_id']}）")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from index.inputs import one_line
    from index.packs.archive import verify_pack
    from index.packs.install import describe

    verified = verify_pack(args.file)
    m, shown = verified.manifest, describe(verified)
    documents = [{k: one_line(v) if isinstance(v, str) else v for k, v in d.items()} for d in m["documents"]]
    _out(args, {"ok": True, "pack_version": shown["pack_version"], "key_id": shown["key_id"], "signer": str(verified.signer),
                "created_at": shown["created_at"], "schema_version": m.get("schema_version"), "notes": shown["notes"],
                "documents": documents, "measures": m.get("measures")},
         f"数据包完好：版本 {shown['pack_version']}，签名者 {shown['key_id']}（{shown['signer']}），"
         f"{len(documents)}份文件，{m.get('measures')}条措施。" + (f"\n更新说明：{shown['notes']}" if shown["notes"] else ""))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from index.packs.install import pack_diff

    diff = pack_diff(args.file, args.data, progress=_progress)
    lines = [f"数据包版本 {diff['pack']['pack_version']}：{diff['summary']}"]
    for kind, label in (("added", "新增文件"), ("replaced", "更换文件"), ("removed", "移除文件")):
        lines += [f"  {label}：{d['id']}　{d['district'] or ''}　{d['title'] or ''}（{d['measures']}条）" for d in diff["documents"][kind]]
    for kind, label in (("added", "新增措施"), ("removed", "删除措施")):
        if diff["measures"][kind]:
            lines.append(f"  {label}：{'、'.join(diff['measures'][kind])}")
    lines += [f"  修改：{c['id']}（{'、'.join(c['fields'])}）" for c in diff["measures"]["changed"]]
    _out(args, diff, "\n".join(lines))
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from index.packs.install import apply_pack

    result = apply_pack(args.file, args.data, allow_downgrade=args.allow_downgrade, progress=_progress)
    for warning in result["warnings"]:
        print(f"警告：{warning}", file=sys.stderr)
    _out(args, result, f"已更新到数据包版本 {result['pack']['pack_version']}：{result['documents']}份文件，"
                       f"{result['measures']}条措施（上一版本已保留，可用 pack rollback 恢复）。")
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    from index.packs.install import rollback

    result = rollback(args.data)
    version = (result["pack"] or {}).get("pack_version") or "（程序自带数据）"
    _out(args, result, f"已恢复上一版本数据：{version}。")
    return 0


def add_pack_commands(sub: argparse._SubParsersAction, with_data: Callable[[argparse.ArgumentParser], None]) -> None:
    pack = sub.add_parser("pack", help="数据包：生成密钥、制作、校验、比较、更新、恢复")
    commands = pack.add_subparsers(dest="pack_command", required=True)
    p = commands.add_parser("keygen", help="生成 Ed25519 密钥对（signing.key 与 signing.pub）")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE",
                   help="从文件第一行读取口令（脚本用；也可设置环境变量 POLICY_BROWSER_PASSPHRASE；都没有时在终端输入）")
    p.set_defaults(func=cmd_keygen)
    p = commands.add_parser("passphrase", help="给签名密钥加上口令，或更换口令（旧格式的不加密密钥用它加密）")
    p.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE",
                   help="从文件第一行读取口令（脚本用；也可设置环境变量 POLICY_BROWSER_PASSPHRASE；都没有时在终端输入）")
    p.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                   help="从文件第一行读取新口令（也可设置环境变量 POLICY_BROWSER_NEW_PASSPHRASE）")
    p.set_defaults(func=cmd_passphrase)
    p = commands.add_parser("create", help="把当前数据（内置与导入的全部文件及各表）制成签名的数据包")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE",
                   help="从文件第一行读取口令（脚本用；也可设置环境变量 POLICY_BROWSER_PASSPHRASE；都没有时在终端输入）")
    p.add_argument("--notes", help="更新说明（工作站更新前会看到）")
    p.add_argument("--pack-version", help="版本号（默认为制作时间，如 20261201.223000；按字符串比较新旧）")
    p.add_argument("--json", action="store_true")
    with_data(p)  # the library of the data in use there is what the pack carries
    p.set_defaults(func=cmd_create)
    for name, help_text, func in (("verify", "校验签名、每个文件的校验和与数据格式", cmd_verify),
                                  ("diff", "应用后会有哪些变化", cmd_diff),
                                  ("apply", "校验后在旁边构建新数据，原子切换，保留上一版本", cmd_apply)):
        p = commands.add_parser(name, help=help_text)
        p.add_argument("file", type=Path, metavar="FILE")
        p.add_argument("--json", action="store_true")
        with_data(p)
        p.set_defaults(func=func)
        if name == "apply":
            p.add_argument("--allow-downgrade", action="store_true", help="允许换成比正在使用的更旧的版本")
    p = commands.add_parser("rollback", help="恢复上一版本数据（原子切换）")
    p.add_argument("--json", action="store_true")
    with_data(p)
    p.set_defaults(func=cmd_rollback)
