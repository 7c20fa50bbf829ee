/*
 * The few pieces of Jira's page runtime a dashboard item relies on: an AMD loader and the AJS
 * globals (context path and i18n). The i18n text comes from the page's JSON block.
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

    var bundle = JSON.parse(document.getElementById('emerald-i18n').textContent);

    function format(pattern, args) {
        // MessageFormat subset: {0}-style arguments and '' for a literal apostrophe
        return pattern.replace(/\{(\d+)\}/g, function (match, index) {
            return index < args.length ? String(args[index]) : match;
        }).replace(/''/g, "'");
    }

    window.AJS = {
        contextPath: function () {
            return '';
        },
        I18n: {
            getText: function (key) {
                var pattern = Object.prototype.hasOwnProperty.call(bundle, key) ? bundle[key] : key;
                return format(pattern, Array.prototype.slice.call(arguments, 1));
            }
        }
    };
}(window));
