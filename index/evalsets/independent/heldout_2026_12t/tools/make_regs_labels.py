import json,re,collections
DOC="农业技术推广法(2024-04-26).md"
ORG="其他:农业生产经营组织"; FARMER="其他:农业劳动者"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"definitions of 农业技术 and 农业技术推广"),
3:(G,"国家扶持农业技术推广事业 — policy declaration, no receivable; alt 政府职责"),
4:(G,"principles of extension (incl. respecting the will of farm organisations); alt 政府职责"),
5:(D,"state encourages/supports scientists and farm organisations to apply advanced technology — no receivable named; alt 一般规定, alt 可申请的支持 (weak)"),
6:(D,"state encourages import of foreign technology and international cooperation — no receivable; alt 一般规定"),
7:(D,"governments lead extension work"),
8:(S(["其他:做出贡献的单位和个人"],True,False),"reward for units and individuals who contributed; depends on a contribution being recognised; no amount, not core; alt 政府职责 (reward is granted, not applied for)"),
9:(D,"competent departments (农业农村、林业草原、水利 …)"),
10:(G,"structure of the extension system incl. 农民专业合作社, 涉农企业; para 2 encourages 供销合作社/enterprises to provide services (no receivable); alt 政府职责"),
11:(D,"public-interest duties of state extension agencies"),
12:(D,"set-up of county/township agencies"),
13:(D,"staffing quotas of state agencies"),
14:(D,"qualification of agency staff; para 3 governments attract graduates"),
15:(D,"state supports village service points and 农民技术人员; 补助 按照规定 for individual farmer-technicians (not businesses) and titles; alt 可申请的支持 with beneficiaries [其他:农民技术人员], conditional true"),
16:(D,"duties of 农业科研单位 and 有关学校 (public institutions, not businesses); alt 一般规定"),
17:(D,"state encourages 农场、林场、牧场、渔场、水利工程管理单位 to offer extension services — no receivable; alt 一般规定"),
18:(D,"state encourages 农村专业技术协会 — no receivable; alt 一般规定"),
19:(D,"major technologies put into plans and implemented by departments"),
20:(D,"research units/schools research farm problems and may extend results; state guides them; alt 一般规定"),
21:(O,"technology promoted to farmers must be proven advanced, suitable and safe — binds every promoter incl. 涉农企业; alt 政府职责 (also binds state agencies)"),
22:(S([ORG,FARMER],True,True),"para 2: farm organisations applying advanced technology get 扶持 in training, 资金, materials and sales (conditional: applying advanced technology; form not fixed); para 3: nobody may force them (right); alt 可主张的权利; core because 资金 named (alt core false)"),
23:(D,"agencies train farmers; departments support vocational training; alt 可申请的支持 (training a farmer can attend, weak)"),
24:(S([ORG,FARMER],False,False),"para 1: state agencies serve farm organisations free of charge (a free service a business can request, not core); para 2: non-state providers may charge, their income and IP are protected, parties must sign contracts; alt 可主张的权利 (para 2, 其他:农业技术服务提供者), alt 政府职责"),
25:(D,"state encourages 农民专业合作社 and 涉农企业 to serve farmers — no receivable named; alt 可申请的支持 [其他:农民专业合作社, 其他:涉农企业] (weak), alt 一般规定"),
26:(D,"state supports agricultural demonstration zones — no receivable; alt 一般规定"),
27:(D,"governments may buy services from social forces for public-interest extension; a procurement opportunity but no preference or receivable; alt 可申请的支持 [其他:社会力量（服务提供者）]"),
28:(D,"funding in budgets, special funds, central subsidies to major extension; para 4 ban on diverting funds"),
29:(D,"working/living conditions and subsidies for agency staff"),
30:(D,"facilities of state agencies and their protection"),
31:(D,"training of extension staff"),
32:(D,"supervision and evaluation of state agencies"),
33:(S(["其他:从事农业技术推广服务的单位和个人"],True,True),"tax and credit preferences 按照国家规定 for anyone doing extension services (incl. 涉农企业, 合作社); conditional on rules elsewhere"),
34:(G,"liability of government departments and officials"),
35:(G,"liability of state extension agencies and staff"),
36:(G,"compensation liability for promoting untested technology; alt 企业义务, alt 可主张的权利 (damaged farm organisations)"),
37:(G,"compensation liability for forcing technology on farmers; alt 可主张的权利 [其他:农业生产经营组织]"),
38:(G,"liability for diverting extension funds"),
39:(G,"entry into force on promulgation"),
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
N=39
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.Counter(x["kind"] for x in out); print(c, "core",[x["article"] for x in out if x["core_benefit"]])
for k in c: print(k,[x["article"] for x in out if x["kind"]==k])
