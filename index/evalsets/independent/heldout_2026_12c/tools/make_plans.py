import json
CONV_BASE=json.load(open("/work/main/index/evalsets/independent/heldout_2026_12/plans/fengtai_2026_geti_xiaowei_shanghu.gold.json",encoding="utf-8"))["conventions"]
# conventions reused verbatim in structure (keys); values re-stated in README
def build(meta,header,measures,tail,renderer):
    lines=[header]
    gold={k:v for k,v in meta.items()}
    gold["conventions"]=dict(CONV_BASE)
    gold["conventions"]["industries"]="values used: 制造业, 批发零售, 住宿餐饮, 信息技术, plus 农业 where the measure is only for farm producers (flagged in note); [] = not restricted or not mappable"
    gold["conventions"]["beneficiaries"]=CONV_BASE["beneficiaries"]+" '企业' is used where the text says 各类企业/用人单位 without size."
    ms={}
    for i,m in enumerate(measures,1):
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        order=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        ms[str(i)]={k:g[k] for k in order if k in g}
    lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold

CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 房山区 ----------------
FS_DOCEND="2028-03-15"; FS_BASIS="本措施自印发之日起施行，有效期2年。"
def fsd(**k):
    d=dict(deadline=FS_DOCEND,deadline_basis=FS_BASIS,deadline_source="document"); d.update(k); return d
