import json,collections
# conventions block: same keys/values as the example gold (heldout_2026_12c), industries extended with 文旅
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date that only binds a government body inside a support measure (公布结果, 拨付, 提供名单) is NOT the applicant's deadline; in a 政府职责 measure the body's own date is the deadline.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 without size. 经营主体/市场主体 without size = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, 农业, 文旅 (文旅 = tourism/culture businesses, outside the earlier vocabulary; alt []); [] = not restricted or not mappable"
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}
    for i,m in enumerate(measures,1):
        r=renderer(i,m); lines.append(r)
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        src=m["text"] if g["deadline_source"]=="measure" else meta["valid_until_basis"]
        assert g["deadline_basis"] in src,(i,g["deadline_basis"])
        for u in g["responsible_units"]: assert u in r,(i,u)
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n",gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
def unit_tail(units): return "（责任单位："+"、".join(units)+"）" if units else ""

# ============ 昌平区 ============
CP_END="2029-02-09"; CP_BASIS="本措施自印发之日起施行，有效期三年。"
def cpd(**k):
    d=dict(deadline=CP_END,deadline_basis=CP_BASIS,deadline_source="document"); d.update(k); return d
cp=[
 dict(part="一、加快推动中小企业数字化转型",heading="支持制造业中小企业实施数字化改造",
  text="对本区规模以上制造业中小企业实施生产线数字化、智能化改造，项目软硬件投入不低于200万元的，按照经审计确认投入的30%给予补贴，单个企业最高100万元。为企业提供改造服务的数字化转型服务商不作为补贴对象。改造项目应于2026年9月30日前完成验收，申报截止时间为2026年10月15日。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["数字化转型服务商"],conditional=True,deadline="2026-10-15",deadline_basis="申报截止时间为2026年10月15日",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区财政局"],note="size+trade+threshold inline; two dates, the application date (10-15) is the deadline, 09-30 is the acceptance precondition; expired")),
 dict(heading="发放中小企业上云用云服务券",
  text="对首次采购云计算、云存储服务的小微企业和个体工商户，发放“昌平云服务券”，每户额度最高2万元，用于抵扣不超过50%的云服务费用。云服务商凭券与区财政结算，结算资金用于冲抵企业应付费用，云服务商本身不享受本项支持。服务券在2026年度内有效，逾期作废。",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["云服务商"],conditional=True,deadline="2026-12-31",deadline_basis="服务券在2026年度内有效",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区财政局"],note="首次 = condition; cloud provider receives the settlement but is not the beneficiary; 2026年度 = 12-31, still open")),
 dict(heading="奖励首版次软件产品",
  text="对本区软件企业自主研发、经市级主管部门认定的首版次软件产品，按照该产品首年度销售收入的20%给予研发企业奖励，单个产品最高300万元。采购首版次软件的用户单位不享受本项奖励。区经济和信息化局于每年8月底前公布上年度认定结果。",
  gold=cpd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["采购首版次软件的用户单位"],conditional=True,industries=["信息技术"],responsible_units=["区经济和信息化局"],note="认定 step; '8月底前公布' binds the government, not the applicant → document deadline; any size of 软件企业")),
 dict(heading="提供免费数字化诊断服务",
  text="区经济和信息化局遴选第三方专业机构，为本区中小企业提供免费数字化转型诊断服务，并出具诊断报告和改造建议，诊断费用由区级财政承担。有意向的企业须于2026年5月20日前通过“昌平企业服务平台”报名。",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业"],not_beneficiaries=["第三方专业机构"],conditional=False,deadline="2026-05-20",deadline_basis="须于2026年5月20日前通过“昌平企业服务平台”报名",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],note="free service the business signs up for; third-party institutions are paid providers; expired; alt 政府职责")),
 dict(part="二、加大专精特新企业培育力度",heading="给予专精特新企业认定奖励",
  text="对首次被认定为国家级专精特新“小巨人”的企业，给予一次性奖励50万元；对首次被认定为北京市专精特新中小企业的，给予一次性奖励10万元。同一企业晋级的，按差额补足。2026年度获得认定的企业，须于2027年3月20日前提交奖励申请。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-03-20",deadline_basis="须于2027年3月20日前提交奖励申请",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区财政局"],note="首次 + 认定; 专精特新 are by definition 中小企业 (小巨人 included)")),
 dict(heading="支持科技型中小企业加大研发投入",
  text="对符合条件的科技型中小企业，按照上年度研发费用较前一年度增量部分的10%给予补助，单个企业年度最高50万元。具体申报条件和程序由区科学技术委员会另行发布申报指南。本项支持自发布之日起2年内有效。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2028-02-09",deadline_basis="本项支持自发布之日起2年内有效",deadline_source="measure",industries=[],responsible_units=["区科学技术委员会"],note="conditions elsewhere (申报指南 另行发布); 发布 2026-02-10 + 2 years - 1 day (accept 2028-02-10); shorter than the document's 3 years")),
 dict(heading="降低专精特新企业场地成本",
  text="对入驻区级认定的专精特新产业园、租赁自用生产研发用房的中小企业，按照实际支付租金的30%给予补贴，单个企业年度最高50万元。园区运营方作为出租方，不得因企业享受补贴而上调租金，且不享受本项补贴。上半年入驻的企业须于2026年7月31日前申报，下半年入驻的企业须于2027年1月31日前申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["园区运营方（出租方）"],conditional=True,deadline="2027-01-31",deadline_basis="下半年入驻的企业须于2027年1月31日前申报",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区科学技术委员会"],note="landlord bound, not benefited; two windows, the last (2027-01-31) is the deadline; the first (2026-07-31) is over")),
 dict(heading="建立专精特新企业梯度培育库",
  text="区经济和信息化局于2026年年底前建立覆盖创新型中小企业、专精特新中小企业和“小巨人”企业的梯度培育库，实行动态管理，每半年组织一次入库企业政策宣讲和供需对接。",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="区经济和信息化局于2026年年底前建立",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],addressees=["区经济和信息化局"],note="government build duty with its own date (年底前 = 12-31, not expired); 入库 could be read as a status (weak alt)")),
 dict(part="三、优化融资和经营环境",heading="补贴小微企业和个体工商户融资担保费",
  text="对小微企业和个体工商户通过本区政府性融资担保机构获得单笔1000万元以下贷款的，由区财政按照实际缴纳担保费的50%给予补贴，补贴资金直接拨付至借款主体。政府性融资担保机构应当将担保费率降至1%以下，合作银行不得附加收取其他费用，二者均不享受本项补贴。本项政策执行至2026年12月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["政府性融资担保机构","合作银行"],conditional=True,deadline="2026-12-31",deadline_basis="本项政策执行至2026年12月31日",deadline_source="measure",industries=[],responsible_units=["区金融服务办公室","区财政局"],note="guarantor and bank bound, not benefited; loan cap inline; open on 2026-12-04 (27 days left)")),
 dict(heading="支持回天地区便民商业网点建设",
  text="对在回龙观、天通苑地区新开设社区早餐店、蔬菜零售店的经营主体，连续经营满6个月且通过验收的，按照装修和设备投入的50%给予一次性补贴，单个网点最高10万元。提供经营用房的出租方及物业服务企业不得向经营主体收取补贴分成。本项补贴受理至2026年11月30日。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["出租方","物业服务企业"],conditional=True,deadline="2026-11-30",deadline_basis="本项补贴受理至2026年11月30日",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","回天地区各街道办事处"],note="经营主体 = companies and 个体工商户; 连续经营满6个月 + 验收; landlord/property firm excluded; expired (4 days before today)")),
 dict(heading="落实享受政策企业的承诺义务",
  text="享受本措施资金支持的企业和个体工商户，应当在本区注册、纳税，并承诺自资金拨付之日起5年内不将注册地和纳税关系迁出本区；违反承诺的，应当全额退回已获支持资金。",
  gold=cpd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区经济和信息化局","区税务局"],addressees=["享受资金支持的企业和个体工商户"],note="5-year stay commitment and claw-back")),
 dict(heading="规范涉企行政检查",
  text="除投诉举报、上级交办和转办案件外，区级行政执法部门对中小企业实施现场检查应当纳入年度检查计划，同一部门对同一企业年度现场检查不超过1次。中小企业对计划外的重复检查，有权通过“12345”企业服务热线反映，区司法局应当在5个工作日内核查处理。",
  gold=cpd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["中小企业"],not_beneficiaries=["区级行政执法部门"],conditional=False,industries=[],responsible_units=["区司法局","区级各行政执法部门"],note="inspection limit the firm can invoke + complaint channel with 5-day handling; alt 政府职责")),
 dict(part="四、保障措施",heading="附则",
  text="本措施由区经济和信息化局会同相关部门负责解释，各责任单位可依据本措施另行制定实施细则。同一企业同一项目符合本区多项政策的，按照从高不重复原则给予支持。本措施自印发之日起施行，有效期三年。",
  gold=cpd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="印发 二〇二六年二月十日 + 3 years - 1 day = 2029-02-09 (accept 2029-02-10)")),
]
cp_meta=dict(file="changping_2026_shuzihua_zhuanjingtexin.txt",title="昌平区关于促进中小企业数字化转型和专精特新发展的若干措施",issuer="北京市昌平区人民政府办公室",doc_number="昌政办发〔2026〕3号",district="昌平区",date="2026-02-10",date_as_printed="二〇二六年二月十日",in_force_from="2026-02-10",valid_until=CP_END,valid_until_basis=CP_BASIS,numbering="four parts 一、…四、 (part headings on their own line); measures numbered continuously （一）…（十三） across parts, heading as the first sentence ending in 。, body inline; （责任单位：…） at the end except （十三）")
cp_header="""北京市昌平区人民政府办公室关于印发《昌平区关于促进中小企业数字化转型和专精特新发展的若干措施》的通知

昌政办发〔2026〕3号

各镇人民政府、街道办事处，区政府各委、办、局，各区属机构：

为进一步激发中小企业发展活力，经区政府同意，现将《昌平区关于促进中小企业数字化转型和专精特新发展的若干措施》印发给你们，请认真贯彻执行。

北京市昌平区人民政府办公室
二〇二六年二月十日

（此件公开发布）

昌平区关于促进中小企业数字化转型和专精特新发展的若干措施

为深入贯彻国家和本市关于促进中小企业高质量发展的部署要求，以数字化赋能和专精特新培育为抓手，推动本区中小企业走专业化、精细化、特色化、新颖化发展道路，结合本区实际，提出如下措施。"""
def cp_render(i,m):
    s=""
    if "part" in m: s=m["part"]+"\n\n"
    return s+f"（{cn(i)}）{m['heading']}。{m['text']}"+unit_tail(m["gold"]["responsible_units"])
