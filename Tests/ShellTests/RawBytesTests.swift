import Kubectl
import Shell
import Testing

/// Bytes that are not UTF-8 pass through pipes whole, and byte counts count bytes (GNU coreutils 9.1).
@Suite struct RawBytesTests {
    @Test("printf's \\x escapes make bytes, which wc -c counts and base64 encodes")
    func printfBytes() {
        let session = makeSession()
        #expect(run(session, "printf '\\x00\\xff' | wc -c").stdout == "2\n")
        #expect(run(session, "printf '\\xff\\xfe' | base64").stdout == "//4=\n")
        #expect(run(session, "printf 'a\\0b' | tr -d '\\0' | wc -c").stdout == "2\n")
        #expect(run(session, "printf 'é' | wc -c").stdout == "2\n")
    }

    @Test("base64 -d gives back the bytes, binary ones included")
    func decodeBinary() {
        let session = makeSession()
        #expect(run(session, "echo -n /w== | base64 -d | wc -c").stdout == "1\n")
        #expect(run(session, "echo -n 'gAD/' | base64 -d | base64").stdout == "gAD/\n")
        #expect(run(session, "printf '\\x80abc\\xc3' > bin; head -c 2 bin | base64; tail -c 1 bin | base64").stdout == "gGE=\nww==\n")
    }

    @Test("/dev/null, /dev/zero and a seeded /dev/urandom")
    func devices() {
        let session = makeSession()
        #expect(run(session, "cat /dev/null | wc -c").stdout == "0\n")
        #expect(run(session, "head -c 8 /dev/zero | base64").stdout == "AAAAAAAAAAA=\n")
        let first = run(session, "head -c 100 /dev/urandom | wc -c; head -c 12 /dev/urandom | base64").stdout
        #expect(first.hasPrefix("100\n"))
        #expect(first.count == 4 + 17)
        #expect(run(makeSession(), "head -c 100 /dev/urandom | wc -c; head -c 12 /dev/urandom | base64").stdout == first,
            "a fresh session reads the same bytes")
        #expect(run(session, "head -c 12 /dev/urandom | base64").stdout != String(first.dropFirst(4)),
            "each read goes on where the last stopped")
    }
}
