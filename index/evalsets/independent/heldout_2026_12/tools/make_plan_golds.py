# Generates the gold files of the two held-out plans; the judgements are literal here.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'plans')
CONV = {
 "today": "2026-12-04",
 "kind_values": ["可申请的支持", "可主张的权利", "政府职责", "企业义务", "一般规定"],
 "deadline": "the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so).",
 "expired_on_2026_12_04": "deadline < 2026-12-04; null when deadline is null",
 "beneficiaries": "who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业.",
 "conditional": "true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定",
 "kind_acceptable": "when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries": "vocabulary of the earlier plans_2026 golds (制造业, 批发零售, 住宿餐饮, 信息技术); [] = not restricted or not mappable"
}

def M(heading, kind, ben, notben, cond, deadline, basis, source, inds, units, note=None, addressees=None, acceptable=None, today="2026-12-04"):
    d = {"heading": heading, "kind": kind, "beneficiaries": ben, "not_beneficiaries": notben,
         "conditional": cond, "deadline": deadline, "deadline_basis": basis, "deadline_source": source,
         "expired_on_2026_12_04": (None if deadline is None else deadline < today),
         "industries": inds, "responsible_units": units}
    if addressees is not None: d["addressees"] = addressees
    if acceptable: d["kind_acceptable"] = acceptable
    if note: d["note"] = note
    return d