fs=[
 dict(heading="支持乡村民宿提升改造",text="对在本区依法登记、已取得乡村民宿经营许可并连续经营满1年的民宿经营者，实施客房、卫浴、消防和无障碍设施提升改造的，按照实际改造投入的30%给予补贴，单个民宿最高15万元。设计、施工单位不作为补贴对象。本年度申报截止时间为2026年10月31日，逾期不再受理。（责任单位：区文化和旅游局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:乡村民宿经营者"],not_beneficiaries=["设计、施工单位"],conditional=True,deadline="2026-10-31",deadline_basis="本年度申报截止时间为2026年10月31日，逾期不再受理。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区文化和旅游局","区财政局"],note="conditions inline (licence, 1 year of operation); expired")),
 dict(heading="规范闲置农宅租赁",text="村集体经济组织和农户将闲置农宅出租用于乡村民宿经营的，租金不得高于区农业农村局公布的指导租金，租期原则上不少于10年；出租方不得在合同期内单方面上调租金或收回房屋。民宿经营主体遇有违约情形的，可向所在镇人民政府申请调解。（责任单位：区农业农村局、各镇人民政府）",
  gold=fsd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["其他:民宿经营主体（承租方）"],not_beneficiaries=["村集体经济组织","农户（出租方）"],conditional=False,industries=["住宿餐饮"],responsible_units=["区农业农村局","各镇人民政府"],note="landlords (村集体, 农户) are bound, not benefited; tenant can invoke rent cap and mediation")),
 dict(heading="奖励农产品网络销售",text="对本区农民专业合作社、家庭农场通过电子商务平台销售本区自产农产品，年度网络销售额超过100万元的，按照销售额的1%给予奖励，单个主体最高20万元。电商平台企业、代运营服务商不享受本项奖励。2026年度销售奖励须在2027年1月15日前向区商务局申报。（责任单位：区商务局、区农业农村局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:农民专业合作社","其他:家庭农场"],not_beneficiaries=["电商平台企业","代运营服务商"],conditional=True,deadline="2027-01-15",deadline_basis="2026年度销售奖励须在2027年1月15日前向区商务局申报。",deadline_source="measure",industries=["农业"],responsible_units=["区商务局","区农业农村局"],note="threshold 100万 inline; platforms excluded; industry 农业 is outside the earlier vocabulary (alt [])")),
 dict(heading="开展直播电商免费培训",text="区商务局每年组织不少于4期直播电商和短视频营销免费培训，面向本区农户、农民专业合作社、乡村民宿和农家乐经营者开放报名，培训费用由区级财政承担。（责任单位：区商务局）",
  gold=fsd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["其他:农民专业合作社","其他:乡村民宿和农家乐经营者","其他:农户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局"],note="free service a business can sign up for; not core money; alt 政府职责")),
 dict(heading="补助产地冷藏保鲜设施建设",text="支持新型农业经营主体建设产地冷藏保鲜设施，按照设施建设投资的40%给予补助。申报条件、补助标准和验收程序按照《房山区农产品产地冷藏保鲜设施建设补助实施细则》执行，细则由区农业农村局另行制定。项目备案工作于2026年上半年完成，未备案项目不予补助。（责任单位：区农业农村局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:新型农业经营主体"],not_beneficiaries=[],conditional=True,deadline="2026-06-30",deadline_basis="项目备案工作于2026年上半年完成，未备案项目不予补助。",deadline_source="measure",industries=["农业"],responsible_units=["区农业农村局"],note="conditions written elsewhere (实施细则 另行制定); 上半年 = 06-30, precondition closed → expired")),
 dict(heading="实施民宿经营贷款贴息",text="对乡村民宿经营者向区内合作银行申请用于民宿经营的贷款，按时还本付息且无不良信用记录的，按照贷款市场报价利率的50%给予贴息，单户年度贴息最高5万元。合作银行须按不高于同期贷款市场报价利率发放贷款，其本身不享受贴息。本项政策执行至2027年6月底。（责任单位：区金融服务办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:乡村民宿经营者"],not_beneficiaries=["合作银行"],conditional=True,deadline="2027-06-30",deadline_basis="本项政策执行至2027年6月底。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区金融服务办","区财政局"],note="bank bound by rate cap, not beneficiary; conditions inline")),
 dict(heading="发放乡村旅游消费券",text="区商务局联合第三方支付平台发放“房山乡村游”消费券，由游客领取后在签约民宿、农家乐消费时抵扣，核销资金由区级财政结算给参与商户。拟参与的民宿、农家乐须符合消防和食品安全要求，并于9月15日前完成报名签约。平台运营方按约定收取技术服务费，不参与资金分配。（责任单位：区商务局、区文化和旅游局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:乡村民宿和农家乐经营者"],not_beneficiaries=["游客（消费者）","第三方支付平台运营方"],conditional=True,deadline="2026-09-15",deadline_basis="并于9月15日前完成报名签约。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区文化和旅游局"],note="consumers hold the vouchers; the business benefits by joining; date without year read as 2026; expired")),
 dict(heading="建设民宿服务联络站",text="区文化和旅游局会同各镇人民政府，于2026年年底前在民宿集中村建成不少于10个民宿服务联络站，为经营者提供政策咨询、证照代办和纠纷调解服务。（责任单位：区文化和旅游局、各镇人民政府）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="于2026年年底前在民宿集中村建成不少于10个民宿服务联络站",deadline_source="measure",industries=[],responsible_units=["区文化和旅游局","各镇人民政府"],addressees=["区文化和旅游局","各镇人民政府"],note="government build deadline; services will exist later; alt 可申请的支持 (services) is weak")),
 dict(heading="给予精品民宿评定奖励",text="对新获评市级“京郊精品民宿”的经营主体，给予一次性奖励5万元；获评星级民宿的，按照区文化和旅游局另行公布的标准给予奖励。（责任单位：区文化和旅游局）",
  gold=fsd(kind="可申请的支持",beneficiaries=["其他:乡村民宿经营者"],not_beneficiaries=[],conditional=True,industries=["住宿餐饮"],responsible_units=["区文化和旅游局"],note="depends on a 评定 (认定); second half: standard published elsewhere")),
 dict(heading="落实经营主体责任",text="享受本措施支持的民宿经营者和农业经营主体，应当落实住宿实名登记、消防安全和垃圾分类要求，获得改造补贴的民宿须自补贴拨付之日起持续经营不少于3年；提前停业的，应当按比例退回补贴资金。（责任单位：区文化和旅游局、区农业农村局）",
  gold=fsd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区文化和旅游局","区农业农村局"],addressees=["民宿经营者","农业经营主体"],note="obligations, incl. 3-year operation and claw-back")),
 dict(heading="附则",text="本措施自印发之日起施行，有效期2年。同一事项符合本区其他政策的，按照就高不重复原则执行。本措施由区商务局会同区文化和旅游局、区农业农村局负责解释。",
  gold=fsd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="印发 2026-03-16 + 2 years - 1 day = 2028-03-15 (accept 2028-03-16)")),
]
fs_meta=dict(file="fangshan_2026_xiangcun_minsu_dianshang.txt",title="房山区关于支持乡村民宿提质和农产品电商发展的若干措施",issuer="北京市房山区人民政府办公室",doc_number="房政办发〔2026〕9号",district="房山区",date="2026-03-16",date_as_printed="2026年3月16日",in_force_from="2026-03-16",valid_until=FS_DOCEND,valid_until_basis=FS_BASIS,numbering="measures 一、…十一、 with the heading sentence inline, no parts; （责任单位：…） at the end except 十一、")
fs_header="""北京市房山区人民政府办公室关于印发《房山区关于支持乡村民宿提质和农产品电商发展的若干措施》的通知

房政办发〔2026〕9号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

经区政府同意，现将《房山区关于支持乡村民宿提质和农产品电商发展的若干措施》印发给你们，请结合实际认真抓好落实。

北京市房山区人民政府办公室
2026年3月16日

房山区关于支持乡村民宿提质和农产品电商发展的若干措施

为深入推进乡村振兴，促进乡村民宿规范提质和本地农产品网络销售，带动农民增收，结合本区实际，制定以下措施。"""
fs_txt,fs_gold=build(fs_meta,fs_header,fs,"",lambda i,m:f"{cn(i)}、{m['heading']}。{m['text']}")

