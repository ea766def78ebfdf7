# run from the set folder: /usr/bin/python3 tools/make_plans.py
# adapted from heldout_2026_12c/tools/make_plans.py; conventions written out here (same keys and values as the 12c gold)
import json,collections
CONV=dict(
 today="2026-12-04",
 kind_values=["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 deadline="the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A government body's own completion date is the deadline of a 政府职责 measure.",
 expired_on_2026_12_04="deadline < 2026-12-04; null when deadline is null",
 beneficiaries="who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' and '专精特新中小企业'/'科技型中小企业' are written 中小企业. '企业' is used where the text says 各类企业/本区企业/用人单位 without size.",
 conditional="true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定",
 kind_acceptable="when present, any listed kind is acceptable (the first is the judge's choice)",
 industries="values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable",
)
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}
    for i,m in enumerate(measures,1):
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]; g["responsible_units"]=m.get("units",[])
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        for k in ("kind","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","industries","note"):
            assert k in g,(meta["file"],i,k)
        if g["deadline_source"]=="measure": assert g["deadline_basis"] in m["text"],(i,g["deadline_basis"])
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
def docd(end,basis):
    def f(**k):
        d=dict(deadline=end,deadline_basis=basis,deadline_source="document"); d.update(k); return d
    return f

# ---------------- 石景山区 ----------------
SJS_END="2028-04-19"; SJS_BASIS="本措施自发布之日起施行，有效期2年。"; sd=docd(SJS_END,SJS_BASIS)
sjs=[
 dict(part="一、强化创新主体集聚",heading="给予新落户企业办公用房补贴",units=["区投资促进服务中心","区科学技术和信息化局"],
  text="对2026年1月1日以后新注册落户本区、实缴注册资本不低于500万元且承诺10年内不迁离本区的软件和信息服务业企业，租用自用办公用房的，按照实际支付租金的30%给予补贴，每年最高100万元，连续补贴不超过3年。出租方和物业服务企业不属于补贴对象，出租方不得因企业享受补贴而上调租金。2026年度分两批受理，首批申报截止时间为2026年6月30日，第二批申报材料须于2026年12月25日前提交。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["出租方","物业服务企业"],conditional=True,deadline="2026-12-25",deadline_basis="第二批申报材料须于2026年12月25日前提交。",deadline_source="measure",industries=["信息技术"],note="inline thresholds (registered after 2026-01-01, 实缴 ≥500万, 10-year stay commitment); two batches: first closed 06-30, the last application date 12-25 counts → open; landlord and property firm excluded and bound")),
 dict(heading="奖励首次认定的高新技术企业",units=["区科学技术和信息化局","区财政局"],
  text="对上一年度首次通过国家高新技术企业认定的本区企业，给予一次性奖励20万元；重新认定通过的，给予一次性奖励10万元。奖励采取“免申即享”方式，由区科学技术和信息化局根据认定名单核定，符合条件的企业应于2026年上半年通过“石景山企业服务”线上专区确认收款账户信息，逾期未确认的视为放弃。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-06-30",deadline_basis="符合条件的企业应于2026年上半年通过“石景山企业服务”线上专区确认收款账户信息，逾期未确认的视为放弃。",deadline_source="measure",industries=[],note="prior recognition (高新技术企业认定, 首次 vs 重新) inline; 免申即享 but the firm must confirm its account by 上半年 = 06-30 → expired; beneficiary alt 其他:高新技术企业")),
 dict(heading="资助中小企业首件发明专利",units=["区市场监督管理局"],
  text="对本区中小企业首次获得国内发明专利授权的，给予一次性资助1万元；首次通过《专利合作条约》（PCT）途径获得境外发明专利授权的，再给予一次性资助3万元。资助资金直接拨付至作为专利权人的企业，专利代理机构不得代为领取或者从中收取服务费。企业须于专利授权公告之日起6个月内提出申请。",
  gold=sd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["专利代理机构"],conditional=True,industries=[],note="中小企业 only, no trade; condition 首次 grant inline; the 6-month window is rolling (per patent), no calendar date → document end")),
 dict(part="二、推动数字化转型和场景开放",heading="支持制造业中小企业数字化改造",units=["区经济和信息化局"],
  text="对本区制造业中小企业与经区经济和信息化局遴选公布的数字化转型服务商签订服务合同，采购工业软件、工业互联网平台服务或者数字化改造整体解决方案，且合同金额在20万元以上的，按照合同实际支付金额的40%给予补助，单个企业最高30万元。服务商不享受本项补助，不得以企业享受补助为由提高服务报价。申报材料于每月月底前集中受理，至2027年3月31日止。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["数字化转型服务商"],conditional=True,deadline="2027-03-31",deadline_basis="申报材料于每月月底前集中受理，至2027年3月31日止。",deadline_source="measure",industries=["制造业"],note="中小企业 only AND trade restriction 制造业; inline conditions: contract signed with a listed provider, amount ≥20万; provider excluded; monthly intake until 2027-03-31")),
 dict(heading="开放人工智能和虚拟现实应用场景",units=["区科学技术和信息化局","区国资委"],
  text="区属国有企业和政府投资项目建设单位每年梳理发布不少于20项人工智能、虚拟现实和元宇宙应用场景需求清单。本区企业参与场景“揭榜挂帅”活动并与场景发布单位签订项目合同的，按照合同金额的20%给予揭榜企业奖励，单个项目最高200万元；场景发布单位不享受本项奖励。2026年度揭榜活动报名截止时间为2026年9月30日。",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["企业"],not_beneficiaries=["区属国有企业","政府投资项目建设单位（场景发布单位）"],conditional=True,deadline="2026-09-30",deadline_basis="2026年度揭榜活动报名截止时间为2026年9月30日。",deadline_source="measure",industries=[],note="opens with a duty of state firms (publish lists), then the grant; inline conditions: activity joined + contract signed; expired; industries alt 信息技术")),
 dict(part="三、加大金融和人才支持",heading="降低科技型中小企业融资成本",units=["区金融服务办公室","区财政局"],
  text="合作银行向本区科技型中小企业发放信用贷款或者知识产权质押贷款的，区财政按照借款企业实际支付利息的50%给予借款企业贴息，单户年度贴息最高50万元；区融资担保公司为上述贷款提供担保的，担保费率不高于1%，担保费由区财政按照50%标准直接补贴给借款企业。合作银行和区融资担保公司均不属于贴息和补贴对象。申请条件和办理流程按照区金融服务办公室另行制定的实施细则执行。",
  gold=sd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,industries=[],note="the sentence opens with the bank, the receiver is the borrowing firm (科技型中小企业 → 中小企业, alt 其他:科技型中小企业); conditions elsewhere (实施细则 另行制定); credit/interest subsidy = core")),
 dict(heading="支持企业引进青年人才",units=["区人力资源和社会保障局"],
  text="对本区软件和信息服务业、人工智能企业新招用2025届、2026届普通高校毕业生，签订3年以上劳动合同并在本区连续缴纳社会保险满6个月的，按照每人每月1000元标准给予用人企业岗位补贴，最长不超过12个月。补贴资金拨付至企业账户，不直接发放给被招用的毕业生个人。",
  gold=sd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["被招用的高校毕业生"],conditional=True,industries=["信息技术"],note="hired graduates are not beneficiaries; inline conditions (3-year contract, 6 months social insurance); no own date")),
 dict(part="四、优化服务保障",heading="建设惠企政策服务平台",units=["区政务服务和数据管理局"],
  text="区政务服务和数据管理局于2026年9月底前建成并上线区惠企政策服务平台，归集全区惠企政策，实现政策“一站式”查询、在线申报和兑现进度公开。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区政务服务和数据管理局于2026年9月底前建成并上线区惠企政策服务平台",deadline_source="measure",industries=[],addressees=["区政务服务和数据管理局"],note="a government body's own completion date (9月底 = 09-30), not an applicant deadline; expired as a date")),
 dict(heading="畅通企业政策兑现诉求渠道",units=["区政务服务和数据管理局","各政策主管部门"],
  text="本区企业在政策兑现过程中遇有应享未享、无故拖延兑现或者被要求提供规定以外材料等情形的，可以通过12345企业服务热线或者区营商环境监督员反映诉求。承办部门应当在2个工作日内联系企业，10个工作日内办结并反馈。",
  gold=sd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["企业"],not_beneficiaries=[],conditional=False,industries=[],note="complaint channel with response times the firm can invoke")),
 dict(heading="落实企业承诺责任",units=["各政策主管部门"],
  text="享受本措施资金支持的企业，应当自首次获得支持之日起5年内不将注册地、税收征管关系和统计关系迁出本区，并按照要求报送经营和研发数据。违反承诺的，应当退回已获得的支持资金；以虚假材料骗取资金的，依法纳入信用记录。",
  gold=sd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["享受资金支持的企业"],note="5-year stay, data reporting, claw-back")),
 dict(heading="附则",
  text="本措施自发布之日起施行，有效期2年。同一企业同一事项符合本区多项政策的，按照就高不重复原则予以支持。本措施由区科学技术和信息化局会同区发展和改革委员会负责解释。",
  gold=sd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="发布 2026-04-20 + 2 years - 1 day = 2028-04-19 (accept 2028-04-20)")),
]
sjs_meta=dict(file="shijingshan_2026_shuzi_keji_chuangxin.txt",title="石景山区关于支持数字经济企业和科技创新主体加快发展的若干措施",issuer="北京市石景山区人民政府办公室",doc_number="石政办发〔2026〕14号",district="石景山区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-04-20",valid_until=SJS_END,valid_until_basis=SJS_BASIS,numbering="four parts 一、…四、 (heading lines, not measures); measures （一）…（十一） numbered continuously across parts, heading sentence inline followed by the body; （责任单位：…） at the end except （十一）")
sjs_header="""北京市石景山区人民政府办公室关于印发《石景山区关于支持数字经济企业和科技创新主体加快发展的若干措施》的通知

石政办发〔2026〕14号

各街道办事处，区政府各委、办、局，各区属机构，各有关单位：

《石景山区关于支持数字经济企业和科技创新主体加快发展的若干措施》已经区政府第二十六次常务会议审议通过，现予印发，请各单位结合职责抓好贯彻落实。

北京市石景山区人民政府办公室
2026年4月20日

石景山区关于支持数字经济企业和科技创新主体加快发展的若干措施

为深入实施创新驱动发展战略，加快培育数字经济新动能，吸引优质科技企业和人才在本区集聚发展，结合本区实际，现提出如下措施。"""
def r_sjs(i,m):
    s=f"（{cn(i)}）{m['heading']}。{m['text']}"
    if m.get("units"): s+="（责任单位："+"、".join(m["units"])+"）"
    return (m["part"]+"\n\n"+s) if m.get("part") else s

