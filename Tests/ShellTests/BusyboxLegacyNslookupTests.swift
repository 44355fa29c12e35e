import Testing

@testable import Shell

@Suite("busybox nslookup before 1.29 prints as busybox 1.28 does")
struct BusyboxLegacyNslookupTests {
    @Test("its headers pad the label to ten columns, as printf's %-10s does")
    func headers() {
        #expect(BusyboxLegacyNslookup.header("Server:", "10.98.0.10") == "Server:    10.98.0.10\n")
        #expect(BusyboxLegacyNslookup.header("Name:", "web-0.nginx") == "Name:      web-0.nginx\n")
        #expect(BusyboxLegacyNslookup.header("Addresses:", "x") == "Addresses: x\n")
    }
}
