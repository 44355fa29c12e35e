import Cluster
import KubeAPI
import Testing

/// CSIDriver, CSIStorageCapacity, VolumeAttachment and CertificateSigningRequest rows (printers.go).
@Suite struct CSITableTests {
    @Test func csiDriverDefaultsWhenUnset() throws {
        let bare = "apiVersion: storage.k8s.io/v1\nkind: CSIDriver\nmetadata: {name: d}\n"
        #expect(
            try TableFixture.cells(.csiDrivers, bare) == ["d", .bool(true), .bool(false), .bool(false), "<unset>", .bool(false), "<none>", "<unknown>"])
        let full = """
            apiVersion: storage.k8s.io/v1
            kind: CSIDriver
            metadata: {name: hostpath.csi.k8s.io}
            spec:
              attachRequired: false
              podInfoOnMount: true
              storageCapacity: true
              requiresRepublish: true
              tokenRequests: [{audience: vault}, {audience: sts}]
              volumeLifecycleModes: [Persistent, Ephemeral]
            """
        #expect(
            try TableFixture.cells(.csiDrivers, full)
                == ["hostpath.csi.k8s.io", .bool(false), .bool(true), .bool(true), "vault,sts", .bool(true), "Persistent,Ephemeral", "<unknown>"])
        let noAudiences = bare + "spec: {tokenRequests: []}\n"
        #expect(try TableFixture.cells(.csiDrivers, noAudiences)[4] == "")
    }

    @Test func storageCapacityHasNoAge() throws {
        let yaml = """
            apiVersion: storage.k8s.io/v1
            kind: CSIStorageCapacity
            metadata: {name: csisc-1, namespace: default}
            storageClassName: local-path
            capacity: 10240Mi
            """
        #expect(try TableFixture.cells(.csiStorageCapacities, yaml) == ["csisc-1", "local-path", "10Gi"])
        let unset = "apiVersion: storage.k8s.io/v1\nkind: CSIStorageCapacity\nmetadata: {name: c}\nstorageClassName: x\n"
        #expect(try TableFixture.cells(.csiStorageCapacities, unset)[2] == "<unset>")
    }

    @Test func volumeAttachment() throws {
        let yaml = """
            apiVersion: storage.k8s.io/v1
            kind: VolumeAttachment
            metadata: {name: csi-1, creationTimestamp: '\(TableFixture.ago(5))'}
            spec: {attacher: hostpath.csi.k8s.io, nodeName: tk8s-worker1, source: {persistentVolumeName: pv-1}}
            status: {attached: true}
            """
        #expect(try TableFixture.cells(.volumeAttachments, yaml) == ["csi-1", "hostpath.csi.k8s.io", "pv-1", "tk8s-worker1", .bool(true), "5s"])
        let inline = """
            apiVersion: storage.k8s.io/v1
            kind: VolumeAttachment
            metadata: {name: csi-2}
            spec: {attacher: a, nodeName: node1, source: {inlineVolumeSpec: {}}}
            """
        #expect(try TableFixture.cells(.volumeAttachments, inline)[2...4] == ["", "node1", .bool(false)])
    }

    @Test func certificateSigningRequestCondition() throws {
        func cells(_ extra: String) throws -> [Table.Cell] {
            let yaml = """
                apiVersion: certificates.k8s.io/v1
                kind: CertificateSigningRequest
                metadata: {name: alice, creationTimestamp: '\(TableFixture.ago(120))'}
                spec: {signerName: kubernetes.io/kube-apiserver-client, username: kubernetes-admin\(extra)}
                """
            return try TableFixture.cells(.certificateSigningRequests, yaml)
        }
        #expect(try cells("") == ["alice", "2m", "kubernetes.io/kube-apiserver-client", "kubernetes-admin", "<none>", "Pending"])
        #expect(try cells(", expirationSeconds: 86400}\nstatus: {conditions: [{type: Approved}], certificate: QUJD")[4...5] == ["24h", "Approved,Issued"])
        #expect(try cells("}\nstatus: {conditions: [{type: Approved}, {type: Denied}, {type: Failed}]")[5] == "Denied,Failed")
    }
}
