"""Time limits in the wordings district plans and regulations use, written for the deadline tests (issue 23
item 4) and independent of the evaluation plans' phrasing: each case a measure's words in a document of a
given kind and date, with the end a reader takes from it and its status on 2026-12-04 (several are already
over). Landlord and tenant sentences included. judge() runs a case through the build's own annotation.
"""
from __future__ import annotations

from datetime import date

JUDGED_ON = date(2026, 12, 4)
VALID, EXPIRED, NOT_YET, UNKNOWN = "有效", "已过期", "尚未施行", "未注明期限"

# the documents the cases stand in: a 2026 plan without an end, one with a validity, a standing text, older plans
DOCS = {
    "plan": {"id": "own-2026", "title": "某区关于支持小微企业平稳发展的若干措施", "signed": "2026-04-10",
             "effective": "2026-04-10", "valid_until": None},
    "plan-valid": {"id": "own-2026b", "title": "某区促进商贸服务业发展的实施方案", "signed": "2026-04-10",
                   "effective": "2026-04-10", "valid_until": "2027-12-31"},
    "rules": {"id": "own-rules", "title": "某区中小企业发展专项资金管理办法", "signed": "2026-02-01",
              "effective": "2026-03-01", "valid_until": None},
    "plan-2024": {"id": "own-2024", "title": "某区关于促进连锁便利店发展的若干措施", "signed": "2024-05-20",
                  "effective": "2024-05-20", "valid_until": None},
    "plan-2025": {"id": "own-2025", "title": "某区关于推动工业企业升规的若干措施", "signed": "2025-03-02",
                  "effective": "2025-03-02", "valid_until": None},
    "plan-effect": {"id": "own-2026c", "title": "某区关于促进创业带动就业的若干措施", "signed": "2026-08-05",
                    "effective": "2026-09-01", "valid_until": None},
    "plan-late": {"id": "own-2026d", "title": "某区关于做好今冬明春保供稳价工作的若干措施", "signed": "2026-11-20",
                  "effective": "2026-11-20", "valid_until": None},
    "repealed": {"id": "own-old", "title": "某区关于支持小微企业平稳发展的若干措施", "signed": "2026-04-10",
                 "effective": "2026-04-10", "valid_until": "2027-12-31", "status": "已废止"},
}

