# Generates ../regs_labels.json for the two regulations in ../regs/.
# Run from the set folder:  /usr/bin/python3 tools/make_regs_labels.py
import json,re,collections
G=("一般规定",[],None,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
MS=["企业","个体工商户"]   # 市场主体 = firms of all sizes + 个体工商户 (+ cooperatives etc., named in notes)

# ---------------- 市场主体登记管理条例 (State Council, 2021, in force 2022-03-01) ----------------
DOC1="市场主体登记管理条例(2021-07-27).md"
L1={
1:(G,"purpose"),
2:(G,"definition of 市场主体: companies, sole-proprietorship/partnership firms, cooperatives, 个体工商户, foreign company branches"),
3:(O,"must register; no business under a market-entity name without registration; kinds of registration"),
4:(G,"principles of registration administration"),
5:(D,"competent authorities: SAMR and local market-regulation departments"),
6:(D,"informatisation; registration bodies streamline (当场办结, 一次办结, 网上办理); applicant gains speed but no claim named; alt 可主张的权利"),
7:(D,"information sharing between government departments"),
8:(G,"list of registration items by entity type; alt 企业义务"),
9:(O,"items that must be filed (备案): articles, term, subscribed capital, directors, beneficial owners …"),
10:(R(MS),"registered name is protected by law and freely declared by the applicant; para 1 'only one name' is a limit; alt 一般规定"),
11:(S(["其他:电子商务平台内的自然人经营者"],True,False),"para 2: platform natural-person sellers may register the platform's network address as business premises 根据国家有关规定 (a registration option they can use); para 1 one domicile only, para 3 provinces may ease domicile rules; not core; alt 可主张的权利 / 一般规定"),
12:(G,"disqualifications for legal representatives; alt 企业义务"),
13:(G,"subscribed-capital registration; para 2 bans labour/credit/goodwill etc. as contributions (duty of investors); alt 企业义务"),
14:(O,"submit approval documents for licensed business items; register scope per the published classification"),
15:(O,"real-name registration; applicant must cooperate with identity checks"),
16:(O,"list of materials to submit; para 2 SAMR publishes lists (government); para 3 bodies may not demand information available by data sharing (protection); alt 可主张的权利 / 政府职责"),
17:(O,"applicant responsible for truth of materials"),
18:(R(["其他:市场主体登记申请人"]),"applicant may entrust a natural person or intermediary; the agent is bound not to give false information; alt 一般规定"),
19:(D,"formal review; register on the spot or within 3 (+3) working days; one-time notice of missing materials; applicant can rely on the limits — alt 可主张的权利"),
20:(D,"refusal of registration with reasons; alt 一般规定"),
21:(S(MS,True,True),"business licence issued on establishment registration (a permit/status obtained by applying); conditional on lawful registration and any required approval; alt 一般规定 and core false (registration is a precondition, not a benefit)"),
22:(G,"licence original/copy and electronic licence have equal legal effect; alt 可主张的权利"),
23:(O,"branches must be registered where they are"),
24:(O,"change registration within 30 days"),
25:(O,"change of legal representative when disqualified"),
26:(O,"change of scope within 30 days after approval; change or deregister when permit lapses"),
27:(O,"cross-district move: apply before moving; para 2 the old registry may not refuse to transfer files (government); alt 政府职责"),
28:(D,"registry reissues the licence promptly; alt 可主张的权利"),
29:(O,"file changes of 备案 items within 30 (cooperatives 90) days"),
30:(S(MS,True,False),"歇业: after disasters/accidents/epidemics a market entity may suspend business up to 3 years, keep its registration and use a service address, after 备案; conditions stated (cause, prior consultation with staff, filing); a status, not money; alt 可主张的权利 (自主决定); paras 2–4 contain obligations"),
31:(O,"apply for deregistration on dissolution/bankruptcy"),
32:(O,"clearing group publication within 10 days and deregistration within 30 days"),
33:(S(MS,True,False),"simplified deregistration when no debts/obligations, with investors' written undertaking and 20-day publication; 个体工商户 without publication (para 3); exclusions in para 4; a procedure, not core; alt 一般规定"),
34:(G,"court-appointed clearing group / bankruptcy administrator applies directly with the court ruling; procedural; alt 可申请的支持 for 其他:清算组、破产管理人"),
35:(O,"publish annual reports and registration information"),
36:(O,"display the licence; e-commerce sellers show licence information on their homepage"),
37:(O,"no forging/renting/lending licences; declare loss and apply for replacement; return licence"),
38:(D,"credit-risk based graded supervision; random inspections"),
39:(D,"investigation powers of registration bodies"),
40:(R(["其他:受虚假市场主体登记影响的自然人、法人和其他组织"]),"those harmed by a fraudulent registration (e.g. a firm or person whose identity was misused) may apply to revoke it; registry investigates; 3-year ban for the responsible person; alt 政府职责"),
41:(D,"cases where the registry may decline to revoke; alt 一般规定"),
42:(D,"registry or superior corrects a wrong revocation and restores the registration"),
43:(G,"sanction: operating without registration"),
44:(G,"sanction: registration by fraud"),
45:(G,"sanction: false capital / false contribution"),
46:(G,"sanction: no change registration"),
47:(G,"sanction: no filing"),
48:(G,"sanction: licence not displayed / forged / lent"),
49:(G,"fines take account of type and size of the entity; alt 可主张的权利 (proportionality for small entities)"),
50:(G,"liability of registry officials"),
51:(G,"criminal liability"),
52:(G,"other laws prevail for sanctions"),
53:(G,"SAMR may make implementing rules; alt 政府职责"),
54:(G,"rules for street vendors without fixed premises left to provinces; alt 政府职责"),
55:(G,"entry into force 2022-03-01; repeals five earlier registration regulations"),
}

# ---------------- 北京市生活垃圾管理条例 ----------------
DOC2="北京市生活垃圾管理条例(2020-09-25).md"
L2={
1:(G,"purpose"),
2:(G,"scope and definition of 生活垃圾; hazardous/medical waste excluded"),
3:(G,"principles: public-welfare cause, shared responsibility"),
4:(D,"duties of city, district governments, 街道/乡镇"),
5:(D,"城市管理部门 coordinates and supervises; other departments cooperate"),
6:(O,"units and individuals reduce and sort waste; '有权…举报' is a public reporting right, not a business benefit (alt 可主张的权利, weak); para 2 government offices lead by example"),
7:(O,"waste-service firms provide safe, compliant service; para 2 '制定鼓励政策，引导社会投资' names no receivable (government); alt 政府职责"),
8:(O,"para 2 waste producers pay the waste fee; para 1 the city builds a metered, sorted fee system (government); alt 政府职责"),
9:(D,"facilities, support for technology innovation and reusable packaging R&D, encourage recycled products — no receivable named; alt 可申请的支持 (weak)"),
10:(D,"publicity and education; media and schools"),
11:(S(["其他:在生活垃圾管理中做出突出贡献的单位和个人"],True,False),"award for outstanding contribution; depends on selection (评选), form not stated; alt 政府职责"),
12:(D,"city waste-treatment plan"),
13:(D,"district waste-treatment plans"),
14:(D,"public consultation on plans with facilities"),
15:(D,"annual planning of facility construction"),
16:(D,"land use of facilities may not change; planning standards and control around facilities"),
17:(S(["其他:生活垃圾集中转运、处理设施建设运营单位"],True,True),"city gives funds and land for building/operating transfer and treatment facilities and their environmental protection; no procedure or amount (rules elsewhere); alt 政府职责"),
18:(D,"facility projects must fit the plan; 发改 consults 城市管理 on approvals; alt 企业义务 (builders)"),
19:(O,"builders of facilities: EIA, public notice, pollution-control measures"),
20:(D,"standards for waste-sorting facilities in construction projects"),
21:(O,"builders must build sorting facilities with the project, apply for acceptance, disclose in sales"),
22:(O,"nobody may remove/relocate/stop facilities without approval"),
23:(O,"landfill operator carries out closure"),
24:(O,"producers/sellers avoid over-packaging; express firms use e-waybills and green packaging; e-commerce sellers choose such express firms; para 4 encouragement"),
25:(O,"units and individuals reduce disposables; government offices go paperless"),
26:(O,"ban on ultra-thin plastic bags, no free bags in retail; restaurants and hotels may not offer disposables unasked; para 3: buffets MAY charge for excessive leftovers after a warning (a business right) — alt 可主张的权利"),
27:(D,"净菜上市 measures by commerce department; households may install kitchen-waste units"),
28:(D,"governments build construction-waste recycling and support recycled-product makers (no receivable); para 3 builders/contractors reduce construction waste; alt 企业义务"),
29:(D,"recycling system plan, outlets, rules; 生产者责任延伸 in circular-economy policy"),
30:(O,"recyclables go into the right container or to a recycler; city publishes the recyclables catalogue"),
31:(O,"recyclers must file with the district and follow rules; para 2 they may choose collection methods (freedom; alt 可主张的权利)"),
32:(D,"sorting system and standards"),
33:(O,"waste producers sort into four categories"),
34:(O,"designates the 分类管理责任人 (for shops/markets/restaurants: the operator); alt 一般规定"),
35:(O,"duties of the 责任人 (rules, containers, contract with licensed collector); para 2 责任人 may demand correction from droppers (alt 可主张的权利); para 3 government supervises property firms"),
36:(O,"container requirements; 责任人 may add finer containers"),
37:(O,"discharge registration and waste ledger; para 3 街道/乡镇 enter data (government)"),
38:(O,"builders/demolition contractors must obtain 渣土消纳许可 before work (a required permit, not a benefit)"),
39:(O,"residents stack renovation waste separately and pay; 责任人 obtains the permit"),
40:(O,"drop waste at the published time and place"),
41:(D,"standards for collection, transport, treatment"),
42:(O,"collection/transport firms need a licence"),
43:(O,"vehicles need 准运证; dedicated vehicles for kitchen and construction waste"),
44:(O,"duties of collection/transport units; para 2 they may demand correction from the 责任人 (alt 可主张的权利)"),
45:(O,"facility operators accept and sort-treat waste; treatment firms and construction-waste sites need licences"),
46:(O,"builders hand construction waste to licensed carriers and inform the disposal site"),
47:(S(["其他:建设运行厨余垃圾就地处理设施的单位"],True,True),"para 1: governments give guidance and 经济补助 for building/operating on-site kitchen-waste facilities, rules by 城市管理/发改/财政 (另行制定); paras 2–3 are obligations of 餐饮服务单位 (separate collection, on-site treatment above a size) and bans — alt 企业义务"),
48:(O,"new/existing wholesale and farmers' markets must build on-site facilities for vegetable waste; para 2 园林 departments build facilities (government)"),
49:(D,"district may set up rural collection teams or tender the service; rural kitchen waste and ash"),
50:(D,"inter-district compensation paid by district governments"),
51:(O,"duties of facility operators; para 2 they may demand correction from collectors (alt 可主张的权利)"),
52:(D,"assessment system for governments"),
53:(D,"information system"),
54:(D,"whole-process supervision, manifests, sorted pricing; environmental monitoring"),
55:(D,"kitchen-waste supervision and joint enforcement"),
56:(D,"complaint hotline; rewards for reporters (individual informants; alt 可申请的支持, weak)"),
57:(D,"coordination; enforcement powers"),
58:(D,"街道/乡镇 grassroots governance; may reward sorting"),
59:(D,"support volunteers and social organisations"),
60:(D,"social supervisor system; operators must cooperate"),
61:(G,"industry associations' self-regulation (association role labelled 一般规定); alt 政府职责"),
62:(D,"sanction information shared to the public credit platform"),
63:(G,"officials' liability"),
64:(G,"sanction: sorting facilities not built"),
65:(G,"sanction: plastic bags, disposables"),
66:(G,"sanction: recyclers not sorting"),
67:(G,"sanction: not sorting (units/individuals); individuals may do community service instead"),
68:(G,"sanction: 责任人 duties"),
69:(G,"sanction: registration and ledger"),
70:(G,"sanction: collection/transport units"),
71:(G,"sanction: facilities not accepting/sorting"),
72:(G,"sanction: construction waste"),
73:(G,"sanction: kitchen waste"),
74:(G,"sanction: facility operators"),
75:(G,"reference to 北京市市容环境卫生条例"),
76:(G,"obstruction: public-security sanctions"),
77:(G,"definitions"),
78:(G,"entry into force 2012-03-01"),
}

cn="零一二三四五六七八九"
def num(s):
    if "十" in s:
        a,b=s.split("十"); return (cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    return cn.index(s)
out=[]
for doc,L in ((DOC1,L1),(DOC2,L2)):
    txt=open("regs/"+doc,encoding="utf-8").read()
    arts={}
    for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
        n=num(m.group(1)); assert n not in arts; arts[n]=m.group(2)
    N=max(arts)
    assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1)),(doc,N,len(L))
    for a in range(1,N+1):
        (k,b,c,core),note=L[a]
        out.append(dict(doc=doc,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
    sub=[x for x in out if x["doc"]==doc]
    print(doc,N,dict(collections.Counter(x["kind"] for x in sub)),"core",[x["article"] for x in sub if x["core_benefit"]])
    for k in ("可申请的支持","可主张的权利"):
        print("  ",k,[x["article"] for x in sub if x["kind"]==k])
    print("   alt",[x["article"] for x in sub if re.search(r"\balt\b",x["note"])], "naive",[x["article"] for x in sub if "alt" in x["note"]])
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
