import KubeAPI
import Testing

/// Reading a PKCS#10 request as `x509.ParseCertificateRequest` does, for the signers and describe.
@Suite("CertificateRequestInfo")
struct CertificateRequestInfoTests {
    /// openssl req -subj "/O=system:nodes/CN=system:node:tk8s-worker1"
    /// -addext "subjectAltName=DNS:tk8s-worker1,IP:172.22.0.2", base64 of the PEM.
    static let nodeRequest =
        "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ3J6Q0NBWmNDQVFBd09qRVZNQk1HQTFVRUNnd01jM2x6ZEdWdE9tNXZaR1Z6TVNFd0h3WURWUVFEREJoegplWE4wWlcwNmJtOWtaVHAwYXpoekxYZHZjbXRsY2pFd2dnRWlNQTBHQ1NxR1NJYjNEUUVCQVFVQUE0SUJEd0F3CmdnRUtBb0lCQVFEQjE2SGdMTVhoR3NxMEhaMEFUbmowSXllUU42clBIMldDTWJTSmlsYkdCUFpaaWxxbGZJTzQKR21GZ1hrS1FVRmpuWGxNeFJGbWZRRExFYVRkSzNLS2pCVGJRSEc4UTE4TU00ZVNLTXJER3c5c25zUm0wUjU0awp5eVJBMVlMU3FUSmxlUzhGV3lvVEZWaHhUd25TMVYrb2g1Yjh6MlBNbWxFdGprQXdROGpGb2pOcXMyRFpZL1RCCkkxNkpjNldMT0ZyRytwVU0vajBoSG5CVmtTYm5GTTQyUEJTd3FIbDlZS25zd0drbDNxMjZNSy8wd25WanF0LzIKNVlMVi9SRUgzdGhVZC9xUUtaMGlMTWZMb3VST1U5MXNhOWRVbUlpWEhOWWQ5R1pFRHk2emV3WGovRm5vQ3RpSApmZHI1cjVMWEx1VkRRQ3d5WkNyaGtpdGxveEFpU2FBSEFnTUJBQUdnTURBdUJna3Foa2lHOXcwQkNRNHhJVEFmCk1CMEdBMVVkRVFRV01CU0NESFJyT0hNdGQyOXlhMlZ5TVljRXJCWUFBakFOQmdrcWhraUc5dzBCQVFzRkFBT0MKQVFFQWF6dWhoZUl3YmFFWS9RbGtVa1Q3QTJ1OENKVGxaWnBTRml2ZitKWTZ1NldobDUwLzMvUmMzT21Vem0yOApBZW5ueWtNY25pblhOUTVFbXVoamdaZjBEajJOamhRUHlqQnFBNisxcUdTdVJuY0YyL3pCeGJrSFFaMnBWMngzCkpGV2RzajgxbW1kM044cDJxcXloandOTjlBYW4ydTlDbGRKV3MwdHlGcWlCdXJlbXhhQVJTU1N3c240TnlZZTIKczFOTnl1OWxsaDNIUVd1OVRwVHE5aEFwMmtQTjltdElObFJUYjZqQStzN3d0dFpkM1ZHWXUzTGRDTHcrWElTUgpUdVdqcTNONHFCaUNrdG52cXUxUWNBT1NXaDA5bi9CZG5VaDBqWkp1Rnl3VTZzT0Z1WUl5Z0EvRXl3cjVnd1FyCjVYRWJqRS8vcFBhYzlzTVRxRTVuTXpkUGFBPT0KLS0tLS1FTkQgQ0VSVElGSUNBVEUgUkVRVUVTVC0tLS0tCg=="

    @Test("subject names and alternative names are read in order")
    func names() throws {
        let info = try #require(CertificateRequestInfo(request: Self.nodeRequest))
        #expect(info.commonName == "system:node:tk8s-worker1")
        #expect(info.organizations == ["system:nodes"])
        #expect(info.dnsNames == ["tk8s-worker1"] && info.ipAddresses == ["172.22.0.2"])
        #expect(info.emailAddresses.isEmpty && info.uris.isEmpty)
    }

    @Test("text that is not a PEM certificate request is not one")
    func notARequest() {
        #expect(CertificateRequestInfo(request: Base64.encode("hello")) == nil)
        #expect(CertificateRequestInfo(request: "") == nil)
    }

    @Test("DER lengths round-trip, short and long form")
    func lengths() throws {
        for count in [0, 5, 127, 128, 300, 70000] {
            let element = DERElement(tag: DERElement.octetString, content: Array(repeating: 7, count: count))
            #expect(DERElement.single(element.encoded) == element)
        }
        #expect(DERElement.single([0x04, 0x05, 0x01]) == nil)
    }
}
