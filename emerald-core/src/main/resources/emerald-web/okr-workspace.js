/*
 * The OKRs page: a cycle's objectives with their key results and contributing epics as an
 * expandable tree, filters, the alignment tree, and AUI dialogs to create objectives and cycles,
 * check in, edit targets, align objectives and link epics. Jira and the host serve this same file;
 * it talks only to Emerald's REST API. Text goes into the DOM as text, never as markup.
 * AJS.I18n.getText calls use literal keys because Jira's jsI18n transformer replaces them at serve time.
 */
define('emerald/okr-workspace', ['jquery', 'emerald/gadget-kit'], function ($, kit) {
    'use strict';

    var el = kit.el;
    var STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'STALE', 'DONE', 'MISSED'];
    var KINDS = {
        INCREASE_TO: AJS.I18n.getText('emerald.workspace.kind.INCREASE_TO'),
        DECREASE_TO: AJS.I18n.getText('emerald.workspace.kind.DECREASE_TO'),
        STAY_ABOVE: AJS.I18n.getText('emerald.workspace.kind.STAY_ABOVE'),
        STAY_BELOW: AJS.I18n.getText('emerald.workspace.kind.STAY_BELOW'),
        STAY_WITHIN: AJS.I18n.getText('emerald.workspace.kind.STAY_WITHIN'),
        MILESTONE: AJS.I18n.getText('emerald.workspace.kind.MILESTONE'),
        ISSUE_COMPLETION: AJS.I18n.getText('emerald.workspace.kind.ISSUE_COMPLETION')
    };
    var CYCLE_STATES = {
        PLANNING: AJS.I18n.getText('emerald.workspace.cycle.state.PLANNING'),
        ACTIVE: AJS.I18n.getText('emerald.workspace.cycle.state.ACTIVE'),
        CLOSED: AJS.I18n.getText('emerald.workspace.cycle.state.CLOSED')
    };
    var nextId = 0;

    function uid(prefix) {
        nextId += 1;
        return 'emerald-' + prefix + '-' + nextId;
    }

    function projectOf(issueKey) {
        return String(issueKey).split('-')[0];
    }


    function dateText(instant) {
        if (!instant) {
            return '\u2014';
        }
        var d = new Date(instant);
        return isNaN(d.getTime()) ? instant : d.toLocaleDateString();
    }

    function button(text, className) {
        return el('button', 'aui-button ' + (className || ''), text).attr('type', 'button');
    }

    function Workspace($root) {
        this.$root = $root;
        this.rest = String($root.attr('data-rest-base') || '');
        this.browse = String($root.attr('data-browse-base') || '/browse/');
        this.filters = {text: '', project: $root.attr('data-project') || '', status: '', commitment: '', owner: ''};
        this.includeArchived = false;
        this.view = 'tree';
        this.cycles = [];
        this.cycleId = null;
        this.data = null;
        this.expanded = {};
    }

    Workspace.prototype.request = function (method, path, body) {
        var settings = {url: this.rest + path, type: method, dataType: 'json', headers: {'X-Atlassian-Token': 'no-check'}};
        if (body !== undefined) {
            settings.contentType = 'application/json';
            settings.data = JSON.stringify(body);
        }
        return $.ajax(settings);
    };

    Workspace.prototype.start = function () {
        var self = this;
        this.$root.empty().addClass('emerald-workspace');
        var $header = el('div', 'aui-page-header emerald-workspace-header').appendTo(this.$root);
        el('h1', null, AJS.I18n.getText('emerald.workspace.title')).appendTo($header);
        var $actions = el('div', 'emerald-workspace-actions').appendTo($header);
        button(AJS.I18n.getText('emerald.workspace.objective.create'), 'aui-button-primary emerald-create-objective')
            .on('click', function () {
                self.createObjectiveDialog();
            }).appendTo($actions);
        button(AJS.I18n.getText('emerald.workspace.cycle.create'), 'emerald-create-cycle')
            .on('click', function () {
                self.createCycleDialog();
            }).appendTo($actions);
        this.$toolbar = el('form', 'aui emerald-workspace-toolbar').attr('role', 'search')
            .on('submit', function (e) {
                e.preventDefault();
            }).appendTo(this.$root);
        this.$summary = el('p', 'emerald-cycle-summary').attr('aria-live', 'polite').appendTo(this.$root);
        this.$notice = el('div', 'emerald-notice').attr('aria-live', 'assertive').appendTo(this.$root);
        this.$body = el('div', 'emerald-workspace-body').appendTo(this.$root);
        this.loadCycles();
    };

    Workspace.prototype.loadCycles = function (selectId) {
        var self = this;
        this.request('GET', '/cycles').done(function (cycles) {
            self.cycles = cycles || [];
            if (!self.cycles.length) {
                self.cycleId = null;
                self.renderToolbar();
                self.emptyState(AJS.I18n.getText('emerald.workspace.empty.cycles'),
                    AJS.I18n.getText('emerald.workspace.cycle.create'), function () {
                        self.createCycleDialog();
                    });
                return;
            }
            var active = $.grep(self.cycles, function (c) {
                return c.state === 'ACTIVE';
            });
            self.cycleId = selectId || (active.length ? active[0].id : self.cycles[self.cycles.length - 1].id);
            self.renderToolbar();
            self.loadObjectives();
        }).fail(function (xhr) {
            self.failure(xhr);
        });
    };

    Workspace.prototype.loadObjectives = function () {
        var self = this;
        this.$notice.empty();
        this.$body.attr('aria-busy', 'true').empty();
        el('p', 'emerald-loading', AJS.I18n.getText('emerald.gadget.loading.data')).appendTo(this.$body);
        if (this.view === 'mine') {
            this.loadMine();
            return;
        }
        this.request('GET', '/gadgets/okr-progress?cycleId=' + encodeURIComponent(this.cycleId) + '&limit=200'
            + (this.includeArchived ? '&includeArchived=true' : '')).done(function (data) {
            self.data = data;
            self.renderToolbar();
            self.render();
        }).fail(function (xhr) {
            self.failure(xhr);
        }).always(function () {
            self.$body.removeAttr('aria-busy');
        });
    };

    /** The server's first reason for refusing, or the HTTP status when it gave none. */
    var reasonOf = kit.reasonOf;

    /** An action the server refused: its reason above the tree, which stays as it was. */
    Workspace.prototype.actionFailed = function (xhr) {
        kit.message(this.$notice, 'error', reasonOf(xhr));
    };

    Workspace.prototype.failure = function (xhr) {
        kit.message(this.$body, 'error', AJS.I18n.getText('emerald.workspace.load.failed', reasonOf(xhr)));
    };

    Workspace.prototype.emptyState = function (text, actionText, action) {
        var $message = kit.message(this.$body, 'info', text);
        if (actionText) {
            button(actionText, 'emerald-empty-action').on('click', action).appendTo(el('p').appendTo($message));
        }
    };

    function selectField($form, name, label, options, value, onChange) {
        var id = uid(name);
        var $group = el('div', 'emerald-filter').appendTo($form);
        el('label', null, label).attr('for', id).appendTo($group);
        var $select = el('select', 'select').attr({id: id, name: name}).appendTo($group);
        $.each(options, function (i, option) {
            el('option', null, option.label).attr('value', option.value).prop('selected', String(option.value) === String(value))
                .appendTo($select);
        });
        $select.on('change', function () {
            onChange($select.val());
        });
        return $select;
    }

    Workspace.prototype.renderToolbar = function () {
        var self = this;
        var $form = this.$toolbar.empty();
        if (this.cycles.length) {
            selectField($form, 'cycle', AJS.I18n.getText('emerald.workspace.filter.cycle'), $.map(this.cycles, function (c) {
                return {value: c.id, label: c.state === 'ACTIVE'
                    ? AJS.I18n.getText('emerald.workspace.cycle.active', c.name) : c.name};
            }), this.cycleId, function (value) {
                self.cycleId = Number(value);
                self.expanded = {};
                self.loadObjectives();
            });
        }
        var projects = {};
        if (this.data) {
            $.each(this.data.objectives, function (i, o) {
                projects[projectOf(o.issueKey)] = true;
            });
        }
        if (this.filters.project) {
            projects[this.filters.project] = true;
        }
        var projectOptions = [{value: '', label: AJS.I18n.getText('emerald.workspace.filter.all')}];
        $.each(Object.keys(projects).sort(), function (i, p) {
            projectOptions.push({value: p, label: p});
        });
        selectField($form, 'project', AJS.I18n.getText('emerald.workspace.filter.project'), projectOptions, this.filters.project,
            function (value) {
                self.filters.project = value;
                self.render();
            });
        var statusOptions = [{value: '', label: AJS.I18n.getText('emerald.workspace.filter.all')}];
        $.each(STATUSES, function (i, s) {
            statusOptions.push({value: s, label: kit.statusWord(s)});
        });
        selectField($form, 'status', AJS.I18n.getText('emerald.workspace.filter.status'), statusOptions, this.filters.status,
            function (value) {
                self.filters.status = value;
                self.render();
            });
        selectField($form, 'commitment', AJS.I18n.getText('emerald.workspace.filter.commitment'), [
            {value: '', label: AJS.I18n.getText('emerald.workspace.filter.all')},
            {value: 'COMMITTED', label: kit.commitmentWord('COMMITTED')},
            {value: 'ASPIRATIONAL', label: kit.commitmentWord('ASPIRATIONAL')},
            {value: 'LEARNING', label: kit.commitmentWord('LEARNING')}], this.filters.commitment, function (value) {
            self.filters.commitment = value;
            self.render();
        });
        var owners = {};
        if (this.data) {
            $.each(this.data.objectives, function (i, o) {
                $.each([o].concat(o.keyResults), function (j, item) {
                    if (item.ownerKey) {
                        owners[item.ownerKey] = item.ownerName || item.ownerKey;
                    }
                });
            });
        }
        var ownerOptions = [{value: '', label: AJS.I18n.getText('emerald.workspace.filter.all')}];
        $.each(Object.keys(owners).sort(function (a, b) {
            return owners[a].localeCompare(owners[b]);
        }), function (i, key) {
            ownerOptions.push({value: key, label: owners[key]});
        });
        selectField($form, 'owner', AJS.I18n.getText('emerald.workspace.filter.owner'), ownerOptions, this.filters.owner,
            function (value) {
                self.filters.owner = value;
                self.render();
            });
        var searchId = uid('search');
        var $search = el('div', 'emerald-filter emerald-filter-text').appendTo($form);
        el('label', null, AJS.I18n.getText('emerald.workspace.filter.text')).attr('for', searchId).appendTo($search);
        el('input', 'text').attr({id: searchId, type: 'search', name: 'text'}).val(this.filters.text)
            .on('input', function () {
                self.filters.text = $(this).val();
                self.render();
            }).appendTo($search);
        var $views = el('div', 'aui-buttons emerald-views').attr({role: 'group', 'aria-label': AJS.I18n.getText('emerald.workspace.views')})
            .appendTo($form);
        $.each([['tree', AJS.I18n.getText('emerald.workspace.view.tree')],
            ['alignment', AJS.I18n.getText('emerald.workspace.view.alignment')],
            ['mine', AJS.I18n.getText('emerald.workspace.view.mine')]], function (i, view) {
            button(view[1], 'emerald-view-' + view[0]).attr('aria-pressed', String(self.view === view[0]))
                .on('click', function () {
                    var reload = view[0] === 'mine' || self.view === 'mine';
                    self.view = view[0];
                    self.renderToolbar();
                    if (reload) {
                        self.loadObjectives();
                    } else {
                        self.render();
                    }
                }).appendTo($views);
        });
        var archivedId = uid('archived');
        var $archived = el('div', 'emerald-filter emerald-filter-check checkbox').appendTo($form);
        el('input', 'checkbox').attr({id: archivedId, type: 'checkbox', name: 'includeArchived'})
            .prop('checked', this.includeArchived).on('change', function () {
                self.includeArchived = $(this).prop('checked');
                self.loadObjectives();
            }).appendTo($archived);
        el('label', null, AJS.I18n.getText('emerald.workspace.filter.archived')).attr('for', archivedId).appendTo($archived);
    };

    Workspace.prototype.matches = function (objective) {
        var f = this.filters;
        if (f.project && projectOf(objective.issueKey) !== f.project) {
            return false;
        }
        if (f.commitment && objective.commitment !== f.commitment) {
            return false;
        }
        if (f.owner && objective.ownerKey !== f.owner && !$.grep(objective.keyResults, function (k) {
            return k.ownerKey === f.owner;
        }).length) {
            return false;
        }
        if (f.status && objective.status !== f.status && !$.grep(objective.keyResults, function (k) {
            return k.status === f.status;
        }).length) {
            return false;
        }
        var text = $.trim(f.text).toLowerCase();
        if (text) {
            var haystack = [objective.issueKey, objective.summary];
            $.each(objective.keyResults, function (i, k) {
                haystack.push(k.issueKey, k.summary);
            });
            return haystack.join('\n').toLowerCase().indexOf(text) >= 0;
        }
        return true;
    };

    Workspace.prototype.render = function () {
        var self = this;
        if (!this.data || this.view === 'mine') {
            return;
        }
        var cycle = this.data.cycle;
        this.renderCycleSummary(cycle);
        if (!this.data.objectives.length) {
            this.emptyState(AJS.I18n.getText('emerald.workspace.empty.objectives', cycle.name),
                AJS.I18n.getText('emerald.workspace.objective.create'), function () {
                    self.createObjectiveDialog();
                });
            return;
        }
        var shown = $.grep(this.data.objectives, function (o) {
            return self.matches(o);
        });
        if (!shown.length) {
            this.emptyState(AJS.I18n.getText('emerald.workspace.empty.filtered'),
                AJS.I18n.getText('emerald.workspace.filter.clear'), function () {
                    self.filters = {text: '', project: '', status: '', commitment: '', owner: ''};
                    self.renderToolbar();
                    self.render();
                });
            return;
        }
        if (this.view === 'alignment') {
            this.renderAlignment(shown);
        } else {
            this.renderTree(shown);
        }
    };

    Workspace.prototype.issueLink = function (issueKey, summary) {
        return el('a', 'emerald-issue-link').attr('href', this.browse + encodeURIComponent(issueKey))
            .append(el('span', 'emerald-issue-key', issueKey))
            .append(document.createTextNode(' '))
            .append(el('span', 'emerald-issue-summary', summary));
    };

    Workspace.prototype.renderTree = function (objectives) {
        var self = this;
        this.$body.empty();
        var $wrap = el('div', 'emerald-tree-wrap').appendTo(this.$body);
        var $table = el('table', 'aui emerald-okr-tree').appendTo($wrap);
        el('caption', 'assistive', AJS.I18n.getText('emerald.workspace.tree.caption', this.data.cycle.name)).appendTo($table);
        var $head = el('tr').appendTo(el('thead').appendTo($table));
        $.each([AJS.I18n.getText('emerald.workspace.col.name'), AJS.I18n.getText('emerald.workspace.col.progress'),
            AJS.I18n.getText('emerald.workspace.col.status'), AJS.I18n.getText('emerald.workspace.col.score'),
            AJS.I18n.getText('emerald.workspace.col.owner'), AJS.I18n.getText('emerald.workspace.col.checkin'),
            AJS.I18n.getText('emerald.workspace.col.confidence'), AJS.I18n.getText('emerald.workspace.col.actions')],
        function (i, title) {
            el('th', 'emerald-col-' + i, title).attr('scope', 'col').appendTo($head);
        });
        var $tbody = el('tbody').appendTo($table);
        $.each(objectives, function (i, o) {
            self.objectiveRow(o).appendTo($tbody);
            if (self.expanded[o.issueKey]) {
                $.each(o.keyResults, function (j, kr) {
                    self.keyResultRow(o, kr).appendTo($tbody);
                    if (self.expanded[kr.issueKey] && kr.completion) {
                        $.each(kr.completion.epics, function (k, epic) {
                            self.epicRow(kr, epic).appendTo($tbody);
                        });
                    }
                });
            }
        });
    };

    function toggle(expanded, label, onClick) {
        return button('', 'aui-button-subtle emerald-toggle')
            .attr({'aria-expanded': String(expanded), 'aria-label': label})
            .append(el('span', 'aui-icon aui-icon-small ' + (expanded ? 'aui-iconfont-chevron-down' : 'aui-iconfont-chevron-right')))
            .on('click', onClick);
    }

    Workspace.prototype.toggle = function (key) {
        this.expanded[key] = !this.expanded[key];
        this.render();
        this.$body.find('[data-issue-key="' + key + '"] .emerald-toggle').first().trigger('focus');
    };

    Workspace.prototype.cells = function ($row, item, lastCheckIn, confidence) {
        el('td', 'emerald-col-1').append(kit.progressBar(item.percent))
            .append(el('span', 'emerald-percent', kit.formatPercent(item.percent))).appendTo($row);
        el('td', 'emerald-col-2').append(kit.lozenge(item.status)).appendTo($row);
        var $score = el('td', 'emerald-col-3', kit.formatScore(item.score)).appendTo($row);
        if (item.finalScoreOverridden) {
            el('span', 'emerald-override', AJS.I18n.getText('emerald.workspace.score.overridden'))
                .attr('title', item.overrideReason || '').appendTo($score);
        }
        el('td', 'emerald-col-4').append(el('span', 'emerald-owner', item.ownerName
            || AJS.I18n.getText('emerald.workspace.owner.none'))).append(el('span', 'emerald-team', item.team || projectOf(item.issueKey)))
            .appendTo($row);
        el('td', 'emerald-col-5', lastCheckIn).appendTo($row);
        el('td', 'emerald-col-6', confidence).appendTo($row);
    };

    Workspace.prototype.objectiveRow = function (o) {
        var self = this;
        var $row = el('tr', 'emerald-objective-row').attr('data-issue-key', o.issueKey);
        var $name = el('th', 'emerald-col-0').attr('scope', 'row').appendTo($row);
        toggle(!!this.expanded[o.issueKey], AJS.I18n.getText('emerald.gadget.keyresults.show', o.issueKey), function () {
            self.toggle(o.issueKey);
        }).appendTo($name);
        $name.append(this.issueLink(o.issueKey, o.summary))
            .append(el('span', 'aui-lozenge aui-lozenge-subtle emerald-commitment', kit.commitmentWord(o.commitment)))
            .append(el('span', 'emerald-kr-count', AJS.I18n.getText('emerald.gadget.keyresults.count', o.keyResults.length)));
        this.cells($row, o, '', '');
        var $actions = el('td', 'emerald-col-7').appendTo($row);
        button(AJS.I18n.getText('emerald.workspace.align'), 'aui-button-compact emerald-align')
            .attr('aria-label', AJS.I18n.getText('emerald.workspace.align.label', o.issueKey))
            .on('click', function () {
                self.alignDialog(o);
            }).appendTo($actions);
        button(o.archived ? AJS.I18n.getText('emerald.workspace.unarchive') : AJS.I18n.getText('emerald.workspace.archive'),
            'aui-button-compact emerald-archive')
            .attr('aria-label', o.archived ? AJS.I18n.getText('emerald.workspace.unarchive.label', o.issueKey)
                : AJS.I18n.getText('emerald.workspace.archive.label', o.issueKey))
            .on('click', function () {
                self.request('POST', '/objectives/' + encodeURIComponent(o.issueKey)
                    + (o.archived ? '/restore-archived' : '/archive')).done(function () {
                    self.loadObjectives();
                }).fail(function (xhr) {
                    self.actionFailed(xhr);
                });
            }).appendTo($actions);
        button(AJS.I18n.getText('emerald.workspace.delete'), 'aui-button-compact emerald-delete')
            .attr('aria-label', AJS.I18n.getText('emerald.workspace.delete.label', o.issueKey))
            .on('click', function () {
                self.confirmDialog(AJS.I18n.getText('emerald.workspace.delete.title', o.issueKey, o.summary),
                    AJS.I18n.getText('emerald.workspace.delete.text', o.issueKey), AJS.I18n.getText('emerald.workspace.delete'),
                    function () {
                        return self.request('DELETE', '/objectives/' + encodeURIComponent(o.issueKey));
                    });
            }).appendTo($actions);
        if (o.archived) {
            $row.addClass('emerald-archived');
            el('span', 'aui-lozenge aui-lozenge-subtle emerald-archived-lozenge', AJS.I18n.getText('emerald.workspace.archived'))
                .appendTo($name);
        }
        return $row;
    };

    Workspace.prototype.keyResultRow = function (o, kr) {
        var self = this;
        var $row = el('tr', 'emerald-keyresult-row').attr({'data-issue-key': kr.issueKey, 'data-objective': o.issueKey});
        var $name = el('th', 'emerald-col-0').attr('scope', 'row').appendTo($row);
        var epics = kr.completion ? kr.completion.epics.length : 0;
        if (epics) {
            toggle(!!this.expanded[kr.issueKey], AJS.I18n.getText('emerald.workspace.epics.show', kr.issueKey), function () {
                self.toggle(kr.issueKey);
            }).appendTo($name);
        }
        $name.append(this.issueLink(kr.issueKey, kr.summary))
            .append(el('span', 'emerald-kr-value', kit.keyResultValue(kr)));
        this.cells($row, kr, dateText(kr.lastCheckInAt),
            kr.confidence === null || kr.confidence === undefined ? '\u2014'
                : AJS.I18n.getText('emerald.workspace.confidence.value', kr.confidence));
        var $actions = el('td', 'emerald-col-7').appendTo($row);
        if (this.data.cycle.state === 'CLOSED') {
            return $row;
        }
        // a key result measured by a KPI takes its check-ins from the KPI's measurements
        if (kr.kind !== 'ISSUE_COMPLETION' && !kr.kpiId) {
            button(AJS.I18n.getText('emerald.workspace.checkin'), 'aui-button-compact emerald-checkin')
                .attr('aria-label', AJS.I18n.getText('emerald.workspace.checkin.label', kr.issueKey))
                .on('click', function () {
                    self.checkInDialog(kr);
                }).appendTo($actions);
        }
        button(AJS.I18n.getText('emerald.workspace.edit'), 'aui-button-compact emerald-edit')
            .attr('aria-label', AJS.I18n.getText('emerald.workspace.edit.label', kr.issueKey))
            .on('click', function () {
                self.editKeyResultDialog(kr);
            }).appendTo($actions);
        button(AJS.I18n.getText('emerald.workspace.epic.link'), 'aui-button-compact emerald-link-epic')
            .attr('aria-label', AJS.I18n.getText('emerald.workspace.epic.link.label', kr.issueKey))
            .on('click', function () {
                self.linkEpicDialog(kr);
            }).appendTo($actions);
        return $row;
    };

    Workspace.prototype.epicRow = function (kr, epic) {
        var self = this;
        var $row = el('tr', 'emerald-epic-row').attr({'data-issue-key': epic.issueKey, 'data-key-result': kr.issueKey});
        el('th', 'emerald-col-0').attr('scope', 'row').append(this.issueLink(epic.issueKey, epic.summary))
            .append(el('span', 'emerald-kr-value', AJS.I18n.getText('emerald.panel.epics.summary.ISSUE_COUNT',
                kit.formatNumber(epic.done), kit.formatNumber(epic.total)))).appendTo($row);
        el('td', 'emerald-col-1').append(kit.progressBar(epic.percent))
            .append(el('span', 'emerald-percent', kit.formatPercent(epic.percent))).appendTo($row);
        el('td', 'emerald-col-2').appendTo($row);
        el('td', 'emerald-col-3').appendTo($row);
        el('td', 'emerald-col-4', projectOf(epic.issueKey)).appendTo($row);
        el('td', 'emerald-col-5').appendTo($row);
        el('td', 'emerald-col-6').appendTo($row);
        var $actions = el('td', 'emerald-col-7').appendTo($row);
        button(AJS.I18n.getText('emerald.workspace.epic.unlink'), 'aui-button-compact emerald-unlink-epic')
            .attr('aria-label', AJS.I18n.getText('emerald.workspace.epic.unlink.label', epic.issueKey, kr.issueKey))
            .on('click', function () {
                self.request('DELETE', '/key-results/' + encodeURIComponent(kr.issueKey) + '/epics/'
                    + encodeURIComponent(epic.issueKey)).done(function () {
                    self.loadObjectives();
                }).fail(function (xhr) {
                    self.actionFailed(xhr);
                });
            }).appendTo($actions);
        return $row;
    };

    /** The alignment tree of the shown objectives: each objective under the parent it aligns to. */
    Workspace.prototype.renderAlignment = function (objectives) {
        var self = this;
        this.$body.empty();
        var byKey = {};
        $.each(objectives, function (i, o) {
            byKey[o.issueKey] = o;
        });
        var children = {};
        var roots = [];
        $.each(objectives, function (i, o) {
            if (o.parentKey && byKey[o.parentKey]) {
                (children[o.parentKey] = children[o.parentKey] || []).push(o);
            } else {
                roots.push(o);
            }
        });
        var $tree = el('ul', 'emerald-alignment').attr('aria-label', AJS.I18n.getText('emerald.workspace.view.alignment'))
            .appendTo(this.$body);
        function add($list, o) {
            var $item = el('li', 'emerald-alignment-node').attr('data-issue-key', o.issueKey).appendTo($list);
            el('div', 'emerald-alignment-line').append(self.issueLink(o.issueKey, o.summary))
                .append(kit.lozenge(o.status))
                .append(el('span', 'emerald-percent', kit.formatPercent(o.percent)))
                .append(o.parentKey && !byKey[o.parentKey]
                    ? el('span', 'emerald-alignment-outside', AJS.I18n.getText('emerald.workspace.aligned.outside', o.parentKey))
                    : null)
                .appendTo($item);
            if (children[o.issueKey]) {
                var $sub = el('ul').appendTo($item);
                $.each(children[o.issueKey], function (i, child) {
                    add($sub, child);
                });
            }
        }
        $.each(roots, function (i, o) {
            add($tree, o);
        });
    };

    /* ---------- dialogs ---------- */

    /**
     * An AUI dialog with a form. {@code submit(values)} returns the request; a 400 puts each error
     * beside the field it names (or at the top), and nothing closes until the server accepts.
     */
    Workspace.prototype.dialog = function (title, buildForm, submit, submitText, afterwards) {
        var self = this;
        var titleId = uid('dialog-title');
        var $dialog = el('section', 'aui-dialog2 aui-dialog2-medium aui-layer emerald-dialog')
            .attr({role: 'dialog', 'aria-labelledby': titleId, hidden: 'hidden', tabindex: '-1'});
        el('h2', 'aui-dialog2-header-main', title).attr('id', titleId)
            .appendTo(el('header', 'aui-dialog2-header').appendTo($dialog));
        var $form = el('form', 'aui emerald-dialog-form').attr('novalidate', 'novalidate');
        el('div', 'aui-dialog2-content').append($form).appendTo($dialog);
        var $messages = el('div', 'emerald-dialog-messages').attr('aria-live', 'assertive').prependTo($form);
        buildForm($form);
        var $footer = el('footer', 'aui-dialog2-footer').appendTo($dialog);
        var $actions = el('div', 'aui-dialog2-footer-actions').appendTo($footer);
        var $submit = button(submitText || AJS.I18n.getText('emerald.workspace.save'), 'aui-button-primary emerald-dialog-submit')
            .appendTo($actions);
        var $cancel = button(AJS.I18n.getText('emerald.workspace.cancel'), 'aui-button-link emerald-dialog-cancel').appendTo($actions);
        $dialog.appendTo(document.body);
        var dialog = AJS.dialog2($dialog);
        $cancel.on('click', function () {
            dialog.hide();
        });
        dialog.on('hide', function () {
            setTimeout(function () {
                $dialog.remove();
            }, 0);
        });
        function send() {
            $form.find('.error').remove();
            $form.find('[aria-invalid]').removeAttr('aria-invalid');
            $messages.empty();
            var values = {};
            $.each($form.serializeArray(), function (i, field) {
                values[field.name] = field.value;
            });
            $submit.prop('disabled', true).attr('aria-disabled', 'true');
            submit(values).done(function (answer) {
                dialog.hide();
                if (afterwards) {
                    afterwards(answer);
                } else {
                    self.loadObjectives();
                }
            }).fail(function (xhr) {
                var errors = xhr.responseJSON && xhr.responseJSON.errors ? xhr.responseJSON.errors
                    : [{field: '', message: AJS.I18n.getText('emerald.workspace.save.failed', xhr.status)}];
                var first = null;
                $.each(errors, function (i, error) {
                    var $field = error.field ? $form.find('[name="' + error.field.replace(/"/g, '') + '"]') : $();
                    if ($field.length) {
                        var errorId = uid('error');
                        el('div', 'error', error.message).attr('id', errorId).insertAfter($field);
                        $field.attr({'aria-invalid': 'true', 'aria-describedby': errorId});
                        first = first || $field;
                    } else {
                        el('div', 'aui-message aui-message-error', error.message).attr('role', 'alert').appendTo($messages);
                    }
                });
                (first || $messages).trigger('focus');
            }).always(function () {
                $submit.prop('disabled', false).removeAttr('aria-disabled');
            });
        }
        $submit.on('click', send);
        $form.on('submit', function (e) {
            e.preventDefault();
            send();
        });
        dialog.show();
        $form.find('input, select, textarea').first().trigger('focus');
        return $dialog;
    };

    function field($form, name, label, type, value, help) {
        var id = uid('field');
        var $group = el('div', 'field-group').appendTo($form);
        el('label', null, label).attr('for', id).appendTo($group);
        var $input;
        if ($.isArray(type)) {
            $input = el('select', 'select').attr({id: id, name: name});
            $.each(type, function (i, option) {
                el('option', null, option.label).attr('value', option.value)
                    .prop('selected', String(option.value) === String(value)).appendTo($input);
            });
        } else if (type === 'textarea') {
            $input = el('textarea', 'textarea').attr({id: id, name: name, rows: 3}).val(value || '');
        } else {
            $input = el('input', 'text').attr({id: id, name: name, type: type || 'text'}).val(value === null || value === undefined ? '' : value);
            if (type === 'number') {
                $input.attr('step', 'any');
            }
        }
        $input.appendTo($group);
        if (help) {
            var helpId = uid('help');
            el('div', 'description', help).attr('id', helpId).appendTo($group);
            $input.attr('aria-describedby', helpId);
        }
        return $input;
    }

    function kindOptions() {
        return $.map(Object.keys(KINDS), function (k) {
            return {value: k, label: KINDS[k]};
        });
    }

    function number(value) {
        var text = $.trim(value || '');
        return text === '' ? null : text;
    }

    Workspace.prototype.createObjectiveDialog = function () {
        var self = this;
        if (!this.cycleId) {
            this.createCycleDialog();
            return;
        }
        var rows = 0;
        var defaultProject = this.filters.project
            || (this.data && this.data.objectives.length ? projectOf(this.data.objectives[0].issueKey) : '');
        function addKeyResult($list) {
            var i = rows;
            rows += 1;
            var $fieldset = el('fieldset', 'group emerald-kr-fieldset').attr('data-index', i).appendTo($list);
            el('legend', null, AJS.I18n.getText('emerald.workspace.kr.legend', i + 1)).appendTo($fieldset);
            var p = 'keyResults[' + i + '].';
            field($fieldset, p + 'summary', AJS.I18n.getText('emerald.workspace.field.summary'));
            var $kind = field($fieldset, p + 'kind', AJS.I18n.getText('emerald.workspace.field.kind'), kindOptions(), 'INCREASE_TO');
            field($fieldset, p + 'start', AJS.I18n.getText('emerald.workspace.field.start'), 'number');
            field($fieldset, p + 'target', AJS.I18n.getText('emerald.workspace.field.target'), 'number');
            var $upper = field($fieldset, p + 'upper', AJS.I18n.getText('emerald.workspace.field.upper'), 'number');
            field($fieldset, p + 'unit', AJS.I18n.getText('emerald.workspace.field.unit'));
            field($fieldset, p + 'weight', AJS.I18n.getText('emerald.workspace.field.weight'), 'number', '1');
            function band() {
                $upper.closest('.field-group').toggle($kind.val() === 'STAY_WITHIN');
            }
            $kind.on('change', band);
            band();
        }
        this.dialog(AJS.I18n.getText('emerald.workspace.objective.create'), function ($form) {
            field($form, 'projectKey', AJS.I18n.getText('emerald.workspace.field.project'), 'text', defaultProject);
            field($form, 'summary', AJS.I18n.getText('emerald.workspace.field.objective'));
            field($form, 'description', AJS.I18n.getText('emerald.workspace.field.description'), 'textarea');
            field($form, 'commitment', AJS.I18n.getText('emerald.workspace.field.commitment'), [
                {value: 'COMMITTED', label: kit.commitmentWord('COMMITTED')},
                {value: 'ASPIRATIONAL', label: kit.commitmentWord('ASPIRATIONAL')},
                {value: 'LEARNING', label: kit.commitmentWord('LEARNING')}],
            'COMMITTED', AJS.I18n.getText('emerald.workspace.field.commitment.help'));
            var $list = el('div', 'emerald-kr-list').appendTo($form);
            addKeyResult($list);
            addKeyResult($list);
            button(AJS.I18n.getText('emerald.workspace.kr.add'), 'aui-button-link emerald-add-kr').on('click', function () {
                addKeyResult($list);
                $list.find('fieldset').last().find('input').first().trigger('focus');
            }).appendTo(el('p').appendTo($form));
        }, function (v) {
            var keyResults = [];
            for (var i = 0; i < rows; i += 1) {
                var p = 'keyResults[' + i + '].';
                if (!$.trim(v[p + 'summary'] || '') && !number(v[p + 'target'])) {
                    continue;
                }
                keyResults.push({summary: v[p + 'summary'], kind: v[p + 'kind'], start: number(v[p + 'start']),
                    target: number(v[p + 'target']), upper: v[p + 'kind'] === 'STAY_WITHIN' ? number(v[p + 'upper']) : null,
                    unit: v[p + 'unit'], weight: number(v[p + 'weight'])});
            }
            return self.request('POST', '/objectives/new', {projectKey: v.projectKey, cycleId: self.cycleId,
                commitment: v.commitment, summary: v.summary, description: v.description, keyResults: keyResults});
        }, AJS.I18n.getText('emerald.workspace.create'));
    };

    Workspace.prototype.createCycleDialog = function () {
        var self = this;
        var zone = window.Intl && Intl.DateTimeFormat ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';
        this.dialog(AJS.I18n.getText('emerald.workspace.cycle.create'), function ($form) {
            field($form, 'name', AJS.I18n.getText('emerald.workspace.field.name'));
            field($form, 'start', AJS.I18n.getText('emerald.workspace.field.cycle.start'), 'date');
            field($form, 'end', AJS.I18n.getText('emerald.workspace.field.cycle.end'), 'date');
            field($form, 'timeZone', AJS.I18n.getText('emerald.workspace.field.timezone'), 'text', zone);
            field($form, 'state', AJS.I18n.getText('emerald.workspace.field.state'), [
                {value: 'PLANNING', label: AJS.I18n.getText('emerald.workspace.cycle.state.PLANNING')},
                {value: 'ACTIVE', label: AJS.I18n.getText('emerald.workspace.cycle.state.ACTIVE')}], 'PLANNING');
            // the next fiscal quarter fills the fields nobody has typed in yet; without it the form stays empty
            self.request('GET', '/cycles/next-quarter').done(function (next) {
                $.each({name: next.name, start: next.start, end: next.end, timeZone: next.timeZone}, function (name, value) {
                    var $input = $form.find('[name="' + name + '"]');
                    if (!$input.data('emerald-typed')) {
                        $input.val(value);
                    }
                });
            });
            $form.find('input').one('input', function () {
                $(this).data('emerald-typed', true);
            });
        }, function (v) {
            return self.request('POST', '/cycles', {name: v.name, start: v.start, end: v.end, timeZone: v.timeZone, state: v.state});
        }, AJS.I18n.getText('emerald.workspace.create'), function (cycle) {
            self.loadCycles(cycle.id);
        });
    };

    Workspace.prototype.checkInDialog = function (kr) {
        var self = this;
        var today = new Date().toISOString().slice(0, 10);
        this.dialog(AJS.I18n.getText('emerald.workspace.checkin.title', kr.issueKey, kr.summary), function ($form) {
            el('p', 'emerald-checkin-target', AJS.I18n.getText('emerald.workspace.checkin.target',
                kit.formatValue(kr.start, kr.unit), kit.formatValue(kr.target, kr.unit))).appendTo($form);
            field($form, 'value', kr.unit ? AJS.I18n.getText('emerald.workspace.field.value.unit', kr.unit)
                : AJS.I18n.getText('emerald.workspace.field.value'), 'number', kr.current);
            field($form, 'date', AJS.I18n.getText('emerald.workspace.field.date'), 'date', today);
            var confidence = [];
            for (var c = 0; c <= 10; c += 1) {
                confidence.push({value: c, label: String(c)});
            }
            field($form, 'confidence', AJS.I18n.getText('emerald.workspace.field.confidence'), confidence,
                kr.confidence === null || kr.confidence === undefined ? 5 : kr.confidence,
                AJS.I18n.getText('emerald.workspace.field.confidence.help'));
            field($form, 'note', AJS.I18n.getText('emerald.workspace.field.note'), 'textarea');
        }, function (v) {
            // a day other than today is recorded at its noon in UTC; today is recorded now
            var at = v.date && v.date !== today ? v.date + 'T12:00:00Z' : null;
            return self.request('POST', '/key-results/' + encodeURIComponent(kr.issueKey) + '/check-ins',
                {value: number(v.value), confidence: Number(v.confidence), note: v.note, at: at});
        }, AJS.I18n.getText('emerald.workspace.checkin'));
    };

    Workspace.prototype.editKeyResultDialog = function (kr) {
        var self = this;
        this.dialog(AJS.I18n.getText('emerald.workspace.edit.title', kr.issueKey, kr.summary), function ($form) {
            var $kind = field($form, 'kind', AJS.I18n.getText('emerald.workspace.field.kind'), kindOptions(), kr.kind);
            field($form, 'start', AJS.I18n.getText('emerald.workspace.field.start'), 'number', kr.start);
            field($form, 'target', AJS.I18n.getText('emerald.workspace.field.target'), 'number', kr.target);
            var $upper = field($form, 'upper', AJS.I18n.getText('emerald.workspace.field.upper'), 'number', kr.upper);
            field($form, 'unit', AJS.I18n.getText('emerald.workspace.field.unit'), 'text', kr.unit);
            field($form, 'weight', AJS.I18n.getText('emerald.workspace.field.weight'), 'number', kr.weight);
            function band() {
                $upper.closest('.field-group').toggle($kind.val() === 'STAY_WITHIN');
            }
            $kind.on('change', band);
            band();
        }, function (v) {
            return self.request('PUT', '/key-results/' + encodeURIComponent(kr.issueKey), {kind: v.kind, start: number(v.start),
                target: number(v.target), upper: v.kind === 'STAY_WITHIN' ? number(v.upper) : null, unit: v.unit,
                weight: number(v.weight), version: kr.version});
        });
    };

    Workspace.prototype.alignDialog = function (objective) {
        var self = this;
        var options = [{value: '', label: AJS.I18n.getText('emerald.workspace.align.none')}];
        $.each(this.data.objectives, function (i, o) {
            if (o.issueKey !== objective.issueKey) {
                options.push({value: o.issueKey, label: o.issueKey + ' ' + o.summary});
            }
        });
        var current = objective.parentKey || '';
        this.dialog(AJS.I18n.getText('emerald.workspace.align.title', objective.issueKey, objective.summary), function ($form) {
            field($form, 'issueKey', AJS.I18n.getText('emerald.workspace.field.parent'), options, current,
                AJS.I18n.getText('emerald.workspace.field.parent.help'));
        }, function (v) {
            var path = '/objectives/' + encodeURIComponent(objective.issueKey) + '/alignment';
            if (!v.issueKey) {
                return current ? self.request('DELETE', path) : $.Deferred().resolve().promise();
            }
            return self.request('PUT', path, {issueKey: v.issueKey});
        });
    };

    Workspace.prototype.linkEpicDialog = function (kr) {
        var self = this;
        this.dialog(AJS.I18n.getText('emerald.workspace.epic.link.title', kr.issueKey, kr.summary), function ($form) {
            var $input = field($form, 'issueKey', AJS.I18n.getText('emerald.workspace.field.epic'), 'text', '',
                AJS.I18n.getText('emerald.workspace.field.epic.help'));
            // suggestions from Jira's search as the user: only epics they may browse, by key or summary
            var listId = uid('epics');
            var $list = el('datalist').attr('id', listId).appendTo($form);
            var pending = null;
            $input.attr({list: listId, autocomplete: 'off'}).on('input', function () {
                var query = $.trim($input.val());
                clearTimeout(pending);
                if (query.length < 2) {
                    return;
                }
                pending = setTimeout(function () {
                    self.request('GET', '/issues/search?role=EPIC&limit=20&query=' + encodeURIComponent(query)).done(function (found) {
                        $list.empty();
                        $.each(found, function (i, issue) {
                            el('option', null, issue.issueKey + ' ' + issue.summary).attr('value', issue.issueKey).appendTo($list);
                        });
                    });
                }, 250);
            });
        }, function (v) {
            return self.request('POST', '/key-results/' + encodeURIComponent(kr.issueKey) + '/epics',
                {issueKey: $.trim(v.issueKey).split(' ')[0]});
        }, AJS.I18n.getText('emerald.workspace.epic.link'));
    };


    /** The cycle's dates and time left, with what an administrator can do to it next. */
    Workspace.prototype.renderCycleSummary = function (cycle) {
        var self = this;
        this.$summary.empty();
        el('span', 'emerald-cycle-text', AJS.I18n.getText('emerald.workspace.cycle.summary', cycle.name, cycle.start, cycle.end,
            cycle.daysLeft, cycle.elapsedPercent)).appendTo(this.$summary);
        el('span', 'aui-lozenge aui-lozenge-subtle emerald-cycle-state', CYCLE_STATES[cycle.state] || cycle.state)
            .appendTo(this.$summary);
        var $actions = el('span', 'emerald-cycle-actions').appendTo(this.$summary);
        function action(text, className, onClick) {
            button(text, 'aui-button-compact aui-button-subtle ' + className).on('click', onClick).appendTo($actions);
        }
        if (cycle.state !== 'CLOSED') {
            action(AJS.I18n.getText('emerald.workspace.cycle.edit'), 'emerald-cycle-edit', function () {
                self.editCycleDialog(cycle);
            });
        }
        if (cycle.state === 'PLANNING') {
            action(AJS.I18n.getText('emerald.workspace.cycle.activate'), 'emerald-cycle-activate', function () {
                self.request('POST', '/cycles/' + cycle.id + '/activate').done(function () {
                    self.loadCycles(cycle.id);
                }).fail(function (xhr) {
                    self.actionFailed(xhr);
                });
            });
        }
        if (cycle.state === 'ACTIVE') {
            action(AJS.I18n.getText('emerald.workspace.cycle.close'), 'emerald-cycle-close', function () {
                self.closeCycleDialog(cycle);
            });
        }
        if (!this.data || !this.data.objectives.length) {
            action(AJS.I18n.getText('emerald.workspace.cycle.delete'), 'emerald-cycle-delete', function () {
                self.confirmDialog(AJS.I18n.getText('emerald.workspace.cycle.delete.title', cycle.name),
                    AJS.I18n.getText('emerald.workspace.cycle.delete.text', cycle.name), AJS.I18n.getText('emerald.workspace.delete'),
                    function () {
                        return self.request('DELETE', '/cycles/' + cycle.id);
                    }, function () {
                        self.loadCycles();
                    });
            });
        }
    };

    /** A yes-or-no question in a dialog; {@code act()} returns the request that carries out the yes. */
    Workspace.prototype.confirmDialog = function (title, text, confirmText, act, afterwards) {
        this.dialog(title, function ($form) {
            el('p', 'emerald-confirm-text', text).appendTo($form);
        }, act, confirmText, afterwards);
    };

    Workspace.prototype.editCycleDialog = function (cycle) {
        var self = this;
        this.dialog(AJS.I18n.getText('emerald.workspace.cycle.edit.title', cycle.name), function ($form) {
            field($form, 'name', AJS.I18n.getText('emerald.workspace.field.name'), 'text', cycle.name);
            field($form, 'start', AJS.I18n.getText('emerald.workspace.field.cycle.start'), 'date', cycle.start);
            field($form, 'end', AJS.I18n.getText('emerald.workspace.field.cycle.end'), 'date', cycle.end);
            field($form, 'timeZone', AJS.I18n.getText('emerald.workspace.field.timezone'), 'text', cycle.timeZone);
        }, function (v) {
            return self.request('PUT', '/cycles/' + cycle.id, {name: v.name, start: v.start, end: v.end, timeZone: v.timeZone});
        }, null, function () {
            self.loadCycles(cycle.id);
        });
    };

    /** Closing freezes every objective's final score; a grader may override one, with the reason. */
    Workspace.prototype.closeCycleDialog = function (cycle) {
        var self = this;
        var objectives = this.data ? this.data.objectives : [];
        this.dialog(AJS.I18n.getText('emerald.workspace.cycle.close.title', cycle.name), function ($form) {
            el('p', null, AJS.I18n.getText('emerald.workspace.cycle.close.text')).appendTo($form);
            $.each(objectives, function (i, o) {
                var $set = el('fieldset', 'group emerald-override-fieldset').appendTo($form);
                el('legend', null, AJS.I18n.getText('emerald.workspace.cycle.close.objective', o.issueKey, o.summary,
                    kit.formatScore(o.score))).appendTo($set);
                field($set, 'overrides[' + i + '].score', AJS.I18n.getText('emerald.workspace.field.override'), 'number', '',
                    AJS.I18n.getText('emerald.workspace.field.override.help'));
                field($set, 'overrides[' + i + '].reason', AJS.I18n.getText('emerald.workspace.field.reason'), 'textarea');
            });
        }, function (v) {
            var overrides = [];
            $.each(objectives, function (i, o) {
                var score = number(v['overrides[' + i + '].score']);
                var reason = $.trim(v['overrides[' + i + '].reason'] || '');
                if (score !== null || reason) {
                    overrides.push({objectiveKey: o.issueKey, score: score, reason: reason});
                }
            });
            return self.request('POST', '/cycles/' + cycle.id + '/close', {overrides: overrides});
        }, AJS.I18n.getText('emerald.workspace.cycle.close'), function () {
            self.loadCycles(cycle.id);
        });
    };

    /* ---------- my key results: check in on all of mine in one pass ---------- */

    Workspace.prototype.loadMine = function () {
        var self = this;
        this.request('GET', '/key-results/mine?cycleId=' + encodeURIComponent(this.cycleId)).done(function (mine) {
            self.$body.removeAttr('aria-busy');
            self.renderMine(mine);
        }).fail(function (xhr) {
            self.$body.removeAttr('aria-busy');
            self.failure(xhr);
        });
    };

    Workspace.prototype.renderMine = function (mine) {
        var self = this;
        this.$body.empty();
        var items = $.grep(mine.keyResults, function (item) {
            return item.keyResult.kind !== 'ISSUE_COMPLETION' && !item.keyResult.kpiId;
        });
        if (!items.length) {
            kit.message(this.$body, 'info', AJS.I18n.getText('emerald.workspace.mine.empty'));
            return;
        }
        var closed = mine.cycle && mine.cycle.state === 'CLOSED';
        var $form = el('form', 'aui emerald-mine-form').attr('novalidate', 'novalidate').appendTo(this.$body);
        var $status = el('div', 'emerald-mine-status').attr('aria-live', 'polite').appendTo($form);
        var $wrap = el('div', 'emerald-tree-wrap').appendTo($form);
        var $table = el('table', 'aui emerald-mine').appendTo($wrap);
        el('caption', 'assistive', AJS.I18n.getText('emerald.workspace.mine.caption')).appendTo($table);
        var $head = el('tr').appendTo(el('thead').appendTo($table));
        $.each([AJS.I18n.getText('emerald.workspace.col.name'), AJS.I18n.getText('emerald.workspace.col.status'),
            AJS.I18n.getText('emerald.workspace.col.checkin'), AJS.I18n.getText('emerald.workspace.field.value'),
            AJS.I18n.getText('emerald.workspace.field.confidence'), AJS.I18n.getText('emerald.workspace.field.note')],
        function (i, title) {
            el('th', null, title).attr('scope', 'col').appendTo($head);
        });
        var $tbody = el('tbody').appendTo($table);
        $.each(items, function (i, item) {
            var kr = item.keyResult;
            var $row = el('tr', 'emerald-mine-row').attr('data-issue-key', kr.issueKey).appendTo($tbody);
            var nameId = uid('mine-name');
            el('th', null).attr({scope: 'row', id: nameId}).append(self.issueLink(kr.issueKey, kr.summary))
                .append(el('span', 'emerald-kr-value', kit.keyResultValue(kr)))
                .append(el('span', 'emerald-mine-objective', AJS.I18n.getText('emerald.workspace.mine.objective',
                    item.objectiveKey, item.objectiveSummary)))
                .appendTo($row);
            el('td').append(kit.lozenge(kr.status)).appendTo($row);
            el('td', null, dateText(kr.lastCheckInAt)).appendTo($row);
            el('input', 'text emerald-mine-value').attr({type: 'number', step: 'any', name: 'value-' + i,
                'aria-label': AJS.I18n.getText('emerald.workspace.mine.value.label', kr.issueKey, kr.unit || '')})
                .val(kr.current === null || kr.current === undefined ? '' : kr.current)
                .attr('data-original', kr.current === null || kr.current === undefined ? '' : String(kr.current))
                .prop('disabled', closed).appendTo(el('td').appendTo($row));
            var $confidence = el('select', 'select emerald-mine-confidence').attr({name: 'confidence-' + i,
                'aria-label': AJS.I18n.getText('emerald.workspace.mine.confidence.label', kr.issueKey)}).prop('disabled', closed);
            for (var c = 0; c <= 10; c += 1) {
                el('option', null, String(c)).attr('value', c).prop('selected', c === (kr.confidence === null
                    || kr.confidence === undefined ? 5 : kr.confidence)).appendTo($confidence);
            }
            $confidence.attr('data-original', $confidence.val()).appendTo(el('td').appendTo($row));
            el('input', 'text emerald-mine-note').attr({type: 'text', name: 'note-' + i,
                'aria-label': AJS.I18n.getText('emerald.workspace.mine.note.label', kr.issueKey)})
                .prop('disabled', closed).appendTo(el('td').appendTo($row));
        });
        if (closed) {
            return;
        }
        button(AJS.I18n.getText('emerald.workspace.mine.save'), 'aui-button-primary emerald-mine-save').attr('type', 'submit')
            .appendTo(el('div', 'buttons-container').appendTo($form));
        $form.on('submit', function (e) {
            e.preventDefault();
            self.saveMine($form, items, $status);
        });
    };

    /** One check-in per changed row, one after the other; each row says how it went. */
    Workspace.prototype.saveMine = function ($form, items, $status) {
        var self = this;
        var queue = [];
        $form.find('tr.emerald-mine-row').each(function (i) {
            var $row = $(this);
            var $value = $row.find('.emerald-mine-value');
            var $confidence = $row.find('.emerald-mine-confidence');
            var note = $.trim($row.find('.emerald-mine-note').val() || '');
            $row.find('.error').remove();
            if ($value.val() !== $value.attr('data-original') || $confidence.val() !== $confidence.attr('data-original') || note) {
                queue.push({row: $row, kr: items[i].keyResult, value: number($value.val()), confidence: Number($confidence.val()),
                    note: note});
            }
        });
        if (!queue.length) {
            $status.empty();
            kit.message($status, 'info', AJS.I18n.getText('emerald.workspace.mine.nothing'));
            return;
        }
        var saved = 0;
        var failed = 0;
        function next() {
            var job = queue.shift();
            if (!job) {
                $status.empty();
                kit.message($status, failed ? 'warning' : 'success', AJS.I18n.getText('emerald.workspace.mine.saved', saved, failed));
                if (!failed) {
                    self.loadMine();
                }
                return;
            }
            self.request('POST', '/key-results/' + encodeURIComponent(job.kr.issueKey) + '/check-ins',
                {value: job.value, confidence: job.confidence, note: job.note}).done(function () {
                saved += 1;
                job.row.addClass('emerald-mine-saved');
            }).fail(function (xhr) {
                failed += 1;
                var errors = xhr.responseJSON && xhr.responseJSON.errors ? xhr.responseJSON.errors
                    : [{message: AJS.I18n.getText('emerald.workspace.save.failed', xhr.status)}];
                el('div', 'error', $.map(errors, function (e) {
                    return e.message;
                }).join(' ')).attr('role', 'alert').appendTo(job.row.find('th'));
            }).always(next);
        }
        next();
    };

    return {
        start: function (root) {
            var workspace = new Workspace($(root));
            workspace.start();
            return workspace;
        }
    };
});

(function ($) {
    'use strict';
    $(function () {
        var root = document.getElementById('emerald-okr-workspace');
        if (root) {
            require(['emerald/okr-workspace'], function (workspace) {
                workspace.start(root);
            });
        }
    });
}(jQuery));
