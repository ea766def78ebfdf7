import json,re
DOC="中华人民共和国外商投资法(2019-03-15).md"
F="外资企业"; I="其他:外国投资者"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope and definitions (外商投资, 外国投资者, 外商投资企业)"),
3:(G,"policy declaration: state encourages foreign investment; alt 政府职责"),
4:(R([I,F]),"准入前国民待遇 + negative list: national treatment outside the list is a protection an investor can invoke; alt 一般规定"),
5:(G,"generic declaration that the state protects investment and income; alt 可主张的权利"),
6:(O,"investors and FIEs must obey Chinese law, not harm national security"),
7:(D,"competent authorities: 国务院商务/投资主管部门, local departments"),
8:(O,"FIE must give the union necessary conditions; workers' right to a union (workers are not businesses)"),
9:(R([F]),"FIEs apply national enterprise-support policies on equal terms: a non-discrimination claim, not itself a grant; alt 可申请的支持 (core money via those policies)"),
10:(D,"consult FIEs when drafting rules; publish documents; alt 可主张的权利 (right to be consulted)"),
11:(D,"state builds a service system giving consulting/information; alt 可申请的支持 (service, not core)"),
12:(D,"international investment-promotion cooperation"),
13:(D,"special economic zones / pilot policies; no receivable named"),
14:(S([I,F],True,True),"preferential treatment (优惠待遇) in encouraged industries/fields/regions per laws, regulations or State Council rules: conditions and rules elsewhere; core"),
15:(R([F]),"equal participation in standard-setting; mandatory standards apply equally; alt 政府职责"),
16:(R([F]),"equal access to government procurement for products made / services provided in China: non-discrimination, not a preference; alt 可申请的支持 (procurement, core)"),
17:(R([F]),"FIEs may raise funds by issuing shares, bonds etc. (permission invoked against refusal); alt 一般规定"),
18:(D,"local governments may make investment-promotion policies within their powers; no receivable"),
19:(D,"simplify procedures, publish investment guides; alt 可申请的支持 (guide/services, weak)"),
20:(R([I]),"no expropriation; if exceptionally expropriated, fair and reasonable compensation"),
21:(R([I]),"free remittance in/out of capital, profits, IP fees, compensation, liquidation proceeds"),
22:(R([I,F]),"IP protection; no forced technology transfer by administrative means; alt 政府职责"),
23:(D,"officials keep investors' trade secrets confidential; alt 可主张的权利"),
24:(D,"normative documents may not reduce FIEs' rights or add duties without legal basis; alt 可主张的权利"),
25:(R([I,F]),"local governments must keep policy promises and contracts; compensation for losses when changed; alt 政府职责"),
26:(R([F,I]),"complaint mechanism (申请协调解决), administrative reconsideration and litigation; para 1 is a government duty"),
27:(R([F]),"FIEs may found and join chambers of commerce/associations; alt 一般规定"),
28:(O,"no investment in prohibited fields; restricted fields must meet conditions; para 3 same management as domestic"),
29:(O,"project 核准/备案 per state rules; alt 一般规定"),
30:(O,"must obtain licences in licensed trades; para 2 authorities review on the same conditions as domestic applicants — alt 可主张的权利"),
31:(G,"organisation form governed by Company Law / Partnership Law"),
32:(O,"labour protection, social insurance, tax, accounting, forex duties; accept inspection"),
33:(O,"mergers subject to concentration review under the Anti-Monopoly Law"),
34:(O,"investment information reporting via registration and credit-publicity systems; para 2 limits what may be demanded (alt 可主张的权利)"),
35:(D,"state security review of foreign investment; alt 一般规定"),
36:(G,"liability: investment in prohibited/restricted fields (sanction)"),
37:(G,"liability: fine 10万–50万 for not reporting information (sanction)"),
38:(G,"liability: violations handled and entered into credit system (sanction)"),
39:(G,"liability of officials"),
40:(G,"reciprocal counter-measures against discriminating states; alt 政府职责"),
41:(G,"financial-sector investment governed by special rules"),
42:(G,"entry into force 2020-01-01; old FIE laws repealed; para 2 five-year transition for old organisation forms (alt 可主张的权利)"),
}
txt=open("regs/"+DOC,encoding="utf-8").read()
CNN={c:i for i,c in enumerate("零一二三四五六七八九")}
def cn2i(s):
    n=0;
    if "十" in s:
        a,b=s.split("十"); n=(CNN[a] if a else 1)*10+(CNN[b] if b else 0)
    else: n=CNN[s]
    return n
arts={}
for m in re.finditer(r"^第([一二三四五六七八九十]+)条\s*(.*)$",txt,re.M):
    arts[cn2i(m.group(1))]=m.group(2)
assert sorted(arts)==list(range(1,43))==sorted(L),(sorted(arts),sorted(L))
out=[]
for a in range(1,43):
    (kind,ben,cond,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=kind,beneficiaries=ben,conditional=cond,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
import collections
c=collections.defaultdict(list)
for o in out: c[o["kind"]].append(o["article"])
for k,v in c.items(): print(k,len(v),v)
print("alt:",[o["article"] for o in out if "alt" in o["note"]])
