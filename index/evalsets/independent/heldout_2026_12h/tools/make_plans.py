import json,collections
CONV_BASE=json.load(open("/work/main/index/evalsets/independent/heldout_2026_12c/plans/huairou_2026_wengang_chuangye.gold.json",encoding="utf-8"))["conventions"]
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,parts,tail,renderer,part_renderer):
    lines=[header]
    gold=dict(meta)
    gold["conventions"]=dict(CONV_BASE)
    gold["conventions"]["industries"]="values used: 制造业, 批发零售, 住宿餐饮, 信息技术; logistics/express delivery has no value in this vocabulary and is left [] (noted); [] = not restricted or not mappable"
    gold["conventions"]["beneficiaries"]=CONV_BASE["beneficiaries"]+" 经营主体/市场主体 without size = ['企业','个体工商户']."
    ms={}; i=0
    for ptitle,measures in parts:
        if ptitle: lines.append(part_renderer(ptitle))
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
EG=["企业","个体工商户"]

# ---------------- 丰台区 ----------------
FT_END="2029-04-19"; FT_BASIS="本措施自印发之日起施行，有效期三年。"
def ftd(**k):
    d=dict(deadline=FT_END,deadline_basis=FT_BASIS,deadline_source="document"); d.update(k); return d
ft=[
("一、支持社区商业便民提质",[
 dict(heading="支持便民商业网点建设",
  text="对在本区新开设或改造提升社区便利店、早餐店、菜店、便民维修点等网点的经营主体，经营面积不少于50平方米且纳入区级便民商业网点名录的，按照装修改造和设备购置实际投入的30%给予一次性补贴，单个网点最高10万元。连锁品牌的加盟门店由加盟经营者申请，品牌总部不重复享受。本年度申报截止时间为2026年9月30日。",
  units="区商务局、区财政局",
  gold=dict(kind="可申请的支持",beneficiaries=EG,not_beneficiaries=["连锁品牌总部（加盟门店）"],conditional=True,deadline="2026-09-30",deadline_basis="本年度申报截止时间为2026年9月30日。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区财政局"],note="经营主体 = enterprises and 个体工商户; conditions inline (50㎡, 名录); 本年度 round closed → expired")),
 dict(heading="减免社区商业用房租金",
  text="区属国有企业持有的社区商业用房出租给个体工商户用于便民服务的，2026年度租金按照租赁合同约定金额的70%收取。减免部分由出租的区属国有企业自行承担，不另行给予财政补偿。承租的个体工商户须于2026年12月20日前持营业执照和租赁合同向出租方提出书面申请。",
  units="区国资委、区商务局",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["区属国有企业（出租方）"],conditional=True,deadline="2026-12-20",deadline_basis="承租的个体工商户须于2026年12月20日前持营业执照和租赁合同向出租方提出书面申请。",deadline_source="measure",industries=[],responsible_units=["区国资委","区商务局"],note="only 个体工商户 renting from district SOEs for 便民服务; landlord bears the relief; open")),
 dict(heading="奖励“名特优新”个体工商户",
  text="对首次被市市场监督管理局认定为“名特优新”个体工商户的本区经营者，给予一次性奖励2万元；已享受过本区同类奖励的，不再重复奖励。",
  units="区市场监督管理局",
  gold=ftd(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区市场监督管理局"],note="首次 + 认定; no own date → document validity")),
 dict(heading="发放社区商业消费券",
  text="区商务局联合合作银行在年末消费季发放社区商业消费券，由消费者通过手机银行领取，在参与商户消费时直接抵扣，核销资金由区级财政按月结算给参与商户。参与商户限于在本区登记注册的零售、餐饮类个体工商户和小微企业，须于12月15日前通过“丰台商务”小程序完成报名。合作银行承担平台运营，不参与核销资金分配。",
  units="区商务局、区财政局、区金融服务办",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["消费者","合作银行"],conditional=True,deadline="2026-12-15",deadline_basis="须于12月15日前通过“丰台商务”小程序完成报名。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区财政局","区金融服务办"],note="consumers hold the vouchers, merchants benefit by joining; date without year read as 2026; open")),
 dict(heading="有序开展店外经营",
  text="在区商务局公布的允许外摆区域内，餐饮、零售经营主体可以向所在街道办事处申请开展店外经营，街道办事处应当在3个工作日内作出决定。外摆经营试点期为2026年5月1日至10月31日，试点期满后根据评估情况另行确定。",
  units="各街道办事处、区城市管理委",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=EG,not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="外摆经营试点期为2026年5月1日至10月31日",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["各街道办事处","区城市管理委"],note="a permission a business can request (3-day decision); only in designated areas; pilot over → expired")),
]),
("二、促进商贸物流降本增效",[
 dict(heading="支持城市配送车辆新能源更新",
  text="对在本区注册的中小物流企业将燃油城市配送货车更新为新能源货车的，每辆给予1万元补贴，单个企业最高50万元。汽车经销商不得以补贴为由抬高售价，经销商和融资租赁公司均不属于补贴对象。具体申报条件和程序按照区商务局另行制定的实施细则执行。本项政策执行至2027年6月30日。",
  units="区商务局、区交通局",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["汽车经销商","融资租赁公司"],conditional=True,deadline="2027-06-30",deadline_basis="本项政策执行至2027年6月30日。",deadline_source="measure",industries=[],responsible_units=["区商务局","区交通局"],note="only 中小 logistics firms; conditions 另行制定; logistics not in industry vocabulary → []")),
 dict(heading="实施冷链和智能分拣设施改造贴息",
  text="批发零售企业、物流企业实施冷链仓储或智能分拣设施改造，项目总投资不低于500万元并向银行申请固定资产贷款的，按照实际支付利息的50%给予贴息，贴息期限不超过2年，单个项目最高100万元。贷款银行不享受贴息。符合条件的企业须于2027年3月31日前向区商务局提交贴息申请。",
  units="区商务局、区金融服务办",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["贷款银行"],conditional=True,deadline="2027-03-31",deadline_basis="符合条件的企业须于2027年3月31日前向区商务局提交贴息申请。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区金融服务办"],note="no size limit; threshold 500万 inline; also logistics firms (no industry value)")),
 dict(heading="支持快递配送人员技能培训",
  text="对组织快递员、即时配送员参加职业技能培训并取得职业技能等级证书的物流企业，按照每人800元给予企业培训补贴，补贴资金拨付至企业账户，参训人员个人不另行申领。2026年度培训补贴须于2026年11月30日前申报。",
  units="区人力资源和社会保障局、区邮政管理局",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["快递员、即时配送员（参训人员）"],conditional=True,deadline="2026-11-30",deadline_basis="2026年度培训补贴须于2026年11月30日前申报。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区邮政管理局"],note="workers are not beneficiaries; expired")),
 dict(heading="规范即时配送和社区团购平台经营",
  text="在本区开展业务的即时配送、社区团购平台企业，应当在平台显著位置公示佣金和服务收费标准，调整收费标准的须提前30日公示；不得强制入驻商户在平台间“二选一”，应当为配送人员开展交通安全培训。",
  units="区市场监督管理局、区商务局",
  gold=ftd(kind="企业义务",beneficiaries=[],not_beneficiaries=["平台企业"],conditional=False,industries=[],responsible_units=["区市场监督管理局","区商务局"],addressees=["即时配送、社区团购平台企业"],note="platform duties; merchants are protected indirectly (alt 可主张的权利 for 入驻商户, weak)")),
]),
("三、强化服务保障",[
 dict(heading="开展便民生活圈摸底评估",
  text="区商务局会同各街道办事处于2026年10月底前完成全区一刻钟便民生活圈摸底评估，形成便民商业网点布局规划并向社会公布。",
  units="区商务局、各街道办事处",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-10-31",deadline_basis="区商务局会同各街道办事处于2026年10月底前完成全区一刻钟便民生活圈摸底评估",deadline_source="measure",industries=[],responsible_units=["区商务局","各街道办事处"],addressees=["区商务局","各街道办事处"],note="government's own date, not an application deadline; past")),
 dict(heading="减少对社区商户的检查干扰",
  text="对社区商户的行政检查实行“一业一查”，同一部门对同一经营主体的同类事项一年内原则上不重复检查。经营主体遇有重复检查或者违规检查的，有权拒绝，并可通过12345市民服务热线反映，区政务服务管理局应当在7个工作日内反馈处理结果。",
  units="区政务服务管理局、区司法局",
  gold=ftd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=EG,not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区政务服务管理局","区司法局"],note="right to refuse repeated inspections + complaint with 7-day reply")),
]),
("四、附则",[
 dict(heading="施行和解释",
  text="本措施自印发之日起施行，有效期三年。同一项目符合本区其他同类政策的，按照“从优不重复”原则执行。国家和本市出台新规定的，从其规定。本措施由区商务局负责解释。",
  units=None,
  gold=ftd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="印发 2026-04-20 + 3 years - 1 day = 2029-04-19 (accept 2029-04-20)")),
]),
]
ft_meta=dict(file="fengtai_2026_shangmao_wuliu_shequ.txt",title="丰台区促进商贸物流发展和社区商业提质的若干措施",issuer="北京市丰台区人民政府办公室",doc_number="丰政办发〔2026〕14号",district="丰台区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-04-20",valid_until=FT_END,valid_until_basis=FT_BASIS,numbering="four parts 一、…四、 (part titles, not measures); measures （一）…（十二） numbered continuously across parts, heading on its own line, body next paragraph, 责任单位：… on a separate line (none for （十二）)")
ft_header="""北京市丰台区人民政府办公室关于印发《丰台区促进商贸物流发展和社区商业提质的若干措施》的通知

丰政办发〔2026〕14号

各街道办事处，各镇人民政府，区政府各委、办、局，各区属机构：

《丰台区促进商贸物流发展和社区商业提质的若干措施》已经区政府第36次常务会议审议通过，现印发给你们，请结合工作职责抓好贯彻落实。

北京市丰台区人民政府办公室
2026年4月20日

丰台区促进商贸物流发展和社区商业提质的若干措施

为完善一刻钟便民生活圈，推动商贸物流降本增效，激发社区商业经营主体活力，根据国家和本市有关规定，结合本区实际，制定如下措施。"""
def ft_r(i,m):
    s=f"（{cn(i)}）{m['heading']}\n\n{m['text']}"
    if m["units"]: s+=f"\n\n责任单位：{m['units']}"
    return s
