import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度'/'2026年内' in a 2026 document = 2026-12-31; '上半年' = 06-30; '第二季度末' = 06-30, '第三季度末' = 09-30, '一季度末' = 03-31; 'N月底' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A government body's own completion date is that measure's deadline (it is a duty, not an application deadline).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业; '小微企业' is written 小型微型企业. '企业' is used where the text says 各类企业/用人单位/零售企业 without size. '经营主体'/'商户' without further restriction = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, plus 文化旅游 (addition, flagged in note; alt []); [] = not restricted or not mappable"
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,renderer):
    gold=dict(meta); gold["conventions"]=CONV
    body=[]; ms={}
    for i,m in enumerate(measures,1):
        body.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g.setdefault("responsible_units",m.get("units",[]))
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return header+"\n\n"+"\n\n".join(b for b in body if b)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 延庆区 ----------------
YQ_END="2029-04-19"; YQ_BASIS="本措施自发布之日起施行，有效期三年。"
def yqd(**k):
    d=dict(deadline=YQ_END,deadline_basis=YQ_BASIS,deadline_source="document"); d.update(k); return d
def M(heading,text,lead,coop,gold,part=None):
    return dict(heading=heading,text=text,lead=lead,coop=coop,gold=gold,part=part,units=lead+coop)
yq=[
 M("发放雪季经营补贴","对在本区登记注册、从事餐饮或住宿经营的个体工商户，2025—2026年雪季（2025年11月至2026年3月）营业收入较上年同期增长10%以上的，给予一次性经营补贴3000元。企业法人及其分支机构不在本项支持范围内。申请人须于2026年5月31日前通过“延庆政务服务”小程序提交申请，逾期视为自动放弃。",
   ["区商务局"],["区财政局","区市场监督管理局"],
   dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["企业法人及其分支机构"],conditional=True,deadline="2026-05-31",deadline_basis="申请人须于2026年5月31日前通过“延庆政务服务”小程序提交申请，逾期视为自动放弃。",deadline_source="measure",industries=["住宿餐饮"],note="个体工商户 only, trade restricted; growth threshold inline; expired"),
   part="一、加大资金扶持力度"),
 M("减免首店租金","在八达岭、延庆老城等重点商圈承租区属国有房产、首次开设零售门店的中小企业，前6个月租金全额减免，第7至12个月租金减半收取，由出租的区属国有企业在租赁合同中直接落实，承租企业无需另行申请。非国有房产出租方不适用本项。本项适用于2026年度内新签订的租赁合同。",
   ["区国资委"],["区商务局"],
   dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区属国有企业（出租方）","非国有房产出租方"],conditional=True,deadline="2026-12-31",deadline_basis="本项适用于2026年度内新签订的租赁合同。",deadline_source="measure",industries=["批发零售"],note="首次 + location + state-owned premises; granted in the lease without application (still support; alt 可主张的权利, the tenant invokes the relief against the landlord); landlord bound; 2026年度 = 2026-12-31")),
 M("补助担保费用并给予贴息","对从事文化旅游、餐饮服务的小微企业，通过区融资担保公司担保取得1000万元以下流动资金贷款的，按照实际缴纳担保费给予全额补助，并按照贷款市场报价利率的30%给予贴息，单户年度补助和贴息合计不超过10万元。区融资担保公司、合作银行不属于补助对象。本项申请受理时限至2027年第二季度末。",
   ["区金融服务办"],["区财政局","区文化和旅游局"],
   dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["区融资担保公司","合作银行"],conditional=True,deadline="2027-06-30",deadline_basis="本项申请受理时限至2027年第二季度末。",deadline_source="measure",industries=["文化旅游","住宿餐饮"],note="第二季度末 = 06-30; 文化旅游 is an addition to the industry vocabulary (alt ['住宿餐饮'])")),
 M("奖励品牌首店落地","对首次在本区开设品牌首店、旗舰店的零售企业，按照门店装修和设备投入的20%给予一次性奖励，最高50万元。首店的认定标准按照本市鼓励发展商业品牌首店的有关规定执行。为首店提供场地的商业综合体运营方不享受本项奖励。2026年度首店奖励集中受理时间为11月1日至11月30日。",
   ["区商务局"],["区财政局"],
   dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["商业综合体运营方"],conditional=True,deadline="2026-11-30",deadline_basis="2026年度首店奖励集中受理时间为11月1日至11月30日。",deadline_source="measure",industries=["批发零售"],note="首店 认定 per city rules (elsewhere); window end without year read as 2026; expired")),
 M("便利餐饮门前外摆","在八达岭、妫水河沿岸等重点区域依法经营的餐饮经营主体，可以向所在街道办事处或乡镇人民政府申请在门前划定临时外摆区域，经城市管理、市场监管等部门联合审核同意的，外摆期间免收相关占道费用。外摆时段、区域范围和管理要求，由区城市管理委另行制定规范。",
   ["区城市管理委"],["区市场监督管理局","各街道办事处","各乡镇人民政府"],
   yqd(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=True,industries=["住宿餐饮"],note="permit + fee waiver; 经营主体 = firms and 个体工商户; rules 另行制定; no own date → document"),
   part="二、优化经营服务保障"),
 M("建设文旅消费监测平台","区商务局会同区文化和旅游局于2026年第三季度末前建成全区文旅消费监测平台，按月发布重点商圈客流和消费数据，为经营主体调整经营策略提供参考。",
   ["区商务局"],["区文化和旅游局"],
   dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区商务局会同区文化和旅游局于2026年第三季度末前建成全区文旅消费监测平台",deadline_source="measure",industries=[],addressees=["区商务局","区文化和旅游局"],note="government's own completion date (第三季度末 = 09-30), not an application deadline; expired by the convention (alt: a reader may treat it as no business deadline); published data is no receivable")),
 M("规范外卖平台经营行为","在本区开展业务的网络餐饮外卖平台，不得强制本区餐饮商户参加平台促销活动，不得设置独家经营限制，不得在合同约定之外单方面提高佣金费率。商户认为平台存在上述行为的，可以向区市场监督管理局投诉，区市场监督管理局应当自受理之日起10个工作日内反馈处理意见。",
   ["区市场监督管理局"],["区商务局"],
   yqd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["企业","个体工商户"],not_beneficiaries=["网络餐饮外卖平台"],conditional=False,industries=["住宿餐饮"],note="platform bound; 商户 can invoke bans and complaint with 10-day reply; alt 企业义务 (of platforms); 商户 = firms + 个体工商户 (alt 其他:餐饮商户)")),
 M("支持小微商户数字化改造","对本区小微零售、餐饮企业购买区商务局公布目录内的智能收银、进销存管理等数字化服务的，按照实际服务费用的50%给予补贴，单户最高5000元。数字化服务商和设备经销商不得借机抬高报价，其本身不享受本项补贴。本项补贴申请至2026年12月15日止。",
   ["区商务局"],["区经济和信息化局"],
   dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["数字化服务商","设备经销商"],conditional=True,deadline="2026-12-15",deadline_basis="本项补贴申请至2026年12月15日止。",deadline_source="measure",industries=["批发零售","住宿餐饮"],note="小微 + trade + catalogue; open on 2026-12-04 (11 days left)")),
 M("给予吸纳农村劳动力岗位补贴","对吸纳本区农村劳动力就业的民宿、农家乐经营者，每吸纳1人、签订劳动合同并连续缴纳社会保险满6个月的，给予1500元岗位补贴，补贴资金拨付至经营者账户。被吸纳人员本人不作为补贴对象。2026年度岗位补贴申报截至2027年1月31日。",
   ["区人力资源和社会保障局"],["区农业农村局","区文化和旅游局"],
   dict(kind="可申请的支持",beneficiaries=["其他:民宿、农家乐经营者"],not_beneficiaries=["被吸纳的农村劳动力"],conditional=True,deadline="2027-01-31",deadline_basis="2026年度岗位补贴申报截至2027年1月31日。",deadline_source="measure",industries=["住宿餐饮"],note="hired workers are not beneficiaries; 6 months of social insurance inline"),
   part="三、稳定就业和培育经营主体"),
 M("支持个体工商户转型升级为企业","对2026年年底前完成“个转企”变更登记，且经营场所和主营行业保持不变的个体工商户，给予一次性奖励1万元。奖励条件和兑付程序按照区市场监督管理局会同区财政局制定的实施细则执行。",
   ["区市场监督管理局"],["区财政局"],
   dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="对2026年年底前完成“个转企”变更登记",deadline_source="measure",industries=[],note="the registration must be done by 2026-12-31; application date itself in the 实施细则 (elsewhere), so alt deadline = document end 2029-04-19; beneficiary alt 小型微型企业 (the firm after conversion)")),
 M("落实经营主体责任","享受本措施资金支持的经营主体，应当依法诚信经营，按时足额支付雇工工资，自首次获得资金支持之日起2年内不得将注册地迁出本区；违反上述要求的，由主管部门追回已拨付资金。",
   ["各政策主管部门"],[],
   yqd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["享受资金支持的经营主体"],note="obligations: pay wages, stay 2 years, claw-back")),
 M("附则",YQ_BASIS+"同一经营主体的同一事项符合本区其他政策的，按照从优不重复原则执行。本措施由区商务局、区文化和旅游局按职责分工负责解释。",
   [],[],
   yqd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="发布 2026-04-20 + 3 years - 1 day = 2029-04-19 (accept 2029-04-20)"),
   part="四、附则"),
]
def yq_render(i,m):
    s=""
    if m["part"]: s=m["part"]+"\n\n"
    s+=f"（{cn(i)}）{m['heading']}。{m['text']}"
    if m["lead"]:
        s+=f"（牵头单位：{'、'.join(m['lead'])}"+(f"；配合单位：{'、'.join(m['coop'])}" if m["coop"] else "")+"）"
    return s
