"""Read document metadata from the text itself: title, issuer, number, dates, status, validity, district.

Also splits the front matter into press note, notice and preamble. Nothing is guessed: a field the
text does not give stays None.
"""
from __future__ import annotations

import re
from datetime import date

from index.models import ParsedDocument
from index.source.dates import APPLY, END, ISSUE_VERBS, LASTING, START, normalise, read_time
from index.source.headings import LEAD_HEADING
from index.vocab import DISTRICTS, ECONOMIC_ZONE, FLAG_DRAFT, MUNICIPAL


# bounded: "关于印发《" repeated must not make it quadratic; a notice's title may name its issuer without 关于
# ("北京市通州区人民政府办公室印发《…》的通知"), then at the head of its sentence
_NOTICE_TITLE = re.compile(r"(?:关于印发|^[^《》，,。；;]{2,30}?印发)《(.{1,200}?)》的通知")
_BOOK_MIN, _BOOK_MAX = 6, 80  # the length of a title cited as 《title》
_BOOK_TITLE = re.compile(rf"《([^《》]{{{_BOOK_MIN},{_BOOK_MAX}}})》")
_DOC_NUMBER = re.compile(r"(?<!（)([\u4e00-\u9fff]{1,10}〔\d{4}〕\d{1,4}号)")
# a number as the document itself carries it: on a line of its own, with any of the brackets typists use
_OWN_NUMBER = re.compile(r"^([\u4e00-\u9fff]{1,10}[〔\[［【(（]\d{4}[〕\]］】)）]\s*第?\d{1,4}号|[\u4e00-\u9fff]{2,12}令第\d{1,4}号)")
_ORDER = re.compile(r"((?:国务院|人民政府|[\u4e00-\u9fff]{2,6}部)令第\d{1,4}号)")
_PUBLISHED = re.compile(r"发布日期[：:]\s*(\d{4})[-年](\d{1,2})[-月](\d{1,2})")
_DATE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
# the date under the issuer's name (落款): "北京市朝阳区人民政府办公室 2026年6月20日", or a line of its own
_SIGNED = re.compile(rf"(?:人民政府|办公厅|办公室|委员会|常委会|管委会|管理委员会|领导小组|[局委厅署院])\s*{_DATE}(?![起前至止以之])")
_ISSUER_SIGNED = re.compile(rf"(?:^|(?<=[。；：）)]))((?:北京市)?(?:[\u4e00-\u9fff]{{2,4}}区)?(?:人民政府办公厅|人民政府办公室|人民政府|[\u4e00-\u9fff]{{2,10}}(?:委员会|局)))\s*{_DATE}(?![起前至止以之])")
_DATE_ALONE = re.compile(rf"^[（(]?{_DATE}[）)]?$")
# the date above the issuer's name at the end (2026年4月2日 / 北京市某区人民政府办公室, read as one line)
_DATE_THEN_ISSUER = re.compile(rf"^{_DATE}\s*((?:北京市)?(?:[\u4e00-\u9fff]{{2,4}}区)?(?:人民政府办公厅|人民政府办公室|人民政府|"
                               rf"[\u4e00-\u9fff]{{2,10}}(?:委员会|局)))$")
# the adoption lines of a regulation: "2019年11月27日 北京市第十五届人民代表大会常务委员会第十六次会议通过"
_ADOPTED = re.compile(rf"{_DATE}[^。；]{{0,60}}?(?:通过|公布|发布|印发|修订|修正)")
# sentences about the document as a whole: 本条例自…起施行, 本措施有效期至…, 执行期限为…
_ABOUT_DOCUMENT = re.compile(r"^(?:本|此)(?:实施)?(?:条例|办法|规定|规则|细则|措施|若干措施|方案|实施方案|意见|通知|政策|决定|计划|规划)")
_PERIOD_WORDS = re.compile(r"有效期|执行期")  # in the closing, about the whole text even without 本…
_STATES_PERIOD = re.compile(r"(?:有效期|执行期)(?![内间])")  # 有效期两年, 执行期至…; not 执行期内 (a time inside it)
# an article's heading before a colon ("附则：本措施自印发之日起施行…"; in brackets: headings.LEAD_HEADING)
_COLON_HEADING = re.compile(r"^[^，,。；;：:（）()]{1,12}[：:]")
_FROM_ISSUE = re.compile(rf"(?:{ISSUE_VERBS})之日起(?:施行|实施|执行|生效|[^，。；]{{0,8}}有效)")
_ISSUER_NOTICE = re.compile(r"^(.{2,24}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|管理委员会|管委会|委员会|局))"
                            r"(?:关于印发|印发《)")
