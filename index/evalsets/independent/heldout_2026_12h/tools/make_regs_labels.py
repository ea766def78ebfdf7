import json,re,collections
DOC="北京市促进私营个体经济发展条例(2016-11-25).md"
N=44
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
EG=["企业","个体工商户"]   # 私营企业 (any size) -> 企业; 个体工商户
L={
1:(G,"purpose"),
2:(G,"scope: registered 私营企业 and 个体工商户 in Beijing; para 2 definition of 私营企业"),
3:(G,"declaration: equal competition, lawful rights protected; alt 可主张的权利 (too general to invoke)"),
4:(D,"city/district governments put private economy into plans, equal market access"),
5:(O,"firms must be honest, lawful, pay tax, accept supervision"),
6:(D,"publicity; para 2 government commends/rewards firms with outstanding contributions — granted on the government's initiative, not applied for; alt 可申请的支持 (conditional, reward)"),
7:(D,"joint-meeting system"),
8:(S(EG,True,True),"para 1 encouragement; para 2 firms investing in encouraged industries/projects 享受相关优惠政策待遇 (rules elsewhere) → support; 企业 = 私营企业; alt 一般规定 (no concrete benefit named)"),
9:(D,"open procedures, information for firms; alt 可申请的支持 (information service, weak)"),
10:(D,"no extra pre-approval for registration; alt 可主张的权利"),
11:(D,"plan premises for private firms in markets/zones"),
12:(D,"credit information system for financing"),
13:(G,"encourages banks (no duty, no receivable); alt 政府职责"),
14:(S(EG,True,True),"para 1 budget-funded guarantee institutions shall guarantee 符合条件的 私营企业; para 3 jointly founded guarantee bodies for 私营企业 and 个体工商户; para 2 association guarantee bodies get government support; guarantee institutions are providers, not beneficiaries; alt beneficiaries ['企业'] (para 1 only)"),
15:(D,"talent services; para 2 人社 does title/skill accreditation for staff of private firms (staff, not firms, benefit); alt 可申请的支持"),
16:(S(["其他:分流人员、军队转业干部、退伍军人和失业人员（创业者）"],True,True),"founders from these groups 经核准开办的 enjoy national and city preferences (rules elsewhere)"),
17:(S(["企业"],True,True),"para 2 私营企业 hiring unemployed / disabled up to the required ratio get 劳动就业服务企业 / 福利企业 preferences (tax); para 1 encouragement of community services; only 私营企业 (not 个体工商户)"),
18:(S(["企业"],True,True),"para 2 商务部门 supports 符合国家规定条件的 私营企业 in applying for 自营进出口权 (a permit/status); para 1 encouragement; alt 政府职责"),
19:(S(EG,True,True),"para 3 firms taking part in SOE/collective restructuring get city preferences; permits not cancelled; para 1-2 encouragement; alt 可主张的权利 (permits kept)"),
20:(D,"encourage and support Beijing traditional products and brands — no receivable; alt 一般规定"),
21:(G,"encourages out-of-town investors (declaration)"),
22:(D,"statistics system"),
23:(D,"lawful administration; para 2 officials must not disturb normal operation; alt 可主张的权利"),
24:(R(EG),"property, name right, patents, trademarks, trade secrets protected; alt 一般规定 (declaration)"),
25:(R(EG),"equal treatment with state/collective firms in access, land, credit, tax, procurement, 认定 etc.; 个体工商户 same unless law says otherwise"),
26:(R(EG),"premises protected; compensation by 拆迁人 on demolition (拆迁人 bound, not a beneficiary); alt 可申请的支持 (compensation)"),
27:(R(EG),"no illegal fees/fines/levies; firms may refuse them, forced sponsorship, tied sales"),
28:(R(EG),"remedies against administrative infringement: association, complaint, review, suit"),
29:(D,"departments handle complaints within 10 working days, transfer within 5; alt 可主张的权利"),
30:(O,"私营企业 respect trade-union rights"),
31:(O,"obey tax, quality, environment, safety laws; internal management"),
32:(O,"labour contracts, rest, no child labour, safety, training of special workers, minimum wage"),
33:(O,"私营企业 social insurance for staff"),
34:(G,"association: status and self-management (association duty labelled 一般规定 by convention)"),
35:(G,"association: publicity, liaison, supervision"),
36:(G,"association serves members and may help with approval procedures; alt 可申请的支持 (service, not core)"),
37:(G,"liability: refer to laws"),
38:(G,"officials' liability for extra pre-approvals"),
39:(G,"officials' liability for illegal levies"),
40:(G,"officials' liability for failing duties"),
41:(G,"state compensation; alt 可主张的权利"),
42:(G,"civil/criminal liability of infringers; alt 可主张的权利"),
43:(G,"implementing rules to be made; alt 政府职责"),
44:(G,"entry into force 2001-10-01"),
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
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1)), (sorted(arts),)
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
