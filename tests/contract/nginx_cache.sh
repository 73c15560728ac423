#!/usr/bin/env bash
# A real shared cache in front of the example server: nginx (Debian's
# package) with `proxy_cache` on 127.0.0.1, caching error answers too.
# Users asking for Traditional Chinese, Simplified Chinese, French and
# English each get their own language, first from the server and then from
# the cache (`X-Cache-Status: HIT`): the server's `Vary: Accept-Language`
# keeps one cached answer per language.
#
# Usage: tests/contract/nginx_cache.sh HOST:PORT (the example server).
set -euo pipefail
upstream=$1
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$dir/cache" "$dir/tmp"
# Workers may run as another user (nobody, when started as root).
chmod -R a+rwx "$dir"
cat >"$dir/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $dir/tmp;
    proxy_temp_path $dir/tmp;
    proxy_cache_path $dir/cache keys_zone=answers:1m;
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://$upstream;
            proxy_cache answers;
            proxy_cache_valid any 10m;
            add_header X-Cache-Status \$upstream_cache_status always;
        }
    }
}
CONF
nginx -c "$dir/nginx.conf" -p "$dir" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/orders/1" >/dev/null && break; sleep 0.1; done

# language asked, Content-Language expected, message expected
cases=(
    "zh-TW,zh;q=0.9|zh-CN|订单不存在。"
    "fr-FR,fr;q=0.9|fr|Commande introuvable."
    "en-US,en;q=0.9,zh-CN;q=0.8|en|Order not found."
    "zh-CN,zh;q=0.9|zh-CN|订单不存在。"
    "de-DE|en|Order not found."
)
hits=0
for round in 1 2; do
    for case in "${cases[@]}"; do
        IFS='|' read -r asked language message <<<"$case"
        headers=$(mktemp)
        body=$(curl -s -D "$headers" -H "Accept-Language: $asked" "http://127.0.0.1:$port/orders/4")
        got_language=$(sed -n 's/^content-language: *//Ip' "$headers" | tr -d '\r')
        status=$(sed -n 's/^x-cache-status: *//Ip' "$headers" | tr -d '\r')
        echo "round $round, $asked: $got_language $status $body"
        [ "$got_language" = "$language" ] || { echo "expected Content-Language $language" >&2; exit 1; }
        grep -qF "\"message\":\"$message\"" <<<"$body" || { echo "expected the message $message" >&2; exit 1; }
        if [ "$round" = 2 ]; then
            [ "$status" = HIT ] || { echo "the second round comes from the cache, not $status" >&2; exit 1; }
            hits=$((hits + 1))
        fi
        rm -f "$headers"
    done
done
echo "nginx proxy_cache: ${#cases[@]} languages, each its own answer, $hits served from the cache"
