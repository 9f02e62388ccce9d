package org.jiedao.reports.tests;

import java.util.ArrayList;
import java.util.List;

import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportDocument.KeyValue;
import org.jiedao.core.report.ReportProvider;
import org.jiedao.core.report.ReportRequest;

/** A handling form (办理单) as a module would contribute it: every kind of block, a table as long as asked. */
public final class CaseFormReport implements ReportProvider {

    static final String TITLE = "12345 接诉即办工单办理单";
    static final String PARAGRAPH = "居民反映：沧浪街道桂花社区十二幢楼道内堆放杂物，电动自行车在楼道内充电，存在消防安全隐患，"
            + "多次向物业反映未见处理，请求街道协调社区、物业和消防部门尽快清理楼道杂物，设置集中充电点，"
            + "并在小区内开展一次消防安全宣传，让老人和孩子都知道怎样安全使用电动自行车。";

    @Override
    public ReportDocument build(ReportRequest request) {
        int rows = Integer.parseInt(request.parameter("rows").orElse("3"));
        List<List<String>> table = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            table.add(List.of(String.valueOf(i), "第" + i + "次跟进", i % 7 == 0 ? "电话回访居民，居民对处理结果表示满意，并建议长期保持楼道整洁" : "已处理"));
        }
        return ReportDocument.builder(TITLE)
                .subtitle("编号 " + request.parameter("caseNo").orElseThrow())
                .meta("打印人：" + request.user().map(u -> u.displayName()).orElse("-"), "受理日期：" + request.parameter("date").orElse("-"))
                .heading("一、诉求内容")
                .paragraph(PARAGRAPH)
                .heading("二、办理信息")
                .keyValues(2, List.of(new KeyValue("承办单位", "桂花社区居委会"), new KeyValue("联系人", "李四"),
                        new KeyValue("办理时限", "3 个工作日"), new KeyValue("办理结果", "已清理杂物，设置充电点两处")))
                .heading("三、跟进记录")
                .table(List.of("序号", "事项", "结果"), new float[] { 1, 3, 6 }, table)
                .signatures("经办人", "审核人", "日期")
                .build();
    }
}