# ---------------- 丰台 ----------------
FT_END = "2027-06-30"; FT_B = "本措施自印发之日起施行，至2027年6月30日止。"
ft = {
 "1": M("开展经营用房租金帮扶", "可申请的支持", ["个体工商户", "小型微型企业"], ["区属国有企业", "街道、镇集体经济组织"], True,
        "2026-08-31", "承租方应当于2026年8月31日前向出租方提交书面申请，逾期不予受理。", "measure", ["批发零售", "住宿餐饮"],
        ["区国资委", "各街道办事处", "各镇人民政府"], note="landlords (区属国有企业, 集体经济组织) grant the relief and are not compensated; expired"),
 "2": M("降低水电气接入成本", "可申请的支持", ["其他:餐饮门店"], ["供水、供电、燃气企业"], True,
        "2026-12-31", "报装申请须在2026年12月31日前提交。", "measure", ["住宿餐饮"],
        ["区城市管理委", "区水务局", "丰台供电公司", "区燃气公司"], note="only newly opened restaurants; utilities bear the cost and are not beneficiaries"),
 "3": M("实施“个体工商户贷”贴息", "可申请的支持", ["个体工商户"], ["合作银行"], True,
        "2027-01-20", "第一批申报截止时间为2026年7月15日，第二批申报截止时间为2027年1月20日。", "measure", [],
        ["区金融办", "区财政局"], note="two batches; the first (2026-07-15) is over, the second (2027-01-20) still open, so not expired"),
 "4": M("设立应急转贷资金", "可申请的支持", ["小型微型企业"], ["区国有资本运营公司"], True,
        FT_END, FT_B, "document", [], ["区金融办", "区国资委"], note="bridge loan for a fee; 具体操作办法另行印发; 还款确有困难 is a condition"),
 "5": M("支持个体工商户转型为企业", "可申请的支持", ["个体工商户"], [], True,
        "2026-11-30", "申请受理至2026年11月30日止。", "measure", [],
        ["区市场监管局", "区统计局", "区财政局"], note="the ex-个体工商户 (now an enterprise) receives it; expired 4 days before today"),
 "6": M("支持小微餐饮门店线上经营", "可申请的支持", ["其他:小微餐饮门店"], ["平台企业"], True,
        "2026-06-30", "本项补贴于2026年上半年集中申报。", "measure", ["住宿餐饮"], ["区商务局"],
        note="上半年 = 2026-06-30; platforms must waive commission (an obligation on them) and get nothing; expired; 小型微型企业/个体工商户 acceptable as extra beneficiaries"),
 "7": M("培育“名特优新”个体工商户", "可申请的支持", ["个体工商户"], [], True,
        "2026-10-31", "有意向的个体工商户请于10月31日前申报。", "measure", [], ["区市场监管局"],
        note="date without year, read as 2026 (the recognition is organised 于2026年); 认定 step; expired"),
 "8": M("推行告知承诺和容缺受理", "可主张的权利", ["经营主体"], [], False,
        FT_END, FT_B, "document", ["批发零售", "住宿餐饮"], ["区政务服务局", "区市场监管局", "区卫生健康委"],
        acceptable=["可主张的权利", "可申请的支持"],
        note="applicant may ask for 告知承诺/容缺受理; limited to 便利店、餐饮店、理发店、洗衣店 (理发、洗衣 not in the industry vocabulary); industries [] also acceptable"),
 "9": M("规范涉企行政检查", "可主张的权利", ["个体工商户", "小型微型企业"], [], False,
        FT_END, FT_B, "document", [], ["区司法局", "各行政执法部门"], acceptable=["可主张的权利", "政府职责"],
        note="inspection limits the business can invoke, complaint via 12345"),
 "10": M("建设个体工商户服务站", "政府职责", [], [], False,
        "2026-09-30", "各街道办事处、镇人民政府于2026年9月30日前在街道（镇）便民服务中心设立个体工商户服务站", "measure", [],
        ["各街道办事处", "各镇人民政府", "区市场监管局"], addressees=["各街道办事处", "各镇人民政府", "区市场监管局"],
        acceptable=["政府职责", "可申请的支持"],
        note="the date is a build deadline for government, not an application deadline; expired"),
 "11": M("鼓励吸纳就业", "可申请的支持", ["个体工商户", "小型微型企业"], ["其他:登记失业人员、脱贫劳动力"], True,
        "2026-12-31", "本项政策执行至2026年12月31日。", "measure", [], ["区人力资源社会保障局"],
        note="also a relative window: 自招用之日起6个月内提出申请; the hired workers are not the beneficiaries"),
 "12": M("落实诚信经营责任", "企业义务", [], [], False,
        FT_END, FT_B, "document", [], ["区市场监管局", "区城市管理委", "区国资委"], addressees=["经营主体"]),
 "13": M("附则（施行、有效期、解释）", "一般规定", [], [], False,
        FT_END, FT_B, "document", [], [], note="validity sentence of the whole document; numbered （十三） under 五、附则"),
}
fengtai = {
 "file": "fengtai_2026_geti_xiaowei_shanghu.txt",
 "title": "丰台区关于支持个体工商户和小微商户稳经营促发展的若干措施",
 "issuer": "北京市丰台区人民政府办公室",
 "doc_number": "丰政办发〔2026〕7号",
 "district": "丰台区",
 "date": "2026-04-10",
 "in_force_from": "2026-04-10",
 "valid_until": FT_END,
 "valid_until_basis": FT_B,
 "numbering": "part headings 一、… 五、 on their own lines; measures （一）…（十三） numbered continuously across parts, heading sentence inline, （责任单位：…） at the end of the paragraph for all but （十三）",
 "conventions": CONV,
 "measures": ft,
}

