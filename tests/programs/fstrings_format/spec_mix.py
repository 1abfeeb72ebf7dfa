# format(), str.format, f-strings and % with many specs and values, errors included
try:
    print(0, repr('{:e}'.format(100.0)))
except Exception as e:
    print(0, type(e).__name__, e)
try:
    print(1, repr(f'{255:.2s}'))
except Exception as e:
    print(1, type(e).__name__, e)
try:
    print(2, repr(f'{"str":10.4f}'))
except Exception as e:
    print(2, type(e).__name__, e)
try:
    print(3, repr('{:08}'.format(3.14159)))
except Exception as e:
    print(3, type(e).__name__, e)
try:
    print(4, repr('%c' % ("",)))
except Exception as e:
    print(4, type(e).__name__, e)
try:
    print(5, repr(format(42, '+.3')))
except Exception as e:
    print(5, type(e).__name__, e)
try:
    print(6, repr('%e' % (0,)))
except Exception as e:
    print(6, type(e).__name__, e)
try:
    print(7, repr(format(3.14159, 'x')))
except Exception as e:
    print(7, type(e).__name__, e)
try:
    print(8, repr('%-6d|' % (-1,)))
except Exception as e:
    print(8, type(e).__name__, e)
try:
    print(9, repr(f'{-42:}'))
except Exception as e:
    print(9, type(e).__name__, e)
try:
    print(10, repr(format(-2.5, '.0f')))
except Exception as e:
    print(10, type(e).__name__, e)
try:
    print(11, repr('{:E}'.format(3.14159)))
except Exception as e:
    print(11, type(e).__name__, e)
try:
    print(12, repr(format(-2.5, '=+10')))
except Exception as e:
    print(12, type(e).__name__, e)
try:
    print(13, repr('%.2e' % (3.14159,)))
except Exception as e:
    print(13, type(e).__name__, e)
try:
    print(14, repr('%05d' % (0,)))
except Exception as e:
    print(14, type(e).__name__, e)
try:
    print(15, repr(f'{-42:e}'))
except Exception as e:
    print(15, type(e).__name__, e)
try:
    print(16, repr(f'{-0.0:g}'))
except Exception as e:
    print(16, type(e).__name__, e)
try:
    print(17, repr('{:>+10.3e}'.format(100.0)))
except Exception as e:
    print(17, type(e).__name__, e)
try:
    print(18, repr('{:g}'.format(-1)))
except Exception as e:
    print(18, type(e).__name__, e)
try:
    print(19, repr('{:n}'.format(0.0)))
except Exception as e:
    print(19, type(e).__name__, e)
try:
    print(20, repr('%.3s' % (3.14159,)))
except Exception as e:
    print(20, type(e).__name__, e)
try:
    print(21, repr('{:<5}'.format(3.14159)))
except Exception as e:
    print(21, type(e).__name__, e)
try:
    print(22, repr('%s' % (0,)))
except Exception as e:
    print(22, type(e).__name__, e)
try:
    print(23, repr('{:X}'.format(float("nan"))))
except Exception as e:
    print(23, type(e).__name__, e)
try:
    print(24, repr(f'{2**70:#g}'))
except Exception as e:
    print(24, type(e).__name__, e)
try:
    print(25, repr(format("str", '5d')))
except Exception as e:
    print(25, type(e).__name__, e)
try:
    print(26, repr(f'{100.0:,.2f}'))
except Exception as e:
    print(26, type(e).__name__, e)
try:
    print(27, repr('{:#010b}'.format(1e10)))
except Exception as e:
    print(27, type(e).__name__, e)
try:
    print(28, repr('{:%}'.format(float("inf"))))
except Exception as e:
    print(28, type(e).__name__, e)
try:
    print(29, repr('{:*^9}'.format("str")))
except Exception as e:
    print(29, type(e).__name__, e)
try:
    print(30, repr('%d' % (0.0,)))
except Exception as e:
    print(30, type(e).__name__, e)
try:
    print(31, repr('{:G}'.format(-2.5)))
except Exception as e:
    print(31, type(e).__name__, e)
try:
    print(32, repr('{:G}'.format(-42)))
except Exception as e:
    print(32, type(e).__name__, e)
try:
    print(33, repr('{:^7}'.format(float("nan"))))
except Exception as e:
    print(33, type(e).__name__, e)
try:
    print(34, repr(format(-0.0, 'g')))
except Exception as e:
    print(34, type(e).__name__, e)
try:
    print(35, repr(format(-1, '10')))
except Exception as e:
    print(35, type(e).__name__, e)
try:
    print(36, repr(format(0.0, 'n')))
except Exception as e:
    print(36, type(e).__name__, e)
try:
    print(37, repr('%r' % (1,)))
except Exception as e:
    print(37, type(e).__name__, e)
try:
    print(38, repr('{:#.0f}'.format(1e10)))
except Exception as e:
    print(38, type(e).__name__, e)
try:
    print(39, repr('%-6d|' % (1.5e-7,)))
except Exception as e:
    print(39, type(e).__name__, e)
try:
    print(40, repr(f'{1:10}'))
except Exception as e:
    print(40, type(e).__name__, e)
try:
    print(41, repr(format("", 'G')))
except Exception as e:
    print(41, type(e).__name__, e)
try:
    print(42, repr(format(-42, '+.3')))
except Exception as e:
    print(42, type(e).__name__, e)
try:
    print(43, repr(f'{255:X}'))
except Exception as e:
    print(43, type(e).__name__, e)
try:
    print(44, repr('{:#o}'.format(3.14159)))
except Exception as e:
    print(44, type(e).__name__, e)
try:
    print(45, repr('%.2e' % (-42,)))
except Exception as e:
    print(45, type(e).__name__, e)
try:
    print(46, repr(format(-42, '#010b')))
except Exception as e:
    print(46, type(e).__name__, e)
try:
    print(47, repr('%.3s' % (float("inf"),)))
except Exception as e:
    print(47, type(e).__name__, e)
try:
    print(48, repr('{:n}'.format(-0.0)))
