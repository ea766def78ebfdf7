# Run from /work/eval/heldout33:  /usr/bin/python3 tools/make_plans.py
# Adapted from the heldout_2026_12c generator; conventions block restated here (no file outside this folder is read).
import json,collections
CONV={
 "today":"2026-12-04",
 "kind_values":["可申请的支持","可主张的权利","政府职责","企业义务","一般规定"],
 "deadline":"the measure's own end date if its text states one; otherwise the document's validity end (deadline_source='document'); null when neither exists. 'N年/有效期N年' (also written 一年/两年) is counted as start + N years - 1 day (accept +/-1 day). '年底前'/'2026年度' in a 2026 document = 2026-12-31; '上半年' = 06-30; 'X月底前' = last day of that month; '第一季度' = 03-31. A date without a year in a 2026 document is read as 2026. Where a measure has several application dates, the last date by which a business can still apply is the deadline (the note says so). A date that only fixes a government body's own step inside a support measure (publishing a list, issuing a catalogue) is NOT the applicant's deadline: the deadline is then the document's (the note says so). For 政府职责 measures the body's own completion date is the deadline.",
 "expired_on_2026_12_04":"deadline < 2026-12-04; null when deadline is null",
 "beneficiaries":"who receives the support / can invoke the right; [] for duties, obligations and general provisions (those list the bound parties in 'addressees'). '中小微企业' is written 中小企业, '小微企业' 小型微型企业. '企业' is used where the text says 各类企业/用人单位/零售企业 without size; '市场主体'/'经营主体' without size = 企业 + 个体工商户.",
 "conditional":"true when the grant depends on stated eligibility conditions (thresholds, 首次, 连续经营满…), an 认定/评定 step, or rules 另行制定/按照有关规定",
 "kind_acceptable":"when present, any listed kind is acceptable (the first is the judge's choice)",
 "industries":"values used: 制造业, 批发零售, 住宿餐饮, 信息技术, 农业 (only farm producers); [] = not restricted or not mappable (文旅/乡村旅游 alone is not mapped)"
}
ORDER=["heading","kind","kind_acceptable","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","expired_on_2026_12_04","industries","responsible_units","addressees","note"]
def build(meta,header,measures,renderer,parts=None):
    lines=[header]; gold=dict(meta); gold["conventions"]=CONV; ms={}
    for i,m in enumerate(measures,1):
        if parts and i in parts: lines.append(parts[i])
        lines.append(renderer(i,m))
        g=dict(m["gold"]); g["heading"]=m["heading"]
        g["expired_on_2026_12_04"]=(g["deadline"]<"2026-12-04") if g["deadline"] else None
        for k in ("heading","kind","beneficiaries","not_beneficiaries","conditional","deadline","deadline_basis","deadline_source","industries","responsible_units","note"):
            assert k in g,(i,k)
        if g["deadline_source"]=="measure": assert g["deadline_basis"] in m["text"],(i,g["deadline_basis"])
        ms[str(i)]={k:g[k] for k in ORDER if k in g}
    gold["measures"]=ms
    return "\n\n".join(lines)+"\n",gold
CN="零一二三四五六七八九十"
def cn(i): return CN[i] if i<=10 else "十"+CN[i-10]

# ---------------- 大兴区 ----------------
DX_END="2029-02-26"; DX_BASIS="本措施自发布之日起实施，有效期3年。"
def dxd(**k):
    d=dict(deadline=DX_END,deadline_basis=DX_BASIS,deadline_source="document"); d.update(k); return d
def dxm(date,basis,**k):
    d=dict(deadline=date,deadline_basis=basis,deadline_source="measure"); d.update(k); return d