# ---------------- 顺义 ----------------
SY_END = "2029-06-30"; SY_B = "本措施自2026年7月1日起施行，有效期3年。"
sy = {
 "1": M("支持企业境外参展", "可申请的支持", ["其他:外贸企业"], ["展会组织机构", "服务商"], True,
        "2027-02-28", "2026年度参展项目须于2027年2月28日前提交补贴申请。", "measure", [], ["区商务局", "区财政局"],
        note="only exhibitions on the 区商务局 list"),
 "2": M("降低出口信用保险费用", "可申请的支持", ["中小企业", "其他:外贸企业"], ["承保机构", "中国出口信用保险公司北京分公司"], True,
        "2026-09-30", "本条自发布之日起执行，至2026年9月30日截止。", "measure", [], ["区商务局"],
        note="runs from 2026-06-22 (发布) to 2026-09-30, i.e. even before the document's own start 2026-07-01; expired"),
 "3": M("支持跨境电商做大规模", "可申请的支持", ["其他:跨境电商企业"], ["第三方服务企业"], True,
        "2026-12-31", "奖励认定和资金拨付于年底前完成。", "measure", ["批发零售"],
        ["天竺综合保税区管委会", "区商务局", "区财政局"], note="年底前 = 2026-12-31; industries [] also acceptable"),
 "4": M("支持外贸企业订单融资", "可申请的支持", ["其他:外贸企业"], ["合作银行", "担保机构"], True,
        "2027-06-30", "申请期限为本措施施行之日起1年。", "measure", [], ["区金融服务办", "区财政局"],
        note="1 year from 施行 2026-07-01 (not from 发布 2026-06-22); accept 2027-07-01; 2027-06-21/22 is wrong basis"),
 "5": M("鼓励规上工业企业稳产增产", "可申请的支持", ["其他:规模以上工业企业"], [], True,
        "2027-03-31", "区经济和信息化局会同区统计局依据统计数据于2027年3月底前审核确定奖励名单，企业无需另行申报。", "measure",
        ["制造业"], ["区经济和信息化局", "区统计局", "区财政局"],
        note="免申即享: no application; the date is the government's determination date"),
 "6": M("支持专精特新企业发展", "可申请的支持", ["中小企业", "其他:专精特新企业"], [], True,
        "2026-12-31", "对2026年度首次认定为国家级专精特新“小巨人”企业、北京市专精特新中小企业的", "measure", [], [],
        note="2026年度 = qualifying year; no responsibility line"),
 "7": M("支持制造业企业技术改造", "可申请的支持", ["其他:制造业企业"], [], True,
        "2026-06-30", "改造项目须于2026年6月30日前完成区级备案，未备案的项目不予支持。", "measure", ["制造业"],
        ["区经济和信息化局", "区发展改革委", "区财政局"],
        note="completion window runs to 2026-12-31 but the 备案 precondition closed 2026-06-30 (before the document took effect); a new applicant can no longer qualify, hence expired; 2026-12-31 is the tolerable wrong answer"),
 "8": M("保障中小企业账款支付", "可主张的权利", ["中小企业"], ["区属国有企业", "区级政府投资项目建设单位"], False,
        SY_END, SY_B, "document", [], ["区经济和信息化局", "区国资委", "区财政局"],
        note="60-day payment term and complaint channel the SME can invoke"),
 "9": M("建立外贸服务工作机制", "政府职责", [], [], False,
        SY_END, SY_B, "document", [], ["区商务局", "区统计局"], addressees=["区商务局", "区统计局"]),
 "10": M("支持企业引进紧缺人才", "可申请的支持", ["其他:规模以上工业企业", "其他:专精特新企业"], [], True,
        SY_END, SY_B, "document", [], ["区人才工作局", "区人力资源社会保障局"],
        note="a status (工作居住证/人才引进) the enterprise applies for on behalf of its staff; 符合本市引进人才条件"),
 "11": M("企业应当履行的责任", "企业义务", [], [], False,
        SY_END, SY_B, "document", [], ["各政策主管部门"], addressees=["企业"]),
 "12": M("降低汇率避险成本", "可申请的支持", ["中小企业", "其他:外贸企业"], ["银行", "担保机构"], True,
        SY_END, SY_B, "document", [], ["区金融服务办", "区商务局"], note="fee waiver for guarantee; banks/guarantor not beneficiaries"),
 "13": M("附则（施行、有效期、解释）", "一般规定", [], [], False,
        SY_END, SY_B, "document", [], [], note="有效期3年 from 2026-07-01 → 2029-06-30 (accept 2029-07-01)"),
}
shunyi = {
 "file": "shunyi_2026_waimao_zhizao.txt",
 "title": "顺义区关于支持外贸企业稳订单拓市场和推动制造业企业提质增效的若干措施",
 "issuer": "北京市顺义区人民政府办公室",
 "doc_number": "顺政办发〔2026〕15号",
 "district": "顺义区",
 "date": "2026-06-22",
 "date_as_printed": "二〇二六年六月二十二日",
 "in_force_from": "2026-07-01",
 "valid_until": SY_END,
 "valid_until_basis": SY_B,
 "numbering": "第一条…第十三条 (full-width space, heading sentence inline), （责任单位：…） at the end of the paragraph for all but 第六条 and 第十三条",
 "conventions": CONV,
 "measures": sy,
}
for d in (fengtai, shunyi):
    with open(os.path.join(OUT, d["file"].replace(".txt", ".gold.json")), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
print("ok")