except Exception as e:
    print(48, type(e).__name__, e)
try:
    print(49, repr('%-6d|' % (0.0,)))
except Exception as e:
    print(49, type(e).__name__, e)
try:
    print(50, repr(format(42, 'x')))
except Exception as e:
    print(50, type(e).__name__, e)
try:
    print(51, repr('{:c}'.format(255)))
except Exception as e:
    print(51, type(e).__name__, e)
try:
    print(52, repr('%e' % (3.14159,)))
except Exception as e:
    print(52, type(e).__name__, e)
try:
    print(53, repr('{:0=10}'.format(float("inf"))))
except Exception as e:
    print(53, type(e).__name__, e)
try:
    print(54, repr(f'{-1:%}'))
except Exception as e:
    print(54, type(e).__name__, e)
try:
    print(55, repr('{:.1%}'.format(0.0)))
except Exception as e:
    print(55, type(e).__name__, e)
try:
    print(56, repr('{:e}'.format("")))
except Exception as e:
    print(56, type(e).__name__, e)
try:
    print(57, repr(format(-0.0, '-')))
except Exception as e:
    print(57, type(e).__name__, e)
try:
    print(58, repr('%c' % (1/3,)))
except Exception as e:
    print(58, type(e).__name__, e)
try:
    print(59, repr('{:.3g}'.format(1.5e-7)))
except Exception as e:
    print(59, type(e).__name__, e)
try:
    print(60, repr('{:E}'.format("str")))
except Exception as e:
    print(60, type(e).__name__, e)
try:
    print(61, repr('{:.2e}'.format(123456789)))
except Exception as e:
    print(61, type(e).__name__, e)
try:
    print(62, repr(format(True, '%')))
except Exception as e:
    print(62, type(e).__name__, e)
try:
    print(63, repr('{:.1%}'.format("str")))
except Exception as e:
    print(63, type(e).__name__, e)
try:
    print(64, repr(format(float("inf"), ' ')))
except Exception as e:
    print(64, type(e).__name__, e)
try:
    print(65, repr('%.2e' % (-2.5,)))
except Exception as e:
    print(65, type(e).__name__, e)
try:
    print(66, repr('%05d' % (-1,)))
except Exception as e:
    print(66, type(e).__name__, e)
try:
    print(67, repr('%.2e' % (100.0,)))
except Exception as e:
    print(67, type(e).__name__, e)
try:
    print(68, repr('{:0=10}'.format(100.0)))
except Exception as e:
    print(68, type(e).__name__, e)
try:
    print(69, repr(format(0, ',.2f')))
except Exception as e:
    print(69, type(e).__name__, e)
try:
    print(70, repr(format(1/3, 'b')))
except Exception as e:
    print(70, type(e).__name__, e)
try:
    print(71, repr(format(1e10, '>+10.3e')))
except Exception as e:
    print(71, type(e).__name__, e)
try:
    print(72, repr('%o' % (255,)))
except Exception as e:
    print(72, type(e).__name__, e)
try:
    print(73, repr(format(3.14159, '<5')))
except Exception as e:
    print(73, type(e).__name__, e)
try:
    print(74, repr(format(42, '.3g')))
except Exception as e:
    print(74, type(e).__name__, e)
try:
    print(75, repr(f'{"":,.2f}'))
except Exception as e:
    print(75, type(e).__name__, e)
try:
    print(76, repr('{:#010b}'.format(True)))
except Exception as e:
    print(76, type(e).__name__, e)
try:
    print(77, repr(f'{2**70:-8.2f}'))
except Exception as e:
    print(77, type(e).__name__, e)
try:
    print(78, repr(format(1/3, '.0f')))
except Exception as e:
    print(78, type(e).__name__, e)
try:
    print(79, repr('{:}'.format(123456789)))
except Exception as e:
    print(79, type(e).__name__, e)
try:
    print(80, repr('%5d' % (2**70,)))
except Exception as e:
    print(80, type(e).__name__, e)
try:
    print(81, repr(f'{float("nan"):.1%}'))
except Exception as e:
    print(81, type(e).__name__, e)
try:
    print(82, repr('{:.0e}'.format(float("nan"))))
except Exception as e:
    print(82, type(e).__name__, e)
try:
    print(83, repr('{:E}'.format(42)))
except Exception as e:
    print(83, type(e).__name__, e)
try:
    print(84, repr('{:E}'.format(1/3)))
except Exception as e:
    print(84, type(e).__name__, e)
try:
    print(85, repr('%%%s' % (-42,)))
except Exception as e:
    print(85, type(e).__name__, e)
try:
    print(86, repr('{:=+10}'.format(255)))
except Exception as e:
    print(86, type(e).__name__, e)
try:
    print(87, repr(format("str", ' ')))
except Exception as e:
    print(87, type(e).__name__, e)
try:
    print(88, repr('%x' % (100.0,)))
except Exception as e:
    print(88, type(e).__name__, e)
try:
    print(89, repr(f'{-42:#.0f}'))
except Exception as e:
    print(89, type(e).__name__, e)
try:
    print(90, repr(f'{123456789:-8.2f}'))
except Exception as e:
    print(90, type(e).__name__, e)
try:
    print(91, repr('{:*^9}'.format(2**70)))
except Exception as e:
    print(91, type(e).__name__, e)
try:
    print(92, repr(format(1/3, '.0e')))
except Exception as e:
    print(92, type(e).__name__, e)
try:
    print(93, repr('%g' % (-0.0,)))
except Exception as e:
    print(93, type(e).__name__, e)
try:
    print(94, repr('%.2e' % (True,)))
except Exception as e:
    print(94, type(e).__name__, e)
try:
    print(95, repr('%05d' % ("",)))
except Exception as e:
    print(95, type(e).__name__, e)
try:
    print(96, repr('{:#.0f}'.format(100.0)))
except Exception as e:
    print(96, type(e).__name__, e)
try:
    print(97, repr('{:c}'.format(0.0)))
except Exception as e:
    print(97, type(e).__name__, e)
try:
    print(98, repr('{:d}'.format(True)))
