import Cluster
import KubeAPI
import Testing

/// PersistentVolume, PersistentVolumeClaim, StorageClass and RuntimeClass rows (kubectl-output-cases.md A57-A64).
@Suite struct StorageTableTests {
    func volume(_ name: String, _ spec: String, phase: String) -> String {
        "apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: \(name)}\nspec: \(spec)\nstatus: {phase: \(phase)}\n"
    }

    @Test func a57_boundVolume() throws {
        let yaml = volume(
            "test1",
            "{capacity: {storage: 4Gi}, accessModes: [ReadOnlyMany], claimRef: {namespace: default, name: test}}",
            phase: "Bound")
        #expect(
            try TableFixture.cells(ExtraTypes.persistentVolumes, yaml) == [
                "test1", "4Gi", "ROX", "", "Bound", "default/test", "", "<unset>", "", "<unknown>", "<unset>",
            ])
    }

    @Test func a58_classesAndModes() throws {
        let pending = volume("test3", "{capacity: {storage: 10Gi}, accessModes: [ReadWriteMany]}", phase: "Pending")
        #expect(
            try TableFixture.cells(ExtraTypes.persistentVolumes, pending)[0...4] == [
                "test3", "10Gi", "RWX", "", "Pending",
            ])
        let classed = volume(
            "test4",
            """
            {capacity: {storage: 1Gi}, accessModes: [ReadWriteOncePod, ReadWriteMany, ReadWriteOnce, ReadOnlyMany], \
            storageClassName: my-scn, volumeAttributesClassName: my-vacn, persistentVolumeReclaimPolicy: Retain, \
            volumeMode: Block}
            """,
            phase: "Available")
        #expect(
            try TableFixture.cells(ExtraTypes.persistentVolumes, classed) == [
                "test4", "1Gi", "RWO,ROX,RWX,RWOP", "Retain", "Available", "", "my-scn", "my-vacn", "", "<unknown>",
                "Block",
            ])
    }

    func claim(_ name: String, _ spec: String, status: String) -> String {
        "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: \(name)}\nspec: \(spec)\nstatus: \(status)\n"
    }

    @Test func a59_boundClaim() throws {
        let yaml = claim(
            "test1", "{volumeName: my-volume, volumeMode: Filesystem}",
            status: "{phase: Bound, accessModes: [ReadOnlyMany], capacity: {storage: 4Gi}}")
        #expect(
            try TableFixture.cells(ExtraTypes.persistentVolumeClaims, yaml) == [
                "test1", "Bound", "my-volume", "4Gi", "ROX", "", "<unset>", "<unknown>", "Filesystem",
            ])
    }

    @Test func a60_capacityHiddenWithoutVolume() throws {
        let yaml = claim(
            "test2", "{volumeMode: Filesystem}",
            status: "{phase: Lost, accessModes: [ReadOnlyMany], capacity: {storage: 4Gi}}")
        #expect(
            try TableFixture.cells(ExtraTypes.persistentVolumeClaims, yaml) == [
                "test2", "Lost", "", "", "", "", "<unset>", "<unknown>", "Filesystem",
            ])
    }

    @Test func a61_classes() throws {
        let yaml = claim(
            "test3", "{volumeName: my-volume, storageClassName: my-scn, volumeAttributesClassName: my-vacn}",
            status: "{phase: Bound, accessModes: [ReadOnlyMany], capacity: {storage: 4Gi}}")
        #expect(
            try TableFixture.cells(ExtraTypes.persistentVolumeClaims, yaml).suffix(4) == [
                "my-scn", "my-vacn", "<unknown>", "<unset>",
            ])
    }

    @Test func terminatingClaim() throws {
        let yaml = """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: gone, deletionTimestamp: '\(TableFixture.ago(1))', annotations: {volume.beta.kubernetes.io/storage-class: beta}}
            spec: {storageClassName: ignored}
            status: {phase: Bound}
            """
        #expect(
            try TableFixture.cells(ExtraTypes.persistentVolumeClaims, yaml)[1...5] == [
                "Terminating", "", "", "", "beta",
            ])
    }

    @Test func a62_storageClassDefaults() throws {
        let yaml = """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: sc1, creationTimestamp: '\(TableFixture.ago(0))'}
            provisioner: kubernetes.io/glusterfs
            """
        #expect(
            try TableFixture.cells(.storageClasses, yaml) == [
                "sc1", "kubernetes.io/glusterfs", "Delete", "Immediate", .bool(false), "0s",
            ])
    }

    @Test func a63_storageClassSettings() throws {
        let yaml = """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: sc6, creationTimestamp: '\(TableFixture.ago(300))'}
            provisioner: kubernetes.io/nfs
            reclaimPolicy: Retain
            volumeBindingMode: WaitForFirstConsumer
            allowVolumeExpansion: true
            """
        #expect(
            try TableFixture.cells(.storageClasses, yaml) == [
                "sc6", "kubernetes.io/nfs", "Retain", "WaitForFirstConsumer", .bool(true), "5m",
            ])
    }

    @Test(arguments: [
        "storageclass.kubernetes.io/is-default-class", "storageclass.beta.kubernetes.io/is-default-class",
    ])
    func defaultStorageClass(annotation: String) throws {
        let yaml = """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: standard, annotations: {\(annotation): 'true'}}
            provisioner: rancher.io/local-path
            """
        #expect(try TableFixture.cells(.storageClasses, yaml)[0] == "standard (default)")
    }

    @Test(arguments: [("rc1", "h1", Int64(0), "0s"), ("rc2", "h2", Int64(300), "5m")])
    func a64_runtimeClass(name: String, handler: String, age: Int64, expected: String) throws {
        let yaml = """
            apiVersion: node.k8s.io/v1
            kind: RuntimeClass
            metadata: {name: \(name), creationTimestamp: '\(TableFixture.ago(age))'}
            handler: \(handler)
            """
        #expect(try TableFixture.cells(.runtimeClasses, yaml) == [.string(name), .string(handler), .string(expected)])
    }
}
