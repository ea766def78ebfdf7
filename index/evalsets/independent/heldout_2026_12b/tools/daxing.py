TXT = """北京市大兴区人民政府办公室关于印发《大兴区促进文旅消费和夜间经济繁荣发展的若干措施》的通知

京兴政办发〔2026〕9号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《大兴区促进文旅消费和夜间经济繁荣发展的若干措施》已经区政府同意，现印发给你们，请结合实际认真贯彻执行。

北京市大兴区人民政府办公室
2026年5月18日

大兴区促进文旅消费和夜间经济繁荣发展的若干措施

为深入挖掘临空经济区和南中轴地区文旅资源，丰富夜间消费供给，提升商圈、街区和乡村旅游消费活力，结合本区实际，制定如下措施。

一、支持夜间经济集聚区建设。对经区商务局认定的区级“夜京城”特色消费街区，按照街区公共设施提升改造实际投资额的30%给予街区运营管理主体一次性补助，最高不超过100万元。街区内入驻商户不作为本项补助的申请主体。2026年街区认定申报截至7月31日。（牵头单位：区商务局；配合单位：区财政局、相关镇街）

二、鼓励延时经营。对在西红门、旧宫、瀛海商圈内延时营业至22时以后、连续经营满3个月的餐饮、零售个体工商户和小型微型企业，按照每户每月2000元给予延时经营补贴，每户累计补贴不超过6个月。商业综合体运营方和出租方不享受本项补贴，不得因商户享受补贴而上调租金或者物业费。补贴按季度申报，2026年第四季度的申报于2027年1月15日截止。（牵头单位：区商务局；配合单位：区财政局）

三、联合平台发放文旅消费券。区文化和旅游局会同合作平台在2026年“十一”和2027年元旦期间面向消费者发放文旅消费券，在参与活动的景区、剧场、餐饮门店使用。有意参与的商户须于9月15日前通过合作平台报名，商户不承担消费券资金；合作平台不得向参与商户收取额外服务费。（牵头单位：区文化和旅游局；配合单位：区商务局）

四、培育演艺新空间。对在本区新开办并经文化和旅游部门备案的演艺新空间，年度演出场次达到100场以上的，给予其运营主体每年最高50万元奖励。具体评审标准由区文化和旅游局另行制定。（牵头单位：区文化和旅游局）

五、便利临时外摆经营。餐饮商户可以在各街道、镇划定的区域和时段开展临时外摆经营，实行备案管理，不收取占道费用。外摆区域由各街道、镇于2026年6月30日前划定并向社会公布。申请外摆的条件和备案材料按照《大兴区临时外摆经营管理规范》执行。（牵头单位：区城市管理委；配合单位：各街道办事处、各镇人民政府）

六、推动乡村民宿提质升级。对在本区乡村地区利用闲置农宅发展精品民宿，取得经营许可并被评定为市级等级民宿的经营者，给予一次性奖励，其中甲级民宿10万元、乙级民宿5万元。出租闲置农宅的农村集体经济组织和农户不享受本项奖励。奖励以2026年度等级评定结果为准。（牵头单位：区文化和旅游局；配合单位：区农业农村局）

七、加大文旅企业融资支持。文旅企业通过区文旅金融服务中心从合作银行获得流动资金贷款的，按照一年期贷款市场报价利率的40%给予贴息，单户贴息最高30万元。申请截止日期为2026年10月31日。合作银行、融资担保机构不属于贴息对象。（牵头单位：区金融服务办；配合单位：区文化和旅游局、区财政局）

八、完善夜间交通和停车配套。区交通局会同公交运营企业于2026年8月底前在重点夜间消费区域增开夜间公交线路，并协调周边单位开放错时共享停车位。（牵头单位：区交通局）

九、规范夜间经营秩序。夜间经营商户应当落实噪声、油烟排放和垃圾分类管理要求，不得超出划定区域外摆，不得占用消防通道。违反规定且经责令改正拒不改正的，取消其当年享受的本措施各项补贴。（牵头单位：区城市管理委；配合单位：区市场监管局、区消防救援支队）

十、减少对夜间经营的干扰。除安全生产、食品安全等紧急情况和投诉举报外，有关部门不在每日18时至24时对夜间消费区域商户开展常规检查；商户首次轻微违法并及时改正的，依法不予行政处罚。商户认为检查不当的，可以通过12345市民服务热线反映。（牵头单位：区司法局；配合单位：各行政执法部门）

十一、支持文旅人才培训。企业组织员工参加区人力资源社会保障局认定的文旅服务技能培训并取得相应证书的，按照每人1000元给予企业培训补贴。培训机构不享受本项补贴。本项政策实施期限为一年，自本措施施行之日起计算。（牵头单位：区人力资源社会保障局）

十二、本措施自2026年6月1日起施行，有效期2年。措施中涉及的资金支持，同一事项不得重复享受市、区同类政策。本措施由区商务局、区文化和旅游局负责解释。
"""
DOC = dict(file='daxing_2026_wenlv_yejian.txt', title='大兴区促进文旅消费和夜间经济繁荣发展的若干措施',
  issuer='北京市大兴区人民政府办公室', doc_number='京兴政办发〔2026〕9号', district='大兴区', date='2026-05-18',
  in_force_from='2026-06-01', valid_until='2028-05-31', valid_until_basis='本措施自2026年6月1日起施行，有效期2年。',
  numbering='measures 一、…十二、 with the heading sentence inline, no part headings; （牵头单位：…；配合单位：…） at the end of the paragraph for all but 十二、')
