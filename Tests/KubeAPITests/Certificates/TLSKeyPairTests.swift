import Testing

@testable import KubeAPI

/// `tls.X509KeyPair`'s checks: PEM blocks found, the key's public half matched to the certificate.
@Suite("TLS key pair")
struct TLSKeyPairTests {
    /// A self-signed P-256 certificate (CN=tester, O=qa) and its key, made with openssl.
    static let certificate = """
        -----BEGIN CERTIFICATE-----
        MIIBkjCCATegAwIBAgIUNTrMCRMx9SW0NuyqTtfL0CWU1MUwCgYIKoZIzj0EAwIw
        HjEPMA0GA1UEAwwGdGVzdGVyMQswCQYDVQQKDAJxYTAeFw0yNjEyMDUwNzA5MzRa
        Fw0zNjEyMDIwNzA5MzRaMB4xDzANBgNVBAMMBnRlc3RlcjELMAkGA1UECgwCcWEw
        WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAS4D0hJxM2KN0PRfSnbCYTlzPsGUlR5
        Hn6NTS9P0CwLuepwkRIKmkJTZAWGbndDwHgtKoNKeh0cu7ZVboqN9r0fo1MwUTAd
        BgNVHQ4EFgQUtlX/4ncIlSSEKdkXt2q5hkO/WzYwHwYDVR0jBBgwFoAUtlX/4ncI
        lSSEKdkXt2q5hkO/WzYwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNJADBG
        AiEA4a31EoMGYcIQ9AHf80Ydf9AzU6JDh2ZgoZNPgRrilLcCIQCf6+cjtNvPBeMb
        8VTiBHnBRzYq3yvNGBOoLScLLf3hKQ==
        -----END CERTIFICATE-----
        """

    static let key = """
        -----BEGIN EC PRIVATE KEY-----
        MHcCAQEEIFftu7En6n7+Vp9klrzJP5td8MdSPBNXC+qYLVIoVEG5oAoGCCqGSM49
        AwEHoUQDQgAEuA9IScTNijdD0X0p2wmE5cz7BlJUeR5+jU0vT9AsC7nqcJESCppC
        U2QFhm53Q8B4LSqDSnodHLu2VW6Kjfa9Hw==
        -----END EC PRIVATE KEY-----
        """

    /// The same key in PKCS#8.
    static let pkcs8Key = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgV+27sSfqfv5Wn2SW
        vMk/m13wx1I8E1cL6pgtUihUQbmhRANCAAS4D0hJxM2KN0PRfSnbCYTlzPsGUlR5
        Hn6NTS9P0CwLuepwkRIKmkJTZAWGbndDwHgtKoNKeh0cu7ZVboqN9r0f
        -----END PRIVATE KEY-----
        """

    /// Another P-256 key.
    static let otherKey = """
        -----BEGIN EC PRIVATE KEY-----
        MHcCAQEEIEHBO8wMBMzXSgsPSG6+hePIfD+SY2td2ytjv9Pok+TloAoGCCqGSM49
        AwEHoUQDQgAE6cMnrbRIwOLfkk4cP6RbPO74CPa0xU7frEaRYpUkOuZh+joBNmiC
        9H0WBzm36oEPHY2fdyAhY20W9v6UqSW7yg==
        -----END EC PRIVATE KEY-----
        """

    @Test("a certificate pairs with its own key, in SEC 1 or PKCS#8 form")
    func pairs() throws {
        let der = try TLSKeyPair.load(certificate: Self.certificate, key: Self.key).get()
        #expect(try TLSKeyPair.load(certificate: Self.certificate, key: Self.pkcs8Key).get() == der)
        let parsed = try #require(X509Certificate(der: der))
        #expect(parsed.commonName == "tester")
        #expect(parsed.organizations == ["qa"])
    }

    @Test("another key, no key and swapped inputs fail with Go's words")
    func failures() {
        func message(_ certificate: String, _ key: String) -> String? {
            if case .failure(let failure) = TLSKeyPair.load(certificate: certificate, key: key) { failure.message } else { nil }
        }
        #expect(message(Self.certificate, Self.otherKey) == "tls: private key does not match public key")
        #expect(message(Self.certificate, "") == "tls: failed to find any PEM data in key input")
        #expect(message("hi", Self.key) == "tls: failed to find any PEM data in certificate input")
        #expect(message(Self.certificate, Self.certificate) == "tls: found a certificate rather than a key in the PEM for the private key")
        #expect(
            message(Self.key, Self.certificate)
                == "tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched")
    }
}
