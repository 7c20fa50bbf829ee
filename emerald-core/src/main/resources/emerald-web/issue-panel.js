/*
 * The check-in form of Emerald's key-result panel on the issue view. The panel is rendered on the
 * server; this posts the form to the REST API and reloads the page so the panel shows the new
 * state. Messages are set as text, never as HTML.
 */
(function (window, document) {
    'use strict';

    function message(form, text, isError) {
        var out = form.querySelector('.emerald-checkin-message');
        out.textContent = text;
        out.hidden = false;
        out.className = 'emerald-checkin-message' + (isError ? ' emerald-checkin-error' : '');
    }

    function errorText(status, body) {
        try {
            var parsed = JSON.parse(body);
            if (parsed && parsed.errors && parsed.errors.length) {
                return parsed.errors.map(function (e) {
                    return e.field ? e.field + ': ' + e.message : e.message;
                }).join(' ');
            }
        } catch (ignored) {
            // not JSON: fall back to the status line
        }
        return 'HTTP ' + status;
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('emerald-checkin-form')) {
            return;
        }
        event.preventDefault();
        var button = form.querySelector('button[type="submit"]');
        var body = {
            value: Number(form.elements.value.value),
            confidence: Number(form.elements.confidence.value),
            note: form.elements.note.value
        };
        button.disabled = true;
        message(form, AJS.I18n.getText('emerald.panel.checkin.saving'), false);
        var request = new XMLHttpRequest();
        request.open('POST', AJS.contextPath() + '/rest/emerald/1.0/key-results/'
            + encodeURIComponent(form.getAttribute('data-issue-key')) + '/check-ins');
        request.setRequestHeader('Content-Type', 'application/json');
        request.onload = function () {
            if (request.status === 201) {
                message(form, AJS.I18n.getText('emerald.panel.checkin.saved'), false);
                window.location.reload();
            } else {
                button.disabled = false;
                message(form, AJS.I18n.getText('emerald.panel.checkin.failed', errorText(request.status, request.responseText)), true);
            }
        };
        request.onerror = function () {
            button.disabled = false;
            message(form, AJS.I18n.getText('emerald.panel.checkin.failed', 'network'), true);
        };
        request.send(JSON.stringify(body));
    });
}(window, document));
