import statistics as st
from statistics import mean, median, mode, stdev, variance, pstdev, pvariance
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), median(data), mode(data), stdev(data), variance(data), pstdev(data), pvariance(data))
print(mean([1, 2, 3]), mean([1, 2, 3, 4]), mean([0.1, 0.2, 0.3]), mean([1, 2.5]), median([3, 1, 2]), median([1.5, 2.5]))
print(st.fmean([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.multimode("aabbc"), mode(["a", "b", "b"]))
print(variance([1, 3, 5]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), variance([0.1, 0.2, 0.3, 0.4]), pstdev([1, 2, 3, 4, 5]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 101), n=10), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]))
scores = [88.5, 92.25, 79.0, 95.5, 85.75, 90.0]
print(round(mean(scores), 3), round(stdev(scores), 4), stdev(scores), mean(scores))
try:
    mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    stdev([1])
except st.StatisticsError as e:
    print(e)
import textwrap
t = "The quick brown fox jumps over the lazy dog. A well-known phrase, used for testing typewriters and computer keyboards since the nineteenth century."
print(textwrap.fill(t, width=30))
print(textwrap.wrap(t, 20))
print(textwrap.shorten(t, width=40), "|", textwrap.shorten("Hello  world!", width=12))
print(textwrap.dedent("""
    def f():
        return 1
      x
"""))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.fill("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.fill(t, width=40, initial_indent="* ", subsequent_indent="  "))
