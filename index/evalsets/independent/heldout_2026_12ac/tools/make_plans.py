import json,collections
# conventions: same keys and values as the format example's gold (stated inline here, not loaded), industries extended
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date by which a government body or a landlord/bank must act is not the applicant's deadline when the text also gives the applicant's own date (the note says so).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/企业 without size; '经营主体/市场主体' without size = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, plus 文化旅游 where the measure is only for culture/tourism businesses (flagged in note, outside the earlier vocabulary, alt []); [] = not restricted or not mappable"
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
def ru(text):
    s=text.rsplit("（责任单位：",1)
    return s[1].rstrip("）").split("、") if len(s)==2 else []
def build(meta,header,parts,tail,renderer,part_renderer=None):
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}; i=0
    for ptitle,measures in parts:
        if ptitle: lines.append(part_renderer(ptitle))
        for m in measures:
            i+=1
            lines.append(renderer(i,m))
            g=dict(m["gold"]); g["heading"]=m["heading"]
            g.setdefault("responsible_units",ru(m["text"]))
            assert g["responsible_units"]==ru(m["text"]),(m["heading"],g["responsible_units"])
            if g.get("deadline_source")=="measure": assert g["deadline_basis"] in m["text"],m["heading"]
            g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
            ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold

# ================= 东城区 =================
DC_END="2028-04-30"; DC_BASIS="本措施自2026年5月1日起施行，执行期至2028年4月30日。"
def dcd(**k):
    d=dict(deadline=DC_END,deadline_basis=DC_BASIS,deadline_source="document"); d.update(k); return d
