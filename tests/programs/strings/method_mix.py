# Many str methods on assorted strings (titlecase letters, tabs, unicode spaces)
try:
    print(0, repr('hello_world-foo bar'.format() if '{' not in 'hello_world-foo bar' else ''))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(''.casefold()))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr('a'.isalpha()))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr('hello_world-foo bar'.split(',')))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr('MiXeD cAsE' * 2))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr('aaa'.format() if '{' not in 'aaa' else ''))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr('Hello World'.find('a')))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr('-4.5'.splitlines()))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr('-4.5'.title()))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr('-4.5'.removesuffix('c')))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr('abc'.isalnum()))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr('aaa'.isdecimal()))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr('ǅungla'.strip('xyz')))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr('hello_world-foo bar'.isidentifier()))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr('a,b,,c'.center(9, '*')))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr('\u00a0x\u2003'.isspace()))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr('123'.rfind('a', 1)))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr('\u00a0x\u2003'.title()))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr('hello_world-foo bar'.lower()))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr('a,b,,c'.istitle()))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr('\u00a0x\u2003'.replace('', '.')))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr('\u00a0x\u2003'.isdigit()))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr('ÄÖü straße'.count('')))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr('123'.split(',')))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr('123'.split('a', 1)))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr('  padded  '.partition(' ')))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(''.split('a', 1)))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr('a,b,,c'.split('a', 1)))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr('abc'.isidentifier()))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr('123'.isalpha()))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr('123'.removesuffix('c')))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr('123'.split('a', 1)))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr('\u00a0x\u2003'.isspace()))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr('ǅungla'.isnumeric()))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr('MiXeD cAsE'.isprintable()))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr('\u00a0x\u2003'[::-1]))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr('a,b,,c'[::2]))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr('-4.5'.endswith('c')))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr('a,b,,c'.format() if '{' not in 'a,b,,c' else ''))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr('x\ty\nz'.split(',')))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr('ǅungla'.isdecimal()))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr('MiXeD cAsE'.title().swapcase()))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr('x\ty\nz'.__len__()))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr('123'.rpartition('a')))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr('x\ty\nz'.rfind('a', 1)))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr('\u00a0x\u2003'.islower()))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr('123'.isidentifier()))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr('hello_world-foo bar'[::2]))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr('a,b,,c'.removeprefix('a')))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr('\u00a0x\u2003'.istitle()))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr('\u00a0x\u2003'.istitle()))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr('a,b,,c'.rjust(7, '0')))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr('MiXeD cAsE'.ljust(7)))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr('MiXeD cAsE'.istitle()))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(54, repr('x\ty\nz'.removeprefix('a')))
except Exception as e:
    print(54, type(e).__name__, e)
try:
    print(55, repr('  padded  '.replace('', '.')))
except Exception as e:
    print(55, type(e).__name__, e)
try:
    print(56, repr('hello_world-foo bar'.ljust(2)))
except Exception as e:
    print(56, type(e).__name__, e)
try:
    print(57, repr('hello_world-foo bar'.split(',')))
except Exception as e:
    print(57, type(e).__name__, e)
try:
    print(58, repr('\u00a0x\u2003'.encode()))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr('Hello World'[1:-1]))
except Exception as e:
    print(59, type(e).__name__, e)
try:
    print(60, repr('\u00a0x\u2003'.isupper()))
except Exception as e:
    print(60, type(e).__name__, e)
try:
    print(61, repr('Hello World'.replace('a', 'XY')))
except Exception as e:
    print(61, type(e).__name__, e)
try:
    print(62, repr('ǅungla'.split(' ')))
except Exception as e:
    print(62, type(e).__name__, e)
try:
    print(63, repr('hello_world-foo bar'.isidentifier()))
except Exception as e:
    print(63, type(e).__name__, e)
try:
    print(64, repr('123'.isprintable()))
except Exception as e:
    print(64, type(e).__name__, e)
try:
    print(65, repr('123'.__len__()))
except Exception as e:
    print(65, type(e).__name__, e)
try:
    print(66, repr('-4.5'.zfill(6)))
except Exception as e:
    print(66, type(e).__name__, e)
try:
    print(67, repr('ÄÖü straße'.replace('a', 'XY')))
except Exception as e:
    print(67, type(e).__name__, e)
try:
    print(68, repr('MiXeD cAsE'.splitlines()))
except Exception as e:
    print(68, type(e).__name__, e)
try:
    print(69, repr('x\ty\nz'.isidentifier()))
except Exception as e:
    print(69, type(e).__name__, e)
try:
    print(70, repr('a,b,,c'.removesuffix('c')))
except Exception as e:
    print(70, type(e).__name__, e)
try:
    print(71, repr('-4.5'.count('')))
except Exception as e:
    print(71, type(e).__name__, e)
try:
    print(72, repr('a'[::2]))
except Exception as e:
    print(72, type(e).__name__, e)
try:
    print(73, repr('hello_world-foo bar'.startswith(('a', 'H'))))
except Exception as e:
    print(73, type(e).__name__, e)
try:
    print(74, repr('MiXeD cAsE'.upper()))
except Exception as e:
    print(74, type(e).__name__, e)
try:
    print(75, repr('\u00a0x\u2003' + '!'))
except Exception as e:
    print(75, type(e).__name__, e)
try:
    print(76, repr('  padded  '.title().swapcase()))
except Exception as e:
    print(76, type(e).__name__, e)
try:
    print(77, repr('a'.capitalize()))
except Exception as e:
    print(77, type(e).__name__, e)
try:
    print(78, repr('-4.5'.__len__()))
except Exception as e:
    print(78, type(e).__name__, e)
try:
    print(79, repr(''.rfind('a', 1)))