yq_meta=dict(file="yanqing_2026_wenlv_canyin_lingshou.txt",title="延庆区关于促进文旅消费和支持餐饮零售经营主体发展的若干措施",issuer="北京市延庆区人民政府办公室",doc_number="延政办发〔2026〕7号",district="延庆区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-04-20",valid_until=YQ_END,valid_until_basis=YQ_BASIS,numbering="four parts 一、…四、 (part headings on their own line); measures （一）…（十二） numbered continuously across parts, heading sentence inline; （牵头单位：…；配合单位：…） at the end except （十二）")
yq_header="""北京市延庆区人民政府办公室关于印发《延庆区关于促进文旅消费和支持餐饮零售经营主体发展的若干措施》的通知

延政办发〔2026〕7号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《延庆区关于促进文旅消费和支持餐饮零售经营主体发展的若干措施》已经区政府第43次常务会议审议通过，现予印发，请各单位结合职责抓好贯彻落实。

北京市延庆区人民政府办公室
二〇二六年四月二十日

（此件公开发布）

延庆区关于促进文旅消费和支持餐饮零售经营主体发展的若干措施

为用好冬奥、世园和长城文化资源，激发文旅消费活力，帮助餐饮、零售等经营主体稳定经营、扩大就业，结合本区实际，制定如下措施。"""
yq_txt,yq_gold=build(yq_meta,yq_header,yq,yq_render)