# the issuer's name on a line of its own, in the header under the title or above the date (落款)
_ISSUER_ALONE = re.compile(r"^((?:北京市)?[\u4e00-\u9fff]{0,16}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管委会|"
                           r"领导小组|[局委厅署院]))$")
_CN_DATE = r"[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
_ISSUER_PRESS = re.compile(r"((?:北京市|[\u4e00-\u9fff]{2,4}区)(?:人民政府办公厅|人民政府|办公厅))印发《")
_ISSUER_TITLE = re.compile(r"^(北京市|[\u4e00-\u9fff]{2,4}区)(?:人民政府)?关于")
_VALID_UNTIL = re.compile(r"有效期至(\d{4})年(\d{1,2})月(\d{1,2})日")
_DRAFT = re.compile(r"[（(]?征求意见稿[）)]?")


def iso(year: str, month: str, day: str) -> str | None:
    """ISO date, or None for a date that does not exist (a typo such as 2月30日 in a source)."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


# the masthead of an official document above its title (北京市某区人民政府办公室文件), then perhaps its number
_MASTHEAD = re.compile(r"^((?:北京市)?[\u4e00-\u9fff]{0,20}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管委会|局)文件)\s*")


def split_front(doc: ParsedDocument, front: list[str], first_line: str | None) -> None:
    """Sort the text before the first heading into press note, notice and preamble; find the title."""
    if front and first_line and (head := _MASTHEAD.match(front[0])) and (head.end() < len(front[0]) or len(front) > 1) \
            and (first_line.strip() == head.group(1) or _HEADER_FOLLOWS.match(front[0], head.end())):
        # (a web copy's lines, one a line, are joined as one: the number or the notice's title right after it says
        # where the masthead ends, "北京市某区人民政府办公室文件某政办发〔2026〕7号北京市…关于印发《…》的通知")
        # the masthead (alone or glued) and the number glued before the title (their lines carry no punctuation):
        # to the notice; the title opens what follows
        doc.notice.append(head.group(1))
        front = [front[0][head.end():], *front[1:]] if head.end() < len(front[0]) else front[1:]
        if (number := _OWN_NUMBER.match(front[0])) and number.end() < len(front[0]):
            doc.notice.append(number.group(1))
            front = [front[0][number.end():].lstrip(), *front[1:]]
        first_line = split_title(front[0])[0]
    if first_line and len(front) > 1 and front[0] == first_line and _UNFINISHED_TITLE.match(first_line) \
            and _TITLE_REST.match(front[1]):
        # a title in two lines parted by a blank line: "北京市某区关于进一步支持" / "小微商户稳定经营的若干措施…"
        front = [front[0] + front[1], *front[2:]]
        first_line = front[0]
    title = title_from_notice(front)
    bare_at = None
    if title is None:
        # A press note cites the document as 《title》 before the title itself stands bare.
        title, bare_at = _cited_then_bare(front)
    if title is None and first_line:
        title = split_title(first_line)[0]
        bare_at = next((i for i, s in enumerate(front) if s.startswith(first_line)), None)
    if title is not None:
        doc.status = FLAG_DRAFT if _DRAFT.search(title) else doc.status
        doc.title = _DRAFT.sub("", title).strip() or title
    if bare_at is None and title is not None:
        front = _notice_apart(front, title)
        bare_at = next((i for i, s in enumerate(front) if title in s and f"《{title}》" not in s), None)
    for i, sentence in enumerate(front):
        if i == bare_at and title is not None and title in sentence and not sentence.startswith(title):
            # the issuer's signature and date glued before the bare title: "北京市海淀区人民政府2026年3月15日海淀区…"
            at = sentence.index(title)
            if sentence[:at].strip("#　 "):  # not a markdown heading's "# "
                doc.notice.append(sentence[:at])
            sentence = sentence[at:]
        if i == bare_at and title is not None and sentence.startswith(title):
            # the title stands bare, often glued to the preamble's first sentence
            rest = after_title(sentence, title)
            if rest:
                doc.preamble.extend(_without_number(rest, doc))
        elif bare_at is not None and i == bare_at + 1 and _DATED_NOTE.match(sentence):
            doc.notice.append(sentence)  # the dated note under the title: （2026年6月20日区政府常务会议审议通过）
        elif bare_at is not None and i >= bare_at:
            doc.preamble.extend(_without_number(sentence, doc) if i == bare_at + 1 else [sentence])
        elif _NOTICE_TITLE.search(sentence) or _PUBLISHED.search(sentence):
            doc.notice.append(sentence)
        elif bare_at is not None:
            doc.press_note.append(sentence)
        else:
            doc.preamble.append(sentence)


# what a masthead line is followed by: the number, or the notice's title
_HEADER_FOLLOWS = re.compile(rf"{_OWN_NUMBER.pattern[1:]}|[^《》，,。；;]{{2,30}}?印发《")


def _notice_apart(front: list[str], title: str) -> list[str]:
    """`front` with the notice's title line parted from the bare title glued after it (a web copy's lines joined:
    "…关于印发《X》的通知X二〇二六年三月五日为…"), the notice's addressees staying with the notice."""
    for i, sentence in enumerate(front):
        if not (m := _NOTICE_TITLE.search(sentence)):
            continue
        cut = m.end() + (to.end() if (to := _ADDRESSEES.match(sentence[m.end():])) else 0)
        if sentence[cut:].startswith(title) and sentence[cut:] != title:
            return [*front[:i], sentence[:cut], sentence[cut:], *front[i + 1:]]
    return front