except Exception as e:
    print(79, type(e).__name__, e)
try:
    print(80, repr('-4.5'.partition(' ')))
except Exception as e:
    print(80, type(e).__name__, e)
try:
    print(81, repr('aaa'.count('')))
except Exception as e:
    print(81, type(e).__name__, e)
try:
    print(82, repr('\u00a0x\u2003'.strip()))
except Exception as e:
    print(82, type(e).__name__, e)
try:
    print(83, repr('ǅungla'.isprintable()))
except Exception as e:
    print(83, type(e).__name__, e)
try:
    print(84, repr('abc'.format() if '{' not in 'abc' else ''))
except Exception as e:
    print(84, type(e).__name__, e)
try:
    print(85, repr('Hello World'.rpartition('a')))
except Exception as e:
    print(85, type(e).__name__, e)
try:
    print(86, repr('hello_world-foo bar'.splitlines()))
except Exception as e:
    print(86, type(e).__name__, e)
try:
    print(87, repr('\u00a0x\u2003'.capitalize()))
except Exception as e:
    print(87, type(e).__name__, e)
try:
    print(88, repr('ÄÖü straße'.split(' ')))
except Exception as e:
    print(88, type(e).__name__, e)
try:
    print(89, repr('ǅungla'.title()))
except Exception as e:
    print(89, type(e).__name__, e)
try:
    print(90, repr(''.isalpha()))
except Exception as e:
    print(90, type(e).__name__, e)
try:
    print(91, repr('a,b,,c'.split('a', 1)))
except Exception as e:
    print(91, type(e).__name__, e)
try:
    print(92, repr('  padded  '.removesuffix('c')))
except Exception as e:
    print(92, type(e).__name__, e)
try:
    print(93, repr(''.casefold()))
except Exception as e:
    print(93, type(e).__name__, e)
try:
    print(94, repr('a'.swapcase()))
except Exception as e:
    print(94, type(e).__name__, e)
try:
    print(95, repr(''.title()))
except Exception as e:
    print(95, type(e).__name__, e)
try:
    print(96, repr('MiXeD cAsE'.lower()))
except Exception as e:
    print(96, type(e).__name__, e)
try:
    print(97, repr('a,b,,c'.find('a')))
except Exception as e:
    print(97, type(e).__name__, e)
try:
    print(98, repr('abc' + '!'))
except Exception as e:
    print(98, type(e).__name__, e)
try:
    print(99, repr('\u00a0x\u2003'.split(',')))
except Exception as e:
    print(99, type(e).__name__, e)
try:
    print(100, repr('MiXeD cAsE'.split('a', 1)))
except Exception as e:
    print(100, type(e).__name__, e)
try:
    print(101, repr('123'.ljust(2)))
except Exception as e:
    print(101, type(e).__name__, e)
try:
    print(102, repr(''.isdigit()))
except Exception as e:
    print(102, type(e).__name__, e)
try:
    print(103, repr('-4.5'.title()))
except Exception as e:
    print(103, type(e).__name__, e)
try:
    print(104, repr('ǅungla'.rpartition('a')))
except Exception as e:
    print(104, type(e).__name__, e)
try:
    print(105, repr('abc'.title()))
except Exception as e:
    print(105, type(e).__name__, e)
try:
    print(106, repr(''.endswith('c')))
except Exception as e:
    print(106, type(e).__name__, e)
try:
    print(107, repr('-4.5'.join(['1', '2', '3'])))
except Exception as e:
    print(107, type(e).__name__, e)
try:
    print(108, repr('MiXeD cAsE'.title().swapcase()))
except Exception as e:
    print(108, type(e).__name__, e)
try:
    print(109, repr('a'.count('a')))
except Exception as e:
    print(109, type(e).__name__, e)
try:
    print(110, repr('a,b,,c'.islower()))
except Exception as e:
    print(110, type(e).__name__, e)
try:
    print(111, repr(''.replace('a', 'XY')))
except Exception as e:
    print(111, type(e).__name__, e)
try:
    print(112, repr('x\ty\nz'.ljust(7)))
except Exception as e:
    print(112, type(e).__name__, e)
try:
    print(113, repr('ǅungla'.expandtabs(3)))
except Exception as e:
    print(113, type(e).__name__, e)
try:
    print(114, repr('MiXeD cAsE'.title()))
except Exception as e:
    print(114, type(e).__name__, e)
try:
    print(115, repr('\u00a0x\u2003'.find('a')))
except Exception as e:
    print(115, type(e).__name__, e)
try:
    print(116, repr('ǅungla'.isdecimal()))
except Exception as e:
    print(116, type(e).__name__, e)
try:
    print(117, repr('hello_world-foo bar'.encode()))
except Exception as e:
    print(117, type(e).__name__, e)
try:
    print(118, repr('MiXeD cAsE'.split()))
except Exception as e:
    print(118, type(e).__name__, e)
try:
    print(119, repr('x\ty\nz'.partition(' ')))
except Exception as e:
    print(119, type(e).__name__, e)
try:
    print(120, repr('a'.removeprefix('a')))
except Exception as e:
    print(120, type(e).__name__, e)
try:
    print(121, repr('aaa'.replace('', '.')))
except Exception as e:
    print(121, type(e).__name__, e)
try:
    print(122, repr('hello_world-foo bar'.strip()))
except Exception as e:
    print(122, type(e).__name__, e)
try:
    print(123, repr(''.isspace()))
except Exception as e:
    print(123, type(e).__name__, e)
try:
    print(124, repr('ǅungla'.__contains__('b')))
except Exception as e:
    print(124, type(e).__name__, e)
try:
    print(125, repr('abc'.isprintable()))
except Exception as e:
    print(125, type(e).__name__, e)
