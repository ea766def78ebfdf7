import json,re,collections
DOC="中华人民共和国可再生能源法(2009-12-26).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
PROJ="其他:可再生能源开发利用项目单位"
L={
1:(G,"purpose"),
2:(G,"definition of renewable energy; hydropower rules delegated; low-efficiency stove burning excluded"),
3:(G,"territorial scope"),
4:(G,"declaration: priority field, state encourages all ownership types and protects developers' lawful rights; no receivable; alt 政府职责, alt 可主张的权利 (weak: generic protection)"),
5:(D,"competent authorities (国务院能源主管部门, local energy departments)"),
6:(D,"resource survey by energy authority; results published"),
7:(D,"national and regional medium/long-term targets"),
8:(D,"national and provincial development plans, filing, publication"),
9:(D,"planning principles and consultation by the planning body"),
10:(D,"energy authority publishes the industry development guidance catalogue (the gateway for arts. 25/26)"),
11:(D,"national/industry technical standards"),
12:(D,"state lists R&D as priority and 安排资金支持 research, demonstration, industrialisation — no receivable or procedure named; para 2 education; alt 可申请的支持"),
13:(O,"para 1 encouragement; para 2 grid-connected projects must obtain 行政许可 or file 备案; para 3 competing applicants decided by tender; alt 可申请的支持 (a permit a developer applies for)"),
14:(R(["其他:可再生能源发电企业"]),"全额保障性收购: grid companies must sign grid agreements and buy all qualifying output; generators can invoke it (art. 29 damages); also duties of 电网企业 and generators' duty to cooperate; alt 企业义务 (of 电网企业)"),
15:(D,"state 扶持 off-grid independent power systems — no receivable or procedure named; alt 可申请的支持"),
16:(R(["其他:生物质燃气、热力生产企业","其他:生物液体燃料生产企业"]),"pipeline operators must accept qualifying biogas/heat, oil retailers must include bio liquid fuels; producers can invoke (art. 30/31); alt 企业义务 (of 管网企业, 石油销售企业)"),
17:(O,"房地产开发企业 must provide preconditions for solar systems in design and construction; para 4 residents may install (right of households, not businesses); alt 政府职责 (para 2)"),
18:(S([PROJ],True,True),"para 3 county-level governments 应当 give financial support to rural renewable-energy projects — receivable named (rural projects), procedure elsewhere; paras 1-2 planning; alt 政府职责"),
19:(D,"feed-in tariffs set by the price authority; tendered projects at bid price capped; alt 一般规定"),
20:(S(["其他:电网企业"],True,True),"excess purchase cost of grid companies compensated from the renewable-energy surcharge (money to a business, via the fund of art. 24); alt 一般规定 (cost-allocation mechanism, no application by the business)"),
21:(G,"grid companies may book reasonable connection costs into transmission cost and recover them via tariffs; pricing rule; alt 可主张的权利 (电网企业)"),
22:(G,"sales tariff of state-funded public independent systems; excess operating cost compensated per art. 20; alt 可申请的支持 (operator compensation)"),
23:(D,"price of renewable heat/gas entering city networks set under price authority; alt 一般规定"),
24:(S(["其他:电网企业",PROJ,"其他:可再生能源设备本地化生产企业"],True,True),"renewable energy development fund; para 3: grid companies 可以申请 fund subsidies for unrecovered connection costs; fund supports R&D, rural projects, off-grid systems, local equipment production; detailed rules by 财政部门 (elsewhere)"),
25:(S([PROJ],True,True),"interest-subsidised preferential loans for projects in the guidance catalogue meeting credit conditions; 金融机构 provide the loans and are not beneficiaries"),
26:(S([PROJ],True,True),"tax preferences for projects in the guidance catalogue; details by the State Council"),
27:(O,"电力企业 must record and keep generation data and accept inspection; para 2 regulator keeps trade secrets (alt 可主张的权利 for inspected firms)"),
28:(G,"officials' liability"),
29:(G,"liability of grid companies failing to purchase: damages to generators + fine; alt 可主张的权利 (damages claim of 可再生能源发电企业)"),
30:(G,"liability of pipeline operators refusing biogas/heat: damages + fine; alt 可主张的权利"),
31:(G,"liability of oil retailers refusing bio liquid fuels: damages + fine; alt 可主张的权利"),
32:(G,"definitions"),
33:(G,"entry into force 2006-01-01"),
}
txt=open("regs/"+DOC,encoding="utf-8").read()
cn="零一二三四五六七八九"
def num(s):
    if "十" in s:
        a,b=s.split("十"); return (cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    return cn.index(s)
arts={num(m.group(1)):m.group(2) for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M)}
N=len(arts)
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1)), (N,len(L))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.defaultdict(list)
for x in out: c[x["kind"]].append(x["article"])
for k,v in c.items(): print(k,len(v),v)
print("core",[x["article"] for x in out if x["core_benefit"]])
print("alt",[x["article"] for x in out if "alt " in x["note"]])
