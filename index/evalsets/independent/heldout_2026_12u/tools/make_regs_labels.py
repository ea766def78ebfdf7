# Labels for 北京市旅游管理条例 (62 articles). Run from the heldout23 folder.
import json,re,collections
DOC="北京市旅游管理条例(1999-03-30).md"
T="其他:旅游经营者"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose; mentions protecting 旅游经营者 rights (declaration)"),
2:(G,"scope and definition of 旅游业"),
3:(G,"principles of tourism development"),
4:(D,"city/district governments lead, plan, 增加投入 — no receivable"),
5:(D,"competent authorities: 市/区县旅游行政主管部门"),
6:(G,"trade association self-regulation (association duty labelled 一般规定 by convention); alt 企业义务"),
7:(G,"encourages social and media supervision by anyone; declaration; alt 政府职责"),
8:(D,"市政府 joint-meeting system"),
9:(D,"市/区县 tourism development special fund, used by the tourism authority — no grant to a business named; alt 可申请的支持"),
10:(D,"market development, image promotion; provides information/consulting to tourists and 旅游经营者 (a service, weak alt 可申请的支持)"),
11:(D,"training guidance; supervises operators to improve facilities"),
12:(S(["企业","其他:投资旅游业的个人"],True,True),"investors in tourism in 远郊区县经济不发达地区 that 带动地区经济发展 get 政策支持或者资金扶持; vague (no amount, no procedure) but a receivable for a business; conditional on location and effect; alt 政府职责; 外资企业 also covered (国内外企业)"),
13:(G,"declaration: develop international/domestic tourism, encourage projects; alt 政府职责"),
14:(D,"city encourages and supports souvenir development — no receivable named; alt 一般规定 / 可申请的支持 (weak)"),
15:(S(["其他:对旅游业发展做出显著成绩的单位和个人"],True,False),"表彰和奖励 for notable contribution; granted by government, not applied for; not core (may be honorary); alt 政府职责"),
16:(G,"principles for developing tourism resources"),
17:(D,"tourism development planning by city and districts"),
18:(D,"planning authorities consult the tourism authority when approving hotel/attraction projects"),
19:(D,"survey, evaluation and archive of tourism resources"),
20:(O,"developers must follow the plan, not build harmful projects, obey environment/heritage law"),
21:(R([T]),"para 2: lawful rights protected, right to refuse unlawful fees and levies (摊派); para 1 duty to obey law; alt 企业义务"),
22:(O,"internal management, staff training, accept supervision"),
23:(R([T]),"trade secrets of tourism operators protected against unlawful acquisition/use by anyone"),
24:(O,"safety responsibility system, accident reporting"),
25:(O,"special/risky rides need certificates, 安全许可证 and inspection before operation; a precondition, alt 可申请的支持 (permit) weak"),
26:(O,"staff training and certificates; managers' qualification 认定 (of individuals)"),
27:(O,"publish services and prices; no unauthorised fees"),
28:(O,"list of banned conduct harming tourists"),
29:(O,"旅行社 business needs a licence; no disguised operation; alt 可申请的支持 (licence) — phrased as a prohibition"),
30:(O,"out-of-town agencies' branches need review and a quality deposit; foreign/HK/Macao/Taiwan offices need approval; alt 可申请的支持 (approval)"),
31:(O,"travel agencies must sign contracts and keep to them"),
32:(O,"commissions allowed only if booked openly; no kickbacks"),
33:(O,"guides need qualification and must be assigned by an agency (duties of individuals and agencies)"),
34:(O,"banned conduct of guides and tour staff"),
35:(O,"hotels must provide safe, clean, fair-value service"),
36:(O,"accommodation for foreign/HK/Macao/Taiwan guests needs two certificates; alt 可申请的支持 (certificate) weak"),
37:(D,"star rating organised by the tourism authority (para 1); para 2 binds hotels (duty); alt 可申请的支持 (a hotel may seek a star status), alt 企业义务"),
38:(O,"hotel management companies need approval; filing by hiring hotels"),
39:(D,"standardised management and grading of tourist areas by the authority; alt 可申请的支持 (grade status)"),
40:(O,"new tourist areas open only after acceptance inspection"),
41:(O,"tourist areas must provide parking, toilets etc."),
42:(O,"separate single tickets; no forced combined tickets"),
43:(O,"no unauthorised stalls, no pestering tourists (binds vendors, anyone)"),
44:(O,"boundary, guide and warning signs, protective measures"),
45:(O,"everyone keeps areas clean; operators clean and maintain"),
46:(S(["其他:餐馆、商店、饭店、旅游客运、演出场所等旅游经营者"],True,True),"may apply for 旅游定点单位 status; issued after 审核 if standards met; standards set elsewhere (另行制定); status brings routed foreign tour groups (art. 47) → core (status/permit)"),
47:(O,"agencies must route foreign/HK/Macao/Taiwan groups to 定点 units; 定点 units must meet standards"),
48:(O,"annual review by authority (para 1, government) and 30-day filing of changes (para 2, business duty); alt 政府职责"),
49:(D,"enforcement conduct of inspectors; authority may not run tourism business"),
50:(G,"dispute routes for tourists (consumers, not businesses); alt 可主张的权利 only for tourists"),
51:(D,"complaint hotline"),
52:(D,"complaint handling time limits (10/45 days); 旅行社质量监督管理所"),
53:(G,"liability: applicable law"),
54:(G,"penalties: safety breaches"),
55:(G,"penalties: harming tourists"),
56:(G,"penalties: kickbacks; revocation of 定点/star status"),
57:(G,"penalties: guides"),
58:(G,"penalties: illegal operation"),
59:(G,"penalties: poor management, failed review"),
60:(G,"civil and criminal liability"),
61:(G,"officials' liability"),
62:(G,"entry into force 1999-06-01"),
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
N=62
assert sorted(arts)==list(range(1,N+1)), sorted(arts)
assert sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.Counter(x["kind"] for x in out)
print(c, "core", sum(x["core_benefit"] for x in out))
for k in c: print(k,[x["article"] for x in out if x["kind"]==k])
print("alt",[x["article"] for x in out if "alt" in x["note"]])