try:
    print(126, repr('-4.5'[1:-1]))
except Exception as e:
    print(126, type(e).__name__, e)
try:
    print(127, repr('ÄÖü straße'.islower()))
except Exception as e:
    print(127, type(e).__name__, e)
try:
    print(128, repr('123'.replace('', '.')))
except Exception as e:
    print(128, type(e).__name__, e)
try:
    print(129, repr('abc'.__contains__('b')))
except Exception as e:
    print(129, type(e).__name__, e)
try:
    print(130, repr('a,b,,c'.find('a')))
except Exception as e:
    print(130, type(e).__name__, e)
try:
    print(131, repr('Hello World'.expandtabs(3)))
except Exception as e:
    print(131, type(e).__name__, e)
try:
    print(132, repr('ÄÖü straße'.__len__()))
except Exception as e:
    print(132, type(e).__name__, e)
try:
    print(133, repr(''.ljust(2)))
except Exception as e:
    print(133, type(e).__name__, e)
try:
    print(134, repr('123'.rstrip('c ')))
except Exception as e:
    print(134, type(e).__name__, e)
try:
    print(135, repr('aaa'.capitalize()))
except Exception as e:
    print(135, type(e).__name__, e)
try:
    print(136, repr('Hello World'.title()))
except Exception as e:
    print(136, type(e).__name__, e)
try:
    print(137, repr('abc'.split(',')))
except Exception as e:
    print(137, type(e).__name__, e)
try:
    print(138, repr('abc'.strip()))
except Exception as e:
    print(138, type(e).__name__, e)
try:
    print(139, repr('x\ty\nz'.join(['1', '2', '3'])))
except Exception as e:
    print(139, type(e).__name__, e)
try:
    print(140, repr('  padded  '.isidentifier()))
except Exception as e:
    print(140, type(e).__name__, e)
try:
    print(141, repr('\u00a0x\u2003'.split(' ')))
except Exception as e:
    print(141, type(e).__name__, e)
try:
    print(142, repr('\u00a0x\u2003'.title()))
except Exception as e:
    print(142, type(e).__name__, e)
try:
    print(143, repr('  padded  '.partition(' ')))
except Exception as e:
    print(143, type(e).__name__, e)
try:
    print(144, repr('MiXeD cAsE'.isspace()))
except Exception as e:
    print(144, type(e).__name__, e)
try:
    print(145, repr('a'.find('a')))
except Exception as e:
    print(145, type(e).__name__, e)
try:
    print(146, repr('a'.zfill(6)))
except Exception as e:
    print(146, type(e).__name__, e)
try:
    print(147, repr('  padded  '.encode()))
except Exception as e:
    print(147, type(e).__name__, e)
try:
    print(148, repr('ǅungla' * 2))
except Exception as e:
    print(148, type(e).__name__, e)
try:
    print(149, repr('-4.5'.split(' ')))
except Exception as e:
    print(149, type(e).__name__, e)
try:
    print(150, repr('a,b,,c'.find('a')))
except Exception as e:
    print(150, type(e).__name__, e)
try:
    print(151, repr('aaa'.isalnum()))
except Exception as e:
    print(151, type(e).__name__, e)
try:
    print(152, repr('Hello World'.isprintable()))
except Exception as e:
    print(152, type(e).__name__, e)
try:
    print(153, repr('ǅungla'.upper()))
except Exception as e:
    print(153, type(e).__name__, e)
try:
    print(154, repr('abc'.title()))
except Exception as e:
    print(154, type(e).__name__, e)
try:
    print(155, repr('ÄÖü straße'.isnumeric()))
except Exception as e:
    print(155, type(e).__name__, e)
try:
    print(156, repr('abc'.lstrip('a ')))
except Exception as e:
    print(156, type(e).__name__, e)
try:
    print(157, repr('123'.strip('xyz')))
except Exception as e:
    print(157, type(e).__name__, e)
try:
    print(158, repr('a'.rpartition('a')))
except Exception as e:
    print(158, type(e).__name__, e)
try:
    print(159, repr('a'.strip()))
except Exception as e:
    print(159, type(e).__name__, e)
try:
    print(160, repr(''.split('a', 1)))
except Exception as e:
    print(160, type(e).__name__, e)
try:
    print(161, repr('ǅungla'.partition(' ')))
except Exception as e:
    print(161, type(e).__name__, e)
try:
    print(162, repr('a'.splitlines()))
except Exception as e:
    print(162, type(e).__name__, e)
try:
    print(163, repr(''.isprintable()))
except Exception as e:
    print(163, type(e).__name__, e)
try:
    print(164, repr('aaa'.istitle()))
except Exception as e:
    print(164, type(e).__name__, e)
try:
    print(165, repr('x\ty\nz'.replace('a', 'XY')))
except Exception as e:
    print(165, type(e).__name__, e)
try:
    print(166, repr('123'.__len__()))
except Exception as e:
    print(166, type(e).__name__, e)
try:
    print(167, repr('ÄÖü straße'.splitlines()))
except Exception as e:
    print(167, type(e).__name__, e)
try:
    print(168, repr('aaa'[::-1]))
except Exception as e:
    print(168, type(e).__name__, e)
try:
    print(169, repr('  padded  '.strip('xyz')))
except Exception as e:
    print(169, type(e).__name__, e)
try:
    print(170, repr('ǅungla'.isalnum()))
except Exception as e:
    print(170, type(e).__name__, e)
try:
    print(171, repr('ÄÖü straße'.isidentifier()))
except Exception as e:
    print(171, type(e).__name__, e)
try:
    print(172, repr(''.zfill(6)))
except Exception as e:
    print(172, type(e).__name__, e)