except Exception as e:
    print(98, type(e).__name__, e)
try:
    print(99, repr('{:c}'.format(0.0)))
except Exception as e:
    print(99, type(e).__name__, e)
try:
    print(100, repr(f'{-42:n}'))
except Exception as e:
    print(100, type(e).__name__, e)
try:
    print(101, repr('%o' % (42,)))
except Exception as e:
    print(101, type(e).__name__, e)
try:
    print(102, repr(format(0.0, '5d')))
except Exception as e:
    print(102, type(e).__name__, e)
try:
    print(103, repr('%c' % (2**70,)))
except Exception as e:
    print(103, type(e).__name__, e)
try:
    print(104, repr(format(float("nan"), '.2e')))
except Exception as e:
    print(104, type(e).__name__, e)
try:
    print(105, repr(format("", '5d')))
except Exception as e:
    print(105, type(e).__name__, e)
try:
    print(106, repr(format("", '.2e')))
except Exception as e:
    print(106, type(e).__name__, e)
try:
    print(107, repr('%i' % (0.0,)))
except Exception as e:
    print(107, type(e).__name__, e)
try:
    print(108, repr(f'{"":.2s}'))
except Exception as e:
    print(108, type(e).__name__, e)
try:
    print(109, repr('{:+}'.format(0)))
except Exception as e:
    print(109, type(e).__name__, e)
try:
    print(110, repr('{:=+10}'.format(0.0)))
except Exception as e:
    print(110, type(e).__name__, e)
try:
    print(111, repr(f'{100.0:E}'))
except Exception as e:
    print(111, type(e).__name__, e)
try:
    print(112, repr('{:%}'.format("str")))
except Exception as e:
    print(112, type(e).__name__, e)
try:
    print(113, repr(f'{1/3:+}'))
except Exception as e:
    print(113, type(e).__name__, e)
try:
    print(114, repr('%#o' % (0,)))
except Exception as e:
    print(114, type(e).__name__, e)
try:
    print(115, repr(format(42, '>+10.3e')))
except Exception as e:
    print(115, type(e).__name__, e)
try:
    print(116, repr('%i' % (0,)))
except Exception as e:
    print(116, type(e).__name__, e)
try:
    print(117, repr('%10.3f' % (1/3,)))
except Exception as e:
    print(117, type(e).__name__, e)
try:
    print(118, repr(format("", '#x')))
except Exception as e:
    print(118, type(e).__name__, e)
try:
    print(119, repr(f'{0.0:#010b}'))
except Exception as e:
    print(119, type(e).__name__, e)
try:
    print(120, repr('%%%s' % (0.0,)))
except Exception as e:
    print(120, type(e).__name__, e)
try:
    print(121, repr('%.2e' % (0.0,)))
except Exception as e:
    print(121, type(e).__name__, e)
try:
    print(122, repr('%.3s' % (-42,)))
except Exception as e:
    print(122, type(e).__name__, e)
try:
    print(123, repr('{:c}'.format(float("nan"))))
except Exception as e:
    print(123, type(e).__name__, e)
try:
    print(124, repr('%%%s' % (float("nan"),)))
except Exception as e:
    print(124, type(e).__name__, e)
try:
    print(125, repr(f'{float("nan"):<5}'))
except Exception as e:
    print(125, type(e).__name__, e)
try:
    print(126, repr(f'{1e10:.2e}'))
except Exception as e:
    print(126, type(e).__name__, e)
try:
    print(127, repr(f'{-1:-8.2f}'))
except Exception as e:
    print(127, type(e).__name__, e)
try:
    print(128, repr(f'{-0.0:#o}'))
except Exception as e:
    print(128, type(e).__name__, e)
try:
    print(129, repr(f'{2**70:c}'))
except Exception as e:
    print(129, type(e).__name__, e)
try:
    print(130, repr(format(42, '08')))
except Exception as e:
    print(130, type(e).__name__, e)
try:
    print(131, repr(f'{100.0:-}'))
except Exception as e:
    print(131, type(e).__name__, e)
try:
    print(132, repr('%-6d|' % (-42,)))
except Exception as e:
    print(132, type(e).__name__, e)
try:
    print(133, repr(format(3.14159, '.0e')))
except Exception as e:
    print(133, type(e).__name__, e)
try:
    print(134, repr(f'{True:,}'))
except Exception as e:
    print(134, type(e).__name__, e)
try:
    print(135, repr(f'{100.0:.0f}'))
except Exception as e:
    print(135, type(e).__name__, e)
try:
    print(136, repr('%d' % (float("nan"),)))
except Exception as e:
    print(136, type(e).__name__, e)
try:
    print(137, repr(f'{1.5e-7:<5}'))
except Exception as e:
    print(137, type(e).__name__, e)
try:
    print(138, repr(format(2**70, '.0e')))
except Exception as e:
    print(138, type(e).__name__, e)
try:
    print(139, repr(f'{0:#o}'))
except Exception as e:
    print(139, type(e).__name__, e)
try:
    print(140, repr('%+d' % (-0.0,)))
except Exception as e:
    print(140, type(e).__name__, e)
try:
    print(141, repr('{:-}'.format(123456789)))
except Exception as e:
    print(141, type(e).__name__, e)
try:
    print(142, repr('{:+}'.format(1)))
except Exception as e:
    print(142, type(e).__name__, e)
try:
    print(143, repr('{:+.3}'.format(-42)))
except Exception as e:
    print(143, type(e).__name__, e)
try:
    print(144, repr(format(float("nan"), '0=10')))
except Exception as e:
    print(144, type(e).__name__, e)
try:
    print(145, repr(format(1.5e-7, '>8')))
except Exception as e:
    print(145, type(e).__name__, e)
try:
    print(146, repr(format(1.5e-7, 'E')))
except Exception as e:
    print(146, type(e).__name__, e)
try:
    print(147, repr('%10.3f' % (1e10,)))
except Exception as e:
    print(147, type(e).__name__, e)
try:
    print(148, repr(f'{3.14159:+}'))
