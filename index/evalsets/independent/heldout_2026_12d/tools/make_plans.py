# Generates ../plans/*.txt and ../plans/*.gold.json (text and gold from one source, so they agree).
# Run from the set folder:  /usr/bin/python3 tools/make_plans.py
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'M月底前' = last day of month M. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date that only binds a government body (payment, review, plan) while the applicant has its own date is not the deadline; for a 政府职责 measure the body's own date is the deadline.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业; '小微企业' is written 小型微型企业. '企业' is used where the text says 企业/各类企业/用人单位 without size (so it includes 大型企业). '经营主体/市场主体' without size = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定 / 按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable (文旅 alone is not mappable)",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def gold_of(m):
    g=dict(m["gold"]); g["heading"]=m["heading"]
    g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
    return {k:g[k] for k in ORDER if k in g}
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ====================== 密云区 ======================
# parts 一、… on their own line; measures （一）heading。body restart in every part; （责任单位：…） at the end
MY_DOCEND="2028-02-09"; MY_BASIS="本措施自发布之日起2年内有效"
def myd(**k):
    d=dict(deadline=MY_DOCEND,deadline_basis=MY_BASIS,deadline_source="document"); d.update(k); return d
BOTH=["住宿餐饮","批发零售"]
my=[
 dict(part="激发文旅消费活力",heading="发放“畅游密云”消费券",units=["区商务局","区文化和旅游局","区财政局"],
  text="区商务局联合合作银行和本地生活服务平台分两期发放“畅游密云”消费券，消费者领取后在参与活动的餐饮、零售、住宿门店消费时直接抵扣，核销金额由区级财政按月结算给参与商户。在本区登记注册、近两年无严重失信记录的餐饮、零售、住宿经营主体均可报名参与。第一期商户报名截止时间为2026年4月30日，第二期须于2026年8月31日前完成报名。合作银行和平台企业仅提供发券、核销结算等技术服务，不分享核销资金；消费券限消费者本人使用，不得兑换现金。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["合作银行","本地生活服务平台企业","消费者"],conditional=True,deadline="2026-08-31",deadline_basis="第二期须于2026年8月31日前完成报名。",deadline_source="measure",industries=BOTH,note="merchants benefit by enrolling (consumers hold the vouchers); 经营主体 without size = 企业+个体工商户; two enrolment dates, the later one (2026-08-31) is the deadline; expired")),
 dict(part="激发文旅消费活力",heading="支持夜间消费街区延时经营",units=["区商务局","各相关镇人民政府","各街道办事处"],
  text="对在区级夜间消费街区内经营、每日营业至22时以后且连续经营满6个月的餐饮、零售个体工商户，按照每户每年3000元给予延时经营补贴。街区运营管理方不得以商户享受补贴为由上调租金或者加收管理费用，其本身不享受本项补贴。2026年度补贴于11月1日至11月20日集中申报，区商务局于12月31日前完成审核拨付。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["街区运营管理方"],conditional=True,deadline="2026-11-20",deadline_basis="2026年度补贴于11月1日至11月20日集中申报",deadline_source="measure",industries=BOTH,note="个体工商户 only (firms excluded); conditions inline (22时, 6 months); landlord-like operator bound, not benefited; 12月31日 is the bureau's payment date, NOT the deadline; application window closed 2026-11-20 → expired")),
 dict(part="激发文旅消费活力",heading="办好四季文旅消费季",units=["区文化和旅游局","区商务局"],
  text="区文化和旅游局会同区商务局于2026年5月底前制定全年文旅消费季活动方案，围绕春季踏青、夏季避暑、秋季采摘和冬季冰雪，全年组织不少于8场主题消费活动，统筹做好活动宣传推介和安全保障工作。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-05-31",deadline_basis="于2026年5月底前制定全年文旅消费季活动方案",deadline_source="measure",industries=[],addressees=["区文化和旅游局","区商务局"],note="government body's own date (月底前), not an applicant's deadline; nothing a business can apply for")),
 dict(part="扶持个体工商户稳定经营",heading="给予首次开业补贴",units=["区市场监督管理局","区商务局"],
  text="对2026年1月1日以后在本区首次登记注册、从事餐饮或者零售经营的个体工商户，正常经营满6个月且按时报送年度报告的，给予一次性开业补贴5000元。同一经营者注销后重新登记的，不视为首次登记；连锁企业设立的分支机构不适用本项补贴。补贴申请至2027年6月30日止。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["连锁企业分支机构"],conditional=True,deadline="2027-06-30",deadline_basis="补贴申请至2027年6月30日止。",deadline_source="measure",industries=BOTH,note="首次 + 6 months + annual report inline; 2026-01-01 is a start date, not the deadline")),
 dict(part="扶持个体工商户稳定经营",heading="减轻经营用房租金负担",units=["区国资委","区商务局","区财政局"],
  text="区属国有企业出租经营用房的，对承租其房屋从事餐饮、零售经营的个体工商户，减免2026年上半年3个月租金。鼓励其他房屋出租人为个体工商户减免租金，对2026年上半年累计减免1个月以上租金的非国有房屋出租人，按照减免金额的30%给予补助，单个出租人最高5万元。转租方须将减免让利全额传导至实际经营的个体工商户，转租方不享受出租人补助。出租人补助申报截止时间为2026年7月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","其他:非国有房屋出租人"],not_beneficiaries=["区属国有企业（出租方）","转租方"],conditional=True,deadline="2026-07-31",deadline_basis="出租人补助申报截止时间为2026年7月31日。",deadline_source="measure",industries=BOTH,note="twist: state-owned landlords are bound (no benefit), private landlords RECEIVE a 30% subsidy, sub-lessors excluded; tenant relief covers 上半年 (2026-06-30, accept), landlord application closes 2026-07-31; expired either way")),
 dict(part="扶持个体工商户稳定经营",heading="培育“名特优新”个体工商户",units=["区市场监督管理局"],
  text="对经区市场监督管理局认定为“名特优新”的个体工商户，给予一次性奖励1万元，并优先推荐入驻区级特色商业街区；认定标准和程序由区市场监督管理局另行制定。2026年度认定申报须于10月底前完成。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="2026年度认定申报须于10月底前完成。",deadline_source="measure",industries=[],note="认定 + rules 另行制定; '10月底前' without year = 2026-10-31; expired")),
 dict(part="扶持个体工商户稳定经营",heading="提供登记年报免费帮办服务",units=["区市场监督管理局","各镇人民政府","各街道办事处"],
  text="依托全区个体工商户服务站，为个体工商户免费提供登记注册、年度报告填报、食品经营许可申请等帮办代办服务，个体工商户可以通过“密云个体服务”小程序在线预约。",
  gold=myd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=False,industries=[],note="free service a 个体工商户 can book; not core money; no subject written (government implied); alt 政府职责")),
 dict(part="加大金融和用工支持",heading="推出“文旅贷”专项产品",units=["区金融服务办","区财政局","区文化和旅游局"],
  text="区金融服务办会同合作银行面向本区文旅、餐饮、零售领域中小微企业和个体工商户推出“文旅贷”，单户贷款额度最高100万元，区级财政按照1年期贷款市场报价利率的40%给予贴息，单户年度贴息不超过3万元。合作银行和区融资担保公司按照市场化原则开展业务，不纳入贴息范围。符合条件的经营主体按照《密云区“文旅贷”贴息管理办法》申请贴息。本项政策执行至2027年3月31日，区金融服务办每季度末月20日前完成上一季度贴息资金拨付。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,deadline="2027-03-31",deadline_basis="本项政策执行至2027年3月31日",deadline_source="measure",industries=BOTH,note="conditions elsewhere (贴息管理办法, 符合条件的); quarterly '20日前' is the bureau's payment date, not the deadline; 文旅 part not mappable to an industry value")),
 dict(part="加大金融和用工支持",heading="支持吸纳本地劳动力就业",units=["区人力资源和社会保障局","各镇人民政府","各街道办事处"],
  text="本区个体工商户和小微企业2026年新招用本区农村劳动力，签订1年以上劳动合同并为其缴纳社会保险的，按照每人每月500元给予用人单位最长6个月岗位补贴。补贴资金拨付至用人单位账户，不直接发放给被招用人员。申请须于12月20日前向所在镇人民政府或者街道办事处提交。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["被招用的本区农村劳动力"],conditional=True,deadline="2026-12-20",deadline_basis="申请须于12月20日前向所在镇人民政府或者街道办事处提交。",deadline_source="measure",industries=[],note="hired workers are not beneficiaries; date without year = 2026-12-20, still open on 2026-12-04")),
 dict(part="优化消费经营环境",heading="维护商户公平经营权益",units=["区市场监督管理局","区商务局","区文化和旅游局"],
  text="景区、商业综合体和外卖平台等经营管理方不得强制入驻的个体工商户和中小微企业参加促销活动、设置排他性经营条件或者收取合同约定以外的费用。商户认为自身合法权益受到侵害的，可以向区市场监督管理局投诉或者拨打12345热线反映，有关部门应当在7个工作日内反馈处理意见。",
  gold=myd(kind="可主张的权利",beneficiaries=["个体工商户","中小企业"],not_beneficiaries=["景区经营管理方","商业综合体经营管理方","外卖平台"],conditional=False,industries=[],note="ban on forced promotions/exclusivity/extra fees plus complaint channel with 7-day reply; operators and platforms bound")),
 dict(part="优化消费经营环境",heading="落实经营者主体责任",units=["区市场监督管理局","区商务局"],
  text="参与本措施各项活动的餐饮、零售经营者，应当严格执行明码标价制度，不得在消费券核销中虚构交易、套取补贴；餐饮经营者应当落实食品安全自查、从业人员健康管理和反食品浪费要求。违反规定的，取消其享受本措施的资格，追回已拨付资金，并依法纳入信用记录。",
  gold=myd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["参与本措施活动的餐饮、零售经营者"],note="price marking, no fake redemption, food safety; claw-back")),
 dict(part="附则",heading="附则",units=[],
  text="本措施自发布之日起2年内有效，由区商务局会同区市场监督管理局负责解释。本措施与本区其他同类政策有重复的，按照从优不重复的原则执行。",
  gold=myd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="发布 2026-02-10 + 2 years - 1 day = 2028-02-09 (accept 2028-02-10)")),
]
my_meta=dict(file="miyun_2026_wenlv_xiaofei_geti.txt",title="密云区促进文旅消费和支持餐饮零售个体工商户发展的若干措施",issuer="北京市密云区人民政府办公室",doc_number="密政办发〔2026〕7号",district="密云区",date="2026-02-10",date_as_printed="2026年2月10日",in_force_from="2026-02-10",valid_until=MY_DOCEND,valid_until_basis="本措施自发布之日起2年内有效，由区商务局会同区市场监督管理局负责解释。",
 numbering="five parts 一、…五、 as headings on their own line; measures （一）heading。body whose numbers RESTART in every part (gold keys 1–12 run in reading order); （责任单位：…） at the end; part 五、附则 has one unnumbered paragraph (gold 12)")