# (the measure's words, document, end a reader takes, status on 2026-12-04)
CASES: list[tuple[str, str, str | None, str]] = [
    ("对新设立的科技型企业给予房租补贴，申请受理截止时间为2026年8月15日，逾期不再受理。", "plan", "2026-08-15", EXPIRED),
    ("符合条件的企业请于2027年2月28日前向区科委提交申报材料。", "plan", "2027-02-28", VALID),
    ("对2026年10月31日前完成网上申报的企业给予一次性补贴。", "plan", "2026-10-31", EXPIRED),
    ("本项政策实施期限为2026年5月1日至2027年4月30日。", "plan", "2027-04-30", VALID),
    ("补贴资金申领工作至2026年11月20日结束。", "plan", "2026-11-20", EXPIRED),
    ("对吸纳就业困难人员的企业给予岗位补贴，政策有效期至二〇二七年十二月三十一日。", "plan", "2027-12-31", VALID),
    ("对入驻孵化器的初创企业给予场地补贴，本条有效期三年，自2026年6月1日起施行。", "plan", "2029-05-31", VALID),
    ("对新招用本区劳动力的企业给予补贴，本条措施自印发之日起一年内有效。", "plan", "2027-04-09", VALID),
    ("对承租区属国有企业经营用房的小微企业和个体工商户，减免3个月租金，承租人应于2026年9月30日前向出租单位提出申请。",
     "plan", "2026-09-30", EXPIRED),
    ("出租方为区属国有企业的，由出租方按月减免承租方租金，减免期至2026年12月31日止。", "plan", "2026-12-31", VALID),
    ("2026年度内新招用本区户籍劳动力的，按每人3000元给予补贴。", "plan", "2026-12-31", VALID),
    ("对2026年新认定的高新技术企业给予一次性奖励20万元。", "plan", "2026-12-31", VALID),
    ("对2025年度首次认定的专精特新中小企业给予奖励10万元。", "plan", None, UNKNOWN),
    ("年内完成数字化改造并通过验收的企业，按投资额的20%给予补助，各单位于年底前申报。", "plan", "2026-12-31", VALID),
    ("第三季度末前完成申报的项目方可纳入支持范围。", "plan", "2026-09-30", EXPIRED),
    ("对开展数字化改造的商贸企业给予补助，下半年集中组织一次申报。", "plan", "2026-12-31", VALID),
    ("每年3月集中受理一次申报，具体以通知为准。", "rules", None, VALID),
    ("原则上每年6月底前完成上一年度资金的申报。", "rules", None, VALID),
    ("自即日起至2026年6月30日，对新开办的餐饮门店给予开业补贴。", "plan", "2026-06-30", EXPIRED),
    ("对连锁品牌在本区开设首店的，给予一次性奖励。本政策长期有效。", "plan", None, VALID),
    ("自2027年1月1日起，对通过绿色商场认定的企业给予奖励。", "plan", None, NOT_YET),
    ("对参加区级展会的企业给予展位费补贴，补贴申报窗口期：2026年9月1日至9月30日。", "plan", "2026-09-30", EXPIRED),
    ("2026年第四季度，组织开展外贸企业出海专项资金申报。", "plan", "2026-12-31", VALID),
    ("2026年上半年，对参加展会的企业按展位费的50%给予补贴。", "plan", "2026-06-30", EXPIRED),
    ("本条政策执行期为2026年1月1日—2026年12月31日。", "plan", "2026-12-31", VALID),
    ("对2026年12月31日前签订租赁合同并实际入驻的企业，给予一年房租补贴。", "plan", "2026-12-31", VALID),
    ("对2026年3月31日前已签订租赁合同的企业，继续给予租金补贴。", "plan", None, UNKNOWN),
    ("消费券发放时间为2026年7月至10月，参与商户须在6月20日前完成入驻登记。", "plan", "2026-06-20", EXPIRED),
    ("企业应当在取得营业执照之日起30日内办理备案。", "plan-valid", "2027-12-31", VALID),
    ("对举办促消费活动的商圈给予补助，申请材料截至2026年12月20日17时。", "plan", "2026-12-20", VALID),
    ("对新建充电设施的企业给予补贴，本政策试行一年。", "plan", "2027-04-09", VALID),
    ("一次性补贴于2026年内发放完毕。", "plan", "2026-12-31", VALID),
    ("对开展节能改造的企业给予贴息，实施期限暂定两年，自2026年7月1日起计算。", "plan", "2028-06-30", VALID),
    ("对小微企业贷款给予担保费补贴，执行期限截至2026年10月31日。", "plan", "2026-10-31", EXPIRED),
    ("对文化企业给予房租补贴，申报时间截至二〇二六年十一月三十日。", "plan", "2026-11-30", EXPIRED),
    ("请有意向的企业于2026年12月25日（含）前报名。", "plan", "2026-12-25", VALID),
    ("对新开业的连锁便利店给予一次性补贴。", "plan-2024", None, UNKNOWN),
    ("对2025年度新增规模以上工业企业给予奖励。", "plan-2025", "2025-12-31", EXPIRED),
    ("对符合条件的企业按规定给予贷款贴息。", "rules", None, VALID),
    ("自2026年1月1日起至2026年3月31日，对新增外贸订单的企业给予补贴。", "plan", "2026-03-31", EXPIRED),
    ("对承租区属国有企业房屋的餐饮企业减免租金，申请截止时间为2027年1月31日。", "repealed", "2027-01-31", EXPIRED),
    ("对小微企业新增贷款给予贴息，贴息期限自放款之日起不超过12个月。", "plan-valid", "2027-12-31", VALID),
    ("对购买节能家电的消费者给予补贴，各类补贴申请截止日期统一为2026年10月31日。", "plan-valid", "2026-10-31", EXPIRED),
    # a second round, written after the rules read the first (17 of these 20 were right before the three
    # rules they led to: a sentence opening with "…前…的", 逾期不予…, 申请须于…前提出)
    ("申报受理时间：2026年3月1日—3月31日（法定节假日除外）。", "plan", "2026-03-31", EXPIRED),
    ("本政策执行期限为2026年1月1日至2026年12月31日，到期后根据实施情况适时评估调整。", "plan", "2026-12-31", VALID),
    ("补贴申请实行常态化受理。", "plan", None, UNKNOWN),
    ("企业可在每季度首月10日前提交上季度补贴申请。", "plan", None, UNKNOWN),
    ("2026年12月31日前新认定的国家高新技术企业，给予20万元奖励。", "plan", "2026-12-31", VALID),
    ("即日起至年底，对在本区新开设的零售门店给予补贴。", "plan", "2026-12-31", VALID),
    ("政策有效期三年，自2026年1月1日起至2028年12月31日止。", "plan", "2028-12-31", VALID),
    ("本办法自2026年3月1日起施行，2021年2月印发的《某区中小企业发展专项资金管理办法》同时废止。", "rules", None, VALID),
    ("申报时间另行通知。", "plan", None, UNKNOWN),
    ("对2026年1月1日以后注册的企业，首年给予房租补贴。", "plan", None, UNKNOWN),
    ("项目须在2027年3月底前竣工验收，逾期不予拨付。", "plan", "2027-03-31", VALID),
    ("活动时间为2026年10月1日至10月7日，参与商户可获得流量补贴。", "plan", "2026-10-07", EXPIRED),
    ("2026年9月起，对新招用高校毕业生的小微企业给予一次性吸纳就业补贴，政策期限至2027年8月底。", "plan", "2027-08-31", VALID),
    ("补贴标准按年度核定，2026年度补贴资金于次年一季度兑付。", "plan", "2026-12-31", VALID),
    ("在2026年11月30日之前提交材料的企业，可享受首批补贴。", "plan", "2026-11-30", EXPIRED),
    ("对入驻园区的企业给予房租减免，本措施自印发之日起施行，试行期两年。", "plan", "2028-04-09", VALID),
    ("对承租人为小微企业的，出租人（区属国有企业）应在收到申请后15个工作日内完成租金减免。申请须于2026年8月31日前提出。", "plan", "2026-08-31", EXPIRED),
    ("2026年底前完成改造的，给予一次性奖励。", "plan", "2026-12-31", VALID),
    ("房租减免政策延续执行至2027年6月30日，承租方无需重新申请。", "plan", "2027-06-30", VALID),
    ("对首次入选“北京市老字号”的企业给予奖励，每年评选一次。", "plan-2024", None, UNKNOWN),
]


