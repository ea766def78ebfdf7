"""The enterprise profile (docs/contracts.md) as a person hands it in: read a file, check every field.

One home for both doors: `eligible --profile FILE` and the wizard's 读取资料. A profile file is small
(a few hundred bytes), so anything over MAX_BYTES or nested deeper than MAX_DEPTH is refused before it can
exhaust memory or the stack; UTF-8 (with or without BOM), GBK/GB18030 and UTF-16 are read. Every message
names the field and says what to write instead. Qt-free, any thread.
"""
from __future__ import annotations

import json
from pathlib import Path

from index.facts.eligibility import DISTRICTS
from index.boundedread import NotRegularFile, read_regular
from index.errors import PolicyDataError, reading_reason
from index.inputs import choices, invisible_char, invisible_value, shown
from index.facts.taxonomy import ENTITY_TYPES, SIZES, load_taxonomy
from index.source.textio import decode_bytes

MAX_BYTES = 1_000_000
MAX_DEPTH = 8  # a profile needs 2 (object → list → text); added fields get some room
MAX_PROBLEMS = 10
_NAMED = 5  # unknown values named in one message
LABELS = {"district": "所在区", "entity_type": "主体类型", "size": "企业规模", "industries": "行业",
          "traits": "企业类型", "situations": "目前情况", "confirmed": "当面确认的条件"}

_KIND = {str: "文字", bool: "true/false", int: "数字", float: "数字", list: "列表", dict: "对象", type(None): "null"}
_JSON_HINTS = {
    "Expecting value": "这里缺少值，或有多余的逗号",
    "Expecting property name enclosed in double quotes": "字段名要用英文双引号 \" 括起来，最后一项后面不要加逗号",
    "Expecting ',' delimiter": "这里缺少英文逗号 ,（或用了中文引号、中文逗号）",
    "Expecting ':' delimiter": "字段名后面缺少英文冒号 :",
    "Extra data": "JSON 在这里已经结束，后面还有多余的内容",
    "Unterminated string starting at": "这里开始的引号没有配对",
    "Invalid \\escape": "反斜杠 \\ 的用法不对（路径里的 \\ 要写成 \\\\）",
}


def _kind(value: object) -> str:
    return _KIND.get(type(value), type(value).__name__)


def _field(key: str) -> str:
    return f"字段“{key}”（{LABELS[key]}）" if key in LABELS else f"字段“{shown(key)}”"


