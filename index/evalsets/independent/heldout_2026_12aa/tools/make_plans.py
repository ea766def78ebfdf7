import json,collections
# conventions block: same keys as the format example heldout_2026_12c (values restated, extended for this set)
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). For a government duty the deadline is the body's own completion date (not an applicant's deadline).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业; '小微企业/小微商户' is written 小型微型企业. '经营主体/市场主体' = 企业 + 个体工商户. '企业' is used where the text says 企业/各类企业 without size.",
 "conditional":"true when the grant depends on stated eligibility conditions (thresholds, 首次, 连续经营满…), an 认定/评定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable (文旅/生活服务 partly mappable, flagged in note)"
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,blocks,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}; i=0
    for b in blocks:
        if isinstance(b,str): lines.append(b); continue
        i+=1; lines.append(renderer(i,b))
        g=dict(b["gold"]); g["heading"]=b["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        assert g["deadline_basis"] in b["text"] or g["deadline_source"]=="document", (i,g["deadline_basis"])
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return "\n\n".join(lines).rstrip()+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ================= 平谷区 =================
PG_END="2029-04-30"; PG_BASIS="本措施自2026年5月1日起施行，有效期三年。"
def pgd(**k):
    d=dict(deadline=PG_END,deadline_basis=PG_BASIS,deadline_source="document"); d.update(k); return d
def M(h,t,**g): return dict(heading=h,text=t,gold=g)
pg=[
"一、推动企业升级发展",
M("支持中小企业专精特新发展","对首次被认定为国家级专精特新“小巨人”企业的本区中小企业，给予一次性奖励50万元；首次被认定为北京市专精特新中小企业的，给予一次性奖励10万元。已享受过同级别奖励的企业不重复支持。申报材料须于2026年9月30日前报送区经济和信息化局。（责任单位：区经济和信息化局、区财政局）",
  kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-09-30",deadline_basis="申报材料须于2026年9月30日前报送区经济和信息化局。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区财政局"],note="认定 + 首次; expired"),
M("鼓励制造业智能化技术改造","对在本区注册并纳税、年度主营业务收入2000万元以上的制造业企业，实施智能化、数字化技术改造且项目总投资不低于500万元的，按照设备和软件投资额的15%给予补助，单个项目最高300万元。设备供应商、系统集成服务商不作为补助对象。2026年度项目申报工作至2026年12月20日止。（责任单位：区经济和信息化局）",
  kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["设备供应商","系统集成服务商"],conditional=True,deadline="2026-12-20",deadline_basis="2026年度项目申报工作至2026年12月20日止。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局"],note="revenue and investment thresholds inline; size not restricted (规上 firms of any size); open on 2026-12-04"),
M("发放数字化转型服务券","区经济和信息化局面向本区中小微企业发放“数字化转型服务券”，企业可用于购买经区级备案的服务商提供的诊断评估、上云用云和工业软件订阅服务，按照合同金额的50%抵扣，每家企业年度最高5万元。服务商凭核销记录向区财政申请结算，不得借机抬高服务价格。服务券每季度首月集中申领，本年度最后一批申领于11月底前结束。（责任单位：区经济和信息化局、区财政局）",
  kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["备案服务商"],conditional=True,deadline="2026-11-30",deadline_basis="本年度最后一批申领于11月底前结束。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区财政局"],note="voucher; the service provider is paid (settlement) but is not the beneficiary and is bound not to raise prices; quarterly, last batch 11月底 without year → 2026-11-30, expired"),
M("奖励小微企业升规入统","对2026年度首次纳入规模以上工业统计的本区小微企业，给予一次性奖励20万元，奖励资金由区统计局会同区经济和信息化局核实后直接拨付。（责任单位：区经济和信息化局、区统计局）",
  kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="对2026年度首次纳入规模以上工业统计的本区小微企业",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区统计局"],note="首次; '2026年度' = 2026-12-31 (eligibility window, paid without application — alt deadline 2029-04-30 document); 规模以上工业 → 制造业 (alt [])"),
"二、加大金融支持力度",
M("实施首贷贴息","对在本区注册的中小企业和个体工商户首次从银行业金融机构获得经营性贷款的，按照实际支付利息的40%给予贴息，单户最高10万元。放贷银行不享受贴息，不得以贴息为由提高贷款利率。贴息申请在贷款结清后3个月内提出，本政策执行至2027年12月31日。（责任单位：区金融服务办、区财政局）",
  kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["放贷银行"],conditional=True,deadline="2027-12-31",deadline_basis="本政策执行至2027年12月31日。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="首次 loan; bank bound, not benefited; the 3-month window after repayment is relative (not a date)"),
M("降低融资担保费率","区融资担保有限公司为符合条件的本区小微企业提供单户1000万元以下融资担保的，担保费率降至1%以下，区财政按照担保额的0.5%对担保机构给予风险补偿。担保机构获得的补偿资金不属于对企业的补助。本条政策有效期2年，自本措施施行之日起计算。（责任单位：区金融服务办、区财政局）",
  kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["区融资担保有限公司"],conditional=True,deadline="2028-04-30",deadline_basis="本条政策有效期2年，自本措施施行之日起计算。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="reduced guarantee fee for firms; the guarantee company receives compensation but is a conduit, not a beneficiary; 2026-05-01 + 2 years - 1 day (accept 2028-05-01)"),
M("支持企业上市挂牌","对在北京证券交易所、上海证券交易所、深圳证券交易所首次公开发行股票并上市的本区企业，分阶段给予最高500万元奖励。奖励的认定标准和兑现程序由区金融服务办另行制定。保荐机构、律师事务所、会计师事务所等中介机构不适用本条奖励。（责任单位：区金融服务办）",
  kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["保荐机构","律师事务所","会计师事务所"],conditional=True,**{k:v for k,v in pgd().items()},industries=[],responsible_units=["区金融服务办"],note="rules 另行制定; intermediaries excluded; deadline from document"),
"三、优化企业发展环境",
M("支持软件企业入驻产业园区","对新入驻经区级认定的数字经济产业园、上年度营业收入不低于500万元的软件和信息技术服务企业，按照实际租金的30%给予补贴，连续补贴不超过3年，每年最高50万元。补贴直接拨付给入驻企业，园区运营方和房屋出租方不作为补贴对象，不得因此上调租金。请于2027年1月31日前申报2026年度补贴。（责任单位：区科学技术和信息化局、区经济和信息化局）",
  kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["园区运营方","房屋出租方"],conditional=True,deadline="2027-01-31",deadline_basis="请于2027年1月31日前申报2026年度补贴。",deadline_source="measure",industries=["信息技术"],responsible_units=["区科学技术和信息化局","区经济和信息化局"],note="rent subsidy; landlord/park operator bound; threshold inline; park must be 认定; 2026年度 names the subsidy year, the application deadline is 2027-01-31"),
M("建立企业服务专员制度","区经济和信息化局会同各乡镇人民政府、街道办事处，于2026年6月底前为全区规模以上工业企业和专精特新企业配备服务专员，实行“一企一档”跟踪服务，协调解决企业用地、用工、融资等问题。（责任单位：区经济和信息化局、各乡镇人民政府、各街道办事处）",
  kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="于2026年6月底前为全区规模以上工业企业和专精特新企业配备服务专员",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","各乡镇人民政府","各街道办事处"],addressees=["区经济和信息化局","各乡镇人民政府","各街道办事处"],note="a government body's own completion date (not an applicant's deadline) — past on 2026-12-04; alt 可申请的支持 (service) weak"),
M("规范涉企行政检查","区级各行政执法部门对同一企业的同类检查原则上每年不超过1次，推行“无事不扰”。企业对未列入年度检查计划的检查和重复检查，有权拒绝，并可通过12345企业服务热线反映，有关部门应当在5个工作日内回复。（责任单位：区司法局、区政务服务和数据管理局）",
  kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["企业"],not_beneficiaries=[],conditional=False,**{k:v for k,v in pgd().items()},industries=[],responsible_units=["区司法局","区政务服务和数据管理局"],note="firm may refuse unplanned/repeat inspections and complain; 5-working-day reply; alt 政府职责"),
M("落实获支持企业承诺","获得本措施资金支持的企业应当在本区持续经营，自资金拨付之日起5年内不得将注册地和税收征管关系迁出本区，并按要求报送统计数据；违反承诺的，应当全额退回所获资金。（责任单位：各政策主管部门）",
  kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,**{k:v for k,v in pgd().items()},industries=[],responsible_units=["各政策主管部门"],addressees=["获得本措施资金支持的企业"],note="5-year stay obligation and claw-back; the 5 years run beyond the document — deadline stays the document's"),
"四、附则",
M("实施期限和解释","本措施自2026年5月1日起施行，有效期三年。此前本区出台的相关政策与本措施不一致的，以本措施为准。各项措施的申报指南由责任单位另行发布。本措施由区经济和信息化局负责解释。",
  kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,**{k:v for k,v in pgd().items()},industries=[],responsible_units=[],note="in force 2026-05-01 + 3 years - 1 day = 2029-04-30 (accept 2029-05-01); numbered （十二） under part 四、附则"),
]
pg_meta=dict(file="pinggu_2026_zhuanjingtexin_shuzihua.txt",title="平谷区支持中小企业专精特新和数字化转型发展的若干措施",issuer="北京市平谷区人民政府办公室",doc_number="平政办发〔2026〕7号",district="平谷区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-05-01",valid_until=PG_END,valid_until_basis=PG_BASIS,
 numbering="four parts 一、…四、 (part title on its own line); measures （一）…（十二） numbered continuously across parts, heading inline ending with '。'; （责任单位：…） at the end except （十二）")
pg_header="""北京市平谷区人民政府办公室关于印发《平谷区支持中小企业专精特新和数字化转型发展的若干措施》的通知

平政办发〔2026〕7号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《平谷区支持中小企业专精特新和数字化转型发展的若干措施》已经区政府第32次常务会议审议通过，现印发给你们，请结合工作实际抓好贯彻落实。

北京市平谷区人民政府办公室
二〇二六年四月二十日

（此件公开发布）

平谷区支持中小企业专精特新和数字化转型发展的若干措施

为深入贯彻落实国家和本市关于促进中小企业高质量发展的决策部署，引导企业走专精特新发展道路，加快制造业数字化转型，培育壮大区域产业集群，结合平谷区实际，制定如下措施。"""
def pg_r(i,m):
    t=m["text"]
    return f"（{cn(i)}）{m['heading']}。{t}"
pg_txt,pg_gold=build(pg_meta,pg_header,pg,pg_r)

# ================= 房山区 =================
FS_END="2027-06-07"; FS_BASIS="本措施自发布之日起一年内有效。"
def fsd(**k):
    d=dict(deadline=FS_END,deadline_basis=FS_BASIS,deadline_source="document"); d.update(k); return d
fs=[
M("新设个体工商户社保补贴","对2026年1月1日以后在本区新登记注册、连续经营满6个月的个体工商户，其经营者以灵活就业人员身份缴纳城镇职工基本养老保险的，按照个人实际缴费额的50%给予补贴，补贴期限最长12个月。个体工商户雇用人员的社会保险费不在补贴范围内。补贴实行一次申报、按季拨付，申报受理至2026年12月31日止。（责任单位：区人力资源和社会保障局、区市场监督管理局）",
  kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["个体工商户雇用人员"],conditional=True,deadline="2026-12-31",deadline_basis="申报受理至2026年12月31日止。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区市场监督管理局"],note="个体工商户 only; 连续经营满6个月 and registration date inline; hired workers excluded; the 12-month payment period runs later, application closes 2026-12-31"),
M("小店门头规范化改造补贴","对在本区特色商业街区内从事餐饮、零售的个体工商户和小微企业，按照街区统一设计实施门头牌匾、外摆设施规范化改造的，按照改造费用的50%给予补贴，每户最高2万元。设计制作单位和街区运营管理方不享受本项补贴。本项工作于2026年上半年集中开展，逾期不再受理。（责任单位：区商务局、区城市管理委员会）",
  kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["设计制作单位","街区运营管理方"],conditional=True,deadline="2026-06-30",deadline_basis="本项工作于2026年上半年集中开展，逾期不再受理。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区城市管理委员会"],note="上半年 = 2026-06-30 → expired; trade restriction 餐饮/零售"),
M("发放餐饮消费券","区商务局联合外卖平台和支付机构发放“乐享房山”餐饮消费券，消费者在参与活动的本区餐饮经营主体消费时直接抵扣，抵扣金额由区财政与商户按月结算。参与活动的餐饮经营主体须取得食品经营许可证且近一年无食品安全违法记录，报名截止时间为2026年8月31日。外卖平台、支付机构按照约定提供技术支持，不参与补贴资金分配。（责任单位：区商务局、区财政局）",
  kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["消费者","外卖平台","支付机构"],conditional=True,deadline="2026-08-31",deadline_basis="报名截止时间为2026年8月31日。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区财政局"],note="经营主体 = 企业 + 个体工商户; vouchers held by consumers, merchants benefit by signing up; expired"),
M("文旅经营主体贷款贴息","对在本区从事旅游住宿、景区经营、文化演出的中小微经营主体，2026年度新增的1年期以上流动资金贷款，按照贷款市场报价利率的30%给予贴息，单户最高20万元。承贷银行不得向借款人收取贷款利息以外的费用，其本身不享受贴息。贴息申请须在2027年2月底前提交。（责任单位：区文化和旅游局、区金融服务办）",
  kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["承贷银行"],conditional=True,deadline="2027-02-28",deadline_basis="贴息申请须在2027年2月底前提交。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区文化和旅游局","区金融服务办"],note="中小微经营主体 = 中小企业 + 个体工商户; 文旅: only 旅游住宿 maps to 住宿餐饮 (alt []); 2026年度 limits which loans count, the deadline is 2027-02-28"),
