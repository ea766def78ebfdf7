# Run from the set folder: /usr/bin/python3 tools/make_plans.py
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A government body's own completion date is still the measure's deadline (source 'measure').",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业; '小微企业' is written 小型微型企业. '企业' is used where the text says 各类企业/用人单位 without size. 经营主体/市场主体 limited by a small-size threshold and stated to include 个体工商户 = [中小企业, 个体工商户].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定/评定 step, or rules 另行制定/按照有关规定; false for rights",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, 农业 (only farm producers), 文化旅游 (scenic spots/tourism operators; outside the earlier vocabulary, flagged in note, alt 住宿餐饮 or []); [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,blocks,tail):
    """blocks: list of str (part headings, rendered as-is) or measure dicts with 'render'"""
    lines=[header]; ms={}; i=0
    gold=dict(meta); gold["conventions"]=dict(CONV)
    for b in blocks:
        if isinstance(b,str): lines.append(b); continue
        i+=1
        t=b["render"](i,b); lines.append(t)
        g=dict(b["gold"]); g["heading"]=b["heading"]
        assert g["deadline_basis"] in t or g["deadline_source"]=="document", (i,g["deadline_basis"])
        if g["deadline_source"]=="document": assert g["deadline_basis"]==meta["valid_until_basis"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    full="\n\n".join(lines)
    for k,g in ms.items(): assert g["deadline_basis"] in full, (k,g["deadline_basis"])
    assert meta["valid_until_basis"] in full and meta["doc_number"] in full and meta["date_as_printed"] in full
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ================= 昌平区 =================
CP_END="2029-04-30"; CP_BASIS="本措施自2026年5月1日起施行，有效期三年。"
def cpd(**k):
    d=dict(deadline=CP_END,deadline_basis=CP_BASIS,deadline_source="document"); d.update(k); return d
def cpr(i,m): return f"（{cn(i)}）{m['heading']}。{m['text']}"
cp=[
"一、助力经营主体降本减负",
dict(heading="发放餐饮零售促消费券",render=cpr,text="区商务局联合银联商务等第三方支付机构，面向在本区消费的市民分批次发放“乐享昌平”餐饮、零售消费券，由区级财政按照实际核销金额向参与商户结算补贴。上年度营业收入在2000万元以下的餐饮、零售类经营主体（含个体工商户）均可申请成为签约商户，参与商户报名截止时间为2026年5月31日。消费者领取消费券不属于对商户的补贴，支付机构仅收取约定的技术服务费，不参与补贴结算。（责任单位：区商务局、区财政局）",
 gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["消费者","第三方支付机构（银联商务等）"],conditional=True,deadline="2026-05-31",deadline_basis="参与商户报名截止时间为2026年5月31日。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区财政局"],note="经营主体 with a 2000万 revenue cap incl. 个体工商户 → 中小企业 + 个体工商户; consumers and payment firm named but not beneficiaries; sign-up closed 2026-05-31, one month after entry into force; expired")),
dict(heading="减免个体工商户国有房屋租金",render=cpr,text="对承租区属国有企业经营用房、在本区连续经营满6个月的个体工商户，减免2026年下半年3个月租金。出租方为区属国有企业的，由其直接办理减免，不得以调整押金、物业费等方式变相收回；通过“二房东”转租的，减免须传导至实际经营的个体工商户，转租方不得截留，亦不享受减免。减免申请须于2026年9月30日前向出租单位提出。（责任单位：区国资委、区市场监管局）",
 gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["区属国有企业（出租方）","转租方（二房东）"],conditional=True,deadline="2026-09-30",deadline_basis="减免申请须于2026年9月30日前向出租单位提出。",deadline_source="measure",industries=[],responsible_units=["区国资委","区市场监管局"],note="个体工商户 only; inline condition 连续经营满6个月; landlord and sub-landlord bound; expired")),
dict(heading="实施中小企业首贷贴息",render=cpr,text="对在本区注册、首次获得银行流动资金贷款的中小企业，按照贷款市场报价利率的40%给予贴息，单户贴息最高20万元。合作银行应当将首贷利率控制在贷款市场报价利率加50个基点以内，银行及为贷款提供担保的担保机构不属于贴息对象。2026年度贴息申请至2027年2月28日止。（责任单位：区金融服务办、区财政局）",
 gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","担保机构"],conditional=True,deadline="2027-02-28",deadline_basis="2026年度贴息申请至2027年2月28日止。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="中小企业 only; 首次 inline; bank bound by a rate cap; '至…止'")),
