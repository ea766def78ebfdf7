# Run from the set folder: /usr/bin/python3 tools/make_regs_labels.py
import json,re,collections
DOC="北京市单用途预付卡管理条例(2021-11-26).md"
C="其他:消费者"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose (consumer protection, market order, risk prevention)"),
2:(G,"scope; para 2 defines 单用途预付卡 (physical and virtual)"),
3:(G,"principles of prepaid-card management"),
4:(G,"transaction principles; para 2 consumers and 经营者 should weigh risks (hortatory); alt 企业义务"),
5:(D,"city/district governments lead, coordinate; 街道/乡镇 do local supervision"),
6:(D,"division of competence: 市场监管 coordinates, sector authorities supervise their sectors"),
7:(D,"authorities publicise rules and risks to consumers and 经营者, support consumers — no receivable for a business"),
8:(G,"trade associations/商会 self-regulation and risk warnings (association duty labelled 一般规定 by convention); alt 政府职责"),
9:(G,"consumer association informs, mediates, supervises (non-government body); alt 政府职责"),
10:(O,"issuers must inform truthfully, no false or misleading promotion"),
11:(O,"who may not issue or renew cards (失信被执行人, 经营异常名录, 注销 …)"),
12:(R([C]),"rights of CONSUMERS (information, free choice, balance queries); not invocable by a business; alt 企业义务 (mirror duties of 经营者)"),
13:(O,"issuers must give a voucher/contract with 12 listed items; para 3 model contract made by authorities (government side)"),
14:(O,"risk warning in the written contract for validity periods / large prepayments"),
15:(O,"no unfair standard terms (概不退款, 解释权归经营者); such terms are void"),
16:(O,"7-day cooling-off: issuer must refund in full within 5 days; phrased as consumer right; alt 可主张的权利 (beneficiary 其他:消费者)"),
17:(O,"refund of the balance within the agreed term or 15 days; alt 可主张的权利 (beneficiary 其他:消费者)"),
18:(O,"issuers provide balance queries; must notify consumers of closure or relocation"),
19:(O,"issuers keep records 3 years; 电子商务平台经营者 keep records; protect personal data"),
20:(O,"mandatory filing above a size threshold; para 2 voluntary filing below it is an option, not a benefit (alt 可申请的支持 weak); para 3 threshold set by authorities"),
21:(D,"city builds a prepaid-card service system easing filing and queries; alt 可申请的支持 (a service, not core)"),
22:(O,"deposit (存管) of prepaid funds; para 1–2 system and rules made by government, para 3 obligated issuers open a custody account; alt 政府职责"),
23:(D,"市地方金融监管 builds the custody information platform; 存管银行 must connect; alt 企业义务 (banks)"),
24:(D,"inspection powers of sector authorities; para 2 issuers must cooperate; alt 企业义务"),
25:(D,"authorities handle consumer complaints within 7 working days; alt 可主张的权利 (beneficiary 其他:消费者)"),
26:(G,"civil liability of issuers; platforms jointly liable; alt 可主张的权利 (beneficiary 其他:消费者)"),
27:(G,"which authorities impose penalties"),
28:(G,"penalty for issuing despite art. 11 bans"),
29:(G,"penalty for missing voucher, queries, notices, records"),
30:(G,"penalty for delaying refunds"),
31:(G,"penalty for false/late filing"),
32:(G,"penalty for not depositing prepaid funds"),
33:(G,"referral to other laws (消费者权益保护法, 反不正当竞争法, 广告法, 电子商务法), illegal fund-raising, fraud"),
34:(G,"penalty information shared to the public credit platform; credit measures (liability chapter); alt 政府职责"),
35:(G,"entry into force 2022-06-01; transitional: existing issuers file/deposit within 90 days; alt 企业义务"),
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
N=35
assert sorted(arts)==list(range(1,N+1)) and sorted(L)==list(range(1,N+1)), (sorted(arts),)
out=[]
for a in range(1,N+1):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(collections.Counter(x["kind"] for x in out), "core", sum(x["core_benefit"] for x in out))