# a third round (issue 23, h-time3), written before reading what the rules do with it: dates without a year
# (年底前, 月底前, 10月31日截止, 次年, 本年度), a government body's own work (审核, 拨付, 建设) beside the applicant's
# last day, a precondition a business must meet by a date (须于…前完成备案，未备案的不予…), the last of several
# rounds, periods counted from entry into force, and the limits written as 不晚于 / 最迟. A date by which government
# must build or do something is the end of a measure that is government work; in a grant it is not the
# applicant's end, unless it is the grant's own payment or decision and nobody applies (免申即享).
CASES_3: list[tuple[str, str, str | None, str]] = [
    ("对符合条件的批发零售企业给予一次性补贴，请于年底前向所在街道提交申请。", "plan", "2026-12-31", VALID),
    ("各申报单位须于当年11月底前完成网上填报。", "plan", "2026-11-30", EXPIRED),
    ("申报工作于9月1日启动，9月30日截止，逾期不予受理。", "plan", "2026-09-30", EXPIRED),
    ("对新增规模以上企业给予奖励20万元，由区经济和信息化局认定后，区财政局于2026年12月20日前将资金拨付至企业账户，企业无需申报。",
     "plan", "2026-12-20", VALID),
    ("对吸纳高校毕业生就业的小微企业给予补贴，企业应于2026年10月31日前提出申请，区人力资源和社会保障局于2026年12月31日前完成审核拨付。",
     "plan", "2026-10-31", EXPIRED),
    ("对开展数字化转型的零售企业给予补助，企业于2026年8月31日前提交申请，区商务局应于2026年9月30日前完成申报材料审核。",
     "plan", "2026-08-31", EXPIRED),
    ("对入驻区级创业孵化基地的初创企业给予两年房租减免。区人力资源和社会保障局于2026年6月30日前完成孵化基地布局建设。",
     "plan-valid", "2027-12-31", VALID),
    ("对入驻直播基地的电商企业给予场地租金补贴。区商务局于2026年6月30日前完成直播基地认定并向社会公布名单。",
     "plan-valid", "2027-12-31", VALID),
    ("对2026年内招用登记失业人员并签订1年以上劳动合同的企业，按每人2000元给予补贴，申请截止日期为2027年1月31日。",
     "plan", "2027-01-31", VALID),
    ("本条措施分两批受理申报，第一批截止时间为2026年5月31日，第二批截止时间为2026年11月15日。", "plan", "2026-11-15", EXPIRED),
    ("对参加境外展会的企业给予展位费补贴，按季度集中申报，最后一次申报截止时间为2027年6月20日。", "plan", "2027-06-20", VALID),
    ("本措施自施行之日起两年内有效。", "plan-effect", "2028-08-31", VALID),
    ("自本措施施行之日起1年内新注册的科技型企业，可申请一次性开办补贴。", "plan-effect", "2027-08-31", VALID),
    ("对节能改造项目给予补助，改造项目须于2026年8月31日前在“京通”平台完成项目备案，未按期备案的不予补助。",
     "plan", "2026-08-31", EXPIRED),
    ("对2026年完成节能改造并通过验收的企业给予补助，申请企业须在2026年第二季度内完成项目入库，未入库项目不予支持。",
     "plan", "2026-06-30", EXPIRED),
    ("各街道办事处于2026年5月底前完成便民服务站点建设，区商务局负责统筹协调。", "plan", "2026-05-31", EXPIRED),
    ("各镇人民政府于年内完成闲置厂房摸底并建立台账。", "plan", "2026-12-31", VALID),
    ("对今年以来新开设的社区便民店给予补贴，申请截止到本年度11月30日。", "plan", "2026-11-30", EXPIRED),
    ("申报材料须于次年1月15日前报送区商务局。", "plan", "2027-01-15", VALID),
    ("2026年度补贴于2027年一季度集中申报，截止时间为3月31日。", "plan", "2027-03-31", VALID),
    ("企业应在项目竣工验收后3个月内提出补助申请，最迟不晚于2027年6月30日。", "plan", "2027-06-30", VALID),
    ("对本年度营业收入增长超过15%的商贸企业给予奖励，申报于次年3月底前完成。", "plan", "2027-03-31", VALID),
    ("补贴资金实行“免申即享”，由区财政局于2026年9月底前直接兑付至企业账户。", "plan", "2026-09-30", EXPIRED),
    ("请各企业于8月底前将申请材料报送至区科委。", "plan", "2026-08-31", EXPIRED),
    ("活动期间的满减补贴由平台先行垫付，商户在活动结束后15日内申请结算，结算申请于12月15日截止。", "plan", "2026-12-15", VALID),
    ("对保障民生商品供应的商超给予补贴，申报截止时间为1月15日。", "plan-late", "2027-01-15", VALID),
    ("对2026年12月31日以前（含当日）完成首次纳统的企业，给予一次性奖励。", "plan", "2026-12-31", VALID),
    ("对参加区级技能大赛获奖的企业职工给予奖励，获奖企业应当在比赛结束后于10月31日前向区人力资源和社会保障局申领。",
     "plan", "2026-10-31", EXPIRED),
    ("符合条件的企业可于2027年3月1日至3月31日登录“北京通”平台填报申请。", "plan", "2027-03-31", VALID),
    ("项目申报截至2026年7月15日（以网上提交时间为准）。", "plan", "2026-07-15", EXPIRED),
    ("区市场监管局在受理后10个工作日内完成核查，资金于2026年第四季度拨付。", "plan-valid", "2026-12-31", VALID),
    ("企业须于当月25日前报送上月用工情况，区人力资源和社会保障局按月拨付补贴。", "plan-valid", "2027-12-31", VALID),
]

