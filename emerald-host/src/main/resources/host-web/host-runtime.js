/*
 * The few pieces of Jira's page runtime that AUI alone does not bring: an AMD loader, and the
 * page's i18n bundle in AUI's AJS.I18n (Jira serves the text through its web-resource
 * transformer instead). Load after AUI.
 */
(function (window) {
    'use strict';
    var modules = {};
    var factories = {};

    function resolve(name) {
        if (name === 'jquery') {
            return window.jQuery;
        }
        if (!(name in modules)) {
            var f = factories[name];
            if (!f) {
                throw new Error('AMD module not defined: ' + name);
            }
            modules[name] = f.factory.apply(window, f.deps.map(resolve));
        }
        return modules[name];
    }

    window.define = function (name, deps, factory) {
        factories[name] = {deps: deps, factory: factory};
    };
    window.define.amd = {};
    window.require = function (deps, callback) {
        var resolved = deps.map(resolve);
        if (callback) {
            callback.apply(window, resolved);
        }
    };

    // AUI's AJS.I18n.getText looks keys up in AJS.I18n.keys and formats them with AJS.format, which is
    // what Jira's page does once its transformer has put the plugin's text in place.
    var bundle = JSON.parse(document.getElementById('emerald-i18n').textContent);
    var keys = window.AJS.I18n.keys;
    Object.keys(bundle).forEach(function (key) {
        keys[key] = bundle[key];
    });
}(window));
