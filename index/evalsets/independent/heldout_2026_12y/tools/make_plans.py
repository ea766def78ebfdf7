# Generates plans/*.txt and plans/*.gold.json. Run from the set folder: python3 tools/make_plans.py
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年/自发布之日起N年内' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date that binds a government body (建成, 设立, 拨付) is still the measure's deadline when the text gives no other.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业; '小微企业' is written 小型微型企业; '经营主体/市场主体' = 企业 + 个体工商户. '企业' is used where the text says 各类企业/用人单位 without size.",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定/按照有关规定; rights are false",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable (文旅 measures are [] and flagged in note)",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,renderer,tail=""):
    lines=[header]; gold=dict(meta); gold["conventions"]=CONV; ms={}
    for i,m in enumerate(measures,1):
        if m.get("part"): lines.append(m["part"])
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        # gold must be consistent with the text
        assert g["deadline_basis"] in m["text"] or g["deadline_source"]=="document", (i,g["deadline_basis"])
        for u in g["responsible_units"]: assert u in m["text"], (i,u)
        for nb in g["not_beneficiaries"]: assert nb.split("（")[0] in m["text"], (i,nb)
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ======================= 丰台区 =======================
FT_END="2028-04-27"; FT_BASIS="本措施自发布之日起施行，2年内有效。"
def ftd(**k):
    d=dict(deadline=FT_END,deadline_basis=FT_BASIS,deadline_source="document"); d.update(k); return d
