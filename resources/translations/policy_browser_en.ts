<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/handout.py" line="138"/>
        <source>出处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="139"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="140"/>
        <location filename="../../desktop/measureview.py" line="60"/>
        <source>金额/额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="140"/>
        <location filename="../../desktop/measureview.py" line="60"/>
        <source>（原文未写明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="141"/>
        <location filename="../../desktop/measureview.py" line="59"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="141"/>
        <location filename="../../desktop/measureview.py" line="59"/>
        <source>（原文未注明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="105"/>
        <source>为什么适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="103"/>
        <location filename="../../desktop/handout.py" line="105"/>
        <location filename="../../desktop/handout.py" line="107"/>
        <location filename="../../desktop/handout.py" line="109"/>
        <source>自查结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="103"/>
        <source>已过期，仅供了解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="105"/>
        <source>适用（以责任单位审核为准）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="107"/>
        <source>可能适用，还需确认：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="107"/>
        <source>请向责任单位确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="109"/>
        <source>不适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="114"/>
        <source>判断依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="144"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="184"/>
        <source>打印预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="61"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="61"/>
        <source>未注明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="62"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="63"/>
        <source>发文机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="63"/>
        <location filename="../../desktop/measureview.py" line="65"/>
        <source>（未识别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="64"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="64"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="65"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="66"/>
        <source>文件状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="34"/>
        <source>本条文本由乱序原文整理，请以原件为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="35"/>
        <source>本条编号为推定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="36"/>
        <source>收集到的原文缺少本条正文，请查阅原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="37"/>
        <source>本文件为征求意见稿，非正式文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="46"/>
        <source>原文未注明期限，请向责任单位确认是否仍在执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="48"/>
        <source>期限至{0}，已过期（今天是{1}）：不能再承诺办理，仅供了解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="49"/>
        <source>期限至{0}，目前有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="53"/>
        <source>（无标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/present.py" line="58"/>
        <source>第{0}条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/compare.py" line="213"/>
        <source>同类措施比较</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="220"/>
        <source>双击一列打开该措施。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../desktop/compare.py" line="44"/>
        <source>小标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="44"/>
        <source>金额/额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="44"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="44"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="44"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="45"/>
        <source>条文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="45"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="67"/>
        <source>（原文未写明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="73"/>
        <source>（原文未注明）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/compare.py" line="125"/>
        <source>可比较的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="135"/>
        <source>勾选要比较的措施：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="155"/>
        <source>小标题相近</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/compare.py" line="156"/>
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
        <location filename="../../desktop/datasetup.py" line="84"/>
        <location filename="../../desktop/datasetup.py" line="87"/>
        <source>构建数据失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/datasetup.py" line="85"/>
        <source>{0}

