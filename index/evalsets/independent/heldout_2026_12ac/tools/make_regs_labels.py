import json,re,collections
DOC="北京市自动驾驶汽车条例(2024-12-31).md"
AV="其他:自动驾驶汽车相关企业"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope; para 2 definition of 自动驾驶汽车"),
3:(G,"principles (innovation, market-led, fair competition, 包容审慎监管); declaration, no receivable"),
4:(D,"city government leads, plans, sets up coordination mechanisms"),
5:(D,"division of competences among city departments"),
6:(D,"district governments 落实产业支持措施 — no receivable named in the regulation"),
7:(O,"para 1: AV firms must advertise truthfully and give safety hints; para 2 government supports media (government side); alt 政府职责"),
8:(G,"trade associations' self-regulation (association matter labelled 一般规定 by convention)"),
9:(G,"city supports lawful opening and use of AV data; declaration; alt 政府职责"),
10:(D,"cooperation with 天津/河北 (policy mutual recognition); government work"),
11:(D,"city 支持 vehicle/part manufacturing and R&D — no receivable or procedure named; alt 可申请的支持 (企业) weak"),
12:(D,"city 支持 basic research and labs/platforms of firms, universities, institutes — no receivable named; alt 可申请的支持 weak"),
13:(D,"departments draft local standards, test/certification rules, testing system"),
14:(D,"city supports firms etc. in drafting standards and building testing bodies — encouragement; alt 可申请的支持 weak"),
15:(G,"encourages industry participants to cooperate on data products; declaration; alt 政府职责"),
16:(D,"governments must hear AV firms when making policy; alt 可主张的权利 (firms' opinions must be heard) weak"),
17:(D,"city fixes and publishes the areas/roads open to AVs"),
18:(D,"roadside infrastructure building and planning; road builders must connect (public works)"),
19:(O,"city builds a service/management platform (government side); AV firms must upload vehicle operation data; alt 政府职责"),
20:(D,"city encourages/supports operators building low-latency networks — no receivable; alt 一般规定"),
21:(D,"city encourages mapping firms to explore HD-map applications 按照国家有关规定 — no receivable; alt 一般规定"),
22:(D,"governments build investment/operation model for infrastructure, encourage private participation"),
23:(D,"list of supported application scenarios; transport dept opens scenarios in stages and caps vehicle numbers; alt 一般规定"),
24:(S([AV],True,True),"AV firms may apply for road testing and, after meeting 规定条件, for 示范应用; 论证、确认 by 市经信局 and temporary test plates — a permit; rules 另行制定 (管理办法)"),
25:(S([AV],True,True),"simplified confirmation for firms already tested elsewhere; discretionary (可以…简化); procedural preference within a permit; alt core_benefit false"),
26:(S([AV],True,True),"after testing, firms may apply for a 安全评估 and, if passed, AV number plates and a 道路应用试点; 评估办法 另行制定"),
27:(S(["其他:道路应用试点主体"],True,True),"试点资质 to be applied for at the transport dept with listed conditions; phrased as a requirement (应当申请取得) — alt 企业义务"),
28:(O,"pilot operators record, store and report operation info"),
29:(O,"plates, AV marking, monitoring, safety prompt; para 2 passengers' duty"),
30:(G,"AVs listed in the product catalogue may be used as private cars; para 2 drivers' duty — concerns individuals, not businesses; alt 企业义务"),
31:(D,"traffic police handle violations/accidents; para 2 drivers/safety staff must act and report, minor accidents may be settled privately; alt 企业义务"),
32:(O,"firms and persons must cooperate with accident investigation and provide accident reports"),
33:(O,"drivers/safety officers must take over, warn, slow down when AV fails; bound persons are drivers and safety staff; alt 一般规定"),
34:(D,"annual evaluation report to the city government, published"),
35:(O,"duties of AV manufacturers (safety capabilities, product quality, software update 备案)"),
36:(O,"pilot operators' safety duties and periodic third-party inspection; 检测办法 by departments"),
37:(O,"safety officers' and platform monitors' duties; pilot operator's staff management"),
38:(O,"network security duties of manufacturers, software and telecom firms"),
39:(O,"data security duties; item (五) gives vehicle owners/users a data-access tool (individuals' right, not a business benefit)"),
40:(D,"para 1 departments' emergency planning and supervision; para 2 operators' emergency plans and drills — alt 企业义务"),
41:(O,"surveying qualification required for mapping with AVs; firms must prevent unqualified data collection"),
42:(O,"compulsory and carrier liability insurance; para 2 encourages insurers to develop products (no receivable)"),
43:(G,"liability: refer to other laws"),
44:(G,"penalty for unauthorised road pilot operation"),
45:(G,"penalty for failing vehicle maintenance/inspection"),
46:(G,"penalty for missing safety officers/monitors"),
47:(G,"functional unmanned vehicles governed by other rules"),
48:(G,"entry into force 2025-04-01"),
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
N=48
assert sorted(arts)==list(range(1,N+1)), sorted(arts)
assert sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.Counter(x["kind"] for x in out)
print(c, "core", sum(x["core_benefit"] for x in out))
for k in c: print(k,[x["article"] for x in out if x["kind"]==k])
print("alt",[x["article"] for x in out if re.search(r"\balt\b",x["note"])])
