# run from the set's root folder: /usr/bin/python3 tools/make_regs_labels.py
import json,re,collections
DOC="中华人民共和国对外贸易法(2022-12-30).md"
T="其他:对外贸易经营者"
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)
L={
1:(G,"purpose"),
2:(G,"scope; definition of 对外贸易 (goods, technology, international services)"),
3:(D,"competent authority: 国务院对外贸易主管部门"),
4:(G,"declaration: unified system, state encourages foreign trade, fair and free order; no receivable; alt 政府职责"),
5:(D,"state concludes trade agreements, joins regional organisations; alt 一般规定"),
6:(D,"state grants MFN/national treatment to other parties under treaties; a benefit for foreign states, not for businesses; alt 一般规定"),
7:(D,"retaliation against discriminatory measures of other countries"),
8:(G,"definition of 对外贸易经营者 (legal persons, other organisations, individuals registered by law)"),
9:(O,"service trade must obey the law; 对外劳务合作 units need a qualification (rules by State Council)"),
10:(O,"state trading: goods only by authorised enterprises, customs refuses others; catalogue set by the ministry; alt 政府职责 (catalogue) — no application route for the authorisation is given"),
11:(G,"traders may act as agents for others within their business scope; a freedom, not a benefit; alt 可主张的权利"),
12:(O,"traders must submit documents to authorities; second sentence: authorities keep trade secrets (protection, alt 可主张的权利)"),
13:(G,"declaration: free import/export of goods and technology unless law provides otherwise; alt 可主张的权利"),
14:(O,"automatic import/export licence must be applied for before customs declaration (authority 应当予以许可); technology contract filing duty; alt 可申请的支持 (a permit that must be granted) — a control, not a benefit"),
15:(D,"grounds on which the state may restrict or ban goods/technology trade"),
16:(D,"security measures for nuclear/military goods"),
17:(D,"ministry sets catalogues of restricted/banned goods and technology; temporary bans"),
18:(O,"restricted goods/technology need a quota/licence before import/export (traders bound); paras 1 and 3 are state management; alt 政府职责; a licence is a permit but here a restriction, alt 可申请的支持 weak"),
19:(D,"allocation of quotas and tariff quotas by open, fair, just principles; rules by State Council; alt 可申请的支持 (quota a firm obtains), conditional"),
20:(D,"conformity assessment: certification, inspection, quarantine of traded goods"),
21:(D,"rules-of-origin management; rules by State Council"),
22:(G,"referral: cultural relics, wildlife under other laws"),
23:(D,"market access and national treatment for other treaty parties in service trade; benefit for foreign parties; alt 一般规定"),
24:(D,"ministry and departments administer international service trade"),
25:(D,"grounds for restricting service trade"),
26:(D,"security measures in service trade"),
27:(D,"ministry publishes the service-trade market-access catalogue"),
28:(D,"state protects trade-related IP; ministry may ban infringing imports; no procedure for a business to invoke; alt 可主张的权利 (for right holders)"),
29:(O,"IP right holders (licensors) must not abuse licences (no-challenge, compulsory package licensing, exclusive grant-back) where this harms fair competition; ministry may act; alt 政府职责"),
30:(D,"measures against countries that deny IP national treatment to Chinese persons; alt 一般规定"),
31:(O,"no monopoly conduct in foreign trade; ministry may act"),
32:(O,"no unfair competition (dumping prices, bid rigging, false ads, bribery); ministry may ban trade"),
33:(O,"list of banned acts: forged origin/licence documents, export tax rebate fraud, smuggling, evading inspection"),
34:(O,"traders must follow foreign-exchange rules"),
35:(D,"ministry may publicly announce violations; alt 一般规定"),
36:(D,"trade investigations: subjects"),
37:(D,"procedure of investigations: announcement, questionnaires, hearings, report"),
38:(O,"units and individuals must cooperate with investigations; para 2 officials keep secrets; alt 政府职责"),
39:(D,"state may take trade remedies after investigation"),
40:(D,"anti-dumping measures; domestic industry protected but no application stated; alt 可主张的权利 weak"),
41:(S(["其他:国内产业"],True,False),"on application of domestic industry the ministry may consult a third country (dumping into third markets); a service an industry can request, conditions (injury) inline, not core; alt 政府职责"),
42:(D,"anti-subsidy measures"),
43:(D,"safeguard measures; '可以对该产业提供必要的支持' is discretionary state support with no application route; alt 可申请的支持 (其他:国内产业)"),
44:(D,"remedies against service imports"),
45:(D,"remedies against trade diversion"),
46:(D,"state demands remedies from treaty partners; may suspend obligations"),
47:(D,"ministry negotiates and settles trade disputes"),
48:(D,"early-warning and emergency mechanism"),
49:(D,"anti-circumvention measures"),
50:(D,"state sets trade development strategy and promotion mechanism"),
51:(D,"state establishes financial institutions, trade development fund, risk fund; no grant named for a business; alt 可申请的支持"),
52:(S([T],True,True),"names receivables: export credit, export credit insurance, export tax rebate; conditions and procedures in other rules; alt 政府职责 (phrased as state policy means)"),
53:(D,"public information service system for traders; a service but no request route; alt 可申请的支持 (not core)"),
54:(D,"state encourages traders to open markets, invest abroad, contract projects; no receivable"),
55:(R([T]),"para 1 traders may set up and join associations/chambers (right); para 2 association duties and services; alt 一般规定"),
56:(G,"CCPIT activities per its statute (exhibitions, information, consulting); alt 政府职责"),
57:(D,"state supports and promotes SMEs' foreign trade — declaration without receivable; alt 可申请的支持 (中小企业, conditional)"),
58:(D,"state supports ethnic autonomous and less-developed regions"),
59:(G,"penalty: unauthorised state-trading goods"),
60:(G,"penalty: banned/restricted goods and technology; application bar up to 3 years"),
61:(G,"penalty: banned/restricted service trade"),
62:(G,"penalty: art. 33 acts; trade ban 1–3 years"),
63:(G,"enforcement of trade bans by customs and forex banks"),
64:(G,"officials' liability"),
65:(R(["其他:对外贸易经营活动当事人"]),"administrative reconsideration or lawsuit against decisions of trade authorities; alt 一般规定"),
66:(G,"referral: military goods, nuclear materials, cultural products"),
67:(S(["其他:边境贸易和边民互市贸易经营者"],True,True),"state gives preferences and facilitation (给予优惠和便利) to border trade; rules by State Council; alt 政府职责; irrelevant for Beijing but a receivable by content"),
68:(G,"separate customs territories excluded"),
69:(G,"entry into force 2004-07-01"),
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
N=69
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
print("alt",[x["article"] for x in out if re.search(r"\balt\b",x["note"])])
