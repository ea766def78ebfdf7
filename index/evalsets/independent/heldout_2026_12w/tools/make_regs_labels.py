# Labels for 中华人民共和国职业教育法 (2022 revision, 69 articles). Run from the set folder.
import json,re,collections
DOC="职业教育法(2022-04-20).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
SCH="其他:职业学校、职业培训机构"
L={
1:(G,"purpose"),
2:(G,"definition of vocational education; staff training of organs/public institutions excluded"),
3:(G,"status of vocational education; state policy declaration"),
4:(G,"guiding principles and content of vocational education"),
5:(G,"citizens' right to vocational education (not a business right); alt 可主张的权利 for citizens only"),
6:(G,"management principle (政府统筹…校企合作、社会参与)"),
7:(D,"governments include vocational education in development plans"),
8:(D,"coordination mechanism; competent departments; provincial leadership"),
9:(G,"state encourages social forces and enterprises to run vocational education; para 3: industry bodies, enterprises etc. 应当依法履行实施职业教育的义务 (generic); alt 企业义务"),
10:(D,"state measures: 技工教育, rural, poor regions, re-employment, disabled, women"),
11:(G,"standards and certificate system; pre-employment training system"),
12:(D,"state raises status of skilled workers; para 2 表彰、奖励 for units/persons with outstanding achievements (by nomination, no application channel); activity week; alt 可申请的支持 (recognition, conditional, not core)"),
13:(D,"state encourages international exchange; no receivable"),
14:(D,"state builds the modern vocational education system"),
15:(G,"levels of vocational school education; para 4 符合条件的企业 may run school-level education under the education authority's plan (permission); alt 可主张的权利"),
16:(G,"types of vocational training; enterprises may offer training to society 依法 (permission); alt 可主张的权利"),
17:(D,"credit bank and recognition of learning results"),
18:(O,"schools and training institutions must admit disabled students and provide accessibility (para 1, bound: 职业学校、职业培训机构); paras 2-3 state support and teacher allowance; alt 一般规定/政府职责"),
19:(D,"education departments encourage schools to add career education"),
20:(D,"specialty catalogue and standards by the State Council education department"),
21:(D,"local governments run schools and 对社会力量依法举办的…给予指导和扶持 — no receivable named; alt 可申请的支持 (weak)"),
22:(D,"county-level vocational education centre schools"),
23:(D,"industry departments guide and publish talent demand; industry bodies may participate (para 2)"),
24:(O,"enterprises must train staff and recruits, 培训上岗制度, safety training, licensed special jobs; report in CSR report"),
25:(G,"enterprises may run or co-run schools/training institutions with capital, technology etc. (freedom); alt 可主张的权利 (企业)"),
26:(S(["其他:企业和其他社会力量举办的职业学校、职业培训机构"],True,True),"local governments support privately run schools/institutions by purchasing services, student loans, scholarships; non-profit ones also 政府补贴、基金奖励、捐资激励、补助 — money; conditions: 依法举办, non-profit status; alt 政府职责 (no procedure named)"),
27:(S(["企业","其他:产教融合型企业"],True,True),"rewards 按照规定 for enterprises deeply engaged in 产教融合; 认定 as 产教融合型企业 → financial, fiscal, land support, 教育费附加/地方教育附加 relief and other tax/fee preferences"),
28:(O,"joint founders must sign joint-running agreements; commissioning training requires a contract (enterprises among the bound); para 2 government support for joint running (declaration); alt 一般规定"),
29:(D,"governments build shared 产教融合实习实训基地 providing conditions for schools and 企业开展培训; alt 可申请的支持 (use of bases, weak)"),
30:(S(["企业"],True,True),"apprenticeship: 有关企业可以按照规定享受补贴 (conditions elsewhere); para 2 duty to sign an apprenticeship agreement; alt 企业义务"),
31:(D,"state encourages enterprises to develop textbooks and digital resources; no receivable"),
32:(D,"state organises skills competitions"),
33:(G,"conditions and approval for establishing vocational schools (licensing rule); alt 可申请的支持 (permit, for founders) / 企业义务"),
34:(G,"conditions for establishing training institutions; 按照国家有关规定执行; alt 企业义务 / 可申请的支持 (permit)"),
35:(G,"governance of public and private vocational schools; schools may consult enterprises"),
36:(G,"vocational schools' autonomy (own specialties, teaching, hiring); right of schools, not of businesses; alt 可主张的权利 (schools)"),
37:(D,"admission system; unified enrolment platform by provincial education departments"),
38:(O,"schools must ensure teaching quality (bound: 职业学校); alt 一般规定 (schools are mostly public institutions)"),
39:(O,"schools must provide employment/entrepreneurship services to students (bound: 职业学校); alt 一般规定"),
40:(G,"schools/institutions should practise 校企合作; forms of cooperation; agreements to be signed; state encourages; alt 企业义务"),
41:(S([SCH],True,True),"income from 校企合作/social services/school-run enterprises used for school conditions and pay; para 2: 符合国家有关规定的，享受相关税费优惠政策 — tax for schools/training institutions (training institutions can be businesses); alt 一般规定"),
42:(O,"fees only per standards; reductions where required; no illegal charges for job placement/internships (bound: 职业学校、职业培训机构)"),
43:(D,"quality evaluation: schools' own evaluation (para 1) plus government evaluation system and supervision (paras 2-4); alt 企业义务 (para 1)"),
44:(D,"state protects teachers' rights; teacher training in plans"),
45:(O,"para 3: 产教融合型企业、规模以上企业应当安排一定比例的岗位 for teacher practice — the only binding content; paras 1-2 government teacher training; alt 政府职责"),
46:(G,"teacher post and title system; enterprise staff may become (part-time) teachers"),
47:(D,"state encourages schools to hire masters, model workers, heritage bearers; alt 一般规定"),
48:(D,"staffing standards for vocational schools"),
49:(G,"students' duties and protected rights (students, not businesses)"),
50:(O,"units hosting interns must protect rest, safety, insurance, guidance, sign agreements and pay for 上岗实习 (bound: 接纳实习的单位); schools' duties in para 2 (no placement via labour dispatch); para 1 state encourages hosting"),
51:(G,"certificates and credit conversion"),
52:(D,"student reward/aid system; state supports enterprises setting up scholarships (encouragement, no receivable); schools must set aside funds; alt 企业义务 (schools)"),
53:(O,"用人单位 must not set conditions hindering vocational graduates; 国有企业 must state skill requirements; paras 1-2 equal opportunity and admission quotas; alt 一般规定"),
54:(D,"state optimises funding, multiple channels"),
55:(D,"governments fund vocational education per-student standards; founders pay funds; no embezzlement"),
56:(D,"local education surcharge funds used for vocational education; unemployment insurance fund supports workers' skills — no business receivable named; alt 可申请的支持 (weak)"),
57:(D,"rural vocational education funding"),
58:(S(["企业"],True,True),"para 2: enterprise 产教融合实习实训基地 with production+teaching functions 可以参照职业学校享受相应的用地、公用事业费等优惠 (fee/land relief); para 1 is a duty (职工教育经费 extraction, wages during training); alt 企业义务"),
59:(D,"state encourages financial institutions to support vocational education (banks are addressed, not beneficiaries); no receivable for businesses"),
60:(G,"encourages donations; donations must be used for vocational education; alt 政府职责"),
61:(D,"research, resources, statistics; service and guarantee system"),
62:(G,"publicity by media; alt 政府职责"),
63:(G,"liability: refer to other laws"),
64:(G,"penalty: enterprises not training staff / not extracting 职工教育经费 → government collects the fund; alt 企业义务"),
65:(G,"penalties for schools/training institutions"),
66:(G,"liability of intern hosts; fines for schools and labour dispatch/HR agencies"),
67:(G,"officials' liability"),
68:(G,"scope: foreign organisations/individuals running schools in China"),
69:(G,"entry into force 2022-05-01"),
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
N=69
assert sorted(arts)==list(range(1,N+1)), sorted(set(range(1,N+1))-set(arts))
assert sorted(L)==list(range(1,N+1))
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
