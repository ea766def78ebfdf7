TXT = """北京市石景山区人民政府办公室关于印发《石景山区支持科技型小微企业创新发展和孵化载体提质增效的若干措施》的通知

石政办发〔2026〕21号

区政府各委、办、局，各街道办事处，各有关单位：

经区政府研究同意，现将《石景山区支持科技型小微企业创新发展和孵化载体提质增效的若干措施》印发给你们，请认真组织实施。

北京市石景山区人民政府办公室
2026年3月2日

（此件公开发布）

石景山区支持科技型小微企业创新发展和孵化载体提质增效的若干措施

为落实本市关于加快科技创新和支持中小企业发展的部署，发挥中关村科技园区石景山园和首钢园等创新载体作用，培育科技型小微企业，结合本区实际，制定本措施。

一、支持创业孵化

1．支持孵化载体运营。对经认定的区级及以上科技企业孵化器、众创空间，根据上年度在孵企业数量和孵化成效，给予运营主体最高80万元运营补贴。在孵企业不作为本项申报主体。认定标准和申报程序按照《石景山区科技企业孵化载体认定管理办法》执行。

2．减轻入孵企业房租负担。对入驻区级认定孵化载体、成立不满3年且从业人员不超过50人的科技型小微企业，按照实际支付房租的50%给予补贴，每家企业每年最高15万元，最长补贴2年。补贴资金直接拨付至企业，孵化载体运营方和房屋产权方不得以此为由提高租金。2026年申报窗口为3月15日至5月15日。

3．奖励首次认定的高新技术企业。对2026年首次认定为国家高新技术企业的，给予一次性奖励20万元。企业应当在取得证书之日起3个月内提出申请，最晚不迟于2027年2月28日。

二、强化金融服务

4．实施“科创信用贷”贴息。区内科技型中小企业获得合作银行“科创信用贷”并按期还本付息的，按照实际支付利息的30%给予贴息，单户年度最高10万元。合作银行不享受贴息，不得要求企业提供抵押或者第三方担保。贴息每年申报一次，当年利息的贴息申请应当在12月10日前提交。

5．降低知识产权质押融资成本。以专利、商标质押方式获得银行贷款的科技型小微企业，按照评估费、担保费实际发生额的50%给予补贴，单户最高5万元。资产评估机构、担保机构不享受本项补贴。本项政策执行至2026年6月30日。

6．发挥引导基金作用。区政府投资引导基金按照市场化原则参股设立早期科技创业投资基金，重点投向区内成立不满5年的硬科技企业，具体投资决策由基金管理机构独立作出。

三、优化创新服务

7．配备科技企业服务专员。区科委于2026年4月30日前为在孵企业和专精特新中小企业配备服务专员，提供政策咨询、项目申报辅导等“一对一”服务。

8．推行科研设备共享券。区内科技型小微企业使用区内重点实验室、检验检测平台大型仪器设备的，可以申领共享券抵扣使用费用的50%，每家企业年度最高20万元。共享券申领截至11月20日。仪器设备提供单位按照抵扣额与区科委结算，不属于本项支持对象。

9．保障科技人才安居。区重点支持的科技企业引进的高层次人才，可以申请人才公共租赁住房或者租房补贴，具体条件以区委组织部每年公布的人才目录为准。

10．保障账款及时支付。区属国有企业、事业单位向科技型中小企业采购服务的，应当自服务交付之日起30日内支付款项；约定以验收结果作为付款条件的，不得无故拖延验收。企业遇有拖欠的，可以向区中小企业服务中心投诉。

11．支持创新产品首购首用。区属部门采购创新产品时，对入选《石景山区创新产品目录》的产品，可以依法采用单一来源或者竞争性磋商方式采购。

四、落实企业责任

12．履行信息报送和承诺义务。享受本措施支持的企业应当按照要求报送研发投入、从业人员等统计数据，并承诺申报材料真实有效；自获得支持之日起5年内迁出本区或者不再在本区纳税的，应当退回已获得的支持资金。

13．本措施自2026年4月1日起施行，执行期至2028年3月31日。本措施与本区其他同类政策重复的，按照“从优不重复”原则执行。本措施由区科委负责解释。
"""
DOC = dict(file='shijingshan_2026_keji_xiaowei_fuhua.txt', title='石景山区支持科技型小微企业创新发展和孵化载体提质增效的若干措施',
  issuer='北京市石景山区人民政府办公室', doc_number='石政办发〔2026〕21号', district='石景山区', date='2026-03-02',
  in_force_from='2026-04-01', valid_until='2028-03-31', valid_until_basis='本措施自2026年4月1日起施行，执行期至2028年3月31日。',
  numbering='part headings 一、…四、 on their own lines; measures 1．…13． (full-width full stop) numbered continuously across parts, heading sentence inline; no 责任单位 clause anywhere, so responsible_units is [] for every measure (units named inside a measure appear in addressees for duties)')
