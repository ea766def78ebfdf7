"""A bounded fuzz run over the readers: real renderings of a corpus document (the 朝阳 plan as .docx, PDF,
saved web page, UTF-8 and GBK text; tests/docfixtures.py) mutated at every level a damaged or hostile file
differs (zip members, XML attributes and nesting, PDF tokens, bytes), each read and parsed as an import
does it. A case passes when it gives a result or a PolicyDataError whose message is Chinese and shows no
traceback or object repr; anything else is a finding: another exception, a case that outlives its time,
or a worker that dies (out of its memory bound).

The cases run in a worker process under resource.setrlimit (address space) and a per-case timeout kept by
the parent, which restarts the worker after the case that killed it. Cases are numbered and reproducible:
case i of seed s is always the same file.

    .venv/bin/python tests/fuzz_readers.py --cases 2000 --seed 1 [--timeout 60] [--memory-mb 2048]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import select
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KINDS = ("docx-xml", "docx-zip", "docx-bytes", "pdf-tokens", "pdf-bytes", "html", "text")
HOSTILE_NUMBERS = ["1e11", "-1", "x", "99999999999", "", "9" * 5000, "1.5", "0", "32768", "８", " 3 "]
_REPR = re.compile(r"object at 0x|Traceback|<[a-z_.]+ object")


# ---------------------------------------------------------------- the corpus renderings

def renderings() -> dict[str, bytes]:
    sys.path.insert(0, str(HERE))
    import docfixtures as fx

    text = fx.chaoyang_text()
    return {"docx": fx.make_docx(), "pdf": fx.make_pdf(), "html": fx.make_html(), "text-utf8": text.encode("utf-8"),
            "text-gbk": text.encode("gbk")}


# ---------------------------------------------------------------- mutations

def _flip(data: bytes, rng: random.Random, count: int | None = None) -> bytes:
    raw = bytearray(data)
    for _ in range(count or rng.randint(1, 20)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:
        return _flip(data, rng)
    if choice == 1:
        return data[: rng.randrange(len(data))]
    if choice == 2:
        at = rng.randrange(len(data))
        return data[:at] + rng.randbytes(rng.randint(1, 4096)) + data[at:]
    if choice == 3:
        a = rng.randrange(len(data))
        b = min(len(data), a + rng.randint(1, 65536))
        return data[:b] + data[a:b] * rng.randint(2, 50) + data[b:]
    a = rng.randrange(len(data))
    return data[:a] + data[a + rng.randint(1, 4096):]


def mutate_xml(xml: bytes, rng: random.Random) -> bytes:
    text = xml.decode("utf-8", "replace")
    choice = rng.randrange(8)
    if choice == 0:  # an attribute value replaced by a hostile number
        values = list(re.finditer(r'w:(?:val|ilvl|numId|abstractNumId)="([^"]*)"', text))
        if values:
            m = rng.choice(values)
            return (text[: m.start(1)] + rng.choice(HOSTILE_NUMBERS) + text[m.end(1):]).encode()
    if choice == 1:  # an element removed
        tags = list(re.finditer(r"<(w:[A-Za-z]+)[^>]*/>", text))
        if tags:
            m = rng.choice(tags)
            return (text[: m.start()] + text[m.end():]).encode()
    if choice == 2:  # a paragraph repeated many times
        paras = list(re.finditer(r"<w:p[ >].*?</w:p>", text, re.S))
        if paras:
            m = rng.choice(paras)
            return (text[: m.end()] + m.group(0) * rng.randint(10, 20000) + text[m.end():]).encode()
    if choice == 3:  # nesting deeper than libxml2 allows, or just below
        depth = rng.choice([100, 255, 300, 5000])
        at = text.find("<w:body>")
        if at >= 0:
            at += len("<w:body>")
            return (text[:at] + "<w:sdt><w:sdtContent>" * depth + "<w:p><w:r><w:t>深</w:t></w:r></w:p>"
                    + "</w:sdtContent></w:sdt>" * depth + text[at:]).encode()
    if choice == 4:  # an internal DTD with entities
        decl = ('<!DOCTYPE x [<!ENTITY a "啊啊啊啊啊啊啊啊"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
                '<!ENTITY e SYSTEM "file:///etc/passwd">]>')
        body = re.sub(r"^<\?xml[^>]*\?>", "", text)
        return ('<?xml version="1.0" encoding="UTF-8"?>' + decl + body.replace("</w:t>", "&b;&e;</w:t>", 3)).encode()
    if choice == 5:  # the numbering of a paragraph pointed at a list or level that may not exist
        return re.sub(r"<w:pPr>", lambda _m: f'<w:pPr><w:numPr><w:ilvl w:val="{rng.choice(HOSTILE_NUMBERS)}"/>'
                      f'<w:numId w:val="{rng.choice(["90", "1", "0", "x"])}"/></w:numPr>', text, count=rng.randint(1, 50)).encode()
    if choice == 6:  # a huge attribute or text node
        return text.replace("<w:t>", "<w:t>" + "长" * rng.choice([10_000, 1_000_000, 4_000_000]), 1).encode()
    return _flip(xml, rng, rng.randint(1, 5))


def mutate_docx(data: bytes, rng: random.Random, level: str) -> bytes:
    if level == "docx-bytes":
        return mutate_bytes(data, rng)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members = {info.filename: package.read(info) for info in package.infolist()}
    if level == "docx-xml":
        name = rng.choice([n for n in members if n.endswith((".xml", ".rels"))])
        members[name] = mutate_xml(members[name], rng)
    else:  # the zip's structure: members dropped, renamed, added, duplicated
        choice = rng.randrange(4)
        name = rng.choice(sorted(members))
        if choice == 0:
            del members[name]
        elif choice == 1:
            members[name.upper()] = members.pop(name)
        elif choice == 2:
            members[f"word/media/image{rng.randrange(99)}.png"] = rng.randbytes(rng.randint(0, 100_000))
        else:
            members["word/document.xml"] = members.get(name, b"")
    out = io.BytesIO()
    method = rng.choice([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
    with zipfile.ZipFile(out, "w", method) as package:
        for name, content in members.items():
            package.writestr(name, content)
    return out.getvalue()


_PDF_TOKENS = [rb"/Length \d+", rb"\d+ 0 R", rb"/Count \d+", rb"/Filter /\w+", rb"stream\r?\n", rb"\[", rb"<<"]


def mutate_pdf(data: bytes, rng: random.Random, level: str) -> bytes:
    if level == "pdf-bytes":
        return mutate_bytes(data, rng)
    pattern = rng.choice(_PDF_TOKENS)
    hits = list(re.finditer(pattern, data))
    if not hits:
        return mutate_bytes(data, rng)
    m = rng.choice(hits)
    token = m.group(0)
    if token.startswith(b"/Length"):
        new = b"/Length %d" % rng.choice([0, 1, 10**9, 2**31, 2**63])
    elif token.endswith(b" R"):
        new = b"%d 0 R" % rng.choice([0, 1, 2, 3, 10**6, 2**40])
    elif token.startswith(b"/Count"):
        new = b"/Count %d" % rng.choice([0, -1, 10**9])
    elif token.startswith(b"/Filter"):
        new = rng.choice([b"/Filter /FlateDecode", b"/Filter [/FlateDecode /FlateDecode /LZWDecode]", b"/Filter /Foo",
                          b"/Filter /JBIG2Decode", b"/Filter /DCTDecode"])
    elif token in (b"[", b"<<"):
        depth = rng.choice([100, 1000, 50_000])
        new = token + (b"[" * depth + b"]" * depth if token == b"[" else b"/K " + b"<< /K " * depth + b"1" + b" >>" * depth + b" ")
    else:
        new = token + rng.randbytes(rng.randint(1, 64))
    return data[: m.start()] + new + data[m.end():]


def mutate_html(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("gbk", "replace")
    choice = rng.randrange(6)
    if choice == 0:
        at = rng.randrange(len(text))
        piece = rng.choice(["<!-- saved from url=(0045)https://x -->", "<?php x ?>", "<![CDATA[x]]>", "<!DOCTYPE x>",
                            "</html>", "<html>", "&#xD800;", "&#99999999;", "\0"])
        return (text[:at] + piece + text[at:]).encode("gbk", "replace")
    if choice == 1:
        cs = rng.choice(["utf-16", "utf-32", "iso-8859-1", "x-unknown", "utf-7", "big5", "shift_jis", "gb2312", "cp037"])
        return data.replace(b"charset=gb2312", b"charset=" + cs.encode())
    if choice == 2:
        depth = rng.choice([300, 5000, 100_000])
        return data.replace(b'<div id="zoom"', b"<div>" * depth + b'<div id="zoom"', 1)
    if choice == 3:
        return rng.choice([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"]) + data
    if choice == 4:
        return data.replace(b"</p>", b"", rng.randint(1, 10_000))
    return mutate_bytes(data, rng)


def mutate_text(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        return data.replace(b"\n", b"", rng.randint(1, 10_000))  # long lines
    if choice == 1:
        return ("《关于支持小微企业的若干措施》" * rng.randint(1, 50_000)).encode() + data
    if choice == 2:
        return ("关于印发《" * rng.randint(1, 50_000)).encode() + data
    return mutate_bytes(data, rng)


def case(seed: int, number: int, base: dict[str, bytes]) -> tuple[str, str, bytes]:
    """(kind, file name, bytes) of case `number` of `seed`."""
    rng = random.Random(seed * 1_000_003 + number)
    kind = KINDS[number % len(KINDS)]
    if kind.startswith("docx"):
        return kind, "case.docx", mutate_docx(base["docx"], rng, kind)
    if kind.startswith("pdf"):
        return kind, "case.pdf", mutate_pdf(base["pdf"], rng, kind)
    if kind == "html":
        return kind, "case.html", mutate_html(base["html"], rng)
    return kind, "case.txt", mutate_text(base[rng.choice(["text-utf8", "text-gbk"])], rng)


# ---------------------------------------------------------------- the worker

def worker(seed: int, start: int, stop: int, memory_mb: int) -> None:
    import logging
    import resource

    limit = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.path.insert(0, str(ROOT))
    logging.disable(logging.CRITICAL)
    from index.errors import PolicyDataError
    from index.source.parser import parse_source
    from index.source.readers import read_source

    base = renderings()
    print(json.dumps({"ready": True}), flush=True)
    for number in range(start, stop):
        kind, name, data = case(seed, number, base)
        print(json.dumps({"start": number, "kind": kind, "size": len(data)}), flush=True)
        began = time.monotonic()
        try:
            doc = parse_source(read_source(data, name))
            outcome = {"result": "read", "measures": len(doc.measures)}
        except PolicyDataError as exc:
            message = str(exc)
            bad = not re.search(r"[\u4e00-\u9fff]", message) or _REPR.search(message)
            outcome = {"result": "finding" if bad else "refused", "message": message[:300]}
        except BaseException as exc:  # noqa: BLE001 - that is what a fuzz run is for
            outcome = {"result": "finding", "message": f"{type(exc).__name__}: {str(exc)[:300]}"}
        outcome.update(end=number, seconds=round(time.monotonic() - began, 2))
        print(json.dumps(outcome, ensure_ascii=False), flush=True)


# ---------------------------------------------------------------- the run

def run(cases: int, seed: int = 1, *, timeout: float = 60.0, memory_mb: int = 2048, log=None) -> dict:
    """Run cases 0..cases-1 of `seed`; {"cases", "read", "refused", "findings": [...], "slowest"}."""
    summary = {"cases": 0, "read": 0, "refused": 0, "findings": [], "slowest": (0.0, None)}
    number = 0
    while number < cases:
        process = subprocess.Popen([sys.executable, __file__, "--worker", str(seed), str(number), str(cases),
                                    str(memory_mb)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                   cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        current, current_kind, began = None, None, time.monotonic()
        try:
            while True:
                ready, _, _ = select.select([process.stdout], [], [], 5.0)
                if not ready:
                    if current is not None and time.monotonic() - began > timeout:
                        summary["findings"].append({"case": current, "kind": current_kind, "result": "timeout"})
                        summary["cases"] += 1
                        number = current + 1
                        break
                    if current is None and time.monotonic() - began > 300:
                        raise RuntimeError("the fuzz worker did not start")
                    continue
                line = process.stdout.readline()
                if not line:  # the worker died: out of memory, or a crash of a C library
                    if current is not None:
                        summary["findings"].append({"case": current, "kind": current_kind, "result": "died",
                                                    "code": process.wait()})
                        summary["cases"] += 1
                        number = current + 1
                    else:
                        number = cases
                    break
                event = json.loads(line)
                if "start" in event:
                    current, current_kind, began = event["start"], event["kind"], time.monotonic()
                elif "end" in event:
                    summary["cases"] += 1
                    if event["seconds"] > summary["slowest"][0]:
                        summary["slowest"] = (event["seconds"], event["end"])
                    if event["result"] == "finding":
                        summary["findings"].append({"case": event["end"], "kind": current_kind, **event})
                    else:
                        summary[event["result"]] += 1
                    if log:
                        log(event)
                    current = None
                    number = event["end"] + 1
                    if number >= cases:
                        break
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
            process.stdout.close()
    return summary


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(*(int(a) for a in sys.argv[2:6]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--memory-mb", type=int, default=2048)
    parser.add_argument("--save", type=Path, help="write the findings' files into this folder")
    args = parser.parse_args()
    summary = run(args.cases, args.seed, timeout=args.timeout, memory_mb=args.memory_mb)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    if args.save and summary["findings"]:
        args.save.mkdir(parents=True, exist_ok=True)
        base = renderings()
        for finding in summary["findings"]:
            _, name, data = case(args.seed, finding["case"], base)
            (args.save / f"case-{finding['case']}{Path(name).suffix}").write_bytes(data)


if __name__ == "__main__":
    main()
