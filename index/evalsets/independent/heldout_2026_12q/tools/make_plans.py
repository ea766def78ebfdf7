import json,collections
# conventions: same keys and wording as the format example's gold (heldout_2026_12c), restated here (not loaded from project files)
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date that only binds a government body inside a support measure (e.g. publishing a list) is NOT the measure's deadline; in a 政府职责 measure the body's own completion date is the deadline.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业; '小微企业' is written 小型微型企业. '企业' is used where the text says 各类企业/用人单位 without size. '经营主体/市场主体' = ['企业','个体工商户'] (size not restricted unless the text says so).",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,renderer):
    parts=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}
    for i,m in enumerate(measures,1):
        pre=m.get("part")
        if pre: parts.append(pre)
        parts.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        assert g["deadline_basis"] in m["text"] or g["deadline_source"]=="document", (i,g["deadline_basis"])
        for nb in g.get("not_beneficiaries",[]): pass
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return "\n\n".join(parts)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 顺义区 ----------------
SY_END="2028-04-19"; SY_BASIS="本措施自发布之日起施行，有效期两年。"
def syd(**k):
    d=dict(deadline=SY_END,deadline_basis=SY_BASIS,deadline_source="document"); d.update(k); return d
EG=["企业","个体工商户"]
sy=[
 dict(part="一、降低经营成本",heading="减免国有经营用房租金",text="对承租区属国有企业经营用房、在本区登记注册的小微企业和个体工商户，减免2026年度3个月房屋租金。房屋经转租的，出租企业应当确保减免落实到实际经营的最终承租人，转租方不得截留或变相抵扣减免额度，出租企业和转租方均不属于本项支持对象。符合条件的承租人须于2026年9月30日前向出租企业提出减免申请。（责任单位：区国资委、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["区属国有企业（出租方）","转租方（二房东）"],conditional=True,deadline="2026-09-30",deadline_basis="符合条件的承租人须于2026年9月30日前向出租企业提出减免申请。",deadline_source="measure",industries=[],responsible_units=["区国资委","区财政局"],note="landlord and sub-landlord named and excluded; size + tenancy conditions inline; expired")),
 dict(heading="支持餐饮门店安全设施改造",text="对本区餐饮业个体工商户和小微餐饮企业实施燃气“瓶改管”、加装燃气泄漏报警装置或更新油烟净化设施的，按照设备购置和安装费用的50%给予补贴，单店最高2万元。设备经销商和安装单位不属于补贴对象，不得以补贴名义抬高售价。申报受理至2026年12月31日止。（责任单位：区商务局、区城市管理委、区消防救援支队）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["设备经销商","安装单位"],conditional=True,deadline="2026-12-31",deadline_basis="申报受理至2026年12月31日止。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区城市管理委","区消防救援支队"],note="trade restriction 餐饮; dealers excluded; open until 12-31 (not expired on 12-04)")),
 dict(heading="奖励制造业企业首次升规",text="对2026年度首次纳入规模以上工业统计、且在本区连续经营满2年的制造业企业，给予一次性奖励20万元；升规次年营业收入增长10%以上的，再给予10万元奖励。企业入库情况以区统计局确认结果为准，符合条件的企业应于2027年3月底前向区经济和信息化局申报。（责任单位：区经济和信息化局、区统计局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:首次升规的制造业企业"],not_beneficiaries=[],conditional=True,deadline="2027-03-31",deadline_basis="符合条件的企业应于2027年3月底前向区经济和信息化局申报。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区统计局"],note="首次 + 连续经营满2年 inline; 3月底 = 03-31; second-year bonus may be claimed later but no date is given; alt beneficiaries ['企业'] or ['中小企业']")),
 dict(part="二、激发消费和拓展市场",heading="开展“乐享顺义”数字消费券活动",text="区商务局联合合作银行发放“乐享顺义”数字消费券，消费者领券后在参与活动的商户门店消费时直接抵扣，抵扣金额由区财政与合作银行按比例承担后结算给商户。本区零售、餐饮经营主体均可自愿报名成为参与商户，商户报名时间至2026年7月31日止。消费者和合作银行不属于本项支持对象。（责任单位：区商务局、区财政局、区金融服务办）",
  gold=dict(kind="可申请的支持",beneficiaries=EG,not_beneficiaries=["消费者（持券人）","合作银行"],conditional=True,deadline="2026-07-31",deadline_basis="商户报名时间至2026年7月31日止。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区财政局","区金融服务办"],note="经营主体 = enterprises and individual businesses of any size; merchants benefit by joining; conditional: registration (报名) step, alt false; expired")),
 dict(heading="支持中小企业参加境外展会",text="区商务局于2026年5月底前公布年度重点境外展会目录。对本区中小企业参加目录内境外展会的，按照展位费的70%给予补贴，单家企业年度最高5万元；组展单位收取的服务费不予补贴，组展单位本身不享受本项支持。企业应在展会结束后3个月内申报，2026年度申报截止时间为2027年2月28日。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["组展单位"],conditional=True,deadline="2027-02-28",deadline_basis="企业应在展会结束后3个月内申报，2026年度申报截止时间为2027年2月28日。",deadline_source="measure",industries=[],responsible_units=["区商务局"],note="TRAP: 2026年5月底 is the bureau's own date for publishing the catalogue, not the applicant's deadline; export support for SMEs only; catalogue = condition")),
 dict(heading="推广软件企业创新产品",text="对本区软件和信息服务业中小企业首次获得市级首版次软件产品认定的，给予一次性奖励30万元；区内各预算单位采购同类软件产品时，在同等条件下优先采购经认定的首版次产品。2026年度奖励申报材料须于11月20日前报送区科学技术和信息化局。（责任单位：区科学技术和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-11-20",deadline_basis="2026年度奖励申报材料须于11月20日前报送区科学技术和信息化局。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局","区财政局"],note="首次 + 认定; procurement preference has no date of its own, but the measure's stated date is the reward deadline; date without year read as 2026; expired")),
 dict(part="三、强化金融和政务服务",heading="对个体工商户经营贷款给予贴息",text="对在本区登记且正常经营的个体工商户，通过区内合作银行“个体工商户信用贷”产品获得单户50万元以下经营性贷款、按期还本付息的，按照实际支付利息的40%给予贴息，单户年度最高1万元。合作银行自身不享受贴息。贴息期限截至2027年6月30日。（责任单位：区金融服务办、区财政局、区市场监督管理局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["合作银行"],conditional=True,deadline="2027-06-30",deadline_basis="贴息期限截至2027年6月30日。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局","区市场监督管理局"],note="个体工商户 only; loan ceiling and repayment conditions inline")),
 dict(heading="建设个体工商户服务站",text="区市场监督管理局会同各镇人民政府、街道办事处，于2026年年底前实现个体工商户服务站镇街全覆盖，为个体工商户提供登记指导、政策解读和纠纷调解服务。（责任单位：区市场监督管理局、各镇人民政府、各街道办事处）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="于2026年年底前实现个体工商户服务站镇街全覆盖",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局","各镇人民政府","各街道办事处"],addressees=["区市场监督管理局","各镇人民政府","各街道办事处"],note="government build duty with its own date; the service for individual businesses is a consequence (alt 可申请的支持, weak)")),
 dict(heading="规范单用途预付卡经营",text="在本区发行单用途预付卡的零售、餐饮、美容美发等经营者，应当按照规定将预收资金存入存管账户，在经营场所显著位置公示退卡规则；不得在未告知消费者的情况下停业、转让门店或者变更服务内容。（责任单位：区商务局、区市场监督管理局）",
  gold=syd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局","区市场监督管理局"],addressees=["发行单用途预付卡的经营者"],note="obligations protecting consumers; industries named only as addressees")),
 dict(heading="减少对经营主体的干扰",text="对未列入年度检查计划、又无投诉举报或转办线索的入企检查，各类经营主体有权拒绝；检查人员未出示执法证件的，经营主体可以拒绝配合，并可通过12345热线或向区司法局反映，区司法局应当在10个工作日内予以答复。（责任单位：区司法局、区政务服务和数据管理局）",
  gold=syd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=EG,not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区政务服务和数据管理局"],note="right to refuse unplanned inspections + complaint channel with 10-day reply; alt 政府职责")),
 dict(part="四、扶持特色经营",heading="评选“顺义好店”",text="对在本区连续经营满3年、无严重违法失信记录的个体工商户，经评审认定为“顺义好店”的，给予一次性奖励1万元。评审标准和申报程序由区市场监督管理局另行制定，2026年度认定工作组织一次。（责任单位：区市场监督管理局、区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="2026年度认定工作组织一次。",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局","区商务局"],note="个体工商户 only; 连续经营满3年 inline, 认定 and rules 另行制定; '2026年度' = 2026-12-31 (not expired); alt deadline = document end if '2026年度' is read as the first of several rounds")),
 dict(heading="鼓励吸纳本地劳动力",text="自本措施发布之日起1年内，本区零售、餐饮行业的小微企业和个体工商户新招用本区农村劳动力并签订1年以上劳动合同的，按照每人每月500元给予用人单位岗位补贴，补贴期限最长12个月。补贴资金拨付至用人单位，被招用人员不直接领取。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["被招用的农村劳动力"],conditional=True,deadline="2027-04-19",deadline_basis="自本措施发布之日起1年内",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区人力资源和社会保障局"],note="hiring window 2026-04-20 + 1 year - 1 day (accept 2027-04-20); subsidy may be paid up to 12 months later, no application date stated; hired workers excluded")),
 dict(part="五、保障措施",heading="执行期限和解释",text="本措施自发布之日起施行，有效期两年。本措施与本区其他同类政策存在交叉的，企业可按照就高原则选择享受，不重复支持。本措施具体执行问题由区发展和改革委员会会同各责任单位负责解释。",
  gold=syd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-04-20 + 2 years - 1 day = 2028-04-19 (accept 2028-04-20); 两年 in Chinese numerals")),
]
sy_meta=dict(file="shunyi_2026_wenjingying_tuoshichang.txt",title="顺义区支持中小企业和个体工商户稳经营拓市场的若干措施",issuer="北京市顺义区人民政府办公室",doc_number="顺政办发〔2026〕14号",district="顺义区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-04-20",valid_until=SY_END,valid_until_basis=SY_BASIS,numbering="five part headings 一、…五、 on their own lines; measures （一）…（十三） numbered continuously across parts, heading sentence inline ending with 。; （责任单位：…、…） at the end except （十三）")
sy_header="""北京市顺义区人民政府办公室关于印发《顺义区支持中小企业和个体工商户稳经营拓市场的若干措施》的通知

顺政办发〔2026〕14号

各镇人民政府，各街道办事处，各地区办事处，区政府各委、办、局，各区属机构：

《顺义区支持中小企业和个体工商户稳经营拓市场的若干措施》已经区政府第47次常务会议审议通过，现印发给你们，请结合职责抓好贯彻落实。

北京市顺义区人民政府办公室
二〇二六年四月二十日

（此件公开发布）

顺义区支持中小企业和个体工商户稳经营拓市场的若干措施

为进一步降低经营主体成本、提振消费、拓展国内外市场，推动中小企业和个体工商户持续健康发展，按照市委、市政府关于促进民营经济发展的部署要求，结合本区实际，制定如下措施。"""
sy_txt,sy_gold=build(sy_meta,sy_header,sy,lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ---------------- 房山区 ----------------
FS_END="2028-12-31"; FS_BASIS="本办法自2026年7月1日起施行，执行至2028年12月31日。"
def fsd(**k):
    d=dict(deadline=FS_END,deadline_basis=FS_BASIS,deadline_source="document"); d.update(k); return d
fs=[
 dict(heading="首贷贴息",text="对在本区注册纳税、首次从银行业金融机构获得经营性贷款的中小企业（以下简称首贷户），按照首笔贷款实际支付利息的50%给予贴息，单户最高20万元。发放贷款的合作银行不享受贴息。首贷贴息申报截至2026年11月30日。（责任单位：区金融服务办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行"],conditional=True,deadline="2026-11-30",deadline_basis="首贷贴息申报截至2026年11月30日。",deadline_source="measure",industries=[],responsible_units=['区金融服务办', '区财政局'],note="首次 (首贷户) + registration/tax in district inline; expired 4 days before today")),
 dict(heading="降低制造业小微企业担保成本",text="区融资担保公司为本区制造业小微企业提供贷款担保的，年化担保费率不得超过0.8%，且不得要求企业缴纳保证金或者购买其他金融产品。区财政按照企业实际缴纳担保费的50%给予补贴，补贴资金直接拨付企业，区融资担保公司不属于补贴对象。（责任单位：区金融服务办、区财政局、区经济和信息化局）",
  gold=fsd(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["区融资担保公司"],conditional=True,industries=["制造业"],responsible_units=['区金融服务办', '区财政局', '区经济和信息化局'],note="guarantee firm is bound (fee cap, no deposits) and excluded; subsidy to the firm; conditional: 制造业 + 小微 + guaranteed loan")),
 dict(heading="奖励专精特新企业",text="对首次被认定为国家级专精特新“小巨人”企业的，给予一次性奖励50万元；对首次被认定为北京市专精特新中小企业的，给予一次性奖励10万元。2026年上半年获得认定的企业须于2026年8月31日前申报，下半年获得认定的企业须于2027年1月31日前申报。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-01-31",deadline_basis="下半年获得认定的企业须于2027年1月31日前申报。",deadline_source="measure",industries=[],responsible_units=['区经济和信息化局'],note="认定 + 首次; two windows: first closed 2026-08-31, last window 2027-01-31 is the deadline (not expired); '上半年' here is a qualifying period, not a deadline")),
 dict(heading="支持软件企业知识产权质押融资",text="鼓励本区软件和信息技术服务业中小企业以软件著作权、发明专利等知识产权质押方式获得银行贷款，对企业支付的评估费、担保费给予全额补贴，单家企业年度最高10万元。区知识产权局于2026年9月30日前公布合作评估机构名单，评估机构不享受本项补贴。具体申报条件按照《房山区知识产权质押融资补贴管理办法》执行。（责任单位：区知识产权局、区金融服务办）",
  gold=fsd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["评估机构"],conditional=True,industries=["信息技术"],responsible_units=['区知识产权局', '区金融服务办'],note="TRAP: 2026-09-30 is the bureau's date for publishing the evaluator list, already past, but NOT the applicant's deadline → document end; conditions elsewhere (管理办法)")),
 dict(heading="发展供应链金融",text="支持本区大型企业作为核心企业，在中征应收账款融资服务平台上对其中小企业供应商的应收账款进行确权。中小企业供应商凭确权应收账款获得融资的，按照融资金额的1%给予补贴，单家最高30万元。核心企业履行确权义务，不享受本项补贴。本项政策申报截止至2026年10月15日。（责任单位：区金融服务办、区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["大型企业（核心企业）"],conditional=True,deadline="2026-10-15",deadline_basis="本项政策申报截止至2026年10月15日。",deadline_source="measure",industries=[],responsible_units=['区金融服务办', '区经济和信息化局'],note="大型企业 named but only as core firm confirming receivables; supplier SMEs benefit; expired")),
 dict(heading="支持企业上市挂牌",text="对在北京证券交易所上市的本区中小企业，分阶段给予累计不超过300万元的奖励；对在全国中小企业股份转让系统挂牌的，给予一次性奖励50万元。为企业提供服务的证券公司、律师事务所、会计师事务所等中介机构不在奖励范围内。奖励标准和拨付程序另行制定。（责任单位：区金融服务办）",
  gold=fsd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["证券公司","律师事务所","会计师事务所"],conditional=True,industries=[],responsible_units=['区金融服务办'],note="intermediaries excluded; rules 另行制定")),
 dict(heading="搭建银企对接平台",text="区金融服务办于2026年10月底前建成“房山区企业融资服务平台”，归集企业纳税、社保、水电等信用信息，并按季度组织银企对接活动，推动银行业金融机构在本区设立科技金融和普惠金融专营机构。（责任单位：区金融服务办）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-10-31",deadline_basis="区金融服务办于2026年10月底前建成“房山区企业融资服务平台”",deadline_source="measure",industries=[],responsible_units=["区金融服务办"],addressees=["区金融服务办"],note="government's own completion date (10月底 = 10-31), already past; alt 可申请的支持 for matchmaking events (weak)")),
 dict(heading="加大政府采购支持力度",text="区级预算单位采购限额标准以上、200万元以下的货物和服务项目，原则上全部预留给中小企业；对非预留项目，给予小微企业报价10%的价格扣除。具体执行按照政府采购促进中小企业发展有关规定办理。各预算单位应于2026年12月15日前公开本年度预留项目执行情况。（责任单位：区财政局）",
  gold=fsd(kind="可申请的支持",beneficiaries=["中小企业","小型微型企业"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=['区财政局'],note="procurement preference (core); TRAP: 2026-12-15 binds budget units (publication), not bidders → document end; conditions elsewhere (有关规定)")),
 dict(heading="资金使用要求",text="获得本办法支持的企业和个体工商户，应当将贷款资金用于生产经营，不得用于购买理财产品、房地产投资或者转贷；应当如实提交申报材料，配合有关部门开展绩效评价。违反规定的，由主管部门追回已拨付资金，三年内不得申报本区各类扶持资金。（责任单位：区财政局、各政策主管部门）",
  gold=fsd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=['区财政局', '各政策主管部门'],addressees=["获得本办法支持的企业和个体工商户"],note="use of funds, truthful materials, claw-back and 3-year ban")),
 dict(heading="防止违规收费",text="银行业金融机构向本区中小企业发放贷款时，不得以存贷挂钩、捆绑销售保险或理财产品等方式变相抬高融资成本。中小企业遇有上述情形的，有权拒绝，并可向区金融服务办投诉，区金融服务办应当在5个工作日内转交相关监管部门处理并告知投诉人。（责任单位：区金融服务办）",
  gold=fsd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["中小企业"],not_beneficiaries=["银行业金融机构"],conditional=False,industries=[],responsible_units=['区金融服务办'],note="banks are bound; SMEs may refuse and complain (5 working days); alt 企业义务 (of banks)")),
 dict(heading="个体工商户贷款保证保险费补贴",text="对在本区连续经营满1年的个体工商户，通过购买贷款保证保险方式获得银行贷款的，按照实际缴纳保费的50%给予补贴，单户年度最高5000元。承保的保险公司和放款银行不享受本项补贴。2026年度保费补贴须于2026年12月20日前申报。（责任单位：区金融服务办、区市场监督管理局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["保险公司","放款银行"],conditional=True,deadline="2026-12-20",deadline_basis="2026年度保费补贴须于2026年12月20日前申报。",deadline_source="measure",industries=[],responsible_units=['区金融服务办', '区市场监督管理局'],note="个体工商户 only; 连续经营满1年 inline; deadline 16 days after today (not expired)")),
 dict(heading="附则",text="本办法由区金融服务办会同区经济和信息化局、区财政局负责解释。同一企业同一事项符合本区多项政策的，按照就高不重复原则执行。本办法自2026年7月1日起施行，执行至2028年12月31日。",
  gold=fsd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity 2026-07-01 to 2028-12-31; interpretation bodies named in text but no 责任单位 tag (as in the example 附则)")),
]
fs_meta=dict(file="fangshan_2026_zhongxiao_qiye_rongzi.txt",title="房山区支持中小企业融资发展实施办法",issuer="北京市房山区人民政府",doc_number="房政发〔2026〕12号",district="房山区",date="2026-06-08",date_as_printed="2026年6月8日",in_force_from="2026-07-01",valid_until=FS_END,valid_until_basis=FS_BASIS,numbering="articles 第一条（heading）body … 第十二条（附则）, heading in parentheses inline, no parts; （责任单位：…） at the end of each article except 第十二条; the preamble also names the implementing bodies")
fs_header="""北京市房山区人民政府关于印发《房山区支持中小企业融资发展实施办法》的通知

房政发〔2026〕12号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

现将《房山区支持中小企业融资发展实施办法》印发给你们，请认真贯彻执行。

北京市房山区人民政府
2026年6月8日

房山区支持中小企业融资发展实施办法

为缓解中小企业融资难、融资贵问题，引导金融资源更多流向实体经济，推动本区制造业和软件信息服务业中小企业高质量发展，根据国家和本市有关规定，结合本区实际，制定本办法。本办法由区金融服务办会同区经济和信息化局、区财政局组织实施，区科学技术和信息化局、区知识产权局、区市场监督管理局按照职责分工配合。"""
fs_txt,fs_gold=build(fs_meta,fs_header,fs,lambda i,m:f"第{cn(i)}条（{m['heading']}）{m['text']}")
for txt,gold in ((sy_txt,sy_gold),(fs_txt,fs_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
