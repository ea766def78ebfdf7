# Builds regs_labels.json; the judgements are literal in the tables below.
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, '..')
G, D, R, O, Y = '政府职责', '一般规定', '可主张的权利', '企业义务', '可申请的支持'
SME, SMW, GT, ZT = '中小企业', '小型微型企业', '个体工商户', '经营主体'
# (article, kind, beneficiaries, conditional, core_benefit, note)
LAW = [
 (1, D, [], None, False, "purpose"),
 (2, D, [], None, False, "definition of 中小企业"),
 (3, D, [], None, False, "policy principle (积极扶持…的方针), no concrete benefit"),
 (4, O, [], None, False, "SMEs must operate lawfully"),
 (5, G, [], None, False, "State Council / local coordination mechanism"),
 (6, G, [], None, False, "statistics and monitoring"),
 (7, G, [], None, False, "credit information system"),
 (8, G, [], None, False, "budget line for SME special fund"),
 (9, G, [], None, False, "use of the fund, mainly for service systems; alt 可申请的支持 (资助/奖励) rejected: no business-level entitlement"),
 (10, G, [], None, False, "SME development fund set up by the state"),
 (11, Y, [SMW], True, True, "tax relief (缓征、减征、免征) for 符合条件的小型微型企业 按照规定"),
 (12, Y, [SMW], False, True, "fee reduction policy for small/micro firms; no condition stated beyond size (vague programme)"),
 (13, O, [], None, False, "duty of financial institutions (businesses, not the reader); 一般规定 also defensible"),
 (14, G, [], None, False, "PBOC monetary tools"),
 (15, G, [], None, False, "banking regulator differentiated supervision"),
 (16, G, [], None, False, "state encourages products; policy banks shall serve SMEs - no receivable entitlement"),
 (17, G, [], None, False, "inclusive finance system; duties of large banks mixed in"),
 (18, G, [], None, False, "capital market"),
 (19, G, [], None, False, "guarantee-financing system; alt 可申请的支持 (pledge financing from banks) rejected: state policy statement"),
 (20, R, [SME], False, False, "payer must confirm receivables promptly when the SME seeks receivables financing"),
 (21, G, [], None, False, "policy credit-guarantee system"),
 (22, G, [], None, False, "insurance products"),
 (23, G, [], None, False, "credit reporting services"),
 (24, Y, ["其他:创业人员"], False, False, "free legal/policy consultation a founder can ask for; service, not core; alt 政府职责"),
 (25, Y, [SMW, "其他:高校毕业生、退役军人、失业人员、残疾人员等创业者"], True, True, "tax and fee relief 按照国家规定 for small/micro firms founded by these groups"),
 (26, Y, ["其他:创业投资企业和个人投资者"], True, True, "tax preference goes to the investor, not to the invested SME"),
 (27, G, [], None, False, "simplify approvals"),
 (28, G, [], None, False, "state encourages incubators"),
 (29, G, [], None, False, "land and premises planning"),
 (30, G, [], None, False, "state encourages internet platforms to open resources"),
 (31, G, [], None, False, "simplified deregistration (reform work); alt 可申请的支持"),
 (32, Y, [SME], True, True, "accelerated depreciation (确需、依法) and R&D super-deduction"),
 (33, G, [], None, False, "state supports digital technologies, no concrete benefit"),
 (34, G, [], None, False, "encouragement to join research, 军民融合, standards"),
 (35, G, [], None, False, "encouragement; '减轻…知识产权的费用等负担' is a vague programme; alt 可申请的支持"),
 (36, G, [], None, False, "innovation service institutions"),
 (37, G, [], None, False, "subsidies/training to steer graduates to SMEs; beneficiaries indirect"),
 (38, G, [], None, False, "market system, anti-monopoly"),
 (39, G, [], None, False, "state supports large/SME cooperation"),
 (40, Y, [SME, SMW], False, True, "procurement preference: 30% reserved, 60% of it for small/micro, no discrimination; alt 政府职责 (written as duties of departments)"),
 (41, G, [], None, False, "export guidance; export credit/insurance by policy banks; alt 可申请的支持"),
 (42, G, [], None, False, "FX / exit-entry facilitation"),
 (43, G, [], None, False, "public service system"),
 (44, G, [], None, False, "public service institutions"),
 (45, G, [], None, False, "information platform; alt 可申请的支持 (free information service)"),
 (46, G, [], None, False, "encourage service institutions"),
 (47, G, [], None, False, "training of managers organised by government"),
 (48, G, [], None, False, "training and internship bases"),
 (49, D, [], None, False, "duty of trade associations (neither government nor the business)"),
 (50, R, [SME], False, False, "property protection; no one may infringe; 一般规定 also defensible"),
 (51, R, [SME], False, False, "channel for opinions, complaints and reports; alt 政府职责"),
 (52, R, [SME], False, False, "ban on inspections without legal basis and forced appraisals/trainings"),
 (53, R, [SME], False, False, "ban on payment arrears; right to demand payment and damages"),
 (54, R, [SME], False, False, "ban on illegal fees, fines, 摊派; right to refuse and report"),
 (55, R, [SME], False, False, "fee catalogue; ban on fees outside it and forced sponsorships"),
 (56, G, [], None, False, "how inspections are organised (random checks, merged inspections); alt 可主张的权利"),
 (57, G, [], None, False, "supervision of the promotion work; officials' liability mixed in"),
 (58, G, [], None, False, "third-party environment assessment"),
 (59, G, [], None, False, "evaluation and supervision of funds; liability mixed in"),
 (60, D, [], None, False, "investigation and discipline of officials (liability); alt 政府职责"),
 (61, D, [], None, False, "entry into force 2018-01-01"),
]
BJ = [
 (1, D, [], None, False, "purpose"),
 (2, D, [], None, False, "scope and definition"),
 (3, D, [], None, False, "principles"),
 (4, G, [], None, False, "classified guidance; alt 一般规定"),
 (5, G, [], None, False, "city/district governments plan and coordinate"),
 (6, G, [], None, False, "duties of the competent departments"),
 (7, R, [SME], False, False, "protection of property and lawful income; para 2 is 企业义务 (both defensible)"),
 (8, G, [], None, False, "credit system; vague incentives for credit-worthy firms"),
 (9, D, [], None, False, "SMEs may form associations; associations' functions; ban on associations' fees"),
 (10, G, [], None, False, "support for founding SMEs, fair market"),
 (11, G, [], None, False, "start-up service system, publish information; alt 可申请的支持 (consulting/training for founders)"),
 (12, G, [], None, False, "support for R&D; departments publish a service catalogue"),
 (13, Y, ["其他:小型微型企业创业基地的建设主体"], True, True, "para 1 land planning (government); para 2 money for building small/micro start-up bases 按照有关规定"),
 (14, Y, ["其他:经认定或者备案的创业创新示范基地、孵化器、大学科技园、众创空间、文化产业园", "其他:入驻企业"], True, True, "tax relief, subsidies and rent subsidy for tenants, after 认定/备案"),
 (15, G, [], None, False, "special fund in the budget; 'priority for SMEs meeting fund conditions' is a policy direction; alt 可申请的支持"),
 (16, G, [], None, False, "SME development fund, market-based investment; alt 可申请的支持"),
 (17, G, [], None, False, "encourage financial institutions"),
 (18, G, [], None, False, "differentiated supervision; bank duties incl. no loan withdrawal for viable SMEs (not a clear invokable right)"),
 (19, G, [], None, False, "support pledge financing and a supply-chain platform; alt 可申请的支持"),
 (20, G, [], None, False, "guarantee system; rewards go to guarantee institutions, not to SMEs"),
 (21, G, [], None, False, "insurance products"),
 (22, Y, [SME], True, True, "first-loan / renewal centres; preferential guarantee rate and fiscal interest subsidy for first loans obtained via the centre"),
 (23, G, [], None, False, "support direct financing of 有条件的中小企业; no concrete benefit; alt 可申请的支持"),
 (24, G, [], None, False, "regional equity market and 专精特新板 services; alt 可申请的支持 (listing services)"),
 (25, G, [], None, False, "credit reporting and rating"),
 (26, G, [], None, False, "government-bank-SME matching mechanism"),
 (27, G, [], None, False, "large/SME integration"),
 (28, Y, [SME, SMW], True, True, "procurement: equal treatment, 40% reserved (70% of it for small/micro), price deductions 按照有关规定; alt 政府职责"),
 (29, G, [], None, False, "trade remedy mechanism; overseas IP emergency aid; alt 可申请的支持"),
 (30, Y, [SME], True, True, "funding for brand building 对符合规定的中小企业; guidance on trademarks"),
 (31, Y, [SME], True, False, "support for SMEs with own IP/brands attending fairs; form of support unspecified, so not core"),
 (32, Y, [SME], True, True, "policy and money for SMEs that raise innovation input, build R&D units, digitalise"),
 (33, Y, [SME], True, True, "policy and money 对符合条件的 SMEs undertaking major projects"),
 (34, Y, [SME], True, True, "R&D super-deduction and accelerated depreciation 符合国家有关规定"),
 (35, G, [], None, False, "support participation in standard setting; 具体办法 by standards authority; alt 可申请的支持"),
 (36, Y, [SME], True, True, "money for 产学研 cooperation 按照规定; priority transfer of results; tech-transfer income-tax policy"),
 (37, Y, [SME, "其他:专精特新中小企业"], True, True, "IP subsidies, IP insurance premium subsidy 对符合条件的, patent fee funding for 专精特新 (具体办法另定)"),
 (38, G, [], None, False, "open application scenarios; alt 可申请的支持"),
 (39, Y, ["其他:科技创新型中小企业"], True, False, "may set special share structure - a legal option, not money; genuinely ambiguous (一般规定 defensible)"),
 (40, Y, [SME, "其他:创业者"], True, True, "科技创新券 when using facilities via 首都科技条件平台; para 2 competitions (government)"),
 (41, D, [], None, False, "climate of tolerance for failure"),
 (42, G, [], None, False, "statistics and monitoring"),
 (43, Y, [SME], True, True, "public platform services and 中小企业服务券 (可以…给予资金支持); last para is a duty on departments"),
 (44, Y, [SME, "其他:中小企业高级管理人才和核心技术骨干"], True, True, "工作居住证/人才引进 for staff 符合条件; status received by the staff, applied via the firm"),
 (45, G, [], None, False, "training mechanism"),
 (46, R, [SME], False, False, "ban on arrears by government bodies and large firms; complaint, right to payment and damages"),
 (47, G, [], None, False, "emergency relief measures when a disaster hits; not applicable without a triggering event; alt 可申请的支持"),
 (48, G, [], None, False, "encourage legal services; alt 可申请的支持 (legal service for small/micro firms)"),
 (49, G, [], None, False, "annual report to the People's Congress standing committee"),
 (50, R, [SME], False, False, "complaint and report channels (12345 etc.) with time limits"),
 (51, G, [], None, False, "information sharing and annual report"),
 (52, D, [], None, False, "entry into force 2020-12-01"),
]
GTH = [
 (1, D, [], None, False, "purpose"),
 (2, D, [], None, False, "scope"),
 (3, D, [], None, False, "Party leadership"),
 (4, D, [], None, False, "declaration of role; state creates favourable conditions"),
 (5, D, [], None, False, "principle of equal access; alt 可主张的权利"),
 (6, R, [GT], False, False, "property and autonomy protected; no interference"),
 (7, G, [], None, False, "inter-ministerial joint meeting"),
 (8, G, [], None, False, "ministries draft policies"),
 (9, G, [], None, False, "local plans and measures"),
 (10, G, [], None, False, "monitoring and statistics"),
 (11, G, [], None, False, "registration service quality; alt 可申请的支持"),
 (12, G, [], None, False, "annual report reform"),
 (13, Y, [GT], True, False, "may change operator or convert to an enterprise by direct registration; must first settle taxes and debts (condition); a procedure, not core"),
 (14, G, [], None, False, "public service platform; alt 可申请的支持 (information services)"),
 (15, D, [], None, False, "self-employed labourers' association; voluntary membership"),
 (16, R, [GT], False, False, "ban on discriminatory policies in licences, projects, procurement, tenders; alt 政府职责"),
 (17, G, [], None, False, "classified cultivation"),
 (18, G, [], None, False, "premises supply"),
 (19, G, [], None, False, "use of funds to support; no concrete entitlement; alt 可申请的支持"),
 (20, G, [], None, False, "fiscal/tax policy and its implementation; alt 可申请的支持"),
 (21, G, [], None, False, "credit evaluation system; encourage banks"),
 (22, Y, [GT], True, False, "support for joining social insurance 对符合条件的; form unspecified, so not core; alt 政府职责"),
 (23, G, [], None, False, "start-up policies, training, recruitment services"),
 (24, G, [], None, False, "community commerce"),
 (25, R, [GT], False, False, "platform operators must not impose unreasonable restrictions, conditions or fees"),
 (26, G, [], None, False, "stronger IP protection, encouragement; alt 可主张的权利"),
 (27, G, [], None, False, "consider needs in urban policies"),
 (28, G, [], None, False, "relief measures after disasters etc.; alt 可申请的支持"),
 (29, G, [], None, False, "commendation of exemplary 个体工商户 按照国家有关规定; alt 可申请的支持 (conditional, not core)"),
 (30, R, [GT], False, False, "ban on illegal fees, 摊派, forced sponsorship; ban on forcing workers to register"),
 (31, R, [GT], False, False, "ban on unreasonable payment terms and arrears"),
 (32, G, [], None, False, "performance evaluation indicators"),
 (33, R, [GT], False, False, "right to complain and report"),
 (34, O, [], None, False, "lawful operation duties; para 2 supervision"),
 (35, G, [], None, False, "enforcement principle (教育与惩戒结合、过罚相当); alt 可主张的权利"),
 (36, D, [], None, False, "liability of officials"),
 (37, D, [], None, False, "HK/Macao/Taiwan residents may register as 个体工商户 (scope); alt 可申请的支持"),
 (38, D, [], None, False, "provinces may make detailed rules; alt 政府职责"),
 (39, D, [], None, False, "entry into force 2022-11-01; repeals 个体工商户条例"),
]
DOCS = [("中华人民共和国中小企业促进法(2017-09-01).md", LAW),
        ("北京市促进中小企业发展条例(2020-09-25).md", BJ),
        ("促进个体工商户发展条例(2022-10-01).md", GTH)]
