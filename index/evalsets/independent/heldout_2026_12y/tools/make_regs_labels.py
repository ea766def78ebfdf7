# Labels for every article of 税收征收管理法 (2015-04-24). Run from the set folder: python3 tools/make_regs_labels.py
import json,re,collections
DOC="税收征收管理法(2015-04-24).md"
N="其他:纳税人"; W="其他:扣缴义务人"; GU="其他:纳税担保人"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose (incl. protecting taxpayers' lawful rights)"),
2:(G,"scope: all taxes collected by tax authorities"),
3:(G,"levy/reduction/exemption/refund only by law; ban on unauthorised decisions; alt 政府职责"),
4:(O,"definitions of 纳税人/扣缴义务人 (paras 1-2) + duty to pay/withhold (para 3); alt 一般规定"),
5:(D,"competent authorities; local governments support tax work; nobody may obstruct"),
6:(D,"tax IT systems and information sharing; para 2 taxpayers must supply information (alt 企业义务)"),
7:(D,"publicity duty and FREE tax consultation for taxpayers; alt 可申请的支持 (a free service a taxpayer can ask for, not core)"),
8:(R([N,W]),"catalogue of taxpayer rights: information, confidentiality, right to APPLY for 减税/免税/退税, hearing, review, suit, state compensation, complaint; not core itself (the relief is in arts. 31/33/51); alt 可申请的支持 for para 3"),
9:(D,"conduct duties of tax officials (respect taxpayers, no extortion, no over-collection)"),
10:(D,"internal control and supervision"),
11:(D,"separation of duties inside tax authorities"),
12:(D,"recusal of tax officials; alt 可主张的权利 (weak, no request right stated)"),
13:(D,"anyone may report tax violations; authorities keep informants secret and reward them; reward goes to 检举人, not a business support; alt 可主张的权利"),
14:(G,"definition of 税务机关"),
15:(O,"企业, branches, 个体工商户 must apply for tax registration within 30 days of the business licence; authority issues the certificate same day (not a grant)"),
16:(O,"change/cancellation of tax registration within 30 days"),
17:(O,"open bank accounts and report all account numbers; banks' duties (para 2/3)"),
18:(O,"use of registration certificate; no lending, changing, selling"),
19:(O,"keep books on valid vouchers"),
20:(O,"file accounting system/software with the tax authority"),
21:(O,"issue/use/obtain invoices as required; para 1 authority manages invoices (alt 政府职责)"),
22:(O,"invoice printing only by designated enterprises; printing without designation forbidden; alt 政府职责"),
23:(O,"install and use tax-control devices; para 1 state promotes them"),
24:(O,"keep books and vouchers for the prescribed period; no forging or destroying"),
25:(O,"file tax returns truthfully and on time"),
26:(G,"returns may be filed in person, by post, electronically; a procedural option; alt 可主张的权利"),
27:(S([N,W],True,False),"延期申报 after 税务机关核准 when unable to file on time; must still prepay tax; a procedural permission, not core; alt 可主张的权利"),
28:(D,"authority must not over-/under-/early-collect or apportion taxes; alt 可主张的权利"),
29:(G,"nobody but tax authorities and entrusted units may collect taxes; alt 企业义务"),
30:(S([W],True,True),"para 3: tax authority PAYS 代扣、代收手续费 to withholding agents 按照规定 (money a business as withholding agent can obtain); paras 1-2 withholding duties and protection of non-agents; alt 企业义务"),
31:(S([N],True,True),"para 2: 延期缴纳税款 up to 3 months on 特殊困难 with provincial approval; para 1 duty to pay on time; alt 企业义务"),
32:(G,"late-payment surcharge 万分之五 per day (sanction); alt 企业义务"),
33:(S([N],True,True),"taxpayers handle 减税、免税 per laws/administrative regulations (rules elsewhere); unauthorised reductions void; alt 一般规定"),
34:(R([N]),"authority must issue tax payment certificates; taxpayer may require a withholding certificate from the agent; alt 政府职责"),
35:(D,"authority's power to assess tax where books missing etc."),
36:(O,"related-party transactions at arm's length; authority may adjust"),
37:(D,"assessment and seizure of goods for unregistered/temporary traders; must release after payment"),
38:(D,"tax preservation measures; para 3 exempts living necessities of individuals"),
39:(R([N]),"taxpayer who paid in time but whose preservation was not lifted gets compensation"),
40:(D,"enforcement measures incl. late fees; living necessities exempt"),
41:(D,"only the legal tax authority may exercise preservation/enforcement powers; alt 一般规定"),
42:(D,"legal limits on preservation/enforcement; alt 可主张的权利"),
43:(R([N,W,GU]),"compensation for abusive or improper preservation/enforcement"),
44:(O,"taxpayer in arrears (or legal representative) must settle or give security before leaving the country; exit may be blocked"),
45:(G,"priority of tax claims over unsecured debts and later securities; arrears published (alt 政府职责)"),
46:(O,"taxpayer in arrears must tell mortgagee/pledgee; mortgagee may ask the authority (alt 可主张的权利 for 抵押权人、质权人)"),
47:(D,"receipts/lists when seizing or sealing property"),
48:(O,"report mergers/splits and settle taxes; successor liability"),
49:(O,"report before disposing of real estate/large assets when arrears are large"),
50:(D,"authority's subrogation and revocation rights"),
51:(S([N],True,True),"refund of overpaid tax: authority refunds at once; taxpayer may claim within 3 years of settlement with bank interest; alt 可主张的权利"),
52:(R([N,W]),"para 1: if the authority caused the shortfall, back-tax within 3 years and NO late fee; paras 2-3 limitation periods for recovery; alt 政府职责"),
53:(D,"taxes paid into the treasury"),
54:(D,"scope of tax inspections incl. bank account queries"),
55:(D,"preservation/enforcement during inspection"),
56:(O,"taxpayers/withholding agents must accept inspection and provide information"),
57:(D,"authority may investigate third parties; they must provide information (alt 企业义务)"),
58:(D,"recording and copying during investigations"),
59:(R([N,W]),"inspectors must show certificate and notice and keep secrets; the 被检查人 may refuse inspection without them; alt 政府职责"),
60:(G,"sanction: registration, books, accounts, tax-control device"),
61:(G,"sanction: withholding agent's books"),
62:(G,"sanction: late returns"),
63:(G,"tax evasion (偷税) and sanction"),
64:(G,"sanction: fabricated tax basis, non-filing"),
65:(G,"sanction: hiding assets to avoid arrears"),
66:(G,"sanction: export-refund fraud; refunds may be stopped"),
67:(G,"tax resistance (抗税) and sanction"),
68:(G,"sanction: not paying after deadline"),
69:(G,"sanction: agent fails to withhold"),
70:(G,"sanction: obstructing inspection"),
71:(G,"sanction: illegal invoice printing"),
72:(G,"sanction: invoices withdrawn"),
73:(G,"sanctions for banks refusing cooperation"),
74:(G,"fines up to 2000 yuan may be decided by 税务所"),
75:(D,"confiscated income paid into the treasury; alt 一般规定"),
76:(G,"officials' liability: changing collection scope"),
77:(G,"transfer of crimes to judicial organs; officials' liability"),
78:(G,"liability for collecting without entrustment; victims compensated"),
79:(G,"officials' liability: seizing living necessities"),
80:(G,"officials' liability: collusion"),
81:(G,"officials' liability: bribery"),
82:(G,"officials' liability: negligence, harassment, retaliation"),
83:(G,"liability for early/late collection or apportionment"),
84:(G,"liability for unauthorised tax decisions; wrongly collected taxes refunded (consequence, not a claim procedure)"),
85:(G,"officials' liability: no recusal"),
86:(G,"5-year limitation for administrative penalties; alt 可主张的权利"),
87:(G,"liability for breaching confidentiality"),
88:(R([N,W,GU]),"administrative review and suit; for tax disputes only after paying or giving security (a precondition, but rights are conditional=false by convention); alt 一般规定"),
89:(G,"taxpayers may entrust a tax agent; a freedom, alt 可主张的权利"),
90:(G,"other taxes: rules made separately"),
91:(G,"treaties prevail"),
92:(G,"relation to earlier tax laws"),
93:(G,"State Council makes implementing rules; alt 政府职责"),
94:(G,"entry into force 2001-05-01"),
}
txt=open("regs/"+DOC,encoding="utf-8").read()
cn="零一二三四五六七八九"
def num(s):
    if "十" in s:
        a,b=s.split("十"); return (cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    return cn.index(s)
arts={}
for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
    arts[num(m.group(1))]=m.group(2)
assert sorted(arts)==list(range(1,95)), sorted(arts)
assert sorted(L)==list(range(1,95))
out=[]
for a in range(1,95):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.defaultdict(list)
for x in out: c[x["kind"]].append(x["article"])
for k,v in c.items(): print(k,len(v),v)
print("core",[x["article"] for x in out if x["core_benefit"]])
print("alt",[x["article"] for x in out if "alt" in x["note"]])
