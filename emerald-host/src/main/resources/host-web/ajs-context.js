/*
 * Jira's page defines AJS.contextPath before AUI loads, and AUI exports the function it finds; the
 * host runs at the root context.
 */
window.AJS = window.AJS || {};
window.AJS.contextPath = function () {
    'use strict';
    return '';
};
