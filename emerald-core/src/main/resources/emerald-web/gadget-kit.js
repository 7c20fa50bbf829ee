/*
 * What Emerald's dashboard items share: DOM built from text nodes only (no value is ever parsed as
 * HTML), status lozenges that always carry a word, number formatting that keeps the server's
 * decimals, the loading/empty/error states, and the configuration form saved as item preferences.
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
        WATCH: AJS.I18n.getText('emerald.health.WATCH'),
        UNHEALTHY: AJS.I18n.getText('emerald.health.UNHEALTHY'),
        NO_DATA: AJS.I18n.getText('emerald.health.NO_DATA')
    };
    var LOZENGE = {
        ON_TRACK: 'aui-lozenge-success', AT_RISK: 'aui-lozenge-moved', OFF_TRACK: 'aui-lozenge-error',
        DONE: 'aui-lozenge-complete', MISSED: 'aui-lozenge-error', STALE: 'aui-lozenge-current',
        HEALTHY: 'aui-lozenge-success', WATCH: 'aui-lozenge-moved', UNHEALTHY: 'aui-lozenge-error'
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
     * Renders an item with exactly one request: a loading state first, then {@code draw(data)}, or the
     * error state with the HTTP status.
     */
    function load(API, $root, url, draw) {
        $root.empty().attr('aria-busy', 'true');
        el('p', 'emerald-loading', AJS.I18n.getText('emerald.gadget.loading.data')).appendTo($root);
        API.showLoadingBar();
        return $.ajax({url: AJS.contextPath() + url, dataType: 'json', cache: false})
            .done(function (data) {
                $root.empty();
                draw(data);
            })
            .fail(function (xhr) {
                message($root, 'error', AJS.I18n.getText('emerald.gadget.error.any', xhr.status || 0));
            })
            .always(function () {
                $root.attr('aria-busy', 'false');
                API.hideLoadingBar();
                API.resize();
            });
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

    /**
     * The configuration form of an item. {@code fields}: [{name, label, help, pattern (RegExp),
     * error, options ([{value, label}]), required}]. Saves through {@code API.savePreferences}.
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
            if (field.options) {
                $input = el('select', 'select').attr({id: id, name: field.name});
                $.each(field.options, function (j, option) {
                    el('option', null, option.label).attr('value', option.value).appendTo($input);
                });
            } else {
                $input = el('input', 'text').attr({id: id, name: field.name, type: 'text'});
            }
            $input.val(preferences[field.name] || (field.options ? field.options[0].value : '')).appendTo($group);
            if (field.help) {
                el('div', 'description', field.help).attr('id', id + '-help').appendTo($group);
                $input.attr('aria-describedby', id + '-help');
            }
            el('div', 'error emerald-config-error').attr({id: id + '-error', role: 'alert'}).appendTo($group);
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
        issueLink: issueLink, message: message, load: load, query: query, configForm: configForm,
        PROJECT: /^[A-Za-z][A-Za-z0-9_]{0,31}$/, ID: /^[1-9][0-9]{0,9}$/, ISSUE_KEY: /^[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*$/
    };
});