except Exception as e:
    print(148, type(e).__name__, e)
try:
    print(149, repr(f'{255:G}'))
except Exception as e:
    print(149, type(e).__name__, e)
try:
    print(150, repr(f'{1/3:-8.2f}'))
except Exception as e:
    print(150, type(e).__name__, e)
try:
    print(151, repr('%o' % (-1,)))
except Exception as e:
    print(151, type(e).__name__, e)
try:
    print(152, repr('%f' % (2**70,)))
except Exception as e:
    print(152, type(e).__name__, e)
try:
    print(153, repr(f'{42:.2s}'))
except Exception as e:
    print(153, type(e).__name__, e)
try:
    print(154, repr(f'{float("nan"):x}'))
except Exception as e:
    print(154, type(e).__name__, e)
try:
    print(155, repr(format(-42, '#o')))
except Exception as e:
    print(155, type(e).__name__, e)
try:
    print(156, repr('%x' % (42,)))
except Exception as e:
    print(156, type(e).__name__, e)
try:
    print(157, repr('%.1f' % (-42,)))
except Exception as e:
    print(157, type(e).__name__, e)
try:
    print(158, repr('{:E}'.format(1e10)))
except Exception as e:
    print(158, type(e).__name__, e)
try:
    print(159, repr('%10.3f' % (100.0,)))
except Exception as e:
    print(159, type(e).__name__, e)
try:
    print(160, repr('{:%}'.format(-42)))
except Exception as e:
    print(160, type(e).__name__, e)
try:
    print(161, repr('{:#o}'.format(255)))
except Exception as e:
    print(161, type(e).__name__, e)
try:
    print(162, repr(format(float("inf"), '5d')))
except Exception as e:
    print(162, type(e).__name__, e)
try:
    print(163, repr(f'{3.14159:#x}'))
except Exception as e:
    print(163, type(e).__name__, e)
try:
    print(164, repr(f'{42:5d}'))
except Exception as e:
    print(164, type(e).__name__, e)
try:
    print(165, repr(format(3.14159, ',.2f')))
except Exception as e:
    print(165, type(e).__name__, e)
try:
    print(166, repr('%#o' % (1,)))
except Exception as e:
    print(166, type(e).__name__, e)
try:
    print(167, repr('%+d' % (123456789,)))
except Exception as e:
    print(167, type(e).__name__, e)
try:
    print(168, repr('%f' % (0.0,)))
except Exception as e:
    print(168, type(e).__name__, e)
try:
    print(169, repr(f'{"str":#010b}'))
except Exception as e:
    print(169, type(e).__name__, e)
try:
    print(170, repr(format(-2.5, ' ')))
except Exception as e:
    print(170, type(e).__name__, e)
try:
    print(171, repr('%+d' % (-1,)))
except Exception as e:
    print(171, type(e).__name__, e)
try:
    print(172, repr('{:0=10}'.format(-42)))
except Exception as e:
    print(172, type(e).__name__, e)
try:
    print(173, repr(format(42, '.2e')))
except Exception as e:
    print(173, type(e).__name__, e)
try:
    print(174, repr(format(0.0, '>+10.3e')))
except Exception as e:
    print(174, type(e).__name__, e)
try:
    print(175, repr(f'{1:n}'))
except Exception as e:
    print(175, type(e).__name__, e)
try:
    print(176, repr('{:.1%}'.format(123456789)))
except Exception as e:
    print(176, type(e).__name__, e)
try:
    print(177, repr('%+d' % (1,)))
except Exception as e:
    print(177, type(e).__name__, e)
try:
    print(178, repr('{:08}'.format(-42)))
except Exception as e:
    print(178, type(e).__name__, e)
try:
    print(179, repr(format(0.0, '#010b')))
except Exception as e:
    print(179, type(e).__name__, e)
try:
    print(180, repr(format(3.14159, '5d')))
except Exception as e:
    print(180, type(e).__name__, e)
try:
    print(181, repr(format(0, '+.3')))
except Exception as e:
    print(181, type(e).__name__, e)
try:
    print(182, repr('%.3s' % (-1,)))
except Exception as e:
    print(182, type(e).__name__, e)
try:
    print(183, repr('{:>+10.3e}'.format(123456789)))
except Exception as e:
    print(183, type(e).__name__, e)
try:
    print(184, repr('{:#010b}'.format(3.14159)))
except Exception as e:
    print(184, type(e).__name__, e)
try:
    print(185, repr('%05d' % (0.0,)))
except Exception as e:
    print(185, type(e).__name__, e)
try:
    print(186, repr(format(1e10, '_')))
except Exception as e:
    print(186, type(e).__name__, e)
try:
    print(187, repr('%e' % (1,)))
except Exception as e:
    print(187, type(e).__name__, e)
try:
    print(188, repr(f'{0:#010b}'))
except Exception as e:
    print(188, type(e).__name__, e)
try:
    print(189, repr('%05d' % ("str",)))
except Exception as e:
    print(189, type(e).__name__, e)
try:
    print(190, repr('{:5d}'.format(1)))
except Exception as e:
    print(190, type(e).__name__, e)
try:
    print(191, repr(format(42, '>8')))
except Exception as e:
    print(191, type(e).__name__, e)
try:
    print(192, repr('%r' % ("",)))
except Exception as e:
    print(192, type(e).__name__, e)
try:
    print(193, repr(f'{1e10:-}'))
except Exception as e:
    print(193, type(e).__name__, e)
try:
    print(194, repr(f'{"":#x}'))
except Exception as e:
    print(194, type(e).__name__, e)
try:
    print(195, repr('%G' % (1,)))
except Exception as e:
    print(195, type(e).__name__, e)
try:
    print(196, repr(f'{0.0:10}'))
except Exception as e:
    print(196, type(e).__name__, e)
try:
    print(197, repr(format(1, ',.2f')))
except Exception as e:
    print(197, type(e).__name__, e)
try:
    print(198, repr('%x' % (float("inf"),)))
except Exception as e:
    print(198, type(e).__name__, e)
