"""The maintainer corrects what the app says about an imported measure (issue 23, item 6): kind, whom it
is for and its deadline, each with a why; applied at every build, carried in data packs, kept across a
re-import of a revised file for the measures whose text is unchanged."""
from __future__ import annotations

import json
from datetime import date

import pytest

from index import corrections_local
from index.cli import main
from index.errors import PolicyDataError
from index.facts.deadlines import EXPIRED, measure_status
from index.facts.eligibility import EXPIRED_GROUP, INELIGIBLE, eligible, group_of
from index.importer import import_files, list_imports
from index.packs.library import library_files
from index.store import Store

PLAN = """北京市某区关于支持小微企业稳定经营的若干措施

为支持小微企业稳定经营，制定以下措施。

一、对承租区属国有企业房屋的小微企业和个体工商户，减免3个月房屋租金。
（责任单位：区国资委）
二、对餐饮门店给予一次性补贴1万元。
（责任单位：区商务局）
"""
SHOP = {"district": "朝阳区", "entity_type": "个体工商户", "size": None, "industries": ["住宿餐饮"], "traits": [],
        "situations": []}


@pytest.fixture
def imported(tmp_path, home, capsys):
    source = tmp_path / "措施.txt"
    source.write_text(PLAN, encoding="utf-8")
    data = tmp_path / "data"
    assert main(["build", "--data", str(data)]) == 0
    assert main(["import", str(source), "--district", "朝阳区", "--data", str(data)]) == 0
    [doc] = list_imports()
    capsys.readouterr()
    return data, doc.id, source


def test_a_correction_changes_kind_beneficiaries_and_deadline_at_the_next_build(imported, capsys):
    data, doc_id, _ = imported
    m2 = f"{doc_id}/2"
    before = Store(data).measure(m2)
    assert "个体工商户" in before["entity_types"] and before["deadlines"] == []
    assert main(["correct", m2, "--entity-types", "企业", "--sizes", "小型、微型", "--deadline", "2026-06-30",
                 "--why", "区商务局确认：补贴只给企业门店，申报已于6月底截止", "--data", str(data)]) == 0
    after = Store(data).measure(m2)
    assert after["entity_types"] == ["企业"] and after["sizes"] == ["小型", "微型"]
    assert after["deadlines"] == ["2026-06-30"]
    assert after["tag_basis"]["deadlines"] == {"2026-06-30": "维护人员更正：区商务局确认：补贴只给企业门店，申报已于6月底截止"}
    assert measure_status(after, date(2026, 12, 4)) == EXPIRED
    [judged] = eligible(SHOP, [after], date(2026, 3, 1))
    assert judged["status"] == INELIGIBLE  # an individual shop is no longer offered the enterprises' subsidy
    assert main(["correct", f"{doc_id}/1", "--kind", "duty", "--why", "复核：本条是国企的工作安排", "--data", str(data)]) == 0
    assert Store(data).measure(f"{doc_id}/1")["kind"] == "duty"
    assert Store(data).measure(f"{doc_id}/1")["kind_basis"] == "维护人员更正：复核：本条是国企的工作安排"


def test_corrections_are_refused_without_a_why(imported, capsys):
    data, doc_id, _ = imported
    with pytest.raises(SystemExit):
        main(["correct", f"{doc_id}/2", "--kind", "duty", "--data", str(data)])  # --why is required
    assert main(["correct", "nowhere-2022", "--title", "x", "--why", "x", "--data", str(data)]) == 1
    assert "没有编号为 nowhere-2022 的文件" in capsys.readouterr().err
    with pytest.raises(PolicyDataError, match="期限要写成 2026-06-30"):
        corrections_local.save(f"{doc_id}/2", "text", {"why": "y", "deadlines": ["6月30日"]})


