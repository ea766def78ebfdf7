import json,re,collections
# run from the set folder: /usr/bin/python3 tools/make_regs_labels.py
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)

JY="中华人民共和国就业促进法(2015-04-24).md"
L_JY={
1:(G,"purpose"),
2:(G,"national policy line (方针) on employment; declaration"),
3:(G,"workers' right to equal employment (a worker's right, not a business's); alt 可主张的权利 for 其他:劳动者"),
4:(D,"governments plan employment goals"),
5:(D,"governments create employment conditions"),
6:(D,"coordination mechanisms; competent authorities"),
7:(D,"para 1 state advocates self-employment; para 2 governments simplify procedures for self-employment (no concrete receivable); alt 可申请的支持 (weak)"),
8:(R(["企业"]),"para 1 用人单位 enjoy autonomy in hiring (a right an employer can invoke); para 2 must protect workers' rights; alt 企业义务"),
9:(G,"unions, youth league, women's federation etc. assist (social organisations; no business duty)"),
10:(D,"governments commend units and individuals with outstanding results; no application; alt 可申请的支持 (honour, not core)"),
11:(D,"governments coordinate industrial and employment policy"),
12:(D,"state encourages firms to add jobs, supports SMEs and the non-public economy — no receivable named; alt 一般规定"),
13:(D,"state develops trade and economic cooperation"),
14:(D,"government investment and major projects should create jobs"),
15:(D,"fiscal policy; special employment funds in budgets; para 3 lists uses (subsidies, 小额贷款担保基金, 贴息) but names no receivable for a business here; alt 可申请的支持"),
16:(D,"unemployment insurance system"),
17:(S(["企业","中小企业","个体工商户"],True,True),"tax preferences: (1) firms absorbing qualified unemployed to the required extent → 企业; (2) SMEs founded by unemployed → 中小企业; (3) firms employing disabled at the required ratio → 企业; (4)(5) unemployed/disabled in 个体经营 → 个体工商户; conditions 符合国家规定条件/达到规定要求/规定比例"),
18:(S(["个体工商户"],True,True),"for art. 17 items 4/5 (unemployed or disabled 个体经营): care with business premises and exemption from 行政事业性收费 (fee relief); conditional via art. 17 (符合国家规定条件); beneficiary more exactly 其他:从事个体经营的失业人员/残疾人"),
19:(S(["中小企业","其他:自主创业人员"],True,True),"financial policy: more financing channels and credit for SMEs; 小额信贷 for self-employed starters 在一定期限内; mostly a policy statement — alt 政府职责; conditional (period and rules elsewhere)"),
20:(D,"urban-rural employment policy; transfer of rural surplus labour"),
21:(D,"regional development and cooperation"),
22:(D,"governments coordinate employment of new labour, rural labour, unemployed"),
23:(D,"labour and social-insurance policies for flexible employment; help for flexible workers"),
24:(S(["其他:从事个体经营的失业人员"],False,False),"governments give unemployed people starting 个体经营 policy advice, training and 开业指导 (a free service one can ask for; not core); alt 政府职责"),
25:(D,"fair employment environment; help for people with difficulties"),
26:(O,"employers and job agencies must give equal opportunities, no discrimination"),
27:(O,"para 1 state guarantees women's equal rights; paras 2–3 employers may not refuse women or restrict marriage/childbirth"),
28:(O,"para 2 employers give appropriate consideration to ethnic-minority workers"),
29:(O,"para 3 employers must not discriminate against the disabled; para 2 government planning; alt 政府职责"),
30:(O,"employers must not refuse carriers of infectious pathogens (with the medical exception)"),
31:(O,"no discriminatory limits on rural workers (binds anyone, employers included); alt 政府职责"),
32:(D,"governments build the human-resources market"),
33:(D,"encourage employment services; supervise public and private agencies"),
34:(D,"labour-market information network"),
35:(D,"public employment service institutions give free services to 劳动者 (workers); employers may use the information services but the addressees are workers; alt 可申请的支持 (weak)"),
36:(S(["其他:职业中介机构"],True,True),"local governments subsidise job agencies that provide public-interest services 按照规定 (money; rules elsewhere); para 2 donations encouraged"),
37:(D,"governments may not run commercial job agencies; their job fairs free for workers"),
38:(D,"governments manage and encourage job agencies"),
39:(O,"principles for job-agency activity; employers give true vacancy information; ban on harming workers through agency activity"),
40:(O,"conditions for setting up a job agency; registration + labour-department licence; unlicensed agencies banned; alt 可申请的支持 (a permit a business can apply for)"),
41:(O,"banned conduct of job agencies"),
42:(D,"unemployment early-warning system"),
43:(D,"labour statistics, employment/unemployment registration; para 2 employers and individuals must give true information; alt 企业义务"),
44:(D,"state develops vocational education and training"),
45:(D,"governments make skills-development plans"),
46:(D,"governments encourage and support schools, training bodies and employers to train — no receivable; alt 可申请的支持 (weak)"),
47:(O,"para 3 enterprises must set aside 职工教育经费 and train workers; paras 1–2 encouragement and school-industry ties; alt 政府职责"),
48:(D,"labour-preparation system for school leavers"),
49:(S(["其他:失业人员"],True,False),"para 1 governments encourage training (duty); unemployed persons in training get government training subsidies 按照有关规定 — an individual's benefit, not a business's, hence not core; alt 政府职责"),
50:(D,"skills training for rural migrants"),
51:(D,"vocational qualification certificates for special jobs, 具体办法由国务院规定; alt 一般规定"),
52:(D,"employment-assistance system for 就业困难人员 (tax/fee relief, interest subsidies, social-insurance and post subsidies for individuals); para 2 definition; alt 可申请的支持 for 其他:就业困难人员"),
53:(D,"public-interest posts given first to people with difficulties; post subsidies 按照国家规定 to those placed (individuals); alt 可申请的支持"),
54:(D,"grass-roots employment assistance"),
55:(O,"para 2 employers must employ disabled persons per state rules (具体办法由国务院规定); para 1 government support; alt 政府职责"),
56:(S(["其他:零就业家庭"],True,False),"para 2 urban families with all working-age members unemployed may apply for employment assistance; provided after 确认属实 (conditional); a household's claim, not a business's; para 1 government duty; alt 可主张的权利"),
57:(D,"resource-exhausted cities; help for areas with concentrated difficulties"),
58:(D,"target-responsibility system"),
59:(D,"audit and finance supervise special funds"),
60:(D,"labour departments supervise, take reports of violations"),
61:(G,"liability of officials"),
62:(R(["其他:劳动者"]),"workers may sue for employment discrimination — a worker's right, not a business's; alt 一般规定 (liability chapter)"),
63:(G,"liability of governments running commercial agencies"),
64:(G,"fine for unlicensed job agencies"),
65:(G,"fine for agency misconduct"),
66:(G,"fine for withholding ID cards / taking deposits"),
67:(G,"fine for enterprises not setting aside education funds; alt 企业义务 (restates art. 47)"),
68:(G,"civil and criminal liability"),
69:(G,"entry into force 2008-01-01"),
}

