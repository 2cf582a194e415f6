vcl 4.1;

# compose.yaml: Varnish on :80 in front of gunicorn in the `web` service.
backend default {
    .host = "web";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

# compose.yaml: the media server (docker/nginx/media.conf) with the uploaded pictures' renditions.
backend media {
    .host = "media";
    .port = "8080";
    .connect_timeout = 2s;
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

# Who may PURGE and BAN: the app's containers (web, worker: their fixed addresses in compose.yaml), and
# loopback. Nobody else on the network, nor anything relayed from outside.
acl purgers {
    "127.0.0.1";
    "::1";
    "172.30.0.20";
    "172.30.0.21";
    "172.30.0.22";
}

# Pictures come from the media server, the same for everybody (no cookie), cached as long as it says.
# This runs before portal.vcl's vcl_recv (subroutines of the same name run in the order defined).
sub vcl_recv {
    if (req.url ~ "^/media/") {
        if (req.method != "GET" && req.method != "HEAD") {
            return (synth(405, "Not allowed"));
        }
        set req.backend_hint = media;
        unset req.http.Cookie;
        unset req.http.Authorization;
        set req.url = regsub(req.url, "\?.*$", "");
        return (hash);
    }
}

include "portal.vcl";
