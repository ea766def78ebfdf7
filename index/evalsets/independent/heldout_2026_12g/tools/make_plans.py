import json,collections
# conventions: same keys as the format example heldout_2026_12c (restated here so the script is self-contained), with additions
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; '第三季度末' = 09-30; 'N月底' = last day of month N. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A government body's own completion date is recorded as the measure's deadline (note says so), not as an applicant's deadline.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 without size. 经营主体/市场主体 restricted in the text to 中小企业和个体工商户 is written as both.",
 "conditional":"true when the grant depends on stated eligibility conditions (thresholds, 首次, 连续经营满…), an 认定/评定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业 (incl. 农产品加工, 医药制造, 高端装备), 住宿餐饮, 文化旅游 (new value, alt []), 农业; [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,renderer,parts=None):
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}
    for i,m in enumerate(measures,1):
        if parts and i in parts: lines.append(parts[i])
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        assert g["deadline_basis"] in (m["text"] if g["deadline_source"]=="measure" else meta["valid_until_basis"]), (i,g["deadline_basis"])
        for u in g["responsible_units"]: assert u in m["text"], (i,u)
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 平谷区 ----------------
PG_END="2029-04-19"; PG_BASIS="本措施自发布之日起3年内有效。"
def pgd(**k):
    d=dict(deadline=PG_END,deadline_basis=PG_BASIS,deadline_source="document"); d.update(k); return d
