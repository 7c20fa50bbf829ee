/* Renders each dashboard item on the host page the way Jira's dashboard does: module + API + render(). */
(function (window, $) {
    'use strict';

    function api($item) {
        return {
            showLoadingBar: function () {
                $item.addClass('dashboard-item-loading');
            },
            hideLoadingBar: function () {
                $item.removeClass('dashboard-item-loading');
            },
            resize: function () {
            }
        };
    }

    $(function () {
        $('[data-dashboard-item-module]').each(function () {
            var $item = $(this);
            window.require([$item.attr('data-dashboard-item-module')], function (Item) {
                new Item(api($item)).render($item.find('.dashboard-item-content')[0], {});
            });
        });
    });
}(window, window.jQuery));
