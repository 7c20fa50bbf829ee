/*
 * Key-result trend dashboard item: one key result's check-ins (as progress) against the line of
 * expected progress for its cycle, and the least-squares forecast to the cycle's end, drawn by uPlot.
 */
define('emerald/key-result-trend-gadget', ['jquery', 'emerald/gadget-kit'], function ($, kit) {
    'use strict';

    function seconds(iso) {
        return Math.round(new Date(iso).getTime() / 1000);
    }

    /** uPlot wants one x array; each series has a value where it has a point and null elsewhere. */
    function series(data) {
        var start = seconds(data.cycleStartsAt);
        var end = seconds(data.cycleEndsAt);
        var points = [{x: start, expected: 0}];
        $.each(data.checkIns, function (i, c) {
            points.push({x: seconds(c.at), actual: Number(c.progress) * 100});
        });
        var last = points.length > 1 ? points[points.length - 1] : null;
        if (data.forecast && last) {
            last.forecast = last.actual;
        }
        points.push({x: end, expected: Number(data.expectation) * 100,
            forecast: data.forecast ? Number(data.forecast.progress) * 100 : undefined});
        points.sort(function (a, b) {
            return a.x - b.x;
        });
        function column(name) {
            return $.map(points, function (p) {
                return [p[name] === undefined ? null : p[name]];
            });
        }
        return [column('x'), column('expected'), column('actual'), column('forecast')];
    }

    function chart($root, data) {
        var label = AJS.I18n.getText('emerald.gadget.trend.chart', data.keyResult.issueKey, kit.formatNumber(data.keyResult.percent, 0),
            data.forecast ? kit.formatNumber(Number(data.forecast.progress) * 100, 0) : '\u2014');
        var $chart = kit.el('div', 'emerald-trend-chart').attr({role: 'img', 'aria-label': label}).appendTo($root);
        if (!window.uPlot) {
            return;
        }
        var width = Math.max(240, Math.min(640, $root.width() || 320));
        new window.uPlot({
            width: width, height: 180, legend: {show: true},
            scales: {y: {range: [0, 100]}},
            axes: [{}, {values: function (u, ticks) {
                return $.map(ticks, function (t) {
                    return kit.formatPercent(t);
                });
            }}],
            series: [{},
                {label: AJS.I18n.getText('emerald.gadget.trend.expected'), stroke: '#6b778c', dash: [4, 3], spanGaps: true, points: {show: false}},
                {label: AJS.I18n.getText('emerald.gadget.trend.actual'), stroke: '#0052cc', width: 2, spanGaps: true},
                {label: AJS.I18n.getText('emerald.gadget.trend.forecast'), stroke: '#ff8b00', dash: [2, 2], spanGaps: true, points: {show: false}}]
        }, series(data), $chart[0]);
    }

    function draw($root, data) {
        var kr = data.keyResult;
        kit.el('div', 'emerald-row').append(kit.issueLink(kr.issueKey, kr.summary)).append(kit.lozenge(kr.status)).appendTo($root);
        kit.el('div', 'emerald-row emerald-meta')
            .append(kit.el('span', 'emerald-percent', kit.formatPercent(kr.percent)))
            .append(kit.el('span', 'emerald-value', kit.keyResultValue(kr)))
            .append(kit.el('span', 'emerald-trend-objective', AJS.I18n.getText('emerald.gadget.trend.objective', data.objectiveKey)))
            .appendTo($root);
        chart($root, data);
        if (data.forecast) {
            var percent = kit.formatNumber(Number(data.forecast.progress) * 100, 0);
            // two literal-key calls, not one call with a computed key: the jsI18n transformer needs literals
            kit.el('p', 'emerald-forecast' + (data.forecast.trendingOffTrack ? ' emerald-forecast-off' : ''),
                data.forecast.trendingOffTrack
                    ? AJS.I18n.getText('emerald.gadget.trend.off', percent)
                    : AJS.I18n.getText('emerald.gadget.trend.on', percent)).appendTo($root);
        } else {
            kit.el('p', 'emerald-forecast', AJS.I18n.getText('emerald.gadget.trend.none')).appendTo($root);
        }
    }

    function KeyResultTrendGadget(API) {
        this.API = API;
    }

    KeyResultTrendGadget.prototype.render = function (context, preferences) {
        var self = this;
        var API = this.API;
        var prefs = preferences || {};
        var $root = $(context).addClass('emerald-gadget emerald-key-result-trend');
        if (!prefs.issueKey) {
            kit.message($root, 'info', AJS.I18n.getText('emerald.gadget.trend.choose'));
            API.resize();
            return $.Deferred().resolve().promise();
        }
        if (API.initRefresh) {
            API.initRefresh(prefs, this.render.bind(this, context, preferences));
        }
        return kit.load(API, $root, '/rest/emerald/1.0/gadgets/key-result-trend' + kit.query({issueKey: prefs.issueKey}), function (data) {
            draw($root, data);
        }, {text: AJS.I18n.getText('emerald.gadget.settings.keyresult.missing', prefs.issueKey), configure: function () {
            self.renderEdit(context, preferences);
        }});
    };

    KeyResultTrendGadget.prototype.renderEdit = function (context, preferences) {
        kit.configForm(this.API, $(context).addClass('emerald-gadget'), [
            kit.keyResultField()
        ], preferences || {});
    };

    return KeyResultTrendGadget;
});