dict(heading="降低政府性融资担保费用",render=cpr,text="小型微型企业和个体工商户通过区融资担保公司获得贷款担保的，担保费率降至1%以下，区财政按照实际担保额的1%给予担保费补贴，补贴资金直接拨付至企业或个体工商户账户。区融资担保公司因降费产生的损失，按照区政府性融资担保风险补偿有关规定另行核定，不计入本项补贴。本项政策适用于2026年度新发生的担保业务。（责任单位：区金融服务办、区财政局）",
 gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["区融资担保公司"],conditional=True,deadline="2026-12-31",deadline_basis="本项政策适用于2026年度新发生的担保业务。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="2026年度 = 2026-12-31; guarantee firm's own compensation handled elsewhere and is not this benefit; conditional (via guarantee firm, rate threshold); not expired")),
"二、支持重点产业中小企业发展",
dict(heading="支持软件中小企业上云用云",render=cpr,text="对经区科学技术和信息化局认定的软件和信息技术服务业中小企业，租用云计算、云存储服务的，按照当年实际支付费用的30%给予补贴，单个企业最高20万元。云服务提供商及其代理商不作为补贴对象。申报时间为2026年7月1日至8月15日。（责任单位：区科学技术和信息化局）",
 gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["云服务提供商","云服务代理商"],conditional=True,deadline="2026-08-15",deadline_basis="申报时间为2026年7月1日至8月15日。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局"],note="软件 trade + 中小企业 + 认定; window end without year repeated = 2026-08-15; expired")),
dict(heading="补助制造业中小企业技术改造",render=cpr,text="对在本区实施智能化、绿色化技术改造的制造业中小企业，项目设备投资额在500万元以上的，按照设备投资额的10%给予补助，单个项目最高300万元。设备供应商、融资租赁公司不作为补助对象。具体申报条件和程序以区经济和信息化局另行发布的年度申报指南为准。（责任单位：区经济和信息化局）",
 gold=cpd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["设备供应商","融资租赁公司"],conditional=True,industries=["制造业"],responsible_units=["区经济和信息化局"],note="threshold 500万 inline plus guide 另行发布; dealers/lessors excluded; no own date → document end (有效期三年 from 2026-05-01 = 2029-04-30, accept 2029-05-01)")),
dict(heading="奖励首次认定的专精特新企业",render=cpr,text="对首次被认定为国家级专精特新“小巨人”企业的，给予一次性奖励50万元；首次被认定为北京市专精特新中小企业的，给予一次性奖励10万元。同一企业晋级的，按照差额补足。2026年度新获认定的企业，于2027年上半年集中申报兑现。（责任单位：区经济和信息化局）",
 gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-06-30",deadline_basis="2026年度新获认定的企业，于2027年上半年集中申报兑现。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],note="认定 + 首次; 上半年 of 2027 = 2027-06-30")),
dict(heading="支持餐饮个体工商户带徒传艺",render=cpr,text="对本区从事餐饮服务的个体工商户，与学徒签订1年以上带徒协议并为其缴纳工伤保险的，按照每名学徒每月800元给予带徒补贴，每户最多享受3名学徒、补贴期限不超过12个月。补贴资金发放至个体工商户，学徒本人不直接领取，也不得由中介机构代领。本项补贴自本措施施行之日起执行两年。（责任单位：区人力资源和社会保障局、区商务局）",
 gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["学徒","中介机构"],conditional=True,deadline="2028-04-30",deadline_basis="本项补贴自本措施施行之日起执行两年。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区人力资源和社会保障局","区商务局"],note="个体工商户 + 餐饮 only; hired apprentices are not beneficiaries; 2026-05-01 + 2 years - 1 day = 2028-04-30 (accept 2028-05-01)")),
"三、优化服务保障",
dict(heading="建设个体工商户服务站",render=cpr,text="区政务服务和数据管理局会同各镇人民政府、街道办事处，于2026年6月底前在全区各镇街建成“个体工商户服务站”，提供登记帮办、政策咨询和诉求受理服务。（责任单位：区政务服务和数据管理局、各镇人民政府、各街道办事处）",
 gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="于2026年6月底前在全区各镇街建成“个体工商户服务站”",deadline_source="measure",industries=[],responsible_units=["区政务服务和数据管理局","各镇人民政府","各街道办事处"],addressees=["区政务服务和数据管理局","各镇人民政府","各街道办事处"],note="a government body's own completion date (6月底前 = 06-30), not an applicant's deadline; past → expired true by the rule although the service stations keep working; alt 可申请的支持 (services) weak")),
