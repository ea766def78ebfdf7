"""The store and the command line: atomic builds, export formats, show, import --dry-run, errors."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from index.build import build
from index.cli import main
from index.errors import PolicyDataError
from index.store import Store, active_store
from tests.kit import ROOT


def test_build_writes_every_measure_with_contract_fields(data_dir):
    store = Store(data_dir)
    measures = store.measures()
    assert len(measures) == 15 + 16 + 45 + 55 + 58
    m = store.measure("chaoyang-2022/4")
    assert set(m) >= {"id", "district", "document", "number", "section", "subsection", "text", "responsible_units",
                      "industries", "benefit_types", "entity_types", "sizes", "deadlines", "valid_until", "flags"}
    assert m["document"]["status"] == "征求意见稿"
    assert m["document"]["source_file"] == "resources/documents/chaoyang-2022-stabilize-economy-draft.txt"
    assert m["valid_until"] == "2022-12-31"


def test_failed_build_leaves_the_previous_data_working(tmp_path):
    data = tmp_path / "data"
    build(data)
    before = active_store(data)
    resources = tmp_path / "resources"
    resources.mkdir()
    (resources / "documents.toml").write_text('[[document]]\nid = "x"\nfile = "documents/missing.txt"\n', encoding="utf-8")
    with pytest.raises(PolicyDataError, match="missing.txt"):
        build(data, resources=resources)
    assert active_store(data) == before
    assert Store(data).measure("chaoyang-2022/1") is not None
    assert [p.name for p in data.iterdir() if p.name.startswith(".building")] == []


def test_missing_data_is_explained(tmp_path, capsys):
    assert main(["show", "chaoyang-2022/1", "--data", str(tmp_path)]) == 1
    assert "还没有构建数据" in capsys.readouterr().err


def test_show_unknown_id_says_what_an_id_looks_like(data_dir, capsys):
    assert main(["show", "nope/1", "--data", str(data_dir)]) == 1
    assert "chaoyang-2022/4" in capsys.readouterr().err


def test_export_jsonl_has_one_measure_per_line(data_dir, tmp_path):
    out = tmp_path / "all.jsonl"
    assert main(["export", "--data", str(data_dir), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 189
    assert json.loads(lines[0])["id"] == "beijing-2022-manufacturing/1"


def test_export_csv_has_a_bom_for_excel(data_dir, tmp_path):
    out = tmp_path / "all.csv"
    assert main(["export", "--data", str(data_dir), "--format", "csv", "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("编号,适用地区,文件,条目")


def test_import_dry_run_json_reads_a_gbk_file_and_warns(tmp_path, capsys):
    text = "某区稳经济若干措施\n\n一、支持企业\n（一）房租\n1、对小微企业减免3个月房屋租金。(责任单位:区国资委)\n2、对个体工商户给予补贴。\n"
    path = tmp_path / "new.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("gbk"))
    assert main(["import", str(path), "--dry-run", "--json", "--district", "朝阳区"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [m["text"] for m in result["measures"]] == ["对小微企业减免3个月房屋租金。", "对个体工商户给予补贴。"]
    assert result["measures"][0]["responsible_units"] == ["区国资委"]
    assert result["measures"][0]["subsection"] == "（一）房租"
    assert result["document"]["district"] == "朝阳区"
    assert result["warnings"][0] == "文件是GBK/GB18030编码，已自动转换。"
    assert "第2条未写责任单位。" in result["warnings"]


def test_import_stores_a_copy_in_user_data_and_rebuilds(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(tmp_path / "home"))
    path = tmp_path / "新文件.txt"
    path.write_bytes("1.对小微企业减免3个月房屋租金。（责任单位：区国资委）\n2.对个体工商户给予补贴。（责任单位：区财政局）\n".encode("gbk"))
    data = tmp_path / "data"
    assert main(["import", str(path), "--district", "延庆区", "--title", "延庆区测试措施", "--data", str(data)]) == 0
    store = Store(data)
    imported = [m for m in store.measures() if m["district"] == "延庆区"]
    assert [m["text"] for m in imported] == ["对小微企业减免3个月房屋租金。", "对个体工商户给予补贴。"]
    assert imported[0]["document"]["title"] == "延庆区测试措施"
    copies = list((tmp_path / "home" / "imports").glob("import-*.txt"))
    assert len(copies) == 1 and copies[0].read_bytes() == path.read_bytes()
    assert len(store.measures()) == 189 + 2


def test_import_without_a_district_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(tmp_path / "home"))
    path = tmp_path / "x.txt"
    path.write_text("1.对小微企业减免房租。\n2.给予补贴。\n", encoding="utf-8")
    assert main(["import", str(path), "--data", str(tmp_path / "data")]) == 1
    assert "--district" in capsys.readouterr().err
    assert not (tmp_path / "home" / "imports").exists()


def test_import_of_an_unreadable_file_names_it(tmp_path, capsys):
    assert main(["import", str(tmp_path / "nope.txt"), "--dry-run"]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_index_package_never_imports_qt():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in index/')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import pkgutil, importlib, index\n"
        "for m in pkgutil.iter_modules(index.__path__):\n"
        "    if m.name != '__main__':\n"
        "        importlib.import_module('index.' + m.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_the_code_version_is_the_project_version():
    import tomllib

    from index import __version__

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert __version__ == project["version"]


def test_import_refuses_an_unknown_district(tmp_path, capsys):
    path = tmp_path / "x.txt"
    path.write_text("1.对小微企业减免房租。\n2.给予补贴。\n", encoding="utf-8")
    assert main(["import", str(path), "--dry-run", "--district", '朝阳"]'])  == 1
    assert "不认识的地区" in capsys.readouterr().err
