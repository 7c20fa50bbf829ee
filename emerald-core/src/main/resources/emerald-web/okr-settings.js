/*
 * The OKR settings page for administrators: grade and status bands, how an objective's status rolls
 * up, the fiscal year's first month, check-in cadences, the alignment roll-up and the time zone. Jira's
 * admin page and the host serve this same file; it reads and writes GET/PUT /settings only, and shows
 * each refused field's message beside the field. Text goes into the DOM as text, never as markup.
 * AJS.I18n.getText calls use literal keys because Jira's jsI18n transformer replaces them at serve time.
 */
define('emerald/okr-settings', ['jquery', 'emerald/gadget-kit'], function ($, kit) {
    'use strict';

    var el = kit.el;
    var CADENCES = {
        WEEKLY: AJS.I18n.getText('emerald.settings.cadence.WEEKLY'),
        BIWEEKLY: AJS.I18n.getText('emerald.settings.cadence.BIWEEKLY'),
        MONTHLY: AJS.I18n.getText('emerald.settings.cadence.MONTHLY')
    };
    var MODES = {
        WORST_KEY_RESULT: AJS.I18n.getText('emerald.settings.mode.WORST_KEY_RESULT'),
        WEIGHTED_PROGRESS: AJS.I18n.getText('emerald.settings.mode.WEIGHTED_PROGRESS')
    };
    var SHARES = [
        {name: 'gradeYellowFrom', label: AJS.I18n.getText('emerald.settings.gradeYellowFrom'),
            help: AJS.I18n.getText('emerald.settings.gradeYellowFrom.help')},
        {name: 'gradeGreenFrom', label: AJS.I18n.getText('emerald.settings.gradeGreenFrom'),
            help: AJS.I18n.getText('emerald.settings.gradeGreenFrom.help')},
        {name: 'onTrackFrom', label: AJS.I18n.getText('emerald.settings.onTrackFrom'),
            help: AJS.I18n.getText('emerald.settings.onTrackFrom.help')},
        {name: 'atRiskFrom', label: AJS.I18n.getText('emerald.settings.atRiskFrom'),
            help: AJS.I18n.getText('emerald.settings.atRiskFrom.help')}
    ];

    function fieldGroup($form, name, label, help) {
        var id = 'emerald-settings-' + name;
        var $group = el('div', 'field-group').attr('data-field', name).appendTo($form);
        el('label', null, label).attr('for', id).appendTo($group);
        return {group: $group, id: id, help: help};
    }

    function finish(f, $input) {
        $input.attr({id: f.id, name: f.group.attr('data-field'), 'aria-describedby': f.id + '-help ' + f.id + '-error'})
            .appendTo(f.group);
        if (f.help) {
            el('div', 'emerald-settings-help', f.help).attr('id', f.id + '-help').appendTo(f.group);
        }
        el('div', 'error', '').attr('id', f.id + '-error').appendTo(f.group);
        return $input;
    }

    function select(options, value) {
        var $select = el('select', 'select');
        $.each(options, function (key, text) {
            el('option', null, text).attr('value', key).prop('selected', String(key) === String(value)).appendTo($select);
        });
        return $select;
    }

    function monthNames() {
        var names = {};
        for (var m = 1; m <= 12; m++) {
            names[m] = new Date(2000, m - 1, 1).toLocaleDateString(undefined, {month: 'long'});
        }
        return names;
    }

    function teamLines(teams) {
        return $.map(teams || {}, function (cadence, project) {
            return project + '=' + cadence;
        }).join('\n');
    }

    function parseTeams(text) {
        var teams = {};
        $.each(String(text || '').split(/\r?\n/), function (i, line) {
            var trimmed = $.trim(line);
            if (trimmed) {
                var eq = trimmed.indexOf('=');
                teams[$.trim(eq < 0 ? trimmed : trimmed.substring(0, eq))] = eq < 0 ? '' : $.trim(trimmed.substring(eq + 1));
            }
        });
        return teams;
    }

    function Settings($root) {
        this.$root = $root;
        this.rest = String($root.attr('data-rest-base') || '');
    }

    Settings.prototype.request = function (method, body) {
        var settings = {url: this.rest + '/settings', type: method, dataType: 'json', headers: {'X-Atlassian-Token': 'no-check'}};
        if (body !== undefined) {
            settings.contentType = 'application/json';
            settings.data = JSON.stringify(body);
        }
        return $.ajax(settings);
    };

    Settings.prototype.start = function () {
        var self = this;
        this.$root.empty().addClass('emerald-settings');
        el('h1', null, AJS.I18n.getText('emerald.settings.title')).appendTo(el('div', 'aui-page-header').appendTo(this.$root));
        this.$status = el('div', 'emerald-settings-status').attr({role: 'status', 'aria-live': 'polite'}).appendTo(this.$root);
        this.request('GET').done(function (settings) {
            self.render(settings);
        }).fail(function (xhr) {
            kit.message(self.$status, 'error', xhr.status === 403
                ? AJS.I18n.getText('emerald.settings.forbidden') : AJS.I18n.getText('emerald.settings.load.failed', xhr.status));
        });
    };

    Settings.prototype.render = function (s) {
        var self = this;
        var $form = el('form', 'aui emerald-settings-form').attr('novalidate', 'novalidate').appendTo(this.$root);
        $.each(SHARES, function (i, share) {
            finish(fieldGroup($form, share.name, share.label, share.help),
                el('input', 'text short-field').attr({type: 'number', min: '0', max: '1', step: '0.01'}).val(s[share.name]));
        });
        finish(fieldGroup($form, 'statusMode', AJS.I18n.getText('emerald.settings.statusMode')), select(MODES, s.statusMode));
        finish(fieldGroup($form, 'fiscalYearStartMonth', AJS.I18n.getText('emerald.settings.fiscalYearStartMonth')),
            select(monthNames(), s.fiscalYearStartMonth));
        finish(fieldGroup($form, 'defaultCadence', AJS.I18n.getText('emerald.settings.defaultCadence'),
            AJS.I18n.getText('emerald.settings.defaultCadence.help')), select(CADENCES, s.defaultCadence));
        finish(fieldGroup($form, 'teamCadences', AJS.I18n.getText('emerald.settings.teamCadences'),
            AJS.I18n.getText('emerald.settings.teamCadences.help')), el('textarea', 'textarea').attr('rows', 3)
            .val(teamLines(s.teamCadences)));
        var $rollup = el('div', 'checkbox').attr('data-field', 'alignmentRollup').appendTo(el('fieldset', 'group').appendTo($form));
        el('input', 'checkbox').attr({type: 'checkbox', id: 'emerald-settings-alignmentRollup', name: 'alignmentRollup'})
            .prop('checked', !!s.alignmentRollup).appendTo($rollup);
        el('label', null, AJS.I18n.getText('emerald.settings.alignmentRollup')).attr('for', 'emerald-settings-alignmentRollup')
            .appendTo($rollup);
        el('div', 'error', '').appendTo($rollup);
        finish(fieldGroup($form, 'timeZone', AJS.I18n.getText('emerald.settings.timeZone'),
            AJS.I18n.getText('emerald.settings.timeZone.help')), el('input', 'text medium-field').attr('type', 'text').val(s.timeZone));
        var $buttons = el('div', 'buttons-container').appendTo($form);
        el('button', 'aui-button aui-button-primary emerald-settings-save', AJS.I18n.getText('emerald.settings.save'))
            .attr('type', 'submit').appendTo(el('div', 'buttons').appendTo($buttons));
        $form.on('submit', function (event) {
            event.preventDefault();
            self.save($form);
        });
    };

    Settings.prototype.save = function ($form) {
        var self = this;
        function val(name) {
            return $form.find('[name="' + name + '"]').val();
        }
        function number(name) {
            var text = $.trim(val(name));
            return text === '' ? null : Number(text);
        }
        var body = {
            gradeYellowFrom: number('gradeYellowFrom'), gradeGreenFrom: number('gradeGreenFrom'),
            onTrackFrom: number('onTrackFrom'), atRiskFrom: number('atRiskFrom'),
            statusMode: val('statusMode'), fiscalYearStartMonth: Number(val('fiscalYearStartMonth')),
            defaultCadence: val('defaultCadence'), teamCadences: parseTeams(val('teamCadences')),
            alignmentRollup: $form.find('[name="alignmentRollup"]').prop('checked'), timeZone: $.trim(val('timeZone'))
        };
        $form.find('.error').text('');
        $form.find('[aria-invalid]').removeAttr('aria-invalid');
        this.$status.empty();
        this.request('PUT', body).done(function () {
            kit.message(self.$status, 'success', AJS.I18n.getText('emerald.settings.saved'));
        }).fail(function (xhr) {
            var errors = xhr.responseJSON && xhr.responseJSON.errors ? xhr.responseJSON.errors
                : [{field: '', message: AJS.I18n.getText('emerald.settings.save.failed', xhr.status)}];
            var unplaced = [];
            $.each(errors, function (i, error) {
                var name = String(error.field || '').split('.')[0];
                var $group = name ? $form.find('[data-field="' + name + '"]') : $();
                if ($group.length) {
                    $group.find('.error').text(error.message);
                    $group.find('[name]').attr('aria-invalid', 'true');
                } else {
                    unplaced.push(error.message);
                }
            });
            kit.message(self.$status, 'error', [AJS.I18n.getText('emerald.settings.not.saved')].concat(unplaced).join(' '));
        });
    };

    return {
        start: function (root) {
            var settings = new Settings($(root));
            settings.start();
            return settings;
        }
    };
});

(function ($) {
    'use strict';
    $(function () {
        var root = document.getElementById('emerald-okr-settings');
        if (root) {
            require(['emerald/okr-settings'], function (settings) {
                settings.start(root);
            });
        }
    });
}(jQuery));
