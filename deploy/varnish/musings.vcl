vcl 4.1;
# Varnish 7 in front of the Musings app instances (docs/decisions/015-shared-caches-and-purge.md).
#
# - Caches reader pages, route handlers (feed, sitemap, robots) and media for as long as the app
#   says (s-maxage, sent only when the app purges this Varnish: CACHE_PURGE_VARNISH).
# - Passes the admin, sign-in, /api/*, every request that is not GET or HEAD (Server Actions are
#   POSTs), Server Action and RSC requests, previews, and anything sent with a session cookie.
# - Never stores a response that sets a cookie or is private.
# - Accepts `PURGE /` with the tags in `xkey-purge` (space-separated) from the purgers ACL only.
#
# The block between BEGIN and END backends is the only part that differs between the compose file
# (three app containers) and the tests and bench, which write loopback backends in its place
# (scripts/varnish.ts). Keep everything else here.

import directors;
import std;
import xkey;

# BEGIN backends
probe ready {
  .url = "/readyz";
  .interval = 2s;
  .timeout = 1s;
  .window = 3;
  .threshold = 2;
}

backend app1 { .host = "app1"; .port = "3000"; .probe = ready; .first_byte_timeout = 30s; }
backend app2 { .host = "app2"; .port = "3000"; .probe = ready; .first_byte_timeout = 30s; }
backend app3 { .host = "app3"; .port = "3000"; .probe = ready; .first_byte_timeout = 30s; }

sub vcl_init {
  new apps = directors.round_robin();
  apps.add_backend(app1);
  apps.add_backend(app2);
  apps.add_backend(app3);
}

# Who may purge: loopback, and the app containers (a name in parentheses that does not resolve is
# skipped rather than failing the VCL).
acl purgers {
  "127.0.0.1";
  "::1";
  ("app1");
  ("app2");
  ("app3");
}
# END backends

sub vcl_recv {
  set req.backend_hint = apps.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is not allowed from this address."));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "A purge needs an xkey-purge header with the cache tags, separated by spaces."));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged + " objects."));
  }

  # Server Actions are POSTs; nothing but GET and HEAD is ever answered from the cache.
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|login|api)(/|\?|$)") {
    return (pass);
  }
  # A signed-in person (Auth.js's session cookie, plain or __Secure-) and a draft preview see pages
  # the app renders for them; they are never served from or stored in the shared cache.
  if (req.http.Cookie ~ "(^|;)\s*(__Secure-)?authjs\.session-token(\.\d+)?=" || req.http.Cookie ~ "(^|;)\s*__prerender_bypass=") {
    return (pass);
  }
  if (req.http.Authorization || req.http.Next-Action) {
    return (pass);
  }
  # Client-side navigations fetch RSC payloads, which Next varies on its router headers.
  if (req.http.RSC || req.http.Next-Router-Prefetch || req.http.Next-Router-State-Tree || req.url ~ "[?&]_rsc=") {
    return (pass);
  }
  # Reader pages read no cookie; dropping them lets every reader share one copy.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_response {
  # A response that sets a cookie or says it is private belongs to one person; one that must be
  # revalidated every time (the app's default with no purge configured) is not worth storing. The
  # URL is then marked hit-for-miss for two minutes, so requests for it don't queue behind each other.
  # A response that says nothing about caching is not kept either (Varnish would give it default_ttl).
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store)" || beresp.ttl <= 0s ||
      (!beresp.http.Cache-Control && !beresp.http.Expires)) {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # Never serve a page past its s-maxage: an edit must not show late. (An edit purges it before.)
  set beresp.grace = 0s;
  # The app's Cache-Control is written for browsers and shared caches alike; use it as it is.
  return (deliver);
}

sub vcl_deliver {
  # xkey is this Varnish's index; Surrogate-Key and Cache-Tag stay for a CDN further out.
  unset resp.http.xkey;
  if (obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}

sub vcl_synth {
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  set resp.http.Cache-Control = "no-store";
  set resp.body = resp.reason + {"
"};
  return (deliver);
}
