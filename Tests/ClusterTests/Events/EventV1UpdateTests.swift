import KubeAPI
import Testing

@testable import Cluster

@Suite("Updating an Event through events.k8s.io/v1")
struct EventV1UpdateTests {
    private func created(_ cluster: Cluster) throws -> KubeObject {
        try cluster.create(KubeObject([
            "apiVersion": "events.k8s.io/v1", "kind": "Event", "metadata": ["name": "goweb.checked", "namespace": "default"],
            "eventTime": "2025-04-23T07:25:00.000000Z", "reportingController": "example.com/tutor", "reportingInstance": "tutor-1",
            "action": "Check", "reason": "Checked", "note": "looked", "type": "Normal",
            "regarding": ["apiVersion": "v1", "kind": "Pod", "name": "goweb", "namespace": "default"],
        ]))
    }

    @Test("labels change and are stored on the core Event; the answer is the events.k8s.io view")
    func metadata() throws {
        let cluster = try WorldFixture.tk8s()
        var event = try created(cluster)
        event[path: "metadata.labels"] = ["checked": "yes"]
        let written = try cluster.replace(event)
        #expect(written.apiVersion == "events.k8s.io/v1" && written.value["note"] == "looked")
        #expect(try cluster.get(.events, namespace: "default", name: "goweb.checked").labels == ["checked": "yes"])
    }

    @Test("every other field is immutable, checked in the validation's order, and nothing is written")
    func immutable() throws {
        let cluster = try WorldFixture.tk8s()
        var event = try created(cluster)
        event.value["note"] = "again"
        event.value["type"] = "Warning"
        do {
            _ = try cluster.replace(event)
            Issue.record("expected the update to be refused")
        } catch {
            #expect(error.code == 422)
            #expect(error.message.contains(#"message: Invalid value: "again": field is immutable"#))
            #expect(error.message.contains(#"type: Invalid value: "Warning": field is immutable"#))
        }
        #expect(try cluster.get(.events, namespace: "default", name: "goweb.checked").value["message"] == "looked")
    }

    @Test("Go's formatting of the values: a time as time.Time prints it, a reference as %#v")
    func rendering() {
        #expect(EventV1Update.Render.time.text("2025-04-23T07:25:00.120000Z") == "2025-04-23 07:25:00.12 +0000 UTC")
        #expect(EventV1Update.Render.time.text("2025-04-23T07:25:00Z") == "2025-04-23 07:25:00 +0000 UTC")
        #expect(EventV1Update.Render.eventSource.text(["component": "kubelet"]) == #"core.EventSource{Component:"kubelet", Host:""}"#)
    }
}
