# Run from the set folder: /usr/bin/python3 tools/make_regs_labels.py
import json,re,collections
DOC="中华人民共和国农民专业合作社法(2017-12-27).md"
C="其他:农民专业合作社"
M="其他:农民专业合作社成员"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"definition of 农民专业合作社"),
3:(G,"business scope a cooperative may carry on (members as main service objects); alt 可主张的权利 (weak)"),
4:(O,"principles the cooperative must follow (farmers as main body, voluntary entry/exit, democratic management, surplus by transaction volume); alt 一般规定"),
5:(G,"legal personality by registration; property rights over assets incl. 国家财政直接补助; alt 可主张的权利"),
6:(G,"members' limited liability"),
7:(R([C]),"state guarantees equal legal status with other market subjects; rights protected, nobody may infringe; alt 一般规定 (declaration)"),
8:(O,"cooperative must obey law, act in good faith, no activities unrelated to its charter"),
9:(G,"may voluntarily set up or join a 联合社 (freedom, not a benefit); alt 可主张的权利"),
10:(D,"state promotes cooperatives by 财政支持、税收优惠、金融… — no receivable named; para 3 表彰和奖励 for units/individuals with outstanding contribution (alt 可申请的支持, not a business benefit)"),
11:(D,"county-level governments set up a coordination mechanism; departments guide, support and serve"),
12:(O,"conditions a cooperative must meet to be set up (≥5 members, charter, organs, name/domicile, contributions); alt 一般规定"),
13:(G,"forms of capital contribution (money, in kind, IP, 土地经营权, 林权); para 2 members may not offset debts against contributions; alt 企业义务"),
14:(O,"founders must hold a founding meeting; its powers; alt 一般规定"),
15:(O,"mandatory contents of the charter; alt 一般规定"),
16:(S([C],True,True),"apply for 设立登记 → 营业执照 within 20 days, 不得收取费用 (a permit/status, free of charge); conditional on 符合登记条件 (art. 12 documents); para 3 change registration is a duty; alt 企业义务"),
17:(O,"annual report to the registration authority and public disclosure"),
18:(G,"may invest in companies, liability limited to the contribution (freedom); alt 可主张的权利"),
19:(G,"who may become a member (citizens, enterprises, institutions; not bodies with public-affairs functions); para 2 the cooperative keeps a member register (duty); alt 企业义务"),
20:(O,"membership composition: farmers ≥80%, enterprise/institution members capped (1 if ≤20 members, ≤5% otherwise); alt 一般规定"),
21:(R([M]),"members' rights: vote, use services and facilities, share surplus, inspect books; members may be enterprises; invoked against the cooperative"),
22:(G,"one member one vote; 附加表决权 ≤20%; alt 可主张的权利 (voting right)"),
23:(O,"members' obligations (execute resolutions, contribute, trade with the cooperative, bear losses); addressees members incl. enterprises; alt 一般规定"),
24:(G,"procedure to join an existing cooperative (written application, vote)"),
25:(G,"withdrawal: written notice 3 months (enterprise members 6 months) before year end; alt 企业义务 (notice) or 可主张的权利 (退社自由)"),
26:(G,"expulsion procedure; para 3 right to state one's opinion; alt 可主张的权利"),
27:(O,"contracts concluded before membership ends must still be performed; alt 一般规定"),
28:(R(["其他:资格终止的成员"]),"departing member gets back contributions and reserve-fund share and its surplus; para 2 must share losses and debts; alt 企业义务"),
29:(G,"powers of the members' assembly"),
30:(G,"quorum (2/3) and majorities; alt 企业义务"),
31:(O,"assembly at least once a year; extraordinary assembly within 20 days on request; alt 一般规定"),
32:(G,"members' representative assembly where >150 members"),
33:(G,"organs: chairman (legal representative), board, supervisors; incompatibilities; alt 企业义务"),
34:(O,"minutes must be kept and signed"),
35:(G,"appointment of managers and accountants"),
36:(O,"prohibited acts of chairman, directors and managers; income goes to the cooperative, liability for losses"),
37:(O,"chairman/directors/managers may not hold the same posts in a cooperative of the same business"),
38:(G,"officials performing cooperative-related public duties may not hold posts in a cooperative (rule on officials); alt 企业义务"),
39:(O,"accounting under the 财政部门 system"),
40:(O,"prepare annual report, surplus/loss plans, financial statements 15 days before the assembly for inspection"),
41:(O,"separate accounting for member and non-member transactions"),
42:(G,"reserve fund may be drawn, uses, quantified per member; alt 企业义务"),
43:(O,"a member account for every member"),
44:(O,"surplus distribution: ≥60% returned by transaction volume, rest by shares; alt 可主张的权利 (members' share)"),
45:(O,"internal audit by supervisors, report to the assembly; may commission an external audit; alt 一般规定"),
46:(O,"merger: notify creditors within 10 days; successor takes over debts"),
47:(O,"division: notify creditors within 10 days; joint liability for prior debts"),
48:(G,"grounds for dissolution; para 2 liquidation group within 15 days (duty) or members/creditors apply to court (alt 可主张的权利 of creditors); alt 企业义务"),
49:(G,"powers of the liquidation group"),
50:(O,"liquidation group notifies within 10 days, publishes within 60 days; creditors declare claims within 30/45 days; no payment during the declaration period"),
51:(G,"no withdrawal once dissolution or bankruptcy has started"),
52:(O,"liquidation plan (wages, social insurance, taxes first); must apply for bankruptcy if assets insufficient"),
53:(O,"assets formed by 国家财政直接补助 may not be distributed to members on dissolution; alt 一般规定"),
54:(O,"liquidators must act faithfully, liable for intent/gross negligence (source writes 笫五十四条 with 笫); alt 一般规定 (liability)"),
55:(R(["其他:农民成员"]),"bankruptcy under 企业破产法, but unpaid transactions with farmer members rank first after costs; protection farmer members can invoke; alt 一般规定"),
56:(G,"≥3 cooperatives may set up a 联合社; its requisites; alt 可主张的权利"),
57:(G,"联合社 registers, gets legal personality and 营业执照 (status statement; the application is art. 16 via art. 63); alt 可申请的支持"),
58:(G,"liability of the 联合社 and its members"),
59:(G,"organs of the 联合社; alt 企业义务"),
60:(G,"one cooperative one vote"),
61:(G,"surplus distribution by the 联合社 charter"),
62:(G,"withdrawal from a 联合社: written notice 6 months before year end; alt 企业义务"),
63:(G,"subsidiary application of the cooperative rules"),
64:(S([C],True,True),"state agricultural/rural construction projects may be entrusted to 有条件的 cooperatives (a preference in public projects, core like procurement preference); discretionary; alt 政府职责"),
65:(S([C],True,True),"central and local budgets fund cooperatives' information, training, standards/certification, infrastructure, marketing, extension services; priority for 革命老区、民族地区、边疆地区和贫困地区; para 2 supervision of subsidies (government); no application rules here (conditional: rules elsewhere, alt false); alt 政府职责"),
66:(S([C,M],True,True),"policy banks give funding support (具体支持政策由国务院规定); commercial banks and insurers 鼓励 to serve cooperatives and members; banks/insurers are providers, not beneficiaries; alt 政府职责"),
67:(S([C],True,True),"tax preferences for agricultural production, processing, circulation, services 按国家规定"),
68:(S([C],True,True),"primary processing electricity at agricultural tariff; ancillary production land managed as farm land; 具体办法 by State Council departments; price relief counted as core (alt core false)"),
69:(R([C,M]),"protection against misappropriation, interference, 摊派 and forced paid services; liability pursued; alt 一般规定 (liability)"),
70:(G,"penalty for false registration material (fine ≤5000, revocation); alt 企业义务"),
71:(G,"licence revoked after 2 years without business activity; alt 企业义务"),
72:(G,"liability for false financial reports"),
73:(G,"scope: employees of state farms/forests/ranches/fisheries founding cooperatives"),
74:(G,"entry into force 2018-07-01"),
}
txt=open("regs/"+DOC,encoding="utf-8").read()
cn="零一二三四五六七八九"
def num(s):
    if "十" in s:
        a,b=s.split("十"); return (cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    return cn.index(s)
arts={}
for m in re.finditer(r"^[第笫]([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
    n=num(m.group(1)); assert n not in arts; arts[n]=m.group(2)
N=74
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
cnt=collections.defaultdict(list)
for x in out: cnt[x["kind"]].append(x["article"])
for k,v in cnt.items(): print(k,len(v),v)
print("core",[x["article"] for x in out if x["core_benefit"]])
print("alt",[x["article"] for x in out if "alt" in x["note"]])
