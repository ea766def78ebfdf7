import json,collections
# conventions: same keys and wording as the format example's gold (heldout_2026_12c), restated here so nothing else is loaded
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年/自发布之日起N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; '第三季度' = 09-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates (a yearly window), the last date by which a business can still apply within the document's validity is the deadline (the note says so). A government body's own completion date is recorded as the deadline of a 政府职责 measure (note says it is not an applicant deadline).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业; '小微企业' is written 小型微型企业. '企业' is used where the text says 各类企业/…企业 without size. Where the document defines '经营主体' as 中小微企业和个体工商户, later uses of 经营主体 map to [中小企业, 个体工商户].",
 "conditional":"true when the grant depends on stated eligibility conditions (thresholds, 首次, 连续经营满…), an 认定/审核 step, or rules 另行制定/按照有关规定; false for rights",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable (文旅 has no value, noted)",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,parts,tail,render_part,render_measure):
    lines=[header]; gold=dict(meta); gold["conventions"]=CONV; ms={}; i=0
    for ptitle,measures in parts:
        if ptitle: lines.append(render_part(ptitle))
        for m in measures:
            i+=1
            lines.append(render_measure(i,m))
            g=dict(m["gold"]); g["heading"]=m["heading"]
            g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
            ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n",gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 门头沟区 ----------------
MT_END="2028-05-19"; MT_BASIS="本措施自发布之日起2年内有效。"
def mtd(**k):
    d=dict(deadline=MT_END,deadline_basis=MT_BASIS,deadline_source="document"); d.update(k); return d
