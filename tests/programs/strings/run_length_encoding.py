def rle_encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev = ch
            count = 1
    out.append(f"{count}{prev}")
    return "".join(out)

def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ["aaabbbcccd", "abc", "", "wwwwwwwwwwwwbbbx", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    print(repr(s), "->", repr(enc), "->", dec == s)

def compress_ranges(nums):
    nums = sorted(nums)
    out = []
    start = prev = nums[0]
    for n in nums[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ",".join(out)

print(compress_ranges([1, 2, 3, 5, 7, 8, 9, 10, 14]))
print(compress_ranges([4]))
