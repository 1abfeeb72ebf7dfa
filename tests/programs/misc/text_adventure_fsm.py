ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "walls of books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "dark and damp", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def do(self, command):
        words = command.split()
        verb, rest = words[0], words[1:]
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb}."
        self.moves += 1
        return handler(*rest)

    def cmd_look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see {items}."

    def cmd_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        if exits[direction] == "cellar" and "lamp" not in self.inventory:
            return "It's too dark to go down without a lamp."
        self.room = exits[direction]
        return self.cmd_look()

    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def cmd_inventory(self):
        return "You carry: " + (", ".join(self.inventory) or "nothing")

game = Game()
script = ["look", "go east", "go down", "go west", "take lamp", "take sword", "go east", "go down",
          "take treasure", "inventory", "dance", "go up", "go north"]
for cmd in script:
    print(f"> {cmd}")
    print(game.do(cmd))
print("moves:", game.moves, "won:", "treasure" in game.inventory)
