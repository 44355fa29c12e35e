import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// Go's TLS client's verdict on the lab apiserver's certificate: the name asked for, then a
/// chain to a trusted root, each failure worded as Go words it.
@Suite("kubectl TLS server verification")
struct ServerCertificateTests {
    static let names =
        "tk8s-control-plane, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.tk8s.k8s"

    @Test("a name the certificate lacks fails the handshake, with one more discovery attempt than a refusal")
    func wrongName() throws {
        let lab = try KubectlHarness()
        let result = lab.run("get", "pods", "--tls-server-name=foo")
        let failure = "tls: failed to verify certificate: x509: certificate is valid for \(Self.names), not foo"
        #expect(result.err.hasSuffix("\nUnable to connect to the server: \(failure)\n"))
        #expect(result.err.split(separator: "\n").filter { $0.contains("memcache.go:265") }.count == 6)
        #expect(result.err.contains(#"Get \"https://172.22.0.1:6443/api?timeout=32s\": \#(failure)"#))
    }

    @Test("names match without regard to ASCII case or a final dot; addresses match the IP SANs")
    func matchingNames() throws {
        let lab = try KubectlHarness()
        for name in [
            "KUBERNETES.default.svc.tk8s.k8s.", "tk8s-control-plane", "10.98.0.1", "172.22.0.1", "::ffff:10.98.0.1",
        ] {
            #expect(
                lab.run("get", "ns", "default", "-o", "name", "--tls-server-name=\(name)").out == "namespace/default\n")
        }
        #expect(
            lab.run("get", "ns", "--tls-server-name=10.0.0.1").err.hasSuffix(
                "x509: certificate is valid for 10.98.0.1, 172.22.0.1, not 10.0.0.1\n"))
        #expect(
            lab.run("get", "ns", "default", "-o", "name", "--tls-server-name=foo", "--insecure-skip-tls-verify").out
                == "namespace/default\n")
    }

    @Test("a root with the issuer's name but another key is the candidate that failed")
    func chain() throws {
        let issuer = try #require(KubectlHarness().cluster.apiServerCertificate.issuer)
        let certificate = ServingCertificate(dnsNames: ["kubernetes"], ipAddresses: [], issuer: issuer)
        let unknown = "x509: certificate signed by unknown authority"
        let (other, sameNameRSA, sameNameECDSA) = (
            try Self.root(Self.otherName), try Self.root(Self.sameNameRSA), try Self.root(Self.sameNameECDSA)
        )
        #expect(ServerCertificateCheck.chainFailure(of: certificate, roots: [issuer]) == nil)
        #expect(ServerCertificateCheck.chainFailure(of: certificate, roots: []) == unknown)
        #expect(ServerCertificateCheck.chainFailure(of: certificate, roots: [other]) == unknown)
        #expect(ServerCertificateCheck.chainFailure(of: certificate, roots: [sameNameRSA, issuer]) == nil)
        #expect(
            ServerCertificateCheck.chainFailure(of: certificate, roots: [sameNameRSA])
                == unknown
                + #" (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "kubernetes")"#
        )
        #expect(
            ServerCertificateCheck.chainFailure(of: certificate, roots: [sameNameECDSA])
                == unknown
                + #" (possibly because of "x509: signature algorithm specifies an RSA public key, but have public key of type *ecdsa.PublicKey" while trying to verify candidate authority certificate "kubernetes")"#
        )
    }

    @Test("the name is checked before the chain")
    func nameFirst() {
        let certificate = ServingCertificate(dnsNames: ["kubernetes"], ipAddresses: ["10.98.0.1"], issuer: nil)
        #expect(
            ServerCertificateCheck.failure(of: certificate, serverName: "foo", roots: nil)
                == "x509: certificate is valid for kubernetes, not foo")
        #expect(
            ServerCertificateCheck.failure(of: certificate, serverName: "[10.98.0.1]", roots: nil)
                == "x509: certificate signed by unknown authority")
    }

    private static func root(_ pem: String) throws -> X509Certificate {
        try #require(PEM.blocks(of: "CERTIFICATE", in: pem).first.flatMap { X509Certificate(der: $0) })
    }

    /// Self-signed roots made with openssl: CN=kubernetes with another RSA key, CN=kubernetes
    /// with a P-256 key, and CN=etcd-ca.
    static let sameNameRSA = """
        -----BEGIN CERTIFICATE-----
        MIIDCzCCAfOgAwIBAgIUFOCkerJcLxzXaglv8mqLXU9X5XQwDQYJKoZIhvcNAQEL
        BQAwFTETMBEGA1UEAwwKa3ViZXJuZXRlczAeFw0yNjEyMDUyMTUzNDhaFw0zNjEy
        MDIyMTUzNDhaMBUxEzARBgNVBAMMCmt1YmVybmV0ZXMwggEiMA0GCSqGSIb3DQEB
        AQUAA4IBDwAwggEKAoIBAQC9RoMOMTGy4FljrCTmIhV8Mhn+b/iBdDS7P0eeD9+i
        1gQjCpzP6iAb2uTZOOVZ5thgGKU7lYXD92GG4q/vU0KL+K/uHmBzqBXut3lRu5+P
        EU1wWKJlmS2d2Y+zj538NprP/Nz8KuMjiXuvV8n1FvoQgb7JtGcC7HOP/+gDOUea
        YKWhcTguxefAHbREUeD86Xgup+tPr/geB2BV41M37VOanBLWgIi1CAmkOGrSVKt8
        b9uYrvbxhgYaAMCk01mD6nVAMUmAKt0rMlE1LuRcqsrZf8MfOQK3oUI2sXm+HdVH
        eMZp54co8+qNEzSVKdDOTxYo7EVf16hE1Iw3jPtbdgAFAgMBAAGjUzBRMB0GA1Ud
        DgQWBBT17fpUf+4CxsrQ/F4cnnhRYw5uojAfBgNVHSMEGDAWgBT17fpUf+4CxsrQ
        /F4cnnhRYw5uojAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQB/
        8m+dyCkc1KNju8o7ECIUKFAyEMLvDn/4H2WktOjE7Bf3tQOMadMwhKmbWxQ86rQc
        0EdKBPCEcFebDV1vtKcG9U3GYf1yDsUhalT8BTMmso8QLtxowV54EJnLCULHTOgN
        Zq2KAAApANEc02GEU5qZTSEQLTyrsuZRPHyl7YQ0WaDB0dP4hi3r4ud81SOQ81jf
        7ymgafWTuARfFtEfW2dxuo65IV+XcsNAly4/e+jkXPc51saAmS2HtsjXivR9bjp7
        f2KL0rycdC+ZT5o4wZVKeYOxfAon1XszlCbDubB/NYB7gsZdwZHWhHrSbtDnFDWa
        MrnxLCHa/5XQcVmzQHe0
        -----END CERTIFICATE-----
        """

    static let sameNameECDSA = """
        -----BEGIN CERTIFICATE-----
        MIIBfzCCASWgAwIBAgIUH/mXi+Yx7KgH0CKw21wmDDC5VtkwCgYIKoZIzj0EAwIw
        FTETMBEGA1UEAwwKa3ViZXJuZXRlczAeFw0yNjEyMDUyMTU2MzRaFw0zNjEyMDIy
        MTU2MzRaMBUxEzARBgNVBAMMCmt1YmVybmV0ZXMwWTATBgcqhkjOPQIBBggqhkjO
        PQMBBwNCAAS9GeWSX4mj7Vm4gmEf4WsAkBSL5eLzlPYuOS5Ejc+axMyBbEMRBb5m
        ExJ7qzupZMnBFjoJNzbXc8oUOM7LNFCJo1MwUTAdBgNVHQ4EFgQU6V2BjB5JJONm
        Vmvs7S/t0sHywRUwHwYDVR0jBBgwFoAU6V2BjB5JJONmVmvs7S/t0sHywRUwDwYD
        VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEAkxBZb9dnKTE0Eb8iSqyp
        UKSjWZgNEqJ1xUHOV81Ax28CICqFkUCwO814mJDS3rWifa4iFwqSMTypjfwUg/B0
        sI5J
        -----END CERTIFICATE-----
        """

    static let otherName = """
        -----BEGIN CERTIFICATE-----
        MIIDBTCCAe2gAwIBAgIUCE3koI8owpBP+cy2hGslht8y7g8wDQYJKoZIhvcNAQEL
        BQAwEjEQMA4GA1UEAwwHZXRjZC1jYTAeFw0yNjEyMDUyMTU2MzRaFw0zNjEyMDIy
        MTU2MzRaMBIxEDAOBgNVBAMMB2V0Y2QtY2EwggEiMA0GCSqGSIb3DQEBAQUAA4IB
        DwAwggEKAoIBAQDGUTbaPuv0xOwW0bvEEFRogTHCkqfE7fjVPmW+t9YKNDccW30k
        LNbw6/DgFTJYk/y8Yz6Ug420TVOOA6RgKgzc6tAaA9ZbJ991fTznSLYlGhkySKWq
        j8FZyW0LahPEGsP8m+Du/ZcLJHh+Kfdw/6rHfHwxgnYQhZ/KE2rRH9U/wZJU9QaR
        btg2Trp/mBVgv61b5TE1iEzW6wD0DHHYBZ3fkCXcB5xETIs5s5DVoPRSkW9mav2u
        T6Je8fQ228OdagHBh6HCcabNXhfUC0AFXqE1n5TgGoWN0RG8e13ovp9UujXE6hLL
        aHjUdwkGfUfCWvM3IYnTolpAobKXbp71KF4TAgMBAAGjUzBRMB0GA1UdDgQWBBTe
        ygJFGxuqs1DjyuCzuoJy4CCFSDAfBgNVHSMEGDAWgBTeygJFGxuqs1DjyuCzuoJy
        4CCFSDAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQCYKy+CcNUn
        vKlHE27Lc4tyCmGzbKlogQ/tQY9KmQhFy4g5q9RdV32eYaWNhUjacL09+M1orzzW
        6Y7nw+bJuWOMgS45MpaiD8+bHf5qGXriw0sTYQfyhmwloqNuu0jAF2K4nIzBpJNR
        LiHRRXyOMdMoQ82BCzJsUi4ESaEWihRR9CAHUCPGZxNmMNpE4uEb16XClUHxjIQ1
        FhmBTqa3Pi9rwvwdROyf88Bao9ccOjASzW9cgnz6tLbVl//6bSY0Dy9bK5/oBwrg
        krVPF6bIq6IaFyu/dc6KktFexcRgKDXGa92z81THveg/7OVbTOmhmPzA9ZIDZU7r
        DRNmmCmxjbxA
        -----END CERTIFICATE-----
        """
}
