import json,collections
# conventions: same keys as the heldout_2026_12c example gold, values restated; additions marked in README
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年/N年内有效' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'M月底前' = last day of month M. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A later date by which a government body processes/pays (审核、兑付、拨付) is not the applicant's deadline when an application date is stated; for a 政府职责 measure the body's own completion date is the deadline.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 or a trade's 企业 without size. '经营主体/市场主体' covering firms and individual businesses is written ['企业','个体工商户']; '小微经营主体' defined as 个体工商户和小微企业 is written ['个体工商户','小型微型企业'].",
 "conditional":"true when the grant depends on stated eligibility conditions (thresholds, 首次, 连续经营满…), an 认定/审定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, plus 文化旅游 where the measure is only for culture/tourism firms (flagged in note, alt []); [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,tail,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}
    for i,m in enumerate(measures,1):
        if m.get("part"): lines.append(m["part"])
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
        # consistency: basis must be in the text (measure) or in the validity clause (document)
        if g["deadline_source"]=="measure": assert g["deadline_basis"] in m["text"],(i,g["deadline_basis"])
        else: assert g["deadline_basis"]==meta["valid_until_basis"]
        for ru in g["responsible_units"]: assert ru in m["text"],(i,ru)
        for nb in g["not_beneficiaries"]: assert nb.split("（")[0] in m["text"],(i,nb)
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold

CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 丰台区 ----------------
FT_END="2028-04-19"; FT_BASIS="本措施自发布之日起施行，2年内有效。"
def ftd(**k):
    d=dict(deadline=FT_END,deadline_basis=FT_BASIS,deadline_source="document"); d.update(k); return d