cp_txt,cp_gold=build(cp_meta,cp_header,cp,cp_render)

# ============ 平谷区 ============
PG_END="2027-12-31"; PG_BASIS="本措施自2026年5月1日起实施，有效期至2027年12月31日。"
def pgd(**k):
    d=dict(deadline=PG_END,deadline_basis=PG_BASIS,deadline_source="document"); d.update(k); return d
pg=[
 dict(heading="奖励旅行社组织游客来平过夜游",
  text="对在本区注册的旅行社组织外省市游客来平谷旅游并在区内住宿1晚以上，年度累计接待过夜游客达到1000人次的，按照每人次30元给予旅行社奖励，单个旅行社年度最高30万元。游客及接待景区、酒店不享受本项奖励。2026年度奖励于2027年1月10日前向区文化和旅游局申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:旅行社"],not_beneficiaries=["游客","接待景区、酒店"],conditional=True,deadline="2027-01-10",deadline_basis="2026年度奖励于2027年1月10日前向区文化和旅游局申报",deadline_source="measure",industries=["文旅"],responsible_units=["区文化和旅游局","区财政局"],note="threshold 1000 person-nights inline; tourists and host hotels are not beneficiaries")),
 dict(heading="支持个体餐饮经营者开业",
  text="对首次在本区取得食品经营许可、从事餐饮服务的个体工商户，开业满3个月且正常经营的，给予一次性开业补贴3000元。连锁餐饮企业的加盟门店不适用本条。本项补贴受理至2026年10月31日止。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["连锁餐饮企业的加盟门店"],conditional=True,deadline="2026-10-31",deadline_basis="本项补贴受理至2026年10月31日止",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区市场监督管理局","区商务局"],note="个体工商户 only, 首次 licence + 3 months; franchise stores excluded; expired")),
 dict(heading="奖励特色农产品经销企业",
  text="对从事大桃等本区特色农产品收购、批发的中小企业，年度直接向本区农户收购农产品金额达到500万元以上的，按照收购金额的2%给予奖励，单个企业最高50万元。出售农产品的农户以及提供运输服务的冷链物流企业不属于奖励对象。2026年度收购额须于2027年2月底前申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["农户（出售方）","冷链物流企业"],conditional=True,deadline="2027-02-28",deadline_basis="2026年度收购额须于2027年2月底前申报",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区农业农村局"],note="dealer (收购、批发) is the beneficiary; farmers are sellers; 2月底 = 02-28 (2027 not leap)")),
 dict(heading="降低农产品冷链仓储成本",
  text="对租用本区农产品产地冷库、冷链仓储设施的小微企业，按照实际租金的30%给予补贴，单个企业年度最高20万元。冷库产权单位作为出租方，不得以此为由上调租金，不属于补贴对象。补贴申请须于2026年12月15日前提交。",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["冷库产权单位（出租方）"],conditional=True,deadline="2026-12-15",deadline_basis="补贴申请须于2026年12月15日前提交",deadline_source="measure",industries=[],responsible_units=["区农业农村局","区财政局"],note="landlord excluded; open on 2026-12-04 (11 days left); trade not restricted to a value of the vocabulary (cold storage users)")),
 dict(heading="推出“文旅贷”贴息",
  text="区金融服务办公室组织合作银行推出“文旅贷”专项产品，对本区从事民宿、餐饮、景区经营的文旅经营主体获得的“文旅贷”贷款，按照贷款市场报价利率的40%给予贴息，单户年度贴息最高10万元。合作银行和区融资担保公司按照市场化原则独立审贷，不享受贴息资金。本项贴息政策有效期1年，自2026年5月1日起计算。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,deadline="2027-04-30",deadline_basis="本项贴息政策有效期1年，自2026年5月1日起计算",deadline_source="measure",industries=["文旅","住宿餐饮"],responsible_units=["区金融服务办公室","区财政局"],note="经营主体 = companies and 个体工商户 in tourism trades; 2026-05-01 + 1 year - 1 day (accept 2027-05-01)")),
 dict(heading="支持农产品直播电商",
  text="鼓励本区农民专业合作社和涉农中小企业与电商平台合作开展大桃等特色农产品直播销售，对符合条件的，给予直播场地建设和流量推广费用补助。具体补助标准和申报程序按照区商务局另行制定的实施细则执行。电商平台及主播个人不属于补助对象。",
  gold=pgd(kind="可申请的支持",beneficiaries=["其他:农民专业合作社","中小企业"],not_beneficiaries=["电商平台","主播个人"],conditional=True,industries=["农业"],responsible_units=["区商务局"],note="conditions and amounts elsewhere (实施细则 另行制定, 符合条件的); platform and streamers excluded; industry 农业 (alt [])")),
 dict(heading="完善文旅公共服务设施",
  text="区文化和旅游局会同区交通局，于2026年6月底前在金海湖、丫髻山等重点景区周边建成旅游集散咨询点和公共停车引导系统，同步上线全区文旅消费地图。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="于2026年6月底前",deadline_source="measure",industries=[],responsible_units=["区文化和旅游局","区交通局"],addressees=["区文化和旅游局","区交通局"],note="government build duty; its own date 6月底前 = 06-30, expired (date of the body, not of an applicant)")),
 dict(heading="规范文旅市场经营秩序",
  text="本区景区、民宿、餐饮等文旅经营单位应当明码标价，不得虚构原价、虚假打折，不得强制或者变相强制游客消费；参与政府促消费活动的经营单位，活动期间不得上调商品和服务价格。",
  gold=pgd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=["文旅"],responsible_units=["区市场监督管理局","区文化和旅游局"],addressees=["文旅经营单位"],note="pricing obligations; tourists protected (not businesses)")),
 dict(heading="清理规范涉企收费",
  text="区发展和改革委员会按年度公布本区涉企收费目录清单。行业协会商会、中介服务机构不得强制经营主体入会、参加培训或者购买指定服务。经营主体对清单以外的收费有权拒绝，并可向区市场监督管理局举报，区市场监督管理局应当在7个工作日内核查并答复。",
  gold=pgd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["企业","个体工商户"],not_beneficiaries=["行业协会商会","中介服务机构"],conditional=False,industries=[],responsible_units=["区发展和改革委员会","区市场监督管理局"],note="right to refuse unlisted fees + complaint with 7-day reply; associations/intermediaries bound; 经营主体 = companies and 个体工商户")),
 dict(heading="支持举办桃花节文旅活动",
  text="对在平谷国际桃花音乐节期间举办文化演出、体育赛事、特色市集等活动的企业，活动方案经区文化和旅游局审定的，按照场地租赁和宣传推广实际费用的50%给予补贴，单场活动最高30万元。活动须在2026年上半年举办完毕。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-06-30",deadline_basis="活动须在2026年上半年举办完毕",deadline_source="measure",industries=["文旅"],responsible_units=["区文化和旅游局","区财政局"],note="审定 step; 上半年 = 06-30; the application date is not stated, the activity window has closed → expired (alt: application may still be possible later; judge: expired)")),
 dict(heading="鼓励商贸企业“小升规”",
  text="对首次纳入规模以上（限额以上）统计的批发零售、住宿餐饮中小企业，给予一次性奖励10万元；连续两年保持在库的，再给予5万元奖励。区统计局于每年3月底前向区商务局提供上年度新入库企业名单。",
  gold=pgd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区统计局"],note="首次 入库; '3月底前提供名单' binds the 统计局, not the applicant → document deadline")),
 dict(heading="附则",
  text="本措施自2026年5月1日起实施，有效期至2027年12月31日。本措施与国家和本市相关政策重复的，按照就高原则执行，不重复享受。本措施具体应用问题由区商务局、区文化和旅游局按职责分工负责解释。",
  gold=pgd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity; in force 2026-05-01 although signed 2026-04-20")),
]
pg_meta=dict(file="pinggu_2026_wenlv_nongchanpin_liutong.txt",title="平谷区促进文旅消费和特色农产品流通的若干措施",issuer="北京市平谷区人民政府",doc_number="平政发〔2026〕8号",district="平谷区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-05-01",valid_until=PG_END,valid_until_basis=PG_BASIS,numbering="articles 第一条…第十二条 with a full-width space, heading in 【】 inline, body follows on the same line; 责任单位：… on its own line below the body (no brackets), absent for 第十二条")
pg_header="""北京市平谷区人民政府关于印发《平谷区促进文旅消费和特色农产品流通的若干措施》的通知

平政发〔2026〕8号

各镇人民政府、街道办事处，区政府各委、办、局，各区属机构：

现将《平谷区促进文旅消费和特色农产品流通的若干措施》印发给你们，请结合工作实际，认真组织实施。

北京市平谷区人民政府
2026年4月20日

平谷区促进文旅消费和特色农产品流通的若干措施

为充分发挥本区生态资源和特色农业优势，提振文旅消费，畅通大桃等特色农产品流通渠道，助力经营主体纾困发展，制定本措施。"""
def cnum(i):
    return "第"+cn(i)+"条"
def pg_render(i,m):
    u=m["gold"]["responsible_units"]
    s=f"{cnum(i)}　【{m['heading']}】{m['text']}"
    if u: s+="\n责任单位："+"、".join(u)
    return s
pg_txt,pg_gold=build(pg_meta,pg_header,pg,pg_render)
for txt,gold in ((cp_txt,cp_gold),(pg_txt,pg_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