dx=[
 dict(heading="补贴农产品加工设备更新",text="对在本区注册纳税满1年、主营农副食品加工的中小企业，2026年内购置清洗分级、保鲜包装、精深加工设备，且单个项目设备投资额不低于200万元的，按照设备购置额的15%给予补贴，单个企业最高100万元。设备销售商、融资租赁公司不属于补贴对象。本年度项目申报截止时间为2026年9月30日。（责任单位：区经济和信息化局、区农业农村局）",
  gold=dxm("2026-09-30","本年度项目申报截止时间为2026年9月30日。",kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["设备销售商","融资租赁公司"],conditional=True,industries=["制造业"],responsible_units=["区经济和信息化局","区农业农村局"],note="中小企业 only, trade 农副食品加工 (制造业); thresholds inline (纳税满1年, 200万); dealers and lessors excluded; expired")),
 dict(heading="奖励农产品产地仓建设",text="对农民专业合作社、家庭农场和农业企业在本区镇村新建或改造的产地仓，经区农业农村局认定为“大兴区农产品产地仓”的，按照认定仓容每立方米100元给予一次性奖励，单个主体最高30万元。租用他人仓储用房的，奖励资金拨付给实际运营主体，仓储用房出租方不享受本项奖励。符合条件的主体须于2027年3月31日前向所在镇人民政府提交申请。（责任单位：区农业农村局、各镇人民政府）",
  gold=dxm("2027-03-31","符合条件的主体须于2027年3月31日前向所在镇人民政府提交申请。",kind="可申请的支持",beneficiaries=["其他:农民专业合作社","其他:家庭农场","企业"],not_beneficiaries=["仓储用房出租方"],conditional=True,industries=["农业"],responsible_units=["区农业农村局","各镇人民政府"],note="depends on 认定; landlord of the warehouse excluded; 农业企业 without size → 企业 (alt 其他:农业企业)")),
 dict(heading="实施涉农贷款贴息和担保费补贴",text="对本区新型农业经营主体和涉农中小企业从合作银行取得的1年期以上生产经营贷款，按照贷款市场报价利率的50%给予贴息；通过区融资担保公司担保的，按照实际担保费的80%给予补助。贴息和担保费补助资金拨付给借款主体，合作银行和区融资担保公司不在补助范围内。申请条件和拨付程序按照有关规定执行。本项政策执行至2026年12月31日。（责任单位：区金融服务办、区财政局、区农业农村局）",
  gold=dxm("2026-12-31","本项政策执行至2026年12月31日。",kind="可申请的支持",beneficiaries=["其他:新型农业经营主体","中小企业"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,industries=[],responsible_units=["区金融服务办","区财政局","区农业农村局"],note="conditions elsewhere (按照有关规定); bank and guarantee firm excluded; still open on 2026-12-04 (ends 12-31); 涉农 not restricted to farm producers (alt 农业)")),
 dict(heading="支持镇村便利店数字化改造",text="对在本区各镇连续经营满1年的便利店、小超市，首次安装使用智能收银、线上订货等数字化设备和系统的，按照实际投入的50%给予补贴，每户最高2万元。本项补贴仅面向个体工商户，以公司形式登记的连锁门店不纳入。收银系统服务商不得向商户收取补贴差价。本项补贴适用于2026年度，跨年度投入不予追溯。（责任单位：区商务局、各镇人民政府）",
  gold=dxm("2026-12-31","本项补贴适用于2026年度，跨年度投入不予追溯。",kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["以公司形式登记的连锁门店","收银系统服务商"],conditional=True,industries=["批发零售"],responsible_units=["区商务局","各镇人民政府"],note="个体工商户 only; 连续经营满1年 + 首次; 2026年度 = 2026-12-31")),
 dict(heading="扶持乡村餐饮提档升级",text="在本区乡村地区从事餐饮服务的个体工商户和中小企业，取得食品经营许可满2年、近两年无食品安全行政处罚记录，对后厨、就餐区域和排油烟设施进行改造的，按照改造投入的30%给予补贴，最高5万元。拟申请的经营者应于10月底前向所在镇人民政府申报，逾期不予受理。（责任单位：区市场监督管理局、区商务局、各镇人民政府）",
  gold=dxm("2026-10-31","拟申请的经营者应于10月底前向所在镇人民政府申报，逾期不予受理。",kind="可申请的支持",beneficiaries=["个体工商户","中小企业"],not_beneficiaries=[],conditional=True,industries=["住宿餐饮"],responsible_units=["区市场监督管理局","区商务局","各镇人民政府"],note="both 个体工商户 and 中小企业 named; 10月底 without year → 2026-10-31; expired")),
 dict(heading="组织节庆消费券活动",text="围绕西瓜节、春华秋实等节庆活动，区商务局联合支付平台面向消费者发放乡村消费券，消费者在参与商户消费时直接抵扣，抵扣金额由区财政按月与参与商户结算。报名参与的商户须为在本区登记的中小企业或个体工商户，从事餐饮、零售、住宿或乡村旅游经营。报名时间自2026年5月6日起至5月20日止。支付平台仅收取约定的技术服务费，消费者和支付平台均不属于本项支持对象。（责任单位：区商务局、区文化和旅游局）",
  gold=dxm("2026-05-20","报名时间自2026年5月6日起至5月20日止。",kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=["消费者","支付平台"],conditional=True,industries=["住宿餐饮","批发零售"],responsible_units=["区商务局","区文化和旅游局"],note="consumers hold the vouchers; merchants benefit by signing up; window 至5月20日止 (year from the start date); expired")),
 dict(heading="支持数字乡村应用场景建设",text="区经济和信息化局于2026年上半年发布首批数字乡村应用场景需求清单。对承接清单项目并经验收认定为“大兴区数字乡村优秀应用场景”的软件和信息技术服务业中小企业，按照项目合同金额的20%给予奖励，单个项目最高80万元。场景评审认定办法由区经济和信息化局另行制定。（责任单位：区经济和信息化局、区农业农村局）",
  gold=dxd(kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=["信息技术"],responsible_units=["区经济和信息化局","区农业农村局"],note="TRAP: 2026年上半年 is the bureau's own date for publishing the list, not the applicant's deadline → document end, not expired; 认定 + rules 另行制定")),
 dict(heading="鼓励吸纳农村劳动力就业",text="对在本区乡村地区注册经营的企业和个体工商户，自本措施发布之日起1年内新招用本区农村劳动力，签订1年以上劳动合同（或雇工协议）并为其连续缴纳社会保险满6个月的，按照每人3000元给予一次性岗位补贴。补贴发放至用人单位，被招用人员本人不直接领取本项补贴。（责任单位：区人力资源和社会保障局、区农业农村局）",
  gold=dxm("2027-02-26","自本措施发布之日起1年内新招用本区农村劳动力",kind="可申请的支持",beneficiaries=["企业","个体工商户"],not_beneficiaries=["被招用的农村劳动力"],conditional=True,industries=[],responsible_units=["区人力资源和社会保障局","区农业农村局"],note="hiring window 2026-02-27 + 1 year - 1 day = 2027-02-26 (accept 2027-02-27); application date after 6 months of insurance not stated; hired workers are not beneficiaries")),
 dict(heading="奖励乡村旅游品牌创建",text="对首次被评定为国家4A级及以上旅游景区的乡村旅游经营单位，给予一次性奖励50万元；首次被评定为北京市乡村旅游重点村的，给予所在村集体经济组织一次性奖励20万元，用于公共服务设施提升。（责任单位：区文化和旅游局、区财政局）",
  gold=dxd(kind="可申请的支持",beneficiaries=["其他:乡村旅游经营单位","其他:村集体经济组织"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区文化和旅游局","区财政局"],note="首次 + 评定; 文旅 not mapped to an industry; second half rewards the village collective (not a business in the usual sense)")),
 dict(heading="规范涉农经营主体检查",text="对乡村地区市场主体实施行政检查，应当按照年度检查计划开展，同一部门对同一市场主体年度内现场检查原则上不超过1次。未列入年度检查计划且无投诉举报、转办交办线索的检查，市场主体可以拒绝，并可向区司法局反映。（责任单位：区司法局、区市场监督管理局、各行政执法部门）",
  gold=dxd(kind="可主张的权利",kind_acceptable=["可主张的权利","政府职责"],beneficiaries=["企业","个体工商户"],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区司法局","区市场监督管理局","各行政执法部门"],note="市场主体 without size = 企业 + 个体工商户; may refuse unplanned inspections and complain; first sentence binds inspectors (alt 政府职责)")),
 dict(heading="建设农产品展销中心",text="区商务局会同区农业农村局利用现有商业设施，于2026年11月底前建成区级特色农产品展销中心，为本区合作社、家庭农场和农业企业提供免费展位。（责任单位：区商务局、区农业农村局）",
  gold=dxm("2026-11-30","于2026年11月底前建成区级特色农产品展销中心",kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区商务局","区农业农村局"],addressees=["区商务局","区农业农村局"],note="government build deadline 11月底 = 2026-11-30, passed → expired; free stalls later could be read as support (weak alt)")),
 dict(heading="落实受支持主体责任",text="获得本措施资金支持的经营主体，应当如实申报、专款专用，设备和设施自验收之日起3年内不得转让、出租或改变用途；违反的，由主管部门追回已拨付资金，并纳入公共信用信息平台。（责任单位：区财政局、各政策主管部门）",
  gold=dxd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区财政局","各政策主管部门"],addressees=["获得资金支持的经营主体"],note="truthful application, 3-year no transfer, claw-back")),
 dict(heading="附则",text="本措施自发布之日起实施，有效期3年。同一项目符合本区其他同类政策的，按照从高不重复原则执行。本措施由区农业农村局会同区商务局负责解释。",
  gold=dxd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="发布 2026-02-27 (date printed in Chinese numerals) + 3 years - 1 day = 2029-02-26 (accept 2029-02-27); measure has no heading sentence")),
]
dx_parts={1:"一、支持农产品加工和流通",4:"二、促进农村消费提质",7:"三、培育乡村新业态",10:"四、优化服务保障",13:"五、附则"}
def dx_render(i,m):
    return f"（{cn(i)}）{m['text']}" if m["heading"]=="附则" else f"（{cn(i)}）{m['heading']}。{m['text']}"
dx_meta=dict(file="daxing_2026_xiangcun_chanye_xiaofei.txt",title="大兴区关于支持乡村特色产业发展和农村消费提质的若干措施",issuer="北京市大兴区人民政府办公室",doc_number="京兴政办发〔2026〕7号",district="大兴区",date="2026-02-27",date_as_printed="二〇二六年二月二十七日",in_force_from="2026-02-27",valid_until=DX_END,valid_until_basis=DX_BASIS,numbering="five part headings 一、…五、 on their own lines; measures （一）…（十三） numbered continuously across parts, heading sentence inline ending in 。; （责任单位：…） at the end except （十三） (附则, no heading sentence)")
dx_header="""北京市大兴区人民政府办公室关于印发《大兴区关于支持乡村特色产业发展和农村消费提质的若干措施》的通知

京兴政办发〔2026〕7号

各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构：

《大兴区关于支持乡村特色产业发展和农村消费提质的若干措施》已经2026年2月24日区政府常务会议审议通过，现印发给你们，请结合工作职责抓好贯彻落实。

北京市大兴区人民政府办公室
二〇二六年二月二十七日

（此件公开发布）

大兴区关于支持乡村特色产业发展和农村消费提质的若干措施

为贯彻落实《中华人民共和国乡村振兴促进法》，做强西瓜、梨、葡萄等特色农业品牌，推动农产品加工流通和农村消费提质扩容，促进农民增收和乡村经营主体发展，结合本区实际，制定如下措施。"""
dx_txt,dx_gold=build(dx_meta,dx_header,dx,dx_render,dx_parts)

# ---------------- 怀柔区 ----------------
HR_END="2027-06-30"; HR_BASIS="本措施自2026年7月1日起施行，有效期一年。"
def hrd(**k):
    d=dict(deadline=HR_END,deadline_basis=HR_BASIS,deadline_source="document"); d.update(k); return d
hr=[
 dict(heading="支持山区小店升级",text="对在山区镇乡从事零售、餐饮经营的个体工商户，首次对门头招牌、货架柜台、冷藏冷冻设备进行更新的，按照实际投入的40%给予补贴，每户最高1.5万元。补贴直接拨付至个体工商户本人账户，房屋出租方不得以商户获得补贴为由上调租金。申请人应于2026年8月31日前向所在镇乡人民政府申报。（牵头单位：区商务局；配合单位：各山区镇乡人民政府）",
  gold=dxm("2026-08-31","申请人应于2026年8月31日前向所在镇乡人民政府申报。",kind="可申请的支持",beneficiaries=["个体工商户"],not_beneficiaries=["房屋出租方"],conditional=True,industries=["批发零售","住宿餐饮"],responsible_units=["区商务局","各山区镇乡人民政府"],note="个体工商户 only, 首次, 山区镇乡 only; landlord bound not benefited; expired")),
 dict(heading="培育乡村文旅特色业态",text="对在本区登记、在山区镇乡经营精品露营、乡村酒店、研学基地等业态的中小企业，经区文化和旅游局认定为“怀柔乡村文旅特色业态示范点”的，给予一次性奖励10万元。2026年度示范点申报截至2026年12月25日，认定标准由区文化和旅游局另行公布。（牵头单位：区文化和旅游局）",
  gold=dxm("2026-12-25","2026年度示范点申报截至2026年12月25日",kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=[],conditional=True,industries=["住宿餐饮"],responsible_units=["区文化和旅游局"],note="认定 + standard published elsewhere; open (12-25); industry 住宿餐饮 for 乡村酒店 (alt [] since 露营/研学 are 文旅)")),
 dict(heading="支持软件企业开发乡村文旅数字化产品",text="对在怀柔科学城注册的软件和信息技术服务业小微企业，为山区镇乡文旅经营主体开发在线预订、智慧导览、客流监测等数字化产品并投入使用，单个合同金额不低于10万元的，按照合同金额的20%给予补贴，单个企业年度最高40万元。补贴对象为软件开发企业，使用产品的文旅经营主体不重复享受。符合条件的企业可在2027年第一季度集中受理期内提出申请。（牵头单位：区科学技术和信息化局；配合单位：区文化和旅游局）",
  gold=dxm("2027-03-31","符合条件的企业可在2027年第一季度集中受理期内提出申请。",kind="可申请的支持",beneficiaries=["小型微型企业"],not_beneficiaries=["使用产品的文旅经营主体"],conditional=True,industries=["信息技术"],responsible_units=["区科学技术和信息化局","区文化和旅游局"],note="小微 software firms only; the customer (文旅经营主体) is not the beneficiary; 第一季度 = 2027-03-31")),
 dict(heading="鼓励商超采购山区农产品",text="对本区连锁超市、便利店等零售企业，年度直接采购山区镇乡农产品金额达到50万元的，按照采购额的3%给予奖励，单个企业最高15万元。通过农产品经销商、批发市场转手采购的部分不计入采购额，经销商和批发市场经营者也不享受本项奖励。2026年度采购奖励须于2027年1月31日前申报。（牵头单位：区商务局；配合单位：区农业农村局）",
  gold=dxm("2027-01-31","2026年度采购奖励须于2027年1月31日前申报。",kind="可申请的支持",beneficiaries=["企业"],not_beneficiaries=["农产品经销商","批发市场经营者"],conditional=True,industries=["批发零售"],responsible_units=["区商务局","区农业农村局"],note="零售企业 without size → 企业; threshold 50万; dealers excluded; the farm suppliers are not beneficiaries either")),
 dict(heading="支持农副食品加工中小企业技术改造",text="对在本区注册的农副食品加工中小企业实施生产线智能化、绿色化改造的，按照项目核定投资额的10%给予补助，单个项目最高200万元。本项支持仅面向中小企业，大型企业及其控股子公司不予支持。具体申报条件和评审程序另行制定。项目受理截止日为2026年7月15日。（牵头单位：区发展和改革委员会）",
  gold=dxm("2026-07-15","项目受理截止日为2026年7月15日。",kind="可申请的支持",beneficiaries=["中小企业"],not_beneficiaries=["大型企业及其控股子公司"],conditional=True,industries=["制造业"],responsible_units=["区发展和改革委员会"],note="中小企业 only (large firms named as excluded); conditions 另行制定; expired")),
 dict(heading="实施山区经营主体首贷贴息",text="对山区镇乡的个体工商户和小微企业首次从合作银行获得经营性贷款的，按照实际支付利息的50%给予贴息，贴息期限不超过1年；由区融资担保公司提供担保的，担保费由区财政全额承担，担保公司不得另行向借款人收取费用。合作银行和区融资担保公司不属于贴息对象。区金融服务办于2026年9月30日前公布首批合作银行名单。（牵头单位：区金融服务办；配合单位：区财政局）",
  gold=hrd(kind="可申请的支持",beneficiaries=["个体工商户","小型微型企业"],not_beneficiaries=["合作银行","区融资担保公司"],conditional=True,industries=[],responsible_units=["区金融服务办","区财政局"],note="TRAP: 2026年9月30日 is the office's own date for publishing the bank list, not the applicant's deadline → document end 2027-06-30, not expired; 首次 loan; guarantee fee fully paid for the borrower")),
 dict(heading="奖励农产品直播销售",text="对本区个体工商户和农民专业合作社通过网络平台直播销售山区镇乡农产品，年度平台结算销售额超过20万元的，按照销售额的3%给予奖励，单个主体最高6万元。平台企业和直播服务机构不享受本项奖励。奖励按自然年度核算，2026年度奖励须在12月20日前申报。（牵头单位：区商务局）",
  gold=dxm("2026-12-20","奖励按自然年度核算，2026年度奖励须在12月20日前申报。",kind="可申请的支持",beneficiaries=["个体工商户","其他:农民专业合作社"],not_beneficiaries=["平台企业","直播服务机构"],conditional=True,industries=[],responsible_units=["区商务局"],note="threshold 20万; platforms excluded; open (12-20); selling farm products online (alt 批发零售)")),
 dict(heading="保障个体工商户自主经营",text="任何单位和行业组织不得要求山区镇乡个体工商户参加有偿评比、达标、表彰活动，不得强制其加入协会、商会或者摊派赞助。个体工商户对上述要求有权拒绝，并可通过12345市民服务热线投诉。（牵头单位：区市场监督管理局）",
  gold=hrd(kind="可主张的权利",beneficiaries=["个体工商户"],not_beneficiaries=["行业组织（协会、商会）"],conditional=False,industries=[],responsible_units=["区市场监督管理局"],note="right to refuse paid ratings, forced membership, levies; associations are bound")),
 dict(heading="完善山区消费服务设施",text="区文化和旅游局于2026年底前完成山区镇乡旅游交通标识和公共厕所提升，区商务局同步编制发布《怀柔山区消费地图》，免费收录符合条件的山区经营主体。（牵头单位：区文化和旅游局、区商务局；配合单位：区交通局、各山区镇乡人民政府）",
  gold=dxm("2026-12-31","区文化和旅游局于2026年底前完成山区镇乡旅游交通标识和公共厕所提升",kind="政府职责",kind_acceptable=["政府职责","可申请的支持"],beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区文化和旅游局","区商务局","区交通局","各山区镇乡人民政府"],addressees=["区文化和旅游局","区商务局"],note="government build duty, 年底前 = 2026-12-31; free listing in the map is a weak alt 可申请的支持")),
 dict(heading="落实经营者主体责任",text="享受本措施支持的经营主体应当依法明码标价，落实食品安全、消防安全和安全生产主体责任；申请补贴时应当书面承诺所报材料真实，获得支持后2年内不得将经营场所迁出本区。违反承诺的，应当退回全部补贴资金。（牵头单位：区市场监督管理局；配合单位：各政策主管部门）",
  gold=hrd(kind="企业义务",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=["区市场监督管理局","各政策主管部门"],addressees=["享受本措施支持的经营主体"],note="price marking, safety, truthful commitment, 2-year stay, claw-back")),
 dict(heading="支持山区经营主体承接机关服务采购",text="本区各级预算单位采购会议、团建、工会疗休养等服务的，在同等条件下优先选择在山区镇乡登记的中小企业和个体工商户；采购预算在400万元以下的，原则上全部预留给中小企业。（牵头单位：区财政局）",
  gold=hrd(kind="可申请的支持",beneficiaries=["中小企业","个体工商户"],not_beneficiaries=[],conditional=True,industries=[],responsible_units=["区财政局"],note="procurement preference (core); 同等条件下 + registered in 山区镇乡; the 400万 reservation is for 中小企业 only; phrased as a duty of budget units (alt 政府职责)")),
 dict(heading="附则",text="本措施自2026年7月1日起施行，有效期一年。本措施施行前已按原政策受理的事项，按原政策执行。本措施由区商务局会同区文化和旅游局、区财政局负责解释。",
  gold=hrd(kind="一般规定",beneficiaries=[],not_beneficiaries=[],conditional=False,industries=[],responsible_units=[],note="in force 2026-07-01 (document dated 2026-06-12) + 一年 - 1 day = 2027-06-30; no heading sentence")),
]
def hr_render(i,m):
    return f"第{cn(i)}条　{m['text']}" if m["heading"]=="附则" else f"第{cn(i)}条　{m['heading']}。{m['text']}"
hr_meta=dict(file="huairou_2026_shanqu_xiaofei_xiaowei.txt",title="怀柔区关于支持山区乡村消费和小微经营主体发展的若干措施",issuer="北京市怀柔区商务局、北京市怀柔区文化和旅游局、北京市怀柔区财政局",doc_number="怀商发〔2026〕12号",district="怀柔区",date="2026-06-12",date_as_printed="2026年6月12日",in_force_from="2026-07-01",valid_until=HR_END,valid_until_basis=HR_BASIS,numbering="articles 第一条…第十二条 followed by a full-width space, heading sentence inline ending in 。; （牵头单位：…；配合单位：…） at the end except 第十二条 (附则, no heading sentence); no parts")
hr_header="""北京市怀柔区商务局 北京市怀柔区文化和旅游局 北京市怀柔区财政局关于印发《怀柔区关于支持山区乡村消费和小微经营主体发展的若干措施》的通知

怀商发〔2026〕12号

各镇乡人民政府，各街道办事处，区有关单位：

为落实乡村振兴战略，激发山区镇乡消费活力，经区政府同意，现将《怀柔区关于支持山区乡村消费和小微经营主体发展的若干措施》印发给你们，请认真贯彻执行。

北京市怀柔区商务局
北京市怀柔区文化和旅游局
北京市怀柔区财政局
2026年6月12日

怀柔区关于支持山区乡村消费和小微经营主体发展的若干措施

为深入实施乡村振兴战略，推动山区特色消费和小微经营主体健康发展，带动山区农民就近就业增收，依据《中华人民共和国乡村振兴促进法》等规定，结合本区实际，制定本措施。本措施所称山区镇乡，是指琉璃庙镇、汤河口镇、宝山镇、长哨营满族乡、喇叭沟门满族乡。"""
hr_txt,hr_gold=build(hr_meta,hr_header,hr,hr_render)
for txt,gold in ((dx_txt,dx_gold),(hr_txt,hr_gold)):
    name=gold["file"][:-4]
    open(f"plans/{name}.txt","w",encoding="utf-8").write(txt)
    json.dump(gold,open(f"plans/{name}.gold.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(name,len(gold["measures"]),dict(collections.Counter(m["kind"] for m in gold["measures"].values())),"expired",[k for k,m in gold["measures"].items() if m["expired_on_2026_12_04"]])
