# Run from the set folder: /usr/bin/python3 tools/make_plans.py
import json,collections,os
HERE=os.path.dirname(os.path.abspath(__file__))
CONV_BASE=json.load(open(os.path.join(HERE,"conventions_base.json"),encoding="utf-8"))
# conventions_base.json = the 'conventions' block of heldout_2026_12c's gold (structure kept); additions below
def build(meta,header,measures,tail,renderer):
    lines=[header]
    gold=dict(meta)
    conv=dict(CONV_BASE)
    conv["industries"]="values used: 制造业, 批发零售, 住宿餐饮, 信息技术, plus 文化旅游 where the measure is only for culture/tourism firms (flagged in note, alt []); [] = not restricted or not mappable"
    conv["beneficiaries"]=CONV_BASE["beneficiaries"]+" '经营主体/市场主体' limited to 小微 is written [小型微型企业, 个体工商户]."
    gold["conventions"]=conv
    ms={}
    for i,m in enumerate(measures,1):
        r=renderer(i,m)
        if r: lines.append(r)
        g=dict(m["gold"]); g["heading"]=m["heading"]
        order=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        if g.get("deadline_source")=="measure":
            assert g["deadline_basis"] in m["text"], (i,g["deadline_basis"])
        for u in g["responsible_units"]: assert u in m["text"], (i,u)
        ms[str(i)]={k:g[k] for k in order if k in g}
    if tail: lines.append(tail)
    gold["measures"]=ms
    txt="\n\n".join(lines)+"\n"
    assert gold["valid_until_basis"] in txt
    return txt,gold

CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 西城区 ----------------
XC_DOCEND="2029-02-09"; XC_BASIS="本措施自发布之日起施行，有效期三年。"
def xcd(**k):
    d=dict(deadline=XC_DOCEND,deadline_basis=XC_BASIS,deadline_source="document"); d.update(k); return d
