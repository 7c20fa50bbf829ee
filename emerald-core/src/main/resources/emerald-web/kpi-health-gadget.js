/*
 * KPI health dashboard item: one tile per KPI with its value and unit, target, health word and
 * colour, trend arrow, a uPlot sparkline of the recent periods with the target line, and the recovery
 * objective proposed when it stayed unhealthy. One request per render.
 */
define('emerald/kpi-health-gadget', ['jquery', 'emerald/gadget-kit'], function ($, kit) {
    'use strict';

    var TREND = {
        IMPROVING: {arrow: '\u2197', text: AJS.I18n.getText('emerald.trend.IMPROVING')},
        WORSENING: {arrow: '\u2198', text: AJS.I18n.getText('emerald.trend.WORSENING')},
        FLAT: {arrow: '\u2192', text: AJS.I18n.getText('emerald.trend.FLAT')},
        UNKNOWN: {arrow: '\u00B7', text: AJS.I18n.getText('emerald.trend.UNKNOWN')}
    };
    var CATEGORIES = ['', 'FINANCIAL', 'OPERATIONAL', 'PEOPLE', 'CUSTOMER'];
    var CATEGORY_TEXT = {
        '': AJS.I18n.getText('emerald.gadget.config.category.all'),
        FINANCIAL: AJS.I18n.getText('emerald.kpi.category.FINANCIAL'),
        OPERATIONAL: AJS.I18n.getText('emerald.kpi.category.OPERATIONAL'),
        PEOPLE: AJS.I18n.getText('emerald.kpi.category.PEOPLE'),
        CUSTOMER: AJS.I18n.getText('emerald.kpi.category.CUSTOMER')
    };

    function target(kpi) {
        if (kpi.rangeLow !== null && kpi.rangeHigh !== null) {
            return kit.formatValue(kpi.rangeLow, kpi.unit) + '\u2013' + kit.formatValue(kpi.rangeHigh, kpi.unit);
        }
        return (kpi.direction === 'LOWER_IS_BETTER' ? '\u2264\u00A0' : '\u2265\u00A0') + kit.formatValue(kpi.target, kpi.unit);
    }

    function sparkline($container, kpi) {
        var xs = [];
        var values = [];
        var line = [];
        var reference = kpi.target !== null ? Number(kpi.target)
            : (kpi.rangeLow !== null ? (Number(kpi.rangeLow) + Number(kpi.rangeHigh)) / 2 : null);
        $.each(kpi.history, function (i, period) {
            xs.push(i);
            values.push(period.value === null ? null : Number(period.value));
            line.push(reference);
        });
        var $chart = kit.el('div', 'emerald-sparkline').attr({role: 'img',
            'aria-label': AJS.I18n.getText('emerald.macro.kpi.sparkline', kpi.name, kpi.history.length)}).appendTo($container);
        if (!window.uPlot || xs.length < 2) {
            return;
        }
        new window.uPlot({
            width: 140, height: 36, pxAlign: false, cursor: {show: false}, legend: {show: false},
            scales: {x: {time: false}}, axes: [{show: false}, {show: false}],
            series: [{}, {stroke: '#0052cc', width: 1.5, spanGaps: false, points: {show: false}},
                {stroke: '#6b778c', width: 1, dash: [3, 2], points: {show: false}}]
        }, [xs, values, line], $chart[0]);
    }

    function tile(kpi) {
        var $tile = kit.el('li', 'emerald-kpi-tile').attr('data-kpi-id', kpi.id);
        kit.el('div', 'emerald-row').append(kit.el('strong', 'emerald-kpi-name', kpi.name))
            .append(kit.lozenge(kpi.current.health)).appendTo($tile);
        var trend = TREND[kpi.trend.direction] || TREND.UNKNOWN;
        kit.el('div', 'emerald-row emerald-meta')
            .append(kit.el('span', 'emerald-kpi-value', kit.formatValue(kpi.current.value, kpi.unit)))
            .append(kit.el('span', 'emerald-kpi-target', AJS.I18n.getText('emerald.gadget.kpi.target', target(kpi))))
            .append(kit.el('span', 'emerald-kpi-trend', trend.arrow + ' ' + trend.text).attr('data-trend', kpi.trend.direction))
            .appendTo($tile);
        sparkline($tile, kpi);
        if (kpi.recovery) {
            kit.el('p', 'aui-message aui-message-warning emerald-kpi-recovery', AJS.I18n.getText('emerald.gadget.kpi.recovery',
                kpi.recovery.objective, kpi.recovery.keyResult, kpi.recovery.cycleName)).appendTo($tile);
        }
        return $tile;
    }

    function KpiHealthGadget(API) {
        this.API = API;
    }

    KpiHealthGadget.prototype.render = function (context, preferences) {
        var API = this.API;
        var prefs = preferences || {};
        var $root = $(context).addClass('emerald-gadget emerald-kpi-health');
        if (API.initRefresh) {
            API.initRefresh(prefs, this.render.bind(this, context, preferences));
        }
        var path = '/rest/emerald/1.0/gadgets/kpi-health';
        var params = {project: prefs.project, category: prefs.category};
        return kit.load(API, $root, path + kit.query($.extend({}, params, {limit: kit.PAGE_SIZE})),
            function (page) {
                if (!page.kpis.length) {
                    kit.message($root, 'info', AJS.I18n.getText('emerald.macro.kpi.empty'));
                    return;
                }
                var $list = kit.el('ul', 'emerald-kpi-tiles').attr('aria-label', AJS.I18n.getText('emerald.gadget.kpi.health.title'))
                    .appendTo($root);
                var add = function (kpis) {
                    $.each(kpis, function (i, kpi) {
                        tile(kpi).appendTo($list);
                    });
                };
                add(page.kpis);
                kit.pager(API, $root, path, params, page, function (p) {
                    return {items: p.kpis, total: p.total, start: p.start};
                }, add);
            });
    };

    KpiHealthGadget.prototype.renderEdit = function (context, preferences) {
        kit.configForm(this.API, $(context).addClass('emerald-gadget'), [
            {name: 'project', label: AJS.I18n.getText('emerald.gadget.config.project'),
                help: AJS.I18n.getText('emerald.gadget.config.project.help'), pattern: kit.PROJECT,
                error: AJS.I18n.getText('emerald.gadget.config.project.error')},
            {name: 'category', label: AJS.I18n.getText('emerald.gadget.config.category'),
                options: $.map(CATEGORIES, function (c) {
                    return {value: c, label: CATEGORY_TEXT[c]};
                })}
        ], preferences || {});
    };

    return KpiHealthGadget;
});
