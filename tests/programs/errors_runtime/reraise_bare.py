def load(path):
    raise FileNotFoundError(f"no such file: {path}")

def load_with_logging(path):
    try:
        return load(path)
    except OSError as e:
        print("log:", type(e).__name__, e)
        raise

load_with_logging("config.toml")