def test_corrections_travel_in_the_pack_and_survive_a_revised_file(imported, tmp_path, capsys):
    data, doc_id, source = imported
    assert main(["correct", f"{doc_id}/2", "--entity-types", "企业", "--kind", "benefit", "--deadline", "2026-09-30",
                 "--why", "只给企业，区商务局说9月底截止", "--data", str(data)]) == 0
    assert main(["correct", f"{doc_id}/1", "--kind", "duty", "--why", "国企的工作", "--data", str(data)]) == 0
    assert main(["correct", doc_id, "--title", "某区小微企业稳定经营若干措施", "--valid-until", "2026-12-31",
                 "--why", "按区政府网站的正式文本", "--data", str(data)]) == 0
    files = dict(library_files()[0])
    assert f'[measure."{doc_id}/2"]' in files["measure_overrides.toml"].decode("utf-8")
    revised = tmp_path / "措施-修订.txt"
    revised.write_text(PLAN.replace("减免3个月房屋租金", "减免6个月房屋租金"), encoding="utf-8")
    outcome = import_files([revised], district="朝阳区", title=None, dry_run=False, data_dir=data, replacing=doc_id)
    new_id = outcome.results[0]["document"]["id"]
    assert new_id != doc_id and outcome.results[0]["corrections_carried"] == 1
    # measure 2's text is unchanged: its correction came along and the build applied it; measure 1 changed (3 → 6 months)
    assert corrections_local.load()[f"{new_id}/2"]["beneficiaries"] == {"entity_types": ["企业"]}
    store = Store(data)
    carried = store.measure(f"{new_id}/2")
    assert (carried["entity_types"], carried["kind"], carried["deadlines"]) == (["企业"], "benefit", ["2026-09-30"])
    assert carried["kind_basis"] == "维护人员更正：只给企业，区商务局说9月底截止"
    assert f"{new_id}/1" not in corrections_local.load() and store.measure(f"{new_id}/1")["kind"] != "duty"
    # the document's title and validity: the revised file reads the same title and no validity, so they came along
    assert outcome.results[0]["document_corrections_carried"] == ["title", "valid_until"]
    assert (store.documents[new_id]["title"], store.documents[new_id]["valid_until"]) == ("某区小微企业稳定经营若干措施", "2026-12-31")
    # and they travel in a pack, with their why
    catalogue = dict(library_files()[0])["documents.toml"].decode("utf-8")
    assert 'valid_until = "2026-12-31"' in catalogue and 'correction_why = "按区政府网站的正式文本"' in catalogue


def test_a_corrected_documents_field_stays_behind_when_the_revised_file_reads_it_differently(imported, tmp_path, capsys):
    data, doc_id, _ = imported
    assert main(["correct", doc_id, "--title", "某区小微企业稳定经营若干措施", "--why", "正式标题", "--data", str(data)]) == 0
    revised = tmp_path / "新标题.txt"
    revised.write_text(PLAN.replace("北京市某区关于支持小微企业稳定经营的若干措施", "北京市某区关于支持小微企业稳定经营的若干措施（修订）"),
                       encoding="utf-8")
    outcome = import_files([revised], district="朝阳区", title=None, dry_run=False, data_dir=data, replacing=doc_id)
    new_id = outcome.results[0]["document"]["id"]
    assert outcome.results[0]["document_corrections_carried"] == []
    assert Store(data).documents[new_id]["title"] == "北京市某区关于支持小微企业稳定经营的若干措施（修订）"


def test_a_bundled_measure_and_document_are_corrected_as_imported_ones_are(imported, capsys):
    """The five 2022 plans ship with the program: their files are never written; the maintainer's corrections
    go beside the imports, over the measure's own reviewed override field by field, applied at every build
    and carried in packs."""
    from index.paths import resources_dir

    data, _, _ = imported
    library_before = {p: p.read_bytes() for p in resources_dir().rglob("*") if p.is_file()}
    before = Store(data).measure("chaoyang-2022/4")
    assert main(["correct", "chaoyang-2022/4", "--deadline", "2022-06-30", "--why", "区商务局：房租减免于6月底截止",
                 "--data", str(data)]) == 0
    assert main(["correct", "chaoyang-2022", "--valid-until", "2022-12-31", "--status", "已废止",
                 "--why", "区政府2023年通知废止", "--data", str(data)]) == 0
    store = Store(data)
    after = store.measure("chaoyang-2022/4")
    assert after["deadlines"] == ["2022-06-30"]
    assert after["tag_basis"]["deadlines"] == {"2022-06-30": "维护人员更正：区商务局：房租减免于6月底截止"}
    # the reviewed override's clauses (four kinds of receiver, written by hand) are still those applied
    assert [c["basis"] for c in after["eligibility"]["clauses"]] == [c["basis"] for c in before["eligibility"]["clauses"]]
    doc = store.documents["chaoyang-2022"]
    assert (doc["valid_until"], doc["status"]) == ("2022-12-31", "已废止")
    assert store.measure("chaoyang-2022/4")["tag_basis"]["validity"] == {"2022-12-31": "维护人员更正：区政府2023年通知废止"}
    assert {p: p.read_bytes() for p in resources_dir().rglob("*") if p.is_file()} == library_before
    files = dict(library_files()[0])
    overrides = files["measure_overrides.toml"].decode("utf-8")
    assert 'deadlines = ["2022-06-30"]' in overrides and overrides.count('[[measure."chaoyang-2022/4".clauses]]') == 3
    catalogue = files["documents.toml"].decode("utf-8")
    block = catalogue.split('id = "chaoyang-2022"')[1].split("[[document]]")[0]
    assert 'status = "已废止"' in block and 'correction_why = "区政府2023年通知废止"' in block


