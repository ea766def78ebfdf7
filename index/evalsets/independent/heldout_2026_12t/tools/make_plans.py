import json,collections
# conventions: same keys as the example gold (heldout_2026_12c), restated here so the script needs no other file
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date that only binds a government body inside a support measure (e.g. publishing a standard) is not the applicant's deadline (note says so).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 or a trade's firms without size; '经营主体/市场主体' = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/评定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, 农业; [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def gold_of(ms):
    out={}
    for i,m in enumerate(ms,1):
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        out[str(i)]={k:g[k] for k in ORDER if k in g}
    return out
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
EB=["企业","个体工商户"]

# ---------------- 西城区 ----------------
XC_END="2027-12-31"; XC_BASIS="本措施自印发之日起实施，有效期至2027年12月31日。"
def xcd(**k):
    d=dict(deadline=XC_END,deadline_basis=XC_BASIS,deadline_source="document"); d.update(k); return d
xc_parts=[("一、加大资金扶持力度",4),("二、优化许可和公共服务",3),("三、规范平台和经营秩序",2),("四、加强人才支撑和组织保障",3)]
xc=[
 dict(heading="支持社区菜店提档升级",text="对在本区连续经营满2年、营业面积不低于80平方米的社区菜店经营主体，实施冷藏冷冻设备更新、智能称重收银和店面环境改造的，按照不超过实际投入的40%给予补贴，单店最高8万元。房屋产权单位、物业服务企业等出租方不列入补贴范围。申报材料须于2026年9月30日前报送区商务局。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=EB,not_beneficiaries=["房屋产权单位（出租方）","物业服务企业"],conditional=True,deadline="2026-09-30",deadline_basis="申报材料须于2026年9月30日前报送区商务局。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区财政局"],note="经营主体 = firms and individual businesses; 2 years of operation + 80 m² inline; landlords excluded; expired")),
 dict(heading="支持老字号餐饮守正创新",text="对经商务部门认定的“中华老字号”“北京老字号”餐饮企业，在本区新开设直营门店或建设中央厨房的，按照项目投资额的20%给予一次性奖励，最高50万元。申报指南由区商务局另行制定并公布。2026年度项目应于11月20日前申报。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:老字号餐饮企业"],not_beneficiaries=[],conditional=True,deadline="2026-11-20",deadline_basis="2026年度项目应于11月20日前申报。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局"],note="认定 as 老字号 + guide 另行制定; date without year read as 2026; expired (later years are not announced; alt deadline = document end 2027-12-31 if the judge reads it as an annual round)")),
 dict(heading="实施餐饮个体户经营贷款贴息",text="对从业人员不超过10人的餐饮类个体工商户，向区内合作银行申请单笔不超过100万元的经营性贷款并按期还款的，按照实际支付利息的50%给予贴息。合作银行、融资担保机构不享受贴息。本项贴息政策自2026年3月1日起执行，有效期1年。（责任单位：区金融办、区财政局、区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["合作银行","融资担保机构"],conditional=True,deadline="2027-02-28",deadline_basis="本项贴息政策自2026年3月1日起执行，有效期1年。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区金融办","区财政局","区商务局"],note="个体工商户 only, ≤10 staff, ≤100万; 2026-03-01 + 1 year - 1 day (accept 2027-03-01)")),
 dict(heading="减免国有房屋租金",text="区属国有企业出租给个体工商户和小微企业用于蔬菜零售、早餐和便民餐饮的经营用房，2026年度租金不得高于上年水平，并减免1个月租金；转租的，减免部分应当全额惠及实际经营者，二房东不得截留。（责任单位：区国资委、区商务局）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","可主张的权利"],beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["区属国有企业（出租方）","二房东（转租方）"],conditional=True,deadline="2026-12-31",deadline_basis="2026年度租金不得高于上年水平，并减免1个月租金",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区国资委","区商务局"],note="rent relief for tenants of state-owned premises; landlords and sub-landlords bound; 2026年度 = 2026-12-31; alt 可主张的权利 (tenant can invoke the cap)")),
 dict(heading="推行食品经营许可“一件事”办理",text="经营主体在本区申请开办餐饮店、食品便利店的，可通过“一件事”专区一次提交营业执照、食品经营许可等申请材料，5个工作日内办结；仅销售预包装食品的，按照有关规定实行备案管理，不再办理食品经营许可。（责任单位：区政务服务和数据管理局、区市场监管局）",
  gold=xcd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=EB,not_beneficiaries=[],conditional=True,industries=["住宿餐饮","批发零售"],responsible_units=["区政务服务和数据管理局","区市场监管局"],note="a permit procedure a business can use; 备案 only for 预包装食品 sellers 按照有关规定; not money; alt 政府职责")),
 dict(heading="建设街道食品快检服务点",text="区市场监管局于2026年6月底前在全区15个街道各建成1个食品快速检测服务点，为辖区菜店、餐饮单位提供免费快检和食品安全咨询。（责任单位：区市场监管局、各街道办事处）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="区市场监管局于2026年6月底前在全区15个街道各建成1个食品快速检测服务点",deadline_source="measure",industries=[],responsible_units=["区市场监管局","各街道办事处"],addressees=["区市场监管局"],note="government build date (past), not an applicant deadline; free testing afterwards could be read as support (weak)")),
 dict(heading="创建社区早餐示范网点",text="区商务局于2026年3月底前公布社区早餐示范网点创建标准，此后符合条件的早餐经营者可随时提出创建申请，经评定为示范网点的，给予一次性奖励3万元。（责任单位：区商务局、各街道办事处）",
  gold=xcd(kind="可申请的支持",beneficiaries=EB,not_beneficiaries=[],conditional=True,industries=["住宿餐饮"],responsible_units=["区商务局","各街道办事处"],note="评定 step; 2026年3月底前 is the government's date for publishing the standard, NOT the applicant deadline → document end")),
 dict(heading="保障入网餐饮商户合法权益",text="网络餐饮服务第三方平台不得限制入网商户在其他平台经营，不得在合同约定之外擅自提高佣金或者设置不合理的流量收费。入网餐饮商户权益受到侵害的，可以向区商务局、区市场监管局投诉，主管部门应当在7个工作日内反馈处理意见。（责任单位：区商务局、区市场监管局）",
  gold=xcd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=["其他:入网餐饮商户"],not_beneficiaries=["网络餐饮服务第三方平台"],conditional=False,industries=["住宿餐饮"],responsible_units=["区商务局","区市场监管局"],note="platform bound, merchants (any size, also 个体工商户) protected; complaint with 7-day reply; alt 企业义务 (platform duty)")),
 dict(heading="压实食品安全主体责任",text="食品经营者应当建立并落实进货查验记录制度，配备专职或者兼职食品安全管理员；餐饮服务提供者应当公示食品原料来源，不得采购、使用不符合食品安全标准的食品原料。（责任单位：区市场监管局）",
  gold=xcd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监管局"],addressees=["食品经营者","餐饮服务提供者"],note="obligations of food businesses")),
 dict(heading="支持餐饮企业开展技能培训",text="对组织厨师、食品安全管理员参加职业技能培训并取得相应证书的餐饮企业，按照每人800元给予培训补贴，补贴资金拨付至企业，受训员工个人不再重复享受。2026年度培训补贴须于11月底前提出申请，逾期不予受理。（责任单位：区人力资源和社会保障局、区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["受训员工"],conditional=True,deadline="2026-11-30",deadline_basis="2026年度培训补贴须于11月底前提出申请，逾期不予受理。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区人力资源和社会保障局","区商务局"],note="餐饮企业 without size → 企业; employees not beneficiaries; 11月底前 = 2026-11-30; expired")),
 dict(heading="加强资金监管",text="享受本措施资金支持的单位应当专款专用，同一项目不得重复申报本区同类资金。对弄虚作假骗取资金的，追回已拨付资金，三年内不得申报本区各类扶持资金。（责任单位：区财政局、各政策主管部门）",
  gold=xcd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局","各政策主管部门"],addressees=["享受资金支持的单位"],note="use of funds, no double funding, claw-back and 3-year ban")),
 dict(heading="附则",text="本措施自印发之日起实施，有效期至2027年12月31日。本措施与本区其他同类政策有重叠的，按照从优不重复的原则执行。本措施由区商务局会同区市场监管局负责解释。",
  gold=xcd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity")),
]
xc_meta=dict(file="xicheng_2026_canyin_caidian_minsheng.txt",title="西城区关于支持餐饮和社区菜店提质升级保障民生供应的若干措施",issuer="北京市西城区人民政府办公室",doc_number="西政办发〔2026〕5号",district="西城区",date="2026-02-27",date_as_printed="2026年2月27日",in_force_from="2026-02-27",valid_until=XC_END,valid_until_basis=XC_BASIS,numbering="four parts 一、…四、 (heading lines only); measures （一）…（十二） numbered continuously across parts, heading sentence inline; （责任单位：…） at the end except （十二）")
xc_header="""北京市西城区人民政府办公室关于印发《西城区关于支持餐饮和社区菜店提质升级保障民生供应的若干措施》的通知

西政办发〔2026〕5号

各街道办事处，区政府各委、办、局，各区属机构：

《西城区关于支持餐饮和社区菜店提质升级保障民生供应的若干措施》已经区政府第五次常务会议审议通过，现印发给你们，请各单位按照职责分工抓好落实。

北京市西城区人民政府办公室
2026年2月27日

（此件公开发布）

西城区关于支持餐饮和社区菜店提质升级保障民生供应的若干措施

为提升核心区“一刻钟便民生活圈”服务品质，保障居民“菜篮子”“米袋子”稳定供应，促进餐饮和食品零售经营主体健康发展，结合本区实际，制定如下措施。"""
def render_parts(ms,parts,fmt):
    lines=[]; i=0
    for title,n in parts:
        lines.append(title)
        for _ in range(n):
            i+=1; lines.append(fmt(i,ms[i-1]))
    assert i==len(ms)
    return lines
xc_lines=[xc_header]+render_parts(xc,xc_parts,lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ---------------- 丰台区 ----------------
FT_END="2029-06-30"; FT_BASIS="本措施自2026年7月1日起施行，有效期三年。"
def ftd(**k):
    d=dict(deadline=FT_END,deadline_basis=FT_BASIS,deadline_source="document"); d.update(k); return d
ft=[
 dict(heading="支持农产品批发市场冷链设施改造",text="对在本区登记注册、上年度交易额达到5亿元以上的农产品批发市场开办企业，新建或改造冷库、预冷间和冷藏配送中心的，按照设备购置投资的30%给予补助，单个项目最高500万元。设备经销商、施工单位不属于补助对象，入场经营商户不重复享受。本年度申报截止时间为2026年8月31日。（责任单位：区商务局、区发展改革委）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:农产品批发市场开办企业"],not_beneficiaries=["设备经销商","施工单位","入场经营商户"],conditional=True,deadline="2026-08-31",deadline_basis="本年度申报截止时间为2026年8月31日。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区发展改革委"],note="threshold 5亿 inline; dealers/builders excluded; expired")),
 dict(heading="减收批发市场摊位费",text="在区属国有农产品批发市场承租摊位、从事蔬菜水果批发的个体工商户，2026年7月至12月摊位费减半收取。市场开办方不得以管理费、服务费等名目变相收回减免部分。（责任单位：区国资委、区商务局）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","可主张的权利"],beneficiaries=["个体工商户"],not_beneficiaries=["区属国有农产品批发市场开办方（出租方）"],conditional=True,deadline="2026-12-31",deadline_basis="2026年7月至12月摊位费减半收取",deadline_source="measure",industries=["批发零售"],responsible_units=["区国资委","区商务局"],note="个体工商户 only; market operator is the landlord, bound; 至12月 = 2026-12-31; alt 可主张的权利")),
 dict(heading="降低冷链物流企业融资成本",text="对从事农产品冷链仓储、配送的中小企业，通过区政府性融资担保机构获得银行贷款的，担保费率不超过1%，区财政按照实际担保费的50%给予补贴。融资担保机构和贷款银行不享受本项补贴。本项政策执行至2027年12月31日。（责任单位：区金融办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区政府性融资担保机构","贷款银行"],conditional=True,deadline="2027-12-31",deadline_basis="本项政策执行至2027年12月31日。",deadline_source="measure",industries=[],responsible_units=["区金融办","区财政局"],note="中小企业 only; cold-chain logistics not in the industry vocabulary ([])")),
 dict(heading="鼓励品牌连锁企业开设社区直营店",text="支持农产品流通企业在本区社区新开设营业面积不少于60平方米的生鲜直营店，自本措施施行之日起2年内开业的，每店给予一次性奖励5万元，单个企业年度最高50万元；首次进入本区开设门店的企业优先支持。（责任单位：区商务局、各街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2028-06-30",deadline_basis="自本措施施行之日起2年内开业的",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","各街道办事处"],note="opening window 2026-07-01 + 2 years - 1 day (accept 2028-07-01); 60 m² threshold; 首次 gives priority only")),
 dict(heading="奖励食品制造企业绿色有机认证",text="对本区食品制造企业首次获得绿色食品、有机产品认证的，每个产品给予2万元奖励，单个企业最高20万元。认证机构、咨询代理机构不属于奖励对象。企业须于2027年1月10日前提交申请。（责任单位：区农业农村局、区市场监管局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["认证机构","咨询代理机构"],conditional=True,deadline="2027-01-10",deadline_basis="企业须于2027年1月10日前提交申请。",deadline_source="measure",industries=["制造业"],responsible_units=["区农业农村局","区市场监管局"],note="首次 certification; not expired")),
 dict(heading="建设农产品质量安全追溯平台",text="区商务局会同区市场监管局于2026年年底前建成丰台区食用农产品质量安全追溯平台，实现批发市场蔬菜、水果、肉类等主要品种来源可查、去向可追。（责任单位：区商务局、区市场监管局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="于2026年年底前建成丰台区食用农产品质量安全追溯平台",deadline_source="measure",industries=[],responsible_units=["区商务局","区市场监管局"],addressees=["区商务局","区市场监管局"],note="government build date")),
 dict(heading="落实市场开办者和入场销售者责任",text="农产品批发市场开办者应当查验入场销售者的营业执照和产品合格证明，对进场销售的食用农产品开展抽样检验；入场销售者应当如实记录进货和销售台账，不得销售未经检验或者检验不合格的食用农产品。（责任单位：区市场监管局）",
  gold=ftd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监管局"],addressees=["农产品批发市场开办者","入场销售者"],note="obligations of market operators and sellers")),
 dict(heading="保障冷链项目公平准入",text="市场主体在本区投资建设农产品冷链物流设施的，有关部门不得设置国家和本市规定以外的审批条件或者前置程序。市场主体认为准入受到不合理限制的，可以通过“12345”企业服务热线或者区营商环境投诉平台反映，区政务服务和数据管理局应当在5个工作日内受理并转办。（责任单位：区政务服务和数据管理局、区发展改革委）",
  gold=ftd(kind="可主张的权利",beneficiaries=EB,not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区政务服务和数据管理局","区发展改革委"],note="市场主体 = firms and individual businesses; ban on extra conditions + complaint channel")),
 dict(heading="支持蔬菜政府储备",text="对承担区级蔬菜政府储备任务的企业，按照储备数量给予储存费用和贷款利息补贴。承储企业通过公开招标确定，补贴标准和考核办法按照《丰台区蔬菜政府储备管理办法》执行，该办法由区发展改革委另行制定。（责任单位：区发展改革委、区财政局）",
  gold=ftd(kind="可申请的支持",beneficiaries=["其他:区级蔬菜储备承储企业"],not_beneficiaries=[],conditional=True,industries=["批发零售"],responsible_units=["区发展改革委","区财政局"],note="selection by tender and rules 另行制定; alt industries []")),
 dict(heading="奖励京郊农产品网络销售",text="对在本区注册的零售企业通过自营网络平台销售京郊农产品，年销售额首次突破1000万元的，给予一次性奖励30万元。入驻平台的第三方商家和带货主播个人不享受本项奖励。2026年度销售额达标的，奖励申请于2027年上半年提交。（责任单位：区商务局、区农业农村局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["入驻平台的第三方商家","带货主播个人"],conditional=True,deadline="2027-06-30",deadline_basis="2026年度销售额达标的，奖励申请于2027年上半年提交。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区农业农村局"],note="threshold 1000万 and 首次 inline; 上半年 = 2027-06-30; later years not dated (alt document end)")),
 dict(heading="便利鲜活农产品运输车辆通行",text="为本区批发市场运送鲜活农产品的物流企业，符合本市货车通行管理规定的，可向区交通委申请办理货车通行证，5个工作日内办结，不收取任何费用。车辆挂靠单位不得代为收取办证费用。（责任单位：区交通委、丰台交通支队）",
  gold=ftd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["车辆挂靠单位"],conditional=True,industries=[],responsible_units=["区交通委","丰台交通支队"],note="a permit a business can apply for (not money); conditions by reference (本市货车通行管理规定)")),
 dict(heading="附则",text="本措施自2026年7月1日起施行，有效期三年。执行期间如遇国家和本市政策调整，按照新规定执行。本措施由区商务局负责解释。",
  gold=ftd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-07-01 + 3 years - 1 day = 2029-06-30 (accept 2029-07-01)")),
]
ft_meta=dict(file="fengtai_2026_nongchanpin_liutong_caolanzi.txt",title="丰台区关于支持农产品流通体系建设保障首都“菜篮子”供应的若干措施",issuer="北京市丰台区人民政府办公室",doc_number="丰政办发〔2026〕14号",district="丰台区",date="2026-06-12",date_as_printed="二〇二六年六月十二日",in_force_from="2026-07-01",valid_until=FT_END,valid_until_basis=FT_BASIS,numbering="article style 第一条…第十二条 followed by a full-width space, heading sentence inline ending with 。; （责任单位：…） at the end except 第十二条")
ft_header="""北京市丰台区人民政府办公室关于印发《丰台区关于支持农产品流通体系建设保障首都“菜篮子”供应的若干措施》的通知

丰政办发〔2026〕14号

各街道办事处、乡镇人民政府，区政府各委、办、局，各区属机构：

经区政府同意，现将《丰台区关于支持农产品流通体系建设保障首都“菜篮子”供应的若干措施》印发给你们，请结合工作实际，认真贯彻执行。

北京市丰台区人民政府办公室
二〇二六年六月十二日

丰台区关于支持农产品流通体系建设保障首都“菜篮子”供应的若干措施

为巩固提升本区农产品批发流通枢纽功能，完善冷链物流和社区零售网络，保障首都“菜篮子”产品稳定供应和质量安全，结合本区实际，制定本措施。"""
ft_lines=[ft_header]+[f"第{cn(i)}条　{m['heading']}。{m['text']}" for i,m in enumerate(ft,1)]

for lines,ms,meta in ((xc_lines,xc,xc_meta),(ft_lines,ft,ft_meta)):
    gold=dict(meta); gold["conventions"]=CONV; gold["measures"]=gold_of(ms)
    name=meta["file"][:-4]
    txt="\n\n".join(lines)+"\n"
    for m in ms: assert m["text"] in txt
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    for k,g in gold["measures"].items():
        if g["deadline_source"]=="measure": assert any(ch in txt for ch in [g["deadline_basis"]]), (name,k)
    print(name,len(ms),collections.Counter(g["kind"] for g in gold["measures"].values()),"expired",[k for k,g in gold["measures"].items() if g["expired_on_2026_12_04"]])
