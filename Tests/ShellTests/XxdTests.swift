import Testing

@testable import Shell

/// vim's `xxd` (2022-01-14, Debian 12's package) on the host, compared with the real one.
@Suite struct XxdTests {
    static let cases: [Expected] = [
        Expected("printf 'hello world, this is xxd\\n\\000\\001' | xxd", "00000000: 6865 6c6c 6f20 776f 726c 642c 2074 6869  hello world, thi\n00000010: 7320 6973 2078 7864 0a00 01              s is xxd...\n", 0),
        Expected("printf 'hello' | xxd -p", "68656c6c6f\n", 0),
        Expected("printf 'abc' | xxd -g1 -c8", "00000000: 61 62 63                 abc\n", 0),
        Expected("printf 'abc' | xxd -g 0", "00000000: 616263                            abc\n", 0),
        Expected("printf 'hello world' | xxd -d -o 16 -g 3", "00000016: 68656c 6c6f20 776f72 6c64              hello world\n", 0),
        Expected("printf 'hello' | xxd -b", "00000000: 01101000 01100101 01101100 01101100 01101111           hello\n", 0),
        Expected("printf 'hello world' | xxd -i -c4", "  0x68, 0x65, 0x6c, 0x6c,\n  0x6f, 0x20, 0x77, 0x6f,\n  0x72, 0x6c, 0x64\n", 0),
        Expected("xxd -i greek.txt", "unsigned char greek_txt[] = {\n  0x61, 0x6c, 0x70, 0x68, 0x61, 0x0a, 0x62, 0x65, 0x74, 0x61, 0x0a, 0x67,\n  0x61, 0x6d, 0x6d, 0x61, 0x0a, 0x64, 0x65, 0x6c, 0x74, 0x61, 0x0a, 0x65,\n  0x70, 0x73, 0x69, 0x6c, 0x6f, 0x6e, 0x0a, 0x7a, 0x65, 0x74, 0x61, 0x0a,\n  0x65, 0x74, 0x61, 0x0a, 0x74, 0x68, 0x65, 0x74, 0x61, 0x0a, 0x69, 0x6f,\n  0x74, 0x61, 0x0a, 0x6b, 0x61, 0x70, 0x70, 0x61, 0x0a, 0x6c, 0x61, 0x6d,\n  0x62, 0x64, 0x61, 0x0a, 0x6d, 0x75, 0x0a\n};\nunsigned int greek_txt_len = 67;\n", 0),
        Expected("printf 'abcdefgh' | xxd -s 2 -l 3", "00000002: 6364 65                                  cde\n", 0),
        Expected("printf 'hi' | xxd -s 5", "xxd: Sorry, cannot seek.\n", 4),
        Expected("printf '6869' | xxd -r -p", "hi", 0),
        Expected("printf '00000000: 6869 0a    hi.\\n' | xxd -r", "hi\n", 0),
        Expected("xxd nosuch", "xxd: nosuch: No such file or directory\n", 2),
        Expected("xxd -c 300 greek.txt", "xxd: invalid number of columns (max. 256).\n", 1),
        Expected("xxd -u -l 16 greek.txt", "00000000: 616C 7068 610A 6265 7461 0A67 616D 6D61  alpha.beta.gamma\n", 0),
        Expected("printf '\\377\\376' | xxd -ps", "fffe\n", 0),
        Expected("printf 'abc' | xxd -c -1", "xxd: invalid number of columns (max. 256).\n", 1),
        Expected("printf 'abc' | xxd -l -5", "00000000: 6162 63                                  abc\n", 0),
        Expected("printf 'abcdef' | xxd -s +2", "00000002: 6364 6566                                cdef\n", 0),
        Expected("xxd -v", "xxd 2022-01-14 by Juergen Weigert et al.\n", 0),
    ]

    @Test(arguments: cases)
    func matchesVim(_ expected: Expected) {
        let session = makeSession()
        session.register("xxd", XxdCommand())
        let result = run(session, expected.line)
        #expect(result.combined == expected.output)
        #expect(result.status == expected.status)
    }

    @Test("an unknown option prints the usage on standard error with status 1")
    func usage() {
        let session = makeSession()
        session.register("xxd", XxdCommand())
        let result = run(session, "xxd -Q")
        #expect(result.stderr.hasPrefix("Usage:\n       xxd [options] [infile [outfile]]\n"))
        #expect(result.stdout.isEmpty)
        #expect(result.status == 1)
    }

    @Test("xxd -r -p turns a plain dump back into the same bytes")
    func roundTrip() {
        let session = makeSession()
        session.register("xxd", XxdCommand())
        #expect(run(session, "printf '\\351\\000z' | xxd -p | xxd -r -p | od -An -c").stdout == " 351  \\0   z\n")
    }
}