# the header under the title, glued to the preamble when its lines carry no punctuation: the issuer, the
# number, the date (北京市通州区人民政府办公室 / 通政办发〔2026〕11号 / 二〇二六年五月十二日 / 为…)
_HEADER_PART = re.compile(rf"(?:北京市)?[\u4e00-\u9fff]{{0,16}}(?:人民政府办公室|人民政府办公厅|人民政府)(?=[\u4e00-\u9fff]{{1,10}}[〔\[［【(（]\d{{4}}|\d{{4}}年|{_CN_DATE})"
                          rf"|{_OWN_NUMBER.pattern[1:]}|{_DATE}|{_CN_DATE}")


_DATED_NOTE = re.compile(rf"^[（(][^（）()]{{0,60}}(?:{_DATE}|{_CN_DATE})[^（）()]{{0,60}}[）)]$")
# the addressees of a notice, glued after the title: 各街道办事处、各镇人民政府，区政府各委、办、局：
_ADDRESSEES = re.compile(r"^各[\u4e00-\u9fff、，,]{1,80}?[：:]")
_BRACKET_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[［【(（]\d{4}[〕\]］】)）]\s*第?\d{1,4}号$")


def _without_number(sentence: str, doc: ParsedDocument) -> list[str]:
    """The header glued before the preamble — the document number ("京通政办发[2026]3号为促进消费…"), and the
    issuer and date beside it — goes to the notice, each part on its own."""
    rest, parts = sentence, []
    if (number := re.match(rf"[（(]({_OWN_NUMBER.pattern[1:]})[）)]", rest)) and _BRACKET_NUMBER.match(number.group(1)):
        parts.append(number.group(1))  # the number in brackets after the title: （某政发〔2026〕3号）
        rest = rest[number.end():]
    # (the date under the title may be all there is before the measures: "…若干措施" / "2026年4月15日" / "一、…")
    while (match := _HEADER_PART.match(rest) or _LABELLED_DATE.match(rest)) \
            and (match.end() < len(rest) or _HEADER_DATE.match(match.group(0))):
        parts.append(match.group(0))
        rest = rest[match.end():]
    if parts and (issued := _ISSUED_WORD.match(rest)):  # 2026年4月2日发布 / 印发, then the preamble
        parts[-1] += issued.group(0)
        rest = rest[issued.end():]
    if (to := _ADDRESSEES.match(rest)) and to.end() < len(rest):
        doc.notice.extend(parts + [to.group(0)])
        return [rest[to.end():]]
    if not any(_BRACKET_NUMBER.match(p) for p in parts) and not _dated_header(parts, rest):
        # a header carries the number in its brackets, or a date standing on its own line before the preamble;
        # a name or a date that opens a sentence is not one (a regulation's adoption line: 2011年4月16日中华人民
        # 共和国国务院令第596号公布…, 2020年7月30日北京市第十五届人民代表大会常务委员会第二十四次会议通过)
        return [sentence]
    doc.notice.extend(parts)
    return [rest] if rest else []