MT_P1=[
 dict(heading="降低小店房租负担",text="对在本区登记注册、租用非国有房屋从事餐饮或者零售经营的个体工商户，连续经营满1年的，按照实际月租金的20%给予房租补贴，每户全年最高1.2万元。补贴资金直接拨付至个体工商户本人账户，房屋出租方、转租方均不属于补贴对象，且不得以此为由上调租金。申报材料须于2026年9月30日前报送经营场所所在镇人民政府或者街道办事处。（责任单位：区商务局、区财政局、各镇人民政府、各街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["房屋出租方","转租方"],conditional=True,deadline="2026-09-30",deadline_basis="申报材料须于2026年9月30日前报送经营场所所在镇人民政府或者街道办事处。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区财政局","各镇人民政府","各街道办事处"],note="个体工商户 only; 餐饮/零售 only; 连续经营满1年 inline; landlords excluded; expired")),
 dict(heading="减免国有房屋租金",text="承租区属国有企业经营用房的小微企业和个体工商户，2026年度减免3个月租金。减免由出租房屋的区属国有企业负责落实，所需资金由其自行承担；房屋已经转租的，转租方应当将减免额度全部让渡给实际经营的承租人，不得截留。（责任单位：区国资委、各区属国有企业）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","可主张的权利"],beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["区属国有企业（出租方）","转租方"],conditional=True,deadline="2026-12-31",deadline_basis="承租区属国有企业经营用房的小微企业和个体工商户，2026年度减免3个月租金。",deadline_source="measure",industries=[],responsible_units=["区国资委","各区属国有企业"],note="rent relief borne by the state-owned landlord; tenant can also invoke it (alt 可主张的权利); condition = renting from a 区属国有企业; 2026年度 → 2026-12-31, still open")),
 dict(heading="开展首贷贴息",text="对本区中小微企业和个体工商户（以下统称经营主体）2026年内从区内合作银行新获得的单笔1000万元以下流动资金贷款，按照实际支付利息的30%给予贴息，单户年度贴息最高20万元。合作银行和提供担保的融资担保机构不属于贴息对象。贴息申请自2026年7月1日起受理，受理至2027年2月28日止。（责任单位：区金融服务办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["合作银行","融资担保机构"],conditional=True,deadline="2027-02-28",deadline_basis="贴息申请自2026年7月1日起受理，受理至2027年2月28日止。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="defines 经营主体 = 中小微企业+个体工商户; loans must be taken in 2026 (entry condition, 2026-12-31), but the deadline is the application end 2027-02-28 (至…止)")),
 dict(heading="实行担保费全额补贴",text="区融资担保公司为首次申请银行贷款的经营主体提供贷款担保的，担保费由区财政全额承担并直接拨付区融资担保公司，经营主体无需缴纳担保费。区融资担保公司不得另行收取保证金、咨询费等费用。本项政策执行至2027年6月30日。（责任单位：区金融服务办、区财政局、区融资担保公司）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["区融资担保公司"],conditional=True,deadline="2027-06-30",deadline_basis="本项政策执行至2027年6月30日。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局","区融资担保公司"],note="经营主体 via the definition in (三); 首次 inline; money flows to the guarantee firm but the borrower is the beneficiary (free guarantee)")),
]
MT_P2=[
 dict(heading="发放京西生活消费券",text="2026年第三季度，区商务局依托第三方生活服务平台发放“京西生活消费券”，由消费者在线领取，在参与活动的餐饮、零售和文旅商户消费时抵扣。有意参与的商户应当在活动开始前通过平台报名，经区商务局审核后纳入参与商户名单。平台企业按照协议提供发放和核销技术服务，不得向参与商户收取佣金以外的任何费用。（责任单位：区商务局、区文化和旅游局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:参与活动的餐饮、零售和文旅商户"],not_beneficiaries=["消费者","第三方生活服务平台（平台企业）"],conditional=True,deadline="2026-09-30",deadline_basis="2026年第三季度，区商务局依托第三方生活服务平台发放“京西生活消费券”",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区文化和旅游局"],note="consumers hold the vouchers, merchants benefit by joining (审核); 文旅 not mappable; 第三季度 → 09-30, expired")),
 dict(heading="奖励首次升规入统",text="对2026年首次纳入限额以上统计的批发、零售、住宿、餐饮企业，给予一次性奖励10万元；其中由个体工商户转型而来的，奖励增加2万元。符合条件的企业请于年底前向区商务局提出申请。（责任单位：区商务局、区统计局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="符合条件的企业请于年底前向区商务局提出申请。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区统计局"],note="首次 + 限额以上 threshold; beneficiary 企业 (no size; an enterprise above the threshold may be medium or large); 年底前 → 2026-12-31, open; the 个体工商户 mention is the origin of the firm, not a beneficiary")),
 dict(heading="支持个体工商户转型升级",text="个体工商户转型为企业的，可以保留原字号和行业特点，原有经营许可在有效期内继续有效；对转型后连续经营满6个月的，给予一次性奖励5000元。奖励申请条件和办理程序由区市场监督管理局会同区财政局另行制定。（责任单位：区市场监督管理局、区财政局）",
  gold=mtd(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区市场监督管理局","区财政局"],note="个转企; conditions inline (6 months) and elsewhere (另行制定); the applicant is the converted firm, originally a 个体工商户 (alt beneficiaries 小型微型企业)")),
 dict(heading="便利餐饮外摆经营",text="在区城市管理委划定的区域和时段内，允许符合食品安全和消防要求的餐饮经营主体开展临时外摆经营。外摆经营须于每年4月底前向属地街道办事处提交申请，经审核同意后有效期1年。（责任单位：区城市管理委、各街道办事处）",
  gold=mtd(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=[],conditional=True,deadline="2028-04-30",deadline_basis="外摆经营须于每年4月底前向属地街道办事处提交申请，经审核同意后有效期1年。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区城市管理委","各街道办事处"],note="a permit; yearly window: 2026-04-30 was before issue, next 2027-04-30, last within validity (→2028-05-19) is 2028-04-30; the permit's 1-year validity is not the deadline; 经营主体 via the definition in (三)")),
]
MT_P3=[
 dict(heading="实行轻微违法首违不罚",text="经营主体首次发生清单所列轻微违法行为，危害后果轻微并及时改正的，依法不予行政处罚，由执法部门进行教育提示。经营主体对行政处罚决定有异议的，有权进行陈述、申辩，符合条件的可以要求举行听证。（责任单位：区司法局、区市场监督管理局、区城市管理综合行政执法局）",
  gold=mtd(kind="可主张的权利",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区市场监督管理局","区城市管理综合行政执法局"],note="protection the business can invoke (no penalty for a first minor offence; hearing); 经营主体 via the definition in (三); conditional false per convention although 首次/轻微 are conditions")),
 dict(heading="设立小店服务专窗",text="区政务服务管理局于2026年上半年在各镇、街道便民服务中心设立“小店服务专窗”，集中办理登记注册、经营许可和政策兑现事项，并在区政府网站公布专窗地址和电话。（责任单位：区政务服务管理局、各镇人民政府、各街道办事处）",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="区政务服务管理局于2026年上半年在各镇、街道便民服务中心设立“小店服务专窗”",deadline_source="measure",industries=[],responsible_units=["区政务服务管理局","各镇人民政府","各街道办事处"],addressees=["区政务服务管理局"],note="government's own completion date (上半年 → 06-30; not an applicant deadline), expired; the counters keep serving afterwards — alt 可申请的支持 (service) with the document end")),
 dict(heading="落实门前三包责任",text="沿街经营的商户应当履行门前三包责任，保持门前市容整洁，不得超出门窗和外墙经营、占用道路堆放物品；开展外摆经营的，应当在收摊后及时清理场地。违反规定的，由城市管理综合行政执法部门依法处理。（责任单位：区城市管理委、区城市管理综合行政执法局）",
  gold=mtd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区城市管理委","区城市管理综合行政执法局"],addressees=["沿街经营的商户"],note="obligations of street-front businesses")),
 dict(heading="附则",text="本措施自发布之日起2年内有效。经营主体同时符合本区其他同类政策的，按照从高不重复的原则享受。本措施由区商务局会同区财政局负责解释。",
  gold=mtd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-05-20 + 2 years - 1 day = 2028-05-19 (accept 2028-05-20)")),
]
mt_meta=dict(file="mentougou_2026_xiaodian_shenghuo_fuwu.txt",title="门头沟区关于支持小店经济和生活服务业经营主体发展的若干措施",issuer="北京市门头沟区人民政府办公室",doc_number="门政办发〔2026〕14号",district="门头沟区",date="2026-05-20",date_as_printed="2026年5月20日",in_force_from="2026-05-20",valid_until=MT_END,valid_until_basis=MT_BASIS,numbering="three parts 一、二、三、 (part titles on their own line); measures （一）…（十二） numbered continuously across the parts, heading sentence inline before the body; （责任单位：…） at the end except （十二）")
mt_header="""北京市门头沟区人民政府办公室关于印发《门头沟区关于支持小店经济和生活服务业经营主体发展的若干措施》的通知

门政办发〔2026〕14号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属企事业单位：

《门头沟区关于支持小店经济和生活服务业经营主体发展的若干措施》已经区政府第27次常务会议审议通过，现印发给你们，请结合工作实际抓好贯彻落实。

北京市门头沟区人民政府办公室
2026年5月20日

（此件公开发布）

门头沟区关于支持小店经济和生活服务业经营主体发展的若干措施

为激发小店经济活力，稳定生活服务业经营主体预期，更好满足群众就近消费需求，结合本区实际，现提出以下措施。"""
mt_parts=[("降低经营和融资成本",MT_P1),("扩大消费和支持转型升级",MT_P2),("优化服务和规范经营",MT_P3)]
_p=iter(range(1,10))
mt_txt,mt_gold=build(mt_meta,mt_header,mt_parts,"",lambda t:f"{cn(next(_p))}、{t}",lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ---------------- 怀柔区 ----------------
HR_END="2029-10-31"; HR_BASIS="本措施自2026年11月1日起施行，有效期三年。"
def hrd(**k):
    d=dict(deadline=HR_END,deadline_basis=HR_BASIS,deadline_source="document"); d.update(k); return d
HR_P1=[
 dict(heading="支持制造业中小企业数字化改造",text="对本区规模以上制造业中小企业实施生产线数字化、智能化改造，项目总投资在200万元以上的，按照经审定的软硬件投资额的20%给予补助，单个企业最高200万元。为企业提供改造服务的系统集成商、设备供应商不作为补助对象。2026年度项目申报截止时间为2026年11月20日。（责任单位：区经济和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["系统集成商","设备供应商"],conditional=True,deadline="2026-11-20",deadline_basis="2026年度项目申报截止时间为2026年11月20日。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区财政局"],note="规模以上 + 200万 threshold + 审定; suppliers excluded; expired on 2026-12-04 although the document only entered into force on 2026-11-01; no later annual round is announced, so the measure's own date governs (alt document end 2029-10-31 if read as a yearly programme)")),
 dict(heading="提供免费转型诊断",text="区经济和信息化局通过政府购买服务方式，委托专业服务机构为本区中小企业免费开展数字化转型诊断，出具诊断报告和改造建议。企业可通过“怀柔企业服务”平台随时预约，服务期至2027年底。服务机构的费用由区财政支付，服务机构不得向企业推销指定产品。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业"],not_beneficiaries=["专业服务机构"],conditional=False,deadline="2027-12-31",deadline_basis="企业可通过“怀柔企业服务”平台随时预约，服务期至2027年底。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],note="free service a business can book; not core money; the service provider is paid by the district and is not a beneficiary")),
 dict(heading="奖励首版次软件",text="本区软件和信息服务企业研发的软件产品，经市级主管部门认定为首版次软件产品的，按照首年销售合同金额的30%给予奖励，单个产品最高100万元。2026年度获得认定的，2027年3月15日前申报。（责任单位：区经济和信息化局、区科学技术委员会）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2027-03-15",deadline_basis="2026年度获得认定的，2027年3月15日前申报。",deadline_source="measure",industries=["信息技术"],responsible_units=["区经济和信息化局","区科学技术委员会"],note="requires 认定 as 首版次; software firms of any size; later years' recognitions are not given a date (the 2027-03-15 date covers the 2026 cohort; alt document end 2029-10-31)")),
 dict(heading="扩大中小企业政府采购份额",text="区级预算单位采购软件开发和信息技术服务，采购预算在200万元以下的项目原则上全部面向中小企业采购；超过200万元的项目，预留不低于40%的份额专门面向中小企业。大型企业与中小企业组成联合体参与投标的，按照中小企业承担部分计算预留份额。（责任单位：区财政局、各预算单位）",
  gold=hrd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业"],not_beneficiaries=["大型企业"],conditional=True,industries=["信息技术"],responsible_units=["区财政局","各预算单位"],note="procurement preference (core) for SMEs; written as a duty of budget units → alt 政府职责; large firms only count through the SME share of a consortium")),
]
HR_P2=[
 dict(heading="降低知识产权质押融资成本",text="对以专利权、软件著作权质押方式从银行取得贷款的科技型中小企业，按照实际支付贷款利息的50%以及评估费、担保费的50%给予补贴，单户年度最高50万元。合作银行、资产评估机构和融资担保机构按照市场规则收费，不享受本项补贴。补贴申报截止时间为2026年12月15日，逾期不予受理。（责任单位：区金融服务办、区知识产权局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","资产评估机构","融资担保机构"],conditional=True,deadline="2026-12-15",deadline_basis="补贴申报截止时间为2026年12月15日，逾期不予受理。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区知识产权局","区财政局"],note="科技型中小企业 is a recognised status (conditional); still open on 2026-12-04")),
 dict(heading="发放云服务券",text="面向本区中小微企业发放“云服务券”，企业向入围服务商购买云主机、工业软件订阅等服务时，可抵扣50%的费用，每家企业每年最高5万元。入围服务商凭核销记录申请兑付，兑付资金不属于对服务商的奖补。服务券申领截止至2027年3月31日，领取后6个月内有效。（责任单位：区经济和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["入围服务商"],conditional=False,deadline="2027-03-31",deadline_basis="服务券申领截止至2027年3月31日，领取后6个月内有效。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区财政局"],note="voucher (core); the 6-month voucher validity is not the deadline, the 申领 date is; vendors redeem but are not beneficiaries; conditional false (only the SME status; alt true)")),
 dict(heading="支持初创软件企业入园",text="对2026年内首次入驻区级软件产业园、成立不满2年的初创软件企业，给予前两年租金全额补贴、第三年减半补贴。产业园运营机构应当在租赁合同中单列补贴金额，不得将补贴作为上调租金的依据，运营机构本身不享受本项补贴。（责任单位：区经济和信息化局、怀柔科学城管委会）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:初创软件企业（成立不满2年）"],not_beneficiaries=["产业园运营机构"],conditional=True,deadline="2026-12-31",deadline_basis="对2026年内首次入驻区级软件产业园、成立不满2年的初创软件企业",deadline_source="measure",industries=["信息技术"],responsible_units=["区经济和信息化局","怀柔科学城管委会"],note="entry must happen in 2026 (after issue date → entry deadline 2026-12-31); rent subsidy continues 3 years; landlord/operator bound")),
 dict(heading="推广经营主体数字化工具",text="本区从事零售、餐饮经营的个体工商户和小微企业首次采购数字化收银、进销存等轻量化软件工具的，按照采购金额的50%给予补贴，最高3000元，须于2027年1月31日前通过“怀柔企业服务”平台提交申请。提供工具的平台企业不得借机搭售或者提高价格。（责任单位：区商务局、区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["平台企业"],conditional=True,deadline="2027-01-31",deadline_basis="须于2027年1月31日前通过“怀柔企业服务”平台提交申请。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区经济和信息化局"],note="首次 inline; trade restriction 零售/餐饮; platform is the seller")),
]
HR_P3=[
 dict(heading="保障小微企业用电接入",text="本区160千瓦及以下的小微企业用电报装实行低压接入，供电企业不得向用户收取外线接入工程费用，办理时间不超过5个工作日。小微企业遇有违规收费或者超时办理的，可以向区发展改革委投诉，经查实的，由供电企业退还所收费用。（责任单位：区发展改革委、国网北京怀柔供电公司）",
  gold=hrd(kind="可主张的权利",kind_acceptable=["可主张的权利","可申请的支持"],beneficiaries=["小型微型企业"],not_beneficiaries=["供电企业"],conditional=False,industries=[],responsible_units=["区发展改革委","国网北京怀柔供电公司"],note="fee ban + complaint and refund the firm can invoke; the 160kW threshold is a scope condition (conditional false per convention for rights); alt 可申请的支持 (free connection service)")),
 dict(heading="开展数字化水平评估",text="区经济和信息化局应当于2026年11月底前完成全区规模以上制造业企业数字化水平评估，建立重点企业培育库，评估结果作为分类施策的依据。（责任单位：区经济和信息化局、区统计局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-11-30",deadline_basis="区经济和信息化局应当于2026年11月底前完成全区规模以上制造业企业数字化水平评估",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区统计局"],addressees=["区经济和信息化局"],note="government's own date (11月底前 → 2026-11-30, expired), not an applicant deadline; the 培育库 keeps existing")),
 dict(heading="加强补助资金监管",text="获得数字化改造补助的企业，应当自项目验收之日起3年内不得将补助形成的设备转让或者迁出本区，并按照要求每年报送改造成效数据；违反规定的，按照剩余年限比例收回补助资金，并纳入信用记录。（责任单位：区经济和信息化局、区财政局）",
  gold=hrd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=["制造业"],responsible_units=["区经济和信息化局","区财政局"],addressees=["获得数字化改造补助的企业"],note="obligations and claw-back (3 years from each firm's own acceptance date)")),
 dict(heading="附则",text="本措施自2026年11月1日起施行，有效期三年。执行期间上级出台新规定的，按照上级规定执行。本措施由区经济和信息化局负责解释。",
  gold=hrd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-11-01 + 3 years - 1 day = 2029-10-31 (accept 2029-11-01)")),
]
hr_meta=dict(file="huairou_2026_shuzihua_zhuanxing.txt",title="怀柔区促进中小企业数字化转型和软件信息服务业发展的若干措施",issuer="北京市怀柔区人民政府办公室",doc_number="怀政办发〔2026〕33号",district="怀柔区",date="2026-10-12",date_as_printed="二〇二六年十月十二日",in_force_from="2026-11-01",valid_until=HR_END,valid_until_basis=HR_BASIS,numbering="three parts 第一部分/第二部分/第三部分 (titles on their own line); measures 1.…12. (ASCII dot) numbered continuously, heading inline followed by a full-width colon, then the body; （责任单位：…） at the end except 12.")
hr_header="""北京市怀柔区人民政府办公室关于印发《怀柔区促进中小企业数字化转型和软件信息服务业发展的若干措施》的通知

怀政办发〔2026〕33号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构，怀柔科学城管委会：

经区政府同意，现将《怀柔区促进中小企业数字化转型和软件信息服务业发展的若干措施》印发给你们，请认真贯彻执行。

北京市怀柔区人民政府办公室
二〇二六年十月十二日

怀柔区促进中小企业数字化转型和软件信息服务业发展的若干措施

为加快中小企业数字化转型步伐，培育壮大软件和信息服务业，依托怀柔科学城建设推动产业提质增效，结合本区实际，制定如下措施。"""
hr_parts=[("推动数字化转型",HR_P1),("强化要素保障",HR_P2),("优化服务与管理",HR_P3)]
_q=iter(["第一部分","第二部分","第三部分"])
hr_txt,hr_gold=build(hr_meta,hr_header,hr_parts,"",lambda t:f"{next(_q)}　{t}",lambda i,m:f"{i}.{m['heading']}：{m['text']}")

for txt,gold in ((mt_txt,mt_gold),(hr_txt,hr_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    # consistency: every deadline_basis must occur in the text
    for k,m in gold["measures"].items():
        assert m["deadline_basis"] in txt,(name,k)
        for u in m["responsible_units"]: assert u in txt,(name,k,u)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
