# Generates regs_labels.json for the two regulations in regs/; checks article numbers against the files.
# Run from the set folder: /usr/bin/python3 tools/make_regs_labels.py
import json,re,collections
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
BID="其他:投标人"
ZB="北京市招标投标条例(2021-09-24).md"
ZBL={
1:(G,"purpose"),
2:(G,"scope: tendering for construction, goods, services in Beijing"),
3:(G,"principles: open, fair, just, good faith"),
4:(O,"projects that must be tendered (duty of project owners/招标人); alt 一般规定 (scope list)"),
5:(O,"no splitting of projects to avoid tendering (任何单位和个人)"),
6:(R(["其他:潜在投标人"]),"governments must not impose regional blockade or sector restriction on tendering; a bidder from elsewhere can invoke it; alt 政府职责"),
7:(D,"市发展改革部门 guides and coordinates; departments supervise"),
8:(O,"招标人 obtains project approval first and reports tender scope; para 2 five-day notice between authorities; alt 政府职责 (second half)"),
9:(O,"招标人 must have funds and state them truthfully"),
10:(G,"two kinds of tendering (definition)"),
11:(O,"state-funded/key projects must tender openly; invitation tendering only with approval; alt 一般规定"),
12:(O,"招标人 may use an agency or self-handle; self-handling needs capability and 备案; alt 一般规定"),
13:(O,"tender agencies must have no ties to state organs"),
14:(O,"duties of tender agencies (no transfer, no consultancy for bidders)"),
15:(O,"招标人 must publish notices in designated media"),
16:(O,"pre-qualification rules for 招标人; last sentence bars limiting qualified bidders — alt 可主张的权利 for bidders"),
17:(O,"contents of tender documents (招标人); alt 一般规定"),
18:(O,"government-funded project owners follow approved design and budget"),
19:(O,"标底 kept secret; no review before opening; govt-funded projects usually no 标底"),
20:(R([BID]),"招标人 must not restrict/exclude bidders by local awards, region, trade, ownership, forced consortia; sanctioned in art. 49; bidders can invoke; alt 企业义务 (of 招标人)"),
21:(R([BID]),"bidder may withdraw before deadline and gets its bid deposit back; alt 企业义务 (of 招标人)"),
22:(O,"fewer than three bids: 招标人 must re-tender; alt 一般规定"),
23:(O,"banned bidder conduct: collusion, bribery, bids below cost"),
24:(O,"bid opening time and place (procedural duty of 招标人); alt 一般规定"),
25:(G,"evaluation principles; no unlawful interference"),
26:(O,"招标人 forms the evaluation committee from expert rosters; last para city builds unified roster (government); alt 一般规定"),
27:(G,"committee chair"),
28:(G,"recusal of committee members (experts are not businesses); alt 企业义务"),
29:(G,"evaluation methods"),
30:(G,"committee evaluates and recommends candidates; 招标人 decides; alt 企业义务"),
31:(G,"conditions a winning bid must meet"),
32:(G,"when a bid may/must be voided; alt 企业义务 (bidders)"),
33:(G,"bids may be rejected for lack of qualification"),
34:(G,"rejection of all bids, then re-tender"),
35:(O,"招标人 reports to the supervising department within 15 days"),
36:(O,"招标人 notifies winner and all losing bidders; public notice for govt-funded projects; alt 可主张的权利 (losing bidder informed)"),
37:(O,"written contract in line with the bid; govt-funded contracts filed"),
38:(R([BID]),"招标人 must refund bid deposits to winner and losers within 5 working days after contract signing — a payment deadline bidders can invoke; alt 企业义务"),
39:(O,"duties of the winner: perform, no transfer; subcontracting limits"),
40:(D,"supervision by city/district departments"),
41:(R(["其他:招标人"]),"supervising departments must not add approvals or interfere with the 招标人's autonomy; the 招标人 (often a business) can invoke it; alt 政府职责"),
42:(D,"inspection methods and powers"),
43:(D,"special audits of key projects"),
44:(R([BID,"其他:利害关系人"]),"complaint channel: acceptance decision within 3 working days, written decision within 30 working days, then review/suit; para 1 anyone may report"),
45:(D,"record system of violations; para 2 anyone may query results — alt 可主张的权利"),
46:(G,"liability: laws first"),
47:(G,"which department imposes administrative sanctions"),
48:(G,"fines for unapproved invitation tendering"),
49:(G,"fines for missing notices or discriminatory conditions"),
50:(G,"liability of supervising departments and officials"),
51:(G,"entry into force 2002-11-01"),
}
VAT="中华人民共和国增值税法(2024-12-25).md"
SN="其他:小规模纳税人"
VATL={
1:(G,"purpose"),
2:(G,"policy orientation of VAT work"),
3:(O,"who must pay VAT (units and individuals incl. 个体工商户); definition of sales; alt 一般规定 (scope)"),
4:(G,"definition of taxable transactions within China"),
5:(O,"deemed taxable transactions (own goods for welfare, free transfers); alt 一般规定"),
6:(G,"items outside VAT (wages, administrative fees, compensation, deposit interest); scope rule, not a relief to apply for; alt 可申请的支持"),
7:(G,"VAT is price-exclusive; tax shown separately per State Council rules; alt 企业义务"),
8:(G,"general method; para 2 小规模纳税人 may use the simplified method (3%) — a calculation option; alt 可申请的支持"),
9:(S([SN],True,False),"definition (≤500万) plus para 2: a small-scale taxpayer with sound accounts may register as general taxpayer — a status it can apply for, not money; alt 一般规定"),
10:(G,"tax rates 13/9/6/0; zero rate for exports (the refund procedure is art. 33); alt 可申请的支持 for exporters"),
11:(G,"levy rate 3% for the simplified method"),
12:(O,"separate accounting for different rates, else highest rate"),
13:(G,"one transaction with several rates: main business decides"),
14:(G,"how tax payable is computed"),
15:(O,"buyer withholds VAT for foreign sellers (扣缴义务人)"),
16:(G,"definitions of output/input tax; deduction needs valid vouchers; alt 企业义务"),
17:(G,"definition of sales amount"),
18:(G,"sales in RMB; conversion"),
19:(O,"market price for deemed/non-monetary sales"),
20:(D,"tax authority may assess sales that are abnormally low/high"),
21:(S(["企业"],True,True),"excess input tax: carry forward or apply for a refund (留抵退税) per State Council rules; beneficiary is any 纳税人 (企业 used; 个体工商户 also possible — alt)"),
22:(G,"input tax that may not be deducted; restriction; alt 企业义务"),
23:(S([SN],True,True),"exemption below the 起征点 (threshold set by the State Council); automatic relief, not an application; beneficiaries alt 个体工商户/小型微型企业"),
24:(S(["其他:农业生产者","其他:医疗机构","其他:托儿所、幼儿园、养老机构、残疾人服务机构","其他:学校","其他:纪念馆、博物馆等文化机构"],True,True),"statutory exemptions; standards set by the State Council; items 三, 五, 六 benefit natural persons, foreign donors, disabled persons' organisations (not businesses); a farm business or private clinic/kindergarten qualifies"),
25:(D,"State Council may make special VAT preferences for 小微企业, key industries, innovation, employment, donations — no receivable in this article; alt 可申请的支持 (小型微型企业)"),
26:(O,"separate accounting for preferential items, else no preference"),
27:(G,"a taxpayer may waive a preference (36-month lock, except small-scale taxpayers); an option, not a benefit; alt 可主张的权利"),
28:(G,"time when the tax obligation arises"),
29:(O,"place of filing"),
30:(O,"tax periods and filing deadlines (period fixed by the tax office)"),
31:(O,"prepayment within 5 days for 10/15-day periods"),
32:(D,"tax authority and customs collect; State Council rules for personal imports"),
33:(S(["其他:出口货物或跨境销售服务、无形资产的纳税人"],True,True),"exporters apply to the tax office for 退（免）税 under State Council rules"),
34:(O,"issue and use VAT invoices lawfully; para 2 the state promotes e-invoices"),
35:(D,"information sharing between tax authority and other departments"),
36:(G,"collection governed by this law and the Tax Collection Law"),
37:(G,"liability"),
38:(G,"entry into force 2026-01-01; interim regulation repealed"),
}
cnd="零一二三四五六七八九"
def num(s):
    if "十" in s:
        a,b=s.split("十"); return (cnd.index(a) if a else 1)*10+(cnd.index(b) if b else 0)
    return cnd.index(s)
out=[]
for doc,L in ((ZB,ZBL),(VAT,VATL)):
    txt=open("regs/"+doc,encoding="utf-8").read()
    arts={}
    for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
        arts[num(m.group(1))]=m.group(2)
    n=len(arts)
    assert sorted(arts)==list(range(1,n+1)) and sorted(L)==list(range(1,n+1)),(doc,n,len(L))
    for a in range(1,n+1):
        (k,b,c,core),note=L[a]
        out.append(dict(doc=doc,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
    sub=[x for x in out if x["doc"]==doc]
    print(doc,n,dict(collections.Counter(x["kind"] for x in sub)),"core",[x["article"] for x in sub if x["core_benefit"]],"alt",[x["article"] for x in sub if "alt" in x["note"]])
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
