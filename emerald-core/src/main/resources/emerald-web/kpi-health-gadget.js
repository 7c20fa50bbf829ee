/*
 * KPI health dashboard item: one tile per KPI with its value and unit, target, health word and
 * colour (and an early warning while a healthy KPI keeps getting worse), trend arrow, a uPlot sparkline
 * of the recent periods with the target line, and the recovery objective proposed when it stayed
 * unhealthy, with Accept and Dismiss for those who may create the issues. One request per render.
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

    /** What became of a decided proposal, in words. */
    function decided(recovery) {
        var d = recovery.decision;
        if (d.state === 'ACCEPTED') {
            var $p = kit.el('p', 'emerald-kpi-decision', AJS.I18n.getText('emerald.gadget.proposal.accepted') + ' ');
            if (d.objectiveKey) {
                kit.issueLink(d.objectiveKey, recovery.objective).appendTo($p);
            }
            return $p;
        }
        return kit.el('p', 'emerald-kpi-decision', AJS.I18n.getText('emerald.gadget.proposal.dismissed', d.decidedBy || '', d.reason || ''));
    }

    /**
     * Accept (with a project for a company-wide KPI) and Dismiss (with a reason) for an open proposal;
     * {@code done} redraws the item after a decision, a refusal shows the server's reason in place.
     */
    function decide($box, kpi, projectPreference, done) {
        var $out = kit.el('p', 'emerald-kpi-decision-error').attr('role', 'alert').prop('hidden', true);
        function failed(xhr) {
            $out.text(AJS.I18n.getText('emerald.gadget.proposal.failed', kit.reasonOf(xhr))).prop('hidden', false);
        }
        var $buttons = kit.el('div', 'aui-buttons emerald-kpi-decide').appendTo($box);
        var $form = kit.el('form', 'aui top-label emerald-kpi-decide-form').prop('hidden', true).appendTo($box);
        $out.appendTo($box);
        var base = '/rest/emerald/1.0/kpis/' + encodeURIComponent(kpi.id) + '/recovery/';
        function field(name, label, value) {
            var id = 'emerald-kpi-' + kpi.id + '-' + name;
            var $group = kit.el('div', 'field-group').appendTo($form.empty());
            kit.el('label', null, label).attr('for', id).appendTo($group);
            return kit.el(name === 'reason' ? 'textarea' : 'input', 'text').attr({id: id, name: name}).val(value || '')
                .appendTo($group);
        }
        function open(name, label, value, confirmText, submit) {
            var $input = field(name, label, value);
            var $actions = kit.el('div', 'buttons-container').appendTo($form);
            kit.el('button', 'aui-button aui-button-primary emerald-kpi-confirm', confirmText).attr('type', 'submit').appendTo($actions);
            kit.el('button', 'aui-button aui-button-link emerald-kpi-cancel', AJS.I18n.getText('emerald.gadget.proposal.cancel'))
                .attr('type', 'button').on('click', function () {
                    $form.prop('hidden', true);
                    $buttons.prop('hidden', false);
                }).appendTo($actions);
            $form.off('submit').on('submit', function (e) {
                e.preventDefault();
                submit($.trim($input.val())).done(done).fail(failed);
            }).prop('hidden', false);
            $buttons.prop('hidden', true);
            $input.trigger('focus');
        }
        kit.el('button', 'aui-button aui-button-primary emerald-kpi-accept', AJS.I18n.getText('emerald.gadget.proposal.accept'))
            .attr('type', 'button').on('click', function () {
                if (kpi.projectKey) {
                    kit.send('POST', base + 'accept', {}).done(done).fail(failed);
                    return;
                }
                open('project', AJS.I18n.getText('emerald.gadget.proposal.project'), projectPreference,
                    AJS.I18n.getText('emerald.gadget.proposal.accept'), function (project) {
                        return kit.send('POST', base + 'accept', {projectKey: project});
                    });
            }).appendTo($buttons);
        kit.el('button', 'aui-button emerald-kpi-dismiss', AJS.I18n.getText('emerald.gadget.proposal.dismiss'))
            .attr('type', 'button').on('click', function () {
                open('reason', AJS.I18n.getText('emerald.gadget.proposal.reason'), '',
                    AJS.I18n.getText('emerald.gadget.proposal.dismiss'), function (reason) {
                        return kit.send('POST', base + 'dismiss', {reason: reason});
                    });
            }).appendTo($buttons);
    }

    function tile(kpi, projectPreference, redraw) {
        var $tile = kit.el('li', 'emerald-kpi-tile').attr('data-kpi-id', kpi.id);
        var $head = kit.el('div', 'emerald-row').append(kit.el('strong', 'emerald-kpi-name', kpi.name))
            .append(kit.lozenge(kpi.current.health)).appendTo($tile);
        if (kpi.earlyWarning) {
            kit.lozenge('EARLY_WARNING').addClass('emerald-kpi-early-warning')
                .attr('title', AJS.I18n.getText('emerald.gadget.kpi.early.warning', kpi.earlyWarningPeriods)).appendTo($head);
        }
        var trend = TREND[kpi.trend.direction] || TREND.UNKNOWN;
        kit.el('div', 'emerald-row emerald-meta')
            .append(kit.el('span', 'emerald-kpi-value', kit.formatValue(kpi.current.value, kpi.unit)))
            .append(kit.el('span', 'emerald-kpi-target', AJS.I18n.getText('emerald.gadget.kpi.target', target(kpi))))
            .append(kit.el('span', 'emerald-kpi-trend', trend.arrow + ' ' + trend.text).attr('data-trend', kpi.trend.direction))
            .appendTo($tile);
        sparkline($tile, kpi);
        if (kpi.recovery) {
            var $box = kit.el('div', 'aui-message aui-message-warning emerald-kpi-recovery')
                .attr('data-state', kpi.recovery.decision.state).appendTo($tile);
            kit.el('p', null, AJS.I18n.getText('emerald.gadget.kpi.recovery',
                kpi.recovery.objective, kpi.recovery.keyResult, kpi.recovery.cycleName)).appendTo($box);
            if (kpi.recovery.decision.state !== 'OPEN') {
                decided(kpi.recovery).appendTo($box);
            } else if (kpi.recovery.mayDecide) {
                decide($box, kpi, projectPreference, redraw);
            }
        }
        return $tile;
    }

    function KpiHealthGadget(API) {
        this.API = API;
    }

    KpiHealthGadget.prototype.render = function (context, preferences) {
        var API = this.API;
        var redraw = this.render.bind(this, context, preferences);
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
                        tile(kpi, prefs.project, redraw).appendTo($list);
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