try:
    print(173, repr('-4.5'.capitalize()))
except Exception as e:
    print(173, type(e).__name__, e)
try:
    print(174, repr('\u00a0x\u2003'.isnumeric()))
except Exception as e:
    print(174, type(e).__name__, e)
try:
    print(175, repr('\u00a0x\u2003'.isprintable()))
except Exception as e:
    print(175, type(e).__name__, e)
try:
    print(176, repr('-4.5'.split('a', 1)))
except Exception as e:
    print(176, type(e).__name__, e)
try:
    print(177, repr('\u00a0x\u2003'.strip()))
except Exception as e:
    print(177, type(e).__name__, e)
try:
    print(178, repr('aaa' * 2))
except Exception as e:
    print(178, type(e).__name__, e)
try:
    print(179, repr('x\ty\nz'.isalpha()))
except Exception as e:
    print(179, type(e).__name__, e)
try:
    print(180, repr(''.isprintable()))
except Exception as e:
    print(180, type(e).__name__, e)
try:
    print(181, repr('\u00a0x\u2003'.lstrip('a ')))
except Exception as e:
    print(181, type(e).__name__, e)
try:
    print(182, repr('-4.5'.isalpha()))
except Exception as e:
    print(182, type(e).__name__, e)
try:
    print(183, repr('Hello World'.ljust(2)))
except Exception as e:
    print(183, type(e).__name__, e)
try:
    print(184, repr('\u00a0x\u2003'.isalpha()))
except Exception as e:
    print(184, type(e).__name__, e)
try:
    print(185, repr('Hello World'.lower()))
except Exception as e:
    print(185, type(e).__name__, e)
try:
    print(186, repr('hello_world-foo bar'.removesuffix('c')))
except Exception as e:
    print(186, type(e).__name__, e)
try:
    print(187, repr('ÄÖü straße'.strip()))
except Exception as e:
    print(187, type(e).__name__, e)
try:
    print(188, repr('a'.replace('a', 'XY')))
except Exception as e:
    print(188, type(e).__name__, e)
try:
    print(189, repr('  padded  ' < 'b'))
except Exception as e:
    print(189, type(e).__name__, e)
try:
    print(190, repr('ǅungla'.removesuffix('c')))
except Exception as e:
    print(190, type(e).__name__, e)
try:
    print(191, repr('hello_world-foo bar'.lower()))
except Exception as e:
    print(191, type(e).__name__, e)
try:
    print(192, repr('ǅungla'.isspace()))
except Exception as e:
    print(192, type(e).__name__, e)
try:
    print(193, repr(''.isnumeric()))
except Exception as e:
    print(193, type(e).__name__, e)
try:
    print(194, repr('aaa'.islower()))
except Exception as e:
    print(194, type(e).__name__, e)
try:
    print(195, repr('x\ty\nz'.splitlines()))
except Exception as e:
    print(195, type(e).__name__, e)
try:
    print(196, repr('\u00a0x\u2003'.zfill(6)))
except Exception as e:
    print(196, type(e).__name__, e)
try:
    print(197, repr('-4.5'.swapcase()))
except Exception as e:
    print(197, type(e).__name__, e)
try:
    print(198, repr(''.count('a')))
except Exception as e:
    print(198, type(e).__name__, e)
try:
    print(199, repr(''.isalpha()))
except Exception as e:
    print(199, type(e).__name__, e)
try:
    print(200, repr('Hello World'.strip('xyz')))
except Exception as e:
    print(200, type(e).__name__, e)
try:
    print(201, repr('a'.partition(' ')))
except Exception as e:
    print(201, type(e).__name__, e)
try:
    print(202, repr('ǅungla'.islower()))
except Exception as e:
    print(202, type(e).__name__, e)
try:
    print(203, repr('  padded  '.lstrip('a ')))
except Exception as e:
    print(203, type(e).__name__, e)
try:
    print(204, repr('-4.5'.isalpha()))
except Exception as e:
    print(204, type(e).__name__, e)
try:
    print(205, repr('ÄÖü straße'.split(' ')))
except Exception as e:
    print(205, type(e).__name__, e)
try:
    print(206, repr('x\ty\nz'.rstrip('c ')))
except Exception as e:
    print(206, type(e).__name__, e)
try:
    print(207, repr('ǅungla'.endswith('c')))
except Exception as e:
    print(207, type(e).__name__, e)
try:
    print(208, repr('ÄÖü straße'.count('')))
except Exception as e:
    print(208, type(e).__name__, e)
try:
    print(209, repr('a'.find('a')))
except Exception as e:
    print(209, type(e).__name__, e)
try:
    print(210, repr('a'.lstrip('a ')))
except Exception as e:
    print(210, type(e).__name__, e)
try:
    print(211, repr('a'.encode()))
except Exception as e:
    print(211, type(e).__name__, e)
try:
    print(212, repr('hello_world-foo bar'.startswith(('a', 'H'))))
except Exception as e:
    print(212, type(e).__name__, e)
try:
    print(213, repr('aaa'.isdecimal()))
except Exception as e:
    print(213, type(e).__name__, e)
try:
    print(214, repr('  padded  '.ljust(2)))
except Exception as e:
    print(214, type(e).__name__, e)
try:
    print(215, repr('a'.lower()))
except Exception as e:
    print(215, type(e).__name__, e)
try:
    print(216, repr('-4.5'.removeprefix('a')))
except Exception as e:
    print(216, type(e).__name__, e)
try:
    print(217, repr('x\ty\nz'[1:-1]))
except Exception as e:
    print(217, type(e).__name__, e)
try:
    print(218, repr(''.strip('xyz')))
except Exception as e:
    print(218, type(e).__name__, e)