S, R, G, O, Y = '可申请的支持', '可主张的权利', '政府职责', '企业义务', '一般规定'
DOCEND = ('2028-03-31', '本措施自2026年4月1日起施行，执行期至2028年3月31日。', 'document')
TECH = '科技企业/研发机构'
M = [
 dict(heading='支持孵化载体运营', kind=S, beneficiaries=['其他:科技企业孵化器、众创空间运营主体'], not_beneficiaries=['其他:在孵企业'],
      conditional=True, dl=DOCEND, industries=[], units=[], note='operators of incubators apply after 认定; tenant start-ups are excluded; conditions written elsewhere (认定管理办法)'),
 dict(heading='减轻入孵企业房租负担', kind=S, beneficiaries=[TECH, '小型微型企业'], not_beneficiaries=['其他:孵化载体运营方', '其他:房屋产权方'],
      conditional=True, dl=('2026-05-15', '2026年申报窗口为3月15日至5月15日。', 'measure'), industries=[], units=[],
      note='conditions inline (<3 years, <=50 staff, in a recognised incubator); the window 03-15..05-15 opens before the document takes effect (04-01) and is over, expired; operator and owner get nothing and may not raise rent'),
 dict(heading='奖励首次认定的高新技术企业', kind=S, beneficiaries=[TECH], not_beneficiaries=[],
      conditional=True, dl=('2027-02-28', '企业应当在取得证书之日起3个月内提出申请，最晚不迟于2027年2月28日。', 'measure'), industries=[], units=[],
      note='认定 step; relative window of 3 months from the certificate, absolute cap 2027-02-28; not expired'),
 dict(heading='实施“科创信用贷”贴息', kind=S, beneficiaries=[TECH, '中小企业'], not_beneficiaries=['合作银行'],
      conditional=True, dl=('2026-12-10', '当年利息的贴息申请应当在12月10日前提交。', 'measure'), industries=[], units=[],
      note='recurring yearly deadline read as 2026-12-10 for the current year; still open on 2026-12-04 (6 days left); bank excluded; condition: repay on time'),
 dict(heading='降低知识产权质押融资成本', kind=S, beneficiaries=[TECH, '小型微型企业'], not_beneficiaries=['其他:资产评估机构', '其他:担保机构'],
      conditional=True, dl=('2026-06-30', '本项政策执行至2026年6月30日。', 'measure'), industries=[], units=[],
      note='执行至2026年6月30日: expired; evaluators and guarantors excluded'),
 dict(heading='发挥引导基金作用', kind=G, beneficiaries=[], not_beneficiaries=[], conditional=False, dl=DOCEND, industries=[], units=[],
      addressees=['其他:区政府投资引导基金', '其他:基金管理机构'], kind_acceptable=[G, S],
      note='a fund invests on market terms at the manager\'s discretion; nothing a business can apply for as of right'),
 dict(heading='配备科技企业服务专员', kind=G, beneficiaries=[], not_beneficiaries=[], conditional=False,
      dl=('2026-04-30', '区科委于2026年4月30日前为在孵企业和专精特新中小企业配备服务专员', 'measure'), industries=[], units=[],
      addressees=['区科委'], kind_acceptable=[G, S], note='government build deadline, not an application deadline; expired'),
 dict(heading='推行科研设备共享券', kind=S, beneficiaries=[TECH, '小型微型企业'], not_beneficiaries=['其他:仪器设备提供单位'],
      conditional=True, dl=('2026-11-20', '共享券申领截至11月20日。', 'measure'), industries=[], units=[],
      note='date without year read as 2026; expired; the equipment providers are paid by settlement but are not the beneficiaries'),
 dict(heading='保障科技人才安居', kind=S, beneficiaries=[TECH, '其他:高层次人才'], not_beneficiaries=[],
      conditional=True, dl=DOCEND, industries=[], units=[],
      note='conditions written elsewhere (annual 人才目录); the talent applies, but only through a 区重点支持的科技企业; core (rent subsidy / housing)'),
 dict(heading='保障账款及时支付', kind=R, beneficiaries=[TECH, '中小企业'], not_beneficiaries=['其他:区属国有企业', '其他:事业单位'],
      conditional=False, dl=DOCEND, industries=[], units=[], note='30-day payment, no delayed acceptance, complaint channel; the state buyers are the bound party'),
 dict(heading='支持创新产品首购首用', kind=S, beneficiaries=[TECH], not_beneficiaries=[], conditional=True, dl=DOCEND, industries=[], units=[],
      kind_acceptable=[S, G], note='procurement preference, only for products listed in the 创新产品目录 (listing = 认定 step); phrased as a power of the buying departments (可以)'),
 dict(heading='履行信息报送和承诺义务', kind=O, beneficiaries=[], not_beneficiaries=[], conditional=False, dl=DOCEND, industries=[], units=[],
      addressees=['企业'], note='reporting, truthful declarations, clawback if the firm leaves within 5 years'),
 dict(heading='附则（施行、执行期、从优不重复、解释）', kind=Y, beneficiaries=[], not_beneficiaries=[], conditional=False, dl=DOCEND, industries=[],
      units=[], note='validity of the whole document; 区科委 is named only as interpreter'),
]