# ---------------- 怀柔区 ----------------
HR_DOCEND="2027-12-31"; HR_BASIS="本措施自2026年9月1日起施行，至2027年12月31日止。"
def hrd(**k):
    d=dict(deadline=HR_DOCEND,deadline_basis=HR_BASIS,deadline_source="document"); d.update(k); return d
hr=[
 dict(heading="加大创业担保贷款支持力度",text="符合条件的个人创业者可申请最高30万元创业担保贷款，小微企业可申请最高400万元创业担保贷款，财政按规定给予贴息。申请条件、贴息比例和办理流程按照本市创业担保贷款实施办法执行。区融资担保公司提供担保，经办银行负责放款，二者均不属于贴息对象。（责任单位：区人力资源和社会保障局、区财政局、区金融服务办）",
  gold=hrd(kind="可申请的支持",beneficiaries=["其他:个人创业者","小型微型企业"],not_beneficiaries=["区融资担保公司","经办银行"],conditional=True,industries=[],responsible_units=["区人力资源和社会保障局","区财政局","区金融服务办"],note="conditions written elsewhere (本市实施办法)")),
 dict(heading="发放一次性吸纳就业补贴",text="对本区各类企业招用本区登记失业人员，签订1年以上劳动合同并为其连续缴纳社会保险满3个月的，按照每人2000元给予企业一次性补贴。补贴发放给用人单位，不直接发放给被招用人员。2026年内招用人员的，补贴申请截止日期为2027年3月31日。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["被招用的登记失业人员"],conditional=True,deadline="2027-03-31",deadline_basis="2026年内招用人员的，补贴申请截止日期为2027年3月31日。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="conditions inline; hired workers are not beneficiaries")),
 dict(heading="实施稳岗返还免申即享",text="对上年度未裁员或裁员率不高于5.5%的参保企业，按照其上年度实际缴纳失业保险费的60%予以返还，30人以下的参保企业裁员率不高于参保职工总数20%的可同等享受。返还采取“免申即享”方式，由区人力资源和社会保障局比对数据后直接拨付至企业账户，返还资金于2026年11月30日前拨付完毕。（责任单位：区人力资源和社会保障局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-11-30",deadline_basis="返还资金于2026年11月30日前拨付完毕。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区财政局"],note="免申即享; the deadline is a government payment deadline but it ends the measure; expired")),
 dict(heading="支持企业开展以工代训",text="对组织职工参加岗位技能提升培训的中小企业，按照每人500元给予培训补贴，单个企业年度最高10万元。申报工作于10月启动，10月31日截止。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="申报工作于10月启动，10月31日截止。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="date without year read as 2026; expired")),
 dict(heading="扩大高校毕业生就业见习",text="经区人力资源和社会保障局认定的就业见习基地，吸纳离校2年内未就业高校毕业生参加见习的，按照本市最低工资标准的100%给予见习补贴，补贴资金拨付至见习基地，由见习基地按月足额发放给见习人员。（责任单位：区人力资源和社会保障局）",
  gold=hrd(kind="可申请的支持",beneficiaries=["其他:就业见习基地"],not_beneficiaries=["见习人员（高校毕业生）"],conditional=True,industries=[],responsible_units=["区人力资源和社会保障局"],note="requires 认定 as 见习基地; money passes through to trainees")),
 dict(heading="给予初创企业场地租金补贴",text="对入驻区级创业孵化基地、成立未满3年的初创企业，按照实际租金的50%给予补贴，每户每年最高3万元。孵化基地运营机构不得因企业享受补贴而提高租金，其本身不享受本项补贴。补贴按季度申报，最后一次申报截止时间为2027年12月20日。（责任单位：区人力资源和社会保障局、区科学技术和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:初创企业（成立未满3年）"],not_beneficiaries=["孵化基地运营机构"],conditional=True,deadline="2027-12-20",deadline_basis="补贴按季度申报，最后一次申报截止时间为2027年12月20日。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区科学技术和信息化局"],note="operator (landlord) bound, not benefited; quarterly, last date is the deadline")),
 dict(heading="建设零工驿站",text="区人力资源和社会保障局于2026年底前在重点镇街建成不少于3个零工驿站，免费提供岗位发布、技能评价和求职登记服务。（责任单位：区人力资源和社会保障局、各镇人民政府、各街道办事处）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="区人力资源和社会保障局于2026年底前在重点镇街建成不少于3个零工驿站",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","各镇人民政府","各街道办事处"],addressees=["区人力资源和社会保障局"],note="government build duty; free job-posting service for employers could be read as support (weak)")),
 dict(heading="保障平台灵活就业人员权益",text="在本区注册的网约配送、网约车等平台企业，应当按照国家和本市规定为平台从业人员参加职业伤害保障，合理确定订单分配和报酬规则，并向社会公开。（责任单位：区人力资源和社会保障局、区交通局）",
  gold=hrd(kind="企业义务",beneficiaries=[],not_beneficiaries=["平台企业"],conditional=False,industries=[],responsible_units=["区人力资源和社会保障局","区交通局"],addressees=["平台企业"],note="platform duty protecting workers, not businesses; alt 可主张的权利 only for workers (not a business)")),
 dict(heading="防范拖欠中小企业账款",text="区属国有企业和政府投资项目建设单位不得拖欠中小企业劳务分包款和货款。中小企业遇有拖欠的，可向区清理拖欠企业账款工作专班投诉，专班应当在15个工作日内作出答复。（责任单位：区经济和信息化局、区国资委）",
  gold=hrd(kind="可主张的权利",beneficiaries=["中小企业"],not_beneficiaries=["区属国有企业","政府投资项目建设单位"],conditional=False,industries=[],responsible_units=["区经济和信息化局","区国资委"],note="ban on arrears plus complaint channel with 15-day reply")),
 dict(heading="鼓励返乡入乡创业",text="对返乡入乡创业的农村劳动力，自本措施施行之日起1年内在本区登记设立个体工商户或小微企业，且正常经营满6个月、带动1人以上就业的，给予一次性创业补贴1万元。（责任单位：区人力资源和社会保障局、区农业农村局、区市场监督管理局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业","其他:返乡入乡创业农村劳动力"],not_beneficiaries=[],conditional=True,deadline="2027-08-31",deadline_basis="自本措施施行之日起1年内在本区登记设立个体工商户或小微企业",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区农业农村局","区市场监督管理局"],note="registration window 2026-09-01 + 1 year - 1 day (accept 2027-09-01); the 6-month operation may end later, application date is not stated")),
 dict(heading="严格资金使用管理",text="申请补贴的单位和个人应当如实提供材料，同一事项不得重复享受本区同类补贴。以虚假材料骗取补贴的，由主管部门追回资金，并按规定纳入信用记录。（责任单位：各政策主管部门）",
  gold=hrd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["各政策主管部门"],addressees=["申请补贴的单位和个人"],note="truthful materials, no double subsidy, claw-back")),
 dict(heading="附则",text="本措施自2026年9月1日起施行，至2027年12月31日止。执行期间国家和本市出台相关政策的，从其规定。本措施由区人力资源和社会保障局负责解释。",
  gold=hrd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity")),
]
hr_meta=dict(file="huairou_2026_wengang_chuangye.txt",title="怀柔区关于稳岗扩就业和支持创业带动就业的若干措施",issuer="北京市怀柔区人民政府办公室",doc_number="怀政办发〔2026〕21号",district="怀柔区",date="2026-08-05",date_as_printed="二〇二六年八月五日",in_force_from="2026-09-01",valid_until=HR_DOCEND,valid_until_basis=HR_BASIS,numbering="arabic numbers 1．…12． followed by a bracketed heading line 【…】 on its own line, body in the next paragraph; （责任单位：…） at the end except 12．")
hr_header="""北京市怀柔区人民政府办公室关于印发《怀柔区关于稳岗扩就业和支持创业带动就业的若干措施》的通知

怀政办发〔2026〕21号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《怀柔区关于稳岗扩就业和支持创业带动就业的若干措施》已经区政府同意，现印发给你们，请认真组织实施。

北京市怀柔区人民政府办公室
二〇二六年八月五日

怀柔区关于稳岗扩就业和支持创业带动就业的若干措施

为全面落实就业优先政策，稳定企业用工岗位，发挥创业带动就业倍增效应，结合本区实际，制定本措施。"""
hr_txt,hr_gold=build(hr_meta,hr_header,hr,"",lambda i,m:f"{i}．【{m['heading']}】\n\n{m['text']}")
for txt,gold in ((fs_txt,fs_gold),(hr_txt,hr_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    import collections
    print(name,len(gold["measures"]),collections.Counter(m["kind"] for m in gold["measures"].values()),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
