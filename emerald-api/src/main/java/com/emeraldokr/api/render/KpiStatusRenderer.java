package com.emeraldokr.api.render;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.KpiViews.KpiView;
import com.emeraldokr.api.view.KpiViews.PeriodHealthView;

import java.math.BigDecimal;
import java.util.List;

import static com.emeraldokr.api.render.Html.escape;

/**
 * KPIs as one server-side table: value, target, health word and colour (with an early warning while a
 * healthy KPI keeps getting worse), trend, and an inline SVG sparkline.
 */
public final class KpiStatusRenderer {

    private final Messages messages;
    private final ValueFormat format;

    public KpiStatusRenderer(Messages messages) {
        this.messages = messages;
        this.format = ValueFormat.of(messages);
    }

    public String render(List<KpiView> kpis) {
        StringBuilder html = new StringBuilder(4096).append("<div class=\"emerald-kpi-status\">");
        if (kpis.isEmpty()) {
            return html.append("<div class=\"aui-message aui-message-info\"><p>")
                    .append(escape(messages.text("emerald.macro.kpi.empty"))).append("</p></div></div>").toString();
        }
        // Confluence scrolls a wide table inside its table-wrap instead of the whole page
        html.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(escape(messages.text("emerald.macro.table.region"))).append("\"><table class=\"aui emerald-kpi-table\"><thead><tr>");
        for (String column : List.of("kpi", "kpivalue", "target", "health", "trend", "history")) {
            html.append("<th>").append(escape(messages.text("emerald.macro.column." + column))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (KpiView k : kpis) {
            html.append("<tr data-kpi-id=\"").append(k.id()).append("\">")
                    .append("<td>").append(escape(k.name())).append("</td>")
                    .append("<td>").append(escape(format.withUnit(k.current().value(), k.unit())))
                    .append(k.current().value() == null ? "" : " <small>" + escape(k.current().period()) + "</small>").append("</td>")
                    .append("<td>").append(escape(target(k))).append("</td>")
                    .append("<td>").append(StatusLozenge.html(messages, "emerald.health", k.current().health()))
                    .append(k.earlyWarning() ? " " + StatusLozenge.html(messages, "emerald.health", "EARLY_WARNING") : "")
                    .append("</td>")
                    .append("<td>").append(escape(messages.text("emerald.trend." + k.trend().direction()))).append("</td>")
                    .append("<td>").append(Sparkline.svg(k.history().stream().map(PeriodHealthView::value).toList(),
                            k.target(), k.rangeLow(), k.rangeHigh(), messages.text("emerald.macro.kpi.sparkline", k.name(),
                                    k.history().size()))).append("</td>")
                    .append("</tr>");
        }
        return html.append("</tbody></table></div></div>").toString();
    }

    private String target(KpiView k) {
        if (k.rangeLow() != null && k.rangeHigh() != null) {
            return format.withUnit(k.rangeLow(), k.unit()) + "\u2013" + format.withUnit(k.rangeHigh(), k.unit());
        }
        BigDecimal t = k.target();
        String prefix = "LOWER_IS_BETTER".equals(k.direction()) ? "\u2264\u00A0" : "\u2265\u00A0";
        return t == null ? "" : prefix + format.withUnit(t, k.unit());
    }
}
