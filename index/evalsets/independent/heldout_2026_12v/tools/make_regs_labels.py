import json,re,collections
DOC="中华人民共和国政府采购法(2014-08-31).md"
SUP="其他:供应商"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope and definitions (政府采购, 采购, 货物, 工程, 服务)"),
3:(G,"principles: openness, fair competition, impartiality, good faith; alt 政府职责"),
4:(G,"works tendered under the 招标投标法 (reference rule)"),
5:(R([SUP]),"nobody may block suppliers' free entry to local/sector procurement markets; suppliers can invoke it; alt 一般规定"),
6:(D,"procurement strictly within approved budgets (采购人 are state organs/institutions)"),
7:(D,"central vs decentralised procurement; catalogues set by governments"),
8:(D,"thresholds set and published by State Council / provinces"),
9:(D,"policy goals incl. 促进中小企业发展 — no receivable, no procedure for a firm; alt 可申请的支持 (中小企业, procurement preference, core) is weak"),
10:(D,"buy domestic goods/works/services with exceptions; a rule for 采购人, favours domestic suppliers only indirectly; alt 一般规定"),
11:(D,"procurement information published in designated media"),
12:(R([SUP]),"para 1 staff must recuse (duty); supplier may apply for recusal of staff with conflicts of interest"),
13:(D,"finance departments supervise procurement"),
14:(G,"definition of 政府采购当事人"),
15:(G,"definition of 采购人"),
16:(D,"governments set up 集中采购机构 (non-profit institutions); alt 一般规定"),
17:(D,"requirements on 集中采购机构 (price, efficiency, quality)"),
18:(D,"采购人 must entrust central procurement for catalogue items"),
19:(D,"采购人 may choose other procurement agencies; nobody may designate one for it (protects the 采购人); alt 一般规定"),
20:(D,"采购人 signs an agency agreement with the agency; alt 企业义务 (agency is a party)"),
21:(G,"definition of 供应商"),
22:(O,"conditions suppliers must meet; para 2 bars unreasonable/discriminatory conditions (alt 可主张的权利)"),
23:(O,"suppliers provide credentials and undergo qualification review; alt 政府职责 (power of 采购人)"),
24:(O,"consortium bidding allowed; every member must meet art. 22, submit the agreement, joint liability; alt 可主张的权利 (option to form a consortium)"),
25:(O,"bans on collusion and bribery by parties, suppliers and agencies"),
26:(G,"list of procurement methods"),
27:(D,"thresholds for open tendering; approval for other methods"),
28:(D,"采购人 must not split contracts to avoid open tendering"),
29:(G,"when invited tendering may be used (procedural rule); alt 政府职责"),
30:(G,"when competitive negotiation may be used; alt 政府职责"),
31:(G,"when single-source procurement may be used; alt 政府职责"),
32:(G,"when request for quotations may be used; alt 政府职责"),
33:(D,"departments list procurement items in budgets"),
34:(D,"invited tendering: random selection of ≥3 suppliers"),
35:(D,"minimum 20-day bidding period; protects bidders; alt 可主张的权利"),
36:(D,"grounds for 废标 and notice of reasons to all bidders"),
37:(D,"re-tender after 废标; approval for other methods"),
38:(D,"competitive-negotiation procedure (谈判小组, notices to suppliers)"),
39:(G,"single-source: both sides follow principles, reasonable price; alt 企业义务"),
40:(D,"request-for-quotations procedure"),
41:(D,"acceptance inspection organised by 采购人/agency"),
42:(D,"采购人/agency keep procurement files ≥15 years"),
43:(G,"contract law applies; agency may sign with authorisation"),
44:(G,"written form of contracts; alt 企业义务"),
45:(D,"Ministry of Finance prescribes mandatory contract clauses"),
46:(O,"sign contract within 30 days; supplier abandoning the award is liable (binds both sides); alt 可主张的权利 (award notice binding on 采购人)"),
47:(D,"采购人 files contract copy within 7 working days"),
48:(O,"subcontracting only with 采购人 consent; winning supplier answers for the whole; alt 一般规定"),
49:(G,"supplementary contracts up to 10% (option of 采购人, procedural); alt 政府职责"),
50:(O,"parties must not change/terminate contracts at will; fault-based liability; alt 一般规定"),
51:(R([SUP]),"supplier may put questions (询问) to 采购人, who must answer promptly"),
52:(R([SUP]),"supplier may lodge a written 质疑 within 7 working days of knowing of the harm"),
53:(D,"采购人 answers a 质疑 within 7 working days in writing; alt 可主张的权利 (the supplier's side of art. 52)"),
54:(R([SUP]),"questions/质疑 may go to the procurement agency, which must answer"),
55:(R([SUP]),"complaint (投诉) to the supervision department within 15 working days after the reply period"),
56:(D,"supervision department decides a complaint within 30 working days"),
57:(D,"supervision department may suspend procurement up to 30 days"),
58:(R([SUP]),"complainant may apply for administrative review or sue"),
59:(D,"supervision and inspection by finance departments"),
60:(D,"supervision department may not set up/join procurement; agencies independent of administration"),
61:(D,"internal controls of 集中采购机构"),
62:(D,"qualification, training, assessment of central procurement staff"),
63:(D,"procurement standards and results must be published"),
64:(D,"采购人 must follow methods/procedures; nobody may demand a designated supplier; alt 可主张的权利 (weak)"),
65:(D,"inspections; parties must report truthfully (alt 企业义务 for suppliers)"),
66:(D,"assessment of 集中采购机构, results published"),
67:(D,"other departments supervise within their remit"),
68:(D,"audit supervision"),
69:(D,"监察 over officials in procurement"),
70:(R(["其他:任何单位和个人"]),"anyone may accuse/report illegal acts; authorities must handle; alt 一般规定"),
71:(G,"penalties for 采购人/agencies (liability)"),
72:(G,"penalties and criminal liability for 采购人/agencies and staff"),
73:(G,"consequences of illegal acts for the award (terminate, annul, damages)"),
74:(G,"sanction for not using central procurement"),
75:(G,"sanction for not publishing standards/results"),
76:(G,"fines for destroying/forging files"),
77:(G,"penalties for suppliers (fines, debarment 1–3 years, licence revoked); alt 企业义务"),
78:(G,"penalties for procurement agencies"),
79:(G,"civil liability for losses; alt 可主张的权利 (damages claim)"),
80:(G,"officials' liability (supervision staff)"),
81:(G,"officials' liability for late complaint handling"),
82:(G,"liability for false assessment; fines for 集中采购机构 overstating performance"),
83:(G,"liability for blocking suppliers' market entry (sanction side of art. 5)"),
84:(G,"loans from international organisations / foreign governments"),
85:(G,"exclusions: emergency and national-security procurement"),
86:(G,"military procurement rules made separately"),
87:(G,"State Council makes implementing rules"),
88:(G,"entry into force 2003-01-01"),
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
N=88
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.defaultdict(list)
for x in out: c[x["kind"]].append(x["article"])
for k,v in c.items(): print(k,len(v),v)
print("alt:",[x["article"] for x in out if re.search(r"\balt\b",x["note"])])