# what an adoption or issue line goes on with after its date (…会议通过, …令第596号公布, 自…起施行)
_ADOPTION_GOES_ON = re.compile(r"^(?:起|前|以|之|至|止|开始|[^，,。；;]{0,40}?(?:通过|公布|发布|印发|修订|修正|施行|会议|令第))")
# how a preamble opens (为进一步…, 根据…, 经区政府同意, 近年来 …)
_PREAMBLE_OPENS = re.compile(r"^(?:为|根据|按照|依据|依照|经|现将|近年来|当前|目前|各)")
_HEADER_DATE = re.compile(rf"^(?:(?:发布|印发|成文|发文)日期[：:]\s*)?(?:{_DATE}|{_CN_DATE})(?:发布|印发|公布)?$")
# the date under the title with its label (发布日期：2026年4月2日), or the word after it (2026年4月2日发布) before a preamble
_LABELLED_DATE = re.compile(rf"(?:发布|印发|成文|发文)日期[：:]\s*(?:{_DATE}|{_CN_DATE})")
_ISSUED_WORD = re.compile(r"(?:发布|印发|公布)(?=为|根据|按照|依据|依照|经|现将|近年来|当前|目前)")


def _dated_header(parts: list[str], rest: str) -> bool:
    """The header glued before the preamble ends on the document's date standing on its own line under the title
    (2026年4月2日 / 二〇二六年四月二日, after the issuer's name or alone): the preamble opens after it."""
    if not parts or not _HEADER_DATE.match(parts[-1]) or any("令第" in p for p in parts):
        return False
    return bool(_PREAMBLE_OPENS.match(rest)) or not _ADOPTION_GOES_ON.match(rest)


def _cited_then_bare(front: list[str]) -> tuple[str | None, int | None]:
    """The first sentence that starts with a 《title》 cited in the sentences before it, and that title
    (the one cited first when several fit). One pass: the citations are collected as the sentences go by,
    and a sentence is looked up by its prefixes of every length a citation can have."""
    cited: dict[str, int] = {}  # citation → order of its first appearance
    tail = ""  # the end of the text so far, where a citation completed by the next sentence may begin
    for i, sentence in enumerate(front):
        fitting = [cited[sentence[:n]] for n in range(_BOOK_MIN, min(_BOOK_MAX, len(sentence)) + 1)
                   if sentence[:n] in cited]
        if fitting:
            first = min(fitting)
            return next(c for c, order in cited.items() if order == first), i
        window = tail + sentence
        for match in _BOOK_TITLE.finditer(window):
            if match.end() > len(tail):  # the ones ending in the tail were counted with the sentence before
                cited.setdefault(match.group(1), len(cited))
        tail = window[-(_BOOK_MAX + 1):]
    return None, None


def after_title(sentence: str, title: str) -> str:
    """What follows a bare title in its sentence, without a 征求意见稿 marker right after it."""
    rest = sentence[len(title) :] if sentence.startswith(title) else sentence
    match = _DRAFT.match(rest)
    return (rest[match.end() :] if match else rest).strip()


_TITLE_END = (r"(?:若干措施|若干政策|实施方案|工作方案|行动方案|行动计划|实施意见|指导意见|实施细则|管理办法|暂行办法|办法|"
              r"方案|措施|意见|细则|规定|条例|决定|计划|要点|指南|政策|规划|清单)")
_GLUED = re.compile(rf"^(.{{4,80}}?{_TITLE_END}(?:[（(](?![\u4e00-\u9fff]{{1,10}}[〔\[［【]\d{{4}})[^）)]{{1,12}}[）)])?)"
                    r"(?=[（(]?(?:[\u4e00-\u9fff]{1,10}[〔\[［【(（]\d{4}[〕\]］】)）]\s*第?\d{1,4}号)?[）)]?"
                    # (the issuer, number and date under the title, their lines joined: "…若干措施2026年5月8日为…")
                    rf"(?:{_HEADER_PART.pattern}|{_LABELLED_DATE.pattern})*(?:发布|印发|公布)?"
                    r"(?:各[\u4e00-\u9fff、，,]{1,80}?[：:])?(?:为了?|根据|按照|依据|近年来|当前|现将|经|结合|贯彻|落实|为进一步|围绕|以|在|坚持|着力|聚焦)[^。]*[。：])")