# ---------------- 通州区 ----------------
TZ_END="2028-06-07"; TZ_BASIS="本措施自发布之日起2年内有效。"
def tzd(**k):
    d=dict(deadline=TZ_END,deadline_basis=TZ_BASIS,deadline_source="document"); d.update(k); return d
def T(heading,text,units,gold): return dict(heading=heading,text=text,units=units,gold=gold)
tz=[
 T("专精特新梯度培育奖励","对首次被认定为国家级专精特新“小巨人”企业的本区中小企业，给予一次性奖励50万元；首次被认定为北京市专精特新中小企业的，给予一次性奖励10万元。此前已获得较低层级奖励的，按差额补足。2026年获得认定的企业，奖励申请须于9月30日前提交。",
   ["区经济和信息化局","区财政局"],
   dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-09-30",deadline_basis="2026年获得认定的企业，奖励申请须于9月30日前提交。",deadline_source="measure",industries=[],note="首次 + 认定; date without year read as 2026; expired")),
 T("制造业技术改造贴息","对总投资500万元以上的制造业中小企业技术改造项目，按照项目贷款实际支付利息的40%给予贴息，单个企业年度最高100万元。发放贷款的银行不享受贴息。2026年度贴息须于2027年2月底前申报。",
   ["区经济和信息化局","区金融服务办"],
   dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["发放贷款的银行"],conditional=True,deadline="2027-02-28",deadline_basis="2026年度贴息须于2027年2月底前申报。",deadline_source="measure",industries=["制造业"],note="500万 threshold inline; 2月底 = 2027-02-28")),
 T("首版次软件应用推广","对本区中小软件企业自主研发、经区科学技术委员会认定的首版次软件产品，在政府采购评审中按照有关规定给予价格扣除优惠；产品上市首年销售收入达到200万元的，按照销售收入的10%给予奖励，最高100万元。",
   ["区科学技术委员会","区财政局"],
   tzd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=["信息技术"],note="procurement preference + reward; 认定 and 有关规定; no own date → document")),
 T("降低融资担保费率","区政府性融资担保机构为小微企业提供单户1000万元以下贷款担保的，年化担保费率不超过1%，担保机构因降费减少的收入由区财政按季度给予补偿。本项政策实施期限至2027年底。",
   ["区金融服务办","区财政局"],
   dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["区政府性融资担保机构"],conditional=True,deadline="2027-12-31",deadline_basis="本项政策实施期限至2027年底。",deadline_source="measure",industries=[],note="the guarantee firm receives the compensation but the benefit (low fee) goes to small firms; disputable: alt the guarantor as recipient of money; alt kind 政府职责 (fee cap on a state guarantor)")),
 T("发放数字化转型服务券","向本区制造业、软件和信息服务业中小企业发放数字化转型服务券，单户额度不超过20万元，用于购买区经济和信息化局公布目录内服务商提供的数字化改造服务。服务商持券向区财政申请兑付，服务券不得转让、不得兑换现金。本年度服务券领取时间为2026年7月1日至7月31日，额度用完即止。",
   ["区经济和信息化局","区财政局"],
   dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["数字化服务商"],conditional=True,deadline="2026-07-31",deadline_basis="本年度服务券领取时间为2026年7月1日至7月31日，额度用完即止。",deadline_source="measure",industries=["制造业","信息技术"],note="vouchers held by the firm; service providers redeem but are not beneficiaries; expired")),
 T("建设企业服务线上平台","区经济和信息化局会同区政务服务和数据管理局，于2027年一季度末前上线“副中心企服通”线上平台，汇集涉企政策并实现政策精准匹配推送。",
   ["区经济和信息化局","区政务服务和数据管理局"],
   dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2027-03-31",deadline_basis="于2027年一季度末前上线“副中心企服通”线上平台",deadline_source="measure",industries=[],addressees=["区经济和信息化局","区政务服务和数据管理局"],note="government's own date (一季度末 = 03-31); not expired")),
 T("控制涉企检查频次","除投诉举报、上级交办和大数据监测发现问题线索外，区级行政执法部门对同一中小企业的同类现场检查每年不超过1次。对超出频次的检查，企业可以拒绝，并可以向区司法局反映，区司法局应当在5个工作日内核查处理。",
   ["区司法局","区级各行政执法部门"],
   tzd(kind="可主张的权利",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=False,industries=[],note="limit on inspections, right to refuse and complain; alt 政府职责 (duty of inspectors)")),
 T("支持制造业企业入驻特色园区","对入驻区级认定特色产业园区的制造业中小企业，园区运营方收取的租金不得高于区发展和改革委员会公布的指导价格；企业在园区连续经营满2年的，自第三年起由区财政按照实际租金的30%给予补贴，每家企业每年最高50万元。园区运营方不得以企业享受补贴为由上调租金，其本身不享受本项补贴。",
   ["区发展和改革委员会","区经济和信息化局","区财政局"],
   tzd(kind="可申请的支持",kind_acceptable=["可申请的支持","可主张的权利"],beneficiaries=["中小企业"],not_beneficiaries=["园区运营方"],conditional=True,industries=["制造业"],note="rent cap (right) + rent subsidy after 连续经营满2年; landlord bound; alt 可主张的权利")),
 T("研发人员稳岗补贴","对上年度研发费用投入超过300万元的中小企业，按照在职研发人员数量给予每人每年1万元补贴，单户最高50万元。补贴资金拨付至企业账户，不直接发放给研发人员个人。2026年度补贴于12月20日前申报。",
   ["区科学技术委员会","区人力资源和社会保障局"],
   dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["研发人员"],conditional=True,deadline="2026-12-20",deadline_basis="2026年度补贴于12月20日前申报。",deadline_source="measure",industries=[],note="threshold inline; employees not beneficiaries; date without year read as 2026; open")),
 T("履行绩效报告和数据报送义务","获得技术改造贴息和数字化转型服务券支持的企业，应当在项目完成后6个月内向区经济和信息化局提交绩效报告，并按季度如实报送产值、能耗和研发投入数据；拒不报送或者弄虚作假的，取消其三年内申报本区产业政策的资格。",
   ["区经济和信息化局"],
   tzd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["获得技术改造贴息和服务券支持的企业"],note="reporting duties and sanction")),
 T("知识产权质押融资补贴","对以专利权、软件著作权等知识产权质押方式取得银行贷款的科技型中小企业，按照评估费、担保费和保险费合计的50%给予补贴，单户年度最高20万元。资产评估机构、保险机构不属于补贴对象。具体申报条件按照有关规定执行。",
   ["区市场监督管理局","区金融服务办"],
   tzd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["资产评估机构","保险机构"],conditional=True,industries=[],note="科技型中小企业 (评价); conditions elsewhere (按照有关规定); beneficiary alt 其他:科技型中小企业")),
 T("适用范围","本措施所称中小企业，是指按照国家中小企业划型标准确定、在本区依法登记注册、具有独立法人资格的企业；个体工商户和企业分支机构不适用本措施。",
   [],
   tzd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="definition/scope; excludes 个体工商户 and branches from the whole document (individual measures' beneficiaries stay 中小企业)")),
 T("附则",TZ_BASIS+"执行期间如遇上级政策调整，按照上级政策执行。本措施由区经济和信息化局负责解释。",
   [],
   tzd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="发布 2026-06-08 + 2 years - 1 day = 2028-06-07 (accept 2028-06-08)")),
]
def tz_render(i,m):
    s=f"第{cn(i)}条（{m['heading']}）{m['text']}"
    if m["units"]: s+="\n责任单位："+"、".join(m["units"])
    return s