继续使用原来的数据。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <location filename="../../desktop/wizard.py" line="44"/>
        <source>设为本机默认区（以后每位来访者先选中这个区）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityWizard</name>
    <message>
        <location filename="../../desktop/wizard.py" line="76"/>
        <source>帮企业找政策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="90"/>
        <source>在哪里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="91"/>
        <source>企业（或个人）注册、经营在哪个区？北京市的市级政策全市都适用，会一并列出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="95"/>
        <source>是谁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="95"/>
        <source>来办事的是哪一类？个体户、个人不会被问企业规模。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="97"/>
        <source>说不准时选这个，结果里会列出需要确认规模的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="98"/>
        <location filename="../../desktop/wizard.py" line="270"/>
        <source>企业规模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="98"/>
        <source>企业是大型、中型、小型还是微型？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="105"/>
        <source>做什么</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="105"/>
        <source>从事哪些行业？可以选几个；个人可以不选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="107"/>
        <source>是什么类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="107"/>
        <source>企业有没有下面这些认定或身份？都没有就直接点“下一步”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="109"/>
        <source>遇到什么情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="109"/>
        <source>现在有哪些情况？选中的才算“有”，没选的算“没有”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="136"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="137"/>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="138"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="139"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="140"/>
        <source>读取资料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="141"/>
        <source>保存资料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="263"/>
        <source>（未回答）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="268"/>
        <source>所在区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="268"/>
        <source>主体类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="270"/>
        <source>不清楚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="271"/>
        <source>行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="271"/>
        <source>未选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="273"/>
        <source>企业类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="273"/>
        <location filename="../../desktop/wizard.py" line="274"/>
        <source>都没有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="274"/>
        <source>目前情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="275"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="275"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="287"/>
        <source>已加入告知单（{0}条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="304"/>
        <source>企业资料.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="308"/>
        <source>保存企业资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="316"/>
        <source>没有保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="316"/>
        <source>无法写入 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="322"/>
        <source>读取企业资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="329"/>
        <location filename="../../desktop/wizard.py" line="332"/>
        <source>没有读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="329"/>
        <source>{0} 不是能读取的企业资料文件：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="332"/>
        <source>{0} 中有不认识的内容：
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../desktop/facets.py" line="49"/>
        <source>含市级措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="50"/>
        <source>选了区时，也列出北京市（全市适用）的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="70"/>
        <source>地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="71"/>
        <source>行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="72"/>
        <source>支持方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="73"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="74"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="131"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="167"/>
        <source>收起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/facets.py" line="167"/>
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
        <location filename="../../desktop/handout.py" line="204"/>
        <source>打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="207"/>
        <source>移出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="208"/>
        <source>预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="209"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="210"/>
        <source>存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/handout.py" line="230"/>
        <source>打印单中有{0}条措施。在措施上点“加入打印单”添加。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/mainwindow.py" line="71"/>
        <source>惠企政策离线查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="90"/>
        <source>措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="91"/>
        <source>打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="114"/>
        <location filename="../../desktop/mainwindow.py" line="166"/>
        <source>正在打开数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="142"/>
        <source>新访客</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="143"/>
        <source>清空查询、筛选、打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="144"/>
        <location filename="../../desktop/mainwindow.py" line="368"/>
        <source>资格自查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="145"/>
        <source>问几个问题，找出这家企业可以申请的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="146"/>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="147"/>
        <source>收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="148"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="148"/>
        <source>预览并打印打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="149"/>
        <source>存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="149"/>
        <source>把打印单存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="150"/>
        <source>收藏夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="150"/>
        <source>列出收藏的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="151"/>
        <location filename="../../desktop/mainwindow.py" line="459"/>
        <source>重建数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="152"/>
        <source>从政策原文重新构建数据（收藏和历史不受影响）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="153"/>
        <location filename="../../desktop/mainwindow.py" line="456"/>
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="154"/>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="208"/>
        <source>数据：{0}份文件，{1}条措施，构建于{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="240"/>
        <source>没有找到“{0}”。试试少输几个字，或换个说法（如“房租”“社保”“贷款”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="241"/>
        <source>没有符合筛选条件的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="243"/>
        <source>；也可以取消左侧的筛选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="246"/>
        <source>全部措施：{0}条。输入关键词开始查找。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="248"/>
        <source>“{0}”：找到{1}条措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="249"/>
        <source>（显示前{0}条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="250"/>
        <location filename="../../desktop/mainwindow.py" line="361"/>
        <source>{0}条结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="256"/>
        <source>搜索出错：{0}。如果反复出现，请点“重建数据”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="264"/>
        <source>没有可用的数据：请点“重建数据”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="316"/>
        <source>已收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="316"/>
        <source>已取消收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="325"/>
        <source>无法保存收藏和浏览记录（{0}）。本次仍可使用，关闭程序后不保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="360"/>
        <source>收藏夹：{0}条措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="368"/>
        <source>数据还在打开，请稍候再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="388"/>
        <source>已把自查结果加入打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="397"/>
        <source>打印单（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="406"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="406"/>
        <source>打印单是空的：先在措施上点“加入打印单”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="412"/>
        <source>惠企政策-{0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="413"/>
        <source>存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="413"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="425"/>
        <source>没有保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="425"/>
        <source>无法写入 {0}{1}。请换一个文件夹（如“文档”或桌面）再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="428"/>
        <source>已保存：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="459"/>
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
        <location filename="../../desktop/measureview.py" line="91"/>
        <source>措施全文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="92"/>
        <source>在左侧选择一条措施查看全文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="94"/>
        <source>查看原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="95"/>
        <source>同类措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="96"/>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="97"/>
        <source>加入打印单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="98"/>
        <location filename="../../desktop/measureview.py" line="136"/>
        <source>☆ 收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="100"/>
        <source>收藏/取消收藏（Ctrl+D）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="101"/>
        <source>复制本条文字、出处与期限（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="136"/>
        <source>★ 已收藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="146"/>
        <source>已复制本条文字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/measureview.py" line="159"/>
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
        <location filename="../../desktop/sourceview.py" line="56"/>
        <source>原文：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sourceview.py" line="75"/>
        <source>这份文件没有登记原文文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sourceview.py" line="85"/>
        <source>原文中没有找到本条（第{0}条）的开头，请人工查找。文件：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sourceview.py" line="87"/>
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
