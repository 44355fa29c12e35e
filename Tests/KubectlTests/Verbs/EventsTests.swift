import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// `kubectl events`: its own table (not `get events`'), oldest first, the filters and the refusals
/// worded as kubectl 1.32 words them (checked against the real kubectl through a fake apiserver).
@Suite struct EventsTests {
    @Test("a repeated event shows its last age, the count and its first age; a single one its age")
    func interval() {
        let now = Timestamp(rfc3339: "2025-01-01T00:10:00Z")!
        var event: JSONValue = [
            "count": 4, "firstTimestamp": "2025-01-01T00:00:00Z", "lastTimestamp": "2025-01-01T00:07:57Z",
            "eventTime": nil,
        ]
        #expect(EventRow.interval(event, now: now) == "2m3s (x4 over 10m)")
        event["count"] = 1
        #expect(EventRow.interval(event, now: now) == "10m")
        let series: JSONValue = [
            "eventTime": "2025-01-01T00:05:00.000000Z", "series": ["count": 2, "lastObservedTime": "2025-01-01T00:09:30.000000Z"],
        ]
        #expect(EventRow.interval(series, now: now) == "30s (x2 over 5m)")
        #expect(EventRow.interval(["eventTime": nil], now: now) == "<unknown>")
    }

    @Test("message cut at its first line break, Kind/name as the object")
    func cells() {
        let event = KubeObject([
            "apiVersion": "v1", "kind": "Event", "metadata": ["name": "a.1", "namespace": "team"],
            "involvedObject": ["kind": "Pod", "name": "a"], "type": "Warning", "reason": "Failed",
            "message": "  first line\nsecond  ", "count": 1, "firstTimestamp": "2025-01-01T00:00:00Z",
        ])
        let now = Timestamp(rfc3339: "2025-01-01T00:00:05Z")!
        #expect(EventRow.cells(event, allNamespaces: true, now: now) == ["team", "5s", "Warning", "Failed", "Pod/a", "first line..."])
    }

    @Test("nothing yet: the namespace's message on stderr, exit 0")
    func none() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("events") == ("", "No events found in default namespace.\n", 0))
        #expect(lab.run("events", "-A", "--types=Warning").err == "No events found.\n")
    }

    @Test("a new deployment's events, oldest first, with --for and --types filtering them")
    func deployment() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "deployment", "web", "--image=nginx")
        _ = lab.cluster.wait(timeoutSeconds: 30) { false }
        let all = lab.run("events")
        let lines = all.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "LAST SEEN   TYPE     REASON              OBJECT                      MESSAGE")
        #expect(lines.count == 8)
        // Equal times keep the list's order (Go's sort is an insertion sort this short): the
        // pod's events, then its ReplicaSet's, then the Deployment's, as their names sort.
        #expect(lines[1].hasPrefix("30s         Normal   Scheduled           Pod/web-"))
        #expect(lines[2].hasPrefix("30s         Normal   SuccessfulCreate    ReplicaSet/web-"))
        #expect(lines[3].hasPrefix("30s         Normal   ScalingReplicaSet   Deployment/web "))
        #expect(lines.last?.hasPrefix("24s ") == true)
        let one = lab.run("events", "--for", "deployment/web", "--no-headers")
        #expect(one.out == "30s   Normal   ScalingReplicaSet   Deployment/web   Scaled up replica set web-65d846d465 from 0 to 1\n")
        #expect(lab.run("events", "--types=warning").err == "No events found in default namespace.\n")
        let everywhere = lab.run("events", "-A", "--for=deploy/web")
        #expect(everywhere.out.hasPrefix("NAMESPACE   LAST SEEN   TYPE     REASON              OBJECT           MESSAGE\ndefault     30s "))
    }

    @Test("-o yaml prints an EventList; -o name prints nothing, as kubectl's name printer refuses a typed list")
    func documents() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "deployment", "web", "--image=nginx")
        let yaml = lab.run("events", "--for=deploy/web", "-o", "yaml").out
        #expect(yaml.hasPrefix("apiVersion: v1\nitems:\n- apiVersion: v1\n  count: 1\n  eventTime: null\n"))
        #expect(yaml.hasSuffix("kind: EventList\nmetadata: {}\n"))
        let json = lab.run("events", "--for=deploy/web", "-o", "json").out
        #expect(json.hasPrefix("{\n    \"kind\": \"EventList\",\n    \"apiVersion\": \"v1\",\n    \"metadata\": {},\n    \"items\": [\n        {\n            \"kind\": \"Event\",\n            \"apiVersion\": \"v1\",\n            \"metadata\": {\n                \"name\": \"web."))
        #expect(lab.run("events", "-o", "name") == ("", "", 0))
    }

    @Test("refusals, word for word")
    func refusals() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("events", "--for", "pod").err == "error: --for must be in resource/name form\n")
        #expect(lab.run("events", "--for", "pod/a/b").err == "error: arguments in resource/name form may not have more than one slash\n")
        #expect(lab.run("events", "--for", "foo/a").err == "the server doesn't have a resource type \"foo\"\n")
        #expect(lab.run("events", "--types", "Error").err == "error: valid --types are Normal or Warning\n")
        #expect(lab.run("events", "-o", "wide").err.hasPrefix("error: unable to match a printer suitable for the output format \"wide\", allowed formats are: go-template,"))
    }

    @Test("-w prints what is there, then each new event on a line laid out on its own, and ends when quiet")
    func watch() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "deployment", "web", "--image=nginx")
        let result = lab.run("events", "-w", "--for", "deployment/web")
        #expect(result.out == """
            LAST SEEN   TYPE     REASON              OBJECT           MESSAGE
            0s          Normal   ScalingReplicaSet   Deployment/web   Scaled up replica set web-65d846d465 from 0 to 1

            """)
        let scaled = lab.run("scale", "deployment", "web", "--replicas=3")
        #expect(scaled.code == 0)
    }
}
