import KubeAPI
import Testing

@testable import Cluster

/// A patched object of the wrong type is refused as the apiserver's patch handler refuses it.
@Suite("patched objects decoded as each patch type decodes them")
struct PatchDecodingTests {
    private func deployment(_ cluster: Cluster) throws -> KubeObject {
        let deployment = try #require(cluster.list(.deployments, namespace: "kube-system").first)
        var patched = deployment
        patched[path: "spec.replicas"] = "3"
        return patched
    }

    @Test("a strategic merge patch is refused with the patch as Go prints it and the converter's words")
    func strategic() throws {
        let cluster = try WorldFixture.tk8s()
        let patch: JSONValue = ["spec": ["replicas": "3"]]
        let patched = try deployment(cluster)
        do throws(APIError) {
            _ = try cluster.decodePatched(patched, as: .deployments, patchType: "strategic", patch: patch)
            Issue.record("expected the patch to be refused")
        } catch {
            #expect(error.kubectlMessage == #"The request is invalid: patch: Invalid value: "map[spec:map[replicas:3]]": unrecognized type: int32"#)
        }
    }

    @Test("a merge patch is refused with the patched JSON, top level and spec sorted, and encoding/json's words")
    func merge() throws {
        let cluster = try WorldFixture.tk8s()
        let patch: JSONValue = ["spec": ["replicas": "3"]]
        let patched = try deployment(cluster)
        do throws(APIError) {
            _ = try cluster.decodePatched(patched, as: .deployments, patchType: "merge", patch: patch)
            Issue.record("expected the patch to be refused")
        } catch {
            let message = error.kubectlMessage
            #expect(message.hasPrefix(#"The request is invalid: patch: Invalid value: "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":"#))
            #expect(message.contains(#"\"spec\":{\"progressDeadlineSeconds\":600,\"replicas\":\"3\",\"revisionHistoryLimit\""#))
            #expect(message.hasSuffix(#": json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32"#))
        }
    }

    @Test("a kind whose Go types are not known passes unchanged")
    func unknownKind() throws {
        let cluster = try WorldFixture.tk8s()
        var lease = try #require(cluster.list(.leases, namespace: "kube-system").first)
        lease[path: "spec.leaseDurationSeconds"] = "x"
        let decoded = try cluster.decodePatched(lease, as: .leases, patchType: "strategic", patch: [:])
        #expect(decoded.value == lease.value)
    }
}