# the first line of a title that goes on in the next: no punctuation, no title ending of its own
_UNFINISHED_TITLE = re.compile(rf"^(?!.*{_TITLE_END}$)[^。，；：！？、（）()《》]{{4,40}}$")
_TITLE_REST = re.compile(rf"^[^。，；：！？]{{2,40}}?{_TITLE_END}")


def split_title(line: str) -> tuple[str, str]:
    """A title line glued to the preamble's first sentence, as Word and web copies join them:
    "…若干措施为进一步稳定市场主体…制定以下措施。" → ("…若干措施", "为进一步稳定市场主体…制定以下措施。").
    A line without a sentence end is all title; a markdown heading's "#" is not part of it."""
    line = re.sub(r"^#+\s*", "", line.strip())
    if "。" not in line and "：" not in line:
        return line, ""
    match = _GLUED.match(line)
    return (match.group(1), line[match.end():]) if match else (line, "")


def title_from_notice(front: list[str]) -> str | None:
    for sentence in front:
        match = _NOTICE_TITLE.search(sentence)
        if match:
            return match.group(1)
    return None


def fill_metadata(doc: ParsedDocument) -> None:
    """Issuer, number, dates, validity from the notice, press note, preamble and closing."""
    head = "".join(doc.notice)
    everything = "".join(doc.notice + doc.press_note + doc.preamble + doc.closing)
    if match := _ISSUER_NOTICE.search(head):
        doc.issuer = match.group(1)
    elif match := _ISSUER_PRESS.search("".join(doc.press_note)):
        doc.issuer = match.group(1)
    elif match := _ISSUER_SIGNED.search(normalise("。".join(doc.notice + doc.closing))):  # (each part on its own)
        doc.issuer = match.group(1)
    elif alone := next((m.group(1) for s in doc.notice + doc.closing if (m := _ISSUER_ALONE.match(s.strip()))), None):
        doc.issuer = alone
    elif masthead := next((s.strip()[:-2] for s in doc.notice if _MASTHEAD.fullmatch(s.strip())), None):
        doc.issuer = masthead  # 北京市某区人民政府办公室文件: the masthead names it
    elif below := next((m.group(4) for s in doc.notice + doc.closing if (m := _DATE_THEN_ISSUER.match(normalise(s).strip()))), None):
        doc.issuer = below  # the issuer's name under the date: 2026年4月2日 / 北京市某区人民政府办公室
    elif doc.title and (match := _ISSUER_TITLE.search(doc.title)):
        doc.issuer = match.group(1)
    if own := next((m.group(1) for s in doc.notice if (m := _OWN_NUMBER.match(s.strip())) and m.end() == len(s.strip())), None):
        doc.doc_number = re.sub(r"\s+", "", own)  # a number on a line of its own in the header
    elif match := _DOC_NUMBER.search(head):
        doc.doc_number = re.sub(r"^.*的通知", "", match.group(1))
    elif number := document_number(doc.notice + doc.press_note + doc.preamble[:3]):
        doc.doc_number = number
    if match := _PUBLISHED.search(head):
        doc.published = iso(*match.groups())
    doc.signed = signed_date(doc.notice + doc.press_note + doc.preamble + doc.closing)
    if match := _VALID_UNTIL.search(everything):
        doc.valid_until = iso(*match.groups())
        doc.valid_until_basis = next((s for s in doc.notice + doc.press_note + doc.preamble + doc.closing
                                      if match.group(0) in s), None)
    read_period(doc)
    if doc.status is None and (doc.notice or _ISSUER_PRESS.search("".join(doc.press_note))):
        doc.status = "已印发"
    if doc.district is None:
        doc.district = district_of(doc.title or "", doc.issuer or "")


def document_number(sentences: list[str]) -> str | None:
    """The document's own number (朝政办发〔2026〕12号, 国务院令第596号) where a sentence starts with it."""
    for sentence in sentences:
        if match := _OWN_NUMBER.match(normalise(sentence).strip()):
            return re.sub(r"\s+", "", match.group(1))
    for sentence in sentences:  # an order number on the adoption line: "2011年4月16日 中华人民共和国国务院令第596号公布"
        if (match := _ORDER.search(sentence)) and "《" not in sentence[: match.start()]:
            return match.group(1)
    return None