M("支持个体工商户转型为企业","本区个体工商户转型升级为企业，且原经营场所、经营范围基本不变，转型后连续经营满1年的，给予一次性奖励1万元。转型后的企业依法承继原个体工商户的有关许可，区市场监督管理局提供变更登记“一窗通办”服务。（责任单位：区市场监督管理局、区财政局）",
  kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,**{k:v for k,v in fsd().items()},industries=[],responsible_units=["区市场监督管理局","区财政局"],note="个转企 reward; 连续经营满1年 inline; beneficiary is the converting 个体工商户 (alt 企业 after conversion)"),
M("减免国有房屋租金","区属国有企业出租的经营用房，承租方为在本区从事零售、餐饮的个体工商户和小微企业的，2026年度减免3个月租金，由出租方在应收租金中直接抵扣，承租方无需申请。非国有出租方参照执行的，区财政不予补偿。（责任单位：区国资委、区商务局）",
  kind="可申请的支持",kind_acceptable=["可申请的支持","可主张的权利"],beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["区属国有企业（出租方）","非国有出租方"],conditional=True,deadline="2026-12-31",deadline_basis="2026年度减免3个月租金",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区国资委","区商务局"],note="rent relief without application; landlords bound; 2026年度 = 2026-12-31; alt 可主张的权利 (tenant invokes the reduction)"),
M("建设便民生活圈网点","区商务局会同各街道办事处、乡镇人民政府，于2026年9月底前完成便民商业网点摸底，年底前新建或改造提升便民网点不少于30个。（责任单位：区商务局、各街道办事处、各乡镇人民政府）",
  kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="年底前新建或改造提升便民网点不少于30个",deadline_source="measure",industries=[],responsible_units=["区商务局","各街道办事处","各乡镇人民政府"],addressees=["区商务局","各街道办事处","各乡镇人民政府"],note="government dates: survey by 2026-09-30, build by 年底 → last date 2026-12-31; not an applicant deadline"),
M("培育名特优新个体工商户","经区市场监督管理局认定为“名特优新”的个体工商户，给予一次性奖励5000元，并优先推荐参加市级展销活动。认定每年开展一次，2026年度认定申请须于10月31日前提交；认定标准按照本市个体工商户分型分类精准帮扶有关规定执行。（责任单位：区市场监督管理局）",
  kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="2026年度认定申请须于10月31日前提交",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局"],note="认定 + rules elsewhere (按照本市有关规定); 10月31日 with 2026年度 → 2026-10-31, expired"),
M("维护小微商户公平交易","平台企业和商业综合体运营方不得强制个体工商户和小微企业“二选一”，不得收取合同约定以外的进场费、推广费。个体工商户和小微企业遇有上述行为的，可以向区市场监督管理局举报，区市场监督管理局应当自收到举报之日起10个工作日内处理并告知结果。（责任单位：区市场监督管理局）",
  kind="可主张的权利",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["平台企业","商业综合体运营方"],conditional=False,**{k:v for k,v in fsd().items()},industries=[],responsible_units=["区市场监督管理局"],note="platforms and mall operators bound; merchants may report; 10-working-day handling"),
M("落实诚信守法经营","享受本措施支持的经营主体应当依法亮照经营，落实明码标价、食品安全和门前三包责任，不得占道经营；经查实存在违法违规经营行为的，取消其当年度享受本措施支持的资格。（责任单位：区市场监督管理局、区城市管理委员会）",
  kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,**{k:v for k,v in fsd().items()},industries=[],responsible_units=["区市场监督管理局","区城市管理委员会"],addressees=["享受本措施支持的经营主体"],note="obligations with loss of eligibility"),
M("引进品牌首店","对在本区开设区域首店、旗舰店的品牌零售、餐饮企业，单店经营面积不低于200平方米且开业满6个月的，按照装修投入的20%给予一次性补贴，最高50万元。补贴拨付给首店的实际经营主体，商业综合体运营方和品牌授权方不作为补贴对象。申报每半年集中受理一次，最后一批申报于2027年5月31日截止。（责任单位：区商务局）",
  kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["商业综合体运营方","品牌授权方"],conditional=True,deadline="2027-05-31",deadline_basis="最后一批申报于2027年5月31日截止。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局"],note="thresholds inline; the operating entity (possibly a franchisee/dealer) gets it, not the brand owner or mall; half-yearly, last batch 2027-05-31"),
M("支持夜间经济延时经营","对在区级认定的夜间消费集聚区内延时经营至22时以后的餐饮、文旅经营主体，按照延时经营期间实际发生水电费用的20%给予补助，每户年度最高3万元。具体实施办法由区商务局另行制定。（责任单位：区商务局、区文化和旅游局）",
  kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=True,**{k:v for k,v in fsd().items()},industries=["住宿餐饮"],responsible_units=["区商务局","区文化和旅游局"],note="rules 另行制定; zone must be 认定; 经营主体 = 企业 + 个体工商户; 文旅 not mappable"),
M("附则","本措施自发布之日起一年内有效。与本区其他同类政策重复的，按照从高不重复原则执行。本措施由区商务局会同区市场监督管理局负责解释。",
  kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,**{k:v for k,v in fsd().items()},industries=[],responsible_units=[],note="发布 2026-06-08 + 1 year - 1 day = 2027-06-07 (accept 2027-06-08)"),
]
fs_meta=dict(file="fangshan_2026_getihu_xiaodian_xiaofei.txt",title="房山区支持个体工商户和小店经济发展促进消费的若干措施",issuer="北京市房山区人民政府办公室",doc_number="房政办发〔2026〕15号",district="房山区",date="2026-06-08",date_as_printed="2026年6月8日",in_force_from="2026-06-08",valid_until=FS_END,valid_until_basis=FS_BASIS,
 numbering="articles 第一条…第十三条 with the heading in parentheses right after the number, body inline: '第一条（…）…'; no parts; （责任单位：…） at the end except 第十三条")
fs_header="""北京市房山区人民政府办公室关于印发《房山区支持个体工商户和小店经济发展促进消费的若干措施》的通知

房政办发〔2026〕15号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构，各有关单位：

为进一步激发经营主体活力，促进社区商业和夜间消费发展，经区政府同意，现将《房山区支持个体工商户和小店经济发展促进消费的若干措施》印发给你们，请认真贯彻执行。

北京市房山区人民政府办公室
2026年6月8日

房山区支持个体工商户和小店经济发展促进消费的若干措施

为贯彻落实《促进个体工商户发展条例》和本市关于提振消费的工作部署，支持个体工商户和小店经济健康发展，繁荣社区商业，制定本措施。"""
CNA=["","一","二","三","四","五","六","七","八","九","十","十一","十二","十三"]
fs_txt,fs_gold=build(fs_meta,fs_header,fs,lambda i,m:f"第{CNA[i]}条（{m['heading']}）{m['text']}")

for txt,gold in ((pg_txt,pg_gold),(fs_txt,fs_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