dict(heading="推行包容审慎监管",render=cpr,text="中小企业和个体工商户首次出现违法行为且危害后果轻微并及时改正的，依法不予行政处罚；同一部门对同一经营主体的现场检查，除投诉举报、转办交办外，一个年度内原则上不超过1次。经营主体认为执法部门违反上述规定的，可向区司法局申请行政执法监督。（责任单位：区司法局、区市场监管局）",
 gold=cpd(kind="可主张的权利",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区市场监管局"],note="首违不罚 and inspection cap, invokable via 执法监督; '首次…轻微…' are conditions of the protection but rights are conditional=false by convention (alt true)")),
dict(heading="规范享受政策行为",render=cpr,text="享受本措施支持的经营主体应当如实提交申报材料，同一事项不得重复享受区级同类资金支持。获得技术改造补助的企业，自项目验收之日起3年内不得将补助设备转让、出租或迁出本区；违反的，由区经济和信息化局追回补助资金。（责任单位：各政策责任单位）",
 gold=cpd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["各政策责任单位"],addressees=["享受本措施支持的经营主体","获得技术改造补助的企业"],note="truthful filing, no double funding, 3-year lock on subsidised equipment, claw-back")),
dict(heading="附则",render=cpr,text="本措施自2026年5月1日起施行，有效期三年。本措施实施期间，国家和本市出台的支持政策标准高于本措施的，按照就高原则执行。本措施由区发展和改革委员会负责解释。",
 gold=cpd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="in force 2026-05-01 (not the 印发 date 2026-04-20); 三年 → 2029-04-30 (accept 2029-05-01)")),
]
cp_meta=dict(file="changping_2026_jingying_zhuti_jiangben.txt",title="昌平区关于助力中小企业和个体工商户降本增效稳定发展的若干措施",issuer="北京市昌平区人民政府办公室",doc_number="昌政办发〔2026〕12号",district="昌平区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-05-01",valid_until=CP_END,valid_until_basis=CP_BASIS,numbering="three parts 一、二、三、 (part headings on their own line, no body) with measures （一）…（十二） numbered continuously across parts, heading sentence inline ending in 。; （责任单位：…） at the end except （十二）")
cp_header="""北京市昌平区人民政府办公室关于印发《昌平区关于助力中小企业和个体工商户降本增效稳定发展的若干措施》的通知

昌政办发〔2026〕12号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构，各有关单位：

为进一步激发经营主体活力，帮助中小企业和个体工商户降低经营成本、稳定发展预期，经区政府同意，现将《昌平区关于助力中小企业和个体工商户降本增效稳定发展的若干措施》印发给你们，请各单位按照职责分工抓好贯彻落实，重大问题及时报告。

北京市昌平区人民政府办公室
2026年4月20日

昌平区关于助力中小企业和个体工商户降本增效稳定发展的若干措施

为深入贯彻落实国家和本市关于促进中小企业和个体工商户发展的决策部署，着力降低经营主体融资、用房和用工成本，支持重点产业中小企业专业化发展，结合昌平区实际，制定如下措施。"""
cp_txt,cp_gold=build(cp_meta,cp_header,cp,"")

# ================= 密云区 =================
MY_END="2027-06-30"; MY_BASIS="本措施自发布之日起实施，执行期至2027年6月30日。"
def myd(**k):
    d=dict(deadline=MY_END,deadline_basis=MY_BASIS,deadline_source="document"); d.update(k); return d