# a fourth round, written after the third round's rules, to see whether they hold on wordings they were not
# made from: 13 of 16 before the two changes it led to (government organising the applications, 组织开展申报,
# sets the applicant's last day; a general provision's own work dates are its ends, as a duty's), and one
# expectation corrected: "区商务局将于…前…公布…名单" standing alone is government work, so its date is its end
CASES_4: list[tuple[str, str, str | None, str]] = [
    ("对2026年度新认定的“专精特新”企业给予奖励，企业可于次年1月1日至2月28日提交申请。", "plan", "2027-02-28", VALID),
    ("区财政局根据审核结果，于每年12月底前拨付上年度补贴资金。", "plan-valid", "2027-12-31", VALID),
    ("对参加“京彩消费季”活动的商户给予补贴，活动报名于7月15日截止。", "plan", "2026-07-15", EXPIRED),
    ("申请企业应于项目完工后6个月内，且最晚于2027年3月31日前提交验收申请。", "plan", "2027-03-31", VALID),
    ("各街道于今年9月底前完成辖区内老旧商业设施摸排。", "plan", "2026-09-30", EXPIRED),
    ("补贴申报采取分批方式，第一批自2026年5月1日起至5月31日止，第二批自2026年10月1日起至10月31日止。", "plan", "2026-10-31", EXPIRED),
    ("区商务局将于2026年12月15日前在区政府网站公布年度支持名单。", "plan-valid", "2026-12-15", VALID),
    ("符合条件的小微企业须在获得贷款后3个月内提出贴息申请，截止日期不晚于2027年1月31日。", "plan", "2027-01-31", VALID),
    ("企业须于2026年7月31日前在区商务局完成首店备案，未备案的不享受本条支持。", "plan", "2026-07-31", EXPIRED),
    ("本措施执行期间为二〇二六年八月一日至二〇二八年七月三十一日。", "plan", "2028-07-31", VALID),
    ("对当年新增的规模以上服务业企业给予奖励，奖励资金于次年6月底前兑付。", "plan", "2027-06-30", VALID),
    ("各镇政府要在2026年底前建成农村电商服务站，区农业农村局做好指导。", "plan", "2026-12-31", VALID),
    ("自本措施印发之日起至2026年12月31日，对新招用应届高校毕业生的小微企业给予一次性扩岗补助。", "plan", "2026-12-31", VALID),
    ("对申请创业担保贷款的个体工商户给予全额贴息，贴息申请受理截至每年11月30日。", "rules", None, VALID),
    ("区人力资源和社会保障局于10月底前组织开展申报，企业须在规定时间内提交材料。", "plan", "2026-10-31", EXPIRED),
    ("对2026年9月1日至2027年8月31日期间新签订租赁合同的企业给予租金补贴。", "plan", "2027-08-31", VALID),
]


