import Cluster
import KubeAPI
import Testing

/// The apiserver's 256 KiB limit on an object's annotations, which large `kubectl apply`s meet.
@Suite struct AnnotationSizeTests {
    static func configMap(annotation size: Int) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": ["name": "big", "namespace": "dev", "annotations": ["note": .string(String(repeating: "x", count: size))]],
        ])
    }

    @Test("annotations over 262144 bytes are refused on create and on update, and nothing is stored")
    func refused() throws {
        let cluster = try AdmissionFixture.cluster()
        let message = AdmissionFixture.refusal { try cluster.create(Self.configMap(annotation: 262_144)) }
        #expect(message == "ConfigMap \"big\" is invalid: metadata.annotations: Too long: may not be more than 262144 bytes")
        #expect(cluster.list(.configMaps, namespace: "dev").allSatisfy { $0.name != "big" })

        try cluster.create(Self.configMap(annotation: 262_140))
        let grown = AdmissionFixture.refusal { try cluster.replace(Self.configMap(annotation: 300_000)) }
        #expect(grown?.hasSuffix("metadata.annotations: Too long: may not be more than 262144 bytes") == true)
    }
}
