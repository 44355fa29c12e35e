import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// `kubectl certificate approve|deny`: the condition it adds, what it prints, and what the
/// signer does once a request is approved.
@Suite("kubectl certificate")
struct CertificateTests {
    /// A PKCS#10 request for CN=myuser (openssl req -new -subj /CN=myuser), base64 of the PEM.
    static let request =
        "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ1ZqQ0NBVDRDQVFBd0VURVBNQTBHQTFVRUF3d0diWGwxYzJWeU1JSUJJakFOQmdrcWhraUc5dzBCQVFFRgpBQU9DQVE4QU1JSUJDZ0tDQVFFQXp4RngzSFpMTFRzZ1VwL2tlanlXMVp1TnJmWjJoK1Jna09WSjgzS2hVejMvCjhGd2kxZUVTR1dwRVBIOVN0S2hOdUx2T2U0dDBza1ZWb0I2WEtpWUJhVFhuZ1crNE42N2NrQ2U1RnVldUFMWXYKN0ZoUVM4NHcvZjAveHZua2ZNNE1mOEs2MDJvVGkvWitPOWNPeUI2U2ppZ2tHTEszNjJGRGFWNW5xNkVmRVkxTgpwb2prbkZTdkhoRWFFTU9YQjBxaFcyWXRxR0hOYnkyQkJKUlBCYjBnY1RZQldCazlsWFRaM1JyeGp4eHNpSmRyCkVZUmZZQXZLc2xKODNKRWtMNXdydUdjTHdpQXZ0WURZMlo1YU9jRHU3aXFvcFJLU1ZwYmhGSVVoZ3J6MUJYdmQKellScEFoQmlDTjZaeEw0cTlqUUZOMlBJdWRyM0FNT0lvLzY4RjdkRTFRSURBUUFCb0FBd0RRWUpLb1pJaHZjTgpBUUVMQlFBRGdnRUJBR1ZoTDdiZmZXNG9DWVBrMnpxdGxqaDRmMzBBRFF5bUxWZm1obWdPblV0LzBSM0x6MjYvCmZSS1ZycHdJNWpXbGdURkdNVzZCUXVxZ1puWDZ6QUVGclg5TTFjazdMenRReTNoZHE1RmNGL1R5dEVHSGttNVYKUUszaEpUZy9QMFdhbjNqeHExZ0ZaVERaREx2NE9lSUhvTlM5b1l6Q0gyQjlzSk8rcm5KUkxmLytPcGp6a1c0QQpoYld6L1dQK2hzZW14cktFOEl3VlZrN2ovaHQ4NzJRN2tYNStyR2cyK0FscjZjOFU1ZkNiQ2o3OFQzMjBlbithCmo0Y3dneStMQXMvQStEVzl0c1QzOG1rTDlqemRjbTJ4cStTbm1jVXlNcFB1blV4TStsT2ZkWWxyTDdsaVkyVjcKRGhTQ2dRODJ6NzhFbUdMbHQvZmdHSjdNdnpDYlBLbFpmam89Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo="

    static func harness(signer: String = "kubernetes.io/kube-apiserver-client", usages: [String] = ["client auth"])
        throws -> KubectlHarness
    {
        let h = try KubectlHarness()
        try h.cluster.create(
            KubeObject([
                "apiVersion": "certificates.k8s.io/v1", "kind": "CertificateSigningRequest",
                "metadata": ["name": "myuser"],
                "spec": [
                    "request": .string(request), "signerName": .string(signer),
                    "usages": .array(usages.map(JSONValue.string)),
                ],
            ]))
        return h
    }

    /// The CONDITION column of `kubectl get csr myuser`.
    func condition(_ h: KubectlHarness) throws -> String {
        String(
            (h.run("get", "csr", "myuser", "--no-headers").out.split(separator: " ").last ?? "").filter { $0 != "\n" })
    }