# a fifth round (issue 23, h-time4), written for the wordings the held-out plan misses pointed at but in words of
# its own: a validity written apart from the entry into force (施行，三年内有效 / 为期两年 / 有效期：2年), a must with
# the applicant's act later in its clause beside a year that scopes the benefit, a date said of the vouchers' use
# beside the day to claim them, a year's round ended by its payment day, 受理期限为…, a window from each business's
# own event whose latest day is dated, and a window every year inside a validity (its last round is the end)
CASES_5: list[tuple[str, str, str | None, str]] = [
    ("对新开办的家政服务企业给予一次性开办补贴。本措施自印发之日起施行，三年内有效。", "plan", "2029-04-09", VALID),
    ("对参加区级技能竞赛的企业给予组织补贴。本方案自发布之日起实施，为期两年。", "plan", "2028-04-09", VALID),
    ("对新建社区食堂给予建设补助，本条有效期：2年。", "plan", "2028-04-09", VALID),
    ("对开展夜间经营的餐饮门店给予补贴，本政策自即日起执行，两年有效。", "plan", "2028-04-09", VALID),
    ("对租用社区商业用房的便民网点给予房租补贴，2026年度补贴比例为30%。经营者应于2026年11月15日前携租赁合同和经营流水向所在街道提出申请。",
     "plan", "2026-11-15", EXPIRED),
    ("对智能化改造项目给予补助。项目单位须在2026年9月15日前登录平台完成项目入库，具体申报通知另行发布。", "plan", "2026-09-15", EXPIRED),
    ("向小微企业发放法律服务券，服务券申领截止时间为2026年11月30日，已申领服务券的有效使用期截至2027年3月31日。",
     "plan", "2026-11-30", EXPIRED),
    ("对新增规模以上工业企业给予奖励，企业无需申报，2026年度奖励资金由区财政局于2027年2月底前直接拨付至企业账户。",
     "plan", "2027-02-28", VALID),
    ("对购置新能源物流车的企业给予补贴，受理期限为2026年10月20日，逾期不予受理。", "plan", "2026-10-20", EXPIRED),
    ("对首次入驻本区孵化器的初创企业给予补贴，企业须于2027年6月30日前完成注册，并自注册之日起3个月内提交补贴申请。",
     "plan", "2027-09-30", VALID),
    ("对专精特新企业给予奖励，区级专项资金受理时间为每年4月1日至4月30日。", "plan-valid", "2027-04-30", VALID),
    ("对稳岗扩岗的小微企业给予用工补贴，企业可于每季度首月15日前申报上一季度的用工补贴。", "plan-valid", "2027-12-31", VALID),
    # a day written with its hour or weekday, or as 截止日
    ("对新开业的社区超市给予补贴，申报截止日为2026年9月30日。", "plan", "2026-09-30", EXPIRED),
    ("符合条件的商户请于2027年1月15日（星期五）前提交申请。", "plan", "2027-01-15", VALID),
    ("申请人应当在2026年11月30日17时前完成网上申报，系统到期自动关闭。", "plan", "2026-11-30", EXPIRED),
    # the period of something a business holds or receives is not the measure's
    ("对新认定的诚信示范商户授予牌匾，荣誉称号有效期为三年。", "plan", None, UNKNOWN),
    ("向社区居民发放便民消费券，消费券有效期3个月，由参与商户核销。", "plan", None, UNKNOWN),
    ("对小微企业首次贷款给予贴息，贷款期限为1年的按全额贴息。", "plan-valid", "2027-12-31", VALID),
    ("对获评星级的民宿给予奖励，星级资格自评定之日起三年内有效。", "plan", None, UNKNOWN),
]

