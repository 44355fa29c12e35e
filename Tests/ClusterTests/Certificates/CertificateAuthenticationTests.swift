import KubeAPI
import Testing

@testable import Cluster

/// The x509 authenticator: certificates the cluster CA issued name their user, others are 401.
@Suite("client certificate authentication")
struct CertificateAuthenticationTests {
    /// The Kubernetes docs' request for CN=myuser, made with openssl.
    static let request = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ1ZqQ0NBVDRDQVFBd0VURVBNQTBHQTFVRUF3d0diWGwxYzJWeU1JSUJJakFOQmdrcWhraUc5dzBCQVFFRgpBQU9DQVE4QU1JSUJDZ0tDQVFFQXp4RngzSFpMTFRzZ1VwL2tlanlXMVp1TnJmWjJoK1Jna09WSjgzS2hVejMvCjhGd2kxZUVTR1dwRVBIOVN0S2hOdUx2T2U0dDBza1ZWb0I2WEtpWUJhVFhuZ1crNE42N2NrQ2U1RnVldUFMWXYKN0ZoUVM4NHcvZjAveHZua2ZNNE1mOEs2MDJvVGkvWitPOWNPeUI2U2ppZ2tHTEszNjJGRGFWNW5xNkVmRVkxTgpwb2prbkZTdkhoRWFFTU9YQjBxaFcyWXRxR0hOYnkyQkJKUlBCYjBnY1RZQldCazlsWFRaM1JyeGp4eHNpSmRyCkVZUmZZQXZLc2xKODNKRWtMNXdydUdjTHdpQXZ0WURZMlo1YU9jRHU3aXFvcFJLU1ZwYmhGSVVoZ3J6MUJYdmQKellScEFoQmlDTjZaeEw0cTlqUUZOMlBJdWRyM0FNT0lvLzY4RjdkRTFRSURBUUFCb0FBd0RRWUpLb1pJaHZjTgpBUUVMQlFBRGdnRUJBR1ZoTDdiZmZXNG9DWVBrMnpxdGxqaDRmMzBBRFF5bUxWZm1obWdPblV0LzBSM0x6MjYvCmZSS1ZycHdJNWpXbGdURkdNVzZCUXVxZ1puWDZ6QUVGclg5TTFjazdMenRReTNoZHE1RmNGL1R5dEVHSGttNVYKUUszaEpUZy9QMFdhbjNqeHExZ0ZaVERaREx2NE9lSUhvTlM5b1l6Q0gyQjlzSk8rcm5KUkxmLytPcGp6a1c0QQpoYld6L1dQK2hzZW14cktFOEl3VlZrN2ovaHQ4NzJRN2tYNStyR2cyK0FscjZjOFU1ZkNiQ2o3OFQzMjBlbithCmo0Y3dneStMQXMvQStEVzl0c1QzOG1rTDlqemRjbTJ4cStTbm1jVXlNcFB1blV4TStsT2ZkWWxyTDdsaVkyVjcKRGhTQ2dRODJ6NzhFbUdMbHQvZmdHSjdNdnpDYlBLbFpmam89Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo="

    /// A cluster that has issued a 24-hour client certificate for the docs' request; its DER bytes.
    static func issued() throws -> (Cluster, [UInt8]) {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            KubeObject([
                "apiVersion": "certificates.k8s.io/v1", "kind": "CertificateSigningRequest", "metadata": ["name": "myuser"],
                "spec": [
                    "request": .string(request), "signerName": "kubernetes.io/kube-apiserver-client",
                    "expirationSeconds": 86400, "usages": ["client auth"],
                ],
            ]))
        var approved = try cluster.get(.certificateSigningRequests, namespace: nil, name: "myuser")
        approved[path: "status.conditions"] = [["type": "Approved", "status": "True", "reason": "Test"]]
        try cluster.replaceApproval(approved)
        let signed = try cluster.get(.certificateSigningRequests, namespace: nil, name: "myuser")
        let pem = Base64.decoded(try #require(signed[path: "status.certificate"].string))
        return (cluster, try #require(PEM.blocks(of: "CERTIFICATE", in: pem).first))
    }

    @Test("an issued certificate is its common name, in system:authenticated, until it expires")
    func issuedUser() throws {
        let (cluster, der) = try Self.issued()
        let user = try #require(cluster.authenticate(clientCertificate: der))
        #expect(user.name == "myuser")
        #expect(user.groups == ["system:authenticated"])
        #expect(user.extra["authentication.kubernetes.io/credential-id"]?.first?.hasPrefix("X509SHA256=") == true)
        cluster.advance(seconds: 86100)
        #expect(cluster.authenticate(clientCertificate: der) != nil)
        cluster.advance(seconds: 1)
        #expect(cluster.authenticate(clientCertificate: der) == nil)
    }

    @Test("a certificate changed after signing is refused")
    func tampered() throws {
        let (cluster, der) = try Self.issued()
        var changed = der
        let name = Array("myuser".utf8)
        let at = try #require((0..<changed.count - name.count).first { Array(changed[$0..<$0 + name.count]) == name })
        changed[at] = UInt8(ascii: "x")
        #expect(cluster.authenticate(clientCertificate: changed) == nil)
    }

    @Test("kubeadm's admin certificate is the admin")
    func admin() throws {
        let cluster = try WorldFixture.tk8s()
        let der = try #require(Cluster.derCertificate(cluster.settings.adminCredentials.clientCertificateData))
        #expect(cluster.authenticate(clientCertificate: der) == .kubeadmAdmin)
    }
}