# ---------------- 顺义区 ----------------
SY_END="2028-06-30"; SY_BASIS="本措施自2026年7月1日起施行，有效期至2028年6月30日。"; yd=docd(SY_END,SY_BASIS)
sy=[
 dict(heading="支持专精特新梯度培育",units=["区经济和信息化局","区财政局"],
  text="对首次被认定为北京市专精特新中小企业的本区企业，给予一次性奖励20万元；首次被认定为国家级专精特新“小巨人”企业的，给予一次性奖励50万元，已享受市级奖励的按差额补足。2025年度新认定企业的奖励申报须于2026年8月31日前完成，逾期不予受理。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-08-31",deadline_basis="2025年度新认定企业的奖励申报须于2026年8月31日前完成，逾期不予受理。",deadline_source="measure",industries=[],note="prior recognition (首次认定) inline; expired")),
 dict(heading="推广首台（套）产品应用",units=["区经济和信息化局"],
  text="本区企业采购本区专精特新中小企业研制、经市经济和信息化局认定的首台（套）重大技术装备或者首批次新材料的，按照采购合同金额的15%给予研制企业奖励，单个产品最高100万元；采购企业不享受本项奖励。2026年度奖励于11月30日前申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["采购企业"],conditional=True,deadline="2026-11-30",deadline_basis="2026年度奖励于11月30日前申报。",deadline_source="measure",industries=["制造业"],note="the sentence opens with the BUYER (本区企业采购…), the grant goes to the developer (专精特新中小企业 → 中小企业); 认定 of the product; date without year read as 2026 (the sentence says 2026年度) → expired")),
 dict(heading="支持制造业企业技术改造",units=["区经济和信息化局","区发展和改革委员会"],
  text="对本区规模以上制造业企业实施智能化、绿色化技术改造，项目固定资产投资额在1000万元以上的，按照项目设备购置投资额的10%给予补助，单个项目最高500万元。设备供应商和为项目提供融资租赁服务的企业不享受本项补助。项目须于2026年12月31日前完成竣工验收，补助申请于2027年3月底前提交。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["设备供应商","融资租赁企业"],conditional=True,deadline="2027-03-31",deadline_basis="补助申请于2027年3月底前提交。",deadline_source="measure",industries=["制造业"],note="threshold inline (规模以上, ≥1000万); two dates: completion 2026-12-31, application 2027-03-31 (last application date counts); 规模以上 is not a size class → 企业 (alt 大型企业 weak)")),
 dict(heading="发放算力券支持软件企业研发",units=["区经济和信息化局","区财政局"],
  text="对本区软件和信息技术服务业中小企业，上年度营业收入在500万元以上且研发投入占营业收入比例不低于5%的，按照其与区算力服务平台签约算力服务商所签合同金额的30%发放算力券，单个企业年度最高50万元。算力券仅限在签约算力服务商处使用，算力服务商凭券向区财政结算，其本身不属于支持对象。2026年度算力券申领截止时间为2026年12月15日。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["算力服务商"],conditional=True,deadline="2026-12-15",deadline_basis="2026年度算力券申领截止时间为2026年12月15日。",deadline_source="measure",industries=["信息技术"],note="中小企业 only AND trade 软件和信息技术服务业; vouchers (core); thresholds inline; service provider settles the vouchers but is not a beneficiary; still open on 12-04")),
 dict(heading="降低融资担保成本",units=["区金融服务办公室","区财政局"],
  text="区融资担保公司为本区专精特新中小企业提供贷款担保的，年化担保费率不超过1%，区财政按照实际发生担保费的50%给予企业担保费补贴，每家企业年度最高20万元；区融资担保公司和贷款银行不享受本项补贴。符合条件的企业按照有关规定申请。本项政策执行至2027年12月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区融资担保公司","贷款银行"],conditional=True,deadline="2027-12-31",deadline_basis="本项政策执行至2027年12月31日。",deadline_source="measure",industries=[],note="opens with the guarantee firm, the grant goes to the borrowing firm; 符合条件的/按照有关规定 (conditions elsewhere) plus 专精特新 status; measure ends before the document")),
 dict(heading="支持企业挂牌上市",units=["区金融服务办公室"],
  text="对在北京证券交易所、上海证券交易所、深圳证券交易所首发上市的本区企业，分阶段给予最高500万元奖励；在区域性股权市场“专精特新”专板挂牌的，给予一次性补贴10万元。具体条件和兑现标准由区金融服务办公室另行制定。",
  gold=yd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,industries=[],note="conditions elsewhere (另行制定); listing/挂牌 as precondition")),
 dict(heading="开展新能源汽车促消费活动",units=["区商务局","区财政局"],
  text="区商务局组织本区汽车经销企业开展新能源汽车促消费活动。个人消费者在活动期间于参与活动的本区汽车经销企业购买新能源乘用车并在本区登记上牌的，每辆车享受3000元购车补贴，补贴在购车时由经销企业直接抵扣，经销企业凭销售凭证向区商务局申请清算垫付资金。拟参与活动的经销企业须于7月15日前完成报名并签署承诺书，活动至2026年10月31日止。",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["其他:汽车经销企业"],not_beneficiaries=["个人消费者（购车人）"],conditional=True,deadline="2026-07-15",deadline_basis="拟参与活动的经销企业须于7月15日前完成报名并签署承诺书",deadline_source="measure",industries=["批发零售"],note="consumers get the discount, the dealer joins the activity and is reimbursed; registration by 07-15 (no year → 2026); accept 2026-10-31 (activity end); expired either way")),
 dict(heading="建立专精特新企业服务管家制度",units=["区经济和信息化局"],
  text="区经济和信息化局于2026年年底前建立专精特新企业“服务管家”制度，为本区每家市级以上专精特新企业配备1名服务专员，定期走访并协调解决用地、用工、融资等问题。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="区经济和信息化局于2026年年底前建立专精特新企业“服务管家”制度",deadline_source="measure",industries=[],addressees=["区经济和信息化局"],note="government body's own date (年底前 = 12-31); alt 可申请的支持 (service) weak")),
 dict(heading="规范产业园区收费行为",units=["区经济和信息化局","区市场监督管理局"],
  text="本区产业园区运营企业不得向入驻的中小企业收取公示标准以外的物业费、服务费，不得在租赁合同期内单方面提高租金。入驻中小企业认为运营企业违反前款规定的，可以向区经济和信息化局投诉，区经济和信息化局应当在10个工作日内组织核查并告知结果。",
  gold=yd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["中小企业"],not_beneficiaries=["产业园区运营企业"],conditional=False,industries=[],note="landlord (park operator) is bound; tenant 中小企业 can invoke fee/rent protection and complain")),
 dict(heading="支持企业开展职工技能提升",units=["区人力资源和社会保障局"],
  text="对本区专精特新中小企业组织本企业职工参加职业技能等级认定并取得证书的，按照每人1500元标准给予企业培训补贴，单个企业年度最高30万元。补贴资金拨付至企业，参训职工不另行领取。补贴申请须于职工取得证书之日起3个月内提出。",
  gold=yd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["参训职工"],conditional=True,industries=[],note="workers are not beneficiaries; status + certificate inline; rolling 3-month window → document end")),
 dict(heading="加强资金绩效管理",units=["各责任单位"],
  text="获得本措施资金支持的企业，应当按照要求每年在区企业服务平台填报经营数据，配合开展绩效评价。发生重大安全生产事故、生态环境违法行为或者被列入严重失信主体名单的，不得享受本措施支持，已兑现资金予以追回。",
  gold=yd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["获得资金支持的企业"],note="yearly data reporting, exclusion and claw-back")),
 dict(heading="附则",
  text="本措施自2026年7月1日起施行，有效期至2028年6月30日。各项支持资金的申报指南由责任单位另行发布。本措施由区经济和信息化局负责解释。",
  gold=yd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="validity end stated as a date")),
]
sy_meta=dict(file="shunyi_2026_zhuanjingtexin_gaozhiliang.txt",title="顺义区促进专精特新企业高质量发展的若干措施",issuer="北京市顺义区人民政府办公室",doc_number="顺政办发〔2026〕33号",district="顺义区",date="2026-06-12",date_as_printed="二〇二六年六月十二日",in_force_from="2026-07-01",valid_until=SY_END,valid_until_basis=SY_BASIS,numbering="第一条…第十二条 each with a heading on the same line after a full-width space, body in the next paragraph, then a separate line 责任单位：… (no brackets) except 第十二条")
sy_header="""北京市顺义区人民政府办公室关于印发《顺义区促进专精特新企业高质量发展的若干措施》的通知

顺政办发〔2026〕33号

各镇人民政府，各街道办事处，各地区办事处，区政府各委、办、局，各区属机构：

经区政府同意，现将《顺义区促进专精特新企业高质量发展的若干措施》印发给你们，请认真贯彻执行。

北京市顺义区人民政府办公室
二〇二六年六月十二日

顺义区促进专精特新企业高质量发展的若干措施

为贯彻落实国家和本市关于促进中小企业专精特新发展的部署，推动本区制造业和软件信息服务业企业向专业化、精细化、特色化、新颖化方向发展，结合本区实际，制定本措施。"""
def r_sy(i,m):
    s=f"第{cn(i)}条　{m['heading']}\n\n{m['text']}"
    if m.get("units"): s+="\n\n责任单位："+"、".join(m["units"])
    return s

for meta,header,ms,r in ((sjs_meta,sjs_header,sjs,r_sjs),(sy_meta,sy_header,sy,r_sy)):
    txt,gold=build(meta,header,ms,r)
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
