import json,re,collections
DOC="中华人民共和国科学技术进步法(2021-12-24).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
RI="其他:科学技术研究开发机构"
L={
1:(G,"purpose"),
2:(G,"party leadership, national strategies (declaration)"),
3:(G,"orientation of S&T work; 国家鼓励 R&D (declaration); alt 政府职责"),
4:(D,"state builds the national innovation system and strategic S&T forces"),
5:(D,"state S&T security governance"),
6:(D,"state promotes R&D/education/industry links, supports less developed regions, civil-military; alt 一般规定"),
7:(D,"state deploys basic/frontier research"),
8:(R(["企业",RI,"其他:高等学校","其他:公民"]),"freedom of research: institutes, universities, 企业事业单位 and citizens 有权自主选择课题; alt 一般规定"),
9:(G,"duties of schools (not businesses) and the role of universities; alt 政府职责"),
10:(D,"state talent policy"),
11:(D,"state builds a pro-innovation environment; encourages participation (declaration)"),
12:(D,"state develops popular science, incentive mechanism; no receivable"),
13:(D,"state IP strategy; para 2 soft duty of 企业事业单位 to raise IP awareness; alt 企业义务"),
14:(D,"state builds S&T evaluation system"),
15:(D,"State Council and governments plan and organise"),
16:(D,"competent departments"),
17:(D,"coordination mechanism"),
18:(D,"科技工作者日; state award system (具体办法由国务院规定) — awards go by 提名, a business cannot simply apply; alt 可申请的支持 (not core)"),
19:(D,"state strengthens basic research; encourages institutes/firms"),
20:(D,"state funding mechanism; para 3 guides firms to invest and gives 财政、金融、税收等政策支持 without a receivable; alt 可申请的支持"),
21:(S(["其他:基础研究项目申请人"],True,True),"natural science fund: 自主申请、同行评审、择优支持 — money one can apply for; applicants are mostly researchers/institutes; alt 政府职责 (setting up the fund)"),
22:(D,"discipline layout"),
23:(D,"basic research talent"),
24:(D,"basic research bases"),
25:(D,"state supports universities' basic disciplines"),
26:(D,"applied research, common technology supply"),
27:(D,"research coordination mechanism"),
28:(D,"key core technology programme"),
29:(D,"common-technology platforms; encourages enterprise-led R&D (declaration)"),
30:(D,"state promotes transfer; para 2 duty of state-funded institutes/universities (not businesses); alt 一般规定"),
31:(G,"国家鼓励 firms/institutes to form alliances — encouragement without means; alt 政府职责"),
32:(R(["其他:财政资金科技计划项目承担者"]),"project undertakers obtain IP from state-funded projects and may transfer/license/invest it; para 2 duty to implement and report annually, state may use it; alt 企业义务"),
33:(D,"distribution policy, reform of ownership of job-related results"),
34:(O,"transfer abroad of IP from state-funded projects needs approval of the project management body (binds project undertakers); para 1 encouragement; alt 政府职责"),
35:(D,"state promotes application trials of new technologies (包容审慎); alt 可申请的支持 (weak)"),
36:(D,"agricultural S&T; governments support agricultural institutes and extension"),
37:(D,"standards and R&D"),
38:(D,"state develops the technology market; para 2 principles of technology trade; alt 一般规定"),
39:(D,"enterprise-centred innovation system, leading firms"),
40:(G,"list of activities 国家鼓励企业 to carry out — no means attached; alt 政府职责"),
41:(S(["企业"],True,True),"para 3: R&D expenses 税前列支并加计扣除 and accelerated depreciation 按照国家有关规定; paras 1-2 encouragement"),
42:(D,"capital market for 符合条件的科技型企业; no receivable named; alt 可申请的支持"),
43:(S(["其他:高新技术企业","中小企业","其他:投资初创科技型企业的创业投资企业"],True,True),"tax preferences 按照国家有关规定; 中小企业 stands for 科技型中小企业 only (alt 其他:科技型中小企业); requires 认定/评价"),
44:(D,"state supports public R&D platforms and intermediaries; para 2 they shall serve SMEs; alt 可申请的支持 (services for 中小企业, not core)"),
45:(R(["企业"]),"state protects firms' IP from R&D; second sentence soft duty; alt 一般规定"),
46:(O,"state-owned enterprises must set up R&D investment, distribution and evaluation systems; managers responsible"),
47:(D,"governments create fair competition; policies to guide firms"),
48:(D,"state plans R&D institutes, national laboratories; para 3 duty of state-funded institutes"),
49:(R(["企业","外资企业","其他:自然人和非法人组织"]),"right to set up R&D institutes, incl. foreign organisations; postdoc stations; alt 一般规定"),
50:(R([RI]),"rights of R&D institutes incl. autonomy and receiving donations; alt 一般规定"),
51:(O,"R&D institutes must adopt a charter, integrity/ethics rules, no superstition; para 2 state-funded ones serve the public; institutes are not always businesses, alt 一般规定"),
52:(D,"governance of state-funded institutes (public bodies); alt 一般规定"),
53:(D,"evaluation of state-funded institutes"),
54:(D,"state-funded institutes share resources; encourages private ones"),
55:(R(["其他:社会力量设立的科学技术研究开发机构","企业"]),"para 2 privately founded institutes 有权 compete for state-funded projects; para 1 protection of firms' institutes; para 3 state improves tax preferences for non-profit institutes (government task); alt 可申请的支持"),
56:(D,"state supports new-type R&D institutions (no receivable); alt 可申请的支持 (weak)"),
57:(D,"state environment for scientists; ban on unfair treatment of scientists"),
58:(D,"strategic talent"),
59:(D,"education of innovative talent"),
60:(O,"governments, 企业事业单位 and social organisations shall raise scientists' pay; part-time work of public scientists; encourages equity incentives; alt 政府职责"),
61:(O,"governments and employers shall guarantee scientists' continuing education; alt 政府职责"),
62:(G,"individual scientists may choose employers; their duties — natural persons, not businesses; alt 可主张的权利 (for scientists, not a business)"),
63:(D,"classified evaluation of scientists"),
64:(D,"departments and employers reduce scientists' administrative burden; alt 企业义务"),
65:(O,"employer must pay hardship subsidies and provide safety to scientists in remote/dangerous places"),
66:(O,"equal rights of young/minority/female scientists; governments and employers shall create conditions; alt 政府职责"),
67:(G,"ethics duties of individual scientists (natural persons); alt 企业义务"),
68:(R(["其他:承担高风险项目的科学技术人员"]),"exemption from liability after diligent failure of high-risk projects — individuals, not businesses; alt 一般规定"),
69:(D,"integrity records used for titles, projects, awards; alt 一般规定"),
70:(R(["其他:科学技术人员","其他:科学技术协会和科学技术社会团体"]),"right to found/join S&T associations; associations' rights protected; alt 一般规定"),
71:(D,"regional layout"),
72:(D,"local governments support R&D and transfer"),
73:(D,"S&T plans reflect industry needs; governments shall let firms compete equally for plan projects; alt 可主张的权利 (企业)"),
74:(D,"State Council approves high-tech zones"),
75:(D,"innovation bases and centres"),
76:(D,"regional cooperation"),
77:(D,"regional platforms"),
78:(D,"regional innovation models"),
79:(D,"international cooperation"),
80:(D,"government-to-government cooperation; encourages actors (declaration)"),
81:(G,"国家鼓励 organisations to build international platforms — no means; alt 政府职责"),
82:(D,"state supports international research cooperation; IP/ethics review"),
83:(D,"state opens S&T plans and encourages 在华外资企业 to join plan projects; alt 可申请的支持 (外资企业, conditional, not core)"),
84:(D,"return of overseas scientists; institutes may hire foreigners; permanent residence for outstanding foreign scientists (individuals); alt 可申请的支持 (individuals, not businesses)"),
85:(D,"state increases funding and makes industry/finance/tax/procurement policies"),
86:(D,"funding levels"),
87:(D,"uses of fiscal S&T funds; support for state-funded institutes"),
88:(D,"national S&T plans"),
89:(S(["中小企业"],True,True),"state fund that 资助中小企业开展技术创新 — money SMEs can apply for under the fund's rules (elsewhere); para 2 other non-profit funds; alt 政府职责"),
90:(S(["企业","其他:从事技术开发、转让、许可、咨询、服务的单位和个人","其他:科学技术普及场馆、基地","其他:捐赠资助科技活动的组织和个人"],True,True),"tax preferences for listed activities 按照国家有关规定"),
91:(S(["企业","其他:科技创新产品、服务的境内提供者"],True,True),"government procurement must buy innovative products meeting requirements, first-to-market ones first, no track-record barrier; para 2 procurement by order; alt 可主张的权利"),
92:(G,"国家鼓励 banks/insurers: IP pledge financing, credit — the bank is the actor, no government receivable; alt 政府职责 / 可申请的支持"),
93:(D,"state research bases; encourages experiment service units serving firms"),
94:(D,"large instruments"),
95:(D,"journals, open science"),
96:(G,"国家鼓励 donations and S&T foundations — no means; alt 政府职责"),
97:(R(["其他:利用财政性资金设立的机构和企业的相关负责人"]),"exemption from decision liability for diligent managers — protects individuals; alt 一般规定"),
98:(D,"integrity and ethics governance"),
99:(D,"decision-making procedures"),
100:(D,"fund performance and audit; para 3 ban on any organisation defrauding S&T funds; alt 企业义务"),
101:(D,"project management, expert review"),
102:(D,"resource information systems; duties of resource-managing units (publish sharing rules, fees, respect users' IP); alt 企业义务 / 可主张的权利 (users)"),
103:(O,"ethics committee (state); para 2 institutes, universities, 企业事业单位 must run ethics review; alt 政府职责"),
104:(O,"integrity: 企业事业单位 bear integrity responsibility; ban on fabricating results and paper mills; alt 政府职责"),
105:(D,"statistics and S&T reports; para 2 project undertakers must submit reports; alt 企业义务"),
106:(D,"S&T secrecy, export control of resources"),
107:(O,"ban on harmful or unethical R&D; comply with management norms; blacklist; alt 一般规定"),
108:(G,"officials' liability"),
109:(G,"liability for suppressing research"),
110:(G,"sanctions for defrauding funds"),
111:(G,"sanctions for not sharing instruments"),
112:(G,"sanctions for harmful/unethical research and fake results"),
113:(G,"sanctions for breaching management norms"),
114:(G,"award fraud"),
115:(G,"reference to other laws, civil/criminal liability"),
116:(G,"defence S&T left to State Council/CMC"),
117:(G,"entry into force 2022-01-01"),
}
txt=open("regs/"+DOC,encoding="utf-8").read()
CN="零一二三四五六七八九"
def num(s):
    v=0
    if "百" in s:
        a,s=s.split("百"); v+=CN.index(a)*100; s=s.lstrip("零")
        if not s: return v
    if "十" in s:
        a,b=s.split("十"); v+=(CN.index(a) if a else 1)*10+(CN.index(b) if b else 0)
    else: v+=CN.index(s)
    return v
arts={}
for m in re.finditer(r"^第([一二三四五六七八九十百零]+)条 (.*)$",txt,re.M):
    arts[num(m.group(1))]=m.group(2)
N=117
assert sorted(arts)==list(range(1,N+1)),sorted(arts)
assert sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.Counter(x["kind"] for x in out); print(c, "core",[x["article"] for x in out if x["core_benefit"]])
for k in c: print(k,[x["article"] for x in out if x["kind"]==k])
print("alt",[x["article"] for x in out if "alt" in x["note"]])
