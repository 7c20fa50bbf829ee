/*
 * OKR progress dashboard item. Jira loads it as the AMD module named in <dashboard-item><amd-module>;
 * the Emerald host loads the same file. It renders with exactly one HTTP request (the gadget read
 * endpoint) and builds its DOM with text nodes only, so no value is ever parsed as HTML.
 * AJS.I18n.getText calls use literal keys because Jira's jsI18n transformer replaces them at serve time.
 */
define('emerald/okr-progress-gadget', ['jquery'], function ($) {
    'use strict';

    var STATUS_TEXT = {
        NOT_STARTED: AJS.I18n.getText('emerald.status.NOT_STARTED'),
        ON_TRACK: AJS.I18n.getText('emerald.status.ON_TRACK'),
        AT_RISK: AJS.I18n.getText('emerald.status.AT_RISK'),
        OFF_TRACK: AJS.I18n.getText('emerald.status.OFF_TRACK'),
        DONE: AJS.I18n.getText('emerald.status.DONE'),
        MISSED: AJS.I18n.getText('emerald.status.MISSED'),
        STALE: AJS.I18n.getText('emerald.status.STALE')
    };
    var STATUS_LOZENGE = {
        NOT_STARTED: '',
        ON_TRACK: 'aui-lozenge-success',
        AT_RISK: 'aui-lozenge-moved',
        OFF_TRACK: 'aui-lozenge-error',
        DONE: 'aui-lozenge-complete',
        MISSED: 'aui-lozenge-error',
        STALE: 'aui-lozenge-current'
    };
    var COMMITMENT_TEXT = {
        COMMITTED: AJS.I18n.getText('emerald.commitment.COMMITTED'),
        ASPIRATIONAL: AJS.I18n.getText('emerald.commitment.ASPIRATIONAL')
    };

    function restUrl(preferences) {
        var url = AJS.contextPath() + '/rest/emerald/1.0/gadgets/okr-progress';
        if (preferences && preferences.cycleId) {
            url += '?cycleId=' + encodeURIComponent(preferences.cycleId);
        }
        return url;
    }

    function el(tag, className, text) {
        var $e = $(document.createElement(tag));
        if (className) {
            $e.addClass(className);
        }
        if (text !== undefined && text !== null) {
            $e.text(String(text));
        }
        return $e;
    }

    function lozenge(status) {
        return el('span', ('aui-lozenge emerald-status ' + (STATUS_LOZENGE[status] || '')).trim(),
            STATUS_TEXT[status] || status).attr('data-status', status);
    }

    function progressBar(percent) {
        var label = AJS.I18n.getText('emerald.gadget.progress', percent);
        var $bar = el('div', 'aui-progress-indicator emerald-progress')
            .attr({role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent,
                'aria-label': label, 'data-value': percent / 100});
        el('span', 'aui-progress-indicator-value').css('width', percent + '%').appendTo($bar);
        return $bar;
    }

    function issueLink(issueKey, summary) {
        return el('a', 'emerald-issue-link')
            .attr('href', AJS.contextPath() + '/browse/' + encodeURIComponent(issueKey))
            .append(el('span', 'emerald-issue-key', issueKey))
            .append(document.createTextNode(' '))
            .append(el('span', 'emerald-issue-summary', summary));
    }

    /** Scores are shown on Google's 0.0–1.0 scale with two decimals, as OKR scores are written. */
    function formatScore(score) {
        return Number(score).toFixed(2);
    }

    var SEPARATORS = (function () {
        var group = ',';
        var decimal = '.';
        if (window.Intl && Intl.NumberFormat && Intl.NumberFormat.prototype.formatToParts) {
            $.each(new Intl.NumberFormat().formatToParts(12345.6), function (i, part) {
                if (part.type === 'group') {
                    group = part.value;
                } else if (part.type === 'decimal') {
                    decimal = part.value;
                }
            });
        }
        return {group: group, decimal: decimal};
    }());

    /** Groups the digits of the number as the server wrote it, so no decimal is re-rounded on the way. */
    function formatNumber(value) {
        if (value === null || value === undefined) {
            return '';
        }
        var text = String(value);
        var negative = text.charAt(0) === '-';
        var parts = (negative ? text.slice(1) : text).split('.');
        parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS.group);
        return (negative ? '-' : '') + parts.join(SEPARATORS.decimal);
    }

    /** A value with its unit; a percent sign sits right after the number. */
    function formatValue(value, unit) {
        var number = formatNumber(value);
        if (!unit || number === '') {
            return number;
        }
        return unit === '%' ? number + '%' : number + '\u00A0' + unit;
    }

    function keyResultItem(kr) {
        var $li = el('li', 'emerald-keyresult').attr('data-issue-key', kr.issueKey);
        var $head = el('div', 'emerald-row').appendTo($li);
        issueLink(kr.issueKey, kr.summary).appendTo($head);
        lozenge(kr.status).appendTo($head);
        var $body = el('div', 'emerald-row emerald-meta').appendTo($li);
        progressBar(kr.percent).appendTo($body);
        el('span', 'emerald-percent', kr.percent + '%').appendTo($body);
        el('span', 'emerald-value', AJS.I18n.getText('emerald.gadget.keyresult.value',
            formatValue(kr.current, kr.unit), formatValue(kr.target, kr.unit))).appendTo($body);
        return $li;
    }

    function objectiveItem(objective, index) {
        var $li = el('li', 'emerald-objective').attr('data-issue-key', objective.issueKey);
        var listId = 'emerald-krs-' + index + '-' + objective.issueId;
        var $head = el('div', 'emerald-row').appendTo($li);
        el('button', 'aui-button aui-button-subtle emerald-toggle')
            .attr({type: 'button', 'aria-expanded': 'false', 'aria-controls': listId,
                'aria-label': AJS.I18n.getText('emerald.gadget.keyresults.show', objective.issueKey)})
            .append(el('span', 'emerald-chevron', '\u25B8'))
            .appendTo($head);
        issueLink(objective.issueKey, objective.summary).appendTo($head);
        lozenge(objective.status).appendTo($head);

        var $meta = el('div', 'emerald-row emerald-meta').appendTo($li);
        progressBar(objective.percent).appendTo($meta);
        el('span', 'emerald-percent', objective.percent + '%').appendTo($meta);
        el('span', 'emerald-score', AJS.I18n.getText('emerald.gadget.score', formatScore(objective.score))).appendTo($meta);
        el('span', 'aui-lozenge aui-lozenge-subtle emerald-commitment',
            COMMITMENT_TEXT[objective.commitment] || objective.commitment).appendTo($meta);
        el('span', 'emerald-kr-count',
            AJS.I18n.getText('emerald.gadget.keyresults.count', objective.keyResults.length)).appendTo($meta);

        var $krs = el('ul', 'emerald-keyresults').attr('id', listId).prop('hidden', true).appendTo($li);
        $.each(objective.keyResults, function (i, kr) {
            keyResultItem(kr).appendTo($krs);
        });
        return $li;
    }

    function renderData($root, data) {
        $root.empty();
        if (!data.cycle) {
            el('p', 'emerald-empty', AJS.I18n.getText('emerald.gadget.empty.cycle')).appendTo($root);
            return;
        }
        var $header = el('div', 'emerald-cycle').appendTo($root);
        el('strong', 'emerald-cycle-name', data.cycle.name).appendTo($header);
        el('span', 'emerald-cycle-days', AJS.I18n.getText('emerald.gadget.days.left', data.cycle.daysLeft)).appendTo($header);
        el('span', 'emerald-cycle-elapsed', AJS.I18n.getText('emerald.gadget.elapsed', data.cycle.elapsedPercent))
            .appendTo($header);
        if (!data.objectives.length) {
            el('p', 'emerald-empty', AJS.I18n.getText('emerald.gadget.empty.objectives')).appendTo($root);
            return;
        }
        var $list = el('ul', 'emerald-objectives')
            .attr('aria-label', AJS.I18n.getText('emerald.gadget.objectives.label', data.cycle.name))
            .appendTo($root);
        $.each(data.objectives, function (i, objective) {
            objectiveItem(objective, i).appendTo($list);
        });
    }

    function OkrProgressGadget(API) {
        this.API = API;
    }

    OkrProgressGadget.prototype.render = function (context, preferences) {
        var API = this.API;
        var $root = $(context).empty().addClass('emerald-gadget emerald-okr-progress').attr('aria-busy', 'true');
        el('p', 'emerald-loading', AJS.I18n.getText('emerald.gadget.loading')).appendTo($root);
        API.showLoadingBar();
        $root.off('click.emerald').on('click.emerald', '.emerald-toggle', function () {
            var $button = $(this);
            var expanded = $button.attr('aria-expanded') === 'true';
            $button.attr('aria-expanded', String(!expanded));
            $('#' + $button.attr('aria-controls')).prop('hidden', expanded);
            API.resize();
        });
        return $.ajax({url: restUrl(preferences), dataType: 'json', cache: false})
            .done(function (data) {
                renderData($root, data);
            })
            .fail(function (xhr) {
                $root.empty();
                el('div', 'aui-message aui-message-error emerald-error',
                    AJS.I18n.getText('emerald.gadget.error', xhr.status || 0)).attr('role', 'alert').appendTo($root);
            })
            .always(function () {
                $root.attr('aria-busy', 'false');
                API.hideLoadingBar();
                API.resize();
            });
    };

    return OkrProgressGadget;
});