    @Test("approve adds kubectl's Approved condition, prints the line, and the signer issues a certificate")
    func approve() throws {
        let h = try Self.harness()
        let result = h.run("certificate", "approve", "myuser")
        #expect(result.out == "certificatesigningrequest.certificates.k8s.io/myuser approved\n" && result.code == 0)
        let stored = try h.cluster.get(.certificateSigningRequests, namespace: nil, name: "myuser")
        let approved = stored[path: "status.conditions"][0]
        #expect(approved["type"].string == "Approved" && approved["status"].string == "True")
        #expect(approved["reason"].string == "KubectlApprove")
        #expect(approved["message"].string == "This CSR was approved by kubectl certificate approve.")
        #expect(approved["lastTransitionTime"] == approved["lastUpdateTime"])
        #expect(
            Base64.decoded(stored[path: "status.certificate"].string ?? "").hasPrefix("-----BEGIN CERTIFICATE-----\n"))
        #expect(try condition(h) == "Approved,Issued")
    }

    @Test("deny adds Denied and no certificate follows; approving it then is kubectl's error")
    func deny() throws {
        let h = try Self.harness()
        #expect(
            h.run("certificate", "deny", "myuser").out
                == "certificatesigningrequest.certificates.k8s.io/myuser denied\n")
        #expect(try condition(h) == "Denied")
        let refused = h.run("certificate", "approve", "myuser", "--force")
        #expect(refused.err == "error: certificate signing request \"myuser\" is already Denied\n" && refused.code == 1)
    }

    @Test("signers kube-controller-manager does not run leave the request Approved")
    func otherSigner() throws {
        let h = try Self.harness(signer: "example.com/custom")
        _ = h.run("certificate", "approve", "myuser")
        #expect(try condition(h) == "Approved")
    }

    @Test("a request its signer refuses is marked Failed with the signer's reason")
    func failed() throws {
        let h = try Self.harness(usages: ["server auth"])
        _ = h.run("certificate", "approve", "myuser")
        #expect(try condition(h) == "Approved,Failed")
        let failed = try h.cluster.get(.certificateSigningRequests, namespace: nil, name: "myuser")[
            path: "status.conditions"][1]
        #expect(failed["reason"].string == "SignerValidationFailure")
        #expect(failed["message"].string == "invalid usage for client certificate: server auth")
    }

    @Test("the same request gives the same certificate")
    func deterministic() throws {
        let first = try Self.harness()
        let second = try Self.harness()
        _ = first.run("certificate", "approve", "myuser")
        _ = second.run("certificate", "approve", "myuser")
        let certificate = { (h: KubectlHarness) in
            try h.cluster.get(.certificateSigningRequests, namespace: nil, name: "myuser")[path: "status.certificate"]
        }
        #expect(try certificate(first) == certificate(second))
    }

    @Test("decide: appends once, and refuses the contradicting decision")
    func decide() throws {
        var request = KubeObject(["metadata": ["name": "r"]])
        let now = Timestamp(seconds: 0)
        guard case .success(let approved?) = CertificateDecision.approve.decide(request, now: now) else {
            Issue.record("expected a change")
            return
        }
        #expect(approved[path: "status.conditions"][0]["reason"].string == "KubectlApprove")
        guard case .success(nil) = CertificateDecision.approve.decide(approved, now: now) else {
            Issue.record("expected no change")
            return
        }
        request = approved
        guard case .failure(.plain(let text)) = CertificateDecision.deny.decide(request, now: now) else {
            Issue.record("expected an error")
            return
        }
        #expect(text == "certificate signing request \"r\" is already Approved")
    }

    @Test("nothing named is a usage error; a missing request does not stop the others")
    func errors() throws {
        let h = try Self.harness()
        #expect(
            h.run("certificate", "approve").err
                == "error: one or more CSRs must be specified as <name> or -f <filename>\n")
        let mixed = h.run("certificate", "approve", "nope", "myuser")
        #expect(mixed.out == "certificatesigningrequest.certificates.k8s.io/myuser approved\n")
        #expect(
            mixed.err
                == "Error from server (NotFound): certificatesigningrequests.certificates.k8s.io \"nope\" not found\n")
        #expect(h.run("certificate").code == 0)
    }
}

/// What the checker reads from `kubectl certificate` command lines.
@Suite("kubectl certificate: meaning")
struct CertificateMeaningTests {
    @Test("the decision is part of the verb; the requests are names")
    func meaning() throws {
        let h = try KubectlHarness()
        let approve = h.kubectl.meaning(of: ["kubectl", "certificate", "approve", "csr/myuser", "other"])
        #expect(approve?.verb == "certificate approve")
        #expect(approve?.resources == ["certificatesigningrequests"] && approve?.names == ["myuser", "other"])
        #expect(h.kubectl.meaning(of: ["kubectl", "certificate", "deny", "myuser"])?.verb == "certificate deny")
    }
}

/// `kubectl describe csr`: the request's own subject under the request's facts.
@Suite("kubectl describe csr")
struct CertificateDescribeTests {
    @Test("shows the requester, signer, status and the requested subject")
    func describe() throws {
        let h = try CertificateTests.harness()
        _ = h.run("certificate", "approve", "myuser")
        let out = h.run("describe", "csr", "myuser").out
        #expect(out.contains("Requesting User:    kubernetes-admin\n"))
        #expect(out.contains("Status:             Approved,Issued\n"))
        #expect(out.contains("Subject:\n         Common Name:    myuser\n         Serial Number:  \n"))
    }
}
