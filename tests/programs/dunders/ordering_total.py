class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, text):
        self.rank = Card.RANKS.index(text[0])
        self.suit = text[1]

    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return self.rank * 4 + Card.SUITS.index(self.suit)

    def __repr__(self):
        return Card.RANKS[self.rank] + self.suit

hand = [Card(t) for t in ["Kh", "2c", "Ad", "Ts", "2h", "Kc"]]
print(sorted(hand))
print(max(hand), min(hand))
print(Card("Kh") in hand, Card("Qh") in hand, hand.index(Card("Ts")))
counts = {}
for c in hand:
    counts[c.rank] = counts.get(c.rank, 0) + 1
pairs = sorted(Card.RANKS[r] for r, n in counts.items() if n == 2)
print("pairs:", pairs)
print(len(set(hand + [Card("Kh")])))
print(sorted(hand, reverse=True)[:3])
