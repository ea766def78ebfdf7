# Generates the two invented 2026 district plans and their gold files; run from the heldout11 folder.
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day, '自…之日起N个月内' as start + N months - 1 day (accept +/-1 day). '年底前'/'2026年度'/'本年度内' in a 2026 document = 2026-12-31; '上半年' = 06-30; '次年' = 2027; '一季度' = 03-31; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026; a yearly date ('每年…') counts only where it still falls inside the document's validity. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A window counted from each applicant's own event (e.g. 自完成备案之日起3个月内) has no calendar date: the document end is used. A government body's own completion date is recorded as the measure's deadline (note says so).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 without size; '经营主体/市场主体' without size = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable (文化旅游, 演出 are not in this vocabulary and get [] with a note)"
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,blocks,tail):
    """blocks: list of strings (part headings) or measure dicts with 'render'."""
    lines=[header]; gold=dict(meta); gold["conventions"]=CONV; ms={}; i=0
    for b in blocks:
        if isinstance(b,str): lines.append(b); continue
        i+=1
        lines.append(b["render"](i,b))
        g=dict(b["gold"]); g["heading"]=b["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        assert g["deadline_basis"] in b["text"] or g["deadline_source"]=="document", (i,g["deadline_basis"])
        for u in g["responsible_units"]: assert u in b["text"], (i,u)
        for u in g["not_beneficiaries"]: assert u.split("（")[0] in b["text"], (i,u)
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines).rstrip()+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+(CN[i-10] if i>10 else "")

# ================= 朝阳区: 商圈消费、餐饮零售、文化旅游 =================
CY_END="2027-04-30"; CY_BASIS="本措施自印发之日起施行，有效期至2027年4月30日。"
def cyd(**k):
    d=dict(deadline=CY_END,deadline_basis=CY_BASIS,deadline_source="document"); d.update(k); return d
