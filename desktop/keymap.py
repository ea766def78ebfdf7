"""The keyboard map: one home for every shortcut, so the actions, their tooltips and the F1 help
always say the same thing. Main thread (the strings go through Qt's translator).

Ctrl+D was 收藏 and is now 加入打印单: at the window the handout is what a clerk builds for every
visitor, favourites are the clerk's own bookmarks, rarely added while someone waits. 收藏 moves to
Ctrl+Shift+D.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from index.queryparser import FIELD_NAMES  # the prefixes the engine's parser knows
from index.search import FACETS

FACET_KEYS = 3  # Alt+1/2/3: 地区, 行业, 支持方式 (the groups a clerk narrows by)

# name → (shortcuts, what it does); the names are the window's actions (`<name>_action`)
SHORTCUTS: dict[str, tuple[tuple[str, ...], str]] = {
    "focus": (("Ctrl+F", "Ctrl+L"), "到搜索框"),
    "handout_add": (("Ctrl+D",), "把当前措施加入打印单"),
    "compare": (("Ctrl+T",), "同类措施：各区同类措施并排比较"),
    "source": (("Ctrl+O",), "查看当前措施的原文"),
    "favourite": (("Ctrl+Shift+D",), "收藏/取消收藏当前措施"),
    "print": (("Ctrl+P",), "预览并打印打印单"),
    "pdf": (("Ctrl+Shift+P",), "把打印单存为PDF"),
    "wizard": (("Ctrl+W",), "资格自查：问几个问题，找出这家企业可以申请的措施"),
    "new_visitor": (("Ctrl+N",), "新访客：清空上一位访客的一切（一分钟内可撤销）"),
    "undo_visitor": (("Ctrl+Shift+Z",), "撤销新访客：找回上一位访客的查询和打印单"),
    "quit": (("Ctrl+Q",), "退出程序（与关闭窗口相同）"),
    "help": (("F1",), "本帮助"),
}
# keys that are not actions of the window, for the help only
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter", "在搜索框里：立即打开第一条结果（联想列表开着时也是）；在结果里：打开当前结果"),
    ("↑ ↓", "在结果中移动（搜索框里也可以）"),
    ("Esc", "在搜索框里：联想列表开着时只关闭列表；没有列表时清空搜索框"),
    ("Alt+1 / Alt+2 / Alt+3", "到左侧筛选：地区 / 行业 / 支持方式"),
    ("Tab", "依次：搜索框 → 结果 → 措施全文 → 措施按钮 → 打印单 → 筛选"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("keymap", text)


def sequences(name: str) -> list[QKeySequence]:
    return [QKeySequence(k) for k in SHORTCUTS[name][0]]


def native(name: str) -> str:
    """The first shortcut of `name` as the platform writes it (Ctrl+D)."""
    return sequences(name)[0].toString(QKeySequence.SequenceFormat.NativeText)


def tip(text: str, name: str) -> str:
    """A tooltip that says the shortcut: 加入打印单（Ctrl+D）."""
    return f"{text}（{native(name)}）"


def facet_names() -> tuple[str, ...]:
    return FACETS[:FACET_KEYS]


def chain(*widgets: QWidget) -> None:
    """The Tab order, in the order given (a clerk's order: what to type, what came out, what to do with it)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


def help_html() -> str:
    rows = [(" / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys), tr(what))
            for keys, what in SHORTCUTS.values()]
    rows += [(keys, tr(what)) for keys, what in OTHER_KEYS]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{w}</td></tr>" for k, w in rows)
    syntax = tr("搜索写法：空格分隔多个词（都要有）；“引号”内按原文查；-词 表示排除；词 OR 词 表示有其一即可；"
                "地区:平谷、行业:制造业、类型:税费减免、单位:区商务局 只在该项里找（冒号前可写：{0}）。"
                "日常说法（社保、房租、个体户）会自动对应文件用语。").format("、".join(FIELD_NAMES))
    return (f"<h3>{tr('惠企政策离线查询：快捷键')}</h3><table cellpadding=\"3\">{table}</table>"
            f"<p>{syntax}</p>"
            f"<p>{tr('每条措施都按今天的日期判断期限：已过期的措施不能再承诺办理。')}</p>")
