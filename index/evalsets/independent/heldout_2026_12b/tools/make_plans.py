# Builds ../plans/<name>.txt and <name>.gold.json from daxing.py and shijingshan.py; checks basis strings are in the text.
import json, os, datetime, importlib
H = os.path.dirname(os.path.abspath(__file__))
CONV = {
 "today": "2026-12-04",
 "kind_values": ["可申请的支持", "可主张的权利", "政府职责", "企业义务", "一般规定"],
 "deadline": "the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年/实施期限为一年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of month N. A date without a year in a 2026 document is read as 2026; a yearly recurring date ('每年…') is read for 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date by which the government must build or designate something is the measure's deadline only for 政府职责 measures; in a grant it is not an application deadline (the note says so).",
 "expired_on_2026_12_04": "deadline < 2026-12-04; null when deadline is null",
 "beneficiaries": "who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. Operators, landlords, banks, platforms, trainers, evaluators named as excluded or as paying/bound parties are in not_beneficiaries.",
 "conditional": "true when the grant depends on stated eligibility conditions (inline or in another document), an 认定/审定/评定/备案 step, an activity precondition, or rules 另行制定",
 "kind_acceptable": "when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries": "vocabulary of the earlier plans_2026 golds (制造业, 批发零售, 住宿餐饮, 信息技术); [] = not restricted or not mappable"
}
TODAY = datetime.date(2026, 12, 4)
for mod, name in [('daxing', 'daxing_2026_wenlv_yejian'), ('shijingshan', 'shijingshan_2026_keji_xiaowei_fuhua')]:
    m = importlib.import_module(mod)
    txt = m.TXT
    assert m.DOC['file'] == name + '.txt'
    assert m.DOC['valid_until_basis'] in txt and m.DOC['title'] in txt and m.DOC['doc_number'] in txt
    open(f'{H}/../plans/{name}.txt', 'w').write(txt)
    gold = dict(m.DOC); gold['conventions'] = CONV; gold['measures'] = {}
    for i, x in enumerate(m.M, 1):
        dl, basis, src = x['dl']
        assert basis in txt, (name, i, basis)
        if x['kind'] != '一般规定': assert x['heading'] in txt, (name, i)
        if x['kind'] in ('政府职责', '企业义务', '一般规定'): assert not x['beneficiaries'] and x['conditional'] is False
        d = dict(heading=x['heading'], kind=x['kind'], beneficiaries=x['beneficiaries'], not_beneficiaries=x['not_beneficiaries'],
                 conditional=x['conditional'], deadline=dl, deadline_basis=basis, deadline_source=src,
                 expired_on_2026_12_04=(datetime.date.fromisoformat(dl) < TODAY) if dl else None,
                 industries=x['industries'], responsible_units=x['units'])
        for k in ('addressees', 'kind_acceptable', 'note'):
            if k in x: d[k] = x[k]
        gold['measures'][str(i)] = d
    json.dump(gold, open(f'{H}/../plans/{name}.gold.json', 'w'), ensure_ascii=False, indent=1)
    from collections import Counter
    ms = gold['measures'].values()
    print(name, len(gold['measures']), dict(Counter(v['kind'] for v in ms)), 'expired', sum(bool(v['expired_on_2026_12_04']) for v in ms))
