# Labels for the two regulations in ../regs. Judgements are literal below; run to rebuild ../regs_labels.json.
import json, re, os
H = os.path.dirname(os.path.abspath(__file__)) + '/..'
S, R, G, O, Y = '可申请的支持', '可主张的权利', '政府职责', '企业义务', '一般规定'
FIE, FI = '其他:外商投资企业', '其他:外国投资者'
# (article, kind, beneficiaries, conditional, core_benefit, note)
WAIZI = [
 (1, Y, [], None, False, 'purpose'),
 (2, Y, [], None, False, 'scope'),
 (3, Y, [], None, False, 'opening-up principle, no concrete benefit'),
 (4, Y, [], None, False, 'national treatment + negative list regime; alt 企业义务 (foreign investors must not invest in prohibited fields)'),
 (5, G, [], None, False, 'organisation of government work'),
 (6, G, [], None, False, '京津冀 coordination, 鼓励 without receivable'),
 (7, R, [FIE], False, False, 'equal application of support policies; no discriminatory measures (公平竞争审查)'),
 (8, G, [], None, False, 'enables city/district to make 费用减免/奖励 policies (可以制定); nothing receivable under this article itself; alt 可申请的支持'),
 (9, G, [], None, False, 'consultation of foreign-invested firms when making rules; unpublished documents not a basis; alt 可主张的权利'),
 (10, G, [], None, False, 'investment promotion mechanism'),
 (11, G, [], None, False, 'overseas promotion network'),
 (12, G, [], None, False, 'pilot policies in 自贸区/服务业扩大开放示范区, no receivable'),
 (13, G, [], None, False, 'publish 外商投资指引'),
 (14, S, [FI, FIE], True, True, 'para 2: 符合条件的项目，按照有关规定给予奖励 (carbon-neutral activities); para 1 is 鼓励 only; core assumes 奖励 is money'),
 (15, S, [FI, FIE], True, False, 'support for HQs and 外资研发中心 (access to government S&T projects, shared facilities); 具体办法由市商务/科学技术部门制定; form of support not stated; alt 政府职责'),
 (16, S, [FI, '其他:投资性公司投资设立的企业'], True, True, '符合条件的外国投资者 may set up 投资性公司; its firms enjoy 外商投资企业待遇 (status); alt 一般规定'),
 (17, S, [FIE], True, True, 'para 2: 可以按照本市有关规定申请补助资金 for taking part in standard setting; para 1 equal participation is a right (alt 可主张的权利)'),
 (18, R, [FIE], False, False, 'equal treatment in 政府采购; complaints to finance departments'),
 (19, S, [FIE, FI], True, True, '再投资免于外汇登记; 暂不征收预提所得税 on reinvested profit; 进口自用设备免征关税 if the project meets the 鼓励目录 conditions; all 按照国家规定'),
 (20, G, [], None, False, 'market access for foreign financial institutions (银行卡清算, 保险); 符合条件的外资机构; alt 可申请的支持 for such institutions only'),
 (21, R, [FI, '其他:外商投资企业外籍及港澳台职工'], False, False, 'free remittance of capital, profits, wages'),
 (22, R, [FI, FIE], False, False, 'IP protection; courts must decide preservation applications within legal time limits; punitive damages; alt 政府职责'),
 (23, R, [FI, FIE], False, False, 'government must keep policy promises and contracts; compensation for losses if changed'),
 (24, R, [FIE, '其他:外商投资企业的投资者'], False, False, 'complaint mechanism, 行政复议, 行政诉讼'),
 (25, R, [FI, FIE], False, False, 'para 3: may raise demands via 12345企业服务热线 / 诉求采集系统; paras 1-2 are government duties (alt 政府职责)'),
 (26, G, [], None, False, 'dispute resolution mechanism'),
 (27, G, [], None, False, 'commercial mediation and arbitration'),
 (28, G, [], None, False, '北京国际商事法庭, courts'),
 (29, G, [], None, False, 'service system'),
 (30, G, [], None, False, 'online registration; para 2 type change 依法予以登记 (alt 可主张的权利); registration procedure'),
 (31, G, [], None, False, '政务服务中心, 综合窗口, 北京国际版门户网站'),
 (32, G, [], None, False, 'policy service platform'),
 (33, G, [], None, False, '重点外商投资项目 get 服务包/服务管家 (a service, only for key projects); alt 可申请的支持'),
 (34, S, [FIE, '其他:自贸试验区内数据处理者'], True, False, 'facilitation of data export security assessment for 符合条件的 firms; in the FTZ, data outside the list exempt from 申报/标准合同/认证; compliance service; alt 可主张的权利 / 政府职责'),
 (35, S, [FIE], True, True, 'firm may apply to carry out 职业技能等级认定 itself after 备案 (a status); 人才引进 if it meets the conditions; 出入境 facilitation for staff; alt 政府职责 for para 1'),
 (36, Y, [], None, False, 'freedom to join associations; associations act per statutes; 鼓励 service agencies; alt 可主张的权利'),
 (37, O, [], None, False, 'foreign investment must follow industrial policy and be 核准/备案; para 2: complete submission counts as 备案 (alt 可主张的权利)'),
 (38, O, [], None, False, 'must report investment information; para 2 forbids asking for data again (a right, alt 可主张的权利)'),
 (39, R, [FIE], False, False, 'inspection limits: no repeated checks, low-risk firms fewer checks, 不予处罚清单 applies equally; alt 政府职责'),
 (40, O, [], None, False, 'foreign investor must declare for 安全审查'),
 (41, Y, [], None, False, "officials' liability"),
 (42, O, [], None, False, 'liability of foreign investors/firms (negative list breach, missing information report)'),
 (43, Y, [], None, False, 'scope: HK/Macao/Taiwan investors 参照执行'),
 (44, Y, [], None, False, 'entry into force 2024-07-01'),
]
YH = [
 (1, Y, [], None, False, 'purpose'),
 (2, Y, [], None, False, 'definition of 营商环境'),
 (3, Y, [], None, False, 'reform principle; para 2 政务公开 (alt 政府职责)'),
 (4, Y, [], None, False, 'principles'),
 (5, Y, [], None, False, 'unified market, declaration'),
 (6, Y, [], None, False, 'non-public economy and foreign investment, declaration; alt 可主张的权利 (equal treatment)'),
 (7, G, [], None, False, 'organisation; tolerance of errors for officials'),
 (8, G, [], None, False, 'evaluation system; must not burden businesses (alt 可主张的权利)'),
 (9, O, [], None, False, 'market entities must obey the law, act in good faith'),
 (10, Y, [], None, False, 'equality principle; alt 可主张的权利'),
 (11, R, ['经营主体'], False, False, 'autonomy in business decisions, no interference'),
 (12, R, ['经营主体'], False, False, 'equal access to factors and to support policies; no discriminatory measures'),
 (13, R, ['经营主体'], False, False, 'bidding and government procurement: no unreasonable conditions or origin restrictions'),
 (14, R, ['经营主体', '其他:企业经营者'], False, False, 'property protection, limits on 查封/冻结/扣押, right to refuse 摊派'),
 (15, G, [], None, False, 'IP protection system, faster trademark/patent examination; alt 可主张的权利'),
 (16, G, [], None, False, 'protection of 中小投资者 (investors, not firms); alt 可主张的权利'),
 (17, R, ['经营主体'], False, False, 'free to join/leave associations; no forced 评比/达标/培训 and no fees for them'),
 (18, G, [], None, False, 'national 维权服务平台 to be built; alt 可申请的支持 (a service)'),
 (19, G, [], None, False, '商事制度改革, 证照分离; para 4: change of domicile must not be restricted, permits stay valid after relocation (alt 可主张的权利)'),
 (20, R, ['经营主体'], False, False, 'equal entry outside the national negative list; no local negative lists; alt 一般规定'),
 (21, G, [], None, False, 'anti-monopoly enforcement'),
 (22, G, [], None, False, 'labour market'),
 (23, G, [], None, False, 'innovation, 鼓励和支持 without receivable'),
 (24, G, [], None, False, 'implement tax and fee cuts; no specific relief named here; alt 可申请的支持'),
 (25, R, ['经营主体'], False, False, 'fees and deposits outside the published catalogue may not be charged; 保函 instead of cash deposits (推广)'),
 (26, R, ['中小企业', '其他:民营企业'], False, False, 'para 3: banks must not set unreasonable or discriminatory credit conditions or charge unreasonable fees; paras 1-2 encourage lending (政府职责); alt 企业义务 (banks bound)'),
 (27, G, [], None, False, 'capital markets; 支持符合条件的民营/中小企业发行股票、债券; alt 可申请的支持'),
 (28, R, ['经营主体'], False, False, 'utilities must publish standards, must not impose unreasonable conditions or fees; utilities are the bound party, not beneficiaries; alt 企业义务'),
 (29, Y, [], None, False, 'duties of 行业协会商会 (convention: associations -> 一般规定)'),
 (30, G, [], None, False, 'credit system, trade secrets'),
 (31, R, ['经营主体'], False, False, 'government must keep promises and contracts; compensation when changed'),
 (32, R, ['经营主体', '中小企业'], False, False, 'ban on arrears by 国家机关/事业单位, and by 大型企业 towards 中小企业 (大型企业 bound, not beneficiary)'),
 (33, S, ['经营主体'], True, False, 'simplified deregistration for entities that never operated or have no debts (condition stated inline); registration procedure so not core; para 2 bankruptcy coordination (政府职责); alt 政府职责'),
 (34, G, [], None, False, 'service attitude'),
 (35, G, [], None, False, 'standardised procedures; no added conditions without legal basis (alt 可主张的权利)'),
 (36, G, [], None, False, '当场办结/一次办结/一次性告知, time limits, 综合窗口; alt 可主张的权利'),
 (37, G, [], None, False, '一网通办, e-licences; para 4: free choice of channel (alt 可主张的权利)'),
 (38, G, [], None, False, 'publish policies'),
 (39, G, [], None, False, 'control of new 行政许可'),
 (40, G, [], None, False, 'licence list; 告知承诺 for 符合相关条件 items (alt 可申请的支持)'),
 (41, G, [], None, False, 'investment approval reform'),
 (42, G, [], None, False, 'construction approval; region-wide assessment, its fees not borne by businesses (alt 可主张的权利)'),
 (43, R, ['经营主体'], False, False, 'no designated or forced intermediary services; costs of commissioned technical services not passed on'),
 (44, R, ['经营主体'], False, False, 'no demand for 证明 outside the published list; alt 政府职责'),
 (45, G, [], None, False, 'cross-border trade facilitation, 单一窗口'),
 (46, G, [], None, False, 'tax service'),
 (47, G, [], None, False, 'real estate / security registration'),
 (48, G, [], None, False, 'government-business communication'),
 (49, R, ['经营主体'], False, False, 'complaint and report channel on business environment (convention: a complaint channel counts); alt 政府职责'),
 (50, Y, [], None, False, 'media'),
 (51, G, [], None, False, 'supervision coverage'),
 (52, G, [], None, False, 'supervision rules'),
 (53, G, [], None, False, 'credit-based supervision'),
 (54, G, [], None, False, '双随机、一公开 inspections, merged checks; alt 可主张的权利'),
 (55, G, [], None, False, '包容审慎监管 for new business forms; alt 可主张的权利'),
 (56, G, [], None, False, 'remote supervision'),
 (57, G, [], None, False, 'joint enforcement'),
 (58, G, [], None, False, 'three enforcement systems'),
 (59, R, ['经营主体'], False, False, 'no coercive measures where persuasion suffices; no blanket 停产停业 in campaigns; fines not tied to agency income; alt 政府职责'),
 (60, G, [], None, False, 'discretion benchmarks'),
 (61, G, [], None, False, 'law-making; pilots; alt 一般规定'),
 (62, G, [], None, False, 'public consultation (not less than 30 days); alt 可主张的权利'),
 (63, G, [], None, False, 'fair-competition and legality review; para 3: a market entity may send a review proposal to the State Council (alt 可主张的权利)'),
 (64, R, ['经营主体'], False, False, 'normative documents without legal basis may not reduce rights or add obligations; unpublished ones not a basis'),
 (65, G, [], None, False, 'adaptation period, policy rhythm'),
 (66, G, [], None, False, 'dispute resolution mechanism'),
 (67, G, [], None, False, 'legal education'),
 (68, G, [], None, False, 'public legal services; alt 可申请的支持 (a service, form not stated)'),
 (69, Y, [], None, False, "officials' liability"),
 (70, O, [], None, False, 'liability of 公用企事业单位 (bound party); alt 可主张的权利'),
 (71, Y, [], None, False, 'liability of associations and intermediaries; alt 可主张的权利'),
 (72, Y, [], None, False, 'entry into force 2020-01-01'),
]
CN = {c: i for i, c in enumerate('零一二三四五六七八九')}
def cn2i(s):
    n, cur = 0, 0
    for ch in s:
        if ch == '百': n += (cur or 1) * 100; cur = 0
        elif ch == '十': n += (cur or 1) * 10; cur = 0
        else: cur = CN[ch]
    return n + cur
