import KubeAPI
import Testing

@testable import Cluster

/// The approval subresource's rules: timestamps, and what validation refuses.
@Suite("CSR approval subresource")
struct CertificateApprovalTests {
    /// An empty PEM request block: enough for the create validation's PEM check.
    static let emptyRequest = Base64.encode("-----BEGIN CERTIFICATE REQUEST-----\n-----END CERTIFICATE REQUEST-----\n")
    let now = Timestamp(seconds: 1_000_000)

    @Test("a new condition is dated now; one of the same type and status keeps its transition time")
    func timestamps() {
        let old: [JSONValue] = [["type": "Approved", "status": "True", "lastTransitionTime": "1970-01-01T00:00:10Z"]]
        let dated = CertificateRequestConditions.withTimestamps(
            [["type": "Approved", "status": "True"], ["type": "Other", "status": "False"]], old: old, now: now)
        #expect(dated[0]["lastTransitionTime"].string == "1970-01-01T00:00:10Z")
        #expect(dated[0]["lastUpdateTime"].string == now.rfc3339)
        #expect(dated[1]["lastTransitionTime"].string == now.rfc3339)
    }

    @Test("Approved after Denied is invalid at the second condition's type")
    func exclusive() {
        let old: [JSONValue] = [["type": "Denied", "status": "True"]]
        let causes = CertificateRequestConditions.approvalProblems(
            old + [["type": "Approved", "status": "True"]], old: old)
        #expect(
            causes.map(\.text) == [
                "status.conditions[1].type: Invalid value: \"Approved\": Approved and Denied conditions are mutually exclusive"
            ])
    }

    @Test("conditions may not be removed, nor Approved be anything but True")
    func removalAndStatus() {
        let old: [JSONValue] = [["type": "Approved", "status": "True"]]
        #expect(
            CertificateRequestConditions.approvalProblems([], old: old).map(\.text) == [
                "status.conditions: Forbidden: updates may not remove a condition of type \"Approved\""
            ])
        #expect(
            CertificateRequestConditions.approvalProblems([["type": "Approved", "status": "False"]], old: []).map(
                \.text) == [
                    "status.conditions[0].status: Unsupported value: \"False\": supported values: \"True\""
                ])
    }

    @Test("the apiserver refuses a contradicting approval with kubectl's Invalid text")
    func refusedWrite() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            KubeObject([
                "apiVersion": "certificates.k8s.io/v1", "kind": "CertificateSigningRequest", "metadata": ["name": "r"],
                "spec": ["request": .string(Self.emptyRequest), "signerName": "example.com/x", "usages": ["client auth"]],
            ]))
        var request = try cluster.get(.certificateSigningRequests, namespace: nil, name: "r")
        request[path: "status.conditions"] = [["type": "Denied", "status": "True"]]
        try cluster.replaceApproval(request)
        request[path: "status.conditions"] = [
            ["type": "Denied", "status": "True"], ["type": "Approved", "status": "True"],
        ]
        request.metadata["resourceVersion"] = .null
        #expect(throws: APIError.self) { try cluster.replaceApproval(request) }
        do {
            try cluster.replaceApproval(request)
        } catch {
            #expect(
                error.kubectlMessage
                    == "The CertificateSigningRequest \"r\" is invalid: status.conditions[1].type: Invalid value: \"Approved\": Approved and Denied conditions are mutually exclusive"
            )
        }
    }

    @Test("a user without approve on the signer is refused by admission")
    func signerPermission() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            KubeObject([
                "apiVersion": "certificates.k8s.io/v1", "kind": "CertificateSigningRequest", "metadata": ["name": "r"],
                "spec": ["request": .string(Self.emptyRequest), "signerName": "example.com/x", "usages": ["client auth"]],
            ]))
        var request = try cluster.get(.certificateSigningRequests, namespace: nil, name: "r")
        request[path: "status.conditions"] = [["type": "Approved", "status": "True"]]
        #expect(throws: APIError.self) { try cluster.replaceApproval(request, as: .impersonated("bob", groups: [])) }
    }
}

/// What the v1 API refuses when a CertificateSigningRequest is created.
@Suite("CSR create validation")
struct CertificateSigningRequestValidationTests {
    @Test("no PEM request, no usages and the legacy signer are each a cause, in the validation's order")
    func causes() throws {
        let request = KubeObject([
            "apiVersion": "certificates.k8s.io/v1", "kind": "CertificateSigningRequest", "metadata": ["name": "r"],
            "spec": ["request": .string(Base64.encode("hi")), "signerName": "kubernetes.io/legacy-unknown"],
        ])
        do {
            try CertificateSigningRequestValidation.validateCreate(request)
            Issue.record("expected a refusal")
        } catch {
            #expect(
                error.details?.causes.map(\.text) == [
                    "spec.request: Invalid value: []byte{0x68, 0x69}: PEM block type must be CERTIFICATE REQUEST",
                    "spec.usages: Required value",
                    "spec.signerName: Invalid value: \"kubernetes.io/legacy-unknown\": the legacy signerName is not allowed via this API version",
                ])
        }
    }
}
