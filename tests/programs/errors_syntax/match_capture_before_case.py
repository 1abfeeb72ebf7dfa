# kiln: stderr-prefix: SyntaxError
def kind(v):
    match v:
        case other:
            return "anything"
        case 0:
            return "zero"

print(kind(0))
