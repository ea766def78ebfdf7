import json,re
DOC="北京市技术市场条例(2016-11-25).md"
T="其他:技术交易当事人"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope: natural persons, legal persons, other organisations doing technology trade in Beijing"),
3:(G,"any beneficial technology may be traded; no regional/sector restriction (declaration); alt 可主张的权利"),
4:(O,"parties must obey law, not infringe IP; para 2 says their lawful rights are protected (declaration)"),
5:(D,"city/district governments build a fair market environment"),
6:(D,"competent authority: 市科委 and 北京技术市场管理办公室"),
7:(D,"departments cooperate and 在财政、税收等方面扶持 the market — no receivable named"),
8:(O,"parties conclude technology contracts under the Contract Law"),
9:(O,"duties of seller (lawful owner), intermediary (true info), buyer (use per contract, pay)"),
10:(O,"list of banned conduct in technology trade"),
11:(G,"trade may be direct, via intermediaries, by tender/auction or online; para 2 makes tendering mandatory for suitable government-funded projects (government side)"),
12:(O,"organisers of technology fairs must not make false claims"),
13:(O,"advertisers/publishers of technology-trade ads must verify content"),
14:(D,"build a service system; encourage intermediaries — no receivable"),
15:(O,"intermediary service agencies must register and act in good faith"),
16:(O,"duties of technology brokers; para 2 definition"),
17:(O,"brokers must be trained; broker firms complete procedures"),
18:(D,"city sets up a technology property-rights exchange; a service, alt 可申请的支持 (not core)"),
19:(G,"trade associations' self-regulation (association duty labelled 一般规定 by convention)"),
20:(D,"市科委 builds an information platform"),
21:(S([T],True,True),"preferential policies after 认定登记 of the technology contract; para 2 tax preferences for imported-technology contracts on 商务部门 approval"),
22:(S([T],True,False),"seller/intermediary may apply for 认定登记 (30-day decision, review by 北京技术市场管理办公室); a registration procedure, hence not core; the gateway to art. 21/25; alt 可主张的权利"),
23:(G,"which contracts may be registered as which type (technology shares, contracting); procedural rule; alt 可申请的支持"),
24:(G,"value of technology contributed as capital may be agreed by the parties; freedom, not a benefit; alt 可主张的权利"),
25:(S([T],True,True),"tax preference on technology-trade income, on the registration certificate, after 审核批准"),
26:(S(["其他:技术中介服务机构"],True,True),"intermediary income 经认定 treated as development/transfer income and gets the same preferences"),
27:(O,"seller must set aside ≥20% of net income for staff rewards (para 1, duty); buyer may reward staff (para 2); staff are third parties"),
28:(G,"registration body withholds individual income tax for natural-person sellers/intermediaries; a tax procedure, alt 企业义务 (of the registration body)"),
29:(S(["企业"],True,True),"firms may book technology payments as costs 按照国家有关规定 (tax-deductible cost); alt 一般规定; beneficiary 企业 (para 2 is 事业单位)"),
30:(D,"establishment of registration bodies; their confidentiality, statistics, no business activity"),
31:(R([T]),"fees only per published items/standards; parties may refuse excess fees and report to 科委"),
32:(D,"statistics and analysis by 市科委"),
33:(D,"市科委 arranges special funds for exchanges, infrastructure, training — no grant to a business named; alt 可申请的支持"),
34:(G,"liability: refer to laws"),
35:(G,"penalty for false technology/information"),
36:(G,"penalty for fair organisers' false claims"),
37:(G,"penalty for obtaining registration by fraud; preferences clawed back"),
38:(G,"sanctions against registration bodies"),
39:(G,"officials' liability"),
40:(R([T]),"dispute resolution: arbitration or civil suit; alt 一般规定"),
41:(G,"entry into force 2002-11-01; repeals the 1994 regulation"),
}
txt=open("regs/"+DOC,encoding="utf-8").read()
cn="零一二三四五六七八九"
def num(s):
    v=0
    if "十" in s:
        a,b=s.split("十"); v=(cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    else: v=cn.index(s)
    return v
arts={}
for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
    arts[num(m.group(1))]=m.group(2)
assert sorted(arts)==list(range(1,42)) and sorted(L)==list(range(1,42))
out=[]
for a in range(1,42):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
import collections;print(collections.Counter(x["kind"] for x in out), sum(x["core_benefit"] for x in out))
