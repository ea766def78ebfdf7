"""The two documents the frozen self-test imports, written by hand (no reportlab, no python-docx
templates in the bundle), read to the same three measures as the text they were made from."""
from __future__ import annotations

from pathlib import Path

import docx.parts.styles
import pytest

from desktop.selftest_docs import LINES, MEASURES, tiny_docx, tiny_pdf
from index.source.parser import parse_source, parse_text
from index.source.readers import read_source

EXPECTED = [
    (1, "对承租区属国有房屋的小微企业免除3个月房租。", ["区国资委"]),
    (2, "对小微企业新增贷款给予贴息，贴息比例不超过50%。", ["区金融办"]),
    (3, "小微企业吸纳应届高校毕业生的，每人给予一次性补贴1000元。", ["区人力社保局"]),
]


@pytest.mark.parametrize("make, kind", [(tiny_docx, "docx"), (tiny_pdf, "pdf")])
def test_the_self_test_documents_read_like_their_text(make, kind):
    source = read_source(make(), f"selftest.{kind}")
    assert source.format == kind and source.warnings == []
    doc = parse_source(source)
    assert (doc.title, doc.district) == ("北京市朝阳区支持小微企业纾困的若干措施", "朝阳区")
    assert [(m.number, m.text, m.responsible_units) for m in doc.measures] == EXPECTED
    assert len(EXPECTED) == MEASURES == len(parse_text("\n".join(LINES)).measures)


def test_a_docx_without_styles_reads_without_python_docx_templates(monkeypatch):
    """The bundle drops docx/templates: a file with no styles part must not need default-styles.xml."""
    def missing(cls):
        raise FileNotFoundError(2, "No such file or directory", "docx/templates/default-styles.xml")

    monkeypatch.setattr(docx.parts.styles.StylesPart, "_default_styles_xml", classmethod(missing))
    assert read_source(tiny_docx(), "selftest.docx").text.split("\n")[0] == "北京市朝阳区支持小微企业纾困的若干措施"


def test_the_self_test_imports_a_docx_and_a_pdf(tmp_path):
    """`python -m desktop --self-test` from source, as packaging runs it in the bundle."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POLICY_BROWSER_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], env=env, capture_output=True, text=True,
                          timeout=300, cwd=Path(__file__).resolve().parent.parent)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert (done.returncode, report["ok"], report.get("error")) == (0, True, None)
    assert (report["import_docx_measures"], report["import_pdf_measures"]) == (3, 3)
    assert not (tmp_path / "home" / "imports").exists()  # read and reviewed, never stored
