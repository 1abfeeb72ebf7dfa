# Scoped inline flags (?i:...), (?-i:...), (?s:...), (?x:...) hold only inside their group.
import re
print(re.findall(r"(?i:ab)c", "ABc ABC abC abc"))
print(re.findall(r"a(?i:[b-d]+)e", "aBCDe abde aBE aBDE"))
print(re.findall(r"(?i)a(?-i:b)c", "ABC AbC abc"))
print(re.match(r"(?s:a.b)", "a\nb"), re.match(r"a.b", "a\nb"))
print(re.findall(r"(?x: a b ) c", "abc ab c"))
print(re.sub(r"(?i:hello)", "bye", "Hello HELLO hello world"))
print(re.match(r"(?i:x)y", "XY"), re.match(r"(?i:x)y", "Xy").group())
