class Report:
    def render(self):
        lines = [self.header()]
        for item in self.items():
            lines.append(self.format_item(item))
        lines.append(self.footer())
        return "\n".join(lines)

    def header(self):
        return f"== {self.title} =="

    def footer(self):
        return "== end =="

    def format_item(self, item):
        return f"- {item}"

    def items(self):
        raise NotImplementedError(type(self).__name__ + ".items")

class NumbersReport(Report):
    title = "Numbers"
    def items(self):
        return [1, 2, 3]

class SquaresReport(NumbersReport):
    title = "Squares"
    def format_item(self, item):
        return f"- {item}^2 = {item * item}"
    def footer(self):
        return f"total {sum(i * i for i in self.items())}\n" + super().footer()

print(NumbersReport().render())
print(SquaresReport().render())

class Broken(Report):
    title = "Broken"
try:
    Broken().render()
except NotImplementedError as e:
    print("NotImplementedError:", e)
