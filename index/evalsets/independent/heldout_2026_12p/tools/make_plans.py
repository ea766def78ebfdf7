import json,collections
# conventions: same keys as the example gold (heldout_2026_12c), values restated here, with additions marked (+)
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; (+) '第三季度' = 09-30, 'X月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). (+) A government body's own completion date is the deadline of a 政府职责 measure; a 免申即享 payment date ends the measure.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 without size. (+) '市场主体/经营主体' = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定; false for rights",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable (文旅 is not in the vocabulary, flagged in note)",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,parts,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=CONV; ms={}; i=0
    for part,measures in parts:
        if part: lines.append(part)
        for m in measures:
            i+=1; lines.append(renderer(i,m))
            g=dict(m["gold"]); g["heading"]=m["heading"]
            g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
            if g.get("deadline_basis"): assert g["deadline_basis"] in m["text"] or g["deadline_source"]=="document", (i,g["deadline_basis"])
            for u in g["responsible_units"]: assert u in m["ru"], (i,u)
            ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 东城区 ----------------
DC_END="2029-04-30"; DC_BASIS="本措施自2026年5月1日起施行，有效期三年。"
def dcd(**k):
    d=dict(deadline=DC_END,deadline_basis=DC_BASIS,deadline_source="document"); d.update(k); return d
