# Labels for the two real regulations in regs/; checks article numbers against the files.
import json,re,collections
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)

DOC1="北京市实施《节约能源法》办法(2019-11-27).md"
L1={
1:(G,"purpose"),
2:(G,"scope"),
3:(G,"basic state policy and principles (declaration)"),
4:(D,"city/district governments plan energy saving and report to the people's congress"),
5:(D,"governments adjust industrial structure, limit energy-intensive industry"),
6:(D,"competent authorities: 发展改革 + 节能监察机构 + other departments"),
7:(D,"本市鼓励、支持 energy-saving R&D and new energy — no receivable named; alt 一般规定"),
8:(D,"publicity and education by 市发展改革部门; media supervise; 节能宣传周 in June"),
9:(D,"coordination mechanism"),
10:(D,"target responsibility system between city and districts"),
11:(D,"sector energy-saving plans by departments"),
12:(D,"standards: local standards by 市场监督管理部门"),
13:(O,"节能审查 of fixed-asset projects; builders, designers, contractors, supervisors must follow the standards and the review opinion; alt 政府职责 (the review itself)"),
14:(D,"市经信 issues a structural adjustment catalogue and guides users' retrofits (guidance, no receivable)"),
15:(O,"ban on producing/importing/selling/using eliminated or non-compliant equipment"),
16:(D,"market regulator supervises high-energy special equipment"),
17:(D,"energy statistics"),
18:(D,"public energy-saving website (information service); alt 可申请的支持 is weak"),
19:(D,"departments may entrust associations/service agencies"),
20:(D,"build a service system and support 节能服务机构 (no receivable); para 2 duty of service agencies; para 3 consult them; alt 企业义务"),
21:(S(["其他:节能服务机构","企业"],True,True),"合同能源管理: projects in special-fund scope; tax support, subsidies and awards 按照国家和本市有关规定; 用能单位 may book payments as costs; banks encouraged to lend to service agencies. 企业 stands for 用能单位 (any size, the text names no size); alt beneficiaries [其他:节能服务机构, 其他:用能单位]"),
22:(D,"anyone has a duty to save energy and may report waste; departments publish channels, keep secrecy, reward reporters (whistle-blower reward, not a business benefit); alt 可主张的权利 (其他:举报人)"),
23:(O,"用能单位 must manage energy use"),
24:(O,"用能单位 duties; units with 2000–10000 t standard coal report yearly to the district"),
25:(O,"energy metering"),
26:(O,"供热单位 maintain heating systems"),
27:(O,"no free energy to staff; no flat-fee energy consumption"),
28:(G,"本市鼓励 benchmarking (encouragement); para 2 associations give guidance (association duty, 一般规定 by convention); alt 政府职责"),
29:(G,"本市鼓励工业企业 to use efficient equipment — encouragement without receivable; alt 政府职责"),
30:(O,"电网企业 must strengthen the grid and connect renewable power"),
31:(O,"building owners/users keep energy systems working"),
32:(S(["其他:太阳能利用项目单位"],True,True),"mainly promotion of solar systems and design/construction duties for new buildings (para 1); para 3 subsidies for solar projects 按照市人民政府有关规定 — receivable but rules elsewhere; alt 企业义务 / 政府职责"),
33:(D,"retrofit of existing residential buildings: costs shared by government and owners, plan by 住建 — owners are households; alt 可申请的支持 (其他:居住建筑所有权人, not a business)"),
34:(O,"other existing civil buildings must be retrofitted when extended/rebuilt"),
35:(S(["其他:农民"],True,False),"policy funds for farmers' house insulation 按照本市有关规定 — a receivable, but for individuals, not businesses (core false); alt 政府职责"),
36:(O,"public buildings with air-conditioning: operation and temperature control"),
37:(O,"heat metering; builders must install metering and control devices, else no acceptance report"),
38:(O,"public facilities/landscape lighting shall prefer power-saving products; alt 政府职责"),
39:(D,"transport system"),
40:(D,"public transport priority"),
41:(G,"本市鼓励和支持 public-service trades to buy clean vehicles — encouragement; alt 政府职责"),
42:(D,"public institutions (state organs, public bodies) must do energy-saving work; alt 企业义务 (not businesses)"),
43:(D,"public institutions' buildings; 发改 funds their retrofits"),
44:(D,"promote green building standards; rules by 住建 另行制定 — no receivable; alt 一般规定"),
45:(D,"consumption quotas for public institutions"),
46:(O,"public institutions and large public buildings: metering, audit, publication; alt 政府职责 (for public institutions)"),
47:(D,"发改 publishes key energy users' status by end of June each year"),
48:(O,"发改 designates key energy users (5000–10000 t); they report by end of March; review, audit, rectification; alt 政府职责"),
49:(G,"content of an energy audit (definition); alt 政府职责"),
50:(O,"key energy users appoint an energy manager, file it, train"),
51:(D,"online/on-site monitoring (units must cooperate) and guidance/services to 用能单位; alt 可申请的支持 (service, not core)"),
52:(D,"government science funding for energy-saving R&D"),
53:(D,"catalogues of promoted technologies and building materials"),
54:(G,"本市鼓励和支持 transport energy-saving technology — encouragement; alt 政府职责"),
55:(G,"principles for renewable energy technologies; alt 政府职责"),
56:(D,"city arranges an energy-saving special fund (R&D, demonstration, key projects, retrofits, awards) — no grant to a named recipient; alt 可申请的支持 (企业)"),
57:(D,"city/district civil-building energy-saving funds — no recipient named; alt 可申请的支持"),
58:(S(["企业"],True,True),"encourages efficient lighting, motors, storage; 具体奖励和补助办法由市人民政府另行制定 → rewards/subsidies exist under rules made elsewhere; recipient not named (adopters, any unit) written 企业; alt 政府职责"),
59:(D,"price policy: surcharge above quota, tiered energy prices (a burden, not a benefit); alt 一般规定"),
60:(D,"government procurement catalogue of energy-saving products; public institutions buy listed products first — an indirect procurement preference for listed producers; alt 可申请的支持 (其他:节能产品生产企业, core)"),
61:(S(["企业"],True,True),"city guides banks to give preferential loans to qualifying energy-saving R&D, product and retrofit projects (credit); recipient = project owners, written 企业; 符合条件的 → conditional; alt 政府职责 (only 'guides')"),
62:(G,"encourages consumers to buy efficient products — consumers, not businesses; alt 政府职责"),
63:(D,"commendation and awards for units/individuals with outstanding achievements — granted, not applied for; alt 可申请的支持 (其他:先进单位和个人)"),
64:(G,"liability: project not meeting mandatory standards"),
65:(G,"liability: eliminated equipment"),
66:(G,"liability: service agencies' false information"),
67:(G,"liability: metering"),
68:(G,"liability: statistics"),
69:(G,"liability: free energy / flat fee"),
70:(G,"entry into force 2010-07-01"),
}

