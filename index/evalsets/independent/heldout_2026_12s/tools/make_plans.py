# Builds plans/*.txt and plans/*.gold.json from one source so text and gold agree.
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年/一年/两年/三年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'X月底前' = last day of that month; '次年' = 2027 in a 2026 document. A date without a year in a 2026 document is read as 2026. Where a measure has several dates, the last date by which a business can still apply is the deadline (the note says so). For 政府职责 the deadline is the government body's own completion date (not an applicant's deadline).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业 (and 小型微型企业 only where the text singles out 小微). '企业' is used where the text says 各类企业/用人单位/规模以上工业企业 without size. '经营主体/市场主体' = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions (thresholds, 首次, 连续经营满…), an 认定/评定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, plus 文化旅游 for scenic spots/travel agencies/star homestays (outside the earlier vocabulary, flagged in note; alt 住宿餐饮); [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,blocks,renderer):
    """blocks: list of measures (dict) or part headings (str)"""
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}; i=0
    for b in blocks:
        if isinstance(b,str): lines.append(b); continue
        i+=1; lines.append(renderer(i,b))
        g=dict(b["gold"]); g["heading"]=b["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 海淀区 ----------------
HD_END="2028-04-30"; HD_BASIS="本措施自2026年5月1日起施行，执行期限为两年。"
def hdd(**k):
    d=dict(deadline=HD_END,deadline_basis=HD_BASIS,deadline_source="document"); d.update(k); return d
hd=[
"一、激发科技创新活力",
 dict(heading="研发投入后补助",text="对纳入国家科技型中小企业信息库的本区企业，上一年度研发费用不低于200万元且较前一年度增长的，按照新增研发费用的10%给予后补助，单家企业最高50万元。已被认定为大型企业的集团所属子公司不纳入支持范围。2025年度研发投入后补助于2026年上半年集中申报，不再另行组织补报。（牵头单位：区科委；配合单位：区财政局、区税务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["大型企业（集团所属子公司）"],conditional=True,deadline="2026-06-30",deadline_basis="2025年度研发投入后补助于2026年上半年集中申报，不再另行组织补报。",deadline_source="measure",industries=[],responsible_units=["区科委","区财政局","区税务局"],note="科技型中小企业 (入库 = 认定); thresholds inline; 上半年 → 2026-06-30, expired")),
 dict(heading="专精特新梯度培育奖励",text="对首次被认定为国家级专精特新“小巨人”企业的中小企业，给予一次性奖励50万元；首次被认定为北京市专精特新中小企业的，给予一次性奖励20万元。同一企业晋级的，按照差额补足。符合条件的企业须于2027年3月31日前向区经济和信息化局提交申请材料。（牵头单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-03-31",deadline_basis="符合条件的企业须于2027年3月31日前向区经济和信息化局提交申请材料。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],note="首次 + 认定; not restricted to 制造业 by the text (most 专精特新 are manufacturers)")),
 dict(heading="首版次软件推广奖励",text="对本区软件和信息技术服务企业自主研发、首次实现市场销售的首版次软件产品，单个合同金额在100万元以上的，按照合同金额的20%给予研发企业奖励，单个产品最高200万元。采购使用首版次软件的用户单位不属于奖励对象。奖励资金按照2026年度实际销售合同集中兑付。（牵头单位：区科委；配合单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["采购使用首版次软件的用户单位"],conditional=True,deadline="2026-12-31",deadline_basis="奖励资金按照2026年度实际销售合同集中兑付。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科委","区经济和信息化局"],note="any size of software firm; buyers excluded; 2026年度 → 2026-12-31 (the payment is 集中兑付, application date not stated; alt document end)")),
"二、缓解融资难融资贵",
 dict(heading="降低融资担保费用",text="区政策性融资担保机构为中小企业提供单笔1000万元以下贷款担保的，年化担保费率不高于1%；其中对小型微型企业收取的担保费，由区财政按照50%给予补贴，补贴资金直接拨付至企业账户。担保机构和贷款银行不得以咨询费、服务费等名义另行收费，且不属于本项补贴对象。本项政策执行至2027年6月30日。（牵头单位：区金融办；配合单位：区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","小型微型企业"],not_beneficiaries=["区政策性融资担保机构","贷款银行"],conditional=True,deadline="2027-06-30",deadline_basis="本项政策执行至2027年6月30日。",deadline_source="measure",industries=[],responsible_units=["区金融办","区财政局"],note="fee cap for 中小企业, fee subsidy only for 小微; guarantor and bank bound, not beneficiaries")),
 dict(heading="首贷贴息",text="在本区登记注册、连续经营满1年的个体工商户和小型微型企业，首次从银行业金融机构获得经营性贷款的，按照实际支付利息的50%给予贴息，单户贴息最高3万元。发放贷款的银行不享受贴息。申请截止时间为2026年12月15日，材料通过“海淀企业服务”平台提交。（牵头单位：区金融办）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["发放贷款的银行"],conditional=True,deadline="2026-12-15",deadline_basis="申请截止时间为2026年12月15日",deadline_source="measure",industries=[],responsible_units=["区金融办"],note="首次 + 连续经营满1年 inline; still open on 2026-12-04")),
"三、稳定经营主体预期",
 dict(heading="国有房屋租金减免",text="承租区属国有企业经营性房屋从事餐饮、零售的个体工商户，免收2026年5月至7月共3个月租金。转租的，出租方应当确保减免惠及实际经营的个体工商户，转租方（二房东）不得截留。减免申请在8月底前向出租单位提出，逾期视为放弃。（牵头单位：区国资委；配合单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["区属国有企业（出租方）","转租方（二房东）"],conditional=True,deadline="2026-08-31",deadline_basis="减免申请在8月底前向出租单位提出，逾期视为放弃。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区国资委","区商务局"],note="个体工商户 only, trade restricted; landlord and sublessor bound; 8月底前 without year → 2026-08-31, expired")),
 dict(heading="数字化转型服务券",text="面向本区中小企业发放数字化转型服务券，用于购买区经济和信息化局遴选的服务商提供的上云用云、工业软件、数据治理等服务，按照服务合同金额的30%抵扣，每家企业最高10万元。服务商凭核销记录与区财政结算，不得借机抬高服务价格，不属于支持对象。服务券申领和核销办法由区经济和信息化局另行制定，申领于2026年年底前结束。（牵头单位：区经济和信息化局；配合单位：区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["数字化服务商"],conditional=True,deadline="2026-12-31",deadline_basis="申领于2026年年底前结束。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区财政局"],note="voucher; rules 另行制定; the service provider is paid by the district but is not the beneficiary")),
 dict(heading="吸纳高校毕业生就业补贴",text="本区中小企业新招用离校2年内未就业高校毕业生，签订1年以上劳动合同并依法缴纳社会保险满6个月的，按照每人3000元标准给予企业一次性补贴。补贴拨付至企业账户，被招用的毕业生不得以个人名义申领。补贴受理期限为本措施施行之日起一年。（牵头单位：区人力社保局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["被招用的高校毕业生"],conditional=True,deadline="2027-04-30",deadline_basis="补贴受理期限为本措施施行之日起一年。",deadline_source="measure",industries=[],responsible_units=["区人力社保局"],note="施行 2026-05-01 + 1 year - 1 day (accept 2027-05-01); hired graduates not beneficiaries")),
"四、强化服务保障",
 dict(heading="政府采购向中小企业倾斜",text="区级预算单位采购限额标准以上、200万元以下的货物和服务项目，原则上全部预留给中小企业；超过200万元的项目，预留份额不低于40%，其中预留给小型微型企业的比例不低于70%。非预留项目对小型微型企业报价给予10%的价格扣除。具体执行按照国家《政府采购促进中小企业发展管理办法》。（牵头单位：区财政局）",
  gold=hdd(kind="可申请的支持",beneficiaries=["中小企业","小型微型企业"],not_beneficiaries=["大型企业"],conditional=True,industries=[],responsible_units=["区财政局"],note="procurement preference (core); rules elsewhere (national 办法); 大型企业 implicitly excluded; alt 政府职责 (binds 预算单位)")),
 dict(heading="设立企业服务专区",text="区政务服务和数据管理局于2026年9月30日前在区政务服务中心设立企业服务专区，对惠企政策实行“一窗受理、集成办理”，并在“海淀企业服务”平台同步开通线上入口。（牵头单位：区政务服务和数据管理局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区政务服务和数据管理局于2026年9月30日前在区政务服务中心设立企业服务专区",deadline_source="measure",industries=[],responsible_units=["区政务服务和数据管理局"],addressees=["区政务服务和数据管理局"],note="government's own completion date, not an applicant's deadline; alt 可申请的支持 (service window) is weak")),
 dict(heading="推行包容审慎监管",text="经营主体首次出现轻微违法行为、及时改正且未造成危害后果的，依法不予行政处罚；执法部门拟作出处罚决定的，经营主体有权陈述、申辩，并可要求执法部门对“首违不罚”清单适用情况作出书面说明。（牵头单位：区司法局；配合单位：各行政执法部门）",
  gold=hdd(kind="可主张的权利",beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","各行政执法部门"],note="经营主体 = 企业 + 个体工商户; protection a business can invoke; the first-offence condition describes the protected situation (conditional false, alt true)")),
 dict(heading="落实享受政策主体责任",text="享受本措施资金支持的企业，应当在本区依法纳税，自获得支持之日起5年内不得将注册地和税收户管关系迁出本区；确需迁出的，应当退还已获得的全部支持资金。申报材料弄虚作假的，取消其3年内申报资格。（牵头单位：区财政局；配合单位：各政策主管部门）",
  gold=hdd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局","各政策主管部门"],addressees=["享受资金支持的企业"],note="stay-in-district and claw-back obligation")),
"五、附则",
 dict(heading="施行日期和解释",text="本措施自2026年5月1日起施行，执行期限为两年。本措施与本区其他同类政策重复的，企业可按就高原则自主选择，不重复享受。本措施由区经济和信息化局会同有关部门负责解释。",
  gold=hdd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-05-01 + 2 years - 1 day = 2028-04-30 (accept 2028-05-01); 两年 in Chinese numerals")),
]
hd_meta=dict(file="haidian_2026_zhongxiaowei_wenjingying_cuchuangxin.txt",title="海淀区关于支持中小微企业和个体工商户稳经营促创新的若干措施",issuer="北京市海淀区人民政府",doc_number="海政发〔2026〕7号",district="海淀区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-05-01",valid_until=HD_END,valid_until_basis=HD_BASIS,numbering="five parts 一、…五、 (part heading lines); measures （一）…（十三） numbered continuously across parts, heading inline before the first 。; （牵头单位：…；配合单位：…） at the end except （十三）")
hd_header="""北京市海淀区人民政府关于印发《海淀区关于支持中小微企业和个体工商户稳经营促创新的若干措施》的通知

海政发〔2026〕7号

各街道办事处，各镇人民政府，区政府各委、办、局，各区属机构：

现将《海淀区关于支持中小微企业和个体工商户稳经营促创新的若干措施》印发给你们，请各单位结合职责抓好贯彻落实，确保政策直达快享。

北京市海淀区人民政府
2026年4月20日

海淀区关于支持中小微企业和个体工商户稳经营促创新的若干措施

为进一步稳定经营主体预期，激发中小微企业创新活力，帮助个体工商户纾困发展，根据国家和本市促进中小企业发展有关规定，结合本区实际，提出如下措施。"""
hd_txt,hd_gold=build(hd_meta,hd_header,hd,lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ---------------- 密云区 ----------------
MY_END="2029-06-30"; MY_BASIS="本办法自2026年7月1日起施行，有效期三年。"
def myd(**k):
    d=dict(deadline=MY_END,deadline_basis=MY_BASIS,deadline_source="document"); d.update(k); return d
my=[
 dict(heading="节能降碳技术改造补助",text="本区规模以上工业企业实施节能降碳技术改造，项目总投资不低于500万元且年节能量达到100吨标准煤以上的，按照项目设备购置投资的15%给予补助，单个项目最高300万元。为项目提供设备的供应商和承担改造工程的节能服务公司不作为补助对象。申请补助的项目须于2026年11月30日前完成竣工验收，逾期不予受理。责任单位：区发展改革委、区经济和信息化局。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["设备供应商","节能服务公司"],conditional=True,deadline="2026-11-30",deadline_basis="申请补助的项目须于2026年11月30日前完成竣工验收，逾期不予受理。",deadline_source="measure",industries=["制造业"],responsible_units=["区发展改革委","区经济和信息化局"],note="规模以上工业企业 = 企业 of any size (large manufacturers included); thresholds inline; the precondition date closes the measure → expired")),
 dict(heading="绿色工厂认定奖励",text="对首次获评国家级绿色工厂的本区企业，给予一次性奖励100万元；首次获评北京市绿色工厂的，给予一次性奖励50万元。评价标准和申报程序按照市经济和信息化部门有关规定执行。本年度奖励申报截止日期为2026年12月20日。责任单位：区经济和信息化局。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-20",deadline_basis="本年度奖励申报截止日期为2026年12月20日。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局"],note="首次 + 评定 (认定); rules elsewhere; 绿色工厂 implies manufacturing; open")),
 dict(heading="中小制造企业免费节能诊断",text="区发展改革委通过政府购买服务方式，委托第三方专业机构每年为不少于50家本区中小型制造企业免费提供节能诊断服务，出具诊断报告和改造建议。企业自愿报名，2026年度报名截止到12月10日。承担诊断的第三方机构按合同取得服务费用，不得向企业收取任何费用。责任单位：区发展改革委。",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业"],not_beneficiaries=["第三方专业机构"],conditional=False,deadline="2026-12-10",deadline_basis="企业自愿报名，2026年度报名截止到12月10日。",deadline_source="measure",industries=["制造业"],responsible_units=["区发展改革委"],note="free service a business can sign up for (not core); third party paid by government is not the beneficiary; alt 政府职责")),
 dict(heading="建设能耗在线监测平台",text="区发展改革委会同区经济和信息化局于2027年3月底前建成全区重点用能单位能耗在线监测平台，为接入企业免费提供能耗分析和预警服务，并向社会公布接入标准。责任单位：区发展改革委、区经济和信息化局。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2027-03-31",deadline_basis="区发展改革委会同区经济和信息化局于2027年3月底前建成全区重点用能单位能耗在线监测平台",deadline_source="measure",industries=[],responsible_units=["区发展改革委","区经济和信息化局"],addressees=["区发展改革委","区经济和信息化局"],note="government's own completion date; free analysis service for connected firms could be read as support (weak)")),
 dict(heading="文旅消费券",text="区商务局联合合作电商平台向游客发放“畅游密云”文旅消费券，由消费者在签约的餐饮、住宿商户消费时抵扣，抵扣资金由区级财政据实结算给签约商户。本区中小微餐饮、住宿企业和个体工商户均可报名成为签约商户，报名自2026年7月1日起，至2026年9月30日止。合作电商平台仅收取约定的技术服务费，不参与资金结算分成。责任单位：区商务局、区文化和旅游局。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["游客（消费者）","合作电商平台"],conditional=True,deadline="2026-09-30",deadline_basis="报名自2026年7月1日起，至2026年9月30日止。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区文化和旅游局"],note="consumers hold the vouchers; businesses benefit by signing up; expired")),
 dict(heading="便民小店开办补贴",text="在本区镇中心区和景区周边新开设便民超市、早餐店、维修点的个体工商户，正常经营满6个月且未发生严重违法失信行为的，给予一次性开办补贴5000元。同一经营者只能享受一次，房东不得以补贴为由上调租金。责任单位：区商务局、各镇人民政府。",
  gold=myd(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["房东（出租方）"],conditional=True,industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","各镇人民政府"],note="个体工商户 only; 6 months of operation inline; no own date → document end")),
 dict(heading="文旅企业吸纳本地劳动力岗位补贴",text="本区A级旅游景区、星级民宿、旅行社等文旅企业吸纳本区农村劳动力就业，签订劳动合同并缴纳社会保险满3个月的，按照每人每月300元给予企业岗位补贴，最长补贴12个月。补贴发放至企业，被吸纳人员不直接领取。2026年度补贴须于次年1月31日前申请。责任单位：区人力资源和社会保障局、区文化和旅游局。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["被吸纳的农村劳动力"],conditional=True,deadline="2027-01-31",deadline_basis="2026年度补贴须于次年1月31日前申请。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区人力资源和社会保障局","区文化和旅游局"],note="trade restriction 文旅 (outside earlier vocabulary; alt 住宿餐饮 for 民宿); 次年 → 2027; workers not beneficiaries")),
 dict(heading="“密云生态贷”信用贷款",text="区金融办联合合作银行推出“密云生态贷”，对本区从事生态旅游、特色农产品加工的中小企业和个体工商户，提供单户最高300万元的无抵押信用贷款，利率不高于同期贷款市场报价利率加50个基点；由区融资担保公司提供担保的，担保费由区财政全额承担。合作银行和区融资担保公司不属于补贴对象。业务受理期限为自本办法施行之日起2年。责任单位：区金融办、区财政局。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,deadline="2028-06-30",deadline_basis="业务受理期限为自本办法施行之日起2年。",deadline_source="measure",industries=["文化旅游","制造业"],responsible_units=["区金融办","区财政局"],note="credit + guarantee-fee subsidy; trade restriction (生态旅游, 农产品加工 → 文化旅游/制造业, alt []); 2026-07-01 + 2 years - 1 day")),
 dict(heading="公共机构优先采购本地产品",text="区属机关、事业单位食堂和区属国有企业采购农副产品时，对取得“密云农品”区域公用品牌授权的本区中小企业和农民专业合作社的产品予以优先采购，年度采购比例不低于30%。品牌授权条件和程序由区农业农村局另行公布。责任单位：区农业农村局、区机关事务服务中心。",
  gold=myd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业","其他:农民专业合作社"],not_beneficiaries=["区属国有企业（采购方）"],conditional=True,industries=[],responsible_units=["区农业农村局","区机关事务服务中心"],note="procurement preference (core) after brand 授权 (rules elsewhere); buyers are bound; alt 政府职责")),
 dict(heading="补贴审核异议复核",text="经营主体对本办法所列补贴、奖励的审核结果有异议的，可以自收到审核结果之日起15个工作日内向区财政局申请复核，区财政局应当在10个工作日内作出书面答复；不予支持的，主管部门应当说明理由。责任单位：区财政局、各政策主管部门。",
  gold=myd(kind="可主张的权利",beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局","各政策主管部门"],note="经营主体 = 企业 + 个体工商户; procedural right (review, reasons); the 15-day window runs per decision, not a calendar deadline")),
 dict(heading="获支持主体的经营责任",text="享受本办法第一条、第二条支持的企业，应当自项目验收之日起3年内，于每年3月底前向区发展改革委报送能源利用状况；位于密云水库一级、二级保护区内的文旅经营主体，应当落实污水收集处理和垃圾分类要求，不得擅自扩大经营面积。责任单位：区发展改革委、区生态环境局。",
  gold=myd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区发展改革委","区生态环境局"],addressees=["享受第一条、第二条支持的企业","水库保护区内的文旅经营主体"],note="reporting duty (每年3月底前 is a recurring duty date, not a deadline) and environmental duties")),
 dict(heading="施行日期",text="本办法自2026年7月1日起施行，有效期三年。本办法施行前已按原政策受理的项目，继续按原政策执行。本办法具体应用问题由区发展改革委、区商务局按照职责分工负责解释。",
  gold=myd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-07-01 + 3 years - 1 day = 2029-06-30 (accept 2029-07-01); 三年 in Chinese numerals")),
]
my_meta=dict(file="miyun_2026_lvse_shengji_wenlv_xiaofei.txt",title="密云区支持制造业绿色升级和文旅消费提质实施办法",issuer="北京市密云区人民政府办公室",doc_number="密政办发〔2026〕15号",district="密云区",date="2026-06-18",date_as_printed="二〇二六年六月十八日",in_force_from="2026-07-01",valid_until=MY_END,valid_until_basis=MY_BASIS,numbering="articles 第一条…第十二条 on their own line with the heading after a full-width space, body in the next paragraph; 责任单位：… (no brackets) as the last sentence except 第十二条")
my_header="""北京市密云区人民政府办公室关于印发《密云区支持制造业绿色升级和文旅消费提质实施办法》的通知

密政办发〔2026〕15号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《密云区支持制造业绿色升级和文旅消费提质实施办法》已经区政府第42次常务会议审议通过，现印发给你们，请结合实际认真贯彻执行。

北京市密云区人民政府办公室
二〇二六年六月十八日

密云区支持制造业绿色升级和文旅消费提质实施办法

为落实生态涵养区功能定位，推动本区制造业企业节能降碳、绿色升级，促进文旅消费提质扩容，依据《北京市实施〈中华人民共和国节约能源法〉办法》等规定，结合本区实际，制定本办法。"""
my_txt,my_gold=build(my_meta,my_header,my,lambda i,m:f"第{cn(i)}条　{m['heading']}\n\n{m['text']}")

for txt,gold in ((hd_txt,hd_gold),(my_txt,my_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
