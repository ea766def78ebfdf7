# Generates plans/*.txt and plans/*.gold.json so that gold and text stay consistent.
import json,collections
CONV_BASE={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' (also written in Chinese numerals) is counted as start + N years - 1 day (accept +/-1 day); 'N个月内' likewise. '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; '第三季度末' = 09-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). Where the only date in a measure is a government body's own date (payment, building work), it is still taken as the measure's deadline and the note says so.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/…企业 without size. '经营主体/市场主体' without size is written ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable",
 "number_as_printed":"the measure's number as printed in the text (extra key; 'key' of the measures map is the running order 1..N)"}
ORDER=["heading","number_as_printed","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def gold_of(meta,measures):
    gold=dict(meta); gold["conventions"]=dict(CONV_BASE); ms={}
    for i,m in enumerate(measures,1):
        g=dict(m["gold"]); g["heading"]=m["heading"]; g["number_as_printed"]=m["no"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        for k in ("beneficiaries","not_beneficiaries","industries","responsible_units"): g.setdefault(k,[])
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
        # the basis must be a literal substring of the text
        full=m["heading"]+"。"+m["text"]
        assert g["deadline_basis"] in full or g["deadline_source"]=="document", (i,g["deadline_basis"])
        for u in g["responsible_units"]: assert u in m["text"], (i,u)
    gold["measures"]=ms
    return gold
def unit(text): return text[text.rindex("（责任单位：")+6:-1].split("、") if "（责任单位：" in text else []

# ---------------- 西城区 ----------------
XC_END="2029-04-19"; XC_BASIS="本措施自发布之日起施行，有效期三年。"
def xcd(**k):
    d=dict(deadline=XC_END,deadline_basis=XC_BASIS,deadline_source="document"); d.update(k); return d
XS=["企业","个体工商户"]
xc_parts=[
("一、","稳住特色门店经营",[
 dict(heading="减免区属国有房屋租金",text="承租区属国有企业经营性房屋从事餐饮、零售的个体工商户和小微企业，2026年度可减免3个月租金。存在转租情形的，减免部分由转租方全额让渡给实际经营者，转租方不得截留。租金减免申请须于2026年上半年向出租方提出，逾期视为放弃。（责任单位：区国资委、区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["区属国有企业（出租方）","转租方"],conditional=True,deadline="2026-06-30",deadline_basis="租金减免申请须于2026年上半年向出租方提出",deadline_source="measure",industries=["住宿餐饮","批发零售"],note="rent relief is fee relief (core); landlord and sub-landlord are bound, not benefited; 上半年 = 06-30; expired")),
 dict(heading="试行餐饮外摆经营",text="在区商务局公布的试点街区内，餐饮经营主体可以向所在街道办事处申请设置临时外摆区域，经审核同意后在规定时段和范围内经营，不收取占道费用。外摆试点期自2026年5月1日起至2026年10月31日止。（责任单位：区商务局、区城市管理委、各街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=XS,not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="外摆试点期自2026年5月1日起至2026年10月31日止。",deadline_source="measure",industries=["住宿餐饮"],note="a permit (core) for 餐饮经营主体 of any size in pilot streets, after 审核; pilot period over → expired")),
 dict(heading="支持老字号门店数字化改造",text="对经认定的“中华老字号”“北京老字号”企业实施门店数字化、智慧化改造的，按照项目实际投资额的30%给予补助，单个企业最高50万元。提供改造服务的技术服务商不属于补助对象。本年度项目申报须于9月底前提交区商务局。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:经认定的老字号企业"],not_beneficiaries=["技术服务商"],conditional=True,deadline="2026-09-30",deadline_basis="本年度项目申报须于9月底前提交区商务局。",deadline_source="measure",industries=[],note="depends on 认定 as 老字号; '9月底前' without year read as 2026-09-30; expired")),
]),
("二、","加大金融服务支持",[
 dict(heading="实施首贷贴息",text="对首次从银行业金融机构获得经营性贷款的个体工商户和小微企业，按照贷款市场报价利率的50%给予贴息，单户贴息最高3万元。贴息资金直接拨付借款人，放贷银行不享受贴息。2026年1月1日至12月31日新发放的贷款，贴息申请截止时间为2027年2月28日。（责任单位：区金融服务办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["放贷银行"],conditional=True,deadline="2027-02-28",deadline_basis="贴息申请截止时间为2027年2月28日",deadline_source="measure",industries=[],note="首次 = condition inline; the loan-issue window ends 2026-12-31 but the application deadline is 2027-02-28")),
 dict(heading="降低融资担保成本",text="区融资担保公司为中小企业提供贷款担保的，担保费率不高于1%；中小企业实际缴纳的担保费，由区财政按照50%给予补贴。担保费补贴按照有关规定申请，担保公司不得以补贴为由变相收取其他费用。（责任单位：区金融服务办、区财政局）",
  gold=xcd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区融资担保公司"],conditional=True,industries=[],note="guarantee-fee subsidy goes to the SME; guarantee firm bound by fee cap; 按照有关规定 → conditional")),
]),
("三、","激发街区消费活力",[
 dict(heading="开展餐饮零售消费券活动",text="2026年度分批次发放“西城消费券”，消费者在参与活动的商户消费时抵扣使用，核销资金由区财政与商户结算。上年度营业收入5000万元以下的餐饮、零售经营主体均可报名参与，最后一批报名须于2026年12月15日前完成。发券平台按照合同收取服务费，不参与核销资金分配。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=XS,not_beneficiaries=["消费者","发券平台"],conditional=True,deadline="2026-12-15",deadline_basis="最后一批报名须于2026年12月15日前完成。",deadline_source="measure",industries=["住宿餐饮","批发零售"],note="consumers hold vouchers, merchants benefit by joining; revenue threshold inline; 2026年度 is the campaign year, last sign-up 12-15 is the deadline; open on 2026-12-04")),
 dict(heading="提升夜间消费街区环境",text="区商务局会同相关街道办事处，于2026年6月底前完成3条夜间消费街区的照明、导视和停车设施提升，并建立街区运营协调机制。（责任单位：区商务局、相关街道办事处）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="于2026年6月底前完成3条夜间消费街区的照明、导视和停车设施提升",deadline_source="measure",industries=[],responsible_units=["区商务局","相关街道办事处"],addressees=["区商务局","相关街道办事处"],note="government's own completion date (not an applicant's deadline); expired")),
 dict(heading="规范外卖平台收费行为",text="在本区开展业务的网络餐饮服务平台，不得向入驻的中小餐饮商户和个体工商户收取超出公示标准的佣金和服务费，不得限制商户在其他平台经营。商户认为平台违反上述规定的，可以向区市场监督管理局投诉，区市场监督管理局应当在10个工作日内受理并告知处理结果。（责任单位：区市场监督管理局）",
  gold=xcd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["网络餐饮服务平台"],conditional=False,industries=["住宿餐饮"],addressees=["网络餐饮服务平台"],note="platform bound (commission cap, no exclusivity); merchants can invoke it and complain; alt 企业义务 (of the platform)")),
]),
("四、","强化经营服务保障",[
 dict(heading="提供个体工商户帮办代办服务",text="个体工商户可以通过“西城商户服务码”预约登记注册、证照变更、年报填报等事项的免费帮办代办服务。该服务自本措施发布之日起1年内试行。（责任单位：区市场监督管理局、各街道办事处）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=False,deadline="2027-04-19",deadline_basis="该服务自本措施发布之日起1年内试行。",deadline_source="measure",industries=[],note="free service only for 个体工商户 (not core); 2026-04-20 + 1 year - 1 day (accept 2027-04-20)")),
 dict(heading="鼓励吸纳本区劳动力就业",text="餐饮、零售行业小微企业在2026年内新招用本区户籍劳动力，签订1年以上劳动合同并缴纳社会保险满6个月的，按照每人3000元给予企业一次性补贴，补贴不直接发放给被招用人员。补贴申请应于2026年年底前提交。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["被招用人员"],conditional=True,deadline="2026-12-31",deadline_basis="补贴申请应于2026年年底前提交。",deadline_source="measure",industries=["住宿餐饮","批发零售"],note="hired workers not beneficiaries; conditions inline; open on 2026-12-04")),
 dict(heading="落实受支持主体责任",text="享受本措施资金支持的经营主体，应当如实申报材料，自获得支持之日起2年内不得将注册地迁出本区；违反规定的，由主管部门追回已拨付资金，并依法记入信用记录。（责任单位：各政策主管部门）",
  gold=xcd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["享受资金支持的经营主体"],note="truthful materials, stay 2 years, claw-back")),
]),
("五、","附则",[
 dict(heading="附则",text="本措施自发布之日起施行，有效期三年。同一经营主体同一事项符合本区其他政策的，按照从优不重复原则执行。本措施由区商务局会同有关部门负责解释。",
  gold=xcd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="发布 2026-04-20 + 三年 - 1 day = 2029-04-19 (accept 2029-04-20)")),
]),
]
xc_meta=dict(file="xicheng_2026_tese_shangye_xiaowei.txt",title="西城区关于支持特色商业和小微经营主体提振消费的若干措施",issuer="北京市西城区人民政府办公室",doc_number="西政办发〔2026〕7号",district="西城区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-04-20",valid_until=XC_END,valid_until_basis=XC_BASIS,numbering="four parts 一、…四、 (heading lines) with measures （一）（二）… restarting in each part, heading sentence inline; a fifth part 五、附则 with an unnumbered paragraph; （责任单位：…） at the end except the last")
xc_header="""北京市西城区人民政府办公室关于印发《西城区关于支持特色商业和小微经营主体提振消费的若干措施》的通知

西政办发〔2026〕7号

各街道办事处，区政府各委、办、局，各区属机构：

《西城区关于支持特色商业和小微经营主体提振消费的若干措施》已经区政府第45次常务会议审议通过，现印发给你们，请结合工作职责抓好贯彻落实。

北京市西城区人民政府办公室
2026年4月20日

西城区关于支持特色商业和小微经营主体提振消费的若干措施

为进一步激发街区商业活力，帮助老字号、特色餐饮和零售小微经营主体稳定经营、扩大消费，结合本区实际，制定如下措施。"""
lines=[xc_header]; xc=[]
CNN="零一二三四五六七八九十"
for pno,ph,ms in xc_parts:
    lines.append(pno+ph)
    if ph=="附则":
        m=ms[0]; m["no"]=pno.rstrip("、"); lines.append(m["text"]); xc.append(m); continue
    for j,m in enumerate(ms,1):
        m["no"]=pno.rstrip("、")+"（"+CNN[j]+"）"
        lines.append(f"（{CNN[j]}）{m['heading']}。{m['text']}"); xc.append(m)
for m in xc:
    u=unit(m["text"]); m["gold"].setdefault("responsible_units",u)
xc_txt="\n\n".join(lines)+"\n"; xc_gold=gold_of(xc_meta,xc)

# ---------------- 丰台区 ----------------
FT_END="2028-05-31"; FT_BASIS="本措施自2026年6月1日起施行，有效期两年。"
def ftd(**k):
    d=dict(deadline=FT_END,deadline_basis=FT_BASIS,deadline_source="document"); d.update(k); return d
ft=[
 dict(heading="支持中小企业加大研发投入",text="对上年度研发费用超过500万元且同比增长10%以上的制造业中小企业，按照研发费用增量部分的10%给予补助，单个企业最高100万元。2026年度项目须于2026年8月31日前通过区企业服务平台申报。（责任单位：区科学技术和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-08-31",deadline_basis="2026年度项目须于2026年8月31日前通过区企业服务平台申报。",deadline_source="measure",industries=["制造业"],note="thresholds inline; expired")),
 dict(heading="奖励专精特新企业",text="对首次被认定为国家级专精特新“小巨人”企业的，给予一次性奖励50万元；首次被认定为北京市专精特新中小企业的，给予一次性奖励10万元。奖励以国家和本市公布的认定名单为准，实行“免申即享”，由区经济和信息化局于2026年12月25日前直接拨付至企业账户。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-25",deadline_basis="由区经济和信息化局于2026年12月25日前直接拨付至企业账户",deadline_source="measure",industries=[],note="depends on 认定 (首次); 免申即享 — the date is the government's payment date, not an application deadline; alt deadline = document end 2028-05-31")),
 dict(heading="支持软件首版次应用",text="本区软件和信息服务企业自主研发的软件产品首次纳入本市首版次软件产品目录的，对其投保首版次软件质量安全责任保险的，按照年度保费的80%给予补贴，单个产品最高40万元；承保的保险机构不享受本项补贴。本项政策申报至2027年3月31日止。（责任单位：区科学技术和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["保险机构"],conditional=True,deadline="2027-03-31",deadline_basis="本项政策申报至2027年3月31日止。",deadline_source="measure",industries=["信息技术"],note="software firms of any size; condition: product in the 首版次 catalogue (认定-like)")),
 dict(heading="开展知识产权质押融资贴息",text="对经入库评价的科技型中小企业以专利权、商标权质押方式获得银行贷款的，按照实际支付利息的40%给予贴息，单个企业年度最高50万元。资产评估机构和合作银行按照市场化原则收取费用，不属于贴息对象。本项措施执行至2027年6月30日。（责任单位：区金融服务办、区市场监督管理局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["资产评估机构","合作银行"],conditional=True,deadline="2027-06-30",deadline_basis="本项措施执行至2027年6月30日。",deadline_source="measure",industries=[],note="科技型中小企业 after 入库评价 (alt 其他:科技型中小企业); credit support (core)")),
 dict(heading="给予新入驻制造业企业厂房租金补贴",text="自本措施施行之日起18个月内新入驻区认定特色产业园区、租用生产用房面积1000平方米以上的制造业中小企业，第一年按照实际租金的30%给予补贴，最高200万元。园区运营方作为出租方，不享受本项补贴，且不得在补贴期内上调租金。（责任单位：区发展改革委、区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["园区运营方（出租方）"],conditional=True,deadline="2027-11-30",deadline_basis="自本措施施行之日起18个月内新入驻区认定特色产业园区",deadline_source="measure",industries=["制造业"],note="entry window 2026-06-01 + 18 months - 1 day = 2027-11-30 (accept 2027-12-01); landlord bound")),
 dict(heading="落实政府采购支持政策",text="区级预算单位采购200万元以下的货物和服务项目、400万元以下的工程项目，适宜由中小企业提供的，原则上全部预留给中小企业；超过上述标准的项目，预留份额不低于40%。对小微企业报价给予10%的价格扣除。具体按照政府采购促进中小企业发展的有关规定执行。（责任单位：区财政局）",
  gold=ftd(kind="可申请的支持",beneficiaries=["中小企业","小型微型企业"],not_beneficiaries=["区级预算单位"],conditional=True,industries=[],note="procurement preference (core); purchasers bound; 按照有关规定 → conditional; price deduction only for 小微 (listed separately)")),
 dict(heading="支持制造业技术改造",text="对本区制造业企业实施智能化、绿色化技术改造，项目总投资500万元以上的，按照设备购置投资的15%给予补助，单个项目最高300万元。申报条件和评审程序另行制定，设备供应商不作为补助对象。2026年度申报工作于10月底前结束。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["设备供应商"],conditional=True,deadline="2026-10-31",deadline_basis="2026年度申报工作于10月底前结束。",deadline_source="measure",industries=["制造业"],note="manufacturers of any size (企业); conditions 另行制定 plus 500万 threshold; expired")),
 dict(heading="建立企业服务专员制度",text="区经济和信息化局牵头建立中小企业服务专员制度，于2026年第三季度末前为区内专精特新企业全部配备服务专员，常态化收集和协调解决企业诉求。（责任单位：区经济和信息化局、各街道办事处）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="于2026年第三季度末前为区内专精特新企业全部配备服务专员",deadline_source="measure",industries=[],addressees=["区经济和信息化局"],note="government's own date; 第三季度末 = 09-30; expired; a service to firms follows (alt 可申请的支持, weak)")),
 dict(heading="规范涉企行政检查",text="除投诉举报、上级交办和重点领域专项检查外，同一行政执法部门对同一中小企业的现场检查每年原则上不超过一次。对首次发生轻微违法行为并及时改正的中小企业，依法不予行政处罚。企业认为检查不符合上述规定的，可以向区司法局投诉，区司法局应当在15个工作日内答复。（责任单位：区司法局、各行政执法部门）",
  gold=ftd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["中小企业"],not_beneficiaries=[],conditional=False,industries=[],note="protection SMEs can invoke (inspection limit, 首违不罚, complaint with 15-day reply); alt 政府职责")),
 dict(heading="资金使用和监督",text="获得本措施资金支持的企业，应当自资金拨付之日起5年内不得将注册地和纳税关系迁出本区，并按要求报送研发投入、产值等统计数据；以虚报、冒领等方式获取资金的，全额收回并取消其三年内申报本区产业政策的资格。（责任单位：区财政局、各政策主管部门）",
  gold=ftd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["获得资金支持的企业"],note="stay 5 years, report data, claw-back and 3-year ban")),
 dict(heading="吸引高校毕业生到软件企业就业",text="对软件和信息服务业中小企业招用2026届高校毕业生，签订3年以上劳动合同的，给予企业每人5000元一次性补贴。补贴由企业申领，不发放给毕业生个人；推荐人员的人力资源服务机构不享受本项补贴。补贴申请须于2026年12月20日前提交。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["高校毕业生","人力资源服务机构"],conditional=True,deadline="2026-12-20",deadline_basis="补贴申请须于2026年12月20日前提交。",deadline_source="measure",industries=["信息技术"],note="open on 2026-12-04; graduates and agencies not beneficiaries")),
 dict(heading="施行日期和解释",text="本措施自2026年6月1日起施行，有效期两年。本措施与本区其他同类政策有重叠的，企业可按照就高原则选择享受，不得重复享受。本措施由区经济和信息化局会同区科学技术和信息化局负责解释。",
  gold=ftd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="2026-06-01 + 两年 - 1 day = 2028-05-31 (accept 2028-06-01); 'choose the higher' is not a separate benefit")),
]
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
for i,m in enumerate(ft,1):
    m["no"]=f"第{cn(i)}条"; m["gold"].setdefault("responsible_units",unit(m["text"]))
ft[-1]["gold"]["responsible_units"]=[]
ft_meta=dict(file="fengtai_2026_zhuanjingtexin_zhizao_ruanjian.txt",title="丰台区促进制造业和软件信息服务业中小企业专精特新发展的若干措施",issuer="北京市丰台区人民政府办公室",doc_number="丰政办发〔2026〕15号",district="丰台区",date="2026-05-28",date_as_printed="二〇二六年五月二十八日",in_force_from="2026-06-01",valid_until=FT_END,valid_until_basis=FT_BASIS,numbering="article style 第一条…第十二条 followed by a full-width space, heading sentence inline ending with 。, no parts; （责任单位：…） at the end except 第十二条")
ft_header="""北京市丰台区人民政府办公室关于印发《丰台区促进制造业和软件信息服务业中小企业专精特新发展的若干措施》的通知

丰政办发〔2026〕15号

各街道办事处，各镇人民政府，区政府各委、办、局，各区属机构：

经区政府同意，现将《丰台区促进制造业和软件信息服务业中小企业专精特新发展的若干措施》印发给你们，请认真贯彻执行。

北京市丰台区人民政府办公室
二〇二六年五月二十八日

丰台区促进制造业和软件信息服务业中小企业专精特新发展的若干措施

为引导中小企业走专业化、精细化、特色化、新颖化发展道路，推动制造业和软件信息服务业提质增效，根据国家和本市促进中小企业发展有关规定，结合本区实际，制定本措施。"""
ft_txt="\n\n".join([ft_header]+[f"{m['no']}　{m['heading']}。{m['text']}" for m in ft])+"\n"
ft_gold=gold_of(ft_meta,ft)
for txt,gold in ((xc_txt,xc_gold),(ft_txt,ft_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
