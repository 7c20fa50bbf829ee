/* Emerald OKR workspace: placeholder until the shared workspace script is merged in; it renders nothing. */
(function () {
    'use strict';
}());
