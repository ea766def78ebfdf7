"""Three district plans in the shapes districts publish in 2026, written for the deadline tests (issue 23):
each measure with the end date a reader takes from it and its status on 2026-12-04, and the document's own
title, issuer, number, date, entry into force and validity. Rendered at test time as Word or PDF by
tests/docfixtures.py; nothing binary is committed. The wordings vary on purpose (截止时间为, 截至, 至…止,
执行至, …前申报, 须于…前完成报名, 有效期N年, 自发布之日起N年, 2026年度, 年底前, 上半年, ranges, Chinese
numerals), and some deadlines are already over on the judging date."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

JUDGED_ON = date(2026, 12, 4)
VALID, EXPIRED, NOT_YET, UNKNOWN = "有效", "已过期", "尚未施行", "未注明期限"


@dataclass
class Plan:
    name: str
    render: str  # "docx" or "pdf"
    lines: list[str]
    document: dict  # the document's fields as the text gives them
    measures: list[tuple[str, str | None, str]] = field(default_factory=list)  # (opening words, end, status)
    auto_numbering: bool = True  # as Word: 一、 and 1. by automatic numbering


CHAOYANG = Plan(
    name="朝阳区餐饮零售",
    render="docx",
    lines=[
        "朝阳区关于促进餐饮零售业加快恢复发展的若干措施",
        "为进一步稳定市场主体、促进消费恢复，结合本区实际，制定以下措施。",
        "一、降低经营成本",
        "1.对承租区属国有企业房屋的餐饮、零售小微企业和个体工商户，减免3个月房屋租金。申报截止时间为2026年6月30日。",
        "（责任单位：区国资委、区商务局）",
        "2.对2026年新开业的餐饮门店给予一次性开业补贴，每家最高5万元。申请截止时间为2027年3月31日。",
        "（责任单位：区商务局）",
        "3.区商务局联合电商平台向市民发放餐饮、零售消费券，消费券使用期限至2026年9月30日止。",
        "（责任单位：区商务局）",
        "4.支持餐饮企业开展数字化改造，按投资额的30%给予补贴，最高不超过50万元，符合条件的企业于2027年9月30日前申报。",
        "（责任单位：区经济和信息化局）",
        "二、强化金融支持",
        "5.对餐饮、零售小微企业新增贷款给予贴息，贴息期限自2026年1月1日起至2026年12月31日止。",
        "（责任单位：区金融办）",
        "6.鼓励政府性融资担保机构为小微企业提供担保，担保费率降至1%以下，有需求的企业年底前申报。",
        "（责任单位：区金融办）",
        "7.对吸纳重点群体就业的餐饮企业给予社会保险补贴，政策执行至2026年11月30日。",
        "（责任单位：区人力资源和社会保障局）",
        "8.开展区级特色餐饮品牌评选，企业须于2027年1月15日前完成报名，获评企业给予10万元奖励。",
        "（责任单位：区商务局）",
        "9.对2026年上半年稳岗不裁员的零售企业给予稳岗补贴，企业应在上半年完成申报。",
        "（责任单位：区人力资源和社会保障局）",
        "10.对新认定的国家级专精特新“小巨人”企业给予一次性奖励50万元。区财政局确保8月底前资金拨付到位。",
        "（责任单位：区经济和信息化局、区财政局）",
        "本措施自印发之日起施行，有效期至2027年6月30日。",
        "北京市朝阳区人民政府办公室",
        "2026年6月20日",
    ],
    document={"title": "朝阳区关于促进餐饮零售业加快恢复发展的若干措施", "issuer": "北京市朝阳区人民政府办公室",
              "doc_number": None, "signed": "2026-06-20", "effective": "2026-06-20", "valid_until": "2027-06-30"},
    measures=[
        ("对承租区属国有企业房屋", "2026-06-30", EXPIRED),
        ("对2026年新开业的餐饮门店", "2027-03-31", VALID),
        ("区商务局联合电商平台", "2026-09-30", EXPIRED),
        ("支持餐饮企业开展数字化改造", "2027-09-30", VALID),
        ("对餐饮、零售小微企业新增贷款", "2026-12-31", VALID),
        ("鼓励政府性融资担保机构", "2026-12-31", VALID),
        ("对吸纳重点群体就业", "2026-11-30", EXPIRED),
        ("开展区级特色餐饮品牌评选", "2027-01-15", VALID),
        ("对2026年上半年稳岗不裁员", "2026-06-30", EXPIRED),
        ("对新认定的国家级专精特新", "2027-06-30", VALID),  # 8月底前 is the bureau's target, not the end
    ],
)

HAIDIAN = Plan(
    name="海淀区科技型小微企业",
    render="pdf",
    lines=[
        "北京市海淀区人民政府关于印发《海淀区支持科技型小微企业发展的若干措施》的通知",
        "",
        "海政发〔2026〕5号",
        "各街道办事处、各镇人民政府，区政府各委、办、局：",
        "现将《海淀区支持科技型小微企业发展的若干措施》印发给你们，请认真贯彻落实。",
        "北京市海淀区人民政府",
        "二〇二六年三月十五日",
        "海淀区支持科技型小微企业发展的若干措施",
        "为支持科技型小微企业发展，制定以下措施。",
        "一、降低创新成本",
        "（一）对入驻区内孵化器的科技型小微企业给予房租补贴，受理时间截至二〇二六年八月三十一日。（责任单位：区科委）",
        "（二）对首次认定的高新技术企业给予20万元奖励，申报时间为2026年10月8日—11月20日。（责任单位：区科委）",
        "（三）对企业研发投入给予补贴，截止日期：2027年2月28日。（责任单位：区科委、区财政局）",
        "（四）对获得银行贷款的小微企业给予贴息，本条自发布之日起1年内有效。（责任单位：区金融办）",
        "二、支持市场开拓",
        "（一）对参加国内外展会的企业给予展位费补贴，2026年12月31日前向区商务局提出申请。（责任单位：区商务局）",
        "（二）支持企业引进高层次人才，给予每人最高10万元安家补贴。（责任单位：区人才局）",
        "（三）对2026年度新增的专精特新企业给予一次性奖励。（责任单位：区经济和信息化局）",
        "（四）对2025年度营业收入首次突破1亿元的企业给予50万元奖励。（责任单位：区经济和信息化局）",
        "本措施自2026年4月1日起施行，有效期两年。",
    ],
    document={"title": "海淀区支持科技型小微企业发展的若干措施", "issuer": "北京市海淀区人民政府",
              "doc_number": "海政发〔2026〕5号", "signed": "2026-03-15", "effective": "2026-04-01",
              "valid_until": "2028-03-31"},
    measures=[
        ("对入驻区内孵化器", "2026-08-31", EXPIRED),
        ("对首次认定的高新技术企业", "2026-11-20", EXPIRED),
        ("对企业研发投入给予补贴", "2027-02-28", VALID),
        ("对获得银行贷款的小微企业", "2027-03-14", VALID),
        ("对参加国内外展会的企业", "2026-12-31", VALID),
        ("支持企业引进高层次人才", "2028-03-31", VALID),
        ("对2026年度新增的专精特新企业", "2026-12-31", VALID),
        ("对2025年度营业收入", "2028-03-31", VALID),  # 2025年度 is the year of the revenue, not of the award
    ],
)

TONGZHOU = Plan(
    name="通州区文旅消费",
    render="docx",
    lines=[
        "通州区关于促进文化旅游消费的实施方案",
        "",
        "通政办发〔2025〕21号",
        "为促进文化旅游消费，制定本方案。",
        "1.发放文旅消费券，参与的文旅企业须于2026年1月15日前完成报名。",
        "2.对新开业的精品民宿给予一次性补贴，每家最高3万元。",
        "3.自2027年1月1日起，对通过等级评定的乡村民宿给予奖励。",
        "4.对景区门票减免给予补偿，执行至2027年底。",
        "5.对举办大型文旅活动的企业给予补助，于二〇二六年十二月三十一日前申报。",
        "6.对2025年度新增的星级酒店给予一次性奖励。",
        "7.对组织游客来区旅游的旅行社给予奖励，本条有效期3年。",
        "8.对文旅企业新招用本区劳动力给予补贴，受理期限：2026年3月1日至2026年11月30日。",
        "本方案自印发之日起施行。",
        "北京市通州区人民政府办公室",
        "2025年9月10日",
    ],
    document={"title": "通州区关于促进文化旅游消费的实施方案", "issuer": "北京市通州区人民政府办公室",
              "doc_number": "通政办发〔2025〕21号", "signed": "2025-09-10", "effective": "2025-09-10",
              "valid_until": None},
    measures=[
        ("发放文旅消费券", "2026-01-15", EXPIRED),
        ("对新开业的精品民宿", None, UNKNOWN),  # a 2025 plan stating no end, judged in 2026: 需确认
        ("自2027年1月1日起", None, NOT_YET),
        ("对景区门票减免", "2027-12-31", VALID),
        ("对举办大型文旅活动", "2026-12-31", VALID),
        ("对2025年度新增的星级酒店", "2025-12-31", EXPIRED),
        ("对组织游客来区旅游", "2028-09-09", VALID),
        ("对文旅企业新招用", "2026-11-30", EXPIRED),
    ],
)

PLANS = [CHAOYANG, HAIDIAN, TONGZHOU]


def render(plan: Plan, as_: str | None = None) -> tuple[bytes, str]:
    """The plan as the file a maintainer receives: (bytes, file name)."""
    import docfixtures as fx

    kind = as_ or plan.render
    if kind == "docx":
        # Word's numbering restarts （一） under each part (海淀's measures then read 1…8 in order)
        return fx.make_docx(plan.lines, auto_numbering=plan.auto_numbering), f"{plan.name}.docx"
    header, fx.RUNNING_HEADER = fx.RUNNING_HEADER, ""  # a short plan: no running header (the 朝阳 one is not its own)
    try:
        return fx.make_pdf(plan.lines), f"{plan.name}.pdf"
    finally:
        fx.RUNNING_HEADER = header