try:
    print(199, repr(f'{float("nan"):.3f}'))
except Exception as e:
    print(199, type(e).__name__, e)
try:
    print(200, repr(f'{-0.0:*^9}'))
except Exception as e:
    print(200, type(e).__name__, e)
try:
    print(201, repr(f'{float("nan"):,}'))
except Exception as e:
    print(201, type(e).__name__, e)
try:
    print(202, repr(f'{-2.5:.0e}'))
except Exception as e:
    print(202, type(e).__name__, e)
try:
    print(203, repr('{:=+10}'.format("str")))
except Exception as e:
    print(203, type(e).__name__, e)
try:
    print(204, repr('% d' % ("",)))
except Exception as e:
    print(204, type(e).__name__, e)
try:
    print(205, repr(f'{255:+}'))
except Exception as e:
    print(205, type(e).__name__, e)
try:
    print(206, repr(format(0.0, 'b')))
except Exception as e:
    print(206, type(e).__name__, e)
try:
    print(207, repr(format(float("nan"), '08')))
except Exception as e:
    print(207, type(e).__name__, e)
try:
    print(208, repr(f'{0.0:n}'))
except Exception as e:
    print(208, type(e).__name__, e)
try:
    print(209, repr('{:#x}'.format(1.5e-7)))
except Exception as e:
    print(209, type(e).__name__, e)
try:
    print(210, repr(f'{-42:+}'))
except Exception as e:
    print(210, type(e).__name__, e)
try:
    print(211, repr(f'{"":10.4f}'))
except Exception as e:
    print(211, type(e).__name__, e)
try:
    print(212, repr(format(True, '+.3')))
except Exception as e:
    print(212, type(e).__name__, e)
try:
    print(213, repr('%.3s' % (1.5e-7,)))
except Exception as e:
    print(213, type(e).__name__, e)
try:
    print(214, repr(format(1e10, '<5')))
except Exception as e:
    print(214, type(e).__name__, e)
try:
    print(215, repr(f'{0.0:.1%}'))
except Exception as e:
    print(215, type(e).__name__, e)
try:
    print(216, repr('{:X}'.format(-1)))
except Exception as e:
    print(216, type(e).__name__, e)
try:
    print(217, repr(f'{2**70:0=10}'))
except Exception as e:
    print(217, type(e).__name__, e)
try:
    print(218, repr(format(0.0, '-')))
except Exception as e:
    print(218, type(e).__name__, e)
try:
    print(219, repr('%-6d|' % (1/3,)))
except Exception as e:
    print(219, type(e).__name__, e)
try:
    print(220, repr(f'{255:d}'))
except Exception as e:
    print(220, type(e).__name__, e)
try:
    print(221, repr(f'{True:.2e}'))
except Exception as e:
    print(221, type(e).__name__, e)
try:
    print(222, repr(format(2**70, '0=10')))
except Exception as e:
    print(222, type(e).__name__, e)
try:
    print(223, repr('{:>8}'.format(-0.0)))
except Exception as e:
    print(223, type(e).__name__, e)
try:
    print(224, repr('{:+}'.format(3.14159)))
except Exception as e:
    print(224, type(e).__name__, e)
try:
    print(225, repr('{:>+10.3e}'.format("")))
except Exception as e:
    print(225, type(e).__name__, e)
try:
    print(226, repr(f'{0.0:5d}'))
except Exception as e:
    print(226, type(e).__name__, e)
try:
    print(227, repr(f'{float("nan"):0=10}'))
except Exception as e:
    print(227, type(e).__name__, e)
try:
    print(228, repr(f'{0:08}'))
except Exception as e:
    print(228, type(e).__name__, e)
try:
    print(229, repr('%e' % (-42,)))
except Exception as e:
    print(229, type(e).__name__, e)
try:
    print(230, repr(format(100.0, 'd')))
except Exception as e:
    print(230, type(e).__name__, e)
try:
    print(231, repr(format(float("inf"), '#o')))
except Exception as e:
    print(231, type(e).__name__, e)
try:
    print(232, repr('{:,.2f}'.format(123456789)))
except Exception as e:
    print(232, type(e).__name__, e)
try:
    print(233, repr(format(123456789, '')))
except Exception as e:
    print(233, type(e).__name__, e)
try:
    print(234, repr(format(1/3, '.0e')))
except Exception as e:
    print(234, type(e).__name__, e)
try:
    print(235, repr(format(42, '.2e')))
except Exception as e:
    print(235, type(e).__name__, e)
try:
    print(236, repr('%g' % (255,)))
except Exception as e:
    print(236, type(e).__name__, e)
try:
    print(237, repr('{:08}'.format(True)))
except Exception as e:
    print(237, type(e).__name__, e)
try:
    print(238, repr(format(-0.0, 'b')))
except Exception as e:
    print(238, type(e).__name__, e)
try:
    print(239, repr('%05d' % ("str",)))
except Exception as e:
    print(239, type(e).__name__, e)
try:
    print(240, repr(format("str", '<5')))
except Exception as e:
    print(240, type(e).__name__, e)
try:
    print(241, repr('%i' % (float("nan"),)))
except Exception as e:
    print(241, type(e).__name__, e)
try:
    print(242, repr(format(0, '*^9')))
except Exception as e:
    print(242, type(e).__name__, e)
try:
    print(243, repr(f'{True:>+10.3e}'))
except Exception as e:
    print(243, type(e).__name__, e)
try:
    print(244, repr(f'{-2.5:}'))
except Exception as e:
    print(244, type(e).__name__, e)
try:
    print(245, repr('%.3s' % (1/3,)))
except Exception as e:
    print(245, type(e).__name__, e)
try:
    print(246, repr('%x' % (123456789,)))
except Exception as e:
    print(246, type(e).__name__, e)
try:
    print(247, repr(format(-2.5, '.2e')))
except Exception as e:
    print(247, type(e).__name__, e)
try:
    print(248, repr('{:0=10}'.format(0.0)))
except Exception as e:
    print(248, type(e).__name__, e)
try:
    print(249, repr('{:.1%}'.format(1e10)))
