# Newsroom's edge policy for Varnish 7 with the xkey vmod (Debian: varnish, varnish-modules).
#
# `npm run edge` writes the main VCL around this file: the backends of
# EDGE_BACKENDS with health probes on /_health, a round-robin director named
# `origin`, and the `purgers` ACL from EDGE_PURGERS. The origin documents all
# of it: Cache-Control (a short max-age for browsers, s-maxage for us when it
# purges), the xkey header naming what each answer shows, PURGE requests
# with `xkey` (hard) or `xkey-softpurge` (stale while refetching).

sub vcl_recv {
  set req.backend_hint = origin.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (req.http.xkey-softpurge) {
      set req.http.n-gone = xkey.softpurge(req.http.xkey-softpurge);
    } elsif (req.http.xkey) {
      set req.http.n-gone = xkey.purge(req.http.xkey);
    } else {
      return (synth(400, "Name the keys in an xkey or xkey-softpurge header"));
    }
    return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Only what anyone may read: never the admin panel, the admin API, logins, previews or uploads' API.
  if (req.url !~ "^/(api/|graphql|uploads/|story/|feeds/|sitemap|sitemaps/|robots\.txt)") {
    return (pass);
  }
  if (req.url ~ "^/api/(preview|auth|users|connect|upload)") {
    return (pass);
  }
  # Credentials mean drafts or private data: pass them, keep nothing.
  if (req.http.Authorization) {
    return (pass);
  }
  if (req.http.Cookie ~ "(^|;\s*)(koa\.sess|koa\.sess\.sig|jwtToken|strapi_admin_refresh)=") {
    return (pass);
  }
  # Any other cookie (analytics and the like) changes nothing the origin answers.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_response {
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store)") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # With the origin down or slow, a stale copy beats an error.
  set beresp.grace = 24h;
  set beresp.keep = 1h;
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # The keys are for us: they name documents a client has no use for.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.Cache-Tag;
  # Browsers get the short max-age; s-maxage was ours.
  if (resp.http.Cache-Control ~ "s-maxage") {
    set resp.http.Cache-Control = regsub(resp.http.Cache-Control, ",\s*s-maxage=\d+", "");
  }
}
