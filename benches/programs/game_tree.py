# Connect Four position analysis by negamax with alpha-beta pruning.
# A seeded generator plays random openings (avoiding positions that are
# already won); each position is then searched DEPTH plies deep with
# centre-first move ordering and a heuristic that scores every four-cell
# window of the 6x7 board.  Reports the chosen moves and scores in
# aggregate, the node count, one sample board and a checksum.
# POSITIONS scales the work linearly.
# Usage: game_tree.py [POSITIONS] [DEPTH]   (defaults: POSITIONS=240, DEPTH=5)
# bench-args: 240
# bench-half: 120
# bench-check: 8 3
import sys

ROWS = 6
COLS = 7
EMPTY = 0
WIN_SCORE = 1000000
ORDER = [3, 2, 4, 1, 5, 0, 6]


def make_windows():
    windows = []
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                end_r = r + 3 * dr
                end_c = c + 3 * dc
                if 0 <= end_r < ROWS and 0 <= end_c < COLS:
                    windows.append(tuple((r + k * dr) * COLS + c + k * dc for k in range(4)))
    return windows


WINDOWS = make_windows()
CELL_WINDOWS = [[w for w in WINDOWS if i in w] for i in range(ROWS * COLS)]
CENTRE_CELLS = [r * COLS + COLS // 2 for r in range(ROWS)]


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (ROWS * COLS)
        self.heights = [0] * COLS
        self.moves = 0

    def can_play(self, col):
        return self.heights[col] < ROWS

    def play(self, col, player):
        idx = self.heights[col] * COLS + col
        self.cells[idx] = player
        self.heights[col] += 1
        self.moves += 1
        return idx

    def undo(self, col):
        self.heights[col] -= 1
        self.cells[self.heights[col] * COLS + col] = EMPTY
        self.moves -= 1

    def is_win(self, idx, player):
        cells = self.cells
        for a, b, c, d in CELL_WINDOWS[idx]:
            if cells[a] == player and cells[b] == player and cells[c] == player and cells[d] == player:
                return True
        return False

    def evaluate(self, player):
        # Heuristic from `player`'s point of view.
        cells = self.cells
        other = 3 - player
        score = 0
        for idx in CENTRE_CELLS:
            if cells[idx] == player:
                score += 3
            elif cells[idx] == other:
                score -= 3
        for window in WINDOWS:
            mine = 0
            theirs = 0
            for i in window:
                v = cells[i]
                if v == player:
                    mine += 1
                elif v == other:
                    theirs += 1
            if theirs == 0:
                if mine == 3:
                    score += 5
                elif mine == 2:
                    score += 2
            elif mine == 0:
                if theirs == 3:
                    score -= 4
                elif theirs == 2:
                    score -= 1
        return score

    def render(self):
        rows = []
        for r in range(ROWS - 1, -1, -1):
            rows.append("|" + "".join(".XO"[self.cells[r * COLS + c]] for c in range(COLS)) + "|")
        rows.append("+" + "-" * COLS + "+")
        return "\n".join(rows)


class Searcher:
    def __init__(self):
        self.nodes = 0
        self.cutoffs = 0

    def negamax(self, board, depth, alpha, beta, player):
        self.nodes += 1
        if depth == 0:
            return board.evaluate(player)
        if board.moves == ROWS * COLS:
            return 0
        best = -WIN_SCORE * 2
        for col in ORDER:
            if not board.can_play(col):
                continue
            idx = board.play(col, player)
            if board.is_win(idx, player):
                board.undo(col)
                return WIN_SCORE + depth
            score = -self.negamax(board, depth - 1, -beta, -alpha, 3 - player)
            board.undo(col)
            if score > best:
                best = score
            if score > alpha:
                alpha = score
            if alpha >= beta:
                self.cutoffs += 1
                break
        return best

    def best_move(self, board, depth, player):
        best_col = -1
        best_score = -WIN_SCORE * 2
        alpha = -WIN_SCORE * 2
        beta = WIN_SCORE * 2
        for col in ORDER:
            if not board.can_play(col):
                continue
            idx = board.play(col, player)
            if board.is_win(idx, player):
                score = WIN_SCORE + depth
            else:
                score = -self.negamax(board, depth - 1, -beta, -alpha, 3 - player)
            board.undo(col)
            if score > best_score:
                best_score = score
                best_col = col
            if score > alpha:
                alpha = score
        return best_col, best_score


def random_position(state, plies):
    # Play `plies` random moves; restart if someone wins on the way.
    while True:
        board = Board()
        player = 1
        ok = True
        for _ in range(plies):
            state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
            col = (state >> 33) % COLS
            while not board.can_play(col):
                col = (col + 1) % COLS
            idx = board.play(col, player)
            if board.is_win(idx, player):
                ok = False
                break
            player = 3 - player
        if ok:
            return board, player, state


def main():
    positions = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    depth = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    searcher = Searcher()
    state = 2024
    col_counts = [0] * COLS
    wins = 0
    losses = 0
    score_sum = 0
    checksum = 0
    sample = None
    for i in range(positions):
        board, player, state = random_position(state, 6 + i % 9)
        col, score = searcher.best_move(board, depth, player)
        col_counts[col] += 1
        if score > WIN_SCORE // 2:
            wins += 1
        elif score < -WIN_SCORE // 2:
            losses += 1
        else:
            score_sum += score
        checksum = (checksum * 131 + col * 1009 + score) % 1000000007
        if sample is None or board.moves > sample[0].moves:
            sample = (board, player, col, score)
    print(f"positions={positions} depth={depth} nodes={searcher.nodes} cutoffs={searcher.cutoffs}")
    print(f"moves by column: {col_counts}")
    print(f"forced wins={wins} forced losses={losses} heuristic score sum={score_sum}")
    board, player, col, score = sample
    print(f"sample ({'XO'[player - 1]} to move, best column {col}, score {score}):")
    print(board.render())
    print(f"checksum={checksum}")


main()