S, R, G, O, Y = '可申请的支持', '可主张的权利', '政府职责', '企业义务', '一般规定'
DOCEND = ('2028-05-31', '本措施自2026年6月1日起施行，有效期2年。', 'document')
M = [
 dict(heading='支持夜间经济集聚区建设', kind=S, beneficiaries=['其他:特色消费街区运营管理主体'], not_beneficiaries=['其他:街区内入驻商户'],
      conditional=True, dl=('2026-07-31', '2026年街区认定申报截至7月31日。', 'measure'), industries=[],
      units=['区商务局', '区财政局', '相关镇街'], note='only the street operator (after 认定) applies; shops in the street are expressly excluded; expired'),
 dict(heading='鼓励延时经营', kind=S, beneficiaries=['个体工商户', '小型微型企业'], not_beneficiaries=['其他:商业综合体运营方', '其他:出租方'],
      conditional=True, dl=('2027-01-15', '2026年第四季度的申报于2027年1月15日截止。', 'measure'), industries=['住宿餐饮', '批发零售'],
      units=['区商务局', '区财政局'], note='quarterly batches; the last batch for 2026 closes 2027-01-15, so not expired; conditions inline (商圈, 22时以后, 满3个月); landlords/operators excluded and barred from raising rent'),
 dict(heading='联合平台发放文旅消费券', kind=S, beneficiaries=['其他:景区、剧场、餐饮门店等参与商户'], not_beneficiaries=['其他:消费者', '其他:合作平台'],
      conditional=False, dl=('2026-09-15', '有意参与的商户须于9月15日前通过合作平台报名', 'measure'), industries=['住宿餐饮'],
      units=['区文化和旅游局', '区商务局'], kind_acceptable=[S, G],
      note='vouchers go to consumers; what a business can do is sign up as a participating merchant (no cost, no platform fee); date without year read as 2026; expired; 政府职责 acceptable because the money itself goes to consumers'),
 dict(heading='培育演艺新空间', kind=S, beneficiaries=['其他:演艺新空间运营主体'], not_beneficiaries=[],
      conditional=True, dl=DOCEND, industries=[], units=['区文化和旅游局'],
      note='new venues only, 备案 + 100 shows; 评审标准另行制定'),
 dict(heading='便利临时外摆经营', kind=S, beneficiaries=['其他:餐饮商户'], not_beneficiaries=[],
      conditional=True, dl=DOCEND, industries=['住宿餐饮'], units=['区城市管理委', '各街道办事处', '各镇人民政府'], kind_acceptable=[S, R],
      note='conditions written elsewhere (《大兴区临时外摆经营管理规范》); the 2026-06-30 date is the government deadline to designate areas, NOT an application deadline, so the document end applies and it is not expired'),
 dict(heading='推动乡村民宿提质升级', kind=S, beneficiaries=['其他:乡村民宿经营者'], not_beneficiaries=['其他:农村集体经济组织', '其他:农户'],
      conditional=True, dl=('2026-12-31', '奖励以2026年度等级评定结果为准。', 'measure'), industries=['住宿餐饮'],
      units=['区文化和旅游局', '区农业农村局'], note='2026年度 = 2026-12-31; 评定 step; landlords of the farmhouses excluded; the deadline reading is arguable (the 评定 result year, not an application date)'),
 dict(heading='加大文旅企业融资支持', kind=S, beneficiaries=['其他:文旅企业'], not_beneficiaries=['合作银行', '融资担保机构'],
      conditional=True, dl=('2026-10-31', '申请截止日期为2026年10月31日。', 'measure'), industries=[],
      units=['区金融服务办', '区文化和旅游局', '区财政局'], note='loan must come through the 文旅金融服务中心 and a partner bank (activity precondition); banks excluded; expired'),
 dict(heading='完善夜间交通和停车配套', kind=G, beneficiaries=[], not_beneficiaries=[], conditional=False,
      dl=('2026-08-31', '于2026年8月底前在重点夜间消费区域增开夜间公交线路', 'measure'), industries=[], units=['区交通局'],
      addressees=['区交通局', '其他:公交运营企业'], note='government build deadline (8月底 = 08-31), not an application deadline; expired'),
 dict(heading='规范夜间经营秩序', kind=O, beneficiaries=[], not_beneficiaries=[], conditional=False, dl=DOCEND, industries=[],
      units=['区城市管理委', '区市场监管局', '区消防救援支队'], addressees=['其他:夜间经营商户'], note='obligations; sanction is loss of the year\'s subsidies'),
 dict(heading='减少对夜间经营的干扰', kind=R, beneficiaries=['其他:夜间消费区域商户'], not_beneficiaries=[], conditional=False, dl=DOCEND, industries=[],
      units=['区司法局', '各行政执法部门'], kind_acceptable=[R, G], note='no routine inspections 18-24h, 首违不罚, complaint via 12345'),
 dict(heading='支持文旅人才培训', kind=S, beneficiaries=['企业'], not_beneficiaries=['其他:培训机构', '其他:参训员工'],
      conditional=True, dl=('2027-05-31', '本项政策实施期限为一年，自本措施施行之日起计算。', 'measure'), industries=[],
      units=['区人力资源社会保障局'], note='一年 from 2026-06-01 = 2027-05-31 (accept +/-1 day); the firm receives the subsidy, not the staff or the trainer; certified training is a condition'),
 dict(heading='附则（施行、有效期、不重复享受、解释）', kind=Y, beneficiaries=[], not_beneficiaries=[], conditional=False, dl=DOCEND, industries=[],
      units=[], note='validity sentence of the whole document: 2026-06-01 + 2 years - 1 day'),
]
