import KubeAPI
import Testing

@testable import Cluster

@Suite("DaemonSet rolling updates: revisions, maxUnavailable, maxSurge, minReadySeconds, OnDelete")
struct DaemonSetRollingUpdateTests {
    typealias F = DaemonSetFixture

    @Test("a template change makes a new revision and a new template generation; new pods carry both")
    func revisions() throws {
        let cluster = try F.started()
        let first = try F.daemonSet(cluster)
        #expect(first.annotations["deprecated.daemonset.template.generation"] == "1")
        #expect(first[path: "spec.updateStrategy.rollingUpdate.maxUnavailable"].int == 1)
        #expect(first[path: "spec.updateStrategy.rollingUpdate.maxSurge"].int == 0)
        #expect(F.revisions(cluster).values.sorted() == [1])
        try F.setImage(cluster, "nginx:1.28")
        cluster.advance(seconds: 60)
        let ds = try F.daemonSet(cluster)
        #expect(ds.metadata["generation"].int == 2)
        #expect(ds.annotations["deprecated.daemonset.template.generation"] == "2")
        let revisions = F.revisions(cluster)
        #expect(revisions.values.sorted() == [1, 2])
        let current = try #require(revisions.first { $0.value == 2 }?.key)
        let pods = F.pods(cluster)
        #expect(pods.count == 3)
        #expect(pods.allSatisfy { "agent-" + ($0.labels["controller-revision-hash"] ?? "") == current })
        #expect(pods.allSatisfy { $0.labels["pod-template-generation"] == "2" })
        #expect(ds[path: "status.updatedNumberScheduled"].int == 3)
        #expect(ds[path: "status.observedGeneration"].int == 2)
        #expect(ds[path: "status.numberUnavailable"].isNull)
    }

    @Test("a change outside the template keeps the template generation and the revision")
    func specOnlyChange() throws {
        let cluster = try F.started()
        var ds = try F.daemonSet(cluster)
        ds[path: "spec.minReadySeconds"] = 5
        try cluster.replace(ds)
        let updated = try F.daemonSet(cluster)
        #expect(updated.metadata["generation"].int == 2)
        #expect(updated.annotations["deprecated.daemonset.template.generation"] == "1")
        #expect(F.revisions(cluster).count == 1)
        #expect(F.events(cluster, "SuccessfulDelete").isEmpty)
    }

    @Test("without surge, one old pod goes at a time and its node gets the new pod once it has gone")
    func oneAtATime() throws {
        let cluster = try F.started()
        try F.setImage(cluster, "nginx:1.28")
        #expect(F.events(cluster, "SuccessfulDelete").count == 1)
        var status = try F.daemonSet(cluster)[path: "status"]
        #expect(status["updatedNumberScheduled"].int == 0)
        for _ in 0..<60 {
            let counts = F.nodeCounts(cluster)
            #expect(counts.doubled == 0)
            #expect(counts.ready >= 2)
            cluster.advance(seconds: 1)
        }
        #expect(F.events(cluster, "SuccessfulDelete").count == 3)
        #expect(F.events(cluster, "SuccessfulCreate").count == 6)
        status = try F.daemonSet(cluster)[path: "status"]
        #expect(status["updatedNumberScheduled"].int == 3)
        #expect(status["numberAvailable"].int == 3)
    }

    @Test("maxUnavailable 2 replaces two nodes' pods at once")
    func twoAtATime() throws {
        let cluster = try F.started(["type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": 2]])
        try F.setImage(cluster, "nginx:1.28")
        #expect(F.events(cluster, "SuccessfulDelete").count == 2)
    }

    @Test("with maxSurge the new pod starts beside the old one, which goes once the new one is ready")
    func surge() throws {
        let cluster = try F.started(["type": "RollingUpdate", "rollingUpdate": ["maxSurge": 1, "maxUnavailable": 0]])
        try F.setImage(cluster, "nginx:1.28")
        #expect(F.events(cluster, "SuccessfulDelete").isEmpty)
        #expect(F.nodeCounts(cluster).doubled == 1)
        for _ in 0..<60 {
            let counts = F.nodeCounts(cluster)
            #expect(counts.ready == 3)
            #expect(counts.doubled <= 1)
            cluster.advance(seconds: 1)
        }
        #expect(F.events(cluster, "SuccessfulDelete").count == 3)
        #expect(try F.daemonSet(cluster)[path: "status.updatedNumberScheduled"].int == 3)
    }

    @Test("minReadySeconds holds the next replacement until the new pod has been ready that long")
    func minReadySeconds() throws {
        let cluster = try F.started(minReadySeconds: 20)
        try F.setImage(cluster, "nginx:1.28")
        var readyAt: Timestamp?
        for _ in 0..<40 {
            cluster.advance(seconds: 1)
            let new = F.pods(cluster).first { $0.labels["pod-template-generation"] == "2" }
            if readyAt == nil, let new, new.isReady { readyAt = new.readySince }
            if let readyAt, readyAt.adding(seconds: 20) > cluster.now {
                #expect(F.events(cluster, "SuccessfulDelete").count == 1)
                #expect(try F.daemonSet(cluster)[path: "status.numberAvailable"].int == 2)
            }
        }
        #expect(readyAt != nil)
        #expect(F.events(cluster, "SuccessfulDelete").count == 2)
    }

    @Test("OnDelete leaves old pods alone; a deleted one comes back from the new template")
    func onDelete() throws {
        let cluster = try F.started(["type": "OnDelete"])
        try F.setImage(cluster, "nginx:1.28")
        cluster.advance(seconds: 60)
        #expect(F.events(cluster, "SuccessfulDelete").isEmpty)
        #expect(F.pods(cluster).allSatisfy { $0.labels["pod-template-generation"] == "1" })
        #expect(try F.daemonSet(cluster)[path: "status.updatedNumberScheduled"].int == 0)
        let victim = try #require(F.pods(cluster).first)
        try cluster.delete(.pods, namespace: "default", name: victim.name)
        cluster.advance(seconds: 30)
        let replacement = try #require(F.pods(cluster).first { $0.nodeName == victim.nodeName })
        #expect(replacement.labels["pod-template-generation"] == "2")
        #expect(try F.daemonSet(cluster)[path: "status.updatedNumberScheduled"].int == 1)
    }

    @Test("going back to an old template renumbers its revision; history beyond the limit is pruned")
    func historyRenumberedAndPruned() throws {
        let cluster = try F.started(historyLimit: 1)
        for image in ["nginx:1.28", "nginx:1.29", "nginx:1.27"] {
            try F.setImage(cluster, image)
            cluster.advance(seconds: 60)
        }
        let revisions = F.revisions(cluster)
        #expect(revisions.values.sorted() == [3, 4])
        let pods = F.pods(cluster)
        let current = try #require(revisions.first { $0.value == 4 }?.key)
        #expect(pods.allSatisfy { "agent-" + ($0.labels["controller-revision-hash"] ?? "") == current })
        #expect(pods.allSatisfy { $0.labels["pod-template-generation"] == "4" })
    }
}