def M(heading,text,ru,gold): return dict(heading=heading,text=text,ru=ru,gold=gold)
dc=[
("一、激发街巷小店活力",[
 M("支持小微餐饮门店改造提升","对在本区登记注册、在同一地址连续经营满2年的小微餐饮企业和餐饮类个体工商户，实施明厨亮灶、油烟净化或无障碍设施改造的，按照改造费用的40%给予补贴，单店最高8万元。承接改造的装修施工方和设备供应商不列入补贴范围。本年度申报截止时间为2026年9月30日。","区商务局、区财政局、区市场监督管理局",
  dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["装修施工方","设备供应商"],conditional=True,deadline="2026-09-30",deadline_basis="本年度申报截止时间为2026年9月30日。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区财政局","区市场监督管理局"],note="size + trade restricted (小微 餐饮 firms and 餐饮 个体工商户); 2 years at the same address inline; contractors and suppliers excluded; expired")),
 M("减免区属国有房屋租金","区属国有企业将自有经营用房出租给首次在本区办理营业执照的个体工商户的，免收前3个月租金，此后租金不得高于第三方评估的同地段市场租金。出租的区属国有企业不因减免租金获得财政补偿。本项措施适用于2026年12月31日前签订的租赁合同。","区国资委、区商务局",
  dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["区属国有企业（出租方）"],conditional=True,deadline="2026-12-31",deadline_basis="本项措施适用于2026年12月31日前签订的租赁合同。",deadline_source="measure",industries=[],responsible_units=["区国资委","区商务局"],note="个体工商户 only, 首次 licence in the district; the landlord is bound (rent cap), not compensated; alt 可主张的权利 (rent cap a tenant can invoke)",kind_acceptable=["可申请的支持","可主张的权利"])),
 M("实施首贷贴息","对本区市场主体通过区金融服务办公布的合作银行取得首笔经营性贷款的，按照实际支付利息的50%给予贴息，单户年度贴息最高5万元。合作银行和提供担保的融资担保机构不享受贴息。贴息按季度申报，2026年度利息的贴息须于2027年1月31日前申报。","区金融服务办、区财政局",
  dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["合作银行","融资担保机构"],conditional=True,deadline="2027-01-31",deadline_basis="2026年度利息的贴息须于2027年1月31日前申报。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="市场主体 = firms of any size and 个体工商户; 首笔 loan is the condition; quarterly, last stated date is the deadline; banks/guarantors excluded")),
]),
("二、擦亮老字号金字招牌",[
 M("加强老字号字号商标保护","经认定的中华老字号和北京老字号企业，其字号、商标被他人擅自使用或者在商标注册中被恶意抢注的，可以向区市场监督管理局申请维权援助；区市场监督管理局应当自收到申请之日起10个工作日内受理，并协调知识产权服务机构提供免费咨询。","区市场监督管理局",
  dcd(kind="可主张的权利",kind_acceptable=["可主张的权利","可申请的支持"],beneficiaries=["其他:老字号企业"],not_beneficiaries=["知识产权服务机构"],conditional=False,industries=[],responsible_units=["区市场监督管理局"],note="protection of name/trademark with a 10-working-day intake duty; requires prior 认定 as 老字号 (conditional false by the rights convention); alt 可申请的支持 (free assistance service)")),
 M("奖励老字号经营突破","对年度营业收入首次突破1亿元的老字号企业，给予一次性奖励50万元；首次突破5000万元的，给予一次性奖励20万元。奖励申报于2026年第三季度集中受理，逾期不予受理。","区商务局、区财政局",
  dict(kind="可申请的支持",beneficiaries=["其他:老字号企业"],not_beneficiaries=[],conditional=True,deadline="2026-09-30",deadline_basis="奖励申报于2026年第三季度集中受理，逾期不予受理。",deadline_source="measure",industries=[],responsible_units=["区商务局","区财政局"],note="首次 revenue thresholds inline; 第三季度 = 09-30; expired")),
 M("引进品牌首店","支持王府井、前门—大栅栏等重点商圈内的零售企业引进品牌首店、旗舰店，对在本区新开设的品牌首店，按照装修投入的20%给予一次性支持，最高100万元。首店认定标准和申报程序按照《东城区品牌首店认定办法》执行，该办法由区商务局另行制定。","区商务局",
  dcd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,industries=["批发零售"],responsible_units=["区商务局"],note="retail firms, no size limit; 认定 rules 另行制定; no own date → document validity")),
]),
("三、培育文旅和数字消费新场景",[
 M("发放“东城味道”餐饮消费券","区商务局联合外卖平台和支付机构发放“东城味道”餐饮消费券，消费者领取后在参与活动的商户消费时抵扣，核销资金由区财政直接结算给参与商户。参与商户须为在本区登记注册、具有有效食品经营许可证的餐饮经营主体，报名至2026年11月15日止。外卖平台和支付机构仅收取技术服务费，不参与核销资金分配。","区商务局、区财政局",
  dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["消费者","外卖平台","支付机构"],conditional=True,deadline="2026-11-15",deadline_basis="报名至2026年11月15日止。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区财政局"],note="经营主体 = firms + 个体工商户 in 餐饮; consumers hold the vouchers, the business benefits by joining; platforms excluded; expired")),
 M("支持胡同文旅新业态","对在本区胡同、四合院内开展小剧场演出、非遗体验等文旅新业态的中小企业，年度演出或体验场次达到50场以上的，按照每场2000元给予运营补贴，单家企业年度最高30万元。本项政策2026年度有效。","区文化和旅游局",
  dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="本项政策2026年度有效。",deadline_source="measure",industries=[],responsible_units=["区文化和旅游局"],note="中小企业 only; 50-session threshold inline; trade 文旅 not in the industries vocabulary (alt 文化旅游); 2026年度 = 2026-12-31, still open")),
 M("推动小店数字化经营","鼓励软件和信息服务企业为本区小店提供数字化收银、线上营销和会员管理服务，服务商本身不享受本项补贴。使用上述服务的个体工商户和小微企业，按照年度服务费的50%给予补贴，每户最高5000元，申报材料须于2027年3月1日前报送所在街道办事处。","区商务局、各街道办事处",
  dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["软件和信息服务企业（服务商）"],conditional=True,deadline="2027-03-01",deadline_basis="申报材料须于2027年3月1日前报送所在街道办事处。",deadline_source="measure",industries=[],responsible_units=["区商务局","各街道办事处"],note="software firms are named first but are service providers, not beneficiaries; receivers are the shops using the service")),
]),
("四、强化服务保障",[
 M("设立小店服务专窗","区政务服务管理局于2026年6月底前在各街道政务服务中心设立“小店服务专窗”，集中提供证照办理、政策咨询和诉求受理一站式服务。","区政务服务管理局、各街道办事处",
  dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="区政务服务管理局于2026年6月底前在各街道政务服务中心设立“小店服务专窗”",deadline_source="measure",industries=[],responsible_units=["区政务服务管理局","各街道办事处"],addressees=["区政务服务管理局"],note="government's own completion date (not an applicant deadline), passed; the windows keep serving afterwards; alt 可申请的支持 (service) is weak")),
 M("落实经营主体责任","享受本措施支持的餐饮经营主体应当落实门前三包责任，不得占道经营或者违规外摆；获得改造补贴的门店自补贴拨付之日起2年内不得迁出本区，提前迁出的应当退还补贴资金。","区城市管理委、区商务局",
  dcd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区城市管理委","区商务局"],addressees=["餐饮经营主体"],note="obligations incl. 2-year stay and claw-back")),
 M("附则","本措施自2026年5月1日起施行，有效期三年。本措施施行前已受理的事项，按照原政策执行。本措施由区商务局负责解释。","",
  dcd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity: 2026-05-01 + 3 years - 1 day = 2029-04-30 (accept 2029-05-01); three written in Chinese")),
]),
]
def dc_r(i,m):
    t=f"（{cn(i)}）{m['heading']}。{m['text']}"
    if m["ru"]: t+=f"（责任单位：{m['ru']}）"
    return t