CJ="残疾人就业条例(2007-02-25).md"
JZ="其他:集中使用残疾人的用人单位"
L_CJ={
1:(G,"purpose"),
2:(D,"para 1 national line (集中与分散相结合); para 2 governments plan and make preferential policies — no receivable"),
3:(O,"用人单位 (incl. enterprises) must fulfil duties to support disabled employment; also defines 用人单位"),
4:(G,"encouragement; ban on discrimination in employment (binds everybody); disabled should improve skills; alt 企业义务"),
5:(D,"government coordination; competent departments"),
6:(D,"China Disabled Persons' Federation organises and supervises (on legal/government mandate); unions etc.; alt 一般规定"),
7:(D,"governments commend units and individuals; no application; alt 可申请的支持 (honour)"),
8:(O,"employment quota ≥1.5% of staff (ratio set by the province); suitable posts"),
9:(O,"employers below the quota pay 残疾人就业保障金"),
10:(O,"welfare enterprises etc. must employ the disabled collectively; 资格认定 per state rules; alt 一般规定 (definition of 集中使用残疾人的用人单位)"),
11:(O,"≥25% full-time disabled staff in such units"),
12:(O,"labour contract or service agreement with disabled staff"),
13:(O,"suitable working conditions; no discrimination in promotion, pay, insurance, welfare"),
14:(O,"training of disabled staff"),
15:(D,"governments widen channels, create public-interest posts, give priority in community services"),
16:(D,"levy goes into the budget, earmarked; supervision; rules by the Ministry of Finance"),
17:(S([JZ],True,True),"tax preferences 依法 and support in production, technology, funds, premises for units employing the disabled collectively (status after 资格认定, art. 10)"),
18:(S([JZ],True,True),"products/projects reserved for such units; para 2 government procurement preference 在同等条件下 (core: procurement preference); para 1 is a government duty; alt 政府职责"),
19:(S(["个体工商户","其他:自主创业的残疾人"],True,True),"disabled in 个体经营: tax preferences 依法, premises, exemption from administrative fees 按照规定; para 2 小额信贷 for disabled self-starters 在一定期限内"),
20:(D,"governments raise funds and organise rural disabled production; para 2 departments help rural disabled farmers with services, technology, supplies, purchase and credit (no concrete receivable); alt 可申请的支持 for 其他:从事农业生产劳动的农村残疾人"),
21:(D,"employment assistance, training, skills contests"),
22:(S(["其他:残疾人","企业"],False,False),"free services of the federation's employment service agencies; item (五) support to 用人单位 arranging disabled employment (企业 per convention for 用人单位); service, not core; alt 政府职责"),
23:(D,"employment service agencies may do unemployment registration and skill appraisal when mandated/approved"),
24:(R(["其他:残疾人职工"]),"disabled staff in disputes with the employer receive legal aid — a worker's claim, not a business's; alt 可申请的支持 (service)"),
25:(G,"officials' liability"),
26:(G,"liability for embezzling the levy"),
27:(G,"fine and 5‰ daily late fee for unpaid levy; alt 企业义务"),
28:(G,"false reporting to obtain tax preferences handled by tax authority"),
29:(G,"definition of 残疾人就业"),
30:(G,"entry into force 2007-05-01"),
}

cn="零一二三四五六七八九"
def num(s):
    if "十" in s:
        a,b=s.split("十"); return (cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    return cn.index(s)
out=[]
for doc,L in ((JY,L_JY),(CJ,L_CJ)):
    txt=open("regs/"+doc,encoding="utf-8").read()
    arts={}
    for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
        n=num(m.group(1)); assert n not in arts; arts[n]=m.group(2)
    n=len(L)
    assert sorted(arts)==list(range(1,n+1)) and sorted(L)==list(range(1,n+1)),doc
    for a in range(1,n+1):
        (k,b,c,core),note=L[a]
        out.append(dict(doc=doc,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
    sub=[x for x in out if x["doc"]==doc]
    print(doc,len(sub),dict(collections.Counter(x["kind"] for x in sub)),"core",[x["article"] for x in sub if x["core_benefit"]],
          "alt",[x["article"] for x in sub if "alt" in x["note"]])
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
