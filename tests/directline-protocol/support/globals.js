'use strict';
// botframework-directlinejs is written for browsers: it opens `new WebSocket(url)` (looked up when a DirectLine is
// constructed) and sends REST calls through rxjs's ajax, which uses XMLHttpRequest. Node 20 has neither, so the npm
// packages that implement them for Node are installed as globals before directlinejs is loaded.
global.WebSocket = require('ws');
global.XMLHttpRequest = require('xhr2');