def cy_r(i,m): return f"（{cn(i)}）{m['heading']}。{m['text']}"
EB=["企业","个体工商户"]
cy=[
 "一、激发商圈消费活力",
 dict(render=cy_r,heading="鼓励品牌首店落户商圈",text="对首次在本区开设全国首店、北京首店的零售和餐饮品牌，经区商务局认定后，分别给予最高100万元、50万元的一次性开店奖励；同一品牌在本区开设多家门店的，只奖励第一家。引进首店的商业综合体运营方、品牌区域代理商不属于本项奖励对象。2026年度首店奖励集中受理，受理时间为7月1日至8月31日。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["商业综合体运营方","品牌区域代理商"],conditional=True,deadline="2026-08-31",deadline_basis="受理时间为7月1日至8月31日",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区财政局"],note="首次 + 认定; no size limit (brand owners); landlord and dealer excluded; year-less dates read as 2026; expired")),
 dict(render=cy_r,heading="开展数字消费券活动",text="区商务局联合合作银行和第三方支付机构分批发放“乐购朝阳”数字消费券，消费者领券后在参与活动的零售、餐饮经营主体消费时抵扣，抵扣部分由区级财政按月与参与商户结算。经营主体报名参与的，应当在本区登记注册且无严重失信记录，报名期限为自本措施印发之日起6个月内。合作银行、第三方支付机构按协议收取服务费用，不分享消费券资金。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=EB,not_beneficiaries=["消费者","合作银行","第三方支付机构"],conditional=True,deadline="2026-10-19",deadline_basis="报名期限为自本措施印发之日起6个月内",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区财政局"],note="moving window: 印发 2026-04-20 + 6 months - 1 day = 2026-10-19 (accept 10-20); consumers hold vouchers, merchants get settlement; 经营主体 = 企业 + 个体工商户; expired")),
 dict(render=cy_r,heading="打造夜间特色消费街区",text="对经区商务局认定的“朝阳夜京城”特色消费街区，按照街区公共照明、导视系统和公共休憩设施改造投入的40%给予街区运营管理主体补助，单个街区最高200万元。补助资金专项用于公共设施，不得分配给街区内入驻商户。街区运营管理主体应当于每年10月底前向区商务局提出申请。（责任单位：区商务局、区城市管理委、属地街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:特色消费街区运营管理主体"],not_beneficiaries=["街区内入驻商户"],conditional=True,deadline="2026-10-31",deadline_basis="街区运营管理主体应当于每年10月底前向区商务局提出申请。",deadline_source="measure",industries=[],responsible_units=["区商务局","区城市管理委","属地街道办事处"],note="认定 required; 每年10月底前: the 2027 date falls after the document ends (2027-04-30), so the last usable date is 2026-10-31 → expired; disputable, alt 2027-04-30 (document) if a reader ignores that; merchants excluded")),
 "二、扶持餐饮零售经营主体",
 dict(render=cy_r,heading="给予中小餐饮门店租金补贴",text="对在本区连续经营满1年、上年度营业收入不超过2000万元的中小微餐饮企业和餐饮类个体工商户，按照门店实际租金的20%给予补贴，每家每年最高10万元。出租方不得因承租人享受补贴而上调租金，出租方及转租方均不享受本项补贴。受理期限为2026年9月1日至2026年12月15日，逾期不予受理。（责任单位：区商务局、区市场监管局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["出租方","转租方"],conditional=True,deadline="2026-12-15",deadline_basis="受理期限为2026年9月1日至2026年12月15日，逾期不予受理。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区市场监管局"],note="conditions inline (连续经营满1年, revenue cap); restricted to 餐饮 and to small firms + 个体工商户; landlords bound; open on 2026-12-04")),
 dict(render=cy_r,heading="支持社区便民小店提升",text="对在“一刻钟便民生活圈”内经营便利店、早餐店、菜店、修补服务等业态的个体工商户，正常经营满6个月且首次申请的，按照门头店招、冷链设备和收银设备更新投入的50%给予一次性补助，最高2万元。装修施工单位和设备供应商不作为补助对象。本项补助本年度内申报，由属地街道办事处初审后报区商务局。（责任单位：区商务局、各街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["装修施工单位","设备供应商"],conditional=True,deadline="2026-12-31",deadline_basis="本项补助本年度内申报",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","各街道办事处"],note="个体工商户 only (firms excluded by silence); 首次 + 6 months; 本年度内 = 2026-12-31; industries partly unmappable (修补服务)")),
 dict(render=cy_r,heading="减免区属国有房屋租金",text="对承租区属国有企业经营性房屋从事零售、餐饮经营的小微企业和个体工商户，2026年免除3个月租金，采取“免申即享”方式，由出租企业在应收租金中直接扣减。房屋已转租的，减免部分须全额惠及实际经营的次承租人，转租方不得截留。本项减免执行至2026年6月30日。（责任单位：区国资委、区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["区属国有企业（出租方）","转租方"],conditional=True,deadline="2026-06-30",deadline_basis="本项减免执行至2026年6月30日。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区国资委","区商务局"],note="免申即享 but limited to tenants of district SOEs and small size (conditional; alt false since no application); landlord SOE and sub-lessor excluded; expired")),
 dict(render=cy_r,heading="免费开放商圈数据服务",text="本区各类经营主体均可通过“朝阳商圈服务平台”免费查询重点商圈客流热力、消费趋势等公共数据，免费发布促销和招聘信息，无需事先审批。（责任单位：区商务局、区经济和信息化局）",
  gold=cyd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=EB,not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局","区经济和信息化局"],note="unconditional free service open to every 经营主体; not core; alt 政府职责")),
 "三、推动文旅消费融合",
 dict(render=cy_r,heading="降低文旅企业融资成本",text="对通过区政府性融资担保机构获得流动资金贷款的中小文化旅游企业，按照实际缴纳担保费的50%给予补贴，单家企业年度最高20万元。区政府性融资担保机构和合作银行不享受补贴。具体申报条件和流程由区文化和旅游局会同区金融服务办另行制定，上一年度的担保费补贴于次年1月31日前申报。（责任单位：区文化和旅游局、区金融服务办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区政府性融资担保机构","合作银行"],conditional=True,deadline="2027-01-31",deadline_basis="上一年度的担保费补贴于次年1月31日前申报。",deadline_source="measure",industries=[],responsible_units=["区文化和旅游局","区金融服务办","区财政局"],note="conditions 另行制定; 2026 fees → 次年 = 2027-01-31; 文旅 not in the industry vocabulary; guarantee firm and bank excluded")),
 dict(render=cy_r,heading="规范商业综合体收费行为",text="商业综合体运营方不得强制入驻的中小微企业和个体工商户参加促销活动或者承担促销费用，不得收取租赁合同约定以外的费用。入驻商户认为权益受到侵害的，可以向区商务局投诉，区商务局应当在10个工作日内组织核查并答复。（责任单位：区商务局、区市场监管局）",
  gold=cyd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["商业综合体运营方"],conditional=False,industries=[],responsible_units=["区商务局","区市场监管局"],note="mall landlords bound; tenants can invoke the ban and a complaint channel with a 10-working-day answer; alt 企业义务 (for the landlord)")),
 "四、保障措施",
 dict(render=cy_r,heading="设立商圈服务专窗",text="区商务局会同区政务服务局于2026年9月底前在区政务服务中心设立商圈企业服务专窗，统一受理本措施涉及的各项申请，并在各重点商圈设立服务联络员。（责任单位：区商务局、区政务服务局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区商务局会同区政务服务局于2026年9月底前在区政务服务中心设立商圈企业服务专窗",deadline_source="measure",industries=[],responsible_units=["区商务局","区政务服务局"],addressees=["区商务局","区政务服务局"],note="the date is the government's own completion date, not an applicant deadline; formally 'expired' by the formula; alt deadline 2027-04-30 (document)")),
 dict(render=cy_r,heading="压实经营主体责任",text="享受本措施支持的经营主体，应当明码标价，不得在消费券活动期间先涨价后抵扣；获得租金补贴或改造补助的，应当自资金拨付之日起在本区持续经营不少于2年，提前退出的按比例退回资金。以虚假材料骗取资金的，追回资金并依法纳入失信记录。（责任单位：区商务局、区市场监管局）",
  gold=cyd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局","区市场监管局"],addressees=["享受本措施支持的经营主体"],note="price marking, 2-year stay, claw-back")),
 dict(render=cy_r,heading="附则",text="本措施自印发之日起施行，有效期至2027年4月30日。同一事项同时符合本区其他政策的，按照从优不重复原则执行。本措施由区商务局负责解释。",
  gold=cyd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity: 2026-04-20 to 2027-04-30")),
]
cy_meta=dict(file="chaoyang_2026_shangquan_xiaofei.txt",title="朝阳区关于提振商圈消费支持餐饮零售和文旅融合发展的若干措施",issuer="北京市朝阳区人民政府办公室",doc_number="朝政办发〔2026〕11号",district="朝阳区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-04-20",valid_until=CY_END,valid_until_basis=CY_BASIS,
 numbering="four parts 一、…四、 (part headings are not measures); measures numbered continuously （一）…（十二） across parts with the heading sentence inline; （责任单位：…） at the end except （十二）")
cy_header="""北京市朝阳区人民政府办公室关于印发《朝阳区关于提振商圈消费支持餐饮零售和文旅融合发展的若干措施》的通知

朝政办发〔2026〕11号

各街道办事处，各地区办事处，区政府各委、办、局，各区属机构：

为进一步释放消费潜力，经区政府研究同意，现将《朝阳区关于提振商圈消费支持餐饮零售和文旅融合发展的若干措施》印发给你们，请结合工作实际，抓好贯彻落实。

北京市朝阳区人民政府办公室
二〇二六年四月二十日

朝阳区关于提振商圈消费支持餐饮零售和文旅融合发展的若干措施

为加快国际消费中心城市主承载区建设，巩固商圈消费回暖势头，帮助餐饮零售经营主体稳经营、增信心，推动文化旅游与商业消费融合发展，制定如下措施。"""

# ================= 海淀区: 人工智能、软件、专精特新、人才 =================
HD_END="2029-06-30"; HD_BASIS="本措施自2026年7月1日起施行，有效期三年。"
def hdd(**k):
    d=dict(deadline=HD_END,deadline_basis=HD_BASIS,deadline_source="document"); d.update(k); return d
def hd_r(i,m): return f"第{cn(i)}条　{m['heading']}。{m['text']}"
hd=[
 dict(render=hd_r,heading="发放智能算力券",text="对在本区注册、从事大模型研发或行业应用的中小企业，向区内算力服务提供商采购智能算力且单笔合同金额不低于50万元的，按合同金额的30%发放算力券，单家企业年度最高300万元。算力服务提供商凭券与区财政结算，其本身不属于支持对象；大型企业不适用本条。2026年度算力券申领截止时间为2026年11月20日。（责任单位：区科学技术和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["算力服务提供商","大型企业"],conditional=True,deadline="2026-11-20",deadline_basis="2026年度算力券申领截止时间为2026年11月20日。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局","区财政局"],note="threshold inline; size restriction (大型企业 excluded); provider redeems vouchers but is not a beneficiary; expired 2 weeks before today")),
 dict(render=hd_r,heading="奖励大模型服务备案",text="本区企业研发的生成式人工智能服务首次完成国家备案并上线运营的，给予一次性奖励50万元。企业应当自完成备案之日起3个月内提出申请，逾期视为自动放弃。（责任单位：区科学技术和信息化局、区委网信办）",
  gold=hdd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,industries=["信息技术"],responsible_units=["区科学技术和信息化局","区委网信办"],note="首次 + 备案; the 3-month window runs from each firm's own filing date, so no calendar date: document end 2029-06-30 used; disputable (alt null)")),
 dict(render=hd_r,heading="支持首版次软件推广应用",text="对经市级主管部门认定的首版次软件产品，按照产品首年销售额的20%给予研发企业奖励，最高500万元；同等条件下，区内政府采购项目优先采购首版次软件产品。本年度奖励申报截至2027年3月31日。（责任单位：区科学技术和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2027-03-31",deadline_basis="本年度奖励申报截至2027年3月31日。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局","区财政局"],note="认定 by city; money + procurement preference (both core)")),
 dict(render=hd_r,heading="奖励专精特新企业梯度培育",text="对首次被认定为国家级专精特新“小巨人”企业的，给予一次性奖励100万元；对首次被认定为北京市专精特新中小企业的，给予一次性奖励20万元。2026年获得认定的企业，应当在次年2月底前向区经济和信息化局提交申请材料。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-02-28",deadline_basis="2026年获得认定的企业，应当在次年2月底前向区经济和信息化局提交申请材料。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],note="首次 + 认定; 次年2月底 = 2027-02-28; later cohorts not stated (alt document end); any trade")),
 dict(render=hd_r,heading="补贴企业人才住房租赁",text="对列入区人工智能重点企业名单的企业，为其引进的35周岁以下算法、软件研发人才租赁住房的，按每人每月2000元给予企业租房补贴，每家企业每年补贴人数不超过50人。补贴资金拨付至企业，不直接发放给人才本人；住房租赁企业不享受本项补贴。重点企业名单由区科学技术和信息化局另行发布，本项补贴实施期限截至2027年底。（责任单位：区科学技术和信息化局、区人力资源和社会保障局、区住房和城乡建设委）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["人才本人","住房租赁企业"],conditional=True,deadline="2027-12-31",deadline_basis="本项补贴实施期限截至2027年底。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局","区人力资源和社会保障局","区住房和城乡建设委"],note="list published elsewhere (另行发布); hired talent and landlord firms are not beneficiaries; 2027年底 = 2027-12-31")),
 dict(render=hd_r,heading="开放人工智能应用场景",text="区属国有企业和区级政府部门每年发布人工智能应用场景需求清单，面向社会公开揭榜。对揭榜成功并完成场景建设的企业，按照项目实际投入的30%给予支持，最高500万元。场景发布单位不享受本项支持。2026年首批场景揭榜报名截止时间为2026年8月15日。（责任单位：区科学技术和信息化局、区国资委）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["场景发布单位（区属国有企业、区级政府部门）"],conditional=True,deadline="2026-08-15",deadline_basis="2026年首批场景揭榜报名截止时间为2026年8月15日。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局","区国资委"],note="only the first batch has a date; later yearly lists are announced separately, so the deadline is disputable (alt 2029-06-30 document); expired as written")),
 dict(render=hd_r,heading="提供开源模型公共服务",text="区内软件和信息服务企业均可免费使用海淀区人工智能公共服务平台提供的模型评测、安全检测和开源模型下载服务，服务费用由区级财政承担。（责任单位：区科学技术和信息化局）",
  gold=hdd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["企业"],not_beneficiaries=[],conditional=False,industries=["信息技术"],responsible_units=["区科学技术和信息化局"],note="unconditional free service; not core; alt 政府职责")),
 dict(render=hd_r,heading="实施科技信贷贴息和担保费补贴",text="对符合条件的科技型中小企业2026年度内从合作银行新获得的信用贷款和知识产权质押贷款，按照贷款市场报价利率的40%给予贴息；通过区融资担保机构担保的，另按担保费的50%给予补贴。合作银行和融资担保机构不属于补贴对象。贴息和担保费补贴资金于次年一季度集中申报，具体条件按照本区科技金融有关规定执行。（责任单位：区金融服务办、区科学技术和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","融资担保机构"],conditional=True,deadline="2027-03-31",deadline_basis="贴息和担保费补贴资金于次年一季度集中申报",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区科学技术和信息化局","区财政局"],note="loan window 2026年度内 (2026-12-31) vs application 次年一季度 (2027-03-31): the last application date is the deadline (alt 2026-12-31); conditions elsewhere (按照有关规定); bank and guarantor excluded")),
 dict(render=hd_r,heading="鼓励小微软件企业吸纳高校毕业生",text="对本区小型微型企业首次招用毕业年度高校毕业生从事软件开发、算法工程岗位，签订1年以上劳动合同并缴纳社会保险满3个月的，按每人5000元给予企业一次性岗位补贴，每家企业最多10人。补贴发放给企业，被招用的高校毕业生本人不享受本项补贴。申请须于2026年12月20日前提交。（责任单位：区人力资源和社会保障局、区科学技术和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["被招用的高校毕业生"],conditional=True,deadline="2026-12-20",deadline_basis="申请须于2026年12月20日前提交。",deadline_source="measure",industries=["信息技术"],responsible_units=["区人力资源和社会保障局","区科学技术和信息化局"],note="小型微型企业 only; conditions inline (首次, contract, 3 months insurance); hired graduates excluded; open on 2026-12-04 (16 days left)")),
 dict(render=hd_r,heading="实行包容审慎监管",text="对人工智能领域企业首次出现、危害后果轻微并及时改正的违法行为，依法不予行政处罚，由执法部门进行提醒告诫。企业对执法检查有异议的，可以向区司法局申请行政执法监督，区司法局应当在15个工作日内予以处理。（责任单位：区市场监督管理局、区司法局、区委网信办）",
  gold=hdd(kind="可主张的权利",beneficiaries=["企业"],not_beneficiaries=[],conditional=False,industries=["信息技术"],responsible_units=["区市场监督管理局","区司法局","区委网信办"],note="no-penalty for first minor breach + supervision request; rights are conditional=false by convention although the first-breach rule has inline criteria (alt conditional true); alt kind 政府职责")),
 dict(render=hd_r,heading="建设公共算力中心",text="区科学技术和信息化局会同中关村科学城管委会，于2027年6月底前建成中关村人工智能公共算力中心，形成普惠算力供给能力。（责任单位：区科学技术和信息化局、中关村科学城管委会）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2027-06-30",deadline_basis="于2027年6月底前建成中关村人工智能公共算力中心",deadline_source="measure",industries=[],responsible_units=["区科学技术和信息化局","中关村科学城管委会"],addressees=["区科学技术和信息化局","中关村科学城管委会"],note="government build date, not an applicant deadline")),
 dict(render=hd_r,heading="明确受支持企业责任",text="享受本措施支持的企业，应当在本区依法纳税并自获得支持之日起3年内不得将注册地和主要经营地迁出本区；提供生成式人工智能服务的，应当依法对生成内容进行标识并落实数据安全管理责任。违反上述要求的，由主管部门收回已拨付资金。（责任单位：区科学技术和信息化局、区委网信办）",
  gold=hdd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区科学技术和信息化局","区委网信办"],addressees=["享受本措施支持的企业"],note="3-year stay, content labelling, data security, claw-back")),
 dict(render=hd_r,heading="附则",text="本措施自2026年7月1日起施行，有效期三年。执行期间如遇国家和本市政策调整，按照新规定执行。本措施由区科学技术和信息化局会同区经济和信息化局负责解释。",
  gold=hdd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="有效期三年 from 2026-07-01 → 2029-06-30 (accept 2029-07-01); issued 2026-06-08 but in force 2026-07-01")),
]
hd_meta=dict(file="haidian_2026_rengongzhineng_ruanjian.txt",title="海淀区关于加快人工智能和软件产业发展支持专精特新企业成长的若干措施",issuer="北京市海淀区人民政府",doc_number="海政发〔2026〕7号",district="海淀区",date="2026-06-08",date_as_printed="2026年6月8日",in_force_from="2026-07-01",valid_until=HD_END,valid_until_basis=HD_BASIS,
 numbering="articles 第一条…第十三条 followed by a full-width space and the heading sentence inline; no parts; （责任单位：…） at the end except 第十三条")
hd_header="""北京市海淀区人民政府关于印发《海淀区关于加快人工智能和软件产业发展支持专精特新企业成长的若干措施》的通知

海政发〔2026〕7号

各街道办事处，各镇人民政府，区政府各委、办、局，各区属机构：

现将《海淀区关于加快人工智能和软件产业发展支持专精特新企业成长的若干措施》印发给你们，请认真贯彻执行。

北京市海淀区人民政府
2026年6月8日

海淀区关于加快人工智能和软件产业发展支持专精特新企业成长的若干措施

为深入建设中关村科学城，抢抓通用人工智能发展机遇，壮大软件和信息服务业，培育更多专精特新企业，集聚青年科技人才，结合本区实际，制定本措施。"""

for meta,header,blocks in ((cy_meta,cy_header,cy),(hd_meta,hd_header,hd)):
    txt,gold=build(meta,header,blocks,"")
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    ms=gold["measures"]
    print(name,len(ms),dict(collections.Counter(m["kind"] for m in ms.values())),"expired",[k for k,m in ms.items() if m["expired_on_2026_12_04"]])
