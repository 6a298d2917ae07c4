vcl 4.1;
# The compose setup (deploy/compose.yaml): three app instances, round robin, each taken out of rotation while
# /readyz says it is not ready (database away, migrations behind, or draining for a stop; decision 016).
# What is cached, passed and purged is the site's policy in musings.vcl, included below.

import directors;

probe readiness {
  .url = "/readyz";
  .interval = 2s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
}

backend app1 { .host = "app1"; .port = "3000"; .probe = readiness; }
backend app2 { .host = "app2"; .port = "3000"; .probe = readiness; }
backend app3 { .host = "app3"; .port = "3000"; .probe = readiness; }

sub vcl_init {
  new apps = directors.round_robin();
  apps.add_backend(app1);
  apps.add_backend(app2);
  apps.add_backend(app3);
}

# First, so that whatever musings.vcl decides, its fetches go to a ready instance.
sub vcl_backend_fetch {
  set bereq.backend = apps.backend();
}

include "/etc/varnish/musings.vcl";