try:
    print(219, repr('MiXeD cAsE'.islower()))
except Exception as e:
    print(219, type(e).__name__, e)
try:
    print(220, repr('Hello World'.endswith('c')))
except Exception as e:
    print(220, type(e).__name__, e)
try:
    print(221, repr('x\ty\nz'.split()))
except Exception as e:
    print(221, type(e).__name__, e)
try:
    print(222, repr('ǅungla'.isalpha()))
except Exception as e:
    print(222, type(e).__name__, e)
try:
    print(223, repr('Hello World'.isupper()))
except Exception as e:
    print(223, type(e).__name__, e)
try:
    print(224, repr('123'.__contains__('b')))
except Exception as e:
    print(224, type(e).__name__, e)
try:
    print(225, repr('x\ty\nz'.strip('xyz')))
except Exception as e:
    print(225, type(e).__name__, e)
try:
    print(226, repr('MiXeD cAsE' * 2))
except Exception as e:
    print(226, type(e).__name__, e)
try:
    print(227, repr('ÄÖü straße'.islower()))
except Exception as e:
    print(227, type(e).__name__, e)
try:
    print(228, repr('hello_world-foo bar'.removesuffix('c')))
except Exception as e:
    print(228, type(e).__name__, e)
try:
    print(229, repr('Hello World'.isdecimal()))
except Exception as e:
    print(229, type(e).__name__, e)
try:
    print(230, repr('  padded  '.split(',')))
except Exception as e:
    print(230, type(e).__name__, e)
try:
    print(231, repr('x\ty\nz'.expandtabs(3)))
except Exception as e:
    print(231, type(e).__name__, e)
try:
    print(232, repr('Hello World'.ljust(7)))
except Exception as e:
    print(232, type(e).__name__, e)
try:
    print(233, repr('ÄÖü straße'.ljust(2)))
except Exception as e:
    print(233, type(e).__name__, e)
try:
    print(234, repr('aaa'.ljust(2)))
except Exception as e:
    print(234, type(e).__name__, e)
try:
    print(235, repr('\u00a0x\u2003'.casefold()))
except Exception as e:
    print(235, type(e).__name__, e)
try:
    print(236, repr('-4.5'.strip('xyz')))
except Exception as e:
    print(236, type(e).__name__, e)
try:
    print(237, repr('hello_world-foo bar'.rjust(7, '0')))
except Exception as e:
    print(237, type(e).__name__, e)
try:
    print(238, repr('a'.swapcase()))
except Exception as e:
    print(238, type(e).__name__, e)
try:
    print(239, repr('a,b,,c'.split('a', 1)))
except Exception as e:
    print(239, type(e).__name__, e)
try:
    print(240, repr('123'.split()))
except Exception as e:
    print(240, type(e).__name__, e)
try:
    print(241, repr('ǅungla'.isnumeric()))
except Exception as e:
    print(241, type(e).__name__, e)
try:
    print(242, repr('\u00a0x\u2003'.swapcase()))
except Exception as e:
    print(242, type(e).__name__, e)
try:
    print(243, repr('ǅungla'.casefold()))
except Exception as e:
    print(243, type(e).__name__, e)
try:
    print(244, repr('\u00a0x\u2003'.removesuffix('c')))
except Exception as e:
    print(244, type(e).__name__, e)
try:
    print(245, repr('ǅungla'.__len__()))
except Exception as e:
    print(245, type(e).__name__, e)
try:
    print(246, repr(''.rstrip('c ')))
except Exception as e:
    print(246, type(e).__name__, e)
try:
    print(247, repr('Hello World'.isdigit()))
except Exception as e:
    print(247, type(e).__name__, e)
try:
    print(248, repr('  padded  '.split(' ')))
except Exception as e:
    print(248, type(e).__name__, e)
try:
    print(249, repr('aaa'.count('')))
except Exception as e:
    print(249, type(e).__name__, e)
try:
    print(250, repr('aaa'.startswith(('a', 'H'))))
except Exception as e:
    print(250, type(e).__name__, e)
try:
    print(251, repr('x\ty\nz'.split('a', 1)))
except Exception as e:
    print(251, type(e).__name__, e)
try:
    print(252, repr('123'.count('a')))
except Exception as e:
    print(252, type(e).__name__, e)
try:
    print(253, repr('a'.split()))
except Exception as e:
    print(253, type(e).__name__, e)
try:
    print(254, repr('123'[::-1]))
except Exception as e:
    print(254, type(e).__name__, e)
try:
    print(255, repr('ÄÖü straße'.strip()))
except Exception as e:
    print(255, type(e).__name__, e)
try:
    print(256, repr('a,b,,c'.isprintable()))
except Exception as e:
    print(256, type(e).__name__, e)
try:
    print(257, repr('  padded  '.split(' ')))
except Exception as e:
    print(257, type(e).__name__, e)
try:
    print(258, repr('123'.find('a')))
except Exception as e:
    print(258, type(e).__name__, e)
try:
    print(259, repr('abc'.split(',')))
except Exception as e:
    print(259, type(e).__name__, e)
try:
    print(260, repr('x\ty\nz'.split(' ')))
except Exception as e:
    print(260, type(e).__name__, e)
try:
    print(261, repr('  padded  '.isdecimal()))
except Exception as e:
    print(261, type(e).__name__, e)
try:
    print(262, repr('hello_world-foo bar'.endswith('c')))
except Exception as e:
    print(262, type(e).__name__, e)
try:
    print(263, repr('ǅungla'[::-1]))
except Exception as e:
    print(263, type(e).__name__, e)
try:
    print(264, repr('-4.5'.strip('xyz')))
except Exception as e:
    print(264, type(e).__name__, e)