def test_a_documents_title_date_validity_and_status_are_corrected_and_travel(imported, capsys):
    data, doc_id, _ = imported
    assert main(["correct", doc_id, "--why", "x", "--data", str(data)]) == 1
    assert "没有要更正的内容" in capsys.readouterr().err
    assert main(["correct", doc_id, "--title", "某区支持小微企业稳定经营若干措施（2026年）", "--published", "2026-03-01",
                 "--valid-until", "2026-09-30", "--why", "按区政府网站的正式文本", "--data", str(data)]) == 0
    store = Store(data)
    doc = store.documents[doc_id]
    assert (doc["title"], doc["published"], doc["valid_until"]) == ("某区支持小微企业稳定经营若干措施（2026年）", "2026-03-01", "2026-09-30")
    assert measure_status(store.measure(f"{doc_id}/2"), date(2026, 12, 4)) == EXPIRED  # validity corrected to 09-30
    catalogue = dict(library_files()[0])["documents.toml"].decode("utf-8")
    assert 'valid_until = "2026-09-30"' in catalogue and 'published = "2026-03-01"' in catalogue
    assert 'correction_why = "按区政府网站的正式文本"' in catalogue  # the why travels with the correction
    assert main(["correct", doc_id, "--published", "3月1日", "--why", "x", "--data", str(data)]) == 1
    assert "日期要写成 2026-06-30" in capsys.readouterr().err


