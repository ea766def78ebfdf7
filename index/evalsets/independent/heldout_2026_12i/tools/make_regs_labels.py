# Labels for 北京市农业机械化促进条例; run from the heldout11 folder.
import json,re,collections
DOC="北京市农业机械化促进条例(2019-07-26).md"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
FARM=["其他:农民","其他:农业生产经营组织"]
L={
1:(G,"purpose"),
2:(G,"definitions of 农业机械化 and 农业机械"),
3:(D,"city/district governments lead, plan, fund; townships serve farmers"),
4:(D,"competent authorities (农业机械化主管部门) and cooperation of other departments"),
5:(S(["其他:农业机械科研开发、推广、生产、销售、维修、作业单位和个人"],True,True),"para 1 encouragement (declaration); para 2 these units and persons 依法享受政府扶持、税收优惠和金融支持 — a referral to rules elsewhere, hence conditional; alt 一般规定 (pure declaration)"),
6:(D,"city organises research on key agricultural-machinery technology"),
7:(D,"research project plan; 科技、财政部门 support research projects in funds/awards — no receivable named for a business; alt 可申请的支持"),
8:(D,"encourages technicians and users to innovate; departments 予以支持 — no receivable named; alt 可申请的支持"),
9:(S(["其他:农业机械生产者、销售者"],False,False),"para 1 producers/sellers may commission a testing institution to test and evaluate their products (a service they can request; fees not stated); para 2 duty of the institution to publish results; alt 政府职责"),
10:(S(["其他:农业机械生产者、销售者"],True,False),"推广鉴定: the state testing institution accepts producers'/sellers' applications 按照国家规定 and the city publishes machines that pass — a status a firm can apply for; not counted as core (a certification, not money/permit); alt core true (gateway to the purchase-subsidy catalogue), alt 政府职责"),
11:(D,"promotion plans, promotion bodies"),
12:(D,"governments build demonstration bases that give demonstration services; standards by the authority; alt 可申请的支持 (service) weak"),
13:(G,"supports exhibitions and exchanges (declaration, no addressee); alt 政府职责"),
14:(O,"producers, repairers, operators must apply national/sector quality standards; para 2 city makes local standards (government)"),
15:(D,"quality supervision; the authority may investigate machines in use and publish results"),
16:(O,"producers/sellers responsible for quality, after-sales service, repair/replacement/return; environmental requirements"),
17:(O,"anyone running a repair business must, after registration, apply to the district authority for a 维修技术合格证书 — a mandatory licence; alt 可申请的支持 (permit a business applies for, conditional, core)"),
18:(O,"repairers work within the certificate's scope, keep contracts, answer for quality"),
19:(O,"operators of machinery services ensure work quality; paid operators compensate losses"),
20:(R(["其他:农业机械质量争议当事人"]),"disputes over product/repair/work quality: negotiation, mediation by the district authority, or court; alt 一般规定"),
21:(D,"governments encourage service organisations and build the service system; para 2 says what service organisations may offer (declaration); alt 一般规定"),
22:(G,"support for voluntarily founding machinery service cooperatives and for joint use — declaration, no receivable; alt 可主张的权利 (freedom to found a cooperative)"),
23:(D,"city authority builds an information service platform for buying, using, leasing, repairing machinery; alt 可申请的支持 (free information service, not core)"),
24:(D,"service and order for cross-district machine work; police/transport arrange times and routes"),
25:(D,"training and further education of machinery personnel"),
26:(G,"encourages schools and training bodies to train specialists (declaration addressed to schools); alt 政府职责"),
27:(G,"producers/sellers/repairers may found trade associations; associations serve members (self-regulation, labelled 一般规定 as in the example); alt 可主张的权利"),
28:(D,"governments arrange funds for research, training, purchase subsidies and loan interest subsidies, fuel subsidies, repair system, infrastructure — lists budget uses, no receivable/procedure for a business; alt 可申请的支持 (core: 购置补贴、贷款贴息、燃油补贴)"),
29:(S(["其他:农业机械生产者"],True,True),"para 1 encouragement; para 2 research and production of agricultural machinery 依法享受税收优惠 (tax, conditional on the tax rules)"),
30:(S(FARM+["其他:农业机械作业服务组织"],True,True),"purchase subsidy: city publishes the subsidy catalogue 按照国家有关规定; para 2 large machinery service cooperatives/organisations enjoy support 按照有关规定; the subsidy itself is implied by the catalogue (alt 政府职责 for para 1)"),
31:(D,"authorities and fuel suppliers give priority to fuel for seasonal machine work; fuel suppliers bound; alt 可申请的支持 (priority supply for farmers, weak)"),
32:(S(["其他:农民","其他:农业机械作业服务组织"],False,True),"policy banks shall and commercial banks are encouraged to give credit for buying machinery; banks are bound, not beneficiaries; no eligibility stated (alt conditional true: credit depends on bank approval); alt 政府职责/企业义务 (of banks)"),
33:(S(["其他:农业机械所有人"],True,False),"machinery insurance included in the city's 政策性农业保险 (subsidised premiums under those rules, hence conditional); insurers encouraged to develop products; alt 政府职责 (builds an insurance system); not core (premium subsidy not stated)"),
34:(D,"governments build farm roads and machine sheds; para 2 facility land treated as 设施农用地 (a land-use preference, alt 可申请的支持) and not to be diverted (alt 企业义务); para 3 村民委员会 cooperate"),
35:(S(["其他:农业机械维修经营者"],True,True),"para 1 authorities support repair stations (government); para 2 repair businesses 依法享受税收优惠 (tax) — labelled by para 2; alt 政府职责 for para 1"),
36:(D,"safety supervision system, coordination between departments"),
37:(D,"safety supervision bodies enforce; para 2 they inspect dangerous machines free of charge (regulatory inspection; alt 可申请的支持 as a free service for owners)"),
38:(O,"phase-out/scrapping regime: para 2 machines banned or due for scrapping must stop being used and be recovered (owners bound); paras 1 and 3 government; alt 政府职责"),
39:(O,"agricultural organisations set safety rules, checks, training; owners must not let unlicensed persons operate or lend unsafe machines"),
40:(O,"operators check machines, follow rules, carry licences; right to refuse unsafe orders belongs to operators (workers), not businesses"),
41:(O,"safety devices intact; ban on modifying/removing them"),
42:(G,"liability: other laws first"),
43:(G,"officials' liability"),
44:(G,"liability of owners breaching art. 39(2)"),
45:(G,"penalty: operator without licence on person, 50–100 yuan"),
46:(G,"penalty: modifying safety devices, 200–500 yuan"),
47:(G,"entry into force 2011-03-01; repeals 北京市农业机械管理条例"),
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
N=47
assert sorted(arts)==list(range(1,N+1)), sorted(arts)
assert sorted(L)==list(range(1,N+1))
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.Counter(x["kind"] for x in out)
print(c, "core", [x["article"] for x in out if x["core_benefit"]])
for k in c: print(k,[x["article"] for x in out if x["kind"]==k])