def myr(i,m): return f"第{cn(i)}条（{m['heading']}）{m['text']}"
my=[
dict(heading="支持农民专业合作社品牌认证",render=myr,text="对在本区依法登记、连续经营满2年且被评为区级以上示范社的农民专业合作社，新获得绿色食品、有机农产品或者农产品地理标志认证的，每个认证给予2万元奖励，单个合作社年度奖励最高10万元。认证机构、咨询代理机构不享受本项奖励。2026年度奖励须于11月20日前向区农业农村局申报。（责任单位：区农业农村局）",
 gold=dict(kind="可申请的支持",beneficiaries=["其他:农民专业合作社"],not_beneficiaries=["认证机构","咨询代理机构"],conditional=True,deadline="2026-11-20",deadline_basis="2026年度奖励须于11月20日前向区农业农村局申报。",deadline_source="measure",industries=["农业"],responsible_units=["区农业农村局"],note="inline conditions (连续经营满2年, 示范社 评定); date without year = 2026-11-20; expired")),
dict(heading="推动合作社农产品直供商超",render=myr,text="对与本市连锁商超签订年度直供协议的本区农民专业合作社，按照经商超确认的年度直供销售额的3%给予补贴，单个合作社最高15万元。连锁商超及参与分销的中间经销商不享受本项补贴。2026年直供销售额补贴的申报截止至2027年1月10日。（责任单位：区商务局、区农业农村局）",
 gold=dict(kind="可申请的支持",beneficiaries=["其他:农民专业合作社"],not_beneficiaries=["连锁商超","中间经销商"],conditional=True,deadline="2027-01-10",deadline_basis="2026年直供销售额补贴的申报截止至2027年1月10日。",deadline_source="measure",industries=["农业"],responsible_units=["区商务局","区农业农村局"],note="buyer (retail chain, often 大型企业) and dealers named, not beneficiaries")),
dict(heading="缓解文旅经营主体融资难题",render=myr,text="本区文旅类中小企业和个体工商户（含景区、乡村民宿、农家乐经营者）通过区融资担保公司担保取得经营性贷款的，按照贷款市场报价利率的50%给予贴息，并按照担保额的1%给予担保费补贴。区融资担保公司和贷款银行不属于补贴对象。贴息按年度申报，2026年发放贷款的贴息须在2027年3月15日前申报。（责任单位：区金融服务办、区文化和旅游局、区财政局）",
 gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["区融资担保公司","贷款银行"],conditional=True,deadline="2027-03-15",deadline_basis="2026年发放贷款的贴息须在2027年3月15日前申报。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区金融服务办","区文化和旅游局","区财政局"],note="trade 文旅 (new value, alt 住宿餐饮 or []); both sizes named; bank and guarantee firm excluded")),
dict(heading="扶持夜间餐饮经营",render=myr,text="对在古北水镇周边、密云水库环湖等夜间消费集聚区开展夜间经营的餐饮类个体工商户，经营时间延长至22时以后且持续3个月以上的，按照延时经营期间水电费用的50%给予补贴，每户最高5000元。集聚区运营管理单位作为出租方，不享受本项补贴，且不得借补贴上调租金。补贴于2026年10月底前一次性申报。（责任单位：区商务局、区文化和旅游局）",
 gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["集聚区运营管理单位（出租方）"],conditional=True,deadline="2026-10-31",deadline_basis="补贴于2026年10月底前一次性申报。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区文化和旅游局"],note="个体工商户 + 餐饮 only; 10月底前 = 10-31; landlord bound; expired")),
dict(heading="鼓励合作社吸纳农村劳动力",render=myr,text="农民专业合作社吸纳本区农村劳动力就业、签订6个月以上劳动合同并依法缴纳社会保险的，按照每人每月500元给予岗位补贴，期限不超过12个月。补贴资金拨付至合作社，不直接发放给被吸纳人员；已在公益性岗位安置的人员不纳入补贴范围。本项补贴适用于自本措施发布之日起1年内新吸纳的人员。（责任单位：区人力资源和社会保障局、区农业农村局）",
 gold=dict(kind="可申请的支持",beneficiaries=["其他:农民专业合作社"],not_beneficiaries=["被吸纳的农村劳动力"],conditional=True,deadline="2027-06-17",deadline_basis="本项补贴适用于自本措施发布之日起1年内新吸纳的人员。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区农业农村局"],note="hiring window 2026-06-18 + 1 year - 1 day = 2027-06-17 (accept 2027-06-18); hired workers not beneficiaries; industries [] (a cooperative may be in tourism too; alt 农业)")),
dict(heading="奖励文旅等级评定",render=myr,text="对首次被评定为国家4A级及以上旅游景区的经营单位，给予一次性奖励100万元；首次被评定为北京市等级民宿（甲级）的经营主体，给予一次性奖励5万元。评定标准和程序按照国家和本市有关规定执行。（责任单位：区文化和旅游局）",
 gold=myd(kind="可申请的支持",beneficiaries=["其他:旅游景区经营单位","其他:等级民宿经营主体"],not_beneficiaries=[],conditional=True,industries=["文化旅游","住宿餐饮"],responsible_units=["区文化和旅游局"],note="评定 + 首次; standard elsewhere; no own date → document end")),
dict(heading="叠加补贴农产品加工设备购置",render=myr,text="对农民专业合作社购置列入补贴目录的农产品产地加工、烘干设备的，在享受国家农机购置补贴的基础上，区级按照购置价格的20%给予叠加补贴。补贴资金直接拨付至购机合作社，农机经销企业不作为补贴对象，不得以补贴名义抬高售价。申请条件和补贴目录按照《密云区农产品加工设备购置叠加补贴实施方案》执行。购机并提交申请的截止时间为2026年12月20日。（责任单位：区农业农村局、区财政局）",
 gold=dict(kind="可申请的支持",beneficiaries=["其他:农民专业合作社"],not_beneficiaries=["农机经销企业"],conditional=True,deadline="2026-12-20",deadline_basis="购机并提交申请的截止时间为2026年12月20日。",deadline_source="measure",industries=["农业"],responsible_units=["区农业农村局","区财政局"],note="conditions elsewhere (实施方案); dealer excluded; still open on 2026-12-04")),
