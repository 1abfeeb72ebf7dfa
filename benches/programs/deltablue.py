# An incremental one-way constraint solver in the style of DeltaBlue (own
# implementation).  Variables are connected by constraints that carry a
# strength (required ... weakest).  When a constraint is added, the planner
# picks for every satisfied constraint the direction in which it computes
# its output so that stronger constraints win over weaker ones ("walkabout
# strengths"); removing a constraint lets weaker ones that it had overridden
# take over again.  A plan -- an ordered list of constraints to execute --
# is then extracted for changes made through edit constraints.
# Three workloads are run each iteration:
#   chain       a long chain v0 = v1 = ... = vN, edited at the head and held
#               by a stay at the tail
#   projection  pairs dst[i] = src[i] * scale + offset, edited from both ends
#               and through the shared scale and offset variables
#   tree        a binary tree of sum-like equalities whose stays are removed
#               and re-added, forcing re-planning
# ITERATIONS scales the work linearly.
# Usage: deltablue.py [ITERATIONS] [SIZE]   (defaults: ITERATIONS=320, SIZE=100)
# bench-args: 320
# bench-half: 160
# bench-check: 1 10
import sys


class Strength:
    def __init__(self, rank, name):
        self.rank = rank  # smaller rank = stronger
        self.name = name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def next_weaker(self):
        return STRENGTHS[min(self.rank + 1, len(STRENGTHS) - 1)]

    def __repr__(self):
        return self.name