my_header="""北京市密云区人民政府办公室关于印发《密云区促进文旅消费和支持餐饮零售个体工商户发展的若干措施》的通知

密政办发〔2026〕7号

各镇人民政府，各街道办事处，各地区办事处，区政府各委、办、局，各区属机构：

为进一步释放文旅消费潜力，帮助餐饮零售个体工商户稳定经营，经区政府同意，现将《密云区促进文旅消费和支持餐饮零售个体工商户发展的若干措施》印发给你们，请结合职责抓好贯彻落实。

北京市密云区人民政府办公室
2026年2月10日

（此件公开发布）

密云区促进文旅消费和支持餐饮零售个体工商户发展的若干措施

为深入落实扩大内需战略，发挥本区生态涵养和山水文旅资源优势，推动文旅消费提质扩容，支持餐饮、零售等行业个体工商户和中小微企业健康发展，结合本区实际，提出如下措施。"""
def render_my(ms):
    out=[]; part=None; pi=0; si=0
    for m in ms:
        if m["part"]!=part:
            part=m["part"]; pi+=1; si=0; out.append(f"{cn(pi)}、{part}")
        if m["part"]=="附则":
            out.append(m["text"]); continue
        si+=1
        u=f"（责任单位：{'、'.join(m['units'])}）" if m["units"] else ""
        out.append(f"（{cn(si)}）{m['heading']}。{m['text']}{u}")
    return out