try:
    print(265, repr('abc'.istitle()))
except Exception as e:
    print(265, type(e).__name__, e)
try:
    print(266, repr('x\ty\nz'.strip('xyz')))
except Exception as e:
    print(266, type(e).__name__, e)
try:
    print(267, repr('' * 2))
except Exception as e:
    print(267, type(e).__name__, e)
try:
    print(268, repr('-4.5'.isdigit()))
except Exception as e:
    print(268, type(e).__name__, e)
try:
    print(269, repr('\u00a0x\u2003'.title().swapcase()))
except Exception as e:
    print(269, type(e).__name__, e)
try:
    print(270, repr('abc'.isdecimal()))
except Exception as e:
    print(270, type(e).__name__, e)
try:
    print(271, repr('123'.capitalize()))
except Exception as e:
    print(271, type(e).__name__, e)
try:
    print(272, repr('x\ty\nz'.rfind('a', 1)))
except Exception as e:
    print(272, type(e).__name__, e)
try:
    print(273, repr('ÄÖü straße'.find('a')))
except Exception as e:
    print(273, type(e).__name__, e)
try:
    print(274, repr('MiXeD cAsE'.strip('xyz')))
except Exception as e:
    print(274, type(e).__name__, e)
try:
    print(275, repr('\u00a0x\u2003'.isnumeric()))
except Exception as e:
    print(275, type(e).__name__, e)
try:
    print(276, repr('MiXeD cAsE'.__len__()))
except Exception as e:
    print(276, type(e).__name__, e)
try:
    print(277, repr('x\ty\nz'.isalpha()))
except Exception as e:
    print(277, type(e).__name__, e)
try:
    print(278, repr('123'.startswith(('a', 'H'))))
except Exception as e:
    print(278, type(e).__name__, e)
try:
    print(279, repr('MiXeD cAsE'.title().swapcase()))
except Exception as e:
    print(279, type(e).__name__, e)
try:
    print(280, repr('\u00a0x\u2003'.removeprefix('a')))
except Exception as e:
    print(280, type(e).__name__, e)
try:
    print(281, repr('a'[::-1]))
except Exception as e:
    print(281, type(e).__name__, e)
try:
    print(282, repr('hello_world-foo bar'.format() if '{' not in 'hello_world-foo bar' else ''))
except Exception as e:
    print(282, type(e).__name__, e)
try:
    print(283, repr('MiXeD cAsE'.partition(' ')))
except Exception as e:
    print(283, type(e).__name__, e)
try:
    print(284, repr('123'.encode()))
except Exception as e:
    print(284, type(e).__name__, e)
try:
    print(285, repr('  padded  '.isdecimal()))
except Exception as e:
    print(285, type(e).__name__, e)
try:
    print(286, repr('hello_world-foo bar'.removeprefix('a')))
except Exception as e:
    print(286, type(e).__name__, e)
try:
    print(287, repr('ÄÖü straße'.count('')))
except Exception as e:
    print(287, type(e).__name__, e)
try:
    print(288, repr('aaa'.upper()))
except Exception as e:
    print(288, type(e).__name__, e)
try:
    print(289, repr('a,b,,c'.istitle()))
except Exception as e:
    print(289, type(e).__name__, e)
try:
    print(290, repr('123'.split(' ')))
except Exception as e:
    print(290, type(e).__name__, e)
try:
    print(291, repr('\u00a0x\u2003'.count('')))
except Exception as e:
    print(291, type(e).__name__, e)
try:
    print(292, repr('x\ty\nz'.__len__()))
except Exception as e:
    print(292, type(e).__name__, e)
try:
    print(293, repr('abc' + '!'))
except Exception as e:
    print(293, type(e).__name__, e)
try:
    print(294, repr('a'.lower()))
except Exception as e:
    print(294, type(e).__name__, e)
try:
    print(295, repr('ÄÖü straße'.splitlines()))
except Exception as e:
    print(295, type(e).__name__, e)
try:
    print(296, repr('MiXeD cAsE'.rjust(7, '0')))
except Exception as e:
    print(296, type(e).__name__, e)
try:
    print(297, repr('-4.5'.isdigit()))
except Exception as e:
    print(297, type(e).__name__, e)
try:
    print(298, repr('\u00a0x\u2003'.splitlines()))
except Exception as e:
    print(298, type(e).__name__, e)
try:
    print(299, repr('\u00a0x\u2003'.strip()))
except Exception as e:
    print(299, type(e).__name__, e)
try:
    print(300, repr('ÄÖü straße' + '!'))
except Exception as e:
    print(300, type(e).__name__, e)
try:
    print(301, repr('123'[1:-1]))
except Exception as e:
    print(301, type(e).__name__, e)
try:
    print(302, repr('ǅungla'.rsplit(None, 1)))
except Exception as e:
    print(302, type(e).__name__, e)
try:
    print(303, repr('Hello World'.title().swapcase()))
except Exception as e:
    print(303, type(e).__name__, e)
try:
    print(304, repr('\u00a0x\u2003'.zfill(6)))
except Exception as e:
    print(304, type(e).__name__, e)
try:
    print(305, repr('-4.5'.rsplit(None, 1)))
except Exception as e:
    print(305, type(e).__name__, e)
try:
    print(306, repr('x\ty\nz' * 2))
except Exception as e:
    print(306, type(e).__name__, e)
try:
    print(307, repr('-4.5'.rstrip('c ')))
except Exception as e:
    print(307, type(e).__name__, e)
try:
    print(308, repr(''.encode()))
except Exception as e:
    print(308, type(e).__name__, e)
try:
    print(309, repr('aaa'.isalnum()))
except Exception as e:
    print(309, type(e).__name__, e)