ft_txt,ft_gold=build(ft_meta,ft_header,ft,"",ft_r,lambda p:p)

# ---------------- 通州区 ----------------
TZ_END="2028-06-17"; TZ_BASIS="本措施自发布之日起施行，两年内有效。"
def tzd(**k):
    d=dict(deadline=TZ_END,deadline_basis=TZ_BASIS,deadline_source="document"); d.update(k); return d
tz=[
 dict(heading="加大研发投入支持",
  text="对已入库国家科技型中小企业评价信息库、上年度研发投入不低于200万元的本区企业，按照上年度研发投入较前一年度增量部分的10%给予补贴，单个企业最高50万元。2026年度申报截止日期为2026年8月31日。",
  units="（牵头单位：区科委；配合单位：区财政局、区税务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-08-31",deadline_basis="2026年度申报截止日期为2026年8月31日。",deadline_source="measure",industries=[],responsible_units=["区科委","区财政局","区税务局"],note="入库 (evaluation = 认定) + threshold 200万; expired")),
 dict(heading="奖励首次认定高新技术企业",
  text="对首次通过国家高新技术企业认定，且注册地和税收征管关系均在通州区的企业，给予一次性奖励20万元；通过重新认定的，给予一次性奖励10万元。企业应当在认定结果公告后3个月内提出申请。",
  units="（牵头单位：区科委；配合单位：区财政局）",
  gold=tzd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区科委","区财政局"],note="no size limit; 首次/认定; 3 months after announcement is a relative window, no fixed date → document validity")),
 dict(heading="发放副中心算力券",
  text="面向在城市副中心注册的人工智能、软件和信息技术服务类中小企业发放算力券，用于购买区内智算中心算力服务，按照合同金额的40%抵扣，单个企业年度最高100万元。智算中心等算力服务商凭核销的算力券向区经济和信息化局申请结算，其本身不属于支持对象。算力券申领和使用细则由区经济和信息化局另行发布，首批算力券申领于2026年12月31日前完成。",
  units="（牵头单位：区经济和信息化局；配合单位：区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["算力服务商（智算中心）"],conditional=True,deadline="2026-12-31",deadline_basis="首批算力券申领于2026年12月31日前完成。",deadline_source="measure",industries=["信息技术"],responsible_units=["区经济和信息化局","区财政局"],note="vouchers go to SMEs, providers only settle; 细则另行发布; first batch date is the only stated date (later batches possible; alt document end 2028-06-17); open")),
 dict(heading="支持知识产权质押融资",
  text="对科技型中小企业以专利权、软件著作权质押取得银行贷款的，按照实际支付利息的50%给予贴息，按照实际支付担保费的50%给予担保费补贴，单户年度合计最高30万元。合作银行和区融资担保机构不享受本项补贴。本项政策执行至2027年12月31日。",
  units="（牵头单位：区金融服务办；配合单位：区市场监督管理局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","区融资担保机构"],conditional=True,deadline="2027-12-31",deadline_basis="本项政策执行至2027年12月31日。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区市场监督管理局","区财政局"],note="科技型中小企业 status + IP pledge loan; bank and guarantor excluded")),
 dict(heading="推动制造业中小企业数字化转型",
  text="对本区规模以下制造业中小企业购买经区经济和信息化局遴选公布的服务商提供的“小快轻准”数字化产品和服务的，按照合同实际支付金额的50%给予补助，单个企业最高20万元。服务商不得借机抬高报价，经核实存在抬价行为的，取消其服务商资格。申报材料须于2026年10月15日前通过“通州政策兑现”平台提交。",
  units="（牵头单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["数字化转型服务商"],conditional=True,deadline="2026-10-15",deadline_basis="申报材料须于2026年10月15日前通过“通州政策兑现”平台提交。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局"],note="manufacturing SMEs below scale only; providers bound, not benefited; expired")),
 dict(heading="扶持个体工商户开设网店",
  text="对首次在电子商务平台开设网店、连续经营满6个月且月均交易额不低于2万元的本区个体工商户，给予一次性补贴3000元。电子商务平台企业和代运营机构不享受本项补贴。本项补贴申报至2027年5月31日止。",
  units="（牵头单位：区商务局；配合单位：区市场监督管理局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["电子商务平台企业","代运营机构"],conditional=True,deadline="2027-05-31",deadline_basis="本项补贴申报至2027年5月31日止。",deadline_source="measure",industries=[],responsible_units=["区商务局","区市场监督管理局"],note="个体工商户 only; 首次, 连续经营满6个月, threshold inline")),
 dict(heading="给予研发人员租房补贴",
  text="对符合条件的科技型中小企业为新招用的硕士研究生以上学历研发人员租赁住房的，按照每人每月1500元给予企业租房补贴，补贴期限最长12个月。补贴资金拨付至企业账户，由企业统一申领，研发人员个人不得就同一住房另行申领。具体条件按照区人才工作领导小组办公室有关规定执行。",
  units="（牵头单位：区委组织部；配合单位：区人力资源和社会保障局、区住房城乡建设委）",
  gold=tzd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["研发人员（被招用人员）"],conditional=True,industries=[],responsible_units=["区委组织部","区人力资源和社会保障局","区住房城乡建设委"],note="符合条件的 + rules elsewhere; money to the firm, staff not beneficiaries")),
 dict(heading="建设中小企业数字化公共服务平台",
  text="区经济和信息化局于2027年3月底前建成城市副中心中小企业数字化转型公共服务平台，提供诊断评估、供需对接和案例推广服务。",
  units="（牵头单位：区经济和信息化局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2027-03-31",deadline_basis="区经济和信息化局于2027年3月底前建成城市副中心中小企业数字化转型公共服务平台",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],addressees=["区经济和信息化局"],note="government's own build date (not an applicant deadline); platform services later; alt 可申请的支持 weak")),
 dict(heading="保护企业数据和商业秘密",
  text="有关部门在政策兑现中获取的企业研发数据、财务数据和商业秘密，应当依法予以保密，不得用于政策兑现以外的用途。企业认为其信息被泄露或者不当使用的，可以要求有关部门停止使用、予以更正，并依法追究相关人员责任。",
  units="（牵头单位：区政务服务和数据管理局；配合单位：区科委）",
  gold=tzd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区政务服务和数据管理局","区科委"],note="confidentiality duty of departments + enterprise's claim to stop/correct")),
 dict(heading="落实企业承诺责任",
  text="获得本措施资金支持的企业，应当自资金拨付之日起5年内不将注册地和税收征管关系迁出本区，不得变更统计关系；违反承诺的，应当退回已获得的全部支持资金。",
  units="（牵头单位：区财政局；配合单位：各政策主管部门）",
  gold=tzd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局","各政策主管部门"],addressees=["获得本措施资金支持的企业"],note="5-year stay obligation and claw-back")),
 dict(heading="其他事项",
  text="本措施所称科技型中小企业，是指依照《科技型中小企业评价办法》评价入库的企业。本措施自发布之日起施行，两年内有效。本措施由区科委会同区经济和信息化局负责解释。",
  units=None,
  gold=tzd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="definition + validity: 发布 2026-06-18 + 2 years - 1 day = 2028-06-17 (accept 2028-06-18)")),
]
tz_meta=dict(file="tongzhou_2026_shuzi_jingji_keji_zhongxiao.txt",title="通州区支持城市副中心数字经济和科技型中小企业发展的若干措施",issuer="北京市通州区人民政府办公室",doc_number="通政办发〔2026〕27号",district="通州区",date="2026-06-18",date_as_printed="二〇二六年六月十八日",in_force_from="2026-06-18",valid_until=TZ_END,valid_until_basis=TZ_BASIS,numbering="arabic 1. … 11. (half-width dot and space) with heading ended by a full-width colon and body inline; units as （牵头单位：…；配合单位：…） at the end except 11.")
tz_header="""北京市通州区人民政府办公室关于印发《通州区支持城市副中心数字经济和科技型中小企业发展的若干措施》的通知

通政办发〔2026〕27号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

经区政府同意，现将《通州区支持城市副中心数字经济和科技型中小企业发展的若干措施》印发给你们，请认真贯彻执行。

北京市通州区人民政府办公室
二〇二六年六月十八日

（此件公开发布）

通州区支持城市副中心数字经济和科技型中小企业发展的若干措施

为加快城市副中心数字经济发展，培育壮大科技型中小企业群体，结合通州区实际，制定本措施。"""
def tz_r(i,m):
    s=f"{i}. {m['heading']}：{m['text']}"
    if m["units"]: s+=m["units"]
    return s
tz_txt,tz_gold=build(tz_meta,tz_header,[(None,tz)],"",tz_r,lambda p:p)

for txt,gold in ((ft_txt,ft_gold),(tz_txt,tz_gold)):
    name=gold["file"][:-4]
    for m in gold["measures"].values():   # consistency: bases must occur in the text
        assert m["deadline_basis"] is None or m["deadline_basis"] in txt, m["deadline_basis"]
    assert gold["valid_until_basis"] in txt
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
