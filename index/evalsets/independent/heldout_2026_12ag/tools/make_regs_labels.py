import json,re,collections
DOC="中华人民共和国反不正当竞争法(2019-04-23).md"
G=("一般规定",[],None,False)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
OP="其他:经营者"
L={
1:(G,"purpose"),
2:(G,"principles (经营者 应当遵循…原则, declaration) and definitions of 不正当竞争行为 and 经营者; alt 企业义务"),
3:(D,"governments take measures against unfair competition; State Council coordination mechanism"),
4:(D,"competent authority: departments with 工商行政管理 duties (now 市场监管) investigate"),
5:(D,"state encourages social supervision; state organs must not shield unfair competition; para 3 industry self-regulation; alt 一般规定"),
6:(O,"ban on confusion (names, packaging, firm names, domain names)"),
7:(O,"ban on commercial bribery; discounts/commissions allowed only openly and booked; employee bribery attributed to the firm"),
8:(O,"ban on false or misleading commercial publicity and on fake transactions (刷单) helping others"),
9:(O,"ban on infringing trade secrets; para 4 definition of 商业秘密; a protection for the holder is only implied (the invocable right is art. 17/32)"),
10:(O,"rules for prize sales; top lottery prize ≤ 5万元"),
11:(O,"ban on damaging competitors' reputation (商业诋毁)"),
12:(O,"online conduct: no inserting links, forced redirects, malicious incompatibility"),
13:(D,"investigation powers of the supervisory department and approval procedure; publish results"),
14:(O,"investigated operators and others must truthfully provide materials"),
15:(D,"supervisory department keeps trade secrets learned in investigations confidential; protects businesses indirectly; alt 可主张的权利 (weak)"),
16:(R(["其他:任何单位和个人"]),"anyone, incl. a business, has the right to report suspected unfair competition; authority must publish channels, keep the reporter secret and tell real-name reporters the result; alt 政府职责"),
17:(R([OP]),"an operator harmed by unfair competition may sue; damages rules (actual loss / infringer's profit, 1–5× for malicious trade-secret theft, up to 500万 statutory); beneficiaries 经营者 = 企业 and 个体工商户 alike (alt ['企业','个体工商户'])"),
18:(G,"penalty for confusion; para 2 an offending registered firm name must be changed (alt 企业义务)"),
19:(G,"penalty for bribery"),
20:(G,"penalty for false publicity; false ads under the 广告法"),
21:(G,"penalty for trade-secret infringement"),
22:(G,"penalty for illegal prize sales"),
23:(G,"penalty for damaging reputation"),
24:(G,"penalty for online interference"),
25:(G,"lighter/no administrative penalty for minor, promptly corrected violations (liability rule); alt 可主张的权利 (a business facing a penalty could invoke it)"),
26:(G,"penalties are entered into the credit record and published"),
27:(G,"civil liability has priority when assets are insufficient"),
28:(G,"penalty for obstructing investigations"),
29:(R(["其他:当事人（被处理的经营者）"]),"a party may apply for 行政复议 or file an administrative suit against a decision; alt 一般规定"),
30:(G,"officials' liability"),
31:(G,"criminal liability"),
32:(R(["其他:商业秘密权利人"]),"burden of proof shifts to the alleged infringer in trade-secret civil cases once the holder shows prima facie evidence; alt 一般规定"),
33:(G,"entry into force 2018-01-01 (2017 revision; amended 2019-04-23)"),
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
N=33
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(collections.Counter(x["kind"] for x in out), sum(x["core_benefit"] for x in out))
for k in ["可主张的权利","政府职责","企业义务"]: print(k,[x["article"] for x in out if x["kind"]==k])
