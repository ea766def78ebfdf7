import json,collections
# conventions: keys/wording taken over from the example gold (heldout_2026_12c), with additions marked below
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' (also written 三年/两年) and 'N个月' are counted as start + N years/months - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; '一季度' = 03-31; '三季度末' = 09-30; 'N月底' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A government body's own completion date stated in a measure is that measure's deadline (deadline_source='measure') even though it is not an applicant's deadline; the note says so.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 without size. '经营主体'/'市场主体' = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, 交通运输 (added here for freight/logistics measures, alt []), 农业; [] = not restricted or not mappable"
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,parts,tail,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}; i=0
    for part_title,measures in parts:
        if part_title: lines.append(part_title)
        for m in measures:
            i+=1
            lines.append(renderer(i,m))
            g=dict(m["gold"]); g["heading"]=m["heading"]
            g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
            ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
EB=["企业","个体工商户"]

# ---------------- 门头沟区 ----------------
MT_END="2029-04-30"; MT_BASIS="本措施自2026年5月1日起施行，有效期三年。"
def mtd(**k):
    d=dict(deadline=MT_END,deadline_basis=MT_BASIS,deadline_source="document"); d.update(k); return d
mt_parts=[
("一、推进建筑和用能领域节能降碳",[
 dict(heading="支持既有公共建筑节能绿色化改造",text="对在本区注册的企业实施既有公共建筑节能绿色化改造，经第三方机构评估年节能量达到50吨标准煤以上的，按照经审定的项目投资额的20%给予补助，单个项目最高200万元。改造建筑为租赁使用的，补助资金拨付给实际出资实施改造的承租企业，建筑产权单位不享受本项补助，也不得以承租方实施改造为由上调租金。第三方评估机构的评估费用由区级财政承担。项目申报须于2026年9月30日前完成，逾期不予受理。（责任单位：区住房城乡建设委、区发展改革委、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["建筑产权单位（出租方）","第三方评估机构"],conditional=True,deadline="2026-09-30",deadline_basis="项目申报须于2026年9月30日前完成，逾期不予受理。",deadline_source="measure",industries=[],responsible_units=["区住房城乡建设委","区发展改革委","区财政局"],note="threshold 50 t standard coal inline; tenant (not landlord) gets the money; landlord rent freeze is a side protection; expired")),
 dict(heading="鼓励建设屋顶分布式光伏",text="本区依法登记的经营主体利用自有或者租赁屋顶建设分布式光伏项目，并于2026年内实现并网发电的，按照项目实际发电量给予每千瓦时0.1元奖励，连续奖励3年。屋顶出租方按照租赁合同收取租金，光伏组件经销商、安装施工企业和电网企业均不属于奖励对象。2026年度发电量奖励于2027年一季度集中申报，以后年度申报时间另行通知。（责任单位：区发展改革委、区城市管理委）",
  gold=dict(kind="可申请的支持",beneficiaries=EB,not_beneficiaries=["屋顶出租方","光伏组件经销商","安装施工企业","电网企业"],conditional=True,deadline="2027-03-31",deadline_basis="2026年度发电量奖励于2027年一季度集中申报，以后年度申报时间另行通知。",deadline_source="measure",industries=[],responsible_units=["区发展改革委","区城市管理委"],note="经营主体 = 企业 + 个体工商户; grid connection in 2026 is a condition; first stated application window 一季度 = 2027-03-31 (later years 另行通知; alt document end 2029-04-30)")),
 dict(heading="开展免费碳排放核算和节能诊断",text="区生态环境局通过政府购买服务方式，委托第三方机构为年综合能源消费量5000吨标准煤以下的小型微型企业免费提供碳排放核算和节能诊断服务。有需求的企业可于每年3月、9月向区生态环境局提出申请。服务费用由区级财政支付，受委托机构不得向企业另行收取任何费用。（责任单位：区生态环境局、区财政局）",
  gold=mtd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["小型微型企业"],not_beneficiaries=["第三方机构（受委托机构）"],conditional=True,industries=[],responsible_units=["区生态环境局","区财政局"],note="free service on request, not core money; size threshold inline; recurring windows 3月/9月 (the 2026 September window is over, but the measure recurs until the document ends); alt 政府职责")),
 dict(heading="认定绿色低碳示范企业",text="区发展改革委每年组织开展绿色低碳示范企业（园区）认定，对新认定的示范企业给予一次性奖励30万元，对新认定的示范园区给予园区运营主体一次性奖励50万元。认定条件和评审程序由区发展改革委会同有关部门另行制定。（责任单位：区发展改革委）",
  gold=mtd(kind="可申请的支持",beneficiaries=["企业","其他:示范园区运营主体"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区发展改革委"],note="认定 step and conditions 另行制定")),
]),
("二、推动绿色交通和文旅绿色发展",[
 dict(heading="支持中小企业新能源货车更新",text="对本区中小企业淘汰国四及以下排放标准柴油货车并购置新能源货车的，每辆给予2万元补贴，单个企业最多补贴20辆。补贴资金直接拨付购车企业，销售车辆的经销商和提供融资租赁的机构不得代为申领。申请条件和办理流程按照区商务局另行制定的实施细则执行。本项补贴执行至2026年12月31日。（责任单位：区商务局、区生态环境局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["汽车经销商","融资租赁机构"],conditional=True,deadline="2026-12-31",deadline_basis="本项补贴执行至2026年12月31日。",deadline_source="measure",industries=[],responsible_units=["区商务局","区生态环境局","区财政局"],note="中小企业 only; scrapping condition inline, rules 另行制定; still open on 2026-12-04 (27 days left)")),
 dict(heading="加快公共充电设施布局",text="区城市管理委会同各镇人民政府、各街道办事处，于2026年三季度末前在重点景区、镇政府驻地和主要交通节点新建公共充电桩不少于200个，并将充电设施位置和收费标准纳入全区统一信息平台向社会公布。（责任单位：区城市管理委、各镇人民政府、各街道办事处）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="于2026年三季度末前在重点景区、镇政府驻地和主要交通节点新建公共充电桩不少于200个",deadline_source="measure",industries=[],responsible_units=["区城市管理委","各镇人民政府","各街道办事处"],addressees=["区城市管理委","各镇人民政府","各街道办事处"],note="government build duty; 三季度末 = 09-30 is the government's own date, not an applicant's; expired")),
 dict(heading="支持文旅经营主体建设充电设施",text="对本区乡村民宿、农家乐和A级旅游景区经营单位自建并向游客开放的充电桩，每个直流快充桩给予一次性补贴3000元，每个交流慢充桩给予一次性补贴800元，每家单位最高5万元。委托充电运营商建设运营的，补贴发放给文旅经营单位，充电运营商不重复享受。申请单位须于2026年11月20日前完成设施验收并提交补贴申请。（责任单位：区文化和旅游局、区城市管理委）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:乡村民宿和农家乐经营者","其他:A级旅游景区经营单位"],not_beneficiaries=["充电运营商","游客"],conditional=True,deadline="2026-11-20",deadline_basis="申请单位须于2026年11月20日前完成设施验收并提交补贴申请。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区文化和旅游局","区城市管理委"],note="文旅 trade only (scenic spots have no industry value; 住宿餐饮 for 民宿/农家乐, alt []); operator excluded; expired")),
]),
("三、强化金融支持和服务保障",[
 dict(heading="实施绿色技改贷款贴息",text="对本区制造业中小企业用于节能降碳技术改造的银行贷款，按照实际支付利息的40%给予贴息，单个企业年度贴息最高50万元。区融资担保公司为上述贷款提供担保的，年化担保费率不高于1%，担保费由区级财政补贴50%。贷款银行、区融资担保公司本身不享受贴息。（责任单位：区金融服务办、区经济和信息化局、区财政局）",
  gold=mtd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["贷款银行","区融资担保公司"],conditional=True,industries=["制造业"],responsible_units=["区金融服务办","区经济和信息化局","区财政局"],note="size + trade restriction (制造业中小企业); purpose condition inline; bank and guarantor excluded; no own date → document end")),
 dict(heading="支持餐饮个体工商户节能改造",text="对本区从事餐饮服务的个体工商户更换高效节能灶具、安装油烟净化设施的，按照设备购置费用的50%给予补贴，每户最高5000元，仅限首次申请。设备销售商不得以补贴名义抬高售价，不属于补贴对象。2026年度补贴申报工作于年底前结束。（责任单位：区商务局、区市场监督管理局、各镇人民政府、各街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["设备销售商"],conditional=True,deadline="2026-12-31",deadline_basis="2026年度补贴申报工作于年底前结束。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区市场监督管理局","各镇人民政府","各街道办事处"],note="个体工商户 only, 餐饮 only, 首次; 年底前 = 2026-12-31, open")),
 dict(heading="落实包容审慎监管",text="区有关部门开展节能监察和生态环境执法检查，对初次违法且危害后果轻微并及时改正的经营主体，依法不予行政处罚。经营主体对检查结论有异议的，可以自收到检查结论之日起15日内向作出结论的部门申请复核，有关部门应当在10个工作日内书面答复。（责任单位：区发展改革委、区生态环境局、区城市管理综合行政执法局）",
  gold=mtd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=EB,not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区发展改革委","区生态环境局","区城市管理综合行政执法局"],note="first-offence no-penalty and review request within 15 days (relative window, not a calendar deadline) → document end")),
 dict(heading="压实用能单位主体责任",text="享受本措施支持的企业应当按照规定如实报送年度能源消费数据；获得改造补助的项目应当自验收之日起3年内保持节能设施正常运行，擅自拆除或者停用的，由主管部门追回补助资金。年综合能源消费量5000吨标准煤以上的重点用能单位，应当于每年2月底前报送上年度能源利用状况报告。（责任单位：区发展改革委、区统计局）",
  gold=mtd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区发展改革委","区统计局"],addressees=["享受本措施支持的企业","重点用能单位"],note="obligations incl. 3-year operation and claw-back; '每年2月底前' is a recurring reporting duty, not a deadline of the measure → document end")),
]),
("四、附则",[
 dict(heading="施行与解释",text="本措施自2026年5月1日起施行，有效期三年。本措施与本区其他同类政策重复的，按照从优不重复原则执行；国家和本市出台新规定的，从其规定。本措施由区发展改革委会同区住房城乡建设委、区财政局负责解释。",
  gold=mtd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-05-01 + 3 years - 1 day = 2029-04-30 (accept 2029-05-01); year count written 三年")),
]),
]
MT_TITLE="门头沟区关于推动绿色低碳发展支持经营主体节能降碳的若干措施"
mt_meta=dict(file="mentougou_2026_lvse_ditan_jieneng.txt",title=MT_TITLE,issuer="北京市门头沟区人民政府办公室",doc_number="门政办发〔2026〕6号",district="门头沟区",date="2026-04-28",date_as_printed="二〇二六年四月二十八日",in_force_from="2026-05-01",valid_until=MT_END,valid_until_basis=MT_BASIS,numbering="four parts 一、…四、 (part titles on their own lines), measures （一）…（十二） numbered continuously across parts with the heading sentence inline; （责任单位：…） at the end except （十二）")
mt_header=f"""北京市门头沟区人民政府办公室关于印发《{MT_TITLE}》的通知

门政办发〔2026〕6号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《{MT_TITLE}》已经区政府第十二次常务会议审议通过，现印发给你们，请结合工作实际，认真贯彻执行。

北京市门头沟区人民政府办公室
二〇二六年四月二十八日

（此件公开发布）

{MT_TITLE}

为贯彻落实首都生态涵养区功能定位，加快建筑、交通和文旅领域绿色低碳转型，引导各类经营主体主动节能降碳，根据《北京市建筑绿色发展条例》等有关规定，结合本区实际，制定如下措施。"""
mt_txt,mt_gold=build(mt_meta,mt_header,mt_parts,"",lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ---------------- 大兴区 ----------------
DX_END="2028-06-30"; DX_BASIS="本办法自2026年7月10日起施行，执行期限至2028年6月30日。"
def dxd(**k):
    d=dict(deadline=DX_END,deadline_basis=DX_BASIS,deadline_source="document"); d.update(k); return d
dx=[
 dict(heading="支持新能源汽车零售",ru="（牵头单位：区商务局；配合单位：区财政局）",text="在本区注册并纳入限额以上统计的汽车销售企业，2026年度新能源乘用车零售额同比增长10%以上的，按照增量部分的1%给予奖励，单个企业最高100万元。面向购车消费者发放的汽车消费券由销售企业先行垫付核销，消费者不属于本条奖励对象。奖励资金须于2027年2月28日前向区商务局申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:汽车销售企业（经销商）"],not_beneficiaries=["购车消费者"],conditional=True,deadline="2027-02-28",deadline_basis="奖励资金须于2027年2月28日前向区商务局申报。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区财政局"],note="dealer is the beneficiary here; 限额以上 + 10% growth inline; consumers hold vouchers")),
 dict(heading="奖励新能源城市配送车辆运营",ru="（牵头单位：区交通局；配合单位：区商务局、区财政局）",text="对本区物流配送企业使用新能源轻型货车开展城市配送，且车辆年度运营里程达到1万公里的，按照每车每年3000元给予运营奖励。通过网络货运平台承接订单的，奖励发放给实际运营车辆的企业，平台企业及车辆挂靠单位不享受本项奖励。2026年度运营奖励至2027年1月31日止申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:物流配送企业"],not_beneficiaries=["网络货运平台企业","车辆挂靠单位"],conditional=True,deadline="2027-01-31",deadline_basis="2026年度运营奖励至2027年1月31日止申报。",deadline_source="measure",industries=["交通运输"],responsible_units=["区交通局","区商务局","区财政局"],note="mileage threshold inline; platform excluded; industry 交通运输 outside earlier vocabulary (alt [])")),
 dict(heading="支持软件企业开发碳管理数字化场景",ru="（牵头单位：区经济和信息化局；配合单位：区科学技术委员会）",text="对在本区注册、经认定为国家高新技术企业的中小型软件和信息服务企业，承担区级碳管理数字化应用场景项目的，按照项目合同金额的30%给予支持，单个项目最高100万元。项目申报指南由区经济和信息化局另行发布，具体申报时间以申报指南为准。",
  gold=dxd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=["信息技术"],responsible_units=["区经济和信息化局","区科学技术委员会"],note="size + trade (软件) + 高新技术企业认定; guide 另行发布; no own date → document end")),
 dict(heading="奖励绿色商场创建",ru="（牵头单位：区商务局）",text="支持商场、超市、便利店等零售企业开展绿色商场创建。对首次获评北京市绿色商场的零售企业，给予一次性奖励20万元。2026年上半年已获评的企业，应当于7月31日前提交奖励申请；下半年获评的企业，随2027年度政策统一办理。",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:零售企业"],not_beneficiaries=[],conditional=True,deadline="2026-07-31",deadline_basis="2026年上半年已获评的企业，应当于7月31日前提交奖励申请；下半年获评的企业，随2027年度政策统一办理。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局"],note="评定 (首次获评) required; date without year read as 2026 → expired; later awardees are deferred to a future policy (alt deadline null/document for them)")),
 dict(heading="支持小微企业入驻绿色低碳产业园区",ru="（牵头单位：区发展改革委；配合单位：区财政局、各镇人民政府）",text="对新入驻区级认定的绿色低碳产业园区并签订2年以上租赁合同的小型微型企业，按照实际租金的30%给予补贴，每家企业每年最高10万元，补贴期限不超过2年。园区运营方应当按照不高于周边同类物业市场价格出租，不得将补贴计入租金，园区运营方本身不属于补贴对象。本项补贴适用于2027年6月30日前新入驻的企业。",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["园区运营方（出租方）"],conditional=True,deadline="2027-06-30",deadline_basis="本项补贴适用于2027年6月30日前新入驻的企业。",deadline_source="measure",industries=[],responsible_units=["区发展改革委","区财政局","各镇人民政府"],note="park must be 认定; 2-year lease inline; landlord bound; deadline is the move-in cut-off, subsidy may run 2 years beyond it")),
 dict(heading="推出绿色发展政策性担保产品",ru="（牵头单位：区金融服务办；配合单位：区财政局）",text="区融资担保公司为本区中小微企业实施节能改造、清洁能源替代等绿色项目提供担保，年化担保费率不超过0.8%，单户担保额度最高1000万元；合作银行按照不高于一年期贷款市场报价利率加50个基点发放贷款。担保代偿损失由区级风险补偿资金按照有关规定分担。本产品受理期限为自本办法施行之日起18个月。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区融资担保公司","合作银行"],conditional=True,deadline="2028-01-09",deadline_basis="本产品受理期限为自本办法施行之日起18个月。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="credit/guarantee for 中小微企业 green projects; guarantor and bank bound; 2026-07-10 + 18 months - 1 day = 2028-01-09 (accept 2028-01-10)")),
 dict(heading="建设企业碳账户平台",ru="（牵头单位：区生态环境局；配合单位：区发展改革委、区经济和信息化局）",text="区生态环境局、区发展改革委应当于2026年10月底前建成全区企业碳账户平台，归集企业用能、用电和碳排放数据，并在平台上线后向经营主体免费开放碳排放核算和绿色信用评价查询功能。",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-10-31",deadline_basis="区生态环境局、区发展改革委应当于2026年10月底前建成全区企业碳账户平台",deadline_source="measure",industries=[],responsible_units=["区生态环境局","区发展改革委","区经济和信息化局"],addressees=["区生态环境局","区发展改革委"],note="government build date (10月底 = 10-31), not an applicant deadline; free query service afterwards is weak support")),
 dict(heading="稳定节能环保装备制造业用工",ru="（牵头单位：区人力资源和社会保障局；配合单位：区经济和信息化局）",text="对本区节能环保装备制造企业新招用本区户籍劳动者，签订1年以上劳动合同并按月足额缴纳社会保险的，按照每人3000元给予企业一次性岗位补贴，单个企业最高30万元。补贴发放至用人单位账户，不直接发放给被招用劳动者。招用行为须发生在2026年9月30日前，补贴申请截止时间为2026年10月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["被招用劳动者"],conditional=True,deadline="2026-10-31",deadline_basis="招用行为须发生在2026年9月30日前，补贴申请截止时间为2026年10月31日。",deadline_source="measure",industries=["制造业"],responsible_units=["区人力资源和社会保障局","区经济和信息化局"],note="two dates: hiring by 09-30, application by 10-31 → the later one; expired; workers are not beneficiaries")),
 dict(heading="支持绿色饭店和文旅企业节能运营",ru="（牵头单位：区文化和旅游局；配合单位：区商务局）",text="对本区星级饭店、A级旅游景区等文旅企业实施节能改造，并获评北京市绿色饭店或者绿色景区的，按照有关规定给予奖励，奖励标准和申报材料以区文化和旅游局发布的通知为准。2026年度奖励须于2027年3月15日前申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:星级饭店","其他:A级旅游景区经营单位"],not_beneficiaries=[],conditional=True,deadline="2027-03-15",deadline_basis="2026年度奖励须于2027年3月15日前申报。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区文化和旅游局","区商务局"],note="评定 + 按照有关规定 (standard elsewhere); 文旅 trade")),
 dict(heading="规范涉企服务收费",ru="（牵头单位：区市场监督管理局；配合单位：区政务服务管理局）",text="任何单位和个人不得以评审、咨询、代办等名义向申请本办法支持的经营主体收取费用，不得指定中介服务机构。经营主体遇有违规收费或者被要求指定中介服务的，有权拒绝，并可以通过12345热线或者区营商环境投诉中心投诉，投诉中心应当在7个工作日内答复。",
  gold=dxd(kind="可主张的权利",beneficiaries=EB,not_beneficiaries=["中介服务机构"],conditional=False,industries=[],responsible_units=["区市场监督管理局","区政务服务管理局"],note="right to refuse fees and to complain with 7-day reply; intermediaries bound")),
 dict(heading="明确获补企业持续经营义务",ru="（牵头单位：各政策主管部门）",text="享受本办法资金支持的企业应当承诺自资金拨付之日起在本区持续经营不少于3年，不得变更注册地、纳税关系迁出本区；获得补贴的设施设备不得转让或者挪作他用。违反承诺的，由主管部门按比例追回资金，并纳入公共信用信息系统。",
  gold=dxd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["各政策主管部门"],addressees=["享受本办法资金支持的企业"],note="stay-3-years commitment, claw-back, credit record")),
 dict(heading="施行期限",ru="",text="本办法自2026年7月10日起施行，执行期限至2028年6月30日。本办法所称中小微企业按照国家统计部门有关划型标准确定。本办法由区发展改革委负责解释。",
  gold=dxd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity and definition of 中小微企业")),
]
DX_TITLE="大兴区支持绿色交通和绿色商贸发展若干措施实施办法"
dx_meta=dict(file="daxing_2026_lvse_jiaotong_shangmao.txt",title=DX_TITLE,issuer="北京市大兴区人民政府办公室",doc_number="京兴政办发〔2026〕15号",district="大兴区",date="2026-07-10",date_as_printed="2026年7月10日",in_force_from="2026-07-10",valid_until=DX_END,valid_until_basis=DX_BASIS,numbering="articles 第一条…第十二条, full-width space, heading sentence inline then body; responsible units in a following paragraph as （牵头单位：…；配合单位：…）, absent in 第十二条; no parts")
dx_header=f"""北京市大兴区人民政府办公室关于印发《{DX_TITLE}》的通知

京兴政办发〔2026〕15号

各镇人民政府，各街道办事处，各地区管委会，区政府各委、办、局，各区属机构：

经区政府同意，现将《{DX_TITLE}》印发给你们，请各单位按照职责分工抓好落实。执行中遇到的问题，请及时报区发展改革委。

北京市大兴区人民政府办公室
2026年7月10日

{DX_TITLE}

为加快推动交通运输和商贸流通领域绿色低碳转型，支持各类经营主体推广应用新能源车辆、开展节能改造，进一步激发市场活力，结合本区实际，制定本办法。"""
def dxr(i,m):
    s=f"第{cn(i)}条　{m['heading']}。{m['text']}"
    return s+("\n\n"+m["ru"] if m["ru"] else "")
dx_txt,dx_gold=build(dx_meta,dx_header,[("",dx)],"",dxr)

for txt,gold in ((mt_txt,mt_gold),(dx_txt,dx_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
