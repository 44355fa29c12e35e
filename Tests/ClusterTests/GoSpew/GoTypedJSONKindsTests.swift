import Foundation
import KubeAPI
import Testing

@testable import Cluster

/// Each kind a typed kubectl verb prints, against what kubectl 1.32 printed (`-o json`, compacted
/// here) when a loopback fake apiserver answered with the same object (`Fixtures/typed-objects.json`):
/// once with every field set, once with fields left out, whose zero values Go still writes.
@Suite("Typed objects print as Go marshals them, kind by kind")
struct GoTypedJSONKindsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var goType: String
        var served: JSONValue
        var printed: String
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        path.removeLast()
        let file = path.joined(separator: "/") + "/Fixtures/typed-objects.json"
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? "[]"
        let document = (try? YAMLDecoding.documents(text).first) ?? .array([])
        return document.array.map { entry in
            Case(
                name: entry["name"].string ?? "", goType: entry["goType"].string ?? "", served: entry["served"],
                printed: entry["printed"].string ?? "")
        }
    }()

    @Test("the fixtures are there")
    func fixturesLoad() {
        #expect(Self.cases.count >= 19)
    }

    @Test("the fields come in kubectl's order, zero values where Go writes them", arguments: cases)
    func printed(_ c: Case) {
        #expect(GoTypedJSON.knows(c.goType))
        #expect(GoJSON.marshal(GoTypedJSON.encode(c.served, as: c.goType)) == c.printed)
    }

    @Test("the kinds of batch, networking, policy, scheduling and autoscaling/v1 have their Go types")
    func typeNames() {
        let hpaV1 = ResourceType.horizontalPodAutoscalers.inGroup("autoscaling", version: "v1")
        #expect(GoTypedJSON.typeName(of: .jobs) == "v1.Job")
        #expect(GoTypedJSON.typeName(of: .cronJobs) == "v1.CronJob")
        #expect(GoTypedJSON.typeName(of: .ingresses) == "v1.Ingress")
        #expect(GoTypedJSON.typeName(of: .podDisruptionBudgets) == "v1.PodDisruptionBudget")
        #expect(GoTypedJSON.typeName(of: .priorityClasses) == "v1.PriorityClass")
        #expect(GoTypedJSON.typeName(of: .resourceQuotas) == "v1.ResourceQuota")
        #expect(GoTypedJSON.typeName(of: .statefulSets) == "v1.StatefulSet")
        #expect(GoTypedJSON.typeName(of: hpaV1) == "v1.HorizontalPodAutoscaler")
        // autoscaling/v2 is not in the schema: its objects keep sorted keys.
        #expect(GoTypedJSON.typeName(of: .horizontalPodAutoscalers) == nil)
    }
}
