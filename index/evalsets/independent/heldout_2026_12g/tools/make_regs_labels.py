import json,re,collections
DOC="北京市小规模食品生产经营管理规定(2018-12-27).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L1={
1:(G,"purpose"),
2:(G,"scope; online food trade per national rules"),
3:(G,"definitions of 小作坊 (an 个体工商户), 小餐饮店, 小食杂店, 食品摊贩; 认定标准 set by 市市场监管局"),
4:(O,"small food producers/sellers are responsible for food safety and must meet requirements"),
5:(D,"city/district governments lead, plan service facilities; 'may' encourage by 政策引导、资金扶持 — no receivable named; alt 可申请的支持 (conditional, rules elsewhere)"),
6:(D,"supervision by 市场监管 (shops/workshops) and 城管 (hawkers); inspections, publication, guidance"),
7:(G,"encourages joining trade associations; associations' services (training, consulting, 维权) — not a government grant; alt 可申请的支持 (service, not core)"),
8:(O,"licence regime (小作坊/小餐饮店) and 备案 (小食杂店/摊贩); para 2: operate only within licensed scope; para 3: rules set elsewhere; alt 一般规定"),
9:(S(["个体工商户"],True,True),"小作坊 may apply for a production licence at the district 市场监管局 if the product is in the district catalogue and the listed conditions are met; 小作坊 is defined as 个体工商户 (alt 其他:小作坊); alt 企业义务 (licence duty)"),
10:(S(["其他:小餐饮店"],True,True),"小餐饮店 applies for a licence if the listed conditions are met; alt 企业义务 (licence duty)"),
11:(S(["其他:小食杂店"],False,True),"小食杂店 files a 备案 with listed materials (no eligibility test); farm-produce-only sellers exempt; alt 企业义务 (filing duty); core as a permit-like status (disputable)"),
12:(S(["其他:食品摊贩"],True,True),"para 1 district designates temporary vending zones (government); para 2 hawkers file 备案 with 街道/乡镇, granted to 符合条件的 within capacity; hawkers are individuals, not firms; alt 企业义务 (operate only in zones)"),
13:(O,"16 banned practices"),
14:(O,"display licence/备案 and health certificates"),
15:(O,"check suppliers' licences, keep purchase records ≥2 years"),
16:(O,"separate storage of additives; ban on nitrite etc."),
17:(O,"workshop duties (raw-material proof, testing every 6 months, records, labels, catalogue only, no contract manufacturing)"),
18:(O,"small restaurant hygiene duties"),
19:(O,"small grocery duties; no on-site food preparation"),
20:(O,"hawker duties; banned food categories; zones/times"),
21:(G,"liability: this regulation, otherwise the Food Safety Law; enforcement powers"),
22:(G,"penalty: operating without licence/备案"),
23:(G,"penalty: licence/备案 by fraud; 3-year bar"),
24:(G,"penalty: operating beyond licensed scope"),
25:(G,"penalty: art. 13 items 1–5"),
26:(G,"penalty: art. 13 items 6–11 and others"),
27:(G,"penalty: art. 13 items 12–13, art. 16 para 2"),
28:(G,"penalty: record-keeping and hygiene breaches"),
29:(G,"penalty: display and additive-record breaches"),
30:(G,"5-year bar for responsible persons after licence revocation"),
31:(G,"entry into force 2019-07-01"),
}
DOC2="北京市反食品浪费规定(2021-05-27).md"
L2={
1:(G,"purpose"),
2:(G,"scope"),
3:(G,"principles; city advocates frugal consumption"),
4:(D,"duties of governments and of 发改, 商务, 市场监管, 教育, 卫健 and other departments"),
5:(D,"首都精神文明建设委员会办事机构: education and campaigns"),
6:(G,"trade associations' self-regulation and consumer associations' role (association duty labelled 一般规定 by convention); alt 可主张的权利 is for consumers, not businesses"),
7:(O,"everyone must obey; para 4 机关、企业事业单位 include anti-waste in internal rules; para 6 operators of restaurant districts and commercial complexes must cooperate; other paras address mass organisations, committees, media (alt 一般规定)"),
8:(O,"restaurant duties (10 items), no minimum charge, no inducing over-ordering; para 3 restaurants MAY charge clearly wasteful customers a kitchen-waste fee if published — alt 可主张的权利 for that paragraph"),
9:(O,"units with canteens (of any kind, incl. enterprises): management and anti-waste duties"),
10:(O,"collective-meal caterers and central kitchens: standardised management; para 2 encouragement"),
11:(O,"food-delivery platforms and listed restaurants: prompts, labels, containers; ban on abuse of dominance/misleading ads; para 2 encouragement"),
12:(O,"food producers/sellers: reduce losses, no waste-inducing marketing, correct date labels"),
13:(O,"supermarkets, markets, convenience stores: purchasing/storage rules, near-expiry food marked or displayed together"),
14:(G,"families and individuals (consumers), not businesses"),
15:(O,"机关、国有企业事业单位、驻京办: official-meal management; alt 政府职责 (mostly public bodies)"),
16:(O,"organisers of group meals; restaurants hosting banquets must not over-sell; para 3 乡镇 government duty"),
17:(O,"school canteens and outside school-meal suppliers (businesses) duties; para 3 schools, para 4 卫健 (government)"),
18:(O,"tourism operators, travel agencies and guides: guide group meals"),
19:(O,"buffet operators: duties; may charge wasteful customers by prior agreement — alt 可主张的权利 for that clause"),
20:(D,"holiday campaigns by 文明办/商务/市场监管; para 2 encourages producers (no receivable)"),
21:(D,"city encourages food donation; 民政 builds a donation-matching platform — a service businesses may use, alt 可申请的支持 (not core)"),
22:(O,"broadcasters and online audio/video services must not spread binge-eating content; must stop transmission"),
23:(S(["其他:厨余垃圾持续减量的单位"],True,True),"governments make policies using 税收优惠、表彰奖励 for anti-waste R&D; kitchen-waste metered charging; 对持续减量的单位给予相应的支持、奖励 — a named receivable but no amount, rules elsewhere; alt 政府职责 (disputable); units include enterprises"),
24:(R(["其他:任何单位和个人"]),"anyone may dissuade waste and report violations via hotline; departments must handle; alt 一般规定"),
25:(G,"penalty: restaurants without 光盘行动 sign / over-ordering"),
26:(G,"penalty: waste-inducing marketing"),
27:(G,"penalty: canteens"),
28:(G,"penalty: delivery platforms, via Anti-Unfair-Competition Law"),
29:(G,"penalty: broadcasters and audio/video services"),
30:(G,"entry into force on publication (2021-05-27)"),
}
cn="零一二三四五六七八九"
def num(s):
    if "十" in s:
        a,b=s.split("十"); return (cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    return cn.index(s)
out=[]
for doc,L in ((DOC,L1),(DOC2,L2)):
    txt=open("regs/"+doc,encoding="utf-8").read()
    arts={}
    for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
        arts[num(m.group(1))]=m.group(2)
    N=max(arts)
    assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1)), doc
    for a in range(1,N+1):
        (k,b,c,core),note=L[a]
        out.append(dict(doc=doc,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
for doc in (DOC,DOC2):
    xs=[x for x in out if x["doc"]==doc]
    print(doc,len(xs),dict(collections.Counter(x["kind"] for x in xs)),"core",[x["article"] for x in xs if x["core_benefit"]])
    for k in ("可申请的支持","可主张的权利","政府职责","企业义务"): print(" ",k,[x["article"] for x in xs if x["kind"]==k])
    print("  alt",[x["article"] for x in xs if re.search(r"\balt\b",x["note"])])
