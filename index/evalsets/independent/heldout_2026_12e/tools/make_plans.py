import json,collections
# run from the set folder: /usr/bin/python3 tools/make_plans.py
# conventions block: same keys as the example gold (heldout_2026_12c), values restated here
CONV_BASE={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date that only binds a government body inside a support measure (e.g. publishing a list) is not the applicant's deadline; in a 政府职责 measure the body's own completion date is the deadline.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 or names a trade of enterprises without size. '市场主体/经营主体' without size = ['个体工商户','企业'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, 农业; [] = not restricted or not mappable (ski resorts/sports are not mappable: noted)",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,tail,renderer):
    lines=[header]
    gold=dict(meta); gold["conventions"]=dict(CONV_BASE)
    ms={}
    for i,m in enumerate(measures,1):
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        assert g["deadline_basis"] in m["text"] or g["deadline_source"]=="document", (i,g["deadline_basis"])
        for u in g.get("responsible_units",[]): assert u in m["text"],(i,u)
        for u in g.get("not_beneficiaries",[]): assert u.split("（")[0] in m["text"],(i,u)
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    txt="\n\n".join(lines)+"\n"
    assert meta["valid_until_basis"] in txt and meta["date_as_printed"] in txt and meta["doc_number"] in txt
    return txt,gold

CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else ("十"+CN[i-10] if i<20 else CN[i//10]+"十"+(CN[i%10] if i%10 else ""))

# ---------------- 延庆区 ----------------
YQ_END="2029-04-19"; YQ_BASIS="本措施自发布之日起3年内有效。"
def yqd(**k):
    d=dict(deadline=YQ_END,deadline_basis=YQ_BASIS,deadline_source="document"); d.update(k); return d
P1="一、做强冰雪体育产业"; P2="二、提升民宿餐饮品质"; P3="三、优化服务保障"; P4="四、强化人才用工支撑"; P5="五、附则"
yq=[
 dict(part=P1,heading="支持冰雪场馆设施更新",text="对在本区依法取得高危险性体育项目经营许可的滑雪场、滑冰场，实施造雪系统、缆车索道、安全防护设施更新改造，且项目总投资在200万元（含）以上的，按照经审计确认投资额的20%给予补助，单个项目补助不超过300万元。设备供应商、施工总承包单位不列入补助范围。2026年度项目申报于2026年9月30日截止。（责任单位：区体育局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:滑雪场、滑冰场经营单位"],not_beneficiaries=["设备供应商","施工总承包单位"],conditional=True,deadline="2026-09-30",deadline_basis="2026年度项目申报于2026年9月30日截止。",deadline_source="measure",industries=[],responsible_units=["区体育局","区财政局"],note="licence + 200万 threshold inline; industry 体育 not mappable (alt ['文体旅游']); no later year's window stated; expired")),
 dict(part=P1,heading="奖励高水平冰雪赛事",text="对在本区举办、经市体育局备案的国际级和国家级冰雪单项赛事，分别给予赛事运营主体最高100万元、50万元奖励，具体奖励标准和评审程序由区体育局另行制定。提供比赛场地的雪场按照场地租赁协议收取费用，不另行享受本项奖励。2026—2027雪季举办的赛事，须于2027年4月30日前提交奖励申请。（责任单位：区体育局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:赛事运营主体"],not_beneficiaries=["提供比赛场地的雪场（场地出租方）"],conditional=True,deadline="2027-04-30",deadline_basis="2026—2027雪季举办的赛事，须于2027年4月30日前提交奖励申请。",deadline_source="measure",industries=[],responsible_units=["区体育局"],note="备案 + standard 另行制定; venue (landlord) excluded; later seasons not stated, so the stated date is taken (alt document end)")),
 dict(part=P1,heading="发放“冰雪延庆”消费券",text="2026—2027雪季，区商务局联合网络消费平台向市民游客发放冰雪消费券，可在签约的滑雪场、冰雪装备租赁门店和餐饮门店抵扣使用，核销资金由区财政据实结算给签约商户，单家商户结算上限50万元。拟签约商户应于2026年11月20日前通过区商务局报名，区商务局于2026年12月15日前公布签约商户名单。平台方仅按约定收取技术服务费，不参与核销资金分配。（责任单位：区商务局、区体育局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:签约的滑雪场、冰雪装备租赁门店和餐饮门店"],not_beneficiaries=["市民游客（消费者）","网络消费平台"],conditional=True,deadline="2026-11-20",deadline_basis="拟签约商户应于2026年11月20日前通过区商务局报名",deadline_source="measure",industries=[],responsible_units=["区商务局","区体育局","区财政局"],note="consumers hold the vouchers, merchants benefit by signing up; 2026-12-15 is the 商务局's own publication date, NOT the applicant's deadline; expired; mixed trades → []")),
 dict(part=P2,heading="支持个体民宿首次开业",text="对以个体工商户形式登记、2026年内首次取得乡村民宿经营许可的民宿经营者，给予一次性开办补贴2万元。将自有农宅出租给他人经营民宿的村民不享受本项补贴。本项补贴仅适用于2026年度，申请应在年底前提交。（责任单位：区文化和旅游局、各乡镇人民政府）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["村民（农宅出租方）"],conditional=True,deadline="2026-12-31",deadline_basis="本项补贴仅适用于2026年度，申请应在年底前提交。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区文化和旅游局","各乡镇人民政府"],note="个体工商户 only; 首次 + licence inline; 年底前 = 2026-12-31; open on 2026-12-04")),
 dict(part=P2,heading="鼓励雪季餐饮延时经营",text="对各滑雪场周边3公里范围内的中小微餐饮企业，2026年12月至2027年3月期间每日营业至22时以后的，按照每月5000元标准给予延时经营补贴。连锁餐饮品牌总部、外卖平台不在支持范围之内。补贴按月申报，每月月底前申报上月补贴，末次申报至2027年4月15日止。（责任单位：区商务局、区市场监督管理局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["连锁餐饮品牌总部","外卖平台"],conditional=True,deadline="2027-04-15",deadline_basis="补贴按月申报，每月月底前申报上月补贴，末次申报至2027年4月15日止。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区市场监督管理局"],note="中小微 餐饮企业 only (个体工商户 not named — disputable); monthly 月底前, last date is the deadline; location + hours conditions inline")),
 dict(part=P2,heading="加大民宿餐饮信贷支持",text="鼓励区内银行业金融机构面向民宿、餐饮市场主体推出“冰雪民宿贷”等信用贷款产品。对按期还本付息的市场主体，区财政按照实际支付利息的40%给予贴息，每户每年不超过3万元；由区融资担保机构提供担保的，担保费率不高于1%，担保费补贴直接拨付给受保市场主体。银行业金融机构、融资担保机构不属于贴息和补贴对象。本条政策执行至2027年6月30日。（责任单位：区金融服务办公室、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","企业"],not_beneficiaries=["银行业金融机构","融资担保机构"],conditional=True,deadline="2027-06-30",deadline_basis="本条政策执行至2027年6月30日。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区金融服务办公室","区财政局"],note="市场主体 without size → 个体工商户 + 企业 (alt ['中小企业','个体工商户']); banks and guarantee firms bound/excluded; 按期还本付息 condition")),
 dict(part=P3,heading="设立“冰雪+民宿餐饮”服务专区",text="区政务服务管理局会同区文化和旅游局、区市场监督管理局，于2027年3月底前在区政务服务中心设立“冰雪+民宿餐饮”一件事服务专区，对民宿、餐饮开办实行“一次告知、一表申请、一窗办结”。（责任单位：区政务服务管理局、区文化和旅游局、区市场监督管理局）",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2027-03-31",deadline_basis="于2027年3月底前在区政务服务中心设立“冰雪+民宿餐饮”一件事服务专区",deadline_source="measure",industries=[],responsible_units=["区政务服务管理局","区文化和旅游局","区市场监督管理局"],addressees=["区政务服务管理局","区文化和旅游局","区市场监督管理局"],note="government's own completion date (3月底 = 03-31); the one-window service is weak support")),
 dict(part=P3,heading="压实经营安全责任",text="滑雪场经营单位应当按照雪道面积配备持证救护人员和安全巡查员，投保公众责任保险；民宿和餐饮经营者应当落实住宿登记、燃气安全和食品安全主体责任。享受本措施补助的经营主体，自资金拨付之日起2年内不得变更经营用途，擅自变更的，由主管部门追回补助资金。（责任单位：区体育局、区文化和旅游局、区市场监督管理局、区应急管理局）",
  gold=yqd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区体育局","区文化和旅游局","区市场监督管理局","区应急管理局"],addressees=["滑雪场经营单位","民宿和餐饮经营者","享受补助的经营主体"],note="safety duties, insurance, 2-year use lock with claw-back")),
 dict(part=P3,heading="保护雪场承租商户合法权益",text="在滑雪场内承租场地从事装备租赁、餐饮服务的商户，其租金在租赁合同期内不得被单方上调，滑雪场经营单位不得收取合同约定以外的管理费、进场费。承租商户权益受到侵害的，可向区商务局投诉，区商务局应当自受理之日起10个工作日内组织调解并反馈结果。（责任单位：区商务局、区体育局）",
  gold=yqd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["其他:滑雪场内承租商户"],not_beneficiaries=["滑雪场经营单位（出租方）"],conditional=False,industries=[],responsible_units=["区商务局","区体育局"],note="ski resort as landlord is bound; tenants can invoke rent freeze, no extra fees, complaint with 10-working-day reply")),
 dict(part=P4,heading="给予雪季用工岗位补贴",text="对吸纳本区农村劳动力在雪季从事雪道服务、客房服务、餐饮服务，签订3个月以上劳动合同并依法缴纳社会保险的冰雪企业和民宿餐饮企业，按照每人每月1000元给予岗位补贴，每人最多补贴4个月。补贴资金拨付至用人单位，不直接发放给务工人员。2026年度岗位补贴须于2027年1月31日前向区人力资源和社会保障局申报。（责任单位：区人力资源和社会保障局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["务工人员（被吸纳的本区农村劳动力）"],conditional=True,deadline="2027-01-31",deadline_basis="2026年度岗位补贴须于2027年1月31日前向区人力资源和社会保障局申报。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区财政局"],note="trade-restricted enterprises (冰雪, 民宿餐饮) without size → 企业; hired workers not beneficiaries; industries mixed (alt ['住宿餐饮'])")),
 dict(part=P4,heading="培养冰雪运动指导人才",text="经区体育局认定的冰雪运动培训机构，每培训1名本区户籍人员并使其取得滑雪或滑冰社会体育指导员职业技能等级证书的，给予机构2000元培训补贴，认定条件按照本市体育培训机构管理有关规定执行。上半年完成培训的，应于2026年7月15日前申报；下半年完成培训的，应于2027年1月15日前申报。（责任单位：区体育局、区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:经认定的冰雪运动培训机构"],not_beneficiaries=["本区户籍人员（受训人员）"],conditional=True,deadline="2027-01-15",deadline_basis="下半年完成培训的，应于2027年1月15日前申报。",deadline_source="measure",industries=[],responsible_units=["区体育局","区人力资源和社会保障局"],note="认定 + rules elsewhere; two dates, the later (2027-01-15) is the deadline; the first-half window (2026-07-15) is over")),
 dict(part=P5,heading="实施期限",text="本措施自发布之日起3年内有效。同一项目获得市级资金支持的，区级按照就高不重复原则给予支持。本措施由区体育局会同区文化和旅游局、区商务局负责解释。",
  gold=yqd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-04-20 + 3 years - 1 day = 2029-04-19 (accept 2029-04-20)")),
]
yq_meta=dict(file="yanqing_2026_bingxue_minsu_canyin.txt",title="延庆区促进冰雪体育产业与民宿餐饮融合发展的若干措施",issuer="北京市延庆区人民政府办公室",doc_number="延政办发〔2026〕14号",district="延庆区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-04-20",valid_until=YQ_END,valid_until_basis=YQ_BASIS,numbering="five part headings 一、…五、 on their own lines; measures （一）（二）… numbered afresh inside each part, heading sentence inline ending in 。; gold keys 1–12 count measures across parts; （责任单位：…） at the end except the last")
yq_header="""北京市延庆区人民政府办公室关于印发《延庆区促进冰雪体育产业与民宿餐饮融合发展的若干措施》的通知

延政办发〔2026〕14号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《延庆区促进冰雪体育产业与民宿餐饮融合发展的若干措施》已经2026年4月8日区政府第57次常务会议审议通过，现印发给你们，请结合职责抓好贯彻落实。

北京市延庆区人民政府办公室
2026年4月20日

（此件公开发布）

延庆区促进冰雪体育产业与民宿餐饮融合发展的若干措施

为用好冬奥遗产，推动冰雪运动、冰雪旅游与乡村民宿、特色餐饮深度融合，培育“冰雪+”消费新场景，结合本区实际，制定如下措施。"""
_seen={}
def yq_render(i,m):
    p=m["part"]; out=""
    if p not in _seen:
        _seen[p]=0; out=p+"\n\n"
    _seen[p]+=1
    return out+f"（{cn(_seen[p])}）{m['heading']}。{m['text']}"
