import KubeAPI
import Testing

@Suite("Object names checked as the apiserver's DNS-1123 rules check them")
struct NameValidationTests {
    @Test("subdomains: dot-separated labels of [a-z0-9-], each edged by alphanumerics", arguments: [
        "a", "web", "big-5d4b7f8c9-x2bqz", "example.com", "a.b.c", "1-2.3", "0",
    ])
    func acceptsSubdomains(name: String) {
        #expect(NameValidation.isSubdomain(name))
        #expect(NameValidation.subdomain(name).isEmpty)
    }

    @Test("not subdomains: empty labels, hyphens at a label's edge, other characters", arguments: [
        "", ".", "a.", ".a", "a..b", "-a", "a-", "a.-b", "a-.b", "A", "web_1", "café", "a b",
    ])
    func refusesOthers(name: String) {
        #expect(!NameValidation.isSubdomain(name))
        #expect(NameValidation.subdomain(name) == [NameValidation.subdomainMessage])
    }

    @Test("length is counted in bytes, as Go's len counts it")
    func lengthInBytes() {
        // 127 two-byte characters: 254 bytes, over the limit of 253, though only 127 characters.
        let name = String(repeating: "é", count: 127)
        #expect(NameValidation.subdomain(name) == [NameValidation.maxLength(253), NameValidation.subdomainMessage])
        #expect(NameValidation.subdomain(String(repeating: "a", count: 253)).isEmpty)
        #expect(NameValidation.label(String(repeating: "a", count: 64)) == [NameValidation.maxLength(63)])
    }
}
