/*
 * Runs each dashboard item on the host page the way Jira's dashboard does: the module gets an API,
 * render(context, preferences) shows it, renderEdit shows its settings, savePreferences stores them
 * and renders again.
 */
(function (window, $) {
    'use strict';

    var saved = {};

    function api($item, key, show) {
        var timer = null;
        return {
            showLoadingBar: function () {
                $item.addClass('dashboard-item-loading');
            },
            hideLoadingBar: function () {
                $item.removeClass('dashboard-item-loading');
            },
            resize: function () {
            },
            isEditable: function () {
                return true;
            },
            initRefresh: function (preferences, refresh) {
                window.clearInterval(timer);
                var minutes = Number(preferences && preferences.refresh);
                if (minutes > 0) {
                    timer = window.setInterval(refresh, minutes * 60000);
                }
            },
            savePreferences: function (preferences) {
                return $.ajax({url: '/host/dashboard-items/' + encodeURIComponent(key) + '/preferences', type: 'PUT',
                    contentType: 'application/json', headers: {'X-Atlassian-Token': 'no-check'},
                    data: JSON.stringify(preferences)})
                    .done(function () {
                        saved[key] = preferences;
                        show();
                    });
            }
        };
    }

    $(function () {
        saved = JSON.parse(document.getElementById('emerald-preferences').textContent);
        $('[data-dashboard-item-module]').each(function () {
            var $item = $(this);
            var key = $item.attr('id');
            var content = $item.find('.dashboard-item-content')[0];
            window.require([$item.attr('data-dashboard-item-module')], function (Item) {
                var item;
                function show() {
                    $(content).empty();
                    item.render(content, saved[key] || {});
                }
                item = new Item(api($item, key, show));
                $item.find('.dashboard-item-configure').on('click', function () {
                    $(content).empty();
                    item.renderEdit(content, saved[key] || {});
                    $(content).find('input, select').first().trigger('focus');
                });
                show();
            });
        });
    });
}(window, window.jQuery));
