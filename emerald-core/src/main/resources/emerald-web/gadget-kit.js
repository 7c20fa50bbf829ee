/*
 * What Emerald's dashboard items share: DOM built from text nodes only (no value is ever parsed as
 * HTML), status lozenges that always carry a word, the one number formatter of the scripts, the
 * loading/empty/error/settings-problem states, and the configuration form (with cycle and key-result
 * pickers by name) saved as item preferences.
 * AJS.I18n.getText calls use literal keys because Jira's jsI18n transformer replaces them at serve time.
 */
define('emerald/gadget-kit', ['jquery'], function ($) {
    'use strict';

    var WORDS = {
        NOT_STARTED: AJS.I18n.getText('emerald.status.NOT_STARTED'),
        ON_TRACK: AJS.I18n.getText('emerald.status.ON_TRACK'),
        AT_RISK: AJS.I18n.getText('emerald.status.AT_RISK'),
        OFF_TRACK: AJS.I18n.getText('emerald.status.OFF_TRACK'),
        DONE: AJS.I18n.getText('emerald.status.DONE'),
        MISSED: AJS.I18n.getText('emerald.status.MISSED'),
        STALE: AJS.I18n.getText('emerald.status.STALE'),
        HEALTHY: AJS.I18n.getText('emerald.health.HEALTHY'),
        WARNING: AJS.I18n.getText('emerald.health.WARNING'),
        EARLY_WARNING: AJS.I18n.getText('emerald.health.EARLY_WARNING'),
        UNHEALTHY: AJS.I18n.getText('emerald.health.UNHEALTHY'),
        NO_DATA: AJS.I18n.getText('emerald.health.NO_DATA')
    };
    var LOZENGE = {
        ON_TRACK: 'aui-lozenge-success', AT_RISK: 'aui-lozenge-moved', OFF_TRACK: 'aui-lozenge-error',
        DONE: 'aui-lozenge-complete', MISSED: 'aui-lozenge-error', STALE: 'aui-lozenge-current',
        HEALTHY: 'aui-lozenge-success', WARNING: 'aui-lozenge-moved', UNHEALTHY: 'aui-lozenge-error',
        EARLY_WARNING: 'aui-lozenge-current'
    };

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

    var COMMITMENTS = {
        COMMITTED: AJS.I18n.getText('emerald.commitment.COMMITTED'),
        ASPIRATIONAL: AJS.I18n.getText('emerald.commitment.ASPIRATIONAL'),
        LEARNING: AJS.I18n.getText('emerald.commitment.LEARNING')
    };

    /** The word for an objective's commitment. */
    function commitmentWord(commitment) {
        return COMMITMENTS[commitment] || commitment;
    }

    /** The word for a status or health, as the lozenges show it. */
    function statusWord(status) {
        return WORDS[status] || status;
    }

    function lozenge(status) {
        return el('span', ('aui-lozenge emerald-status ' + (LOZENGE[status] || '')).trim(), WORDS[status] || status)
            .attr('data-status', status);
    }

    function progressBar(percent) {
        var $bar = el('div', 'aui-progress-indicator emerald-progress')
            .attr({role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent,
                'aria-label': AJS.I18n.getText('emerald.gadget.progress', percent), 'data-value': percent / 100});
        el('span', 'aui-progress-indicator-value').css('width', percent + '%').appendTo($bar);
        return $bar;
    }

    // the same separators as the server's ValueFormat: the bundle's, for the user's language
    var SEPARATORS = {group: AJS.I18n.getText('emerald.format.group'), decimal: AJS.I18n.getText('emerald.format.decimal')};
    if (!SEPARATORS.group || SEPARATORS.group === 'emerald.format.group') {
        SEPARATORS.group = ',';
    }
    if (!SEPARATORS.decimal || SEPARATORS.decimal === 'emerald.format.decimal') {
        SEPARATORS.decimal = '.';
    }

    /** Trailing zeros (and a bare decimal point) off a plain decimal string. */
    function trim(text) {
        return text.indexOf('.') < 0 ? text : text.replace(/0+$/, '').replace(/\.$/, '');
    }

    /**
     * The one number formatter of Emerald's scripts, the twin of the server's ValueFormat: digits
     * grouped (12,500), trailing zeros trimmed, at most two decimals, or three significant digits
     * below one, so no computed share shows as a raw fraction. {@code decimals} fixes the decimals
     * instead (scores: 2, percents: 0).
     */
    function formatNumber(value, decimals) {
        if (value === null || value === undefined || value === '') {
            return '';
        }
        var number = Number(value);
        if (!isFinite(number)) {
            return String(value);
        }
        var text;
        if (decimals !== undefined) {
            text = number.toFixed(decimals);
        } else if (number === 0 || Math.abs(number) >= 1) {
            text = trim(number.toFixed(2));
        } else {
            // three significant digits: as many decimals as the first digit's place needs, plus two
            text = trim(number.toFixed(Math.min(20, 2 - Math.floor(Math.log(Math.abs(number)) / Math.LN10))));
        }
        if (/^-0(\.0*)?$/.test(text)) {
            text = text.slice(1);
        }
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

    /** A score on the 0–1 scale with two decimals: 0.70. */
    function formatScore(score) {
        return formatNumber(score, 2);
    }

    /** A whole percent: 42%. */
    function formatPercent(percent) {
        return formatNumber(Math.round(Number(percent)), 0) + '%';
    }

    /**
     * Where a key result stands, in words: "30% of 50%", or for an ISSUE_COMPLETION key result the
     * work done under its epics ("1 of 3 issues done"), as the server's ValueFormat writes it.
     */
    function keyResultValue(kr) {
        if (kr.kind === 'ISSUE_COMPLETION') {
            var c = kr.completion;
            if (!c) {
                return AJS.I18n.getText('emerald.value.completion.none');
            }
            return c.measure === 'STORY_POINTS'
                ? AJS.I18n.getText('emerald.panel.epics.summary.STORY_POINTS', formatNumber(c.done), formatNumber(c.total))
                : AJS.I18n.getText('emerald.panel.epics.summary.ISSUE_COUNT', formatNumber(c.done), formatNumber(c.total));
        }
        return AJS.I18n.getText('emerald.gadget.keyresult.value', formatValue(kr.current, kr.unit), formatValue(kr.target, kr.unit));
    }

    function issueLink(issueKey, summary) {
        return el('a', 'emerald-issue-link')
            .attr('href', AJS.contextPath() + '/browse/' + encodeURIComponent(issueKey))
            .append(el('span', 'emerald-issue-key', issueKey))
            .append(document.createTextNode(' '))
            .append(el('span', 'emerald-issue-summary', summary));
    }

    function message($root, type, text) {
        $root.empty();
        return el('div', 'aui-message aui-message-' + type + ' emerald-' + (type === 'error' ? 'error' : 'empty'), text)
            .attr('role', type === 'error' ? 'alert' : 'status').appendTo($root);
    }

    /**
     * A saved setting that no longer resolves: says so, and offers the item's settings rather than a
     * reload, which would fail the same way.
     */
    function settingsProblem($root, text, configure) {
        var $message = message($root, 'warning', text).addClass('emerald-settings-problem');
        el('button', 'aui-button emerald-configure', AJS.I18n.getText('emerald.gadget.configure'))
            .attr('type', 'button').on('click', configure).appendTo(el('p', null).appendTo($message));
        return $message;
    }

    /**
     * Renders an item with exactly one request: a loading state first, then {@code draw(data)}, or the
     * error state with the HTTP status. {@code problem}, when given, is {text, configure}: a 404 means
     * a saved setting no longer resolves, shown as a settings problem with a Configure button.
     */
    function load(API, $root, url, draw, problem) {
        $root.empty().attr('aria-busy', 'true');
        el('p', 'emerald-loading', AJS.I18n.getText('emerald.gadget.loading.data')).appendTo($root);
        API.showLoadingBar();
        return $.ajax({url: AJS.contextPath() + url, dataType: 'json', cache: false})
            .done(function (data) {
                $root.empty();
                draw(data);
            })
            .fail(function (xhr) {
                if (problem && xhr.status === 404) {
                    settingsProblem($root, problem.text, problem.configure);
                } else {
                    message($root, 'error', AJS.I18n.getText('emerald.gadget.error.any', xhr.status || 0));
                }
            })
            .always(function () {
                $root.attr('aria-busy', 'false');
                API.hideLoadingBar();
                API.resize();
            });
    }

    /** The server's first reason for refusing, or the HTTP status when it gave none. */
    function reasonOf(xhr) {
        var body = xhr && xhr.responseJSON;
        return body && body.errors && body.errors.length ? body.errors[0].message : String(xhr ? xhr.status : '');
    }

    /** A JSON request that changes something: Atlassian's XSRF check passes, the answer is JSON. */
    function send(method, url, body) {
        return $.ajax({url: AJS.contextPath() + url, type: method, dataType: 'json', contentType: 'application/json',
            headers: {'X-Atlassian-Token': 'no-check'}, data: JSON.stringify(body || {})});
    }

    function query(params) {
        var parts = [];
        $.each(params, function (name, value) {
            if (value !== undefined && value !== null && value !== '') {
                parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(value));
            }
        });
        return parts.length ? '?' + parts.join('&') : '';
    }

    /** How many items a paged read asks for at a time (the REST default; at most 200). */
    var PAGE_SIZE = 20;
    /** The largest page a read gives: lists that need every item, such as pickers, ask for it. */
    var MAX_PAGE = 200;

    /**
     * Under a paged list: "Showing N of M" and, while there is more, a Show more button that reads the next
     * page ({@code path} with {@code params}, start and limit) and hands its items to {@code append}.
     * {@code read} turns an answer into {items, total, start}. Nothing when everything is shown.
     */
    function pager(API, $root, path, params, first, read, append) {
        var page = read(first);
        var shown = page.start + page.items.length;
        if (shown >= page.total && page.start === 0) {
            return;
        }
        var $pager = el('div', 'emerald-pager').appendTo($root);
        var $status = el('p', 'emerald-pager-status').attr('aria-live', 'polite').appendTo($pager);
        var $more = el('button', 'aui-button aui-button-link emerald-more', AJS.I18n.getText('emerald.gadget.more'))
            .attr('type', 'button').appendTo($pager);
        var update = function (total) {
            $status.text(AJS.I18n.getText('emerald.gadget.showing', formatNumber(shown, 0), formatNumber(total, 0)));
            $more.prop('hidden', shown >= total);
        };
        update(page.total);
        $more.on('click', function () {
            $more.prop('disabled', true);
            $.ajax({url: AJS.contextPath() + path + query($.extend({}, params, {start: shown, limit: PAGE_SIZE})),
                dataType: 'json', cache: false})
                .done(function (answer) {
                    var next = read(answer);
                    append(next.items);
                    shown += next.items.length;
                    update(next.total);
                })
                .fail(function (xhr) {
                    $status.text(AJS.I18n.getText('emerald.gadget.error.any', xhr.status || 0));
                })
                .always(function () {
                    $more.prop('disabled', false);
                    API.resize();
                });
        });
    }

    /** Fills a select with options ([{value, label, group}]; a group becomes an optgroup) and selects {@code value}. */
    function fillSelect($select, options, value) {
        $select.empty();
        var groups = {};
        $.each(options, function (i, option) {
            var $parent = $select;
            if (option.group) {
                if (!groups[option.group]) {
                    groups[option.group] = el('optgroup').attr('label', option.group).appendTo($select);
                }
                $parent = groups[option.group];
            }
            el('option', null, option.label).attr('value', option.value).appendTo($parent);
        });
        if (value && !$select.find('option').filter(function () {
            return this.value === value;
        }).length) {
            // a saved setting that no longer resolves stays visible, so the user sees what to change
            el('option', 'emerald-config-stale', AJS.I18n.getText('emerald.gadget.config.saved', value)).attr('value', value)
                .appendTo($select);
        }
        $select.val(value || (options.length ? options[0].value : ''));
    }

    /**
     * A cycle select filled from GET /cycles: "Current cycle" first, then the cycles by name, the active
     * ones marked.
     */
    function cycleField() {
        return {name: 'cycleId', label: AJS.I18n.getText('emerald.gadget.config.cycle'),
            help: AJS.I18n.getText('emerald.gadget.config.cycle.help'),
            load: function () {
                return $.ajax({url: AJS.contextPath() + '/rest/emerald/1.0/cycles', dataType: 'json', cache: false})
                    .then(function (cycles) {
                        var options = [{value: '', label: AJS.I18n.getText('emerald.gadget.config.cycle.current')}];
                        $.each(cycles, function (i, cycle) {
                            var label;
                            if (cycle.state === 'ACTIVE') {
                                label = AJS.I18n.getText('emerald.gadget.config.cycle.active', cycle.name);
                            } else if (cycle.state === 'PLANNING') {
                                label = AJS.I18n.getText('emerald.gadget.config.cycle.planning', cycle.name);
                            } else {
                                label = AJS.I18n.getText('emerald.gadget.config.cycle.closed', cycle.name);
                            }
                            options.push({value: String(cycle.id), label: label});
                        });
                        return options;
                    });
            }};
    }

    /** A key-result select filled from the current cycle's objectives (GET /gadgets/okr-progress), grouped by objective. */
    function keyResultField() {
        return {name: 'issueKey', label: AJS.I18n.getText('emerald.gadget.config.keyresult'),
            help: AJS.I18n.getText('emerald.gadget.config.keyresult.help'), required: true,
            error: AJS.I18n.getText('emerald.gadget.config.keyresult.error'),
            load: function () {
                return $.ajax({url: AJS.contextPath() + '/rest/emerald/1.0/gadgets/okr-progress' + query({limit: MAX_PAGE}),
                    dataType: 'json', cache: false})
                    .then(function (data) {
                        var options = [{value: '', label: AJS.I18n.getText('emerald.gadget.config.keyresult.error')}];
                        $.each(data.objectives || [], function (i, objective) {
                            $.each(objective.keyResults, function (j, kr) {
                                options.push({value: kr.issueKey, label: kr.issueKey + ' ' + kr.summary,
                                    group: objective.issueKey + ' ' + objective.summary});
                            });
                        });
                        return options;
                    });
            }};
    }

    /**
     * The configuration form of an item. {@code fields}: [{name, label, help, pattern (RegExp),
     * error, options ([{value, label}]) or load (a function whose promise gives the options), required}].
     * Saves through {@code API.savePreferences}.
     */
    function configForm(API, $root, itemFields, preferences) {
        $root.empty();
        // every item refreshes itself on the interval its settings give, as Jira's gadgets do
        var fields = itemFields.concat([{name: 'refresh', label: AJS.I18n.getText('emerald.gadget.config.refresh'),
            options: [{value: '', label: AJS.I18n.getText('emerald.gadget.config.refresh.never')},
                {value: '15', label: AJS.I18n.getText('emerald.gadget.config.refresh.minutes', 15)},
                {value: '30', label: AJS.I18n.getText('emerald.gadget.config.refresh.minutes', 30)},
                {value: '60', label: AJS.I18n.getText('emerald.gadget.config.refresh.minutes', 60)}]}]);
        var $form = el('form', 'aui emerald-config').attr('novalidate', 'novalidate').appendTo($root);
        $.each(fields, function (i, field) {
            var id = 'emerald-config-' + field.name + '-' + Math.random().toString(36).slice(2, 8);
            var $group = el('div', 'field-group').appendTo($form);
            el('label', null, field.label).attr('for', id).appendTo($group);
            var $input;
            var saved = preferences[field.name] || '';
            if (field.options) {
                $input = el('select', 'select').attr({id: id, name: field.name}).appendTo($group);
                fillSelect($input, field.options, saved);
            } else if (field.load) {
                $input = el('select', 'select').attr({id: id, name: field.name, 'aria-busy': 'true'}).prop('disabled', true)
                    .appendTo($group);
                fillSelect($input, [{value: saved, label: AJS.I18n.getText('emerald.gadget.config.loading')}], saved);
            } else {
                $input = el('input', 'text').attr({id: id, name: field.name, type: 'text'}).val(saved).appendTo($group);
            }
            if (field.help) {
                el('div', 'description', field.help).attr('id', id + '-help').appendTo($group);
                $input.attr('aria-describedby', id + '-help');
            }
            var $error = el('div', 'error emerald-config-error').attr({id: id + '-error', role: 'alert'}).appendTo($group);
            if (field.load) {
                field.load().done(function (options) {
                    fillSelect($input, options, saved);
                }).fail(function (xhr) {
                    $error.text(AJS.I18n.getText('emerald.gadget.config.load.failed', xhr.status || 0));
                }).always(function () {
                    $input.prop('disabled', false).attr('aria-busy', 'false');
                    API.resize();
                });
            }
        });
        var $buttons = el('div', 'buttons-container').appendTo($form);
        el('button', 'aui-button aui-button-primary emerald-config-save', AJS.I18n.getText('emerald.gadget.config.save'))
            .attr('type', 'submit').appendTo($buttons);
        $form.on('submit', function (event) {
            event.preventDefault();
            var values = {};
            var valid = true;
            $.each(fields, function (i, field) {
                var $input = $form.find('[name="' + field.name + '"]');
                var value = $.trim($input.val());
                var $error = $input.siblings('.emerald-config-error').text('');
                $input.removeAttr('aria-invalid');
                if ((field.required && !value) || (value && field.pattern && !field.pattern.test(value))) {
                    $error.text(field.error);
                    $input.attr('aria-invalid', 'true');
                    valid = false;
                }
                values[field.name] = value;
            });
            if (valid) {
                API.savePreferences(values);
            }
        });
        API.resize();
    }

    return {
        el: el, lozenge: lozenge, progressBar: progressBar, formatNumber: formatNumber, formatValue: formatValue,
        formatScore: formatScore, formatPercent: formatPercent, keyResultValue: keyResultValue, statusWord: statusWord,
        commitmentWord: commitmentWord,
        issueLink: issueLink, message: message, settingsProblem: settingsProblem, load: load, query: query, pager: pager,
        PAGE_SIZE: PAGE_SIZE, MAX_PAGE: MAX_PAGE, reasonOf: reasonOf, send: send,
        configForm: configForm, cycleField: cycleField, keyResultField: keyResultField,
        PROJECT: /^[A-Za-z][A-Za-z0-9_]{0,31}$/, ID: /^[1-9][0-9]{0,9}$/, ISSUE_KEY: /^[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*$/
    };
});
