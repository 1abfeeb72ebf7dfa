class AppError(Exception):
    def __init__(self, message, code=500):
        super().__init__(message)
        self.code = code

class NotFound(AppError):
    def __init__(self, resource):
        super().__init__(f"{resource} not found", 404)
        self.resource = resource

class Forbidden(AppError):
    pass

def handle(kind):
    try:
        if kind == "missing":
            raise NotFound("/users/7")
        if kind == "forbidden":
            raise Forbidden("no access", 403)
        if kind == "generic":
            raise AppError("boom")
        if kind == "builtin":
            raise KeyError("k")
        return "ok"
    except NotFound as e:
        return f"404 handler: {e} ({e.resource}, {e.code})"
    except AppError as e:
        return f"app handler: {type(e).__name__} {e.code} {e.args}"
    except Exception as e:
        return f"fallback: {type(e).__name__} {e}"

for k in ["missing", "forbidden", "generic", "builtin", "fine"]:
    print(k, "->", handle(k))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))
print(isinstance(NotFound("x"), Exception), NotFound("x").args)
