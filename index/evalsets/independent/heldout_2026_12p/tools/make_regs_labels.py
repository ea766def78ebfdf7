import json,re,collections
DOC="中华人民共和国循环经济促进法(2018-10-26).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"definitions: 循环经济, 减量化, 再利用, 资源化"),
3:(G,"strategic policy and guiding principles (政府推动、市场引导、企业实施、公众参与) — declaration"),
4:(G,"principles: reduction first; para 2 safety/quality/no secondary pollution in reuse, addressed to nobody in particular; alt 企业义务"),
5:(D,"competent authorities at State Council and local level"),
6:(D,"industrial policy and plans must include circular economy"),
7:(D,"state encourages/supports R&D, publicity, international cooperation — no receivable; alt 一般规定"),
8:(D,"county-level+ governments set target responsibility and use planning, finance, investment, procurement measures — no receivable"),
9:(O,"企业事业单位 must set up management systems, cut resource use and waste"),
10:(G,"citizens' duty to save resources, right to report and to information — citizens, not businesses; alt 可主张的权利 (for citizens only)"),
11:(D,"state supports trade associations; governments may entrust associations with public services — no receivable for businesses; alt 一般规定"),
12:(D,"circular-economy development plans"),
13:(D,"local governments adjust industrial structure to control quotas; para 2 new/expanded projects must meet the quotas; alt 企业义务 (para 2)"),
14:(D,"evaluation indicator system and assessment of lower governments"),
15:(O,"producers of products/packaging on the mandatory take-back list must collect, use or dispose; entrusted sellers/processors bound by contract; consumers hand in"),
16:(D,"state supervision of energy/water use of key enterprises in heavy industries; alt 企业义务 (the regime binds those firms, duties are elsewhere)"),
17:(D,"statistics, standards, resource-consumption labelling systems"),
18:(O,"para 2 bans producing/importing/selling/using items on the elimination list (para 1: authorities publish the lists); alt 政府职责"),
19:(O,"design duties: recyclable/low-toxicity materials, no banned hazardous substances, no excessive packaging"),
20:(O,"industrial enterprises: water-saving technology, plans, metering; new projects need water-saving facilities (三同时); last para encourages desalination"),
21:(O,"power/petrochemical/steel etc. must replace fuel oil; engine and vehicle makers meet fuel-economy standards; para 1 encouragement of fuel-efficient products (no receivable)"),
22:(O,"mining: rational plans and comprehensive recovery; para 1 also licence authority review (government); alt 政府职责"),
23:(O,"design/construction units use saving technologies and recycled products; ban on clay bricks in set areas"),
24:(D,"governments promote intensive land use and support farmers' saving techniques — no receivable named; alt 可申请的支持 weak"),
25:(D,"state organs and budget-funded bodies save, consumption quotas; city governments may not demolish sound buildings; building owners/users maintain buildings; alt 企业义务 (owners/users)"),
26:(O,"restaurants, entertainment venues, hotels must use saving/environment-friendly products; new ones must use such technology and equipment"),
27:(D,"state supports reclaimed water; tap water restricted/banned for street cleaning, greening and landscape where reclaimed water is available — a restriction set by authorities; alt 企业义务"),
28:(D,"state restricts disposable consumer goods; lists and restrictive tax/export measures made by ministries; alt 企业义务 (producers/sellers of listed goods)"),
29:(D,"governments plan regional layout; industrial parks organise comprehensive use and must do EIA; encouragement of firms in parks (no receivable); alt 企业义务 (park operators)"),
30:(O,"enterprises must comprehensively use industrial waste (fly ash, tailings etc.)"),
31:(O,"enterprises develop recirculating water systems and reuse wastewater"),
32:(O,"para 1 enterprises use waste heat/pressure; para 2 grid-connected generation projects need licence or filing, grid firms must sign grid agreements and buy all electricity of resource-utilisation generators; alt 可主张的权利 (generators' claim to 并网 and full purchase, enforced by art. 55)"),
33:(O,"construction units must use construction waste or entrust qualified operators"),
34:(D,"state encourages farmers and firms to use straw, manure, film etc. — encouragement without a receivable; alt 可申请的支持 weak"),
35:(D,"governments and forestry departments develop ecological forestry; encouragement"),
36:(O,"para 2 firms must pass unusable waste to qualified operators; para 1 state supports waste-exchange information systems (no receivable); alt 政府职责"),
37:(D,"recycling system: local governments lay out collection points and markets, support recycling firms (no receivable); para 3 markets must meet safety/fire rules; alt 企业义务"),
38:(O,"dismantling/reuse of e-waste, scrapped vehicles, tyres, lead batteries must follow laws"),
39:(O,"repaired electronics sold must meet standards and be labelled; e-waste for dismantling goes to qualified dismantlers"),
40:(O,"para 2 remanufactured/retreaded products must meet standards and be labelled; para 1 state supports remanufacturing (declaration, no receivable); alt 可申请的支持 weak"),
41:(D,"governments plan household-waste sorting/resource facilities; para 2 support for firms building sludge facilities (unspecified); alt 可申请的支持"),
42:(S(["企业"],True,True),"special funds of State Council and provinces support R&D, demonstration, major projects, information services; details by 财政部门 办法 (conditions elsewhere); receivers not named — project undertakers, in practice firms; alt 政府职责 (fund set-up without a named receiver); beneficiary alt 其他:循环经济项目承担单位"),
43:(D,"key S&T projects put into plans and funded; imported major technology with public funds needs approved absorption plans; receivers not named; alt 可申请的支持"),
44:(S(["企业"],True,True),"tax preferences for circular-economy activities and for firms using/producing technologies or products on the encouraged lists, 按照国家有关规定 (conditions elsewhere); para 1 also restrictive export measures"),
45:(S(["企业"],True,True),"para 2 priority loans and credit for 节能、节水、节地、节材、资源综合利用 projects that fit industrial policy (the text names projects; borrowers are the project owners, beneficiary alt 其他:项目单位); para 1 government investment plans; para 3 no credit for firms using eliminated items; alt 政府职责"),
46:(D,"price policy; restrictive prices for high-consumption restricted projects; 上网电价 for resource-utilisation generation set favourably by price authority (not applied for); waste fees; trade-in/deposit encouraged; alt 可申请的支持 (para 3, for 综合利用发电企业)"),
47:(S(["其他:节能、节水、节材和环保产品及再生产品的供应商"],True,True),"procurement preference: public purchasers must prefer energy/water/material-saving, environment-friendly and recycled products; the supplier benefits if its product qualifies (lists/certification elsewhere); alt 政府职责 (a duty of purchasers)"),
48:(D,"governments commend and reward units and individuals with notable achievements (awarded, not applied for); para 2 enterprises reward own contributors (企业义务); alt 可申请的支持"),
49:(G,"officials' liability"),
50:(G,"sanctions: producing/selling/using/importing eliminated items"),
51:(G,"sanction: banned hazardous substances in design"),
52:(G,"sanction: fuel-oil generators/boilers not stopped"),
53:(G,"sanction: mining indicators not met"),
54:(G,"sanction: clay bricks"),
55:(R(["其他:利用余热、余压、煤层气及低热值燃料发电的企业"]),"grid firm refusing to buy resource-utilisation power: ordered to correct and liable for the generator's losses — a protection the generator can invoke; alt 一般规定 (liability chapter)"),
56:(G,"sanctions: selling unlabelled reused/remanufactured/retreaded products; compensation for losses"),
57:(G,"criminal liability"),
58:(G,"entry into force 2009-01-01"),
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
N=58
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
cnt=collections.Counter(x["kind"] for x in out)
print(cnt,"core",sum(x["core_benefit"] for x in out))
for k in cnt: print(k,[x["article"] for x in out if x["kind"]==k])
print("alt",[x["article"] for x in out if re.search(r"\balt\b",x["note"])])