yq_txt,yq_gold=build(yq_meta,yq_header,yq,"",yq_render)

# ---------------- 门头沟区 ----------------
MT_END="2028-07-31"; MT_BASIS="本办法自2026年8月1日起施行，有效期两年。"
def mtd(**k):
    d=dict(deadline=MT_END,deadline_basis=MT_BASIS,deadline_source="document"); d.update(k); return d
mt=[
 dict(heading="适用范围",text="本办法所称软件和信息服务企业，是指工商注册、税务登记和统计关系均在本区，主营业务为软件开发、信息技术服务、数据处理存储或者互联网信息服务的企业。在本区设立的分支机构、非独立核算的办事处不适用本办法。",
  gold=mtd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=["信息技术"],responsible_units=[],note="definition and scope (branches excluded); no 责任单位; industries shown because it defines the trade (alt [])")),
 dict(heading="办公用房租金补贴",text="对2026年8月1日以后新引进的软件和信息服务中小企业，首次租用区级认定的软件产业园区办公用房、租期3年以上的，按照实际支付租金的50%给予补贴，每年补贴不超过80万元，最多补贴3年。园区运营方和出租业主不得借补贴上调租金，且不作为补贴对象。（责任单位：区科学技术和信息化局、区财政局）",
  gold=mtd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["园区运营方","出租业主"],conditional=True,industries=["信息技术"],responsible_units=["区科学技术和信息化局","区财政局"],note="中小企业 in software only; 首次, 认定园区, lease ≥3 years inline; 2026年8月1日 is a start date, not a deadline; landlord bound; no own end date → document")),
 dict(heading="研发投入奖励",text="对上年度研发费用超过500万元且同比增长15%以上的软件和信息服务企业，按照研发费用增量的10%给予奖励，单个企业最高200万元。本条奖励一次性兑现，仅适用于2025年度研发投入，须于2026年9月30日前向区科学技术和信息化局申报，逾期视为自动放弃。（责任单位：区科学技术和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-09-30",deadline_basis="须于2026年9月30日前向区科学技术和信息化局申报，逾期视为自动放弃。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局"],note="thresholds inline; no size restriction → 企业; one-off, expired")),
 dict(heading="首版次软件应用推广",text="对经市经济和信息化局认定的首版次软件产品，本区政府投资项目和区属国有企业采购同类产品时，在同等条件下优先采购；对研制企业按照产品首年销售额的20%给予奖励，最高100万元。奖励申请于每年6月底前集中受理上一年度事项。（责任单位：区科学技术和信息化局、区财政局、区国资委）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["区属国有企业（采购方）","政府投资项目（采购方）"],conditional=True,deadline="2028-06-30",deadline_basis="奖励申请于每年6月底前集中受理上一年度事项。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局","区财政局","区国资委"],note="procurement preference + money after 认定 (core); yearly window 6月底: the last one inside validity is 2028-06-30 (accept document end 2028-07-31; the 2026 window 2026-06-30 lies before the document)")),
 dict(heading="引才费用补贴",text="软件和信息服务企业通过人力资源服务机构引进年薪50万元以上的核心技术人才，且人才在本区连续缴纳社会保险满6个月的，按照企业实际支付猎头服务费的50%给予补贴，每引进1人最高10万元，每家企业每年最高50万元。人力资源服务机构不享受本项补贴。本条适用于2026年8月1日至2027年12月31日期间引进的人才。（责任单位：区人才工作局、区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["人力资源服务机构","核心技术人才"],conditional=True,deadline="2027-12-31",deadline_basis="本条适用于2026年8月1日至2027年12月31日期间引进的人才。",deadline_source="measure",industries=["信息技术"],responsible_units=["区人才工作局","区人力资源和社会保障局"],note="hiring window end; the application itself may follow after 6 months of social insurance (no date stated; alt document end 2028-07-31); headhunter and the talent are not beneficiaries")),
 dict(heading="人才公寓保障",text="在本区软件和信息服务企业工作的骨干人才，可以申请入住区人才公寓，租金按照同地段市场租金的60%确定，入住期限最长3年。申请条件、轮候规则和分配办法由区住房和城乡建设委员会另行制定。用人企业可以代为集中申请，但不享受租金差额。（责任单位：区住房和城乡建设委员会、区人才工作局）",
  gold=mtd(kind="可申请的支持",beneficiaries=["其他:软件和信息服务企业骨干人才"],not_beneficiaries=["用人企业"],conditional=True,industries=["信息技术"],responsible_units=["区住房和城乡建设委员会","区人才工作局"],note="benefit to employees, not to the firm (the firm may only file on their behalf); conditions 另行制定")),
 dict(heading="一次性扩岗补贴",text="对2026年内新招用离校2年内高校毕业生或16至24岁登记失业青年，签订1年以上劳动合同并按月足额缴纳社会保险费的中小微企业，按照每招用1人1500元给予一次性扩岗补贴，补贴直接拨付至企业账户。劳务派遣单位派遣至企业工作的人员不计入招用人数。补贴申请须于2027年2月底前提交。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["劳务派遣单位","高校毕业生","登记失业青年（被招用人员）"],conditional=True,deadline="2027-02-28",deadline_basis="补贴申请须于2027年2月底前提交。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="all trades; 中小微 → 中小企业; 2月底 = 2027-02-28")),
 dict(heading="个体工商户社会保险补贴",text="个体工商户招用本区认定的就业困难人员并为其缴纳社会保险费的，按照其实际缴纳的基本养老、基本医疗和失业保险费中单位缴费部分给予社会保险补贴，补贴期限最长不超过3年。补贴标准、申领程序按照本市就业困难人员社会保险补贴有关规定执行。被招用人员个人缴费部分不予补贴。（责任单位：区人力资源和社会保障局、各街道办事处）",
  gold=mtd(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["就业困难人员（被招用人员）"],conditional=True,industries=[],responsible_units=["区人力资源和社会保障局","各街道办事处"],note="个体工商户 only; 认定 of the hired person + city rules elsewhere; 3-year subsidy period is not an application deadline")),
 dict(heading="信用贷款贴息",text="对软件和信息服务中小企业通过区“京西科创贷”合作银行获得的首笔信用贷款，按照贷款市场报价利率的50%给予贴息，单户贴息不超过30万元。合作银行产生的不良贷款由区风险补偿资金按照有关办法另行分担，合作银行不享受本条贴息。本条政策有效期1年，自本办法施行之日起计算。（责任单位：区金融服务办公室、区科学技术和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行"],conditional=True,deadline="2027-07-31",deadline_basis="本条政策有效期1年，自本办法施行之日起计算。",deadline_source="measure",industries=["信息技术"],responsible_units=["区金融服务办公室","区科学技术和信息化局"],note="首笔 inline; 2026-08-01 + 1 year - 1 day (accept 2027-08-01); bank excluded")),
 dict(heading="建设京西数字人才服务港",text="区人力资源和社会保障局于2026年9月底前建成京西数字人才服务港，为企业免费提供招聘信息发布、人才测评和政策兑现“一站式”服务，并于每季度首月举办软件和信息服务专场招聘会。（责任单位：区人力资源和社会保障局、区科学技术和信息化局）",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区人力资源和社会保障局于2026年9月底前建成京西数字人才服务港",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区科学技术和信息化局"],addressees=["区人力资源和社会保障局"],note="government's own completion date (expired), not an applicant deadline; the free service continues afterwards (weak support)")),
 dict(heading="企业承诺与用工规范",text="享受本办法资金支持的企业，应当承诺自首次获得支持之日起5年内不迁离本区、不变更纳税关系、不减少在本区的注册资本；违反承诺的，应当退回已获得的全部支持资金。企业应当依法与招用人员签订劳动合同，不得以实习、劳务外包等名义规避用工责任。（责任单位：区科学技术和信息化局、区人力资源和社会保障局、区财政局）",
  gold=mtd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区科学技术和信息化局","区人力资源和社会保障局","区财政局"],addressees=["享受资金支持的企业"],note="5-year stay commitment with claw-back; labour-contract duty")),
 dict(heading="审核复核与材料免提交",text="企业对申报审核结果有异议的，可以自收到审核结果之日起15个工作日内向原审核部门申请复核，原审核部门应当在10个工作日内书面答复。各部门能够通过数据共享获取的材料，不得要求企业重复提交。（责任单位：各政策主管部门）",
  gold=mtd(kind="可主张的权利",beneficiaries=["企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["各政策主管部门"],note="review request (15 working days) with 10-day written reply; no duplicate documents; the 15-day period is a procedural time limit, not the measure's deadline")),
 dict(heading="附则",text="本办法自2026年8月1日起施行，有效期两年。本办法执行期间如遇国家和本市政策调整，按照新的规定执行。本办法由区科学技术和信息化局、区人力资源和社会保障局按照职责分工负责解释。",
  gold=mtd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-08-01 + 两年 - 1 day = 2028-07-31 (accept 2028-08-01); issued 二〇二六年七月十日")),
]
mt_meta=dict(file="mentougou_2026_ruanjian_rencai_wengang.txt",title="门头沟区支持软件和信息服务业发展加强人才引进和稳岗就业实施办法（试行）",issuer="北京市门头沟区人民政府办公室",doc_number="门政办发〔2026〕27号",district="门头沟区",date="2026-07-10",date_as_printed="二〇二六年七月十日",in_force_from="2026-08-01",valid_until=MT_END,valid_until_basis=MT_BASIS,numbering="articles 第一条…第十三条 followed by a full-width space and a heading in full-width parentheses （…）, body on the same line; no parts; （责任单位：…） at the end except 第一条 and 第十三条")
mt_header="""北京市门头沟区人民政府办公室关于印发《门头沟区支持软件和信息服务业发展加强人才引进和稳岗就业实施办法（试行）》的通知

门政办发〔2026〕27号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

经区政府同意，现将《门头沟区支持软件和信息服务业发展加强人才引进和稳岗就业实施办法（试行）》印发给你们，请认真贯彻执行。

北京市门头沟区人民政府办公室
二〇二六年七月十日

（此件主动公开）

门头沟区支持软件和信息服务业发展加强人才引进和稳岗就业实施办法（试行）

为加快建设京西数字经济发展高地，吸引软件和信息服务企业及各类人才在本区集聚，稳定和扩大就业，依据国家和本市有关规定，结合本区实际，制定本办法。"""
mt_txt,mt_gold=build(mt_meta,mt_header,mt,"",lambda i,m:f"第{cn(i)}条　（{m['heading']}）{m['text']}")

for txt,gold in ((yq_txt,yq_gold),(mt_txt,mt_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),
          "expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]],
          "deadlines",{k:(m["deadline"],m["deadline_source"][0]) for k,m in gold["measures"].items()})