except Exception as e:
    print(249, type(e).__name__, e)
try:
    print(250, repr(f'{1e10:-8.2f}'))
except Exception as e:
    print(250, type(e).__name__, e)
try:
    print(251, repr('%.1f' % (100.0,)))
except Exception as e:
    print(251, type(e).__name__, e)
try:
    print(252, repr(format(-42, ' ')))
except Exception as e:
    print(252, type(e).__name__, e)
try:
    print(253, repr(f'{"":x}'))
except Exception as e:
    print(253, type(e).__name__, e)
try:
    print(254, repr('%5d' % (42,)))
except Exception as e:
    print(254, type(e).__name__, e)
try:
    print(255, repr('{:,.2f}'.format(0.0)))
except Exception as e:
    print(255, type(e).__name__, e)
try:
    print(256, repr('%c' % ("",)))
except Exception as e:
    print(256, type(e).__name__, e)
try:
    print(257, repr(format(100.0, '^7')))
except Exception as e:
    print(257, type(e).__name__, e)
try:
    print(258, repr(f'{2**70:}'))
except Exception as e:
    print(258, type(e).__name__, e)
try:
    print(259, repr(format(float("inf"), '#.0f')))
except Exception as e:
    print(259, type(e).__name__, e)
try:
    print(260, repr('{:d}'.format(2**70)))
except Exception as e:
    print(260, type(e).__name__, e)
try:
    print(261, repr('{:.0e}'.format(0)))
except Exception as e:
    print(261, type(e).__name__, e)
try:
    print(262, repr('%c' % (float("inf"),)))
except Exception as e:
    print(262, type(e).__name__, e)
try:
    print(263, repr(f'{2**70:b}'))
except Exception as e:
    print(263, type(e).__name__, e)
try:
    print(264, repr('%.1f' % (float("nan"),)))
except Exception as e:
    print(264, type(e).__name__, e)
try:
    print(265, repr(format(1/3, 'd')))
except Exception as e:
    print(265, type(e).__name__, e)
try:
    print(266, repr(f'{0.0:E}'))
except Exception as e:
    print(266, type(e).__name__, e)
try:
    print(267, repr('{:^7}'.format(0)))
except Exception as e:
    print(267, type(e).__name__, e)
try:
    print(268, repr('%.2e' % (100.0,)))
except Exception as e:
    print(268, type(e).__name__, e)
try:
    print(269, repr(format(0, '.2e')))
except Exception as e:
    print(269, type(e).__name__, e)
try:
    print(270, repr(f'{-1:5d}'))
except Exception as e:
    print(270, type(e).__name__, e)
try:
    print(271, repr(format(0.0, '%')))
except Exception as e:
    print(271, type(e).__name__, e)
try:
    print(272, repr(f'{"":.2s}'))
except Exception as e:
    print(272, type(e).__name__, e)
try:
    print(273, repr('{:10.4f}'.format(42)))
except Exception as e:
    print(273, type(e).__name__, e)
try:
    print(274, repr('%s' % (float("nan"),)))
except Exception as e:
    print(274, type(e).__name__, e)
try:
    print(275, repr(format(2**70, 'x')))
except Exception as e:
    print(275, type(e).__name__, e)
try:
    print(276, repr(format(255, '.2s')))
except Exception as e:
    print(276, type(e).__name__, e)
try:
    print(277, repr('%f' % (100.0,)))
except Exception as e:
    print(277, type(e).__name__, e)
try:
    print(278, repr('{:0=10}'.format(42)))
except Exception as e:
    print(278, type(e).__name__, e)
try:
    print(279, repr(format(1e10, '*^9')))
except Exception as e:
    print(279, type(e).__name__, e)
try:
    print(280, repr('{:g}'.format(0.0)))
except Exception as e:
    print(280, type(e).__name__, e)
try:
    print(281, repr(format(100.0, '>8')))
except Exception as e:
    print(281, type(e).__name__, e)
try:
    print(282, repr('%05d' % (-1,)))
except Exception as e:
    print(282, type(e).__name__, e)
try:
    print(283, repr(f'{1e10:-}'))
except Exception as e:
    print(283, type(e).__name__, e)
try:
    print(284, repr('%g' % (1/3,)))
except Exception as e:
    print(284, type(e).__name__, e)
try:
    print(285, repr('% d' % (1e10,)))
except Exception as e:
    print(285, type(e).__name__, e)
try:
    print(286, repr('{:10.4f}'.format(100.0)))
except Exception as e:
    print(286, type(e).__name__, e)
try:
    print(287, repr(f'{True:.2e}'))
except Exception as e:
    print(287, type(e).__name__, e)
try:
    print(288, repr(format(100.0, 'G')))
except Exception as e:
    print(288, type(e).__name__, e)
try:
    print(289, repr(format(True, 'd')))
except Exception as e:
    print(289, type(e).__name__, e)
try:
    print(290, repr(format(42, 'E')))
except Exception as e:
    print(290, type(e).__name__, e)
try:
    print(291, repr('{:,.2f}'.format(True)))
except Exception as e:
    print(291, type(e).__name__, e)
try:
    print(292, repr('{:*^9}'.format(100.0)))
except Exception as e:
    print(292, type(e).__name__, e)
try:
    print(293, repr('%-6d|' % (-1,)))
except Exception as e:
    print(293, type(e).__name__, e)
try:
    print(294, repr('{:>8}'.format(float("inf"))))
except Exception as e:
    print(294, type(e).__name__, e)
try:
    print(295, repr('%o' % (-2.5,)))
except Exception as e:
    print(295, type(e).__name__, e)
try:
    print(296, repr(f'{100.0:n}'))
except Exception as e:
    print(296, type(e).__name__, e)
try:
    print(297, repr(format(0, ',.2f')))
except Exception as e:
    print(297, type(e).__name__, e)
try:
    print(298, repr('{:^7}'.format(42)))
except Exception as e:
    print(298, type(e).__name__, e)
try:
    print(299, repr(f'{-42:.1%}'))
