import json,collections,os
os.chdir(os.path.dirname(os.path.abspath(__file__))+"/..")
CONV=json.load(open("tools/conventions.json",encoding="utf-8"))  # copied from the example gold's conventions block
CONV["deadline"]+=" Recurring windows (每季度/每年…) without a stated last date: the document's validity end. A moving window tied to an applicant's own date (自…之日起N个月内) inside a bounded registration period: the latest possible date; otherwise the document's validity end."
CONV["beneficiaries"]+=" '经营主体/市场主体' = ['企业','个体工商户']."
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,parts,tail,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=CONV; ms={}; i=0
    for part,measures in parts:
        if part: lines.append(part)
        for m in measures:
            i+=1; lines.append(renderer(i,m))
            g=dict(m["gold"]); g["heading"]=m["heading"]
            g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
            ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n",gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
EB=["企业","个体工商户"]

# ---------------- 石景山区 ----------------
SJS_END="2028-04-30"; SJS_BASIS="本措施自2026年5月1日起施行，执行期至2028年4月30日。"
def sd(**k):
    d=dict(deadline=SJS_END,deadline_basis=SJS_BASIS,deadline_source="document"); d.update(k); return d
sjs=[
("一、激发消费新场景",[
 dict(heading="鼓励品牌首店落地",text="对首次在本区开设北京首店或区域首店的零售、餐饮品牌企业，门店经营面积不低于200平方米的，按照门店装修和设备投入的20%给予一次性奖励，单店最高100万元。提供场地的商业综合体运营方和物业产权单位不纳入奖励范围。2026年度首店奖励申报截止时间为2026年9月30日。（牵头单位：区商务局；配合单位：区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["商业综合体运营方","物业产权单位"],conditional=True,deadline="2026-09-30",deadline_basis="2026年度首店奖励申报截止时间为2026年9月30日。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区财政局"],note="首次 + 200㎡ threshold inline; landlords/mall operators excluded; expired")),
 dict(heading="支持夜间消费延时经营",text="对位于经区商务局认定的“石景山夜间消费地标”内、延长营业时间至24时以后的餐饮经营主体，按照每月最高1万元给予运营补贴，同一主体累计补贴不超过6个月。补贴按季度申报，于每季度结束后15日内提交。地标运营管理机构负责汇总材料，其本身不作为补贴对象。（牵头单位：区商务局；配合单位：区城市管理委）",
  gold=sd(kind="可申请的支持",beneficiaries=EB,not_beneficiaries=["地标运营管理机构"],conditional=True,industries=["住宿餐饮"],responsible_units=["区商务局","区城市管理委"],note="经营主体 = enterprises and individual businesses; location in a 认定 landmark; recurring quarterly window without a last date → document end (alt 2028-04-15 as the last quarterly window inside validity)")),
 dict(heading="开展新能源汽车置换补贴",text="个人消费者在本区汽车销售企业购买新能源乘用车并报废或转出本人名下旧车的，每台给予最高8000元置换补贴，补贴由消费者本人申领。汽车经销商应当协助消费者提交材料，不得以补贴为由加价销售，经销商不享受本项补贴。购车发票须于2026年11月30日前开具，补贴申领截止时间为2026年12月20日。（牵头单位：区商务局；配合单位：区公安分局、区市场监督管理局）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","企业义务"],beneficiaries=["其他:个人消费者"],not_beneficiaries=["汽车经销商（汽车销售企业）"],conditional=True,deadline="2026-12-20",deadline_basis="购车发票须于2026年11月30日前开具，补贴申领截止时间为2026年12月20日。",deadline_source="measure",industries=[],responsible_units=["区商务局","区公安分局","区市场监督管理局"],note="support for consumers only, NOT for any business; dealers bound (assist, no mark-up); purchase window closed 11-30 but application open to 12-20 → not expired; alt 企业义务 for the dealer sentence")),
]),
("二、降低经营成本",[
 dict(heading="国有房屋租金减免免申即享",text="承租区属国有企业经营性房屋、在本区从事生产经营的小微企业和个体工商户，免除2026年3个月租金，采取“免申即享”方式，由出租的区属国有企业在租金结算中直接抵扣，减免须于2026年6月30日前落实到位。房屋转租的，转租方应当将减免租金全额让渡给实际经营的承租户，不得截留。（牵头单位：区国资委；配合单位：区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["区属国有企业（出租方）","转租方（二房东）"],conditional=True,deadline="2026-06-30",deadline_basis="减免须于2026年6月30日前落实到位。",deadline_source="measure",industries=[],responsible_units=["区国资委","区财政局"],note="免申即享 rent relief; landlord's own completion date ends the measure → expired; sub-landlord must pass it on; conditional on renting state-owned premises")),
 dict(heading="支持首次贷款贴息",text="对首次获得银行经营性贷款的中小企业，按照实际支付利息的30%给予贴息，单户年度最高20万元。具体申请条件按照《石景山区中小企业融资支持办法》执行。为企业提供贷款的合作银行和提供担保的融资担保机构不属于贴息对象，融资担保机构对首贷企业的担保费率不得高于1%。2026年度贴息资金须于2027年1月31日前提出申请。（牵头单位：区金融服务办；配合单位：区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","融资担保机构"],conditional=True,deadline="2027-01-31",deadline_basis="2026年度贴息资金须于2027年1月31日前提出申请。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="首次 (首贷) inline plus conditions elsewhere (融资支持办法); bank and guarantor bound, not benefited")),
 dict(heading="扶持新开业个体工商户",text="2026年1月1日至12月31日期间在本区新登记设立、从事餐饮或便民零售的个体工商户，连续经营满6个月且无失信记录的，给予一次性开业补贴3000元，经营者应当自连续经营满6个月之日起3个月内提出申请。（牵头单位：区市场监督管理局；配合单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2027-09-30",deadline_basis="2026年1月1日至12月31日期间在本区新登记设立……自连续经营满6个月之日起3个月内提出申请",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区市场监督管理局","区商务局"],note="individual businesses only; moving window per applicant; latest possible = registered 2026-12-31 → 6 months 2027-06-30 → +3 months 2027-09-30 (accept 2027-09-29..2027-10-01); alt document end 2028-04-30")),
]),
("三、规范平台与用工",[
 dict(heading="维护商户平台经营权益",text="在本区注册运营的外卖、团购等网络交易平台，不得强制本区餐饮商户“二选一”，不得违规收取或变相上调佣金。商户认为平台存在上述行为的，可以向区市场监督管理局投诉举报，区市场监督管理局应当在10个工作日内核查处理并告知结果。（牵头单位：区市场监督管理局）",
  gold=sd(kind="可主张的权利",kind_acceptable=["可主张的权利","企业义务"],beneficiaries=EB,not_beneficiaries=["网络交易平台"],conditional=False,industries=["住宿餐饮"],responsible_units=["区市场监督管理局"],note="restaurant merchants (any form) can complain; platforms bound; alt 企业义务 (platform duties)")),
 dict(heading="支持生活服务业吸纳就业",text="对吸纳本区户籍城乡劳动力就业并为其缴纳社会保险的生活服务业中小企业，按照每人每月500元给予岗位补贴，每人最长12个月。补贴资金拨付至用人单位，被吸纳人员不作为补贴对象；通过劳务派遣机构派遣用工的，不纳入补贴范围。企业须于每年12月10日前申报当年度补贴。（牵头单位：区人力资源和社会保障局；配合单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["被吸纳人员（劳动者）","劳务派遣机构"],conditional=True,deadline="2027-12-10",deadline_basis="企业须于每年12月10日前申报当年度补贴。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区商务局"],note="recurring yearly; last 12-10 inside validity (to 2028-04-30) is 2027-12-10; alt document end 2028-04-30; hired workers and agency excluded")),
 dict(heading="落实经营主体主体责任",text="在本区从事餐饮、零售和生活服务的经营主体，应当落实明码标价和食品安全主体责任；开展预付式消费的，应当按规定将预收资金纳入存管，单张预付卡金额不得超过5000元。（牵头单位：区市场监督管理局、区商务局）",
  gold=sd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监督管理局","区商务局"],addressees=["餐饮、零售和生活服务经营主体"],note="business obligations (pricing, food safety, prepaid funds)")),
]),
("四、强化服务保障",[
 dict(heading="设立消费政策服务专窗",text="区商务局会同区政务服务管理局，于2026年9月底前在区政务服务中心设立消费政策服务专窗，统一受理本措施各项资金申报，并实行“一次告知、限时办结”。（牵头单位：区商务局；配合单位：区政务服务管理局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="于2026年9月底前在区政务服务中心设立消费政策服务专窗",deadline_source="measure",industries=[],responsible_units=["区商务局","区政务服务管理局"],addressees=["区商务局","区政务服务管理局"],note="government's own set-up date, not an applicant deadline; expired by convention")),
 dict(heading="奖励新获评老字号和特色街区",text="对新获评“中华老字号”“北京老字号”的本区企业，分别给予一次性奖励50万元、20万元；对新认定为市级特色商业街区的街区运营管理单位，给予一次性奖励30万元，用于街区环境提升和营销推广。奖励申报时间由区商务局另行通知。（牵头单位：区商务局）",
  gold=sd(kind="可申请的支持",beneficiaries=["企业","其他:特色商业街区运营管理单位"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区商务局"],note="award for newly gaining a status (认定); here an operator IS the beneficiary; date announced separately → document end")),
]),
("五、附则",[
 dict(heading="附则",text="本措施自2026年5月1日起施行，执行期至2028年4月30日。同一企业同一事项符合本区其他政策的，按照从高不重复原则支持。本措施由区商务局负责解释。",
  gold=sd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity")),
]),
]
sjs_meta=dict(file="shijingshan_2026_shangye_xiaofei.txt",title="石景山区促进商业消费提质和生活服务业发展的若干措施",issuer="北京市石景山区人民政府办公室",doc_number="石政办发〔2026〕7号",district="石景山区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-05-01",valid_until=SJS_END,valid_until_basis=SJS_BASIS,numbering="five parts 一、…五、 (part headings on their own line); measures （一）…（十二） numbered continuously across parts, heading sentence inline followed by body; （牵头单位：…；配合单位：…） at the end except （十二）")
sjs_header="""北京市石景山区人民政府办公室关于印发《石景山区促进商业消费提质和生活服务业发展的若干措施》的通知

石政办发〔2026〕7号

各街道办事处，区政府各委、办、局，各区属机构：

《石景山区促进商业消费提质和生活服务业发展的若干措施》已经区政府第四十二次常务会议审议通过，现予印发，请各单位对照分工抓好贯彻落实。

北京市石景山区人民政府办公室
二〇二六年四月二十日

石景山区促进商业消费提质和生活服务业发展的若干措施

为进一步释放消费潜力，提升商业活力和生活服务品质，助力各类经营主体稳定经营、扩大就业，根据本市促进消费有关部署，结合本区实际，制定如下措施。"""
sjs_txt,sjs_gold=build(sjs_meta,sjs_header,sjs,"",lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ---------------- 房山区 ----------------
FS_END="2029-06-07"; FS_BASIS="本措施自印发之日起施行，有效期三年。"
def fd(**k):
    d=dict(deadline=FS_END,deadline_basis=FS_BASIS,deadline_source="document"); d.update(k); return d
fs=[("",[
 dict(heading="专精特新认定奖励",text="对首次被认定为北京市专精特新中小企业的，给予一次性奖励10万元；首次被认定为国家级专精特新“小巨人”企业的，再给予一次性奖励30万元。奖励采取“免申即享”方式，由区经济和信息化局依据认定名单直接拨付，2026年新认定企业的奖励于2027年3月底前拨付完毕。（责任单位：区经济和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2027-03-31",deadline_basis="2026年新认定企业的奖励于2027年3月底前拨付完毕。",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局","区财政局"],note="免申即享 award for newly gaining a status (认定); the date is the government's payment date (body's own date, not an application deadline); alt document end 2029-06-07 for later cohorts")),
 dict(heading="设备更新贷款贴息",text="对本区制造业企业单个项目设备投资额不低于500万元、通过银行贷款或融资租赁方式购置生产设备的，按照实际支付利息或租息的50%给予贴息，单个企业年度最高200万元。设备供应商、经销商和融资租赁公司不享受本项贴息。2026年度项目申报期至2026年11月15日止。（责任单位：区经济和信息化局、区金融服务办）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["设备供应商","设备经销商","融资租赁公司","贷款银行"],conditional=True,deadline="2026-11-15",deadline_basis="2026年度项目申报期至2026年11月15日止。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区金融服务办"],note="500万 threshold inline; any size; dealers/lessors excluded (bank not named as excluded but not a beneficiary); expired")),
 dict(heading="发放数字化转型服务券",text="向本区制造业中小企业发放数字化转型服务券，每家企业最高20万元，用于购买列入目录的数字化服务商提供的诊断评估和改造服务。服务商凭核销的服务券向区财政结算，不得以服务券抵扣为由抬高报价，服务商不是本项政策的支持对象。服务券每季度开放一次申领，2026年度最后一批申领截止日期为2026年12月25日。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["数字化服务商"],conditional=True,deadline="2026-12-25",deadline_basis="服务券每季度开放一次申领，2026年度最后一批申领截止日期为2026年12月25日。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局"],note="vouchers; service providers settle but are not beneficiaries; recurring quarterly; only the 2026 last date is stated (alt document end 2029-06-07 for later years)")),
 dict(heading="支持软件企业能力评估",text="对本区软件和信息技术服务业中小企业首次通过CMMI三级及以上或ITSS等级评估的，按照评估费用的50%给予补贴，最高10万元。企业应当自取得评估证书之日起6个月内提出申请。（责任单位：区经济和信息化局）",
  gold=fd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=["信息技术"],responsible_units=["区经济和信息化局"],note="首次 + status gained; moving window per applicant without a bounded start period → document end")),
 dict(heading="降低小微企业担保费用",text="符合条件的小微企业通过区融资担保公司申请担保贷款的，担保费率按不高于1%执行，区财政按照实际缴纳担保费的50%给予企业担保费补贴。区融资担保公司按照有关规定另行获得风险补偿，不享受担保费补贴。担保费补贴每年受理两次，分别于6月、12月集中受理。（责任单位：区金融服务办、区财政局）",
  gold=fd(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["区融资担保公司"],conditional=True,industries=[],responsible_units=["区金融服务办","区财政局"],note="符合条件的 + 按照有关规定 (conditions elsewhere); guarantor gets separate risk compensation (not a beneficiary here); recurring, no last date → document end (alt 2028-12-31 last December window)")),
 dict(heading="新入驻园区租金补贴",text="对2026年新入驻本区产业园区、租用厂房面积500平方米以上的制造业中小企业，连续经营满1年的，按照实际租金的30%给予补贴，补贴期限不超过2年，每年最高50万元。补贴资金直接拨付至承租企业，园区运营方和厂房出租方不得以此为由上调租金。入驻协议须于2026年12月31日前签订。（责任单位：区经济和信息化局、区投资促进服务中心）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["园区运营方","厂房出租方"],conditional=True,deadline="2026-12-31",deadline_basis="入驻协议须于2026年12月31日前签订。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区投资促进服务中心"],note="landlords bound; conditions inline (500㎡, 连续经营满1年); the stated date is the entry deadline (applications come later, date not stated) — disputable")),
 dict(heading="支持企业招用技能人才",text="对新招用取得高级工及以上职业资格证书人员、签订2年以上劳动合同的制造业中小企业，每招用1人给予企业一次性补贴5000元，补贴不发放给个人。通过劳务派遣方式用工的，劳务派遣机构和被派遣人员均不享受。2026年上半年招用的，于2026年7月31日前申报；下半年招用的，于2027年1月31日前申报。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["被招用人员","劳务派遣机构","被派遣人员"],conditional=True,deadline="2027-01-31",deadline_basis="下半年招用的，于2027年1月31日前申报。",deadline_source="measure",industries=["制造业"],responsible_units=["区人力资源和社会保障局"],note="two dates; the last (2027-01-31) is the deadline; hired workers excluded")),
 dict(heading="公布数字化服务商目录",text="区经济和信息化局应当于2026年8月31日前完成首批数字化服务商遴选，并向社会公布服务商目录和服务价格指引。（责任单位：区经济和信息化局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-08-31",deadline_basis="区经济和信息化局应当于2026年8月31日前完成首批数字化服务商遴选",deadline_source="measure",industries=[],responsible_units=["区经济和信息化局"],addressees=["区经济和信息化局"],note="government body's own date, not an applicant deadline; expired by convention")),
 dict(heading="推行包容审慎监管",text="对本区中小企业实施的行政检查，同一部门一年内原则上不超过1次，企业有权拒绝未列入年度检查计划的非必要检查；中小企业首次出现轻微违法行为并及时改正、未造成危害后果的，依法不予行政处罚。（责任单位：区司法局、区市场监督管理局）",
  gold=fd(kind="可主张的权利",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区市场监督管理局"],note="protections a business can invoke (inspection limit, 首违不罚); 首次 here is a condition of a right, not a grant; alt 政府职责")),
 dict(heading="规范资金使用",text="获得设备更新贴息、服务券和租金补贴支持的企业，应当自资金拨付之日起3年内不迁离本区、不改变在本区的纳税登记，支持购置的设备不得擅自转让或出租；违反的，应当退回已获资金。（责任单位：区经济和信息化局、区财政局）",
  gold=fd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区经济和信息化局","区财政局"],addressees=["获得设备更新贴息、服务券和租金补贴支持的企业"],note="obligation whose subject is written with grant words (获得…支持的企业应当); not a benefit")),
 dict(heading="奖励新获评绿色工厂",text="对新获评国家级、市级绿色工厂的本区制造业企业，分别给予一次性奖励50万元、20万元。具体申报条件和程序由区经济和信息化局另行制定，2025年度和2026年度获评的企业须于2026年10月31日前申报。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="2025年度和2026年度获评的企业须于2026年10月31日前申报。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局"],note="new status (评定) + rules 另行制定; expired; later cohorts not addressed (alt document end)")),
 dict(heading="附则",text="本措施自印发之日起施行，有效期三年。此前本区出台的同类政策与本措施不一致的，以本措施为准。本措施执行中的具体问题由区经济和信息化局负责解释。",
  gold=fd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="印发 2026-06-08 + 3 years - 1 day = 2029-06-07 (accept 2029-06-08)")),
])]
fs_meta=dict(file="fangshan_2026_zhizao_shuzihua.txt",title="房山区支持制造业中小企业数字化转型和设备更新的若干措施",issuer="北京市房山区人民政府",doc_number="房政发〔2026〕15号",district="房山区",date="2026-06-08",date_as_printed="2026年6月8日",in_force_from="2026-06-08",valid_until=FS_END,valid_until_basis=FS_BASIS,numbering="arabic '1.' with heading then full-width colon '：' and body on the same line, no parts; （责任单位：…） at the end except 12.")
fs_header="""北京市房山区人民政府关于印发《房山区支持制造业中小企业数字化转型和设备更新的若干措施》的通知

房政发〔2026〕15号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

现将《房山区支持制造业中小企业数字化转型和设备更新的若干措施》印发给你们，请认真贯彻执行。

北京市房山区人民政府
2026年6月8日

房山区支持制造业中小企业数字化转型和设备更新的若干措施

为贯彻落实国家和本市关于推动大规模设备更新、加快制造业数字化转型的部署要求，支持本区制造业中小企业提质增效、做优做强，特制定本措施。"""
fs_txt,fs_gold=build(fs_meta,fs_header,fs,"",lambda i,m:f"{i}.{m['heading']}：{m['text']}")
for txt,gold in ((sjs_txt,sjs_gold),(fs_txt,fs_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
