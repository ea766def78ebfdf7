# Generates plans/*.txt and *.gold.json for heldout25 (东城区, 石景山区). Run from the set folder.
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; '月底前' = last day of that month; '第一季度' = 03-31. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A government body's own completion date is the deadline of a 政府职责 measure.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业; '小微企业'/'小微经营主体' gives 小型微型企业 (+ 个体工商户 where 经营主体 is said). '企业' is used where the text says 各类企业/用人单位/企业 without size.",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定/备案 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,parts,tail,render):
    """parts: list of (part_title or None, [measures]); numbering continuous."""
    out=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}; i=0
    for ptitle,measures in parts:
        if ptitle: out.append(ptitle)
        for m in measures:
            i+=1; out.append(render(i,m))
            g=dict(m["gold"]); g["heading"]=m["heading"]
            g["expired_on_2026_12_04"]=(g["deadline"]<CONV["today"]) if g["deadline"] else None
            ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: out.append(tail)
    gold["measures"]=ms
    return "\n\n".join(out).rstrip()+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 东城区 ----------------
DC_END="2029-04-19"; DC_BASIS="本措施自发布之日起实施，实施期限3年。"
def dcd(**k):
    d=dict(deadline=DC_END,deadline_basis=DC_BASIS,deadline_source="document"); d.update(k); return d