CN = '零一二三四五六七八九'
def cn2i(s):
    n = 0; cur = 0
    for ch in s:
        if ch == '百': cur = (cur or 1) * 100; n += cur; cur = 0
        elif ch == '十': cur = (cur or 1) * 10; n += cur; cur = 0
        else: cur = CN.index(ch)
    return n + cur
out = []
for doc, table in DOCS:
    text = open(os.path.join(ROOT, 'regs', doc), encoding='utf-8').read()
    arts = {}
    for m in re.finditer(r'^第([一二三四五六七八九十百零]+)条 (.*)$', text, re.M):
        arts[cn2i(m.group(1))] = m.group(2)
    assert sorted(arts) == [t[0] for t in table], (doc, len(arts), len(table))
    for a, kind, ben, cond, core, note in table:
        if kind not in (Y, R): assert ben == [] and cond is None and not core, (doc, a)
        else: assert cond in (True, False), (doc, a)
        out.append({"doc": doc, "article": a, "first_words": arts[a][:15], "kind": kind,
                    "beneficiaries": ben, "conditional": cond, "core_benefit": core, "note": note})
with open(os.path.join(ROOT, 'regs_labels.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1); f.write('\n')
from collections import Counter
for doc, _ in DOCS:
    c = Counter(o['kind'] for o in out if o['doc'] == doc)
    print(doc, dict(c), 'core', sum(o['core_benefit'] for o in out if o['doc'] == doc))
print('total', dict(Counter(o['kind'] for o in out)), len(out))