B2=["企业","个体工商户"]
dc=[
("降低经营成本",[
 dict(heading="减免区属国有房屋租金",text="对承租区属国有企业经营性房屋、从事餐饮或者零售经营的个体工商户和小微企业，免除2026年3个月租金。承租人须于2026年7月31日前向出租单位提交减免申请及营业执照、租赁合同等材料；出租单位应当于2026年9月底前完成减免并报区国资委备案。房屋已转租的，减免须落实到实际经营的次承租人，转租方不得截留。（责任单位：区国资委、区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["区属国有企业（出租单位）","转租方（二房东）"],conditional=True,deadline="2026-07-31",deadline_basis="承租人须于2026年7月31日前向出租单位提交减免申请",deadline_source="measure",industries=["住宿餐饮","批发零售"],note="applicant's date 07-31 is the deadline; 出租单位 9月底前 is the landlord's own date (not the applicant's) → expired either way; landlord and 二房东 are bound")),
 dict(heading="实施首贷贴息和担保费补助",text="符合条件的小微企业和个体工商户首次从合作银行取得1年期以上经营性贷款的，按照实际支付利息的40%给予贴息；通过区融资担保公司增信的，按照担保费的50%给予补助，单户年度合计不超过8万元。贴息和补助资金直接拨付至借款人账户，合作银行和区融资担保公司不得以此为由上浮利率或者费率，其本身不享受本项资金。申请截止时间为2026年12月15日。（责任单位：区金融服务办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,deadline="2026-12-15",deadline_basis="申请截止时间为2026年12月15日。",deadline_source="measure",industries=[],note="首次 (first loan) and 符合条件的 → conditional; bank and guarantee firm bound, not beneficiaries; still open on 12-04")),
 dict(heading="支持个体小店数字化改造",text="在本区连续经营满1年的零售、餐饮个体工商户，购置智能收银、线上点单、扫码支付等数字化设备的，按照设备购置费用的50%给予补贴，每户最高5000元。设备销售商和平台服务商不属于补贴对象。2026年上半年完成购置的，须于7月底前申报；下半年完成购置的，于2027年1月20日前申报。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["设备销售商","平台服务商"],conditional=True,deadline="2027-01-20",deadline_basis="下半年完成购置的，于2027年1月20日前申报。",deadline_source="measure",industries=["批发零售","住宿餐饮"],note="个体工商户 only (not 小微企业); two windows, the last (2027-01-20) is the deadline; the first (7月底 = 2026-07-31) is over")),
]),
("激发消费活力",[
 dict(heading="组织商户参与东城消费季",text="区商务局联合支付机构发放“东城消费季”电子消费券，由消费者领取后在王府井、前门、隆福寺等商圈的签约商户使用，核销资金按月结算给商户。拟参加的餐饮、零售中小企业和个体工商户应当无严重失信记录，报名至2026年8月31日止。支付机构按约定收取服务费，消费者和支付机构均不属于本项政策的支持对象。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["消费者","支付机构"],conditional=True,deadline="2026-08-31",deadline_basis="报名至2026年8月31日止。",deadline_source="measure",industries=["住宿餐饮","批发零售"],note="businesses benefit by joining (settlement of vouchers); consumers hold the vouchers; expired")),
 dict(heading="奖励老字号认定",text="对新获认定的“中华老字号”企业给予一次性奖励30万元，新获认定的“北京老字号”企业给予一次性奖励10万元。同一企业晋级认定的，按照差额给予奖励。（责任单位：区商务局）",
  gold=dcd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,industries=[],note="depends on an external 认定; no size restriction (企业); no own date → document end")),
 dict(heading="引进品牌首店",text="对在本区开设亚洲首店、中国（内地）首店或者北京首店的零售、餐饮品牌企业，经区商务局审定后，按照首店装修投入的20%给予一次性奖励，最高100万元。首店所在商业综合体的运营方不享受本项奖励。2026年度首店奖励申报工作于2027年2月底前完成。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["商业综合体运营方"],conditional=True,deadline="2027-02-28",deadline_basis="2026年度首店奖励申报工作于2027年2月底前完成。",deadline_source="measure",industries=["批发零售","住宿餐饮"],note="审定 step; any size (large brands included); 2月底 = 2027-02-28; landlord (mall operator) excluded")),
 dict(heading="有序开展店外经营",text="在区城市管理委员会划定的街区内，餐饮、零售经营主体可以申请开展临时外摆经营，经审核同意后在核定区域和时段内经营。申请条件、外摆范围和管理要求由区城市管理委员会另行制定并公布。本项试点执行至2027年10月31日。（责任单位：区城市管理委员会、区市场监管局）",
  gold=dict(kind="可申请的支持",beneficiaries=B2,not_beneficiaries=[],conditional=True,deadline="2027-10-31",deadline_basis="本项试点执行至2027年10月31日。",deadline_source="measure",industries=["住宿餐饮","批发零售"],note="a permit a business can apply for (core); 经营主体 → both 企业 and 个体工商户 (alt ['中小企业','个体工商户']); conditions 另行制定")),
]),
("优化服务保障",[
 dict(heading="建设小店服务驿站",text="区商务局会同各街道办事处，于2026年6月底前在重点商圈建成8个小店服务驿站，集中提供证照咨询、政策解读和用工对接服务。（责任单位：区商务局、各街道办事处）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="于2026年6月底前在重点商圈建成8个小店服务驿站",deadline_source="measure",industries=[],addressees=["区商务局","各街道办事处"],note="government's own build date, not an application deadline; 6月底 = 06-30 → expired by convention; alt 可申请的支持 (services) weak")),
 dict(heading="开展免费法律体检",text="区司法局组织律师事务所，面向本区个体工商户和小微企业提供合同审查、用工合规等免费法律体检服务，经营者可通过“东城企业服务”平台预约，2026年度服务名额300个，约满即止。（责任单位：区司法局）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["律师事务所"],conditional=False,deadline="2026-12-31",deadline_basis="2026年度服务名额300个，约满即止。",deadline_source="measure",industries=[],note="free service a business can book (not core); 2026年度 = 2026-12-31; 约满即止 may end earlier; law firms deliver, are not beneficiaries; alt 政府职责")),
 dict(heading="规范商业综合体和平台收费",text="本区商业综合体运营方、外卖平台不得向入驻商户收取合同约定以外的费用，不得限制商户在其他平台经营。经营主体遇有违规收费、强制“二选一”的，可向区市场监管局投诉举报，区市场监管局应当在5个工作日内核查处理并反馈。（责任单位：区市场监管局）",
  gold=dcd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=B2,not_beneficiaries=["商业综合体运营方","外卖平台"],conditional=False,industries=[],note="ban on extra fees/二选一 plus complaint channel with 5-day reply; malls and platforms are bound; alt 企业义务 (of the operators)")),
]),
("强化政策落实",[
 dict(heading="落实享受政策主体责任",text="享受本措施资金支持的经营主体应当如实提交申报材料，自获得支持之日起2年内不得将注册地迁出本区，不得改变房屋经营用途；违反规定的，由主管部门追回已拨付资金，并按照有关规定纳入信用记录。（责任单位：各政策主管部门）",
  gold=dcd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["享受本措施资金支持的经营主体"],note="truthful materials, stay 2 years, claw-back")),
 dict(heading="明确适用对象",text="本措施所称小微企业，按照国家中小企业划型标准确定；所称经营主体，是指在本区依法登记注册并实际经营的企业和个体工商户。同一事项符合本区其他同类政策的，按照从优不重复原则执行。（责任单位：区商务局）",
  gold=dcd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="definitions and no-double-benefit rule")),
]),
]
dc_meta=dict(file="dongcheng_2026_xiaodian_xiaofei.txt",title="东城区关于支持小店经济和商圈消费提质的若干措施",issuer="北京市东城区人民政府办公室",doc_number="东政办发〔2026〕11号",district="东城区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-05-01",valid_until=DC_END,valid_until_basis=DC_BASIS,numbering="four part headings 一、…四、 on their own lines; measures numbered continuously （一）…（十二） across parts, heading sentence inline ending with 。; （责任单位：…） at the end of every measure; validity in an unnumbered closing paragraph after the measures")
dc_header="""北京市东城区人民政府办公室关于印发《东城区关于支持小店经济和商圈消费提质的若干措施》的通知

东政办发〔2026〕11号

各街道办事处，区政府各委、办、局，各区属机构：

《东城区关于支持小店经济和商圈消费提质的若干措施》已经区政府第45次常务会议审议通过，现印发给你们，请抓好贯彻落实。

北京市东城区人民政府办公室
二〇二六年四月二十日

东城区关于支持小店经济和商圈消费提质的若干措施

为激发老城商业活力，帮助餐饮、零售等小店降本增效，推动核心区商圈消费提质升级，制定如下措施。"""
dc_tail="本措施自2026年5月1日起施行，执行期至2028年4月30日。执行期间如遇国家和本市政策调整，按照新规定执行。本措施由区商务局负责解释。"
dc_txt,dc_gold=build(dc_meta,dc_header,dc,dc_tail,lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}",lambda t:t)
# part headings with Chinese numerals
dc_lines=[]
pi=0
for line in dc_txt.split("\n\n"):
    if line in [p for p,_ in dc]:
        pi+=1; line=f"{cn(pi)}、{line}"
    dc_lines.append(line)
dc_txt="\n\n".join(dc_lines)

# ================= 朝阳区 =================
CY_END="2029-06-07"; CY_BASIS="本措施自发布之日起施行，有效期3年。"
def cyd(**k):
    d=dict(deadline=CY_END,deadline_basis=CY_BASIS,deadline_source="document"); d.update(k); return d
cy=[(None,[
 dict(heading="提供免费数字化诊断",text="区经济和信息化局通过政府购买服务方式，遴选专业服务机构为规模以下制造业中小企业免费开展数字化转型诊断，出具诊断报告和改造建议。2026年度诊断名额200个，报名截止时间为2026年9月30日，名额满额后提前结束。服务机构费用由区级财政支付，企业不承担诊断费用。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业"],not_beneficiaries=["专业服务机构"],conditional=False,deadline="2026-09-30",deadline_basis="报名截止时间为2026年9月30日",deadline_source="measure",industries=["制造业"],note="free service; 规模以下 manufacturing SMEs only; service providers are paid by the district, not beneficiaries; expired; conditional alt true (规模以下, quota)")),
 dict(heading="补贴数字化改造项目",text="已完成诊断的制造业中小企业，首次实施生产设备联网、工业软件部署等数字化改造项目，项目总投入不低于50万元的，按照实际投入的30%给予补贴，单个企业最高60万元。设备经销商、解决方案供应商不得以补贴为由抬高报价，其本身不属于补贴对象。改造项目须于2026年12月31日前完成验收，补贴申报截止日期为2027年3月15日。（责任单位：区经济和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["设备经销商","解决方案供应商"],conditional=True,deadline="2027-03-15",deadline_basis="补贴申报截止日期为2027年3月15日。",deadline_source="measure",industries=["制造业"],note="inline conditions (诊断, 首次, ≥50万); 验收 by 2026-12-31 is a project precondition, the application deadline is 2027-03-15; dealers/vendors excluded")),
 dict(heading="奖励首版次软件产品",text="对本区软件企业研发的软件产品，自本措施发布之日起2年内首次通过市级首版次软件认定的，按照首年度销售合同金额的20%给予奖励，单个产品最高100万元。（责任单位：区科学技术和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2028-06-07",deadline_basis="自本措施发布之日起2年内首次通过市级首版次软件认定的",deadline_source="measure",industries=["信息技术"],note="发布 2026-06-08 + 2 years - 1 day = 2028-06-07 (accept 2028-06-08); 认定 step; any size (软件企业) → 企业")),
 dict(heading="支持中小企业专精特新发展",text="对首次被认定为北京市专精特新中小企业的，给予一次性奖励20万元；首次被认定为国家级专精特新“小巨人”企业的，给予一次性奖励50万元。2026年度奖励申报时间为11月1日至11月30日。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-11-30",deadline_basis="2026年度奖励申报时间为11月1日至11月30日。",deadline_source="measure",industries=[],note="首次 + 认定; SMEs only; window ended 11-30 → expired")),
 dict(heading="拓展知识产权质押融资",text="中小企业以专利权、商标权、著作权向合作银行质押融资的，给予贷款利息50%的贴息和评估费用全额补贴，单个企业年度最高30万元；通过区融资担保公司担保的，担保费率不高于1%。具体申报条件和程序按照《朝阳区中小企业融资支持资金管理办法》执行。合作银行、评估机构和区融资担保公司不享受上述资金。（责任单位：区金融服务办、区知识产权局）",
  gold=cyd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","评估机构","区融资担保公司"],conditional=True,industries=[],note="conditions written elsewhere (管理办法); banks, valuers and guarantee firm are not beneficiaries (guarantee firm is bound by a fee cap); no own date → document")),
 dict(heading="推动文旅场景数字化",text="对本区A级旅游景区、剧场、文化街区运营企业新建沉浸式演艺、数字展陈等数字化体验项目，投资额在200万元以上的，按照投资额的15%给予支持，最高150万元。本年度申报工作于2026年10月底前结束。（责任单位：区文化和旅游局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="本年度申报工作于2026年10月底前结束。",deadline_source="measure",industries=["文化旅游"],note="文旅 operators only; industry 文化旅游 outside the earlier vocabulary (alt []); threshold 200万; expired")),
 dict(heading="发放科技创新券",text="小型微型企业向高校、科研院所和认定的服务机构购买检验检测、研发设计等服务的，可使用科技创新券抵扣服务费用的50%，每家企业年度额度最高10万元。服务机构持券向区科学技术和信息化局兑付，不属于支持对象。创新券申领执行至2027年6月30日。（责任单位：区科学技术和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["高校、科研院所和服务机构（兑付方）"],conditional=True,deadline="2027-06-30",deadline_basis="创新券申领执行至2027年6月30日。",deadline_source="measure",industries=[],note="vouchers for small/micro firms; providers redeem but are not beneficiaries")),
 dict(heading="加大政府采购支持",text="区级预算单位年度采购项目预算中，预留面向中小企业采购的份额不低于40%，其中预留给小微企业的比例不低于70%；未预留份额的货物和服务采购项目，对小微企业报价给予10%的价格扣除。中小企业参加政府采购活动，应当按照有关规定出具《中小企业声明函》。（责任单位：区财政局、区级各预算单位）",
  gold=cyd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业","小型微型企业"],not_beneficiaries=[],conditional=True,industries=[],note="procurement preference (core); partly a duty of 预算单位; 声明函 按照有关规定 → conditional; alt 政府职责")),
 dict(heading="建设数字化转型公共服务平台",text="区经济和信息化局于2026年9月底前上线朝阳区中小企业数字化转型公共服务平台，年底前汇编发布不少于20个典型应用案例。（责任单位：区经济和信息化局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="年底前汇编发布不少于20个典型应用案例。",deadline_source="measure",industries=[],addressees=["区经济和信息化局"],note="government's own dates (platform 2026-09-30, cases 年底前 = 2026-12-31); last date taken (accept 2026-09-30); not an applicant deadline")),
 dict(heading="规范涉企行政检查",text="区级行政执法部门对同一经营主体的同类事项现场检查，每年原则上不超过1次，法律法规另有规定或者接到投诉举报的除外。经营主体对无法定依据的检查有权拒绝，并可向区司法局反映，区司法局应当在10个工作日内答复。（责任单位：区司法局、区级各行政执法部门）",
  gold=cyd(kind="可主张的权利",beneficiaries=B2,not_beneficiaries=[],conditional=False,industries=[],note="right to refuse unlawful inspections and to complain with 10-day reply; 经营主体 → 企业 and 个体工商户; alt 政府职责")),
 dict(heading="吸纳高校毕业生就业补贴",text="软件和信息服务业中小企业招用离校2年内高校毕业生，签订1年以上劳动合同并连续缴纳社会保险满6个月的，按照每人每月1000元给予社会保险补贴，最长12个月。补贴拨付至用人单位，被招用的毕业生不作为申请主体。2026年招用人员的，须于2027年1月31日前申报。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["被招用的高校毕业生"],conditional=True,deadline="2027-01-31",deadline_basis="2026年招用人员的，须于2027年1月31日前申报。",deadline_source="measure",industries=["信息技术"],note="software SMEs only; hired graduates are not beneficiaries; inline conditions")),
 dict(heading="履行资金使用承诺",text="获得本措施资金支持的企业应当配合开展绩效评价，自资金拨付之日起3年内不得将注册地和税务登记迁出本区；提供虚假材料或者违反承诺的，由主管部门收回资金，3年内不得申报本区各类扶持政策。（责任单位：各政策主管部门）",
  gold=cyd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["获得本措施资金支持的企业"],note="evaluation, 3-year stay, claw-back and 3-year ban")),
 dict(heading="附则",text="本措施所称中小企业、小型微型企业，按照国家中小企业划型标准认定。本措施自发布之日起施行，有效期3年。本措施由区经济和信息化局会同相关部门负责解释。",
  gold=cyd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="发布 2026-06-08 + 3 years - 1 day = 2029-06-07 (accept 2029-06-08)")),
])]
cy_meta=dict(file="chaoyang_2026_shuzihua_zhuanjingtexin.txt",title="朝阳区支持中小企业数字化转型和专精特新发展的若干措施",issuer="北京市朝阳区人民政府办公室",doc_number="朝政办发〔2026〕27号",district="朝阳区",date="2026-06-08",date_as_printed="2026年6月8日",in_force_from="2026-06-08",valid_until=CY_END,valid_until_basis=CY_BASIS,numbering="articles 第一条…第十三条 followed by a full-width space and the heading sentence ending with 。, body inline, no parts; （责任单位：…） at the end except 第十三条")
cy_header="""北京市朝阳区人民政府办公室关于印发《朝阳区支持中小企业数字化转型和专精特新发展的若干措施》的通知

朝政办发〔2026〕27号

各街道办事处，各地区办事处，区政府各委、办、局，各区属机构：

经区政府同意，现将《朝阳区支持中小企业数字化转型和专精特新发展的若干措施》印发给你们，请结合工作职责认真贯彻执行。

北京市朝阳区人民政府办公室
2026年6月8日

朝阳区支持中小企业数字化转型和专精特新发展的若干措施

为加快中小企业数字化转型步伐，培育专精特新企业梯队，促进软件和信息服务、先进制造、文化旅游等产业融合发展，结合朝阳区实际，制定本措施。"""
cy_txt,cy_gold=build(cy_meta,cy_header,cy,"",lambda i,m:f"第{cn(i)}条　{m['heading']}。{m['text']}")
for txt,gold in ((dc_txt,dc_gold),(cy_txt,cy_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    ms=gold["measures"]
    print(name,len(ms),dict(collections.Counter(m["kind"] for m in ms.values())),"expired",[k for k,m in ms.items() if m["expired_on_2026_12_04"]])