ft=[
 dict(part="一、优化税费服务",heading="设立小微经营主体办税服务专窗",
  text="区税务局于2026年6月底前在各办税服务厅设立小微经营主体服务专窗，并在丽泽商务区、丰台科技园等重点区域设置不少于5个“税费服务驿站”，为经营主体提供发票申领、申报辅导和政策解读服务。（责任单位：区税务局、区政务服务局）",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="区税务局于2026年6月底前在各办税服务厅设立小微经营主体服务专窗",deadline_source="measure",industries=[],responsible_units=["区税务局","区政务服务局"],addressees=["区税务局"],note="government build date (6月底前 = 06-30), already past; the services could be read as a support (weak)")),
 dict(heading="协助申请延期缴纳税款",
  text="中小企业因不可抗力导致较大损失，或者当期货币资金在扣除应付职工工资、社会保险费后不足以缴纳税款的，可向区税务局提出延期缴纳税款申请，区税务局开通绿色通道，协助其报经市税务局批准，延期期限最长不超过3个月。符合条件的，延期期间不加收滞纳金。具体申请材料按照税收征收管理有关规定执行。（责任单位：区税务局）",
  gold=ftd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区税务局"],note="tax deferral (core); conditions inline (不可抗力 / 货币资金不足) and elsewhere (有关规定); approval by 市税务局")),
 dict(heading="补贴个体工商户建账记账",
  text="对2026年内首次由定期定额征收方式转为查账征收方式，并按规定设置账簿、连续6个月如实申报的个体工商户，给予一次性建账记账补贴2000元。补贴直接拨付至个体工商户账户，为其提供服务的代理记账机构不得以此为由提高收费，也不作为补贴对象。申请须于2027年2月28日前向所在街道（乡镇）税费服务驿站提交。（责任单位：区税务局、区财政局、区市场监管局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["代理记账机构"],conditional=True,deadline="2027-02-28",deadline_basis="申请须于2027年2月28日前向所在街道（乡镇）税费服务驿站提交。",deadline_source="measure",industries=[],responsible_units=["区税务局","区财政局","区市场监管局"],note="个体工商户 only; inline conditions 首次 switch to 查账征收 + 6 months of returns; bookkeeping firm excluded")),
 dict(part="二、降低经营成本",heading="减免国有房屋租金",
  text="区属国有企业出租的经营性用房，对承租从事餐饮、零售经营的小微企业和个体工商户，减免2026年3个月租金。房屋已转租的，减免须落实到最终承租人，转租方不得截留。承租方须于2026年9月30日前向出租方提出减免申请，逾期视为放弃。（责任单位：区国资委、区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["区属国有企业（出租方）","转租方"],conditional=True,deadline="2026-09-30",deadline_basis="承租方须于2026年9月30日前向出租方提出减免申请，逾期视为放弃。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区国资委","区商务局"],note="sentence opens with the landlord (区属国有企业) but the grant goes to the tenants; trade restriction 餐饮/零售; expired")),
 dict(heading="实施制造业首贷贴息",
  text="合作银行向本区制造业中小企业发放首笔流动资金贷款的，区财政按照贷款市场报价利率的40%给予贴息，单户年度贴息最高30万元，贴息资金直接拨付至借款企业。合作银行和提供担保的区融资担保机构不享受贴息。本项贴息适用的贷款发放时间截至2027年3月31日。（责任单位：区金融服务办、区财政局、区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","区融资担保机构"],conditional=True,deadline="2027-03-31",deadline_basis="本项贴息适用的贷款发放时间截至2027年3月31日。",deadline_source="measure",industries=["制造业"],responsible_units=["区金融服务办","区财政局","区经济和信息化局"],note="sentence opens with the bank; beneficiary is the borrowing manufacturing SME; inline condition 首笔贷款 (首贷)")),
 dict(part="三、激发消费活力",heading="支持商户参加丰台消费季",
  text="对报名参加区商务局组织的“2026丰台消费季”活动，且活动期间销售额同比增长10%以上的限额以上零售、餐饮企业，按照其实际让利金额的50%给予补贴，单家最高50万元。网络交易平台自行承担的让利部分不予补贴。申报时间为活动结束后30日内，最迟不晚于2026年11月30日。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:限额以上零售、餐饮企业"],not_beneficiaries=["网络交易平台"],conditional=True,deadline="2026-11-30",deadline_basis="申报时间为活动结束后30日内，最迟不晚于2026年11月30日。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局"],note="activity joined + 10% growth inline; 限额以上 = above a size threshold (not SMEs only); alt beneficiary 企业; expired")),
 dict(heading="规范网络交易平台经营行为",
  text="在本区注册的外卖、团购等网络交易平台经营者，不得强制入驻的中小商户参加促销活动或者限定其只能在本平台经营，调整佣金和服务费标准应当提前30日公示并向区市场监管局报告。（责任单位：区市场监管局、区商务局）",
  gold=ftd(kind="企业义务",kind_acceptable=["企业义务","可主张的权利"],beneficiaries=[],not_beneficiaries=["网络交易平台经营者"],conditional=False,industries=[],responsible_units=["区市场监管局","区商务局"],addressees=["网络交易平台经营者"],note="platform duties; merchants are protected indirectly (alt 可主张的权利 for 中小商户, no complaint channel stated)")),
 dict(heading="拒绝违规收费",
  text="市场主体有权拒绝任何部门、行业协会商会和中介机构以会费、赞助、评比达标等名义收取的法定项目以外费用，并可通过“12345”热线或者区发展改革委举报；经查实的，违规收取的费用应当予以退还。（责任单位：区发展改革委、区市场监管局、区民政局）",
  gold=ftd(kind="可主张的权利",beneficiaries=["企业","个体工商户"],not_beneficiaries=["行业协会商会","中介机构"],conditional=False,industries=[],responsible_units=["区发展改革委","区市场监管局","区民政局"],note="right to refuse fees and get them refunded; 市场主体 = 企业 + 个体工商户")),
 dict(part="四、支持企业成长",heading="奖励专精特新软件企业",
  text="对2026年度首次被认定为北京市“专精特新”中小企业的软件和信息技术服务企业，给予一次性奖励20万元；同年被认定为国家级专精特新“小巨人”企业的，奖励提高至50万元，不重复享受。符合条件的企业请于2027年1月31日前申报。（责任单位：区经济和信息化局、区科委中关村丰台园管委会）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-01-31",deadline_basis="符合条件的企业请于2027年1月31日前申报。",deadline_source="measure",industries=["信息技术"],responsible_units=["区经济和信息化局","区科委中关村丰台园管委会"],note="prior recognition (认定) + 首次 inline; trade 软件和信息技术服务")),
 dict(heading="给予小微企业吸纳高校毕业生社保补贴",
  text="对2026年新招用离校2年内未就业高校毕业生，签订1年以上劳动合同并按月足额缴纳社会保险费的小微企业，按照其为新招用人员实际缴纳的基本养老、失业和工伤保险费单位缴费部分给予补贴，期限最长12个月。个人缴费部分由被招用的高校毕业生本人承担，不予补贴。补贴按季度申报，2026年度最后一次申报须在12月15日前完成。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["被招用的高校毕业生"],conditional=True,deadline="2026-12-15",deadline_basis="2026年度最后一次申报须在12月15日前完成。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="contract signed + contributions inline; hired graduates not beneficiaries; date without year read as 2026; still open on 12-04")),
 dict(part="五、保障措施",heading="履行稳定经营承诺",
  text="享受本措施租金减免、贴息或者补贴的经营主体，应当自享受政策之日起12个月内保持注册地和纳税关系在本区，不得以虚假材料申报；提前迁出或者骗取资金的，应当退回已享受的资金，并按规定纳入信用记录。（责任单位：各政策主管部门）",
  gold=ftd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["各政策主管部门"],addressees=["享受政策的经营主体"],note="12-month stay obligation, claw-back")),
 dict(heading="附则",
  text="本措施自发布之日起施行，2年内有效。本措施与本区其他同类政策有重复的，按照从优不重复原则执行。本措施由区发展改革委会同区税务局负责解释。",
  gold=ftd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-04-28 + 2 years - 1 day = 2028-04-27 (accept 2028-04-28)")),
]
ft_meta=dict(file="fengtai_2026_shuifei_fuwu_xiaowei.txt",title="丰台区关于优化税费服务助力小微经营主体稳定发展的若干措施",issuer="北京市丰台区人民政府办公室",doc_number="丰政办发〔2026〕7号",district="丰台区",date="2026-04-28",date_as_printed="2026年4月28日",in_force_from="2026-04-28",valid_until=FT_END,valid_until_basis=FT_BASIS,numbering="five part headings 一、…五、 on their own lines; measures （一）…（十二） numbered continuously across parts, heading inline ending with 。; （责任单位：…） at the end except （十二）")
ft_header="""北京市丰台区人民政府办公室关于印发《丰台区关于优化税费服务助力小微经营主体稳定发展的若干措施》的通知

丰政办发〔2026〕7号

各街道办事处，各镇人民政府，区政府各委、办、局，各区属机构：

为进一步减轻小微企业和个体工商户负担，稳定市场预期，经区政府第28次常务会议审议通过，现将《丰台区关于优化税费服务助力小微经营主体稳定发展的若干措施》印发给你们，请结合工作职责抓好贯彻落实。

北京市丰台区人民政府办公室
2026年4月28日

丰台区关于优化税费服务助力小微经营主体稳定发展的若干措施

为贯彻落实国家和本市关于支持小微经营主体发展的决策部署，依法保障纳税人合法权益，进一步优化税费服务、降低经营成本、激发消费活力，结合本区实际，制定如下措施。"""
ft_txt,ft_gold=build(ft_meta,ft_header,ft,lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ======================= 延庆区 =======================
YQ_END="2027-09-30"; YQ_BASIS="本措施自2026年10月1日起施行，执行至2027年9月30日。"
def yqd(**k):
    d=dict(deadline=YQ_END,deadline_basis=YQ_BASIS,deadline_source="document"); d.update(k); return d
yq=[
 dict(heading="适用范围",
  text="本措施适用于在本区依法登记注册、从事住宿餐饮、文化旅游和商贸零售经营的企业和个体工商户（以下统称经营主体）。法律法规和上级政策对支持对象另有规定的，从其规定。",
  gold=yqd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="scope and definition of 经营主体; no printed heading")),
 dict(heading="发放“冬游延庆”消费券",
  text="区商务局委托第三方支付平台向游客发放“冬游延庆”消费券，在签约滑雪场、景区和餐饮门店消费时抵扣。2026年12月1日至2027年2月28日期间核销的金额，由区财政按月结算至签约商户对公账户；游客和第三方支付平台不属于资金结算对象。拟参与的商户须于2026年11月20日前完成报名签约，逾期不再增补。责任单位：区商务局、区文化和旅游局。",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:签约滑雪场、景区和餐饮门店"],not_beneficiaries=["游客","第三方支付平台"],conditional=True,deadline="2026-11-20",deadline_basis="拟参与的商户须于2026年11月20日前完成报名签约，逾期不再增补。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区文化和旅游局"],note="contract signed (签约) inline; vouchers held by consumers; the settlement runs to 2027-02-28 but the last date a business can still join is 2026-11-20 → expired; alt deadline 2027-02-28 (weak)")),
 dict(heading="补贴民俗旅游个体户明厨亮灶改造",
  text="对从事民俗旅游接待的个体工商户，2026年首次取得食品经营许可证并完成厨房“明厨亮灶”改造的，给予一次性补贴8000元。补贴申请须于2026年年底前向所在乡镇人民政府提交，由乡镇汇总后报区市场监管局审核。责任单位：区市场监管局、区文化和旅游局、各乡镇人民政府。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="补贴申请须于2026年年底前向所在乡镇人民政府提交",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区市场监管局","区文化和旅游局","各乡镇人民政府"],note="个体工商户 only; 首次 licence + renovation inline; 年底前 = 12-31")),
 dict(heading="补贴小微餐饮住宿企业担保费",
  text="区融资担保公司为本区餐饮、住宿行业小微企业提供贷款担保的，年化担保费率不超过1%，区财政对借款企业实际承担的担保费给予全额补贴。区融资担保公司和贷款银行不享受本项补贴。担保费补贴按季度申报，申报截止时间为2027年6月30日。责任单位：区金融服务办、区财政局。",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["区融资担保公司","贷款银行"],conditional=True,deadline="2027-06-30",deadline_basis="担保费补贴按季度申报，申报截止时间为2027年6月30日。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区金融服务办","区财政局"],note="sentence opens with the guarantee firm; beneficiary is the borrowing small firm; trade + size restriction")),
 dict(heading="支持山区便民商超建设",
  text="对在本区山区乡镇新设或者改造提升便民商超的零售企业，营业面积达到200平方米以上且连续营业满6个月的，按照货架、冷链等设备购置投入的30%给予补贴，单个项目最高20万元。为其供货的经销商和设备供应商不享受本项补贴。2026年上半年已开业的项目，须于2026年8月31日前申报；其余项目于2027年3月31日前申报。责任单位：区商务局、区财政局。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["经销商","设备供应商"],conditional=True,deadline="2027-03-31",deadline_basis="其余项目于2027年3月31日前申报。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区财政局"],note="thresholds inline (200㎡, 6 months); two application dates, the later one is the deadline (first one 2026-08-31 already past); 零售企业 without size")),
 dict(heading="奖励文旅中小企业引客过夜",
  text="对区内旅行社等文旅中小企业组织外埠游客来延庆过夜游览，年度接待过夜游客达到3000人次以上的，按照每人次20元给予奖励，单家企业最高30万元。奖励以地接旅行社为对象，组团社和在线旅游平台不予奖励。2026年度奖励于2027年1月底前申报。责任单位：区文化和旅游局。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["组团社","在线旅游平台"],conditional=True,deadline="2027-01-31",deadline_basis="2026年度奖励于2027年1月底前申报。",deadline_source="measure",industries=[],responsible_units=["区文化和旅游局"],note="SMEs only; threshold 3000 人次 inline; 文旅 not in the industry vocabulary ([]); '2026年度' here names the reward year, the deadline is 2027-01-31 (1月底前)")),
 dict(heading="支持区域品牌食品企业参展",
  text="对已获得“延庆礼物”区域公用品牌授权的食品制造中小企业，参加区农业农村局、区商务局组织的农产品和特色食品展销活动的，按照展位费的80%给予补贴。本项补贴适用于2026年度举办的展销活动。责任单位：区农业农村局、区商务局。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="本项补贴适用于2026年度举办的展销活动。",deadline_source="measure",industries=["制造业"],responsible_units=["区农业农村局","区商务局"],note="prior brand authorisation + activity joined inline; '2026年度' = 2026-12-31 by convention (no application date stated; alt document end 2027-09-30)")),
 dict(heading="支持经营主体绿色低碳改造",
  text="支持经营主体实施油烟净化、节能灶具替换和光伏屋顶等绿色低碳改造，对验收合格的项目给予资金补助。补助范围、标准和申报程序由区发展改革委会同区生态环境局另行制定并向社会公布。责任单位：区发展改革委、区生态环境局。",
  gold=yqd(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区发展改革委","区生态环境局"],note="rules written elsewhere (另行制定); 经营主体 = 企业 + 个体工商户 per the scope article")),
 dict(heading="开设个体工商户服务专区",
  text="区政务服务局于2026年11月底前在各乡镇便民服务中心开设个体工商户服务专区，集中办理登记、许可、纳税申报等高频事项，并安排专人提供帮办代办服务。责任单位：区政务服务局、区市场监管局、区税务局。",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-11-30",deadline_basis="区政务服务局于2026年11月底前在各乡镇便民服务中心开设个体工商户服务专区",deadline_source="measure",industries=[],responsible_units=["区政务服务局","区市场监管局","区税务局"],addressees=["区政务服务局"],note="government's own date (11月底前 = 11-30), past; the help desk could be read as a service for 个体工商户 (weak alt)")),
 dict(heading="规范涉企检查和首违不罚",
  text="经营主体对同一部门一年内就同一事项超过一次的重复检查，有权拒绝并向区司法局反映；经营主体首次出现轻微违法行为且及时改正、没有造成危害后果的，依法不予行政处罚。责任单位：区司法局、各行政执法部门。",
  gold=yqd(kind="可主张的权利",beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","各行政执法部门"],note="right to refuse repeated inspections; 首违不罚 has inline conditions but rights are conditional=false by convention (alt true)")),
 dict(heading="落实明码标价和安全责任",
  text="景区、滑雪场及周边经营主体应当严格执行明码标价，不得强制或者变相强制游客消费；滑雪场经营者应当配备符合标准的救护人员和设施，雪季开放前完成安全自查并报区体育局备案。责任单位：区市场监管局、区体育局、区文化和旅游局。",
  gold=yqd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监管局","区体育局","区文化和旅游局"],addressees=["景区、滑雪场及周边经营主体","滑雪场经营者"],note="price display and safety duties; 雪季开放前 is a business's own compliance date, not a deadline")),
 dict(heading="施行期限和解释",
  text="本措施自2026年10月1日起施行，执行至2027年9月30日。执行期间上级出台相关政策的，按照上级政策执行。本措施由区商务局会同区文化和旅游局负责解释。",
  gold=yqd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity")),
]
yq_meta=dict(file="yanqing_2026_wenlv_shangmao.txt",title="延庆区关于支持文旅餐饮和山区商贸经营主体发展的若干措施",issuer="北京市延庆区人民政府办公室",doc_number="延政办发〔2026〕15号",district="延庆区",date="2026-09-10",date_as_printed="二〇二六年九月十日",in_force_from="2026-10-01",valid_until=YQ_END,valid_until_basis=YQ_BASIS,numbering="articles 第一条…第十二条 followed by a full-width space and the body; NO printed headings (gold 'heading' is a summary); 责任单位：… as a plain final sentence without brackets, except 第一条 and 第十二条")
yq_header="""北京市延庆区人民政府办公室关于印发《延庆区关于支持文旅餐饮和山区商贸经营主体发展的若干措施》的通知

延政办发〔2026〕15号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

现将《延庆区关于支持文旅餐饮和山区商贸经营主体发展的若干措施》印发给你们。本措施已经区政府常务会议研究同意，请各单位按照职责分工抓好落实，并于每季度末将落实情况报区商务局。

北京市延庆区人民政府办公室
二〇二六年九月十日

延庆区关于支持文旅餐饮和山区商贸经营主体发展的若干措施

为抓住冰雪季和长城文化旅游消费旺季，帮助文旅餐饮和山区商贸经营主体稳定经营、扩大消费，结合本区实际，制定本措施。"""
def yq_render(i,m):
    return f"第{cn(i)}条　{m['text']}"
yq_txt,yq_gold=build(yq_meta,yq_header,yq,yq_render)

for txt,gold in ((ft_txt,ft_gold),(yq_txt,yq_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