FT_RU_SW="区商务局"
ft=[
 dict(part="一、支持社区小店提质升级",heading="支持小店门头和店内环境改造",
  text="对在本区登记注册、连续经营满1年的个体工商户，从事餐饮、零售业务并对门头招牌、店内装修、后厨设施进行改造的，按照改造实际投入的20%给予补贴，每户最高3万元。出租房屋的业主不享受本项补贴，也不得以店面改造为由上调租金。申报截止时间为2026年9月30日。（责任单位：区商务局、区市场监管局、各街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["出租房屋的业主（房东）"],conditional=True,deadline="2026-09-30",deadline_basis="申报截止时间为2026年9月30日。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区市场监管局","各街道办事处"],note="个体工商户 only (not 小微企业); 1 year of operation inline; landlord bound, not benefited; expired")),
 dict(heading="鼓励批零住餐企业首次升规入限",
  text="对首次纳入限额以上统计的批发零售、住宿餐饮中小企业，给予一次性奖励10万元。2026年度新入限企业须于2027年3月31日前提交申请，区商务局于2027年5月底前完成审核兑付。（责任单位：区商务局、区统计局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-03-31",deadline_basis="2026年度新入限企业须于2027年3月31日前提交申请",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区统计局","区财政局"],note="首次 + statistical threshold; the 5月底 date is the government's payout, not the applicant's deadline (distractor)")),
 dict(heading="降低小微经营主体融资成本",
  text="对本区个体工商户和小微企业（以下统称小微经营主体），通过区政府性融资担保机构担保获得1000万元以下银行贷款的，对符合条件的小微经营主体按照担保费的50%给予补贴，并按照贷款市场报价利率的30%给予贴息。区政府性融资担保机构和合作银行按约定执行优惠费率，不享受本项补贴。本项政策执行至2026年12月31日。（责任单位：区金融服务办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["区政府性融资担保机构","合作银行"],conditional=True,deadline="2026-12-31",deadline_basis="本项政策执行至2026年12月31日。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="both sizes via 小微经营主体; guarantee firm and banks named but excluded; 符合条件的 + loan cap; still open on 2026-12-04")),
 dict(part="二、激发商圈消费活力",heading="开展“乐购丰台”数字消费券活动",
  text="区商务局联合支付服务平台分批次发放“乐购丰台”数字消费券，消费者领取后在参与活动的门店消费时直接抵扣，抵扣资金由区财政按批次与参与商户结算。本区零售、餐饮经营主体符合条件的均可自愿报名参与，拟参与商户须于11月底前完成报名签约。消费者和支付服务平台不属于本项资金的支持对象，平台服务费由区商务局通过政府采购另行支付。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["消费者","支付服务平台"],conditional=True,deadline="2026-11-30",deadline_basis="拟参与商户须于11月底前完成报名签约。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区财政局"],note="vouchers held by consumers; merchants benefit by signing up (符合条件的, conditions not stated); 经营主体 = both; '11月底前' without year = 2026-11-30; expired")),
 dict(heading="培育区级特色商圈",
  text="经区商务局认定为区级特色商圈的，给予商圈运营管理主体一次性奖励50万元，用于公共空间改造和营销活动。认定条件和评审办法由区商务局另行制定。商圈运营管理主体不得因获得奖励而提高入驻商户的租金和物业费，入驻商户不单独享受本项奖励。（责任单位：区商务局、区城市管理委）",
  gold=ftd(kind="可申请的支持",beneficiaries=["其他:商圈运营管理主体"],not_beneficiaries=["入驻商户"],conditional=True,industries=[],responsible_units=["区商务局","区城市管理委"],note="here the landlord-like operator IS the beneficiary and tenants are not (reversal); 认定 + rules 另行制定")),
 dict(heading="支持夜间文旅消费活动",
  text="对在本区举办夜间文化旅游消费活动、活动期间累计接待不少于1万人次的文化旅游企业，按照活动实际支出的30%给予补贴，单个企业年度最高20万元。活动承办方、演出经纪机构的费用由主办企业自行结算，不单独申请补贴。2026年度活动补贴于年底前集中申报。（责任单位：区文化和旅游局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["活动承办方","演出经纪机构"],conditional=True,deadline="2026-12-31",deadline_basis="2026年度活动补贴于年底前集中申报。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区文化和旅游局","区财政局"],note="trade restriction 文旅 (industry value 文化旅游 new, alt []); 1万人次 threshold inline; 年底前 = 2026-12-31")),
 dict(part="三、营造公平有序的经营环境",heading="保障入驻商户公平经营",
  text="商场、商业街区运营方和网络交易平台不得强制入驻商户参加指定促销活动，不得限制商户在其他平台开展经营，不得以虚假交易、虚构评价等方式排挤商户。商户遇有上述情形的，有权向区市场监管局投诉举报，区市场监管局应当在7个工作日内决定是否受理并告知投诉人。（责任单位：区市场监管局、区商务局）",
  gold=ftd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["其他:入驻商户"],not_beneficiaries=["商场、商业街区运营方","网络交易平台"],conditional=False,industries=[],responsible_units=["区市场监管局","区商务局"],note="operators/platforms bound (二选一, forced promotion, fake reviews); tenants can invoke complaint with 7-day answer; alt 企业义务 (of operators)")),
 dict(heading="建设一刻钟便民生活圈服务站",
  text="区商务局会同各街道办事处于2026年6月30日前在重点社区建成不少于8个便民生活圈服务站，集中提供政策咨询、证照代办和诉求受理服务。（责任单位：区商务局、各街道办事处）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="区商务局会同各街道办事处于2026年6月30日前在重点社区建成不少于8个便民生活圈服务站",deadline_source="measure",industries=[],responsible_units=["区商务局","各街道办事处"],addressees=["区商务局","各街道办事处"],note="government's own completion date (past); services could be read as support (weak)")),
 dict(heading="落实诚信经营要求",
  text="享受本措施支持的经营主体应当明码标价，不得作虚假或者引人误解的商业宣传，不得组织刷单炒信；获得改造补贴的，须自补贴拨付之日起在原址持续经营不少于2年，提前停业或迁出本区的，应当退回相应补贴资金。（责任单位：区市场监管局、区商务局）",
  gold=ftd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监管局","区商务局"],addressees=["享受本措施支持的经营主体"],note="pricing, no false publicity, no 刷单, 2-year operation and claw-back")),
 dict(heading="支持小店吸纳就业",
  text="对本区零售、餐饮行业中小企业新招用本区户籍劳动力，签订1年以上劳动合同并缴纳社会保险满6个月的，按照每人1500元给予一次性补贴。补贴直接拨付至企业账户，被招用人员及劳务派遣单位不作为补贴对象。申请受理至2027年1月31日止。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["被招用人员","劳务派遣单位"],conditional=True,deadline="2027-01-31",deadline_basis="申请受理至2027年1月31日止。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区人力资源和社会保障局"],note="size + trade restriction; hired workers and agencies excluded; conditions inline")),
 dict(heading="引进品牌首店",
  text="对首次在本区开设品牌首店、旗舰店的零售、餐饮企业，按照有关规定给予最高50万元一次性奖励。品牌经销商、加盟店不属于奖励对象。（责任单位：区商务局、区投资促进服务中心）",
  gold=ftd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["品牌经销商","加盟店"],conditional=True,industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区投资促进服务中心"],note="首次 + standard 按照有关规定 (elsewhere); dealers and franchisees excluded; no own date → document validity")),
 dict(part="四、附则",heading="附则",
  text="本措施自发布之日起施行，2年内有效。同一项目符合本区其他同类政策的，按照从高不重复原则执行。本措施由区商务局负责解释。",
  gold=ftd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-04-20 + 2 years - 1 day = 2028-04-19 (accept 2028-04-20)")),
]
ft_meta=dict(file="fengtai_2026_xiaodian_shangquan.txt",title="丰台区促进商圈活力提升和小店经济发展若干措施",issuer="北京市丰台区人民政府办公室",doc_number="丰政办发〔2026〕7号",district="丰台区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-04-20",valid_until=FT_END,valid_until_basis=FT_BASIS,numbering="four parts 一、…四、 (heading lines); measures numbered continuously （一）…（十二） with the heading sentence inline ending in 。; （责任单位：…） at the end except （十二）")
ft_header="""北京市丰台区人民政府办公室关于印发《丰台区促进商圈活力提升和小店经济发展若干措施》的通知

丰政办发〔2026〕7号

各街道办事处、各镇人民政府，区政府各委、办、局，各区属国有企业：

《丰台区促进商圈活力提升和小店经济发展若干措施》已经区政府常务会议审议通过，现予印发，请各单位按照职责分工抓好落实。

北京市丰台区人民政府办公室
2026年4月20日

丰台区促进商圈活力提升和小店经济发展若干措施

为提升商圈消费活力，支持社区小店和个体经营者稳定经营，营造公平有序的市场环境，根据国家和本市促进消费的有关部署，结合丰台区实际，制定如下措施。"""
ft_txt,ft_gold=build(ft_meta,ft_header,ft,"",lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ---------------- 顺义区 ----------------
SY_END="2029-06-30"; SY_BASIS="本措施自2026年7月1日起施行，有效期三年。"
def syd(**k):
    d=dict(deadline=SY_END,deadline_basis=SY_BASIS,deadline_source="document"); d.update(k); return d
sy=[
 dict(heading="适用范围",
  text="本措施适用于工商注册地、税务征管关系及统计关系均在顺义区的经营主体。享受本措施的经营主体应当具有健全的财务制度，近三年无严重失信行为。",
  gold=syd(kind="一般规定",kind_acceptable=["一般规定","企业义务"],beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="scope and general eligibility; no grant by itself (not a support); alt 企业义务 weak")),
 dict(heading="制造业技术改造补贴",
  text="对本区制造业中小企业实施智能化、数字化、绿色化技术改造，项目设备投资不低于500万元的，按照设备投资额的10%给予补贴，单个项目最高300万元。设备供应商、系统集成服务商不作为补贴对象。本年度项目须于8月31日前完成备案，2027年度项目须于2027年上半年完成备案，未备案的不予受理。责任单位：区经济和信息化局、区财政局。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["设备供应商","系统集成服务商"],conditional=True,deadline="2027-06-30",deadline_basis="2027年度项目须于2027年上半年完成备案",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区财政局"],note="size + trade; 500万 threshold; two filing dates: 2026-08-31 (passed) and 2027上半年 = 2027-06-30 (last date = deadline; alt 2026-08-31 if only the current year is counted); suppliers excluded")),
 dict(heading="专精特新企业认定奖励",
  text="对首次被认定为国家级专精特新“小巨人”企业的，给予一次性奖励50万元；首次被认定为北京市专精特新中小企业的，给予一次性奖励10万元。奖励每年集中申报一次，2026年度申报时间为10月1日至10月31日，区经济和信息化局于12月31日前完成审核并拨付资金。责任单位：区经济和信息化局。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="2026年度申报时间为10月1日至10月31日",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],note="认定 + 首次; the 12月31日 date is the government's review/payment date, not the applicant's deadline; expired")),
 dict(heading="软件首版次应用奖励",
  text="对本区软件和信息技术服务企业自主开发的软件产品首次在本市实现应用的，按照首个应用合同金额的20%给予奖励，最高100万元。采购应用单位不享受本项奖励。申请应当在合同签订后6个月内提出，且不晚于2027年6月30日。责任单位：区科学技术和信息化局。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["采购应用单位"],conditional=True,deadline="2027-06-30",deadline_basis="且不晚于2027年6月30日",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局"],note="trade restriction 软件; 首次 + 6-month window; outer limit is the deadline")),
 dict(heading="知识产权质押融资支持",
  text="对中小企业以专利权、软件著作权等知识产权质押获得银行贷款的，按照实际支付利息的50%给予贴息，并对担保费给予补贴，单个企业年度合计最高50万元，具体贴息和补贴标准按照区知识产权局有关规定执行。补贴资金直接拨付给企业，融资担保机构、资产评估机构和贷款银行不享受本项支持。2026年度贴息于2027年2月底前申报。责任单位：区知识产权局、区金融服务办。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["融资担保机构","资产评估机构","贷款银行"],conditional=True,deadline="2027-02-28",deadline_basis="2026年度贴息于2027年2月底前申报。",deadline_source="measure",industries=[],responsible_units=["区知识产权局","区金融服务办"],note="standard 按照有关规定 (elsewhere); guarantee firm, appraiser, bank excluded; 2月底 = 2027-02-28")),
 dict(heading="新引进企业房租补贴",
  text="对经区投资促进部门认定的新引进制造业企业和软件企业，租用本区厂房或者办公用房自用的，按照年租金的30%给予补贴，每家企业每年最高50万元，连续补贴不超过3年。出租方不得借机上涨租金，出租方和转租方均不享受本项补贴。本项补贴自本措施施行之日起2年内受理新申请。责任单位：区投资促进服务中心、区财政局。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["出租方","转租方"],conditional=True,deadline="2028-06-30",deadline_basis="本项补贴自本措施施行之日起2年内受理新申请。",deadline_source="measure",industries=["制造业","信息技术"],responsible_units=["区投资促进服务中心","区财政局"],note="认定 as 新引进; landlord and sub-lessor excluded; 施行 2026-07-01 + 2 years - 1 day (accept 2028-07-01)")),
 dict(heading="个体工商户转型升级",
  text="对本区连续经营满1年的个体工商户转型升级为企业（“个转企”），并保留原字号、行业和经营场所的，给予一次性奖励2万元。本项奖励适用于2026年度内完成个转企登记的经营主体。责任单位：区市场监督管理局、区税务局。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="本项奖励适用于2026年度内完成个转企登记的经营主体。",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局","区税务局"],note="个体工商户 only (the applicant becomes a firm; alt ['个体工商户','企业']); 2026年度 = 2026-12-31; 1 year of operation inline")),
 dict(heading="制造业稳岗招工补贴",
  text="对本区制造业中小企业新招用劳动者，签订1年以上劳动合同并连续缴纳社会保险满3个月的，按照每人3000元给予企业一次性补贴。劳务派遣机构和被招用人员不作为补贴对象。上半年招用的须于7月31日前申报，下半年招用的须于2027年1月31日前申报。责任单位：区人力资源和社会保障局。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["劳务派遣机构","被招用人员"],conditional=True,deadline="2027-01-31",deadline_basis="下半年招用的须于2027年1月31日前申报。",deadline_source="measure",industries=["制造业"],responsible_units=["区人力资源和社会保障局"],note="two application dates; the first (7月31日, 2026) has passed, the last (2027-01-31) is the deadline; hired workers excluded")),
 dict(heading="建设政策兑现服务平台",
  text="区经济和信息化局于9月底前上线“顺义区惠企政策兑现平台”，将本措施所列事项全部纳入网上申报，并会同区政务服务管理局在区政务服务中心设立惠企政策综合窗口。责任单位：区经济和信息化局、区政务服务管理局。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区经济和信息化局于9月底前上线“顺义区惠企政策兑现平台”",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区政务服务管理局"],addressees=["区经济和信息化局","区政务服务管理局"],note="government's own completion date, no year → 2026-09-30, passed; the window could be read as a service (weak)")),
 dict(heading="公平竞争诉求反映",
  text="经营主体认为本区有关部门制定的政策措施或者招标采购文件含有排除、限制竞争内容的，可以向区公平竞争审查工作机构反映，有关部门应当在15个工作日内核查并书面答复；经核查确有问题的，应当及时纠正。责任单位：区市场监督管理局、区财政局。",
  gold=syd(kind="可主张的权利",beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监督管理局","区财政局"],note="right to complain about anti-competitive government measures, 15-day written answer; 经营主体 = both; alt 政府职责")),
 dict(heading="资金使用与承诺",
  text="获得本措施资金支持的企业应当如实提交申报材料，自获得支持之日起5年内不得将注册地、税务征管关系迁出本区；违反承诺或者以虚假材料骗取资金的，应当全额退回已获资金，并按照规定纳入公共信用信息服务平台。责任单位：各政策主管部门。",
  gold=syd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["各政策主管部门"],addressees=["获得本措施资金支持的企业"],note="5-year stay commitment, truthfulness, claw-back, credit record")),
 dict(heading="数字化转型服务券",
  text="面向本区中小企业发放数字化转型服务券，每家企业最高10万元，用于购买入库服务商提供的数字化诊断、工业软件订阅和上云服务。服务商凭券与区财政结算，不得另行加价，服务商不属于支持对象。服务券申领至2026年12月15日截止，逾期未使用的自动作废。责任单位：区经济和信息化局。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["入库服务商"],conditional=False,deadline="2026-12-15",deadline_basis="服务券申领至2026年12月15日截止",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],note="vouchers to SMEs, service providers paid but not beneficiaries; only the size condition (alt conditional true); open until 2026-12-15 (11 days after today)")),
 dict(heading="附则",
  text="本措施自2026年7月1日起施行，有效期三年。本措施施行前已受理的事项按原政策执行。国家和本市出台的政策与本措施重复的，按照从高不重复原则执行。本措施由区经济和信息化局会同有关部门负责解释。",
  gold=syd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-07-01 + 3 years - 1 day = 2029-06-30 (accept 2029-07-01); period written in Chinese numerals")),
]
sy_meta=dict(file="shunyi_2026_zhizao_ruanjian.txt",title="顺义区支持中小制造企业和软件信息服务企业创新发展若干措施",issuer="北京市顺义区人民政府办公室",doc_number="顺政办发〔2026〕15号",district="顺义区",date="2026-06-12",date_as_printed="二〇二六年六月十二日",in_force_from="2026-07-01",valid_until=SY_END,valid_until_basis=SY_BASIS,numbering="articles 第一条…第十三条 with the heading in full-width parentheses （…） right after the number, body inline; 责任单位：… as a closing sentence without brackets, except 第一条 and 第十三条")
sy_header="""北京市顺义区人民政府办公室关于印发《顺义区支持中小制造企业和软件信息服务企业创新发展若干措施》的通知

顺政办发〔2026〕15号

各镇人民政府，各街道办事处，各地区管委会，区政府各委、办、局，各区属机构：

经区政府同意，现将《顺义区支持中小制造企业和软件信息服务企业创新发展若干措施》印发给你们，请结合工作实际，认真贯彻执行。

北京市顺义区人民政府办公室
二〇二六年六月十二日

顺义区支持中小制造企业和软件信息服务企业创新发展若干措施

为加快推动制造业高端化、智能化、绿色化发展，壮大软件和信息服务产业，激发中小企业创新活力，结合本区实际，制定本措施。"""
def sy_r(i,m):
    n=cn(i) if i<=10 else "十"+CN[i-10]
    return f"第{n}条（{m['heading']}）{m['text']}"
sy_txt,sy_gold=build(sy_meta,sy_header,sy,"",sy_r)

for txt,gold in ((ft_txt,ft_gold),(sy_txt,sy_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),collections.Counter(m["kind"] for m in gold["measures"].values()),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
