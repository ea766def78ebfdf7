import json,re,collections
DOC="北京市种子条例(2022-01-10).md"
SE="其他:种子企业"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope; para 2 definition of 种子"),
3:(G,"declaration: 种业之都, self-reliance; no addressee"),
4:(D,"city/district governments lead seed work, plans, long-term support policies (no receivable)"),
5:(D,"competent departments (农业农村, 园林绿化) and other departments"),
6:(D,"city sets up a seed reserve system with enterprise participation; no receivable"),
7:(D,"表彰和奖励 for units/individuals with outstanding achievements 依照国家规定; decided by the government, not applied for; alt 可申请的支持 (conditional, not core)"),
8:(D,"departments and research institutes/universities publicise seed knowledge"),
9:(R(["其他:任何单位和个人"]),"anyone may report violations (para 1); para 2 complaint system is a government duty; alt 政府职责"),
10:(G,"principles of germplasm protection"),
11:(D,"plans, protection system, big-data platform"),
12:(O,"nobody may damage germplasm; approval required to collect listed wild germplasm (para 2); para 3 catalogue is a government duty; alt 可申请的支持 (an approval one can apply for, not core)"),
13:(D,"surveys, registration, publication of catalogue"),
14:(D,"germplasm banks/reserves; para 2 occupying them needs consent (obligation of whoever occupies); alt 企业义务"),
15:(D,"departments designate protection units; units' tasks; departments give 支持和保障 to the units (not businesses); alt 一般规定"),
16:(D,"encourage imports; quarantine and fast customs mechanism; para 3 licence required for export/foreign cooperation (obligation); alt 企业义务"),
17:(S(["其他:科研和育种单位和个人（含种子企业）"],True,False),"para 2: for research/breeding, units may apply to protection units for germplasm, which must provide it when able or explain why — a resource a seed firm can request; not core; para 1 encouragement + registration; alt 可主张的权利"),
18:(G,"principle: market-oriented, enterprise as main body"),
19:(D,"policy declaration: support seed enterprises, cultivate leading firms; departments draft policies for think-tanks/service platforms; no receivable named; alt 可申请的支持 (beneficiary 种子企业, conditional)"),
20:(D,"support for research institutes and universities (not businesses); alt 一般规定"),
21:(D,"支持种子企业 to form alliances with research institutes — encouragement without receivable; alt 可申请的支持 (种子企业)"),
22:(D,"departments run an 育种高精尖创新攻关计划 and select/support technical solutions; alt 可申请的支持 (project funding a firm could bid for, conditional)"),
23:(R(["其他:育种者、品种权人"]),"breeders/right holders are entitled to economic benefits when their protected varieties are used (para 1); para 2 encourages transfer/licensing; alt 一般规定"),
24:(D,"breeding IP included in the city's IP protection system; alt 可主张的权利 (protection of right holders)"),
25:(D,"encourage seed trade; hold conferences, build exchange platform"),
26:(O,"varieties must pass 审定 before promotion; ban on advertising/selling unapproved varieties; alt 可申请的支持 (审定 is a status one applies for, not core)"),
27:(O,"registration of non-major crop varieties before promotion"),
28:(O,"introducers must file (备案) varieties approved elsewhere and answer for them; para 3 revocation by department"),
29:(O,"applicants submit standard samples; designated bodies keep sample banks"),
30:(D,"revocation of 审定/认定 in listed cases; alt 一般规定"),
31:(O,"seed production/trade licence required, with exemptions and filing; alt 可申请的支持 (a permit)"),
32:(R([ "其他:种子生产经营者"]),"on request the department must cancel the licence and announce it — a procedure the holder can invoke; alt 政府职责"),
33:(O,"seed advertising must match approved information"),
34:(O,"online sellers display licence; e-commerce platforms verify sellers; fair organisers verify sellers"),
35:(G,"encouragement to use electronic labels; content must follow rules; no benefit; alt 企业义务"),
36:(D,"保障性苗圃; para 2 implementers of government-funded afforestation must use labelled improved seed (government side); alt 企业义务"),
37:(D,"general statement: industrial layout, finance/tax, talent, business environment measures; alt 一般规定"),
38:(D,"governments plan bases and give 政策支持 in land lease and facilities — receivable named (land/facility support) but no recipient or procedure; alt 可申请的支持 (其他:种业基地建设单位, conditional, core)"),
39:(D,"coordination mechanism with national bodies; support units in Beijing — no receivable"),
40:(D,"regional cooperation with Tianjin, Hebei"),
41:(D,"southern breeding base (南繁) support; para 2 encourages firms to build bases elsewhere — no receivable"),
42:(S([SE],True,True),"para 2: special funds and policy funds give more support to 符合条件的种子企业 — the recipient is named, conditions elsewhere; para 1 (city arranges dedicated funds) is a government duty; alt 政府职责"),
43:(S(["其他:创新型种业企业"],True,True),"tax preferences (R&D super-deduction) for innovative seed firms meeting national conditions"),
44:(D,"encourage social capital; 扶持种子企业扩大规模; guide banks to give financial support — no concrete receivable; alt 可申请的支持 (种子企业, credit, conditional)"),
45:(S(["其他:优良品种使用者"],True,True),"subsidy mechanism for using improved varieties listed in a published catalogue; users are farms/growers; conditions (目录) elsewhere; alt 政府职责 (building the mechanism)"),
46:(S(["其他:符合本市有关规定的高层次人才"],True,False),"policy support for high-level talents (persons, not the hiring firm); para 2 title evaluation (government); para 3 training encouraged; alt 政府职责; employers (种子企业) are not beneficiaries"),
47:(D,"seed industry monitoring; information as reference for firms"),
48:(D,"credit management system, joint enforcement; alt 一般规定"),
49:(G,"trade association self-regulation (association duty labelled 一般规定 by convention)"),
50:(G,"encourage cooperation with cooperatives, family farms, farmers; benefit-sharing; no receivable; alt 政府职责"),
51:(G,"penalty: unauthorised collection of listed wild germplasm"),
52:(G,"penalty: seed advertising, refers to Advertising Law"),
53:(G,"penalties: online sellers and e-commerce platforms"),
54:(G,"definitions"),
55:(G,"application by analogy to grass, tobacco, medicinal herb seeds, fungi"),
56:(G,"entry into force 2022-04-01; repeals 北京市实施《种子法》办法"),
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
N=56
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.defaultdict(list)
for x in out: c[x["kind"]].append(x["article"])
for k,v in c.items(): print(k,len(v),v)
print("core",[x["article"] for x in out if x["core_benefit"]])
print("alt",[x["article"] for x in out if re.search(r"\balt\b",x["note"])])
