import sys
print(sys.get_int_max_str_digits())
x = 7 ** 6000
try:
    print(len(str(x)))
except ValueError as e:
    print("ValueError", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(x)), int("9" * 5000) % 1000)
try:
    print(len(str(x * x)))
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(x * x * x)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(maxdigits=4300)
print(str(10 ** 4299)[:3], sys.get_int_max_str_digits())
