# Generates regs_labels.json; checks article numbers against the copied regulation texts.
import json,re,collections
G=("一般规定",[],None,False)
def S(b,c,core): return ("可申请的支持",b,c,core)
def R(b): return ("可主张的权利",b,False,False)
D=("政府职责",[],None,False); O=("企业义务",[],None,False)

W="保障农民工工资支付条例(2019-12-30).md"
ZB="其他:施工总承包单位"
LW={
1:(G,"purpose"),
2:(G,"scope; definitions of 农民工 and 工资"),
3:(O,"workers' right to full, timely pay (a workers' right, not a business's) and ban on arrears for any unit; para 2 workers' duties; alt 一般规定"),
4:(D,"local governments responsible; 乡镇/街道 mediate disputes"),
5:(G,"principles (市场主体负责、政府依法监管…); alt 企业义务"),
6:(O,"employers keep real-name records and fix wage terms in writing"),
7:(D,"division of departmental duties"),
8:(G,"unions, youth league, women's federation protect workers (mass organisations, labelled 一般规定 by convention); alt 政府职责"),
9:(G,"news media publicity and supervision; alt 政府职责"),
10:(D,"para 1 workers may complain/arbitrate/sue (workers, not businesses); para 2 anyone may report; para 3 authorities publish channels and handle reports (首问负责制); alt 可主张的权利 (其他:农民工)"),
11:(O,"pay in money to the worker, not in kind"),
12:(O,"pay on the agreed cycle and date in full"),
13:(O,"pay cycle follows the wage system"),
14:(O,"pay date in current/next period, before holidays; para 2 delay allowed after force majeure (a small allowance for the employer, alt 可主张的权利)"),
15:(O,"wage ledger kept 3 years; pay slip to the worker"),
16:(O,"employer in arrears must pay off"),
17:(G,"unlicensed employers: refer to other laws"),
18:(O,"user unit pays arrears of workers sent by unlicensed dispatchers, may seek recourse (recourse right is secondary; alt 可主张的权利)"),
19:(O,"subcontracting to individuals/unlicensed units, letting others use its name: employer pays, may seek recourse"),
20:(O,"partnerships, sole proprietorships, 个体经济组织 pay; otherwise investors pay"),
21:(O,"pay off arrears before merger/division"),
22:(O,"pay off arrears before deregistration; main investor before registering a new unit"),
23:(O,"建设单位 must have funds before starting; government projects must not make 施工单位 pre-fund (protects contractors; alt 可主张的权利 for 施工单位)"),
24:(O,"建设单位 must give payment guarantee to 施工单位; contract terms; labour cost paid at most monthly (protects contractors; alt 可主张的权利)"),
25:(O,"general contractor and subcontractor written contract terms"),
26:(O,"general contractor opens wage special account"),
27:(R([ZB]),"para 2: after completion without arrears and 30 days' publicity the general contractor may apply to close the special account and keeps the balance; para 1 duties of banks (企业义务); conditions stated but rights get conditional false by convention; alt 企业义务"),
28:(O,"labour contracts, real-name registration, 劳资专管员, ledgers kept 3 years"),
29:(O,"建设单位 pays labour costs into the account, advances unpaid wages up to unpaid project money, sets up coordination"),
30:(O,"subcontractor directly responsible; general contractor pays first and seeks recourse"),
31:(O,"general contractor pays wages on behalf of subcontractors; no withholding of workers' cards"),
32:(S([ZB],True,True),"para 1 duty to deposit 工资保证金; para 2 reduction/exemption for units without arrears, and a bank 保函 may replace the deposit — a relief a contractor can obtain; detailed rules by 人社部 (elsewhere) → conditional; core as deposit/fee relief (disputable); alt 企业义务"),
33:(R([ZB]),"special-account money and wage deposit may not be sealed, frozen or transferred for other causes; a protection the account holder can invoke; alt 一般规定"),
34:(O,"general contractor posts rights-information board on site"),
35:(O,"disputes over quantity/quality/price do not excuse withholding labour cost or stopping wage payment"),
36:(O,"建设单位/总承包单位/施工单位 pay when subcontracting illegally or lending its name"),
37:(O,"建设单位 pays where the project violates planning/construction law"),
38:(D,"wage monitoring and early-warning platform"),
39:(D,"supervision and inspection"),
40:(D,"authorities query bank accounts/property with approval; banks and registries must cooperate (alt 企业义务 for banks)"),
41:(D,"police assistance; transfer of criminal cases"),
42:(D,"apply to court for enforcement"),
43:(D,"construction authorities police illegal subcontracting"),
44:(D,"finance/audit supervise government project payments"),
45:(D,"legal aid for workers (workers, not businesses)"),
46:(D,"law publicity"),
47:(D,"integrity files and grading of employers; public naming of serious offenders"),
48:(G,"blacklist of employers with serious arrears, restrictions on subsidies/procurement/credit (sanction); alt 政府职责"),
49:(G,"sanction: restriction of new projects for 建设单位 without guarantee; alt 政府职责"),
50:(O,"employer must produce contracts, rosters, ledgers in disputes or bear adverse consequences; alt 一般规定"),
51:(G,"unions supervise and may demand correction (mass organisation); alt 政府职责"),
52:(G,"false claims or claiming project money under the name of wages are dealt with by law (protects employers only indirectly); alt 可主张的权利"),
53:(G,"liability: refer to laws"),
54:(G,"fines: payment in kind, ledger, withholding cards"),
55:(G,"fines: special account, deposit, real-name management"),
56:(G,"fines: pay sheets, supervision, site board"),
57:(G,"fines: payment guarantee, labour-cost transfer, documents"),
58:(G,"fine for banks not cooperating"),
59:(G,"liability of governments for government-project arrears"),
60:(G,"liability of government-project 建设单位 heads"),
61:(G,"fines for under-funded social projects; officials' liability"),
62:(G,"officials' liability"),
63:(D,"local governments may advance wages from an emergency fund and recover them from the employer (benefit goes to workers, not businesses)"),
64:(G,"entry into force 2020-05-01"),
}

