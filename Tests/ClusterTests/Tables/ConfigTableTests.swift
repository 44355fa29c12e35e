import Cluster
import KubeAPI
import Testing

/// Secret, ServiceAccount, Namespace and ConfigMap rows (kubectl-output-cases.md A71-A73).
@Suite struct ConfigTableTests {
    @Test func a71_secret() throws {
        let withKey = """
            apiVersion: v1
            kind: Secret
            metadata: {name: secret1, creationTimestamp: '\(TableFixture.ago(0))'}
            type: kubernetes.io/service-account-token
            data: {token: dG9rZW4=}
            """
        #expect(
            try TableFixture.cells(ExtraTypes.secrets, withKey) == [
                "secret1", "kubernetes.io/service-account-token", 1, "0s",
            ])
        let empty = """
            apiVersion: v1
            kind: Secret
            metadata: {name: secret2, creationTimestamp: '\(TableFixture.ago(0))'}
            type: kubernetes.io/service-account-token
            """
        #expect(try TableFixture.cells(ExtraTypes.secrets, empty)[2] == 0)
    }

    @Test func a72_serviceAccount() throws {
        let none =
            "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa1, creationTimestamp: '\(TableFixture.ago(0))'}\n"
        #expect(try TableFixture.cells(.serviceAccounts, none) == ["sa1", 0, "0s"])
        let two = none + "secrets: [{name: s1}, {name: s2}]\n"
        #expect(try TableFixture.cells(.serviceAccounts, two)[1] == 2)
    }

    @Test func a73_namespace() throws {
        let phase = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: namespace1, creationTimestamp: '\(TableFixture.ago(0))'}
            status: {phase: FooStatus}
            """
        #expect(try TableFixture.cells(.namespaces, phase) == ["namespace1", "FooStatus", "0s"])
        #expect(
            try TableFixture.cells(.namespaces, "apiVersion: v1\nkind: Namespace\nmetadata: {name: namespace2}\n") == [
                "namespace2", "", "<unknown>",
            ])
    }

    @Test func configMapCountsDataAndBinaryData() throws {
        let yaml = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: app-config, creationTimestamp: '\(TableFixture.ago(1500))'}
            data: {LOG_LEVEL: debug, mode: dev}
            binaryData: {blob: AAE=}
            """
        #expect(try TableFixture.cells(.configMaps, yaml) == ["app-config", 3, "25m"])
    }
}