# ====================== 昌平区 ======================
# article style 第一条　heading。body; responsibility on its own line as 牵头单位：…；配合单位：…
CP_DOCEND="2029-05-31"; CP_BASIS="本措施自2026年6月1日起施行，有效期三年。"
def cpd(**k):
    d=dict(deadline=CP_DOCEND,deadline_basis=CP_BASIS,deadline_source="document"); d.update(k); return d
M=["制造业"]
cp=[
 dict(heading="适用范围",lead=[],coop=[],
  text="本措施适用于在昌平区注册登记、具有独立法人资格、符合国家中小企业划型标准的制造业企业（以下简称制造业中小企业），本措施另有规定的除外。本措施所称专精特新中小企业，是指经市经济和信息化局认定并在有效期内的企业。",
  gold=cpd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="scope and definitions; the size/trade restriction set here governs later articles (第六条 lifts it)")),
 dict(heading="设立贷款风险补偿资金池",lead=["区金融服务办"],coop=["区财政局","区经济和信息化局"],
  text="区财政安排2亿元设立制造业中小企业贷款风险补偿资金池，合作银行向制造业中小企业发放首次贷款和信用贷款形成不良的，经认定后按照本金损失的40%给予合作银行风险补偿。合作银行名单和风险补偿办法由区金融服务办会同区财政局另行制定。",
  gold=cpd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["其他:合作银行"],not_beneficiaries=["制造业中小企业（借款企业）"],conditional=True,industries=M,note="HARD: the money goes to partner banks; the borrowing SMEs benefit only indirectly and can apply for nothing; rules 另行制定; a judge focused on business-facing support may take 政府职责")),
 dict(heading="实施首贷贴息",lead=["区金融服务办"],coop=["区财政局"],
  text="对首次获得银行贷款的制造业中小企业，按照其实际支付利息的50%给予贴息，单户最高30万元，贴息资金直接拨付至企业账户，经办银行不得以贴息为由提高贷款利率。“首次获得银行贷款”以中国人民银行征信系统记录为准。本条适用于2026年度内新发放的首笔贷款。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["经办银行"],conditional=True,deadline="2026-12-31",deadline_basis="本条适用于2026年度内新发放的首笔贷款。",deadline_source="measure",industries=M,note="首次 condition; '2026年度' = 2026-12-31 (loan window; no separate application date); bank bound")),
 dict(heading="降低融资担保成本",lead=["区金融服务办"],coop=["区财政局"],
  text="区融资担保公司为制造业中小企业提供贷款担保的，年化担保费率不超过1%；对纳税信用等级为B级以上的制造业中小企业实际支付的担保费，按照50%给予补贴，单户年度最高20万元。区融资担保公司因降费形成的损失由区财政另行核定补偿，不适用本条补贴。本条执行至2027年12月31日。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区融资担保公司"],conditional=True,deadline="2027-12-31",deadline_basis="本条执行至2027年12月31日。",deadline_source="measure",industries=M,note="condition inline (纳税信用B级以上); guarantee firm capped and compensated elsewhere, not a beneficiary of this article")),
 dict(heading="支持融资租赁购置设备",lead=["区经济和信息化局"],coop=["区金融服务办","区财政局"],
  text="对制造业中小企业通过融资租赁方式购置生产设备，租赁合同于2025年7月1日至2026年6月30日期间签订的，按照合同设备价款的5%给予补贴，单户最高100万元。融资租赁公司和设备经销商不享受本项补贴。申报材料须于2026年9月15日前报送区经济和信息化局，逾期不予受理。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["融资租赁公司","设备经销商"],conditional=True,deadline="2026-09-15",deadline_basis="申报材料须于2026年9月15日前报送区经济和信息化局，逾期不予受理。",deadline_source="measure",industries=M,note="lessor and dealer excluded; contract window ends 2026-06-30, application 2026-09-15 is the deadline; expired")),
 dict(heading="支持智能化绿色化技术改造",lead=["区经济和信息化局"],coop=["区发展改革委","区财政局"],
  text="本区制造业企业（不受企业规模限制）实施智能化、绿色化技术改造，项目年度设备投资额在500万元以上的，按照设备投资额的10%给予补助，单个项目最高500万元。项目须于2026年6月底前完成区经济和信息化局备案，具体申报指南另行发布。",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-06-30",deadline_basis="项目须于2026年6月底前完成区经济和信息化局备案",deadline_source="measure",industries=M,note="size restriction lifted: all manufacturing firms incl. 大型企业 (accept ['中小企业','大型企业']); 500万 threshold + guide 另行发布; 备案 '6月底前' closed → expired")),
 dict(heading="奖励专精特新企业",lead=["区经济和信息化局"],coop=["区财政局"],
  text="对首次被认定为国家级专精特新“小巨人”的企业给予一次性奖励50万元，对首次被认定为北京市专精特新中小企业的给予一次性奖励10万元。奖励采取“免申即享”方式，由区经济和信息化局根据认定名单于每年第四季度直接兑付。",
  gold=cpd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=M,note="认定 + 首次; 免申即享; '每年第四季度' is the bureau's payment timing, not an applicant deadline → document validity; industry 制造业 from 第一条 scope")),
 dict(heading="支持上市挂牌融资",lead=["区金融服务办"],coop=[],
  text="对在北京证券交易所上市的制造业中小企业给予一次性奖励300万元，对在全国中小企业股份转让系统创新层挂牌的给予一次性奖励50万元；已享受市级同类奖励的，按照差额补足。保荐机构、会计师事务所、律师事务所等中介机构不属于奖励对象。符合条件的企业按照有关规定向区金融服务办申请。",
  gold=cpd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["保荐机构","会计师事务所","律师事务所"],conditional=True,industries=M,note="conditions elsewhere (符合条件的, 按照有关规定); intermediaries excluded")),
 dict(heading="给予先进制造园区厂房租金补贴",lead=["区经济和信息化局"],coop=["区规划和自然资源委","各镇人民政府"],
  text="对新入驻区级认定的先进制造特色园区、租用生产厂房面积1000平方米以上的制造业中小企业，按照实际租金的30%给予补贴，补贴期2年，每年最高100万元。园区运营方应当与企业签订不少于5年的租赁合同，补贴期内不得上调租金，园区运营方不享受本项补贴。本条适用于2026年6月1日至2027年5月31日期间签订的入驻租赁合同。",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["园区运营方"],conditional=True,deadline="2027-05-31",deadline_basis="本条适用于2026年6月1日至2027年5月31日期间签订的入驻租赁合同。",deadline_source="measure",industries=M,note="landlord (park operator) bound, not benefited; 1000㎡ threshold, park must be 认定; contract window end is the deadline (application date not stated)")),
 dict(heading="保障中小企业融资公平权益",lead=["区金融服务办"],coop=["区市场监督管理局"],
  text="银行业金融机构为制造业中小企业办理贷款时，不得强制搭售理财、保险等产品，不得收取承诺费、资金管理费等不合理费用，不得将存款作为审批和发放贷款的前提条件。企业认为金融机构存在上述行为的，可以向区金融服务办投诉，区金融服务办应当自受理之日起10个工作日内告知处理进展。",
  gold=cpd(kind="可主张的权利",beneficiaries=["中小企业"],not_beneficiaries=["银行业金融机构"],conditional=False,industries=M,note="bans on tying/fees/deposit conditions plus complaint with 10-day reply; banks bound")),
 dict(heading="搭建政银企对接平台",lead=["区金融服务办"],coop=["区经济和信息化局"],
  text="区金融服务办会同区经济和信息化局于2026年底前建成“昌平制造业融资服务平台”，归集企业融资需求和金融产品信息，每季度组织不少于2场政银企对接活动。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="于2026年底前建成“昌平制造业融资服务平台”",deadline_source="measure",industries=[],addressees=["区金融服务办","区经济和信息化局"],note="government build date (年底前); the platform is a later service (alt 可申请的支持, weak)")),
 dict(heading="履行资金使用和留区经营承诺",lead=["区经济和信息化局"],coop=["区税务局"],
  text="享受本措施资金支持的企业，应当如实申报、专款专用，自最后一笔资金拨付之日起5年内不得将注册地和税务登记地迁出本区；迁出的，应当全额退回已获得的支持资金。企业应当配合开展政策绩效评价，按照要求报送生产经营和融资数据。",
  gold=cpd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],addressees=["享受本措施资金支持的企业"],note="truthful application, 5-year stay, claw-back, reporting")),
 dict(heading="附则",lead=[],coop=[],
  text="本措施自2026年6月1日起施行，有效期三年。同一企业同一事项符合本区多项政策的，按照“从优、就高、不重复”原则执行；国家和本市出台相关政策的，从其规定。本措施由区经济和信息化局、区金融服务办按照职责分工负责解释。",
  gold=cpd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],note="in force 2026-06-01 + 3 years (written 三年) - 1 day = 2029-05-31 (accept 2029-06-01); signed 2026-05-20")),
]
for m in cp: m["gold"]["responsible_units"]=m["lead"]+m["coop"]
for m in my: m["gold"]["responsible_units"]=m["units"]
cp_meta=dict(file="changping_2026_zhizao_zhongxiao_rongzi.txt",title="昌平区支持先进制造业中小企业融资发展的若干措施",issuer="北京市昌平区人民政府",doc_number="昌政发〔2026〕6号",district="昌平区",date="2026-05-20",date_as_printed="二〇二六年五月二十日",in_force_from="2026-06-01",valid_until=CP_DOCEND,valid_until_basis=CP_BASIS,
 numbering="articles 第一条…第十三条 with a full-width space, the heading sentence inline ending in 。, no parts; responsibility on its own line 牵头单位：…；配合单位：… (absent for 第一条 and 第十三条)")
