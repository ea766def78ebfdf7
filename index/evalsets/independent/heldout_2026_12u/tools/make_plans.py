# Generates plans/*.txt and *.gold.json for 朝阳 and 通州. Run from the heldout23 folder.
# Adapted from heldout_2026_12c/tools/make_plans.py; conventions written out here (no other gold file is read).
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'M月底前' = last day of month M. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A window counted from a per-applicant event (e.g. '评定结果公布之日起6个月内') is not a fixed date: the document end is used (note says so).",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业. '企业' is used where the text says 各类企业/企业 without size; '经营主体'/'市场主体' = ['企业','个体工商户'].",
 "conditional":"true when the grant depends on stated eligibility conditions, an 认定/审定/评定 step, or rules 另行制定 / 按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, plus 文化旅游 where the measure is only for culture/tourism operators (outside the earlier vocabulary; alt []); [] = not restricted or not mappable",
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,tail,renderer):
    lines=[header]; gold=dict(meta); gold["conventions"]=dict(CONV); ms={}
    for i,m in enumerate(measures,1):
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        for t in ("deadline_basis",):
            if g.get("deadline_source")=="measure": assert g[t] in m["text"], (i,g[t])
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n", gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]
EB=["企业","个体工商户"]

# ---------------- 朝阳区 ----------------
CY_END="2029-04-19"; CY_BASIS="本措施自发布之日起实施，有效期3年。"
def cyd(**k):
    d=dict(deadline=CY_END,deadline_basis=CY_BASIS,deadline_source="document"); d.update(k); return d
