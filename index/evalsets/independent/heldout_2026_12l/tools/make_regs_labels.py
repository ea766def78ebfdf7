import json,re,collections
DOC="北京市城市基础设施特许经营条例(2005-12-01).md"
T="其他:特许经营者"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose (mentions protecting concessionaires' lawful rights — declaration only)"),
2:(G,"definition: domestic and foreign enterprises and other economic organisations granted a 特许经营权"),
3:(G,"scope and list of infrastructure that may be concessioned (water, gas, heat, sewage/waste, public transport)"),
4:(G,"modes (BOT / TOT / other approved)"),
5:(G,"principles: fairness, good faith, public interest first"),
6:(D,"competent authorities; 实施机关 defined"),
7:(D,"who may propose concession projects (government bodies)"),
8:(D,"project determination by 市发展改革部门 / district governments"),
9:(D,"实施机关 drafts the implementation plan; content list incl. 使用费及其减免, 其他政府承诺 (no receivable yet)"),
10:(D,"review and approval of implementation plans; expert feasibility study for major projects"),
11:(D,"实施机关 selects the concessionaire by tender or other fair competition and signs the agreement; for a firm this is the way to win a concession, alt 可申请的支持 (compete for a 特许经营权 — a permit-like grant)"),
12:(G,"mandatory content of the concession agreement; alt 政府职责"),
13:(G,"concession term by sector, max 30 years (a limit, not a benefit)"),
14:(O,"concessionaire must register a project company within the set time; agreement may restrict share transfers"),
15:(S([T],True,True),"agreement MAY provide returns via fees, other development rights, or 政府给予相应补贴 — money only through the negotiated agreement; alt 一般规定 (menu of contract terms)"),
16:(S([T],True,True),"reduction/waiver of the 特许经营权使用费 for low-profit or subsidised projects, if agreed — fee relief, conditional; alt 一般规定"),
17:(S([T],True,True),"government commitments the agreement MAY contain: land use, supporting infrastructure, protection from duplicate competing projects, reasonable subsidies, government procurement of the product/service; no risk sharing or fixed return; alt 一般规定 (limits of commitments)"),
18:(R([T]),"para 2: authorities do not re-review content already approved and may not materially change the agreement — a protection the concessionaire can invoke; para 1 is a duty to go through formalities; alt 企业义务 / 政府职责"),
19:(D,"实施机关 and departments perform the government's obligations/commitments under the agreement (paras 1-2); para 3 concessionaire provides safe, qualified service; alt 企业义务, alt 可主张的权利 (performance of commitments)"),
20:(O,"universal non-discriminatory service; no connection/investment-compensation fees from new users — a fee ban that protects users (which may be businesses): alt 可主张的权利 with beneficiaries 其他:新增用户; concessionaire is bound, not benefited"),
21:(O,"caretaker duty until takeover"),
22:(S([T],True,True),"concessionaire may apply for an extension no later than one year before expiry; 评审 + government approval — a permit it can apply for; deadline relative to each concession; alt 可主张的权利"),
23:(O,"prices follow government-set or guided prices"),
24:(O,"pay the concession fee as agreed"),
25:(O,"no transfer/lease/pledge of the concession or assets without consent; no use of facilities/land outside the project"),
26:(O,"maintenance, renewal, reporting operation to 实施机关"),
27:(O,"keep and hand over records"),
28:(O,"file annual operating and financial reports"),
29:(R([T]),"实施机关 and staff must keep the concessionaire's trade and technical secrets — a protection the firm can invoke; alt 政府职责"),
30:(R([T]),"compensation when policy changes harm the concessionaire's expected interests (money, but as a claim, not an application)"),
31:(R([T]),"no unilateral change or termination of the agreement; negotiation; dispute per agreed method — protects both parties; alt 一般规定"),
32:(R([T]),"no unlawful revocation or restriction of the concession; compensation when revoked/requisitioned for public interest"),
33:(R([T]),"right to state and defend, administrative review and litigation against administrative acts"),
34:(O,"实施机关 and concessionaire jointly make emergency plans; alt 政府职责"),
35:(D,"inspection, evaluation, audit by departments"),
36:(D,"project archives, monitoring, evaluation at least every two years; para 3 monitoring must not hinder normal operation — alt 可主张的权利 (weak)"),
37:(D,"price-setting principles: cost compensation and reasonable return; unrelated costs excluded; alt 可主张的权利 (weak)"),
38:(D,"periodic price review system, cost database"),
39:(O,"concessionaire must publish quality, technical standards and public-safety information"),
40:(G,"sanctions: correction, revocation of the concession, temporary takeover"),
41:(G,"revocation for fraud/bribery; 3-year bar from competing"),
42:(G,"liability of officials (incl. interfering with normal operation)"),
43:(G,"entry into force 2006-03-01; repeals the 2003 municipal 办法"),
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
N=43
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
print("alt",[x["article"] for x in out if re.search(r"\balt\b",x["note"])])
