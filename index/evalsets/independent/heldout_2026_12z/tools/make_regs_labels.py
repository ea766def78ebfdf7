# run from the set folder: /usr/bin/python3 tools/make_regs_labels.py
import json,re,collections
DOC="北京经济技术开发区条例(1995-04-14).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope: the State-Council-approved 北京经济技术开发区"),
3:(G,"本市鼓励 investors to set up high-tech / advanced-technology / export firms and infrastructure projects — encouragement, no receivable named; alt 政府职责"),
4:(O,"ban: no backward-technology, obsolete-equipment, polluting or prohibited projects in the zone"),
5:(D,"the zone builds infrastructure and an efficient management mechanism"),
6:(G,"land is used against payment; para 2 investors MAY develop whole plots per the plan (a permission); alt 可申请的支持 (land development right, conditional) or 可主张的权利"),
7:(R(["其他:开发区投资者"]),"investors' investment, income and lawful rights are protected by law (declaration, weak right); para 2 everyone must obey the law; alt 一般规定 / 企业义务"),
8:(D,"city sets up the 开发区管委会"),
9:(D,"list of 管委会 powers (incl. approving investment projects, land, finance, trade)"),
10:(D,"管委会 may set up functional bodies that serve investors; city departments support it; alt 可申请的支持 (services) is weak"),
11:(D,"city departments need 管委会 consent and city approval for branch offices"),
12:(O,"investors must apply to the 管委会 for approval, then register land use, business and tax; alt 可申请的支持 (project approval = permit)"),
13:(O,"firms must pay in capital and start construction on time; may apply in advance for an extension, otherwise land certificate cancelled and licence revoked; alt 可申请的支持 (extension)"),
14:(R(["企业"]),"zone firms have autonomy over business decisions, sales, organisation, hiring and pay (开发区的企业, no size)"),
15:(O,"complete accounts, reports and annual inspection; certified annual statements"),
16:(O,"environmental and labour protection duties"),
17:(O,"employers and workers join social insurance"),
18:(G,"dissolution / bankruptcy per law (reference); alt 企业义务"),
19:(S(["外资企业","其他:高新技术企业","企业"],True,True),"preferential treatment: (一) foreign-invested firms get national coastal-ETDZ and city preferences; (二) high-tech firms (认定) get high-tech preferences; (三) other preferences for zone firms — content set by national/city rules elsewhere, hence conditional"),
20:(D,"water, power, gas and heat for the zone are planned and guaranteed by the city; alt 可主张的权利 (supply) is weak"),
21:(D,"with customs approval the ZONE may set up bonded warehouses/factories/markets — a zone (government) power, no firm named; alt 一般规定"),
22:(D,"new fiscal revenue returned to the zone for 5 years from 1995 — money for the zone administration, not for firms"),
23:(S(["其他:华侨和港澳台同胞投资的企业"],True,True),"overseas-Chinese and HK/Macao/Taiwan investors' firms get the foreign-investment preferences of this regulation, 除国家另有规定外; alt beneficiary 外资企业"),
24:(D,"city may set up supporting cooperation zones around the zone"),
25:(G,"interpretation by the city government"),
26:(G,"entry into force 1995-06-01"),
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
N=26
assert sorted(arts)==list(range(1,N+1)), sorted(arts)
assert sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(collections.Counter(x["kind"] for x in out), "core", sum(x["core_benefit"] for x in out))