def signed_date(sentences: list[str]) -> str | None:
    """The date of the text: under the issuer's name, on a line of its own, or the latest adoption or
    revision line of a regulation. Dates in Chinese numerals (二〇二六年六月二十日) are read too."""
    texts = [normalise(s) for s in sentences]
    for text in texts:
        if match := _SIGNED.search(text) or _DATE_ALONE.match(text.strip()):
            return iso(*match.groups())
        if match := _DATE_THEN_ISSUER.match(text.strip()):
            return iso(*match.groups()[:3])
    adopted = [iso(*m.groups()) for text in texts for m in _ADOPTED.finditer(text)]
    adopted = [d for d in adopted if d]
    return max(adopted) if adopted else None


def _without_heading(sentence: str) -> str:
    """A last article's sentence without the heading it opens with, where what follows is about the text."""
    sentence = LEAD_HEADING.sub("", sentence)
    if (match := _COLON_HEADING.match(sentence)) and _ABOUT_DOCUMENT.match(sentence[match.end():]):
        return sentence[match.end():]
    return sentence


def read_period(doc: ParsedDocument) -> None:
    """Entry into force and validity from the sentences about the whole text (本条例自…起施行, 本措施自印发之日起
    施行，有效期2年, 执行期限至2027年12月31日), in the closing or in the last articles."""
    issued = doc.signed or doc.published
    # (a last article may open with its heading in brackets or before a colon: "（附则）本办法自2026年8月1日起施行，
    # 有效期两年。", "12.附则：本措施自印发之日起施行，有效期三年。")
    tail = [_without_heading(s) for m in doc.measures[-3:] for s in m.sentences]
    about = [s for s in doc.closing if _ABOUT_DOCUMENT.search(s) or _PERIOD_WORDS.search(s)]
    about += [s for s in tail + doc.preamble if _ABOUT_DOCUMENT.search(s)]
    # a sentence that states the period (有效期两年, 执行期至…) is read before one whose date is inferred ("本政策实施期内
    # 每年受理一次，2028年为最后一个申报年度" in a measure before the closing article): the stated validity wins
    about.sort(key=lambda s: not _STATES_PERIOD.search(s))
    for sentence in about:
        if _FROM_ISSUE.search(sentence) and issued and doc.effective is None:
            doc.effective, doc.effective_basis = issued, sentence
        for fact in read_time(sentence, int(issued[:4]) if issued else None, issued, doc.effective):
            if fact.kind == LASTING and doc.status is None and _ABOUT_DOCUMENT.search(sentence):
                doc.status = "长期有效"  # 本措施长期有效: in force until revised or repealed, as a regulation is
            elif fact.kind == START and doc.effective is None and "起" in sentence and re.search(r"施行|实施|执行|生效", sentence):
                doc.effective, doc.effective_basis = fact.date, fact.basis
            elif fact.kind in (END, APPLY) and doc.valid_until is None and re.search(r"有效|执行期|施行|实施|执行|截止|截至|止", sentence):
                doc.valid_until, doc.valid_until_basis = fact.date, fact.basis


# 《城乡个体工商户管理暂行条例》同时废止 / 废止《…》 / 《…》不再执行
_REPEALS = re.compile(r"《([^《》]{4,60})》(?:（[^（）]{0,40}）)?(?:同时|即行|予以)?(?:废止|停止执行|不再执行)|废止《([^《》]{4,60})》")


def repealed_titles(sentences: list[str]) -> list[str]:
    """The titles of the texts this one repeals, as it says ("…《城乡个体工商户管理暂行条例》同时废止")."""
    found: list[str] = []
    for sentence in sentences:
        for match in _REPEALS.finditer(sentence):
            title = match.group(1) or match.group(2)
            if title not in found:
                found.append(title)
    return found


_EDITION = re.compile(r"[（(][^）)]*(?:修订|修正|试行|征求意见稿|\d{4}年?)[^）)]*[）)]|\d{4}年(?:修订|修正)?版?|暂行|修订版|\s")


def same_work(title: str, other: str) -> bool:
    """Two editions of one text: the titles match once editions, years and 暂行 are set aside
    (北京市专利保护和促进条例（2013年修订） / 北京市专利保护和促进条例): the importer proposes the later as replacing
    the earlier, the maintainer confirms."""
    a, b = _EDITION.sub("", title or ""), _EDITION.sub("", other or "")
    return bool(a) and a == b


def district_of(*texts: str) -> str | None:
    for text in texts:
        for district in DISTRICTS:
            if district in text:
                return district
        if ECONOMIC_ZONE in text:
            return ECONOMIC_ZONE
    for text in texts:
        if text.startswith(MUNICIPAL) or "本市" in text:
            return MUNICIPAL
    return None