except Exception as e:
    print(299, type(e).__name__, e)
try:
    print(300, repr('{:b}'.format(1/3)))
except Exception as e:
    print(300, type(e).__name__, e)
try:
    print(301, repr(f'{3.14159:0=10}'))
except Exception as e:
    print(301, type(e).__name__, e)
try:
    print(302, repr(f'{123456789:*^9}'))
except Exception as e:
    print(302, type(e).__name__, e)
try:
    print(303, repr('{:.0f}'.format(-2.5)))
except Exception as e:
    print(303, type(e).__name__, e)
try:
    print(304, repr('%#o' % (123456789,)))
except Exception as e:
    print(304, type(e).__name__, e)
try:
    print(305, repr('%c' % (-1,)))
except Exception as e:
    print(305, type(e).__name__, e)
try:
    print(306, repr(f'{"str":x}'))
except Exception as e:
    print(306, type(e).__name__, e)
try:
    print(307, repr('{:#.0f}'.format(42)))
except Exception as e:
    print(307, type(e).__name__, e)
try:
    print(308, repr(f'{-42:>+10.3e}'))
except Exception as e:
    print(308, type(e).__name__, e)
try:
    print(309, repr('{:x}'.format("")))
except Exception as e:
    print(309, type(e).__name__, e)
try:
    print(310, repr('{:c}'.format(-1)))
except Exception as e:
    print(310, type(e).__name__, e)
try:
    print(311, repr('%.1f' % (0,)))
except Exception as e:
    print(311, type(e).__name__, e)
try:
    print(312, repr('%-6d|' % (-2.5,)))
except Exception as e:
    print(312, type(e).__name__, e)
try:
    print(313, repr(f'{0.0:c}'))
except Exception as e:
    print(313, type(e).__name__, e)
try:
    print(314, repr('{:08}'.format(1/3)))
except Exception as e:
    print(314, type(e).__name__, e)
try:
    print(315, repr(f'{True:G}'))
except Exception as e:
    print(315, type(e).__name__, e)
try:
    print(316, repr(f'{float("inf"):#o}'))
except Exception as e:
    print(316, type(e).__name__, e)
try:
    print(317, repr(format(1e10, 'X')))
except Exception as e:
    print(317, type(e).__name__, e)
try:
    print(318, repr(f'{1.5e-7:-8.2f}'))
except Exception as e:
    print(318, type(e).__name__, e)
try:
    print(319, repr(f'{-42:.2e}'))
except Exception as e:
    print(319, type(e).__name__, e)
try:
    print(320, repr('%05d' % (float("nan"),)))
except Exception as e:
    print(320, type(e).__name__, e)
try:
    print(321, repr(format(float("nan"), 'x')))
except Exception as e:
    print(321, type(e).__name__, e)
try:
    print(322, repr('{:b}'.format(-1)))
except Exception as e:
    print(322, type(e).__name__, e)
try:
    print(323, repr(f'{-42:^7}'))
except Exception as e:
    print(323, type(e).__name__, e)
try:
    print(324, repr(f'{-42:.1%}'))
except Exception as e:
    print(324, type(e).__name__, e)
try:
    print(325, repr('%10.3f' % (0,)))
except Exception as e:
    print(325, type(e).__name__, e)
try:
    print(326, repr(f'{float("inf"):^7}'))
except Exception as e:
    print(326, type(e).__name__, e)
try:
    print(327, repr('%s' % (-2.5,)))
except Exception as e:
    print(327, type(e).__name__, e)
try:
    print(328, repr(f'{"":.2s}'))
except Exception as e:
    print(328, type(e).__name__, e)
try:
    print(329, repr('% d' % (1.5e-7,)))
except Exception as e:
    print(329, type(e).__name__, e)
try:
    print(330, repr(format(0, '<5')))
except Exception as e:
    print(330, type(e).__name__, e)
try:
    print(331, repr('%%%s' % (2**70,)))
except Exception as e:
    print(331, type(e).__name__, e)
try:
    print(332, repr(f'{255:.0e}'))
except Exception as e:
    print(332, type(e).__name__, e)
try:
    print(333, repr('%g' % (-2.5,)))
except Exception as e:
    print(333, type(e).__name__, e)
try:
    print(334, repr(f'{True:x}'))
except Exception as e:
    print(334, type(e).__name__, e)
try:
    print(335, repr(format(3.14159, 'G')))
except Exception as e:
    print(335, type(e).__name__, e)
try:
    print(336, repr('%d' % (0.0,)))
except Exception as e:
    print(336, type(e).__name__, e)
try:
    print(337, repr('%g' % (123456789,)))
except Exception as e:
    print(337, type(e).__name__, e)
try:
    print(338, repr(format(-2.5, '.2e')))
except Exception as e:
    print(338, type(e).__name__, e)
try:
    print(339, repr('{:.1%}'.format("")))
except Exception as e:
    print(339, type(e).__name__, e)
try:
    print(340, repr(f'{0:-8.2f}'))
except Exception as e:
    print(340, type(e).__name__, e)
try:
    print(341, repr(f'{3.14159:#010b}'))
except Exception as e:
    print(341, type(e).__name__, e)
try:
    print(342, repr('%r' % (-1,)))
except Exception as e:
    print(342, type(e).__name__, e)
try:
    print(343, repr(format(True, ' ')))
except Exception as e:
    print(343, type(e).__name__, e)
try:
    print(344, repr('%f' % (255,)))
except Exception as e:
    print(344, type(e).__name__, e)
try:
    print(345, repr(format(100.0, '#010b')))
except Exception as e:
    print(345, type(e).__name__, e)
try:
    print(346, repr(f'{"str":10.4f}'))
except Exception as e:
    print(346, type(e).__name__, e)
try:
    print(347, repr(f'{123456789:.0e}'))
except Exception as e:
    print(347, type(e).__name__, e)
try:
    print(348, repr('%d' % (0,)))
except Exception as e:
    print(348, type(e).__name__, e)
try:
    print(349, repr('{:+}'.format(1.5e-7)))
