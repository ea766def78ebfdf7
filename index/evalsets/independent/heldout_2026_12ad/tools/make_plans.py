# run from the set's root folder: /usr/bin/python3 tools/make_plans.py
# Adapted from heldout_2026_12c/tools/make_plans.py (structure only; texts, measures and gold are new).
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年/实施期限N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'N月底前' = last day of that month. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date by which a government body must do something inside a support measure (publish a list, set up a pool) is NOT the applicant's deadline; for a 政府职责 measure its own date is the deadline.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/本区企业/外贸企业 without size. '经营主体' defined in the document as 个体工商户 plus 小微企业 is written as both.",
 "conditional":"true when the grant depends on stated eligibility conditions, thresholds, 首次, an 认定/认证/审定 step, a list/catalogue, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, plus 文化旅游 (outside the earlier vocabulary; alt []); [] = not restricted or not mappable",
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

# ---------------- 海淀区 ----------------
HD_END="2029-06-17"; HD_BASIS="本措施自发布之日起施行，实施期限3年。"
def hdd(**k):
    d=dict(deadline=HD_END,deadline_basis=HD_BASIS,deadline_source="document"); d.update(k); return d
hd=[
 dict(part="一、支持经营主体开拓国际市场",heading="奖励离岸服务外包首次突破",
  text="对注册在本区的软件和信息技术服务业中小企业，2026年度离岸服务外包合同执行额首次突破300万美元的，给予一次性奖励30万元；首次突破1000万美元的，再给予一次性奖励50万元。为企业提供接包撮合服务的中介机构不纳入奖励范围。2026年度奖励申报截止时间为2027年2月28日。（责任单位：区商务局、中关村科学城管委会）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["提供接包撮合服务的中介机构"],conditional=True,deadline="2027-02-28",deadline_basis="2026年度奖励申报截止时间为2027年2月28日。",deadline_source="measure",industries=["信息技术"],responsible_units=["区商务局","中关村科学城管委会"],note="SMEs of the software trade only; threshold + 首次 inline; intermediaries excluded")),
 dict(heading="补贴境外展会参展费用",
  text="本区外贸企业参加区商务局年度重点境外展会目录内展会的，按照展位费和人员往返国际交通费实际支出的70%给予补贴，单个企业年度最高20万元。组展单位、展会主办方及代订服务机构不属于补贴对象。区商务局于每年1月发布展会目录；2026年参展补贴须于10月15日前提交申请，逾期视为自动放弃。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["组展单位","展会主办方","代订服务机构"],conditional=True,deadline="2026-10-15",deadline_basis="2026年参展补贴须于10月15日前提交申请，逾期视为自动放弃。",deadline_source="measure",industries=[],responsible_units=["区商务局","区财政局"],note="depends on the fair catalogue; '每年1月发布展会目录' is the government's date, not the deadline; application date without year read as 2026; expired")),
 dict(heading="奖励制造业出口增量",
  text="对本区年出口额2000万元以上且较上年增长10%以上的制造业企业，按照出口增量部分的1%给予奖励，单个企业最高100万元。通过货运代理企业或外贸综合服务企业代理出口的，奖励给予实际生产企业，代理方不享受。2026年度出口增量奖励以海关统计数据为准，请于2027年3月底前申报。（责任单位：区商务局、区经济和信息化局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["货运代理企业","外贸综合服务企业"],conditional=True,deadline="2027-03-31",deadline_basis="2026年度出口增量奖励以海关统计数据为准，请于2027年3月底前申报。",deadline_source="measure",industries=["制造业"],responsible_units=["区商务局","区经济和信息化局"],note="manufacturers of any size; thresholds inline; export agents excluded although they do the exporting")),
 dict(heading="支持零售经营主体开展跨境电商",
  text="对本区批发零售类经营主体首次在跨境电商平台开设店铺的，按照平台年费和首年推广费用的30%给予补贴，单个主体最高5万元；个体工商户同等享受。跨境电商平台企业及代运营服务商不享受本项补贴。本项补贴受理时间自2026年11月1日起至2026年11月30日止。（责任单位：区商务局、区市场监督管理局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["跨境电商平台企业","代运营服务商"],conditional=True,deadline="2026-11-30",deadline_basis="本项补贴受理时间自2026年11月1日起至2026年11月30日止。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局","区市场监督管理局"],note="经营主体 of any size plus 个体工商户 named; 首次; window closed 4 days before 'today' → expired")),
 dict(part="二、加强金融支持和贸易便利化",heading="降低出口信用保险成本",
  text="对上年度出口额不超过4500万美元的中小微外贸企业投保短期出口信用保险的，按照实际缴纳保费的50%给予补贴，单个企业年度最高30万元。承保机构不享受补贴。本项政策执行至2026年12月31日。（责任单位：区商务局、区金融服务办公室）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["承保机构"],conditional=True,deadline="2026-12-31",deadline_basis="本项政策执行至2026年12月31日。",deadline_source="measure",industries=[],responsible_units=["区商务局","区金融服务办公室"],note="中小微 written 中小企业; export ceiling inline; still open on 2026-12-04 (27 days left)")),
 dict(heading="补贴外贸企业融资担保费用",
  text="对通过区属政策性融资担保机构取得贷款的外贸中小企业，担保费率按照不超过1%执行，区财政按照实际担保费的50%给予补贴。融资担保机构和合作银行不得另行收取咨询费、顾问费，其自身不属于补贴对象。补贴申请条件和程序另行制定。本项政策有效期2年，自本措施发布之日起计算。（责任单位：区金融服务办公室、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区属政策性融资担保机构","合作银行"],conditional=True,deadline="2028-06-17",deadline_basis="本项政策有效期2年，自本措施发布之日起计算。",deadline_source="measure",industries=[],responsible_units=["区金融服务办公室","区财政局"],note="guarantor and bank bound (fee cap, no extra fees), not beneficiaries; rules 另行制定; 2026-06-18 + 2 years - 1 day (accept 2028-06-18)")),
 dict(heading="奖励海关高级认证企业",
  text="对首次通过海关高级认证（AEO）的本区进出口企业，给予一次性奖励20万元。报关企业通过认证的，不适用本条。（责任单位：区商务局、中关村海关）",
  gold=hdd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["报关企业"],conditional=True,industries=[],responsible_units=["区商务局","中关村海关"],note="depends on an external 认证 and 首次; customs brokers excluded; no own date → document")),
 dict(heading="提供技术进出口合同登记便利服务",
  text="在区政务服务中心设立技术进出口合同登记专窗，本区企业办理自由进出口技术合同登记的，可当场受理，办结时限压缩至2个工作日，全程不收取费用。（责任单位：区商务局、区政务服务管理局）",
  gold=hdd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局","区政务服务管理局"],note="free fast-track service a firm can use (registration itself is a duty under the 对外贸易法 art. 14); not core money; alt 政府职责")),
 dict(part="三、优化外贸发展环境",heading="支持海外知识产权纠纷应对",
  text="本区企业在境外遭遇知识产权诉讼、337调查或展会侵权投诉并积极应诉的，按照实际发生的律师费、代理费的50%给予资助，单个企业年度最高50万元，资助按照有关规定审核拨付。提供服务的律师事务所、知识产权代理机构不属于资助对象。区知识产权局于2026年8月底前组建海外知识产权纠纷应对专家库，为企业提供免费咨询。（责任单位：区知识产权局、区商务局）",
  gold=hdd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["律师事务所","知识产权代理机构"],conditional=True,industries=[],responsible_units=["区知识产权局","区商务局"],note="trap: '2026年8月底前组建专家库' is the government's own (past) date, not the applicant's deadline → document validity, not expired; conditions 按照有关规定")),
 dict(heading="建立重点外贸企业服务专员制度",
  text="区商务局会同各街道、镇于2026年9月底前建立重点外贸企业名单和服务专员制度，每季度至少走访一次，协调解决物流、通关、结汇等方面问题。（责任单位：区商务局、各街道办事处、各镇人民政府）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区商务局会同各街道、镇于2026年9月底前建立重点外贸企业名单和服务专员制度",deadline_source="measure",industries=[],responsible_units=["区商务局","各街道办事处","各镇人民政府"],addressees=["区商务局","各街道办事处","各镇人民政府"],note="government's own set-up date (past); the visits continue; alt 可申请的支持 (service) is weak because firms are chosen by the government")),
 dict(heading="规范涉企行政检查",
  text="区有关部门对外贸企业开展行政检查，应当纳入年度检查计划并提前公布，同一部门一年内对同一企业的现场检查原则上不超过一次。企业对未列入计划的检查有权拒绝，并可向区司法局投诉，区司法局应当在10个工作日内答复。（责任单位：区司法局、区有关部门）",
  gold=hdd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区有关部门"],note="right to refuse unplanned inspections plus complaint with 10-day reply; alt 政府职责 (inspection plan)")),
 dict(heading="落实享受政策企业责任",
  text="享受本措施支持的企业应当依法如实报送进出口统计数据，遵守外汇管理规定，不得以虚假贸易、拆分合同等方式套取资金；获得奖励或补贴的企业自资金拨付之日起3年内不得将注册地和税收征管关系迁出本区，违反的应当退回已获资金。（责任单位：区商务局、区财政局）",
  gold=hdd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局","区财政局"],addressees=["享受本措施支持的企业"],note="truthful data, forex rules, no fake trade, 3-year stay, claw-back")),
 dict(part="四、附则",heading="附则",noinline=True,
  text="本措施自发布之日起施行，实施期限3年。本措施与本区其他同类政策有重叠的，企业可按照从优原则选择申报，不重复享受。本措施由区商务局负责解释。",
  gold=hdd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-06-18 + 3 years - 1 day = 2029-06-17 (accept 2029-06-18); the heading is the part title 四、附则")),
]
hd_meta=dict(file="haidian_2026_waimao_shuzi_fuwu_maoyi.txt",title="海淀区关于促进外贸和数字服务贸易高质量发展的若干措施",issuer="北京市海淀区人民政府办公室",doc_number="海政办发〔2026〕14号",district="海淀区",date="2026-06-18",date_as_printed="2026年6月18日",in_force_from="2026-06-18",valid_until=HD_END,valid_until_basis=HD_BASIS,
 numbering="four parts 一、…四、 (part titles on their own line); measures （一）…（十三） numbered continuously across parts, heading sentence inline ending with 。; （责任单位：…） at the end except （十三）, which sits under 四、附则 without its own heading")
hd_header="""北京市海淀区人民政府办公室关于印发《海淀区关于促进外贸和数字服务贸易高质量发展的若干措施》的通知

海政办发〔2026〕14号

各街道办事处，各镇人民政府，区政府各委、办、局，各区属单位：

《海淀区关于促进外贸和数字服务贸易高质量发展的若干措施》已经区政府常务会议审议通过，现印发给你们，请认真贯彻执行。

北京市海淀区人民政府办公室
2026年6月18日

（此件公开发布）

海淀区关于促进外贸和数字服务贸易高质量发展的若干措施

为贯彻落实《中华人民共和国对外贸易法》和国家、本市关于推动外贸稳规模优结构的部署，支持本区外贸经营主体和软件信息服务企业拓展国际市场，结合海淀区实际，制定如下措施。"""
def hd_render(i,m):
    body=f"（{cn(i)}）{m['text']}" if m.get("noinline") else f"（{cn(i)}）{m['heading']}。{m['text']}"
    return (m["part"]+"\n\n"+body) if m.get("part") else body
hd_txt,hd_gold=build(hd_meta,hd_header,hd,"",hd_render)

# ---------------- 门头沟区 ----------------
MT_END="2027-12-31"; MT_BASIS="本办法自印发之日起施行，有效期至2027年12月31日。"
SCOPE=["住宿餐饮","批发零售","文化旅游"]
def mtd(**k):
    d=dict(deadline=MT_END,deadline_basis=MT_BASIS,deadline_source="document"); d.update(k); return d
BOTH=["个体工商户","小型微型企业"]
mt=[
 dict(heading="适用范围",ru=None,
  text="本办法适用于在本区依法登记注册、实际经营地在本区的文化旅游、餐饮、零售类个体工商户和小型微型企业（以下统称经营主体）。小型微型企业的划分按照国家中小企业划型标准执行。",
  gold=mtd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="scope/definition: 经营主体 = 个体工商户 + 小微企业 in 文旅/餐饮/零售; applies to every later article")),
 dict(heading="补贴餐饮个体工商户安全设施改造",ru="区商务局、区城市管理委员会",
  text="对连续经营满1年的餐饮类个体工商户实施油烟净化设施更新、燃气管线规范化改造的，按照改造实际支出的50%给予补贴，每户最高1万元。设备销售商和施工单位不作为补贴对象。经营者须于2026年9月30日前完成改造并提交补贴申请。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["设备销售商","施工单位"],conditional=True,deadline="2026-09-30",deadline_basis="经营者须于2026年9月30日前完成改造并提交补贴申请。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区城市管理委员会"],note="个体工商户 only, 餐饮 only; 连续经营满1年 inline; expired")),
 dict(heading="奖励个体工商户转型为企业",ru="区市场监督管理局、区财政局",
  text="2026年度内由个体工商户转型为企业且保留原字号、经营场所不变的，给予一次性奖励5000元；转型后的企业在3年内继续享受原个体工商户可享受的扶持政策。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2026-12-31",deadline_basis="2026年度内由个体工商户转型为企业且保留原字号、经营场所不变的",deadline_source="measure",industries=SCOPE,responsible_units=["区市场监督管理局","区财政局"],note="个转企: the applicant is the converting 个体工商户 (alt also 小型微型企业 = the resulting firm); 2026年度 = 2026-12-31; industries from the scope article")),
 dict(heading="减免区属国有企业经营用房租金",ru="区国资委、区财政局",
  text="承租区属国有企业经营用房的经营主体，2026年7月1日至9月30日期间的房屋租金予以全额减免，由出租方在应收租金中直接抵扣，无需申请。区属国有企业不得以减免为由提高后续租金或者缩短租期。经营主体将房屋转租、分租的，不享受本项减免。",
  gold=dict(kind="可申请的支持",beneficiaries=BOTH,not_beneficiaries=["区属国有企业（出租方）"],conditional=True,deadline="2026-09-30",deadline_basis="2026年7月1日至9月30日期间的房屋租金予以全额减免",deadline_source="measure",industries=SCOPE,responsible_units=["区国资委","区财政局"],note="免申即享 via the landlord; landlord bound; sublessors excluded; relief period ended 2026-09-30 → expired")),
 dict(heading="发放京西文旅餐饮消费券",ru="区商务局、区文化和旅游局",
  text="区商务局联合银行和生活服务平台发放“京西山水”文旅餐饮消费券，消费者领取后在参与活动的商户使用，核销资金由区财政按月结算给商户。符合条件的经营主体可自愿报名参加，具体条件以报名公告为准，报名至2026年6月30日止。发券平台和合作银行按照协议提供技术支持，不参与资金分配。",
  gold=dict(kind="可申请的支持",beneficiaries=BOTH,not_beneficiaries=["消费者","发券平台","合作银行"],conditional=True,deadline="2026-06-30",deadline_basis="报名至2026年6月30日止。",deadline_source="measure",industries=SCOPE,responsible_units=["区商务局","区文化和旅游局"],note="consumers hold the vouchers, the merchant benefits by joining; conditions in the sign-up notice (符合条件的); expired")),
 dict(heading="支持京西小微贷担保和贴息",ru="区金融服务办公室、区财政局",
  text="经营主体通过区融资担保公司“京西小微贷”产品取得流动资金贷款的，担保费由区财政全额补贴，贷款利息按照贷款市场报价利率的30%给予贴息。区融资担保公司和承贷银行不享受贴息，不得向经营主体收取担保费以外的其他费用。具体申请条件按照《门头沟区中小微企业融资担保补贴管理办法》执行。本项政策申请截止时间为2027年6月30日。",
  gold=dict(kind="可申请的支持",beneficiaries=BOTH,not_beneficiaries=["区融资担保公司","承贷银行"],conditional=True,deadline="2027-06-30",deadline_basis="本项政策申请截止时间为2027年6月30日。",deadline_source="measure",industries=SCOPE,responsible_units=["区金融服务办公室","区财政局"],note="conditions written elsewhere (管理办法); guarantor and bank bound, not beneficiaries")),
 dict(heading="建设个体工商户服务站",ru="区市场监督管理局、各镇人民政府、各街道办事处",
  text="区市场监督管理局于2026年年底前在各镇、街道建成个体工商户服务站，提供登记指导、政策咨询和诉求受理服务。",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="区市场监督管理局于2026年年底前在各镇、街道建成个体工商户服务站",deadline_source="measure",industries=[],responsible_units=["区市场监督管理局","各镇人民政府","各街道办事处"],addressees=["区市场监督管理局"],note="government build duty with its own date; the services exist later (alt 可申请的支持 weak)")),
 dict(heading="规范景区周边经营行为",ru="区市场监督管理局、区文化和旅游局",
  text="景区周边及旅游线路沿线的餐饮、零售经营者应当明码标价，不得强制或者变相强制消费，不得以虚假折扣诱导交易；接待旅游团队的，应当与旅行社签订书面合同。",
  gold=mtd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监督管理局","区文化和旅游局"],addressees=["景区周边及旅游线路沿线的餐饮、零售经营者"],note="price marking, no forced consumption, written contracts")),
 dict(heading="保护个体工商户免受摊派",ru="区发展和改革委员会、区市场监督管理局",
  text="任何部门和单位不得强制个体工商户参加评比、达标、表彰、培训、考核，不得强制其加入协会、商会或者摊派费用。个体工商户遇有前述情形的，有权拒绝，并可以向区优化营商环境工作专班投诉。",
  gold=mtd(kind="可主张的权利",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区发展和改革委员会","区市场监督管理局"],note="right to refuse forced participation/levies plus complaint channel; 个体工商户 only (not 小微企业)")),
 dict(heading="补贴文旅单位吸纳本地农村劳动力",ru="区人力资源和社会保障局、区文化和旅游局",
  text="对经区文化和旅游局认定的A级旅游景区运营单位和乡村文旅小微企业，2026年内新吸纳本区农村劳动力就业并签订1年以上劳动合同的，按照每人每月600元给予岗位补贴，补贴期最长6个月。补贴按季度申请，须于2027年1月10日前提出全部申请。被吸纳人员不直接申领本项补贴。",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","其他:A级旅游景区运营单位"],not_beneficiaries=["被吸纳人员（本区农村劳动力）"],conditional=True,deadline="2027-01-10",deadline_basis="补贴按季度申请，须于2027年1月10日前提出全部申请。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区人力资源和社会保障局","区文化和旅游局"],note="认定 by 区文旅局; hired workers not beneficiaries; quarterly, last date is the deadline")),
 dict(heading="开展名特优新个体工商户认定",ru="区市场监督管理局",
  text="对经认定的“名特优新”个体工商户，给予一次性奖励2万元，并优先推荐参加区级展销活动。认定条件和程序由区市场监督管理局另行制定，2026年度认定申报工作于上半年完成。",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=[],conditional=True,deadline="2026-06-30",deadline_basis="2026年度认定申报工作于上半年完成。",deadline_source="measure",industries=SCOPE,responsible_units=["区市场监督管理局"],note="认定 with rules 另行制定; 上半年 = 06-30 → expired for 2026 (a 2027 round is not announced)")),
 dict(heading="附则",ru=None,
  text="本办法自印发之日起施行，有效期至2027年12月31日。本办法与本区其他政策有重复的，按照从高原则执行，不重复享受。本办法由区商务局会同区市场监督管理局负责解释。",
  gold=mtd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity; 印发 2026-04-20")),
]
mt_meta=dict(file="mentougou_2026_getihu_xiaowei_wenlv.txt",title="门头沟区支持文旅餐饮零售个体工商户和小微企业发展实施办法",issuer="北京市门头沟区人民政府办公室",doc_number="门政办发〔2026〕7号",district="门头沟区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-04-20",valid_until=MT_END,valid_until_basis=MT_BASIS,
 numbering="articles 第一条…第十二条 (full-width space after the number), no headings in the text (gold 'heading' is a summary); 责任单位：… on its own line after the article body, except 第一条 and 第十二条")
mt_header="""北京市门头沟区人民政府办公室关于印发《门头沟区支持文旅餐饮零售个体工商户和小微企业发展实施办法》的通知

门政办发〔2026〕7号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

现将《门头沟区支持文旅餐饮零售个体工商户和小微企业发展实施办法》印发给你们，请结合工作职责抓好贯彻落实。

北京市门头沟区人民政府办公室
二〇二六年四月二十日

门头沟区支持文旅餐饮零售个体工商户和小微企业发展实施办法

为激发京西文旅消费活力，帮助文化旅游、餐饮、零售领域个体工商户和小微企业稳定经营、提质发展，结合本区实际，制定本办法。"""
def mt_render(i,m):
    s=f"第{cn(i)}条　{m['text']}"
    return s+("\n\n责任单位："+m["ru"] if m["ru"] else "")
mt_txt,mt_gold=build(mt_meta,mt_header,mt,"",mt_render)

for txt,gold in ((hd_txt,hd_gold),(mt_txt,mt_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    # consistency: deadline_basis must occur in the text; responsible units must occur in the text
    for k,m in gold["measures"].items():
        assert m["deadline_basis"] in txt, (name,k)
        for u in m["responsible_units"]: assert u in txt,(name,k,u)
        for u in m["not_beneficiaries"]: assert u.split("（")[0] in txt,(name,k,u)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
