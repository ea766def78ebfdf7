import json,re,collections
DOC="中华人民共和国清洁生产促进法(2012-02-29).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"definition of 清洁生产"),
3:(G,"scope: units doing production/service activities and management departments"),
4:(D,"国家鼓励 + governments put cleaner production into plans; alt 一般规定 (declaration)"),
5:(D,"competent authorities (综合协调部门, local governments)"),
6:(D,"state encourages research/international cooperation, organises publicity; encourages public participation — no receivable; alt 一般规定"),
7:(D,"国务院 makes fiscal/tax policies — no receivable named"),
8:(D,"national / sector / local cleaner-production plans"),
9:(D,"central and local budget funds for key fields/projects; no grant a business can apply for named here (rules by 财政部门); alt 可申请的支持 (money for key projects)"),
10:(D,"departments build an information system and consulting service system that serves 社会; a service, alt 可申请的支持 (not core)"),
11:(D,"publish guidance catalogue and sector guides"),
12:(D,"phase-out system: departments publish lists of outdated technology/equipment/products; implies a duty on businesses to phase out; alt 企业义务"),
13:(D,"departments may approve product labels (节能/节水/再生利用) and set standards; alt 一般规定"),
14:(D,"科技部门 guide and support R&D and demonstration — no receivable"),
15:(D,"education/training/publicity by 教育部门 and departments; para 3 media units (not businesses as addressees in the sense of the app)"),
16:(D,"governments must give priority to buying eco products (procurement); duty of purchasers; alt 可申请的支持 (core: procurement preference for suppliers of such products)"),
17:(O,"para 1 provincial departments publish a list of firms over energy/pollution limits (government); para 2 listed firms must disclose consumption/emissions; alt 政府职责"),
18:(O,"new/rebuilt/expanded projects: EIA and preference for clean technology (project owners)"),
19:(O,"firms doing technical transformation must take listed measures"),
20:(O,"product/packaging design; no excessive packaging"),
21:(O,"makers of large electromechanical equipment/vehicles must mark material grades"),
22:(O,"agricultural producers: scientific use of fertiliser etc.; ban on toxic waste as fertiliser"),
23:(O,"catering, entertainment, hotel firms must use energy/water-saving equipment"),
24:(O,"construction: energy-saving design; ban on toxic building materials"),
25:(O,"mining: resource-efficient methods"),
26:(O,"firms recycle waste/heat or transfer it, where economically feasible"),
27:(O,"monitoring; mandatory audit for listed firms; report and publish; para 5 evaluators may not charge the firm a fee (a protection inside a duty article; alt 可主张的权利 for that paragraph)"),
28:(S(["企业"],True,False),"firms not under mandatory audit may voluntarily sign a resource-saving agreement with the departments, who publish their name and results; a status a firm can seek, gateway to art. 31 funding; not core; alt 一般规定"),
29:(G,"firms may voluntarily get environmental-management certification from an accredited body (a private certification, not a government grant); alt 可申请的支持"),
30:(S(["其他:在清洁生产工作中做出显著成绩的单位和个人"],True,True),"表彰奖励 by government for outstanding units/individuals; depends on selection; core because 奖励 usually includes money, alt core false (may be honour only); alt kind 政府职责 (建立制度)"),
31:(S(["企业","其他:从事清洁生产研究、示范和培训的单位"],True,True),"资金支持 for research/demonstration/training, national key technical-transformation projects and art. 28 agreement projects"),
32:(S(["中小企业"],True,True),"part of the 中小企业发展基金 supports SMEs implementing cleaner production (根据需要, fund rules elsewhere); alt 政府职责 (allocation instruction to the fund)"),
33:(S(["其他:依法利用废物和从废物中回收原料生产产品的单位"],True,True),"tax preferences 按照国家规定 for waste utilisation; beneficiaries not sized (alt 企业)"),
34:(S(["企业"],False,True),"audit and training costs may be booked as operating costs (tax-deductible cost); no stated condition; alt 可主张的权利 / 一般规定, alt core false"),
35:(G,"officials' liability"),
36:(G,"fine: failure to disclose under art. 17(2)"),
37:(G,"fine: material marking under art. 21"),
38:(G,"liability: toxic building materials"),
39:(G,"fines: mandatory audit violations; evaluators charging fees"),
40:(G,"entry into force 2003-01-01"),
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
N=40
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