except Exception as e:
    print(349, type(e).__name__, e)
try:
    print(350, repr(format(-0.0, '.0f')))
except Exception as e:
    print(350, type(e).__name__, e)
try:
    print(351, repr(f'{0.0:.2s}'))
except Exception as e:
    print(351, type(e).__name__, e)
try:
    print(352, repr(f'{0.0:08}'))
except Exception as e:
    print(352, type(e).__name__, e)
try:
    print(353, repr('{:#x}'.format(255)))
except Exception as e:
    print(353, type(e).__name__, e)
try:
    print(354, repr('%c' % (0.0,)))
except Exception as e:
    print(354, type(e).__name__, e)
try:
    print(355, repr(format(1/3, 'b')))
except Exception as e:
    print(355, type(e).__name__, e)
try:
    print(356, repr('{:+}'.format(1/3)))
except Exception as e:
    print(356, type(e).__name__, e)
try:
    print(357, repr(f'{0:=+10}'))
except Exception as e:
    print(357, type(e).__name__, e)
try:
    print(358, repr(format(2**70, '+')))
except Exception as e:
    print(358, type(e).__name__, e)
try:
    print(359, repr(f'{"":-8.2f}'))
except Exception as e:
    print(359, type(e).__name__, e)
try:
    print(360, repr(format(0, '')))
except Exception as e:
    print(360, type(e).__name__, e)
try:
    print(361, repr(format(True, '.3f')))
except Exception as e:
    print(361, type(e).__name__, e)
try:
    print(362, repr(format(0.0, '<5')))
except Exception as e:
    print(362, type(e).__name__, e)
try:
    print(363, repr('{:x}'.format(1)))
except Exception as e:
    print(363, type(e).__name__, e)
try:
    print(364, repr('{:0=10}'.format(0)))
except Exception as e:
    print(364, type(e).__name__, e)
try:
    print(365, repr(f'{"str":b}'))
except Exception as e:
    print(365, type(e).__name__, e)
try:
    print(366, repr('{:08}'.format(255)))
except Exception as e:
    print(366, type(e).__name__, e)
try:
    print(367, repr('{:.2s}'.format(1/3)))
except Exception as e:
    print(367, type(e).__name__, e)
try:
    print(368, repr('%10.3f' % (1/3,)))
except Exception as e:
    print(368, type(e).__name__, e)
try:
    print(369, repr(f'{0.0:,}'))
except Exception as e:
    print(369, type(e).__name__, e)
try:
    print(370, repr(f'{255:b}'))
except Exception as e:
    print(370, type(e).__name__, e)
try:
    print(371, repr('%5d' % (-2.5,)))
except Exception as e:
    print(371, type(e).__name__, e)
try:
    print(372, repr('{:g}'.format(float("inf"))))
except Exception as e:
    print(372, type(e).__name__, e)
try:
    print(373, repr('%.1f' % (True,)))
except Exception as e:
    print(373, type(e).__name__, e)
try:
    print(374, repr(f'{-1:c}'))
except Exception as e:
    print(374, type(e).__name__, e)
try:
    print(375, repr(format(1/3, '+.3')))
except Exception as e:
    print(375, type(e).__name__, e)
try:
    print(376, repr(f'{1/3:#010b}'))
except Exception as e:
    print(376, type(e).__name__, e)
try:
    print(377, repr(f'{1:^7}'))
except Exception as e:
    print(377, type(e).__name__, e)
try:
    print(378, repr('{: }'.format(-0.0)))
except Exception as e:
    print(378, type(e).__name__, e)
try:
    print(379, repr('{:e}'.format(-0.0)))
except Exception as e:
    print(379, type(e).__name__, e)
try:
    print(380, repr(f'{"": }'))
except Exception as e:
    print(380, type(e).__name__, e)
try:
    print(381, repr(f'{1.5e-7:e}'))
except Exception as e:
    print(381, type(e).__name__, e)
try:
    print(382, repr('%05d' % (255,)))
except Exception as e:
    print(382, type(e).__name__, e)
try:
    print(383, repr('{:10.4f}'.format(255)))
except Exception as e:
    print(383, type(e).__name__, e)
try:
    print(384, repr(format(1/3, 'b')))
except Exception as e:
    print(384, type(e).__name__, e)
try:
    print(385, repr(f'{100.0:+}'))
except Exception as e:
    print(385, type(e).__name__, e)
try:
    print(386, repr(f'{123456789:0=10}'))
except Exception as e:
    print(386, type(e).__name__, e)
try:
    print(387, repr(f'{0:#010b}'))
except Exception as e:
    print(387, type(e).__name__, e)
try:
    print(388, repr(f'{100.0:c}'))
except Exception as e:
    print(388, type(e).__name__, e)
try:
    print(389, repr('%5d' % (0,)))
except Exception as e:
    print(389, type(e).__name__, e)
try:
    print(390, repr('%i' % (True,)))
except Exception as e:
    print(390, type(e).__name__, e)
try:
    print(391, repr(f'{1/3:.3f}'))
except Exception as e:
    print(391, type(e).__name__, e)
try:
    print(392, repr(f'{-1:>+10.3e}'))
except Exception as e:
    print(392, type(e).__name__, e)
try:
    print(393, repr('%.2e' % (1,)))
except Exception as e:
    print(393, type(e).__name__, e)
try:
    print(394, repr(f'{255:.2s}'))
except Exception as e:
    print(394, type(e).__name__, e)
try:
    print(395, repr('{:>+10.3e}'.format(255)))
except Exception as e:
    print(395, type(e).__name__, e)
try:
    print(396, repr('{:#x}'.format(42)))
except Exception as e:
    print(396, type(e).__name__, e)
try:
    print(397, repr('{:#010b}'.format(1.5e-7)))
except Exception as e:
    print(397, type(e).__name__, e)
try:
    print(398, repr('{:}'.format(0.0)))
except Exception as e:
    print(398, type(e).__name__, e)
try:
    print(399, repr('%G' % (float("inf"),)))
except Exception as e:
    print(399, type(e).__name__, e)