try:
    print(310, repr('x\ty\nz'.find('a')))
except Exception as e:
    print(310, type(e).__name__, e)
try:
    print(311, repr('123'.rjust(7, '0')))
except Exception as e:
    print(311, type(e).__name__, e)
try:
    print(312, repr('abc'.istitle()))
except Exception as e:
    print(312, type(e).__name__, e)
try:
    print(313, repr('MiXeD cAsE'.splitlines()))
except Exception as e:
    print(313, type(e).__name__, e)
try:
    print(314, repr('ǅungla'.swapcase()))
except Exception as e:
    print(314, type(e).__name__, e)
try:
    print(315, repr('a,b,,c'.upper()))
except Exception as e:
    print(315, type(e).__name__, e)
try:
    print(316, repr('\u00a0x\u2003'.islower()))
except Exception as e:
    print(316, type(e).__name__, e)
try:
    print(317, repr('123' < 'b'))
except Exception as e:
    print(317, type(e).__name__, e)
try:
    print(318, repr('aaa'.removeprefix('a')))
except Exception as e:
    print(318, type(e).__name__, e)
try:
    print(319, repr('a'[::-1]))
except Exception as e:
    print(319, type(e).__name__, e)
try:
    print(320, repr('-4.5'.islower()))
except Exception as e:
    print(320, type(e).__name__, e)
try:
    print(321, repr('\u00a0x\u2003'.removesuffix('c')))
except Exception as e:
    print(321, type(e).__name__, e)
try:
    print(322, repr('\u00a0x\u2003'.startswith(('a', 'H'))))
except Exception as e:
    print(322, type(e).__name__, e)
try:
    print(323, repr('x\ty\nz'.rfind('a', 1)))
except Exception as e:
    print(323, type(e).__name__, e)
try:
    print(324, repr('\u00a0x\u2003'.isidentifier()))
except Exception as e:
    print(324, type(e).__name__, e)
try:
    print(325, repr('x\ty\nz'.lower()))
except Exception as e:
    print(325, type(e).__name__, e)
try:
    print(326, repr('a'.encode()))
except Exception as e:
    print(326, type(e).__name__, e)
try:
    print(327, repr('ǅungla'.endswith('c')))
except Exception as e:
    print(327, type(e).__name__, e)
try:
    print(328, repr('abc'[::-1]))
except Exception as e:
    print(328, type(e).__name__, e)
try:
    print(329, repr('ǅungla'[::2]))
except Exception as e:
    print(329, type(e).__name__, e)
try:
    print(330, repr('ÄÖü straße'.find('a')))
except Exception as e:
    print(330, type(e).__name__, e)
try:
    print(331, repr('aaa'.join(['1', '2', '3'])))
except Exception as e:
    print(331, type(e).__name__, e)
try:
    print(332, repr('ǅungla' < 'b'))
except Exception as e:
    print(332, type(e).__name__, e)
try:
    print(333, repr('hello_world-foo bar'.strip('xyz')))
except Exception as e:
    print(333, type(e).__name__, e)
try:
    print(334, repr('abc'.capitalize()))
except Exception as e:
    print(334, type(e).__name__, e)
try:
    print(335, repr('abc'.islower()))
except Exception as e:
    print(335, type(e).__name__, e)
try:
    print(336, repr('ÄÖü straße'.istitle()))
except Exception as e:
    print(336, type(e).__name__, e)
try:
    print(337, repr('aaa'.count('a')))
except Exception as e:
    print(337, type(e).__name__, e)
try:
    print(338, repr('abc'.upper()))
except Exception as e:
    print(338, type(e).__name__, e)
try:
    print(339, repr('Hello World'.ljust(7)))
except Exception as e:
    print(339, type(e).__name__, e)
try:
    print(340, repr('x\ty\nz'.upper()))
except Exception as e:
    print(340, type(e).__name__, e)
try:
    print(341, repr('a,b,,c'.title()))
except Exception as e:
    print(341, type(e).__name__, e)
try:
    print(342, repr('123'.format() if '{' not in '123' else ''))
except Exception as e:
    print(342, type(e).__name__, e)
try:
    print(343, repr('ÄÖü straße'.rjust(7, '0')))
except Exception as e:
    print(343, type(e).__name__, e)
try:
    print(344, repr('x\ty\nz'.splitlines()))
except Exception as e:
    print(344, type(e).__name__, e)
try:
    print(345, repr('hello_world-foo bar'.removesuffix('c')))
except Exception as e:
    print(345, type(e).__name__, e)
try:
    print(346, repr('Hello World'.islower()))
except Exception as e:
    print(346, type(e).__name__, e)
try:
    print(347, repr('aaa'.rstrip('c ')))
except Exception as e:
    print(347, type(e).__name__, e)
try:
    print(348, repr('x\ty\nz'.ljust(2)))
except Exception as e:
    print(348, type(e).__name__, e)
try:
    print(349, repr('123'.split(' ')))
except Exception as e:
    print(349, type(e).__name__, e)
try:
    print(350, repr('\u00a0x\u2003'.replace('a', 'XY')))
except Exception as e:
    print(350, type(e).__name__, e)
try:
    print(351, repr('a'.find('a')))
except Exception as e:
    print(351, type(e).__name__, e)
try:
    print(352, repr('hello_world-foo bar'.replace('', '.')))
except Exception as e:
    print(352, type(e).__name__, e)
try:
    print(353, repr('Hello World'.startswith(('a', 'H'))))
except Exception as e:
    print(353, type(e).__name__, e)
try:
    print(354, repr('aaa'[::2]))
except Exception as e:
    print(354, type(e).__name__, e)
try:
    print(355, repr('Hello World'.__len__()))
except Exception as e:
    print(355, type(e).__name__, e)
