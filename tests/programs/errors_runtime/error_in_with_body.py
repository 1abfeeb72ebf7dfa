class Session:
    def __enter__(self):
        print("session open")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("session closed, error:", exc_type.__name__ if exc_type else None)
        return False

    def query(self, n):
        return 100 // n

with Session() as s:
    print(s.query(4))
    print(s.query(0))
