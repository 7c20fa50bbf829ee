/*
 * OKR progress dashboard item: a cycle's objectives with progress, score, status, commitment and
 * their key results expandable in place, worst first. One request per render.
 */
define('emerald/okr-progress-gadget', ['jquery', 'emerald/gadget-kit'], function ($, kit) {
    'use strict';

    var PATH = '/rest/emerald/1.0/gadgets/okr-progress';

    function keyResultItem(kr) {
        var $li = kit.el('li', 'emerald-keyresult').attr('data-issue-key', kr.issueKey);
        kit.el('div', 'emerald-row').append(kit.issueLink(kr.issueKey, kr.summary)).append(kit.lozenge(kr.status)).appendTo($li);
        kit.el('div', 'emerald-row emerald-meta')
            .append(kit.progressBar(kr.percent))
            .append(kit.el('span', 'emerald-percent', kit.formatPercent(kr.percent)))
            .append(kit.el('span', 'emerald-value', kit.keyResultValue(kr)))
            .appendTo($li);
        return $li;
    }

    function objectiveItem(objective, index) {
        var $li = kit.el('li', 'emerald-objective').attr('data-issue-key', objective.issueKey);
        var listId = 'emerald-krs-' + index + '-' + objective.issueId + '-' + Math.random().toString(36).slice(2, 6);
        kit.el('div', 'emerald-row')
            .append(kit.el('button', 'aui-button aui-button-subtle emerald-toggle')
                .attr({type: 'button', 'aria-expanded': 'false', 'aria-controls': listId,
                    'aria-label': AJS.I18n.getText('emerald.gadget.keyresults.show', objective.issueKey)})
                .append(kit.el('span', 'emerald-chevron', '\u25B8')))
            .append(kit.issueLink(objective.issueKey, objective.summary))
            .append(kit.lozenge(objective.status))
            .appendTo($li);
        kit.el('div', 'emerald-row emerald-meta')
            .append(kit.progressBar(objective.percent))
            .append(kit.el('span', 'emerald-percent', kit.formatPercent(objective.percent)))
            .append(kit.el('span', 'emerald-score', AJS.I18n.getText('emerald.gadget.score', kit.formatScore(objective.score))))
            .append(kit.el('span', 'aui-lozenge aui-lozenge-subtle emerald-commitment',
                kit.commitmentWord(objective.commitment)))
            .append(kit.el('span', 'emerald-kr-count', AJS.I18n.getText('emerald.gadget.keyresults.count', kit.formatNumber(objective.keyResults.length))))
            .appendTo($li);
        var $krs = kit.el('ul', 'emerald-keyresults').attr('id', listId).prop('hidden', true).appendTo($li);
        $.each(objective.keyResults, function (i, kr) {
            keyResultItem(kr).appendTo($krs);
        });
        return $li;
    }

    function draw(API, $root, params, data) {
        if (!data.cycle) {
            kit.message($root, 'info', AJS.I18n.getText('emerald.gadget.empty.cycle'));
            return;
        }
        kit.el('div', 'emerald-cycle')
            .append(kit.el('strong', 'emerald-cycle-name', data.cycle.name))
            .append(kit.el('span', 'emerald-cycle-days', AJS.I18n.getText('emerald.gadget.days.left', kit.formatNumber(data.cycle.daysLeft))))
            .append(kit.el('span', 'emerald-cycle-elapsed', AJS.I18n.getText('emerald.gadget.elapsed', kit.formatNumber(data.cycle.elapsedPercent, 0))))
            .appendTo($root);
        if (!data.objectives.length) {
            kit.message($('<div/>').appendTo($root), 'info', AJS.I18n.getText('emerald.gadget.empty.objectives'));
            return;
        }
        var $list = kit.el('ul', 'emerald-objectives')
            .attr('aria-label', AJS.I18n.getText('emerald.gadget.objectives.label', data.cycle.name)).appendTo($root);
        $.each(data.objectives, function (i, objective) {
            objectiveItem(objective, i).appendTo($list);
        });
        kit.pager(API, $root, PATH, params, data, function (page) {
            return {items: page.objectives, total: page.total, start: page.start};
        }, function (objectives) {
            $.each(objectives, function (i, objective) {
                objectiveItem(objective, $list.children().length).appendTo($list);
            });
        });
    }

    function OkrProgressGadget(API) {
        this.API = API;
    }

    OkrProgressGadget.prototype.render = function (context, preferences) {
        var self = this;
        var API = this.API;
        var prefs = preferences || {};
        var $root = $(context).addClass('emerald-gadget emerald-okr-progress');
        $root.off('click.emerald').on('click.emerald', '.emerald-toggle', function () {
            var $button = $(this);
            var expanded = $button.attr('aria-expanded') === 'true';
            $button.attr('aria-expanded', String(!expanded));
            $('#' + $button.attr('aria-controls')).prop('hidden', expanded);
            API.resize();
        });
        if (API.initRefresh) {
            API.initRefresh(prefs, this.render.bind(this, context, preferences));
        }
        var params = {cycleId: prefs.cycleId, project: prefs.project};
        return kit.load(API, $root, PATH + kit.query($.extend({}, params, {limit: kit.PAGE_SIZE})),
            function (data) {
                draw(API, $root, params, data);
            }, prefs.cycleId ? {text: AJS.I18n.getText('emerald.gadget.settings.cycle.missing'), configure: function () {
                self.renderEdit(context, preferences);
            }} : null);
    };

    OkrProgressGadget.prototype.renderEdit = function (context, preferences) {
        kit.configForm(this.API, $(context).addClass('emerald-gadget'), [
            {name: 'project', label: AJS.I18n.getText('emerald.gadget.config.project'),
                help: AJS.I18n.getText('emerald.gadget.config.project.help'), pattern: kit.PROJECT,
                error: AJS.I18n.getText('emerald.gadget.config.project.error')},
            kit.cycleField()
        ], preferences || {});
    };

    return OkrProgressGadget;
});