pg=[
 dict(heading="支持农产品加工设备更新",text="对本区规模以下农产品加工中小企业购置清洗分级、烘干、冷链和包装设备，单台（套）价值5万元以上的，按照设备购置金额的20%给予补助，单个企业最高50万元。设备供应商、融资租赁公司不属于补助对象。2026年度项目须于2026年9月30日前通过区政策兑现平台提交申报材料。（责任单位：区农业农村局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["设备供应商","融资租赁公司"],conditional=True,deadline="2026-09-30",deadline_basis="2026年度项目须于2026年9月30日前通过区政策兑现平台提交申报材料。",deadline_source="measure",industries=["制造业"],responsible_units=["区农业农村局","区财政局"],note="size (规模以下中小企业) and trade (农产品加工) restriction, 5万 threshold inline; expired; industry alt 农业")),
 dict(heading="奖励特色农产品精深加工",text="以本区大桃、鲜杏、核桃等特色农产品为主要原料，首次取得食品生产许可证的加工企业，给予一次性奖励3万元；首次取得小作坊登记证的食品生产加工小作坊，给予一次性奖励1万元。申报受理至2027年6月30日止。（责任单位：区市场监督管理局、区农业农村局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=True,deadline="2027-06-30",deadline_basis="申报受理至2027年6月30日止。",deadline_source="measure",industries=["制造业"],responsible_units=["区市场监督管理局","区农业农村局"],note="首次 licence; 小作坊 are 个体工商户 under Beijing rules (alt 其他:食品生产加工小作坊); 加工企业 without size → 企业")),
 dict(heading="降低农产品加工融资成本",text="本区从事农产品加工的中小企业和个体工商户，通过区政府与市农业融资担保有限公司合作推出的“平谷农担贷”获得贷款的，担保费率降至0.5%以内；按期还本付息的，按照实际支付利息的40%给予贴息。合作银行和担保机构不享受贴息。符合条件的经营主体名单由区农业农村局按照有关规定确定。本项政策执行至2027年12月31日。（责任单位：区金融服务办、区农业农村局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["合作银行","市农业融资担保有限公司（担保机构）"],conditional=True,deadline="2027-12-31",deadline_basis="本项政策执行至2027年12月31日。",deadline_source="measure",industries=["制造业"],responsible_units=["区金融服务办","区农业农村局","区财政局"],note="conditions inline (按期还款) and elsewhere (按照有关规定 list); bank and guarantee firm excluded")),
 dict(heading="激励旅行社组团来平游",text="对组织旅游团队到本区A级景区、休闲农业园区和乡村旅游接待户消费，年度累计接待游客2000人次以上的旅行社，按照每人次20元给予奖励，单个旅行社最高20万元。游客本人不享受奖励。本项奖励仅适用于2026年度组织的团队。（责任单位：区文化和旅游局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:旅行社"],not_beneficiaries=["游客"],conditional=True,deadline="2026-12-31",deadline_basis="本项奖励仅适用于2026年度组织的团队。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区文化和旅游局"],note="2026年度 → 2026-12-31 (the application date for the annual tally is not stated); consumers excluded")),
 dict(heading="改善农家乐经营条件",text="对在本区登记为个体工商户、连续经营满2年的农家乐，改造厨房、卫生间和污水处理设施的，按照改造费用的50%给予补助，每户最高2万元。出租房屋的农户和村集体经济组织不属于补助对象。改造工程须于2026年11月30日前完成并通过所在乡镇验收，逾期不予补助。（责任单位：区文化和旅游局、各乡镇人民政府）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["出租房屋的农户","村集体经济组织"],conditional=True,deadline="2026-11-30",deadline_basis="改造工程须于2026年11月30日前完成并通过所在乡镇验收，逾期不予补助。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区文化和旅游局","各乡镇人民政府"],note="个体工商户 only, 连续经营满2年; landlords excluded; precondition date passed → expired")),
 dict(heading="支持个体工商户吸纳本地劳动力",text="个体工商户招用本区农村劳动力、签订1年以上劳动合同并依法缴纳社会保险的，按照其为招用人员实际缴纳的单位部分社会保险费的50%给予补贴，补贴期限最长3年。补贴发放至个体工商户，招用人员个人缴费部分不在补贴范围。本项补贴按季度申领，自2026年5月起实施，至2027年4月30日止。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["被招用的农村劳动力"],conditional=True,deadline="2027-04-30",deadline_basis="本项补贴按季度申领，自2026年5月起实施，至2027年4月30日止。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="个体工商户 only; hired workers not beneficiaries; subsidy period 3 years but the measure ends 2027-04-30")),
 dict(heading="培育“名特优新”个体工商户",text="对新认定为北京市“名特优新”个体工商户的，区级财政给予一次性奖励5000元，并优先推荐参加本区组织的各类展销活动。认定条件和程序按照市市场监督管理局有关规定执行。（责任单位：区市场监督管理局、区商务局）",
  gold=pgd(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区市场监督管理局","区商务局"],note="depends on 认定 under city rules (elsewhere)")),
 dict(heading="组织经营主体参加展销活动",text="区商务局组织本区中小企业、个体工商户等经营主体参加农产品展销会和京津冀农业博览会，展位费由区级财政统一支付给展会主办方，参展主体不承担展位费。展会主办方、搭建服务商不享受本项支持。2026年冬季展会报名截止时间为2026年12月20日。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["展会主办方","搭建服务商"],conditional=False,deadline="2026-12-20",deadline_basis="2026年冬季展会报名截止时间为2026年12月20日。",deadline_source="measure",industries=[],responsible_units=["区商务局"],note="money is paid to the organiser but the benefit (free booth) goes to the exhibiting businesses; 经营主体 → 中小企业 + 个体工商户; still open on 2026-12-04")),
 dict(heading="规范经营用房租赁行为",text="区属国有企业和村集体经济组织向个体工商户、小微企业出租经营用房的，租赁期内不得擅自提高租金，不得收取合同约定以外的费用。承租方遇有上述情形的，可向区国资委或者所在乡镇人民政府投诉，受理单位应当在10个工作日内调查处理并答复。（责任单位：区国资委、各乡镇人民政府）",
  gold=pgd(kind="可主张的权利",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["区属国有企业","村集体经济组织"],conditional=False,industries=[],responsible_units=["区国资委","各乡镇人民政府"],note="landlords bound; tenants can invoke rent freeze and complaint with 10-day reply")),
 dict(heading="摸清小作坊底数",text="区市场监督管理局会同区农业农村局于2026年第三季度末前完成全区食品生产加工小作坊摸底建档，编制并公布本区小作坊食品品种目录。（责任单位：区市场监督管理局、区农业农村局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="于2026年第三季度末前完成全区食品生产加工小作坊摸底建档",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局","区农业农村局"],addressees=["区市场监督管理局","区农业农村局"],note="government's own completion date (not an applicant's deadline); 第三季度末 = 09-30")),
 dict(heading="设立个体工商户服务专窗",text="区税务局在各乡镇便民服务中心设立个体工商户服务专窗，提供税费政策辅导、发票代开和定期定额核定咨询服务，个体工商户可通过“京通”小程序预约办理。（责任单位：区税务局、各乡镇人民政府）",
  gold=pgd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区税务局","各乡镇人民政府"],note="a service a business can book; not money; alt 政府职责")),
 dict(heading="压实受补助主体责任",text="获得本措施补助的农产品加工经营主体，应当建立原料进货查验和产品出厂检验记录，接入区农产品质量安全追溯平台，并自补助资金拨付之日起3年内不得将补助购置的设备转让、出租或者迁出本区；违反的，由区农业农村局追回补助资金。（责任单位：区农业农村局）",
  gold=pgd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=["制造业"],responsible_units=["区农业农村局"],addressees=["获得补助的农产品加工经营主体"],note="obligations incl. 3-year lock-in and claw-back")),
 dict(heading="附则",text="本措施自发布之日起3年内有效。本区此前出台的同类政策与本措施不一致的，以本措施为准；同一项目不得重复享受区级同类资金支持。本措施由区农业农村局、区商务局按照职责分工负责解释。",
  gold=pgd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-04-20 + 3 years - 1 day = 2029-04-19 (accept 2029-04-20)")),
]
pg_parts={1:"一、做优做强农产品加工业",4:"二、推动乡村旅游提质增效",6:"三、扶持个体工商户发展",10:"四、强化组织保障"}
pg_meta=dict(file="pinggu_2026_nongchanpin_xiangcunlvyou_getihu.txt",title="平谷区关于促进农产品加工和乡村旅游发展支持个体工商户经营的若干措施",issuer="北京市平谷区人民政府办公室",doc_number="平政办发〔2026〕7号",district="平谷区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-04-20",valid_until=PG_END,valid_until_basis=PG_BASIS,numbering="four parts 一、…四、 (heading lines), measures （一）…（十三） numbered continuously across parts, heading sentence inline ending in 。; （责任单位：…） at the end except （十三）")
pg_header="""北京市平谷区人民政府办公室关于印发《平谷区关于促进农产品加工和乡村旅游发展支持个体工商户经营的若干措施》的通知

平政办发〔2026〕7号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《平谷区关于促进农产品加工和乡村旅游发展支持个体工商户经营的若干措施》已经区政府第45次常务会议审议通过，现予印发，请结合工作职责抓好贯彻落实。

北京市平谷区人民政府办公室
2026年4月20日

平谷区关于促进农产品加工和乡村旅游发展支持个体工商户经营的若干措施

为延伸大桃等特色农业产业链条，提升乡村旅游接待水平，激发个体工商户经营活力，推动农民就地就近增收，结合本区实际，制定如下措施。"""
pg_txt,pg_gold=build(pg_meta,pg_header,pg,lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}",pg_parts)

# ---------------- 北京经济技术开发区 ----------------
YZ_END="2028-06-30"; YZ_BASIS="本措施自2026年7月1日起施行，有效期两年。"
def yzd(**k):
    d=dict(deadline=YZ_END,deadline_basis=YZ_BASIS,deadline_source="document"); d.update(k); return d
yz=[
 dict(heading="奖励创新药械注册上市",text="对区内生物医药中小企业首次获得1类创新药注册证书或第三类创新医疗器械注册证的，给予最高500万元一次性奖励。2026年度申报时间为7月1日至8月31日，逾期不予受理。（责任单位：经开区科技和产业促进局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-08-31",deadline_basis="2026年度申报时间为7月1日至8月31日，逾期不予受理。",deadline_source="measure",industries=["制造业"],responsible_units=["经开区科技和产业促进局"],note="首次; trade 生物医药 (mapped to 制造业, alt []); expired")),
 dict(heading="发放研发生产服务券",text="区内生物医药和高端制造中小企业购买经认定的合同研发（CRO）、合同生产（CDMO）及检验检测服务的，可使用“亦创服务券”抵扣服务费用的50%，每家企业年度最高100万元。服务券由企业申领，服务机构凭券向经开区科技和产业促进局兑付，服务机构本身不属于支持对象。2026年度服务券须于2026年12月15日前申领。（责任单位：经开区科技和产业促进局、经开区财政国资局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["CRO/CDMO及检验检测服务机构"],conditional=True,deadline="2026-12-15",deadline_basis="2026年度服务券须于2026年12月15日前申领。",deadline_source="measure",industries=["制造业"],responsible_units=["经开区科技和产业促进局","经开区财政国资局"],note="voucher; service providers redeem but are not beneficiaries; open on 2026-12-04")),
 dict(heading="支持企业引进核心技术人才",text="对区内生物医药和高端制造中小企业新引进年薪50万元以上核心技术人才的，按照每人每年10万元给予用人企业引才补贴，连续支持3年，补贴资金拨付至企业账户。人才本人的住房和子女教育保障另行按照经开区人才服务有关规定办理，不在本条补贴范围；人力资源服务机构、猎头公司不享受本项补贴。2026年引进人才的，企业应于年底前提交补贴申请。（责任单位：经开区社会事业局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["引进的人才本人","人力资源服务机构","猎头公司"],conditional=True,deadline="2026-12-31",deadline_basis="2026年引进人才的，企业应于年底前提交补贴申请。",deadline_source="measure",industries=["制造业"],responsible_units=["经开区社会事业局"],note="money to the employer; the hired talent is not the beneficiary; 年底前 = 2026-12-31 (for 2026 hires; later hires not dated → alt document end)")),
 dict(heading="优先保障人才公寓配租",text="经开区人才公寓优先向生物医药中小企业配租，企业可按照在职员工人数的10%申请配租房源，租金按照同地段市场租金的70%执行。公寓运营单位不得向企业收取中介服务费或者搭售其他服务。配租条件和程序按照有关规定执行。（责任单位：经开区社会事业局、经开区开发建设局）",
  gold=yzd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["公寓运营单位"],conditional=True,industries=["制造业"],responsible_units=["经开区社会事业局","经开区开发建设局"],note="facility a business can request; landlord (运营单位) bound; conditions elsewhere (按照有关规定)")),
 dict(heading="推广知识产权质押融资",text="对区内中小企业以专利、商标等知识产权质押取得银行贷款的，按照同期贷款市场报价利率（LPR）的50%给予贴息，单家企业年度最高50万元；经政府性融资担保机构担保的，担保费率不超过1%。合作银行、融资担保机构和知识产权评估机构不享受贴息。本项贴息政策截止时间为2027年3月31日。（责任单位：经开区商务金融局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","融资担保机构","知识产权评估机构"],conditional=True,deadline="2027-03-31",deadline_basis="本项贴息政策截止时间为2027年3月31日。",deadline_source="measure",industries=[],responsible_units=["经开区商务金融局"],note="all 中小企业 in the area, no trade restriction in the text; intermediaries excluded")),
 dict(heading="鼓励专精特新企业上市融资",text="对经认定的国家级专精特新“小巨人”企业和北京市专精特新中小企业，首次在北京证券交易所公开发行股票并上市的，给予一次性奖励300万元。为企业提供服务的保荐机构、会计师事务所和律师事务所不享受本项奖励。（责任单位：经开区商务金融局）",
  gold=yzd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["保荐机构","会计师事务所","律师事务所"],conditional=True,industries=[],responsible_units=["经开区商务金融局"],note="认定 (专精特新) plus 首次 listing; alt beneficiaries 其他:专精特新中小企业")),
 dict(heading="给予生产厂房租金补贴",text="对新租用区内标准厂房从事药品、医疗器械或者高端装备生产的中小企业，按照首年实际租金的30%给予补贴，单个企业最高200万元。补贴资金直接拨付给承租企业，不得由出租方代为申领，产业园区运营商等出租方不享受本项补贴。本年度补贴请于11月15日前申报。（责任单位：经开区科技和产业促进局、经开区开发建设局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["产业园区运营商（出租方）"],conditional=True,deadline="2026-11-15",deadline_basis="本年度补贴请于11月15日前申报。",deadline_source="measure",industries=["制造业"],responsible_units=["经开区科技和产业促进局","经开区开发建设局"],note="landlord excluded; date without year → 2026; expired")),
 dict(heading="制定服务券实施细则",text="经开区科技和产业促进局会同经开区财政国资局于2026年9月底前制定出台“亦创服务券”管理实施细则，建立服务机构名录并向社会公布。（责任单位：经开区科技和产业促进局、经开区财政国资局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="于2026年9月底前制定出台“亦创服务券”管理实施细则",deadline_source="measure",industries=[],responsible_units=["经开区科技和产业促进局","经开区财政国资局"],addressees=["经开区科技和产业促进局","经开区财政国资局"],note="government's own date (月底前 = 09-30), not an applicant's deadline")),
 dict(heading="不得增设申报条件",text="企业申请本措施所列资金支持时，经开区各部门不得要求企业提供本措施规定以外的证明材料，不得指定中介机构代为申报或者收取费用。企业遇有上述情形的，可以通过“亦企服务港”或者12345市民服务热线投诉，受理部门应当在5个工作日内反馈处理意见。（责任单位：经开区营商合作局）",
  gold=yzd(kind="可主张的权利",beneficiaries=["企业"],not_beneficiaries=["中介机构"],conditional=False,industries=[],responsible_units=["经开区营商合作局"],note="ban on extra paperwork/forced intermediaries + complaint channel with 5-day reply; alt 政府职责")),
 dict(heading="共建产教融合实训基地",text="支持区内高端制造和生物医药中小企业与职业院校共建技能人才实训基地，对经认定的实训基地，按照实训设备投入的30%给予一次性补助，最高200万元。认定标准和补助办法由经开区社会事业局另行制定。（责任单位：经开区社会事业局）",
  gold=yzd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["职业院校"],conditional=True,industries=["制造业"],responsible_units=["经开区社会事业局"],note="认定 + rules 另行制定; the partner school is not named as a recipient (alt: both)")),
 dict(heading="落实统计报送和绩效责任",text="获得本措施支持的企业，应当按要求报送研发投入、营业收入、纳税和用工等数据；获得引才补贴的企业，所引进人才须在区内连续缴纳社会保险满2年，不满2年的，企业应当按比例退回补贴资金。（责任单位：经开区科技和产业促进局、经开区社会事业局）",
  gold=yzd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["经开区科技和产业促进局","经开区社会事业局"],addressees=["获得支持的企业"],note="data reporting, 2-year social insurance, pro-rata claw-back")),
 dict(heading="补贴首台（套）装备保险",text="对区内高端制造中小企业研制的首台（套）重大技术装备，投保综合保险的，按照年度实际保费的80%给予补贴，单个企业年度最高300万元。承保的保险公司不享受本项补贴。本条自本措施施行之日起有效期一年。（责任单位：经开区科技和产业促进局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["保险公司"],conditional=True,deadline="2027-06-30",deadline_basis="本条自本措施施行之日起有效期一年。",deadline_source="measure",industries=["制造业"],responsible_units=["经开区科技和产业促进局"],note="首台（套） status (认定 under national rules); 2026-07-01 + 1 year - 1 day (accept 2027-07-01)")),
 dict(heading="附则",text="本措施自2026年7月1日起施行，有效期两年。同一企业同一事项符合经开区其他政策的，按照就高不重复原则执行。本措施由经开区科技和产业促进局会同有关部门负责解释。",
  gold=yzd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity: 2026-07-01 + 2 years - 1 day = 2028-06-30 (accept 2028-07-01)")),
]
yz_meta=dict(file="jingkaiqu_2026_shengwuyiyao_gaoduanzhizao_rencai_rongzi.txt",title="北京经济技术开发区关于支持生物医药和高端制造中小企业引才融资发展的若干措施",issuer="北京经济技术开发区管理委员会",doc_number="京技管发〔2026〕18号",district="北京经济技术开发区",date="2026-06-18",date_as_printed="二〇二六年六月十八日",in_force_from="2026-07-01",valid_until=YZ_END,valid_until_basis=YZ_BASIS,numbering="articles 第一条…第十三条 with the heading in full-width parentheses after the number, body on the same line; （责任单位：…） at the end except 第十三条")
yz_header="""北京经济技术开发区管理委员会关于印发《北京经济技术开发区关于支持生物医药和高端制造中小企业引才融资发展的若干措施》的通知

京技管发〔2026〕18号

各部门、各单位，各园区运营主体，区内各相关企业：

为加快建设具有全球影响力的生物医药和高端制造产业集群，经管委会主任办公会审议通过，现将《北京经济技术开发区关于支持生物医药和高端制造中小企业引才融资发展的若干措施》印发给你们，请遵照执行。

北京经济技术开发区管理委员会
二〇二六年六月十八日

北京经济技术开发区关于支持生物医药和高端制造中小企业引才融资发展的若干措施

为破解区内生物医药和高端制造中小企业在研发转化、人才引育和融资方面的难点，培育一批专精特新企业，结合经开区实际，制定本措施。"""
yz_txt,yz_gold=build(yz_meta,yz_header,yz,lambda i,m:f"第{cn(i)}条（{m['heading']}）{m['text']}")
for txt,gold in ((pg_txt,pg_gold),(yz_txt,yz_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
