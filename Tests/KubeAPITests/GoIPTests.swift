import KubeAPI
import Testing

/// Addresses as Go's `net.ParseIP` reads them, compared as `net.IP.Equal` compares them.
@Suite("Go IP addresses")
struct GoIPTests {
    @Test("dotted IPv4 takes four decimal parts of at most 255, none with a leading zero")
    func ipv4() {
        #expect(GoIP("10.98.0.1") != nil)
        #expect(GoIP("255.255.255.255") != nil)
        for text in ["010.98.0.1", "256.1.1.1", "10.98.0", "10.98.0.1.", "+1.2.3.4", "1.2.3.4 ", "", "a.b.c.d"] {
            #expect(GoIP(text) == nil, "\(text)")
        }
    }

    @Test("IPv6 takes hex groups, one :: and a dotted tail; its IPv4-mapped form equals the IPv4 address")
    func ipv6() {
        #expect(GoIP("::1") != nil)
        #expect(GoIP("fe80::1:2") != nil)
        #expect(GoIP("2001:db8:0:0:0:0:0:1") == GoIP("2001:db8::1"))
        #expect(GoIP("::ffff:10.98.0.1") == GoIP("10.98.0.1"))
        #expect(GoIP("::ffff:a62:1") == GoIP("10.98.0.1"))
        for text in ["1::2::3", ":1::", "12345::1", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "::g", "[::1]"] {
            #expect(GoIP(text) == nil, "\(text)")
        }
    }
}
