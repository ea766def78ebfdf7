import json,re,collections
DOC="中华人民共和国电影产业促进法(2016-11-07).md"
FO="其他:从事电影活动的法人、其他组织"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope and definition of 电影; para 3 network distribution also follows network laws"),
3:(G,"guiding principle (social benefit first); declaration; alt 企业义务"),
4:(G,"state creative policy, freedom of creation (declaration); alt 政府职责"),
5:(D,"State Council / local governments plan film industry; state makes industry policy"),
6:(D,"state encourages film technology R&D and sets standards — no receivable; alt 一般规定"),
7:(R(["其他:电影相关知识产权权利人"]),"film-related IP protected, nobody may infringe; government enforcement (para 2); encouragement of derivatives (para 4); alt 政府职责"),
8:(D,"competent authorities"),
9:(G,"industry associations' self-regulation and practitioners' ethics (association duty = 一般规定 by convention); alt 企业义务"),
10:(S(["其他:优秀电影的摄制单位及作出突出贡献的组织"],True,False),"commendation and rewards 按照国家有关规定; honour, amount not stated so not core; alt 政府职责"),
11:(D,"state encourages international co-operation, supports attending overseas festivals — no receivable; alt 可申请的支持"),
12:(D,"encouragement of script creation; film authorities give convenience to creative staff (natural persons) — alt 可申请的支持 for 其他:电影创作人员"),
13:(O,"must file script synopsis (or submit script for review) before shooting; the filing certificate is a procedural by-product; alt 可申请的支持 (备案证明/批准文件, permit)"),
14:(S(["其他:境内法人、其他组织"],True,True),"approval to co-produce with foreign organisations (permit); qualifying co-productions treated as domestic films; para 3 ban on foreign organisations shooting alone; alt 企业义务"),
15:(D,"film authorities co-ordinate police, heritage, scenic-area bodies to help shooting (para 1); producers must obey environment/heritage/safety law (para 2, duty); alt 企业义务, alt 可申请的支持 (assistance)"),
16:(O,"list of banned content — binds producers"),
17:(S([FO],True,True),"completed films submitted for review; decision within 30 days; 电影公映许可证 issued (permit a producer obtains); mandatory, alt 企业义务"),
18:(D,"expert review (≥5 experts); on objection the authority 可以 organise a second review (discretionary); alt 可主张的权利"),
19:(O,"re-submit for review when content changes"),
20:(O,"licence logo at the head; warning for minors; unlicensed films may not be distributed/screened/streamed"),
21:(O,"only licensed films may attend festivals; filing before overseas festivals"),
22:(O,"may take on foreign post-production work but must file and must not take harmful content; alt 可主张的权利 (freedom), alt 一般规定"),
23:(O,"para 3: producers keep archives and hand them to the state archive (sanctioned art. 54(5)); paras 1–2 state archive duties; alt 政府职责"),
24:(S(["企业","个体工商户"],True,True),"distribution licence (企业) and cinema screening licence (企业, 个体工商户) on approval if personnel/site/equipment conditions are met — permit"),
25:(D,"licensing authority decides within 30 days and publishes; procedure of art. 24; alt 可申请的支持 (together with 24)"),
26:(O,"mobile screening must be filed with county film authority"),
27:(S(["其他:从事农村电影公益放映活动的单位和个人"],True,True),"para 2 subsidies for rural public-welfare screenings 按照国家有关规定; para 1 government network; para 3 ban on fraud; alt 政府职责"),
28:(S(["其他:电影院","其他:从事电影流动放映活动的企业、个人"],True,True),"para 2: local government 可以 pay 奖励性补贴 to cinemas/mobile screeners giving discounts to minors, elderly, disabled, low-income, migrant workers; para 1 free films for pupils (schools); discretionary, alt 政府职责"),
29:(O,"domestic films ≥ 2/3 of annual screening time; screening quality"),
30:(O,"equipment standards; computerised ticketing"),
31:(R(["其他:电影院"]),"cinema staff may stop recording, require deletion, ask to leave; ban on recording binds viewers; alt 一般规定"),
32:(O,"no advertising after the announced start time; para 1 encourages public-service ads"),
33:(O,"cinema safety/order; staff refuse entry to dangerous goods"),
34:(O,"true box-office statistics, no fake transactions"),
35:(O,"foreign-related film festivals in China need approval — a requirement on organisers; alt 可申请的支持 (permit)"),
36:(D,"state supports listed kinds of films — no receivable or procedure named; alt 可申请的支持 (其他:电影摄制单位)"),
37:(D,"state guides special funds/budget to the film industry, audits them — no grant named; alt 可申请的支持"),
38:(S(["其他:电影企业"],True,True),"tax preferences, rules by State Council finance/tax departments (另行制定 elsewhere); alt 政府职责"),
39:(D,"local governments plan and secure land for cinemas — no receivable; alt 可申请的支持 (land)"),
40:(S(["其他:摄制经公告电影的法人、其他组织"],True,True),"paras 1–3 encourage banks, insurers, guarantee firms (they are actors, not beneficiaries); para 4 loan term and rate for announced films 按照国家有关规定 — credit preference; alt 政府职责"),
41:(R(["其他:开展跨境电影投资的法人、其他组织"]),"encouragement of cross-border investment; 依法保障 reasonable forex needs — invocable protection; alt 政府职责"),
42:(D,"talent programme, schools; firms encouraged to take part in training"),
43:(D,"support for rural, border, poor, minority areas and minority-language dubbing — no receivable; alt 可申请的支持"),
44:(D,"state supports translation of excellent films and promotes abroad; encourages private promotion; alt 可申请的支持"),
45:(S(["其他:捐赠、资助电影产业的社会力量"],True,True),"donors/sponsors 依法给予优惠 (tax deduction) — the beneficiary is the donor, possibly a firm; alt 一般规定"),
46:(D,"daily supervision, complaints, credit records of violators"),
47:(G,"sanction: unauthorised shooting/distribution/screening"),
48:(G,"sanction: forged/transferred licences, licences by fraud"),
49:(G,"sanction: unlicensed films"),
50:(G,"sanction: prohibited foreign post-production work"),
51:(G,"sanction: fake box office; ads after start time"),
52:(G,"sanction: unauthorised foreign-related festivals"),
53:(G,"5-year bar after licence revocation"),
54:(G,"sanctions by reference (incl. subsidy fraud)"),
55:(G,"officials' liability"),
56:(G,"civil/criminal liability, repeat offenders"),
57:(G,"proportionate sanctions; sealing/seizure powers"),
58:(R(["其他:电影活动当事人"]),"administrative reconsideration/litigation; reconsideration first for refusals of 公映; alt 一般规定"),
59:(G,"foreign capital in film enterprises per state rules"),
60:(G,"entry into force 2017-03-01"),
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
N=60
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
print("alt",[x["article"] for x in out if "alt" in x["note"]])
