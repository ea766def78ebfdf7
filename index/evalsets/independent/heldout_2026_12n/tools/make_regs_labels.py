# Labels for the two regulations in regs/; checks article numbers against the files.
import json,re,collections
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
E="企业"
U=["其他:高等院校","其他:科研院所"]

ZGC="中关村国家自主创新示范区条例(2010-12-23).md"
LZ={
1:(G,"purpose"),
2:(G,"scope: organisations and persons in the zone, and outside ones acting for it"),
3:(G,"composition of the zone (parks)"),
4:(G,"guiding idea and goals of the zone; alt 政府职责"),
5:(G,"core task: innovation capacity, enterprise-centred innovation system; alt 政府职责"),
6:(D,"zone included in city plans; overall coordination"),
7:(G,"industrial focus and spatial layout of the zone; alt 政府职责"),
8:(D,"encourage/support firms' innovation strategies — no receivable named; alt 一般规定"),
9:(D,"encourage innovation and pilot schemes, tolerant culture — declaration; alt 一般规定"),
10:(D,"city government coordinates; sets up the zone administration"),
11:(S([E],True,True),"anyone may found firms in the zone; 筹建登记 before licence approval (conditions: 符合设立条件, 1-year 筹建期, no unrelated business = duty part), registration at a designated shared office as address, change of legal form/affiliation on application; registration facilitation counted as a permit (core disputable: alt core false); alt 可主张的权利"),
12:(G,"IP/achievements as capital in an agreed ratio, equity/debt as capital, VC firms' capital by instalments — freedoms on capital contribution, not a grant; alt 可主张的权利 (registration must follow)"),
13:(G,"forms of capital verification; articles of association by 备案 — procedure; alt 可主张的权利"),
14:(S(["其他:产业技术联盟"],True,False),"government supports alliances; 符合条件的 alliance can apply to register as a legal person (status, not money; beneficiary is an alliance, not a single firm); alt 政府职责"),
15:(D,"encourage professional service organisations and incubators — no receivable; alt 一般规定"),
16:(S(["其他:有利于自主创新的社会团体、民办非企业单位、基金会（申请人）"],True,False),"direct registration with 民政 without prior approval (except where laws require) — a status non-business organisations apply for; not businesses; naming rule; alt 一般规定"),
17:(D,"support social organisations; government may buy their services — no application route stated; alt 可申请的支持 (其他:社会组织)"),
18:(D,"reform of allocation of innovation resources; collaborative mechanism"),
19:(D,"support/encourage firms' R&D and joint R&D with universities — no receivable; alt 一般规定"),
20:(S(["中小企业"],True,True),"supports SMEs' technology innovation through 资金资助, incubators, public service platforms — money named but no procedure/conditions here (rules elsewhere, art. 67) → conditional; alt 政府职责"),
21:(S([E,"其他:产业技术联盟"],True,True),"firms/alliances may 按照规定 apply for the SME technology-innovation fund and undertake state/city S&T projects; para 2: departments must hear them when drafting plans (participation)"),
22:(S([E]+U,True,True),"holders of major S&T special projects may book a share of project funds as indirect costs — more usable project money, only for project holders; alt 可主张的权利"),
23:(S([E],False,False),"departments provide R&D, industrial design, consulting, testing services to firms in the zone — a service a firm can request; alt 政府职责"),
24:(D,"support shared resources and joint platforms (engineering centres, labs); new research institutes — no receivable; alt 可申请的支持"),
25:(G,"encourage transfer of achievements; universities may use transfer income for rewards; researchers encouraged to found firms — declaration/permission; alt 可主张的权利 (for universities)"),
26:(D,"for city-funded projects, departments agree IP targets and transfer deadlines with holders and assess them at acceptance; the holders are bound too, alt 企业义务"),
27:(S([E]+U+["其他:联合体"],True,True),"departments periodically publish key-technology and industrialisation projects and invite zone firms/institutes to tender — firms can bid for funded projects; alt 政府职责"),
28:(D,"use of government procurement (首购, 订购, 首台套) to support innovators — general policy, no preference a firm can claim here; alt 可申请的支持"),
29:(S(["其他:示范区创新创业主体"],True,True),"innovative products 符合条件 are put into the city's 自主创新产品目录 and recommended to the national one (a status that opens procurement preference); para 2 government builds a first-set risk-compensation mechanism; alt 政府职责"),
30:(S(["其他:示范区创新创业主体"],True,True),"city/district-funded purchases and projects must buy zone innovators' innovative products; tender rules give price deduction or extra points — procurement preference; conditional on being an innovative product (directory, art. 29); alt 可主张的权利"),
31:(D,"city increases S&T funding; equity, 贴息, 补助 for major projects — no grant route stated; alt 可申请的支持"),
32:(D,"city sets up a zone special development fund and industry investment funds — no receivable named (same as 12c example art. 33); alt 可申请的支持"),
33:(S([E]+U+["其他:相关人员"],True,True),"subsidies and awards for obtaining patents, trademarks, copyright registration (rules elsewhere); patent alliances encouraged; 工商 guides trademark strategy; on a firm's application, well-known trademarks are protected in company-name registration (para 4)"),
34:(D,"support standards work and standards alliances — no receivable; alt 一般规定"),
35:(D,"departments build IP reporting/complaint/rights-protection/assistance platforms, fast track, patent early warning, overseas emergency assistance — services firms can use; alt 可主张的权利 / 可申请的支持"),
36:(D,"talent special zone; zone administration drafts talent plan"),
37:(S(["其他:高端领军人才和高层次人才","其他:工程技术人员"],True,False),"facilitation for high-level talent (firm founding, project application, hukou/residence permit, housing) 按照有关规定, and title evaluation for engineers — persons, not businesses; firms may recruit (para 1); alt 政府职责"),
38:(G,"universities, institutes and firms may use equity/dividend incentives 按照国家和本市有关规定 — permission; alt 可主张的权利"),
39:(D,"support universities' courses; support firms taking interns; recommending talent — no receivable; alt 一般规定"),
40:(G,"associations do talent credit evaluation (association work, 一般规定 by the 12c convention)"),
41:(D,"departments build communication mechanism between researchers and firms"),
42:(D,"city commends and rewards persons with outstanding contributions — awarded, not applied for; beneficiaries persons; alt 可申请的支持"),
43:(S([E],False,False),"government encourages financial innovation (para 1, duty); 市金融 departments give firms listing coordination and guidance services; support listing on the share-transfer system and bond/note financing — service firms can request; alt 政府职责"),
44:(D,"support banks/guarantors/insurers/microlenders for IP-pledge and credit loans; risk compensation is paid to those lenders (not to firms); alt 可申请的支持 for firms (credit) — the firm's loan still comes from a bank"),
45:(S(["其他:创业投资机构"],True,True),"guidance funds invest in VC institutions by 阶段参股, 跟进投资, 风险补助 — money to VC firms investing in the zone; conditions elsewhere; alt 政府职责"),
46:(S(["中小企业"],True,True),"departments support banks, guarantors, insurers giving SMEs preferential financing for bids on major government-approved projects and subsidise a share of the resulting fees — who receives the subsidy is unclear (SME or lender): alt beneficiaries 其他:商业银行、担保机构、保险机构; alt 政府职责"),
47:(D,"support firms buying R&D, equipment, interruption, credit and staff insurance; encourage insurers — no subsidy named; alt 可申请的支持"),
48:(S([E],True,True),"firms doing mergers and restructurings, 符合条件的, get policy and financial support 按照规定"),
49:(D,"coordinated infrastructure development around the zone"),
50:(G,"land in new areas reserved for high-tech/strategic industries; land-efficiency evaluation (government); alt 政府职责"),
51:(D,"joint review of land use, industry catalogue, entry/exit standards; firms are bound by them, alt 企业义务"),
52:(S([E],True,True),"land for high-tech/strategic R&D and industrialisation projects may be granted by 协议出让 after city approval (land = permit-like, core disputable); para 2 ban on transfer/change of use of such land (duty) and district pre-emption right; para 3 collective construction land via lease/shares; alt 企业义务"),
53:(D,"city and State Council departments build the zone's promotion-centre platform"),
54:(D,"planning of the zone"),
55:(D,"simplify licensing/approval procedures; publish scope, standards, conditions and procedure of support measures — firms benefit but nothing to apply for; alt 可主张的权利"),
56:(D,"public consultation and expert review for major decisions; communication with associations"),
57:(D,"build talent, technology, capital and property-rights exchange platforms"),
58:(D,"zone statistics office, 中关村指数"),
59:(D,"enterprise credit system and platform; credit reports used as reference in procurement/subsidies; alt 一般规定"),
60:(D,"facilitate international cooperation and firms' overseas operations — no receivable; alt 可申请的支持"),
61:(G,"core area set up; extent fixed by city government"),
62:(D,"pilot policies in the core area"),
63:(D,"administrative-approval and enforcement reform in the core area"),
64:(D,"core-area district governments make support policies"),
65:(D,"core-area resource allocation and industry clusters"),
66:(G,"liability: refer to laws; officials' liability"),
67:(G,"implementing rules made by city government/departments; alt 政府职责"),
68:(G,"entry into force on promulgation; repeals 中关村科技园区条例 (2000)"),
}

