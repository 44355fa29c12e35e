import Foundation
import KubeAPI
import Testing

@testable import Kubectl

/// Describers against golden files, each checked against real kubectl 1.32.
///
/// `Goldens/objects.json` holds the objects as the API serves them, each `Goldens/<case>.txt`
/// what kubectl printed for one of them: what kubectl takes from Go maps is put in sorted order.
/// No Lease is served for the node, so its `Lease:` line is the failed get kubectl reports.
@Suite struct DescribeGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static let cases: [(file: String, kind: String, name: String)] = [
        ("secret-opaque", "Secret", "creds"), ("secret-token", "Secret", "robot-token"),
        ("serviceaccount", "ServiceAccount", "robot"), ("serviceaccount-plain", "ServiceAccount", "default"),
        ("persistentvolume", "PersistentVolume", "pvc-1234"),
        ("persistentvolumeclaim", "PersistentVolumeClaim", "data"),
        ("node-tainted", "Node", "edge"), ("runtimeclass-generic", "RuntimeClass", "gvisor"),
        ("pod-terminating", "Pod", "leaving"), ("hpa", "HorizontalPodAutoscaler", "web"),
        ("replicationcontroller", "ReplicationController", "old"), ("job-indexed", "Job", "idx"),
        ("cronjob-suspended", "CronJob", "nightly"), ("endpoints-not-ready", "Endpoints", "mixed"),
        ("service-loadbalancer", "Service", "mixed"), ("namespace-quotas", "Namespace", "team"),
        ("resourcequota", "ResourceQuota", "compute"), ("limitrange", "LimitRange", "defaults"),
        ("networkpolicy", "NetworkPolicy", "db"), ("networkpolicy-deny", "NetworkPolicy", "deny-all"),
        ("endpointslice", "EndpointSlice", "web-abcde"), ("priorityclass", "PriorityClass", "high"),
        ("ingress", "Ingress", "web"), ("ingress-default", "Ingress", "catchall"),
        ("storageclass-topologies", "StorageClass", "zonal"), ("role", "Role", "pod-reader"),
        ("clusterrole", "ClusterRole", "viewer"), ("rolebinding", "RoleBinding", "read-pods"),
        ("clusterrolebinding", "ClusterRoleBinding", "view-all"),
    ]

    @Test(arguments: cases.map(\.file))
    func golden(_ file: String) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("objects.json"), encoding: .utf8)
        let document = try #require(try YAMLDecoding.documents(text).first)
        let objects = document["items"].array.map(KubeObject.init)
        let now = try #require(Timestamp(rfc3339: document["now"].string ?? ""))
        let entry = try #require(Self.cases.first { $0.file == file })
        let object = try #require(objects.first { $0.kind == entry.kind && $0.name == entry.name })
        let context = DescribeContext(source: DescribeDataset.Source(now: now, objects: objects))
        let expected = try String(contentsOf: Self.directory.appendingPathComponent("\(file).txt"), encoding: .utf8)
        #expect(Describers.describe(object, context) == expected)
    }
}