K="中华人民共和国促进科技成果转化法(2015-08-29).md"
LK={
1:(G,"purpose"),
2:(G,"definitions: 科技成果, 职务科技成果, 科技成果转化"),
3:(G,"principles; enterprises' leading role; IP protected by law (declaration, alt 可主张的权利)"),
4:(D,"state arranges fiscal inputs and guides social funds — no receivable named"),
5:(D,"policy coordination; local governments may adopt more favourable measures"),
6:(O,"transfers/licences abroad must obey export rules; para 1 encouragement; alt 一般规定"),
7:(D,"state may organise implementation or license others for security/public interest (government power); alt 一般规定"),
8:(D,"competent authorities"),
9:(D,"include transformation in development plans"),
10:(D,"fiscal-funded applied projects: hear industry and enterprises, set undertakers' transformation duty"),
11:(D,"science report system and information system; para 2 fiscal-funded undertakers must submit reports (alt 企业义务); para 3 voluntary submission supported"),
12:(S(["其他:科技成果转化项目实施单位"],True,True),"state supports listed categories of projects by 政府采购, R&D funding, catalogues, demonstration; categories are conditions; no procedure named → alt 政府职责"),
13:(D,"state encourages advanced and phases out backward technology; alt 一般规定"),
14:(D,"standards; military-civil transfer"),
15:(S(["其他:重点科技成果转化项目中标单位"],True,True),"key projects by public tender; the winning bidder gets the funding or conditions fixed in the tender; alt 政府职责"),
16:(G,"ways a holder may transform results (freedom, not a benefit); alt 可主张的权利"),
17:(G,"encouragement of institutes/universities; para 2 duties of state-run institutes and universities (public bodies, not businesses; convention 一般规定); alt 政府职责"),
18:(G,"state institutes decide transfers autonomously; pricing by agreement/listing/auction with publication; alt 政府职责"),
19:(G,"researchers of state institutes may transform service results per agreement; must not obstruct or appropriate"),
20:(D,"performance evaluation system; para 2 institutes' personnel systems"),
21:(G,"state institutes' annual report to the supervisory department (public bodies); alt 政府职责"),
22:(S(["企业"],False,False),"para 1 firms may publish needs or use intermediaries (freedom); para 2 county-level science departments help firms obtain results — a service a firm can ask for, not core; alt 政府职责"),
23:(R(["企业"]),"enterprises 依法有权 implement transformation alone or jointly, and may compete for government projects"),
24:(D,"fiscal-funded market projects: authorities let enterprises lead; alt 一般规定"),
25:(G,"encourage institute–enterprise cooperation; institutes may bid"),
26:(G,"encourage joint platforms/alliances; para 2 partners must sign agreements (alt 企业义务)"),
27:(G,"encourage staff exchange"),
28:(G,"state supports joint training bases — no receivable named; alt 可申请的支持"),
29:(G,"encourage agricultural institutes"),
30:(O,"para 2 intermediaries must be impartial, no false information, keep secrets; para 1 state cultivates technology market (alt 政府职责)"),
31:(D,"state supports public R&D platforms that serve transformation; alt 可申请的支持 (services)"),
32:(S(["中小企业"],True,False),"incubators and university science parks give 初创期科技型中小企业 space, mentoring and consulting — a service/facility a small tech start-up can request; 初创期/科技型 are conditions; alt 政府职责"),
33:(D,"use of fiscal transformation funds (guidance funds, 贷款贴息, 补助, venture capital) — budget rule, no applicant or procedure; alt 可申请的支持"),
34:(S(["其他:科技成果转化活动当事人"],True,True),"tax preferences per tax laws and regulations (rules elsewhere)"),
35:(G,"state encourages banks to offer IP/equity pledge loans (banks are addressees; credit not obtainable by right); alt 可申请的支持"),
36:(G,"state encourages insurers; alt 可申请的支持"),
37:(D,"state improves capital markets and supports equity/bond financing; alt 可申请的支持"),
38:(D,"state guidance fund must steer VC to 初创期科技型中小企业 (fund's duty; no direct grant); alt 可申请的支持"),
39:(G,"encouragement of transformation/risk funds; rules elsewhere; alt 可申请的支持"),
40:(R(["其他:合作转化各方"]),"default allocation of rights where the cooperation contract is silent; each partner may implement jointly created results; alt 一般规定"),
41:(O,"cooperation partners agree on and keep technical secrets"),
42:(O,"enterprises set up trade-secret systems; para 2 may sign confidentiality/non-compete agreements (employer's option, alt 可主张的权利); staff must not transfer service results"),
43:(G,"state institutes keep transformation income (public bodies)"),
44:(O,"the completing unit (incl. enterprises) must reward contributors; rules published after hearing staff"),
45:(O,"default reward standards (≥50% / ≥5%); para 3 state-owned units' reward spending outside the wage-bill cap (relief for 国有企业, not core; alt 可申请的支持)"),
46:(G,"sanctions for missing science reports/annual reports"),
47:(G,"fines for fraud"),
48:(G,"fines for service agencies"),
49:(G,"officials' liability"),
50:(G,"liability for misappropriating others' results"),
51:(G,"liability of staff leaking secrets / breaching non-compete"),
52:(G,"entry into force 1996-10-01"),
}