def _strings(value: object):
    """Every text inside `value` (keys too), depth first; `value` is already known to be shallow."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _too_deep(value: object) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > MAX_DEPTH:
                return True
            stack += [(child, depth + 1) for child in (item.values() if isinstance(item, dict) else item)]
    return False


def validate_profile(profile: object) -> list[str]:
    """Problems with a profile (plain Chinese, for the CLI and the wizard); [] when fine.
    Checks the type of each field, its values against the vocabulary, and invisible characters."""
    if not isinstance(profile, dict):
        return [f"企业资料应是一个 JSON 对象，例如 {{\"district\": \"朝阳区\", \"entity_type\": \"企业\"}}；现在是{_kind(profile)}。"]
    if _too_deep(profile):
        return [f"企业资料的嵌套超过{MAX_DEPTH}层，不是本程序保存的企业资料文件。"]
    tax = load_taxonomy()
    single = {"district": DISTRICTS, "entity_type": ENTITY_TYPES, "size": SIZES}
    lists = {"industries": tax.names("industries"), "traits": tax.names("traits"), "situations": tax.names("situations")}
    problems: list[str] = []
    for key, value in profile.items():
        if char := invisible_char(key):
            problems.append(f"字段名“{shown(key)}”含有不可见字符（{char}），请删去后再试。")
            continue
        if char := next(filter(None, map(invisible_char, _strings(value))), None):
            problems.append(invisible_value(key, char))
            continue
        if value is None:
            continue
        if key in single:
            valid = single[key]
            if not isinstance(value, str):
                problems.append(f"{_field(key)}应是文字，例如 \"{valid[0]}\"，不知道时写 null；现在是{_kind(value)}。")
            elif value not in valid:
                problems.append(f"{_field(key)}的值“{shown(value)}”不认识。{choices(value, valid)}")
        elif key in lists:
            valid = lists[key]
            if not isinstance(value, list):
                problems.append(f"{_field(key)}应是列表，例如 [\"{valid[0]}\"]，不知道时写 null；现在是{_kind(value)}。")
                continue
            unknown = []
            for i, item in enumerate(value, 1):
                if not isinstance(item, str):
                    problems.append(f"{_field(key)}的第{i}项应是文字，例如 \"{valid[0]}\"；现在是{_kind(item)}。")
                elif item not in valid:
                    unknown.append(item)
            if unknown:  # one message per field, so the list of valid values is given once
                named = "、".join(f"“{shown(item)}”" for item in unknown[:_NAMED])
                more = f"等{len(unknown)}项" if len(unknown) > _NAMED else ""
                problems.append(f"{_field(key)}中的{named}{more}不认识。{choices(unknown[0], valid)}")
        elif key == "confirmed":
            if not (isinstance(value, dict) and all(isinstance(v, bool) for v in value.values())):
                problems.append(f"{_field(key)}应是 {{\"问题\": true 或 false}} 的形式（当面确认过的条件）。")
    if len(problems) > MAX_PROBLEMS:
        problems = problems[:MAX_PROBLEMS] + [f"……另有{len(problems) - MAX_PROBLEMS}处问题。"]
    return problems


def _decode(data: bytes, name: str) -> str:
    encoding = json.detect_encoding(data)  # BOMs, and UTF-16/32 by their zero bytes
    try:
        if encoding.startswith(("utf-16", "utf-32")):
            return data.decode(encoding)
        return decode_bytes(data, name).text  # UTF-8 with or without BOM, else GBK/GB18030
    except (UnicodeDecodeError, PolicyDataError) as exc:
        raise PolicyDataError(f"{name}：不是能识别的文本（既不是 UTF-8 也不是 GBK），可能不是企业资料文件。"
                              "请在记事本中打开并“另存为”UTF-8 编码后再读取。") from exc


def parse_profile(data: bytes, name: str) -> dict:
    """The profile in `data` (a file's bytes), checked; PolicyDataError naming `name` and what is wrong."""
    if len(data) > MAX_BYTES:
        raise PolicyDataError(f"{name}：文件超过 {MAX_BYTES // 1_000_000} MB，而企业资料文件只有几百字节，这不是企业资料文件。"
                              "请选择用“保存资料…”保存的 .json 文件。")
    text = _decode(data, name)
    if not text.strip():
        raise PolicyDataError(f"{name}：文件是空的。请选择用“保存资料…”保存的 .json 文件。")
    try:
        # strict=False: a control character inside a value is reported below by field, not by column
        profile = json.loads(text, strict=False)
    except json.JSONDecodeError as exc:
        hint = _JSON_HINTS.get(exc.msg, exc.msg)
        raise PolicyDataError(f"{name}：第{exc.lineno}行第{exc.colno}列不是正确的 JSON（{hint}）。"
                              "请改正，或用“保存资料…”重新保存。") from exc
    except RecursionError as exc:
        raise PolicyDataError(f"{name}：嵌套层数过多，不是企业资料文件。请选择用“保存资料…”保存的 .json 文件。") from exc
    except ValueError as exc:  # Python refuses integers of more than 4,300 digits
        raise PolicyDataError(f"{name}：含有位数过多的数字，不是企业资料文件。请选择用“保存资料…”保存的 .json 文件。") from exc
    problems = validate_profile(profile)
    if problems:
        raise PolicyDataError(f"{name}：企业资料有误：\n" + "\n".join(problems))
    return profile


def read_profile(path: Path) -> dict:
    """Read and check a profile file (at most MAX_BYTES are read, whatever the file's size)."""
    try:
        data = read_regular(path, MAX_BYTES)  # non-blocking: a FIFO or a device is refused, never waited on
    except NotRegularFile as exc:
        what = "这是一个文件夹" if exc.is_dir else "不是普通文件（是设备、管道或套接字）"
        raise PolicyDataError(f"{path}：{what}，不是企业资料文件。请选择用“保存资料…”保存的 .json 文件。") from None
    except OSError as exc:
        raise PolicyDataError(f"{path}：无法读取企业资料文件（{reading_reason(exc)}）。请检查文件是否存在、是否有读取权限。") from exc
    return parse_profile(data, str(path))