dict(heading="支持山区便民零售网点",render=myr,text="对在本区山区镇村开设便民超市、便利店的零售类个体工商户和小微企业，营业面积在60平方米以上、每日营业不少于10小时的，按照实际租金的50%给予补贴，每个网点每年最高2万元。出租房屋的村集体经济组织和个人不享受本项补贴。补贴期限为2026年7月1日至2027年6月30日。（责任单位：区商务局、各镇人民政府）",
 gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["村集体经济组织（出租方）","出租房屋的个人"],conditional=True,deadline="2027-06-30",deadline_basis="补贴期限为2026年7月1日至2027年6月30日。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","各镇人民政府"],note="零售 only; thresholds inline; landlords excluded; measure date equals the document end")),
dict(heading="建设合作社综合服务中心",render=myr,text="区农业农村局会同各镇人民政府，年底前在各镇建成农民专业合作社综合服务中心，为合作社提供免费代理记账、年报辅导和登记帮办服务。（责任单位：区农业农村局、各镇人民政府）",
 gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="年底前在各镇建成农民专业合作社综合服务中心",deadline_source="measure",industries=[],responsible_units=["区农业农村局","各镇人民政府"],addressees=["区农业农村局","各镇人民政府"],note="government build date 年底前 (no year) = 2026-12-31; free services later could be read as support (alt)")),
dict(heading="保护合作社合法权益",render=myr,text="任何单位和个人不得向农民专业合作社摊派费用，不得强迫合作社接受有偿服务或者参加评比达标活动。合作社遇有上述情形的，可以向区农业农村局举报，区农业农村局应当在10个工作日内核查处理并反馈结果。（责任单位：区农业农村局）",
 gold=myd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["其他:农民专业合作社"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区农业农村局"],note="ban on 摊派/forced paid services plus complaint channel with 10-day reply")),
dict(heading="规范合作社运行",render=myr,text="申请本措施扶持的农民专业合作社，应当按时向登记机关报送年度报告，规范财务核算和成员账户管理，财政补助形成的资产应当依法量化到成员。连续两年未从事经营活动或者被列入经营异常名录的合作社，不得申请本措施扶持。（责任单位：区农业农村局、区市场监管局）",
 gold=myd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区农业农村局","区市场监管局"],addressees=["申请本措施扶持的农民专业合作社"],note="annual report, accounts, member accounts; exclusion of dormant cooperatives (an eligibility rule, stated as obligation)")),
dict(heading="附则",render=myr,text="本措施自发布之日起实施，执行期至2027年6月30日。本措施与本区其他同类政策不重复享受。本措施由区农业农村局会同区文化和旅游局负责解释。",
 gold=myd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="in force on publication 2026-06-18, ends 2027-06-30")),
]
my_meta=dict(file="miyun_2026_hezuoshe_wenlv.txt",title="密云区促进农民专业合作社和文旅经营主体高质量发展的若干措施",issuer="北京市密云区人民政府办公室",doc_number="密政办发〔2026〕17号",district="密云区",date="2026-06-18",date_as_printed="二〇二六年六月十八日",in_force_from="2026-06-18",valid_until=MY_END,valid_until_basis=MY_BASIS,numbering="articles 第一条…第十二条 with the heading in round brackets （…） directly after the number, body on the same line, no parts; （责任单位：…） at the end except 第十二条")
my_header="""北京市密云区人民政府办公室关于印发《密云区促进农民专业合作社和文旅经营主体高质量发展的若干措施》的通知

密政办发〔2026〕17号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《密云区促进农民专业合作社和文旅经营主体高质量发展的若干措施》已经区政府第四十二次常务会议审议通过，现印发给你们，请结合工作实际，认真贯彻执行。

北京市密云区人民政府办公室
二〇二六年六月十八日

（此件公开发布）

密云区促进农民专业合作社和文旅经营主体高质量发展的若干措施

为贯彻落实《中华人民共和国农民专业合作社法》，推动农民专业合作社规范提升，激发文旅消费活力，带动生态涵养区农民增收，结合密云区实际，制定本措施。"""
my_txt,my_gold=build(my_meta,my_header,my,"")

for txt,gold in ((cp_txt,cp_gold),(my_txt,my_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