DOC2="北京市就业援助规定(2011-12-23).md"
P="其他:就业困难人员"
L2={
1:(G,"purpose"),
2:(G,"scope and definition of 就业困难人员"),
3:(S([P],True,False),"persons may apply for 就业困难人员认定 (5 working days; 复核 within 15 days) — a status for individuals, not businesses; alt 政府职责"),
4:(G,"principles; encourages the persons to find jobs (declaration)"),
5:(D,"governments plan, fund (就业专项资金) and organise employment assistance"),
6:(D,"coordination mechanism"),
7:(D,"governments align industrial and employment policy; para 2 builders/contractors/operators of government-funded projects must prefer such persons; alt 企业义务"),
8:(D,"city supports regions with employment problems (regions, not businesses)"),
9:(D,"public-welfare posts"),
10:(D,"public employment service agencies provide free services to the persons"),
11:(R([P]),"persons' right to information and free services; duty to attend training — individuals, not businesses; alt 可申请的支持"),
12:(D,"link with unemployment insurance, minimum living allowance, minimum wage"),
13:(S(["企业"],True,False),"employers are encouraged to report vacancies (true info); public employment services serve employers that do so first — a priority service a business can obtain (not core); 用人单位 written 企业; alt 政府职责"),
14:(S(["其他:职业中介机构","其他:职业技能培训机构","其他:职业技能鉴定机构"],True,True),"agencies offering free services get placement, training, appraisal subsidies 按照国家和本市有关规定"),
15:(S(["企业",P],True,True),"para 1 用人单位 hiring such persons: tax/fee reductions, loan interest subsidies, social-insurance and post subsidies; para 2 self-employed persons (自主创业、自谋职业 — often as 个体工商户; alt add 个体工商户) get tax reductions, interest subsidies, social-insurance subsidies and business premises; para 3 flexible workers social-insurance subsidies; all 按照国家和本市有关规定; 用人单位 written 企业 (alt add 个体工商户 as employer)"),
16:(D,"unemployment insurance fund may be used for employment assistance; alt 一般规定"),
17:(D,"commendation and awards for units and individuals — granted, not applied for; alt 可申请的支持"),
18:(G,"officials' liability; para 2 persons may complain about service agencies (individuals' right); alt 可主张的权利 (其他:就业困难人员)"),
19:(G,"penalty for agencies/employers obtaining subsidies by fraud"),
20:(G,"penalty for individuals obtaining subsidies by fraud"),
21:(G,"other laws' liability"),
22:(G,"entry into force 2012-05-01"),
}

cn="零一二三四五六七八九"
def num(s):
    if "十" in s:
        a,b=s.split("十"); return (cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    return cn.index(s)
out=[]
for DOC,L in ((DOC1,L1),(DOC2,L2)):
    txt=open("regs/"+DOC,encoding="utf-8").read()
    arts={}
    for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
        n=num(m.group(1)); assert n not in arts; arts[n]=m.group(2)
    N=len(L)
    assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1)),(DOC,sorted(arts))
    for a in range(1,N+1):
        (k,b,c,core),note=L[a]
        out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
    print(DOC,N,collections.Counter(L[a][0][0] for a in L),"core",[a for a in L if L[a][0][3]],"support",[a for a in L if L[a][0][0]=="可申请的支持"])
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
