/*
 * The forms of Emerald's key-result panel on the issue view: record a check-in, link an epic,
 * unlink one. The panel is rendered on the server; each action calls the REST API and reloads the
 * page so the panel shows the new state. Messages are set as text, never as HTML.
 */
(function (window, document) {
    'use strict';

    var API = '/rest/emerald/1.0/key-results/';

    function show(out, text, isError) {
        out.textContent = text;
        out.hidden = false;
        out.classList.toggle('emerald-panel-error', Boolean(isError));
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

    // Each failure message is its own getText call with a literal key: Jira's jsI18n transformer
    // translates only those, so the key cannot be passed around as a variable.
    function checkInFailed(reason) {
        return AJS.I18n.getText('emerald.panel.checkin.failed', reason);
    }

    function epicFailed(reason) {
        return AJS.I18n.getText('emerald.panel.epic.failed', reason);
    }

    function proposalFailed(reason) {
        return AJS.I18n.getText('emerald.panel.proposal.failed', reason);
    }

    /**
     * Sends the request; on the expected status reloads, otherwise shows the server's reason in {@code out},
     * worded by {@code failed} (one of the functions above).
     */
    function send(method, path, body, expected, out, failed, button) {
        button.disabled = true;
        show(out, AJS.I18n.getText('emerald.panel.checkin.saving'), false);
        var request = new XMLHttpRequest();
        request.open(method, AJS.contextPath() + API + path);
        request.setRequestHeader('Content-Type', 'application/json');
        // Jira's REST XSRF check: a cross-site form cannot send this header
        request.setRequestHeader('X-Atlassian-Token', 'no-check');
        request.onload = function () {
            if (request.status === expected) {
                window.location.reload();
            } else {
                button.disabled = false;
                show(out, failed(errorText(request.status, request.responseText)), true);
            }
        };
        request.onerror = function () {
            button.disabled = false;
            show(out, failed('network'), true);
        };
        request.send(body === null ? null : JSON.stringify(body));
    }

    function keyResultOf(element) {
        return encodeURIComponent(element.closest('[data-issue-key]').getAttribute('data-issue-key'));
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList) {
            return;
        }
        var button = form.querySelector('button[type="submit"]');
        if (form.classList.contains('emerald-checkin-form')) {
            event.preventDefault();
            send('POST', keyResultOf(form) + '/check-ins', {
                value: Number(form.elements.value.value),
                confidence: Number(form.elements.confidence.value),
                note: form.elements.note.value
            }, 201, form.querySelector('.emerald-checkin-message'), checkInFailed, button);
        } else if (form.classList.contains('emerald-kpi-proposal-accept')) {
            event.preventDefault();
            send('POST', keyResultOf(form) + '/kpi-proposal/accept', {}, 200,
                form.querySelector('.emerald-proposal-message'), proposalFailed, button);
        } else if (form.classList.contains('emerald-kpi-proposal-dismiss')) {
            event.preventDefault();
            send('POST', keyResultOf(form) + '/kpi-proposal/dismiss', {reason: form.elements.reason.value.trim()}, 200,
                form.querySelector('.emerald-proposal-message'), proposalFailed, button);
        } else if (form.classList.contains('emerald-link-epic-form')) {
            event.preventDefault();
            send('POST', keyResultOf(form) + '/epics', {issueKey: form.elements.epicKey.value.trim()}, 201,
                form.querySelector('.emerald-link-message'), epicFailed, button);
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target;
        if (!button.classList || !button.classList.contains('emerald-unlink-epic')) {
            return;
        }
        var panel = button.closest('.emerald-keyresult-panel');
        send('DELETE', keyResultOf(panel) + '/epics/' + encodeURIComponent(button.getAttribute('data-epic-key')), null, 200,
            panel.querySelector('.emerald-link-message'), epicFailed, button);
    });
}(window, document));