cn="零一二三四五六七八九"
def num(s):
    if "十" in s:
        a,b=s.split("十"); return (cn.index(a) if a else 1)*10+(cn.index(b) if b else 0)
    return cn.index(s)
out=[]
for doc,L in ((W,LW),(K,LK)):
    txt=open("regs/"+doc,encoding="utf-8").read()
    arts={}
    for m in re.finditer(r"^第([一二三四五六七八九十]+)条 (.*)$",txt,re.M):
        n=num(m.group(1)); assert n not in arts; arts[n]=m.group(2)
    n=len(arts)
    assert sorted(arts)==list(range(1,n+1)) and sorted(L)==list(range(1,n+1)),(doc,n,len(L))
    for a in range(1,n+1):
        (k,b,c,core),note=L[a]
        out.append(dict(doc=doc,article=a,first_words=arts[a][:15],kind=k,beneficiaries=b,conditional=c,core_benefit=core,note=note))
    sub=[x for x in out if x["doc"]==doc]
    print(doc,len(sub),dict(collections.Counter(x["kind"] for x in sub)),"core",[x["article"] for x in sub if x["core_benefit"]])
    for k in ("可申请的支持","可主张的权利"): print(" ",k,[x["article"] for x in sub if x["kind"]==k])
json.dump(out,open("regs_labels.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