dc_meta=dict(file="dongcheng_2026_xiaodian_laozihao.txt",title="东城区关于激发小店经济活力促进老字号创新发展的若干措施",issuer="北京市东城区人民政府办公室",doc_number="东政办发〔2026〕6号",district="东城区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-05-01",valid_until=DC_END,valid_until_basis=DC_BASIS,numbering="four parts 一、…四、 (headings only, not measures); measures numbered （一）…（十二） continuously across parts, heading sentence inline ending with 。; （责任单位：…） at the end except （十二）")
dc_header="""北京市东城区人民政府办公室关于印发《东城区关于激发小店经济活力促进老字号创新发展的若干措施》的通知

东政办发〔2026〕6号

各街道办事处，区政府各委、办、局，各区属机构：

经区政府同意，现将《东城区关于激发小店经济活力促进老字号创新发展的若干措施》印发给你们，请各单位结合职责抓好贯彻落实。

北京市东城区人民政府办公室
2026年4月20日

东城区关于激发小店经济活力促进老字号创新发展的若干措施

为进一步繁荣街巷商业，擦亮老字号“金名片”，提升核心区生活服务品质，根据国家和本市促进消费的有关部署，结合本区实际，制定如下措施。"""
dc_txt,dc_gold=build(dc_meta,dc_header,dc,dc_r)

# ---------------- 大兴区 ----------------
DX_END="2028-06-11"; DX_BASIS="本措施自发布之日起2年内有效。"
def dxd(**k):
    d=dict(deadline=DX_END,deadline_basis=DX_BASIS,deadline_source="document"); d.update(k); return d