tz_meta=dict(file="tongzhou_2026_zhuanjingtexin_shuzihua.txt",title="通州区关于支持中小企业专精特新发展和数字化转型的若干措施",issuer="北京市通州区人民政府办公室",doc_number="通政办发〔2026〕15号",district="通州区",date="2026-06-08",date_as_printed="2026年6月8日",in_force_from="2026-06-08",valid_until=TZ_END,valid_until_basis=TZ_BASIS,numbering="articles 第一条…第十三条 with the heading in full-width brackets （…） inline, no parts; '责任单位：…' on the next line (no brackets) except 第十二条 and 第十三条")
tz_header="""北京市通州区人民政府办公室关于印发《通州区关于支持中小企业专精特新发展和数字化转型的若干措施》的通知

通政办发〔2026〕15号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构，城市副中心各有关单位：

经区政府同意，现将《通州区关于支持中小企业专精特新发展和数字化转型的若干措施》印发给你们，请认真贯彻执行。

北京市通州区人民政府办公室
2026年6月8日

通州区关于支持中小企业专精特新发展和数字化转型的若干措施

为推动城市副中心中小企业走专业化、精细化、特色化、新颖化发展道路，加快制造业和软件信息服务业数字化转型，营造更优发展环境，制定本措施。"""
tz_txt,tz_gold=build(tz_meta,tz_header,tz,tz_render)

for txt,gold in ((yq_txt,yq_gold),(tz_txt,tz_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