STRENGTHS = [Strength(i, name) for i, name in enumerate(
    ["required", "strong-preferred", "preferred", "strong-default",
     "normal", "weak-default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


def weakest_of(a, b):
    return a if a.weaker_than(b) else b


class ConstraintError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def __repr__(self):
        return f"{self.name}={self.value}"


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)
        return self

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the constraint it overrides, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise ConstraintError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise ConstraintError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False

    def add_to_graph(self):
        self.var.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.var.mark != mark
                          and self.strength.stronger_than(self.var.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.var

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keep a variable at its current value unless something stronger changes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable that the user changes from outside."""

    def is_input(self):
        return True


NO_DIRECTION = 0
FORWARD = 1
BACKWARD = 2


class BinaryConstraint(Constraint):
    def __init__(self, planner, a, b, strength):
        Constraint.__init__(self, planner, strength)
        self.a = a
        self.b = b
        self.direction = NO_DIRECTION

    def add_to_graph(self):
        self.a.constraints.append(self)
        self.b.constraints.append(self)
        self.direction = NO_DIRECTION

    def remove_from_graph(self):
        self.a.constraints.remove(self)
        self.b.constraints.remove(self)
        self.direction = NO_DIRECTION

    def choose_method(self, mark):
        a, b = self.a, self.b
        s = self.strength
        if a.mark == mark:
            ok = b.mark != mark and s.stronger_than(b.walk_strength)
            self.direction = FORWARD if ok else NO_DIRECTION
        elif b.mark == mark:
            ok = a.mark != mark and s.stronger_than(a.walk_strength)
            self.direction = BACKWARD if ok else NO_DIRECTION
        elif a.walk_strength.weaker_than(b.walk_strength):
            self.direction = BACKWARD if s.stronger_than(a.walk_strength) else NO_DIRECTION
        else:
            self.direction = FORWARD if s.stronger_than(b.walk_strength) else NO_DIRECTION

    def is_satisfied(self):
        return self.direction != NO_DIRECTION

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        v = self.input()
        return v.mark == mark or v.stay or v.determined_by is None

    def mark_unsatisfied(self):
        self.direction = NO_DIRECTION

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dst = src * scale + offset, or src = (dst - offset) // scale backwards."""

    def __init__(self, planner, src, scale, offset, dst, strength):
        BinaryConstraint.__init__(self, planner, src, dst, strength)
        self.scale = scale
        self.offset = offset

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.constraints.remove(self)
        self.offset.constraints.remove(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value


class Plan:
    def __init__(self, steps):
        self.steps = steps

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def consumers(self, var, todo):
        determining = var.determined_by
        for c in var.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.consumers(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def make_plan(self, sources):
        mark = self.new_mark()
        steps = []
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                steps.append(c)
                out.mark = mark
                self.consumers(out, todo)
        return Plan(steps)

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def set_value(planner, var, value, repeats=10):
    """Change var through a temporary edit constraint and propagate."""
    edit = EditConstraint(planner, var, PREFERRED).install()
    plan = planner.plan_for([edit])
    for _ in range(repeats):
        var.value = value
        plan.execute()
    edit.uninstall()
    return len(plan)


def chain_test(n):
    planner = Planner()
    chain = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(planner, a, b, REQUIRED).install()
    StayConstraint(planner, chain[-1], STRONG_DEFAULT).install()
    edit = EditConstraint(planner, chain[0], PREFERRED).install()
    plan = planner.plan_for([edit])
    errors = 0
    for value in range(100):
        chain[0].value = value
        plan.execute()
        if chain[-1].value != value:
            errors += 1
    return len(plan), errors, chain[-1].value


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources = []
    dests = []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL).install()
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED).install()
    errors = 0
    steps = set_value(planner, sources[0], 17)
    if dests[0].value != 1170:
        errors += 1
    steps += set_value(planner, dests[0], 1050)
    if sources[0].value != 5:
        errors += 1
    steps += set_value(planner, scale, 5)
    errors += sum(1 for i in range(1, n) if dests[i].value != i * 5 + 1000)
    steps += set_value(planner, offset, 2000)
    errors += sum(1 for i in range(1, n) if dests[i].value != i * 5 + 2000)
    return steps, errors, sum(d.value for d in dests)


def tree_test(n):
    """Equalities along a binary tree; stays at the leaves are dropped and
    re-added with changing strengths, so the planner must re-route values."""
    planner = Planner()
    nodes = [Variable(f"t{i}", i) for i in range(n)]
    for i in range(1, n):
        EqualityConstraint(planner, nodes[(i - 1) // 2], nodes[i], REQUIRED).install()
    stays = {}
    strengths = [STRONG_DEFAULT, NORMAL, WEAK_DEFAULT]
    for i in range(n // 2, n):
        stays[i] = StayConstraint(planner, nodes[i], strengths[i % 3]).install()
    total = 0
    for i in range(n // 2, n):
        stays[i].uninstall()
        total += set_value(planner, nodes[i], i * 3, 2)
        stays[i] = StayConstraint(planner, nodes[i], strengths[(i + 1) % 3]).install()
        total += nodes[0].value
    errors = sum(1 for v in nodes if v.value != nodes[0].value)
    try:
        # one more required equality closes a cycle (leaf back to root): the
        # planner must refuse it
        clash = EqualityConstraint(planner, nodes[-1], nodes[0], REQUIRED)
        clash.install()
        clash.uninstall()
        cycle = "accepted"
    except ConstraintError as exc:
        cycle = str(exc)
    return total, errors, cycle


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 320
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    checksum = 0
    errors = 0
    results = None
    for it in range(iterations):
        chain_steps, e1, last = chain_test(size + it % 3)
        proj_steps, e2, proj_sum = projection_test(size)
        tree_total, e3, cycle = tree_test(size // 2 + 1)
        errors += e1 + e2 + e3
        checksum = (checksum * 37 + chain_steps + last + proj_steps + proj_sum + tree_total) % 1000000007
        results = (chain_steps, proj_steps, proj_sum, tree_total, cycle)
    chain_steps, proj_steps, proj_sum, tree_total, cycle = results
    print(f"iterations: {iterations}, size: {size}")
    print(f"chain plan length: {chain_steps}")
    print(f"projection plan steps: {proj_steps}, sum of dests: {proj_sum}")
    print(f"tree total: {tree_total}; extra equality: {cycle}")
    print(f"errors: {errors}")
    print(f"checksum: {checksum}")


main()
