<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/handout.py" line="105"/>
        <source>出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="106"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="107"/>
        <location filename="../../desktop/measureview.py" line="63"/>
        <source>金额/额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="107"/>
        <location filename="../../desktop/measureview.py" line="63"/>
        <source>（原文未写明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="108"/>
        <location filename="../../desktop/measureview.py" line="62"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="108"/>
        <location filename="../../desktop/measureview.py" line="62"/>
        <source>（原文未注明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="111"/>
        <source>为什么适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="112"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="152"/>
        <source>打印预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="64"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="64"/>
        <source>未注明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="65"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="66"/>
        <source>发文机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="66"/>
        <location filename="../../desktop/measureview.py" line="68"/>
        <source>（未识别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="67"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="67"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="68"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="69"/>
        <source>文件状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="49"/>
        <source>本条文本由乱序原文整理，请以原件为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="50"/>
        <source>本条编号为推定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="51"/>
        <source>收集到的原文缺少本条正文，请查阅原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="52"/>
        <source>本文件为征求意见稿，非正式文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="65"/>
        <source>原文未注明期限，请向责任单位确认是否仍在执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="67"/>
        <source>期限至{0}，已过期（今天是{1}）：不能再承诺办理，仅供了解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="68"/>
        <source>期限至{0}，目前有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="72"/>
        <source>（无标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="77"/>
        <source>第{0}条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/compare.py" line="208"/>
        <source>同类措施比较</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="215"/>
        <source>双击一列打开该措施。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../desktop/compare.py" line="42"/>
        <source>小标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="42"/>
        <source>金额/额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="42"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="42"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="42"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="43"/>
        <source>条文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="43"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="65"/>
        <source>（原文未写明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="71"/>
        <source>（原文未注明）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/compare.py" line="121"/>
        <source>可比较的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="130"/>
        <source>勾选要比较的措施：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="150"/>
        <source>小标题相近</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="151"/>
        <source>同类措施（{0}）：共{1}条，已选{2}条。今天：{3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSetup</name>
    <message>
        <location filename="../../desktop/datasetup.py" line="39"/>
        <source>正在根据政策原文构建数据，请稍候…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasetup.py" line="40"/>
        <source>构建数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasetup.py" line="56"/>
        <source>数据仍无法打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasetup.py" line="59"/>
        <source>{0}

现在从政策原文重新构建数据吗？（约需几秒；收藏和查询历史不受影响。）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasetup.py" line="60"/>
        <source>数据缺失或损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasetup.py" line="83"/>
        <source>构建数据失败</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <location filename="../../desktop/wizard.py" line="42"/>
        <source>设为本机默认区（以后每位来访者先选中这个区）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityWizard</name>
    <message>
        <location filename="../../desktop/wizard.py" line="74"/>
        <source>帮企业找政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="88"/>
        <source>在哪里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="89"/>
        <source>企业（或个人）注册、经营在哪个区？北京市的市级政策全市都适用，会一并列出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="93"/>
        <source>是谁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="93"/>
        <source>来办事的是哪一类？个体户、个人不会被问企业规模。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="95"/>
        <source>说不准时选这个，结果里会列出需要确认规模的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="96"/>
        <location filename="../../desktop/wizard.py" line="259"/>
        <source>企业规模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="96"/>
        <source>企业是大型、中型、小型还是微型？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="102"/>
        <source>做什么</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="102"/>
        <source>从事哪些行业？可以选几个；个人可以不选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="104"/>
        <source>是什么类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="104"/>
        <source>企业有没有下面这些认定或身份？都没有就直接点“下一步”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="106"/>
        <source>遇到什么情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="106"/>
        <source>现在有哪些情况？选中的才算“有”，没选的算“没有”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="133"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="134"/>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="135"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="136"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="137"/>
        <source>读取资料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="138"/>
        <source>保存资料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="252"/>
        <source>（未回答）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="257"/>
        <source>所在区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="257"/>
        <source>主体类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="259"/>
        <source>不清楚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="260"/>
        <source>行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="260"/>
        <source>未选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="262"/>
        <source>企业类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="262"/>
        <location filename="../../desktop/wizard.py" line="263"/>
        <source>都没有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="263"/>
        <source>目前情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="264"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="264"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="276"/>
        <source>已加入告知单（{0}条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="293"/>
        <source>企业资料.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="297"/>
        <source>保存企业资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="305"/>
        <source>没有保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="305"/>
        <source>无法写入 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="311"/>
        <source>读取企业资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="318"/>
        <location filename="../../desktop/wizard.py" line="321"/>
        <source>没有读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="318"/>
        <source>{0} 不是能读取的企业资料文件：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="321"/>
        <source>{0} 中有不认识的内容：
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../desktop/facets.py" line="46"/>
        <source>含市级措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="47"/>
        <source>选了区时，也列出北京市（全市适用）的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="67"/>
        <source>地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="68"/>
        <source>行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="69"/>
        <source>支持方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="70"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="71"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="124"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="128"/>
        <source>收起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="128"/>
        <source>更多（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSection</name>
    <message>
        <location filename="../../desktop/wizard_results.py" line="173"/>
        <source>（没有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="215"/>
        <source>再显示{0}条（还有{1}条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="222"/>
        <source>已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="227"/>
        <source>点标题在主窗口中查看全文</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutPanel</name>
    <message>
        <location filename="../../desktop/handout.py" line="172"/>
        <source>打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="175"/>
        <source>移出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="176"/>
        <source>预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="177"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="178"/>
        <source>存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="198"/>
        <source>打印单中有{0}条措施。在措施上点“加入打印单”添加。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/mainwindow.py" line="62"/>
        <source>惠企政策离线查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="79"/>
        <source>措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="80"/>
        <source>打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="103"/>
        <location filename="../../desktop/mainwindow.py" line="155"/>
        <source>正在打开数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="131"/>
        <source>新访客</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="132"/>
        <source>清空查询、筛选、打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="133"/>
        <location filename="../../desktop/mainwindow.py" line="345"/>
        <source>资格自查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="134"/>
        <source>问几个问题，找出这家企业可以申请的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="135"/>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="136"/>
        <source>收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="137"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="137"/>
        <source>预览并打印打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="138"/>
        <source>存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="138"/>
        <source>把打印单存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="139"/>
        <source>收藏夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="139"/>
        <source>列出收藏的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="140"/>
        <location filename="../../desktop/mainwindow.py" line="423"/>
        <source>重建数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="141"/>
        <source>从政策原文重新构建数据（收藏和历史不受影响）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="142"/>
        <location filename="../../desktop/mainwindow.py" line="420"/>
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="143"/>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="197"/>
        <source>数据：{0}份文件，{1}条措施，构建于{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="227"/>
        <source>没有找到“{0}”。试试少输几个字，或换个说法（如“房租”“社保”“贷款”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="228"/>
        <source>没有符合筛选条件的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="230"/>
        <source>；也可以取消左侧的筛选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="233"/>
        <source>全部措施：{0}条。输入关键词开始查找。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="235"/>
        <source>“{0}”：找到{1}条措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="236"/>
        <source>（显示前{0}条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="237"/>
        <location filename="../../desktop/mainwindow.py" line="338"/>
        <source>{0}条结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="243"/>
        <source>搜索出错：{0}。如果反复出现，请点“重建数据”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="251"/>
        <source>没有可用的数据：请点“重建数据”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="303"/>
        <source>已收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="303"/>
        <source>已取消收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="337"/>
        <source>收藏夹：{0}条措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="345"/>
        <source>数据还在打开，请稍候再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="364"/>
        <source>已把自查结果加入打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="373"/>
        <source>打印单（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="381"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="381"/>
        <source>打印单是空的：先在措施上点“加入打印单”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="387"/>
        <source>惠企政策-{0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="388"/>
        <source>存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="388"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="392"/>
        <source>已保存：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="423"/>
        <source>从政策原文重新构建数据？收藏和查询历史不受影响。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <location filename="../../desktop/wizard_results.py" line="46"/>
        <source>已过期，仅供了解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="46"/>
        <source>目前有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="46"/>
        <source>未注明期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="49"/>
        <source>出自《{0}》{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="52"/>
        <source>金额/额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="52"/>
        <source>原文未写明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="53"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="54"/>
        <source>找谁办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="54"/>
        <source>原文未注明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="58"/>
        <source>为什么：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="58"/>
        <source>为什么不适用：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="66"/>
        <source>查看全文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="67"/>
        <source>在主窗口中打开本条措施</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureView</name>
    <message>
        <location filename="../../desktop/measureview.py" line="94"/>
        <source>措施全文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="95"/>
        <source>在左侧选择一条措施查看全文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="97"/>
        <source>查看原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="98"/>
        <source>同类措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="99"/>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="100"/>
        <source>加入打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="101"/>
        <location filename="../../desktop/measureview.py" line="139"/>
        <source>☆ 收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="103"/>
        <source>收藏/取消收藏（Ctrl+D）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="104"/>
        <source>复制本条文字、出处与期限（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="139"/>
        <source>★ 已收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="149"/>
        <source>已复制本条文字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="162"/>
        <source>已加入打印单。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../desktop/wizard_results.py" line="97"/>
        <source>（资料中没有，需当面问清，必要时向责任单位确认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="106"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="107"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="110"/>
        <source>是{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="111"/>
        <source>都不是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="114"/>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/wizard_results.py" line="249"/>
        <source>结果：这家单位可以申请哪些政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="250"/>
        <source>已过期的措施照样列出，以便解释；不能再承诺办理。回答“还需问清楚”的问题，结果立即更新。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="259"/>
        <source>加入告知单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="260"/>
        <source>把填写的情况、可以申请和可能可以的措施及理由加入打印给来访者的告知单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="263"/>
        <source>惠企类型：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="292"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="294"/>
        <source>{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="320"/>
        <source>可以申请（{0}条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="321"/>
        <source>可能可以（需确认）（{0}条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="322"/>
        <source>不适用（{0}条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="325"/>
        <source>以下{0}条条件符合，但已过期，仅供了解：不能再承诺办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="326"/>
        <source>以下{0}条已过期，仅供了解：不能再承诺办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="342"/>
        <source>（其中{0}条已过期，仅供了解）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="343"/>
        <source>今天是{0}。可以申请{1}条{2}，可能可以{3}条，不适用{4}条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_results.py" line="347"/>
        <source>加入告知单（{0}条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/resultsview.py" line="25"/>
        <source>搜索结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/searchbox.py" line="19"/>
        <source>输入关键词，如：房租减免、社保缓缴、个体户 贷款（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/searchbox.py" line="21"/>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../desktop/sourceview.py" line="55"/>
        <source>原文：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sourceview.py" line="73"/>
        <source>这份文件没有登记原文文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sourceview.py" line="83"/>
        <source>原文中没有找到本条（第{0}条）的开头，请人工查找。文件：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sourceview.py" line="85"/>
        <source>黄色标出的是本条（第{0}条）的开头。文件：{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="29"/>
        <source>惠企政策离线查询</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