dx=[(None,[
 M("支持制造业智能化绿色化改造","对本区规模以上制造业中小企业实施智能化、绿色化技术改造，项目完成投资额500万元以上的，按照设备购置投资的15%给予补贴，单个项目最高500万元。提供设备的供应商和系统集成商不享受本项补贴。2026年度项目须于9月30日前完成申报。","牵头单位：区经济和信息化局；配合单位：区财政局",
  dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["设备供应商","系统集成商"],conditional=True,deadline="2026-09-30",deadline_basis="2026年度项目须于9月30日前完成申报。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区财政局"],note="中小企业 + 规模以上 + manufacturing; 500万 threshold inline; suppliers excluded; expired")),
 M("奖励专精特新企业","对首次被认定为国家级专精特新“小巨人”的企业，给予一次性奖励100万元；对首次被认定为北京市专精特新中小企业的，给予一次性奖励20万元。奖励实行“免申即享”，由区经济和信息化局依据认定名单直接拨付，2026年度奖励资金于10月底前拨付到位。","牵头单位：区经济和信息化局；配合单位：区财政局",
  dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="2026年度奖励资金于10月底前拨付到位。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区财政局"],note="首次 认定 required; 免申即享: the date is the government's payment date, read as ending the 2026 round (alt: document validity 2028-06-11, since later 认定 may still be rewarded); expired")),
 M("鼓励首版次软件推广应用","对本区软件和信息技术服务业中小企业研发的首版次软件产品，经市级主管部门认定后，在认定后首个年度内销售额达到200万元的，按照销售额的10%给予奖励，单个产品最高100万元。","牵头单位：区科学技术委员会；配合单位：区经济和信息化局",
  dxd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=["信息技术"],responsible_units=["区科学技术委员会","区经济和信息化局"],note="software SMEs; 认定 + 200万 threshold; no own date → document validity")),
 M("降低融资担保成本","区融资担保公司为本区中小微企业提供贷款担保的，年化担保费率不得高于1%；企业按期还本付息的，由区财政按照实际缴纳担保费的50%给予企业补贴。区融资担保公司和合作银行不属于补贴对象。本项政策截止时间为2027年6月30日。","牵头单位：区金融服务办；配合单位：区财政局",
  dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区融资担保公司","合作银行"],conditional=True,deadline="2027-06-30",deadline_basis="本项政策截止时间为2027年6月30日。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="中小微 written 中小企业; fee cap binds the guarantee firm; repayment condition inline")),
 M("支持个体工商户转型为企业","对本区个体工商户自2026年1月1日起转型登记为企业，且转型后正常经营满6个月的，给予一次性奖励1万元。申请人应当在转型登记后6个月内提出申请，受理至2027年12月31日止。","牵头单位：区市场监督管理局；配合单位：区财政局",
  dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2027-12-31",deadline_basis="受理至2027年12月31日止。",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局","区财政局"],note="个体工商户 only (个转企); the applicant is already a firm when applying — beneficiary alt 小型微型企业; several dates, the last is the deadline")),
 M("发放制造业企业吸纳就业补贴","对本区制造业企业新招用本区户籍劳动力并签订2年以上劳动合同的，按照每人3000元给予企业招用补贴，被招用人员不直接领取补贴。企业应当在员工入职满6个月后30日内提出申请，本年度补贴申报至12月20日截止。","牵头单位：区人力资源和社会保障局",
  dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["被招用的本区户籍劳动力"],conditional=True,deadline="2026-12-20",deadline_basis="本年度补贴申报至12月20日截止。",deadline_source="measure",industries=["制造业"],responsible_units=["区人力资源和社会保障局"],note="manufacturers of any size; hired workers not beneficiaries; date without year = 2026-12-20, still open on 12-04")),
 M("给予标准厂房租金补贴","对入驻区级认定的特色产业园区、租用标准厂房的制造业中小企业，按照实际支付租金的30%给予补贴，每家企业每年最高50万元，补贴期限不超过3年。园区运营方不得借此上调租金，其本身不享受本项补贴。具体实施办法由区投资促进服务中心另行制定。","牵头单位：区投资促进服务中心；配合单位：各产业园区管委会",
  dxd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["园区运营方"],conditional=True,industries=["制造业"],responsible_units=["区投资促进服务中心","各产业园区管委会"],note="landlord (park operator) bound, not benefited; rules 另行制定; the 3-year subsidy term is not an application deadline → document validity")),
 M("落实政府采购支持中小企业政策","区级预算单位采购限额标准以上、400万元以下的货物和服务项目，原则上全部预留给中小企业；对未预留份额的项目，给予小微企业报价10%的价格扣除。","牵头单位：区财政局",
  dxd(kind="可申请的支持",beneficiaries=["中小企业","小型微型企业"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区财政局"],note="procurement preference (core); set-aside for 中小企业, price deduction for 小微; SME status per 划型 rules (conditional); alt 政府职责 (a duty of budget units)",kind_acceptable=["可申请的支持","政府职责"])),
 M("规范涉企行政检查","区各行政执法部门对本区中小企业实施行政检查，应当按照年度检查计划进行，同一部门对同一企业的例行检查每年不超过1次。对计划外的例行检查，企业有权拒绝，并可以向区司法局投诉，区司法局应当在5个工作日内核查处理。","牵头单位：区司法局；配合单位：区各行政执法部门",
  dxd(kind="可主张的权利",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区各行政执法部门"],note="right to refuse unplanned routine inspections and to complain; alt 政府职责 (limits on inspectors)",kind_acceptable=["可主张的权利","政府职责"])),
 M("建设中小企业公共服务平台","区经济和信息化局牵头建设大兴区中小企业公共服务平台，于2027年3月底前上线运行，汇集政策发布、融资对接和专家问诊等服务。","牵头单位：区经济和信息化局",
  dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2027-03-31",deadline_basis="于2027年3月底前上线运行",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],addressees=["区经济和信息化局"],note="government's own launch date, not an applicant deadline")),
 M("参加境外展会补贴","对本区中小企业参加区商务局组织的境外重点展会，按照展位费的70%给予补贴，单家企业年度最高20万元。2026年上半年参展的，须于7月底前申报；下半年参展的，须于2027年1月底前申报。","牵头单位：区商务局",
  dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-01-31",deadline_basis="下半年参展的，须于2027年1月底前申报。",deadline_source="measure",industries=[],responsible_units=["区商务局"],note="two windows (2026-07-31 expired, 2027-01-31 open); the last one is the deadline")),
 M("履行承诺和信用义务","获得本措施资金支持的企业，应当承诺自获得支持之日起5年内不将注册地、税务登记地和统计关系迁出本区，并如实报送经营数据；违反承诺的，应当退回已获资金，并纳入公共信用信息服务平台。","牵头单位：区发展改革委；配合单位：各政策主管部门",
  dxd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区发展改革委","各政策主管部门"],addressees=["获得资金支持的企业"],note="5-year stay, data, claw-back")),
 M("附则","本措施自发布之日起2年内有效。同一企业同一项目符合本区多项政策的，按照从高不重复原则执行。本措施由区经济和信息化局会同区财政局负责解释。","",
  dxd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-06-12 + 2 years - 1 day = 2028-06-11 (accept 2028-06-12)")),
])]
def dx_r(i,m):
    t=f"第{cn(i)}条　{m['heading']}。{m['text']}"
    if m["ru"]: t+=f"（{m['ru']}）"
    return t
dx_meta=dict(file="daxing_2026_zhizao_ruanjian_zhongxiao.txt",title="大兴区关于支持制造业和软件信息服务业中小企业高质量发展的若干措施",issuer="北京市大兴区人民政府办公室",doc_number="京兴政办发〔2026〕15号",district="大兴区",date="2026-06-12",date_as_printed="二〇二六年六月十二日",in_force_from="2026-06-12",valid_until=DX_END,valid_until_basis=DX_BASIS,numbering="第一条…第十三条 followed by a full-width space and the heading sentence ending with 。 inline, no parts; unit clause as （牵头单位：…；配合单位：…） at the end except 第十三条")
dx_header="""北京市大兴区人民政府办公室关于印发《大兴区关于支持制造业和软件信息服务业中小企业高质量发展的若干措施》的通知

京兴政办发〔2026〕15号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构，各开发区管委会：

《大兴区关于支持制造业和软件信息服务业中小企业高质量发展的若干措施》已经区政府第四十二次常务会议审议通过，现予发布，请遵照执行。

北京市大兴区人民政府办公室
二〇二六年六月十二日

大兴区关于支持制造业和软件信息服务业中小企业高质量发展的若干措施

为深入实施制造强区战略，推动中小企业走专精特新发展道路，稳定产业链供应链，根据《中华人民共和国中小企业促进法》和本市有关规定，结合本区实际，制定本措施。"""
dx_txt,dx_gold=build(dx_meta,dx_header,dx,dx_r)
for txt,gold in ((dc_txt,dc_gold),(dx_txt,dx_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
