import json,re,collections
DOC="北京市建筑绿色发展条例(2023-11-24).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope: civil and industrial buildings, whole life cycle, related industries"),
3:(G,"principles (党委领导、政府主导、市场运作、公众参与)"),
4:(G,"basic requirements (5 items), programmatic; alt 政府职责"),
5:(D,"city/district governments: leadership, planning, coordination mechanism"),
6:(D,"competent authorities: 住房城乡建设 lead, 发展改革, 规划自然资源, 城市管理 and others"),
7:(O,"builders (建设单位) and designers/contractors/supervisors responsible for green construction; owners for existing buildings; consultants; para 3 本市推进全过程工程咨询 (government side)"),
8:(G,"everyone should raise awareness and take part; media publicity; declaration; alt 企业义务"),
9:(D,"city promotes standards; encourages stricter group/enterprise standards; no receivable; alt 一般规定"),
10:(D,"city supports R&D and vocational training by firms, institutes, associations; no receivable named; alt 可申请的支持"),
11:(D,"住房城乡建设 drafts the green-building plan"),
12:(D,"plan content into spatial plans; green requirements written into land-use planning conditions and land contracts"),
13:(O,"mandatory green-building star levels for new buildings; prefabricated share; ultra-low energy for government-funded buildings; para 4 government procedure; alt 政府职责"),
14:(O,"new buildings must install PV/renewable facilities; grid enterprises must support renewable use"),
15:(O,"para 3 ban on listed technologies/materials for builders, designers, contractors; paras 1-2 government publishes the banned list (alt 政府职责)"),
16:(O,"green chapter (绿色专篇) required in all project stages; para 2 government sets requirements; alt 政府职责"),
17:(O,"builders/designers/contractors/supervisors include the green chapter; supervisors report non-compliance"),
18:(D,"approval, design and construction supervision by departments"),
19:(O,"builders check green requirements at completion acceptance; para 2 government refines rules"),
20:(O,"builders state green indicators in quality guarantee; developers disclose at sales sites and contracts (protects buyers, not businesses)"),
21:(D,"city promotes green/prefab farmhouses; farmers' self-built houses encouraged; projects receiving policy support (抗震节能农宅, 危房改造) must meet green requirements — the support goes to farmers (individuals), not businesses; alt 企业义务"),
22:(D,"city promotes green operation; 住房城乡建设 coordinates"),
23:(O,"building owners and property-service firms responsible for green operation"),
24:(O,"owners/managers must not remove insulation, PV, metering, ventilation; renovation must not damage them; property-service firms patrol"),
25:(O,"operating requirements for public buildings"),
26:(O,"owners/managers and utilities must report energy/water data; para 1 and 4 government system; alt 政府职责"),
27:(O,"energy-efficiency grading: energy audit at 80% of limit, mandatory retrofit after two years; para 2 government publishes exemplary buildings and owners (recognition, alt 可申请的支持 weak)"),
28:(O,"government-funded new large public buildings must apply for a green-building label; others are encouraged to apply (a status one may apply for) — alt 可申请的支持"),
29:(D,"retrofit planning: 住房城乡建设, sector departments, districts"),
30:(O,"urban-renewal projects and altered public buildings must retrofit; paras 3-4 encouragement"),
31:(G,"encourages retrofits to higher standards and energy-performance contracting; no receivable; alt 政府职责"),
32:(O,"demolition: builder/demolisher prepares construction-waste plan, dust control"),
33:(D,"city supports building research, application scenarios"),
34:(D,"key technology programmes; support of R&D communities; expert committee; no receivable; alt 可申请的支持"),
35:(D,"intelligent construction; encourages green materials in municipal infrastructure"),
36:(D,"prefabricated construction quality; industry layout"),
37:(D,"green supply chain for materials; traceability and coding system"),
38:(S(["其他:绿色建材生产企业"],True,True),"green-material certification, results adopted, product information published; government-funded projects must preferentially buy certified green materials = procurement preference a producer obtains through 认证; alt 政府职责 / 企业义务 (duty of government-funded builders)"),
39:(O,"construction-waste disposal costs budgeted; government-funded projects must use recycled products (a preference for recycled-product makers, alt 可申请的支持; chosen 企业义务 because no certification/status step is stated)"),
40:(D,"information platform, building number-plate system"),
41:(D,"policy guidance for EPC/architect-responsibility models"),
42:(D,"green power supply, electrification"),
43:(D,"demonstration zones, green communities"),
44:(D,"Beijing-Tianjin-Hebei coordination"),
45:(S(["其他:建设单位（建筑项目）"],True,True),"(一) priority in construction awards for projects voluntarily exceeding standards; (二) housing-fund loan support for individuals (not businesses; rules by 公积金 authority); (三) commendations and rewards for excellent parks, projects, units per national/city rules; conditional on voluntary upgrade and rules elsewhere; core because of rewards, alt core false (award priority, commendation)"),
46:(D,"credit system with incentives for trustworthy actors; no concrete receivable; alt 可申请的支持"),
47:(D,"green/prefab/healthy-building evaluation systems and demonstrations; alt 可申请的支持 (evaluations a builder may seek)"),
48:(D,"area-wide demonstration construction"),
49:(S(["其他:建筑绿色发展项目实施单位"],True,True),"city/district governments 可以 give funding for R&D/demonstration, existing-building retrofits, renewable energy, eco-demo zones; recipients implied, details elsewhere; alt 政府职责 (no recipient named)"),
50:(D,"city encourages financial institutions to offer green credit/insurance/bonds/funds; banks are addressed, not benefited; no receivable; alt 可申请的支持 (企业, credit)"),
51:(D,"carbon-trading participation and differentiated energy prices"),
52:(G,"support for associations serving market actors; para 2 association self-regulation; alt 可申请的支持 (services to 市场主体) / 政府职责"),
53:(G,"penalty: banned technologies/materials"),
54:(G,"penalty: no green chapter"),
55:(G,"penalty: false completion acceptance"),
56:(G,"penalty: no disclosure in guarantee/sales"),
57:(G,"penalty: removing green facilities"),
58:(G,"utilities not reporting data: order to correct"),
59:(G,"penalty: large public buildings not retrofitting"),
60:(G,"municipal infrastructure by reference"),
61:(G,"entry into force 2024-03-01"),
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
N=61
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1)), (sorted(arts),)
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.defaultdict(list)
for x in out: c[x["kind"]].append(x["article"])
for k,v in c.items(): print(k,len(v),v)
print("core",[x["article"] for x in out if x["core_benefit"]])