try:
    print(356, repr('aaa'.isdecimal()))
except Exception as e:
    print(356, type(e).__name__, e)
try:
    print(357, repr('123' < 'b'))
except Exception as e:
    print(357, type(e).__name__, e)
try:
    print(358, repr('\u00a0x\u2003'.casefold()))
except Exception as e:
    print(358, type(e).__name__, e)
try:
    print(359, repr('123'.join(['1', '2', '3'])))
except Exception as e:
    print(359, type(e).__name__, e)
try:
    print(360, repr('  padded  '.isdecimal()))
except Exception as e:
    print(360, type(e).__name__, e)
try:
    print(361, repr('-4.5'.isprintable()))
except Exception as e:
    print(361, type(e).__name__, e)
try:
    print(362, repr('hello_world-foo bar'.format() if '{' not in 'hello_world-foo bar' else ''))
except Exception as e:
    print(362, type(e).__name__, e)
try:
    print(363, repr('abc' * 2))
except Exception as e:
    print(363, type(e).__name__, e)
try:
    print(364, repr('123'.join(['1', '2', '3'])))
except Exception as e:
    print(364, type(e).__name__, e)
try:
    print(365, repr('a'.replace('a', 'XY')))
except Exception as e:
    print(365, type(e).__name__, e)
try:
    print(366, repr(''.partition(' ')))
except Exception as e:
    print(366, type(e).__name__, e)
try:
    print(367, repr('x\ty\nz'.ljust(7)))
except Exception as e:
    print(367, type(e).__name__, e)
try:
    print(368, repr('  padded  '.isprintable()))
except Exception as e:
    print(368, type(e).__name__, e)
try:
    print(369, repr('Hello World'.capitalize()))
except Exception as e:
    print(369, type(e).__name__, e)
try:
    print(370, repr('a'.lstrip('a ')))
except Exception as e:
    print(370, type(e).__name__, e)
try:
    print(371, repr('aaa' + '!'))
except Exception as e:
    print(371, type(e).__name__, e)
try:
    print(372, repr('ǅungla'.isdigit()))
except Exception as e:
    print(372, type(e).__name__, e)
try:
    print(373, repr('hello_world-foo bar'.isalpha()))
except Exception as e:
    print(373, type(e).__name__, e)
try:
    print(374, repr('  padded  '.replace('', '.')))
except Exception as e:
    print(374, type(e).__name__, e)
try:
    print(375, repr('a,b,,c'.swapcase()))
except Exception as e:
    print(375, type(e).__name__, e)
try:
    print(376, repr('a,b,,c'.istitle()))
except Exception as e:
    print(376, type(e).__name__, e)
try:
    print(377, repr('a,b,,c'.split(',')))
except Exception as e:
    print(377, type(e).__name__, e)
try:
    print(378, repr('x\ty\nz'.isspace()))
except Exception as e:
    print(378, type(e).__name__, e)
try:
    print(379, repr('hello_world-foo bar'.count('a')))
except Exception as e:
    print(379, type(e).__name__, e)
try:
    print(380, repr('x\ty\nz'.rstrip('c ')))
except Exception as e:
    print(380, type(e).__name__, e)
try:
    print(381, repr('\u00a0x\u2003'.split(' ')))
except Exception as e:
    print(381, type(e).__name__, e)
try:
    print(382, repr('x\ty\nz'.join(['1', '2', '3'])))
except Exception as e:
    print(382, type(e).__name__, e)
try:
    print(383, repr('  padded  '.rfind('a', 1)))
except Exception as e:
    print(383, type(e).__name__, e)
try:
    print(384, repr('a,b,,c'.split(',')))
except Exception as e:
    print(384, type(e).__name__, e)
try:
    print(385, repr('a'.count('')))
except Exception as e:
    print(385, type(e).__name__, e)
try:
    print(386, repr('  padded  '.isupper()))
except Exception as e:
    print(386, type(e).__name__, e)
try:
    print(387, repr('  padded  '[::-1]))
except Exception as e:
    print(387, type(e).__name__, e)
try:
    print(388, repr('aaa'.format() if '{' not in 'aaa' else ''))
except Exception as e:
    print(388, type(e).__name__, e)
try:
    print(389, repr('a,b,,c'.split('a', 1)))
except Exception as e:
    print(389, type(e).__name__, e)
try:
    print(390, repr('a,b,,c'.rstrip('c ')))
except Exception as e:
    print(390, type(e).__name__, e)
try:
    print(391, repr('ǅungla'.rstrip('c ')))
except Exception as e:
    print(391, type(e).__name__, e)
try:
    print(392, repr('  padded  '.rfind('a', 1)))
except Exception as e:
    print(392, type(e).__name__, e)
try:
    print(393, repr('ǅungla'.ljust(7)))
except Exception as e:
    print(393, type(e).__name__, e)
try:
    print(394, repr('aaa'.isdigit()))
except Exception as e:
    print(394, type(e).__name__, e)
try:
    print(395, repr('ÄÖü straße' * 2))
except Exception as e:
    print(395, type(e).__name__, e)
try:
    print(396, repr('hello_world-foo bar'.title().swapcase()))
except Exception as e:
    print(396, type(e).__name__, e)
try:
    print(397, repr('a,b,,c'.rfind('a', 1)))
except Exception as e:
    print(397, type(e).__name__, e)
try:
    print(398, repr('\u00a0x\u2003'.strip('xyz')))
except Exception as e:
    print(398, type(e).__name__, e)
try:
    print(399, repr('\u00a0x\u2003'.expandtabs(3)))
except Exception as e:
    print(399, type(e).__name__, e)
print('a\tb'.expandtabs(tabsize=4) + '|')