def M(h,t,**g): return dict(heading=h,text=t,gold=g)
dc=[
("一、加大经营主体纾困帮扶力度",[
 M("老字号门店房租补贴","对在本区连续经营满3年的“中华老字号”“北京老字号”企业，其在东城区内租用非国有房屋开设的餐饮、零售门店，按照上一年度实际租金的20%给予房租补贴，单个门店最高30万元。出租方不得借机上调租金，亦不属于补贴对象。申报截止时间为2026年9月30日。（责任单位：区商务局、区财政局）",
  kind="可申请的支持",beneficiaries=["其他:老字号企业"],not_beneficiaries=["出租方（房东）"],conditional=True,deadline="2026-09-30",deadline_basis="申报截止时间为2026年9月30日。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区财政局"],note="inline conditions (连续经营满3年, 老字号 status, non-state premises); landlord bound, not benefited; expired"),
 M("个体工商户吸纳就业社保补贴","对本区登记的个体工商户新招用本市城乡劳动力并为其缴纳城镇职工社会保险的，按照其实际缴纳的单位缴费部分给予50%补贴，每户补贴人数不超过3人，补贴期限最长12个月，具体认定标准按照本市有关规定执行。补贴资金拨付至个体工商户账户，被招用人员不作为申领主体。补贴申请须于2027年2月底前提交。（责任单位：区人力资源和社会保障局）",
  kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["被招用人员"],conditional=True,deadline="2027-02-28",deadline_basis="补贴申请须于2027年2月底前提交。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="个体工商户 only; conditions inline and 按照本市有关规定; 2月底 = 2027-02-28; hired workers not beneficiaries"),
 M("小微餐饮担保费补贴","对本区从事餐饮服务的小型微型企业和个体工商户，通过区融资担保机构取得单笔500万元以下流动资金贷款的，担保费率按不超过1%执行，区财政按实际担保费给予全额补贴。承贷银行、区融资担保机构不属于补贴对象。本项政策至2026年12月31日止。（责任单位：区金融服务办、区财政局、区商务局）",
  kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["承贷银行","区融资担保机构"],conditional=True,deadline="2026-12-31",deadline_basis="本项政策至2026年12月31日止。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区金融服务办","区财政局","区商务局"],note="catering only; bank and guarantee firm excluded; still open on 2026-12-04"),
]),
("二、支持技能提升和稳岗就业",[
 M("职业技能等级认定补贴","对组织本单位职工参加职业技能等级认定的中小企业，职工取得初级工、中级工、高级工证书的，分别按每人1000元、1500元、2000元给予企业补贴，同一职工同一年度只能享受一次。补贴资金直接拨付企业账户，职工个人不另行申领。2026年度申报工作于11月20日前结束。（责任单位：区人力资源和社会保障局）",
  kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["职工"],conditional=True,deadline="2026-11-20",deadline_basis="2026年度申报工作于11月20日前结束。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="中小企业 only; employees are not beneficiaries; date without year is 2026; expired"),
 M("技能大师工作室建设资助","对新获批市级技能大师工作室的本区企业，给予一次性建设资助10万元；区级技能大师工作室由区人力资源和社会保障局组织评审认定，资助标准另行制定。资助资金用于工作室设备购置和带徒传技，不得以奖金形式发放给个人。（责任单位：区人力资源和社会保障局、区财政局）",
  **dcd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["技能大师（个人）"],conditional=True,industries=[],responsible_units=["区人力资源和社会保障局","区财政局"],note="approval (获批/认定) needed; district standard 另行制定; no deadline → document")),
 M("社区便民网点开办补贴","对首次在本区登记设立、从事早餐、便利店、家政、维修等社区便民服务的小微经营主体，开业满6个月且经营场所面积不低于30平方米的，给予一次性开办补贴2万元。本项补贴实施期限为2026年5月1日至2027年4月30日，以登记日期为准。（责任单位：区商务局、区市场监督管理局、各街道办事处）",
  kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=[],conditional=True,deadline="2027-04-30",deadline_basis="本项补贴实施期限为2026年5月1日至2027年4月30日，以登记日期为准。",deadline_source="measure",industries=[],responsible_units=["区商务局","区市场监督管理局","各街道办事处"],note="小微经营主体 = small/micro firms + 个体工商户; 首次 + 6 months + 30㎡ inline; several trades (industries [] ; alt 住宿餐饮/批发零售); window is a registration window, application may come 6 months later (not stated)"),
]),
("三、优化营商服务保障",[
 M("完善社区就业服务站","各街道办事处于年底前完成社区就业服务站标准化建设，为辖区经营主体免费提供招聘信息发布、用工指导和社保政策咨询服务。（责任单位：各街道办事处、区人力资源和社会保障局）",
  kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="各街道办事处于年底前完成社区就业服务站标准化建设",deadline_source="measure",industries=[],responsible_units=["各街道办事处","区人力资源和社会保障局"],addressees=["各街道办事处"],note="government's own completion date (年底前 = 2026-12-31), not an applicant deadline; free services afterwards (alt 可申请的支持, weak)"),
 M("外卖平台佣金减免奖励","鼓励在本区开展业务的外卖平台企业对本区个体工商户和小微餐饮商户减免佣金、免收推广服务费。对2026年度累计减免金额超过100万元的平台企业，按照减免金额的20%给予奖励，最高200万元。（责任单位：区商务局）",
  kind="可申请的支持",beneficiaries=["其他:外卖平台企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="对2026年度累计减免金额超过100万元的平台企业",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局"],note="the money goes to the PLATFORM; merchants (个体工商户, 小微餐饮商户) only get commission relief from the platform, not a grant they can apply for (alt beneficiaries add them); 2026年度 = 2026-12-31 by convention (alt document deadline 2029-04-19)"),
 M("首次入统企业奖励","对2026年首次纳入限额以上统计的批发零售、住宿餐饮企业，给予一次性奖励10万元；具体申报条件按照区商务局另行发布的申报指南执行，申报受理截止日期为2027年3月15日。（责任单位：区商务局、区统计局）",
  kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2027-03-15",deadline_basis="申报受理截止日期为2027年3月15日。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区统计局"],note="首次 + conditions in a guide published elsewhere; qualifying year 2026, application until 2027-03-15"),
 M("拒绝不合理摊派","区内各部门、各街道和行业协会商会不得强制经营主体参加评比达标、赞助捐赠或者付费培训，不得要求其购买指定产品；对上述要求，中小企业和个体工商户有权拒绝，并可通过12345热线或者“东城企业服务”平台反映，承办部门应当于10个工作日内答复。（责任单位：区政务服务和数据管理局、区民政局）",
  **dcd(kind="可主张的权利",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["区内各部门","各街道","行业协会商会"],conditional=False,industries=[],responsible_units=["区政务服务和数据管理局","区民政局"],note="right to refuse + complaint channel with 10-working-day reply; bound parties are government bodies and associations")),
]),
("四、强化组织实施",[
 M("压实资金使用责任","获得本措施补贴的经营主体，应当按照要求配合开展资金绩效评价，补贴资金专款专用；自补贴拨付之日起2年内将注册地迁出本区的，应当退回已获补贴。享受社保补贴的个体工商户，被招用人员在补贴期内离职的，应当于15日内告知区人力资源和社会保障局。（责任单位：区财政局、区人力资源和社会保障局）",
  **dcd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局","区人力资源和社会保障局"],addressees=["获得补贴的经营主体","享受社保补贴的个体工商户"],note="obligations attached to grants: evaluation, earmarking, 2-year stay, 15-day report")),
 M("实施期限","本措施自发布之日起实施，实施期限3年。本措施与本区其他同类政策有重复的，按照从高不重复原则执行。本措施由区商务局、区人力资源和社会保障局按职责分工负责解释。",
  **dcd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-04-20 + 3 years - 1 day = 2029-04-19 (accept 2029-04-20)")),
]),
]
dc_meta=dict(file="dongcheng_2026_laozihao_jineng_wengang.txt",title="东城区关于支持老字号和生活性服务业经营主体稳岗提质的若干措施",issuer="北京市东城区人民政府办公室",doc_number="东政办发〔2026〕15号",district="东城区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-04-20",valid_until=DC_END,valid_until_basis=DC_BASIS,numbering="four parts 一、…四、 (part titles only) containing measures （一）…（十二） numbered continuously across parts, heading inline as the first phrase followed by 。; （责任单位：…） at the end except （十二）")
dc_header="""北京市东城区人民政府办公室关于印发《东城区关于支持老字号和生活性服务业经营主体稳岗提质的若干措施》的通知

东政办发〔2026〕15号

各街道办事处，区政府各委、办、局，各区属机构：

《东城区关于支持老字号和生活性服务业经营主体稳岗提质的若干措施》已经区政府第二十七次常务会议审议通过，现予印发，请结合工作实际，抓好贯彻落实。

北京市东城区人民政府办公室
二〇二六年四月二十日

（此件公开发布）

东城区关于支持老字号和生活性服务业经营主体稳岗提质的若干措施

为激发首都功能核心区生活性服务业发展活力，支持老字号传承创新，稳定就业岗位，提升从业人员技能水平，根据国家和本市有关政策，结合东城区实际，制定本措施。"""
dc_txt,dc_gold=build(dc_meta,dc_header,dc,"",lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ---------------- 石景山区 ----------------
SJS_END="2028-06-30"; SJS_BASIS="本措施自2026年7月1日起施行，有效期两年。"
def sd(**k):
    d=dict(deadline=SJS_END,deadline_basis=SJS_BASIS,deadline_source="document"); d.update(k); return d
def U(lead,co=None): return f"（牵头单位：{lead}" + (f"；配合单位：{co}）" if co else "）")
sjs=[(None,[
 M("支持企业建设产教融合实训基地","对被认定为市级、区级产教融合实训基地的本区制造业、软件和信息服务业企业，分别给予一次性补贴50万元、20万元，用于实训设备购置和课程开发。与基地合作的职业院校不作为补贴对象，申报时间另行通知。\n"+U("区人力资源和社会保障局","区教委、区财政局"),
  **sd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["合作职业院校"],conditional=True,industries=["制造业","信息技术"],responsible_units=["区人力资源和社会保障局","区教委","区财政局"],note="认定 needed; 制造/软件 only; '申报时间另行通知' gives no date → document")),
 M("落实产教融合型企业税费优惠","对纳入产教融合型企业建设培育库的本区企业，按照国家有关规定落实教育费附加、地方教育附加抵免政策，并优先推荐申报市级产教融合型企业。\n"+U("区发展改革委","区税务局、区教委"),
  **sd(kind="可申请的支持",beneficiaries=["其他:产教融合型企业（培育库企业）"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区发展改革委","区税务局","区教委"],note="tax/fee relief per national rules (elsewhere) after entry into the 培育库; core")),
 M("开展企业新型学徒制培训","对与技工院校合作开展企业新型学徒制培训的中小企业，按照每人每年6000元标准给予培训补贴，补贴期限不超过2年。学徒培训须于2026年9月30日前完成备案，逾期备案的不予支持。技工院校和学徒本人不属于本项补贴对象。\n"+U("区人力资源和社会保障局"),
  kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["技工院校","学徒"],conditional=True,deadline="2026-09-30",deadline_basis="学徒培训须于2026年9月30日前完成备案，逾期备案的不予支持。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="备案 precondition closed 2026-09-30 → expired; 中小企业 only"),
 M("鼓励软件企业吸纳职业院校毕业生","对本区软件和信息服务业小型微型企业首次招用职业院校应届毕业生并签订2年以上劳动合同的，按照每人3000元给予一次性补贴，每家企业最多补贴10人，毕业生个人不直接领取。申请受理时间截至2026年12月25日。\n"+U("区人力资源和社会保障局","区科技和信息化局"),
  kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["应届毕业生"],conditional=True,deadline="2026-12-25",deadline_basis="申请受理时间截至2026年12月25日。",deadline_source="measure",industries=["信息技术"],responsible_units=["区人力资源和社会保障局","区科技和信息化局"],note="小微 + 软件 + 首次 + 2-year contract inline; open on 2026-12-04"),
 M("支持文旅街区个体工商户技能提升","在首钢园和模式口历史文化街区内从事非遗手工艺、文创商品零售的个体工商户，参加区人力资源和社会保障局组织的技能培训并取得合格证书的，给予每户2000元经营补助，培训费用由区级财政承担。街区运营管理公司及商户雇员不享受本项补助。2026年度补助须于11月30日前申领。\n"+U("区人力资源和社会保障局","区文化和旅游局、首钢园区管委会"),
  kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["街区运营管理公司","商户雇员"],conditional=True,deadline="2026-11-30",deadline_basis="2026年度补助须于11月30日前申领。",deadline_source="measure",industries=["批发零售"],responsible_units=["区人力资源和社会保障局","区文化和旅游局","首钢园区管委会"],note="个体工商户 only, two named areas, 文创零售 (industry 批发零售; alt []); date without year = 2026; expired"),
 M("推出“技能贷”金融产品","对上年度营业收入不超过2000万元、持有职业技能等级证书员工占比达到30%的企业，向合作银行申请“技能贷”的，合作银行按照不高于同期贷款市场报价利率发放，区财政按照实际支付利息的30%给予贴息，单家企业年度贴息最高20万元；区融资担保公司提供担保的，担保费率不超过1%。合作银行、担保公司不享受贴息。本条自本措施施行之日起执行，有效期一年。\n"+U("区金融服务办","区财政局、区人力资源和社会保障局"),
  kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,deadline="2027-06-30",deadline_basis="本条自本措施施行之日起执行，有效期一年。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局","区人力资源和社会保障局"],note="revenue cap 2000万 read as 中小企业 (alt 企业); 2026-07-01 + 1 year - 1 day = 2027-06-30 (accept 2027-07-01); bank and guarantor bound, not beneficiaries"),
 M("发布技能人才需求目录","区人力资源和社会保障局会同区教委于2026年上半年编制完成区级紧缺技能人才需求目录，此后每年第三季度更新发布，作为职业院校专业设置和培训补贴项目确定的依据。\n"+U("区人力资源和社会保障局","区教委"),
  kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="区人力资源和社会保障局会同区教委于2026年上半年编制完成区级紧缺技能人才需求目录",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区教委"],addressees=["区人力资源和社会保障局","区教委"],note="government's own date (上半年 = 06-30), already past; not an applicant deadline; the recurring Q3 update has no end date"),
 M("规范订单培训收费","职业院校、培训机构为本区企业提供订单式培训的，应当在合同中明示收费项目和标准，不得在合同约定外加收费用或者以推荐就业为名收费；企业对超出约定的收费有权拒绝支付，并可向区教委、区人力资源和社会保障局举报，接到举报的部门应当在15个工作日内核查处理。\n"+U("区教委","区人力资源和社会保障局、区市场监督管理局"),
  **sd(kind="可主张的权利",beneficiaries=["企业"],not_beneficiaries=["职业院校","培训机构"],conditional=False,industries=[],responsible_units=["区教委","区人力资源和社会保障局","区市场监督管理局"],note="schools/training providers are bound; enterprise may refuse excess fees and report")),
 M("落实企业职工培训主体责任","本区企业应当按照国家规定足额提取职工教育经费，其中用于一线职工教育培训的比例不低于60%；接收职业院校学生实习的企业，应当为实习学生投保实习责任保险，不得安排学生从事高空、井下、放射性等高危作业，不得向学生收取实习押金。\n"+U("区人力资源和社会保障局","区教委、区应急管理局"),
  **sd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区人力资源和社会保障局","区教委","区应急管理局"],addressees=["本区企业","接收实习学生的企业"],note="training-fund and intern-protection duties")),
 M("支持承办职业技能竞赛","对承办市级以上职业技能竞赛的本区企业，按照实际承办费用的40%给予补贴，单场最高50万元，具体办法按照《石景山区职业技能竞赛补贴管理办法》执行。竞赛结束后须于当年12月15日前申报，逾期视为自动放弃。\n"+U("区人力资源和社会保障局","区总工会"),
  kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-15",deadline_basis="竞赛结束后须于当年12月15日前申报，逾期视为自动放弃。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区总工会"],note="rules elsewhere (管理办法); 当年 read as 2026 (recurs yearly; alt document 2028-06-30)"),
 M("保障高技能人才住房","对经区人力资源和社会保障局认定的高技能人才，由其所在企业统一向区住房城乡建设委申请人才公寓配租，人才公寓运营单位按照不高于同地段市场租金70%的标准收取租金。\n"+U("区住房城乡建设委","区人力资源和社会保障局"),
  **sd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["人才公寓运营单位"],conditional=True,industries=[],responsible_units=["区住房城乡建设委","区人力资源和社会保障局"],note="the firm applies, the certified worker lives there (alt beneficiaries 其他:高技能人才); service not core money; operator (landlord) bound")),
 M("奖励职业技能等级评价机构","对首次备案为社会培训评价组织或者用人单位职业技能等级认定机构的本区制造业、软件企业，给予一次性奖励10万元；为企业提供评价咨询的第三方机构不享受本项奖励。奖励须在2027年第一季度内提出申请。\n"+U("区人力资源和社会保障局","区经济和信息化局"),
  kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["第三方评价咨询机构"],conditional=True,deadline="2027-03-31",deadline_basis="奖励须在2027年第一季度内提出申请。",deadline_source="measure",industries=["制造业","信息技术"],responsible_units=["区人力资源和社会保障局","区经济和信息化局"],note="首次 + 备案 (status) needed; 第一季度 = 03-31"),
 M("施行日期","本措施自2026年7月1日起施行，有效期两年。实施期间上级出台相关政策的，按照上级规定执行。本措施具体解释工作由区人力资源和社会保障局负责。",
  **sd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-07-01 + 2 years - 1 day = 2028-06-30 (accept 2028-07-01)")),
])]
sjs_meta=dict(file="shijingshan_2026_chanjiao_ronghe_jineng.txt",title="石景山区关于深化产教融合加强技能人才队伍建设的若干措施",issuer="北京市石景山区人民政府办公室",doc_number="石政办发〔2026〕27号",district="石景山区",date="2026-06-18",date_as_printed="2026年6月18日",in_force_from="2026-07-01",valid_until=SJS_END,valid_until_basis=SJS_BASIS,numbering="articles 第一条…第十三条 followed by a full-width space and the heading phrase ending in 。, body inline; responsible units on the next line as （牵头单位：…；配合单位：…） except 第十三条")
sjs_header="""北京市石景山区人民政府办公室关于印发《石景山区关于深化产教融合加强技能人才队伍建设的若干措施》的通知

石政办发〔2026〕27号

各街道办事处，区政府各委、办、局，各区属机构，首钢园区管委会：

经区政府同意，现将《石景山区关于深化产教融合加强技能人才队伍建设的若干措施》印发给你们，请各单位按照职责分工认真贯彻执行。

北京市石景山区人民政府办公室
2026年6月18日

石景山区关于深化产教融合加强技能人才队伍建设的若干措施

为贯彻落实《中华人民共和国职业教育法》和本市关于加强高技能人才队伍建设的部署，推动企业深度参与职业教育，服务首钢园和京西产业转型发展，结合本区实际，制定如下措施。"""
def cnart(i):
    return "第"+cn(i)+"条"
sjs_txt,sjs_gold=build(sjs_meta,sjs_header,sjs,"",lambda i,m:f"{cnart(i)}　{m['heading']}。{m['text']}")

for txt,gold in ((dc_txt,dc_gold),(sjs_txt,sjs_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
