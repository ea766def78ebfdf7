import json,re,collections
DOC="中华人民共和国电子商务法(2018-08-31).md"
G=("一般规定",[],None,False)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
PN="其他:平台内经营者"
L={
1:(G,"purpose"),
2:(G,"scope and definition of 电子商务; exclusions (financial products, news/AV content)"),
3:(G,"国家鼓励 new business forms — declaration, nothing receivable; alt 政府职责"),
4:(D,"state treats online/offline equally; governments must not adopt discriminatory measures; alt 可主张的权利 (no channel named)"),
5:(O,"general duties of e-commerce operators (good faith, consumer/IP/data protection, quality)"),
6:(D,"division of competent authorities"),
7:(D,"state builds a co-governance system; alt 一般规定"),
8:(G,"industry associations' self-regulation (association duty labelled 一般规定 by convention)"),
9:(G,"definitions: 电子商务经营者, 平台经营者, 平台内经营者"),
10:(O,"operators must register; exemptions for individuals selling own farm produce, small odd jobs (exemption, not a benefit); alt 一般规定"),
11:(O,"tax duty; '依法享受税收优惠' only points to tax law elsewhere, nothing named here; para 2 tax registration after first tax liability; alt 可申请的支持 (conditional, rules elsewhere) is weak"),
12:(O,"obtain required administrative licences"),
13:(O,"safety/environment requirements; no banned goods"),
14:(O,"issue invoices; e-invoices equal to paper (declaration)"),
15:(O,"display licence information on home page"),
16:(O,"announce termination 30 days ahead"),
17:(O,"truthful information; no fake transactions or reviews"),
18:(O,"non-personalised search option; advertising law"),
19:(O,"tie-in sales must be prominent, not default"),
20:(O,"deliver as promised; bear transport risk"),
21:(O,"deposit refund rules"),
22:(O,"no abuse of dominant position"),
23:(O,"personal-information protection"),
24:(O,"user-information query/correction/deletion and account cancellation"),
25:(O,"provide data to authorities on request; the authorities must keep trade secrets confidential (2nd sentence, government duty); alt 可主张的权利 for the operator (confidentiality)"),
26:(O,"cross-border e-commerce must obey import/export rules"),
27:(O,"platform must verify and register in-platform operators"),
28:(O,"platform reports identity/tax information; helps registration (a duty of the platform, not a service the merchant can claim)"),
29:(O,"platform handles illegal listings and reports"),
30:(O,"platform network security, emergency plan"),
31:(O,"platform keeps records ≥3 years"),
32:(O,"platform sets service agreement and trading rules fairly"),
33:(O,"platform displays agreement and rules"),
34:(R([PN]),"platform must consult publicly and publish changes ≥7 days ahead; an in-platform merchant who rejects the change may exit and the platform may not stop it, with liability under the old rules; alt 企业义务 (platform duties)"),
35:(R([PN]),"platform may not impose unreasonable restrictions/conditions or charge unreasonable fees to in-platform merchants (protection the merchant can invoke, enforced via art. 82); alt 企业义务"),
36:(O,"platform publishes sanctions against merchants"),
37:(O,"platform marks own (自营) business; liability for it"),
38:(O,"platform joint liability for unsafe goods; alt 一般规定 (liability)"),
39:(O,"platform credit evaluation; may not delete reviews"),
40:(O,"search results; mark paid ranking as 广告"),
41:(O,"platform IP protection rules"),
42:(R(["其他:知识产权权利人",PN]),"IP holder may notify the platform (notice-and-takedown); para 3 merchants harmed by a wrong notice get damages, double for malicious notices; platform duties in para 2; alt 企业义务"),
43:(R([PN]),"merchant may file a counter-notice; measures end if no complaint/suit within 15 days"),
44:(O,"platform publishes notices, declarations, results"),
45:(O,"platform must act on known IP infringement"),
46:(O,"platform may offer B2B warehousing/logistics/payment services but no centralised trading or standardised contracts; alt 一般规定"),
47:(G,"applicable contract law"),
48:(G,"automated systems bind; presumed capacity"),
49:(G,"contract formation on order submission; para 2 voids format clauses against consumers (alt 企业义务)"),
50:(O,"inform users of contract steps; allow correction of input errors"),
51:(G,"time of delivery rules"),
52:(O,"courier (快递物流服务提供者) duties: service standard, inspection prompt, green packaging; paras 1 and 4 permissive; alt 一般规定"),
53:(O,"e-payment provider duties; para 3 free statements and 3-year records for users; alt 可主张的权利 for users (not specific to businesses)"),
54:(O,"payment provider liable for losses from insecure service; alt 可主张的权利 for users"),
55:(O,"users check payment orders; provider corrects errors and compensates; alt 可主张的权利 for users"),
56:(O,"provider confirms completed payments"),
57:(O,"users keep security tools safe; provider bears loss of unauthorised payments unless user at fault; alt 可主张的权利 for users"),
58:(O,"para 1 国家鼓励 quality-guarantee mechanisms; para 2 platform and merchant must agree on consumer deposit terms; para 3 consumer claims under consumer law; alt 一般规定"),
59:(O,"operators set up complaint/report mechanisms"),
60:(R(["其他:电子商务当事人"]),"dispute-resolution channels: negotiation, mediation, complaint, arbitration, suit; alt 一般规定"),
61:(O,"platform assists consumers in disputes with merchants"),
62:(O,"operators provide original contracts and records in disputes"),
63:(G,"platform MAY set up online dispute resolution (permissive); alt 企业义务"),
64:(D,"State Council and provinces include e-commerce in plans, make industrial policy"),
65:(D,"governments support green packaging/storage/transport — no receivable"),
66:(D,"infrastructure, statistics, standards"),
67:(D,"promote application in all sectors"),
68:(D,"rural e-commerce, poverty alleviation — no receivable"),
69:(D,"transaction security, data use; public-data sharing 'to promote operators' lawful use' — no specific service named; alt 可申请的支持 weak"),
70:(D,"state supports credit-evaluation agencies; alt 一般规定"),
71:(D,"cross-border e-commerce facilitation systems; para 2 '国家支持小型微型企业从事跨境电子商务' names small firms but nothing they can obtain; alt 可申请的支持 (小型微型企业, conditional) — deliberately a trap"),
72:(D,"customs/tax/inspection service and supervision system; last sentence lets cross-border operators complete formalities with electronic documents; alt 可申请的支持/可主张的权利 (其他:跨境电子商务经营者)"),
73:(D,"international cooperation, mutual recognition, dispute mechanisms"),
74:(G,"civil liability"),
75:(G,"sanctions by reference"),
76:(G,"sanction: display/termination/user-info duties"),
77:(G,"sanction: personalised search, tie-in"),
78:(G,"sanction: deposits"),
79:(G,"sanction: personal information, network security"),
80:(G,"sanction: platform verification/reporting/records"),
81:(G,"sanction: platform rules, self-operated marking, reviews, ads"),
82:(G,"sanction for art. 35 violations (enforcement of the merchants' protection); alt 可主张的权利 via art. 35"),
83:(G,"sanction: platform consumer-protection failures"),
84:(G,"sanction: platform IP failures"),
85:(G,"sanctions by reference to other laws"),
86:(G,"violations recorded in credit files and published"),
87:(G,"officials' liability"),
88:(G,"public-security and criminal liability"),
89:(G,"entry into force 2019-01-01"),
}
txt=open("regs/"+DOC,encoding="utf-8").read()
cn="零一二三四五六七八九"
def num(s):
    v=0
    if "十" in s:
        a,b=s.split("十")
        if a and len(a)==2: pass
        v=(cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    else: v=cn.index(s)
    return v
arts={}
for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
    arts[num(m.group(1))]=m.group(2)
assert sorted(arts)==list(range(1,90)),sorted(arts)
assert sorted(L)==list(range(1,90))
out=[]
for a in range(1,90):
    (k,b,c,core),note=L[a]
    out.append(dict(doc=DOC,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
c=collections.Counter(x["kind"] for x in out); print(c, "core",sum(x["core_benefit"] for x in out))
for k in c: print(k,[x["article"] for x in out if x["kind"]==k])
print("alt",[x["article"] for x in out if "alt" in x["note"]])
