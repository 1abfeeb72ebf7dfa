class Team:
    members = []
    league = "local"

    def __init__(self, name):
        self.name = name
        self.roster = []

    def add(self, player):
        self.roster.append(player)
        self.members.append(player)

a = Team("A")
b = Team("B")
a.add("ann")
b.add("bo")
print(a.roster, b.roster, Team.members, a.members is b.members)
a.league = "pro"
print(a.league, b.league, Team.league)
Team.league = "national"
print(a.league, b.league)
del a.league
print(a.league)
print(hasattr(a, "name"), hasattr(a, "roster"), hasattr(a, "missing"))
print(b.name, b.roster)
class Config:
    debug = False
    level = 1
c1 = Config()
c2 = Config()
Config.level += 1
c1.level += 10
print(c1.level, c2.level, Config.level)
