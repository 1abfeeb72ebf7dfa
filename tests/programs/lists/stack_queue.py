stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b = stack.pop()
        a = stack.pop()
        if tok == "+":
            stack.append(a + b)
        elif tok == "-":
            stack.append(a - b)
        elif tok == "*":
            stack.append(a * b)
    print(tok, stack)
print("result", stack[-1])

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st

for s in ["([]{})", "([)]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))

queue = [1, 2, 3]
queue.append(4)
front = queue.pop(0)
print(front, queue)
while queue:
    item = queue.pop(0)
    if item < 3:
        queue.append(item + 10)
    print("processed", item, "remaining", queue)
