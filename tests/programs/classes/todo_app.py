class Task:
    next_id = 1

    def __init__(self, title, priority=2):
        self.id = Task.next_id
        Task.next_id += 1
        self.title = title
        self.priority = priority
        self.done = False

    def __repr__(self):
        mark = "x" if self.done else " "
        return f"[{mark}] #{self.id} {self.title} (p{self.priority})"

class TodoList:
    def __init__(self):
        self.tasks = {}

    def add(self, title, priority=2):
        t = Task(title, priority)
        self.tasks[t.id] = t
        return t

    def complete(self, task_id):
        task = self.tasks.get(task_id)
        if task is None:
            print(f"no task {task_id}")
            return
        task.done = True

    def pending(self):
        return sorted((t for t in self.tasks.values() if not t.done), key=lambda t: (t.priority, t.id))

    def show(self):
        for t in self.tasks.values():
            print(" ", t)

todo = TodoList()
todo.add("write tests", 1)
todo.add("fix parser bug", 1)
todo.add("update docs", 3)
todo.add("refactor gc")
todo.show()
todo.complete(2)
todo.complete(9)
print("pending:", todo.pending())
todo.complete(1)
todo.show()
print(len(todo.pending()), "left")
