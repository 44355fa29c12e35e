import Cluster
import KubeAPI
import Testing

/// Event and HorizontalPodAutoscaler rows (kubectl-output-cases.md A76-A83).
@Suite struct EventTableTests {
    static let day: Int64 = 86_400

    @Test func columns() {
        #expect(
            TableFixture.columns(.events).map(\.name) == [
                "Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen", "Count",
                "Name",
            ])
        #expect(TableFixture.columns(.events).map(\.priority) == [0, 0, 0, 0, 1, 1, 0, 1, 1, 1])
    }

    @Test func a79_narrow() throws {
        let yaml = """
            apiVersion: v1
            kind: Event
            metadata: {name: event1}
            source: {component: kubelet}
            involvedObject: {kind: Pod, name: Pod Name, fieldPath: 'spec.containers{foo}'}
            reason: Event Reason
            message: Message Data
            firstTimestamp: '\(TableFixture.ago(3 * Self.day))'
            lastTimestamp: '\(TableFixture.ago(2 * Self.day))'
            count: 6
            type: Normal
            """
        #expect(
            try TableFixture.visibleCells(.events, yaml) == [
                "2d", "Normal", "Event Reason", "pod/Pod Name", "Message Data",
            ])
    }

    @Test func a80_wide() throws {
        let yaml = """
            apiVersion: v1
            kind: Event
            metadata: {name: event2}
            source: {component: kubelet, host: Node1}
            involvedObject: {kind: Deployment, name: Deployment Name, fieldPath: 'spec.containers{foo}'}
            reason: Event Reason
            message: "  Message Data\\n"
            firstTimestamp: '\(TableFixture.ago(3 * Self.day))'
            lastTimestamp: '\(TableFixture.ago(2 * Self.day))'
            count: 6
            type: Warning
            """
        #expect(
            try TableFixture.cells(.events, yaml) == [
                "2d", "Warning", "Event Reason", "deployment/Deployment Name", "spec.containers{foo}", "kubelet, Node1",
                "Message Data", "3d", 6, "event2",
            ])
    }

    @Test func a81_series() throws {
        let yaml = """
            apiVersion: v1
            kind: Event
            metadata: {name: event3}
            involvedObject: {kind: Pod, name: p}
            eventTime: '\(TableFixture.ago(3 * Self.day))'
            series: {count: 2, lastObservedTime: '\(TableFixture.ago(2 * Self.day))'}
            """
        let cells = try TableFixture.cells(.events, yaml)
        #expect(cells[0] == "2d")
        #expect(cells[7] == "3d")
        #expect(cells[8] == 2)
    }

    @Test func a82_eventTimeOnly() throws {
        let yaml = """
            apiVersion: v1
            kind: Event
            metadata: {name: event4}
            involvedObject: {kind: Node}
            eventTime: '\(TableFixture.ago(3 * Self.day + 1)).123456Z'
            """.replacing("Z.123456Z", with: ".123456Z")
        let cells = try TableFixture.cells(.events, yaml)
        #expect(cells[0] == "3d")
        #expect(cells[3] == "node")
        #expect(cells[7] == "3d")
        #expect(cells[8] == 1)
    }

    @Test func a83_reportingControllerAsSource() throws {
        let yaml = """
            apiVersion: v1
            kind: Event
            metadata: {name: event5}
            involvedObject: {kind: Pod, name: p}
            reportingComponent: kubelet
            reportingInstance: test
            source: {}
            """
        #expect(try TableFixture.cells(.events, yaml)[5] == "kubelet, test")
    }

    func autoscaler(_ spec: String, status: String = "{}") -> String {
        "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: some-hpa}\nspec: \(spec)\nstatus: \(status)\n"
    }

    @Test func a76_withoutMetrics() throws {
        let yaml = autoscaler(
            "{scaleTargetRef: {kind: ReplicationController, name: some-rc}, maxReplicas: 10}",
            status: "{currentReplicas: 4}")
        #expect(
            try TableFixture.cells(.horizontalPodAutoscalers, yaml) == [
                "some-hpa", "ReplicationController/some-rc", "<none>", "<unset>", 10, 4, "<unknown>",
            ])
    }

    @Test func a77_externalAverageValue() throws {
        let metric =
            "[{type: External, external: {metric: {name: m}, target: {type: AverageValue, averageValue: 100m}}}]"
        let spec = "{scaleTargetRef: {kind: Deployment, name: d}, maxReplicas: 10, metrics: \(metric)}"
        #expect(try TableFixture.cells(.horizontalPodAutoscalers, autoscaler(spec))[2] == "<unknown>/100m (avg)")
        let status = "{currentMetrics: [{type: External, external: {metric: {name: m}, current: {averageValue: 50m}}}]}"
        #expect(
            try TableFixture.cells(.horizontalPodAutoscalers, autoscaler(spec, status: status))[2] == "50m/100m (avg)")
    }

    @Test func a78_podsMetric() throws {
        let metric = "[{type: Pods, pods: {metric: {name: m}, target: {type: AverageValue, averageValue: 100m}}}]"
        let spec = "{scaleTargetRef: {kind: Deployment, name: d}, maxReplicas: 10, metrics: \(metric)}"
        let status = "{currentMetrics: [{type: Pods, pods: {metric: {name: m}, current: {averageValue: 50m}}}]}"
        #expect(try TableFixture.cells(.horizontalPodAutoscalers, autoscaler(spec, status: status))[2] == "50m/100m")
    }

    @Test func resourceMetricsAndMore() throws {
        let metrics = """
            [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}, \
            {type: Resource, resource: {name: memory, target: {type: AverageValue, averageValue: 100Mi}}}, \
            {type: Object, object: {metric: {name: q}, target: {type: Value, value: 10}}}]
            """
        let spec =
            "{scaleTargetRef: {kind: Deployment, name: web}, minReplicas: 1, maxReplicas: 10, metrics: \(metrics)}"
        #expect(
            try TableFixture.cells(.horizontalPodAutoscalers, autoscaler(spec))[2]
                == "cpu: <unknown>/50%, memory: <unknown>/100Mi + 1 more...")
        let status = "{currentMetrics: [{type: Resource, resource: {name: cpu, current: {averageUtilization: 12}}}]}"
        let auto =
            "{scaleTargetRef: {kind: Deployment, name: web}, maxReplicas: 3, metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization}}}]}"
        #expect(
            try TableFixture.cells(.horizontalPodAutoscalers, autoscaler(auto, status: status))[2] == "cpu: 12%/<auto>")
    }
}
