import json,collections
# conventions: same keys as the format example (heldout_2026_12c gold), restated here, no other set read
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A government body's own completion date is the deadline of a 政府职责 measure.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 without size. '经营主体/市场主体' = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions (thresholds, 首次, 连续经营满…), an 认定/审定/入选 step, or rules 另行制定/按照有关规定/管理办法",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def gold_of(measures):
    ms={}
    for i,m in enumerate(measures,1):
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    return ms
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
def check(txt,measures):
    for m in measures:
        b=m["gold"].get("deadline_basis")
        if b: assert b in txt,(m["heading"],b)
        for u in m["gold"].get("not_beneficiaries",[]): pass

# ---------------- 海淀区 ----------------
HD_END="2029-02-26"; HD_BASIS="本措施自发布之日起施行，3年内有效。"
def hdd(**k):
    d=dict(deadline=HD_END,deadline_basis=HD_BASIS,deadline_source="document"); d.update(k); return d
HDU_CZ="区财政局"
hd=[
 dict(part=1,heading="落实面向中小企业的预留份额",text="区属各预算单位在编制年度政府采购实施计划时，对超过400万元、适宜由中小企业提供的货物和服务项目，应当预留该部分采购预算总额的40%以上专门面向中小企业采购，其中面向小微企业的比例不低于70%。参与预留项目的供应商须出具《中小企业声明函》，所提供货物须由中小企业制造；经销大型企业所制造货物的供应商，不享受预留份额政策。（责任单位：区财政局、区属各预算单位）",
  gold=hdd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业","小型微型企业"],not_beneficiaries=["经销大型企业所制造货物的供应商（经销商）","大型企业"],conditional=True,industries=[],responsible_units=["区财政局","区属各预算单位"],note="procurement preference (core); written as a duty of 预算单位 but reserved for SMEs who bid; conditions inline (声明函, goods made by SMEs); dealers of large-firm goods excluded")),
 dict(part=1,heading="给予小微企业价格评审优惠",text="对未预留份额的采购项目，小微企业参与投标的，其报价给予15%的扣除，以扣除后的价格参与评审。大中型企业与小微企业组成联合体、且小微企业协议合同金额占比达到30%以上的，联合体报价给予5%的扣除，但价格扣除的利益以联合体协议约定分配为准。残疾人福利性单位、监狱企业视同小微企业。（责任单位：区财政局）",
  gold=hdd(kind="可申请的支持",beneficiaries=["小型微型企业","其他:残疾人福利性单位","其他:监狱企业"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区财政局"],note="price deduction = procurement preference (core); consortium with a large firm also gets 5% — a large firm is part of the winning consortium, so it is neither clearly in nor out (not listed); conditions inline")),
 dict(part=1,heading="减轻供应商保证金负担",text="自2026年3月1日起，区属采购人一律不得向中小企业收取投标保证金；收取履约保证金的，比例不得超过合同金额的5%，供应商选择以银行保函、保证保险等非现金形式缴纳的，采购人不得拒绝。采购人违规收取或者逾期退还保证金的，中小企业可以向区财政局投诉。（责任单位：区财政局）",
  gold=hdd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["中小企业"],not_beneficiaries=["区属采购人"],conditional=False,industries=[],responsible_units=["区财政局"],note="ban binding 采购人 plus complaint channel; 2026-03-01 is a start date, not a deadline")),
 dict(part=2,heading="开展政府采购合同融资贴息",text="取得区级政府采购合同的中小企业，可凭合同向区财政局公布的合作银行申请无抵押“政采贷”，贷款利率不高于同期贷款市场报价利率加50个基点。对2026年内发放的“政采贷”，区财政按照企业实际支付利息的30%给予贴息，单户最高20万元。合作银行负责授信审批，不享受贴息资金。贴息申报截至2027年1月31日。（责任单位：区财政局、区金融办）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行"],conditional=True,deadline="2027-01-31",deadline_basis="贴息申报截至2027年1月31日。",deadline_source="measure",industries=[],responsible_units=["区财政局","区金融办"],note="credit + interest subsidy (core); condition: holds a district procurement contract; bank excluded")),
 dict(part=2,heading="降低融资担保费用",text="区政府性融资担保机构为小微企业和个体工商户提供贷款担保的，年化担保费率不超过1%，不得另行收取保证金、咨询费等费用。区财政对小微企业和个体工商户实际缴纳的担保费给予50%补贴，补贴办法由区财政局会同区金融办另行制定。2026年度担保费补贴于2026年9月30日前申报。（责任单位：区金融办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["区政府性融资担保机构"],conditional=True,deadline="2026-09-30",deadline_basis="2026年度担保费补贴于2026年9月30日前申报。",deadline_source="measure",industries=[],responsible_units=["区金融办","区财政局"],note="guarantee-fee subsidy (core); rules 另行制定; guarantee firm bound by fee cap, not a beneficiary; expired")),
 dict(part=2,heading="支持软件企业首次贷款",text="对经认定的科技型中小企业中从事软件和信息技术服务的企业，首次获得银行流动资金贷款的，按照首笔贷款实际支付利息的50%给予一次性贴息，最高10万元。本项政策执行至2026年12月31日。（责任单位：区科委、中关村科学城管委会、区金融办）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="本项政策执行至2026年12月31日。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科委","中关村科学城管委会","区金融办"],note="认定 (科技型中小企业) + 首次 + trade restriction (software/IT); open on 2026-12-04 (ends 12-31)")),
 dict(part=2,heading="补贴知识产权质押融资费用",text="中小企业以专利权、商标权质押取得银行贷款的，对其支付的资产评估费、担保费和保险费，按照50%给予补贴，单户最高10万元。资产评估机构、保险公司按市场规则收取服务费用，不属于补贴对象。补贴按2026年度受理，逾期不再补报。（责任单位：区知识产权局、区金融办）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["资产评估机构","保险公司"],conditional=True,deadline="2026-12-31",deadline_basis="补贴按2026年度受理，逾期不再补报。",deadline_source="measure",industries=[],responsible_units=["区知识产权局","区金融办"],note="2026年度 = 2026-12-31; condition: pledge loan obtained")),
 dict(part=3,heading="建设政府采购服务专区",text="区财政局于2027年3月底前在区政务服务中心和“海淀通”平台建成政府采购服务专区，集中公开采购意向、预留项目清单和合同融资银行名单，为供应商提供电子投标指导。（责任单位：区财政局、区政务服务和数据管理局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2027-03-31",deadline_basis="区财政局于2027年3月底前在区政务服务中心和“海淀通”平台建成政府采购服务专区",deadline_source="measure",industries=[],responsible_units=["区财政局","区政务服务和数据管理局"],addressees=["区财政局"],note="government's own completion date (3月底前 = 03-31), not an applicant deadline; alt 可申请的支持 (guidance service) is weak")),
 dict(part=3,heading="保障中小企业合同款及时支付",text="区属采购人应当自收到中小企业发票之日起10个工作日内支付合同款项，不得以机构调整、负责人变更或者等待审计结果为由拖延支付。逾期未付的，中小企业有权要求按合同约定支付逾期利息，并可通过区政府采购投诉受理平台反映，受理部门应当在5个工作日内转办。（责任单位：区财政局、区审计局）",
  gold=hdd(kind="可主张的权利",beneficiaries=["中小企业"],not_beneficiaries=["区属采购人"],conditional=False,industries=[],responsible_units=["区财政局","区审计局"],note="payment term + interest claim + complaint channel; 5-day forwarding is the agency's duty")),
 dict(part=3,heading="奖励制造业小微企业首次中标",text="对在本区注册、首次中标区级政府采购项目且合同金额达到50万元以上的制造业小微企业，给予一次性奖励3万元。采购代理机构和分包供应商不属于奖励对象。奖励每年集中受理一次，2026年度申报截止时间为12月20日。（责任单位：区经济和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["采购代理机构","分包供应商"],conditional=True,deadline="2026-12-20",deadline_basis="2026年度申报截止时间为12月20日。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区财政局"],note="首次 + 50万 threshold + trade (制造业); 12月20日 without year in a sentence naming 2026年度; open")),
 dict(part=3,heading="开展政府采购业务免费培训",text="区政务服务和数据管理局每季度组织一期政府采购电子投标免费培训，面向在本区登记的各类经营主体开放报名，培训费用由区级财政承担。（责任单位：区政务服务和数据管理局）",
  gold=hdd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区政务服务和数据管理局"],note="free service open to 经营主体 (= 企业 + 个体工商户); not core; alt 政府职责")),
 dict(part=3,heading="严守诚信参与采购",text="参与政府采购和申请本措施资金的供应商，应当如实出具《中小企业声明函》和申报材料，不得通过拆分企业、虚构员工人数或营业收入等方式骗取预留份额或补贴。经查实存在虚假声明的，中标、成交结果无效，已拨付资金予以追回，并依法列入政府采购严重违法失信行为记录名单。（责任单位：区财政局、区市场监管局）",
  gold=hdd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局","区市场监管局"],addressees=["参与政府采购和申请资金的供应商"],note="truthful declaration, sanctions")),
 dict(part=4,heading="施行日期",text="本措施自发布之日起施行，3年内有效。国家和本市出台的政府采购支持政策优于本措施的，从其规定。本措施由区财政局负责解释。",
  gold=hdd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-02-27 + 3 years - 1 day = 2029-02-26 (accept 2029-02-27)")),
]
HD_PARTS={1:"一、扩大中小企业政府采购市场份额",2:"二、拓宽中小企业融资渠道",3:"三、优化采购服务与诚信管理",4:"四、附则"}
hd_meta=dict(file="haidian_2026_zhengfucaigou_rongzi.txt",title="海淀区支持中小企业参与政府采购和拓宽融资渠道的若干措施",issuer="北京市海淀区人民政府办公室",doc_number="海政办发〔2026〕4号",district="海淀区",date="2026-02-27",date_as_printed="2026年2月27日",in_force_from="2026-02-27",valid_until=HD_END,valid_until_basis=HD_BASIS,numbering="four parts 一、…四、 (part headings on their own line); measures （一）…（十三） numbered continuously across parts, heading sentence inline ending with 。; （责任单位：…） at the end except （十三）")
hd_header="""北京市海淀区人民政府办公室关于印发《海淀区支持中小企业参与政府采购和拓宽融资渠道的若干措施》的通知

海政办发〔2026〕4号

各街道办事处，各镇人民政府，区政府各委、办、局，各区属机构：

为进一步发挥政府采购政策功能，缓解中小企业融资难题，经区政府同意，现将《海淀区支持中小企业参与政府采购和拓宽融资渠道的若干措施》印发给你们，请认真贯彻执行。

北京市海淀区人民政府办公室
2026年2月27日

海淀区支持中小企业参与政府采购和拓宽融资渠道的若干措施

为贯彻落实《中华人民共和国政府采购法》和国家关于促进中小企业发展的决策部署，持续扩大中小企业在政府采购中的份额，降低中小企业综合融资成本，结合海淀区实际，制定如下措施。"""
lines=[hd_header]; cur=None
for i,m in enumerate(hd,1):
    if m["part"]!=cur: cur=m["part"]; lines.append(HD_PARTS[cur])
    lines.append(f"（{cn(i)}）{m['heading']}。{m['text']}")
hd_txt="\n\n".join(lines)+"\n"
hd_gold=dict(hd_meta); hd_gold["conventions"]=CONV; hd_gold["measures"]=gold_of(hd)

# ---------------- 怀柔区 ----------------
HR_END="2028-04-30"; HR_BASIS="本措施自2026年5月1日起施行，有效期两年。"
def hrd(**k):
    d=dict(deadline=HR_END,deadline_basis=HR_BASIS,deadline_source="document"); d.update(k); return d
hr=[
 dict(heading="资助主导制定标准",text="对主导制定并已发布国际标准、国家标准、行业标准的本区企业，分别给予最高50万元、30万元、20万元的一次性资助；作为主要参与单位的，按照上述标准的50%给予资助。标准化技术服务机构和行业协会不属于资助对象。2025年7月1日至2026年6月30日期间发布的标准，申报工作在2026年上半年完成。（责任单位：区市场监督管理局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["标准化技术服务机构","行业协会"],conditional=True,deadline="2026-06-30",deadline_basis="申报工作在2026年上半年完成。",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局","区财政局"],note="上半年 = 06-30; the 2025-07-01…2026-06-30 range is the eligibility window of the standard, not the deadline; expired")),
 dict(heading="奖励企业标准领跑者",text="对入选国家企业标准“领跑者”名单的本区中小企业，给予一次性奖励10万元；同一企业同一产品不重复奖励。（责任单位：区市场监督管理局）",
  gold=hrd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区市场监督管理局"],note="depends on 入选 (external 认定); size restriction 中小企业")),
 dict(heading="补贴研发投入增量",text="对经认定的科技型中小企业，2026年度研发投入超过500万元且较上年增长10%以上的，按照增量部分的10%给予补贴，单个企业最高100万元。具体申报条件和审核程序由区科学技术和信息化局另行制定。申报受理至2027年5月31日止。（责任单位：区科学技术和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-05-31",deadline_basis="申报受理至2027年5月31日止。",deadline_source="measure",industries=[],responsible_units=["区科学技术和信息化局","区财政局"],note="认定 + inline thresholds + rules 另行制定; '2026年度' here names the reference year, the deadline is 至2027年5月31日止")),
 dict(heading="发放科技创新券",text="面向在本区登记的各类市场主体发放科技创新券，用于购买检验检测、标准研制、知识产权和大型科学仪器共享服务，每家每年最高20万元。服务机构凭券与区科学技术和信息化局结算，不作为补贴对象。创新券的申领和使用按照《怀柔区科技创新券管理办法》执行，2026年度创新券申领截止至11月30日。（责任单位：区科学技术和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["服务机构（科技服务提供方）"],conditional=True,deadline="2026-11-30",deadline_basis="2026年度创新券申领截止至11月30日。",deadline_source="measure",industries=[],responsible_units=["区科学技术和信息化局"],note="vouchers (core); 市场主体 = 企业 + 个体工商户; rules elsewhere (管理办法); date without year read as 2026; expired")),
 dict(heading="补贴初创科技企业房租",text="对入驻怀柔科学城科技企业孵化器、注册未满2年的初创科技企业，按照实际租金的30%给予补贴，每家每年最高15万元。孵化器运营方和房屋产权方不得借机上调租金，其本身不享受本项补贴。补贴分两批申报，第一批须于2026年6月30日前完成，第二批须于2026年12月25日前完成。（责任单位：区科学技术和信息化局、怀柔科学城管委会）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:初创科技企业（注册未满2年）"],not_beneficiaries=["孵化器运营方","房屋产权方"],conditional=True,deadline="2026-12-25",deadline_basis="第二批须于2026年12月25日前完成。",deadline_source="measure",industries=[],responsible_units=["区科学技术和信息化局","怀柔科学城管委会"],note="two batches, last date is the deadline (first batch 06-30 is over); landlords bound, not benefited; open")),
 dict(heading="支持首台（套）装备推广",text="对本区制造业企业研制、列入本市首台（套）重大技术装备目录并首次实现销售的，按照首台（套）合同金额的10%给予奖励，最高300万元；投保首台（套）综合保险的，按照保费的80%给予补贴。购买装备的用户单位和承保的保险公司不享受本项资金。本条自本措施施行之日起一年内有效。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["用户单位（装备购买方）","保险公司"],conditional=True,deadline="2027-04-30",deadline_basis="本条自本措施施行之日起一年内有效。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局"],note="catalogue listing (认定) + 首次; trade 制造业; 2026-05-01 + 1 year - 1 day (accept 2027-05-01)")),
 dict(heading="开展知识产权质押融资担保",text="区融资担保公司为符合条件的科技型中小企业提供知识产权质押融资担保，担保费率按不高于1%执行。区财政按照实际担保费的50%给予企业补贴；合作银行和区融资担保公司不享受该项补贴。本年度担保费补贴年底前申报。（责任单位：区金融服务办公室、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区融资担保公司","合作银行"],conditional=True,deadline="2026-12-31",deadline_basis="本年度担保费补贴年底前申报。",deadline_source="measure",industries=[],responsible_units=["区金融服务办公室","区财政局"],note="guarantee + fee subsidy (core); 符合条件的 (conditions elsewhere); 年底前 = 2026-12-31; open")),
 dict(heading="建设科学城标准化服务站",text="区市场监督管理局于2026年9月底前在怀柔科学城建成标准化服务站，免费提供标准查询、标准比对和标准化咨询服务。（责任单位：区市场监督管理局、怀柔科学城管委会）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区市场监督管理局于2026年9月底前在怀柔科学城建成标准化服务站",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局","怀柔科学城管委会"],addressees=["区市场监督管理局"],note="government's own completion date (expired), not an applicant deadline; the free service afterwards could be read as support (weak alt)")),
 dict(heading="公平对待科技企业参与采购",text="区属预算单位采购科技创新产品和服务，不得以企业成立年限、注册资本、营业收入或者纳税额等设置资格门槛。企业认为受到差别待遇的，可以向区财政局反映，区财政局应当在10个工作日内核实处理并答复。（责任单位：区财政局）",
  gold=hrd(kind="可主张的权利",beneficiaries=["企业"],not_beneficiaries=["区属预算单位"],conditional=False,industries=[],responsible_units=["区财政局"],note="non-discrimination ban on 采购人 + complaint with 10-day reply; 预算单位 bound")),
 dict(heading="资金使用和留区经营义务",text="获得本措施资助或奖励的企业，应当按照规定用途使用资金，自资金拨付之日起3年内不得将注册地和主要经营地迁出本区；违反约定的，应当退回已获资金。（责任单位：各资金主管部门）",
  gold=hrd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["各资金主管部门"],addressees=["获得资助或奖励的企业"],note="3-year stay duty and claw-back")),
 dict(heading="支持科学城生活配套个体商户",text="对在怀柔科学城核心区从事餐饮、便利零售服务，连续经营满1年的个体工商户，给予每户一次性经营补贴1万元。房屋出租方不得因商户享受补贴而上调租金，其本身不属于补贴对象。符合条件的个体工商户须于2027年1月20日前向所在镇（街道）提出申请。（责任单位：怀柔科学城管委会、区商务局、相关镇街）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["房屋出租方"],conditional=True,deadline="2027-01-20",deadline_basis="符合条件的个体工商户须于2027年1月20日前向所在镇（街道）提出申请。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["怀柔科学城管委会","区商务局","相关镇街"],note="个体工商户 only; trade (餐饮, 便利零售); 连续经营满1年; landlord excluded")),
 dict(heading="补贴标准化人才培训",text="对科学城内科技型中小企业组织员工参加标准化工程师、知识产权管理等职业技能培训并取得证书的，按照每人1500元给予企业培训补贴，单个企业年度最高6万元。补贴资金拨付至企业账户，参训职工个人不得重复申领。本项补贴须于2026年10月15日前提交申报材料。（责任单位：区人力资源和社会保障局、区市场监督管理局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["参训职工"],conditional=True,deadline="2026-10-15",deadline_basis="本项补贴须于2026年10月15日前提交申报材料。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区市场监督管理局"],note="hired workers not beneficiaries; certificate condition; expired")),
 dict(heading="附则",text="本措施自2026年5月1日起施行，有效期两年。本措施与本区其他同类政策有重复的，按照从高不重复的原则执行。本措施由区科学技术和信息化局会同区市场监督管理局负责解释。",
  gold=hrd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-05-01 + 2 years - 1 day = 2028-04-30 (accept 2028-05-01)")),
]
hr_meta=dict(file="huairou_2026_kexuecheng_biaozhunhua.txt",title="怀柔区支持科学城科技企业创新发展和标准化建设的若干措施",issuer="北京市怀柔区人民政府办公室",doc_number="怀政办发〔2026〕15号",district="怀柔区",date="2026-04-10",date_as_printed="二〇二六年四月十日",in_force_from="2026-05-01",valid_until=HR_END,valid_until_basis=HR_BASIS,numbering="articles 第一条…第十三条 with NO heading in the text (gold 'heading' is the author's summary); body follows the article number after a full-width space; （责任单位：…） at the end except 第十三条")
hr_header="""北京市怀柔区人民政府办公室关于印发《怀柔区支持科学城科技企业创新发展和标准化建设的若干措施》的通知

怀政办发〔2026〕15号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构，怀柔科学城管委会：

《怀柔区支持科学城科技企业创新发展和标准化建设的若干措施》已经区政府第三十二次常务会议审议通过，现印发给你们，请结合职责抓好贯彻落实。

北京市怀柔区人民政府办公室
二〇二六年四月十日

怀柔区支持科学城科技企业创新发展和标准化建设的若干措施

为加快怀柔综合性国家科学中心建设，发挥标准对科技创新和产业升级的引领作用，支持科学城科技企业做优做强，依据《中华人民共和国科学技术进步法》《中华人民共和国标准化法》等规定，结合本区实际，制定本措施。"""
lines=[hr_header]+[f"第{cn(i)}条\u3000{m['text']}" for i,m in enumerate(hr,1)]
hr_txt="\n\n".join(lines)+"\n"
hr_gold=dict(hr_meta); hr_gold["conventions"]=CONV; hr_gold["measures"]=gold_of(hr)

for txt,gold,ms in ((hd_txt,hd_gold,hd),(hr_txt,hr_gold,hr)):
    check(txt,ms)
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
