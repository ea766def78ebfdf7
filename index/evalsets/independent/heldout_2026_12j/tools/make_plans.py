import json,collections
# conventions: keys and wording taken over from the format example gold (heldout_2026_12c), with additions marked "(added)"
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'M月底' = last day of M. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). (added) A recurring window (每半年/每季度) → the last stated round. A moving window relative to the applicant's own event (闭幕之日起90日内, 结清之日起6个月内) is not a fixed date → document validity end (note says so). A date that is a government body's own completion/payment date (免申即享 拨付/督促落实, 建成) is taken as the measure's deadline, as in the example.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 without size. (added) where only consumers receive the money, beneficiaries name them (其他:个人消费者) and the businesses involved are not_beneficiaries.",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, 农业 (farm producers only), plus (added) 交通运输仓储 for logistics-only measures (flagged in note, alt []); [] = not restricted or not mappable"
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,tail,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}
    for i,m in enumerate(measures,1):
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 大兴区 ----------------
DX_END="2028-12-31"; DX_BASIS="本措施自印发之日起施行，有效期至2028年12月31日。"
def dxd(**k):
    d=dict(deadline=DX_END,deadline_basis=DX_BASIS,deadline_source="document"); d.update(k); return d
def M(**k): return dict(deadline_source="measure",**k)
dx=[
 dict(part="一、促进临空经济和现代物流集聚发展",heading="鼓励企业落户临空经济区",
  text="对2026年1月1日以后新注册落户北京大兴国际机场临空经济区（大兴片区）、实缴注册资本不低于1000万元且承诺在区内实际经营的企业，按照实缴注册资本的1%给予落户奖励，单个企业最高100万元。为企业提供招商居间服务的中介机构、代理记账机构不享受本项奖励。符合条件的企业须于2026年9月30日前向区投资促进服务中心提交申报材料，逾期视为自动放弃。（责任单位：区投资促进服务中心、区财政局）",
  gold=M(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["招商中介机构","代理记账机构"],conditional=True,deadline="2026-09-30",deadline_basis="符合条件的企业须于2026年9月30日前向区投资促进服务中心提交申报材料，逾期视为自动放弃。",industries=[],responsible_units=["区投资促进服务中心","区财政局"],note="newly registered after 2026-01-01 + paid-in capital ≥1000万 inline; intermediaries excluded; expired")),
 dict(heading="降低物流企业仓储成本",
  text="对在本区连续经营满2年、上年度营业收入不超过2亿元的中小物流企业，租用区内高标准仓库且单个租赁面积在5000平方米以上的，按照年度实际租金的20%给予补贴，单个企业每年最高50万元。仓储设施出租方不得以承租企业享受补贴为由上调租金，出租方及转租方均不属于补贴对象。补贴每半年受理一次，分别于每年6月、12月集中受理，最后一轮受理至2028年12月15日止。（责任单位：区商务局、区交通局）",
  gold=M(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["仓储设施出租方","转租方"],conditional=True,deadline="2028-12-15",deadline_basis="补贴每半年受理一次，分别于每年6月、12月集中受理，最后一轮受理至2028年12月15日止。",industries=["交通运输仓储"],responsible_units=["区商务局","区交通局"],note="连续经营满2年 and 营业收入不超过2亿元 inline; landlord and sub-landlord bound, not benefited; recurring window, last round is the deadline; industry value outside the earlier vocabulary (alt [])")),
 dict(heading="支持跨境电商和保税物流发展",
  text="对在北京大兴国际机场综合保税区开展跨境电商零售进口业务的企业，年度进口额首次突破5000万元的，给予一次性奖励30万元；首次突破1亿元的，再给予一次性奖励50万元。为进口企业提供通关服务的跨境电商综合服务平台、报关代理企业不享受本项奖励。2026年度奖励应于2027年3月底前申报。（责任单位：区商务局、区财政局）",
  gold=M(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["跨境电商综合服务平台","报关代理企业"],conditional=True,deadline="2027-03-31",deadline_basis="2026年度奖励应于2027年3月底前申报。",industries=["批发零售"],responsible_units=["区商务局","区财政局"],note="首次突破 thresholds inline; service platforms excluded; cross-border retail import read as 批发零售 (alt [])")),
 dict(heading="推动城市配送车辆绿色更新",
  text="对本区从事城市配送业务的个体工商户，以及上年度营业收入不超过1000万元的小微物流企业，淘汰国四及以下排放标准柴油货车并购置新能源轻型货车的，每辆给予1.5万元补贴，单个主体最多补贴10辆。车辆经销商须如实开具购车发票，不得借补贴政策抬高售价，经销商不享受本项补贴。购车发票日期须在2026年5月1日至2026年10月31日之间，补贴申报于2026年11月15日截止。（责任单位：区商务局、区生态环境局、区交通局）",
  gold=M(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["车辆经销商"],conditional=True,deadline="2026-11-15",deadline_basis="补贴申报于2026年11月15日截止。",industries=["交通运输仓储"],responsible_units=["区商务局","区生态环境局","区交通局"],note="purchase window ends 2026-10-31, application 2026-11-15 (the later date is the deadline); dealer bound; expired; industry outside earlier vocabulary (alt [])")),
 dict(part="二、加快生物医药产业创新发展",heading="支持创新药械临床研究",
  text="对注册在本区的生物医药企业自主研发的1类创新药，首次进入Ⅱ期、Ⅲ期临床试验的，分别按照该阶段实际研发投入的20%给予补助，单个品种累计最高800万元；取得第三类医疗器械首次注册证的，给予最高200万元补助。接受委托开展研发服务的合同研究组织（CRO）不作为补助对象。申报条件和材料要求按照区经济和信息化局另行制定的申报指南执行，每年集中受理一次，具体时间以当年申报通知为准。（责任单位：区经济和信息化局、区财政局）",
  gold=dxd(kind="可申请的支持",beneficiaries=["其他:生物医药企业"],not_beneficiaries=["合同研究组织（CRO）"],conditional=True,industries=["制造业"],responsible_units=["区经济和信息化局","区财政局"],note="首次 inline plus 申报指南 另行制定; yearly call with date announced later → document end; biopharma read as 制造业 (alt [])")),
 dict(heading="奖励新认定的创新型企业",
  text="对2026年首次被认定为国家高新技术企业的区内中小企业，给予一次性奖励10万元；对新获评北京市“专精特新”中小企业的，给予一次性奖励20万元；新获评国家级专精特新“小巨人”企业的，给予一次性奖励50万元。上述奖励实行“免申即享”，由区科学技术委员会、区经济和信息化局根据认定和公示名单直接核拨，企业无需提出申请，奖励资金于2027年1月31日前拨付到位。（责任单位：区科学技术委员会、区经济和信息化局、区财政局）",
  gold=M(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-01-31",deadline_basis="奖励资金于2027年1月31日前拨付到位。",industries=[],responsible_units=["区科学技术委员会","区经济和信息化局","区财政局"],note="award for newly gaining a status (认定); 免申即享 — no application; the date is the government's payment date, not an applicant deadline (alt document end 2028-12-31)")),
 dict(heading="缓解科技企业融资难题",
  text="对以专利权、商标权质押方式取得银行贷款的本区中小企业，按照贷款市场报价利率的50%给予贴息；贷款由区融资担保机构提供担保的，再按照实际担保费的50%给予担保费补贴，单个企业年度贴息和担保费补贴合计最高100万元。贷款银行、融资担保机构和知识产权评估机构均不享受本项资金。企业应当在贷款本息结清之日起6个月内提出申请，逾期不予受理。（责任单位：区金融服务办公室、区市场监督管理局、区财政局）",
  gold=dxd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["贷款银行","融资担保机构","知识产权评估机构"],conditional=True,industries=[],responsible_units=["区金融服务办公室","区市场监督管理局","区财政局"],note="moving window (6 months after repayment) is applicant-specific → document end; bank, guarantee firm, appraiser excluded")),
 dict(heading="保障重点企业人才住房",
  text="经区经济和信息化局认定的区级重点生物医药企业，可为其引进的研发和技术骨干统一申请配租区人才公寓，租金按照同地段市场租金的70%执行，配租期限最长3年。人才公寓运营单位不得向企业收取租金以外的其他费用。企业应当按照有关规定如实报送人员信息，不得将配租房屋转租、转借。（责任单位：区经济和信息化局、区住房和城乡建设委员会）",
  gold=dxd(kind="可申请的支持",beneficiaries=["其他:经认定的区级重点生物医药企业"],not_beneficiaries=["人才公寓运营单位"],conditional=True,industries=["制造业"],responsible_units=["区经济和信息化局","区住房和城乡建设委员会"],note="requires 认定; the firm applies, its hired staff live in the flats (end users, disputable whether beneficiaries); landlord-operator bound; industry alt []")),
 dict(part="三、强化企业服务保障",heading="建设临空经济区企业综合服务中心",
  text="区政务服务管理局会同临空经济区管委会于2026年上半年在临空经济区设立企业综合服务中心，集中提供登记注册、项目审批、政策兑现和跨境贸易咨询等“一站式”服务。（责任单位：区政务服务管理局、临空经济区（大兴）管委会）",
  gold=M(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="于2026年上半年在临空经济区设立企业综合服务中心",industries=[],responsible_units=["区政务服务管理局","临空经济区（大兴）管委会"],addressees=["区政务服务管理局","临空经济区管委会"],note="government body's own completion date (上半年 = 06-30), expired; the service itself continues; alt 可申请的支持 (service) weak")),
 dict(heading="规范涉企行政检查",
  text="区有关部门对临空经济区内企业开展行政检查，应当纳入全区年度检查计划，同一部门对同一企业的常规检查每年不超过1次。企业对未列入计划且无投诉举报、无转办线索的检查，可以向区司法局反映；认为检查人员存在违规收费、索要财物等行为的，可以通过12345热线或区营商环境投诉平台投诉，受理部门应当在5个工作日内答复。（责任单位：区司法局、区政务服务管理局）",
  gold=dxd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区政务服务管理局"],note="limit on inspections + complaint channel with 5-day reply; firms in the 临空经济区")),
 dict(heading="落实资金支持企业承诺",
  text="获得本措施落户奖励、研发补助的企业，应当承诺自获得资金之日起5年内注册地址和税务登记不迁离本区、不减少注册资本；确需迁出或减资的，应当提前告知区投资促进服务中心并按比例退还已获资金。申报单位对所提交材料的真实性负责。（责任单位：区投资促进服务中心、区财政局）",
  gold=dxd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区投资促进服务中心","区财政局"],addressees=["获得落户奖励、研发补助的企业","申报单位"],note="5-year stay commitment, claw-back, truthful materials")),
 dict(part="四、附则",heading="施行日期和解释",
  text="本措施自印发之日起施行，有效期至2028年12月31日。同一企业同一项目符合本区其他同类政策的，按照“从优不重复”原则享受。本措施由区发展和改革委员会会同区商务局、区经济和信息化局负责解释。",
  gold=dxd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity end stated directly")),
]
dx_meta=dict(file="daxing_2026_linkong_wuliu_shengwuyiyao.txt",title="大兴区支持临空经济区现代物流和生物医药产业高质量发展的若干措施",issuer="北京市大兴区人民政府办公室",doc_number="京兴政办发〔2026〕7号",district="大兴区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-04-20",valid_until=DX_END,valid_until_basis=DX_BASIS,numbering="four parts 一、…四、 (part headings on their own line); measures （一）…（十二） numbered continuously across parts, heading sentence inline ending with 。; （责任单位：…） at the end except （十二）")
dx_header="""北京市大兴区人民政府办公室关于印发《大兴区支持临空经济区现代物流和生物医药产业高质量发展的若干措施》的通知

京兴政办发〔2026〕7号

各镇人民政府，各街道办事处，各地区办事处，区政府各委、办、局，各区属机构：

《大兴区支持临空经济区现代物流和生物医药产业高质量发展的若干措施》已经区政府第42次常务会议审议通过，现印发给你们，请各单位结合职责抓好贯彻落实。

北京市大兴区人民政府办公室
二〇二六年四月二十日

大兴区支持临空经济区现代物流和生物医药产业高质量发展的若干措施

为用好北京大兴国际机场和临空经济区开放平台优势，推动现代物流、跨境贸易和生物医药产业集聚发展，进一步降低企业经营成本，激发各类经营主体活力，结合本区实际，制定如下措施。"""
def dx_r(i,m):
    s=f"（{cn(i)}）{m['heading']}。{m['text']}"
    return (m["part"]+"\n\n"+s) if m.get("part") else s
dx_txt,dx_gold=build(dx_meta,dx_header,dx,"",dx_r)

# ---------------- 顺义区 ----------------
SY_END="2028-06-30"; SY_BASIS="本规定自2026年7月1日起施行，有效期两年。"
def syd(**k):
    d=dict(deadline=SY_END,deadline_basis=SY_BASIS,deadline_source="document"); d.update(k); return d
sy=[
 dict(heading="新能源汽车置换消费补贴（个人消费者）",
  text="2026年7月1日至10月31日，对在本区汽车销售企业购买新能源乘用车、同时报废或转出本人名下在京登记乘用车的个人消费者，每辆车给予8000元消费补贴。补贴由参与活动的汽车销售企业在售车时先行垫付，再由区商务局与其结算；汽车销售企业不得借机提高售价或捆绑收费，垫付结算资金不属于对企业的补贴。消费者须于2026年11月30日前通过“顺义汽车消费”小程序提交补贴申请，具体申领细则由区商务局另行制定。（责任单位：区商务局、区财政局）",
  gold=M(kind="可申请的支持",beneficiaries=["其他:个人消费者"],not_beneficiaries=["汽车销售企业（经销商）"],conditional=True,deadline="2026-11-30",deadline_basis="消费者须于2026年11月30日前通过“顺义汽车消费”小程序提交补贴申请",industries=[],responsible_units=["区商务局","区财政局"],note="only consumers receive money; dealers advance and are reimbursed, not beneficiaries — a clerk should not offer this to a business; conditions inline + 细则 另行制定; expired")),
 dict(heading="汽车销售企业上规升级奖励",
  text="对2026年度新纳入本区限额以上批发零售业统计的汽车销售企业，给予一次性奖励5万元；对年度零售额首次突破10亿元的汽车销售企业，给予一次性奖励50万元。汽车生产企业在本区设立的直营店按照销售企业同等享受，汽车生产企业本身不享受本项奖励。2026年度奖励于2027年2月底前向区商务局申报。（责任单位：区商务局、区统计局）",
  gold=M(kind="可申请的支持",beneficiaries=["其他:汽车销售企业"],not_beneficiaries=["汽车生产企业"],conditional=True,deadline="2027-02-28",deadline_basis="2026年度奖励于2027年2月底前向区商务局申报。",industries=["批发零售"],responsible_units=["区商务局","区统计局"],note="award for newly gaining 限额以上 status / first crossing 10亿; manufacturer excluded (its direct stores included); 2月底 = 02-28")),
 dict(heading="会展活动场租补贴",
  text="对在本区专业展馆举办、单届展览面积1万平方米以上的经贸类展会，按照展馆场地租金的20%给予主办单位补贴，单个展会最高100万元；首次在本区举办的，补贴比例提高至30%。展馆运营单位、搭建服务商和参展企业不享受本项补贴。主办单位应当在展会闭幕之日起90日内申报。（责任单位：区商务局、区财政局）",
  gold=syd(kind="可申请的支持",beneficiaries=["其他:展会主办单位"],not_beneficiaries=["展馆运营单位","搭建服务商","参展企业"],conditional=True,industries=[],responsible_units=["区商务局","区财政局"],note="moving window (90 days after closing) → document end; venue (landlord), contractors, exhibitors excluded; 首次 raises the rate")),
 dict(heading="国有房屋租金减免（免申即享）",
  text="对承租区属国有企业经营用房、从事餐饮或零售业的个体工商户和小微企业，减免2026年7月至9月房屋租金。减免实行“免申即享”，由出租的区属国有企业直接在应缴租金中核减，区国资委于2026年9月30日前督促各出租单位落实到位。房屋已转租的，转租方应当将减免全额让渡给实际经营者，不得截留。（责任单位：区国资委、区商务局）",
  gold=M(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["区属国有企业（出租方）","转租方"],conditional=True,deadline="2026-09-30",deadline_basis="区国资委于2026年9月30日前督促各出租单位落实到位。",industries=["住宿餐饮","批发零售"],responsible_units=["区国资委","区商务局"],note="免申即享 rent relief for Q3 2026; the date is the supervising body's own date, relief period also over → expired; landlords and sub-landlords bound")),
 dict(heading="餐饮业吸纳就业补贴",
  text="对在本区连续经营满1年的餐饮企业和餐饮类个体工商户，新招用本区户籍劳动力并签订1年以上劳动合同、为其连续缴纳社会保险满6个月的，按照每人3000元给予用人单位一次性补贴，每个经营主体最多补贴20人。补贴资金直接拨付至用人单位账户，被招用人员不得以个人名义申领。补贴按季度受理，每季度最后一个月的1日至20日为受理期，本规定有效期内最后一个受理期至2028年6月20日结束。（责任单位：区人力资源和社会保障局、区商务局）",
  gold=M(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["被招用人员"],conditional=True,deadline="2028-06-20",deadline_basis="本规定有效期内最后一个受理期至2028年6月20日结束。",industries=["住宿餐饮"],responsible_units=["区人力资源和社会保障局","区商务局"],note="连续经营满1年 + 6 months insurance inline; recurring quarterly window, last round is the deadline; hired workers excluded")),
 dict(heading="保障中小餐饮商户平台经营权益",
  text="在本区注册的网络餐饮服务平台企业，对上年度营业收入不超过300万元的本区餐饮商户，不得强制要求其“二选一”独家经营，不得在协议约定外擅自提高佣金费率或者设置不合理的流量扣费。餐饮商户认为平台违反前述规定的，可以向区市场监督管理局投诉举报，区市场监督管理局应当在10个工作日内核查并反馈处理意见。（责任单位：区市场监督管理局、区商务局）",
  gold=syd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["其他:餐饮商户（上年度营业收入不超过300万元）"],not_beneficiaries=["网络餐饮服务平台企业"],conditional=False,industries=["住宿餐饮"],responsible_units=["区市场监督管理局","区商务局"],addressees=["网络餐饮服务平台企业"],note="platform bound; small restaurants can invoke the ban and complain (10 working days); beneficiaries alt [小型微型企业, 个体工商户]")),
 dict(heading="汽车后市场企业融资担保补贴",
  text="对本区从事汽车维修、汽车美容装饰等汽车后市场服务的中小企业，通过区融资担保机构取得1000万元以下流动资金贷款的，担保费率不高于1%，区财政按照实际担保费的50%给予补贴。符合条件的企业名单和贷款用途按照有关规定审核确定。合作银行和区融资担保机构不属于补贴对象。本条政策实施期限截至2027年12月31日。（责任单位：区金融服务办公室、区财政局、区交通局）",
  gold=M(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","区融资担保机构"],conditional=True,deadline="2027-12-31",deadline_basis="本条政策实施期限截至2027年12月31日。",industries=[],responsible_units=["区金融服务办公室","区财政局","区交通局"],note="trade restriction (car repair/detailing) not in the industry vocabulary → []; 按照有关规定 审核; bank and guarantee firm excluded")),
 dict(heading="星级休闲农业园区奖励",
  text="对经市农业农村部门新认定为星级休闲农业园区的本区经营主体，四星级给予一次性奖励20万元，五星级给予一次性奖励30万元，已获同级奖励的不重复奖励。园区土地出租方不享受本项奖励。2026年度认定结果对应的奖励于年底前向区农业农村局申报。（责任单位：区农业农村局、区文化和旅游局）",
  gold=M(kind="可申请的支持",beneficiaries=["其他:休闲农业园区经营主体"],not_beneficiaries=["园区土地出租方"],conditional=True,deadline="2026-12-31",deadline_basis="2026年度认定结果对应的奖励于年底前向区农业农村局申报。",industries=["农业"],responsible_units=["区农业农村局","区文化和旅游局"],note="award for newly gaining a 认定 status; 年底前 = 2026-12-31; landlord excluded; industry 农业 (alt [] or 住宿餐饮)")),
 dict(heading="建设会展一网通办平台",
  text="区商务局会同区政务服务和数据管理局于2026年9月底前建成“顺义会展一网通办”服务平台，为展会主办单位提供场地预订查询、展会备案、临时占道和广告设置许可并联办理服务。（责任单位：区商务局、区政务服务和数据管理局）",
  gold=M(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="于2026年9月底前建成“顺义会展一网通办”服务平台",industries=[],responsible_units=["区商务局","区政务服务和数据管理局"],addressees=["区商务局","区政务服务和数据管理局"],note="government body's own build date, expired; alt 可申请的支持 (service) weak")),
 dict(heading="展会临时餐饮备案便利",
  text="展会期间设置临时餐饮摊位的，可以由展会主办单位统一向区市场监督管理局申请办理临时食品经营备案，材料齐全的，区市场监督管理局于3个工作日内办结。入驻摊位的参展餐饮企业应当持有有效的食品经营许可证。（责任单位：区市场监督管理局）",
  gold=syd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["其他:展会主办单位"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区市场监督管理局"],note="permit facilitation the organiser applies for; conditional on complete materials and exhibitors' licences (alt false); participating food firms have a duty (licence)")),
 dict(heading="规范经营和资金使用",
  text="享受本规定补贴的汽车销售企业和餐饮经营主体，应当严格执行明码标价，不得虚构原价、价格欺诈；补贴资金应当用于主营业务。以虚报、冒领等方式骗取补贴的，由主管部门追回资金，五年内不得申报本区各类财政补贴。（责任单位：区市场监督管理局、区财政局）",
  gold=syd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监督管理局","区财政局"],addressees=["享受补贴的汽车销售企业","餐饮经营主体"],note="price marking, use of funds, claw-back and 5-year bar")),
 dict(heading="用语含义",
  text="本规定所称小微企业，按照国家《中小企业划型标准规定》确定；所称汽车销售企业，是指在本区登记注册并取得汽车品牌授权、从事新车零售的企业；所称本区户籍劳动力，是指户籍在本区、处于法定劳动年龄的人员。",
  gold=syd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="definitions")),
 dict(heading="施行日期",
  text="本规定自2026年7月1日起施行，有效期两年。本规定施行前已按原政策受理的事项，继续按原政策执行。本规定由区商务局负责解释。",
  gold=syd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-07-01 + 2 years - 1 day = 2028-06-30 (accept 2028-07-01); 两年 in Chinese numerals")),
]
sy_meta=dict(file="shunyi_2026_qiche_huizhan_canyin.txt",title="顺义区促进汽车消费和会展餐饮业发展的若干规定",issuer="北京市顺义区人民政府办公室",doc_number="顺政办发〔2026〕14号",district="顺义区",date="2026-06-08",date_as_printed="2026年6月8日",in_force_from="2026-07-01",valid_until=SY_END,valid_until_basis=SY_BASIS,numbering="articles 第一条…第十三条 followed by a full-width space and the body; NO headings in the text (gold 'heading' is the author's summary); （责任单位：…） at the end of 第一条–第十一条")
sy_header="""北京市顺义区人民政府办公室关于印发《顺义区促进汽车消费和会展餐饮业发展的若干规定》的通知

顺政办发〔2026〕14号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构，各有关单位：

经区政府同意，现将《顺义区促进汽车消费和会展餐饮业发展的若干规定》印发给你们，请认真贯彻执行。

北京市顺义区人民政府办公室
2026年6月8日

顺义区促进汽车消费和会展餐饮业发展的若干规定

为进一步释放汽车消费潜力，推动会展业和餐饮业提质发展，稳定经营主体预期，结合本区实际，制定本规定。"""
sy_txt,sy_gold=build(sy_meta,sy_header,sy,"",lambda i,m:f"第{cn(i)}条　{m['text']}")

for txt,gold in ((dx_txt,dx_gold),(sy_txt,sy_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    # every deadline_basis must occur in the text
    for k,m in gold["measures"].items():
        assert m["deadline_basis"] in txt, (name,k)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
