/*
 * Cycle overview dashboard item: for one cycle, objectives by status, average score, net confidence,
 * objectives per team, the lint findings worth a manager's attention and the days left.
 */
define('emerald/cycle-overview-gadget', ['jquery', 'emerald/gadget-kit'], function ($, kit) {
    'use strict';

    var PATH = '/rest/emerald/1.0/gadgets/cycle-overview';
    var ORDER = ['MISSED', 'OFF_TRACK', 'STALE', 'AT_RISK', 'NOT_STARTED', 'ON_TRACK', 'DONE'];

    function figure(label, value, cssClass) {
        return kit.el('div', 'emerald-figure ' + cssClass).append(kit.el('span', 'emerald-figure-value', value))
            .append(kit.el('span', 'emerald-figure-label', label));
    }

    function draw(API, $root, params, data) {
        if (!data.cycle) {
            kit.message($root, 'info', AJS.I18n.getText('emerald.gadget.empty.cycle'));
            return;
        }
        kit.el('div', 'emerald-cycle').append(kit.el('strong', 'emerald-cycle-name', data.cycle.name))
            .append(kit.el('span', 'emerald-cycle-elapsed', AJS.I18n.getText('emerald.gadget.elapsed', kit.formatNumber(data.cycle.elapsedPercent, 0))))
            .appendTo($root);
        kit.el('div', 'emerald-figures')
            .append(figure(AJS.I18n.getText('emerald.gadget.overview.days'), kit.formatNumber(data.daysLeft, 0), 'emerald-days-left'))
            .append(figure(AJS.I18n.getText('emerald.gadget.overview.average'),
                data.averageScore === null ? '\u2014' : kit.formatScore(data.averageScore), 'emerald-average-score'))
            .append(figure(AJS.I18n.getText('emerald.gadget.overview.ncs'),
                data.netConfidence === null ? '\u2014' : (data.netConfidence > 0 ? '+' : '') + kit.formatNumber(data.netConfidence, 0), 'emerald-ncs'))
            .appendTo($root);
        var $statuses = kit.el('ul', 'emerald-status-counts').attr('aria-label', AJS.I18n.getText('emerald.gadget.overview.statuses'))
            .appendTo($root);
        $.each(ORDER, function (i, status) {
            if (data.objectivesByStatus[status]) {
                kit.el('li', null).attr('data-status', status).append(kit.lozenge(status))
                    .append(kit.el('span', 'emerald-count', ' \u00D7 ' + kit.formatNumber(data.objectivesByStatus[status], 0))).appendTo($statuses);
            }
        });
        var $teams = kit.el('ul', 'emerald-team-counts').attr('aria-label', AJS.I18n.getText('emerald.gadget.overview.teams'))
            .appendTo($root);
        $.each(data.objectivesByTeam, function (team, count) {
            kit.el('li', null, AJS.I18n.getText('emerald.gadget.overview.team', team, kit.formatNumber(count, 0))).attr('data-team', team).appendTo($teams);
        });
        if (data.findings.length) {
            var $findings = kit.el('ul', 'emerald-findings').attr('aria-label', AJS.I18n.getText('emerald.macro.plan.findings'))
                .appendTo($root);
            var add = function (findings) {
                $.each(findings, function (i, f) {
                    kit.el('li', null, f.message).attr('data-rule', f.ruleId).appendTo($findings);
                });
            };
            add(data.findings);
            kit.pager(API, $root, PATH, params, data, function (page) {
                return {items: page.findings, total: page.findingsTotal, start: 0};
            }, add);
        }
    }

    function CycleOverviewGadget(API) {
        this.API = API;
    }

    CycleOverviewGadget.prototype.render = function (context, preferences) {
        var self = this;
        var API = this.API;
        var prefs = preferences || {};
        var $root = $(context).addClass('emerald-gadget emerald-cycle-overview');
        if (API.initRefresh) {
            API.initRefresh(prefs, this.render.bind(this, context, preferences));
        }
        var params = {cycleId: prefs.cycleId};
        return kit.load(API, $root, PATH + kit.query(params), function (data) {
            draw(API, $root, params, data);
        }, prefs.cycleId ? {text: AJS.I18n.getText('emerald.gadget.settings.cycle.missing'), configure: function () {
            self.renderEdit(context, preferences);
        }} : null);
    };

    CycleOverviewGadget.prototype.renderEdit = function (context, preferences) {
        kit.configForm(this.API, $(context).addClass('emerald-gadget'), [
            kit.cycleField()
        ], preferences || {});
    };

    return CycleOverviewGadget;
});