cp_header="""北京市昌平区人民政府关于印发《昌平区支持先进制造业中小企业融资发展的若干措施》的通知

昌政发〔2026〕6号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

现将《昌平区支持先进制造业中小企业融资发展的若干措施》印发给你们，请认真贯彻执行。

北京市昌平区人民政府
二〇二六年五月二十日

昌平区支持先进制造业中小企业融资发展的若干措施

为深入实施制造强国战略，着力缓解先进制造业中小企业融资难、融资贵问题，引导金融资源更多投向智能制造、医药健康、先进能源等重点产业领域，推动本区制造业高质量发展，制定本措施。"""
def render_cp(ms):
    out=[]
    for i,m in enumerate(ms,1):
        s=f"第{cn(i)}条　{m['heading']}。{m['text']}"
        if m["lead"]:
            s+="\n牵头单位："+"、".join(m["lead"])+("；配合单位："+"、".join(m["coop"]) if m["coop"] else "")
        out.append(s)
    return out

for meta,header,ms,render in ((my_meta,my_header,my,render_my),(cp_meta,cp_header,cp,render_cp)):
    txt="\n\n".join([header]+render(ms))+"\n"
    gold=dict(meta); gold["conventions"]=CONV
    gold["measures"]={str(i):gold_of(m) for i,m in enumerate(ms,1)}
    for k,g in gold["measures"].items():
        if g["deadline_source"]=="measure": assert g["deadline_basis"] in txt,(k,g["deadline_basis"])
        assert g["kind"] in CONV["kind_values"]
    assert meta["valid_until_basis"] in txt
    name=meta["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(ms),dict(collections.Counter(g["kind"] for g in gold["measures"].values())),
          "expired",[k for k,g in gold["measures"].items() if g["expired_on_2026_12_04"]])
