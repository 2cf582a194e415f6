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

# Who may PURGE and BAN: the app's containers (web, worker: their fixed addresses in compose.yaml), and
# loopback. Nobody else on the network, nor anything relayed from outside.
acl purgers {
    "127.0.0.1";
    "::1";
    "172.30.0.20";
    "172.30.0.21";
}

include "portal.vcl";
