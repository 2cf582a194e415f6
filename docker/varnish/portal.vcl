# Budapest Post: what Varnish caches and how the app purges it. Included by default.vcl, which
# declares `backend default` and `acl purgers` (the app's addresses); the tests and `make bench`
# include this same file with a loopback backend.
#
# - Public pages of anonymous readers are cached for as long as the app's `s-maxage` says; the app
#   purges them on every change (portal.caching.frontcache). Their HTML holds no CSRF token or session.
# - The admin, previews, `/` (a redirect chosen by cookie) and every non-GET pass straight through,
#   as does anybody holding a session cookie (a signed-in editor).
# - PURGE <path> drops the path with all its query variants (`?page=2`); BAN <prefix> drops a whole
#   subtree. Both only from `purgers`. They are bans on object headers (x-bp-host, x-bp-path), which
#   the ban lurker can evaluate in the background, so the ban list stays short.
# - The Host is normalised first (lower case, no trailing dot, no port), and a purge or ban drops the path
#   under every host: a copy stored under another allowed name (`www.`, an IP address) cannot keep a
#   retracted or newly private article alive. (Several sites sharing a path only cost an extra miss.)

import std;

sub vcl_recv {
    if (req.http.host) {
        set req.http.host = regsub(std.tolower(req.http.host), "\.?(:[0-9]+)?$", "");
    }
    # The probes are for the deployment (Varnish's own probe calls the backend directly), not readers.
    if (req.url ~ "^/(healthz|readyz)([?/]|$)") {
        return (synth(404, "Not found"));
    }
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            if (req.url !~ "^/[A-Za-z0-9_%/-]*$") {
                return (synth(400, "Bad prefix"));
            }
            ban("obj.http.x-bp-path ~ ^" + req.url);
            return (synth(200, "Banned"));
        }
        ban("obj.http.x-bp-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)(/|\?|$)" || req.url ~ "^/(\?|$)") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # A reader's cookies (CSRF token, language choice) never change a shared page: one copy for all.
    unset req.http.Cookie;
    # Campaign parameters do not change a page either: without them, a shared link is one object.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid)=") {
        set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    return (hash);
}

sub vcl_backend_response {
    # What the bans match on; removed again before delivery.
    set beresp.http.x-bp-host = bereq.http.host;
    set beresp.http.x-bp-path = regsub(bereq.url, "\?.*$", "");
    unset beresp.http.Server;
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            return (abandon);  # keep serving the stale copy while the app is failing
        }
        set beresp.ttl = 1s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # After its TTL an object is served for up to 6 hours while a fresh copy is fetched in the
    # background, and while the app is down. A purge removes it at once, grace or not.
    set beresp.grace = 6h;
}

sub vcl_synth {
    if (req.method == "PURGE" || req.method == "BAN") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.x-bp-host;
    unset resp.http.x-bp-path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
