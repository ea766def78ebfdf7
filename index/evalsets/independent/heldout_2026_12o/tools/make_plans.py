# Generates plans/*.txt and plans/*.gold.json so that the gold stays consistent with the text.
# Run from the set folder: /usr/bin/python3 tools/make_plans.py
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date that only binds a government body (build, pay out) is still the measure's date when it is the only one stated (the note says so).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业; '小微企业' is written 小型微型企业; '经营主体/市场主体' of a trade = the firm-size labels plus 个体工商户 the text allows. '企业' is used where the text says 各类企业/企业 without size.",
 "conditional":"true when the grant depends on stated eligibility conditions (thresholds, 首次, 连续经营满…), an 认定/审定/目录 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable",
 "printed_number":"the label as printed; measures are keyed 1..N in order of appearance"
}
ORDER=["heading","printed_number","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def finish(meta,measures):
    gold=dict(meta); gold["conventions"]=dict(CONV); ms={}
    for i,m in enumerate(measures,1):
        g=dict(m["gold"]); g["heading"]=m["heading"]; g["printed_number"]=m["no"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms; return gold

# ---------------- 朝阳区 ----------------
CY_END="2028-04-27"; CY_BASIS="本措施自发布之日起施行，有效期2年。"
def cyd(**k):
    d=dict(deadline=CY_END,deadline_basis=CY_BASIS,deadline_source="document"); d.update(k); return d
cy=[
 dict(part="一、降低小店经营成本",no="一（一）",heading="小店首店房租补贴",
  text="对2026年在本区首次开设门店、经营面积不超过200平方米的餐饮、零售类个体工商户，按照门店月租金的20%给予最长6个月的房租补贴，每户最高2万元。补贴资金直接拨付至经营者本人账户；出租人不属于补贴对象，不得以承租人享受补贴为由上调租金。2026年度补贴申报截止时间为2026年11月30日。（责任单位：区商务局、区财政局、各街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["出租人"],conditional=True,deadline="2026-11-30",deadline_basis="2026年度补贴申报截止时间为2026年11月30日。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区财政局","各街道办事处"],note="个体工商户 only (not firms); 首次 + area threshold inline; landlord bound; expired")),
 dict(part=None,no="一（二）",heading="餐饮后厨“瓶改电”设备补助",
  text="支持在本区连续经营满1年的中小餐饮企业将液化石油气灶具更换为电炊具，按照设备购置费用的50%给予补助，单个门店最高5万元。设备经销商、安装单位不得以补助名义加价，其本身不享受补助。具体申报指南由区商务局另行发布。参与企业须于2026年9月30日前完成设备更换并提交验收申请。（责任单位：区商务局、区城市管理委）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["设备经销商","安装单位"],conditional=True,deadline="2026-09-30",deadline_basis="参与企业须于2026年9月30日前完成设备更换并提交验收申请。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区城市管理委"],note="中小企业 only, 餐饮 only; 连续经营满1年 inline plus guide 另行发布; dealers excluded; expired")),
 dict(part=None,no="一（三）",heading="小微经营主体贷款贴息",
  text="对本区餐饮、零售、文旅行业的小微企业和个体工商户，通过区融资担保公司担保取得1000万元以下流动资金贷款的，按照实际支付利息的40%给予贴息，担保费率不高于1%的部分由区财政全额补贴。合作银行和区融资担保公司应当简化审批流程，不得另行收取咨询费、顾问费，其本身不属于支持对象。本项贴息政策执行至2027年12月31日。（责任单位：区金融办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,deadline="2027-12-31",deadline_basis="本项贴息政策执行至2027年12月31日。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区金融办","区财政局"],note="both sizes via 小微企业和个体工商户; 文旅 not mappable; the fee subsidy flows through the guarantee firm but benefits the borrower (the guarantee firm is paid, not a beneficiary; alt list it as beneficiary of the fee subsidy); 执行至 → 2027-12-31")),
 dict(part="二、激发消费市场活力",no="二（一）",heading="试点餐饮临时外摆经营",
  text="在区商务局公布的夜间经济集聚区内，符合条件的餐饮经营者可以申请在门前规定区域临时外摆经营，由所在街道办事处实行告知承诺审核，5个工作日内办结，不收取任何费用。2026年试点期自5月1日起至10月31日止，2027年试点安排另行通知。（责任单位：各街道办事处、区城市管理委、区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:餐饮经营者（夜间经济集聚区内）"],not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="2026年试点期自5月1日起至10月31日止，2027年试点安排另行通知。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["各街道办事处","区城市管理委","区商务局"],note="a permit the business can apply for (free, 告知承诺); 餐饮经营者 covers firms and 个体工商户; expired for 2026 — alt: a 2027 round may follow under the document (not announced)")),
 dict(part=None,no="二（二）",heading="发放“朝阳消费季”餐饮零售券",
  text="区商务局会同本地生活服务平台分期发放餐饮、零售消费券，由消费者领取并在参与商户消费时抵扣，核销资金由区级财政按季度结算给参与商户。平台企业仅收取约定的技术服务费，不参与补贴资金分配。2026年下半年共组织三期活动，商户报名于各期活动开始前完成，最后一期报名截止时间为2026年12月15日。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:参与活动的餐饮、零售商户"],not_beneficiaries=["消费者","平台企业"],conditional=True,deadline="2026-12-15",deadline_basis="最后一期报名截止时间为2026年12月15日。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区财政局"],note="consumers hold the vouchers, merchants benefit by joining (any size; alt beneficiaries 中小企业+个体工商户); several registration rounds, last one is the deadline; open")),
 dict(part=None,no="二（三）",heading="奖励品牌首店落户",
  text="对经区商务局认定、首次在本区开设的全国首店、北京首店，按照装修和设备投入的20%给予一次性奖励，全国首店最高100万元、北京首店最高50万元。首店所在商业综合体的运营方不作为奖励对象。2026年度首店奖励于2027年1月31日前申报。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["商业综合体运营方"],conditional=True,deadline="2027-01-31",deadline_basis="2026年度首店奖励于2027年1月31日前申报。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局"],note="认定 + 首次; no size restriction (brand firms, often large); industries inferred from 首店 (retail/catering), alt []")),
 dict(part="三、提升服务保障水平",no="三（一）",heading="设立小店服务专窗",
  text="区政务服务管理局于2026年上半年在各街道政务服务中心设立“小店服务专窗”，集中办理营业执照、食品经营许可、户外招牌设置等事项，推行“一次告知、一窗受理”。（责任单位：区政务服务管理局、各街道办事处）",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="区政务服务管理局于2026年上半年在各街道政务服务中心设立“小店服务专窗”",deadline_source="measure",industries=[],responsible_units=["区政务服务管理局","各街道办事处"],addressees=["区政务服务管理局"],note="a government body's own date (上半年 = 06-30), not an applicant's deadline; alt 可申请的支持 (the window is a service) is weak")),
 dict(part=None,no="三（二）",heading="推行包容审慎监管",
  text="对本区餐饮、零售经营主体首次出现且危害后果轻微并及时改正的违法行为，依法不予行政处罚。区各行政执法部门对同一小店同一年度内原则上只开展一次联合检查，不得重复检查。经营主体认为遭受重复检查或者不当处罚的，可以通过12345市民服务热线或者区营商环境投诉平台反映，相关部门应当在5个工作日内答复。（责任单位：区司法局、区市场监管局、区城市管理委）",
  gold=cyd(kind="可主张的权利",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=["住宿餐饮","批发零售"],responsible_units=["区司法局","区市场监管局","区城市管理委"],note="经营主体 of 餐饮/零售 → both firm and 个体工商户 (alt 企业 for firm side); ban on repeat inspections + complaint channel with 5-day reply; the 首次轻微 wording is a condition of the leniency, but the right itself is not granted on application (conditional false)")),
 dict(part=None,no="三（三）",heading="提供免费数字化诊断",
  text="区商务局通过政府购买服务方式，委托专业服务机构为本区小店免费提供门店形象设计、线上营销和数字化经营诊断服务，每年服务不少于300家。小店经营者可通过“朝阳小店”小程序预约，服务机构的服务费用由区级财政承担。（责任单位：区商务局）",
  gold=cyd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["其他:小店经营者"],not_beneficiaries=["专业服务机构"],conditional=False,industries=[],responsible_units=["区商务局"],note="free service a shop can book; the service firm is paid, not a beneficiary; not core; alt 政府职责")),
 dict(part=None,no="三（四）",heading="规范外卖平台收费行为",
  text="在本区开展业务的外卖平台企业不得强制入驻商户“二选一”，不得在合同期内擅自提高佣金比例；确需调整收费标准的，应当提前30日公示并听取商户意见。入驻商户认为平台违反上述规定的，可以向区市场监管局举报，区市场监管局应当依法核查处理。（责任单位：区市场监管局、区商务局）",
  gold=cyd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["其他:外卖平台入驻商户"],not_beneficiaries=["外卖平台企业"],conditional=False,industries=["住宿餐饮"],responsible_units=["区市场监管局","区商务局"],note="platform duty that protects merchants (businesses) → right of merchants; alt 企业义务 (addressee 外卖平台企业)")),
 dict(part=None,no="三（五）",heading="压实经营主体责任",
  text="享受本措施资金支持的经营主体，应当自资金拨付之日起在本区持续经营不少于2年，落实明码标价、食品安全和消防安全主体责任，如实报送经营数据。提前迁出或者注销的，应当按照剩余期限比例退回补贴资金；以虚假材料骗取资金的，全额追回并纳入信用记录。（责任单位：区商务局、区市场监管局）",
  gold=cyd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局","区市场监管局"],addressees=["享受资金支持的经营主体"],note="stay 2 years, price marking, food/fire safety, claw-back")),
 dict(part="四、附则",no="四",heading="附则",
  text="本措施自发布之日起施行，有效期2年。本措施与本区其他政策对同一事项给予支持的，按照“就高不重复”原则执行。国家和本市出台相关政策的，从其规定。本措施由区商务局负责解释。",
  gold=cyd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-04-28 + 2 years - 1 day = 2028-04-27 (accept 2028-04-28)")),
]
cy_meta=dict(file="chaoyang_2026_xiaodian_yejian_xiaofei.txt",title="朝阳区促进餐饮零售小店经济和夜间消费的若干措施",issuer="北京市朝阳区人民政府办公室",doc_number="朝政办发〔2026〕14号",district="朝阳区",date="2026-04-28",date_as_printed="2026年4月28日",in_force_from="2026-04-28",valid_until=CY_END,valid_until_basis=CY_BASIS,numbering="four parts 一、…四、 as heading lines; measures （一）（二）… restart in each part, heading sentence inline ending with 。; part 四、附则 has no sub-item; （责任单位：…） at the end except 附则")
cy_header="""北京市朝阳区人民政府办公室关于印发《朝阳区促进餐饮零售小店经济和夜间消费的若干措施》的通知

朝政办发〔2026〕14号

各街道办事处，各地区办事处，区政府各委、办、局，各区属国有企业：

《朝阳区促进餐饮零售小店经济和夜间消费的若干措施》已经区政府第38次常务会议审议通过，现印发给你们，请结合工作实际抓好贯彻落实。

北京市朝阳区人民政府办公室
2026年4月28日

（此件公开发布）

朝阳区促进餐饮零售小店经济和夜间消费的若干措施

为进一步繁荣社区商业，支持餐饮、零售小店和夜间经济发展，稳定市场主体经营预期，更好满足居民多样化消费需求，结合本区实际，制定如下措施。"""
CNSUB="一二三四五六七八九"
def cy_render():
    out=[]; k=0
    for m in cy:
        if m["part"]:
            out.append(m["part"]); k=0
        if m["no"]=="四":
            out.append(m["text"])
        else:
            out.append(f"（{CNSUB[k]}）{m['heading']}。{m['text']}"); k+=1
    return out

# ---------------- 石景山区 ----------------
SJS_END="2027-06-30"; SJS_BASIS="本措施自2026年7月1日起施行，有效期至2027年6月30日。"
def sd(**k):
    d=dict(deadline=SJS_END,deadline_basis=SJS_BASIS,deadline_source="document"); d.update(k); return d
sj=[
 dict(heading="发放算力券",
  text="对在本区注册的软件和信息技术服务业中小企业，购买区内智算中心算力服务用于模型训练、推理的，按照合同金额的40%发放算力券，每家企业年度最高100万元。算力券由企业向区科学技术和信息化局申领，算力服务提供商凭券结算，其本身不得申领。2026年度申领截止时间为2026年10月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["算力服务提供商"],conditional=True,deadline="2026-10-31",deadline_basis="2026年度申领截止时间为2026年10月31日。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局"],note="vouchers for 中小企业 of the software trade; provider redeems but is excluded; expired")),
 dict(heading="奖励首次入规企业",
  text="对2026年度首次纳入规模以上统计的工业企业和软件企业，给予一次性奖励20万元。奖励采取“免申即享”方式，由区统计局会同区经济和信息化局比对名单后，于2027年3月底前将奖励资金直接拨付至企业账户。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2027-03-31",deadline_basis="于2027年3月底前将奖励资金直接拨付至企业账户。",deadline_source="measure",industries=["制造业","信息技术"],responsible_units=["区统计局","区经济和信息化局"],note="免申即享; the date is the government's payout date, the only one stated (月底前 = 03-31); 首次入规 is a condition; no size label (newly 规上 firms), alt 中小企业")),
 dict(heading="支持制造业技术改造",
  text="对本区规模以上制造业企业实施智能化、绿色化技术改造，项目总投资不低于500万元的，按照设备购置额的15%给予补助，单个项目最高1000万元。设备经销商、系统集成服务商不属于补助对象。申报条件和程序按照《石景山区技术改造项目管理办法》执行，该办法由区经济和信息化局另行制定。项目申报至2027年3月20日止。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["设备经销商","系统集成服务商"],conditional=True,deadline="2027-03-20",deadline_basis="项目申报至2027年3月20日止。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局"],note="规上 manufacturers (any size above the statistics threshold, incl. 大型企业) → 企业; 500万 threshold inline + 办法 另行制定; dealers/integrators excluded")),
 dict(heading="实施知识产权质押融资贴息",
  text="对入库的科技型中小企业以专利权、商标权、著作权质押方式取得银行贷款的，按照实际支付利息的50%给予贴息，对发生的资产评估费用按照50%给予补贴，每家企业年度合计最高50万元。贷款银行、评估机构不享受本项支持。贴息政策执行至2026年12月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["贷款银行","评估机构"],conditional=True,deadline="2026-12-31",deadline_basis="贴息政策执行至2026年12月31日。",deadline_source="measure",industries=[],responsible_units=["区科学技术和信息化局","区财政局","区市场监督管理局"],note="requires 入库 as 科技型中小企业 (认定); bank and appraiser excluded; open until year end")),
 dict(heading="鼓励小微企业吸纳高校毕业生",
  text="对首次招用离校2年内高校毕业生的本区小微企业，与其签订2年以上劳动合同并按规定缴纳社会保险的，按照每人3000元给予企业一次性补贴。补贴不发放给被招用的高校毕业生本人，为企业提供招聘服务的人力资源服务机构不享受补贴。企业须于招用之日起6个月内申报，最晚不超过2027年5月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["被招用的高校毕业生","人力资源服务机构"],conditional=True,deadline="2027-05-31",deadline_basis="企业须于招用之日起6个月内申报，最晚不超过2027年5月31日。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="hired graduates and recruiting agencies are not beneficiaries; rolling 6-month window, the last date is the deadline")),
 dict(heading="开放应用场景和首购支持",
  text="区属国有企业和政府投资项目在同等条件下优先采购本区中小企业的创新产品和服务。列入《石景山区创新产品目录》的产品，可按照有关规定适用首购、订购政策。本措施有效期内目录共征集两批，第二批申报于2026年11月底前截止。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区属国有企业","政府投资项目建设单位"],conditional=True,deadline="2026-11-30",deadline_basis="第二批申报于2026年11月底前截止。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区国资委"],note="procurement preference (core); depends on 目录 listing and 按照有关规定; 月底前 = 11-30 → expired; alt: the 同等条件下优先采购 half works without listing and could run to the document end (2027-06-30)")),
 dict(heading="建设数字经济服务港",
  text="区科学技术和信息化局于2026年底前建成“石景山数字经济服务港”，集成政策兑现、算力调度、投融资对接和知识产权服务功能，为企业提供全流程服务。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="区科学技术和信息化局于2026年底前建成“石景山数字经济服务港”",deadline_source="measure",industries=[],responsible_units=["区科学技术和信息化局"],addressees=["区科学技术和信息化局"],note="government build date, not an applicant deadline; services come later (alt 可申请的支持, weak)")),
 dict(heading="规范涉企行政检查",
  text="区级行政执法部门对企业实施现场检查实行“扫码入企”，未经登记的检查企业有权拒绝；不得要求企业接受指定机构的有偿检测、评估服务，不得借检查收取任何费用。企业可通过石景山区营商环境监督平台投诉，区营商环境建设办公室应当在10个工作日内反馈处理结果。",
  gold=sd(kind="可主张的权利",beneficiaries=["企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区营商环境建设办公室"],note="right to refuse unregistered inspections, ban on designated paid services and fees, complaint channel with 10-day reply")),
 dict(heading="给予初创软件企业房租补贴",
  text="对入驻区认定的数字经济特色园区、成立未满2年的软件企业，按照实际租金的50%给予补贴，每家企业每年最高50万元。补贴资金直接拨付至企业，园区运营方不得以此为由上调租金，其本身不属于补贴对象。补贴每半年申报一次，2026年下半年补贴须于2026年12月20日前申报，2027年上半年补贴于2027年6月20日前申报。",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:初创软件企业（成立未满2年）"],not_beneficiaries=["园区运营方"],conditional=True,deadline="2027-06-20",deadline_basis="2027年上半年补贴于2027年6月20日前申报。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局"],note="park must be 认定; landlord bound; two application dates, last one is the deadline (first one 2026-12-20 also open)")),
 dict(heading="支持个体工商户开设网店",
  text="对在本区连续经营满6个月、首次开通网店或者接入即时零售平台的批发零售类个体工商户，给予每户2000元一次性补贴。电商平台企业应当按要求提供开店核验数据，不享受本项补贴。本项补贴受理时间为2026年10月1日至2026年12月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["电商平台企业"],conditional=True,deadline="2026-12-31",deadline_basis="本项补贴受理时间为2026年10月1日至2026年12月31日。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区市场监督管理局"],note="个体工商户 only, 批发零售 only; 连续经营满6个月 + 首次 inline; platform bound")),
 dict(heading="落实获支持企业承诺事项",
  text="获得本措施资金支持的企业，应当承诺自获得支持之日起3年内注册地址和纳税关系不迁出本区，按要求报送统计数据和项目绩效信息。违反承诺的，由相关部门追回已拨付资金。",
  gold=sd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["各政策主管部门"],addressees=["获得资金支持的企业"],note="3-year stay commitment, reporting, claw-back")),
 dict(heading="附则",
  text="本措施自2026年7月1日起施行，有效期至2027年6月30日。同一企业同一项目符合本区多项政策的，按照就高原则选择享受，不重复支持。各责任单位应当于2026年7月底前制定并公布具体实施细则。",
  gold=sd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity 2026-07-01 to 2027-06-30; the 7月底前 date is for departments' detailed rules (government's own date), not a deadline of this provision")),
]
SJ_UNITS=["区科学技术和信息化局","区统计局、区经济和信息化局","区经济和信息化局","区科学技术和信息化局、区财政局、区市场监督管理局","区人力资源和社会保障局","区经济和信息化局、区国资委","区科学技术和信息化局","区司法局、区营商环境建设办公室","区科学技术和信息化局","区商务局、区市场监督管理局","各政策主管部门",None]
sj_meta=dict(file="shijingshan_2026_shuzi_jingji_zhizao.txt",title="石景山区支持数字经济和先进制造企业高质量发展的若干措施",issuer="北京市石景山区人民政府",doc_number="石政发〔2026〕7号",district="石景山区",date="2026-06-12",date_as_printed="二〇二六年六月十二日",in_force_from="2026-07-01",valid_until=SJS_END,valid_until_basis=SJS_BASIS,numbering="articles 第一条…第十二条: '第一条　heading' (full-width space) on its own line, body in the next paragraph, then a separate paragraph 牵头单位：… (not （责任单位：…）), none after 第十二条")
sj_header="""北京市石景山区人民政府关于印发《石景山区支持数字经济和先进制造企业高质量发展的若干措施》的通知

石政发〔2026〕7号

各街道办事处，区政府各委、办、局，各区属机构：

现将《石景山区支持数字经济和先进制造企业高质量发展的若干措施》印发给你们，请认真贯彻执行。

北京市石景山区人民政府
二〇二六年六月十二日

石景山区支持数字经济和先进制造企业高质量发展的若干措施

为抢抓数字经济和人工智能发展机遇，推动首钢园等重点区域产业转型，支持软件信息服务和先进制造企业做优做强，根据国家和本市有关规定，结合本区实际，制定本措施。"""
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
def sj_render():
    out=[]
    for i,m in enumerate(sj,1):
        m["no"]=f"第{cn(i)}条"
        out.append(f"第{cn(i)}条　{m['heading']}")
        out.append(m["text"])
        if SJ_UNITS[i-1]: out.append("牵头单位："+SJ_UNITS[i-1])
    return out
# consistency: SJ units == gold responsible_units
for i,m in enumerate(sj):
    u=SJ_UNITS[i]; assert (u.split("、") if u else [])==m["gold"]["responsible_units"],(i,u)
for m in cy:
    if "（责任单位：" in m["text"]:
        u=m["text"].split("（责任单位：")[1].rstrip("）").split("、"); assert u==m["gold"]["responsible_units"],m["heading"]
for m in cy+sj:
    b=m["gold"]["deadline_basis"]; assert b in m["text"] or m["gold"]["deadline_source"]=="document",(m["heading"],b)

for meta,header,lines,ms in ((cy_meta,cy_header,cy_render(),cy),(sj_meta,sj_header,sj_render(),sj)):
    txt="\n\n".join([header]+lines)+"\n"
    gold=finish(meta,ms)
    assert gold["valid_until_basis"] in txt
    name=meta["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(ms),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