XC_PARTS={1:"一、支持老字号守正创新",4:"二、激发街区商业活力",8:"三、强化金融和服务保障"}
xc=[
 dict(heading="支持老字号门店焕新改造",text="对经商务部认定的“中华老字号”和经市商务局认定的“北京老字号”企业，在本区门店实施装修改造、业态升级和数字化设施配置的，按照经审核的改造投入的40%给予补贴，单个门店最高50万元。出租门店房屋的产权单位、承接工程的装修施工企业不属于补贴对象。申报材料须于2026年9月30日前报送区商务局。（责任单位：区商务局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["其他:老字号企业"],not_beneficiaries=["门店房屋产权单位（出租方）","装修施工企业"],conditional=True,deadline="2026-09-30",deadline_basis="申报材料须于2026年9月30日前报送区商务局。",deadline_source="measure",industries=[],responsible_units=["区商务局","区财政局"],note="depends on 老字号 认定; landlord and contractor excluded; expired")),
 dict(heading="加强老字号字号和商标保护",text="老字号企业发现其字号、商标被他人恶意抢注、仿冒使用或者作引人误解的商业宣传的，可以向区市场监督管理局提出线索核查和维权指导申请，区市场监督管理局应当自收到申请之日起10个工作日内反馈处理意见。（责任单位：区市场监督管理局）",
  gold=xcd(kind="可主张的权利",kind_acceptable=["可主张的权利","可申请的支持"],beneficiaries=["其他:老字号企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监督管理局"],note="protection a business can invoke, with a 10-working-day answer duty for the authority; alt 可申请的支持 (a service on request)")),
 dict(heading="奖励品牌首店首发",text="对在本区开设全国首店、北京首店的零售、餐饮品牌企业，按照首年实际租金的30%给予一次性奖励，单个首店最高100万元。首店认定标准按照《西城区品牌首店首发认定办法》执行。奖励资金直接拨付给品牌企业，出租方不得以企业获得奖励为由上调租金，商业综合体运营方不享受本项奖励。2026年度首店奖励于2027年1月31日前集中申报。（责任单位：区商务局、区投资促进局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["出租方","商业综合体运营方"],conditional=True,deadline="2027-01-31",deadline_basis="2026年度首店奖励于2027年1月31日前集中申报。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","区投资促进局"],note="首店 认定 per a separate 认定办法; any size (品牌企业 → 企业); landlords bound, not benefited")),
 dict(heading="试点餐饮个体工商户门前外摆",text="在区商务局公布的特色商业街区内经营的餐饮类个体工商户，可以向所在街道办事处申请在门前指定区域开展临时外摆经营，经审核同意的免收占道费用。连锁餐饮企业直营门店不纳入本次试点。外摆试点执行至2026年10月31日。（责任单位：区商务局、区城市管理委员会、各街道办事处）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["连锁餐饮企业直营门店"],conditional=True,deadline="2026-10-31",deadline_basis="外摆试点执行至2026年10月31日。",deadline_source="measure",industries=["住宿餐饮"],responsible_units=["区商务局","区城市管理委员会","各街道办事处"],note="a permit plus fee waiver for 个体工商户 only, in listed streets, after 审核; expired")),
 dict(heading="减免国有经营用房租金",text="区属国有企业出租的经营用房，承租方为从事零售、餐饮和生活服务的小微企业和个体工商户的，2026年度减免3个月租金。承租方已将房屋转租、分租的，减免须惠及实际经营的最终承租人，转租方不得截留。（责任单位：区国资委、区商务局）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","可主张的权利"],beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["区属国有企业（出租方）","转租方（二房东）"],conditional=True,deadline="2026-12-31",deadline_basis="2026年度减免3个月租金。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区国资委","区商务局"],note="rent relief for 小微 tenants in listed trades; 2026年度 = 2026-12-31; state-owned landlord and sub-lessor bound; alt 可主张的权利")),
 dict(heading="补贴小微商户首次触网经营",text="对首次入驻外卖、团购、即时零售等网络平台的本区餐饮、零售小微经营主体，按照其首年向平台缴纳服务费的50%给予补贴，每户最高5000元，补贴资金直接拨付给商户。网络平台企业、代运营服务商不享受本项补贴。符合条件的商户应当在2026年12月15日前申报。（责任单位：区商务局）",
  gold=dict(kind="可申请的支持",beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["网络平台企业","代运营服务商"],conditional=True,deadline="2026-12-15",deadline_basis="符合条件的商户应当在2026年12月15日前申报。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局"],note="小微经营主体 = 小微企业 + 个体工商户; 首次 condition; open on 2026-12-04 (11 days left)")),
 dict(heading="建立特色街区商户档案",text="区商务局会同各街道办事处，于2026年上半年完成全区特色商业街区商户经营情况摸底，建立“一街一档”商户台账，动态掌握空置铺面和经营困难商户情况。（责任单位：区商务局、各街道办事处）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-06-30",deadline_basis="于2026年上半年完成全区特色商业街区商户经营情况摸底",deadline_source="measure",industries=[],responsible_units=["区商务局","各街道办事处"],addressees=["区商务局","各街道办事处"],note="government's own date, not an application deadline; 上半年 = 06-30")),
 dict(heading="降低首贷担保费率",text="对通过区融资担保机构首次取得银行贷款的中小企业，担保费率按不高于0.5%收取，与原担保费率之间的差额由区财政补贴给担保机构。合作银行和区融资担保机构不属于本项政策的支持对象。申请受理截止时间为2027年6月30日。（责任单位：区金融服务办、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["区融资担保机构","合作银行"],conditional=True,deadline="2027-06-30",deadline_basis="申请受理截止时间为2027年6月30日。",deadline_source="measure",industries=[],responsible_units=["区金融服务办","区财政局"],note="the money flows to the guarantor, but the benefit (lower fee) is the SME's; 首次 condition")),
 dict(heading="支持文商旅融合项目",text="对经认定的区级文化商业旅游融合示范项目，给予项目实施主体最高30万元资金支持。申报条件、认定程序和资金管理办法由区文化和旅游局另行制定。（责任单位：区文化和旅游局、区商务局）",
  gold=xcd(kind="可申请的支持",beneficiaries=["其他:示范项目实施主体"],not_beneficiaries=[],conditional=True,industries=["文化旅游"],responsible_units=["区文化和旅游局","区商务局"],note="认定 + rules 另行制定; 文化旅游 outside the earlier industry vocabulary (alt []); no own date → document")),
 dict(heading="落实经营主体责任",text="享受本措施支持的经营主体，应当遵守门前责任区管理规定，外摆经营的须在规定时段结束前收摊并恢复原状；获得改造补贴或者首店奖励的，自资金拨付之日起2年内不得将注册地和经营地迁出本区，违反的应当全额退回已获资金。（责任单位：区商务局、区城市管理委员会）",
  gold=xcd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局","区城市管理委员会"],addressees=["享受本措施支持的经营主体"],note="obligations incl. 2-year stay and claw-back")),
 dict(heading="提供免费法律体检",text="区司法局组织律师事务所为本区小微企业和个体工商户免费提供合同审查、用工合规和知识产权风险排查等“法律体检”服务，每年不少于200家。有需求的经营主体可通过西城区企业服务平台报名，报名常年受理。律师事务所按政府购买服务方式获得报酬。（责任单位：区司法局）",
  gold=xcd(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["小型微型企业","个体工商户"],not_beneficiaries=["律师事务所"],conditional=False,industries=[],responsible_units=["区司法局"],note="free service on request; 常年受理 = no own date → document; not core money; alt 政府职责")),
 dict(heading="附则",text="本措施自发布之日起施行，有效期三年。本措施与本区其他同类政策有重复的，按照就高原则执行，不重复享受。本措施由区商务局负责解释。",
  gold=xcd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-02-10 + 3 years - 1 day = 2029-02-09 (accept 2029-02-10); 三年 written in Chinese numerals")),
]
xc_meta=dict(file="xicheng_2026_laozihao_jiequ_shangye.txt",title="西城区关于促进老字号传承创新和街区商业活力提升的若干措施",issuer="北京市西城区人民政府办公室",doc_number="西政办发〔2026〕4号",district="西城区",date="2026-02-10",date_as_printed="二〇二六年二月十日",in_force_from="2026-02-10",valid_until=XC_DOCEND,valid_until_basis=XC_BASIS,numbering="three part headings 一、二、三、 (not measures) with measures （一）…（十二） numbered continuously across parts, heading sentence inline ending in 。; （责任单位：…） at the end except （十二）")
xc_header="""北京市西城区人民政府办公室关于印发《西城区关于促进老字号传承创新和街区商业活力提升的若干措施》的通知

西政办发〔2026〕4号

各街道办事处，区政府各委、办、局，各区属机构：

《西城区关于促进老字号传承创新和街区商业活力提升的若干措施》已经区政府第87次常务会议审议通过，现予印发，请各单位结合职责抓好贯彻落实。

北京市西城区人民政府办公室
二〇二六年二月十日

（此件公开发布）

西城区关于促进老字号传承创新和街区商业活力提升的若干措施

为擦亮老字号金字招牌，繁荣历史文化街区商业，更好满足群众多样化消费需求，助力国际消费中心城市主承载区建设，结合本区实际，制定如下措施。"""
def xc_render(i,m):
    s=f"（{cn(i)}）{m['heading']}。{m['text']}"
    return (XC_PARTS[i]+"\n\n"+s) if i in XC_PARTS else s
xc_txt,xc_gold=build(xc_meta,xc_header,xc,"",xc_render)

# ---------------- 通州区 ----------------
TZ_DOCEND="2028-06-30"; TZ_BASIS="本措施自2026年7月1日起施行，执行至2028年6月30日。"
def tzd(**k):
    d=dict(deadline=TZ_DOCEND,deadline_basis=TZ_BASIS,deadline_source="document"); d.update(k); return d
tz=[
 dict(heading="开展免费数字化转型诊断",text="区经济和信息化局通过政府购买服务方式，委托第三方专业服务商为本区规模以下制造业中小企业免费提供数字化转型诊断，出具诊断报告和改造建议，2026年计划服务不少于100家。企业报名截至2026年9月30日，额满即止。服务商的服务费用由区级财政支付，服务商不属于本条支持对象。（责任单位：区经济和信息化局）",
  gold=dict(kind="可申请的支持",kind_acceptable=["可申请的支持","政府职责"],beneficiaries=["中小企业"],not_beneficiaries=["第三方专业服务商"],conditional=True,deadline="2026-09-30",deadline_basis="企业报名截至2026年9月30日，额满即止。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局"],note="free service for 规模以下 manufacturing SMEs (size condition inline); expired")),
 dict(heading="补贴制造业数字化改造",text="对完成数字化转型诊断并按诊断建议实施改造的制造业中小企业，按照项目软硬件实际投入的30%给予补贴，单个企业最高200万元。为项目提供软件、设备和系统集成服务的供应商不享受本项补贴。2026年度完工项目须于2027年3月15日前提交补贴申请。（责任单位：区经济和信息化局、区财政局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["软件、设备和系统集成供应商"],conditional=True,deadline="2027-03-15",deadline_basis="2026年度完工项目须于2027年3月15日前提交补贴申请。",deadline_source="measure",industries=["制造业"],responsible_units=["区经济和信息化局","区财政局"],note="precondition: diagnosis done (measure 1); software firms here are suppliers, not beneficiaries")),
 dict(heading="奖励首版次软件产品",text="对本区软件和信息技术服务企业研发的产品首次获得本市首版次软件认定的，给予研发企业一次性奖励30万元；同一企业年度奖励不超过2项。奖励于认定结果公布后30日内申报。（责任单位：区科学技术和信息化局）",
  gold=tzd(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=[],conditional=True,industries=["信息技术"],responsible_units=["区科学技术和信息化局"],note="首次 + city 认定; no size limit (企业); 'within 30 days after the result' has no calendar date → document validity")),
 dict(heading="支持技术改造贷款贴息",text="对本区制造业中小企业通过区中小企业融资服务平台获得的技术改造贷款，按照实际支付利息的40%给予贴息，单户年度贴息最高50万元。合作担保机构对单笔1000万元以下的技术改造贷款，担保费率不得高于1%。贴息资金拨付至企业账户，合作银行、担保机构和平台运营方均不享受贴息。（责任单位：区金融服务办、区经济和信息化局）",
  gold=tzd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["合作银行","担保机构","平台运营方"],conditional=True,industries=["制造业"],responsible_units=["区金融服务办","区经济和信息化局"],note="credit support; guarantor bound by a fee cap; loan must be via the platform (condition)")),
 dict(heading="扶持便民商业网点",text="对在本区老旧小区及回迁安置社区新开设早餐、便利店、蔬菜零售等便民网点的个体工商户，连续经营满6个月的，给予一次性开办补贴2万元。为其供货的品牌经销商、连锁品牌总部不享受本项补贴。本项补贴于2026年年底前受理申报。（责任单位：区商务局、各街道办事处、各乡镇人民政府）",
  gold=dict(kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["品牌经销商","连锁品牌总部"],conditional=True,deadline="2026-12-31",deadline_basis="本项补贴于2026年年底前受理申报。",deadline_source="measure",industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","各街道办事处","各乡镇人民政府"],note="个体工商户 only; 连续经营满6个月; dealers/chain HQ excluded; 年底前 = 2026-12-31")),
 dict(heading="支持运河文旅消费活动",text="对承办大运河沿线和环球度假区周边文旅消费活动的本区中小文旅企业，按照活动实际支出的20%给予补贴，单场最高20万元。具体申报条件和评审办法由区文化和旅游局另行制定。2026年度活动补贴于11月底前申报。（责任单位：区文化和旅游局）",
  gold=dict(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,deadline="2026-11-30",deadline_basis="2026年度活动补贴于11月底前申报。",deadline_source="measure",industries=["文化旅游"],responsible_units=["区文化和旅游局"],note="rules 另行制定; 11月底前 without year = 2026-11-30 → expired; 文化旅游 outside the earlier vocabulary (alt [])")),
 dict(heading="给予制造业新增岗位补贴",text="对新招用本区户籍劳动力并签订2年以上劳动合同的制造业企业，按照每人3000元给予一次性岗位补贴，补贴资金发放给企业。被招用人员本人和劳务派遣机构不属于补贴对象。本项补贴受理至2027年2月28日止。（责任单位：区人力资源和社会保障局）",
  gold=dict(kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["被招用人员","劳务派遣机构"],conditional=True,deadline="2027-02-28",deadline_basis="本项补贴受理至2027年2月28日止。",deadline_source="measure",industries=["制造业"],responsible_units=["区人力资源和社会保障局"],note="any size of manufacturer (企业); hired workers and agencies excluded")),
 dict(heading="落实政府采购支持政策",text="区属预算单位开展货物和服务采购时，对符合条件的小微企业报价给予10%的价格扣除，用扣除后的价格参与评审；采购人不得以企业规模、成立年限等设置差别待遇。价格扣除的适用条件按照国家和本市有关规定执行。（责任单位：区财政局、各区属预算单位）",
  gold=tzd(kind="可申请的支持",kind_acceptable=["可申请的支持","可主张的权利"],beneficiaries=["小型微型企业"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区财政局","各区属预算单位"],note="procurement preference (core); conditions 按照有关规定; second clause is a non-discrimination right; larger firms implicitly excluded (not named, so not listed)")),
 dict(heading="上线惠企政策兑现平台",text="区政务服务和数据管理局须于2026年9月底前上线“通企服”惠企政策一站式兑现平台，推动本措施所列资金类事项全部实现网上申报、网上审核。（责任单位：区政务服务和数据管理局）",
  gold=dict(kind="政府职责",beneficiaries=[],not_beneficiaries=[],conditional=False,deadline="2026-09-30",deadline_basis="区政务服务和数据管理局须于2026年9月底前上线“通企服”惠企政策一站式兑现平台",deadline_source="measure",industries=[],responsible_units=["区政务服务和数据管理局"],addressees=["区政务服务和数据管理局"],note="government's own build date, not an application deadline; expired")),
 dict(heading="规范涉企行政检查",text="对本区中小企业实施行政检查的，除投诉举报、上级交办和转办线索外，同一部门对同一企业一年内不得重复检查。中小企业对无法定依据或者超出频次的检查，有权拒绝，并可向区司法局反映，区司法局应当在7个工作日内予以核查回复。（责任单位：区司法局、各行政执法部门）",
  gold=tzd(kind="可主张的权利",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","各行政执法部门"],note="right to refuse excess inspections plus complaint route; alt 政府职责 (limits on inspectors)")),
 dict(heading="明确资金使用要求",text="获得本措施资金支持的企业和个体工商户，应当在本区注册并依法纳税，按要求报送项目实施和经营数据，自资金拨付之日起3年内不得迁离本区；以虚报、冒领等方式获取资金的，追回资金并依法依规实施信用惩戒。（责任单位：区财政局、各政策主管部门）",
  gold=tzd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局","各政策主管部门"],addressees=["获得资金支持的企业和个体工商户"],note="registration/tax in district, reporting, 3-year stay, claw-back")),
 dict(heading="奖励专精特新企业梯度培育",text="对首次被认定为国家级专精特新“小巨人”企业的，给予一次性奖励100万元；首次被认定为北京市专精特新中小企业的，给予一次性奖励20万元。奖励资金按照有关规定拨付。（责任单位：区经济和信息化局）",
  gold=tzd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区经济和信息化局"],note="首次 认定 at national/city level; payment 按照有关规定; no own date → document")),
 dict(heading="附则",text="本措施自2026年7月1日起施行，执行至2028年6月30日。本措施执行期间如遇国家和本市政策调整的，按照新规定执行。本措施具体解释工作由区经济和信息化局会同相关部门负责。",
  gold=tzd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="validity; published 2026-06-18, in force 2026-07-01")),
]
tz_meta=dict(file="tongzhou_2026_shuzhihua_zhizao_xiaowei.txt",title="通州区关于支持中小企业数字化转型和制造业高质量发展的若干措施",issuer="北京市通州区人民政府办公室",doc_number="通政办发〔2026〕15号",district="通州区",date="2026-06-18",date_as_printed="2026年6月18日",in_force_from="2026-07-01",valid_until=TZ_DOCEND,valid_until_basis=TZ_BASIS,numbering="articles 第一条…第十三条 followed by a full-width space, heading sentence inline ending in 。, no parts; （责任单位：…） at the end except 第十三条")
tz_header="""北京市通州区人民政府办公室关于印发《通州区关于支持中小企业数字化转型和制造业高质量发展的若干措施》的通知

通政办发〔2026〕15号

各乡镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

为深入贯彻落实城市副中心高质量发展部署，经区政府同意，现将《通州区关于支持中小企业数字化转型和制造业高质量发展的若干措施》印发给你们，请认真贯彻执行。

北京市通州区人民政府办公室
2026年6月18日

通州区关于支持中小企业数字化转型和制造业高质量发展的若干措施

为加快推动本区中小企业数字化、智能化转型，提升制造业核心竞争力，优化城市副中心产业生态，根据国家和本市有关政策，结合本区实际，制定本措施。"""
def tz_render(i,m):
    return f"第{cn(i)}条　{m['heading']}。{m['text']}"
tz_txt,tz_gold=build(tz_meta,tz_header,tz,"",tz_render)

os.makedirs("plans",exist_ok=True)
for txt,gold in ((xc_txt,xc_gold),(tz_txt,tz_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt.rstrip()+"\n")
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
