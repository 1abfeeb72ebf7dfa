config = {
    "server": {"host": "localhost", "port": 8080, "tls": {"enabled": False}},
    "users": [{"name": "root", "admin": True}, {"name": "guest", "admin": False}],
    "retries": 3,
}
print(config["server"]["port"], config["server"]["tls"]["enabled"])
print([u["name"] for u in config["users"] if u["admin"]])

def get_path(d, path, default=None):
    cur = d
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return default
    return cur

for p in ["server.host", "server.tls.enabled", "server.tls.cert", "retries", "nope.x"]:
    print(p, "=>", get_path(config, p, "<missing>"))

def set_path(d, path, value):
    parts = path.split(".")
    for part in parts[:-1]:
        d = d.setdefault(part, {})
    d[parts[-1]] = value

set_path(config, "server.tls.cert", "/etc/cert.pem")
set_path(config, "logging.level", "debug")
print(config["server"]["tls"], config["logging"])

def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out

for k, v in flatten(config).items():
    print(k, "=", v)