CIT="中华人民共和国企业所得税法(2018-12-29).md"
LC={
1:(G,"taxpayers: enterprises and other income-earning organisations; 个人独资企业, 合伙企业 excluded; alt 企业义务"),
2:(G,"definitions: resident / non-resident enterprise"),
3:(O,"which income resident and non-resident enterprises must pay tax on; alt 一般规定"),
4:(G,"tax rate 25%; 20% for certain non-resident income"),
5:(G,"definition of taxable income"),
6:(G,"definition of total income"),
7:(G,"non-taxable income (fiscal grants, fees, others) — computation rule"),
8:(G,"ordinary deduction of reasonable costs — computation rule, not a relief"),
9:(G,"deduction of public-welfare donations up to 12% of profit, carry-forward 3 years — computation rule with a relief flavour; alt 可申请的支持 (tax, 企业)"),
10:(G,"non-deductible items"),
11:(G,"depreciation deductible; which assets not — computation rule"),
12:(G,"amortisation of intangibles deductible; exclusions — computation rule"),
13:(G,"long-term deferred expenses deductible — computation rule"),
14:(G,"cost of investment assets not deductible during investment"),
15:(G,"inventory cost deductible — computation rule"),
16:(G,"net value of transferred assets deductible — computation rule"),
17:(G,"foreign losses may not offset domestic profits"),
18:(G,"loss carry-forward up to 5 years — ordinary rule, relief flavour; alt 可申请的支持 (tax, 企业)"),
19:(G,"taxable income of non-resident enterprises without establishment"),
20:(D,"finance/tax departments of the State Council set detailed rules; alt 一般规定"),
21:(O,"where accounting and tax rules differ, compute by tax rules; alt 一般规定"),
22:(G,"definition of tax payable"),
23:(G,"foreign tax credit with limit and 5-year carry-over — double-taxation relief mechanism; alt 可申请的支持 (tax, 其他:居民企业)"),
24:(G,"indirect foreign tax credit for dividends from controlled foreign companies; alt 可申请的支持 (tax, 其他:居民企业)"),
25:(G,"declaration: the State grants income-tax preferences to key supported industries and projects (chapter heading article, no grant itself); alt 可申请的支持"),
26:(S([E,"其他:符合条件的非营利组织"],True,True),"tax-exempt income: treasury-bond interest, dividends between qualifying resident enterprises, non-resident establishment dividends, income of qualifying non-profits; conditional (符合条件, rules by State Council art. 35)"),
27:(S([E],True,True),"exemption/reduction for farming, forestry, animal husbandry, fishery; key infrastructure; environmental/energy/water-saving projects; qualifying technology transfer; certain non-resident income"),
28:(S(["其他:小型微利企业","其他:高新技术企业"],True,True),"20% rate for qualifying 小型微利企业, 15% for 国家需要重点扶持的高新技术企业 (needs 认定); 小型微利企业 is a tax category, alt 小型微型企业 / 中小企业"),
29:(D,"autonomous-area organs may reduce/exempt the local share of the tax for local enterprises — a power of those organs, not applicable in Beijing; alt 可申请的支持 (其他:民族自治地方的企业)"),
30:(S([E],True,True),"additional (加计) deduction of R&D expenses and of wages of disabled and other encouraged employees (rules elsewhere, art. 35); disabled employees are not the beneficiaries"),
31:(S(["其他:创业投资企业"],True,True),"VC enterprises investing in supported ventures deduct a share of the investment from taxable income"),
32:(S([E],True,True),"accelerated depreciation / shorter lives where 确需 (technical progress); conditional"),
33:(S([E],True,True),"reduced income counted for products from comprehensive resource use in line with industrial policy"),
34:(S([E],True,True),"tax credit for a share of investment in environmental, energy/water-saving and safety equipment"),
35:(D,"State Council sets the detailed rules of the preferences; alt 一般规定"),
36:(D,"State Council may make special income-tax preference policies (e.g. emergencies), filed with NPC Standing Committee — a power, no grant itself; alt 可申请的支持"),
37:(O,"withholding at source by the payer (扣缴义务人) for non-resident income"),
38:(D,"tax authority may designate payers of project/labour fees as withholding agents; alt 企业义务"),
39:(O,"if not withheld, taxpayer pays where income arises; authority may recover from other payers; alt 政府职责"),
40:(O,"withholding agent pays in within 7 days and files report"),
41:(D,"tax authority adjusts non-arm's-length related-party transactions; para 2 cost sharing by arm's length (business duty), alt 企业义务"),
42:(S([E],True,False),"a firm may propose pricing principles for related-party transactions; after negotiation an advance pricing arrangement (预约定价安排) is concluded — a procedure a firm can request, not core; alt 可主张的权利"),
43:(O,"annual related-party transactions report; provide materials in investigations"),
44:(D,"tax authority may assess taxable income if materials missing/false; alt 一般规定"),
45:(G,"controlled-foreign-company rule: undistributed profits attributed to resident enterprise; alt 企业义务"),
46:(G,"thin-capitalisation: excess related-party interest not deductible"),
47:(D,"general anti-avoidance adjustment by tax authority"),
48:(D,"tax authority collects the tax and interest after adjustment; alt 企业义务"),
49:(G,"collection governed by the Tax Collection Administration Law"),
50:(G,"place of tax payment of resident enterprises; branches consolidated; alt 企业义务"),
51:(G,"place of payment of non-resident enterprises; option of consolidated payment by main establishment if conditions met (alt 可申请的支持, weak)"),
52:(O,"enterprises may not file consolidated returns unless State Council provides otherwise; alt 一般规定"),
53:(G,"tax year; partial years; liquidation period"),
54:(O,"monthly/quarterly prepayment, annual return within 5 months, settlement"),
55:(O,"settlement within 60 days after ceasing business; pay on liquidation income before deregistration"),
56:(G,"tax computed in RMB; conversion; alt 企业义务"),
57:(S(["其他:本法公布前已经批准设立的企业","其他:特定地区新设立的高新技术企业","其他:国家已确定的其他鼓励类企业"],True,True),"transitional preferences for enterprises approved before 2007 (5-year phase-in), new high-tech firms in special zones, other encouraged firms — by State Council rules; practically run out by now; alt 一般规定"),
58:(G,"tax treaties prevail"),
59:(D,"State Council makes the implementing regulation; alt 一般规定"),
60:(G,"entry into force 2008-01-01; repeals the old foreign-enterprise income tax law and the 1993 provisional regulation"),
}

