# Generates plans/*.txt and plans/*.gold.json from one source so that gold and text agree.
import json,collections
TODAY="2026-12-04"
CONV={
 "today":TODAY,
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one (also when it is a government body's own date); otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'M月底前' = last day of month M. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/用人单位 without size. 经营主体/市场主体 incl. 个体工商户 = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术; [] = not restricted or not mappable (金融科技 is mapped to 信息技术, alt [])",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,tail,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=CONV; ms={}
    for i,m in enumerate(measures,1):
        if m.get("part"): lines.append(m["part"])
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<TODAY) if g["deadline"] else None
        assert g["deadline_source"]=="document" or g["deadline_basis"] in m["text"], (i,g["deadline_basis"])
        for u in g["responsible_units"]: assert u in m["text"] or u in m.get("units",""),(i,u)
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold

CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 东城区 ----------------
DC_DOCEND="2029-04-19"; DC_BASIS="本措施自发布之日起施行，有效期3年。"
def dcd(**k):
    d=dict(deadline=DC_DOCEND,deadline_basis=DC_BASIS,deadline_source="document"); d.update(k); return d
dc=[
 dict(part="一、支持老字号传承创新",heading="支持老字号守正创新",
  text="对经商务部或市商务局认定的“中华老字号”“北京老字号”企业，开展产品研发、技艺传承、品牌焕新和数字化改造的，按照项目实际投资额的30%给予支持，单个企业年度支持金额不超过100万元。为老字号企业提供外包设计的机构和设备供应商不作为支持对象。具体申报指南由区商务局另行制定，2026年度项目申报截止时间为2026年7月31日。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:老字号企业"],not_beneficiaries=["外包设计机构","设备供应商"],conditional=True,deadline="2026-07-31",deadline_basis="2026年度项目申报截止时间为2026年7月31日。",deadline_source="measure",industries=[],responsible_units=["区商务局","区财政局"],note="requires 认定 as 老字号 and a guide 另行制定; suppliers excluded; expired")),
 dict(heading="稳定老字号原址经营",
  text="对在前门、鼓楼、东四等历史文化街区原址连续经营满5年、且租用非国有房屋的老字号门店，按照上年度实际支付租金的20%给予补贴，单店每年最高30万元。补贴资金直接拨付承租的老字号企业；出租方不属于补贴对象，在补贴期内上调租金超过5%的，取消该门店当年补贴资格。2026年度补贴须于11月30日前提交申请。（责任单位：区商务局、相关街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:老字号企业（承租方）"],not_beneficiaries=["出租方（房东）"],conditional=True,deadline="2026-11-30",deadline_basis="2026年度补贴须于11月30日前提交申请。",deadline_source="measure",industries=[],responsible_units=["区商务局","相关街道办事处"],note="连续经营满5年 inline; landlord bound (rent-rise clause) not benefited; date without year = 2026; expired a few days before today")),
 dict(heading="鼓励老字号师带徒",
  text="对老字号企业新招用技艺学徒、签订劳动合同并连续用工满1年的，按照每名学徒每年6000元给予企业带徒补贴，每家企业每年补贴人数不超过20人。补贴拨付至企业账户，学徒本人不另行申领。本项补贴受理至2027年6月30日止。（责任单位：区人力资源和社会保障局、区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:老字号企业"],not_beneficiaries=["技艺学徒（被招用人员）"],conditional=True,deadline="2027-06-30",deadline_basis="本项补贴受理至2027年6月30日止。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局","区商务局"],note="hired apprentices are not beneficiaries; 1 year of employment inline")),
 dict(part="二、推动重点商圈提质升级",heading="完成重点街区环境提升",
  text="区商务局会同王府井地区管理委员会、前门地区管理委员会，于2026年年底前完成王府井步行街北延段和隆福寺街区的街景整治、导视系统和公共休憩设施改造，改造费用由区级财政承担，不向沿街商户摊派。（责任单位：区商务局、区城市管理委员会、王府井地区管理委员会、前门地区管理委员会）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="于2026年年底前完成王府井步行街北延段和隆福寺街区的街景整治",deadline_source="measure",industries=[],responsible_units=["区商务局","区城市管理委员会","王府井地区管理委员会","前门地区管理委员会"],addressees=["区商务局","王府井地区管理委员会","前门地区管理委员会"],note="government works with its own date (not an application deadline); '不向沿街商户摊派' is not a benefit to apply for")),
 dict(heading="引进品牌首店",
  text="对在王府井、前门—大栅栏、隆福寺等重点商圈新开设的零售、餐饮品牌首店（含全国首店、北京首店和旗舰店），经区商务局认定后，按照装修投入的20%给予一次性奖励，全国首店最高80万元，北京首店和旗舰店最高50万元。奖励对象为首店经营主体，为其提供招商服务的商业地产运营商和招商代理机构不享受本项奖励。首店须于2027年12月31日前开业，并在开业之日起6个月内提出申请。（责任单位：区商务局、区投资促进服务中心）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["商业地产运营商","招商代理机构"],conditional=True,deadline="2028-06-30",deadline_basis="首店须于2027年12月31日前开业，并在开业之日起6个月内提出申请。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区投资促进服务中心"],note="认定 by 区商务局; last possible application = opening on 2027-12-31 + 6 months = 2028-06-30 (several dates rule; accept 2027-12-31 as the opening deadline); beneficiary 经营主体 of a brand store, normally an enterprise")),
 dict(heading="开展商圈夜间消费促进活动",
  text="区商务局于2026年国庆和元旦期间联合生活服务平台发放“东城夜购”消费券，消费者领取后在参与活动的商户消费时抵扣，核销资金由区级财政按周结算至商户账户。拟参与的餐饮、零售经营主体（含个体工商户）须在本区登记注册且无严重违法失信记录，并于8月底前通过平台完成报名。合作平台不参与资金分配，不得向参与商户加收推广费用。（责任单位：区商务局、区市场监督管理局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["消费者","生活服务平台"],conditional=True,deadline="2026-08-31",deadline_basis="并于8月底前通过平台完成报名。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区市场监督管理局"],note="consumers hold the vouchers; merchants benefit by joining; 8月底前 = 2026-08-31 (sign-up closed although the New-Year round is still to come) → expired")),
 dict(heading="保障商圈入驻商户合法权益",
  text="商圈管理机构和商业综合体运营方不得强制入驻商户参加促销活动，不得要求商户签订独家经营协议，不得收取合同约定以外的费用。入驻商户认为合法权益受到侵害的，可以向区商务局设立的商圈营商服务站反映，服务站应当在10个工作日内组织调解并答复。（责任单位：区商务局、区市场监督管理局）",
  gold=dcd(kind="可主张的权利",beneficiaries=["其他:商圈入驻商户"],not_beneficiaries=["商圈管理机构","商业综合体运营方"],conditional=False,industries=[],responsible_units=["区商务局","区市场监督管理局"],note="mall operators/landlords bound; tenants can invoke bans and a 10-working-day mediation; alt 政府职责")),
 dict(part="三、发展便民小店经济",heading="支持便民小店开业",
  text="对在本区首次开办、营业面积不超过300平方米的便利店、早餐店、社区菜店、便民维修点，正常经营满6个月的，按照装修和设备投入的40%给予一次性补贴，单店最高5万元。本项补贴仅面向小型微型企业和个体工商户。申报受理截至2026年12月25日。（责任单位：区商务局、各街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=[],conditional=True,deadline="2026-12-25",deadline_basis="申报受理截至2026年12月25日。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","各街道办事处"],note="size restriction (small/micro + individual businesses only); 首次, ≤300㎡, 6 months inline; still open; industries: repair points are outside the vocabulary")),
 dict(heading="降低个体工商户融资成本",
  text="个体工商户通过区融资担保公司担保取得经营性贷款的，担保费率不超过0.5%，担保费率降低部分由区级财政补偿担保公司；按期还本付息的，按照实际支付利息的30%给予贴息，每户年度最高2万元。合作银行和区融资担保公司不属于贴息对象。贴息按季度申报，本项政策实施期限至2027年12月31日。（责任单位：区金融服务办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,deadline="2027-12-31",deadline_basis="本项政策实施期限至2027年12月31日。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="个体工商户 only (no companies); the guarantee firm receives fee compensation but is named as not a beneficiary of the subsidy; conditional on timely repayment")),
 dict(heading="提供小店数字化免费服务",
  text="区商务局通过政府购买服务方式，委托专业机构为辖区小店免费提供数字化诊断、线上店铺搭建和短视频运营指导，每年服务不少于500家。小店可通过“东城小店”小程序预约服务。受托机构的服务费用由区级财政按实际服务量支付，不得向小店另行收费。（责任单位：区商务局）",
  gold=dcd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["其他:辖区小店"],not_beneficiaries=["受托专业机构"],conditional=False,industries=[],responsible_units=["区商务局"],note="free service a shop can book; not core money; alt 政府职责; contractor paid by the state is not the beneficiary")),
 dict(heading="压实经营主体责任",
  text="享受本措施资金支持的经营主体，应当落实门前三包、明码标价和食品安全主体责任，不得占道经营、违规外摆。获得老字号原址经营补贴或便民小店开业补贴的，自补贴拨付之日起须在本区持续经营不少于2年，未满2年迁出本区或停业的，应当退回已获补贴。（责任单位：区商务局、区城市管理委员会、区市场监督管理局）",
  gold=dcd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局","区城市管理委员会","区市场监督管理局"],addressees=["享受资金支持的经营主体"],note="obligations incl. 2-year stay and claw-back")),
 dict(part="四、附则",heading="附则",
  text="本措施自发布之日起施行，有效期3年。本区此前出台的同类政策与本措施不一致的，以本措施为准；同一项目符合本区多项政策的，按照从高不重复原则执行。本措施由区商务局负责解释。",
  gold=dcd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-04-20 + 3 years - 1 day = 2029-04-19 (accept 2029-04-20)")),
]
dc_meta=dict(file="dongcheng_2026_laozihao_shangquan_xiaodian.txt",title="东城区关于推动老字号创新发展和商圈小店经济提质升级的若干措施",issuer="北京市东城区人民政府办公室",doc_number="东政办发〔2026〕7号",district="东城区",date="2026-04-20",date_as_printed="二〇二六年四月二十日",in_force_from="2026-04-20",valid_until=DC_DOCEND,valid_until_basis=DC_BASIS,numbering="four parts 一、…四、 (part headings on their own line); measures （一）…（十二） numbered continuously across parts, heading sentence inline ending with 。; （责任单位：…） at the end except （十二）")
dc_header="""北京市东城区人民政府办公室关于印发《东城区关于推动老字号创新发展和商圈小店经济提质升级的若干措施》的通知

东政办发〔2026〕7号

各街道办事处，区政府各委、办、局，各区属机构：

《东城区关于推动老字号创新发展和商圈小店经济提质升级的若干措施》已经区政府第45次常务会议审议通过，现予印发，请结合工作实际抓好贯彻落实。

北京市东城区人民政府办公室
二〇二六年四月二十日

东城区关于推动老字号创新发展和商圈小店经济提质升级的若干措施

为擦亮老字号金字招牌，推动王府井、前门—大栅栏、隆福寺等重点商圈提质升级，发展便民利民的小店经济，更好满足首都核心区居民和游客消费需求，结合本区实际，制定如下措施。"""
dc_txt,dc_gold=build(dc_meta,dc_header,dc,"",lambda i,m:f"（{cn(i)}）{m['heading']}。{m['text']}")

# ---------------- 西城区 ----------------
XC_DOCEND="2028-06-30"; XC_BASIS="本措施自2026年7月1日起施行，执行至2028年6月30日。"
def xcd(**k):
    d=dict(deadline=XC_DOCEND,deadline_basis=XC_BASIS,deadline_source="document"); d.update(k); return d
xc=[
 dict(heading="支持金融科技企业落户发展",
  text="对2026年1月1日以后新设立或迁入本区、经认定为金融科技企业的中小企业，实缴注册资本不低于1000万元的，给予一次性落户奖励50万元；在金融街、广安门外等重点区域商务楼宇租用自用办公用房的，另按照首年实付租金的30%给予补贴，最高100万元。金融科技企业认定办法由区金融服务办另行制定。租金补贴拨付至承租企业，楼宇产权单位和物业服务企业不享受本项补贴。请于2027年3月31日前申报。",
  units="区金融服务办、区财政局、区投资促进局",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["楼宇产权单位","物业服务企业"],conditional=True,deadline="2027-03-31",deadline_basis="请于2027年3月31日前申报。",deadline_source="measure",industries=["信息技术"],responsible_units=["区金融服务办","区财政局","区投资促进局"],note="认定 with rules 另行制定 + capital threshold inline; only 中小企业; landlords excluded; fintech mapped to 信息技术 (alt [])")),
 dict(heading="开放金融科技应用场景",
  text="支持在本区登记注册的软件和信息技术服务中小企业参与金融机构数字化转型场景建设，对首次入选区级金融科技应用场景清单的项目，按照项目合同金额的10%给予承建企业奖励，单个项目最高200万元。发布场景需求的银行、证券、保险等金融机构不享受本项奖励。2026年度场景清单申报须于9月15日前完成。",
  units="区金融服务办、区科学技术和信息化局",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["银行、证券、保险等金融机构"],conditional=True,deadline="2026-09-15",deadline_basis="2026年度场景清单申报须于9月15日前完成。",deadline_source="measure",industries=["信息技术"],responsible_units=["区金融服务办","区科学技术和信息化局"],note="software SMEs only; 首次入选 (selection = 认定); banks as scenario owners excluded; date without year = 2026; expired")),
 dict(heading="推广知识产权和数据资产质押融资",
  text="对以知识产权、数据资产质押方式取得银行贷款的科技型中小企业，按照贷款市场报价利率的50%给予贴息，单户年度贴息不超过50万元；通过区政府性融资担保机构担保的，担保费率不超过1%。科技型中小企业按照国家有关规定评价入库。放贷银行和担保机构不属于贴息对象。本项政策在2026年度内有效。",
  units="区金融服务办、区财政局、区市场监督管理局",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["放贷银行","政府性融资担保机构"],conditional=True,deadline="2026-12-31",deadline_basis="本项政策在2026年度内有效。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局","区市场监督管理局"],note="科技型中小企业 status 按照国家有关规定 (elsewhere); 2026年度 = 2026-12-31, still open; bank and guarantor excluded")),
 dict(heading="奖励高产出商务楼宇",
  text="对年度区级税收贡献首次突破5亿元、10亿元的商务楼宇，分别给予楼宇运营管理单位100万元、200万元一次性奖励，专项用于楼宇公共服务设施改造和入驻企业服务。楼宇内的入驻企业不因此另行享受本项奖励。2026年度奖励于2027年上半年组织申报。",
  units="区商务局、区财政局、各街道办事处",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:商务楼宇运营管理单位"],not_beneficiaries=["楼宇入驻企业（租户）"],conditional=True,deadline="2027-06-30",deadline_basis="2026年度奖励于2027年上半年组织申报。",deadline_source="measure",industries=[],responsible_units=["区商务局","区财政局","各街道办事处"],note="twist: here the landlord/operator is the beneficiary and the tenants are not; 首次突破 threshold; 上半年 = 2027-06-30")),
 dict(heading="规范楼宇信息报送",
  text="商务楼宇产权单位和运营管理单位应当于每季度结束后15日内，向所在街道办事处报送楼宇入驻企业名录、空置面积和租金水平等信息，不得瞒报、虚报；对拒不报送或者虚报的，取消其参与本措施各项楼宇奖励的资格。",
  units="各街道办事处、区商务局",
  gold=xcd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["各街道办事处","区商务局"],addressees=["商务楼宇产权单位","楼宇运营管理单位"],note="reporting duty of building owners/operators; the quarterly 15-day date is recurring, not a deadline of the measure")),
 dict(heading="培育专业服务业小微机构",
  text="对在本区新设立的律师事务所、会计师事务所、资产评估、管理咨询等专业服务机构，属于小型微型企业且年度营业收入首次超过1000万元的，给予一次性奖励20万元；符合条件的，可按照有关规定申请认定为区级“专业服务品牌机构”。本项奖励于2026年12月1日至12月20日集中受理。",
  units="区商务局、区司法局、区财政局",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=[],conditional=True,deadline="2026-12-20",deadline_basis="本项奖励于2026年12月1日至12月20日集中受理。",deadline_source="measure",industries=[],responsible_units=["区商务局","区司法局","区财政局"],note="only small/micro professional-service firms (law and accounting firms are partnerships; alt 其他:专业服务机构); 首次 threshold inline; window open on 2026-12-04; 专业服务 not in the industry vocabulary")),
 dict(heading="建设金融科技公共服务平台",
  text="区金融服务办于2026年9月底前建成西城区金融科技公共服务平台，集成政策匹配、融资对接、监管沙盒辅导等功能，平台上线后向辖区企业免费开放。",
  units="区金融服务办、区政务服务和数据管理局",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区金融服务办于2026年9月底前建成西城区金融科技公共服务平台",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区政务服务和数据管理局"],addressees=["区金融服务办"],note="government build date (already passed) — not an applicant deadline; the platform stays open afterwards; alt 可申请的支持 (free service) is weak")),
 dict(heading="规范涉企行政检查",
  text="区属行政执法部门对本区中小企业开展行政检查，除投诉举报、上级交办和转办案件外，同一部门一年内对同一企业的现场检查原则上不超过1次，检查前应当出示检查计划和执法证件。对超出频次或者未出示检查计划的检查，企业有权拒绝，并可以向区司法局投诉，区司法局应当在7个工作日内核查处理。",
  units="区司法局、区属各行政执法部门",
  gold=xcd(kind="可主张的权利",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区属各行政执法部门"],note="right to refuse excess inspections and complain; duties of inspectors are the other side; alt 政府职责")),
 dict(heading="支持专业服务业吸纳高校毕业生",
  text="对本区金融科技和专业服务业小微企业新招用离校2年内高校毕业生、签订1年以上劳动合同并连续缴纳社会保险满6个月的，按照每人每月1000元给予企业社会保险补贴，最长12个月。补贴拨付至用人单位，被招用的毕业生本人不作为补贴对象。本项补贴适用于2026年7月1日至2027年6月30日期间招用的人员，须在2027年9月30日前提出补贴申请。",
  units="区人力资源和社会保障局",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["被招用的高校毕业生"],conditional=True,deadline="2027-09-30",deadline_basis="须在2027年9月30日前提出补贴申请。",deadline_source="measure",industries=[],responsible_units=["区人力资源和社会保障局"],note="hired graduates not beneficiaries; hiring window ends 2027-06-30 but application deadline 2027-09-30 is the last date (several dates rule); trade restriction fintech/professional services")),
 dict(heading="发放专业服务券",
  text="向本区金融科技和专业服务业中小企业发放“西城服务券”，用于购买法律、审计、知识产权、数据合规等第三方专业服务，按照服务合同金额的50%抵扣，每家企业年度最高10万元。服务券由企业在线申领，提供服务的第三方机构凭券与区财政结算，服务机构本身不得申领。服务券申领至2026年10月31日止，已申领服务券的使用截止日期为2026年12月31日。",
  units="区商务局、区财政局",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["第三方专业服务机构"],conditional=True,deadline="2026-10-31",deadline_basis="服务券申领至2026年10月31日止",deadline_source="measure",industries=[],responsible_units=["区商务局","区财政局"],note="vouchers; last application 2026-10-31 is the deadline (expired) although issued vouchers can be used until 2026-12-31; service providers excluded")),
 dict(heading="实施规上企业奖励免申即享",
  text="对本区首次纳入规模以上统计的专业服务业和金融科技企业，按照有关规定给予一次性奖励10万元。奖励采取“免申即享”方式，由区统计局会同区商务局比对名单后直接拨付，2026年度名单于2027年1月底前确定并完成拨付。",
  units="区统计局、区商务局、区财政局",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,deadline="2027-01-31",deadline_basis="2026年度名单于2027年1月底前确定并完成拨付。",deadline_source="measure",industries=[],responsible_units=["区统计局","区商务局","区财政局"],note="免申即享; the date is the government's payment date but ends the measure; no size restriction (规上 firms); 按照有关规定 → conditional")),
 dict(heading="附则",
  text="本措施自2026年7月1日起施行，执行至2028年6月30日。企业享受本措施各项支持，不得同时享受本区同类政策；以虚假材料骗取资金的，依法追回并纳入信用记录。国家和本市出台新规定的，从其规定。本措施由区金融服务办、区商务局按照职责分工负责解释。",
  units="",
  gold=xcd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity; no-double-benefit and claw-back sentence is an obligation folded into the final clause (alt 企业义务 is weak)")),
]
xc_meta=dict(file="xicheng_2026_jinrongkeji_louyu_zhuanyefuwu.txt",title="西城区支持金融科技和专业服务业中小企业发展促进楼宇经济提质增效的若干措施",issuer="北京市西城区人民政府办公室",doc_number="西政办发〔2026〕15号",district="西城区",date="2026-06-18",date_as_printed="2026年6月18日",in_force_from="2026-07-01",valid_until=XC_DOCEND,valid_until_basis=XC_BASIS,numbering="articles 第一条…第十二条 with full-width space and the heading sentence inline ending with 。; responsible units on a separate line '责任单位：…' (none after 第十二条)")
xc_header="""北京市西城区人民政府办公室关于印发《西城区支持金融科技和专业服务业中小企业发展促进楼宇经济提质增效的若干措施》的通知

西政办发〔2026〕15号

各街道办事处，区政府各委、办、局，各区属机构：

经区政府同意，现将《西城区支持金融科技和专业服务业中小企业发展促进楼宇经济提质增效的若干措施》印发给你们，请认真贯彻执行。

北京市西城区人民政府办公室
2026年6月18日

西城区支持金融科技和专业服务业中小企业发展促进楼宇经济提质增效的若干措施

为巩固金融街国家金融管理中心功能，培育金融科技和专业服务业优质中小企业，盘活商务楼宇资源，推动楼宇经济高质量发展，根据国家和本市有关政策，结合西城区实际，制定本措施。"""
def xr(i,m):
    s=f"第{cn(i)}条　{m['heading']}。{m['text']}"
    if m["units"]: s+="\n责任单位："+m["units"]
    return s
xc_txt,xc_gold=build(xc_meta,xc_header,xc,"",xr)

for txt,gold in ((dc_txt,dc_gold),(xc_txt,xc_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    ms=gold["measures"]
    print(name,len(ms),dict(collections.Counter(m["kind"] for m in ms.values())),"expired",[k for k,m in ms.items() if m["expired_on_2026_12_04"]])