def test_a_revision_is_proposed_and_once_confirmed_the_old_edition_is_kept_but_never_offered(imported, tmp_path, capsys):
    data, doc_id, _ = imported
    revised = tmp_path / "修订.txt"
    revised.write_text(PLAN.replace("北京市某区关于支持小微企业稳定经营的若干措施",
                                    "北京市某区关于支持小微企业稳定经营的若干措施（2026年修订）").replace("减免3个月", "减免6个月"),
                       encoding="utf-8")
    assert main(["import", str(revised), "--district", "朝阳区", "--dry-run", "--json", "--data", str(data)]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["earlier_editions"] == [{"id": doc_id, "title": "北京市某区关于支持小微企业稳定经营的若干措施",
                                                        "why": "标题相同（版本、年份不计）"}]
    assert f"--supersedes {doc_id}" in out.err
    assert main(["import", str(revised), "--district", "朝阳区", "--supersedes", doc_id, "--data", str(data)]) == 0
    store = Store(data)
    old = store.measure(f"{doc_id}/2")
    assert "修订版取代" in store.documents[doc_id]["status"]  # still there, still searchable
    assert measure_status(old, date(2026, 3, 1)) == EXPIRED  # never offered
    [judged] = eligible(SHOP, [old], date(2026, 3, 1))
    assert group_of(judged) == EXPIRED_GROUP  # 已过期 (仅供了解), not 可以申请
    # the contract's words (contracts.md, documents' lives): status 已被修订, the revision's id, the banner's own words
    [new_id] = [i for i, d in store.documents.items() if "2026年修订" in (d["title"] or "")]
    capsys.readouterr()
    assert main(["show", f"{doc_id}/2", "--json", "--data", str(data)]) == 0
    shown = json.loads(capsys.readouterr().out)["document"]
    assert (shown["status"], shown["superseded_by"]) == ("已被修订", new_id)
    assert shown["status_text"] == "已被《北京市某区关于支持小微企业稳定经营的若干措施（2026年修订）》修订版取代"
    assert main(["show", f"{new_id}/2", "--json", "--data", str(data)]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["superseded_by"] is None


def test_every_kind_of_correction_arrives_with_the_pack_on_a_workstation_that_never_made_it(imported, key, tmp_path,
                                                                                            monkeypatch, capsys):
    """A measure's kind, beneficiaries and deadline, a document's title, date, validity and status — of an
    imported document and of a bundled one — made on the maintainer's machine, applied on a workstation whose
    own folders hold no correction at all, with their why."""
    import shutil

    from index.packs.archive import create_pack
    from index.packs.install import apply_pack
    from tests.kit import PASSPHRASE

    data, doc_id, _ = imported
    assert main(["correct", f"{doc_id}/2", "--kind", "benefit", "--entity-types", "企业", "--deadline", "2026-09-30",
                 "--why", "区商务局：只给企业，9月底截止", "--data", str(data)]) == 0
    assert main(["correct", doc_id, "--title", "某区小微企业稳定经营若干措施", "--published", "2026-03-01",
                 "--valid-until", "2026-12-31", "--why", "按区政府网站的正式文本", "--data", str(data)]) == 0
    assert main(["correct", "chaoyang-2022/4", "--kind", "right", "--why", "复核：减免是承租人可主张的", "--data", str(data)]) == 0
    assert main(["correct", "pinggu-2022", "--status", "已废止", "--why", "区政府2023年发文废止", "--data", str(data)]) == 0
    pack = tmp_path / "corrected.zip"
    create_pack(pack, key, passphrase=PASSPHRASE, version="20261204.000001")
    workstation = tmp_path / "workstation"
    (workstation / "trusted_keys").mkdir(parents=True)
    shutil.copy(tmp_path / "home" / "trusted_keys" / "maintainer.pub", workstation / "trusted_keys" / "maintainer.pub")
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(workstation))
    elsewhere = tmp_path / "elsewhere"
    apply_pack(pack, elsewhere)
    assert not (workstation / "imports").exists()  # nothing of the maintainer's machine but the pack
    store = Store(elsewhere)
    measure = store.measure(f"{doc_id}/2")
    assert (measure["kind"], measure["entity_types"], measure["deadlines"]) == ("benefit", ["企业"], ["2026-09-30"])
    assert measure["tag_basis"]["deadlines"] == {"2026-09-30": "维护人员更正：区商务局：只给企业，9月底截止"}
    doc = store.documents[doc_id]
    assert (doc["title"], doc["published"], doc["valid_until"]) == ("某区小微企业稳定经营若干措施", "2026-03-01", "2026-12-31")
    assert measure["tag_basis"]["validity"] == {"2026-12-31": "维护人员更正：按区政府网站的正式文本"}
    assert store.measure("chaoyang-2022/4")["kind"] == "right"
    assert store.measure("chaoyang-2022/4")["kind_basis"] == "维护人员更正：复核：减免是承租人可主张的"
    assert store.documents["pinggu-2022"]["status"] == "已废止"


def test_a_bundled_documents_correction_whose_build_fails_leaves_the_corrections_as_they_were(data_dir, home, monkeypatch):
    # index.importer._put_back: no corrections file before → none after; one before → its bytes after
    from index import importer
    from index.catalog import LIBRARY_CORRECTIONS

    def failing_build(*_args, **_kwargs):
        raise PolicyDataError("构建失败（测试）")

    monkeypatch.setattr(importer, "build", failing_build)
    path = importer.imports_dir() / LIBRARY_CORRECTIONS
    with pytest.raises(PolicyDataError, match="构建失败"):
        importer.correct_import("chaoyang-2022", {"valid_until": "2022-12-31"}, "测试", data_dir)
    assert not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"# before\n")
    with pytest.raises(PolicyDataError, match="构建失败"):
        importer.correct_import("chaoyang-2022", {"valid_until": "2022-12-31"}, "测试", data_dir)
    assert path.read_bytes() == b"# before\n"
