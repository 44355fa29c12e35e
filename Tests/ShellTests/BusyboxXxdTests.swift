import Testing

@testable import Shell

/// busybox 1.36's `xxd` (`hexdump_xxd.c` over `bb_dump`), from its source: vim's layout for a
/// plain dump, its own for `-i`, `-p` ending with the input, and `-r` for both.
@Suite struct BusyboxXxdTests {
    static let cases: [Expected] = [
        Expected("printf 'hello world, this is xxd\\n\\000\\001' | xxd", "00000000: 6865 6c6c 6f20 776f 726c 642c 2074 6869  hello world, thi\n00000010: 7320 6973 2078 7864 0a00 01              s is xxd...\n", 0),
        Expected("printf 'abc' | xxd -g1 -c8", "00000000: 61 62 63                 abc\n", 0),
        Expected("printf 'hello world' | xxd -g3 -o 16", "00000010: 68656c 6c6f20 776f72 6c64              hello world\n", 0),
        Expected("printf 'hello world' | xxd -i -c4", "  0x68, 0x65, 0x6c, 0x6c,\n  0x6f, 0x20, 0x77, 0x6f,\n  0x72, 0x6c, 0x64,\n", 0),
        Expected("printf 'hello' | xxd -p -c2", "6865\n6c6c\n6f\n", 0),
        Expected("printf 'abcd' | xxd -p -c2", "6162\n6364\n", 0),
        Expected("xxd -i noeol.txt", "unsigned char noeol_txt[] = {\n  0x6e, 0x6f, 0x65, 0x6f, 0x6c,\n};\nunsigned int noeol_txt_len = 5;\n", 0),
        Expected("xxd -s 2 -l 2 noeol.txt", "00000002: 656f                                     eo\n", 0),
        Expected("printf 'hi' | xxd -s 1", "xxd: stdin: Illegal seek\n", 1),
        Expected("printf '68 6\\n9 0a' | xxd -r -p", "hi\n", 0),
        Expected("printf '00000000: 6869 0a    hi.\\n' | xxd -r", "hi\n", 0),
        Expected("printf '00000002: 41\\n00000000: 42\\n' | xxd -r", "\0\0Axxd: cannot seek: Illegal seek\n", 1),
        Expected("xxd nosuch", "xxd: nosuch: No such file or directory\n", 1),
        Expected("xxd -r nosuch", "xxd: can't open 'nosuch': No such file or directory\n", 1),
        Expected("xxd -l x noeol.txt", "xxd: invalid number 'x'\n", 1),
        Expected("xxd a b", "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n", 1),
    ]

    @Test(arguments: cases)
    func matchesSource(_ expected: Expected) {
        let session = makeSession()
        session.register("xxd", BusyboxXxdCommand(banner: "BusyBox v1.36.1 (2023-05-18 22:34:17 UTC)"))
        let result = run(session, expected.line)
        if expected.line.hasPrefix("xxd a b") {
            #expect(result.combined.hasPrefix(expected.output))
        } else {
            #expect(result.combined == expected.output)
        }
        #expect(result.status == expected.status)
    }
}