cn="零一二三四五六七八九"
def num(s):
    v=0
    if "百" in s:
        a,s=s.split("百"); v=cn.index(a)*100
        s=s.lstrip("零")
        if not s: return v
    if "十" in s:
        a,b=s.split("十"); v+=(cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    else: v+=cn.index(s)
    return v
out=[]
for DOC,L,n in ((ZGC,LZ,68),(CIT,LC,60)):
    txt=open("regs/"+DOC,encoding="utf-8").read()
    arts={}
    for m in re.finditer(r"^第([一二三四五六七八九十百零]+)条 (.*)$",txt,re.M):
        arts[num(m.group(1))]=m.group(2)
    assert sorted(arts)==list(range(1,n+1)), (DOC,sorted(arts))
    assert sorted(L)==list(range(1,n+1)), DOC
    for a in range(1,n+1):
        (k,b,c,core),note=L[a]
        assert (k=="可申请的支持")==bool(b and k!="可主张的权利") or k=="可主张的权利"
        out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
    sub=[x for x in out if x["doc"]==DOC]
    print(DOC,collections.Counter(x["kind"] for x in sub),"core",sum(x["core_benefit"] for x in sub),
          "alt",[x["article"] for x in sub if "alt" in x["note"]])
    for k in ("可申请的支持","可主张的权利","政府职责","企业义务"):
        print(" ",k,[x["article"] for x in sub if x["kind"]==k])
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
