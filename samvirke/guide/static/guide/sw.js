/* The guide's service worker (decision 0070). Served from /<municipality>/guide/<lang>/sw.js, so it controls
   that language's guide only. Asked to save, it fetches every address offline.json lists into a new cache
   and then drops the old one, so an update replaces a saved guide whole. Pages come from the network, and
   from the saved copy when the network fails or takes longer than a few seconds. */
"use strict";
var SCOPE = self.registration.scope; // https://host/holstebro/guide/ar/
var SCOPE_PATH = new URL(SCOPE).pathname;
var PREFIX = "guide:" + SCOPE_PATH + "@"; // one cache per municipality and language, named by save time
var META = SCOPE + "offline-meta";
var TIMEOUT = 4000; // ms to wait for the network before answering from a saved copy
var PARALLEL = 4; // requests at a time while saving: gentle on the server and on a slow line
var PACKED = "X-Guide-Stored"; // marks a saved copy kept gzipped

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

function savedCaches() {
  return caches.keys().then(function (keys) {
    return keys.filter(function (key) { return key.indexOf(PREFIX) === 0; }).sort();
  });
}

function currentMeta() {
  return savedCaches().then(function (names) {
    if (!names.length) return null;
    return caches.open(names[names.length - 1]).then(function (cache) { return cache.match(META); })
      .then(function (response) { return response ? response.json() : null; });
  });
}

function pack(body, type) {
  // Stored gzipped where the browser can (CompressionStream): pages and calendar files shrink to about a
  // quarter on the phone. Fonts are compressed already.
  if (!self.CompressionStream || /font/.test(type)) return Promise.resolve(null);
  return new Response(body.stream().pipeThrough(new CompressionStream("gzip"))).blob();
}

function fetchInto(cache, url) {
  // Pages are fetched with ?saved=1 so the saved copy says when it was saved; stored under their own address.
  var source = url.slice(-1) === "/" ? url + "?saved=1" : url;
  return fetch(source, { credentials: "omit", cache: "no-store" }).then(function (response) {
    if (!response.ok) throw new Error(url + " answered " + response.status);
    return response.blob().then(function (body) {
      return pack(body, response.headers.get("Content-Type") || "").then(function (packed) {
        var headers = new Headers(response.headers);
        headers.delete("Content-Length");
        if (packed) headers.set(PACKED, "gzip");
        var stored = packed || body;
        return cache.put(url, new Response(stored, { status: 200, headers: headers })).then(function () {
          return stored.size;
        });
      });
    });
  });
}

function save() {
  return fetch(SCOPE + "offline.json", { credentials: "omit", cache: "no-store" })
    .then(function (response) {
      if (!response.ok) throw new Error("offline.json answered " + response.status);
      return response.json();
    })
    .then(function (listing) {
      var name = PREFIX + Date.now();
      return caches.open(name).then(function (cache) {
        var queue = listing.urls.slice(), bytes = 0;
        function next() {
          var url = queue.shift();
          if (url === undefined) return Promise.resolve();
          return fetchInto(cache, url).then(function (size) { bytes += size; return next(); });
        }
        var workers = [];
        for (var i = 0; i < PARALLEL; i++) workers.push(next());
        return Promise.all(workers).then(function () {
          var meta = { version: listing.version, saved: new Date().toISOString(), bytes: bytes, budget: listing.budget };
          var body = new Response(JSON.stringify(meta), { headers: { "Content-Type": "application/json" } });
          return cache.put(META, body).then(function () { return meta; });
        });
      }).then(function (meta) {
        // The new copy is whole: drop the older ones.
        return savedCaches().then(function (names) {
          return Promise.all(names.filter(function (n) { return n !== name; }).map(function (n) { return caches.delete(n); }));
        }).then(function () { return meta; });
      }, function (error) {
        return caches.delete(name).then(function () { throw error; });
      });
    });
}

function refresh() {
  // Online with a saved guide: save again only when the content changed.
  return currentMeta().then(function (meta) {
    if (!meta) return null;
    return fetch(SCOPE + "offline.json", { credentials: "omit", cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (listing) { return listing.version === meta.version ? meta : save(); });
  });
}

self.addEventListener("message", function (event) {
  var port = event.ports[0];
  var work = { save: save, refresh: refresh, status: currentMeta }[event.data && event.data.type];
  if (!work || !port) return;
  event.waitUntil(work().then(
    function (meta) { port.postMessage({ ok: true, meta: meta }); },
    function (error) { port.postMessage({ ok: false, error: String(error) }); }
  ));
});

function fromSaved(request) {
  // Any saved copy of the address: another language's copy of a shared file (the stylesheet) is as good.
  // ignoreVary: pages vary on Cookie and Accept-Language, which the saving fetch did not send.
  return caches.match(request, { ignoreVary: true }).then(function (response) {
    if (!response || response.headers.get(PACKED) !== "gzip") return response || null;
    var headers = new Headers(response.headers);
    headers.delete(PACKED);
    return new Response(response.body.pipeThrough(new DecompressionStream("gzip")), { status: 200, headers: headers });
  });
}

function fromNetworkElseSaved(request) {
  return new Promise(function (resolve, reject) {
    var done = false;
    function answer(response) { if (!done && response) { done = true; resolve(response); } }
    var timer = setTimeout(function () { fromSaved(request).then(answer); }, TIMEOUT);
    fetch(request).then(function (response) {
      clearTimeout(timer);
      answer(response);
    }, function (error) {
      clearTimeout(timer);
      fromSaved(request).then(function (response) {
        if (response) answer(response);
        else if (!done) { done = true; reject(error); }
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname === SCOPE_PATH + "sw.js" || url.pathname === SCOPE_PATH + "offline.json") return;
  event.respondWith(fromNetworkElseSaved(request));
});