cy=[
 dict(part="一、点亮夜间消费场景",heading="支持夜间特色消费街区提升",text="对经区商务局认定的区级夜间特色消费街区，其运营管理企业实施灯光亮化、外摆设施、公共休憩空间改造的，按照经审计的实际投入给予30%补贴，单个街区最高100万元。街区内商户不单独申报本项补贴，街区物业产权方不作为补贴对象。2026年度项目于上半年集中申报，逾期转入下一年度。",units="区商务局、区财政局",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:夜间特色消费街区运营管理企业"],not_beneficiaries=["街区内商户","街区物业产权方"],conditional=True,deadline="2026-06-30",deadline_basis="2026年度项目于上半年集中申报",deadline_source="measure",industries=[],responsible_units=["区商务局","区财政局"],note="认定 of the street required; 上半年 = 2026-06-30 → expired (2027 round not yet announced)")),
 dict(heading="鼓励餐饮延时经营",text="对位于区级夜间特色消费街区内、营业时间延长至次日凌晨2时及以后且已连续经营满6个月的餐饮类中小企业和个体工商户，按照每户每月2000元给予水电气费用补贴，最长补贴6个月。补贴资金直接拨付至经营主体对公账户或经营者本人账户，不向夜班从业人员个人发放；出租方不得以商户获得补贴为由上调租金。申请人须于2026年12月20日前通过“朝阳商务”服务平台提交申请。",units="区商务局、区市场监督管理局",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["夜班从业人员","出租方"],conditional=True,deadline="2026-12-20",deadline_basis="申请人须于2026年12月20日前通过“朝阳商务”服务平台提交申请。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区市场监督管理局"],note="size (中小) and trade (餐饮) restriction plus inline thresholds; staff and landlord named but not beneficiaries; open")),
 dict(heading="发放夜间消费券",text="区商务局联合合作银行在夏季夜消费期间分批发放“朝阳夜购”消费券，消费者通过银行手机客户端领取，在参与活动的零售、餐饮门店消费时抵扣，核销资金按月结算至参与门店。有意参与的零售、餐饮经营主体须于5月底前完成报名并签订服务协议。合作银行承担发放和核销的技术服务，不参与资金分配。",units="区商务局",
  gold=dict(kind="可申请的支持",beneficiaries=EB,not_beneficiaries=["消费者","合作银行"],conditional=True,deadline="2026-05-31",deadline_basis="有意参与的零售、餐饮经营主体须于5月底前完成报名并签订服务协议。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局"],note="vouchers held by consumers; shops benefit by signing up; 经营主体 = 企业+个体工商户; '5月底前' without year = 2026-05-31 → expired")),
 dict(heading="试点开放临时外摆经营",text="符合消防、市容和交通安全要求的街区内餐饮、零售经营主体，可向所在街道办事处申请在门前划定区域开展临时外摆经营，街道办事处应当会同城管执法部门在5个工作日内作出是否同意的决定，不收取任何费用。外摆试点自发布之日起至2026年10月31日止。",units="各街道办事处、区城市管理委、区城管执法局",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","可主张的权利"],beneficiaries=EB,not_beneficiaries=[],conditional=True,deadline="2026-10-31",deadline_basis="外摆试点自发布之日起至2026年10月31日止。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["各街道办事处","区城市管理委","区城管执法局"],note="a permit a business can apply for (core: permit); conditional on safety requirements; expired")),
 dict(part="二、擦亮老字号金字招牌",heading="奖励老字号开设创新门店",text="对经认定的中华老字号、北京老字号企业在本区首次开设融合新业态的创新门店，且门店营业满3个月的，分别给予一次性奖励50万元、30万元。老字号企业的加盟商、代理经销商以加盟或代理方式开设门店的，不享受本项奖励。本项奖励按季度受理，2026年第四季度申报于12月10日前截止。",units="区商务局",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:老字号企业"],not_beneficiaries=["加盟商","代理经销商"],conditional=True,deadline="2026-12-10",deadline_basis="2026年第四季度申报于12月10日前截止。",deadline_source="measure",industries=[],responsible_units=["区商务局"],note="认定 as 老字号 + 首次 + 3 months; dealers/franchisees excluded; last quarterly date is the deadline (no 2027 round stated); open")),
 dict(heading="减免老字号门店房租",text="对在区属国有企业自持商业物业中承租经营的老字号门店，2026年度租金按照市场评估价格的70%收取。出租的区属国有企业不得以物业费、推广费等其他名目变相收取减免部分，由此减少的收入经区国资委核定后在年度考核中予以认可。",units="区国资委、区商务局",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:老字号企业（承租方）"],not_beneficiaries=["区属国有企业（出租方）"],conditional=True,deadline="2026-12-31",deadline_basis="2026年度租金按照市场评估价格的70%收取。",deadline_source="measure",industries=[],responsible_units=["区国资委","区商务局"],note="rent relief (core); tied to 老字号 status and tenancy in a state-owned property; landlord bound; 2026年度 = 2026-12-31; open")),
 dict(heading="保护老字号字号和技艺",text="老字号企业的字号、注册商标和传统技艺依法受到保护。老字号企业发现他人擅自使用或者仿冒其字号、商标的，可以向区市场监督管理局投诉举报，区市场监督管理局应当自受理之日起15个工作日内依法处理并告知处理结果。",units="区市场监督管理局",
  gold=cyd(kind="可主张的权利",beneficiaries=["其他:老字号企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监督管理局"],note="protection plus complaint channel with 15-working-day handling")),
 dict(part="三、强化融资和服务保障",heading="降低小微商户融资成本",text="对本区住宿餐饮、批发零售行业的小型微型企业通过区融资担保公司担保取得1年期以内流动资金贷款的，给予担保费全额补贴，并按照贷款市场报价利率的50%给予贴息，单户年度补贴合计最高20万元。区融资担保公司、合作银行不纳入补贴范围。申请条件和办理流程按照《朝阳区中小微企业融资服务支持实施细则》执行。本项政策执行至2027年6月30日。",units="区金融办、区财政局",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["区融资担保公司","合作银行"],conditional=True,deadline="2027-06-30",deadline_basis="本项政策执行至2027年6月30日。",deadline_source="measure",industries=["住宿餐饮","批发零售"],responsible_units=["区金融办","区财政局"],note="size (小微) and trade restriction; conditions elsewhere (实施细则); guarantee firm and bank excluded; open")),
 dict(heading="吸引品牌首店落户",text="对在本区开设的全球首店、亚洲首店、中国（内地）首店，按照门店装修投入的20%给予一次性补贴，最高200万元；对北京首店最高给予50万元。装修投入以第三方审计报告为准，商业综合体运营方可协助品牌企业申报，但其本身不享受本项补贴。2026年开业的首店应于9月30日前提出申请。",units="区商务局、区投资促进服务中心",
  gold=dict(kind="可申请的支持",beneficiaries=["企业","外资企业"],not_beneficiaries=["商业综合体运营方"],conditional=True,deadline="2026-09-30",deadline_basis="2026年开业的首店应于9月30日前提出申请。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区投资促进服务中心"],note="首店 condition + audit; any size (brands often foreign: 外资企业 also, alt ['企业']); mall operator excluded; expired; industries disputable (retail/catering brands, alt [])")),
 dict(heading="完善夜间经济服务机制",text="区商务局会同区政务服务和数据管理局于年底前在区政务服务中心开设夜间经济服务专窗，建立“夜间区长”和街区服务专员制度，统一受理夜间经营相关咨询、投诉和审批事项。",units="区商务局、区政务服务和数据管理局",
  gold=dict(kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-12-31",deadline_basis="于年底前在区政务服务中心开设夜间经济服务专窗",deadline_source="measure",industries=[],responsible_units=["区商务局","区政务服务和数据管理局"],addressees=["区商务局","区政务服务和数据管理局"],note="government's own date (年底前 = 2026-12-31), not an applicant deadline; services exist later (weak alt 可申请的支持)")),
 dict(heading="压实夜间经营主体责任",text="参与夜间经营的商户应当落实噪声控制、油烟净化、垃圾分类和食品安全要求，外摆经营须于每日23时前收回且不得占用盲道和消防通道。享受本措施资金支持的经营主体应当自获得支持之日起在本区持续经营不少于2年，提前迁出或者停业的，应当退回已获资金。",units="区市场监督管理局、区城管执法局、区商务局",
  gold=cyd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监督管理局","区城管执法局","区商务局"],addressees=["参与夜间经营的商户","享受资金支持的经营主体"],note="obligations incl. 23:00 rule (a daily time, not a deadline) and 2-year stay/claw-back")),
 dict(part="四、附则",heading="附则",text="本措施自发布之日起实施，有效期3年。本区其他政策与本措施对同一事项给予支持的，按照从优不重复原则执行。本措施由区商务局负责解释。",units=None,
  gold=cyd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-04-20 + 3 years - 1 day = 2029-04-19 (accept 2029-04-20)")),
]
def cy_render(i,m):
    s=(m["part"]+"\n\n" if m.get("part") else "")+f"（{cn(i)}）{m['heading']}。{m['text']}"
    if m["units"]: s+=f"\n责任单位：{m['units']}"
    return s
cy_meta=dict(file="chaoyang_2026_yejian_laozihao.txt",title="朝阳区促进夜间经济和老字号创新发展的若干措施",issuer="北京市朝阳区人民政府办公室",doc_number="朝政办发〔2026〕7号",district="朝阳区",date="2026-04-20",date_as_printed="2026年4月20日",in_force_from="2026-04-20",valid_until=CY_END,valid_until_basis=CY_BASIS,numbering="four parts 一、…四、 (part headings on their own line); measures （一）…（十二） numbered continuously across parts, heading inline ending with 。; '责任单位：…' on its own line after the body, absent for （十二）")
cy_header="""北京市朝阳区人民政府办公室关于印发《朝阳区促进夜间经济和老字号创新发展的若干措施》的通知

朝政办发〔2026〕7号

各街道办事处、地区办事处，区政府各委、办、局，各区属企事业单位：

《朝阳区促进夜间经济和老字号创新发展的若干措施》已经区政府常务会议审议通过，现予印发，请各单位按照职责分工抓好落实。

北京市朝阳区人民政府办公室
2026年4月20日

（此件公开发布）

朝阳区促进夜间经济和老字号创新发展的若干措施

为进一步繁荣夜间消费市场，推动老字号守正创新，打造国际消费中心城市主承载区，根据本市促进消费有关部署，结合本区实际，制定如下措施。"""
cy_txt,cy_gold=build(cy_meta,cy_header,cy,"",cy_render)

# ---------------- 通州区 ----------------
TZ_END="2028-06-30"; TZ_BASIS="本办法自2026年7月1日起施行，有效期两年。"
def tzd(**k):
    d=dict(deadline=TZ_END,deadline_basis=TZ_BASIS,deadline_source="document"); d.update(k); return d
tz=[
 dict(heading="景区饭店创建奖励",text="对首次被评定为国家4A级、5A级旅游景区的经营单位，分别给予一次性奖励100万元、300万元；对首次被评定为四星级、五星级旅游饭店的经营单位，分别给予一次性奖励30万元、50万元。奖励申请应当自评定结果公布之日起6个月内向区文化和旅游局提出。",units="区文化和旅游局、区财政局",
  gold=tzd(kind="可申请的支持",beneficiaries=["其他:旅游景区经营单位","其他:旅游饭店经营单位"],not_beneficiaries=[],conditional=True,industries=["文化旅游"],responsible_units=["区文化和旅游局","区财政局"],note="评定 + 首次; window counted from each applicant's rating date is not a fixed date → document end 2028-06-30 (alt: no deadline); industry alt ['住宿餐饮'] for hotels")),
 dict(heading="专业展会场租补贴",text="对在城市副中心举办、单届展览面积1万平方米以上且已连续举办满2届的专业展会，按照场馆租赁费用的30%给予主办单位补贴，单个展会最高150万元。参展商和展馆运营方不享受本项补贴。2026年举办的展会，须于2027年1月31日前提交补贴申请。",units="区商务局、区财政局",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:展会主办单位"],not_beneficiaries=["参展商","展馆运营方"],conditional=True,deadline="2027-01-31",deadline_basis="2026年举办的展会，须于2027年1月31日前提交补贴申请。",deadline_source="measure",industries=[],responsible_units=["区商务局","区财政局"],note="thresholds inline (1万㎡, 2 editions); exhibitors and venue (landlord) excluded; open")),
 dict(heading="文旅个体工商户贷款贴息",text="对在本区登记注册、从事民宿、农家乐和文创商品零售的个体工商户，申请合作银行“文旅惠商贷”产品的，区财政按照实际贷款金额的1.5%给予贴息，单户最高3万元。合作银行应当在受理后10个工作日内完成审批，其本身不享受贴息。本年度贴息申报截止时间为2026年11月15日。",units="区文化和旅游局、区金融办",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["合作银行"],conditional=True,deadline="2026-11-15",deadline_basis="本年度贴息申报截止时间为2026年11月15日。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区文化和旅游局","区金融办"],note="个体工商户 only; trade restriction (民宿/农家乐/文创零售; alt ['住宿餐饮','批发零售']); expired")),
 dict(heading="大运河文旅消费季",text="区文化和旅游局在每年7月至10月举办大运河文旅消费季，依托网络平台发放文旅消费券，由消费者领取后在签约景区、酒店、剧场和文创商店使用。拟签约的文旅经营主体应当于7月15日前向区文化和旅游局报名，经审核后纳入签约名单。网络平台按协议收取服务费，不参与消费券资金分配。",units="区文化和旅游局、区商务局",
  gold=dict(kind="可申请的支持",beneficiaries=EB,not_beneficiaries=["消费者","网络平台"],conditional=True,deadline="2026-07-15",deadline_basis="拟签约的文旅经营主体应当于7月15日前向区文化和旅游局报名",deadline_source="measure",industries=["文化旅游"],responsible_units=["区文化和旅游局","区商务局"],note="vouchers held by consumers; operators benefit by signing up after 审核; '7月15日前' without year = 2026-07-15 → expired (the 2027 round is not open yet)")),
 dict(heading="演艺新空间运营补贴",text="对经区文化和旅游局认定的演艺新空间，按照年度实际演出场次给予运营补贴，每场最高5000元，每家年度最高50万元。认定标准、补贴标准和申报程序由区文化和旅游局会同区财政局另行制定。",units="区文化和旅游局、区财政局",
  gold=tzd(kind="可申请的支持",beneficiaries=["其他:演艺新空间运营主体"],not_beneficiaries=[],conditional=True,industries=["文化旅游"],responsible_units=["区文化和旅游局","区财政局"],note="认定 + rules 另行制定; no own date")),
 dict(heading="文化创意中小企业房租补贴",text="对入驻区级文化产业园区的文化创意类中小企业，按照实际支付租金的30%给予补贴，每家每年最高20万元，同一企业累计补贴不超过3年。园区运营方应当向入驻企业公开补贴政策，不得因企业享受补贴而提高租金，园区运营方本身不享受本项补贴。本项政策至2027年12月31日止。",units="区委宣传部、区文化和旅游局",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["园区运营方"],conditional=True,deadline="2027-12-31",deadline_basis="本项政策至2027年12月31日止。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区委宣传部","区文化和旅游局"],note="中小企业 only, trade 文化创意 (alt []); park operator (landlord) bound, not benefited; open")),
 dict(heading="家电以旧换新零售奖励",text="对参与2026年家电以旧换新活动的本区家电零售企业和个体工商户，按照活动期间以旧换新销售额的2%给予奖励，单家最高30万元。奖励资金拨付至零售经营主体，家电生产企业、品牌经销商和旧家电回收企业不享受。活动期间为2026年7月1日至9月30日，奖励申请截至2026年10月20日。",units="区商务局",
  gold=dict(kind="可申请的支持",beneficiaries=EB,not_beneficiaries=["家电生产企业","品牌经销商","旧家电回收企业"],conditional=True,deadline="2026-10-20",deadline_basis="奖励申请截至2026年10月20日。",deadline_source="measure",industries=["批发零售"],responsible_units=["区商务局"],note="two dates: activity ends 09-30, applications until 10-20 — the later is the deadline; expired; dealers and manufacturers excluded")),
 dict(heading="规范涉企检查",text="区文化和旅游、市场监管、消防等部门对景区、酒店、演出场所开展联合检查的，同一年度对同一经营主体原则上不超过2次，检查结果应当当场告知。经营主体对检查结果有异议的，可以自告知之日起5个工作日内向区营商环境建设办公室申请复核。",units="区营商环境建设办公室、区文化和旅游局、区市场监督管理局",
  gold=tzd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=EB,not_beneficiaries=[],conditional=False,industries=["文化旅游"],responsible_units=["区营商环境建设办公室","区文化和旅游局","区市场监督管理局"],note="inspection limit + right to request review; the 5-day window is counted from each notice (not a fixed date) → document end")),
 dict(heading="建设文旅企业服务平台",text="区文化和旅游局于2026年9月30日前建成全区文旅企业服务平台，实现政策查询、在线申报、资金兑付“一网通办”，并于每季度首月在平台集中发布政策申报指南。",units="区文化和旅游局、区政务服务和数据管理局",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区文化和旅游局于2026年9月30日前建成全区文旅企业服务平台",deadline_source="measure",industries=[],responsible_units=["区文化和旅游局","区政务服务和数据管理局"],addressees=["区文化和旅游局"],note="government's own build date (expired by the calendar, but not an applicant deadline); alt deadline 2028-06-30 for the quarterly publication duty")),
 dict(heading="吸纳就业岗位补贴",text="对本区旅行社、A级旅游景区和星级饭店新招用本市城乡劳动力，签订1年以上劳动合同并按月缴纳社会保险的，按照每人3000元给予用人单位一次性岗位补贴，不向新招用人员个人发放。具体申领条件按照本区就业补贴有关规定执行，2026年度新招用人员的补贴申领工作于2026年12月25日前完成。",units="区人力资源和社会保障局、区文化和旅游局",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:旅行社、A级景区和星级饭店（用人单位）"],not_beneficiaries=["新招用人员"],conditional=True,deadline="2026-12-25",deadline_basis="2026年度新招用人员的补贴申领工作于2026年12月25日前完成。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区人力资源和社会保障局","区文化和旅游局"],note="conditions inline and elsewhere (按照有关规定); hired workers excluded; open")),
 dict(heading="落实经营服务责任",text="景区、酒店、演出场所和展会主办单位应当落实实名预约、明码标价和安全生产责任，不得强制消费或者捆绑销售；展会主办单位应当在开展前15日向属地公安机关报送安全工作方案。",units="区文化和旅游局、区市场监督管理局、公安通州分局",
  gold=tzd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区文化和旅游局","区市场监督管理局","公安通州分局"],addressees=["景区、酒店、演出场所","展会主办单位"],note="obligations; '开展前15日' is relative to each fair (not a fixed date)")),
 dict(heading="附则",text="本办法自2026年7月1日起施行，有效期两年。执行期间上级出台相关政策的，按照上级规定执行。同一项目不得重复享受本区同类资金支持。本办法由区文化和旅游局会同区商务局负责解释。",units=None,
  gold=tzd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="2026-07-01 + 2 years - 1 day = 2028-06-30 (accept 2028-07-01); 两年 in Chinese numeral")),
]
def tz_render(i,m):
    s=f"第{cn(i)}条（{m['heading']}）{m['text']}"
    if m["units"]: s+=f"（责任单位：{m['units']}）"
    return s
tz_meta=dict(file="tongzhou_2026_wenlv_huizhan.txt",title="通州区促进文化旅游和会展消费高质量发展实施办法",issuer="北京市通州区人民政府办公室",doc_number="通政办发〔2026〕15号",district="通州区",date="2026-06-12",date_as_printed="二〇二六年六月十二日",in_force_from="2026-07-01",valid_until=TZ_END,valid_until_basis=TZ_BASIS,numbering="articles 第一条…第十二条 with the heading in round brackets right after the number, body inline; （责任单位：…） at the end except 第十二条")
tz_header="""北京市通州区人民政府办公室印发《通州区促进文化旅游和会展消费高质量发展实施办法》的通知

通政办发〔2026〕15号

各乡镇人民政府，各街道办事处，区政府各部门，各有关单位：

经区政府同意，现将《通州区促进文化旅游和会展消费高质量发展实施办法》印发给你们，请遵照执行。

北京市通州区人民政府办公室
二〇二六年六月十二日

通州区促进文化旅游和会展消费高质量发展实施办法

为发挥城市副中心文化旅游资源优势，做强大运河文化带和会展消费品牌，激发各类经营主体活力，根据国家和本市有关规定，结合本区实际，制定本办法。"""
tz_txt,tz_gold=build(tz_meta,tz_header,tz,"",tz_render)
for txt,gold in ((cy_txt,cy_gold),(tz_txt,tz_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),collections.Counter(m["kind"] for m in gold["measures"].values()),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