out = []
for doc, labs in [('北京市外商投资条例(2024-05-31).md', WAIZI), ('优化营商环境条例(2019-10-22).md', YH)]:
    text = open(f'{H}/regs/{doc}').read().split('<!-- INFO END -->')[1]
    arts = {}
    for m in re.finditer(r'^第([一二三四五六七八九十百零]+)条\s*(.*)$', text, flags=re.M):
        arts[cn2i(m.group(1))] = m.group(2)
    assert sorted(arts) == list(range(1, len(arts) + 1)), doc
    assert [l[0] for l in labs] == sorted(arts), (doc, len(labs), len(arts))
    for a, k, b, c, core, note in labs:
        if k in (G, O, Y): assert c is None and not b and not core, (doc, a)
        out.append(dict(doc=doc, article=a, first_words=arts[a][:15], kind=k, beneficiaries=b,
                        conditional=c, core_benefit=core, note=note))
json.dump(out, open(f'{H}/regs_labels.json', 'w'), ensure_ascii=False, indent=1)
from collections import Counter
for doc in sorted({o['doc'] for o in out}):
    c = Counter(o['kind'] for o in out if o['doc'] == doc)
    print(doc, dict(c), 'core', sum(o['core_benefit'] for o in out if o['doc'] == doc), 'total', sum(c.values()))