# a sixth round, written after the fifth round's rules and before running them on it, to see whether they hold
# on wordings they were not made from: 11 of 13 at first; the two changes it led to: a moving window's event may be
# dated after it in the sentence (…之日起3个月内提出，项目须于…前竣工验收), and only a window every year to claim in
# ends the measure on its last round (a monthly report a business owes, 每月10日前报送, runs to the validity)
CASES_6: list[tuple[str, str, str | None, str]] = [
    ("本实施细则自2026年5月1日起施行，有效期至2028年4月30日。", "plan", "2028-04-30", VALID),
    ("对社区便民店给予补贴，申请人须在本年度12月10日前将申请材料送达区商务局，以收件时间为准。", "plan", "2026-12-10", VALID),
    ("对获得市级认定的企业，应当在认定之日起6个月内向区经济和信息化局提出奖励申请。", "plan-valid", "2027-12-31", VALID),
    ("补贴按年度申报，每年3月31日前申报上一年度补贴。", "plan-valid", "2027-03-31", VALID),
    ("首批申报时间为2026年6月1日至6月30日，第二批申报时间为2026年11月1日至11月30日。", "plan", "2026-11-30", EXPIRED),
    ("对新设立的小微企业给予开办补贴，本措施自印发之日起施行，执行期两年。", "plan", "2028-04-09", VALID),
    ("小微企业应于2026年8月20日前在“京策”平台填写申请信息，逾期视为放弃。", "plan", "2026-08-20", EXPIRED),
    ("2026年度补贴在2027年1月10日前集中兑付完毕。", "plan", "2027-01-10", VALID),
    ("本政策适用期为2026年7月1日至2027年6月30日，补贴申领截至2027年5月31日。", "plan", "2027-05-31", VALID),
    ("对开展直播电商的企业给予补贴，本方案有效期为三年，自印发之日起计算。", "plan", "2029-04-09", VALID),
    ("承租人须在签订租赁合同后30日内向出租人申请减免。", "plan-valid", "2027-12-31", VALID),
    ("获得补贴的企业于每月10日前报送上月用工数据。", "plan-valid", "2027-12-31", VALID),
    ("补贴申请应当自项目竣工验收之日起3个月内提出，项目须于2026年12月31日前竣工验收。", "plan", "2027-03-31", VALID),
]

def annotated(text: str, doc_key: str) -> dict:
    """The case as the build annotates a measure of its document (kind, deadlines, tag_basis …)."""
    from index.records import annotate_measure

    document = DOCS[doc_key]
    record = {"id": f"{document['id']}/1", "document_id": document["id"], "number": 1, "district": "朝阳区",
              "section": None, "subsection": None, "title": None, "text": text, "units_text": None,
              "responsible_units": [], "flags": [], "valid_until": document.get("valid_until")}
    record.update(annotate_measure(record, document))
    record["document"] = document
    return record


def judge(text: str, doc_key: str) -> tuple[str | None, str]:
    """The end the program gives the case and its status on JUDGED_ON, as the build annotates a measure."""
    from index.facts.deadlines import measure_deadline, measure_status

    record = annotated(text, doc_key)
    return measure_deadline(record), measure_status(record, JUDGED_ON)

# 本年度内 / 当年内 / 本年内: the document's year, its last day the end (found on an evaluation plan's
# "本项补助本年度内申报"; the cases are written here)
CASES_7: list[tuple[str, str, str | None, str]] = [
    ("对举办促消费活动的商圈给予补助，本项补助本年度内申报。", "plan", "2026-12-31", VALID),
    ("符合条件的门店应于当年内向街道提出申请。", "plan", "2026-12-31", VALID),
    ("本年度内完成申报的企业给予一次性奖励。", "plan-2025", "2025-12-31", EXPIRED),
    ("对本年内新开业的便利店给予补贴，于2027年3月底前申报。", "plan", "2027-03-31", VALID),
]
