prices = [3, 4, 5]
print(sum(prices))
print(grand_total_undefined_qq)
