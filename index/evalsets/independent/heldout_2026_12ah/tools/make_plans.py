import json,collections
# conventions: same keys as the format example's gold (heldout_2026_12c), restated here; additions flagged
CONV_BASE={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'X月底' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A recurring government payment date (e.g. 次年6月底前拨付) that does not close the measure is not its deadline.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 without size. '经营主体'/'市场主体' without further restriction is written ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, plus 文化旅游 for measures only for tourist sites/events (new value, flagged in note; alt []); [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,renderer,parts=None):
    lines=[header]
    gold=dict(meta); gold["conventions"]=dict(CONV_BASE)
    ms={}
    for i,m in enumerate(measures,1):
        if parts and i in parts: lines.append(parts[i])
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 石景山区 ----------------
SJS_END="2029-06-11"; SJS_BASIS="本措施自发布之日起实施，有效期三年。"
def sd(**k):
    d=dict(deadline=SJS_END,deadline_basis=SJS_BASIS,deadline_source="document"); d.update(k); return d
sjs=[
 dict(heading="发放数字化转型服务券",text="对在本区注册并纳入统计的中小企业，向区经济和信息化局服务商资源池内的数字化转型服务商购买诊断咨询、业务上云、工业软件部署等服务的，发放数字化转型服务券，按服务合同金额的50%抵扣，每家企业累计最高抵扣20万元。服务商应当按照入池承诺价格提供服务，不得因企业使用服务券而抬高报价，服务商不作为服务券发放对象。服务券申领截止时间为2026年9月30日。（责任单位：区经济和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["数字化转型服务商"],conditional=True,deadline="2026-09-30",deadline_basis="服务券申领截止时间为2026年9月30日。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区财政局"],note="voucher for 中小企业 only; conditions inline (本区注册, 纳入统计, pool provider); service providers bound, not benefited; expired")),
 dict(heading="奖励首次升规入统企业",text="对首次纳入规模以上工业或规模以上服务业统计、属于制造业或软件和信息技术服务业的企业，给予一次性奖励30万元；连续两个年度营业收入增速均不低于20%的，再给予10万元奖励。2026年度奖励于11月20日前向区经济和信息化局申报，逾期视为自动放弃。（责任单位：区经济和信息化局、区统计局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-11-20",deadline_basis="2026年度奖励于11月20日前向区经济和信息化局申报，逾期视为自动放弃。",deadline_source="measure",industries=["制造业","信息技术"],responsible_units=["区经济和信息化局","区统计局"],note="首次 升规 + trade restriction; no size word (规上 firms), hence 企业; date without year = 2026-11-20; expired")),
 dict(heading="支持网络零售规模增长",text="对在本区注册的限额以上批发和零售业企业，2026年网络零售额达到5000万元且同比增长15%以上的，按照网络零售额增量部分的2%给予奖励，单个企业最高100万元。为其提供店铺代运营、流量投放服务的第三方机构以及所入驻的电子商务平台不纳入奖励范围。奖励申报材料须于2027年2月28日前报送区商务局。（责任单位：区商务局、区统计局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["代运营、流量投放第三方机构","电子商务平台"],conditional=True,deadline="2027-02-28",deadline_basis="奖励申报材料须于2027年2月28日前报送区商务局。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区统计局"],note="thresholds inline (5000万, +15%); 限额以上 = size restriction upward, not 中小企业; platforms and agencies excluded; open")),
 dict(heading="降低直播电商基地入驻成本",text="对入驻经区商务局认定的直播电商基地的中小企业和个体工商户，按照实际支付租金的30%给予租金补贴，每户每年最高6万元，补贴资金直接拨付至承租方。基地运营机构和房屋产权方不得借机上调租金，不属于补贴对象。本项补贴执行至2027年12月31日。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["基地运营机构","房屋产权方"],conditional=True,deadline="2027-12-31",deadline_basis="本项补贴执行至2027年12月31日。",deadline_source="measure",industries=[],responsible_units=["区商务局","区财政局"],note="tenant gets money; landlord/operator bound; condition = base 认定 by 区商务局")),
 dict(heading="缓解中小企业融资难题",text="对在本区注册的中小企业通过区政府性融资担保机构担保取得的1年期以内流动资金贷款，按照贷款市场报价利率的40%给予贴息，并按照实际缴纳担保费的50%给予担保费补贴，单户年度合计最高30万元。具体申报条件和兑付程序由区金融服务办公室另行制定。合作银行和担保机构收取的费用不得高于约定标准，其本身不享受本项补贴。（责任单位：区金融服务办公室、区财政局）",
  gold=sd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","区政府性融资担保机构"],conditional=True,industries=[],responsible_units=["区金融服务办公室","区财政局"],note="interest + guarantee-fee subsidy; conditions 另行制定; banks and guarantor excluded; deadline = document validity")),
 dict(heading="推广中小企业创新软件产品",text="符合条件的中小企业自主研发的软件产品，经认定纳入《石景山区创新产品推荐目录》的，区属行政事业单位采购同类产品时，在满足需求的前提下优先采购，并预留年度采购份额的30%以上面向中小企业。目录每年集中申报一次，具体时间以区科学技术和信息化局通知为准。（责任单位：区科学技术和信息化局、区财政局）",
  gold=sd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=["信息技术"],responsible_units=["区科学技术和信息化局","区财政局"],note="procurement preference (core) after 认定 into a catalogue; 符合条件的; yearly call date not stated → document validity")),
 dict(heading="实施“个转企”奖励免申即享",text="对2026年1月1日以后由个体工商户转型升级为企业、保留原字号并在原经营场所持续经营的，给予一次性奖励1万元。本项奖励实行“免申即享”，由区市场监督管理局每半年比对登记信息后推送区财政局，区财政局于次年6月底前完成上一年度奖励拨付。（责任单位：区市场监督管理局、区财政局）",
  gold=sd(kind="可申请的支持",beneficiaries=["个体工商户","其他:个转企企业"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区市场监督管理局","区财政局"],note="免申即享, conditions inline; '次年6月底前' is the finance office's recurring payment date, NOT the applicant's deadline → document validity (alt 2027-06-30 wrong)")),
 dict(heading="规范平台经营行为",text="在本区注册的电子商务平台经营者不得通过服务协议、交易规则或者技术手段，要求平台内中小商户“二选一”，或者收取不合理的服务费、推广费。平台内经营者认为平台违反前述规定的，可以向区市场监督管理局投诉举报，区市场监督管理局应当自收到投诉之日起7个工作日内告知是否受理。（责任单位：区市场监督管理局、区商务局）",
  gold=sd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["其他:平台内经营者"],not_beneficiaries=["电子商务平台经营者"],conditional=False,industries=[],responsible_units=["区市场监督管理局","区商务局"],note="platform bound; merchant can invoke the ban and the complaint channel; alt 企业义务 (of platforms)")),
 dict(heading="建设直播电商合规指导中心",text="区商务局会同区市场监督管理局于2027年3月底前在区内直播电商集聚区建成合规指导中心，为直播主体提供广告合规、产品质量和知识产权方面的公益指导。（责任单位：区商务局、区市场监督管理局）",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2027-03-31",deadline_basis="区商务局会同区市场监督管理局于2027年3月底前在区内直播电商集聚区建成合规指导中心",deadline_source="measure",industries=[],responsible_units=["区商务局","区市场监督管理局"],addressees=["区商务局","区市场监督管理局"],note="government build date (its own date, not an application deadline); future free guidance is weak support")),
 dict(heading="落实享受政策主体承诺",text="获得本措施资金支持的企业，应当承诺自资金拨付之日起5年内不将注册地、税务登记和统计关系迁出本区；违反承诺的，应当全额退回已获资金。申请单位对申报材料的真实性负责，不得以同一项目重复申报本区同类资金。（责任单位：区财政局、各政策主管部门）",
  gold=sd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局","各政策主管部门"],addressees=["获得资金支持的企业","申请单位"],note="5-year stay commitment, claw-back, no double application")),
 dict(heading="强化政策统筹",text="本措施与本区其他同类政策有重叠的，按照从优不重复原则执行。区各相关部门应当在本措施发布之日起1个月内制定具体实施细则。（责任单位：区发展和改革委员会）",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","一般规定"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-07-11",deadline_basis="区各相关部门应当在本措施发布之日起1个月内制定具体实施细则。",deadline_source="measure",industries=[],responsible_units=["区发展和改革委员会"],addressees=["区各相关部门"],note="departments' own drafting deadline 2026-06-12 + 1 month - 1 day (accept 2026-07-12); over; alt 一般规定 (no-double rule)")),
 dict(heading="附则",text="本措施自发布之日起实施，有效期三年。本措施由区经济和信息化局会同区商务局负责解释。",
  gold=sd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-06-12 + 3 years - 1 day = 2029-06-11 (accept 2029-06-12); 三年 in Chinese numeral")),
]
sjs_parts={1:"一、加快中小企业数字化转型",3:"二、促进网络零售和直播电商发展",5:"三、强化要素保障",8:"四、优化发展环境",10:"五、保障措施"}
sjs_meta=dict(file="shijingshan_2026_shuzihua_wangluo_lingshou.txt",title="石景山区关于加快中小企业数字化转型和促进网络零售发展的若干措施",issuer="北京市石景山区人民政府办公室",doc_number="石政办发〔2026〕14号",district="石景山区",date="2026-06-12",date_as_printed="2026年6月12日",in_force_from="2026-06-12",valid_until=SJS_END,valid_until_basis=SJS_BASIS,numbering="five part headings 一、…五、 on their own lines; measures numbered continuously （一）…（十二） across parts, heading then 。 and body inline; （责任单位：…） at the end except （十二）")
sjs_header="""北京市石景山区人民政府办公室关于印发《石景山区关于加快中小企业数字化转型和促进网络零售发展的若干措施》的通知

石政办发〔2026〕14号

各街道办事处，区政府各委、办、局，各区属机构：

《石景山区关于加快中小企业数字化转型和促进网络零售发展的若干措施》已经区政府第46次常务会议审议通过，现印发给你们，请结合工作实际，抓好贯彻落实。

北京市石景山区人民政府办公室
2026年6月12日

（此件公开发布）

石景山区关于加快中小企业数字化转型和促进网络零售发展的若干措施

为贯彻落实国家和本市关于促进数字经济和中小企业高质量发展的部署要求，推动中小企业用数赋智，做大网络零售规模，打造首都西部数字消费新高地，结合本区实际，制定如下措施。"""
sjs_txt,sjs_gold=build(sjs_meta,sjs_header,sjs,lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}",parts=sjs_parts)

# ---------------- 延庆区 ----------------
YQ_END="2027-04-30"; YQ_BASIS="本措施自2026年5月1日起施行，有效期一年。"
def yd(**k):
    d=dict(deadline=YQ_END,deadline_basis=YQ_BASIS,deadline_source="document"); d.update(k); return d
yq=[
 dict(heading="开业补贴",text="对2026年在本区首次登记注册、从事餐饮或零售经营的个体工商户，自登记之日起连续经营满6个月且无严重违法失信记录的，给予一次性开业补贴3000元。申请截止时间为2027年1月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2027-01-31",deadline_basis="申请截止时间为2027年1月31日。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区市场监督管理局", "区商务局"],note="个体工商户 only; 首次 + 连续经营满6个月 inline; trade restriction")),
 dict(heading="租金补贴",text="对承租非国有房屋从事经营、上年度营业收入不超过200万元的个体工商户，按照月租金的20%给予补贴，每户全年最高1.2万元。房屋出租人不得因承租人享受补贴而上调租金，出租人不属于补贴对象。2026年度补贴须于12月15日前向经营场所所在乡镇人民政府或街道办事处申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["房屋出租人"],conditional=True,deadline="2026-12-15",deadline_basis="2026年度补贴须于12月15日前向经营场所所在乡镇人民政府或街道办事处申报。",deadline_source="measure",industries=[],responsible_units=["各乡镇人民政府", "各街道办事处", "区财政局"],note="revenue threshold inline; landlord bound; '2026年度' here names the subsidy year, the deadline is 12月15日 (2026) → still open on 2026-12-04")),
 dict(heading="景区民宿暑期营销补贴",text="对在本区依法经营的A级旅游景区和经评定的等级民宿，与在线旅游平台合作开展暑期营销推广的，按照实际推广费用的30%给予补贴，单个主体最高10万元。在线旅游平台不享受本项补贴。暑期营销补贴申报至2026年9月30日止。",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:A级旅游景区经营主体","其他:等级民宿经营主体"],not_beneficiaries=["在线旅游平台"],conditional=True,deadline="2026-09-30",deadline_basis="暑期营销补贴申报至2026年9月30日止。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区文化和旅游局"],note="A级/等级 评定 = 认定; OTA platform excluded; expired; industry 文化旅游 is a new value (alt ['住宿餐饮'] or [])")),
 dict(heading="新能源汽车消费补贴",text="对个人消费者在区内汽车经销企业购买新能源乘用车并在本区办理注册登记的，给予每辆3000元消费补贴。补贴由参与活动的汽车经销企业在销售时直接抵减车款，经销企业凭销售凭证向区商务局申请清算；经销企业仅代为垫付，不属于补贴对象。活动截止时间为2026年10月31日。",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["其他:个人消费者"],not_beneficiaries=["汽车经销企业"],conditional=True,deadline="2026-10-31",deadline_basis="活动截止时间为2026年10月31日。",deadline_source="measure",industries=[],responsible_units=["区商务局", "区财政局"],note="benefit belongs to consumers; dealers only advance and clear the money — no business is a beneficiary; expired")),
 dict(heading="吸纳本地劳动力岗位补贴",text="对招用本区农村劳动力、签订1年以上劳动合同并按规定缴纳社会保险的餐饮、住宿企业和个体工商户，按照每人每月500元给予岗位补贴，补贴期限最长12个月。补贴资金发放至用人单位，被招用人员不另行享受。",
  gold=yd(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["被招用的农村劳动力"],conditional=True,industries=["住宿餐饮"],responsible_units=["区人力资源和社会保障局"],note="employer gets money, workers are not beneficiaries; any size; no own date → document validity")),
 dict(heading="担保费补贴",text="对小型微型企业和个体工商户通过区融资担保公司担保获得银行贷款的，按照实际缴纳担保费的100%给予补贴，单户年度最高2万元，补贴申请条件按照本区有关规定执行。合作银行、区融资担保公司不享受本项补贴。申报受理至2026年12月31日止。",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,deadline="2026-12-31",deadline_basis="申报受理至2026年12月31日止。",deadline_source="measure",industries=[],responsible_units=["区金融服务办公室", "区财政局"],note="conditions elsewhere (按照本区有关规定); bank and guarantor excluded; open")),
 dict(heading="包容审慎监管",text="对经营主体首次出现、危害后果轻微并及时改正的违法行为，依法不予行政处罚。经营主体对行政执法部门作出的处罚决定有异议的，可以申请行政复议或者提起行政诉讼，也可以向区司法局反映，区司法局应当在10个工作日内予以核查回复。",
  gold=yd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局", "区市场监督管理局"],note="经营主体 → 企业 + 个体工商户; 首违不罚 can be invoked; review channel with 10-day reply")),
 dict(heading="建设个体工商户服务站",text="区市场监督管理局会同各乡镇人民政府，于2026年6月底前在各乡镇便民服务中心设立个体工商户服务站，提供登记指导、政策宣讲和年报辅导服务。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="于2026年6月底前在各乡镇便民服务中心设立个体工商户服务站",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局", "各乡镇人民政府"],addressees=["区市场监督管理局","各乡镇人民政府"],note="government's own date (月底前), over; services are weak support")),
 dict(heading="文旅活动场租补贴",text="对在本区举办经区文化和旅游局备案的音乐节、户外运动赛事等文旅活动，单场观众或参赛人数达到3000人次以上的，按照场地租赁费用的50%给予主办单位补贴，单场最高50万元。场地提供方不享受本项补贴。申报指南由区文化和旅游局另行发布。",
  gold=yd(kind="可申请的支持",beneficiaries=["其他:文旅活动主办单位"],not_beneficiaries=["场地提供方"],conditional=True,industries=["文化旅游"],responsible_units=["区文化和旅游局", "区财政局"],note="threshold inline + 备案 + guide 另行发布; venue owner excluded")),
 dict(heading="个体工商户开设网店奖励",text="对首次在电子商务平台开设网店、2026年网络销售额达到10万元的本区个体工商户，给予一次性奖励5000元。电子商务平台和代运营机构不属于奖励对象。奖励于2027年上半年集中申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["电子商务平台","代运营机构"],conditional=True,deadline="2027-06-30",deadline_basis="奖励于2027年上半年集中申报。",deadline_source="measure",industries=[],responsible_units=["区商务局"],note="首次 + threshold; application window 2027 上半年 → 2027-06-30, beyond the document's validity 2027-04-30 (the measure's own date wins)")),
 dict(heading="资金使用承诺",text="享受本措施补贴的经营主体应当如实申报，补贴资金专款专用；自享受补贴之日起2年内将注册地迁出本区或者停业的，应当退回补贴资金。",
  gold=yd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局"],addressees=["享受补贴的经营主体"],note="truthful application, earmarking, 2-year claw-back")),
 dict(heading="施行日期",text="本措施自2026年5月1日起施行，有效期一年。本措施与本区其他政策重复的，按照从高不重复原则执行。本措施由区商务局负责解释。",
  gold=yd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-05-01 + 1 year - 1 day = 2027-04-30 (accept 2027-05-01)")),
]
yq_meta=dict(file="yanqing_2026_getihu_wenlv_xiaofei.txt",title="延庆区关于扶持个体工商户发展和促进文旅消费的若干措施",issuer="北京市延庆区人民政府办公室",doc_number="延政办发〔2026〕7号",district="延庆区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-05-01",valid_until=YQ_END,valid_until_basis=YQ_BASIS,numbering="articles 第一条…第十二条 followed by a full-width space and the body, NO headings in the text (gold 'heading' is the author's summary); '责任单位：…' on its own line after each body (no brackets), except 第十二条",)
yq_header="""北京市延庆区人民政府办公室关于印发《延庆区关于扶持个体工商户发展和促进文旅消费的若干措施》的通知

延政办发〔2026〕7号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

经区政府同意，现将《延庆区关于扶持个体工商户发展和促进文旅消费的若干措施》印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向区商务局反映。

北京市延庆区人民政府办公室
二〇二六年四月二十日

延庆区关于扶持个体工商户发展和促进文旅消费的若干措施

为进一步激发个体工商户等经营主体活力，释放冬奥遗产和长城文化带文旅消费潜力，推动生态涵养区绿色发展，结合本区实际，制定本措施。"""
yq_txt,yq_gold=build(yq_meta,yq_header,yq,lambda i,m:f"第{cn(i)}条　{m['text']}"+(("\n责任单位："+"、".join(m['gold']['responsible_units'])) if m['gold']['responsible_units'] else ""))
for txt,gold in ((sjs_txt,sjs_gold),(yq_txt,yq_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),collections.Counter(m["kind"] for m in gold["measures"].values()),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
