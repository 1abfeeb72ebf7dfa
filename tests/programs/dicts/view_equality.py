# Keys and items views compare like sets
d1 = {'a': 1, 'b': 2}; d2 = {'b': 2, 'a': 1}
print(d1.keys() == d2.keys(), d1.keys() == {'a', 'b'}, {'a', 'b'} == d1.keys(), d1.items() == d2.items())
print(d1.keys() != d2.keys(), d1.keys() == ['a', 'b'], d1.values() == d2.values(), d1.keys() == {'a': 0, 'b': 0}.keys())
print(d1.items() == {('a', 1), ('b', 2)}, d1.keys() == {'a'})
