# Run from /work/eval/heldout33:  /usr/bin/python3 tools/make_regs_labels.py
import json,re,collections
DOC="中华人民共和国乡村振兴促进法(2021-04-29).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope; para 2 definition of 乡村"),
3:(G,"general requirements (产业兴旺…生活富裕); programme statement; alt 政府职责"),
4:(G,"guiding principles (农业农村优先发展, 农民主体地位 …); alt 政府职责"),
5:(G,"declaration of the basic rural operating system; alt 政府职责"),
6:(D,"state builds urban-rural integration mechanisms"),
7:(D,"rural culture; para 2 fixes 中国农民丰收节 (declaration); alt 一般规定"),
8:(D,"food security strategy, grain processing standards"),
9:(D,"work mechanism; governments put rural revitalisation into plans, assessment, annual reports"),
10:(D,"competent authorities: 农业农村主管部门 at national and local level"),
11:(D,"publicity, encourage participation; para 2 表彰和奖励 for units with notable achievements 按照国家有关规定 — conferred, not applied for; alt 可申请的支持 (其他:作出显著成绩的单位和个人, conditional, not core)"),
12:(D,"collective property system; governments support integration of 一二三产业 and 新型农业经营主体 — no receivable named"),
13:(D,"agricultural structure, brands, important farm products supply"),
14:(D,"farmland protection, 永久基本农田, land consolidation"),
15:(D,"seed industry: support breeding research, encourage transfer — no receivable"),
16:(D,"agricultural science and technology innovation system"),
17:(D,"agricultural extension system; encourages firms, cooperatives etc. to provide extension services"),
18:(D,"state encourages farm machinery and agricultural informatisation"),
19:(D,"governments support rural industries (乡村旅游, 电子商务 …), parks, cold chain; 鼓励企业获得国际通行的农产品认证; para 2 rural industry must comply with spatial planning/industrial/environmental policy; alt 企业义务 (para 2)"),
20:(D,"governments perfect support policies for 农民、返乡入乡人员 starting businesses — a policy promise, nothing to apply for here; alt 可申请的支持 (其他:返乡入乡创业人员, weak)"),
21:(D,"income-growth mechanism; support collective economic organisations; para 2 members' right to income distribution (individuals, not businesses); para 3 support cooperatives/firms linking with farmers — no receivable"),
22:(D,"state farms (国有农林牧渔场)"),
23:(D,"supply and marketing cooperative reform"),
24:(D,"rural talent mechanisms"),
25:(D,"rural teachers, medical staff, other talent; preferential treatment for individuals, not businesses"),
26:(D,"vocational and skills training organised by governments"),
27:(D,"education departments guide schools to set up agriculture-related majors"),
28:(D,"urban talent to the countryside; para 3 township/village bodies provide services to 返乡入乡人员 (individuals); collective may give welfare; alt 可申请的支持 for individuals only"),
29:(D,"spiritual civilisation activities"),
30:(D,"rural cultural and sports life, 移风易俗"),
31:(D,"public cultural facilities and services; support literature/art on rural themes"),
32:(D,"protection of agricultural heritage, traditional villages"),
33:(D,"county-level governments build cultural display areas, rural cultural industries"),
34:(D,"ecological protection and compensation mechanism"),
35:(D,"state encourages water/fertiliser/pesticide saving by farm producers; non-point pollution control — no receivable"),
36:(D,"land consolidation and ecological restoration"),
37:(D,"rural living environment: water, toilets, waste, clean energy"),
38:(D,"rural housing quality; para 1 second sentence: building must avoid hazard zones (duty of builders, mostly households); alt 企业义务"),
39:(O,"state bans/limits toxic pesticides; 农产品生产经营者 must not use banned pesticides/veterinary drugs or overdose inputs (addressees: 农产品生产经营者)"),
40:(O,"para 2 bans: moving polluting industries/enterprises to the countryside, dumping waste, discharging polluted water/sludge on farmland, toxic waste as fertiliser (businesses bound); paras 1 and 3 are government duties; alt 政府职责"),
41:(D,"rural governance system; township governments' service capacity; alt 一般规定"),
42:(G,"role of Party organisations, villagers' committees and collective economic organisations (self-governance); alt 政府职责"),
43:(D,"rural cadres"),
44:(D,"grass-roots administration, township institutions"),
45:(D,"townships guide villagers' self-governance"),
46:(D,"governments support collective economic organisations (保障…独立运营) and cooperatives, family farms, 农业企业 — no receivable; alt 可主张的权利 (集体经济组织 independent operation, weak)"),
47:(D,"mass organisations and rural social organisations"),
48:(D,"grass-roots law enforcement, legal services, mediation"),
49:(D,"rural public security and safety management"),
50:(D,"co-ordinate new urbanisation and rural revitalisation"),
51:(D,"village layout and planning; ban on merging villages against farmers' will (protects farmers, not businesses)"),
52:(D,"urban-rural infrastructure"),
53:(D,"rural public services, convenience service system"),
54:(D,"social security for rural residents; support farmers joining insurance (individuals)"),
55:(D,"unified labour market; para 2 farmers' settlement not conditioned on giving up land rights (right of farmers, not businesses); para 3 encourage social capital and tourists, but they must not damage ecology or collective interests; alt 企业义务 (para 3)"),
56:(D,"urban-rural industrial co-ordination, 联农带农 incentive mechanism — no receivable"),
57:(D,"governments encourage migrant work, protect migrant workers' wages and social insurance (workers, not businesses)"),
58:(D,"fiscal input guarantee; provincial bonds; fund integration"),
59:(D,"consolidating poverty alleviation; old revolutionary/minority/border areas"),
60:(D,"state builds a new agricultural subsidy policy system — a system, no subsidy named; alt 可申请的支持 (weak)"),
61:(D,"use of land-transfer revenue for agriculture"),
62:(D,"special funds, market-based rural revitalisation funds, business environment, guide social capital — no receivable"),
63:(S(["其他:从事农业生产和与农业生产直接相关的经营主体"],True,True),"para 2: state-funded agricultural credit guarantee institutions shall mainly serve agricultural operators — a guarantee an operator can seek; condition = engaged in (directly related) agricultural production; para 1 is government policy; alt 政府职责"),
64:(D,"capital markets, equity/bond financing for agriculture-related firms, futures — no receivable; alt 可申请的支持 (weak)"),
65:(O,"rural finance system (para 1 government); paras 2-4 duties of policy banks, commercial banks and rural small financial institutions to lend to farmers and agricultural operators (addressees: financial institutions); alt 政府职责; alt 可申请的支持 for 农业经营主体 (weak, no receivable)"),
66:(D,"agricultural insurance system; 保费补贴等措施 supporting insurance institutions; support mutual insurance by farmers and operators; alt 可申请的支持 (premium subsidy, text names insurers as supported party)"),
67:(D,"land-use guarantee for rural industry; para 3 owners of registered collective operating construction land may lease/sell it to units or individuals (permission for the owner); alt 可主张的权利 (其他:农村集体经济组织)"),
68:(D,"target responsibility and assessment"),
69:(D,"indicators, statistics, evaluation"),
70:(D,"governments report to people's congresses"),
71:(D,"annual reports to higher-level governments; supervision"),
72:(D,"departmental supervision of funds"),
73:(G,"liability of officials; penalties under other laws"),
74:(G,"entry into force 2021-06-01"),
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
N=74
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
cnt=collections.Counter(x["kind"] for x in out)
print(cnt, "core", sum(x["core_benefit"] for x in out))
for k in cnt: print(k,[x["article"] for x in out if x["kind"]==k])
print("alt",[x["article"] for x in out if "alt" in x["note"]])
